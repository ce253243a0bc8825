#pragma once

#include "storage/Vault.h"
#include "tests/support/TestSupport.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <memory>

// Fixtures the item model tests share: a real vault in a temporary folder, and damage done to one
// of its records on disk.
namespace ModelTestSupport {

inline const QString kPassword = QStringLiteral("correct horse");

// Creates a vault with kPassword in a new temporary folder and unlocks it with auto-lock off.
// Returns false if any step fails.
[[nodiscard]] inline bool createUnlockedVault(
    std::unique_ptr<QTemporaryDir>& dir, QString& path, std::unique_ptr<Vault>& vault)
{
    dir = std::make_unique<QTemporaryDir>();
    if (!dir->isValid()) {
        return false;
    }
    path = dir->filePath(QStringLiteral("vault.db"));
    if (!Vault::create(path, TestSupport::secret(kPassword), TestSupport::fastKdfParams()).ok()) {
        return false;
    }
    vault = std::make_unique<Vault>();
    if (!vault->unlock(path, TestSupport::secret(kPassword)).ok()) {
        return false;
    }
    vault->setAutoLockTimeout(0);
    return true;
}

// Flips one byte in the middle of the ciphertext of record `id` in `table`, as damage on disk
// would. The vault must be locked (closed) while this runs.
inline bool damageRecord(const QString& path, const char* table, qint64 id)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return false;
    }
    QByteArray record;
    sqlite3_stmt* select = nullptr;
    const QByteArray selectSql = QByteArray("SELECT record FROM ") + table + " WHERE id = ?1";
    if (sqlite3_prepare_v2(db, selectSql.constData(), -1, &select, nullptr) == SQLITE_OK) {
        sqlite3_bind_int64(select, 1, id);
        if (sqlite3_step(select) == SQLITE_ROW) {
            record
                = QByteArray(static_cast<const char*>(sqlite3_column_blob(select, 0)), sqlite3_column_bytes(select, 0));
        }
    }
    sqlite3_finalize(select);
    bool changed = false;
    if (!record.isEmpty()) {
        record[record.size() / 2] = static_cast<char>(record.at(record.size() / 2) ^ 0x01);
        sqlite3_stmt* update = nullptr;
        const QByteArray updateSql = QByteArray("UPDATE ") + table + " SET record = ?1 WHERE id = ?2";
        if (sqlite3_prepare_v2(db, updateSql.constData(), -1, &update, nullptr) == SQLITE_OK) {
            sqlite3_bind_blob(update, 1, record.constData(), static_cast<int>(record.size()), SQLITE_TRANSIENT);
            sqlite3_bind_int64(update, 2, id);
            changed = sqlite3_step(update) == SQLITE_DONE && sqlite3_changes(db) == 1;
        }
        sqlite3_finalize(update);
    }
    sqlite3_close(db);
    return changed;
}

// What a damaged record's name cell shows (the untranslated text; the tests run without a
// translator).
inline QString damagedName(qint64 id)
{
    return QStringLiteral("(damaged record #%1)").arg(id);
}

inline int threeWay(qint64 a, qint64 b)
{
    return a < b ? -1 : (a > b ? 1 : 0);
}

} // namespace ModelTestSupport
