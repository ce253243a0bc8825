#include "sync/PrepareJob.h"

PrepareJob::PrepareJob(ProjectId project, SyncStore* store, PlatformSettings settings, QObject* parent)
    : SyncJob(Kind::Prepare, project, store, std::move(settings), parent)
{
}

void PrepareJob::start()
{
    if (!openProjectClient()) {
        return;
    }
    learnIdentity([this] {
        fetchPlan([this](SyncPlan plan, QList<OutboxEntry>) {
            m_report.plan = std::move(plan);
            reportConflicts(m_report.plan);
            succeed();
        });
    });
}
