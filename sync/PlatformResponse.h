#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <chrono>
#include <optional>

// Why a platform request failed, for callers that act on the kind (the sync engine stops on
// Tls, retries on Network later, shows Http 412 as a conflict) rather than on the message.
enum class PlatformFailure
{
    None,
    Configuration, // no or refused base URL, no token, an invalid argument: nothing was sent
    Network, // refused, reset, DNS, a connection closed mid-answer
    Timeout, // no byte moved for the transfer timeout, or the total time ran out
    Tls, // the certificate or the handshake was refused: never retried
    Redirect, // a redirect to another origin was refused before the token went there
    Http, // the server answered with a status of 400 or above
    MalformedResponse, // a 2xx answer whose body is not the JSON object the API describes
    Cancelled, // cancel() was called
};

// What the platform answered to the last attempt of a request. Filled as far as an answer
// arrived: status 0 means none did.
struct PlatformResponse
{
    int status = 0;
    QJsonObject body;
    // The bytes of a 2xx answer to a request with rawAnswer set (body stays empty then).
    QByteArray rawBody;
    // A listing's items from every page, in order.
    QJsonArray items;
    QByteArray etag;
    // From a strong ETag "17".
    std::optional<qint64> revision;
    // X-Project-Revision (docs/API.md, "Project revision"): of the answer, a listing's last page.
    std::optional<qint64> projectRevision;
    // A listing: X-Project-Revision of its first page.
    std::optional<qint64> firstPageProjectRevision;
    std::optional<std::chrono::seconds> retryAfter;
    // From an error body {"error": {code, message, details, requestId}}.
    QString errorCode;
    QString errorMessage;
    QJsonObject errorDetails;
    QString requestId;
    // Idempotency-Replayed: true — the server repeated a recorded result.
    bool replayed = false;
};
