#pragma once

#include "models/ItemHistory.h"
#include "models/Result.h"
#include "storage/RecordCodec.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

struct VaultContext;
class ItemHistory;
class Items;
class Outbox;
class Projects;

// The vault's recently deleted items and projects: a deleted item leaves the items table for a
// trash row that keeps its whole record, sealed as its own kind; a deleted project leaves one row
// for itself and one per item, pointing at it. The item's versions stay where they are (they have
// no foreign key), so a restore brings back the item under its old id with its history. Entries
// older than the retention are purged on unlock and on every deletion; a purge destroys the entry
// and its versions, and the caller then truncates the WAL.
class Trash
{
    Q_DECLARE_TR_FUNCTIONS(Vault)

public:
    Trash(VaultContext& vault, Projects& projects, Items& items, Outbox& outbox, ItemHistory& history);

    // Inside the caller's transaction: removes the item's row and keeps `record` (its last state)
    // in the trash, with a "Removed" version.
    Result<void> moveItem(ProjectId project, quint8 kind, RecordId item, const RecordCodec::Record& record,
        HistoryOrigin origin, qint64 parent = 0);
    // Inside the caller's transaction, before the project's row is deleted: keeps the project's
    // record and every item that opens in the trash. The caller deletes the rows.
    Result<void> moveProject(ProjectId project, const RecordCodec::Record& record);
    // Inside the caller's transaction: the item of the project back from the trash, its entry gone;
    // nothing when the item is not in the trash.
    Result<std::optional<RecordCodec::Record>> takeItem(ProjectId project, RecordId item);

    Result<QList<TrashEntry>> entries(ProjectId project);
    // One transaction each.
    Result<TrashRestored> restore(qint64 entryId, const QString& newName);
    Result<void> purge(qint64 entryId);
    Result<int> purgeExpired();

private:
    struct Entry
    {
        qint64 id = 0;
        ProjectId project = 0;
        qint64 parent = 0;
        RecordCodec::Record record;
        bool damaged = false;

        bool isProject() const { return record.itemKind == 0; }
    };

    Result<std::vector<Entry>> select(const char* sql, qint64 key);
    Result<Entry> require(qint64 entryId);
    Result<qint64> insert(ProjectId project, qint64 parent, RecordCodec::Record record, HistoryOrigin origin);
    Result<TrashRestored> restoreItem(const Entry& entry, const QString& newName);
    Result<TrashRestored> restoreProject(const Entry& entry, const QString& newName);
    // Puts the item back under its id (and name) and records the restore; inside the caller's transaction.
    Result<void> reinsertItem(ProjectId project, bool bound, const Entry& entry, const QString& name);
    Result<void> destroy(const Entry& entry);
    TrashEntry toTrashEntry(const Entry& entry, qint64 trashDays, const QString& projectName) const;
    Result<QString> projectNameOf(const Entry& entry);

    VaultContext& m_vault;
    Projects& m_projects;
    Items& m_items;
    Outbox& m_outbox;
    ItemHistory& m_history;
};
