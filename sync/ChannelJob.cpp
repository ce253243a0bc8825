#include "sync/ChannelJob.h"

#include "sync/PlatformClient.h"
#include "sync/PlatformReply.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QtCrypto>

#include <algorithm>

namespace {

const QString kMask = QStringLiteral("******");

DeployInfo deployFrom(const QJsonObject& object)
{
    DeployInfo deploy;
    deploy.id = object.value(QLatin1String("id")).toInteger();
    deploy.taskId = object.value(QLatin1String("taskId")).toInteger();
    deploy.channelId = object.value(QLatin1String("botChannelId")).toInteger();
    deploy.status = object.value(QLatin1String("status")).toString();
    deploy.requestedAt = ChannelJob::timeFrom(object.value(QLatin1String("requestedAt")));
    deploy.finishedAt = ChannelJob::timeFrom(object.value(QLatin1String("finishedAt")));
    deploy.requestedBy = object.value(QLatin1String("requestedBy")).toString();
    deploy.variableCount = static_cast<int>(object.value(QLatin1String("variableCount")).toInteger());
    const QJsonObject error = object.value(QLatin1String("error")).toObject();
    deploy.errorCode = error.value(QLatin1String("code")).toString();
    deploy.errorMessage = error.value(QLatin1String("message")).toString();
    return deploy;
}

// A task (GET /async/tasks/{id}) as the deploy it runs.

ChannelInfo channelFrom(const QJsonObject& object)
{
    ChannelInfo channel;
    channel.id = object.value(QLatin1String("id")).toInteger();
    channel.type = object.value(QLatin1String("channelType")).toString();
    channel.name = object.value(QLatin1String("name")).toString();
    channel.createdAt = ChannelJob::timeFrom(object.value(QLatin1String("createdAt")));
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

} // namespace

ChannelJob::ChannelJob(ProjectId project, SyncStore* store, PlatformSettings settings, QObject* parent)
    : ChannelOperation(project, store, std::move(settings), parent)
{
}

ChannelJob::~ChannelJob() = default;

// ---- Cancelling

QDateTime ChannelJob::timeFrom(const QJsonValue& value)
{
    return value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODateWithMs) : QDateTime();
}

QString ChannelJob::cancelledRequestText() const
{
    return tr("The operation was cancelled.");
}

QString ChannelJob::cancelledText() const
{
    return tr("The operation was cancelled.");
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
            fetchActiveDeploy(0);
        });
    });
}

// A channel whose last deploy is not the one it runs (that deploy failed or is still running) gets
// its active deploy from the history, so a listing can say when the running deploy was made.
void ChannelJob::fetchActiveDeploy(int index)
{
    const auto needsActive = [](const ChannelInfo& channel) {
        return channel.activeDeployId > 0 && (!channel.lastDeploy || channel.lastDeploy->id != channel.activeDeployId);
    };
    while (index < m_report.channels.size() && !needsActive(m_report.channels.at(index))) {
        if (m_report.channels.at(index).activeDeployId > 0) {
            m_report.channels[index].activeDeploy = m_report.channels.at(index).lastDeploy;
        }
        ++index;
    }
    if (index >= m_report.channels.size()) {
        fetchPending(0);
        return;
    }
    PlatformRequest request;
    request.path = QStringLiteral("/api/v1/bot-channels/%1/deploys").arg(m_report.channels.at(index).id);
    request.query.addQueryItem(QStringLiteral("limit"), QString::number(PlatformClient::kPageLimit));
    request.followPages = true;
    await(m_client->send(std::move(request)), [this, index](const PlatformResponse& response) {
        ChannelInfo& channel = m_report.channels[index];
        for (const QJsonValue& item : response.items) {
            const DeployInfo deploy = deployFrom(item.toObject());
            if (deploy.id == channel.activeDeployId) {
                channel.activeDeploy = deploy;
                break;
            }
        }
        fetchActiveDeploy(index + 1);
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
        // The answer counts the variables pending in the new channel; the names come from their own
        // listing, as for `list`.
        fetchPending(0);
    });
}

// ---- Audit

void ChannelJob::startAudit(const QDateTime& since)
{
    if (!openProjectClient()) {
        return;
    }
    Q_EMIT progress(0, 1, tr("Reading the platform's audit log"));
    await(m_client->projectAudit(m_binding.remoteProjectId, since), [this](const PlatformResponse& response) {
        m_report.auditEntries = response.items;
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
