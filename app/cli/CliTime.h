#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

// The points in time botvault-cli takes (--since, --until, --at): ISO 8601 as a date
// ("2026-12-01", in UTC) or a date and time ("2026-12-01T10:00:00Z"; without a zone, local time).
namespace CliTime {

// What a date without a time stands for: its first moment (--since, --at) or its last (--until,
// so that "--until 2026-12-01" keeps that whole day).
enum class DateMeans
{
    StartOfDay,
    EndOfDay,
};

std::optional<QDateTime> parse(const QString& text, DateMeans dateMeans);

} // namespace CliTime
