#include "storage/VaultAccess.h"

#include "models/SecretValue.h"
#include "storage/KdfParams.h"
#include "storage/Vault.h"

#include <QString>

Result<void> createVault(const QString& path, const SecretValue& password, const KdfParams& params)
{
    KdfParams withSalt = params;
    if (withSalt.salt.isEmpty()) {
        withSalt.salt = KdfParams::defaults().salt;
    }
    return Vault::create(path, password, withSalt);
}

Result<void> unlockVault(Vault& vault, const QString& path, const SecretValue& password)
{
    return vault.unlock(path, password);
}

Result<void> changeVaultPassword(Vault& vault, const SecretValue& newPassword, bool rotateDataKey)
{
    return vault.changePassword(
        newPassword, std::nullopt, rotateDataKey ? Vault::DataKey::Rotate : Vault::DataKey::Keep);
}
