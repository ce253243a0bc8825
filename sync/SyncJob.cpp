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
    setProgress(1, 3, QCoreApplication::translate("SyncEngine", "Reading the platform's secrets"));
    await(m_client->listSecrets(m_binding.remoteProjectId),
        [this, next = std::move(next)](const PlatformResponse& secrets) {
            QList<RemoteItem> remote;
            for (const QJsonValue& item : secrets.items) {
                remote.append(remoteItemFrom(ItemKind::Secret, item.toObject()));
            }
            setProgress(2, 3, QCoreApplication::translate("SyncEngine", "Reading the platform's variables"));
            await(m_client->listVariables(m_binding.remoteProjectId),
                [this, next, remote](const PlatformResponse& variables) mutable {
                    for (const QJsonValue& item : variables.items) {
                        remote.append(remoteItemFrom(ItemKind::Variable, item.toObject()));
                    }
                    computePlan(std::move(remote), next);
                });
        });
}

void SyncJob::computePlan(QList<RemoteItem> remote, const PlanContinuation& next)
{
    SyncPlanInput input;
    input.remote = std::move(remote);
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
    input.local = std::move(local).value();
    input.outbox = std::move(outbox).value();
    input.base = std::move(base).value();
    setProgress(3, 3, QCoreApplication::translate("SyncEngine", "Comparing"));
    SyncPlan plan = computeSyncPlan(project(), m_binding.remoteProjectId, input);
    Q_EMIT remoteListed(input.remote, input.base);
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
