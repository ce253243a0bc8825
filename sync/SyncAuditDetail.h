#pragma once

#include "sync/ChannelTypes.h"
#include "sync/SyncTypes.h"

#include <QString>

// What the vault's audit log says of a publish, a pull or a deploy (AuditAction::Published, Pulled,
// Deployed): counts and the outcome, never a value. The CLI and the desktop record through
// VaultSession::recordAudit with these texts, so an entry reads the same whoever made it.
namespace SyncAuditDetail {

// Whether an operation that ended with `failure` gets an entry: every publish or pull that ran
// does, whatever came of it, except one that found the vault locked or the project busy (it did
// nothing at all).
bool isRecorded(SyncFailure failure);
// "written=3 deleted=1 sent=4 outcome=done": written and deleted count the plan's outgoing changes,
// sent what the platform confirmed. done: everything went through; partly: some of it (a conflict
// or a failure stopped the rest); failed: nothing.
QString publish(const SyncReport& report, bool succeeded);
// "added=2 changed=1 removed=0 pulled=3 outcome=done": the plan's incoming changes by kind, and what
// this vault wrote of them. A pull writes all or nothing: done or failed.
QString pull(const SyncReport& report, bool succeeded);
// "channel=7 deploy=13 outcome=succeeded": one requested channel's deploy, `deploy` null when the
// operation ended before it was started. outcome: succeeded, failed, unfinished (the client stopped
// waiting) or not-started.
QString deploy(qint64 channelId, const DeployInfo* deploy);
// The report's deploy of `channelId`, or null.
const DeployInfo* deployOf(const ChannelReport& report, qint64 channelId);

} // namespace SyncAuditDetail
