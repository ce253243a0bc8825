#include "storage/vault/VaultText.h"

#include "storage/vault/VaultLimits.h"

#include <QLocale>

QString VaultText::kindName(quint8 kind)
{
    return kind == static_cast<quint8>(ItemKind::Secret) ? tr("secret") : tr("variable");
}

Error VaultText::locked()
{
    return makeError(ErrorCode::Locked, tr("The vault is locked; unlock it with the master password."));
}

Error VaultText::damagedRecord(RecordId id)
{
    return makeError(ErrorCode::Damaged,
        tr("Record #%1 of the vault is damaged or was tampered with; it cannot be opened. The other "
           "records are not affected.")
            .arg(id));
}

Error VaultText::damagedBatch(qint64 id)
{
    return makeError(ErrorCode::Damaged,
        tr("Stored publish request #%1 is damaged or was tampered with; its changes cannot be "
           "resent. Drop it and publish again.")
            .arg(id));
}

Error VaultText::valueTooLarge(qsizetype size)
{
    return makeError(ErrorCode::InvalidInput,
        tr("The value is %1 bytes long; the limit is %2 bytes (64 KiB).").arg(size).arg(VaultLimits::kMaxValueBytes));
}

Error VaultText::namedValueTooLarge(const QString& name, qsizetype size)
{
    return makeError(ErrorCode::InvalidInput,
        tr("The value of '%1' is %2 bytes long; the limit is %3 bytes (64 KiB).")
            .arg(name)
            .arg(size)
            .arg(VaultLimits::kMaxValueBytes));
}

Error VaultText::projectGone()
{
    return makeError(ErrorCode::NotFound, tr("The project no longer exists."));
}

Error VaultText::itemNotFound(const QString& projectName, quint8 kind, const QString& name)
{
    return makeError(
        ErrorCode::NotFound, tr("Project '%1' has no %2 named '%3'.").arg(projectName, kindName(kind), name));
}

Error VaultText::itemExists(const QString& projectName, quint8 kind, const QString& name)
{
    return makeError(ErrorCode::AlreadyExists,
        tr("Project '%1' already has a %2 named '%3'.").arg(projectName, kindName(kind), name));
}

Error VaultText::encryptionFailed()
{
    return makeError(ErrorCode::Internal, tr("Encrypting a record failed."));
}

Error VaultText::changedElsewhere(quint8 kind, const QString& name, const QString& updatedBy, const QDateTime& updated)
{
    const QString at = QLocale().toString(updated.toLocalTime(), QLocale::ShortFormat);
    if (updatedBy.isEmpty()) {
        return makeError(ErrorCode::Conflict,
            tr("The %1 '%2' was changed elsewhere (at %3); reload and try again.").arg(kindName(kind), name, at));
    }
    return makeError(ErrorCode::Conflict,
        tr("The %1 '%2' was changed elsewhere (by %3, at %4); reload and try again.")
            .arg(kindName(kind), name, updatedBy, at));
}

Error VaultText::removedElsewhere(quint8 kind, const QString& name)
{
    return makeError(
        ErrorCode::Conflict, tr("The %1 '%2' was removed elsewhere; reload and try again.").arg(kindName(kind), name));
}
