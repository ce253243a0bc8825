#include "sync/SyncPlan.h"

#include <QSet>

#include <algorithm>
#include <optional>

namespace {

using Action = SyncPlanItem::Action;

// What the local side wants the platform to hold for one item.
struct DesiredState
{
    bool exists = false;
    QString value;
    bool includeInExport = false;
};

// Everything known about one key, gathered from the four inputs.
struct KeyInputs
{
    const LocalItem* local = nullptr;
    QList<const OutboxEntry*> entries;
    const RemoteItemState* base = nullptr;
    const RemoteItem* remote = nullptr;
    // An entry of this key is in a stored batch: sent, the answer unknown.
    bool sent = false;
};

bool keyLess(const ItemKey& a, const ItemKey& b)
{
    if (a.kind != b.kind) {
        // Secrets first: they need the most attention in a plan.
        return a.kind == ItemKind::Secret;
    }
    // Names are ASCII (NameRules), so UTF-16 order is byte order, the platform's listing order.
    return a.name < b.name;
}

// The local desired state when something is to be sent, or nothing when the local side has no
// change of its own.
std::optional<DesiredState> outgoingState(ItemKind kind, const KeyInputs& in)
{
    if (!in.entries.isEmpty()) {
        const OutboxEntry* last = in.entries.constLast();
        DesiredState desired;
        desired.exists = last->op == OutboxEntry::Op::Put;
        if (desired.exists && kind == ItemKind::Variable) {
            desired.value = last->value;
            desired.includeInExport = last->includeInExport;
        }
        return desired;
    }
    if (!in.local) {
        return std::nullopt;
    }
    const bool neverPublished = !in.base;
    // A safety net: a variable that differs from what was last synced although nothing is queued
    // (an entry lost to a deleted outbox row) is still published.
    const bool variableDiffers = in.base && kind == ItemKind::Variable
        && (in.local->value != in.base->value || in.local->includeInExport != in.base->includeInExport);
    if (!neverPublished && !variableDiffers) {
        return std::nullopt;
    }
    DesiredState desired;
    desired.exists = true;
    if (kind == ItemKind::Variable) {
        desired.value = in.local->value;
        desired.includeInExport = in.local->includeInExport;
    }
    return desired;
}

bool sameAsRemote(ItemKind kind, const DesiredState& desired, const RemoteItem* remote)
{
    if (!desired.exists || !remote) {
        return !desired.exists && !remote;
    }
    // A secret's value never comes back from the platform, so two secrets are never known equal.
    return kind == ItemKind::Variable && desired.value == remote->value
        && desired.includeInExport == remote->includeInExport;
}

std::optional<Action> decide(ItemKind kind, std::optional<DesiredState>& outgoing, const KeyInputs& in)
{
    if (in.sent && outgoing) {
        // The platform may already hold this vault's own write, so its revision says nothing
        // about anyone else's change yet: the replay answers that (with a 412 when someone else
        // did change it), and the fresh plan after it compares again.
        if (!outgoing->exists) {
            return Action::Remove;
        }
        return in.base || in.remote ? Action::Change : Action::Add;
    }
    // Created and deleted before any publish: there is nothing to send.
    if (outgoing && !outgoing->exists && !in.base) {
        outgoing.reset();
    }
    const qint64 remoteRevision = in.remote ? in.remote->revision : 0;
    const qint64 baseRevision = in.base ? in.base->revision : 0;
    const bool remoteChanged = remoteRevision != baseRevision;

    if (outgoing) {
        if (!remoteChanged) {
            if (!in.remote) {
                return Action::Add;
            }
            return outgoing->exists ? Action::Change : Action::Remove;
        }
        return sameAsRemote(kind, *outgoing, in.remote) ? Action::Settle : Action::Conflict;
    }
    if (remoteChanged) {
        if (!in.remote) {
            return in.local ? Action::PullRemove : Action::Settle;
        }
        if (kind == ItemKind::Secret) {
            return in.local ? Action::SecretChangedRemotely : Action::RemoteOnly;
        }
        if (!in.local) {
            return Action::PullAdd;
        }
        const bool equal
            = in.local->value == in.remote->value && in.local->includeInExport == in.remote->includeInExport;
        return equal ? Action::Settle : Action::PullChange;
    }
    if (in.remote && !in.local) {
        return Action::RemoteOnly;
    }
    return std::nullopt;
}

SyncPlanItem makeItem(
    const ItemKey& key, Action action, const std::optional<DesiredState>& outgoing, const KeyInputs& in)
{
    SyncPlanItem item;
    item.action = action;
    item.kind = key.kind;
    item.name = key.name;

    if (outgoing) {
        item.localExists = outgoing->exists;
        item.localValue = outgoing->value;
        item.localIncludeInExport = outgoing->includeInExport;
    } else if (in.local) {
        item.localExists = true;
        if (key.kind == ItemKind::Variable) {
            item.localValue = in.local->value;
            item.localIncludeInExport = in.local->includeInExport;
        }
    }
    if (key.kind == ItemKind::Secret && in.local) {
        item.localRotation = in.local->rotation;
    }
    item.rotationOnly = !in.entries.isEmpty() && item.localExists;
    for (const OutboxEntry* entry : in.entries) {
        item.outboxEntryIds.append(entry->id);
        item.rotationOnly = item.rotationOnly && entry->op == OutboxEntry::Op::Put && entry->rotationOnly;
    }
    item.awaitingReplay = in.sent;
    if (!in.entries.isEmpty()) {
        item.localChangedBy = in.entries.constLast()->createdBy;
        item.localChangedAt = in.entries.constLast()->created;
    }

    item.baseRevision = in.base ? in.base->revision : 0;

    if (in.remote) {
        item.remoteExists = true;
        item.remoteRevision = in.remote->revision;
        item.remoteUpdatedAt = in.remote->updatedAt;
        item.remoteUpdatedBy = in.remote->updatedBy;
        if (key.kind == ItemKind::Secret) {
            item.remoteRotation = in.remote->rotation;
        }
        if (key.kind == ItemKind::Variable) {
            item.remoteValue = in.remote->value;
            item.remoteIncludeInExport = in.remote->includeInExport;
        }
    }
    return item;
}

} // namespace

bool SyncPlanItem::isOutgoing() const
{
    switch (action) {
    case Action::Add:
    case Action::Change:
    case Action::Remove:
        return true;
    case Action::Conflict:
        return choice == Choice::KeepLocal;
    case Action::RemoteOnly:
    case Action::PullAdd:
        return deleteRemote;
    case Action::PullChange:
    case Action::PullRemove:
    case Action::SecretChangedRemotely:
    case Action::Settle:
        break;
    }
    return false;
}

bool SyncPlanItem::canTakeRemote() const
{
    return kind == ItemKind::Variable || !localExists || !remoteExists;
}

bool SyncPlanItem::isIncoming() const
{
    switch (action) {
    case Action::PullAdd:
        // Chosen for deletion on the platform: Publish sends the delete, Pull leaves it.
        return !deleteRemote;
    case Action::PullChange:
    case Action::PullRemove:
    case Action::SecretChangedRemotely:
        return true;
    case Action::Conflict:
        return choice == Choice::TakeRemote;
    case Action::Add:
    case Action::Change:
    case Action::Remove:
    case Action::RemoteOnly:
    case Action::Settle:
        break;
    }
    return false;
}

int SyncPlan::count(SyncPlanItem::Action action) const
{
    return static_cast<int>(std::count_if(
        items.cbegin(), items.cend(), [action](const SyncPlanItem& item) { return item.action == action; }));
}

bool SyncPlan::hasUndecidedConflicts() const
{
    return std::any_of(items.cbegin(), items.cend(), [](const SyncPlanItem& item) {
        return item.action == SyncPlanItem::Action::Conflict && item.choice == SyncPlanItem::Choice::Undecided;
    });
}

bool SyncPlan::isEmpty() const
{
    // Damaged entries are something the admin must hear about, so a plan with them is not empty.
    return items.isEmpty() && damagedEntryIds.isEmpty();
}

void SyncPlan::resolveAllConflicts(SyncPlanItem::Choice choice)
{
    for (SyncPlanItem& item : items) {
        if (item.action == SyncPlanItem::Action::Conflict) {
            item.choice = choice;
        }
    }
}

QList<const SyncPlanItem*> SyncPlan::unappliableChoices() const
{
    QList<const SyncPlanItem*> refused;
    for (const SyncPlanItem& item : items) {
        if (item.action == SyncPlanItem::Action::Conflict && item.choice == SyncPlanItem::Choice::TakeRemote
            && !item.canTakeRemote()) {
            refused.append(&item);
        }
    }
    return refused;
}

SyncSummary summarizeSyncPlan(const SyncPlan& plan)
{
    SyncSummary summary;
    for (const SyncPlanItem& item : plan.items) {
        switch (item.action) {
        case Action::Add:
        case Action::Change:
        case Action::Remove:
            ++summary.toPublish;
            break;
        case Action::PullAdd:
        case Action::PullChange:
        case Action::PullRemove:
        case Action::SecretChangedRemotely:
            ++summary.toPull;
            break;
        case Action::RemoteOnly:
            ++summary.onlyOnPlatform;
            break;
        case Action::Conflict:
            ++summary.conflicts;
            break;
        case Action::Settle:
            ++summary.settled;
            break;
        }
    }
    summary.damagedEntries = static_cast<int>(plan.damagedEntryIds.size());
    return summary;
}

SyncPlan computeSyncPlan(ProjectId project, qint64 remoteProjectId, const SyncPlanInput& input)
{
    SyncPlan plan;
    plan.project = project;
    plan.remoteProjectId = remoteProjectId;

    QHash<ItemKey, KeyInputs> keys;
    for (const LocalItem& local : input.local) {
        keys[ItemKey {local.kind, local.name}].local = &local;
    }
    for (const OutboxEntry& entry : input.outbox) {
        if (entry.damaged) {
            // Nothing of a damaged entry is trusted, not even its name: it only stops a publish.
            plan.damagedEntryIds.append(entry.id);
            continue;
        }
        KeyInputs& key = keys[ItemKey {entry.kind, entry.name}];
        key.entries.append(&entry);
        key.sent = key.sent || input.sentEntryIds.contains(entry.id);
    }
    for (const RemoteItemState& base : input.base) {
        keys[ItemKey {base.kind, base.name}].base = &base;
    }
    for (const RemoteItem& remote : input.remote) {
        keys[ItemKey {remote.kind, remote.name}].remote = &remote;
    }

    QList<ItemKey> sortedKeys = keys.keys();
    std::sort(sortedKeys.begin(), sortedKeys.end(), keyLess);

    for (const ItemKey& key : std::as_const(sortedKeys)) {
        const KeyInputs& in = keys.value(key);
        std::optional<DesiredState> outgoing = outgoingState(key.kind, in);
        std::optional<Action> action = decide(key.kind, outgoing, in);
        if (!action) {
            if (in.entries.isEmpty()) {
                continue; // in sync
            }
            // Queued changes that cancel out: only the outbox is tidied.
            action = Action::Settle;
        }
        plan.items.append(makeItem(key, *action, outgoing, in));
    }
    return plan;
}

namespace {

RemoteItem remoteFromState(const RemoteItemState& state)
{
    // The base keeps no rotation: an item read from it is one whose revision did not move.
    return RemoteItem {state.kind, state.name, state.revision, state.updatedAt, state.updatedBy, state.value,
        state.includeInExport, std::nullopt};
}

bool sameState(const RemoteItemState* a, const RemoteItemState* b)
{
    return (!a && !b) || (a && b && a->revision == b->revision);
}

} // namespace

QList<RemoteItem> remoteAsLastSeen(const RemoteListing* listing, const QList<RemoteItemState>& base)
{
    QHash<ItemKey, const RemoteItemState*> now;
    for (const RemoteItemState& state : base) {
        now.insert(ItemKey {state.kind, state.name}, &state);
    }
    QList<RemoteItem> remote;
    QSet<ItemKey> spokenFor;
    if (listing) {
        QHash<ItemKey, const RemoteItemState*> then;
        for (const RemoteItemState& state : listing->base) {
            then.insert(ItemKey {state.kind, state.name}, &state);
        }
        QSet<ItemKey> keys(now.keyBegin(), now.keyEnd());
        for (const RemoteItem& item : listing->remote) {
            keys.insert(ItemKey {item.kind, item.name});
        }
        for (const ItemKey& key : std::as_const(keys)) {
            if (sameState(then.value(key), now.value(key))) {
                spokenFor.insert(key);
            }
        }
        for (const RemoteItem& item : listing->remote) {
            if (spokenFor.contains(ItemKey {item.kind, item.name})) {
                remote.append(item);
            }
        }
    }
    for (const RemoteItemState& state : base) {
        if (!spokenFor.contains(ItemKey {state.kind, state.name})) {
            remote.append(remoteFromState(state));
        }
    }
    return remote;
}
