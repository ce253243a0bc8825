#include "server/DeployRunner.h"

#include "server/AuditTrail.h"
#include "server/BotRun.h"
#include "server/ServerStore.h"

#include <QTimer>

#include <cstdio>

namespace {

void logFailure(qint64 deployId, const QString& what)
{
    // Store errors name the statement's failure, never a value.
    std::fprintf(stderr, "deploy %lld: %s\n", static_cast<long long>(deployId), what.toUtf8().constData());
    std::fflush(stderr);
}

} // namespace

DeployRunner::DeployRunner(ServerStore& store, QObject* parent) : QObject(parent), m_store(store) { }

void DeployRunner::schedule(qint64 deployId)
{
    // Never inside the request: the timer fires after the transaction that queued the deploy has
    // committed (or rolled back, and then run() finds nothing QUEUED).
    QTimer::singleShot(m_startDelayMs, this, [this, deployId] { run(deployId); });
}

void DeployRunner::resumeUnfinished()
{
    if (!m_store.begin()) {
        return;
    }
    Result<QList<qint64>> queued = m_store.requeueUnfinishedDeploys();
    if (!queued || !m_store.commit()) {
        m_store.rollback();
        logFailure(0, queued ? QStringLiteral("could not requeue") : queued.message());
        return;
    }
    for (qint64 deployId : queued.value()) {
        schedule(deployId);
    }
}

void DeployRunner::run(qint64 deployId)
{
    if (!m_store.begin()) {
        return;
    }
    Result<bool> started = m_store.startDeploy(deployId);
    if (!started || !started.value() || !m_store.commit()) {
        m_store.rollback();
        if (!started) {
            logFailure(deployId, started.message());
        }
        return;
    }

    Result<std::optional<ServerDeploy>> deploy = m_store.deploy(deployId);
    Result<QByteArray> script = m_store.deployScript(deployId);
    if (!deploy || !deploy.value() || !script) {
        finish(deployId, QStringLiteral("internal"), QStringLiteral("The deploy could not be read back."));
        return;
    }
    if (script.value().isEmpty()) {
        finish(deployId, {}, {});
        return;
    }
    BotRuntime::Request request;
    request.mode = BotRuntime::Mode::Compile;
    request.script = script.value();
    // Compiling runs nothing, so it gets no secret values at all: its message (which every role
    // reads in the deploy history) can only quote the script, which every role reads anyway, and is
    // not masked against real values, since a mask would tell whether a literal matches a secret.
    request.maskSecrets = false;
    const auto compiled = [this, deployId](Result<BotRuntime::Reply> outcome) {
        if (!outcome) {
            finish(deployId, QStringLiteral("internal"),
                QStringLiteral("The bot script could not be checked: the server's bot runtime is not available."));
            return;
        }
        if (!outcome->failed) {
            finish(deployId, {}, {});
            return;
        }
        QString message = outcome->errorName + QStringLiteral(": ") + outcome->errorMessage;
        if (message.endsWith(QLatin1Char('.'))) {
            message.chop(1);
        }
        if (outcome->errorLine > 0) {
            message += QStringLiteral(" at line %1").arg(outcome->errorLine);
        }
        message += QLatin1Char('.');
        finish(deployId, QStringLiteral("script_error"), message);
    };
    // The child is followed on the event loop: a deploy never holds other requests.
    if (!BotRun::start(m_runtime, request, compiled, this)) {
        compiled(makeError(ErrorCode::Unsupported, QStringLiteral("This server has no bot runtime configured.")));
    }
}

void DeployRunner::finish(qint64 deployId, const QString& errorCode, const QString& errorMessage)
{
    if (!m_store.begin()) {
        logFailure(deployId, QStringLiteral("the store is busy"));
        return;
    }
    Result<void> finished = m_store.finishDeploy(deployId, errorCode, errorMessage);
    if (finished) {
        finished = recordOutcome(deployId, errorCode);
    }
    if (!finished || !m_store.commit()) {
        m_store.rollback();
        logFailure(deployId, finished ? QStringLiteral("could not commit") : finished.message());
    }
}

Result<void> DeployRunner::recordOutcome(qint64 deployId, const QString& errorCode)
{
    Result<std::optional<ServerDeploy>> deploy = m_store.deploy(deployId);
    if (!deploy) {
        return deploy.error();
    }
    if (!deploy.value()) {
        return {};
    }
    Result<std::optional<ServerChannel>> channel = m_store.channel(deploy.value()->channelId);
    if (!channel) {
        return channel.error();
    }
    if (!channel.value()) {
        return {};
    }
    // The outcome is the requester's: it answers "who deployed, and did it work". The error's
    // message stays in the deploy's history; the trail keeps its code.
    ServerAuditEvent outcome = AuditTrail::event(channel.value()->projectId,
        QString::fromLatin1(errorCode.isEmpty() ? AuditTrail::kDeploySucceeded : AuditTrail::kDeployFailed),
        deploy.value()->requestedBy, {});
    outcome.channelId = channel.value()->id;
    outcome.deployId = deployId;
    if (!errorCode.isEmpty()) {
        outcome.details.insert(QStringLiteral("errorCode"), errorCode);
    }
    return m_store.appendAuditEvents({outcome});
}
