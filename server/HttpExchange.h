#pragma once

#include "server/ApiResponse.h"
#include "server/HttpRequest.h"

#include <QPointer>

#include <functional>
#include <optional>

class HttpConnection;
class QObject;

// What HttpFront and its connections share: the callbacks a request goes through, the timeouts and
// the responder that answers a request.

// Answers one request: the handler may keep it and answer later (the connection reads nothing more
// until then, so requests pipelined behind it are answered in order). Sending twice, or after the
// client went away, does nothing.
class HttpResponder
{
public:
    HttpResponder() = default;
    explicit HttpResponder(HttpConnection* connection);
    void send(const ApiResponse& response);
    // False once answered, and once the client has gone (its connection is closed or deleted).
    bool isConnected() const;
    // The request's connection, deleted when its client goes away: work done for the request can
    // follow its destroyed() signal and end with it. Null once the connection is gone.
    QObject* connection() const;

private:
    QPointer<HttpConnection> m_connection;
};

struct HttpAdmission
{
    std::optional<ApiResponse> refusal; // sent with the connection closed when a body was announced
    qint64 bodyLimit = 0;
};

struct HttpCallbacks
{
    // Decides on a request whose body has not been read; may fill `request.context`.
    using Admit = std::function<HttpAdmission(HttpRequest& request)>;
    using Handle = std::function<void(HttpRequest&& request, HttpResponder responder)>;
    // Completes an error the front itself produces (a framing error, 408, 413 of a chunked body):
    // headers, request id, the log line. `request` holds what could be parsed of it.
    using Finish = std::function<ApiResponse(const HttpRequest& request, ApiResponse&& error)>;

    Admit admit;
    Handle handle;
    Finish finish;
};

namespace HttpTimeouts {
// A request's head must arrive within this; a body may not stall for longer either.
constexpr int kReadMs = 30000;
constexpr int kIdleMs = 60000;
// After a refusal, what the client still sends is read and dropped for this long, so it sees the
// answer instead of a reset, then the connection is closed.
constexpr int kLingerMs = 2000;
} // namespace HttpTimeouts
