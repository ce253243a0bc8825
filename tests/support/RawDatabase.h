#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

// A vault file through the plain SQLite C API, bypassing every check of the vault, as an attacker
// with write access to the file (or an older build) would see it. Every call fails softly (-1, an
// empty array, false) when the file did not open or the statement does not compile, so a test's
// QCOMPARE shows what went wrong.
class RawDatabase
{
public:
    // `create`: make the file when it does not exist (another program's database).
    explicit RawDatabase(const QString& path, bool create = false);
    ~RawDatabase();
    RawDatabase(const RawDatabase&) = delete;
    RawDatabase& operator=(const RawDatabase&) = delete;

    bool isOpen() const { return m_db != nullptr; }

    bool exec(const char* sql);

    // The single integer `sql` selects, or -1.
    qint64 integer(const char* sql);

    // The single blob `sql` selects, with ?1 bound to `id`.
    QByteArray blob(const char* sql, qint64 id);

    // Runs `sql` with ?1 bound to `blob` and ?2 to `id`; true when exactly one row changed.
    bool updateBlob(const char* sql, const QByteArray& blob, qint64 id);

    // Runs `sql` with ?1 bound to `value` and ?2 to `id`; true when exactly one row changed.
    bool updateInt(const char* sql, qint64 value, qint64 id);

    // Every row of every vault table, in a fixed order, as one byte string.
    QByteArray dump();

private:
    sqlite3_stmt* prepare(const char* sql);
    bool stepChangesOneRow(sqlite3_stmt* statement);

    sqlite3* m_db = nullptr;
};
