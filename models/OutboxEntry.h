#pragma once

#include "models/Ids.h"
#include "models/SecretValue.h"

#include <QDateTime>
#include <QString>

// One local change waiting to be published to the project's remote binding. The vault writes it in
// the same transaction as the change itself, so a change reported as saved is never lost to the
// platform; the sync engine reads the queue in order, sends it and acknowledges what was applied.
// The idempotency key is made once, with the entry, and sent on every retry so that the server
// applies the change at most once.
struct OutboxEntry
{
    // Stored in the vault: never renumber.
    enum class Op : quint8
    {
        Put = 1,
        Delete = 2,
    };

    qint64 id = 0;
    ProjectId projectId = 0;
    ItemKind kind = ItemKind::Variable;
    QString name;
    Op op = Op::Put;
    // A put of a variable: the value at the time of the change.
    QString value;
    // A put of a secret: the value at the time of the change, kept in secure memory.
    SecretValue secretValue;
    bool includeInExport = false;
    // A put of a secret whose rotation rule changed and whose value did not (the entry still
    // carries the value, which a put to the platform needs).
    bool rotationOnly = false;
    // The item's revision on the platform the change was made against; 0 when none is known.
    qint64 baseRevision = 0;
    // 16 random bytes, base64url without padding (22 characters).
    QString idempotencyKey;
    QDateTime created;
    QString createdBy;
    // The record failed authentication: only the id is known, nothing else is trusted.
    bool damaged = false;
};
