#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>

// One answer of the API before the transport adds the headers every response carries
// (Cache-Control, X-Request-Id). Kept as plain bytes so an idempotency record can store it and a
// replay can send exactly the same body.
struct ApiResponse
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray contentType = QByteArrayLiteral("application/json"); // of a non-empty body

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
