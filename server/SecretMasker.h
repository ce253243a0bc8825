#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// Replaces every copy of a secret value in a text by "******", longest first, so a value that
// contains a shorter one is masked whole (docs/API.md "The test widget"). A copy is the value as it
// is or as JSON.stringify escapes it inside a string ("\"", "\\", "\n", "\u001b", …): the runtime
// serialises objects, arrays and many error messages to JSON, and an escaped copy decodes to the
// exact value. It finds these copies only: a script that encodes, splits or reverses a value
// defeats it, which is why callers without the secrets-admin role never run with real values.
class SecretMasker
{
public:
    static inline const QString kMask = QStringLiteral("******");

    explicit SecretMasker(const QList<QPair<QString, QString>>& secrets);
    // `values` and, for each, its JSON-escaped form; `extraForms` are more texts to mask as they are
    // (the child adds the forms its own engine's JSON.stringify produces).
    explicit SecretMasker(const QStringList& values, const QStringList& extraForms = {});

    // Whether anything was replaced.
    bool mask(QString* text) const;
    // The texts masked, longest first.
    const QStringList& forms() const { return m_forms; }

    // `value` as ECMAScript's JSON.stringify writes it between the quotes of a string.
    static QString jsonEscaped(const QString& value);

private:
    QStringList m_forms; // longest first, no empty text
};
