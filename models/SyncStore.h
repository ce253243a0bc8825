#pragma once

#include "models/Ids.h"
#include "models/OutboxEntry.h"
#include "models/Result.h"
#include "models/RotationPolicy.h"
#include "models/SecretValue.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

// What the platform held for one item when this vault last synced it (published it, pulled it or
// resolved a conflict on it): the base of the sync engine's three-way comparison. Revisions and
// variable values only; a secret's value never comes back from the platform.
struct RemoteItemState
{
    ItemKind kind = ItemKind::Variable;
    QString name;
    qint64 revision = 0;
    QDateTime updatedAt;
    QString updatedBy;
    // Variables only.
    QString value;
    bool includeInExport = false;
};

// One /changes request exactly as it was (or will be) sent: the idempotency key and the body bytes
// are stored before the first attempt, so a retry after a crash or restart repeats the same request
// and the server applies it at most once. The body holds secret values: the vault keeps it sealed
// like a secret.
struct OutboxBatch
{
    qint64 id = 0;
    QByteArray idempotencyKey;
    QByteArray body;
    // The outbox entries this batch delivers (acknowledged when it completes); may be empty, e.g. for
    // a first publish of items that were never queued.
    QList<qint64> entryIds;
    QDateTime created;
    // The record failed authentication: only the id is known.
    bool damaged = false;
};

// The local view of one item: what the vault holds now (values of variables only).
struct LocalItem
{
    ItemKind kind = ItemKind::Variable;
    QString name;
    QString value;
    bool includeInExport = false;
    // Secrets only.
    SecretRotation rotation {};
};

// Where a project publishes to. The token is separate (SyncStore::syncToken).
struct RemoteBinding
{
    QString url;
    qint64 remoteProjectId = 0;
    // The bound source folder (empty when none): a deploy uploads the bot script from it.
    QString sourceFolder;
};

// A variable written by a pull or by taking the platform's side of a conflict.
struct PulledVariable
{
    QString name;
    QString value;
    bool includeInExport = false;
    // Who wrote the value on the platform and when; recorded as the variable's author and time
    // (the pull's actor and time when the platform did not say).
    QString updatedBy;
    QDateTime updatedAt;
};

// A secret's rotation written by a pull: the platform's rule and rotation time, never a value.
struct PulledSecretRotation
{
    QString name;
    SecretRotation rotation;
    // Who wrote the secret on the platform; recorded as its author (the pull's actor when empty).
    QString updatedBy;
};

struct ItemKey
{
    ItemKind kind = ItemKind::Variable;
    QString name;

    friend bool operator==(const ItemKey&, const ItemKey&) = default;
};

inline size_t qHash(const ItemKey& key, size_t seed = 0)
{
    return qHashMulti(seed, static_cast<quint8>(key.kind), key.name);
}

// One step of the sync engine, applied by the vault in ONE transaction, without queuing outbox
// entries for its own writes (they come from the platform, so there is nothing to publish).
struct SyncApply
{
    // A delivered batch: delete it and the outbox entries it lists.
    std::optional<qint64> completeBatch;
    // A batch the server refused for good (412, 422, …): delete it; its entries stay queued.
    std::optional<qint64> dropBatch;
    // Outbox entries made moot (coalesced away, or the admin took the platform's side).
    QList<qint64> dropEntries;
    // Local writes from the platform: variables put, items (secrets or variables) removed, and
    // secrets' rotation rules and times taken (their values stay as they are).
    QList<PulledVariable> putVariables;
    QList<ItemKey> removeItems;
    QList<PulledSecretRotation> secretRotations {};
    // The new base: upserted / removed remote states.
    QList<RemoteItemState> setStates;
    QList<ItemKey> clearStates;
};

// Held by a publish or pull for its whole run; released when it is destroyed.
class SyncLock
{
public:
    virtual ~SyncLock() = default;
};

// What the sync engine (sync/) needs from the vault, so that sync/ depends on models/ only. The
// vault in storage/ implements it. Every call fails with Locked when the vault is locked and with
// NotFound for an unknown project; the project must have a remote binding (InvalidInput otherwise).
class SyncStore
{
public:
    virtual ~SyncStore() = default;

    // NotFound for an unknown project, InvalidInput "not bound" when it has no binding.
    virtual Result<RemoteBinding> syncBinding(ProjectId project) const = 0;
    // Every secret (name only) and variable of the project.
    virtual Result<QList<LocalItem>> syncLocalItems(ProjectId project) const = 0;
    // The binding's API token as secure bytes; InvalidInput when the project is not bound.
    virtual Result<SecretValue> syncToken(ProjectId project) const = 0;
    // The current value of a local secret, for publishing only; never for display.
    virtual Result<SecretValue> syncSecretValue(ProjectId project, const QString& name) const = 0;

    virtual Result<QList<OutboxEntry>> outbox(ProjectId project) const = 0;
    virtual Result<QList<RemoteItemState>> remoteStates(ProjectId project) const = 0;

    // Stores a batch before it is sent. Every entry id must be queued for the project and not in
    // another batch (InvalidInput otherwise). Returns the batch id; batches keep their id order.
    virtual Result<qint64> addOutboxBatch(
        ProjectId project, const QByteArray& idempotencyKey, const QByteArray& body, const QList<qint64>& entryIds)
        = 0;
    // The stored batches, oldest first: the ones a previous run did not finish.
    virtual Result<QList<OutboxBatch>> outboxBatches(ProjectId project) const = 0;

    // Taken by a publish or pull for its whole run, so that two runs on one project never
    // interleave, whether in one process or in several: Busy while another run holds it.
    virtual Result<std::unique_ptr<SyncLock>> lockSync(ProjectId project) = 0;

    // All of it or nothing. Emits itemsReset(project) when items changed and outboxChanged(project)
    // when the outbox did.
    virtual Result<void> applySync(ProjectId project, const SyncApply& apply) = 0;
};
