#pragma once

#include "models/Result.h"
#include "server/ApiResponse.h"
#include "server/HttpRequest.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>

#include <functional>
#include <optional>

class QTcpServer;
class HttpConnection;

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

// The HTTP/1.1 side of botvault-server, in front of ApiServer: it accepts the connections (plain, or
// TLS with the whole certificate chain), reads each request head with HttpHeadParser, asks `admit`
// (token and size, docs/API.md's 401 → 413) before it reads a single body byte, then reads the body
// (Content-Length or chunked, never past the admitted limit) and hands the request to `handle`.
// Qt HTTP Server 6.4 was replaced by this because it buffers a whole body before any handler sees
// the request (docs/SERVER.md "The HTTP front").
class HttpFront : public QObject
{
    Q_OBJECT

public:
    struct Admission
    {
        std::optional<ApiResponse> refusal; // sent with the connection closed when a body was announced
        qint64 bodyLimit = 0;
    };
    // Decides on a request whose body has not been read; may fill `request.context`.
    using Admit = std::function<Admission(HttpRequest& request)>;
    using Handle = std::function<void(HttpRequest&& request, HttpResponder responder)>;
    // Completes an error the front itself produces (a framing error, 408, 413 of a chunked body):
    // headers, request id, the log line. `request` holds what could be parsed of it.
    using Finish = std::function<ApiResponse(const HttpRequest& request, ApiResponse&& error)>;

    // A request's head must arrive within this; a body may not stall for longer either.
    static constexpr int kReadTimeoutMs = 30000;
    static constexpr int kIdleTimeoutMs = 60000;
    // After a refusal, what the client still sends is read and dropped for this long, so it sees
    // the answer instead of a reset, then the connection is closed.
    static constexpr int kLingerMs = 2000;
    static constexpr int kMaxConnections = 256;

    HttpFront(Admit admit, Handle handle, Finish finish, QObject* parent = nullptr);
    ~HttpFront() override;

    // TLS when `chain` is not empty: chain.first() is the leaf, the rest is sent with it.
    Result<quint16> listen(
        const QHostAddress& address, quint16 port, const QList<QSslCertificate>& chain = {}, const QSslKey& key = {});

private:
    friend class HttpConnection;
    void accept(qintptr socketDescriptor);

    Admit m_admit;
    Handle m_handle;
    Finish m_finish;
    QList<QSslCertificate> m_chain;
    QSslKey m_key;
    QTcpServer* m_listener = nullptr;
    int m_connections = 0;
};
