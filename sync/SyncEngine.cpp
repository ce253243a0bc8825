#include "sync/SyncEngine.h"

#include "models/SecretValue.h"
#include "models/SyncStore.h"
#include "sync/ConnectionCheck.h"
#include "sync/PrepareJob.h"
#include "sync/PublishJob.h"
#include "sync/PullJob.h"

#include <QCoreApplication>
#include <QMap>
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
    QHash<ProjectId, RemoteListing> listings;
    // Steps of the project revision reported by batches that answered before the step they build
    // on (two batches may be in flight): before → after, consumed as the listing's revision
    // reaches them.
    QHash<ProjectId, QMap<qint64, qint64>> revisionSteps;
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
    connect(job, &PublishJob::projectRevisionMoved, this,
        [this, project = plan.project](qint64 before, qint64 after) { advanceListing(project, before, after); });
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
    if (Result<RemoteBinding> binding = d->store->syncBinding(project)) {
        const auto listing = d->listings.constFind(project);
        if (listing != d->listings.cend() && listing->url == binding->url
            && listing->remoteProjectId == binding->remoteProjectId) {
            job->setKnownListing(listing.value());
        }
    }
    connect(job, &SyncJob::remoteListed, this, [this, project](const RemoteListing& listing) {
        d->listings.insert(project, listing);
        d->revisionSteps.remove(project);
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

void SyncEngine::advanceListing(ProjectId project, qint64 before, qint64 after)
{
    const auto listing = d->listings.find(project);
    if (listing == d->listings.end() || !listing->revision) {
        return;
    }
    QMap<qint64, qint64>& steps = d->revisionSteps[project];
    if (before != listing->revision) {
        // Either a step that an earlier batch's answer will connect, or the platform moved by
        // someone else's write, which the chain then never reaches: the next run lists again.
        if (before > *listing->revision) {
            steps.insert(before, after);
        }
        return;
    }
    qint64 revision = after;
    while (steps.contains(revision)) {
        revision = steps.take(revision);
    }
    listing->revision = revision;
}

bool SyncEngine::isBusy(ProjectId project) const
{
    return d->busy.contains(project);
}

Result<QHash<ItemKey, ItemSyncState>> SyncEngine::itemStates(ProjectId project) const
{
    Result<Overview> found = overview(project);
    if (!found) {
        return found.error();
    }
    return std::move(found->states);
}

Result<SyncSummary> SyncEngine::summary(ProjectId project) const
{
    Result<Overview> found = overview(project);
    if (!found) {
        return found.error();
    }
    return found->summary;
}

Result<SyncPlan> SyncEngine::currentPlan(ProjectId project) const
{
    return planWithLocal(project, nullptr);
}

Result<SyncEngine::Overview> SyncEngine::overview(ProjectId project) const
{
    Overview overview;
    QList<LocalItem> local;
    Result<SyncPlan> plan = planWithLocal(project, &local, &overview.compared);
    if (!plan) {
        return plan.error();
    }
    overview.summary = summarizeSyncPlan(plan.value());
    // A conflict the last run found (a 412 while publishing) that the listing did not show yet.
    const QSet<ItemKey> conflicts = d->conflicts.value(project);
    QHash<ItemKey, const SyncPlanItem*> planned;
    for (const SyncPlanItem& item : plan->items) {
        const ItemKey key {item.kind, item.name};
        planned.insert(key, &item);
        if (item.action != SyncPlanItem::Action::Conflict && conflicts.contains(key)) {
            ++overview.summary.conflicts;
            overview.summary.toPublish -= item.isOutgoing() ? 1 : 0;
        }
    }
    for (const LocalItem& item : std::as_const(local)) {
        const ItemKey key {item.kind, item.name};
        const SyncPlanItem* change = planned.value(key);
        ItemSyncState state = ItemSyncState::Synced;
        if (conflicts.contains(key) || (change && change->action == SyncPlanItem::Action::Conflict)) {
            state = ItemSyncState::Conflict;
        } else if (change && change->isOutgoing()) {
            state = ItemSyncState::Pending;
        }
        overview.states.insert(key, state);
    }
    return overview;
}

Result<SyncPlan> SyncEngine::planWithLocal(ProjectId project, QList<LocalItem>* localOut, bool* compared) const
{
    Result<RemoteBinding> binding = d->store->syncBinding(project);
    if (!binding) {
        if (binding.code() != ErrorCode::InvalidInput) {
            return binding.error();
        }
        // Unbound: the store lists nothing for it, so there is nothing to compare either.
        return SyncPlan {project, 0, {}, {}};
    }
    SyncPlanInput input;
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
    Result<QList<OutboxBatch>> stored = d->store->outboxBatches(project);
    if (!stored) {
        return stored.error();
    }
    for (OutboxBatch& batch : stored.value()) {
        batch.body.fill('\0');
        input.sentEntryIds.unite(QSet<qint64>(batch.entryIds.cbegin(), batch.entryIds.cend()));
    }
    const auto listing = d->listings.constFind(project);
    const bool listed = listing != d->listings.cend() && listing->url == binding->url
        && listing->remoteProjectId == binding->remoteProjectId;
    input.remote = remoteAsLastSeen(listed ? &listing.value() : nullptr, base.value());
    if (compared) {
        *compared = listed;
    }
    input.local = std::move(local).value();
    input.outbox = std::move(outbox).value();
    input.base = std::move(base).value();
    SyncPlan plan = computeSyncPlan(project, binding->remoteProjectId, input);
    if (localOut) {
        *localOut = std::move(input.local);
    }
    return plan;
}

std::optional<RemoteIdentity> SyncEngine::lastIdentity(ProjectId project) const
{
    const auto found = d->identities.constFind(project);
    if (found == d->identities.cend()) {
        return std::nullopt;
    }
    return found.value();
}
