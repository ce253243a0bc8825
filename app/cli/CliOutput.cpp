#include "app/cli/CliOutput.h"

#include <QRegularExpression>

#include <unistd.h>

namespace CliOutput {

void write(FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
}

bool isTerminal(FILE* stream)
{
    return ::isatty(::fileno(stream)) == 1;
}

// Characters a terminal acts on instead of showing: C0 controls and DEL, C1 controls (U+0080 to
// U+009F, which include CSI and OSC), the bidirectional embeddings, overrides, isolates and marks
// that reorder what is shown around them, and the Unicode line and paragraph separators.
bool isTerminalControl(char16_t u)
{
    return u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0x061c || u == 0x200e || u == 0x200f
        || (u >= 0x2028 && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
}

namespace {

QString escaped(const QString& text, bool keepLineBreaks)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!isTerminalControl(u) || (keepLineBreaks && u == u'\n')) {
            result += c;
        } else if (u == u'\n') {
            result += QStringLiteral("\\n");
        } else if (u == u'\r') {
            result += QStringLiteral("\\r");
        } else if (u == u'\t') {
            result += QStringLiteral("\\t");
        } else if (u <= 0xff) {
            result += QStringLiteral("\\x%1").arg(static_cast<uint>(u), 2, 16, QChar(u'0'));
        } else {
            result += QStringLiteral("\\u%1").arg(static_cast<uint>(u), 4, 16, QChar(u'0'));
        }
    }
    return result;
}

} // namespace

QString printable(const QString& text)
{
    return escaped(text, false);
}

QString printableLines(const QString& text)
{
    return escaped(text, true);
}

QByteArray printableJson(const QByteArray& json)
{
    // QJsonDocument escapes only what JSON requires (C0, '"' and '\\'); the rest of the terminal's
    // controls appear only inside strings, where a \uXXXX escape is the same text.
    const QString text = QString::fromUtf8(json);
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x20 && isTerminalControl(u)) {
            result += QStringLiteral("\\u%1").arg(static_cast<uint>(u), 4, 16, QChar(u'0'));
        } else {
            result += c;
        }
    }
    return result.toUtf8();
}

namespace {

constexpr qint64 kSecondsPerDay = 24 * 60 * 60;
// 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z: the years Qt writes with four digits.
constexpr qint64 kFirstFourDigitSecond = -62135596800;
constexpr qint64 kLastFourDigitSecond = 253402300799;

struct CivilDate
{
    qint64 year;
    unsigned month;
    unsigned day;
};

// The proleptic Gregorian date `days` after 1970-01-01 (H. Hinnant's civil_from_days).
CivilDate civilFromDays(qint64 days)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const auto dayOfEra = static_cast<unsigned>(days - era * 146097);
    const unsigned yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const unsigned dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const unsigned shiftedMonth = (5 * dayOfYear + 2) / 153;
    const unsigned day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1;
    const unsigned month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
    return {static_cast<qint64>(yearOfEra) + era * 400 + (month <= 2 ? 1 : 0), month, day};
}

void appendDigits(char*& cursor, qint64 value, int digits)
{
    for (int position = digits - 1; position >= 0; --position) {
        cursor[position] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    cursor += digits;
}

} // namespace

void appendIsoUtc(QByteArray& text, const QDateTime& time)
{
    const qint64 msecs = time.toMSecsSinceEpoch();
    const qint64 seconds = msecs >= 0 ? msecs / 1000 : -((-msecs + 999) / 1000);
    if (seconds < kFirstFourDigitSecond || seconds > kLastFourDigitSecond) {
        text += time.toUTC().toString(Qt::ISODate).toLatin1();
        return;
    }
    const qint64 days = seconds >= 0 ? seconds / kSecondsPerDay : -((-seconds + kSecondsPerDay - 1) / kSecondsPerDay);
    const qint64 secondOfDay = seconds - days * kSecondsPerDay;
    const CivilDate date = civilFromDays(days);
    char formatted[20];
    char* cursor = formatted;
    appendDigits(cursor, date.year, 4);
    *cursor++ = '-';
    appendDigits(cursor, date.month, 2);
    *cursor++ = '-';
    appendDigits(cursor, date.day, 2);
    *cursor++ = 'T';
    appendDigits(cursor, secondOfDay / 3600, 2);
    *cursor++ = ':';
    appendDigits(cursor, secondOfDay / 60 % 60, 2);
    *cursor++ = ':';
    appendDigits(cursor, secondOfDay % 60, 2);
    *cursor++ = 'Z';
    text.append(formatted, cursor - formatted);
}

QString isoUtc(const QDateTime& time)
{
    if (!time.isValid()) {
        return QString();
    }
    QByteArray text;
    appendIsoUtc(text, time);
    return QString::fromLatin1(text);
}

QJsonValue jsonTime(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(isoUtc(time)) : QJsonValue(QJsonValue::Null);
}

QString shellWord(const QString& text)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (plain.match(text).hasMatch()) {
        return text;
    }
    return u'\'' + QString(text).replace(u'\'', QStringLiteral("'\\''")) + u'\'';
}

} // namespace CliOutput
