#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <QUrlQuery>

#include <chrono>

// One request to the platform API as the client sends it on every attempt: the body is kept as
// bytes so that a retry (or the outbox after a restart) sends exactly what the server fingerprinted
// under the idempotency key.
struct PlatformRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    // Below the base URL's path, e.g. "/api/v1/me".
    QString path;
    QUrlQuery query;
    // Sent unchanged with `contentType`; empty for no body.
    QByteArray body;
    // Empty: application/json, sent only with a body. A raw body (the bot script is JavaScript)
    // names its own type, which is then always sent.
    QByteArray contentType;
    // Empty: application/json.
    QByteArray accept;
    // A 2xx answer is kept as bytes in PlatformResponse::rawBody instead of being read as a JSON
    // object.
    bool rawAnswer = false;
    QByteArray ifMatch;
    QByteArray ifNoneMatch;
    QByteArray idempotencyKey;
    // Fails the attempt when the whole exchange takes longer (0: only the transfer timeout).
    std::chrono::milliseconds totalTimeout {0};
    // A listing: follow nextCursor until it is null and collect every page's items.
    bool followPages = false;

    void setJsonBody(const QJsonDocument& document) { body = document.toJson(QJsonDocument::Compact); }
};
