#pragma once

#include "models/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

// A prepared statement: bind, step, read columns, reset. Column and parameter indexes follow
// SQLite: parameters from 1, columns from 0.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3* db, sqlite3_stmt* statement);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    void bind(int index, qint64 value);
    void bind(int index, const QByteArray& blob);
    void bindText(int index, const QString& text);

    // True while a row is available; false when done or on an error (see failed()).
    bool next();
    // Runs a statement that returns no rows.
    Result<void> run();
    bool failed() const { return m_failed; }
    Error error() const;
    void reset();

    qint64 int64(int column) const;
    QByteArray blob(int column) const;
    QString text(int column) const;

private:
    sqlite3* m_db;
    sqlite3_stmt* m_statement;
    bool m_failed = false;
    int m_resultCode = 0;
};

// One SQLite connection through the C API, so the vault controls pragmas, transactions, checkpoints
// and error codes exactly. Errors are mapped to Result codes with a message that names the file
// operation, never the data.
class SqliteDatabase
{
    Q_DECLARE_TR_FUNCTIONS(SqliteDatabase)

public:
    SqliteDatabase();
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase&) = delete;
    SqliteDatabase& operator=(const SqliteDatabase&) = delete;

    enum class OpenMode
    {
        ExistingOnly,
        Create,
    };
    Result<void> open(const QString& path, OpenMode mode);
    void close();
    bool isOpen() const { return m_db != nullptr; }

    Result<void> exec(const char* sql);
    // nullptr with *error set when the SQL does not compile.
    std::unique_ptr<SqliteStatement> prepare(const char* sql, Error* error = nullptr);
    // The first column of the first row, or `fallback`.
    Result<qint64> scalar(const char* sql, qint64 fallback = 0);

    // PRAGMA wal_checkpoint(TRUNCATE): moves the WAL into the database and empties it.
    Result<void> checkpointTruncate();

    // Runs at the start of every Transaction, after BEGIN IMMEDIATE has taken the write lock; when it
    // fails, the transaction rolls back at once and begun() carries its error. The vault uses it to
    // refuse writes under a data key that another process has replaced.
    void setTransactionCheck(std::function<Result<void>()> check) { m_transactionCheck = std::move(check); }

    Error lastError(const QString& action) const;
    static Error mapError(int resultCode, const QString& action, const QString& detail);

    // BEGIN IMMEDIATE … COMMIT; rolls back when destroyed without commit().
    class Transaction
    {
    public:
        explicit Transaction(SqliteDatabase& db);
        ~Transaction();
        Transaction(const Transaction&) = delete;
        Transaction& operator=(const Transaction&) = delete;
        const Result<void>& begun() const { return m_begun; }
        Result<void> commit();

    private:
        SqliteDatabase& m_db;
        Result<void> m_begun;
        bool m_open = false;
    };

private:
    sqlite3* m_db = nullptr;
    std::function<Result<void>()> m_transactionCheck;
};
