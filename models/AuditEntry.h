#pragma once

#include "models/Ids.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// What happened to the vault, as its audit log records it: one entry per user action, never a
// value. The vault keeps the entries sealed and chained (storage/vault/AuditLog); these are the
// opened entries and the verdict of a chain check as the CLI and the desktop show them.
enum class AuditAction
{
    LogStarted,
    ProjectAdded,
    ProjectRenamed,
    ProjectRemoved,
    SourceFolderChanged,
    ItemAdded,
    ItemReplaced,
    ItemRenamed,
    ExportFlagChanged,
    ItemRemoved,
    Imported,
    Exported,
    Published,
    Pulled,
    Deployed,
    RemoteBound,
    RemoteUnbound,
    PasswordChanged,
    DataKeyRotated,
    FailedUnlocks,
    Unknown,
    RotationChanged, // a secret's rotation period or expiry date was set or cleared
    VersionRestored,
    TrashRestored,
    TrashPurged,
    OldValuesForgotten,
    PointInTimeRestored,
    RetentionChanged,
    FindingIgnored,
    FindingUnignored,
    ItemRotated, // a secret's value replaced by a rotation (secret rotate, the Rotate dialog)
};

struct AuditEntry
{
    qint64 sequence = 0;
    QDateTime time;
    QString actor;
    AuditAction action = AuditAction::Unknown;
    QString project;
    // 0 when the entry is not about one item.
    quint8 itemKind = 0;
    QString name;
    // What else the action needs to be understood: a new name, a count, an outcome; never a value.
    QString detail;
    // The entry did not open: only its sequence number is known.
    bool damaged = false;
};

// The result of recomputing the chain.
struct AuditVerification
{
    enum class Problem
    {
        None,
        Edited, // an entry's payload or MAC was changed
        Removed, // an entry in the middle is missing
        Reordered, // entries are at each other's positions
        Inserted, // an entry that the chain does not know sits in it
        Truncated, // the last entries are missing
        HeadMismatch, // the head in the vault's header does not match the log
    };

    Problem problem = Problem::None;
    // How many entries were checked.
    qint64 entries = 0;
    // The first sequence number where the chain breaks; 0 when intact.
    qint64 firstBadSequence = 0;
    QString message;

    bool intact() const { return problem == Problem::None; }
};

namespace AuditText {

// The stable code an action is stored under ("item.add"), and back.
QString actionCode(AuditAction action);
AuditAction actionFromCode(const QString& code);
// The action in the user's language ("Added", "Renamed", ...).
QString actionName(AuditAction action);
// "secret", "variable" or an empty string.
QString kindName(quint8 itemKind);
// The stable name of a problem ("edited", "removed", ...), for --json.
QString problemCode(AuditVerification::Problem problem);

} // namespace AuditText
