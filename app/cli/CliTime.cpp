#include "app/cli/CliTime.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace CliTime {

std::optional<QDateTime> parse(const QString& text, DateMeans dateMeans)
{
    // QDateTime takes a bare date too (as local midnight), so a date is recognised by its form first.
    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (dateOnly.match(text).hasMatch()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid()) {
            return std::nullopt;
        }
        return dateMeans == DateMeans::StartOfDay ? date.startOfDay(QTimeZone::utc()) : date.endOfDay(QTimeZone::utc());
    }
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid()) {
        return std::nullopt;
    }
    return time;
}

} // namespace CliTime
