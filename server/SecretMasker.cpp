#include "server/SecretMasker.h"

#include <algorithm>

SecretMasker::SecretMasker(const QList<QPair<QString, QString>>& secrets)
    : SecretMasker([&secrets] {
        QStringList values;
        for (const auto& secret : secrets) {
            values.append(secret.second);
        }
        return values;
    }())
{
}

SecretMasker::SecretMasker(QStringList values) : m_values(std::move(values))
{
    // An empty value would match everywhere; the API refuses empty secrets anyway.
    m_values.removeAll(QString());
    m_values.removeDuplicates();
    std::stable_sort(m_values.begin(), m_values.end(),
        [](const QString& left, const QString& right) { return left.size() > right.size(); });
}

bool SecretMasker::mask(QString* text) const
{
    bool masked = false;
    for (const QString& value : m_values) {
        if (text->contains(value)) {
            text->replace(value, kMask);
            masked = true;
        }
    }
    return masked;
}
