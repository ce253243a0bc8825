#include "sync/ChannelJob.h"

#include "sync/PlatformClient.h"
#include "sync/PlatformReply.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QStringDecoder>
#include <QTimer>
#include <QtCrypto>

#include <algorithm>

namespace {

const QString kMask = QStringLiteral("******");

QDateTime timeFrom(const QJsonValue& value)
{
    return value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODateWithMs) : QDateTime();
}

DeployInfo deployFrom(const QJsonObject& object)
{
    DeployInfo deploy;
    deploy.id = object.value(QLatin1String("id")).toInteger();
    deploy.taskId = object.value(QLatin1String("taskId")).toInteger();
    deploy.channelId = object.value(QLatin1String("botChannelId")).toInteger();
    deploy.status = object.value(QLatin1String("status")).toString();
    deploy.requestedAt = timeFrom(object.value(QLatin1String("requestedAt")));
    deploy.finishedAt = timeFrom(object.value(QLatin1String("finishedAt")));
    deploy.requestedBy = object.value(QLatin1String("requestedBy")).toString();
    deploy.variableCount = static_cast<int>(object.value(QLatin1String("variableCount")).toInteger());
    const QJsonObject error = object.value(QLatin1String("error")).toObject();
    deploy.errorCode = error.value(QLatin1String("code")).toString();
    deploy.errorMessage = error.value(QLatin1String("message")).toString();
    return deploy;
}

// A task (GET /async/tasks/{id}) as the deploy it runs.
DeployInfo deployFromTask(const QJsonObject& task)
{
    DeployInfo deploy;
    deploy.id = task.value(QLatin1String("deployId")).toInteger();
    deploy.taskId = task.value(QLatin1String("id")).toInteger();
    deploy.channelId = task.value(QLatin1String("botChannelId")).toInteger();
    deploy.status = task.value(QLatin1String("status")).toString();
    deploy.requestedAt = timeFrom(task.value(QLatin1String("createdAt")));
    deploy.finishedAt = timeFrom(task.value(QLatin1String("finishedAt")));
    deploy.requestedBy = task.value(QLatin1String("createdBy")).toString();
    const QJsonObject error = task.value(QLatin1String("error")).toObject();
    deploy.errorCode = error.value(QLatin1String("code")).toString();
    deploy.errorMessage = error.value(QLatin1String("message")).toString();
    return deploy;
}

ChannelInfo channelFrom(const QJsonObject& object)
{
    ChannelInfo channel;
    channel.id = object.value(QLatin1String("id")).toInteger();
    channel.type = object.value(QLatin1String("channelType")).toString();
    channel.name = object.value(QLatin1String("name")).toString();
    channel.createdAt = timeFrom(object.value(QLatin1String("createdAt")));
    const QJsonValue last = object.value(QLatin1String("lastDeploy"));
    if (last.isObject()) {
        channel.lastDeploy = deployFrom(last.toObject());
    }
    channel.activeDeployId = object.value(QLatin1String("activeDeployId")).toInteger();
    channel.pendingVariableCount = static_cast<int>(object.value(QLatin1String("pendingVariableCount")).toInteger());
    return channel;
}

PendingVariable pendingFrom(const QJsonObject& object)
{
    return PendingVariable {object.value(QLatin1String("name")).toString(),
        object.value(QLatin1String("change")).toString(), object.value(QLatin1String("deployedRevision")).toInteger(),
        object.value(QLatin1String("currentRevision")).toInteger()};
}

bool isFinalStatus(const QString& status)
{
    return status == QLatin1String("SUCCEEDED") || status == QLatin1String("FAILED");
}

} // namespace

ChannelJob::ChannelJob(ProjectId project, SyncStore* store, PlatformSettings settings, QObject* parent)
    : ChannelOperation(project, store, std::move(settings), parent), m_pollTimer(new QTimer(this))
{
    m_pollTimer->setSingleShot(true);
}

ChannelJob::~ChannelJob() = default;

void ChannelJob::setPollIntervals(
    std::chrono::milliseconds first, std::chrono::milliseconds later, std::chrono::milliseconds giveUp)
{
    m_pollFirst = first;
    m_pollLater = later;
    m_pollGiveUp = giveUp;
}

// ---- Ending

QString ChannelJob::cancelledRequestText() const
{
    return m_pollingTask > 0
        ? tr("Stopped waiting for the deploy; the platform goes on with it (task %1).").arg(m_pollingTask)
        : tr("The operation was cancelled.");
}

QString ChannelJob::cancelledText() const
{
    return tr("The operation was cancelled.");
}

void ChannelJob::releaseResources()
{
    m_pollTimer->stop();
}

void ChannelJob::onCancelRequested()
{
    PlatformJob::onCancelRequested();
    if (m_pollTimer->isActive()) {
        m_pollTimer->stop();
        fail(makeError(ErrorCode::Cancelled,
                 tr("Stopped waiting for the deploy; the platform goes on with it (task %1).").arg(m_pollingTask)),
            SyncFailure::Cancelled);
    }
}

// ---- Plumbing

void ChannelJob::fetchChannels(std::function<void(QList<ChannelInfo>)> next)
{
    PlatformRequest request;
    request.path = QStringLiteral("/api/v1/bot-channels");
    request.query.addQueryItem(QStringLiteral("projectId"), QString::number(m_binding.remoteProjectId));
    request.query.addQueryItem(QStringLiteral("limit"), QString::number(PlatformClient::kPageLimit));
    request.followPages = true;
    await(m_client->send(std::move(request)), [next = std::move(next)](const PlatformResponse& response) {
        QList<ChannelInfo> channels;
        for (const QJsonValue& item : response.items) {
            channels.append(channelFrom(item.toObject()));
        }
        next(std::move(channels));
    });
}

QString ChannelJob::channelName(qint64 channelId) const
{
    for (const ChannelInfo& channel : m_knownChannels) {
        if (channel.id == channelId) {
            return channel.name;
        }
    }
    return QString::number(channelId);
}

// ---- List

void ChannelJob::startList()
{
    if (!openProjectClient()) {
        return;
    }
    fetchIdentity([this](const RemoteIdentity& identity) {
        m_report.identity = identity;
        Q_EMIT progress(1, 2, tr("Reading the channels"));
        fetchChannels([this](QList<ChannelInfo> channels) {
            m_report.channels = std::move(channels);
            fetchPending(0);
        });
    });
}

void ChannelJob::fetchPending(int index)
{
    while (index < m_report.channels.size() && m_report.channels.at(index).pendingVariableCount <= 0) {
        ++index;
    }
    if (index >= m_report.channels.size()) {
        Q_EMIT progress(2, 2, tr("Channels read"));
        Q_EMIT channelsKnown();
        succeed();
        return;
    }
    PlatformRequest request;
    request.path = QStringLiteral("/api/v1/bot-channels/%1/pending-variables").arg(m_report.channels.at(index).id);
    request.query.addQueryItem(QStringLiteral("limit"), QString::number(PlatformClient::kPageLimit));
    request.followPages = true;
    await(m_client->send(std::move(request)), [this, index](const PlatformResponse& response) {
        QList<PendingVariable> pending;
        for (const QJsonValue& item : response.items) {
            pending.append(pendingFrom(item.toObject()));
        }
        m_report.channels[index].pendingVariables = std::move(pending);
        fetchPending(index + 1);
    });
}

// ---- Create

void ChannelJob::startCreate(const QString& type, const QString& name)
{
    if (!openProjectClient()) {
        return;
    }
    PlatformRequest request;
    request.method = QByteArrayLiteral("POST");
    request.path = QStringLiteral("/api/v1/bot-channels");
    request.setJsonBody(QJsonDocument(QJsonObject {{QStringLiteral("projectId"), m_binding.remoteProjectId},
        {QStringLiteral("channelType"), type}, {QStringLiteral("name"), name}}));
    // A retry after a lost answer returns the channel made by the first attempt.
    request.idempotencyKey = newIdempotencyKey();
    await(m_client->send(std::move(request)), [this](const PlatformResponse& response) {
        m_report.channels = {channelFrom(response.body)};
        Q_EMIT channelsKnown();
        succeed();
    });
}

// ---- Deploy

void ChannelJob::startDeploy(const QList<qint64>& channelIds)
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

bool ChannelJob::readBotScript(QByteArray* script)
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

void ChannelJob::uploadScript(std::function<void()> next)
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

void ChannelJob::putScript(
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

void ChannelJob::failFromScript(PlatformReply* reply)
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

void ChannelJob::deployChannel(int index)
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

void ChannelJob::postDeploy(int index, const QByteArray& idempotencyKey)
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

void ChannelJob::onDeployAnswered(PlatformReply* reply, int index, const QByteArray& idempotencyKey)
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

void ChannelJob::recordDeploy(int index, qsizetype slot, const QJsonObject& task)
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

void ChannelJob::pollTask(qint64 taskId, const QString& channelName, TaskContinuation next)
{
    m_pollClock.start();
    m_polls = 0;
    m_pollingTask = taskId;
    schedulePoll(taskId, channelName, std::move(next));
}

void ChannelJob::schedulePoll(qint64 taskId, const QString& channelName, TaskContinuation next)
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

void ChannelJob::finishDeploys()
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

// ---- Evaluate

void ChannelJob::startEvaluate(qint64 channelId, const QString& input, bool isMessage)
{
    if (!openProjectClient()) {
        return;
    }
    PlatformRequest request;
    request.path = QStringLiteral("/api/v1/bot-channels/%1").arg(channelId);
    await(m_client->send(std::move(request)), [this, input, isMessage](const PlatformResponse& response) {
        const ChannelInfo channel = channelFrom(response.body);
        m_report.channels = {channel};
        runEvaluation(channel, input, isMessage);
    });
}

void ChannelJob::runEvaluation(const ChannelInfo& channel, const QString& input, bool isMessage)
{
    PlatformRequest request;
    request.method = QByteArrayLiteral("POST");
    request.path = QStringLiteral("/api/v1/bot-channels/%1/%2")
                       .arg(channel.id)
                       .arg(channel.isTestWidget() ? QStringLiteral("test-widget") : QStringLiteral("evaluate"));
    request.setJsonBody(
        QJsonDocument(QJsonObject {{isMessage ? QStringLiteral("message") : QStringLiteral("expression"), input}}));
    await(m_client->send(std::move(request)), [this](const PlatformResponse& response) {
        const QJsonObject& body = response.body;
        BotReply reply;
        const QJsonValue text = body.value(QLatin1String("reply"));
        if (text.isString()) {
            reply.reply = text.toString();
        }
        reply.masked = body.value(QLatin1String("masked")).toBool();
        const QString secretValues = body.value(QLatin1String("secretValues")).toString();
        reply.secretValues = secretValues == QLatin1String("REAL") ? BotReply::SecretValues::Real
            : secretValues == QLatin1String("STAND_IN")            ? BotReply::SecretValues::StandIn
                                                                   : BotReply::SecretValues::Unknown;
        reply.truncated = body.value(QLatin1String("truncated")).toBool();
        const QJsonObject error = body.value(QLatin1String("error")).toObject();
        reply.errorName = error.value(QLatin1String("name")).toString();
        reply.errorMessage = error.value(QLatin1String("message")).toString();
        reply.durationMs = static_cast<int>(body.value(QLatin1String("durationMs")).toInteger());
        if (!error.isEmpty() && reply.errorName.isEmpty()) {
            reply.errorName = QStringLiteral("Error");
        }
        // Never shown unmasked: without the vault's secret values the reply is not given at all.
        if (Result<void> masked = maskLocalSecrets(reply); !masked) {
            failFromStore(masked.error());
            return;
        }
        m_report.reply = std::move(reply);
        succeed();
    });
}

Result<void> ChannelJob::maskLocalSecrets(BotReply& reply) const
{
    Result<QList<LocalItem>> items = m_store->syncLocalItems(project());
    if (!items) {
        return items.error();
    }
    QStringList values;
    for (const LocalItem& item : items.value()) {
        if (item.kind != ItemKind::Secret) {
            continue;
        }
        Result<SecretValue> value = m_store->syncSecretValue(project(), item.name);
        if (!value) {
            for (QString& held : values) {
                held.fill(QChar(0));
            }
            return value.error();
        }
        const QCA::SecureArray& bytes = value->bytes();
        QString text = QString::fromUtf8(bytes.constData(), bytes.size());
        if (!text.isEmpty()) {
            values.append(text);
            // Also as JSON writes it inside a string: the platform serialises objects, arrays and
            // many error messages that way, and the escaped copy decodes to the exact value.
            QByteArray json = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
            const QString escaped = QString::fromUtf8(json.mid(2, json.size() - 4));
            json.fill('\0');
            if (escaped != text) {
                values.append(escaped);
            }
        }
        text.fill(QChar(0));
    }
    // Longest first, so that a value containing another is masked whole.
    std::sort(values.begin(), values.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    for (QString& value : values) {
        if (reply.reply && reply.reply->contains(value)) {
            reply.reply->replace(value, kMask);
            reply.masked = true;
        }
        if (reply.errorMessage.contains(value)) {
            reply.errorMessage.replace(value, kMask);
            reply.masked = true;
        }
        value.fill(QChar(0));
    }
    return Result<void>::success();
}
