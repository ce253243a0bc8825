#include "sync/ChannelOperation.h"

ChannelOperation::ChannelOperation(ProjectId project, SyncStore* store, PlatformSettings settings, QObject* parent)
    : PlatformJob(project, store, std::move(settings), parent)
{
}

void ChannelOperation::finish(Result<ChannelReport> result, SyncFailure failure)
{
    if (isFinished()) {
        return;
    }
    if (result) {
        m_report = result.value();
    }
    m_result = std::move(result);
    markFinished(m_result ? SyncFailure::None : failure);
}

void ChannelOperation::finishJob(std::optional<Error> error, SyncFailure failure)
{
    if (error) {
        finish(*error, failure);
    } else {
        finish(m_report, SyncFailure::None);
    }
}
