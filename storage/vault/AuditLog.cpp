#include "storage/vault/AuditLog.h"

#include "storage/VaultKeys.h"
#include "storage/vault/Sql.h"
#include "storage/vault/VaultContext.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstddef>

using Problem = AuditVerification::Problem;
using VaultKeys::kAuditKind;

namespace {

// The payload is a small JSON object inside the record's value: a record field per attribute
// would grow RecordCodec for one table.
RecordCodec::Record payload(const AuditLog::Change& change, const QString& actor)
{
    QJsonObject object {
        {QStringLiteral("action"), AuditText::actionCode(change.action)},
        {QStringLiteral("time"), QDateTime::currentMSecsSinceEpoch()},
        {QStringLiteral("actor"), actor},
    };
    if (!change.project.isEmpty()) {
        object.insert(QStringLiteral("project"), change.project);
    }
    if (change.itemKind != 0) {
        object.insert(QStringLiteral("kind"), change.itemKind);
    }
    if (!change.name.isEmpty()) {
        object.insert(QStringLiteral("name"), change.name);
    }
    if (!change.detail.isEmpty()) {
        object.insert(QStringLiteral("detail"), change.detail);
    }
    RecordCodec::Record record;
    record.value = QCA::SecureArray(QJsonDocument(object).toJson(QJsonDocument::Compact));
    record.hasValue = true;
    return record;
}

AuditEntry entryFrom(qint64 sequence, const RecordCodec::Record& record)
{
    const QJsonObject object = QJsonDocument::fromJson(record.value.toByteArray()).object();
    AuditEntry entry;
    entry.sequence = sequence;
    entry.time = RecordCodec::toDateTime(object.value(QStringLiteral("time")).toInteger());
    entry.actor = object.value(QStringLiteral("actor")).toString();
    entry.action = AuditText::actionFromCode(object.value(QStringLiteral("action")).toString());
    entry.project = object.value(QStringLiteral("project")).toString();
    entry.itemKind = static_cast<quint8>(object.value(QStringLiteral("kind")).toInt());
    entry.name = object.value(QStringLiteral("name")).toString();
    entry.detail = object.value(QStringLiteral("detail")).toString();
    return entry;
}

} // namespace

AuditLog::AuditLog(VaultContext& vault) : m_vault(vault) { }

Result<void> AuditLog::append(const Change& change)
{
    auto head = AuditLogChain::head(m_vault.db);
    if (!head) {
        return head.error();
    }
    // Rows beyond the head (an inserted entry) do not block the vault's writes: the new entry goes
    // after them, and verify() reports the break.
    auto last = m_vault.db.scalar("SELECT coalesce(max(id), 0) FROM audit_log");
    if (!last) {
        return last.error();
    }
    const qint64 sequence = std::max(head->sequence, last.value()) + 1;
    QByteArray previous;
    if (sequence > 1) {
        auto query = Sql::query(m_vault.db, "SELECT mac FROM audit_log WHERE id = ?1", sequence - 1);
        if (!query) {
            return query.error();
        }
        if (query.value()->next()) {
            previous = query.value()->blob(0);
        }
    }
    auto sealed = m_vault.keys.seal(0, kAuditKind, sequence, payload(change, m_vault.actor.name));
    if (!sealed) {
        return sealed.error();
    }
    const QByteArray mac = AuditLogChain::link(m_vault.keys.auditMac(), previous, sequence, sealed.value());
    if (auto inserted = Sql::execute(
            m_vault.db, "INSERT INTO audit_log (id, record, mac) VALUES (?1, ?2, ?3)", sequence, sealed.value(), mac);
        !inserted) {
        return inserted;
    }
    return AuditLogChain::writeHead(
        m_vault.db, sequence, AuditLogChain::headTag(m_vault.keys.auditMac(), sequence, mac));
}

Result<void> AuditLog::appendAlone(const Change& change)
{
    SqliteDatabase::Transaction transaction(m_vault.db);
    if (!transaction.begun()) {
        return transaction.begun();
    }
    if (auto appended = append(change); !appended) {
        return appended;
    }
    return transaction.commit();
}

Result<void> AuditLog::recordFailedUnlocks()
{
    // Read first without a transaction: an unlock takes no write lock when nothing failed.
    auto failed = m_vault.db.scalar("SELECT failed_unlocks FROM audit_head WHERE id = 1");
    if (!failed || failed.value() <= 0) {
        return {};
    }
    SqliteDatabase::Transaction transaction(m_vault.db);
    if (!transaction.begun()) {
        return transaction.begun();
    }
    auto query = Sql::query(m_vault.db, "SELECT failed_unlocks, last_failed_ms FROM audit_head WHERE id = 1");
    if (!query) {
        return query.error();
    }
    if (!query.value()->next() || query.value()->int64(0) <= 0) {
        return {};
    }
    Change change;
    change.action = AuditAction::FailedUnlocks;
    // Not authenticated: whoever can write the file can change or clear these two numbers.
    change.detail = QStringLiteral("count=%1 last=%2")
                        .arg(query.value()->int64(0))
                        .arg(RecordCodec::toDateTime(query.value()->int64(1)).toUTC().toString(Qt::ISODate));
    query.value()->reset();
    if (auto appended = append(change); !appended) {
        return appended;
    }
    if (auto cleared
        = Sql::execute(m_vault.db, "UPDATE audit_head SET failed_unlocks = 0, last_failed_ms = 0 WHERE id = 1");
        !cleared) {
        return cleared;
    }
    return transaction.commit();
}

Result<QList<AuditEntry>> AuditLog::entries()
{
    auto rows = AuditLogChain::rows(m_vault.db);
    if (!rows) {
        return rows.error();
    }
    QList<AuditEntry> entries;
    entries.reserve(static_cast<qsizetype>(rows->size()));
    for (const AuditLogChain::Row& row : rows.value()) {
        if (auto record = m_vault.keys.tryOpen(0, kAuditKind, row.sequence, row.sealed)) {
            entries.append(entryFrom(row.sequence, *record));
        } else {
            AuditEntry damaged;
            damaged.sequence = row.sequence;
            damaged.damaged = true;
            entries.append(damaged);
        }
    }
    return entries;
}

bool AuditLog::opensAs(const QByteArray& sealed, qint64 sequence)
{
    return m_vault.keys.tryOpen(0, kAuditKind, sequence, sealed).has_value();
}

qint64 AuditLog::sealedAs(const QByteArray& sealed, qint64 last)
{
    for (qint64 sequence = 1; sequence <= last; ++sequence) {
        if (opensAs(sealed, sequence)) {
            return sequence;
        }
    }
    return 0;
}

AuditVerification AuditLog::broken(Problem problem, qint64 sequence, const QString& message) const
{
    AuditVerification verification;
    verification.problem = problem;
    verification.entries = m_checked;
    verification.firstBadSequence = sequence;
    verification.message = message;
    return verification;
}

// Entry `index` does not open at its position: tells a copy, a move, a renumbering after a removal,
// an insertion and an edit apart by where its payload, and the payload this position expects, are.
AuditVerification AuditLog::misplaced(const std::vector<AuditLogChain::Row>& rows, size_t index, qint64 last)
{
    const qint64 expected = static_cast<qint64>(index) + 1;
    const qint64 holds = sealedAs(rows[index].sealed, last);
    const auto next = rows.begin() + static_cast<std::ptrdiff_t>(index) + 1;
    const bool expectedLater
        = std::any_of(next, rows.end(), [&](const AuditLogChain::Row& row) { return opensAs(row.sealed, expected); });
    const bool nextInPlace = next != rows.end() && opensAs(next->sealed, expected + 1);
    if (holds != 0 && nextInPlace) {
        return broken(
            Problem::Edited, expected, tr("Entry %1 was replaced by a copy of entry %2.").arg(expected).arg(holds));
    }
    if (holds != 0 && holds < expected) {
        return broken(Problem::Inserted, expected,
            tr("Entry %1 is a copy of entry %2 that was inserted into the log.").arg(expected).arg(holds));
    }
    if (holds != 0 && expectedLater) {
        return broken(Problem::Reordered, expected,
            tr("Entry %1 holds entry %2: the entries were reordered.").arg(expected).arg(holds));
    }
    if (holds > expected) {
        return broken(Problem::Removed, expected,
            tr("Entry %1 is missing: it was removed and the entries after it were renumbered.").arg(expected));
    }
    if (expectedLater) {
        return broken(Problem::Inserted, expected,
            tr("An entry the vault did not write was inserted at position %1.").arg(expected));
    }
    return broken(
        Problem::Edited, expected, tr("Entry %1 was changed: it does not open under the vault's key.").arg(expected));
}

Result<AuditVerification> AuditLog::verify()
{
    auto rows = AuditLogChain::rows(m_vault.db);
    if (!rows) {
        return rows.error();
    }
    auto head = AuditLogChain::head(m_vault.db);
    if (!head) {
        return head.error();
    }
    const qint64 count = static_cast<qint64>(rows->size());
    const qint64 last = std::max({head->sequence, count, rows->empty() ? 0 : rows->back().sequence}) + 1;
    KeyedHmac& key = m_vault.keys.auditMac();
    QByteArray previous;
    m_checked = 0;
    for (size_t i = 0; i < rows->size(); ++i) {
        const AuditLogChain::Row& row = rows->at(i);
        const qint64 expected = static_cast<qint64>(i) + 1;
        if (row.sequence != expected) {
            return broken(Problem::Removed, expected,
                tr("Entry %1 is missing: the log goes from entry %2 to entry %3.")
                    .arg(expected)
                    .arg(expected - 1)
                    .arg(row.sequence));
        }
        if (!opensAs(row.sealed, expected)) {
            return misplaced(rows.value(), i, last);
        }
        if (AuditLogChain::link(key, previous, expected, row.sealed) != row.mac) {
            return broken(
                Problem::Edited, expected, tr("Entry %1 was changed: its MAC does not match the chain.").arg(expected));
        }
        previous = row.mac;
        ++m_checked;
    }
    if (head->sequence > count) {
        return broken(Problem::Truncated, count + 1,
            tr("Entries %1 to %2 are missing: the log ends at entry %3, but the vault's header records %2 "
               "entries.")
                .arg(count + 1)
                .arg(head->sequence)
                .arg(count));
    }
    if (head->sequence < count) {
        return broken(Problem::Inserted, head->sequence + 1,
            tr("Entry %1 was added after the last entry the vault's header records (%2).")
                .arg(head->sequence + 1)
                .arg(head->sequence));
    }
    if (AuditLogChain::headTag(key, head->sequence, previous) != head->tag) {
        if (count == 0) {
            return broken(Problem::HeadMismatch, 1,
                tr("The log is empty, but the vault's header is not the head of an empty log: entry 1 and the "
                   "entries after it were removed."));
        }
        return broken(Problem::HeadMismatch, count,
            tr("The head of the log in the vault's header does not match entry %1.").arg(count));
    }
    AuditVerification intact;
    intact.entries = count;
    return intact;
}
