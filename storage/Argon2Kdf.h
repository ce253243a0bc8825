#pragma once

#include "models/Result.h"
#include "storage/KdfParams.h"

#include <QByteArray>
#include <QtCrypto>

namespace Argon2Kdf {

// The 32-byte key-encryption key for `password`. Refuses invalid parameters without allocating.
Result<QCA::SymmetricKey> deriveKey(const QCA::SecureArray& password, const KdfParams& params);

} // namespace Argon2Kdf
