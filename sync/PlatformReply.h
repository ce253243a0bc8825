#pragma once

#include "models/Result.h"
#include "sync/BackoffPolicy.h"
#include "sync/PlatformRequest.h"
#include "sync/PlatformResponse.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QUrl>

#include <chrono>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

// One request to the platform in flight, with its retries (PlatformClient::send makes it). It
// emits finished() exactly once: with the response, with the server's error, or with the error of
// the last attempt once the retries are used up. Owned by the client; the caller may deleteLater()
// it after finished(). cancel() aborts the attempt in flight and any pending retry.
class PlatformReply : public QObject
{
    Q_OBJECT

public:
    ~PlatformReply() override;

    bool isFinished() const { return m_finished; }
    // Valid after finished(): the response of a 2xx answer, or the error.
    Result<PlatformResponse> result() const;
    // The last answer as far as it arrived, also on failure (a 412's conflicts, a 403's roles).
    const PlatformResponse& response() const { return m_response; }
    PlatformFailure failure() const { return m_failure; }
    // Attempts made so far for the current page.
    int attempts() const { return m_attempts; }

    void cancel();

Q_SIGNALS:
    void finished();
    // Attempt `attempt` (from 1) failed and another follows after `delayMs`.
    void retryScheduled(int attempt, qint64 delayMs);
    // The body of the current attempt has left (not yet answered): a caller can use the wait.
    void uploadFinished();

private:
    friend class PlatformClient;

    // What the client was configured with when the request was made; later changes to the client
    // do not affect a request already under way.
    struct Setup
    {
        QNetworkAccessManager* network = nullptr;
        QUrl baseUrl;
        QByteArray authorization;
        QSslConfiguration ssl;
        std::chrono::milliseconds transferTimeout {0};
        BackoffPolicy backoff;
    };

    PlatformReply(Setup setup, PlatformRequest request, QObject* parent);
    // Finishes on the next event loop turn, so the caller can connect to finished() first.
    void failLater(PlatformFailure failure, const Error& error);

    void startAttempt();
    void onNetworkFinished();
    void onRedirected(const QUrl& target);
    void onDeadline();
    void handleTransportError(int networkError, const QString& errorString);
    void handleHttpAnswer(const QByteArray& body);
    void retryOrFail(PlatformFailure failure, const Error& error);
    void finish(PlatformFailure failure, std::optional<Error> error);
    void abortNetworkReply();

    QUrl urlForAttempt() const;
    QString hostForMessages() const;
    Error tlsError() const;
    Error httpError() const;
    Error malformed(const QString& reason) const;

    Setup m_setup;
    PlatformRequest m_request;
    PlatformResponse m_response;
    QJsonArray m_items;
    std::optional<qint64> m_firstPageProjectRevision;
    QString m_cursor;
    QPointer<QNetworkReply> m_networkReply;
    QTimer* m_retryTimer = nullptr;
    QTimer* m_deadlineTimer = nullptr;
    QList<QSslError> m_sslErrors;
    std::optional<QUrl> m_refusedRedirect;
    bool m_deadlineHit = false;
    int m_attempts = 0;
    bool m_finished = false;
    PlatformFailure m_failure = PlatformFailure::None;
    std::optional<Error> m_error;
};
