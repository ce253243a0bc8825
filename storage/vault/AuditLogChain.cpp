#include "storage/vault/AuditLogChain.h"

#include "storage/KeyDerivation.h"
#include "storage/SqliteDatabase.h"
#include "storage/VaultKeys.h"
#include "storage/vault/Sql.h"

#include <QDateTime>
#include <QtEndian>

namespace {

QByteArray bigEndian64(qint64 value)
{
    QByteArray bytes(8, Qt::Uninitialized);
    qToBigEndian(value, bytes.data());
    return bytes;
}

} // namespace

namespace AuditLogChain {

QByteArray link(KeyedHmac& key, const QByteArray& previousMac, qint64 sequence, const QByteArray& sealed)
{
    return key.mac(previousMac + bigEndian64(sequence) + sealed);
}

QByteArray headTag(KeyedHmac& key, qint64 sequence, const QByteArray& lastMac)
{
    return key.mac(QByteArrayLiteral("head") + bigEndian64(sequence) + lastMac);
}

Result<std::vector<Row>> rows(SqliteDatabase& db)
{
    auto query = Sql::query(db, "SELECT id, record, mac FROM audit_log ORDER BY id");
    if (!query) {
        return query.error();
    }
    SqliteStatement& statement = *query.value();
    std::vector<Row> rows;
    while (statement.next()) {
        rows.push_back(Row {statement.int64(0), statement.blob(1), statement.blob(2)});
    }
    if (statement.failed()) {
        return statement.error();
    }
    return rows;
}

Result<Head> head(SqliteDatabase& db)
{
    auto query = Sql::query(db, "SELECT sequence, tag FROM audit_head WHERE id = 1");
    if (!query) {
        return query.error();
    }
    auto found = Sql::step(*query.value());
    if (!found) {
        return found.error();
    }
    // A deleted head reads as an empty log whose tag does not hold.
    if (!found.value()) {
        return Head {};
    }
    return Head {query.value()->int64(0), query.value()->blob(1)};
}

Result<void> writeHead(SqliteDatabase& db, qint64 sequence, const QByteArray& tag)
{
    return Sql::execute(db,
        "INSERT INTO audit_head (id, sequence, tag) VALUES (1, ?1, ?2) "
        "ON CONFLICT (id) DO UPDATE SET sequence = excluded.sequence, tag = excluded.tag",
        sequence, tag);
}

qint64 firstBrokenLink(KeyedHmac& key, const std::vector<Row>& rows, const Head& head)
{
    QByteArray previous;
    qint64 expected = 1;
    for (const Row& row : rows) {
        if (row.sequence != expected || link(key, previous, expected, row.sealed) != row.mac) {
            return expected;
        }
        previous = row.mac;
        ++expected;
    }
    const auto count = static_cast<qint64>(rows.size());
    if (head.sequence != count) {
        return qMin(head.sequence, count) + 1;
    }
    if (headTag(key, head.sequence, previous) != head.tag) {
        return qMax<qint64>(1, count);
    }
    return 0;
}

Result<void> relink(SqliteDatabase& db, KeyedHmac& key)
{
    auto all = rows(db);
    if (!all) {
        return all.error();
    }
    auto update = Sql::prepare(db, "UPDATE audit_log SET mac = ?2 WHERE id = ?1");
    if (!update) {
        return update.error();
    }
    QByteArray previous;
    for (const Row& row : all.value()) {
        previous = link(key, previous, row.sequence, row.sealed);
        if (auto written = Sql::runWith(*update.value(), row.sequence, previous); !written) {
            return written;
        }
    }
    const qint64 last = all->empty() ? 0 : all->back().sequence;
    return writeHead(db, last, headTag(key, last, previous));
}

Result<void> startHead(SqliteDatabase& db, const QCA::SymmetricKey& dataKey, const QByteArray& vaultId)
{
    KeyedHmac key(VaultKeys::auditKey(dataKey, vaultId));
    return writeHead(db, 0, headTag(key, 0, QByteArray()));
}

void countFailedUnlock(SqliteDatabase& db)
{
    (void)Sql::execute(db,
        "UPDATE audit_head SET failed_unlocks = failed_unlocks + 1, last_failed_ms = ?1 WHERE id = 1",
        QDateTime::currentMSecsSinceEpoch());
}

} // namespace AuditLogChain
