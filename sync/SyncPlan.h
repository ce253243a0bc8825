#pragma once

#include "models/Ids.h"
#include "models/OutboxEntry.h"
#include "models/SyncStore.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

// The three-way comparison behind Publish and Pull (docs/ARCHITECTURE.md, "Sync engine"): for
// every item known locally, in the outbox, in the last synced state (the base) or on the platform,
// what has changed on which side and what each command would do. Pure data and a pure function, so
// every rule is unit-tested without a network or a vault. Secrets carry no values in a plan: the
// plan is what the dialogs and `publish --dry-run` show.

// The platform's view of one item, from its listings.
struct RemoteItem
{
    ItemKind kind = ItemKind::Variable;
    QString name;
    qint64 revision = 0;
    QDateTime updatedAt;
    QString updatedBy;
    // Variables only.
    QString value;
    bool includeInExport = false;
    // Secrets only; none when the platform does not report rotation (an older server).
    std::optional<SecretRotation> rotation {};
};

struct SyncPlanItem
{
    enum class Action
    {
        // Outgoing (Publish): the local change is sent with ifRevision = base revision.
        Add, // not on the platform: create-only
        Change,
        Remove,
        // Incoming (Pull): the platform changed and nothing is pending locally.
        PullAdd, // a variable only on the platform: added to the vault
        PullChange, // a variable changed on the platform: the vault takes its value
        PullRemove, // removed on the platform: removed from the vault
                    // A secret replaced on the platform: its value cannot be read back, so Pull only records the
                    // new revision and warns that the local value may be out of date.
        SecretChangedRemotely,
        // A secret only on the platform: cannot be pulled; kept unless the admin chooses to delete it
        // on the platform (Publish with `deleteRemote`).
        RemoteOnly,
        // Both sides changed since the base (or both created the item independently) and they
        // differ: never resolved without a choice.
        Conflict,
        // Both sides ended up equal (e.g. the same variable value), or a queued change that cancels
        // out (created and deleted before any publish): only the base and outbox are tidied.
        Settle,
    };

    enum class Choice
    {
        Undecided, // a Conflict's start; publish and pull refuse a plan with one
        KeepLocal, // send the local side over the platform's current revision
        TakeRemote, // drop the local change; a variable takes the platform's value
    };

    Action action = Action::Settle;
    ItemKind kind = ItemKind::Variable;
    QString name;

    // Local side (variables only for values). `localExists` false for a pending delete.
    bool localExists = false;
    QString localValue;
    bool localIncludeInExport = false;
    // The queued entries this item's outgoing change delivers or drops, oldest first.
    QList<qint64> outboxEntryIds;
    // Who made the latest queued change and when.
    QString localChangedBy;
    QDateTime localChangedAt;
    // A secret's rotation here; `rotationOnly` when every queued change of it only changed the
    // rotation rule (the value went out before, or never changed).
    SecretRotation localRotation {};
    bool rotationOnly = false;

    // The base revision (0 when the item was never synced).
    qint64 baseRevision = 0;

    // Platform side. `remoteExists` false when it is not on the platform.
    bool remoteExists = false;
    qint64 remoteRevision = 0;
    QString remoteValue;
    bool remoteIncludeInExport = false;
    QDateTime remoteUpdatedAt;
    QString remoteUpdatedBy;
    // A secret's rotation on the platform; none when the platform did not say.
    std::optional<SecretRotation> remoteRotation {};

    Choice choice = Choice::Undecided;
    // RemoteOnly: the admin chose to delete it on the platform.
    bool deleteRemote = false;
    // Some of its queued entries went out in a stored batch whose answer never arrived: the
    // platform's revision may be this vault's own write, so the item is never a conflict before
    // that batch is sent again (publish does so first; the answer then tells what was applied).
    bool awaitingReplay = false;

    // Taking the platform's side would leave this vault with a secret value the platform does not
    // hold (a secret's value never comes back), so that choice is refused for it.
    bool canTakeRemote() const;

    bool isOutgoing() const;
    bool isIncoming() const;
};

struct SyncPlan
{
    ProjectId project = 0;
    qint64 remoteProjectId = 0;
    QList<SyncPlanItem> items;
    // Queued entries that were damaged (authentication failed): publishing stops before them.
    QList<qint64> damagedEntryIds;
    // The platform's project revision its remote side was read at (docs/API.md, "Project
    // revision"); none when unknown (an older server, or a listing during which the project changed).
    std::optional<qint64> projectRevision {};

    int count(SyncPlanItem::Action action) const;
    bool hasUndecidedConflicts() const;
    bool isEmpty() const;
    // Applies the same choice to every Conflict (CLI --keep-local / --take-remote).
    void resolveAllConflicts(SyncPlanItem::Choice choice);
    // Conflicts resolved with a choice that cannot be applied (see SyncPlanItem::canTakeRemote).
    QList<const SyncPlanItem*> unappliableChoices() const;
};

// What a plan holds, counted one way for every place that tells it (the status bar, the publish and
// pull dialogs' headers), so they never contradict each other.
struct SyncSummary
{
    // Add, Change, Remove: local changes waiting to be sent.
    int toPublish = 0;
    // PullAdd, PullChange, PullRemove, SecretChangedRemotely: platform changes not in the vault yet.
    int toPull = 0;
    // Changed on both sides, decided or not.
    int conflicts = 0;
    // Secrets only on the platform (they cannot be pulled).
    int onlyOnPlatform = 0;
    // Both sides already equal: only the base and the outbox are tidied.
    int settled = 0;
    // Queued changes that cannot be read.
    int damagedEntries = 0;

    bool upToDate() const { return toPublish == 0 && toPull == 0 && conflicts == 0 && damagedEntries == 0; }
};

SyncSummary summarizeSyncPlan(const SyncPlan& plan);

struct SyncPlanInput
{
    QList<LocalItem> local;
    // Oldest first, as SyncStore::outbox returns them.
    QList<OutboxEntry> outbox;
    QList<RemoteItemState> base;
    QList<RemoteItem> remote;
    // The outbox entries that stored batches carry (sent, answer unknown): SyncStore::outboxBatches.
    QSet<qint64> sentEntryIds {};
};

// Items sorted by kind (secrets first), then name. Deterministic for the same input.
SyncPlan computeSyncPlan(ProjectId project, qint64 remoteProjectId, const SyncPlanInput& input);

// The platform's items as a listing saw them, with this vault's base at that moment: an item whose
// base moved since was synced by this vault afterwards, so the listing no longer speaks for it.
struct RemoteListing
{
    QString url;
    qint64 remoteProjectId = 0;
    // The project revision the items are exact at; none when unknown.
    std::optional<qint64> revision;
    QList<RemoteItem> remote;
    QList<RemoteItemState> base;
};

// The platform's side for a plan from a listing and the base as it is now: the listing where it
// still speaks for an item, the base (what was last synced) elsewhere and without a listing. While
// the platform's revision is what the listing (advanced by this vault's own writes) says, this is
// exactly what the platform holds.
QList<RemoteItem> remoteAsLastSeen(const RemoteListing* listing, const QList<RemoteItemState>& base);
