#include "storage/vault/ChangeWatch.h"

ChangeWatch::ChangeWatch(VaultContext& vault) : m_vault(vault) { }

void ChangeWatch::rememberCurrent()
{
    auto version = m_vault.db.scalar("PRAGMA data_version", -1);
    m_seenVersion = version ? version.value() : -1;
}

bool ChangeWatch::changedSinceLastLook()
{
    if (!m_vault.db.isOpen()) {
        return false;
    }
    auto version = m_vault.db.scalar("PRAGMA data_version", -1);
    if (!version || version.value() == m_seenVersion) {
        return false;
    }
    m_seenVersion = version.value();
    return true;
}
