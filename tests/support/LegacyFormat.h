#pragma once

#include "models/Ids.h"
#include "models/SecretValue.h"

#include <QString>

// Vaults in record format 1, as a BotVault from before format 2 wrote them (each record sealed under
// its own HKDF subkey, no associated data; schema 2 without the format_upgrade table), made from a
// vault of the current format: for tests and benches of the format upgrade that need more records
// than the committed fixture (tests/data/vault-format1.bvault, written by the old code itself).
namespace LegacyFormat {

// Re-seals every record of the locked vault at `path` in format 1. False with *error set when the
// vault does not open or a record does not re-seal.
bool downgrade(const QString& path, const SecretValue& password, QString* error);

// Every record of the vault at `path` carries format `version` in vault_meta, and no upgrade is
// under way (-1 when the file cannot be read).
int storedFormat(const QString& path);
// Whether an upgrade stopped part of the way: a format_upgrade row is stored.
bool upgradeUnderWay(const QString& path);

// How TestVaultTamper re-seals an item's own plaintext for its own row, to replay it under another
// format: each must fail to open in a format-2 vault.
enum class Replay
{
    // Exactly what a format-1 vault held for this row: its per-record subkey, no associated data.
    Format1Record,
    // The record key, with the row's binding but format version 1 or 3.
    BindingOfFormat1,
    BindingOfFormat3,
    // The record key without associated data.
    NoAssociatedData,
};

// The item `id`'s record (table items) re-sealed as `replay`; empty when it does not open.
QByteArray resealItemAs(const QString& path, const SecretValue& password, RecordId id, Replay replay);

} // namespace LegacyFormat
