#pragma once

#include "sync/SyncJob.h"

// Applies the confirmed plan's incoming changes and the conflicts resolved TakeRemote to the vault
// in one transaction, over a fresh plan (what the platform holds now); conflicts resolved KeepLocal
// are left for publish, undecided ones are skipped and reported in the warnings.
class PullJob : public SyncJob
{
    Q_OBJECT

public:
    PullJob(ProjectId project, SyncStore* store, PlatformSettings settings, QObject* parent);

    void start(const SyncPlan& plan);

private:
    void pullFresh(SyncPlan fresh);
    // One selected incoming item into `apply`.
    void addIncoming(SyncApply& apply, const SyncPlanItem& item);
};
