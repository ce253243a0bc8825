#pragma once

#include "sync/SyncPlan.h"

#include <QList>
#include <QString>
#include <QStringList>

// The values the sync engine, the channel service and their jobs share, kept apart from the
// classes that run operations so that a job and its service never include each other.

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

// A project on the platform (GET /api/v1/projects), as the binding dialog offers it.
struct RemoteProject
{
    qint64 id = 0;
    QString name;
};

// Where a publish's time went on this thread, in milliseconds (bench/sync_bench): from the start to
// the batches built (/me, the revision check or the listings, the vault, the plan, the bodies),
// storing the batches (sealing them into the vault), writing their answers into the vault, and the
// whole publish. The rest of the whole is waiting for the platform.
struct SyncTimings
{
    qint64 planMs = 0;
    qint64 storeMs = 0;
    qint64 acknowledgeMs = 0;
    qint64 totalMs = 0;
};

// What a finished operation did, for the status bar, the CLI and the tests.
struct SyncReport
{
    RemoteIdentity identity;
    // A connection check: the projects the token can see, by ascending id.
    QList<RemoteProject> remoteProjects;
    // Prepare: the plan. Publish/Pull: the plan as executed.
    SyncPlan plan;
    int sent = 0; // changes delivered to the platform
    int pulled = 0; // local items written or removed from the platform's side
    int requests = 0; // HTTP requests made (listings, /me and batches, retries included)
    int batches = 0;
    int resentBatches = 0; // stored batches of an earlier run, sent again with their keys
    // The platform's items were listed. False when the project revision had not moved since the
    // engine's last listing (advanced by its own publishes), which was reused.
    bool listed = false;
    // Conflicts found by the server while publishing (412): nothing of their batch was applied;
    // prepare again to see both sides.
    QList<SyncPlanItem> conflicts;
    // Warnings for the admin (a secret replaced on the platform, …); no values.
    QStringList warnings;
    SyncTimings timings;
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

// Per item, for the page's sync column.
enum class ItemSyncState
{
    Unbound, // the project has no remote
    Synced,
    Pending, // a local change waits in the outbox, or the item was never published
    Conflict, // the last prepare or publish found a conflict
};
