#include "storage/SqliteDatabase.h"

#include <QCoreApplication>
#include <QFile>

#include <sqlite3.h>

SqliteStatement::SqliteStatement(sqlite3* db, sqlite3_stmt* statement) : m_db(db), m_statement(statement) { }

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bind(int index, const QByteArray& blob)
{
    sqlite3_bind_blob(m_statement, index, blob.constData(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindText(int index, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_statement, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
}

bool SqliteStatement::next()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc != SQLITE_DONE) {
        m_failed = true;
        m_resultCode = rc;
    }
    return false;
}

Result<void> SqliteStatement::run()
{
    while (next()) { }
    if (m_failed) {
        return error();
    }
    return {};
}

Error SqliteStatement::error() const
{
    return SqliteDatabase::mapError(m_resultCode, SqliteDatabase::tr("The vault database could not be read or written"),
        QString::fromUtf8(sqlite3_errmsg(m_db)));
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_failed = false;
    m_resultCode = 0;
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QByteArray SqliteStatement::blob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
    const int size = sqlite3_column_bytes(m_statement, column);
    return QByteArray(data, size);
}

QString SqliteStatement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

SqliteDatabase::SqliteDatabase() = default;

SqliteDatabase::~SqliteDatabase()
{
    close();
}

Result<void> SqliteDatabase::open(const QString& path, OpenMode mode)
{
    close();
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    if (mode == OpenMode::Create) {
        flags |= SQLITE_OPEN_CREATE;
    }
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString detail = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString();
        sqlite3_close_v2(db);
        return mapError(rc, tr("The vault file %1 could not be opened").arg(path), detail);
    }
    m_db = db;
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 10000);
    // The vault's schema is ours alone: refuse writes to sqlite_master and unsafe schema functions.
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    return {};
}

void SqliteDatabase::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

Result<void> SqliteDatabase::exec(const char* sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString detail = QString::fromUtf8(message ? message : sqlite3_errmsg(m_db));
        sqlite3_free(message);
        return mapError(rc, tr("The vault database could not be read or written"), detail);
    }
    return {};
}

std::unique_ptr<SqliteStatement> SqliteDatabase::prepare(const char* sql, Error* error)
{
    sqlite3_stmt* statement = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
    if (rc != SQLITE_OK) {
        if (error) {
            *error = mapError(rc, tr("The vault database could not be read"), QString::fromUtf8(sqlite3_errmsg(m_db)));
        }
        sqlite3_finalize(statement);
        return nullptr;
    }
    return std::make_unique<SqliteStatement>(m_db, statement);
}

Result<qint64> SqliteDatabase::scalar(const char* sql, qint64 fallback)
{
    Error error;
    auto statement = prepare(sql, &error);
    if (!statement) {
        return error;
    }
    if (statement->next()) {
        return statement->int64(0);
    }
    if (statement->failed()) {
        return statement->error();
    }
    return fallback;
}

Result<void> SqliteDatabase::checkpointTruncate()
{
    int logFrames = 0;
    int checkpointed = 0;
    const int rc = sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, &logFrames, &checkpointed);
    // Another connection reading or writing keeps the WAL busy: the next checkpoint catches up.
    if (rc != SQLITE_OK && (rc & 0xff) != SQLITE_BUSY) {
        return lastError(tr("The vault's write-ahead log could not be checkpointed"));
    }
    return {};
}

Error SqliteDatabase::lastError(const QString& action) const
{
    return mapError(sqlite3_extended_errcode(m_db), action, QString::fromUtf8(sqlite3_errmsg(m_db)));
}

Error SqliteDatabase::mapError(int resultCode, const QString& action, const QString& detail)
{
    const QString message
        = detail.isEmpty() ? action + QLatin1Char('.') : action + QStringLiteral(": ") + detail + QLatin1Char('.');
    switch (resultCode & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return makeError(ErrorCode::Damaged, message);
    case SQLITE_CONSTRAINT:
        return makeError(ErrorCode::AlreadyExists, message);
    case SQLITE_CANTOPEN:
        return makeError(ErrorCode::Io, message);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return makeError(
            ErrorCode::Io, message + QLatin1Char(' ') + tr("Another program is using the vault; try again."));
    default:
        return makeError(ErrorCode::Io, message);
    }
}

SqliteDatabase::Transaction::Transaction(SqliteDatabase& db)
    : m_db(db), m_begun(db.exec("BEGIN IMMEDIATE")), m_open(m_begun.ok())
{
    if (m_open && m_db.m_transactionCheck) {
        if (auto checked = m_db.m_transactionCheck(); !checked) {
            (void)m_db.exec("ROLLBACK");
            m_open = false;
            m_begun = checked;
        }
    }
}

SqliteDatabase::Transaction::~Transaction()
{
    if (m_open) {
        (void)m_db.exec("ROLLBACK");
    }
}

Result<void> SqliteDatabase::Transaction::commit()
{
    auto result = m_db.exec("COMMIT");
    if (result.ok()) {
        m_open = false;
    }
    return result;
}
