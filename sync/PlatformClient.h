#pragma once

#include "models/Ids.h"
#include "models/Result.h"
#include "sync/BackoffPolicy.h"
#include "sync/ItemPrecondition.h"
#include "sync/PlatformReply.h"
#include "sync/PlatformRequest.h"
#include "sync/PlatformSettings.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;

// The HTTP client of the platform API (docs/API.md): sends the token to the configured origin
// only, verifies TLS (extra CA certificates can be added, verification cannot be turned off),
// sets transfer timeouts and retries what the API says may be retried with full-jitter backoff,
// reusing the same body bytes and idempotency key. Every call returns a PlatformReply that
// finishes asynchronously; the sync engine builds its outbox on send().
class PlatformClient : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kDefaultTransferTimeout {30'000};
    // A /changes request may take long to apply but must end some time (docs/API.md).
    static constexpr std::chrono::milliseconds kChangesTotalTimeout {120'000};
    static constexpr int kPageLimit = 1000;

    explicit PlatformClient(QObject* parent = nullptr);
    ~PlatformClient() override;

    // https://HOST[:PORT][/prefix]; plain http only to a loopback address. Refused URLs leave the
    // previous one in place.
    Result<void> setBaseUrl(const QUrl& url);
    QUrl baseUrl() const { return m_baseUrl; }
    static Result<void> checkBaseUrl(const QUrl& url);

    // The API token, opaque. Held in an ordinary QByteArray (the QCA secure memory of SecretValue
    // is out of this library's reach) that is zeroed when replaced and when the client goes.
    void setToken(const QByteArray& token);
    bool hasToken() const { return !m_token.isEmpty(); }

    // No byte moving for this long fails the attempt (connecting included).
    void setTransferTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds transferTimeout() const { return m_transferTimeout; }

    // Trusted in addition to the system's CAs, for self-hosted servers with a private CA.
    void addCaCertificates(const QList<QSslCertificate>& certificates);

    void setBackoffPolicy(const BackoffPolicy& policy);
    const BackoffPolicy& backoffPolicy() const { return m_backoff; }
    // The members `settings` sets; the others keep what the client has.
    void applySettings(const PlatformSettings& settings);

    // The reply is a child of the client; deleteLater() it after finished().
    PlatformReply* send(PlatformRequest request);

    PlatformReply* me();
    // Listings follow nextCursor to the end; the items are in response().items.
    PlatformReply* projects();
    // GET /projects/{id}: the project with its revision (response().projectRevision), the cheap
    // check of whether anything a plan sees changed.
    PlatformReply* project(ProjectId projectId);
    PlatformReply* listSecrets(ProjectId projectId);
    PlatformReply* listVariables(ProjectId projectId);
    // The value goes only into the request body: never into a message or a log.
    PlatformReply* putSecret(ProjectId projectId, const QString& name, const QByteArray& valueUtf8,
        const ItemPrecondition& precondition, const QByteArray& idempotencyKey);
    PlatformReply* putVariable(ProjectId projectId, const QString& name, const QString& value, bool includeInExport,
        const ItemPrecondition& precondition, const QByteArray& idempotencyKey);
    PlatformReply* deleteItem(ProjectId projectId, ItemKind kind, const QString& name,
        const ItemPrecondition& precondition, const QByteArray& idempotencyKey);
    // `batchJson` is sent byte for byte: the outbox keeps these bytes with the key.
    PlatformReply* postChanges(ProjectId projectId, const QByteArray& batchJson, const QByteArray& idempotencyKey);
    // The project's bot script (docs/API.md, "Bot script"): JavaScript, not JSON, so the script of
    // a GET is in response().rawBody and a PUT sends `script` byte for byte.
    PlatformReply* botScript(ProjectId projectId);
    PlatformReply* putBotScript(ProjectId projectId, const QByteArray& script, const QByteArray& ifMatch,
        const QByteArray& ifNoneMatch, const QByteArray& idempotencyKey);

    // The platform project's audit log (docs/API.md "Audit log"), newest first, every page; a valid
    // `since` keeps the entries from then on. Only the project's admins may read it (403 otherwise).
    PlatformReply* projectAudit(ProjectId projectId, const QDateTime& since);

private:
    PlatformReply* listing(const QString& path);
    PlatformReply* failed(const Error& error);
    static QString itemPath(ProjectId projectId, ItemKind kind, const QString& name);

    QNetworkAccessManager* m_network;
    QUrl m_baseUrl;
    QByteArray m_token;
    std::chrono::milliseconds m_transferTimeout = kDefaultTransferTimeout;
    QList<QSslCertificate> m_extraCaCertificates;
    BackoffPolicy m_backoff;
};
