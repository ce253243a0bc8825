#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// Replaces every exact copy of a secret value in a text by "******", longest value first, so a
// value that contains a shorter one is masked whole (docs/API.md "The test widget"). It finds exact
// copies only: a script that encodes, splits or reverses a value defeats it.
class SecretMasker
{
public:
    static inline const QString kMask = QStringLiteral("******");

    explicit SecretMasker(const QList<QPair<QString, QString>>& secrets);
    explicit SecretMasker(QStringList values);

    // Whether anything was replaced.
    bool mask(QString* text) const;
    const QStringList& values() const { return m_values; }

private:
    QStringList m_values; // longest first, no empty value
};
