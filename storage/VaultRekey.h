#pragma once

#include "models/Result.h"

#include "models/Ids.h"

#include <QByteArray>
#include <QList>
#include <QtCrypto>

class SqliteDatabase;

// Rotating the vault's data key: every record (projects, secrets, variables, outbox entries,
// credentials, remote states, stored batches) is opened under the old data key and sealed again
// under a new one with a fresh nonce, and every blind index is recomputed under the new name-index
// key. It runs inside the caller's transaction, so the vault holds either every record under the
// old key or every record under the new one; the caller rewraps the new key in the same
// transaction. A copy of the file from before the rotation, opened with the old password, therefore
// opens nothing written afterwards. Records are re-sealed in chunks on all cores. The same machinery
// re-seals a format-1 vault's records to format 2 (upgradeChunk), one chunk per transaction.
namespace VaultRekey {

// Damaged, naming the row, when a record does not open under `from` or its blind index is not the
// one `from` gives for its name: rotating would lose or launder it, so nothing may be committed.
// Internal when the database holds a record table this code does not know. Returns how many
// records were re-sealed.
Result<qint64> reencryptAll(SqliteDatabase& db, int formatVersion, const QByteArray& vaultId,
    const QCA::SymmetricKey& from, const QCA::SymmetricKey& to);

// Where the format upgrade stands: every record of the tables before `table` (in this file's table
// order) and of `table` up to id `after` is in format 2.
struct UpgradePosition
{
    int table = 0;
    RecordId after = 0;
};

// How many records the record tables hold at or after `from` (what an upgrade has left to do).
Result<qint64> recordCount(SqliteDatabase& db, UpgradePosition from = {});

struct UpgradedChunk
{
    UpgradePosition next;
    // Rows looked at in this chunk, resealed or not.
    qint64 rows = 0;
    // The rows that did not open under format 1: left as they are, so they stay reported as damaged.
    QList<RecordId> damaged;
    // No record is left after `next`: the vault is in format 2.
    bool finished = false;
};

// The format upgrade's step: re-seals the next chunk of format-1 records after `from` (at most a few
// thousand rows, of one table) under format 2 with the same data key, in the caller's transaction.
// A record that does not open is left untouched and named in `damaged`; it never stops the upgrade.
Result<UpgradedChunk> upgradeChunk(
    SqliteDatabase& db, const QByteArray& vaultId, const QCA::SymmetricKey& dataKey, UpgradePosition from);

} // namespace VaultRekey
