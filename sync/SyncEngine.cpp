#include "sync/SyncEngine.h"

#include "models/SecretValue.h"
#include "models/SyncStore.h"
#include "sync/ConnectionCheck.h"
#include "sync/PrepareJob.h"
#include "sync/PublishJob.h"
#include "sync/PullJob.h"

#include <QCoreApplication>
#include <QSet>
#include <QtCrypto>

// ---- SyncEngine

struct SyncEngine::Private
{
    SyncStore* store = nullptr;
    PlatformSettings settings;
    QSet<ProjectId> busy;
    QHash<ProjectId, QSet<ItemKey>> conflicts;
    QHash<ProjectId, RemoteIdentity> identities;
};

SyncEngine::SyncEngine(SyncStore* store, QObject* parent) : QObject(parent), d(std::make_unique<Private>())
{
    d->store = store;
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::setTransferTimeout(std::chrono::milliseconds timeout)
{
    d->settings.transferTimeout = timeout;
}

void SyncEngine::addCaCertificates(const QList<QSslCertificate>& certificates)
{
    d->settings.caCertificates += certificates;
}

void SyncEngine::setBackoffPolicy(const BackoffPolicy& policy)
{
    d->settings.backoff = policy;
}

SyncOperation* SyncEngine::checkConnection(const QUrl& url, const QByteArray& token, qint64 remoteProjectId)
{
    auto* job = new ConnectionCheck(d->store, d->settings, this);
    connect(job, &SyncOperation::finished, job, &QObject::deleteLater);
    job->start(url, token, remoteProjectId);
    return job;
}

SyncOperation* SyncEngine::checkConnection(const QUrl& url, const SecretValue& token, qint64 remoteProjectId)
{
    QByteArray bytes = token.bytes().toByteArray();
    SyncOperation* operation = checkConnection(url, bytes, remoteProjectId);
    // The job has its own copy for the call; this one is wiped where Qt lets us.
    bytes.fill('\0');
    return operation;
}

SyncOperation* SyncEngine::prepare(ProjectId project)
{
    auto* job = new PrepareJob(project, d->store, d->settings, this);
    if (startTracking(job)) {
        job->start();
    }
    return job;
}

SyncOperation* SyncEngine::publish(const SyncPlan& plan)
{
    auto* job = new PublishJob(plan.project, d->store, d->settings, this);
    if (startTracking(job)) {
        job->start(plan);
    }
    return job;
}

SyncOperation* SyncEngine::pull(const SyncPlan& plan)
{
    auto* job = new PullJob(plan.project, d->store, d->settings, this);
    if (startTracking(job)) {
        job->start(plan);
    }
    return job;
}

bool SyncEngine::startTracking(SyncJob* job)
{
    const ProjectId project = job->project();
    if (d->busy.contains(project)) {
        connect(job, &SyncOperation::finished, job, &QObject::deleteLater);
        job->failLater(makeError(ErrorCode::InvalidInput,
                           QCoreApplication::translate("SyncEngine",
                               "This project is already syncing. Wait for the running publish or pull to finish, "
                               "or cancel it.")),
            SyncFailure::Rejected);
        return false;
    }
    d->busy.insert(project);
    connect(job, &SyncJob::identityKnown, this, [this, project](const RemoteIdentity& identity) {
        d->identities.insert(project, identity);
        Q_EMIT identityChanged(project, identity);
    });
    connect(job, &SyncJob::conflictsKnown, this, [this, project](const QList<ItemKey>& keys) {
        d->conflicts.insert(project, QSet<ItemKey>(keys.cbegin(), keys.cend()));
    });
    connect(job, &SyncOperation::finished, this, [this, job, project] {
        d->busy.remove(project);
        job->deleteLater();
        Q_EMIT stateChanged(project);
    });
    Q_EMIT stateChanged(project);
    return true;
}

bool SyncEngine::isBusy(ProjectId project) const
{
    return d->busy.contains(project);
}

Result<QHash<ItemKey, ItemSyncState>> SyncEngine::itemStates(ProjectId project) const
{
    QHash<ItemKey, ItemSyncState> states;
    Result<RemoteBinding> binding = d->store->syncBinding(project);
    if (!binding) {
        if (binding.code() != ErrorCode::InvalidInput) {
            return binding.error();
        }
        // Unbound: the store lists nothing for it, so there is nothing to mark either.
        return states;
    }
    Result<QList<LocalItem>> local = d->store->syncLocalItems(project);
    if (!local) {
        return local.error();
    }
    Result<QList<OutboxEntry>> outbox = d->store->outbox(project);
    if (!outbox) {
        return outbox.error();
    }
    Result<QList<RemoteItemState>> base = d->store->remoteStates(project);
    if (!base) {
        return base.error();
    }
    QSet<ItemKey> queued;
    for (const OutboxEntry& entry : outbox.value()) {
        if (!entry.damaged) {
            queued.insert(ItemKey {entry.kind, entry.name});
        }
    }
    QHash<ItemKey, const RemoteItemState*> bases;
    for (const RemoteItemState& state : base.value()) {
        bases.insert(ItemKey {state.kind, state.name}, &state);
    }
    const QSet<ItemKey> conflicts = d->conflicts.value(project);
    for (const LocalItem& item : local.value()) {
        const ItemKey key {item.kind, item.name};
        const RemoteItemState* synced = bases.value(key);
        ItemSyncState state = ItemSyncState::Synced;
        if (conflicts.contains(key)) {
            state = ItemSyncState::Conflict;
        } else if (queued.contains(key) || !synced
            || (item.kind == ItemKind::Variable
                && (item.value != synced->value || item.includeInExport != synced->includeInExport))) {
            state = ItemSyncState::Pending;
        }
        states.insert(key, state);
    }
    return states;
}

std::optional<RemoteIdentity> SyncEngine::lastIdentity(ProjectId project) const
{
    const auto found = d->identities.constFind(project);
    if (found == d->identities.cend()) {
        return std::nullopt;
    }
    return found.value();
}
