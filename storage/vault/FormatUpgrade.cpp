#include "storage/vault/FormatUpgrade.h"

#include "storage/SqliteDatabase.h"
#include "storage/VaultRekey.h"
#include "storage/vault/Sql.h"
#include "storage/vault/VaultLimits.h"

namespace {

Result<VaultRekey::UpgradePosition> storedPosition(SqliteDatabase& db)
{
    auto query = Sql::query(db, "SELECT table_index, after_id FROM format_upgrade WHERE id = 1");
    if (!query) {
        return query.error();
    }
    auto found = Sql::step(*query.value());
    if (!found) {
        return found.error();
    }
    if (!found.value()) {
        return VaultRekey::UpgradePosition {};
    }
    return VaultRekey::UpgradePosition {static_cast<int>(query.value()->int64(0)), query.value()->int64(1)};
}

Result<void> storeProgress(SqliteDatabase& db, const VaultRekey::UpgradedChunk& chunk)
{
    if (chunk.finished) {
        if (auto result = Sql::execute(db, "DELETE FROM format_upgrade"); !result) {
            return result;
        }
        return Sql::execute(db, "UPDATE vault_meta SET format_version = ?1 WHERE id = 1", VaultLimits::kFormatVersion);
    }
    return Sql::execute(db, "INSERT OR REPLACE INTO format_upgrade (id, table_index, after_id) VALUES (1, ?1, ?2)",
        chunk.next.table, chunk.next.after);
}

// One chunk after the stored position, and the new position, in one transaction. The position is
// read inside it, so another process upgrading the same vault at the same time continues from
// where this one got to instead of walking the same rows again.
Result<VaultRekey::UpgradedChunk> upgradeOneChunk(
    SqliteDatabase& db, const QByteArray& vaultId, const QCA::SymmetricKey& dataKey)
{
    SqliteDatabase::Transaction transaction(db);
    if (!transaction.begun()) {
        return transaction.begun().error();
    }
    auto format = db.scalar("SELECT format_version FROM vault_meta WHERE id = 1");
    if (!format) {
        return format.error();
    }
    if (format.value() == VaultLimits::kFormatVersion) {
        VaultRekey::UpgradedChunk done;
        done.finished = true;
        return done;
    }
    auto position = storedPosition(db);
    if (!position) {
        return position.error();
    }
    auto chunk = VaultRekey::upgradeChunk(db, vaultId, dataKey, position.value());
    if (!chunk) {
        return chunk;
    }
    if (auto stored = storeProgress(db, chunk.value()); !stored) {
        return stored.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return chunk;
}

} // namespace

Result<FormatUpgrade::Report> FormatUpgrade::run(
    SqliteDatabase& db, const QByteArray& vaultId, const QCA::SymmetricKey& dataKey, const Progress& progress)
{
    auto position = storedPosition(db);
    if (!position) {
        return position.error();
    }
    auto total = VaultRekey::recordCount(db, position.value());
    if (!total) {
        return total.error();
    }
    Report report;
    for (;;) {
        auto chunk = upgradeOneChunk(db, vaultId, dataKey);
        if (!chunk) {
            return chunk.error();
        }
        report.records += chunk->rows;
        report.damaged += chunk->damaged;
        if (progress) {
            progress(qMin(report.records, total.value()), total.value());
        }
        if (chunk->finished) {
            break;
        }
    }
    return report;
}
