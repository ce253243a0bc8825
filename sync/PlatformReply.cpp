#include "sync/PlatformReply.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>

namespace {

int defaultPort(const QUrl& url)
{
    return url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
}

// Scheme, host and port: the only place the token may go (docs/API.md, "Client behaviour").
bool sameOrigin(const QUrl& a, const QUrl& b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && defaultPort(a) == defaultPort(b);
}

// The origin alone: enough to say where something went, and a redirect's path or query never
// reaches a message.
QString originText(const QUrl& url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
        .toDisplayString();
}

// The server's text goes into a message box as it is; a hostile or broken server must not fill
// the screen with it.
QString shownServerText(const QString& text, qsizetype limit)
{
    QString shown = text.simplified();
    if (shown.size() > limit) {
        shown.truncate(limit);
        shown.append(QChar(0x2026));
    }
    return shown;
}

bool isRetryableStatus(int status, const QString& errorCode)
{
    switch (status) {
    case 408:
    case 429:
    case 500:
    case 502:
    case 503:
    case 504:
        return true;
    case 409:
        // The same key is still being processed: asking again later gets the recorded result.
        return errorCode == QLatin1String("idempotency_key_in_use");
    default:
        return false;
    }
}

ErrorCode errorCodeForStatus(int status, const QString& errorCode)
{
    switch (status) {
    case 401:
    case 403:
        return ErrorCode::PermissionDenied;
    case 404:
        return ErrorCode::NotFound;
    case 409:
        return errorCode == QLatin1String("already_exists") ? ErrorCode::AlreadyExists : ErrorCode::InvalidInput;
    case 408:
    case 429:
        return ErrorCode::Io;
    default:
        return status >= 500 ? ErrorCode::Io : ErrorCode::InvalidInput;
    }
}

std::optional<qint64> revisionFromEtag(const QByteArray& etag)
{
    // Only a strong tag holding a decimal revision; a weak tag says nothing exact.
    if (etag.size() < 3 || !etag.startsWith('"') || !etag.endsWith('"')) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 revision = etag.mid(1, etag.size() - 2).toLongLong(&ok);
    if (!ok || revision < 1) {
        return std::nullopt;
    }
    return revision;
}

// A plain decimal of 0 or more (0: nothing written yet); anything else says nothing.
std::optional<qint64> projectRevisionFrom(const QByteArray& header)
{
    const QByteArray digits = header.trimmed();
    if (digits.isEmpty() || digits.size() > 16
        || !std::all_of(digits.cbegin(), digits.cend(), [](char c) { return c >= '0' && c <= '9'; })) {
        return std::nullopt;
    }
    return digits.toLongLong();
}

} // namespace

PlatformReply::PlatformReply(Setup setup, PlatformRequest request, QObject* parent)
    : QObject(parent)
    , m_setup(std::move(setup))
    , m_request(std::move(request))
    , m_retryTimer(new QTimer(this))
    , m_deadlineTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    m_deadlineTimer->setSingleShot(true);
    // A coarse timer may fire up to 5 % early, and a retry must never come before Retry-After.
    m_retryTimer->setTimerType(Qt::PreciseTimer);
    m_deadlineTimer->setTimerType(Qt::PreciseTimer);
    connect(m_retryTimer, &QTimer::timeout, this, &PlatformReply::startAttempt);
    connect(m_deadlineTimer, &QTimer::timeout, this, &PlatformReply::onDeadline);
}

PlatformReply::~PlatformReply()
{
    abortNetworkReply();
    // Best effort: Qt's request objects keep copies of the header we cannot reach.
    m_setup.authorization.fill('\0');
}

Result<PlatformResponse> PlatformReply::result() const
{
    if (m_error) {
        return *m_error;
    }
    if (!m_finished) {
        return makeError(
            ErrorCode::Internal, QCoreApplication::translate("PlatformClient", "The request has not finished yet."));
    }
    return m_response;
}

void PlatformReply::cancel()
{
    if (m_finished) {
        return;
    }
    finish(PlatformFailure::Cancelled,
        makeError(ErrorCode::Cancelled, QCoreApplication::translate("PlatformClient", "The request was cancelled.")));
}

void PlatformReply::failLater(PlatformFailure failure, const Error& error)
{
    QTimer::singleShot(0, this, [this, failure, error] { finish(failure, error); });
}

QUrl PlatformReply::urlForAttempt() const
{
    QUrl url = m_setup.baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/'))) {
        basePath.chop(1);
    }
    url.setPath(basePath + m_request.path);
    QUrlQuery query = m_request.query;
    if (!m_cursor.isEmpty()) {
        query.removeAllQueryItems(QStringLiteral("cursor"));
        query.addQueryItem(QStringLiteral("cursor"), m_cursor);
    }
    url.setQuery(query);
    return url;
}

QString PlatformReply::hostForMessages() const
{
    return originText(m_setup.baseUrl);
}

void PlatformReply::startAttempt()
{
    if (m_finished) {
        return;
    }
    ++m_attempts;
    m_response = PlatformResponse {};
    m_sslErrors.clear();
    m_refusedRedirect.reset();
    m_deadlineHit = false;

    QNetworkRequest request(urlForAttempt());
    request.setTransferTimeout(static_cast<int>(m_setup.transferTimeout.count()));
    request.setSslConfiguration(m_setup.ssl);
    // Every redirect comes to onRedirected(), which lets only same-origin ones through.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setRawHeader(QByteArrayLiteral("Authorization"), m_setup.authorization);
    request.setRawHeader(QByteArrayLiteral("Accept"),
        m_request.accept.isEmpty() ? QByteArrayLiteral("application/json") : m_request.accept);
    if (!m_request.contentType.isEmpty()) {
        request.setRawHeader(QByteArrayLiteral("Content-Type"), m_request.contentType);
    } else if (!m_request.body.isEmpty()) {
        request.setRawHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8"));
    }
    if (!m_request.ifMatch.isEmpty()) {
        request.setRawHeader(QByteArrayLiteral("If-Match"), m_request.ifMatch);
    }
    if (!m_request.ifNoneMatch.isEmpty()) {
        request.setRawHeader(QByteArrayLiteral("If-None-Match"), m_request.ifNoneMatch);
    }
    if (!m_request.idempotencyKey.isEmpty()) {
        request.setRawHeader(QByteArrayLiteral("Idempotency-Key"), m_request.idempotencyKey);
    }

    QNetworkReply* reply = m_request.body.isEmpty()
        ? m_setup.network->sendCustomRequest(request, m_request.method)
        : m_setup.network->sendCustomRequest(request, m_request.method, m_request.body);
    m_networkReply = reply;
    connect(reply, &QNetworkReply::finished, this, &PlatformReply::onNetworkFinished);
    connect(reply, &QNetworkReply::redirected, this, &PlatformReply::onRedirected);
    if (!m_request.body.isEmpty()) {
        connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
            if (total > 0 && sent == total) {
                Q_EMIT uploadFinished();
            }
        });
    }
    // Recorded, never ignored: the handshake then fails before any request byte is sent.
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) { m_sslErrors += errors; });
    if (m_request.totalTimeout.count() > 0) {
        m_deadlineTimer->start(m_request.totalTimeout);
    }
}

void PlatformReply::onRedirected(const QUrl& target)
{
    QNetworkReply* reply = m_networkReply;
    if (!reply) {
        return;
    }
    if (sameOrigin(target, m_setup.baseUrl)) {
        Q_EMIT reply->redirectAllowed();
        return;
    }
    m_refusedRedirect = target;
    reply->abort();
}

void PlatformReply::onDeadline()
{
    if (QNetworkReply* reply = m_networkReply) {
        m_deadlineHit = true;
        reply->abort();
    }
}

void PlatformReply::abortNetworkReply()
{
    if (QNetworkReply* reply = m_networkReply) {
        m_networkReply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

void PlatformReply::onNetworkFinished()
{
    QNetworkReply* reply = m_networkReply;
    if (!reply) {
        return;
    }
    m_networkReply = nullptr;
    reply->deleteLater();
    m_deadlineTimer->stop();
    if (m_finished) {
        return;
    }

    if (m_refusedRedirect) {
        finish(PlatformFailure::Redirect,
            makeError(ErrorCode::PermissionDenied,
                QCoreApplication::translate("PlatformClient",
                    "The platform redirected the request to %1, another address "
                    "than %2. The request was stopped so that the API token is "
                    "not sent there; check the platform URL.")
                    .arg(originText(*m_refusedRedirect), hostForMessages())));
        return;
    }
    if (m_deadlineHit) {
        // Counted outside the call: lupdate skips translate() calls whose arguments hold '<'.
        const int seconds = static_cast<int>(std::chrono::ceil<std::chrono::seconds>(m_request.totalTimeout).count());
        retryOrFail(PlatformFailure::Timeout,
            makeError(ErrorCode::Io,
                QCoreApplication::translate("PlatformClient",
                    "The platform at %1 did not finish the request within %n "
                    "second(s).",
                    nullptr, seconds)
                    .arg(hostForMessages())));
        return;
    }

    const int networkError = reply->error();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    // Errors below 100 are the connection's (refused, closed mid-answer, timed out, TLS); from 100
    // on Qt merely names the HTTP status, which handleHttpAnswer reads itself.
    const bool connectionFailed = networkError > 0 && networkError < 100;
    if (connectionFailed || (!status.isValid() && networkError != QNetworkReply::NoError)) {
        handleTransportError(networkError, reply->errorString());
        return;
    }
    if (!status.isValid()) {
        finish(PlatformFailure::MalformedResponse,
            malformed(QCoreApplication::translate("PlatformClient", "the answer has no HTTP status")));
        return;
    }

    m_response.status = status.toInt();
    m_response.etag = reply->rawHeader(QByteArrayLiteral("ETag"));
    m_response.revision = revisionFromEtag(m_response.etag);
    m_response.projectRevision = projectRevisionFrom(reply->rawHeader(QByteArrayLiteral("X-Project-Revision")));
    if (reply->hasRawHeader(QByteArrayLiteral("Retry-After"))) {
        m_response.retryAfter = m_setup.backoff.parseRetryAfter(reply->rawHeader(QByteArrayLiteral("Retry-After")));
    }
    m_response.replayed
        = reply->rawHeader(QByteArrayLiteral("Idempotency-Replayed")).trimmed().compare("true", Qt::CaseInsensitive)
        == 0;
    m_response.requestId = QString::fromLatin1(reply->rawHeader(QByteArrayLiteral("X-Request-Id")));
    handleHttpAnswer(reply->readAll());
}

void PlatformReply::handleTransportError(int networkError, const QString& errorString)
{
    const QString host = hostForMessages();
    switch (networkError) {
    case QNetworkReply::SslHandshakeFailedError:
        finish(PlatformFailure::Tls, tlsError());
        return;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: {
        // Only the transfer timeout aborts a reply without us: cancel() and the redirect check
        // disconnect or flag first.
        const int seconds = static_cast<int>(std::chrono::ceil<std::chrono::seconds>(m_setup.transferTimeout).count());
        retryOrFail(PlatformFailure::Timeout,
            makeError(ErrorCode::Io,
                QCoreApplication::translate("PlatformClient",
                    "The platform at %1 did not answer within %n second(s). Check "
                    "the network connection and try again.",
                    nullptr, seconds)
                    .arg(host)));
        return;
    }
    case QNetworkReply::ConnectionRefusedError:
        retryOrFail(PlatformFailure::Network,
            makeError(ErrorCode::Io,
                QCoreApplication::translate("PlatformClient",
                    "The platform at %1 refused the connection. "
                    "Check the URL and that the server is "
                    "running.")
                    .arg(host)));
        return;
    case QNetworkReply::HostNotFoundError:
        retryOrFail(PlatformFailure::Network,
            makeError(ErrorCode::Io,
                QCoreApplication::translate("PlatformClient",
                    "The platform host %1 was not found. Check "
                    "the URL and the network connection.")
                    .arg(host)));
        return;
    case QNetworkReply::RemoteHostClosedError:
        retryOrFail(PlatformFailure::Network,
            makeError(ErrorCode::Io,
                QCoreApplication::translate("PlatformClient",
                    "The connection to the platform at %1 "
                    "closed before the whole answer arrived.")
                    .arg(host)));
        return;
    default:
        break;
    }
    if (!m_sslErrors.isEmpty()) {
        finish(PlatformFailure::Tls, tlsError());
        return;
    }
    if (networkError >= QNetworkReply::ProtocolUnknownError && networkError <= QNetworkReply::ProtocolFailure) {
        finish(PlatformFailure::MalformedResponse,
            malformed(QCoreApplication::translate("PlatformClient", "it is not valid HTTP")));
        return;
    }
    retryOrFail(PlatformFailure::Network,
        makeError(ErrorCode::Io,
            QCoreApplication::translate("PlatformClient", "The platform at %1 could not be reached: %2")
                .arg(host, errorString)));
}

Error PlatformReply::tlsError() const
{
    const QString host = hostForMessages();
    auto has = [this](std::initializer_list<QSslError::SslError> kinds) {
        for (const QSslError& error : m_sslErrors) {
            if (std::find(kinds.begin(), kinds.end(), error.error()) != kinds.end()) {
                return true;
            }
        }
        return false;
    };
    QString message;
    if (has({QSslError::SelfSignedCertificate, QSslError::SelfSignedCertificateInChain})) {
        message = QCoreApplication::translate("PlatformClient",
            "The server's certificate is not trusted (self-signed). Add the "
            "certificate of the authority that issued it to this computer's "
            "trusted certificates, or ask the server's administrator for a "
            "certificate from a trusted authority.");
    } else if (has({QSslError::UnableToGetLocalIssuerCertificate, QSslError::UnableToGetIssuerCertificate,
                   QSslError::UnableToVerifyFirstCertificate, QSslError::CertificateUntrusted,
                   QSslError::CertificateRejected, QSslError::InvalidCaCertificate})) {
        message = QCoreApplication::translate("PlatformClient",
            "The server's certificate is not trusted: it was not issued by an "
            "authority this computer trusts. Add that authority's certificate to "
            "the trusted certificates, or check the platform URL.");
    } else if (has({QSslError::HostNameMismatch})) {
        message = QCoreApplication::translate("PlatformClient",
            "The certificate is for another host than %1. Check the platform URL; "
            "if it is right, the server presents the wrong certificate.")
                      .arg(host);
    } else if (has({QSslError::CertificateExpired})) {
        message = QCoreApplication::translate("PlatformClient",
            "The server's certificate has expired. Ask the server's administrator "
            "to renew it.");
    } else if (has({QSslError::CertificateNotYetValid})) {
        message = QCoreApplication::translate("PlatformClient",
            "The server's certificate is not valid yet. Check this computer's "
            "date and time.");
    } else if (!m_sslErrors.isEmpty()) {
        message = QCoreApplication::translate("PlatformClient", "The server's certificate was refused: %1")
                      .arg(m_sslErrors.constFirst().errorString());
    } else {
        message = QCoreApplication::translate("PlatformClient",
            "A secure connection to %1 could not be established. Check the "
            "platform URL and that the server speaks HTTPS.")
                      .arg(host);
    }
    return makeError(ErrorCode::Io, message);
}

Error PlatformReply::malformed(const QString& reason) const
{
    return makeError(ErrorCode::Damaged,
        QCoreApplication::translate("PlatformClient",
            "The platform's response to %1 %2 was "
            "malformed: %3. Check that the URL points to "
            "a BotVault platform API.")
            .arg(QString::fromLatin1(m_request.method), m_request.path, reason));
}

Error PlatformReply::httpError() const
{
    const ErrorCode code = errorCodeForStatus(m_response.status, m_response.errorCode);
    const QString serverMessage = shownServerText(m_response.errorMessage, 1000);
    const QString serverCode = shownServerText(m_response.errorCode, 64);
    if (serverMessage.isEmpty()) {
        return makeError(code,
            QCoreApplication::translate("PlatformClient", "The platform answered HTTP %1 without an explanation.")
                .arg(m_response.status));
    }
    if (serverCode.isEmpty()) {
        return makeError(code,
            QCoreApplication::translate("PlatformClient", "The platform answered HTTP %1: %2")
                .arg(QString::number(m_response.status), serverMessage));
    }
    return makeError(code,
        QCoreApplication::translate("PlatformClient", "The platform answered HTTP %1 (%2): %3")
            .arg(QString::number(m_response.status), serverCode, serverMessage));
}

void PlatformReply::handleHttpAnswer(const QByteArray& body)
{
    const int status = m_response.status;
    if (status >= 400) {
        // The error body is a courtesy: a proxy's HTML page still yields the status.
        const QJsonObject error = QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
        m_response.errorCode = error.value(QLatin1String("code")).toString();
        m_response.errorMessage = error.value(QLatin1String("message")).toString();
        m_response.errorDetails = error.value(QLatin1String("details")).toObject();
        if (m_response.requestId.isEmpty()) {
            m_response.requestId = error.value(QLatin1String("requestId")).toString();
        }
        if (isRetryableStatus(status, m_response.errorCode)) {
            retryOrFail(PlatformFailure::Http, httpError());
        } else {
            finish(PlatformFailure::Http, httpError());
        }
        return;
    }
    if (status < 200 || status >= 300) {
        finish(PlatformFailure::MalformedResponse,
            malformed(QCoreApplication::translate("PlatformClient", "unexpected HTTP status %1").arg(status)));
        return;
    }
    if (status == 204) {
        finish(PlatformFailure::None, std::nullopt);
        return;
    }
    if (m_request.rawAnswer) {
        m_response.rawBody = body;
        finish(PlatformFailure::None, std::nullopt);
        return;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        finish(PlatformFailure::MalformedResponse,
            malformed(QCoreApplication::translate("PlatformClient", "the JSON is invalid at byte %1 (%2)")
                          .arg(QString::number(parseError.offset), parseError.errorString())));
        return;
    }
    if (!document.isObject()) {
        finish(PlatformFailure::MalformedResponse,
            malformed(QCoreApplication::translate("PlatformClient", "the body is not a JSON object")));
        return;
    }
    m_response.body = document.object();

    if (!m_request.followPages) {
        finish(PlatformFailure::None, std::nullopt);
        return;
    }
    const QJsonValue items = m_response.body.value(QLatin1String("items"));
    const QJsonValue next = m_response.body.value(QLatin1String("nextCursor"));
    if (!items.isArray() || !(next.isNull() || next.isString())) {
        finish(PlatformFailure::MalformedResponse,
            malformed(QCoreApplication::translate("PlatformClient", "the listing has no items or nextCursor")));
        return;
    }
    for (const QJsonValue& item : items.toArray()) {
        m_items.append(item);
    }
    if (m_cursor.isEmpty()) {
        m_firstPageProjectRevision = m_response.projectRevision;
    }
    if (next.isNull()) {
        finish(PlatformFailure::None, std::nullopt);
        return;
    }
    const QString cursor = next.toString();
    if (cursor.isEmpty() || cursor == m_cursor) {
        // Following it would ask for the same page forever.
        finish(PlatformFailure::MalformedResponse,
            malformed(QCoreApplication::translate("PlatformClient", "the listing repeats its page cursor")));
        return;
    }
    m_cursor = cursor;
    m_attempts = 0;
    startAttempt();
}

void PlatformReply::retryOrFail(PlatformFailure failure, const Error& error)
{
    if (m_attempts >= m_setup.backoff.maxAttempts()) {
        finish(failure, error);
        return;
    }
    // Retry-After comes with HTTP answers only; a connection failure has none to honour.
    const std::optional<std::chrono::seconds> retryAfter
        = failure == PlatformFailure::Http ? m_response.retryAfter : std::nullopt;
    const std::chrono::milliseconds delay = m_setup.backoff.delayBeforeRetry(m_attempts - 1, retryAfter);
    Q_EMIT retryScheduled(m_attempts, delay.count());
    if (m_finished) {
        return; // cancelled from a slot
    }
    m_retryTimer->start(delay);
}

void PlatformReply::finish(PlatformFailure failure, std::optional<Error> error)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_failure = failure;
    m_error = std::move(error);
    m_retryTimer->stop();
    m_deadlineTimer->stop();
    abortNetworkReply();
    if (m_request.followPages) {
        m_response.items = m_items;
        m_response.firstPageProjectRevision = m_firstPageProjectRevision;
    }
    Q_EMIT finished();
}
