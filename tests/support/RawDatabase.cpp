#include "tests/support/RawDatabase.h"

#include <QFile>

#include <sqlite3.h>

RawDatabase::RawDatabase(const QString& path, bool create)
{
    const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0);
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr) != SQLITE_OK) {
        sqlite3_close(m_db);
        m_db = nullptr;
    }
}

RawDatabase::~RawDatabase()
{
    sqlite3_close(m_db);
}

bool RawDatabase::exec(const char* sql)
{
    return m_db && sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

qint64 RawDatabase::integer(const char* sql)
{
    qint64 result = -1;
    sqlite3_stmt* statement = prepare(sql);
    if (statement && sqlite3_step(statement) == SQLITE_ROW) {
        result = sqlite3_column_int64(statement, 0);
    }
    sqlite3_finalize(statement);
    return result;
}

QByteArray RawDatabase::blob(const char* sql, qint64 id)
{
    QByteArray result;
    sqlite3_stmt* statement = prepare(sql);
    if (statement) {
        sqlite3_bind_int64(statement, 1, id);
        if (sqlite3_step(statement) == SQLITE_ROW) {
            const int size = sqlite3_column_bytes(statement, 0);
            result = QByteArray(static_cast<const char*>(sqlite3_column_blob(statement, 0)), size);
        }
    }
    sqlite3_finalize(statement);
    return result;
}

bool RawDatabase::updateBlob(const char* sql, const QByteArray& blob, qint64 id)
{
    sqlite3_stmt* statement = prepare(sql);
    if (!statement) {
        return false;
    }
    sqlite3_bind_blob(statement, 1, blob.constData(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
    sqlite3_bind_int64(statement, 2, id);
    return stepChangesOneRow(statement);
}

bool RawDatabase::updateInt(const char* sql, qint64 value, qint64 id)
{
    sqlite3_stmt* statement = prepare(sql);
    if (!statement) {
        return false;
    }
    sqlite3_bind_int64(statement, 1, value);
    sqlite3_bind_int64(statement, 2, id);
    return stepChangesOneRow(statement);
}

QByteArray RawDatabase::dump()
{
    QByteArray result;
    for (const char* table :
        {"vault_meta", "key_wrap", "projects", "items", "credentials", "outbox", "remote_state", "outbox_batches"}) {
        const QByteArray sql = QByteArray("SELECT * FROM ") + table + " ORDER BY id";
        sqlite3_stmt* statement = prepare(sql.constData());
        if (!statement) {
            return QByteArray("no table ") + table;
        }
        result += table;
        while (sqlite3_step(statement) == SQLITE_ROW) {
            for (int column = 0; column < sqlite3_column_count(statement); ++column) {
                const auto* bytes = static_cast<const char*>(sqlite3_column_blob(statement, column));
                result += '|' + QByteArray(bytes, sqlite3_column_bytes(statement, column)).toHex();
            }
            result += '\n';
        }
        sqlite3_finalize(statement);
    }
    return result;
}

sqlite3_stmt* RawDatabase::prepare(const char* sql)
{
    sqlite3_stmt* statement = nullptr;
    if (!m_db || sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(statement);
        return nullptr;
    }
    return statement;
}

bool RawDatabase::stepChangesOneRow(sqlite3_stmt* statement)
{
    const bool done = sqlite3_step(statement) == SQLITE_DONE;
    sqlite3_finalize(statement);
    return done && sqlite3_changes(m_db) == 1;
}
