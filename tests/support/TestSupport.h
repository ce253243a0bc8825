#pragma once

#include "models/ProjectStore.h"
#include "models/SecretValue.h"
#include "storage/Argon2Kdf.h"

#include <QByteArray>
#include <QString>
#include <QtCrypto>

namespace TestSupport {

// The weakest parameters the vault accepts (19 MiB, 2 passes, 1 lane), so tests stay fast.
KdfParams fastKdfParams();

QCA::SecureArray secure(const char* text);
QCA::SecureArray secure(const QString& text);
// The same bytes as a SecretValue, the type the vault's API takes and returns.
SecretValue secret(const char* text);
SecretValue secret(const QString& text);
// The value's bytes, for comparing with QCOMPARE.
QByteArray plain(const SecretValue& value);

// An import of `items` into the existing project `project`, for ProjectStore::applyImport (the
// production bulk-write path).
ProjectStore::ProjectImport importInto(ProjectId project, const QList<ProjectStore::ImportItem>& items);
ProjectStore::ImportItem importedVariable(const QString& name, const QString& value, bool includeInExport = false);
ProjectStore::ImportItem importedSecret(const QString& name, const SecretValue& value);

// The botvault-cli binary of this build.
QString cliPath();
// A helper binary built beside the tests (tests/ folder of the build tree).
QString testBinaryPath(const QString& name);

} // namespace TestSupport

namespace TestSupport {

// A Result's error code as text ("ok" on success), for QCOMPARE with readable failures; safe to
// call on a successful Result, unlike Result::code().
const char* outcomeName(ErrorCode code);
template<typename T>
const char* outcomeName(const Result<T>& result)
{
    return result.ok() ? "ok" : outcomeName(result.code());
}

// A Result's error message, or an empty string on success (Result::message() requires an error).
template<typename T>
QString errorMessage(const Result<T>& result)
{
    return result.ok() ? QString() : result.message();
}

// What tests/support/crash_writer writes as item W_<n>: even numbers are variables, odd ones
// secrets. Inline so the writer can use it without linking the test support library.
inline bool crashWriterIsSecret(qint64 n)
{
    return n % 2 == 1;
}

inline QString crashWriterName(qint64 n)
{
    return QStringLiteral("W_%1").arg(n);
}

inline QString crashWriterValue(qint64 n)
{
    // Long enough to span several 32-byte padding blocks, different for every n.
    const quint64 mixed = static_cast<quint64>(n) * 0x9E3779B97F4A7C15ULL;
    return QStringLiteral("value %1 of the crash writer / %2 / %3")
        .arg(n)
        .arg(mixed, 16, 16, QLatin1Char('0'))
        .arg(QString(static_cast<int>(n % 97), QLatin1Char('x')));
}

} // namespace TestSupport
