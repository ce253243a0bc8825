#include "sync/DeployJob.h"

#include "sync/PlatformClient.h"
#include "sync/PlatformReply.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QStringDecoder>
#include <QTimer>

#include <algorithm>

namespace {

DeployInfo deployFromTask(const QJsonObject& task)
{
    DeployInfo deploy;
    deploy.id = task.value(QLatin1String("deployId")).toInteger();
    deploy.taskId = task.value(QLatin1String("id")).toInteger();
    deploy.channelId = task.value(QLatin1String("botChannelId")).toInteger();
    deploy.status = task.value(QLatin1String("status")).toString();
    deploy.requestedAt = ChannelJob::timeFrom(task.value(QLatin1String("createdAt")));
    deploy.finishedAt = ChannelJob::timeFrom(task.value(QLatin1String("finishedAt")));
    deploy.requestedBy = task.value(QLatin1String("createdBy")).toString();
    const QJsonObject error = task.value(QLatin1String("error")).toObject();
    deploy.errorCode = error.value(QLatin1String("code")).toString();
    deploy.errorMessage = error.value(QLatin1String("message")).toString();
    return deploy;
}

bool isFinalStatus(const QString& status)
{
    return status == QLatin1String("SUCCEEDED") || status == QLatin1String("FAILED");
}

} // namespace

DeployJob::DeployJob(ProjectId project, SyncStore* store, PlatformSettings settings, QObject* parent)
    : ChannelJob(project, store, std::move(settings), parent), m_pollTimer(new QTimer(this))
{
    m_pollTimer->setSingleShot(true);
}

DeployJob::~DeployJob() = default;

// ---- Polling and cancelling

void DeployJob::setPollIntervals(
    std::chrono::milliseconds first, std::chrono::milliseconds later, std::chrono::milliseconds giveUp)
{
    m_pollFirst = first;
    m_pollLater = later;
    m_pollGiveUp = giveUp;
}

QString DeployJob::cancelledRequestText() const
{
    return m_pollingTask > 0
        ? tr("Stopped waiting for the deploy; the platform goes on with it (task %1).").arg(m_pollingTask)
        : tr("The operation was cancelled.");
}

void DeployJob::releaseResources()
{
    m_pollTimer->stop();
}

void DeployJob::onCancelRequested()
{
    ChannelJob::onCancelRequested();
    if (m_pollTimer->isActive()) {
        m_pollTimer->stop();
        fail(makeError(ErrorCode::Cancelled,
                 tr("Stopped waiting for the deploy; the platform goes on with it (task %1).").arg(m_pollingTask)),
            SyncFailure::Cancelled);
    }
}

QString DeployJob::channelName(qint64 channelId) const
{
    for (const ChannelInfo& channel : m_knownChannels) {
        if (channel.id == channelId) {
            return channel.name;
        }
    }
    return QString::number(channelId);
}

// ---- Bot script

void DeployJob::start(const QList<qint64>& channelIds)
{
    if (channelIds.isEmpty()) {
        failLater(makeError(ErrorCode::InvalidInput, tr("No channel was chosen to deploy.")), SyncFailure::Rejected);
        return;
    }
    m_deployIds = channelIds;
    if (!openProjectClient()) {
        return;
    }
    fetchChannels([this](QList<ChannelInfo> channels) {
        m_knownChannels = std::move(channels);
        for (const qint64 id : std::as_const(m_deployIds)) {
            const bool known = std::any_of(m_knownChannels.cbegin(), m_knownChannels.cend(),
                [id](const ChannelInfo& channel) { return channel.id == id; });
            if (!known) {
                fail(makeError(ErrorCode::NotFound,
                         tr("The platform project %1 has no channel %2; nothing was deployed. List the channels and "
                            "choose one of them.")
                             .arg(m_binding.remoteProjectId)
                             .arg(id)),
                    SyncFailure::Rejected);
                return;
            }
        }
        uploadScript([this] { deployChannel(0); });
    });
}

bool DeployJob::readBotScript(QByteArray* script)
{
    if (m_binding.sourceFolder.isEmpty()) {
        return true;
    }
    const QString path = QDir(m_binding.sourceFolder).filePath(QStringLiteral("src/main.js"));
    const QFileInfo info(path);
    if (!info.isFile()) {
        return true;
    }
    const QString shown = QDir::toNativeSeparators(path);
    if (info.size() > kMaxScriptBytes) {
        fail(makeError(ErrorCode::InvalidInput,
                 tr("The bot script %1 is %2 bytes long; the platform takes at most %3 bytes (1 MiB). Nothing was "
                    "deployed.")
                     .arg(shown)
                     .arg(info.size())
                     .arg(kMaxScriptBytes)),
            SyncFailure::Rejected);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(makeError(ErrorCode::Io,
                 tr("The bot script %1 could not be read (%2); nothing was deployed.").arg(shown, file.errorString())),
            SyncFailure::Store);
        return false;
    }
    const QByteArray read = file.read(kMaxScriptBytes + 1);
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder.decode(read);
    Q_UNUSED(decoded);
    if (read.size() > kMaxScriptBytes || decoder.hasError()) {
        fail(makeError(ErrorCode::InvalidInput,
                 tr("The bot script %1 is not UTF-8 text of at most 1 MiB; nothing was deployed.").arg(shown)),
            SyncFailure::Rejected);
        return false;
    }
    // Never null once read, so that an empty script is still compared and uploaded.
    *script = read.isNull() ? QByteArray("") : read;
    return true;
}

void DeployJob::uploadScript(std::function<void()> next)
{
    QByteArray script;
    if (!readBotScript(&script)) {
        return;
    }
    if (script.isNull()) {
        next();
        return;
    }
    Q_EMIT progress(0, static_cast<int>(m_deployIds.size()), tr("Comparing the bot script with the platform's"));
    PlatformReply* reply = m_client->botScript(m_binding.remoteProjectId);
    m_abandonable = reply;
    connect(reply, &PlatformReply::finished, this, [this, reply, script, next = std::move(next)] {
        reply->deleteLater();
        if (isFinished()) {
            return;
        }
        const PlatformResponse& response = reply->response();
        if (reply->failure() == PlatformFailure::None) {
            m_report.scriptRevision = response.revision.value_or(0);
            if (response.rawBody == script) {
                next();
                return;
            }
            putScript(script, response.etag, QByteArray(), next);
            return;
        }
        const bool absent = reply->failure() == PlatformFailure::Http && response.status == 404
            && response.errorDetails.value(QLatin1String("resource")).toString() == QLatin1String("bot script");
        if (absent) {
            putScript(script, QByteArray(), QByteArrayLiteral("*"), next);
            return;
        }
        failFromScript(reply);
    });
}

void DeployJob::putScript(
    const QByteArray& script, const QByteArray& ifMatch, const QByteArray& ifNoneMatch, std::function<void()> next)
{
    if (m_cancelRequested) {
        fail(makeError(ErrorCode::Cancelled, tr("The deploy was cancelled before anything was sent.")),
            SyncFailure::Cancelled);
        return;
    }
    Q_EMIT progress(0, static_cast<int>(m_deployIds.size()), tr("Uploading the bot script"));
    PlatformReply* reply
        = m_client->putBotScript(m_binding.remoteProjectId, script, ifMatch, ifNoneMatch, newIdempotencyKey());
    m_abandonable = reply;
    connect(reply, &PlatformReply::finished, this, [this, reply, next = std::move(next)] {
        reply->deleteLater();
        if (isFinished()) {
            return;
        }
        if (reply->failure() != PlatformFailure::None) {
            failFromScript(reply);
            return;
        }
        m_report.scriptUploaded = true;
        m_report.scriptRevision
            = reply->response().revision.value_or(reply->response().body.value(QLatin1String("revision")).toInteger());
        next();
    });
}

void DeployJob::failFromScript(PlatformReply* reply)
{
    const Error error = reply->result().error();
    const int status = reply->response().status;
    switch (reply->failure()) {
    case PlatformFailure::Cancelled:
        fail(makeError(ErrorCode::Cancelled, tr("The deploy was cancelled before any channel was deployed.")),
            SyncFailure::Cancelled);
        return;
    case PlatformFailure::Tls:
        fail(error, SyncFailure::Tls);
        return;
    case PlatformFailure::Http:
        break;
    default:
        fail(makeError(ErrorCode::Network, error.message), SyncFailure::Network);
        return;
    }
    if (status == 401) {
        fail(makeError(ErrorCode::PermissionDenied,
                 tr("The platform refused the API token: it is unknown, revoked or expired. Enter a new token in the "
                    "project's remote binding.")),
            SyncFailure::Unauthorized);
    } else if (status == 403) {
        fail(makeError(ErrorCode::PermissionDenied, error.message), SyncFailure::Forbidden);
    } else if (status == 412) {
        fail(makeError(ErrorCode::Conflict,
                 tr("The bot script was changed on the platform while it was being uploaded; nothing was deployed. "
                    "Deploy again to upload src/main.js over the new version.")),
            SyncFailure::Conflict);
    } else if (status >= 500 || status == 408 || status == 429) {
        fail(makeError(ErrorCode::Network, error.message), SyncFailure::Network);
    } else {
        fail(makeError(status == 404 ? ErrorCode::NotFound : ErrorCode::InvalidInput, error.message),
            SyncFailure::Rejected);
    }
}

// ---- Deploys

void DeployJob::deployChannel(int index)
{
    if (index >= m_deployIds.size()) {
        finishDeploys();
        return;
    }
    if (m_cancelRequested) {
        fail(makeError(ErrorCode::Cancelled,
                 tr("The deploy was cancelled after %1 of %2 channels.").arg(index).arg(m_deployIds.size())),
            SyncFailure::Cancelled);
        return;
    }
    Q_EMIT progress(index, static_cast<int>(m_deployIds.size()),
        tr("Deploying '%1' (%2 of %3)").arg(channelName(m_deployIds.at(index))).arg(index + 1).arg(m_deployIds.size()));
    // One key per channel, reused when the request is repeated after waiting out another deploy.
    postDeploy(index, newIdempotencyKey());
}

void DeployJob::postDeploy(int index, const QByteArray& idempotencyKey)
{
    PlatformRequest request;
    request.method = QByteArrayLiteral("POST");
    request.path = QStringLiteral("/api/v1/async/bot-channels/deploy");
    request.setJsonBody(QJsonDocument(QJsonObject {{QStringLiteral("botChannelId"), m_deployIds.at(index)}}));
    request.idempotencyKey = idempotencyKey;
    // Never abandoned: once sent, the platform may have accepted it, and the task id must be known.
    PlatformReply* reply = m_client->send(std::move(request));
    connect(reply, &PlatformReply::finished, this,
        [this, reply, index, idempotencyKey] { onDeployAnswered(reply, index, idempotencyKey); });
}

void DeployJob::onDeployAnswered(PlatformReply* reply, int index, const QByteArray& idempotencyKey)
{
    reply->deleteLater();
    if (isFinished()) {
        return;
    }
    const QString name = channelName(m_deployIds.at(index));
    const PlatformResponse& response = reply->response();
    if (!reply->result()) {
        const qint64 runningTask = response.errorDetails.value(QLatin1String("taskId")).toInteger();
        if (response.status == 409 && response.errorCode == QLatin1String("deploy_in_progress") && runningTask > 0) {
            // Another deploy of this channel runs (someone else's, or a previous run's): wait
            // for it, then deploy what the project holds now.
            Q_EMIT progress(index, static_cast<int>(m_deployIds.size()),
                tr("Waiting for the deploy already running in '%1' (task %2)").arg(name).arg(runningTask));
            pollTask(runningTask, name,
                [this, index, idempotencyKey](const QJsonObject&) { postDeploy(index, idempotencyKey); });
            return;
        }
        failFromReply(reply);
        return;
    }
    const QJsonObject task = response.body;
    const qint64 taskId = task.value(QLatin1String("id")).toInteger();
    // Recorded at once, so that a cancel or a give-up still reports the task.
    m_report.deploys.append(deployFromTask(task));
    const qsizetype slot = m_report.deploys.size() - 1;
    if (isFinalStatus(task.value(QLatin1String("status")).toString())) {
        recordDeploy(index, slot, task);
        return;
    }
    pollTask(taskId, name, [this, index, slot](const QJsonObject& finished) { recordDeploy(index, slot, finished); });
}

void DeployJob::recordDeploy(int index, qsizetype slot, const QJsonObject& task)
{
    const DeployInfo deploy = deployFromTask(task);
    m_report.deploys[slot] = deploy;
    if (deploy.status != QLatin1String("FAILED")) {
        deployChannel(index + 1);
        return;
    }
    Q_EMIT channelsKnown();
    const QString name = channelName(m_deployIds.at(index));
    const QString reason = deploy.errorMessage.isEmpty() ? deploy.errorCode : deploy.errorMessage;
    fail(makeError(ErrorCode::InvalidInput,
             m_deployIds.size() > index + 1
                 ? tr("The deploy of '%1' failed (task %2): %3 The channel keeps running its previous "
                      "deploy; the channels after it were not deployed.")
                       .arg(name)
                       .arg(deploy.taskId)
                       .arg(reason)
                 : tr("The deploy of '%1' failed (task %2): %3 The channel keeps running its previous "
                      "deploy.")
                       .arg(name)
                       .arg(deploy.taskId)
                       .arg(reason)),
        SyncFailure::Rejected);
}

void DeployJob::pollTask(qint64 taskId, const QString& channelName, TaskContinuation next)
{
    m_pollClock.start();
    m_polls = 0;
    m_pollingTask = taskId;
    schedulePoll(taskId, channelName, std::move(next));
}

void DeployJob::schedulePoll(qint64 taskId, const QString& channelName, TaskContinuation next)
{
    if (m_cancelRequested) {
        fail(makeError(ErrorCode::Cancelled,
                 tr("Stopped waiting for the deploy; the platform goes on with it (task %1).").arg(taskId)),
            SyncFailure::Cancelled);
        return;
    }
    if (m_pollClock.elapsed() >= m_pollGiveUp.count()) {
        fail(makeError(ErrorCode::Network,
                 tr("The deploy of '%1' did not finish within %2 minutes; its state is unknown. It may still finish "
                    "on the platform: check task %3 later, or list the channels.")
                     .arg(channelName)
                     .arg(m_pollGiveUp.count() / 60000)
                     .arg(taskId)),
            SyncFailure::Network);
        return;
    }
    const std::chrono::milliseconds interval = m_polls < kFirstPolls ? m_pollFirst : m_pollLater;
    ++m_polls;
    m_pollTimer->disconnect();
    connect(m_pollTimer, &QTimer::timeout, this, [this, taskId, channelName, next = std::move(next)] {
        PlatformRequest request;
        request.path = QStringLiteral("/api/v1/async/tasks/%1").arg(taskId);
        await(m_client->send(std::move(request)), [this, taskId, channelName, next](const PlatformResponse& response) {
            if (isFinalStatus(response.body.value(QLatin1String("status")).toString())) {
                m_pollingTask = 0;
                next(response.body);
                return;
            }
            schedulePoll(taskId, channelName, next);
        });
    });
    m_pollTimer->start(interval);
}

void DeployJob::finishDeploys()
{
    Q_EMIT progress(static_cast<int>(m_deployIds.size()), static_cast<int>(m_deployIds.size()), tr("Deployed"));
    // The channels as they are now: deployed times and what is still pending.
    fetchChannels([this](QList<ChannelInfo> channels) {
        for (DeployInfo& deploy : m_report.deploys) {
            for (const ChannelInfo& channel : std::as_const(channels)) {
                if (channel.lastDeploy && channel.lastDeploy->id == deploy.id) {
                    deploy = *channel.lastDeploy;
                }
            }
        }
        m_report.channels = std::move(channels);
        Q_EMIT channelsKnown();
        succeed();
    });
}
