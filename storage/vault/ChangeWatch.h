#pragma once

#include "storage/vault/VaultContext.h"

// Notices commits that other connections (the CLI, a second desktop) made to the vault file, through
// SQLite's PRAGMA data_version: it moves when another connection commits and never for this
// connection's own writes, and reading it touches no record.
class ChangeWatch
{
public:
    explicit ChangeWatch(VaultContext& vault);

    // Takes the current version as seen (after unlocking, or when the views reread everything).
    void rememberCurrent();
    // Whether another connection committed since the last look; remembers the new version.
    bool changedSinceLastLook();

private:
    VaultContext& m_vault;
    qint64 m_seenVersion = -1;
};
