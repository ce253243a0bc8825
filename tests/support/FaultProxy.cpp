#include "tests/support/FaultProxy.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace {

struct HttpMessage
{
    qsizetype headerEnd = -1; // index after the blank line
    qsizetype totalLength = -1; // -1 while incomplete or when the length is only known at close
    bool lengthKnown = false;
    QByteArray startLine;
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray header(const QByteArray& name) const
    {
        for (const auto& [key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0) {
                return value;
            }
        }
        return {};
    }
};

// Parses the start line and headers at the front of `buffer`; the body is framed by Content-Length
// (QNetworkAccessManager and Qt HTTP Server both send one; neither sends chunked bodies here).
HttpMessage parseFront(const QByteArray& buffer)
{
    HttpMessage message;
    const qsizetype blank = buffer.indexOf("\r\n\r\n");
    if (blank < 0) {
        return message;
    }
    message.headerEnd = blank + 4;
    const QList<QByteArray> lines = buffer.left(blank).split('\n');
    message.startLine = lines.value(0).trimmed();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0) {
            message.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
    }
    const QByteArray length = message.header("Content-Length");
    if (!length.isEmpty()) {
        message.lengthKnown = true;
        const qsizetype total = message.headerEnd + length.toLongLong();
        if (buffer.size() >= total) {
            message.totalLength = total;
        }
    }
    return message;
}

QByteArray response(int status, const QByteArray& reason, const QList<QByteArray>& extraHeaders, const QByteArray& body,
    qsizetype announcedLength = -1)
{
    QByteArray bytes = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    bytes += "Content-Type: application/json\r\n";
    bytes += "Content-Length: " + QByteArray::number(announcedLength >= 0 ? announcedLength : body.size()) + "\r\n";
    for (const QByteArray& header : extraHeaders) {
        bytes += header + "\r\n";
    }
    bytes += "\r\n" + body;
    return bytes;
}

} // namespace

struct FaultProxy::Connection
{
    QPointer<QTcpSocket> client;
    QByteArray buffer;
    // A request is being answered (forwarded, held or never answered): later bytes wait.
    bool busy = false;
    bool held = false;
};

FaultProxy::FaultProxy(QObject* parent) : QObject(parent), m_server(new QTcpServer(this))
{
    m_clock.start();
    connect(m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
}

FaultProxy::~FaultProxy()
{
    const QList<Connection*> connections = m_connections;
    for (Connection* connection : connections) {
        closeConnection(connection);
    }
}

bool FaultProxy::listen(quint16 targetPort)
{
    m_targetPort = targetPort;
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 FaultProxy::port() const
{
    return m_server->serverPort();
}

QString FaultProxy::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

void FaultProxy::setRandomFaults(quint32 seed, int percent, const QList<Fault>& faults, const QByteArray& pathPart)
{
    setFault(Fault::None);
    m_random.emplace(seed);
    m_randomPercent = percent;
    m_randomFaults = faults;
    m_faultPath = pathPart;
}

int FaultProxy::faultCount(Fault fault) const
{
    return static_cast<int>(std::count_if(
        m_requests.cbegin(), m_requests.cend(), [fault](const Request& request) { return request.fault == fault; }));
}

void FaultProxy::setFault(Fault fault, const QByteArray& pathPart, int skip, int times)
{
    m_random.reset();
    m_fault = fault;
    m_faultPath = pathPart;
    m_faultSkip = skip;
    m_faultTimes = times;
    m_faultMatches = 0;
}

void FaultProxy::dropHeld()
{
    const QList<Connection*> connections = m_connections;
    for (Connection* connection : connections) {
        if (connection->held) {
            closeConnection(connection);
        }
    }
}

QList<FaultProxy::Request> FaultProxy::requestsTo(const QByteArray& pathPart) const
{
    QList<Request> matching;
    for (const Request& request : m_requests) {
        if (request.path.contains(pathPart)) {
            matching.append(request);
        }
    }
    return matching;
}

void FaultProxy::accept()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        auto* connection = new Connection;
        connection->client = socket;
        socket->setParent(this);
        m_connections.append(connection);
        connect(socket, &QTcpSocket::readyRead, this, [this, connection] { readClient(connection); });
        connect(socket, &QTcpSocket::disconnected, this, [this, connection] {
            if (m_connections.contains(connection)) {
                closeConnection(connection);
            }
        });
    }
}

void FaultProxy::readClient(Connection* connection)
{
    if (!connection->client) {
        return;
    }
    const QByteArray bytes = connection->client->readAll();
    m_clientBytes += bytes;
    connection->buffer += bytes;
    while (!connection->busy) {
        const HttpMessage message = parseFront(connection->buffer);
        if (message.headerEnd < 0) {
            return;
        }
        const qsizetype total = message.lengthKnown ? message.totalLength : message.headerEnd;
        if (total < 0) {
            return;
        }
        const QByteArray request = connection->buffer.left(total);
        connection->buffer.remove(0, total);

        const QList<QByteArray> parts = message.startLine.split(' ');
        Request seen;
        seen.method = parts.value(0);
        seen.path = parts.value(1).split('?').value(0);
        seen.idempotencyKey = message.header("Idempotency-Key");
        seen.hadAuthorization = !message.header("Authorization").isEmpty();
        seen.receivedMs = m_clock.elapsed();
        seen.fault = faultFor(seen.path);
        m_requests.append(seen);
        const auto index = static_cast<int>(m_requests.size() - 1);
        Q_EMIT requestReceived(index);
        handle(connection, request, index, seen.fault);
    }
}

FaultProxy::Fault FaultProxy::faultFor(const QByteArray& path)
{
    if (m_random && path.contains(m_faultPath) && !m_randomFaults.isEmpty()) {
        std::uniform_int_distribution<int> percent(0, 99);
        std::uniform_int_distribution<qsizetype> pick(0, m_randomFaults.size() - 1);
        const bool faulty = percent(*m_random) < m_randomPercent;
        const qsizetype which = pick(*m_random);
        return faulty ? m_randomFaults.at(which) : Fault::None;
    }
    if (m_fault == Fault::None || !path.contains(m_faultPath)) {
        return Fault::None;
    }
    const int match = m_faultMatches++;
    if (match < m_faultSkip) {
        return Fault::None;
    }
    if (m_faultTimes >= 0 && match >= m_faultSkip + m_faultTimes) {
        return Fault::None;
    }
    return m_fault;
}

void FaultProxy::handle(Connection* connection, const QByteArray& request, int index, Fault fault)
{
    QTcpSocket* client = connection->client;
    switch (fault) {
    case Fault::None:
        forward(connection, request, index, AnswerPolicy::Pass);
        return;
    case Fault::HoldAnswer:
        forward(connection, request, index, AnswerPolicy::Hold);
        return;
    case Fault::ErrorAfterCommit:
        forward(connection, request, index, AnswerPolicy::ReplaceWithError);
        return;
    case Fault::ResetAfterCommit:
        forward(connection, request, index, AnswerPolicy::Reset);
        return;
    case Fault::ResetBeforeForward:
        // Closed on the next turn of the event loop: readClient() still uses the connection.
        connection->busy = true;
        QTimer::singleShot(0, this, [this, connection] {
            if (m_connections.contains(connection)) {
                closeConnection(connection);
            }
        });
        return;
    case Fault::TooManyRequests:
        client->write(response(429, "Too Many Requests", {"Retry-After: 1"},
            R"({"error":{"code":"rate_limited","message":"Injected by the test proxy.","requestId":"proxy"}})"));
        return;
    case Fault::ServerError:
        client->write(response(500, "Internal Server Error", {},
            R"({"error":{"code":"internal_error","message":"Injected by the test proxy.","requestId":"proxy"}})"));
        return;
    case Fault::ServiceUnavailable:
        client->write(response(503, "Service Unavailable", {"Retry-After: 1"},
            R"({"error":{"code":"unavailable","message":"Injected by the test proxy.","requestId":"proxy"}})"));
        return;
    case Fault::NoAnswer:
        connection->busy = true;
        return;
    case Fault::TruncatedBody: {
        const QByteArray body = R"({"results":[{"index":0,"op":"put","kind":"variable","name":"A","status":"crea)";
        client->write(response(200, "OK", {}, body, body.size() + 200));
        connection->busy = true;
        client->disconnectFromHost();
        return;
    }
    case Fault::MalformedBody:
        client->write(response(200, "OK", {}, R"({"results": [{"index": 0, "status": "created",, ]})"));
        return;
    }
}

void FaultProxy::forward(Connection* connection, const QByteArray& request, int index, AnswerPolicy policy)
{
    connection->busy = true;
    auto* upstream = new QTcpSocket(this);
    auto answer = std::make_shared<QByteArray>();
    auto done = std::make_shared<bool>(false);

    const auto complete = [this, connection, upstream, answer, done, index, policy] {
        *done = true;
        upstream->disconnect(this);
        upstream->abort();
        upstream->deleteLater();
        if (!m_connections.contains(connection) || !connection->client) {
            return;
        }
        switch (policy) {
        case AnswerPolicy::Hold:
            connection->held = true;
            Q_EMIT answerHeld(index);
            return;
        case AnswerPolicy::Reset:
            closeConnection(connection);
            return;
        case AnswerPolicy::ReplaceWithError:
            *answer = response(500, "Internal Server Error", {},
                R"({"error":{"code":"internal_error","message":"Injected by the test proxy.","requestId":"proxy"}})");
            break;
        case AnswerPolicy::Pass:
            break;
        }
        connection->client->write(*answer);
        connection->busy = false;
        readClient(connection);
    };

    connect(upstream, &QTcpSocket::connected, this, [upstream, request] { upstream->write(request); });
    connect(upstream, &QTcpSocket::readyRead, this, [upstream, answer, complete] {
        *answer += upstream->readAll();
        const HttpMessage message = parseFront(*answer);
        if (message.lengthKnown && message.totalLength >= 0) {
            answer->truncate(message.totalLength);
            complete();
        }
    });
    connect(upstream, &QTcpSocket::errorOccurred, this, [this, connection, upstream, answer, done, complete] {
        if (*done) {
            return;
        }
        *answer += upstream->readAll();
        const HttpMessage message = parseFront(*answer);
        // An answer framed by the connection's end is complete now; anything else is a failure the
        // client must see as one, so its connection is cut too.
        if (message.headerEnd >= 0 && !message.lengthKnown) {
            complete();
            return;
        }
        *done = true;
        upstream->disconnect(this);
        upstream->deleteLater();
        if (m_connections.contains(connection)) {
            closeConnection(connection);
        }
    });
    upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
}

void FaultProxy::closeConnection(Connection* connection)
{
    m_connections.removeOne(connection);
    if (connection->client) {
        connection->client->disconnect(this);
        connection->client->abort();
        connection->client->deleteLater();
    }
    delete connection;
}
