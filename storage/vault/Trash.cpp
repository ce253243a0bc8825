#include "storage/vault/Trash.h"

#include "models/NameRules.h"
#include "storage/VaultKeys.h"
#include "storage/vault/AuditLog.h"
#include "storage/vault/ItemHistory.h"
#include "storage/vault/Items.h"
#include "storage/vault/Outbox.h"
#include "storage/vault/Projects.h"
#include "storage/vault/Sql.h"
#include "storage/vault/VaultContext.h"
#include "storage/vault/VaultText.h"

#include <QDateTime>

#include <algorithm>

using VaultKeys::kProjectKind;
using VaultKeys::kTrashKind;

namespace {

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
constexpr auto kSecret = static_cast<quint8>(ItemKind::Secret);

// The record as the item or project had it, without what the trash added.
RecordCodec::Record withoutTrashFields(RecordCodec::Record record)
{
    record.history = {};
    record.deletedBy.clear();
    record.itemKind = 0;
    return record;
}

} // namespace

Trash::Trash(VaultContext& vault, Projects& projects, Items& items, Outbox& outbox, ItemHistory& history)
    : m_vault(vault), m_projects(projects), m_items(items), m_outbox(outbox), m_history(history)
{
}

Result<qint64> Trash::insert(ProjectId project, qint64 parent, RecordCodec::Record record, HistoryOrigin origin)
{
    auto id = m_vault.allocateIds(1);
    if (!id) {
        return id.error();
    }
    record.history.present = true;
    record.history.origin = static_cast<quint8>(origin);
    record.history.change = static_cast<quint8>(VersionChange::Removed);
    record.history.deletedMs = QDateTime::currentMSecsSinceEpoch();
    record.deletedBy = m_vault.actor.name;
    auto sealed = m_vault.keys.seal(project, kTrashKind, id.value(), record);
    if (!sealed) {
        return sealed.error();
    }
    if (auto inserted
        = Sql::execute(m_vault.db, "INSERT INTO trash (id, project_id, parent_id, record) VALUES (?1, ?2, ?3, ?4)",
            id.value(), project, parent, sealed.value());
        !inserted) {
        return inserted.error();
    }
    return id.value();
}

Result<void> Trash::moveItem(ProjectId project, quint8 kind, RecordId item, const RecordCodec::Record& record,
    HistoryOrigin origin, qint64 parent)
{
    RecordCodec::Record gone = record;
    gone.updatedMs = std::max(QDateTime::currentMSecsSinceEpoch(), record.updatedMs + 1);
    gone.updatedBy = m_vault.actor.name;
    if (auto kept = m_history.record(project, {kind, item, &record, &gone, VersionChange::Removed, origin}); !kept) {
        return kept;
    }
    if (auto removed = m_items.removeRow(item); !removed) {
        return removed;
    }
    RecordCodec::Record entry = record;
    entry.itemKind = kind;
    entry.history.owner = item;
    if (auto inserted = insert(project, parent, std::move(entry), origin); !inserted) {
        return inserted.error();
    }
    if (parent != 0) {
        return {};
    }
    auto purged = purgeExpired();
    return purged ? Result<void>() : Result<void>(purged.error());
}

Result<void> Trash::moveProject(ProjectId project, const RecordCodec::Record& record)
{
    RecordCodec::Record entry = record;
    entry.history.owner = project;
    auto parent = insert(project, 0, std::move(entry), HistoryOrigin::Local);
    if (!parent) {
        return parent.error();
    }
    for (const quint8 kind : {kSecret, static_cast<quint8>(ItemKind::Variable)}) {
        auto rows = m_items.rowsOf(project, kind);
        if (!rows) {
            return rows.error();
        }
        for (const Items::Row& row : rows.value()) {
            // An item that does not open cannot be kept: it goes with the project's row, as before.
            if (auto item = m_vault.keys.tryOpen(project, kind, row.id, row.sealed)) {
                if (auto moved = moveItem(project, kind, row.id, *item, HistoryOrigin::Local, parent.value()); !moved) {
                    return moved;
                }
            }
        }
    }
    auto purged = purgeExpired();
    return purged ? Result<void>() : Result<void>(purged.error());
}

Result<std::vector<Trash::Entry>> Trash::select(const char* sql, qint64 key)
{
    auto query = Sql::query(m_vault.db, sql, key);
    if (!query) {
        return query.error();
    }
    SqliteStatement& statement = *query.value();
    std::vector<Entry> entries;
    while (statement.next()) {
        Entry entry;
        entry.id = statement.int64(0);
        entry.project = statement.int64(1);
        entry.parent = statement.int64(2);
        auto record = m_vault.keys.tryOpen(entry.project, kTrashKind, entry.id, statement.blob(3));
        if (record && record->history.present) {
            entry.record = std::move(*record);
        } else {
            entry.damaged = true;
        }
        entries.push_back(std::move(entry));
    }
    if (statement.failed()) {
        return statement.error();
    }
    return entries;
}

Result<Trash::Entry> Trash::require(qint64 entryId)
{
    auto found = select("SELECT id, project_id, parent_id, record FROM trash WHERE id = ?1 AND parent_id = 0", entryId);
    if (!found) {
        return found.error();
    }
    if (found->empty()) {
        return makeError(ErrorCode::NotFound,
            tr("Entry %1 is not in the recently deleted list: it was restored or purged already, or it expired.")
                .arg(entryId));
    }
    if (found->front().damaged) {
        return VaultText::damagedRecord(entryId);
    }
    return std::move(found->front());
}

Result<std::optional<RecordCodec::Record>> Trash::takeItem(ProjectId project, RecordId item)
{
    auto entries = select("SELECT id, project_id, parent_id, record FROM trash WHERE project_id = ?1", project);
    if (!entries) {
        return entries.error();
    }
    for (const Entry& entry : entries.value()) {
        if (!entry.damaged && !entry.isProject() && entry.record.history.owner == item) {
            if (auto removed = Sql::execute(m_vault.db, "DELETE FROM trash WHERE id = ?1", entry.id); !removed) {
                return removed.error();
            }
            return std::optional<RecordCodec::Record>(withoutTrashFields(entry.record));
        }
    }
    return std::optional<RecordCodec::Record>();
}

Result<QString> Trash::projectNameOf(const Entry& entry)
{
    auto row = m_projects.findRow(entry.project);
    if (!row) {
        return row.error();
    }
    if (row.value()) {
        auto record = m_vault.keys.tryOpen(0, kProjectKind, entry.project, *row.value());
        return record ? record->name : QString();
    }
    auto entries = select(
        "SELECT id, project_id, parent_id, record FROM trash WHERE project_id = ?1 AND parent_id = 0", entry.project);
    if (!entries) {
        return entries.error();
    }
    for (const Entry& other : entries.value()) {
        if (!other.damaged && other.isProject()) {
            return other.record.name;
        }
    }
    return QString();
}

TrashEntry Trash::toTrashEntry(const Entry& entry, qint64 trashDays, const QString& projectName) const
{
    TrashEntry shown;
    shown.id = entry.id;
    shown.project = entry.project;
    shown.projectName = projectName;
    shown.damaged = entry.damaged;
    if (entry.damaged) {
        return shown;
    }
    shown.isProject = entry.isProject();
    if (!shown.isProject) {
        shown.kind = static_cast<ItemKind>(entry.record.itemKind);
    }
    shown.name = entry.record.name;
    shown.deleted = RecordCodec::toDateTime(entry.record.history.deletedMs);
    shown.deletedBy = entry.record.deletedBy;
    shown.expires = RecordCodec::toDateTime(entry.record.history.deletedMs + trashDays * kDayMs);
    return shown;
}

Result<QList<TrashEntry>> Trash::entries(ProjectId project)
{
    auto retention = m_history.retention();
    if (!retention) {
        return retention.error();
    }
    auto rows = project == 0
        ? select("SELECT id, project_id, parent_id, record FROM trash WHERE parent_id = ?1", 0)
        : select(
            "SELECT id, project_id, parent_id, record FROM trash WHERE parent_id = 0 AND project_id = ?1", project);
    if (!rows) {
        return rows.error();
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<TrashEntry> shown;
    for (const Entry& entry : rows.value()) {
        if (project != 0 && entry.isProject()) {
            continue;
        }
        auto projectName = projectNameOf(entry);
        if (!projectName) {
            return projectName.error();
        }
        TrashEntry listed = toTrashEntry(entry, retention->trashDays, projectName.value());
        if (!entry.damaged && listed.expires.toMSecsSinceEpoch() < now) {
            continue;
        }
        if (listed.isProject) {
            auto children
                = select("SELECT id, project_id, parent_id, record FROM trash WHERE parent_id = ?1", entry.id);
            if (!children) {
                return children.error();
            }
            for (const Entry& child : children.value()) {
                (child.record.itemKind == kSecret ? listed.secrets : listed.variables) += child.damaged ? 0 : 1;
            }
        }
        shown.append(listed);
    }
    std::sort(shown.begin(), shown.end(), [](const TrashEntry& a, const TrashEntry& b) { return a.id > b.id; });
    return shown;
}

Result<TrashRestored> Trash::restore(qint64 entryId, const QString& newName)
{
    SqliteDatabase::Transaction transaction(m_vault.db);
    if (!transaction.begun()) {
        return transaction.begun().error();
    }
    auto entry = require(entryId);
    if (!entry) {
        return entry.error();
    }
    auto restored = entry->isProject() ? restoreProject(entry.value(), newName) : restoreItem(entry.value(), newName);
    if (!restored) {
        return restored;
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return restored;
}

Result<void> Trash::reinsertItem(ProjectId project, bool bound, const Entry& entry, const QString& name)
{
    const quint8 kind = entry.record.itemKind;
    const RecordId item = entry.record.history.owner;
    RecordCodec::Record record = withoutTrashFields(entry.record);
    record.name = name;
    record.updatedMs = std::max(QDateTime::currentMSecsSinceEpoch(), entry.record.history.deletedMs + 1);
    record.updatedBy = m_vault.actor.name;
    if (auto inserted = m_items.insertAs(project, kind, item, record); !inserted) {
        return inserted.error();
    }
    if (auto queued = m_outbox.queueChange(project, bound, kind, name, OutboxEntry::Op::Put, &record); !queued) {
        return queued;
    }
    return m_history.record(project, {kind, item, nullptr, &record, VersionChange::Restored, HistoryOrigin::Restore});
}

Result<TrashRestored> Trash::restoreItem(const Entry& entry, const QString& newName)
{
    const quint8 kind = entry.record.itemKind;
    auto projectRecord = m_projects.require(entry.project);
    if (!projectRecord) {
        return projectRecord.error().code == ErrorCode::NotFound ? makeError(ErrorCode::NotFound,
                   tr("The project of %1 '%2' is in the recently deleted list too: restore the project first.")
                       .arg(VaultText::kindName(kind), entry.record.name))
                                                                 : projectRecord.error();
    }
    if (kind == kSecret) {
        if (auto allowed = m_vault.policy.checkManageSecrets(m_vault.actor); !allowed) {
            return allowed.error();
        }
    }
    const QString name = newName.isEmpty() ? entry.record.name : newName;
    if (auto valid = NameRules::validate(name); !valid) {
        return valid.error();
    }
    auto taken = m_items.find(entry.project, kind, name);
    if (!taken) {
        return taken.error();
    }
    if (taken.value()) {
        return makeError(ErrorCode::AlreadyExists,
            tr("Project '%1' already has a %2 named '%3': restore it under another name.")
                .arg(projectRecord->name, VaultText::kindName(kind), name));
    }
    if (auto reinserted = reinsertItem(entry.project, projectRecord->remoteProjectId != 0, entry, name); !reinserted) {
        return reinserted.error();
    }
    if (auto removed = Sql::execute(m_vault.db, "DELETE FROM trash WHERE id = ?1", entry.id); !removed) {
        return removed.error();
    }
    const QString detail = name == entry.record.name ? QString() : entry.record.name;
    if (auto logged = m_vault.audit->append({AuditAction::TrashRestored, projectRecord->name, kind, name, detail});
        !logged) {
        return logged.error();
    }
    return TrashRestored {entry.project, entry.record.history.owner, name};
}

Result<TrashRestored> Trash::restoreProject(const Entry& entry, const QString& newName)
{
    const QString name = Projects::normalizedName(newName.isEmpty() ? entry.record.name : newName);
    if (auto valid = NameRules::validateProjectName(name); !valid) {
        return valid.error();
    }
    const QByteArray index = m_vault.keys.nameIndex(0, kProjectKind, name);
    auto taken = Sql::exists(m_vault.db, "SELECT 1 FROM projects WHERE name_index = ?1", index);
    if (!taken) {
        return taken.error();
    }
    if (taken.value()) {
        return makeError(ErrorCode::AlreadyExists,
            tr("A project named '%1' already exists: restore it under another name.").arg(name));
    }
    auto children = select("SELECT id, project_id, parent_id, record FROM trash WHERE parent_id = ?1", entry.id);
    if (!children) {
        return children.error();
    }
    const bool hasSecrets = std::any_of(children->begin(), children->end(),
        [](const Entry& child) { return !child.damaged && child.record.itemKind == kSecret; });
    if (hasSecrets) {
        if (auto allowed = m_vault.policy.checkManageSecrets(m_vault.actor); !allowed) {
            return allowed.error();
        }
    }
    // The binding's token went with the project's row: it comes back unbound.
    RecordCodec::Record record = withoutTrashFields(entry.record);
    record.name = name;
    record.remoteUrl.clear();
    record.remoteProjectId = 0;
    record.updatedMs = QDateTime::currentMSecsSinceEpoch();
    record.updatedBy = m_vault.actor.name;
    auto sealed = m_vault.keys.seal(0, kProjectKind, entry.project, record);
    if (!sealed) {
        return sealed.error();
    }
    if (auto inserted = Sql::execute(m_vault.db, "INSERT INTO projects (id, name_index, record) VALUES (?1, ?2, ?3)",
            entry.project, index, sealed.value());
        !inserted) {
        return inserted.error();
    }
    for (const Entry& child : children.value()) {
        if (child.damaged) {
            continue;
        }
        if (auto reinserted = reinsertItem(entry.project, false, child, child.record.name); !reinserted) {
            return reinserted.error();
        }
    }
    if (auto removed = Sql::execute(m_vault.db, "DELETE FROM trash WHERE id = ?1 OR parent_id = ?1", entry.id);
        !removed) {
        return removed.error();
    }
    const QString detail = name == entry.record.name ? QString() : entry.record.name;
    if (auto logged = m_vault.audit->append({AuditAction::TrashRestored, name, 0, {}, detail}); !logged) {
        return logged.error();
    }
    return TrashRestored {entry.project, 0, name};
}

Result<void> Trash::destroy(const Entry& entry)
{
    if (entry.isProject()) {
        // Items deleted before their project go with it: their versions are the project's.
        if (auto removed = Sql::execute(m_vault.db, "DELETE FROM trash WHERE project_id = ?1", entry.project);
            !removed) {
            return removed;
        }
        return m_history.removeOfProject(entry.project);
    }
    if (auto removed = Sql::execute(m_vault.db, "DELETE FROM trash WHERE id = ?1", entry.id); !removed) {
        return removed;
    }
    return entry.damaged ? Result<void>() : m_history.removeOfItem(entry.record.history.owner);
}

Result<void> Trash::purge(qint64 entryId)
{
    SqliteDatabase::Transaction transaction(m_vault.db);
    if (!transaction.begun()) {
        return transaction.begun();
    }
    auto found = select("SELECT id, project_id, parent_id, record FROM trash WHERE id = ?1 AND parent_id = 0", entryId);
    if (!found) {
        return found.error();
    }
    if (found->empty()) {
        return require(entryId).error();
    }
    const Entry& entry = found->front();
    if (auto destroyed = destroy(entry); !destroyed) {
        return destroyed;
    }
    auto projectName = projectNameOf(entry);
    const bool isProject = entry.isProject();
    const quint8 kind = isProject || entry.damaged ? 0 : entry.record.itemKind;
    const QString project = isProject ? entry.record.name : (projectName ? projectName.value() : QString());
    if (auto logged = m_vault.audit->append(
            {AuditAction::TrashPurged, project, kind, isProject ? QString() : entry.record.name, {}});
        !logged) {
        return logged;
    }
    return transaction.commit();
}

Result<int> Trash::purgeExpired()
{
    auto retention = m_history.retention();
    if (!retention) {
        return retention.error();
    }
    auto entries = select("SELECT id, project_id, parent_id, record FROM trash WHERE parent_id = ?1", 0);
    if (!entries) {
        return entries.error();
    }
    const qint64 cutoff = QDateTime::currentMSecsSinceEpoch() - retention->trashDays * kDayMs;
    int purged = 0;
    for (const Entry& entry : entries.value()) {
        if (entry.damaged || entry.record.history.deletedMs >= cutoff) {
            continue;
        }
        if (auto destroyed = destroy(entry); !destroyed) {
            return destroyed.error();
        }
        const bool isProject = entry.isProject();
        if (auto logged = m_vault.audit->append({AuditAction::TrashPurged, isProject ? entry.record.name : QString(),
                isProject ? quint8(0) : entry.record.itemKind, isProject ? QString() : entry.record.name,
                QStringLiteral("expired")});
            !logged) {
            return logged.error();
        }
        ++purged;
    }
    return purged;
}
