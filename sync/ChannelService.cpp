#include "sync/ChannelService.h"

#include "sync/ChannelJob.h"
#include "sync/DeployJob.h"

// ---- ChannelService

struct ChannelService::Private
{
    SyncStore* store = nullptr;
    PlatformSettings settings;
    std::chrono::milliseconds pollFirst {1000};
    std::chrono::milliseconds pollLater {5000};
    // docs/API.md, "Client behaviour": after this the deploy's state is unknown.
    std::chrono::milliseconds pollGiveUp {10 * 60 * 1000};
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
    d->pollFirst = first;
    d->pollLater = later;
}

// The job is deleted after finished() has returned.
ChannelJob* ChannelService::newJob(ProjectId project)
{
    auto* job = new ChannelJob(project, d->store, d->settings, this);
    connect(job, &ChannelOperation::finished, job, &QObject::deleteLater);
    return job;
}

// Listings, creations and deploys tell the panel to refresh.
void ChannelService::forwardChannelsKnown(ChannelJob* job, ProjectId project)
{
    connect(job, &ChannelJob::channelsKnown, this, [this, project] { Q_EMIT channelsChanged(project); });
}

ChannelOperation* ChannelService::list(ProjectId project)
{
    ChannelJob* job = newJob(project);
    forwardChannelsKnown(job, project);
    job->startList();
    return job;
}

ChannelOperation* ChannelService::createChannel(ProjectId project, const QString& type, const QString& name)
{
    ChannelJob* job = newJob(project);
    forwardChannelsKnown(job, project);
    job->startCreate(type, name);
    return job;
}

ChannelOperation* ChannelService::deploy(ProjectId project, const QList<qint64>& channelIds)
{
    auto* job = new DeployJob(project, d->store, d->settings, this);
    connect(job, &ChannelOperation::finished, job, &QObject::deleteLater);
    job->setPollIntervals(d->pollFirst, d->pollLater, d->pollGiveUp);
    forwardChannelsKnown(job, project);
    job->start(channelIds);
    return job;
}

ChannelOperation* ChannelService::audit(ProjectId project, const QDateTime& since)
{
    ChannelJob* job = newJob(project);
    job->startAudit(since);
    return job;
}

ChannelOperation* ChannelService::evaluate(ProjectId project, qint64 channelId, const QString& input, bool isMessage)
{
    ChannelJob* job = newJob(project);
    job->startEvaluate(channelId, input, isMessage);
    return job;
}
