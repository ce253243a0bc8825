#pragma once

#include "sync/SyncTypes.h"

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

// A deploy as the platform reports it (docs/API.md, "Bot channels").
struct DeployInfo
{
    qint64 id = 0;
    qint64 taskId = 0;
    // The channel deployed (0 when the platform did not say).
    qint64 channelId = 0;
    // QUEUED, RUNNING, SUCCEEDED, FAILED, or a status this client does not know (shown as it is).
    QString status;
    QDateTime requestedAt;
    QDateTime finishedAt;
    QString requestedBy;
    int variableCount = 0;
    QString errorCode;
    QString errorMessage;
};

// A variable whose deploy would change what a channel runs.
struct PendingVariable
{
    QString name;
    QString change; // ADDED, CHANGED, REMOVED
    qint64 deployedRevision = 0;
    qint64 currentRevision = 0;
};

struct ChannelInfo
{
    qint64 id = 0;
    // TEST_WIDGET, CHAT_WIDGET, TELEGRAM, CHAT_API, or a type this client does not know.
    QString type;
    QString name;
    QDateTime createdAt;
    std::optional<DeployInfo> lastDeploy;
    // The deploy the channel runs; 0 when it was never deployed.
    qint64 activeDeployId = 0;
    // That deploy, filled by ChannelService::list (from the history when it is not lastDeploy);
    // empty for a channel never deployed.
    std::optional<DeployInfo> activeDeploy;
    int pendingVariableCount = 0;
    // Filled by ChannelService::list (one request per channel with pending variables).
    QList<PendingVariable> pendingVariables;

    bool isTestWidget() const { return type == QLatin1String("TEST_WIDGET"); }
};

// What the bot answered in a channel (test widget or /evaluate), already masked by the server and
// masked again here against the vault's own secret values.
struct BotReply
{
    // Which secret values the bot ran with (docs/API.md "secretValues"): the real ones (a
    // secrets admin's run) or stand-ins such as "‹secret API_KEY›" (anyone else's). Unknown when the
    // platform does not say.
    enum class SecretValues
    {
        Unknown,
        Real,
        StandIn,
    };

    // Null when the bot failed.
    std::optional<QString> reply;
    SecretValues secretValues = SecretValues::Unknown;
    bool masked = false;
    bool truncated = false;
    QString errorName; // Error, TypeError, Timeout, ResourceLimit, …; empty on success
    QString errorMessage;
    int durationMs = 0;
};

// The result of one channel operation; which members are set depends on the operation.
struct ChannelReport
{
    RemoteIdentity identity;
    QList<ChannelInfo> channels;
    // Deploy: the final state of each requested channel's deploy, in request order; channels not
    // reached (after a FAILED deploy, a cancel or an error) are missing.
    QList<DeployInfo> deploys;
    // Deploy: whether src/main.js of the bound source folder was uploaded (it differed from the
    // platform's), and the bot script's revision on the platform (0: the project has none).
    bool scriptUploaded = false;
    qint64 scriptRevision = 0;
    std::optional<BotReply> reply;
    // Audit: the platform project's audit log as the platform wrote it (docs/API.md "Audit log"),
    // newest first; entries hold no values.
    QJsonArray auditEntries;
    int requests = 0;
};
