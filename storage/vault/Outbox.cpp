#include "storage/vault/Outbox.h"

#include "storage/VaultKeys.h"
#include "storage/vault/Projects.h"
#include "storage/vault/Sql.h"
#include "storage/vault/VaultContext.h"
#include "storage/vault/VaultLimits.h"
#include "storage/vault/VaultText.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>

using VaultKeys::kBatchKind;
using VaultKeys::kOutboxKind;

namespace {

// An authenticated entry record that does not describe a change of a known kind is treated as
// damaged, so the sync engine never publishes a guess.
std::optional<OutboxEntry> entryFrom(qint64 id, ProjectId project, const RecordCodec::Record& record)
{
    const bool knownKind = record.itemKind == static_cast<quint8>(ItemKind::Secret)
        || record.itemKind == static_cast<quint8>(ItemKind::Variable);
    const bool put = record.op == static_cast<quint8>(OutboxEntry::Op::Put);
    const bool knownOp = put || record.op == static_cast<quint8>(OutboxEntry::Op::Delete);
    if (!knownKind || !knownOp || record.name.isEmpty() || record.idempotencyKey.isEmpty() || put != record.hasValue) {
        return std::nullopt;
    }
    OutboxEntry entry;
    entry.id = id;
    entry.projectId = project;
    entry.kind = static_cast<ItemKind>(record.itemKind);
    entry.name = record.name;
    entry.op = static_cast<OutboxEntry::Op>(record.op);
    if (put && entry.kind == ItemKind::Secret) {
        entry.secretValue = SecretValue(record.value);
    } else if (put) {
        entry.value = QString::fromUtf8(record.value.constData(), record.value.size());
    }
    entry.includeInExport = entry.kind == ItemKind::Variable && record.includeInExport;
    entry.rotationOnly = put && entry.kind == ItemKind::Secret && record.rotationOnly;
    entry.baseRevision = record.baseRevision;
    entry.idempotencyKey = record.idempotencyKey;
    entry.created = RecordCodec::toDateTime(record.createdMs);
    entry.createdBy = record.updatedBy;
    return entry;
}

std::optional<OutboxBatch> batchFrom(qint64 id, const RecordCodec::Record& record)
{
    if (record.idempotencyKey.isEmpty() || !record.hasValue || record.value.isEmpty()) {
        return std::nullopt;
    }
    OutboxBatch batch;
    batch.id = id;
    batch.idempotencyKey = record.idempotencyKey.toLatin1();
    batch.body = record.value.toByteArray();
    batch.entryIds = record.entryIds;
    batch.created = RecordCodec::toDateTime(record.createdMs);
    return batch;
}

} // namespace

Outbox::Outbox(VaultContext& vault, Projects& projects)
    : m_vault(vault)
    , m_projects(projects)
    , m_entries(vault, "outbox", kOutboxKind)
    , m_batches(vault, "outbox_batches", kBatchKind)
{
}

QString Outbox::idempotencyKeyFrom(const char* randomBytes)
{
    return QString::fromLatin1(
        QByteArray(randomBytes, 16).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

RecordCodec::Record Outbox::entryRecord(quint8 kind, const QString& name, OutboxEntry::Op op,
    const RecordCodec::Record* item, const QString& idempotencyKey, qint64 now, const QString& author)
{
    RecordCodec::Record record;
    record.name = name;
    record.itemKind = kind;
    record.op = static_cast<quint8>(op);
    if (op == OutboxEntry::Op::Put && item) {
        record.value = item->value;
        record.hasValue = true;
        record.includeInExport = item->includeInExport;
    }
    record.idempotencyKey = idempotencyKey;
    record.createdMs = now;
    record.updatedMs = now;
    record.updatedBy = author;
    return record;
}

Result<void> Outbox::queueChange(ProjectId project, bool bound, quint8 kind, const QString& name, OutboxEntry::Op op,
    const RecordCodec::Record* item, bool rotationOnly)
{
    if (!bound) {
        return {};
    }
    const QByteArray random = QCA::Random::randomArray(16).toByteArray();
    RecordCodec::Record record = entryRecord(kind, name, op, item, idempotencyKeyFrom(random.constData()),
        QDateTime::currentMSecsSinceEpoch(), m_vault.actor.name);
    record.rotationOnly = rotationOnly && op == OutboxEntry::Op::Put;
    if (auto id = m_entries.insert(project, record); !id) {
        return id.error();
    }
    m_vault.queued = true;
    return {};
}

Result<QList<OutboxEntry>> Outbox::entries(ProjectId project)
{
    if (auto projectRecord = m_projects.require(project); !projectRecord) {
        return projectRecord.error();
    }
    auto rows = m_entries.rows(project);
    if (!rows) {
        return rows.error();
    }
    const std::vector<SealedTable::Row>& sealed = rows.value();
    std::vector<std::optional<OutboxEntry>> opened(sealed.size());
    m_vault.keys.forEachInParallel(sealed.size(), [&](RecordCipher& cipher, size_t begin, size_t end) {
        for (size_t i = begin; i < end; ++i) {
            if (auto record = cipher.open(project, kOutboxKind, sealed[i].id, sealed[i].sealed)) {
                opened[i] = entryFrom(sealed[i].id, project, *record);
            }
        }
    });
    QList<OutboxEntry> entries;
    entries.reserve(static_cast<qsizetype>(sealed.size()));
    for (size_t i = 0; i < sealed.size(); ++i) {
        if (opened[i]) {
            entries.append(std::move(*opened[i]));
        } else {
            OutboxEntry entry;
            entry.id = sealed[i].id;
            entry.projectId = project;
            entry.damaged = true;
            entries.append(std::move(entry));
        }
    }
    return entries;
}

Result<int> Outbox::count(ProjectId project)
{
    auto count = m_entries.count(project);
    if (!count) {
        return count.error();
    }
    return static_cast<int>(count.value());
}

Result<void> Outbox::acknowledge(ProjectId project, const QList<qint64>& ids)
{
    SqliteDatabase::Transaction transaction(m_vault.db);
    if (!transaction.begun()) {
        return transaction.begun();
    }
    if (auto removed = m_entries.remove(project, ids); !removed) {
        return removed.error();
    }
    return transaction.commit();
}

Result<void> Outbox::checkBatch(const QByteArray& idempotencyKey, const QByteArray& body, const QList<qint64>& ids)
{
    const bool keyPrintable = std::all_of(idempotencyKey.cbegin(), idempotencyKey.cend(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte >= 0x21 && byte <= 0x7e;
    });
    if (idempotencyKey.isEmpty() || idempotencyKey.size() > VaultLimits::kMaxIdempotencyKeyBytes || !keyPrintable) {
        return makeError(ErrorCode::InvalidInput,
            tr("The idempotency key of a publish request must be 1 to %1 printable characters without "
               "spaces; nothing was stored.")
                .arg(VaultLimits::kMaxIdempotencyKeyBytes));
    }
    if (body.isEmpty() || body.size() > VaultLimits::kMaxBatchBodyBytes) {
        return makeError(ErrorCode::InvalidInput,
            tr("A publish request of %1 bytes cannot be stored; the limit is 1 to %2 bytes. Send fewer "
               "changes per request.")
                .arg(body.size())
                .arg(VaultLimits::kMaxBatchBodyBytes));
    }
    QSet<qint64> listed;
    listed.reserve(ids.size());
    for (const qint64 id : ids) {
        if (listed.contains(id)) {
            return makeError(ErrorCode::InvalidInput,
                tr("Outbox entry #%1 appears twice in one publish request; nothing was stored.").arg(id));
        }
        listed.insert(id);
    }
    return {};
}

// Every entry must be queued for the project and in no other stored batch.
Result<void> Outbox::checkBatchEntries(ProjectId project, const QString& projectName, const QList<qint64>& ids)
{
    for (const qint64 id : ids) {
        auto found = m_entries.contains(project, id);
        if (!found) {
            return found.error();
        }
        if (!found.value()) {
            return makeError(ErrorCode::InvalidInput,
                tr("Outbox entry #%1 is not queued for project '%2'; nothing was stored.").arg(id).arg(projectName));
        }
    }
    auto stored = storedBatches(project);
    if (!stored) {
        return stored.error();
    }
    const QSet<qint64> listed(ids.cbegin(), ids.cend());
    for (const StoredBatch& other : stored.value()) {
        if (!other.batch) {
            return VaultText::damagedBatch(other.id);
        }
        for (const qint64 id : other.batch->entryIds) {
            if (listed.contains(id)) {
                return makeError(ErrorCode::InvalidInput,
                    tr("Outbox entry #%1 is already part of stored publish request #%2; nothing was stored.")
                        .arg(id)
                        .arg(other.id));
            }
        }
    }
    return {};
}

Result<qint64> Outbox::addBatch(
    ProjectId project, const QByteArray& idempotencyKey, const QByteArray& body, const QList<qint64>& entryIds)
{
    if (auto valid = checkBatch(idempotencyKey, body, entryIds); !valid) {
        return valid.error();
    }
    SqliteDatabase::Transaction transaction(m_vault.db);
    if (!transaction.begun()) {
        return transaction.begun().error();
    }
    auto projectRecord = m_projects.requireBound(project);
    if (!projectRecord) {
        return projectRecord.error();
    }
    if (auto valid = checkBatchEntries(project, projectRecord->name, entryIds); !valid) {
        return valid.error();
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    RecordCodec::Record record;
    record.idempotencyKey = QString::fromLatin1(idempotencyKey);
    // The body holds secret values: from here on it lives in secure memory until it is sealed.
    record.value = QCA::SecureArray(body);
    record.hasValue = true;
    record.entryIds = entryIds;
    record.createdMs = now;
    record.updatedMs = now;
    record.updatedBy = m_vault.actor.name;
    auto id = m_batches.insert(project, record);
    record.value.fill(0);
    if (!id) {
        return id.error();
    }
    if (auto result = transaction.commit(); !result) {
        return result.error();
    }
    return id.value();
}

Result<std::vector<Outbox::StoredBatch>> Outbox::storedBatches(ProjectId project)
{
    auto rows = m_batches.rows(project);
    if (!rows) {
        return rows.error();
    }
    std::vector<StoredBatch> batches;
    batches.reserve(rows->size());
    for (const SealedTable::Row& row : rows.value()) {
        StoredBatch stored;
        stored.id = row.id;
        if (auto record = m_vault.keys.tryOpen(project, kBatchKind, row.id, row.sealed)) {
            stored.batch = batchFrom(row.id, *record);
        }
        batches.push_back(std::move(stored));
    }
    return batches;
}

Result<QList<OutboxBatch>> Outbox::batches(ProjectId project)
{
    auto stored = storedBatches(project);
    if (!stored) {
        return stored.error();
    }
    QList<OutboxBatch> batches;
    batches.reserve(static_cast<qsizetype>(stored->size()));
    for (StoredBatch& batch : stored.value()) {
        if (batch.batch) {
            batches.append(std::move(*batch.batch));
        } else {
            OutboxBatch damaged;
            damaged.id = batch.id;
            damaged.damaged = true;
            batches.append(std::move(damaged));
        }
    }
    return batches;
}

Result<bool> Outbox::batchExists(ProjectId project, qint64 id)
{
    return m_batches.contains(project, id);
}

Result<qint64> Outbox::removeEntries(ProjectId project, const QList<qint64>& ids)
{
    return m_entries.remove(project, ids);
}

Result<qint64> Outbox::removeBatches(ProjectId project, const QList<qint64>& ids)
{
    return m_batches.remove(project, ids);
}

Result<void> Outbox::clear(ProjectId project)
{
    if (auto result = m_entries.removeAll(project); !result) {
        return result;
    }
    return m_batches.removeAll(project);
}
