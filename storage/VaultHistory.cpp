#include "storage/Vault.h"

#include "storage/vault/HistoryRoom.h"

#include <QDateTime>

// The history part of Vault's API: each call checks that the vault is ready, lets the history room
// do the work and tells the views what changed.

namespace {

quint8 kindOf(ItemKind kind)
{
    return static_cast<quint8>(kind);
}

} // namespace

Result<QList<ItemVersion>> Vault::itemVersions(ProjectId project, ItemKind kind, const QString& name) const
{
    auto room = historyRoom();
    if (!room) {
        return room.error();
    }
    return room.value()->itemVersions(project, kindOf(kind), name);
}

Result<Vault::WriteOutcome> Vault::restoreVersion(
    ProjectId project, ItemKind kind, const QString& name, qint64 number, const QString& newName)
{
    auto room = historyRoom();
    if (!room) {
        return room.error();
    }
    auto restored = room.value()->restoreVersion(project, kindOf(kind), name, number, newName);
    if (restored) {
        historyWritten(project);
    }
    return restored;
}

Result<void> Vault::forgetOldValues(ProjectId project, const QString& secretName)
{
    auto room = historyRoom();
    if (!room) {
        return room.error();
    }
    return room.value()->forgetOldValues(project, secretName);
}

Result<HistoryRetention> Vault::historyRetention() const
{
    auto room = historyRoom();
    if (!room) {
        return room.error();
    }
    return room.value()->versions.retention();
}

Result<void> Vault::setHistoryRetention(const HistoryRetention& retention)
{
    auto room = historyRoom();
    if (!room) {
        return room.error();
    }
    return room.value()->setRetention(retention);
}

Result<QList<TrashEntry>> Vault::trashEntries(ProjectId project) const
{
    auto room = historyRoom();
    if (!room) {
        return room.error();
    }
    return room.value()->trash.entries(project);
}

Result<TrashRestored> Vault::restoreFromTrash(qint64 entryId, const QString& newName)
{
    auto room = historyRoom();
    if (!room) {
        return room.error();
    }
    auto restored = room.value()->trash.restore(entryId, newName);
    if (!restored) {
        return restored;
    }
    if (restored->item == 0) {
        Q_EMIT projectsChanged();
    }
    historyWritten(restored->project);
    return restored;
}

Result<void> Vault::purgeFromTrash(qint64 entryId)
{
    auto room = historyRoom();
    if (!room) {
        return room.error();
    }
    return room.value()->purgeFromTrash(entryId);
}

Result<ProjectSnapshot> Vault::projectAt(ProjectId project, const QDateTime& at) const
{
    auto room = historyRoom();
    if (!room) {
        return room.error();
    }
    return room.value()->pointInTime.show(project, at.toMSecsSinceEpoch());
}

Result<PointInTimePlan> Vault::planProjectRestore(ProjectId project, const QDateTime& at) const
{
    auto room = historyRoom();
    if (!room) {
        return room.error();
    }
    return room.value()->pointInTime.plan(project, at.toMSecsSinceEpoch());
}

Result<PointInTimeOutcome> Vault::restoreProjectTo(ProjectId project, const QDateTime& at)
{
    auto room = historyRoom();
    if (!room) {
        return room.error();
    }
    auto restored = room.value()->pointInTime.restore(project, at.toMSecsSinceEpoch());
    if (restored) {
        historyWritten(project);
    }
    return restored;
}
