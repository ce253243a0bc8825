#pragma once

#include "models/Result.h"
#include "server/BotRuntime.h"

#include <QObject>

class ServerStore;

// Runs the deploy tasks of docs/API.md "Deploying" on the event loop: a deploy accepted by the
// API is QUEUED; schedule() runs it after the request's transaction has committed: RUNNING, the
// snapshot's bot script compiled in the bot runtime, then SUCCEEDED with the channel's active
// snapshot switched in one transaction, or FAILED (script_error with the line, or internal) with the
// channel left on its previous snapshot. Deploys left unfinished by a stop are run again at start.
class DeployRunner : public QObject
{
    Q_OBJECT

public:
    DeployRunner(ServerStore& store, QObject* parent = nullptr);

    void setRuntime(const BotRuntime& runtime) { m_runtime = runtime; }
    // A pause before each deploy starts, so tests can watch a deploy in progress (0 by default).
    void setStartDelay(int milliseconds) { m_startDelayMs = milliseconds; }

    void schedule(qint64 deployId);
    // Schedules every deploy a previous run of the server left QUEUED or RUNNING.
    void resumeUnfinished();

private:
    void run(qint64 deployId);
    void finish(qint64 deployId, const QString& errorCode, const QString& errorMessage);
    // DEPLOY_SUCCEEDED or DEPLOY_FAILED in the project's audit trail, inside finish()'s transaction.
    Result<void> recordOutcome(qint64 deployId, const QString& errorCode);

    ServerStore& m_store;
    BotRuntime m_runtime;
    int m_startDelayMs = 0;
};
