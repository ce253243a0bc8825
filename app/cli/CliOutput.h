#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>

#include <cstdio>

// Text helpers shared by botvault-cli's commands: how values, times and paths look on the terminal.
namespace CliOutput {

// Writes `text` as UTF-8, unbuffered by Qt so it interleaves correctly with the C stdio streams.
void write(FILE* stream, const QString& text);

// Listings are read by people; control characters in a value would break the table, so they are
// shown escaped (\n, \r, \t, \xHH). `var get` and --json give the exact value.
QString printable(const QString& text);

QString isoUtc(const QDateTime& time);
// ISO 8601 in UTC, or null for an unknown time.
QJsonValue jsonTime(const QDateTime& time);

// `text` as one shell word: unchanged when it needs no quoting, otherwise in single quotes, so a
// command printed for the user to copy (`botvault-cli secret set 'Support bot' API_KEY`) runs as shown.
QString shellWord(const QString& text);

} // namespace CliOutput
