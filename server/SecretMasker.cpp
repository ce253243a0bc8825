#include "server/SecretMasker.h"

#include <algorithm>

namespace {

QStringList valuesOf(const QList<QPair<QString, QString>>& secrets)
{
    QStringList values;
    for (const auto& secret : secrets) {
        values.append(secret.second);
    }
    return values;
}

} // namespace

SecretMasker::SecretMasker(const QList<QPair<QString, QString>>& secrets) : SecretMasker(valuesOf(secrets)) { }

SecretMasker::SecretMasker(const QStringList& values, const QStringList& extraForms)
{
    for (const QString& value : values) {
        m_forms.append(value);
        m_forms.append(jsonEscaped(value));
    }
    m_forms += extraForms;
    // An empty value would match everywhere; the API refuses empty secrets anyway.
    m_forms.removeAll(QString());
    m_forms.removeDuplicates();
    std::stable_sort(m_forms.begin(), m_forms.end(),
        [](const QString& left, const QString& right) { return left.size() > right.size(); });
}

bool SecretMasker::mask(QString* text) const
{
    bool masked = false;
    for (const QString& form : m_forms) {
        if (text->contains(form)) {
            text->replace(form, kMask);
            masked = true;
        }
    }
    return masked;
}

QString SecretMasker::jsonEscaped(const QString& value)
{
    // ECMA-262 QuoteJSONString: the short escapes, then \u00xx (lower-case hex) for the other
    // control characters; everything else, non-ASCII included, is written as it is.
    QString escaped;
    escaped.reserve(value.size() + 8);
    for (const QChar c : value) {
        switch (c.unicode()) {
        case u'"':
            escaped += QStringLiteral("\\\"");
            break;
        case u'\\':
            escaped += QStringLiteral("\\\\");
            break;
        case u'\b':
            escaped += QStringLiteral("\\b");
            break;
        case u'\f':
            escaped += QStringLiteral("\\f");
            break;
        case u'\n':
            escaped += QStringLiteral("\\n");
            break;
        case u'\r':
            escaped += QStringLiteral("\\r");
            break;
        case u'\t':
            escaped += QStringLiteral("\\t");
            break;
        default:
            if (c.unicode() < 0x20) {
                escaped += QStringLiteral("\\u%1").arg(static_cast<uint>(c.unicode()), 4, 16, QLatin1Char('0'));
            } else {
                escaped += c;
            }
        }
    }
    return escaped;
}
