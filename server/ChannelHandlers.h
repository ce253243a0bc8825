#pragma once

#include "server/ApiRequest.h"
#include "server/ApiResponse.h"
#include "server/BotRunSlots.h"
#include "server/BotRuntime.h"
#include "server/ServerRecords.h"

#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

class DeployRunner;
class ServerStore;

// The endpoints of docs/API.md "Bot script", "Bot channels", "Deploying" and "The test widget"
// (with its sibling /evaluate for any channel type). Like ApiHandlers, each checks in the documented
// order and writes through the store inside the transaction ApiServer owns; a deploy is only queued
// here and runs later on the event loop (DeployRunner). The evaluation endpoints change nothing and
// run outside any transaction, so a 2-second run never holds the store's write lock; they answer
// later (ApiResponse::deferred), when the bot's child process has, within the caps of BotRunSlots.
// Who gets real secret values is the table of docs/SECURITY.md "Who sees a secret's value": only
// the secrets-admin role; everyone else runs the bot with stand-ins.
class ChannelHandlers
{
public:
    ChannelHandlers(ServerStore& store, Role secretsAdminRole, DeployRunner& deployRunner);

    void setRuntime(const BotRuntime& runtime) { m_runtime = runtime; }

    // Whether `path` belongs to these handlers (other than the project's bot script).
    static bool handlesPath(const QString& path);
    // POST …/test-widget and …/evaluate: answered outside a transaction and never recorded for an
    // Idempotency-Key (a reply is not kept on disk).
    static bool isEvaluation(const QByteArray& method, const QString& path);

    ApiResponse handle(const ApiRequest& request);
    ApiResponse botScript(const ApiRequest& request, qint64 projectId);

private:
    ApiResponse listChannels(const ApiRequest& request);
    ApiResponse createChannel(const ApiRequest& request);
    ApiResponse getChannel(qint64 channelId);
    ApiResponse listDeployedVariables(const ApiRequest& request, qint64 channelId);
    ApiResponse listPendingVariables(const ApiRequest& request, qint64 channelId);
    ApiResponse listDeploys(const ApiRequest& request, qint64 channelId);
    ApiResponse evaluate(const ApiRequest& request, qint64 channelId, bool testWidgetOnly);
    ApiResponse deploy(const ApiRequest& request);
    ApiResponse getTask(qint64 taskId);
    ApiResponse getBotScript(qint64 projectId);
    ApiResponse putBotScript(const ApiRequest& request, qint64 projectId);

    // Appends the channel's CHANNEL_CREATED entry to its project's audit trail.
    bool recordChannelCreated(const ApiRequest& request, const ServerChannel& channel);
    // The channel, or the 404 / 500 answer.
    std::optional<ApiResponse> loadChannel(qint64 channelId, ServerChannel* channel);
    std::optional<ApiResponse> checkDeveloper(const Caller& caller, const QString& action) const;
    std::optional<QJsonObject> channelJson(const ServerChannel& channel);
    // The answer of an evaluation: deferred until `run` has ended in its child process. Holds
    // `lease` (a place among the runs in flight) until then. `run.maskSecrets` tells a run with
    // real values from one with stand-ins.
    ApiResponse runLater(BotRuntime::Request run, std::shared_ptr<void> lease) const;
    // The names of the project's secrets, each with its stand-in value (no value is decrypted).
    Result<QList<QPair<QString, QString>>> standInSecrets(qint64 projectId);
    // 429 with Retry-After for a run past the caps.
    static ApiResponse tooManyRuns(BotRunSlots::Refusal refusal);

    ServerStore& m_store;
    Role m_secretsAdminRole;
    DeployRunner& m_deployRunner;
    BotRuntime m_runtime;
    BotRunSlots m_runSlots {BotRuntime::kMaxRunsPerUser, BotRuntime::kMaxRuns};
};
