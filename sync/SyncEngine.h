#pragma once

#include "models/Ids.h"
#include "models/Result.h"
#include "sync/BackoffPolicy.h"
#include "sync/SyncPlan.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <memory>
#include <optional>

class PlatformClient;
class SyncJob;
class SecretValue;
class SyncStore;

// Who the binding's token belongs to on the platform (GET /api/v1/me) and the server's limits.
struct RemoteIdentity
{
    QString login;
    QString displayName;
    // As the platform names them; unknown roles are kept.
    QStringList roles;
    QString secretsAdminRole;
    int maxBatchChanges = 1000;
    qint64 maxBatchBytes = 8 * 1024 * 1024;

    bool canWriteSecrets() const { return roles.contains(secretsAdminRole); }
    bool canWriteVariables() const
    {
        return roles.contains(QStringLiteral("SYSTEM_ADMIN")) || roles.contains(QStringLiteral("DEVELOPER"));
    }
};

// What a finished operation did, for the status bar, the CLI and the tests.
struct SyncReport
{
    RemoteIdentity identity;
    // Prepare: the plan. Publish/Pull: the plan as executed.
    SyncPlan plan;
    int sent = 0; // changes delivered to the platform
    int pulled = 0; // local items written or removed from the platform's side
    int requests = 0; // HTTP requests made (listings, /me and batches, retries included)
    int batches = 0;
    int resentBatches = 0; // stored batches of an earlier run, sent again with their keys
    // Conflicts found by the server while publishing (412): nothing of their batch was applied;
    // prepare again to see both sides.
    QList<SyncPlanItem> conflicts;
    // Warnings for the admin (a secret replaced on the platform, …); no values.
    QStringList warnings;
};

// Why an operation failed, beyond the Error's code and message: what the UI and CLI act on.
enum class SyncFailure
{
    None,
    NotBound, // the project has no remote binding or token
    Locked,
    Unauthorized, // 401: ask for a new token
    Forbidden, // 403: the token's user lacks a role; the message names it
    Conflict, // 412 or an undecided conflict in the plan
    Rejected, // another final 4xx (400, 404, 413, 415, 422): the server's message
    Network, // retries used up: refused, reset, timeout, 5xx, malformed answers
    Tls, // the certificate was refused; the token was not sent
    Damaged, // the outbox holds a damaged entry or batch
    Cancelled,
    Store, // the vault refused a write
    Busy, // another publish or pull of the project runs (in this process or another)
};

// One Prepare, Publish or Pull under way. Emits progress() and exactly one finished(); deleted by
// the engine after finished() has returned. cancel() stops at the next safe point: a batch already
// sent is still awaited and recorded, nothing later is sent, and the outbox keeps every entry not
// yet acknowledged.
class SyncOperation : public QObject
{
    Q_OBJECT

public:
    enum class Kind
    {
        Prepare,
        Publish,
        Pull,
    };

    Kind kind() const { return m_kind; }
    ProjectId project() const { return m_project; }
    bool isFinished() const { return m_finished; }
    // Valid after finished().
    const Result<SyncReport>& result() const { return m_result; }
    SyncFailure failure() const { return m_failure; }
    // What the operation did, also when it failed or was cancelled part way (the changes sent
    // before a cancel, the conflicts of a 412, the identity of checkConnection). On success the
    // same as result().value().
    const SyncReport& report() const { return m_report; }

    void cancel();

Q_SIGNALS:
    // `done` of `total` changes (or requests while preparing); `stage` is a short translated text
    // such as "Sending changes 1,000–2,000 of 10,000".
    void progress(int done, int total, const QString& stage);
    void finished();

protected:
    SyncOperation(Kind kind, ProjectId project, QObject* parent);
    void finish(Result<SyncReport> result, SyncFailure failure);
    // Called by cancel() (after m_cancelRequested is set) so that a subclass can abort a request
    // that may safely be abandoned, such as a listing.
    virtual void onCancelRequested() { }

    bool m_cancelRequested = false;
    // Filled as the operation goes; finish() replaces it with the result's report on success.
    SyncReport m_report;

private:
    Kind m_kind;
    ProjectId m_project;
    bool m_finished = false;
    Result<SyncReport> m_result = Error {ErrorCode::Internal, QString()};
    SyncFailure m_failure = SyncFailure::None;
};

// Per item, for the page's sync column.
enum class ItemSyncState
{
    Unbound, // the project has no remote
    Synced,
    Pending, // a local change waits in the outbox, or the item was never published
    Conflict, // the last prepare or publish found a conflict
};

// Publishes a project's local changes to its remote binding and pulls the platform's, over the
// vault's outbox (docs/ARCHITECTURE.md, "Sync engine"). One operation per project at a time
// (InvalidInput "already syncing" otherwise). The token is read from the vault for each operation
// and never kept longer than the operation.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    // The vault, through the interface sync/ knows; not owned.
    explicit SyncEngine(SyncStore* store, QObject* parent = nullptr);
    ~SyncEngine() override;

    // Forwarded to the platform client of every operation.
    void setTransferTimeout(std::chrono::milliseconds timeout);
    void addCaCertificates(const QList<QSslCertificate>& certificates);
    void setBackoffPolicy(const BackoffPolicy& policy);

    // GET /me: checks a URL and token before they are saved (the binding dialog, `remote set`).
    // The token is used for this call only. finished() carries the identity in report().identity.
    SyncOperation* checkConnection(const QUrl& url, const QByteArray& token);
    SyncOperation* checkConnection(const QUrl& url, const SecretValue& token);

    // Fetches /me and both listings and computes the plan (report().plan); sends nothing.
    SyncOperation* prepare(ProjectId project);
    // Resends any batch a previous run left, then sends the plan's outgoing changes and chosen
    // deletions in batches of at most the server's limits, each stored with its key before it is
    // sent. Refuses a plan with undecided conflicts. Conflicts resolved TakeRemote are applied
    // locally as in pull().
    SyncOperation* publish(const SyncPlan& plan);
    // Applies the plan's incoming changes and the conflicts resolved TakeRemote to the vault in one
    // transaction; conflicts resolved KeepLocal are left for publish, undecided ones are skipped
    // (and reported in warnings).
    SyncOperation* pull(const SyncPlan& plan);

    bool isBusy(ProjectId project) const;

    // From the vault alone (no network): pending for queued or never-published items, conflict for
    // the items of the last plan or publish that found one. Keys: ItemKey. Every item of an unbound
    // project is Unbound (or, when the store lists no items of an unbound project, the hash is empty).
    Result<QHash<ItemKey, ItemSyncState>> itemStates(ProjectId project) const;
    // The identity of the last successful call for this project, if any.
    std::optional<RemoteIdentity> lastIdentity(ProjectId project) const;

Q_SIGNALS:
    // An operation started or finished, a conflict was found or resolved: refresh the sync column
    // and status bar.
    void stateChanged(ProjectId project);
    // /me answered for a bound project: the UI mirrors the roles (the page's secrets gating).
    void identityChanged(ProjectId project, const RemoteIdentity& identity);

private:
    // Marks the project busy until the job finishes and keeps its identity and conflicts; false
    // (the job then fails with "already syncing") when the project is busy.
    bool startTracking(SyncJob* job);

    struct Private;
    std::unique_ptr<Private> d;
};
