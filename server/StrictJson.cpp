#include "server/StrictJson.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QList>
#include <QSet>
#include <QString>

namespace {

Error invalid(const QString& why, qsizetype offset)
{
    return makeError(ErrorCode::InvalidInput,
        QStringLiteral("The body must be one JSON object in UTF-8: %1 at offset %2.").arg(why).arg(offset));
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

// Decodes the string token starting at body[*position] (the opening quote) and moves past it. The
// document has already been parsed by Qt, so the token is well formed; only the escapes matter.
QString decodeString(const QByteArray& body, qsizetype* position)
{
    QString decoded;
    QByteArray run;
    qsizetype i = *position + 1;
    while (i < body.size() && body.at(i) != '"') {
        if (body.at(i) != '\\') {
            run.append(body.at(i++));
            continue;
        }
        decoded += QString::fromUtf8(run);
        run.clear();
        const char escape = i + 1 < body.size() ? body.at(i + 1) : '\0';
        if (escape == 'u' && i + 5 < body.size()) {
            int unit = 0;
            for (int digit = 0; digit < 4; ++digit) {
                unit = unit * 16 + qMax(0, hexValue(body.at(i + 2 + digit)));
            }
            decoded += QChar(static_cast<char16_t>(unit));
            i += 6;
            continue;
        }
        switch (escape) {
        case 'n':
            decoded += QLatin1Char('\n');
            break;
        case 't':
            decoded += QLatin1Char('\t');
            break;
        case 'r':
            decoded += QLatin1Char('\r');
            break;
        case 'b':
            decoded += QLatin1Char('\b');
            break;
        case 'f':
            decoded += QLatin1Char('\f');
            break;
        default:
            decoded += QLatin1Char(escape); // \" \\ \/
            break;
        }
        i += 2;
    }
    decoded += QString::fromUtf8(run);
    *position = i + 1;
    return decoded;
}

bool hasLoneSurrogate(const QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
        } else if (c.isSurrogate()) {
            return true;
        }
    }
    return false;
}

} // namespace

namespace StrictJson {

Result<QJsonObject> parseObject(const QByteArray& body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return invalid(parseError.errorString(), parseError.offset);
    }
    if (!document.isObject()) {
        return invalid(QStringLiteral("the top level is not an object"), 0);
    }

    // Qt accepted the text, so a light scan suffices: track the keys of every open object and
    // check every string for surrogates.
    struct Frame
    {
        bool isObject = false;
        QSet<QString> keys;
    };
    QList<Frame> frames;
    char previous = '\0'; // the last structural character seen
    for (qsizetype i = 0; i < body.size();) {
        const char c = body.at(i);
        if (c == '"') {
            const qsizetype start = i;
            const QString text = decodeString(body, &i);
            if (hasLoneSurrogate(text)) {
                return invalid(QStringLiteral("a string holds a lone UTF-16 surrogate"), start);
            }
            const bool isKey = !frames.isEmpty() && frames.last().isObject && (previous == '{' || previous == ',');
            if (isKey) {
                if (frames.last().keys.contains(text)) {
                    return invalid(
                        QStringLiteral("the key '%1' appears twice in one object").arg(text.left(64)), start);
                }
                frames.last().keys.insert(text);
            }
            previous = '"';
            continue;
        }
        if (c == '{' || c == '[') {
            frames.append(Frame {c == '{', {}});
        } else if (c == '}' || c == ']') {
            if (!frames.isEmpty()) {
                frames.removeLast();
            }
        }
        if (c == '{' || c == '[' || c == '}' || c == ']' || c == ',' || c == ':') {
            previous = c;
        }
        ++i;
    }
    return document.object();
}

} // namespace StrictJson
