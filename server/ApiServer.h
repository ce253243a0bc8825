#pragma once

#include "models/Result.h"
#include "models/Role.h"
#include "server/ApiHandlers.h"
#include "server/ApiResponse.h"
#include "server/BotRuntime.h"
#include "server/HttpFront.h"

#include <QHostAddress>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class DeployRunner;
class ServerStore;

// The HTTP side of the reference server, behind HttpFront (which parses HTTP and reads no body before
// admit() has accepted its token and size): authenticates every request, enforces the body limits and
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
    // Before the body is read: 401 for a missing, malformed, unknown, revoked or expired token or a
    // disabled user; the body limit of the endpoint. Records the caller in request.context.
    HttpFront::Admission admit(HttpRequest& request);
    // Answers at once, or keeps the responder for a deferred response (a bot run) and answers when
    // the run ends.
    void serve(HttpRequest&& request, HttpResponder responder);
    // Sends `response` through finish(): the headers every response carries and the log line.
    void answer(const HttpRequest& request, HttpResponder* responder, ApiResponse response);
    // The headers every response carries, the request id in an error body, and the log line.
    ApiResponse finish(const HttpRequest& request, ApiResponse response);
    ApiResponse process(const HttpRequest& request);
    ApiResponse runWrite(const ApiRequest& request, const QByteArray& requestId,
        const std::optional<QString>& idempotencyKey, const QByteArray& fingerprint);

    ServerStore& m_store;
    // Before m_handlers, which queues deploys on it.
    std::unique_ptr<DeployRunner> m_deployRunner;
    ApiHandlers m_handlers;
    std::unique_ptr<HttpFront> m_front;
    bool m_tls = false;
};
