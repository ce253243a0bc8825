#pragma once

#include "models/AuditEntry.h"
#include "models/Result.h"
#include "storage/vault/AuditLogChain.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <vector>

struct VaultContext;

// The vault's audit log: an append-only list of what was done to the vault, one sealed entry per
// action (kind 7, bound to its sequence number), written in the same transaction as the change it
// records and chained by AuditLogChain. An entry names the action, the actor, the project and the
// item, never a value.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    // One entry as a room writes it; the time and the actor are the vault's own.
    struct Change
    {
        AuditAction action = AuditAction::Unknown;
        QString project;
        quint8 itemKind = 0;
        QString name;
        QString detail;
    };

    explicit AuditLog(VaultContext& vault);

    // Appends inside the caller's transaction.
    Result<void> append(const Change& change);
    // Appends in a transaction of its own.
    Result<void> appendAlone(const Change& change);
    // Turns the header's count of wrong passwords into an entry and clears it, in one transaction.
    Result<void> recordFailedUnlocks();

    Result<QList<AuditEntry>> entries();
    Result<AuditVerification> verify();

private:
    // The sequence number a payload sealed elsewhere in the log opens under, or 0.
    qint64 sealedAs(const QByteArray& sealed, qint64 last);
    bool opensAs(const QByteArray& sealed, qint64 sequence);
    AuditVerification misplaced(const std::vector<AuditLogChain::Row>& rows, size_t index, qint64 last);
    AuditVerification broken(AuditVerification::Problem problem, qint64 sequence, const QString& message) const;

    VaultContext& m_vault;
    qint64 m_checked = 0;
};
