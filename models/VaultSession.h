#pragma once

#include "models/AuditEntry.h"
#include "models/Ids.h"
#include "models/IgnoredFinding.h"
#include "models/ItemHistory.h"
#include "models/ProjectStore.h"
#include "models/Result.h"
#include "models/SecretValue.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <functional>

class SyncStore;

// The open vault as the desktop sees it: the projects and items (ProjectStore), and what the
// window does with the vault itself (unlock, lock, auto-lock, the master password, the access
// policy, a project's remote binding). The vault in storage/ implements it, so ui/ holds a
// VaultSession* and never the concrete vault, its SQL or its crypto. Creating a new vault file
// needs no open vault: see storage/VaultAccess.h.
class VaultSession : public ProjectStore
{
    Q_OBJECT

public:
    static constexpr int kDefaultAutoLockMinutes = 10;

    // What a password change does with the data key.
    enum class DataKey
    {
        // Rewraps it under the new password: touches the key-wrap row only.
        Keep,
        // Replaces it with a new random key, re-encrypts every record under it and recomputes every
        // blind index, in the same transaction as the rewrap, then truncates the WAL: a copy of the
        // old file with the old password opens nothing written afterwards.
        Rotate,
    };

    using ProjectStore::ProjectStore;
    ~VaultSession() override = default;

    virtual QString path() const = 0;
    virtual Result<void> unlock(const QString& path, const SecretValue& password) = 0;
    // Wipes the keys, checkpoints the WAL into the database and closes it.
    virtual void lock() = 0;
    // The check whether `password` is the master password of the unlocked vault, to run later: it
    // holds copies of what it needs and touches neither the vault nor its database, so it may run on
    // a worker thread while the key derivation takes its (deliberate) time. Fails with
    // ErrorCode::WrongPassword for another password, ErrorCode::Locked when the vault is locked.
    virtual std::function<Result<void>()> passwordCheck(const SecretValue& password) const = 0;
    // Wraps the data key under the new password with a fresh salt (and rotates the data key when asked).
    virtual Result<void> changePassword(const SecretValue& newPassword, DataKey dataKey) = 0;

    // Locks after this long without a call or noteActivity() (0 disables). Needs an event loop.
    virtual void setAutoLockTimeout(int milliseconds) = 0;
    // The user did something (typed, clicked): restart the auto-lock timer.
    virtual void noteActivity() = 0;
    virtual void setAccessPolicy(const AccessPolicy& policy) = 0;

    // Binds the project to a platform project (the URL, the remote id and the API token, which is
    // kept in its own encrypted record); see the vault for what binding drops and queues.
    virtual Result<void> setRemoteBinding(
        ProjectId project, const QString& url, qint64 remoteProjectId, const SecretValue& token)
        = 0;
    // Removes the binding, its token, the project's outbox, its stored batches and remote states.
    virtual Result<void> clearRemoteBinding(ProjectId project) = 0;
    // The binding's API token, to check a connection or rebind with it; never for display or logs.
    virtual Result<SecretValue> remoteToken(ProjectId project) const = 0;
    // How many changes of the project wait to be published.
    virtual Result<int> outboxCount(ProjectId project) const = 0;
    // Whether another program (the CLI, a second window) committed to the vault file since the last
    // look; when it has, emits projectsChanged() and reloadRequested(). Cheap: no record is read.
    virtual bool checkForExternalChanges() = 0;
    // Looks every `milliseconds` while unlocked (0 stops). Needs an event loop.
    virtual void setExternalChangePolling(int milliseconds) = 0;
    // View → Reload: emits projectsChanged() and reloadRequested() whether or not anything changed.
    virtual void requestReload() = 0;
    // The same vault as the sync engine and the channel service see it.
    virtual SyncStore* syncStore() = 0;

    // The vault's audit log, oldest first; an entry that does not open keeps its place, damaged.
    virtual Result<QList<AuditEntry>> auditEntries() const = 0;
    // Recomputes the audit log's chain and says where it breaks.
    virtual Result<AuditVerification> verifyAudit() const = 0;
    // Records an action the vault does not see itself (an export, a publish, a pull, a deploy) as
    // one entry; `detail` says what came of it (counts, outcome) and must never hold a value.
    virtual Result<void> recordAudit(ProjectId project, AuditAction action, const QString& detail) = 0;

    // History (models/ItemHistory.h). Every restore below is an ordinary change: it makes a new
    // version, reaches the outbox of a bound project and the audit log, in one transaction.
    // The versions of the item `name`, oldest first; NotFound when there is no such item.
    virtual Result<QList<ItemVersion>> itemVersions(ProjectId project, ItemKind kind, const QString& name) const = 0;
    // Writes version `number`'s name (or `newName` when it is not empty), value and flag back as the
    // item's current state. Refused with NotFound for a number not kept, AlreadyExists when the name
    // is another item's (the caller may offer another name), InvalidInput when the version's value
    // was forgotten.
    virtual Result<WriteOutcome> restoreVersion(
        ProjectId project, ItemKind kind, const QString& name, qint64 number, const QString& newName = {})
        = 0;
    // Destroys the values of every version of the secret but its current one, for good (the freed
    // pages are overwritten and the WAL truncated); the versions stay listed without a value.
    virtual Result<void> forgetOldValues(ProjectId project, const QString& secretName) = 0;
    virtual Result<HistoryRetention> historyRetention() const = 0;
    // Applies the new retention at once to every item and the trash.
    virtual Result<void> setHistoryRetention(const HistoryRetention& retention) = 0;

    // The recently deleted items and projects, newest first; `project` 0 lists the whole vault's,
    // otherwise the items that belonged to that project.
    virtual Result<QList<TrashEntry>> trashEntries(ProjectId project = 0) const = 0;
    // Brings the entry back exactly (values, flags, versions), under `newName` when it is not empty.
    // Refused with AlreadyExists when the name is taken (the caller may offer another name), and
    // for an item whose project is itself in the trash (restore the project first).
    virtual Result<TrashRestored> restoreFromTrash(qint64 entryId, const QString& newName = {}) = 0;
    // Destroys the entry and its versions for good; NotFound when it is already gone.
    virtual Result<void> purgeFromTrash(qint64 entryId) = 0;

    // The project as it was at `at`. Refused (InvalidInput) for a moment in the future, before the
    // project existed or older than the history kept.
    virtual Result<ProjectSnapshot> projectAt(ProjectId project, const QDateTime& at) const = 0;
    // What restoreProjectTo() would change, changing nothing.
    virtual Result<PointInTimePlan> planProjectRestore(ProjectId project, const QDateTime& at) const = 0;
    // Makes the project what it was at `at` in one transaction: adds, replaces and removes items.
    virtual Result<PointInTimeOutcome> restoreProjectTo(ProjectId project, const QDateTime& at) = 0;
    // Names a credential the scan found in the project's source without revealing it: the first 16
    // hex digits of HMAC-SHA256 over file, kind and value, under a key derived from the vault's
    // name-index key for the project. It holds a copy of that key, so it may run on a worker thread.
    using FindingIdentifier = std::function<QString(const QString& file, const QString& kindId, QStringView value)>;
    virtual Result<FindingIdentifier> findingIdentifier(ProjectId project) const = 0;
    // The project's ignored findings. Ignoring needs the secrets-admin role; each ignore and
    // unignore is one transaction with its audit entry. Ignoring an ignored finding replaces its
    // reason; unignoring one that is not ignored is NotFound.
    virtual Result<QList<IgnoredFinding>> ignoredFindings(ProjectId project) const = 0;
    virtual Result<void> ignoreFinding(
        ProjectId project, const QString& findingId, const QString& reason, const QString& place)
        = 0;
    virtual Result<void> unignoreFinding(ProjectId project, const QString& findingId) = 0;

Q_SIGNALS:
    // Entries were queued or acknowledged; carries no content.
    void outboxChanged(ProjectId project);
    // During unlock(), while the records of a vault written by an older BotVault are re-sealed in
    // the current format: `done` of `total` records, after every committed chunk.
    void formatUpgradeProgress(qint64 done, qint64 total);
};
