#include "server/ApiServer.h"

#include "server/ApiError.h"
#include "server/ChannelHandlers.h"
#include "server/DeployRunner.h"
#include "server/HttpRequest.h"
#include "server/LogText.h"
#include "server/ServerCipher.h"
#include "server/ServerLimits.h"
#include "server/ServerStore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>
#include <utility>

namespace {

constexpr int kPurgeIntervalMs = 60 * 60 * 1000;
// Logged for a request whose client went away before its answer (nginx's "client closed request").
constexpr int kClientClosedRequest = 499;

// What admit() learnt about a request, for the handler and the log line.
struct RequestContext
{
    QByteArray requestId;
    QElapsedTimer timer;
    std::optional<Caller> caller;
};

RequestContext* contextOf(const HttpRequest& request)
{
    return std::any_cast<RequestContext>(const_cast<std::any*>(&request.context));
}

// The token of "Authorization: Bearer <token>": the scheme in any case (RFC 9110 section 11.1), one
// space, one b64token (RFC 6750 section 2.1) and nothing else. Surrounding spaces are not part of a
// header value, but two spaces or a tab after the scheme, or anything after the token, are refused,
// so a proxy and the server never read a different token out of one header.
std::optional<QByteArray> bearerToken(const HttpRequest& request)
{
    static const QRegularExpression form(QStringLiteral("^[Bb][Ee][Aa][Rr][Ee][Rr] ([A-Za-z0-9._~+/-]+=*)$"));
    bool repeated = false;
    const std::optional<QByteArray> authorization = request.single("Authorization", &repeated);
    if (!authorization || repeated) {
        return std::nullopt;
    }
    const QRegularExpressionMatch match = form.match(QString::fromLatin1(*authorization));
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    return match.captured(1).toLatin1();
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

QByteArray requestIdFor(const HttpRequest& request)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    bool repeated = false;
    const std::optional<QByteArray> sent = request.single("X-Request-Id", &repeated);
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
        if (header.first == "ETag" || header.first == "Location" || header.first == "X-Project-Revision") {
            headers.insert(QString::fromLatin1(header.first), QString::fromUtf8(header.second));
        }
    }
    return QJsonDocument(headers).toJson(QJsonDocument::Compact);
}

// One line per request, whatever became of it. The path is logged (item names are not secret and an
// audit needs them); the query, headers and bodies are not. Everything that came from the request
// is escaped (LogText), so no request can end this line or forge another.
void logRequest(
    const HttpRequest& request, const RequestContext& context, int status, qsizetype bytes, const QByteArray& note)
{
    const auto field = [](const QByteArray& text) { return text.isEmpty() ? QByteArray("-") : LogText::escape(text); };
    const std::optional<Caller>& caller = context.caller;
    const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1()
        + " rid=" + context.requestId + ' ' + field(request.method) + ' ' + field(request.path.toUtf8()) + ' '
        + QByteArray::number(status) + ' ' + QByteArray::number(context.timer.elapsed()) + "ms "
        + QByteArray::number(bytes) + "B user="
        + (caller ? QByteArray::number(caller->user.id) + '(' + LogText::escape(caller->user.login.toUtf8()) + ')'
                  : QByteArray("-"))
        + " token=" + (caller ? QByteArray::number(caller->tokenId) : QByteArray("-")) + note + '\n';
    std::fputs(line.constData(), stderr);
    std::fflush(stderr);
}

} // namespace

ApiServer::ApiServer(ServerStore& store, Role secretsAdminRole, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_deployRunner(std::make_unique<DeployRunner>(store))
    , m_handlers(store, secretsAdminRole, *m_deployRunner)
    , m_front(std::make_unique<HttpFront>([this](HttpRequest& request) { return admit(request); },
          [this](HttpRequest&& request, HttpResponder responder) { serve(std::move(request), std::move(responder)); },
          [this](const HttpRequest& request, ApiResponse&& error) { return finish(request, std::move(error)); }))
{
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
    QList<QSslCertificate> chain;
    QSslKey tlsKey;
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
        // The leaf and every intermediate in the file go out in the handshake.
        chain = certificates;
        tlsKey = key;
    }
    const Result<quint16> bound = m_front->listen(address, port, chain, tlsKey);
    m_tls = bound && !chain.isEmpty();
    return bound;
}

HttpFront::Admission ApiServer::admit(HttpRequest& request)
{
    RequestContext context;
    context.timer.start();
    context.requestId = requestIdFor(request);
    request.context = context;

    // 401 first: an unauthenticated caller learns nothing else, and sends no body that is read.
    const std::optional<QByteArray> token = bearerToken(request);
    if (!token) {
        return {finish(request, ApiError::unauthenticated()), 0};
    }
    // Looked up per request, so a token revoked, a token past its expiry or a user disabled while
    // the server runs is refused from the next request on.
    Result<std::optional<Caller>> caller = m_store.findCaller(*token);
    if (!caller) {
        return {finish(request, ApiError::internal()), 0};
    }
    if (!caller.value()) {
        return {finish(request, ApiError::unauthenticated()), 0};
    }
    contextOf(request)->caller = caller.value();
    // 413 on the announced length is the front's, before any body byte is read.
    return {std::nullopt, ApiHandlers::bodyLimit(request.method, request.path)};
}

void ApiServer::serve(HttpRequest&& request, HttpResponder responder)
{
    ApiResponse response = process(request);
    if (!response.deferred) {
        answer(request, &responder, std::move(response));
        return;
    }
    // A bot run answers later while the event loop serves everyone else. The front reads nothing
    // more from this connection until then, so a request pipelined behind it waits its turn.
    struct Pending
    {
        HttpRequest request;
        HttpResponder responder;
        QMetaObject::Connection clientGone;
    };
    request.body.clear();
    auto pending = std::make_shared<Pending>(Pending {std::move(request), responder, {}});
    QObject* connection = responder.connection();
    if (connection != nullptr) {
        // The connection goes when its client does, which ends the run (ChannelHandlers ties the run
        // to it) and leaves nothing to answer; the request still gets its one line, as nginx's 499.
        pending->clientGone = connect(connection, &QObject::destroyed, this, [pending] {
            logRequest(pending->request, *contextOf(pending->request), kClientClosedRequest, 0, " client-gone");
        });
    }
    const auto deferred = std::move(response.deferred);
    deferred(connection, [this, pending](ApiResponse later) {
        if (!pending->responder.isConnected()) {
            return; // logged when the connection goes
        }
        disconnect(pending->clientGone);
        answer(pending->request, &pending->responder, std::move(later));
    });
}

void ApiServer::answer(const HttpRequest& request, HttpResponder* responder, ApiResponse response)
{
    responder->send(finish(request, std::move(response)));
}

ApiResponse ApiServer::finish(const HttpRequest& request, ApiResponse response)
{
    RequestContext fallback;
    RequestContext* context = contextOf(request);
    if (context == nullptr) {
        // A request refused before it could be parsed: it gets a request id all the same.
        fallback.timer.start();
        fallback.requestId = ServerCipher::randomBytes(5).toHex();
        context = &fallback;
    }
    const bool replayed = std::any_of(response.headers.cbegin(), response.headers.cend(),
        [](const auto& header) { return header.first == "Idempotency-Replayed"; });
    // A replay repeats the recorded body exactly, the first request's id included.
    if (!replayed) {
        stampRequestId(&response, context->requestId);
    }
    response.headers.prepend({QByteArrayLiteral("X-Request-Id"), context->requestId});
    response.headers.prepend({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")});

    logRequest(request, *context, response.status, response.body.size(), replayed ? " replayed" : "");
    return response;
}

ApiResponse ApiServer::process(const HttpRequest& request)
{
    ApiRequest apiRequest;
    apiRequest.method = request.method;
    apiRequest.path = request.path;
    apiRequest.query = request.query;
    apiRequest.caller = *contextOf(request)->caller;
    apiRequest.requestId = QString::fromLatin1(contextOf(request)->requestId);
    const bool isWrite = apiRequest.method == "POST" || apiRequest.method == "PUT" || apiRequest.method == "DELETE";
    bool repeated = false;

    apiRequest.body = request.body;

    // 415: writes that carry a body must say it is JSON in UTF-8, and not compressed.
    const std::optional<QByteArray> encoding = request.single("Content-Encoding", &repeated);
    if (encoding && encoding->trimmed().toLower() != "identity") {
        return ApiError::unsupportedMediaType();
    }
    if (apiRequest.method == "POST" || apiRequest.method == "PUT") {
        const std::optional<QByteArray> contentType = request.single("Content-Type", &repeated);
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
    apiRequest.ifMatch = request.single("If-Match", &repeated);
    apiRequest.ifNoneMatch = request.single("If-None-Match", &repeated);
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
    const std::optional<QByteArray> key = request.single("Idempotency-Key", &repeated);
    std::optional<QString> idempotencyKey;
    QByteArray fingerprint;
    if (key) {
        if (repeated || !isValidIdempotencyKey(*key)) {
            return ApiError::malformed(
                QStringLiteral("The Idempotency-Key header must be 1 to 255 characters from '!' to '~'."),
                QStringLiteral("Idempotency-Key"));
        }
        idempotencyKey = QString::fromLatin1(*key);
        const QUrl url = QUrl::fromEncoded(QByteArrayLiteral("http://localhost") + request.target);
        fingerprint = m_store.fingerprint(
            apiRequest.method, url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority), apiRequest.body);
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
    return runWrite(apiRequest, contextOf(request)->requestId, idempotencyKey, fingerprint);
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
