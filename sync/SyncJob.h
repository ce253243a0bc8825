#pragma once

#include "sync/SyncOperation.h"

#include <QList>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

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

    // What the engine last listed for this project's binding. When the platform's project revision
    // is still the listing's, the job reuses it instead of listing again (one cheap request).
    void setKnownListing(const RemoteListing& listing) { m_knownListing = listing; }

Q_SIGNALS:
    void identityKnown(const RemoteIdentity& identity);
    // The keys this project now has conflicts for (replacing what was known before).
    void conflictsKnown(const QList<ItemKey>& keys);
    // The platform's items as just listed (or as the known listing still says, the revision having
    // not moved), with the vault's base at that moment, for the engine's status between runs and
    // the next run's revision check.
    void remoteListed(const RemoteListing& listing);

protected:
    // The fresh plan and the outbox it was computed from (opening every entry is the costly part of
    // a publish's preparation, so a publish keeps it; it holds secret values).
    using PlanContinuation = std::function<void(SyncPlan plan, QList<OutboxEntry> outbox)>;

    SyncJob(Kind kind, ProjectId project, SyncStore* store, PlatformSettings settings, QObject* parent);

    // GET /me into the report; tells the engine.
    void learnIdentity(std::function<void()> next);
    // The platform's items (both listings, or the known listing when the project revision has not
    // moved since), then the plan against the vault's side.
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
    void listPlatform(PlanContinuation next);
    // `listing` null: the known listing (its revision checked) with the base as it is now.
    void computePlan(const RemoteListing* listing, const PlanContinuation& next);

    std::unique_ptr<SyncLock> m_syncLock;
    std::optional<RemoteListing> m_knownListing;
};
