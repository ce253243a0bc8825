#pragma once

#include "sync/SyncJob.h"

// Fetches /me and both listings and computes the plan (report().plan); sends nothing.
class PrepareJob : public SyncJob
{
    Q_OBJECT

public:
    PrepareJob(ProjectId project, SyncStore* store, PlatformSettings settings, QObject* parent);

    void start();
};
