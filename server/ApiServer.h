#pragma once

#include "models/Result.h"
#include "models/Role.h"
#include "server/ApiHandlers.h"
#include "server/ApiResponse.h"
#include "server/BotRuntime.h"

#include <QHostAddress>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QElapsedTimer;
class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class DeployRunner;
class ServerStore;

// The HTTP side of the reference server: authenticates every request, enforces the body limits and
// content type, answers idempotent repeats from the store, wraps each write in one transaction
// together with its idempotency record, adds the headers every response carries, and logs one line
// per request to stderr (never a body, value or token).
class ApiServer : public QObject
{
    Q_OBJECT

public:
    ApiServer(ServerStore& store, Role secretsAdminRole, QObject* parent = nullptr);
    ~ApiServer() override;

    // Plain HTTP only on a loopback address; HTTPS when a certificate and key are given.
    // Returns the port actually bound (useful with port 0).
    Result<quint16> listen(
        const QHostAddress& address, quint16 port, const QString& certificatePath = {}, const QString& keyPath = {});
    bool isTls() const { return m_tls; }

    // The child process that runs bots (test widget, evaluate, the deploy's compile). Without one,
    // evaluations answer 500 and a deploy of a project with a bot script fails.
    void setBotRuntime(const BotRuntime& runtime);
    // A pause before each deploy task starts; for tests that must see a deploy in progress.
    void setDeployStartDelay(int milliseconds);

private:
    struct LogContext
    {
        qint64 userId = 0;
        QString login;
        qint64 tokenId = 0;
    };

    void serve(const QHttpServerRequest& request, QHttpServerResponder&& responder);
    // Sends `response` with the headers every answer carries and logs the request's line.
    void answer(QHttpServerResponder&& responder, ApiResponse response, const QByteArray& requestId,
        const QByteArray& method, const QByteArray& path, const QElapsedTimer& timer, const LogContext& log);
    ApiResponse process(const QHttpServerRequest& request, const QByteArray& requestId, LogContext* log);
    ApiResponse runWrite(const ApiRequest& request, const QByteArray& requestId,
        const std::optional<QString>& idempotencyKey, const QByteArray& fingerprint);

    ServerStore& m_store;
    // Before m_handlers, which queues deploys on it.
    std::unique_ptr<DeployRunner> m_deployRunner;
    ApiHandlers m_handlers;
    std::unique_ptr<QHttpServer> m_http;
    bool m_tls = false;
};
