#pragma once

#include "sync/SyncOperation.h"

#include <QList>
#include <QSet>

#include <functional>
#include <memory>

class SyncLock;

// What the sync engine's jobs share (ConnectionCheck, PrepareJob, PublishJob, PullJob): reading the
// identity and the fresh plan from the platform and the vault, carrying the admin's choices over
// to it, the project's cross-process sync lock. A job reports what it learnt (the identity, the
// conflicts found) through signals, so the engine keeps its per-project state without the job
// reaching into it.
class SyncJob : public SyncOperation
{
    Q_OBJECT

public:
    ~SyncJob() override;

Q_SIGNALS:
    void identityKnown(const RemoteIdentity& identity);
    // The keys this project now has conflicts for (replacing what was known before).
    void conflictsKnown(const QList<ItemKey>& keys);
    // The platform's items as just listed, with the vault's base at that moment, for the engine's
    // status between runs.
    void remoteListed(const QList<RemoteItem>& remote, const QList<RemoteItemState>& base);

protected:
    // The fresh plan and the outbox it was computed from (opening every entry is the costly part of
    // a publish's preparation, so a publish keeps it; it holds secret values).
    using PlanContinuation = std::function<void(SyncPlan plan, QList<OutboxEntry> outbox)>;

    SyncJob(Kind kind, ProjectId project, SyncStore* store, PlatformSettings settings, QObject* parent);

    // GET /me into the report; tells the engine.
    void learnIdentity(std::function<void()> next);
    // Both listings, then the plan against the vault's side.
    void fetchPlan(PlanContinuation next);

    // Fails the job (later) when the plan holds a choice that cannot be applied; true then.
    bool refuseUnappliableChoices(const SyncPlan& plan);
    // The project's cross-process sync lock, held until the job ends; false after failing the job.
    bool takeSyncLock();
    // The confirmed plan's choices on the fresh plan; the keys the confirmed plan selected.
    QSet<ItemKey> carryChoices(SyncPlan& fresh, bool outgoing) const;
    // Settle and TakeRemote resolutions into `apply`.
    void addResolution(SyncApply& apply, const SyncPlanItem& item);
    void reportConflicts(const SyncPlan& plan);
    void setProgress(int done, int total, const QString& stage);

    QString cancelledRequestText() const override;
    QString cancelledText() const override;
    void releaseResources() override;

    static RemoteItemState stateFromRemote(const SyncPlanItem& item);
    static QString itemText(ItemKind kind, const QString& name);

    // The plan the admin confirmed (publish, pull).
    SyncPlan m_confirmed;

private:
    void computePlan(QList<RemoteItem> remote, const PlanContinuation& next);

    std::unique_ptr<SyncLock> m_syncLock;
};
