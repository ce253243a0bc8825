#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>

#include <functional>

class QObject;

// One answer of the API before the transport adds the headers every response carries
// (Cache-Control, X-Request-Id). Kept as plain bytes so an idempotency record can store it and a
// replay can send exactly the same body.
struct ApiResponse
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray contentType = QByteArrayLiteral("application/json"); // of a non-empty body
    // Set instead of a status by a handler whose answer comes later (a bot run): the transport
    // calls it once with the request's connection, whose destruction must end the work, and a
    // function that sends the real answer (at most once; after the connection is gone, nothing).
    std::function<void(QObject* connection, std::function<void(ApiResponse)> answer)> deferred = {};

    static ApiResponse json(int status, const QJsonObject& object)
    {
        return ApiResponse {status, QJsonDocument(object).toJson(QJsonDocument::Compact), {}};
    }
    static ApiResponse noContent() { return ApiResponse {204, {}, {}}; }

    ApiResponse& withHeader(const QByteArray& name, const QByteArray& value)
    {
        headers.append({name, value});
        return *this;
    }
};
