#include "sync/SyncAuditDetail.h"

namespace SyncAuditDetail {

bool isRecorded(SyncFailure failure)
{
    return failure != SyncFailure::Locked && failure != SyncFailure::Busy;
}

QString publish(const SyncReport& report, bool succeeded)
{
    int written = 0;
    int deleted = 0;
    for (const SyncPlanItem& item : report.plan.items) {
        if (!item.isOutgoing()) {
            continue;
        }
        // A kept local side sends the item as this vault holds it: a put, or a delete when it was
        // removed here. A platform-only item is sent only as a delete.
        const bool deletes = item.action == SyncPlanItem::Action::Remove || item.deleteRemote
            || (item.action == SyncPlanItem::Action::Conflict && !item.localExists);
        ++(deletes ? deleted : written);
    }
    const bool complete = succeeded && report.conflicts.isEmpty();
    const QString outcome = complete ? QStringLiteral("done")
        : report.sent > 0            ? QStringLiteral("partly")
                                     : QStringLiteral("failed");
    return QStringLiteral("written=%1 deleted=%2 sent=%3 outcome=%4")
        .arg(written)
        .arg(deleted)
        .arg(report.sent)
        .arg(outcome);
}

QString pull(const SyncReport& report, bool succeeded)
{
    int added = 0;
    int changed = 0;
    int removed = 0;
    for (const SyncPlanItem& item : report.plan.items) {
        if (!item.isIncoming()) {
            continue;
        }
        if (item.action == SyncPlanItem::Action::PullAdd) {
            ++added;
        } else if (item.action == SyncPlanItem::Action::PullRemove || !item.remoteExists) {
            ++removed;
        } else {
            ++changed;
        }
    }
    return QStringLiteral("added=%1 changed=%2 removed=%3 pulled=%4 outcome=%5")
        .arg(added)
        .arg(changed)
        .arg(removed)
        .arg(succeeded ? report.pulled : 0)
        .arg(succeeded ? QStringLiteral("done") : QStringLiteral("failed"));
}

QString deploy(qint64 channelId, const DeployInfo* deploy)
{
    QString outcome = QStringLiteral("not-started");
    if (deploy != nullptr) {
        outcome = deploy->status == QLatin1String("SUCCEEDED") ? QStringLiteral("succeeded")
            : deploy->status == QLatin1String("FAILED")        ? QStringLiteral("failed")
                                                               : QStringLiteral("unfinished");
    }
    return QStringLiteral("channel=%1 deploy=%2 outcome=%3")
        .arg(channelId)
        .arg(deploy != nullptr ? deploy->id : 0)
        .arg(outcome);
}

const DeployInfo* deployOf(const ChannelReport& report, qint64 channelId)
{
    for (const DeployInfo& deploy : report.deploys) {
        if (deploy.channelId == channelId) {
            return &deploy;
        }
    }
    return nullptr;
}

} // namespace SyncAuditDetail
