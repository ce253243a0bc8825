#include "storage/Argon2Kdf.h"

#include <QCoreApplication>

#include <argon2.h>

namespace {

constexpr int kKeySize = 32;

Error invalidParameter(const QString& message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

} // namespace

KdfParams KdfParams::defaults()
{
    KdfParams params;
    params.salt = QCA::Random::randomArray(kSaltSize).toByteArray();
    return params;
}

Result<void> KdfParams::validate() const
{
    // The parameters come from the vault file, so a damaged or hostile file must not make us
    // allocate gigabytes or spin for hours before the password is even tried.
    if (memoryKiB < kMinMemoryKiB || memoryKiB > kMaxMemoryKiB) {
        const QString text = QCoreApplication::translate(
            "Argon2Kdf", "The Argon2 memory cost must be %1 to %2 KiB (19 MiB to 1 GiB); it is %3 KiB.");
        return invalidParameter(text.arg(kMinMemoryKiB).arg(kMaxMemoryKiB).arg(memoryKiB));
    }
    if (passes < kMinPasses || passes > kMaxPasses) {
        return invalidParameter(
            QCoreApplication::translate("Argon2Kdf", "The number of Argon2 passes must be %1 to %2; it is %3.")
                .arg(kMinPasses)
                .arg(kMaxPasses)
                .arg(passes));
    }
    if (lanes < kMinLanes || lanes > kMaxLanes) {
        return invalidParameter(
            QCoreApplication::translate("Argon2Kdf", "The number of Argon2 lanes must be %1 to %2; it is %3.")
                .arg(kMinLanes)
                .arg(kMaxLanes)
                .arg(lanes));
    }
    if (salt.size() != kSaltSize) {
        return invalidParameter(
            QCoreApplication::translate("Argon2Kdf", "The Argon2 salt must be %1 bytes long; it is %2 bytes.")
                .arg(kSaltSize)
                .arg(salt.size()));
    }
    return {};
}

namespace Argon2Kdf {

Result<QCA::SymmetricKey> deriveKey(const QCA::SecureArray& password, const KdfParams& params)
{
    if (auto valid = params.validate(); !valid) {
        return valid.error();
    }
    if (password.isEmpty()) {
        return makeError(
            ErrorCode::InvalidInput, QCoreApplication::translate("Argon2Kdf", "The master password is empty."));
    }

    QCA::SecureArray key(kKeySize);
    const int rc = argon2id_hash_raw(params.passes, params.memoryKiB, params.lanes, password.constData(),
        static_cast<size_t>(password.size()), params.salt.constData(), static_cast<size_t>(params.salt.size()),
        key.data(), kKeySize);
    if (rc != ARGON2_OK) {
        key.fill(0);
        // Running out of memory or threads is the machine's state, not a bug: the user can free
        // memory and retry. Anything else means the parameters passed validate() but not argon2.
        const bool resources = rc == ARGON2_MEMORY_ALLOCATION_ERROR || rc == ARGON2_THREAD_FAIL;
        const QString reason = QString::fromLatin1(argon2_error_message(rc));
        if (resources) {
            return makeError(ErrorCode::Io,
                QCoreApplication::translate("Argon2Kdf",
                    "The key could not be derived from the master password "
                    "(Argon2: %1). Close other programs to free memory and try "
                    "again.")
                    .arg(reason));
        }
        return makeError(ErrorCode::Internal,
            QCoreApplication::translate("Argon2Kdf",
                "The key could not be derived from the master password "
                "(Argon2: %1).")
                .arg(reason));
    }
    return QCA::SymmetricKey(key);
}

} // namespace Argon2Kdf
