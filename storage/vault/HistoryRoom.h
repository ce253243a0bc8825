#pragma once

#include "models/ItemHistory.h"
#include "models/ProjectStore.h"
#include "models/Result.h"
#include "storage/vault/ItemHistory.h"
#include "storage/vault/Items.h"
#include "storage/vault/PointInTime.h"
#include "storage/vault/Trash.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

struct VaultContext;
class Outbox;
class Projects;

// The vault's history room: the items' versions, the recently deleted list and the project at a
// moment (see ItemHistory, Trash, PointInTime), and the actions on versions that span the rooms.
// Each public action is one transaction.
class HistoryRoom
{
    Q_DECLARE_TR_FUNCTIONS(Vault)

public:
    HistoryRoom(VaultContext& vault, Projects& projects, Items& items, Outbox& outbox);

    ItemHistory versions;
    Trash trash;
    PointInTime pointInTime;

    Result<QList<ItemVersion>> itemVersions(ProjectId project, quint8 kind, const QString& name);
    Result<ProjectStore::WriteOutcome> restoreVersion(
        ProjectId project, quint8 kind, const QString& name, qint64 number, const QString& newName);
    Result<void> forgetOldValues(ProjectId project, const QString& secretName);
    Result<void> setRetention(const HistoryRetention& retention);
    Result<int> purgeExpired();
    // Destroys the entry, then empties the WAL so that no page of it remains there.
    Result<void> purgeFromTrash(qint64 entryId);

private:
    // The name the restored item gets: `newName`, or the version's when it is empty; refused when taken.
    Result<QString> restoredName(const Items::FoundItem& item, ProjectId project, quint8 kind, const QString& name,
        qint64 number, const QString& versionName, const QString& newName);
    Result<ItemHistory::Version> keptVersion(
        const QString& projectName, quint8 kind, const QString& name, RecordId item, qint64 number);

    VaultContext& m_vault;
    Projects& m_projects;
    Items& m_items;
    Outbox& m_outbox;
};
