#pragma once

#include "models/OutboxEntry.h"
#include "models/ProjectStore.h"
#include "models/SecretValue.h"
#include "models/SyncStore.h"
#include "models/VaultSession.h"
#include "storage/KdfParams.h"
#include "storage/vault/VaultLimits.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

class HistoryRoom;

// The encrypted local vault: one SQLite file holding every project of one admin. Each record
// (project, secret, variable, outbox entry, remote credential) is one AES-256-GCM ciphertext under
// its own key derived from the data key and the row's identity, so a ciphertext moved to another row
// fails to open. Names are found through blind indexes; nothing is stored in clear. See
// docs/ARCHITECTURE.md ("Vault"). This class is the front: it owns the lifecycle (create, unlock,
// lock, auto-lock), the actor and the access policy, and emits the signals; the rooms in
// storage/vault/ do the work.
//
// Every write is one SQLite transaction. Writes run as actor(): its name is recorded as "updated
// by" and secret writes need the access policy's secrets-admin role.
//
// A project with a remote binding (platform URL, remote project id, API token) also gets an outbox:
// every write of an item queues one entry per change (a rename queues a delete and a put) in the
// same transaction, for the sync engine to publish. An unbound project queues nothing. The vault
// is also the sync engine's SyncStore: the base of its three-way comparison (remote states), the
// /changes requests stored before they are sent (outbox batches) and the platform's writes
// (applySync), each applied in one transaction.
class Vault : public VaultSession, public SyncStore
{
    Q_OBJECT

public:
    static constexpr int kFormatVersion = VaultLimits::kFormatVersion;
    static constexpr qsizetype kMaxValueBytes = VaultLimits::kMaxValueBytes;
    static constexpr qsizetype kMaxTokenBytes = VaultLimits::kMaxTokenBytes;
    static constexpr qsizetype kMaxBatchBodyBytes = VaultLimits::kMaxBatchBodyBytes;
    static constexpr qsizetype kMaxIdempotencyKeyBytes = VaultLimits::kMaxIdempotencyKeyBytes;

    explicit Vault(QObject* parent = nullptr);
    ~Vault() override;

    // Creates a new vault file (refuses to overwrite one) protected by `password`.
    static Result<void> create(
        const QString& path, const SecretValue& password, const KdfParams& params = KdfParams::defaults());
    static bool exists(const QString& path);
    // The default vault: botvault/vault.db in the user's data folder.
    static QString defaultPath();

    // A vault of an older record format is upgraded in place first (formatUpgradeProgress reports
    // it); a crash during the upgrade loses nothing, and the next unlock resumes it.
    Result<void> unlock(const QString& path, const SecretValue& password) override;
    // The records the last unlock's format upgrade could not open (left as they were: damaged).
    QList<RecordId> damagedByUpgrade() const;
    void lock() override;
    bool isUnlocked() const override;
    QString path() const override;
    KdfParams kdfParams() const;
    // Wraps the data key under the new password (and parameters), a fresh salt each time; rotating
    // the data key re-encrypts every record in the same transaction (see VaultRekey).
    Result<void> changePassword(
        const SecretValue& newPassword, std::optional<KdfParams> params, DataKey dataKey = DataKey::Keep);
    Result<void> changePassword(const SecretValue& newPassword, DataKey dataKey = DataKey::Keep) override;
    std::function<Result<void>()> passwordCheck(const SecretValue& password) const override;

    void setAutoLockTimeout(int milliseconds) override;
    int autoLockTimeout() const;
    void noteActivity() override;
    // Another connection's commits move SQLite's PRAGMA data_version; this connection's own do not.
    bool checkForExternalChanges() override;
    void setExternalChangePolling(int milliseconds) override;
    void requestReload() override;

    void setActor(const Actor& actor);
    Actor actor() const override;
    void setAccessPolicy(const AccessPolicy& policy) override;
    AccessPolicy accessPolicy() const override;

    Result<QList<Project>> projects() const override;
    Result<Project> projectByName(const QString& name) const;
    Result<Project> addProject(const QString& name) override;
    Result<void> renameProject(ProjectId id, const QString& newName) override;
    Result<void> removeProject(ProjectId id) override;
    Result<ProjectCounts> projectCounts(ProjectId id) const override;
    Result<void> setProjectSourceFolder(ProjectId id, const QString& folder) override;
    Result<ProjectId> applyImport(const ProjectImport& import) override;

    Result<QList<SecretSummary>> secrets(ProjectId project) const override;
    // Reads the project's sealed rows now and opens them a chunk at a time; refuses once locked.
    Result<std::unique_ptr<ItemListing<SecretSummary>>> secretListing(ProjectId project) const override;
    Result<WriteOutcome> setSecret(ProjectId project, const QString& name, const SecretValue& value,
        WriteMode mode = WriteMode::CreateOrReplace) override;
    Result<WriteOutcome> editSecret(ProjectId project, const QString& name, const QString& newName,
        const std::optional<SecretValue>& newValue, const std::optional<SeenItem>& seen = std::nullopt) override;
    Result<WriteOutcome> rotateSecret(ProjectId project, const QString& name, const SecretValue& newValue,
        const std::optional<SeenItem>& seen = std::nullopt) override;
    Result<void> setSecretRotation(ProjectId project, const QString& name, const RotationPolicy& policy) override;
    Result<WriteOutcome> renameSecret(ProjectId project, const QString& name, const QString& newName);
    Result<void> removeSecret(ProjectId project, const QString& name) override;
    // For code that must use the value (running a bot, publishing); never for display.
    Result<SecretValue> secretValue(ProjectId project, const QString& name) const;

    Result<QList<Variable>> variables(ProjectId project) const override;
    Result<std::unique_ptr<ItemListing<Variable>>> variableListing(ProjectId project) const override;
    Result<Variable> variable(ProjectId project, const QString& name) const override;
    Result<WriteOutcome> setVariable(ProjectId project, const QString& name, const QString& value,
        std::optional<bool> includeInExport = {}, WriteMode mode = WriteMode::CreateOrReplace) override;
    Result<WriteOutcome> editVariable(ProjectId project, const QString& name, const QString& newName,
        const QString& value, bool includeInExport, const std::optional<SeenItem>& seen = std::nullopt) override;
    Result<WriteOutcome> renameVariable(ProjectId project, const QString& name, const QString& newName);
    Result<void> setVariableIncludeInExport(ProjectId project, const QString& name, bool include) override;
    Result<void> removeVariable(ProjectId project, const QString& name) override;

    // Binds the project to a platform project: the URL (https, or http to a loopback address) and id
    // go into the project record, the token into its own encrypted record. Binding queues nothing
    // (the sync engine compares the whole project on its first publish); binding to another URL or
    // remote project drops the entries queued for the old one.
    Result<void> setRemoteBinding(
        ProjectId project, const QString& url, qint64 remoteProjectId, const SecretValue& token) override;
    Result<void> clearRemoteBinding(ProjectId project) override;
    // The binding's API token, for the sync engine only; never for display or logs.
    Result<SecretValue> remoteToken(ProjectId project) const override;

    // The project's queued changes, oldest first. A damaged entry keeps its place with only its id.
    Result<QList<OutboxEntry>> outbox(ProjectId project) const override;
    Result<int> outboxCount(ProjectId project) const override;
    // Removes the delivered entries `ids` of the project in one transaction; ids not queued (already
    // acknowledged) are ignored.
    Result<void> acknowledgeOutbox(ProjectId project, const QList<qint64>& ids);

    // SyncStore (models/SyncStore.h). Each needs the vault unlocked, the project and (except
    // syncBinding's own "not bound" answer) its remote binding; see docs/ARCHITECTURE.md.
    Result<RemoteBinding> syncBinding(ProjectId project) const override;
    // Fails with Damaged when an item cannot be opened: leaving it out would read as a deletion.
    Result<QList<LocalItem>> syncLocalItems(ProjectId project) const override;
    Result<SecretValue> syncToken(ProjectId project) const override;
    Result<SecretValue> syncSecretValue(ProjectId project, const QString& name) const override;
    // In kind and name order; Damaged when any state cannot be opened.
    Result<QList<RemoteItemState>> remoteStates(ProjectId project) const override;
    // The key: 1 to 255 printable ASCII characters; the body: 1 byte to kMaxBatchBodyBytes. Damaged
    // when a stored batch of the project cannot be opened (its entries are unknown): drop it first.
    Result<qint64> addOutboxBatch(ProjectId project, const QByteArray& idempotencyKey, const QByteArray& body,
        const QList<qint64>& entryIds) override;
    Result<QList<OutboxBatch>> outboxBatches(ProjectId project) const override;
    // Applied in this order: completeBatch, dropBatch, dropEntries, removeItems, putVariables,
    // clearStates, setStates (so a key both cleared and set ends up set). A batch named by
    // completeBatch or dropBatch must be stored for the project (NotFound otherwise); a damaged one
    // can be dropped but not completed.
    Result<void> applySync(ProjectId project, const SyncApply& apply) override;
    Result<std::unique_ptr<SyncLock>> lockSync(ProjectId project) override;
    SyncStore* syncStore() override { return this; }

    // The audit log (storage/vault/AuditLog): every entry, oldest first; the chain's check; an
    // entry for what the vault does not see itself.
    Result<QList<AuditEntry>> auditEntries() const override;
    Result<AuditVerification> verifyAudit() const override;
    Result<void> recordAudit(ProjectId project, AuditAction action, const QString& detail) override;

    // History (storage/vault/HistoryRoom, implemented in VaultHistory.cpp).
    Result<QList<ItemVersion>> itemVersions(ProjectId project, ItemKind kind, const QString& name) const override;
    Result<WriteOutcome> restoreVersion(
        ProjectId project, ItemKind kind, const QString& name, qint64 number, const QString& newName = {}) override;
    Result<void> forgetOldValues(ProjectId project, const QString& secretName) override;
    Result<HistoryRetention> historyRetention() const override;
    Result<void> setHistoryRetention(const HistoryRetention& retention) override;
    Result<QList<TrashEntry>> trashEntries(ProjectId project = 0) const override;
    Result<TrashRestored> restoreFromTrash(qint64 entryId, const QString& newName = {}) override;
    Result<void> purgeFromTrash(qint64 entryId) override;
    Result<ProjectSnapshot> projectAt(ProjectId project, const QDateTime& at) const override;
    Result<PointInTimePlan> planProjectRestore(ProjectId project, const QDateTime& at) const override;
    Result<PointInTimeOutcome> restoreProjectTo(ProjectId project, const QDateTime& at) override;
    // The credential scan's finding ids and the findings ignored in the vault (storage/vault/IgnoredFindings).
    Result<FindingIdentifier> findingIdentifier(ProjectId project) const override;
    Result<QList<IgnoredFinding>> ignoredFindings(ProjectId project) const override;
    Result<void> ignoreFinding(
        ProjectId project, const QString& findingId, const QString& reason, const QString& place) override;
    Result<void> unignoreFinding(ProjectId project, const QString& findingId) override;

    // `PRAGMA integrity_check` on the open database.
    Result<void> checkIntegrity() const;

private:
    Result<void> upgradeFormat();
    // The history room once the vault is ready for a call (see VaultHistory.cpp).
    Result<HistoryRoom*> historyRoom() const;
    // After a history action that wrote: what the views and the sync engine must hear.
    void historyWritten(ProjectId project);

    struct Private;
    std::unique_ptr<Private> d;
};
