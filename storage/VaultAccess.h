#pragma once

#include "models/Result.h"

class QString;
class SecretValue;
class Vault;
struct KdfParams;

// The vault's password operations for callers that must not touch QCA (the dialogs in ui/): they
// hold the master password as a SecretValue and these functions pass its locked bytes on.

// Creates a new vault file at `path`. An empty salt in `params` is replaced by a fresh random one,
// so a caller that retries never reuses a salt.
Result<void> createVault(const QString& path, const SecretValue& password, const KdfParams& params);
Result<void> unlockVault(Vault& vault, const QString& path, const SecretValue& password);
// With `rotateDataKey`, also replaces the data key and re-encrypts every record (Vault::DataKey::Rotate).
Result<void> changeVaultPassword(Vault& vault, const SecretValue& newPassword, bool rotateDataKey = false);
