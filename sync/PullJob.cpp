#include "sync/PullJob.h"

#include "models/StartupVariables.h"

#include <QCoreApplication>

namespace {

using Action = SyncPlanItem::Action;
using Choice = SyncPlanItem::Choice;

bool isEmpty(const SyncApply& apply)
{
    return apply.dropEntries.isEmpty() && apply.putVariables.isEmpty() && apply.removeItems.isEmpty()
        && apply.secretRotations.isEmpty() && apply.setStates.isEmpty() && apply.clearStates.isEmpty();
}

} // namespace

PullJob::PullJob(ProjectId project, SyncStore* store, PlatformSettings settings, QObject* parent)
    : SyncJob(Kind::Pull, project, store, std::move(settings), parent)
{
}

void PullJob::start(const SyncPlan& plan)
{
    m_confirmed = plan;
    m_report.plan = plan;
    if (refuseUnappliableChoices(plan) || !takeSyncLock()) {
        return;
    }
    if (!openProjectClient()) {
        return;
    }
    learnIdentity([this] { fetchPlan([this](SyncPlan fresh, QList<OutboxEntry>) { pullFresh(std::move(fresh)); }); });
}

void PullJob::pullFresh(SyncPlan fresh)
{
    const QSet<ItemKey> selected = carryChoices(fresh, false);
    m_report.plan = fresh;
    SyncApply apply;
    int undecided = 0;
    for (const SyncPlanItem& item : std::as_const(fresh.items)) {
        if (item.action == Action::Settle) {
            addResolution(apply, item);
        } else if (item.action == Action::Conflict && item.choice == Choice::Undecided) {
            ++undecided;
        } else if (item.isIncoming() && selected.contains(ItemKey {item.kind, item.name})) {
            addIncoming(apply, item);
        }
    }
    if (undecided > 0) {
        m_report.warnings.append(QCoreApplication::translate("SyncEngine",
            "%n conflict(s) were left as they are: choose a side for each and pull or publish again.", nullptr,
            undecided));
    }
    if (!isEmpty(apply)) {
        if (Result<void> applied = m_store->applySync(project(), apply); !applied) {
            failFromStore(applied.error());
            return;
        }
    }
    reportConflicts(fresh);
    succeed();
}

void PullJob::addIncoming(SyncApply& apply, const SyncPlanItem& item)
{
    const ItemKey key {item.kind, item.name};
    switch (item.action) {
    case Action::PullAdd:
    case Action::PullChange:
        // A pulled value under such a name would run code in every program `run` starts.
        if (const QString warning = StartupVariables::warning(item.name); !warning.isEmpty()) {
            m_report.warnings.append(warning);
        }
        apply.putVariables.append(PulledVariable {
            item.name, item.remoteValue, item.remoteIncludeInExport, item.remoteUpdatedBy, item.remoteUpdatedAt});
        apply.setStates.append(stateFromRemote(item));
        apply.dropEntries += item.outboxEntryIds;
        ++m_report.pulled;
        break;
    case Action::PullRemove:
        apply.removeItems.append(key);
        apply.clearStates.append(key);
        apply.dropEntries += item.outboxEntryIds;
        ++m_report.pulled;
        break;
    case Action::SecretChangedRemotely:
        apply.setStates.append(stateFromRemote(item));
        // The platform's rule and rotation time are taken as they are (never its value, which
        // does not come back): another admin rotated the value or changed the rule there.
        if (item.remoteRotation && *item.remoteRotation != item.localRotation) {
            apply.secretRotations.append(PulledSecretRotation {item.name, *item.remoteRotation, item.remoteUpdatedBy});
        }
        if (item.remoteRotation && item.remoteRotation->rotatedAt == item.localRotation.rotatedAt) {
            // The value was last replaced when this vault's was: only the rule changed there.
            m_report.warnings.append(
                QCoreApplication::translate("SyncEngine",
                    "The rotation rule of secret '%1' was changed on the "
                    "platform by %2 and is now \"%3\" here too.")
                    .arg(item.name, item.remoteUpdatedBy, RotationRules::policyText(item.remoteRotation->policy)));
            break;
        }
        m_report.warnings.append(QCoreApplication::translate("SyncEngine",
            "Secret '%1' was replaced on the platform by %2; the local value may be out of date. Replace it "
            "here if you know the new value.")
                                     .arg(item.name, item.remoteUpdatedBy));
        break;
    case Action::Conflict:
        addResolution(apply, item);
        break;
    default:
        break;
    }
}
