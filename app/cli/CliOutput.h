#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QString>

#include <cstdio>

// Text helpers shared by botvault-cli's commands: how values, times and paths look on the terminal.
namespace CliOutput {

// Writes `text` as UTF-8, unbuffered by Qt so it interleaves correctly with the C stdio streams.
void write(FILE* stream, const QString& text);

// Whether `stream` is a terminal (rather than a pipe or a file): values that a script takes
// exactly are escaped when a person reads them there.
bool isTerminal(FILE* stream);

// Anything that came from a platform, a bot, a file or an archive is shown through these, so it can
// neither break the layout nor drive the terminal (ESC and OSC sequences set titles or write the
// clipboard; bidirectional overrides reorder the text around them). printable() shows \n, \r and
// \t as those two characters, other C0 controls, DEL and C1 controls as \xHH, and bidirectional
// controls and the Unicode line and paragraph separators as \uHHHH. `var get` and --json give
// the exact value.
QString printable(const QString& text);
// Whether the UTF-16 unit `u` is one of the characters printable() escapes.
bool isTerminalControl(char16_t u);
// printable() for text of several lines: line breaks are kept, everything else is escaped. The
// CLI's own lines (printLine, warnings, notes, errors) all pass through it.
QString printableLines(const QString& text);
// JSON text (UTF-8) with DEL, C1, bidirectional controls and U+2028/U+2029 written as \uHHHH
// escapes too; it parses to the same values.
QByteArray printableJson(const QByteArray& json);

// ISO 8601 in UTC to the second (QDateTime::toString(Qt::ISODate) of the time in UTC), or empty
// for an unknown time. Written by hand: a listing formats one for every item.
QString isoUtc(const QDateTime& time);
// isoUtc() of a valid `time`, appended as ASCII.
void appendIsoUtc(QByteArray& text, const QDateTime& time);
// ISO 8601 in UTC, or null for an unknown time.
QJsonValue jsonTime(const QDateTime& time);

// `text` as one shell word: unchanged when it needs no quoting, otherwise in single quotes, so a
// command printed for the user to copy (`botvault-cli secret set 'Support bot' API_KEY`) runs as shown.
QString shellWord(const QString& text);

} // namespace CliOutput
