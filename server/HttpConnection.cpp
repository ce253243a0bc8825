#include "server/HttpConnection.h"

#include "server/ApiError.h"
#include "server/HttpHeadParser.h"

#include <QSslSocket>
#include <QTcpSocket>

#include <algorithm>
#include <sys/socket.h>

namespace {

// What the socket buffers ahead of the parser; the kernel's window holds the rest back.
constexpr qint64 kReadBufferBytes = 64 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 412:
        return "Precondition Failed";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 417:
        return "Expectation Failed";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        break;
    }
    return "Status";
}

ApiResponse frameError(int status, const QString& message, qint64 bodyLimit)
{
    switch (status) {
    case 413:
        return ApiError::payloadTooLarge(bodyLimit);
    case 408:
        return ApiError::make(408, "request_timeout",
            QStringLiteral("The request did not arrive within %1 seconds; send it again.")
                .arg(HttpTimeouts::kReadMs / 1000));
    case 417:
        return ApiError::make(417, "expectation_failed", message);
    case 431:
        return ApiError::make(431, "headers_too_large", message);
    case 505:
        return ApiError::make(505, "http_version_not_supported", message);
    default:
        break;
    }
    return ApiError::malformed(message);
}

} // namespace

HttpConnection::HttpConnection(const HttpCallbacks& callbacks, QTcpSocket* socket, QObject* parent)
    : QObject(parent), m_callbacks(callbacks), m_socket(socket)
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(kReadBufferBytes);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    connect(m_socket, &QIODevice::readyRead, this, &HttpConnection::processInput);
    connect(m_socket, &QIODevice::bytesWritten, this, &HttpConnection::onBytesWritten);
    if (auto* tls = qobject_cast<QSslSocket*>(m_socket)) {
        connect(tls, &QSslSocket::encryptedBytesWritten, this, &HttpConnection::onBytesWritten);
        // A failed handshake ends the connection; nothing was asked, so nothing is answered.
        connect(tls, &QSslSocket::sslErrors, this, [this] { close(); });
    }
    connect(m_socket, &QAbstractSocket::disconnected, this, &HttpConnection::close);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::SocketTimeoutError) {
            close();
        }
    });
    armTimer(HttpTimeouts::kReadMs);
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::armTimer(int milliseconds)
{
    m_timer.start(milliseconds);
}

void HttpConnection::processInput()
{
    // A handler that answers at once re-enters through respond(); the loop below picks up from there.
    if (m_processing) {
        return;
    }
    m_processing = true;
    State before;
    do {
        before = m_state;
        switch (m_state) {
        case State::Head:
            readHead();
            break;
        case State::Body:
            readBody();
            break;
        case State::Lingering:
            while (m_socket->bytesAvailable() > 0) {
                m_socket->skip(m_socket->bytesAvailable());
            }
            break;
        case State::Handling:
        case State::Closed:
            break;
        }
    } while (m_state != before && m_state != State::Closed);
    m_processing = false;
}

void HttpConnection::readHead()
{
    const qint64 room = HttpHeadParser::kMaxHeadBytes + 4 - m_buffer.size();
    if (room > 0 && m_socket->bytesAvailable() > 0) {
        m_buffer.append(m_socket->read(room));
    }
    // Empty lines before a request line are allowed (RFC 9112 section 2.2).
    while (m_buffer.startsWith("\r\n")) {
        m_buffer.remove(0, 2);
    }
    if (m_buffer.isEmpty()) {
        return;
    }
    if (!m_timer.isActive() || m_timer.interval() != HttpTimeouts::kReadMs) {
        armTimer(HttpTimeouts::kReadMs);
    }
    m_request = HttpRequest();
    // A head ends at CRLF CRLF; a bare LF LF ends it too, and the parser refuses it at once.
    qsizetype end = m_buffer.indexOf("\r\n\r\n");
    end = end < 0 ? -1 : end + 4;
    if (const qsizetype bare = m_buffer.indexOf("\n\n"); bare >= 0 && (end < 0 || bare + 2 < end)) {
        end = bare + 2;
    }
    if (end < 0) {
        if (m_buffer.size() > HttpHeadParser::kMaxHeadBytes) {
            refuse(frameError(431, QStringLiteral("The request line and headers are over 16 KiB."), 0));
        }
        return;
    }
    HttpHeadParser::Outcome outcome = HttpHeadParser::parse(m_buffer.left(end));
    m_buffer.remove(0, end);
    m_request = std::move(outcome.request);
    if (outcome.status != 0) {
        refuse(frameError(outcome.status, outcome.message, 0));
        return;
    }
    HttpAdmission admission = m_callbacks.admit(m_request);
    if (admission.refusal) {
        // The body (if any) is never read: the connection closes after the answer.
        write(*admission.refusal, m_request.hasBody() || !m_request.keepAlive);
        return;
    }
    m_bodyLimit = admission.bodyLimit;
    if (m_request.framing == HttpRequest::Framing::Length && m_request.contentLength > m_bodyLimit) {
        refuse(frameError(413, {}, m_bodyLimit));
        return;
    }
    if (!m_request.hasBody()) {
        bodyComplete();
        return;
    }
    if (m_request.framing == HttpRequest::Framing::Chunked) {
        m_chunked.emplace(m_bodyLimit);
    }
    if (m_request.expectsContinue) {
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    }
    m_state = State::Body;
}

void HttpConnection::readBody()
{
    bool progress = false;
    if (m_request.framing == HttpRequest::Framing::Length) {
        const qint64 missing = m_request.contentLength - m_request.body.size();
        const qint64 fromBuffer = std::min<qint64>(missing, m_buffer.size());
        if (fromBuffer > 0) {
            m_request.body.append(m_buffer.left(fromBuffer));
            m_buffer.remove(0, fromBuffer);
            progress = true;
        }
        const qint64 stillMissing = m_request.contentLength - m_request.body.size();
        if (stillMissing > 0 && m_socket->bytesAvailable() > 0) {
            m_request.body.append(m_socket->read(stillMissing));
            progress = true;
        }
        if (m_request.body.size() == m_request.contentLength) {
            bodyComplete();
            return;
        }
    } else {
        if (m_socket->bytesAvailable() > 0) {
            m_buffer.append(m_socket->read(kReadBufferBytes));
            progress = true;
        }
        const ChunkedBodyReader::State state = m_chunked->feed(&m_buffer, &m_request.body);
        if (state == ChunkedBodyReader::State::Failed) {
            refuse(frameError(m_chunked->failureStatus(), m_chunked->failureMessage(), m_bodyLimit));
            return;
        }
        if (state == ChunkedBodyReader::State::Done) {
            bodyComplete();
            return;
        }
    }
    if (progress) {
        armTimer(HttpTimeouts::kReadMs);
    }
}

void HttpConnection::bodyComplete()
{
    m_timer.stop();
    m_chunked.reset();
    m_state = State::Handling;
    HttpRequest request = std::move(m_request);
    m_request = HttpRequest();
    m_request.keepAlive = request.keepAlive;
    m_request.method = request.method;
    m_callbacks.handle(std::move(request), HttpResponder(this));
}

void HttpConnection::respond(const ApiResponse& response)
{
    if (m_state != State::Handling) {
        return;
    }
    write(response, !m_request.keepAlive);
}

void HttpConnection::refuse(ApiResponse error)
{
    write(m_callbacks.finish(m_request, std::move(error)), true);
}

void HttpConnection::write(const ApiResponse& response, bool close)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto& header : response.headers) {
        out += header.first + ": " + header.second + "\r\n";
    }
    if (!response.body.isEmpty()) {
        out += "Content-Type: " + response.contentType + "\r\n";
    }
    if (response.status != 204) {
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    }
    if (close) {
        out += "Connection: close\r\n";
    }
    out += "\r\n";
    if (m_request.method != "HEAD") {
        out += response.body;
    }
    m_socket->write(out);
    if (close) {
        m_buffer.clear();
        m_closeAfterWrite = true;
        m_state = State::Lingering;
        // A backstop for a client that never reads the answer.
        armTimer(HttpTimeouts::kReadMs);
        onBytesWritten();
    } else {
        m_state = State::Head;
        armTimer(HttpTimeouts::kIdleMs);
        // Pipelined requests already read, or waiting in the socket.
        QMetaObject::invokeMethod(this, &HttpConnection::processInput, Qt::QueuedConnection);
    }
}

void HttpConnection::onBytesWritten()
{
    if (!m_closeAfterWrite || m_socket->bytesToWrite() > 0) {
        return;
    }
    auto* tls = qobject_cast<QSslSocket*>(m_socket);
    if (tls && tls->encryptedBytesToWrite() > 0) {
        return;
    }
    m_closeAfterWrite = false;
    // The answer is out: a FIN tells the client so, while what it still sends is dropped for a
    // moment (closing with unread data would reset the connection, and a reset can discard the
    // answer before the client reads it).
    if (!tls) {
        ::shutdown(static_cast<int>(m_socket->socketDescriptor()), SHUT_WR);
    }
    armTimer(HttpTimeouts::kLingerMs);
    processInput();
}

void HttpConnection::onTimeout()
{
    switch (m_state) {
    case State::Head:
        if (m_buffer.isEmpty()) {
            close();
        } else {
            refuse(frameError(408, {}, 0));
        }
        break;
    case State::Body:
        refuse(frameError(408, {}, 0));
        break;
    case State::Lingering:
        close();
        break;
    case State::Handling:
    case State::Closed:
        break;
    }
}

void HttpConnection::close()
{
    if (m_state == State::Closed) {
        return;
    }
    m_state = State::Closed;
    m_timer.stop();
    m_socket->abort();
    deleteLater();
}

HttpResponder::HttpResponder(HttpConnection* connection) : m_connection(connection) { }

void HttpResponder::send(const ApiResponse& response)
{
    if (HttpConnection* connection = m_connection.data()) {
        m_connection.clear();
        connection->respond(response);
    }
}

bool HttpResponder::isConnected() const
{
    return !m_connection.isNull() && m_connection->isOpen();
}

QObject* HttpResponder::connection() const
{
    return m_connection.data();
}
