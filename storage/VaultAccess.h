#pragma once

#include "models/Result.h"

class QString;
class SecretValue;
struct KdfParams;

// What the desktop needs of vault files before one is open: where the default vault lives, whether
// a file is there, and creating a new one. The open vault itself is a VaultSession
// (models/VaultSession.h).

// botvault/vault.db in the user's data folder.
QString defaultVaultPath();
bool vaultFileExists(const QString& path);
// Creates a new vault file at `path`. An empty salt in `params` is replaced by a fresh random one,
// so a caller that retries never reuses a salt.
Result<void> createVault(const QString& path, const SecretValue& password, const KdfParams& params);
