#include "sync/PlatformOperation.h"

PlatformOperation::PlatformOperation(ProjectId project, QObject* parent) : QObject(parent), m_project(project) { }

void PlatformOperation::cancel()
{
    if (m_finished || m_cancelRequested) {
        return;
    }
    m_cancelRequested = true;
    onCancelRequested();
}

void PlatformOperation::markFinished(SyncFailure failure)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_failure = failure;
    Q_EMIT finished();
}
