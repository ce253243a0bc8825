#include "server/ApiServer.h"

#include "server/ApiError.h"
#include "server/ChannelHandlers.h"
#include "server/DeployRunner.h"
#include "server/ServerCipher.h"
#include "server/ServerLimits.h"
#include "server/ServerStore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>

namespace {

constexpr int kPurgeIntervalMs = 60 * 60 * 1000;

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        break;
    }
    return "OTHER";
}

// Every value of a header, matched without regard to case.
QByteArrayList headerValues(const QHttpServerRequest& request, const QByteArray& name)
{
    QByteArrayList values;
    const QByteArray wanted = name.toLower();
    for (const auto& header : request.headers()) {
        if (header.first.toLower() == wanted) {
            values.append(header.second);
        }
    }
    return values;
}

std::optional<QByteArray> singleHeader(const QHttpServerRequest& request, const QByteArray& name, bool* repeated)
{
    const QByteArrayList values = headerValues(request, name);
    if (values.size() > 1) {
        *repeated = true;
    }
    if (values.isEmpty()) {
        return std::nullopt;
    }
    return values.first();
}

bool isJsonContentType(const QByteArray& contentType)
{
    const QByteArrayList parts = contentType.split(';');
    if (parts.first().trimmed().toLower() != "application/json") {
        return false;
    }
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray parameter = parts.at(i).trimmed().toLower();
        if (parameter.startsWith("charset=")) {
            QByteArray charset = parameter.mid(8);
            if (charset.startsWith('"') && charset.endsWith('"') && charset.size() >= 2) {
                charset = charset.mid(1, charset.size() - 2);
            }
            if (charset != "utf-8" && charset != "utf8") {
                return false;
            }
        }
    }
    return true;
}

bool isBotScriptPath(const QString& path)
{
    static const QRegularExpression route(QStringLiteral("^/api/v1/projects/[^/]+/bot-script$"));
    return route.match(path).hasMatch();
}

// application/javascript or text/javascript, in UTF-8 when a charset is named.
bool isJavaScriptContentType(const QByteArray& contentType)
{
    const QByteArrayList parts = contentType.split(';');
    const QByteArray type = parts.first().trimmed().toLower();
    if (type != "application/javascript" && type != "text/javascript") {
        return false;
    }
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray parameter = parts.at(i).trimmed().toLower();
        if (parameter.startsWith("charset=")) {
            QByteArray charset = parameter.mid(8);
            if (charset.startsWith('"') && charset.endsWith('"') && charset.size() >= 2) {
                charset = charset.mid(1, charset.size() - 2);
            }
            if (charset != "utf-8" && charset != "utf8") {
                return false;
            }
        }
    }
    return true;
}

bool isValidIdempotencyKey(const QByteArray& key)
{
    if (key.isEmpty() || key.size() > ServerLimits::kMaxIdempotencyKeyLength) {
        return false;
    }
    return std::all_of(key.cbegin(), key.cend(), [](char c) { return c >= 0x21 && c <= 0x7E; });
}

QByteArray requestIdFor(const QHttpServerRequest& request)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    bool repeated = false;
    const std::optional<QByteArray> sent = singleHeader(request, "X-Request-Id", &repeated);
    if (sent && !repeated && allowed.match(QString::fromLatin1(*sent)).hasMatch()) {
        return *sent;
    }
    return ServerCipher::randomBytes(5).toHex();
}

// Adds "requestId" to an error body, as docs/API.md asks of every error.
void stampRequestId(ApiResponse* response, const QByteArray& requestId)
{
    if (response->status < 400) {
        return;
    }
    QJsonObject root = QJsonDocument::fromJson(response->body).object();
    QJsonObject error = root.value(QStringLiteral("error")).toObject();
    error.insert(QStringLiteral("requestId"), QString::fromLatin1(requestId));
    root.insert(QStringLiteral("error"), error);
    response->body = QJsonDocument(root).toJson(QJsonDocument::Compact);
}

// Results that docs/API.md records for a key: the request's effect (or lack of one) is final.
bool isRecordedStatus(int status)
{
    return (status >= 200 && status < 300) || status == 400 || status == 404 || status == 412 || status == 422;
}

QByteArray headersJson(const ApiResponse& response)
{
    QJsonObject headers;
    for (const auto& header : response.headers) {
        if (header.first == "ETag" || header.first == "Location") {
            headers.insert(QString::fromLatin1(header.first), QString::fromUtf8(header.second));
        }
    }
    return QJsonDocument(headers).toJson(QJsonDocument::Compact);
}

} // namespace

ApiServer::ApiServer(ServerStore& store, Role secretsAdminRole, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_deployRunner(std::make_unique<DeployRunner>(store))
    , m_handlers(store, secretsAdminRole, *m_deployRunner)
    , m_http(std::make_unique<QHttpServer>())
{
    m_http->setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        serve(request, std::move(responder));
    });
    // Expired keys are ignored when looked up; purging them keeps the table from growing forever.
    const auto purge = [this] {
        if (Result<void> purged = m_store.purgeExpiredIdempotencyRecords(); !purged) {
            std::fprintf(stderr, "%s\n", purged.message().toUtf8().constData());
        }
        if (Result<void> purged = m_store.purgeExpiredTasks(); !purged) {
            std::fprintf(stderr, "%s\n", purged.message().toUtf8().constData());
        }
    };
    purge();
    auto* timer = new QTimer(this);
    timer->setInterval(kPurgeIntervalMs);
    connect(timer, &QTimer::timeout, this, purge);
    timer->start();
    // Deploys a stop interrupted run again, on the event loop once it is running.
    m_deployRunner->resumeUnfinished();
}

void ApiServer::setBotRuntime(const BotRuntime& runtime)
{
    m_deployRunner->setRuntime(runtime);
    m_handlers.channels().setRuntime(runtime);
}

void ApiServer::setDeployStartDelay(int milliseconds)
{
    m_deployRunner->setStartDelay(milliseconds);
}

ApiServer::~ApiServer() = default;

Result<quint16> ApiServer::listen(
    const QHostAddress& address, quint16 port, const QString& certificatePath, const QString& keyPath)
{
    if (certificatePath.isEmpty() != keyPath.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("Give both --cert and --key for HTTPS, or neither."));
    }
    if (certificatePath.isEmpty()) {
        if (!address.isLoopback()) {
            return makeError(ErrorCode::InvalidInput,
                QStringLiteral("Plain HTTP is served only on a loopback address (127.0.0.1 or ::1). Give "
                               "--cert and --key to serve HTTPS on %1.")
                    .arg(address.toString()));
        }
    } else {
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certificatePath, QSsl::Pem);
        QFile keyFile(keyPath);
        if (certificates.isEmpty()) {
            return makeError(ErrorCode::InvalidInput,
                QStringLiteral("Could not read a PEM certificate from '%1'.").arg(certificatePath));
        }
        if (!keyFile.open(QIODevice::ReadOnly)) {
            return makeError(ErrorCode::Io, QStringLiteral("Could not read the key file '%1'.").arg(keyPath));
        }
        const QByteArray keyPem = keyFile.readAll();
        QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull()) {
            key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        }
        if (key.isNull()) {
            return makeError(ErrorCode::InvalidInput,
                QStringLiteral("Could not read an unencrypted RSA or EC private key from '%1'.").arg(keyPath));
        }
        m_http->sslSetup(certificates.first(), key, QSsl::TlsV1_2OrLater);
        m_tls = true;
    }
    const quint16 bound = m_http->listen(address, port);
    if (bound == 0) {
        return makeError(ErrorCode::Io,
            QStringLiteral("Could not listen on %1 port %2. Is another server using it?")
                .arg(address.toString())
                .arg(port));
    }
    return bound;
}

void ApiServer::serve(const QHttpServerRequest& request, QHttpServerResponder&& responder)
{
    QElapsedTimer timer;
    timer.start();
    const QByteArray requestId = requestIdFor(request);
    LogContext log;
    ApiResponse response = process(request, requestId, &log);
    const QByteArray method = methodName(request.method());
    const QByteArray path = request.url().path().toUtf8();
    if (response.deferred) {
        // A bot run answers later while the event loop serves everyone else. As Qt's own
        // QHttpServerFutureResponse does, the responder is kept until then; Qt deletes the socket
        // when the client goes away, which ends the run and leaves nothing to answer.
        auto held = std::make_shared<std::optional<QHttpServerResponder>>(std::move(responder));
        const QPointer<QTcpSocket> connection = (*held)->socket();
        const auto deferred = std::move(response.deferred);
        deferred(connection.data(), [this, held, connection, timer, requestId, method, path, log](ApiResponse later) {
            // A socket whose client has gone is closed before Qt deletes it: nothing to answer.
            if (connection && connection->isOpen() && held->has_value()) {
                answer(std::move(**held), std::move(later), requestId, method, path, timer, log);
                held->reset();
            }
        });
        return;
    }
    answer(std::move(responder), std::move(response), requestId, method, path, timer, log);
}

void ApiServer::answer(QHttpServerResponder&& responder, ApiResponse response, const QByteArray& requestId,
    const QByteArray& method, const QByteArray& path, const QElapsedTimer& timer, const LogContext& log)
{
    const bool replayed = std::any_of(response.headers.cbegin(), response.headers.cend(),
        [](const auto& header) { return header.first == "Idempotency-Replayed"; });
    // A replay repeats the recorded body exactly, the first request's id included.
    if (!replayed) {
        stampRequestId(&response, requestId);
    }

    const auto status = static_cast<QHttpServerResponder::StatusCode>(response.status);
    QHttpServerResponse reply = response.body.isEmpty()
        ? QHttpServerResponse(status)
        : QHttpServerResponse(response.contentType, response.body, status);
    reply.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    reply.addHeader(QByteArrayLiteral("X-Request-Id"), requestId);
    for (const auto& header : response.headers) {
        reply.addHeader(header.first, header.second);
    }
    reply.write(std::move(responder));

    // One line per request. The path is logged (item names are not secret and an audit needs them);
    // the query, headers and bodies are not.
    const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1() + " rid=" + requestId
        + ' ' + method + ' ' + path + ' ' + QByteArray::number(response.status) + ' '
        + QByteArray::number(timer.elapsed()) + "ms " + QByteArray::number(response.body.size()) + "B user="
        + (log.userId != 0 ? QByteArray::number(log.userId) + '(' + log.login.toUtf8() + ')' : QByteArray("-"))
        + " token=" + (log.tokenId != 0 ? QByteArray::number(log.tokenId) : QByteArray("-"))
        + (replayed ? " replayed" : "") + '\n';
    std::fputs(line.constData(), stderr);
    std::fflush(stderr);
}

ApiResponse ApiServer::process(const QHttpServerRequest& request, const QByteArray& requestId, LogContext* log)
{
    // 401 first: an unauthenticated caller learns nothing else.
    bool repeated = false;
    const std::optional<QByteArray> authorization = singleHeader(request, "Authorization", &repeated);
    if (!authorization || repeated || !authorization->startsWith("Bearer ")) {
        return ApiError::unauthenticated();
    }
    const QByteArray token = authorization->mid(7).trimmed();
    if (token.isEmpty()) {
        return ApiError::unauthenticated();
    }
    Result<std::optional<Caller>> caller = m_store.findCaller(token);
    if (!caller) {
        return ApiError::internal();
    }
    if (!caller.value()) {
        return ApiError::unauthenticated();
    }
    log->userId = caller.value()->user.id;
    log->login = caller.value()->user.login;
    log->tokenId = caller.value()->tokenId;

    ApiRequest apiRequest;
    apiRequest.method = methodName(request.method());
    apiRequest.path = request.url().path();
    apiRequest.query = request.query();
    apiRequest.caller = *caller.value();
    const bool isWrite = apiRequest.method == "POST" || apiRequest.method == "PUT" || apiRequest.method == "DELETE";

    // 413: the declared length and the body that arrived.
    const qint64 limit = ApiHandlers::bodyLimit(apiRequest.method, apiRequest.path);
    const std::optional<QByteArray> contentLength = singleHeader(request, "Content-Length", &repeated);
    if ((contentLength && contentLength->trimmed().toLongLong() > limit) || request.body().size() > limit) {
        return ApiError::payloadTooLarge(limit);
    }
    apiRequest.body = request.body();

    // 415: writes that carry a body must say it is JSON in UTF-8, and not compressed.
    const std::optional<QByteArray> encoding = singleHeader(request, "Content-Encoding", &repeated);
    if (encoding && encoding->trimmed().toLower() != "identity") {
        return ApiError::unsupportedMediaType();
    }
    if (apiRequest.method == "POST" || apiRequest.method == "PUT") {
        const std::optional<QByteArray> contentType = singleHeader(request, "Content-Type", &repeated);
        if (isBotScriptPath(apiRequest.path)) {
            if (!contentType || !isJavaScriptContentType(*contentType)) {
                return ApiError::make(415, "unsupported_media_type",
                    QStringLiteral("The bot script must be sent as 'Content-Type: application/javascript' (or "
                                   "text/javascript) in UTF-8."));
            }
        } else if (!contentType || !isJsonContentType(*contentType)) {
            return ApiError::unsupportedMediaType();
        }
    }

    repeated = false;
    apiRequest.ifMatch = singleHeader(request, "If-Match", &repeated);
    apiRequest.ifNoneMatch = singleHeader(request, "If-None-Match", &repeated);
    if (repeated) {
        return ApiError::malformed(QStringLiteral("Send one If-Match or If-None-Match header with one entity tag."));
    }

    // Evaluations change nothing: no transaction (a run may take 2 s and must not hold the write
    // lock) and no idempotency record (a reply is never kept on disk).
    if (!isWrite || ChannelHandlers::isEvaluation(apiRequest.method, apiRequest.path)) {
        return m_handlers.handle(apiRequest);
    }

    // Idempotency: a known key answers before any later check.
    repeated = false;
    const std::optional<QByteArray> key = singleHeader(request, "Idempotency-Key", &repeated);
    std::optional<QString> idempotencyKey;
    QByteArray fingerprint;
    if (key) {
        if (repeated || !isValidIdempotencyKey(*key)) {
            return ApiError::malformed(
                QStringLiteral("The Idempotency-Key header must be 1 to 255 characters from '!' to '~'."),
                QStringLiteral("Idempotency-Key"));
        }
        idempotencyKey = QString::fromLatin1(*key);
        fingerprint = m_store.fingerprint(
            apiRequest.method, request.url().toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority), apiRequest.body);
        Result<std::optional<IdempotencyRecord>> record
            = m_store.idempotencyRecord(apiRequest.caller.user.id, *idempotencyKey);
        if (!record) {
            return ApiError::internal();
        }
        if (record.value()) {
            if (record.value()->fingerprint != fingerprint) {
                return ApiError::make(422, "idempotency_key_reused",
                    QStringLiteral("This Idempotency-Key was used before for another method, path "
                                   "or body; nothing was done. Use a new key for a new request."));
            }
            ApiResponse replay {record.value()->status, record.value()->body, {}};
            const QJsonObject headers = QJsonDocument::fromJson(record.value()->headers).object();
            for (auto it = headers.constBegin(); it != headers.constEnd(); ++it) {
                replay.withHeader(it.key().toLatin1(), it.value().toString().toUtf8());
            }
            return replay.withHeader(QByteArrayLiteral("Idempotency-Replayed"), QByteArrayLiteral("true"));
        }
    }
    return runWrite(apiRequest, requestId, idempotencyKey, fingerprint);
}

ApiResponse ApiServer::runWrite(const ApiRequest& request, const QByteArray& requestId,
    const std::optional<QString>& idempotencyKey, const QByteArray& fingerprint)
{
    // One request is one transaction: the change and its idempotency record land together, and a
    // failed request leaves nothing behind.
    if (!m_store.begin()) {
        return ApiError::internal();
    }
    ApiResponse response = m_handlers.handle(request);
    if (response.status >= 300) {
        m_store.rollback();
        if (!m_store.begin()) {
            return ApiError::internal();
        }
    }
    if (idempotencyKey && isRecordedStatus(response.status)) {
        // The request id goes into the recorded body now, so a replay repeats it exactly.
        stampRequestId(&response, requestId);
        IdempotencyRecord record {fingerprint, response.status, headersJson(response), response.body};
        if (!m_store.saveIdempotencyRecord(request.caller.user.id, *idempotencyKey, record)) {
            m_store.rollback();
            return ApiError::internal();
        }
    }
    if (!m_store.commit()) {
        m_store.rollback();
        return ApiError::internal();
    }
    return response;
}
