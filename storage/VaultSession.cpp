#include "storage/Vault.h"

// The password change the desktop asks for: the vault's current KDF parameters, a fresh salt.
Result<void> Vault::changePassword(const SecretValue& newPassword, DataKey dataKey)
{
    return changePassword(newPassword, std::nullopt, dataKey);
}
