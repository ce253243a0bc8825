#pragma once

#include "server/ServerRecords.h"

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

#include <optional>

// An authenticated request as the endpoint handlers see it: the transport has already checked the
// token, the body size, the content type and the idempotency key.
struct ApiRequest
{
    QByteArray method; // "GET", "PUT", …
    QString path; // without the query
    QUrlQuery query;
    QByteArray body;
    std::optional<QByteArray> ifMatch;
    std::optional<QByteArray> ifNoneMatch;
    Caller caller;
    // The X-Request-Id the response carries, which the audit trail records.
    QString requestId;
};
