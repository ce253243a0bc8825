#pragma once

#include "storage/SqliteDatabase.h"

#include <QByteArray>

// A larger SQLite page cache for the length of one bulk write (an import, a chunk of the format
// upgrade). Inserting thousands of rows touches index pages all over the file (the blind indexes are
// random), and with SQLite's default cache of about 2 MiB a transaction spills dirty pages to the WAL
// and reads them back many times over. The previous size comes back afterwards, which also frees the
// extra pages, so the memory is taken only while the write runs.
class BulkWriteCache
{
public:
    static constexpr int kCacheKiB = 64 * 1024;

    explicit BulkWriteCache(SqliteDatabase& db) : m_db(db)
    {
        auto previous = m_db.scalar("PRAGMA cache_size", 0);
        if (previous && previous.value() != 0) {
            m_previous = previous.value();
            m_enlarged = m_db.exec(("PRAGMA cache_size = -" + QByteArray::number(kCacheKiB)).constData()).ok();
        }
    }

    ~BulkWriteCache()
    {
        if (m_enlarged) {
            (void)m_db.exec(("PRAGMA cache_size = " + QByteArray::number(m_previous)).constData());
        }
    }

    BulkWriteCache(const BulkWriteCache&) = delete;
    BulkWriteCache& operator=(const BulkWriteCache&) = delete;

private:
    SqliteDatabase& m_db;
    qint64 m_previous = 0;
    bool m_enlarged = false;
};
