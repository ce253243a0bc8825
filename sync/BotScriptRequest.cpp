#include "sync/BotScriptRequest.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>

namespace {

// The server's text goes into a message as it is; a broken server must not fill the screen.
QString shownServerText(const QString& text)
{
    constexpr qsizetype kLimit = 1000;
    QString shown = text.simplified();
    if (shown.size() > kLimit) {
        shown.truncate(kLimit);
        shown.append(QChar(0x2026));
    }
    return shown;
}

bool isRetryable(int status)
{
    return status == 408 || status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
}

std::optional<qint64> revisionFromEtag(const QByteArray& etag)
{
    if (etag.size() < 3 || !etag.startsWith('"') || !etag.endsWith('"')) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 revision = etag.mid(1, etag.size() - 2).toLongLong(&ok);
    return ok && revision >= 1 ? std::optional<qint64>(revision) : std::nullopt;
}

} // namespace

BotScriptRequest::BotScriptRequest(Setup setup, const QByteArray& method, qint64 remoteProjectId, QObject* parent)
    : QObject(parent)
    , m_setup(std::move(setup))
    , m_method(method)
    , m_remoteProjectId(remoteProjectId)
    , m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    m_retryTimer->setTimerType(Qt::PreciseTimer);
    connect(m_retryTimer, &QTimer::timeout, this, &BotScriptRequest::attempt);
}

BotScriptRequest::~BotScriptRequest()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
    m_setup.authorization.fill('\0');
}

void BotScriptRequest::setBody(const QByteArray& script, const QByteArray& ifMatch, const QByteArray& ifNoneMatch,
    const QByteArray& idempotencyKey)
{
    m_body = script;
    m_ifMatch = ifMatch;
    m_ifNoneMatch = ifNoneMatch;
    m_idempotencyKey = idempotencyKey;
}

void BotScriptRequest::start()
{
    // Finishing must come after the caller connected, even when the first attempt fails at once.
    QTimer::singleShot(0, this, &BotScriptRequest::attempt);
}

void BotScriptRequest::cancel()
{
    finish(PlatformFailure::Cancelled,
        makeError(ErrorCode::Cancelled, QCoreApplication::translate("PlatformClient", "The request was cancelled.")));
}

QString BotScriptRequest::origin() const
{
    return m_setup.baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
        .toDisplayString();
}

void BotScriptRequest::attempt()
{
    if (m_finished) {
        return;
    }
    ++m_attempts;
    m_response = PlatformResponse {};
    m_sslErrors.clear();

    QUrl url = m_setup.baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/'))) {
        basePath.chop(1);
    }
    url.setPath(basePath + QStringLiteral("/api/v1/projects/%1/bot-script").arg(m_remoteProjectId));

    QNetworkRequest request(url);
    request.setTransferTimeout(static_cast<int>(m_setup.transferTimeout.count()));
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_setup.caCertificates.isEmpty()) {
        ssl.addCaCertificates(m_setup.caCertificates);
    }
    request.setSslConfiguration(ssl);
    // The API never redirects; following one could carry the token elsewhere.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setRawHeader(QByteArrayLiteral("Authorization"), m_setup.authorization);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/javascript, application/json"));
    if (m_method == "PUT") {
        request.setRawHeader(
            QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/javascript; charset=utf-8"));
        if (!m_ifMatch.isEmpty()) {
            request.setRawHeader(QByteArrayLiteral("If-Match"), m_ifMatch);
        }
        if (!m_ifNoneMatch.isEmpty()) {
            request.setRawHeader(QByteArrayLiteral("If-None-Match"), m_ifNoneMatch);
        }
        if (!m_idempotencyKey.isEmpty()) {
            request.setRawHeader(QByteArrayLiteral("Idempotency-Key"), m_idempotencyKey);
        }
        m_reply = m_setup.network->sendCustomRequest(request, m_method, m_body);
    } else {
        m_reply = m_setup.network->sendCustomRequest(request, m_method);
    }
    connect(m_reply, &QNetworkReply::finished, this, &BotScriptRequest::onNetworkFinished);
    // Recorded, never ignored: the handshake then fails before the request is sent.
    connect(
        m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) { m_sslErrors += errors; });
}

void BotScriptRequest::onNetworkFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply) {
        return;
    }
    m_reply = nullptr;
    reply->deleteLater();
    if (m_finished) {
        return;
    }
    const QString host = origin();
    const int networkError = reply->error();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!m_sslErrors.isEmpty() || networkError == QNetworkReply::SslHandshakeFailedError) {
        finish(PlatformFailure::Tls,
            makeError(ErrorCode::Network,
                QCoreApplication::translate("ChannelService",
                    "The certificate of the platform at %1 was refused, so the API token was not sent. If the server "
                    "uses a private certificate authority, add that authority's certificate.")
                    .arg(host)));
        return;
    }
    if (!status.isValid()) {
        const bool timedOut
            = networkError == QNetworkReply::TimeoutError || networkError == QNetworkReply::OperationCanceledError;
        retryOrFinish(timedOut ? PlatformFailure::Timeout : PlatformFailure::Network,
            makeError(ErrorCode::Network,
                QCoreApplication::translate(
                    "ChannelService", "The platform at %1 could not be reached while transferring the bot script: %2")
                    .arg(host, reply->errorString())));
        return;
    }
    m_response.status = status.toInt();
    m_response.etag = reply->rawHeader(QByteArrayLiteral("ETag"));
    m_response.revision = revisionFromEtag(m_response.etag);
    if (reply->hasRawHeader(QByteArrayLiteral("Retry-After"))) {
        m_response.retryAfter = m_setup.backoff.parseRetryAfter(reply->rawHeader(QByteArrayLiteral("Retry-After")));
    }
    m_response.requestId = QString::fromLatin1(reply->rawHeader(QByteArrayLiteral("X-Request-Id")));
    const QByteArray body = reply->readAll();
    const int code = m_response.status;
    if (code >= 300 && code < 400) {
        finish(PlatformFailure::Redirect,
            makeError(ErrorCode::Network,
                QCoreApplication::translate("ChannelService",
                    "The platform at %1 answered the bot script request with a redirect, which the API never does; "
                    "it was not followed. Check the platform URL.")
                    .arg(host)));
        return;
    }
    if (code >= 400) {
        const QJsonObject error = QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
        m_response.errorCode = error.value(QLatin1String("code")).toString();
        m_response.errorMessage = error.value(QLatin1String("message")).toString();
        m_response.errorDetails = error.value(QLatin1String("details")).toObject();
        const QString serverMessage = shownServerText(m_response.errorMessage);
        const Error failed = makeError(code == 404 ? ErrorCode::NotFound : ErrorCode::InvalidInput,
            serverMessage.isEmpty()
                ? QCoreApplication::translate("PlatformClient", "The platform answered HTTP %1 without an explanation.")
                      .arg(code)
                : QCoreApplication::translate("PlatformClient", "The platform answered HTTP %1 (%2): %3")
                      .arg(QString::number(code), shownServerText(m_response.errorCode), serverMessage));
        if (isRetryable(code)) {
            retryOrFinish(PlatformFailure::Http, failed);
        } else {
            finish(PlatformFailure::Http, failed);
        }
        return;
    }
    if (m_method == "GET") {
        m_script = body;
    } else {
        m_response.body = QJsonDocument::fromJson(body).object();
    }
    finish(PlatformFailure::None, Error {});
}

void BotScriptRequest::retryOrFinish(PlatformFailure failure, const Error& error)
{
    if (m_attempts >= m_setup.backoff.maxAttempts()) {
        finish(failure, error);
        return;
    }
    const std::optional<std::chrono::seconds> retryAfter
        = failure == PlatformFailure::Http ? m_response.retryAfter : std::nullopt;
    m_retryTimer->start(m_setup.backoff.delayBeforeRetry(m_attempts - 1, retryAfter));
}

void BotScriptRequest::finish(PlatformFailure failure, const Error& error)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_failure = failure;
    m_error = error;
    m_retryTimer->stop();
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    m_body.fill('\0');
    m_setup.authorization.fill('\0');
    Q_EMIT finished();
}
