#pragma once

#include "models/Ids.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// The vault's user-visible texts, under the translation context "Vault" whichever room produces
// them, and the errors several rooms share.
class VaultText
{
    Q_DECLARE_TR_FUNCTIONS(Vault)

public:
    // "secret" or "variable", for messages that name an item's kind.
    static QString kindName(quint8 kind);

    static Error locked();
    static Error damagedRecord(RecordId id);
    static Error damagedBatch(qint64 id);
    static Error valueTooLarge(qsizetype size);
    static Error namedValueTooLarge(const QString& name, qsizetype size);
    static Error projectGone();
    static Error itemNotFound(const QString& projectName, quint8 kind, const QString& name);
    static Error itemExists(const QString& projectName, quint8 kind, const QString& name);
    static Error encryptionFailed();
    // An edit started from a row that another program has since changed or removed.
    static Error changedElsewhere(quint8 kind, const QString& name, const QString& updatedBy, const QDateTime& updated);
    static Error removedElsewhere(quint8 kind, const QString& name);
};
