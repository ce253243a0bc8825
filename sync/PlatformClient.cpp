#include "sync/PlatformClient.h"

#include "models/NameRules.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSslConfiguration>

namespace {

// JSON's exact integer range, the API's id range.
constexpr qint64 kMaxId = (qint64(1) << 53) - 1;

QString projectPath(ProjectId projectId)
{
    return QStringLiteral("/api/v1/projects/%1").arg(projectId);
}

Result<void> checkProjectId(ProjectId projectId)
{
    if (projectId < 1 || projectId > kMaxId) {
        return makeError(ErrorCode::InvalidInput,
            QCoreApplication::translate("PlatformClient",
                "The remote project id %1 is not valid: ids are whole numbers "
                "from 1 to 9007199254740991. Check the project's remote "
                "binding.")
                .arg(projectId));
    }
    return Result<void>::success();
}

} // namespace

PlatformClient::PlatformClient(QObject* parent) : QObject(parent), m_network(new QNetworkAccessManager(this)) { }

PlatformClient::~PlatformClient()
{
    m_token.fill('\0');
}

Result<void> PlatformClient::checkBaseUrl(const QUrl& url)
{
    const QString shown = url.toDisplayString(QUrl::RemoveUserInfo);
    if (!url.isValid() || url.host().isEmpty() || url.isRelative()) {
        return makeError(ErrorCode::InvalidInput,
            QCoreApplication::translate("PlatformClient",
                "'%1' is not a platform URL. Enter an address such as "
                "https://bots.example.com.")
                .arg(shown));
    }
    if (!url.userInfo().isEmpty()) {
        // A password in the URL would travel with every request and land in settings.
        return makeError(ErrorCode::InvalidInput,
            QCoreApplication::translate("PlatformClient",
                "The platform URL must not contain a user name or password. "
                "Remove them from %1; the API token is entered separately.")
                .arg(shown));
    }
    if (url.hasQuery() || url.hasFragment()) {
        return makeError(ErrorCode::InvalidInput,
            QCoreApplication::translate("PlatformClient",
                "The platform URL %1 must not contain '?' or '#'. Enter the "
                "server's address only.")
                .arg(shown));
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https")) {
        return Result<void>::success();
    }
    if (scheme == QLatin1String("http")) {
        // Only a literal loopback address: a name such as "localhost" may resolve anywhere.
        const QHostAddress address(url.host());
        if (!address.isNull() && address.isLoopback()) {
            return Result<void>::success();
        }
        return makeError(ErrorCode::InvalidInput,
            QCoreApplication::translate("PlatformClient",
                "The platform URL %1 uses plain http://, which would send the "
                "API token unencrypted. Use https://; plain http:// is allowed "
                "only for 127.0.0.1 and ::1.")
                .arg(shown));
    }
    return makeError(ErrorCode::InvalidInput,
        QCoreApplication::translate("PlatformClient", "The platform URL %1 must start with https://.").arg(shown));
}

Result<void> PlatformClient::setBaseUrl(const QUrl& url)
{
    Result<void> checked = checkBaseUrl(url);
    if (!checked) {
        return checked;
    }
    m_baseUrl = url.adjusted(QUrl::NormalizePathSegments);
    return Result<void>::success();
}

void PlatformClient::setToken(const QByteArray& token)
{
    m_token.fill('\0');
    m_token = QByteArray(token.constData(), token.size());
}

void PlatformClient::setTransferTimeout(std::chrono::milliseconds timeout)
{
    m_transferTimeout = timeout;
}

void PlatformClient::addCaCertificates(const QList<QSslCertificate>& certificates)
{
    m_extraCaCertificates += certificates;
}

void PlatformClient::setBackoffPolicy(const BackoffPolicy& policy)
{
    m_backoff = policy;
}

void PlatformClient::applySettings(const PlatformSettings& settings)
{
    if (settings.transferTimeout && settings.transferTimeout->count() > 0) {
        setTransferTimeout(*settings.transferTimeout);
    }
    if (!settings.caCertificates.isEmpty()) {
        addCaCertificates(settings.caCertificates);
    }
    if (settings.backoff) {
        setBackoffPolicy(*settings.backoff);
    }
}

PlatformReply* PlatformClient::failed(const Error& error)
{
    auto* reply = new PlatformReply({}, {}, this);
    reply->failLater(PlatformFailure::Configuration, error);
    return reply;
}

PlatformReply* PlatformClient::send(PlatformRequest request)
{
    if (m_baseUrl.isEmpty()) {
        return failed(makeError(ErrorCode::InvalidInput,
            QCoreApplication::translate("PlatformClient",
                "No platform URL is set. Set the platform URL in the "
                "project's remote binding.")));
    }
    if (m_token.isEmpty()) {
        return failed(makeError(ErrorCode::InvalidInput,
            QCoreApplication::translate("PlatformClient",
                "No API token is set for %1. Enter the token in the "
                "project's remote binding.")
                .arg(m_baseUrl.toDisplayString(QUrl::RemoveUserInfo))));
    }
    PlatformReply::Setup setup;
    setup.network = m_network;
    setup.baseUrl = m_baseUrl;
    setup.authorization = QByteArrayLiteral("Bearer ") + m_token;
    setup.ssl = QSslConfiguration::defaultConfiguration();
    setup.ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_extraCaCertificates.isEmpty()) {
        setup.ssl.addCaCertificates(m_extraCaCertificates);
    }
    setup.transferTimeout = m_transferTimeout;
    setup.backoff = m_backoff;
    auto* reply = new PlatformReply(std::move(setup), std::move(request), this);
    reply->startAttempt();
    return reply;
}

PlatformReply* PlatformClient::me()
{
    PlatformRequest request;
    request.path = QStringLiteral("/api/v1/me");
    return send(std::move(request));
}

PlatformReply* PlatformClient::listing(const QString& path)
{
    PlatformRequest request;
    request.path = path;
    request.query.addQueryItem(QStringLiteral("limit"), QString::number(kPageLimit));
    request.followPages = true;
    return send(std::move(request));
}

PlatformReply* PlatformClient::projects()
{
    return listing(QStringLiteral("/api/v1/projects"));
}

PlatformReply* PlatformClient::project(ProjectId projectId)
{
    if (Result<void> id = checkProjectId(projectId); !id) {
        return failed(id.error());
    }
    PlatformRequest request;
    request.path = projectPath(projectId);
    return send(std::move(request));
}

PlatformReply* PlatformClient::listSecrets(ProjectId projectId)
{
    if (Result<void> id = checkProjectId(projectId); !id) {
        return failed(id.error());
    }
    return listing(projectPath(projectId) + QStringLiteral("/secrets"));
}

PlatformReply* PlatformClient::listVariables(ProjectId projectId)
{
    if (Result<void> id = checkProjectId(projectId); !id) {
        return failed(id.error());
    }
    return listing(projectPath(projectId) + QStringLiteral("/variables"));
}

PlatformReply* PlatformClient::projectAudit(ProjectId projectId, const QDateTime& since)
{
    if (Result<void> id = checkProjectId(projectId); !id) {
        return failed(id.error());
    }
    PlatformRequest request;
    request.path = projectPath(projectId) + QStringLiteral("/audit");
    request.query.addQueryItem(QStringLiteral("limit"), QString::number(kPageLimit));
    if (since.isValid()) {
        // '+' is not a space in the API's query; UTC with "Z" needs no escaping at all.
        request.query.addQueryItem(QStringLiteral("since"), since.toUTC().toString(Qt::ISODateWithMs));
    }
    request.followPages = true;
    return send(std::move(request));
}

QString PlatformClient::itemPath(ProjectId projectId, ItemKind kind, const QString& name)
{
    // Names match ^[A-Za-z0-9_]+$ (checked before this is called), so they need no escaping.
    return projectPath(projectId)
        + (kind == ItemKind::Secret ? QStringLiteral("/secrets/") : QStringLiteral("/variables/")) + name;
}

PlatformReply* PlatformClient::putSecret(ProjectId projectId, const QString& name, const QByteArray& valueUtf8,
    const ItemPrecondition& precondition, const QByteArray& idempotencyKey)
{
    if (Result<void> id = checkProjectId(projectId); !id) {
        return failed(id.error());
    }
    if (Result<void> valid = NameRules::validate(name); !valid) {
        return failed(valid.error());
    }
    PlatformRequest request;
    request.method = QByteArrayLiteral("PUT");
    request.path = itemPath(projectId, ItemKind::Secret, name);
    QString value = QString::fromUtf8(valueUtf8);
    request.setJsonBody(QJsonDocument(QJsonObject {{QStringLiteral("value"), value}}));
    value.fill(QChar(0));
    request.ifMatch = precondition.ifMatch();
    request.ifNoneMatch = precondition.ifNoneMatch();
    request.idempotencyKey = idempotencyKey;
    return send(std::move(request));
}

PlatformReply* PlatformClient::putVariable(ProjectId projectId, const QString& name, const QString& value,
    bool includeInExport, const ItemPrecondition& precondition, const QByteArray& idempotencyKey)
{
    if (Result<void> id = checkProjectId(projectId); !id) {
        return failed(id.error());
    }
    if (Result<void> valid = NameRules::validate(name); !valid) {
        return failed(valid.error());
    }
    PlatformRequest request;
    request.method = QByteArrayLiteral("PUT");
    request.path = itemPath(projectId, ItemKind::Variable, name);
    request.setJsonBody(QJsonDocument(
        QJsonObject {{QStringLiteral("value"), value}, {QStringLiteral("includeInExport"), includeInExport}}));
    request.ifMatch = precondition.ifMatch();
    request.ifNoneMatch = precondition.ifNoneMatch();
    request.idempotencyKey = idempotencyKey;
    return send(std::move(request));
}

PlatformReply* PlatformClient::deleteItem(ProjectId projectId, ItemKind kind, const QString& name,
    const ItemPrecondition& precondition, const QByteArray& idempotencyKey)
{
    if (Result<void> id = checkProjectId(projectId); !id) {
        return failed(id.error());
    }
    if (Result<void> valid = NameRules::validate(name); !valid) {
        return failed(valid.error());
    }
    if (precondition.isCreateOnly()) {
        return failed(makeError(ErrorCode::InvalidInput,
            QCoreApplication::translate("PlatformClient",
                "A delete needs the revision of the item on the server "
                "(or \"any revision\"), not \"create only\".")));
    }
    PlatformRequest request;
    request.method = QByteArrayLiteral("DELETE");
    request.path = itemPath(projectId, kind, name);
    // If-None-Match is for creating; on a delete the server would answer 400.
    request.ifMatch = precondition.ifMatch();
    request.idempotencyKey = idempotencyKey;
    return send(std::move(request));
}

PlatformReply* PlatformClient::postChanges(
    ProjectId projectId, const QByteArray& batchJson, const QByteArray& idempotencyKey)
{
    if (Result<void> id = checkProjectId(projectId); !id) {
        return failed(id.error());
    }
    PlatformRequest request;
    request.method = QByteArrayLiteral("POST");
    request.path = projectPath(projectId) + QStringLiteral("/changes");
    request.body = batchJson;
    request.idempotencyKey = idempotencyKey;
    request.totalTimeout = kChangesTotalTimeout;
    return send(std::move(request));
}

PlatformReply* PlatformClient::botScript(ProjectId projectId)
{
    if (Result<void> id = checkProjectId(projectId); !id) {
        return failed(id.error());
    }
    PlatformRequest request;
    request.path = projectPath(projectId) + QStringLiteral("/bot-script");
    request.accept = QByteArrayLiteral("application/javascript, application/json");
    request.rawAnswer = true;
    return send(std::move(request));
}

PlatformReply* PlatformClient::putBotScript(ProjectId projectId, const QByteArray& script, const QByteArray& ifMatch,
    const QByteArray& ifNoneMatch, const QByteArray& idempotencyKey)
{
    if (Result<void> id = checkProjectId(projectId); !id) {
        return failed(id.error());
    }
    PlatformRequest request;
    request.method = QByteArrayLiteral("PUT");
    request.path = projectPath(projectId) + QStringLiteral("/bot-script");
    request.body = script;
    request.contentType = QByteArrayLiteral("application/javascript; charset=utf-8");
    request.accept = QByteArrayLiteral("application/javascript, application/json");
    request.ifMatch = ifMatch;
    request.ifNoneMatch = ifNoneMatch;
    request.idempotencyKey = idempotencyKey;
    return send(std::move(request));
}
