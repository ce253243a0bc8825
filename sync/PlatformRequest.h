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
    // Sent unchanged with Content-Type: application/json; empty for no body.
    QByteArray body;
    QByteArray ifMatch;
    QByteArray ifNoneMatch;
    QByteArray idempotencyKey;
    // Fails the attempt when the whole exchange takes longer (0: only the transfer timeout).
    std::chrono::milliseconds totalTimeout {0};
    // A listing: follow nextCursor until it is null and collect every page's items.
    bool followPages = false;

    void setJsonBody(const QJsonDocument& document) { body = document.toJson(QJsonDocument::Compact); }
};
