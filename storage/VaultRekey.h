#pragma once

#include "models/Result.h"

#include <QByteArray>
#include <QtCrypto>

class SqliteDatabase;

// Rotating the vault's data key: every record (projects, secrets, variables, outbox entries,
// credentials, remote states, stored batches) is opened under the old data key and sealed again
// under a new one with a fresh nonce, and every blind index is recomputed under the new name-index
// key. It runs inside the caller's transaction, so the vault holds either every record under the
// old key or every record under the new one; the caller rewraps the new key in the same
// transaction. A copy of the file from before the rotation, opened with the old password, therefore
// opens nothing written afterwards. Records are re-sealed in chunks on all cores.
namespace VaultRekey {

// Damaged, naming the row, when a record does not open under `from` or its blind index is not the
// one `from` gives for its name: rotating would lose or launder it, so nothing may be committed.
// Internal when the database holds a record table this code does not know. Returns how many
// records were re-sealed.
Result<qint64> reencryptAll(SqliteDatabase& db, int formatVersion, const QByteArray& vaultId,
    const QCA::SymmetricKey& from, const QCA::SymmetricKey& to);

} // namespace VaultRekey
