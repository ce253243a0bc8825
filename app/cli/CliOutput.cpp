#include "app/cli/CliOutput.h"

#include <QRegularExpression>

namespace CliOutput {

void write(FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
}

QString printable(const QString& text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\n') {
            result += QStringLiteral("\\n");
        } else if (c == u'\r') {
            result += QStringLiteral("\\r");
        } else if (c == u'\t') {
            result += QStringLiteral("\\t");
        } else if (c.category() == QChar::Other_Control) {
            result += QStringLiteral("\\x%1").arg(static_cast<uint>(c.unicode()), 2, 16, QChar(u'0'));
        } else {
            result += c;
        }
    }
    return result;
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
