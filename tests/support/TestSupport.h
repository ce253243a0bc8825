#pragma once

#include "storage/Argon2Kdf.h"

#include <QByteArray>
#include <QString>
#include <QtCrypto>

namespace TestSupport {

// The weakest parameters the vault accepts (19 MiB, 2 passes, 1 lane), so tests stay fast.
KdfParams fastKdfParams();

QCA::SecureArray secure(const char* text);
QCA::SecureArray secure(const QString& text);

// The botvault-cli binary of this build.
QString cliPath();
// A helper binary built beside the tests (tests/ folder of the build tree).
QString testBinaryPath(const QString& name);

} // namespace TestSupport
