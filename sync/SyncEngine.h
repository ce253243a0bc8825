#pragma once

#include "models/Ids.h"
#include "models/Result.h"
#include "sync/BackoffPolicy.h"
#include "sync/SyncOperation.h"
#include "sync/SyncPlan.h"
#include "sync/SyncTypes.h"

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

class SyncJob;
class SecretValue;
class SyncStore;

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

    // GET /me and GET /projects: checks a URL and token before they are saved (the binding
    // dialog, `remote set`). The token is used for this call only. finished() carries the identity
    // in report().identity and the token's projects in report().remoteProjects; with a
    // `remoteProjectId`, a platform without that project fails the check (ConnectionCheck).
    SyncOperation* checkConnection(const QUrl& url, const QByteArray& token, qint64 remoteProjectId = 0);
    SyncOperation* checkConnection(const QUrl& url, const SecretValue& token, qint64 remoteProjectId = 0);

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
    // Computed from currentPlan(), so the tags agree with the counts of summary().
    Result<QHash<ItemKey, ItemSyncState>> itemStates(ProjectId project) const;
    // The tags and the counts from one reading of the vault, for the status bar and the tables.
    struct Overview
    {
        QHash<ItemKey, ItemSyncState> states;
        SyncSummary summary;
        // The platform was listed in this run (for the current binding): the counts include its
        // changes as of then. Before that, only this vault's side is known.
        bool compared = false;
    };
    Result<Overview> overview(ProjectId project) const;
    // The plan as of the platform's last listing (by the last prepare, publish or pull of this run)
    // against the vault as it is now; items the vault synced since, and every item before any
    // listing, count as the platform holding what was last synced. No network.
    Result<SyncPlan> currentPlan(ProjectId project) const;
    // summarizeSyncPlan(currentPlan()), with the conflicts the last run found that the listing did
    // not show yet (a 412 while publishing). What the status bar tells.
    Result<SyncSummary> summary(ProjectId project) const;
    // The identity of the last successful call for this project, if any.
    std::optional<RemoteIdentity> lastIdentity(ProjectId project) const;

Q_SIGNALS:
    // An operation started or finished, a conflict was found or resolved: refresh the sync column
    // and status bar.
    void stateChanged(ProjectId project);
    // /me answered for a bound project: the UI mirrors the roles (the page's secrets gating).
    void identityChanged(ProjectId project, const RemoteIdentity& identity);

private:
    // A publish of `project` moved the platform's project revision from `before` to `after` with
    // one batch: the last listing stays exact at `after` when it was exact at `before`.
    void advanceListing(ProjectId project, qint64 before, qint64 after);
    Result<SyncPlan> planWithLocal(ProjectId project, QList<LocalItem>* localOut, bool* compared = nullptr) const;

    // Marks the project busy until the job finishes and keeps its identity and conflicts; false
    // (the job then fails with "already syncing") when the project is busy.
    bool startTracking(SyncJob* job);

    struct Private;
    std::unique_ptr<Private> d;
};
