#include "sync/SyncJob.h"

#include "sync/PlatformClient.h"
#include "sync/PlatformReply.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QNetworkReply>

namespace {

using Action = SyncPlanItem::Action;
using Choice = SyncPlanItem::Choice;

RemoteItem remoteItemFrom(ItemKind kind, const QJsonObject& object)
{
    RemoteItem item;
    item.kind = kind;
    item.name = object.value(QLatin1String("name")).toString();
    item.revision = object.value(QLatin1String("revision")).toInteger();
    item.updatedAt = QDateTime::fromString(object.value(QLatin1String("updatedAt")).toString(), Qt::ISODateWithMs);
    item.updatedBy = object.value(QLatin1String("updatedBy")).toString();
    if (kind == ItemKind::Variable) {
        item.value = object.value(QLatin1String("value")).toString();
        item.includeInExport = object.value(QLatin1String("includeInExport")).toBool();
    } else if (object.contains(QLatin1String("rotatedAt"))) {
        // A server that knows rotation always answers all three fields of a secret, null when unset.
        SecretRotation rotation;
        rotation.rotatedAt
            = QDateTime::fromString(object.value(QLatin1String("rotatedAt")).toString(), Qt::ISODateWithMs).toUTC();
        const qint64 period = object.value(QLatin1String("rotationPeriodDays")).toInteger();
        rotation.policy.periodDays
            = period >= 1 && period <= RotationRules::kMaxPeriodDays ? static_cast<int>(period) : 0;
        rotation.policy.expiresOn = QDate::fromString(object.value(QLatin1String("expiresAt")).toString(), Qt::ISODate);
        item.rotation = rotation;
    }
    return item;
}

} // namespace

SyncJob::SyncJob(Kind kind, ProjectId project, SyncStore* store, PlatformSettings settings, QObject* parent)
    : SyncOperation(kind, project, store, std::move(settings), parent)
{
}

SyncJob::~SyncJob() = default;

QString SyncJob::cancelledRequestText() const
{
    return QCoreApplication::translate("SyncEngine", "The operation was cancelled; nothing more was sent.");
}

QString SyncJob::cancelledText() const
{
    return QCoreApplication::translate("SyncEngine", "The operation was cancelled; nothing was written.");
}

void SyncJob::releaseResources()
{
    m_syncLock.reset();
}

void SyncJob::setProgress(int done, int total, const QString& stage)
{
    Q_EMIT progress(done, total, stage);
}

QString SyncJob::itemText(ItemKind kind, const QString& name)
{
    return kind == ItemKind::Secret ? QCoreApplication::translate("SyncEngine", "secret '%1'").arg(name)
                                    : QCoreApplication::translate("SyncEngine", "variable '%1'").arg(name);
}

RemoteItemState SyncJob::stateFromRemote(const SyncPlanItem& item)
{
    RemoteItemState state;
    state.kind = item.kind;
    state.name = item.name;
    state.revision = item.remoteRevision;
    state.updatedAt = item.remoteUpdatedAt;
    state.updatedBy = item.remoteUpdatedBy;
    if (item.kind == ItemKind::Variable) {
        state.value = item.remoteValue;
        state.includeInExport = item.remoteIncludeInExport;
    }
    return state;
}

// ---- Reading the platform and the vault

void SyncJob::learnIdentity(std::function<void()> next)
{
    fetchIdentity([this, next = std::move(next)](const RemoteIdentity& identity) {
        m_report.identity = identity;
        Q_EMIT identityKnown(m_report.identity);
        next();
    });
}

void SyncJob::fetchPlan(PlanContinuation next)
{
    if (!m_knownListing || !m_knownListing->revision) {
        listPlatform(std::move(next));
        return;
    }
    setProgress(1, 3, QCoreApplication::translate("SyncEngine", "Checking whether the platform changed"));
    await(m_client->project(m_binding.remoteProjectId), [this, next = std::move(next)](const PlatformResponse& answer) {
        if (answer.projectRevision != m_knownListing->revision) {
            listPlatform(next);
            return;
        }
        computePlan(nullptr, next);
    });
}

void SyncJob::listPlatform(PlanContinuation next)
{
    m_report.listed = true;
    setProgress(1, 3, QCoreApplication::translate("SyncEngine", "Reading the platform's secrets"));
    await(m_client->listSecrets(m_binding.remoteProjectId),
        [this, next = std::move(next)](const PlatformResponse& secrets) {
            auto listing = std::make_shared<RemoteListing>();
            for (const QJsonValue& item : secrets.items) {
                listing->remote.append(remoteItemFrom(ItemKind::Secret, item.toObject()));
            }
            setProgress(2, 3, QCoreApplication::translate("SyncEngine", "Reading the platform's variables"));
            await(m_client->listVariables(m_binding.remoteProjectId),
                [this, next, listing, secretsFirst = secrets.firstPageProjectRevision,
                    secretsLast = secrets.projectRevision](const PlatformResponse& variables) {
                    for (const QJsonValue& item : variables.items) {
                        listing->remote.append(remoteItemFrom(ItemKind::Variable, item.toObject()));
                    }
                    // Exact at a revision only when no write moved it during the four pages' reads.
                    const std::optional<qint64> revision = secretsFirst;
                    const bool steady = revision && secretsLast == revision
                        && variables.firstPageProjectRevision == revision && variables.projectRevision == revision;
                    listing->revision = steady ? revision : std::nullopt;
                    computePlan(listing.get(), next);
                });
        });
}

void SyncJob::computePlan(const RemoteListing* listed, const PlanContinuation& next)
{
    SyncPlanInput input;
    Result<QList<LocalItem>> local = m_store->syncLocalItems(project());
    if (!local) {
        failFromStore(local.error());
        return;
    }
    Result<QList<OutboxEntry>> outbox = m_store->outbox(project());
    if (!outbox) {
        failFromStore(outbox.error());
        return;
    }
    Result<QList<RemoteItemState>> base = m_store->remoteStates(project());
    if (!base) {
        failFromStore(base.error());
        return;
    }
    Result<QList<OutboxBatch>> stored = m_store->outboxBatches(project());
    if (!stored) {
        failFromStore(stored.error());
        return;
    }
    for (OutboxBatch& batch : stored.value()) {
        wipe(batch.body);
        input.sentEntryIds.unite(QSet<qint64>(batch.entryIds.cbegin(), batch.entryIds.cend()));
    }
    RemoteListing listing;
    listing.url = m_binding.url;
    listing.remoteProjectId = m_binding.remoteProjectId;
    if (listed) {
        listing.revision = listed->revision;
        listing.remote = listed->remote;
    } else {
        // The platform still holds what the known listing, advanced by this vault's own writes,
        // says: the items this vault synced since are its base now.
        listing.revision = m_knownListing->revision;
        listing.remote = remoteAsLastSeen(&m_knownListing.value(), base.value());
    }
    input.local = std::move(local).value();
    input.outbox = std::move(outbox).value();
    input.base = std::move(base).value();
    input.remote = listing.remote;
    setProgress(3, 3, QCoreApplication::translate("SyncEngine", "Comparing"));
    SyncPlan plan = computeSyncPlan(project(), m_binding.remoteProjectId, input);
    plan.projectRevision = listing.revision;
    listing.base = input.base;
    Q_EMIT remoteListed(listing);
    next(std::move(plan), std::move(input.outbox));
}

void SyncJob::reportConflicts(const SyncPlan& plan)
{
    QList<ItemKey> keys;
    for (const SyncPlanItem& item : plan.items) {
        if (item.action == Action::Conflict && item.choice == Choice::Undecided) {
            keys.append(ItemKey {item.kind, item.name});
        }
    }
    for (const SyncPlanItem& item : std::as_const(m_report.conflicts)) {
        keys.append(ItemKey {item.kind, item.name});
    }
    Q_EMIT conflictsKnown(keys);
}

// ---- Choices, resolutions and the lock

QSet<ItemKey> SyncJob::carryChoices(SyncPlan& fresh, bool outgoing) const
{
    QHash<ItemKey, const SyncPlanItem*> confirmed;
    for (const SyncPlanItem& item : m_confirmed.items) {
        confirmed.insert(ItemKey {item.kind, item.name}, &item);
    }
    QSet<ItemKey> selected;
    for (SyncPlanItem& item : fresh.items) {
        const ItemKey key {item.kind, item.name};
        const SyncPlanItem* before = confirmed.value(key);
        if (!before) {
            continue;
        }
        // A choice holds for what the admin saw: a conflict whose platform side moved on since is
        // a new conflict.
        if (item.action == Action::Conflict && before->action == Action::Conflict
            && item.remoteRevision == before->remoteRevision && item.remoteExists == before->remoteExists) {
            item.choice = before->choice;
        }
        if ((item.action == Action::RemoteOnly || item.action == Action::PullAdd)
            && (before->action == Action::RemoteOnly || before->action == Action::PullAdd)) {
            item.deleteRemote = before->deleteRemote;
        }
        // Publish also applies the conflicts resolved with the platform's side: the admin settled
        // them in the same plan, and leaving them would keep their queued change pending.
        const bool resolvedConflict = before->action == Action::Conflict && before->choice != Choice::Undecided;
        if (resolvedConflict || (outgoing ? before->isOutgoing() : before->isIncoming())) {
            selected.insert(key);
        }
    }
    return selected;
}

void SyncJob::addResolution(SyncApply& apply, const SyncPlanItem& item)
{
    const ItemKey key {item.kind, item.name};
    apply.dropEntries += item.outboxEntryIds;
    if (item.action == Action::Conflict && item.choice == Choice::TakeRemote) {
        if (!item.remoteExists) {
            if (item.localExists) {
                apply.removeItems.append(key);
                ++m_report.pulled;
            }
        } else if (item.kind == ItemKind::Variable) {
            apply.putVariables.append(PulledVariable {
                item.name, item.remoteValue, item.remoteIncludeInExport, item.remoteUpdatedBy, item.remoteUpdatedAt});
            ++m_report.pulled;
        }
        // A secret that exists on both sides never gets here: refuseUnappliableChoices() stopped it.
    }
    if (item.remoteExists) {
        apply.setStates.append(stateFromRemote(item));
    } else {
        apply.clearStates.append(key);
    }
}

bool SyncJob::refuseUnappliableChoices(const SyncPlan& plan)
{
    const QList<const SyncPlanItem*> refused = plan.unappliableChoices();
    if (refused.isEmpty()) {
        return false;
    }
    QStringList names;
    for (const SyncPlanItem* item : refused) {
        names.append(item->name);
    }
    failLater(makeError(ErrorCode::Conflict,
                  QCoreApplication::translate("SyncEngine",
                      "Cannot take the platform's side of secret(s) %1: a secret's value never comes back from the "
                      "platform, so this vault would keep a value the platform does not hold. Nothing was sent or "
                      "written. Keep this vault's value instead, or set the secret here to the platform's value "
                      "and publish.")
                      .arg(names.join(QStringLiteral(", ")))),
        SyncFailure::Conflict);
    return true;
}

bool SyncJob::takeSyncLock()
{
    Result<std::unique_ptr<SyncLock>> lock = m_store->lockSync(project());
    if (!lock) {
        failLater(lock.error(), lock.code() == ErrorCode::Busy ? SyncFailure::Busy : storeFailure(lock.error()));
        return false;
    }
    m_syncLock = std::move(lock).value();
    return true;
}
