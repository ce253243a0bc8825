#pragma once

#include "models/Result.h"
#include "models/SyncStore.h"

#include <QCoreApplication>
#include <QList>

struct VaultContext;
class Items;
class Outbox;
class Projects;

// The base of the sync engine's three-way comparison (one sealed remote state per item, found by a
// blind index of its own) and applySync, which writes what a publish or pull brought back.
class RemoteStates
{
    Q_DECLARE_TR_FUNCTIONS(Vault)

public:
    // What applySync() touched, for the signals the caller emits.
    struct Applied
    {
        bool itemsTouched = false;
        bool outboxTouched = false;
    };

    RemoteStates(VaultContext& vault, Projects& projects, Items& items, Outbox& outbox);

    // In kind and name order; Damaged when any state cannot be opened.
    Result<QList<RemoteItemState>> states(ProjectId project);
    // One transaction; see Vault::applySync for the order of the steps.
    Result<Applied> apply(ProjectId project, const SyncApply& apply);
    // Every state of the project, inside the caller's transaction.
    Result<void> clear(ProjectId project);

private:
    static Result<void> checkApply(const SyncApply& apply);
    Result<bool> removeBatchesAndEntries(ProjectId project, const SyncApply& apply);
    Result<bool> applyItems(ProjectId project, const QString& projectName, const SyncApply& apply, qint64 now);
    Result<void> putPulledVariable(ProjectId project, const PulledVariable& pulled, qint64 now);
    // True when the secret's rule or rotation time changed; false when it is gone or already so.
    Result<bool> putPulledRotation(
        ProjectId project, const QString& projectName, const PulledSecretRotation& pulled, qint64 now);
    Result<void> clearStates(ProjectId project, const QList<ItemKey>& keys);
    Result<void> putStates(ProjectId project, const QList<RemoteItemState>& states, qint64 now);
    Result<std::vector<RecordId>> stateIds(ProjectId project, const std::vector<QByteArray>& indexes);

    VaultContext& m_vault;
    Projects& m_projects;
    Items& m_items;
    Outbox& m_outbox;
};
