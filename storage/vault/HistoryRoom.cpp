#include "storage/vault/HistoryRoom.h"

#include "models/NameRules.h"
#include "storage/vault/AuditLog.h"
#include "storage/vault/Items.h"
#include "storage/vault/Outbox.h"
#include "storage/vault/Projects.h"
#include "storage/vault/VaultContext.h"
#include "storage/vault/VaultText.h"

#include <QDateTime>

#include <algorithm>

namespace {

constexpr auto kSecret = static_cast<quint8>(ItemKind::Secret);

} // namespace

HistoryRoom::HistoryRoom(VaultContext& vault, Projects& projects, Items& items, Outbox& outbox)
    : versions(vault)
    , trash(vault, projects, items, outbox, versions)
    , pointInTime(vault, projects, items, outbox, versions, trash)
    , m_vault(vault)
    , m_projects(projects)
    , m_items(items)
    , m_outbox(outbox)
{
}

Result<QList<ItemVersion>> HistoryRoom::itemVersions(ProjectId project, quint8 kind, const QString& name)
{
    auto item = m_items.read(project, kind, name);
    if (!item) {
        return item.error();
    }
    auto kept = versions.versionsOf(item->id);
    if (!kept) {
        return kept.error();
    }
    QList<ItemVersion> shown;
    if (kept->empty()) {
        // An item unchanged since history started: its one state is version 1, as its first change
        // will record it.
        ItemHistory::Version existing {0, item->id, 1, kind, std::move(item->record), false};
        existing.record.history.origin = static_cast<quint8>(HistoryOrigin::BeforeHistory);
        existing.record.history.change = static_cast<quint8>(VersionChange::Existing);
        shown.append(ItemHistory::toItemVersion(existing));
        return shown;
    }
    for (const ItemHistory::Version& version : kept.value()) {
        shown.append(ItemHistory::toItemVersion(version));
    }
    return shown;
}

Result<ItemHistory::Version> HistoryRoom::keptVersion(
    const QString& projectName, quint8 kind, const QString& name, RecordId item, qint64 number)
{
    auto kept = versions.versionsOf(item);
    if (!kept) {
        return kept.error();
    }
    const auto found = std::find_if(
        kept->begin(), kept->end(), [number](const ItemHistory::Version& version) { return version.number == number; });
    if (found == kept->end()) {
        const QString range = kept->empty()
            ? tr("only its current state, version 1")
            : tr("versions %1 to %2").arg(kept->front().number).arg(kept->back().number);
        return makeError(ErrorCode::NotFound,
            tr("The %1 '%2' of project '%3' has no version %4; the vault keeps %5.")
                .arg(VaultText::kindName(kind), name, projectName)
                .arg(number)
                .arg(range));
    }
    if (found->damaged) {
        return VaultText::damagedRecord(found->row);
    }
    if (!found->record.hasValue) {
        return makeError(ErrorCode::InvalidInput,
            tr("The value of version %1 of %2 '%3' is not kept (it was forgotten, or it predates history); "
               "nothing was changed.")
                .arg(number)
                .arg(VaultText::kindName(kind), name));
    }
    return std::move(*found);
}

Result<QString> HistoryRoom::restoredName(const Items::FoundItem& item, ProjectId project, quint8 kind,
    const QString& name, qint64 number, const QString& versionName, const QString& newName)
{
    const QString restored = newName.isEmpty() ? versionName : newName;
    if (auto valid = NameRules::validate(restored); !valid) {
        return valid.error();
    }
    if (restored == name) {
        return restored;
    }
    auto taken = m_items.find(project, kind, restored);
    if (!taken) {
        return taken.error();
    }
    if (!taken.value()) {
        return restored;
    }
    if (!newName.isEmpty()) {
        return VaultText::itemExists(item.projectName, kind, restored);
    }
    return makeError(ErrorCode::AlreadyExists,
        tr("Version %1 of %2 '%3' is named '%4', which another %2 of project '%5' has now; restore it under "
           "another name.")
            .arg(number)
            .arg(VaultText::kindName(kind), name, restored, item.projectName));
}

Result<ProjectStore::WriteOutcome> HistoryRoom::restoreVersion(
    ProjectId project, quint8 kind, const QString& name, qint64 number, const QString& newName)
{
    if (kind == kSecret) {
        if (auto allowed = m_vault.policy.checkManageSecrets(m_vault.actor); !allowed) {
            return allowed.error();
        }
    }
    SqliteDatabase::Transaction transaction(m_vault.db);
    if (!transaction.begun()) {
        return transaction.begun().error();
    }
    auto item = m_items.read(project, kind, name);
    if (!item) {
        return item.error();
    }
    auto version = keptVersion(item->projectName, kind, name, item->id, number);
    if (!version) {
        return version.error();
    }
    const RecordCodec::Record& wanted = version->record;
    auto restoredName = this->restoredName(item.value(), project, kind, name, number, wanted.name, newName);
    if (!restoredName) {
        return restoredName.error();
    }
    const RecordCodec::Record before = item->record;
    RecordCodec::Record record = item->record;
    record.name = restoredName.value();
    record.value = wanted.value;
    record.hasValue = true;
    record.includeInExport = wanted.includeInExport;
    record.updatedMs = std::max(QDateTime::currentMSecsSinceEpoch(), before.updatedMs + 1);
    record.updatedBy = m_vault.actor.name;
    if (auto updated = m_items.update(project, kind, item->id, record); !updated) {
        return updated.error();
    }
    if (record.name != name) {
        if (auto queued
            = m_outbox.queueChange(project, item->projectBound, kind, name, OutboxEntry::Op::Delete, nullptr);
            !queued) {
            return queued.error();
        }
    }
    if (auto queued
        = m_outbox.queueChange(project, item->projectBound, kind, record.name, OutboxEntry::Op::Put, &record);
        !queued) {
        return queued.error();
    }
    if (auto kept
        = versions.record(project, {kind, item->id, &before, &record, VersionChange::Restored, HistoryOrigin::Restore});
        !kept) {
        return kept.error();
    }
    if (auto logged = m_vault.audit->append({AuditAction::VersionRestored, item->projectName, kind, record.name,
            QStringLiteral("version %1").arg(number)});
        !logged) {
        return logged.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return ProjectStore::WriteOutcome {item->id, false, {}};
}

Result<void> HistoryRoom::forgetOldValues(ProjectId project, const QString& secretName)
{
    if (auto allowed = m_vault.policy.checkManageSecrets(m_vault.actor); !allowed) {
        return allowed;
    }
    SqliteDatabase::Transaction transaction(m_vault.db);
    if (!transaction.begun()) {
        return transaction.begun();
    }
    auto item = m_items.read(project, kSecret, secretName);
    if (!item) {
        return item.error();
    }
    auto forgotten = versions.forgetOldValues(item->id);
    if (!forgotten) {
        return forgotten.error();
    }
    if (auto logged = m_vault.audit->append({AuditAction::OldValuesForgotten, item->projectName, kSecret, secretName,
            QStringLiteral("versions=%1").arg(forgotten.value())});
        !logged) {
        return logged;
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed;
    }
    // secure_delete has overwritten the freed cells in the pages; the WAL still holds the old
    // pages until it is checkpointed into the database and emptied.
    return m_vault.db.checkpointTruncate();
}

Result<void> HistoryRoom::setRetention(const HistoryRetention& retention)
{
    SqliteDatabase::Transaction transaction(m_vault.db);
    if (!transaction.begun()) {
        return transaction.begun();
    }
    if (auto set = versions.setRetention(retention); !set) {
        return set;
    }
    if (auto purged = trash.purgeExpired(); !purged) {
        return purged.error();
    }
    if (auto logged = m_vault.audit->append({AuditAction::RetentionChanged, {}, 0, {},
            QStringLiteral("versions=%1 days=%2 trash-days=%3")
                .arg(retention.keepVersions)
                .arg(retention.keepDays)
                .arg(retention.trashDays)});
        !logged) {
        return logged;
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed;
    }
    return m_vault.db.checkpointTruncate();
}

Result<int> HistoryRoom::purgeExpired()
{
    SqliteDatabase::Transaction transaction(m_vault.db);
    if (!transaction.begun()) {
        return transaction.begun().error();
    }
    auto purged = trash.purgeExpired();
    if (!purged) {
        return purged;
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    if (purged.value() > 0) {
        if (auto truncated = m_vault.db.checkpointTruncate(); !truncated) {
            return truncated.error();
        }
    }
    return purged;
}

Result<void> HistoryRoom::purgeFromTrash(qint64 entryId)
{
    if (auto purged = trash.purge(entryId); !purged) {
        return purged;
    }
    return m_vault.db.checkpointTruncate();
}
