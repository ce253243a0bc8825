#include "sync/PlatformJob.h"

#include "sync/PlatformClient.h"
#include "sync/PlatformReply.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>
#include <QtCrypto>

namespace {

struct MappedFailure
{
    Error error;
    SyncFailure failure = SyncFailure::None;
};

MappedFailure failureFromHttp(const Error& error, const PlatformResponse& response)
{
    const int status = response.status;
    if (status == 401) {
        return {makeError(ErrorCode::PermissionDenied,
                    QCoreApplication::translate("SyncEngine",
                        "The platform refused the API token: it is unknown, revoked or expired. Enter a new token "
                        "in the project's remote binding.")),
            SyncFailure::Unauthorized};
    }
    if (status == 403) {
        // The server's message names the action and the roles that may do it.
        return {makeError(ErrorCode::PermissionDenied, error.message), SyncFailure::Forbidden};
    }
    if (status == 412) {
        return {makeError(ErrorCode::Conflict, error.message), SyncFailure::Conflict};
    }
    if (status >= 500 || status == 408 || status == 429
        || (status == 409 && response.errorCode == QLatin1String("idempotency_key_in_use"))) {
        return {makeError(ErrorCode::Network, error.message), SyncFailure::Network};
    }
    return {
        makeError(status == 404 ? ErrorCode::NotFound : ErrorCode::InvalidInput, error.message), SyncFailure::Rejected};
}

// `cancelledMessage` is what the operation says when the request was cancelled.
MappedFailure failureFromReply(const PlatformReply& reply, const QString& cancelledMessage)
{
    const Error error = reply.result().error();
    switch (reply.failure()) {
    case PlatformFailure::Cancelled:
        return {makeError(ErrorCode::Cancelled, cancelledMessage), SyncFailure::Cancelled};
    case PlatformFailure::Configuration:
        return {makeError(ErrorCode::InvalidInput, error.message), SyncFailure::NotBound};
    case PlatformFailure::Tls:
        return {makeError(ErrorCode::Network, error.message), SyncFailure::Tls};
    case PlatformFailure::Network:
    case PlatformFailure::Timeout:
    case PlatformFailure::Redirect:
    case PlatformFailure::MalformedResponse:
        return {makeError(ErrorCode::Network, error.message), SyncFailure::Network};
    case PlatformFailure::None:
    case PlatformFailure::Http:
        break;
    }
    return failureFromHttp(error, reply.response());
}

} // namespace

PlatformJob::PlatformJob(ProjectId project, SyncStore* store, PlatformSettings settings, QObject* parent)
    : PlatformOperation(project, parent), m_store(store), m_settings(std::move(settings))
{
}

PlatformJob::~PlatformJob() = default;

// ---- Ending

void PlatformJob::failLater(const Error& error, SyncFailure failure)
{
    QTimer::singleShot(0, this, [this, error, failure] { fail(error, failure); });
}

void PlatformJob::fail(const Error& error, SyncFailure failure)
{
    if (isFinished()) {
        return;
    }
    releaseResources();
    if (m_client) {
        // The token leaves memory with the client; nothing more is sent.
        m_client->setToken(QByteArray());
    }
    finishJob(error, failure);
}

void PlatformJob::succeed()
{
    if (isFinished()) {
        return;
    }
    releaseResources();
    if (m_client) {
        m_client->setToken(QByteArray());
    }
    finishJob(std::nullopt, SyncFailure::None);
}

void PlatformJob::failFromStore(const Error& error)
{
    fail(error, storeFailure(error));
}

void PlatformJob::failFromReply(PlatformReply* reply)
{
    const auto [error, failure] = replyFailure(reply);
    fail(error, failure);
}

std::pair<Error, SyncFailure> PlatformJob::replyFailure(PlatformReply* reply) const
{
    MappedFailure failed = failureFromReply(*reply, cancelledRequestText());
    const PlatformResponse& response = reply->response();
    if (response.status == 404 && m_binding.remoteProjectId != 0
        && response.errorDetails.value(QStringLiteral("resource")).toString() == QLatin1String("project")) {
        // Not "run again": the binding names a project the platform does not have.
        failed = {makeError(ErrorCode::NotFound,
                      QCoreApplication::translate("SyncEngine",
                          "The platform at %1 has no project #%2 (it was deleted, or the binding points at the wrong "
                          "project); retrying cannot help. Bind this project to an existing platform project again: "
                          "Project → Change platform binding… in the desktop, or \"botvault-cli remote set PROJECT "
                          "URL --remote-project ID\".")
                          .arg(QUrl(m_binding.url).toDisplayString(QUrl::RemoveUserInfo))
                          .arg(m_binding.remoteProjectId)),
            SyncFailure::Rejected};
    }
    return {failed.error, failed.failure};
}

void PlatformJob::onCancelRequested()
{
    // A listing or /me can be dropped at once; a request the platform may act on is awaited
    // (m_abandonable is null then) and the chain stops before the next one.
    if (m_abandonable) {
        m_abandonable->cancel();
    }
}

SyncFailure PlatformJob::storeFailure(const Error& error)
{
    switch (error.code) {
    case ErrorCode::Locked:
        return SyncFailure::Locked;
    case ErrorCode::Damaged:
        return SyncFailure::Damaged;
    default:
        return SyncFailure::Store;
    }
}

// ---- The client

bool PlatformJob::openClient(const QUrl& url, const QByteArray& token)
{
    m_client = new PlatformClient(this);
    if (Result<void> set = m_client->setBaseUrl(url); !set) {
        failLater(set.error(), SyncFailure::NotBound);
        return false;
    }
    m_client->setToken(token);
    m_client->applySettings(m_settings);
    // Every HTTP exchange (pages of a listing, retries and the bot script included) passes the
    // client's manager.
    if (auto* network = m_client->findChild<QNetworkAccessManager*>()) {
        connect(network, &QNetworkAccessManager::finished, this, [this] { countRequest(); });
    }
    return true;
}

bool PlatformJob::openProjectClient()
{
    Result<RemoteBinding> binding = m_store->syncBinding(project());
    if (!binding) {
        const ErrorCode code = binding.code();
        failLater(binding.error(),
            code == ErrorCode::Locked             ? SyncFailure::Locked
                : code == ErrorCode::InvalidInput ? SyncFailure::NotBound
                                                  : SyncFailure::Store);
        return false;
    }
    m_binding = binding.value();
    Result<SecretValue> token = m_store->syncToken(project());
    if (!token) {
        failLater(token.error(), token.code() == ErrorCode::Locked ? SyncFailure::Locked : SyncFailure::NotBound);
        return false;
    }
    // Copied into the client for this operation only; the client zeroes its copy when it goes.
    const QCA::SecureArray& secure = token->bytes();
    QByteArray bytes(secure.constData(), secure.size());
    const bool opened = openClient(QUrl(m_binding.url), bytes);
    wipe(bytes);
    return opened;
}

void PlatformJob::await(PlatformReply* reply, Continuation next, bool abandonable)
{
    if (abandonable) {
        m_abandonable = reply;
    }
    connect(reply, &PlatformReply::finished, this, [this, reply, next = std::move(next)] {
        reply->deleteLater();
        if (m_abandonable == reply) {
            m_abandonable = nullptr;
        }
        if (isFinished()) {
            return;
        }
        if (!reply->result()) {
            failFromReply(reply);
            return;
        }
        if (m_cancelRequested && !continuesAfterCancel()) {
            fail(makeError(ErrorCode::Cancelled, cancelledText()), SyncFailure::Cancelled);
            return;
        }
        next(reply->response());
    });
}

void PlatformJob::fetchIdentity(std::function<void(const RemoteIdentity&)> next)
{
    await(m_client->me(),
        [next = std::move(next)](const PlatformResponse& response) { next(identityFrom(response.body)); });
}

// ---- Helpers

RemoteIdentity PlatformJob::identityFrom(const QJsonObject& body)
{
    RemoteIdentity identity;
    const QJsonObject user = body.value(QLatin1String("user")).toObject();
    identity.login = user.value(QLatin1String("login")).toString();
    identity.displayName = user.value(QLatin1String("displayName")).toString();
    for (const QJsonValue& role : body.value(QLatin1String("roles")).toArray()) {
        identity.roles.append(role.toString());
    }
    identity.secretsAdminRole = body.value(QLatin1String("secretsAdminRole")).toString(QStringLiteral("SYSTEM_ADMIN"));
    const QJsonObject limits = body.value(QLatin1String("limits")).toObject();
    // The server's own figures decide the split; absent or nonsensical ones keep the API's defaults.
    const qint64 maxChanges = limits.value(QLatin1String("maxBatchChanges")).toInteger();
    if (maxChanges >= 1) {
        identity.maxBatchChanges = static_cast<int>(qMin<qint64>(maxChanges, 1'000'000));
    }
    const qint64 maxBytes = limits.value(QLatin1String("maxBatchBytes")).toInteger();
    if (maxBytes >= 1024) {
        identity.maxBatchBytes = maxBytes;
    }
    return identity;
}

QByteArray PlatformJob::newIdempotencyKey()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

void PlatformJob::wipe(QByteArray& bytes)
{
    bytes.fill('\0');
    bytes.clear();
}
