#include "storage/VaultAccess.h"

#include "models/SecretValue.h"
#include "storage/KdfParams.h"
#include "storage/Vault.h"

#include <QString>

QString defaultVaultPath()
{
    return Vault::defaultPath();
}

bool vaultFileExists(const QString& path)
{
    return Vault::exists(path);
}

Result<void> createVault(const QString& path, const SecretValue& password, const KdfParams& params)
{
    KdfParams withSalt = params;
    if (withSalt.salt.isEmpty()) {
        withSalt.salt = KdfParams::defaults().salt;
    }
    return Vault::create(path, password, withSalt);
}
