#include "server/ApiSupport.h"

#include "server/ApiError.h"
#include "server/ServerLimits.h"

#include <QRegularExpression>

#include <cmath>

namespace ApiSupport {

QByteArray entityTag(qint64 revision)
{
    return '"' + QByteArray::number(revision) + '"';
}

void addUnknownFields(const QJsonObject& object, const QSet<QString>& known, QJsonArray* errors, int index)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!known.contains(it.key())) {
            errors->append(ApiError::fieldError(it.key(), "unknown_field",
                QStringLiteral("The field '%1' is not part of this request; check its spelling.").arg(it.key()),
                index));
        }
    }
}

bool isJsonInteger(const QJsonValue& value, qint64 minimum)
{
    if (!value.isDouble()) {
        return false;
    }
    const double number = value.toDouble();
    return std::floor(number) == number && number >= static_cast<double>(minimum)
        && number <= static_cast<double>(ServerLimits::kMaxJsonInteger);
}

// An id from a path segment: 1..2^53-1 in plain decimal.
std::optional<qint64> parseId(const QString& text)
{
    static const QRegularExpression digits(QStringLiteral("^[1-9][0-9]{0,15}$"));
    if (!digits.match(text).hasMatch()) {
        return std::nullopt;
    }
    const qint64 id = text.toLongLong();
    if (id > ServerLimits::kMaxJsonInteger) {
        return std::nullopt;
    }
    return id;
}

Result<int> parseLimit(const QUrlQuery& query)
{
    if (!query.hasQueryItem(QStringLiteral("limit"))) {
        return ServerLimits::kDefaultPageLimit;
    }
    bool isNumber = false;
    const int limit = query.queryItemValue(QStringLiteral("limit")).toInt(&isNumber);
    if (!isNumber || limit < 1 || limit > ServerLimits::kMaxPageLimit) {
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("The parameter 'limit' must be a whole number from 1 to %1.")
                .arg(ServerLimits::kMaxPageLimit));
    }
    return limit;
}

// Cursors are "v1.<listing>.<last key>" in base64url: opaque to clients, checked on the way back.
QString makeCursor(const QString& listing, const QString& lastKey)
{
    const QByteArray plain = QByteArrayLiteral("v1.") + listing.toUtf8() + '.' + lastKey.toUtf8();
    return QString::fromLatin1(plain.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// The last key of the previous page ("" for the first page), or nullopt when the cursor is damaged
// or belongs to another listing.
std::optional<QString> readCursor(const QUrlQuery& query, const QString& listing)
{
    if (!query.hasQueryItem(QStringLiteral("cursor"))) {
        return QString();
    }
    const QByteArray encoded = query.queryItemValue(QStringLiteral("cursor")).toLatin1();
    if (encoded.isEmpty() || encoded.size() > 512) {
        return std::nullopt;
    }
    const auto decoded = QByteArray::fromBase64Encoding(
        encoded, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray prefix = QByteArrayLiteral("v1.") + listing.toUtf8() + '.';
    if (!decoded || !decoded.decoded.startsWith(prefix)) {
        return std::nullopt;
    }
    return QString::fromUtf8(decoded.decoded.mid(prefix.size()));
}

ApiResponse invalidCursor()
{
    return ApiError::make(400, "invalid_cursor",
        QStringLiteral("The cursor is damaged or belongs to another listing. Start the listing "
                       "again without a cursor."));
}

ApiResponse page(const QJsonArray& items, const QString& nextCursor)
{
    return ApiResponse::json(200,
        QJsonObject {{QStringLiteral("items"), items},
            {QStringLiteral("nextCursor"),
                nextCursor.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(nextCursor)}});
}

} // namespace ApiSupport
