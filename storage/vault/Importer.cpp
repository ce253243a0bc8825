#include "storage/vault/Importer.h"

#include "models/NameRules.h"
#include "storage/VaultKeys.h"
#include "storage/vault/AuditLog.h"
#include "storage/vault/BulkWriteCache.h"
#include "storage/vault/ItemHistory.h"
#include "storage/vault/Items.h"
#include "storage/vault/Outbox.h"
#include "storage/vault/Projects.h"
#include "storage/vault/Sql.h"
#include "storage/vault/VaultContext.h"
#include "storage/vault/VaultLimits.h"
#include "storage/vault/VaultText.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>

using VaultKeys::kOutboxKind;
using ImportItem = ProjectStore::ImportItem;
using ProjectImport = ProjectStore::ProjectImport;

namespace {

// The archive's rules of the names this import declares (secrets without a value yet), kept in the
// project record until each secret is first given a value.
void declareRotations(const ProjectImport& import, RecordCodec::Record& project)
{
    for (const QString& name : import.declaredSecrets) {
        const auto rotation = import.secretRotations.constFind(name);
        if (rotation != import.secretRotations.cend() && rotation->policy.isSet()) {
            Items::declareRotation(project, name, rotation->policy);
        }
    }
}

} // namespace

Importer::Importer(VaultContext& vault, Projects& projects, Items& items, Outbox& outbox)
    : m_vault(vault), m_projects(projects), m_items(items), m_outbox(outbox)
{
}

Result<void> Importer::check(const ProjectImport& import)
{
    if (import.into == 0) {
        if (auto valid = NameRules::validateProjectName(import.newProjectName); !valid) {
            return valid;
        }
    }
    // Names are unique per kind, byte for byte (the blind index hashes the exact UTF-8).
    QSet<QString> seenOfKind[2];
    bool anySecret = false;
    for (const ImportItem& item : import.items) {
        if (auto valid = NameRules::validate(item.name); !valid) {
            return valid;
        }
        const qsizetype size = item.kind == ItemKind::Secret ? item.secretValue.size() : item.value.toUtf8().size();
        if (size > VaultLimits::kMaxValueBytes) {
            return VaultText::namedValueTooLarge(item.name, size);
        }
        if (item.kind == ItemKind::Secret) {
            anySecret = true;
            if (auto checked = Items::checkSecretValue(item.name, item.secretValue); !checked) {
                return checked;
            }
        }
        const auto kind = static_cast<quint8>(item.kind);
        QSet<QString>& seen = seenOfKind[item.kind == ItemKind::Secret ? 0 : 1];
        const qsizetype before = seen.size();
        seen.insert(item.name);
        if (seen.size() == before) {
            return makeError(ErrorCode::AlreadyExists,
                tr("The %1 '%2' appears more than once.").arg(VaultText::kindName(kind), item.name));
        }
    }
    for (const QString& name : import.declaredSecrets) {
        if (auto valid = NameRules::validate(name); !valid) {
            return valid;
        }
    }
    for (auto rotation = import.secretRotations.cbegin(); rotation != import.secretRotations.cend(); ++rotation) {
        if (auto valid = NameRules::validate(rotation.key()); !valid) {
            return valid;
        }
        const RotationPolicy& policy = rotation->policy;
        // An expiry date in the past is an overdue rule, not a bad one: the archive may be old.
        if (policy.periodDays < 0 || policy.periodDays > RotationRules::kMaxPeriodDays
            || (policy.periodDays > 0 && policy.expiresOn.isValid())) {
            return makeError(ErrorCode::InvalidInput,
                tr("The rotation rule of secret '%1' is not valid; nothing was imported.").arg(rotation.key()));
        }
    }
    if (anySecret) {
        return m_vault.policy.checkManageSecrets(m_vault.actor);
    }
    return {};
}

Result<Importer::Imported> Importer::apply(const ProjectImport& import)
{
    if (auto valid = check(import); !valid) {
        return valid.error();
    }
    const BulkWriteCache cache(m_vault.db);
    SqliteDatabase::Transaction transaction(m_vault.db);
    if (!transaction.begun()) {
        return transaction.begun().error();
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    ProjectId project = import.into;
    auto projectRecord = writeProject(import, now, &project);
    if (!projectRecord) {
        return projectRecord.error();
    }
    auto rows = readRows(import, project, now);
    if (!rows) {
        return rows.error();
    }
    if (auto result = assignIds(rows.value()); !result) {
        return result.error();
    }
    // A bound project queues one put per item, in the items' order. The entries are built and
    // sealed in the same parallel pass as the items, so they add no serial crypto work.
    const bool bound = projectRecord->remoteProjectId != 0 && !rows->empty();
    qint64 firstEntryId = 0;
    if (bound) {
        auto entryIds = m_vault.allocateIds(static_cast<qint64>(rows->size()));
        if (!entryIds) {
            return entryIds.error();
        }
        firstEntryId = entryIds.value();
    }
    seal(import, project, rows.value(), now, firstEntryId);
    if (auto result = writeRows(import, project, rows.value()); !result) {
        return result.error();
    }
    if (auto kept = keepVersions(import, project, rows.value()); !kept) {
        return kept.error();
    }
    if (bound) {
        if (auto result = writeEntries(project, rows.value(), firstEntryId); !result) {
            return result.error();
        }
    }
    auto rotated = applyRotations(import, project, projectRecord.value());
    if (!rotated) {
        return rotated.error();
    }
    if (auto logged
        = m_vault.audit->append({AuditAction::Imported, projectRecord->name, 0, {}, importDetail(rows.value())});
        !logged) {
        return logged.error();
    }
    if (auto result = transaction.commit(); !result) {
        return result.error();
    }
    return Imported {project, bound || (rotated.value() && projectRecord->remoteProjectId != 0)};
}

Result<bool> Importer::applyRotations(
    const ProjectImport& import, ProjectId project, const RecordCodec::Record& projectRecord)
{
    constexpr auto kSecret = static_cast<quint8>(ItemKind::Secret);
    const bool bound = projectRecord.remoteProjectId != 0;
    bool changed = false;
    for (auto rotation = import.secretRotations.cbegin(); rotation != import.secretRotations.cend(); ++rotation) {
        const QString& name = rotation.key();
        if (!rotation->policy.isSet()) {
            continue;
        }
        auto row = m_items.find(project, kSecret, name);
        if (!row) {
            return row.error();
        }
        if (!row.value()) {
            continue; // a declared name: writeProject kept its rule
        }
        auto record = m_items.openNamed(project, *row.value(), kSecret, name);
        if (!record) {
            return record.error();
        }
        if (Items::rotationOf(record.value()).isSet()) {
            continue; // the secret's own rule wins
        }
        if (auto allowed = m_vault.policy.checkManageSecrets(m_vault.actor); !allowed) {
            return allowed.error();
        }
        Items::setRotation(record.value(), rotation->policy);
        if (record->rotatedMs == 0) {
            record->rotatedMs = record->updatedMs;
        }
        record->updatedMs = std::max(QDateTime::currentMSecsSinceEpoch(), record->updatedMs + 1);
        record->updatedBy = m_vault.actor.name;
        if (auto updated = m_items.update(project, kSecret, row.value()->id, record.value()); !updated) {
            return updated.error();
        }
        if (auto queued
            = m_outbox.queueChange(project, bound, kSecret, name, OutboxEntry::Op::Put, &record.value(), true);
            !queued) {
            return queued.error();
        }
        const QString detail = QStringLiteral("%1 (import)").arg(RotationRules::policyCode(rotation->policy));
        if (auto logged
            = m_vault.audit->append({AuditAction::RotationChanged, projectRecord.name, kSecret, name, detail});
            !logged) {
            return logged.error();
        }
        changed = true;
    }
    return changed;
}

QString Importer::importDetail(const std::vector<Row>& rows)
{
    const auto replaced = std::count_if(rows.begin(), rows.end(), [](const Row& row) { return row.replaces; });
    return QStringLiteral("added=%1 replaced=%2").arg(static_cast<qint64>(rows.size()) - replaced).arg(replaced);
}

// Creates the new project, or updates the existing one's source folder and declared secrets.
Result<RecordCodec::Record> Importer::writeProject(const ProjectImport& import, qint64 now, ProjectId* project)
{
    RecordCodec::Record record;
    if (import.into == 0) {
        record.name = Projects::normalizedName(import.newProjectName);
        record.createdMs = now;
        record.updatedMs = now;
        record.updatedBy = m_vault.actor.name;
        record.sourceFolder = import.sourceFolder.value_or(QString());
        record.declaredSecrets = import.declaredSecrets;
        record.declaredSecrets.removeDuplicates();
        declareRotations(import, record);
        auto id = m_projects.insert(import.newProjectName, record);
        if (!id) {
            return id.error();
        }
        *project = id.value();
        return record;
    }
    auto existing = m_projects.require(import.into);
    if (!existing) {
        return existing.error();
    }
    record = std::move(existing.value());
    if (import.sourceFolder) {
        record.sourceFolder = *import.sourceFolder;
    }
    record.declaredSecrets += import.declaredSecrets;
    record.declaredSecrets.removeDuplicates();
    declareRotations(import, record);
    record.updatedMs = now;
    record.updatedBy = m_vault.actor.name;
    if (auto result = m_projects.update(import.into, record); !result) {
        return result.error();
    }
    return record;
}

// The items' records: an existing item's opened record with the new value, or a new record. In a
// new project nothing can exist yet.
Result<std::vector<Importer::Row>> Importer::readRows(const ProjectImport& import, ProjectId project, qint64 now)
{
    auto find = Sql::prepare(m_vault.db, "SELECT id, record, project_id, kind FROM items WHERE name_index = ?1");
    if (!find) {
        return find.error();
    }
    SqliteStatement& statement = *find.value();
    std::vector<Row> rows(static_cast<size_t>(import.items.size()));
    computeIndexes(import, project, rows);
    for (size_t i = 0; i < rows.size(); ++i) {
        const ImportItem& item = import.items.at(static_cast<qsizetype>(i));
        const auto kind = static_cast<quint8>(item.kind);
        Row& row = rows[i];
        if (row.nameIndex.isEmpty() || row.foldIndex.isEmpty()) {
            return VaultText::encryptionFailed();
        }
        if (import.into != 0) {
            Sql::bindAll(statement, row.nameIndex);
            auto found = Sql::step(statement);
            if (!found) {
                return found.error();
            }
            if (found.value()) {
                row.id = statement.int64(0);
                if (statement.int64(2) != project || statement.int64(3) != kind) {
                    return VaultText::damagedRecord(row.id);
                }
                auto existing = m_vault.keys.open(project, kind, row.id, statement.blob(1));
                if (existing && existing->name != item.name) {
                    return VaultText::damagedRecord(row.id);
                }
                if (!existing) {
                    return existing.error();
                }
                row.record = std::move(existing.value());
                row.replaces = true;
            }
            statement.reset();
        }
        if (!row.replaces) {
            row.record.name = item.name;
            row.record.createdMs = now;
        }
        row.record.value
            = item.kind == ItemKind::Secret ? item.secretValue.bytes() : QCA::SecureArray(item.value.toUtf8());
        row.record.hasValue = true;
        row.record.includeInExport = item.kind == ItemKind::Variable && item.includeInExport;
        row.record.updatedMs = now;
        row.record.updatedBy = m_vault.actor.name;
    }
    return rows;
}

// Both blind indexes of every item, on all cores: each thread keys its own MAC.
void Importer::computeIndexes(const ProjectImport& import, ProjectId project, std::vector<Row>& rows)
{
    const QCA::SymmetricKey indexKey = VaultKeys::nameIndexKey(m_vault.keys.dataKey(), m_vault.keys.vaultId());
    m_vault.keys.forEachInParallel(rows.size(), [&](RecordCipher&, size_t begin, size_t end) {
        KeyedHmac mac(indexKey);
        for (size_t i = begin; i < end; ++i) {
            const ImportItem& item = import.items.at(static_cast<qsizetype>(i));
            const auto kind = static_cast<quint8>(item.kind);
            rows[i].nameIndex = mac.mac(VaultKeys::nameIndexMessage(project, kind, item.name));
            rows[i].foldIndex = mac.mac(VaultKeys::foldIndexMessage(project, kind, item.name));
        }
    });
}

Result<void> Importer::assignIds(std::vector<Row>& rows)
{
    qint64 added = 0;
    for (const Row& row : rows) {
        added += row.replaces ? 0 : 1;
    }
    auto firstId = m_vault.allocateIds(added);
    if (!firstId) {
        return firstId.error();
    }
    RecordId nextId = firstId.value();
    for (Row& row : rows) {
        if (!row.replaces) {
            row.id = nextId++;
        }
    }
    return {};
}

// With firstEntryId, also builds and seals each item's outbox entry (ids from firstEntryId on).
void Importer::seal(
    const ProjectImport& import, ProjectId project, std::vector<Row>& rows, qint64 now, qint64 firstEntryId)
{
    const bool queue = firstEntryId != 0;
    const QByteArray random
        = queue ? QCA::Random::randomArray(static_cast<int>(rows.size() * 16)).toByteArray() : QByteArray();
    m_vault.keys.forEachInParallel(rows.size(), [&](RecordCipher& cipher, size_t begin, size_t end) {
        for (size_t i = begin; i < end; ++i) {
            const ImportItem& item = import.items.at(static_cast<qsizetype>(i));
            const auto kind = static_cast<quint8>(item.kind);
            Row& row = rows[i];
            row.sealed = cipher.seal(project, kind, row.id, row.record);
            if (!queue) {
                continue;
            }
            const RecordCodec::Record entry = Outbox::entryRecord(kind, item.name, OutboxEntry::Op::Put, &row.record,
                Outbox::idempotencyKeyFrom(random.constData() + i * 16), now, row.record.updatedBy);
            row.sealedEntry = cipher.seal(project, kOutboxKind, firstEntryId + static_cast<qint64>(i), entry);
        }
    });
}

Result<void> Importer::writeRows(const ProjectImport& import, ProjectId project, const std::vector<Row>& rows)
{
    auto insert = Sql::prepare(m_vault.db,
        "INSERT INTO items (id, project_id, kind, name_index, fold_index, record) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!insert) {
        return insert.error();
    }
    auto update = Sql::prepare(m_vault.db, "UPDATE items SET record = ?2 WHERE id = ?1");
    if (!update) {
        return update.error();
    }
    for (size_t i = 0; i < rows.size(); ++i) {
        const Row& row = rows[i];
        if (!row.sealed) {
            return VaultText::encryptionFailed();
        }
        const ImportItem& item = import.items.at(static_cast<qsizetype>(i));
        const auto kind = static_cast<quint8>(item.kind);
        auto written = row.replaces
            ? Sql::runWith(*update.value(), row.id, *row.sealed)
            : Sql::runWith(*insert.value(), row.id, project, kind, row.nameIndex, row.foldIndex, *row.sealed);
        if (!written) {
            return written;
        }
    }
    return {};
}

Result<void> Importer::writeEntries(ProjectId project, const std::vector<Row>& rows, qint64 firstEntryId)
{
    auto queue = Sql::prepare(m_vault.db, "INSERT INTO outbox (id, project_id, record) VALUES (?1, ?2, ?3)");
    if (!queue) {
        return queue.error();
    }
    for (size_t i = 0; i < rows.size(); ++i) {
        if (!rows[i].sealedEntry) {
            return VaultText::encryptionFailed();
        }
        if (auto result
            = Sql::runWith(*queue.value(), firstEntryId + static_cast<qint64>(i), project, *rows[i].sealedEntry);
            !result) {
            return result;
        }
    }
    return {};
}

Result<void> Importer::keepVersions(const ProjectImport& import, ProjectId project, const std::vector<Row>& rows)
{
    std::vector<ItemHistory::Change> changes;
    changes.reserve(rows.size());
    for (size_t i = 0; i < rows.size(); ++i) {
        const auto kind = static_cast<quint8>(import.items.at(static_cast<qsizetype>(i)).kind);
        changes.push_back({kind, rows[i].id, nullptr, &rows[i].record,
            rows[i].replaces ? VersionChange::Replaced : VersionChange::Added, HistoryOrigin::Import});
    }
    return m_vault.history->recordMany(project, changes);
}
