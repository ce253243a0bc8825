#include "storage/Vault.h"

// The VaultSession overloads: the dialogs hand the master password and the API token over as
// SecretValue, whose locked bytes go on unchanged.

Result<void> Vault::unlock(const QString& path, const SecretValue& password)
{
    return unlock(path, password.bytes());
}

Result<void> Vault::changePassword(const SecretValue& newPassword, DataKey dataKey)
{
    return changePassword(newPassword.bytes(), std::nullopt, dataKey);
}

Result<void> Vault::setRemoteBinding(
    ProjectId project, const QString& url, qint64 remoteProjectId, const SecretValue& token)
{
    return setRemoteBinding(project, url, remoteProjectId, token.bytes());
}
