#pragma once

#include "models/Result.h"
#include "server/ApiResponse.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QUrlQuery>

#include <optional>

// The small pieces every endpoint shares: entity tags, ids in paths, page limits, cursors, pages
// and unknown-field checks, as docs/API.md "Conventions" and "Pagination" define them.
namespace ApiSupport {

// A strong entity tag of a revision: "17" in double quotes.
QByteArray entityTag(qint64 revision);
// Adds an `unknown_field` error for every key of `object` not in `known`.
void addUnknownFields(const QJsonObject& object, const QSet<QString>& known, QJsonArray* errors, int index = -1);
// A JSON number that is a whole number from `minimum` to 2^53-1.
bool isJsonInteger(const QJsonValue& value, qint64 minimum);
// An id from a path segment or a query parameter: 1..2^53-1 in plain decimal.
std::optional<qint64> parseId(const QString& text);
// The `limit` parameter: 1..1000, default 100.
Result<int> parseLimit(const QUrlQuery& query);
// Cursors are "v1.<listing>.<last key>" in base64url: opaque to clients, checked on the way back.
QString makeCursor(const QString& listing, const QString& lastKey);
// The last key of the previous page ("" for the first page), or nullopt when the cursor is damaged
// or belongs to another listing.
std::optional<QString> readCursor(const QUrlQuery& query, const QString& listing);
ApiResponse invalidCursor();
ApiResponse page(const QJsonArray& items, const QString& nextCursor);

} // namespace ApiSupport
