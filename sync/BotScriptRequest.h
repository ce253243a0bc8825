#pragma once

#include "models/Result.h"
#include "sync/BackoffPolicy.h"
#include "sync/PlatformResponse.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

// GET or PUT of a project's bot script (docs/API.md, "Bot script"). The body is JavaScript, not
// JSON, which PlatformRequest/PlatformReply cannot carry (they always send and expect
// application/json), so this small request keeps the client's transport rules itself: the token
// goes to the configured origin only (no redirect is followed), TLS is verified with the extra CA
// certificates, transfer timeouts apply, and connection failures, 408, 429 and 5xx are retried with
// the backoff policy, reusing the same body and idempotency key. Emits finished() exactly once.
class BotScriptRequest : public QObject
{
    Q_OBJECT

public:
    struct Setup
    {
        QNetworkAccessManager* network = nullptr;
        QUrl baseUrl;
        // "Bearer …"; zeroed when the request goes.
        QByteArray authorization;
        QList<QSslCertificate> caCertificates;
        std::chrono::milliseconds transferTimeout {30'000};
        BackoffPolicy backoff;
    };

    // `method` GET or PUT; a PUT sends `script` with `ifMatch` or `ifNoneMatch` and `idempotencyKey`.
    BotScriptRequest(Setup setup, const QByteArray& method, qint64 remoteProjectId, QObject* parent);
    ~BotScriptRequest() override;

    void setBody(const QByteArray& script, const QByteArray& ifMatch, const QByteArray& ifNoneMatch,
        const QByteArray& idempotencyKey);
    void start();
    void cancel();

    bool isFinished() const { return m_finished; }
    // Status, ETag, revision and the error body's fields, as far as an answer arrived; for a
    // successful PUT also the JSON body.
    const PlatformResponse& response() const { return m_response; }
    // The script of a successful GET (200).
    const QByteArray& script() const { return m_script; }
    PlatformFailure failure() const { return m_failure; }
    // Valid after finished() when failure() is not None.
    const Error& error() const { return m_error; }

Q_SIGNALS:
    void finished();

private:
    void attempt();
    void onNetworkFinished();
    void retryOrFinish(PlatformFailure failure, const Error& error);
    void finish(PlatformFailure failure, const Error& error);
    QString origin() const;

    Setup m_setup;
    QByteArray m_method;
    qint64 m_remoteProjectId = 0;
    QByteArray m_body;
    QByteArray m_ifMatch;
    QByteArray m_ifNoneMatch;
    QByteArray m_idempotencyKey;
    QPointer<QNetworkReply> m_reply;
    QTimer* m_retryTimer = nullptr;
    QList<QSslError> m_sslErrors;
    int m_attempts = 0;
    bool m_finished = false;
    PlatformResponse m_response;
    QByteArray m_script;
    PlatformFailure m_failure = PlatformFailure::None;
    Error m_error;
};
