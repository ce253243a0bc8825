#include "sync/ChannelService.h"

#include "sync/ChannelJob.h"

// ---- ChannelOperation

ChannelOperation::ChannelOperation(ProjectId project, QObject* parent) : QObject(parent), m_project(project) { }

void ChannelOperation::cancel()
{
    if (m_finished || m_cancelRequested) {
        return;
    }
    m_cancelRequested = true;
    onCancelRequested();
}

void ChannelOperation::finish(Result<ChannelReport> result, SyncFailure failure)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    if (result) {
        m_report = result.value();
    }
    m_result = std::move(result);
    m_failure = m_result ? SyncFailure::None : failure;
    Q_EMIT finished();
}

// ---- ChannelService

struct ChannelService::Private
{
    SyncStore* store = nullptr;
    ChannelJob::Settings settings;
};

ChannelService::ChannelService(SyncStore* store, QObject* parent) : QObject(parent), d(std::make_unique<Private>())
{
    d->store = store;
}

ChannelService::~ChannelService() = default;

void ChannelService::setTransferTimeout(std::chrono::milliseconds timeout)
{
    d->settings.transferTimeout = timeout;
}

void ChannelService::addCaCertificates(const QList<QSslCertificate>& certificates)
{
    d->settings.caCertificates += certificates;
}

void ChannelService::setBackoffPolicy(const BackoffPolicy& policy)
{
    d->settings.backoff = policy;
}

void ChannelService::setPollInterval(std::chrono::milliseconds first, std::chrono::milliseconds later)
{
    d->settings.pollFirst = first;
    d->settings.pollLater = later;
}

namespace {

// The job is deleted after finished() has returned; listings and deploys tell the panel to refresh.
ChannelJob* newJob(ChannelService* service, ProjectId project, SyncStore* store, const ChannelJob::Settings& settings)
{
    auto* job = new ChannelJob(project, store, settings, service);
    QObject::connect(job, &ChannelOperation::finished, job, &QObject::deleteLater);
    return job;
}

} // namespace

ChannelOperation* ChannelService::list(ProjectId project)
{
    ChannelJob* job = newJob(this, project, d->store, d->settings);
    connect(job, &ChannelJob::channelsKnown, this, [this, project] { Q_EMIT channelsChanged(project); });
    job->startList();
    return job;
}

ChannelOperation* ChannelService::createChannel(ProjectId project, const QString& type, const QString& name)
{
    ChannelJob* job = newJob(this, project, d->store, d->settings);
    connect(job, &ChannelJob::channelsKnown, this, [this, project] { Q_EMIT channelsChanged(project); });
    job->startCreate(type, name);
    return job;
}

ChannelOperation* ChannelService::deploy(ProjectId project, const QList<qint64>& channelIds)
{
    ChannelJob* job = newJob(this, project, d->store, d->settings);
    connect(job, &ChannelJob::channelsKnown, this, [this, project] { Q_EMIT channelsChanged(project); });
    job->startDeploy(channelIds);
    return job;
}

ChannelOperation* ChannelService::evaluate(ProjectId project, qint64 channelId, const QString& input, bool isMessage)
{
    ChannelJob* job = newJob(this, project, d->store, d->settings);
    job->startEvaluate(channelId, input, isMessage);
    return job;
}
