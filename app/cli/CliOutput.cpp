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

namespace {

// Characters a terminal acts on instead of showing: C0 controls and DEL, C1 controls (U+0080 to
// U+009F, which include CSI and OSC), the bidirectional embeddings, overrides, isolates and marks
// that reorder what is shown around them, and the Unicode line and paragraph separators.
bool isTerminalControl(char16_t u)
{
    return u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0x061c || u == 0x200e || u == 0x200f
        || (u >= 0x2028 && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
}

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

QString isoUtc(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
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
