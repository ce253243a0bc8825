#pragma once

#include "models/OutboxEntry.h"
#include "models/Result.h"
#include "models/SyncStore.h"
#include "storage/RecordCodec.h"
#include "storage/vault/SealedTable.h"

#include <QCoreApplication>
#include <QList>

#include <optional>
#include <vector>

struct VaultContext;
class Projects;

// A bound project's outbox: the queued changes (one sealed entry per change, in id order) and the
// stored /changes requests (batches) the sync engine sends them in.
class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(Vault)

public:
    struct StoredBatch
    {
        qint64 id = 0;
        // Empty when the batch fails to open.
        std::optional<OutboxBatch> batch;
    };

    Outbox(VaultContext& vault, Projects& projects);

    // A fresh idempotency key for an entry: 16 random bytes as base64url, which the API's
    // Idempotency-Key header accepts as it is.
    static QString idempotencyKeyFrom(const char* randomBytes);
    // The record of an entry; a put carries the item's value and flag as they are now (the value
    // shares the item record's secure memory).
    static RecordCodec::Record entryRecord(quint8 kind, const QString& name, OutboxEntry::Op op,
        const RecordCodec::Record* item, const QString& idempotencyKey, qint64 now, const QString& author);

    // Queues one change of a bound project's item inside the caller's transaction, so the change
    // and its entry commit or roll back together, and sets VaultContext::queued. An unbound
    // project queues nothing. `rotationOnly` marks a secret put that changed only its rotation rule.
    Result<void> queueChange(ProjectId project, bool bound, quint8 kind, const QString& name, OutboxEntry::Op op,
        const RecordCodec::Record* item, bool rotationOnly = false);

    Result<QList<OutboxEntry>> entries(ProjectId project);
    Result<int> count(ProjectId project);
    // One transaction; ids not queued are ignored.
    Result<void> acknowledge(ProjectId project, const QList<qint64>& ids);

    // One transaction; see Vault::addOutboxBatch.
    Result<qint64> addBatch(
        ProjectId project, const QByteArray& idempotencyKey, const QByteArray& body, const QList<qint64>& entryIds);
    Result<QList<OutboxBatch>> batches(ProjectId project);
    // The project's stored batches in id order.
    Result<std::vector<StoredBatch>> storedBatches(ProjectId project);
    Result<bool> batchExists(ProjectId project, qint64 id);

    // Inside the caller's transaction; each returns how many rows it removed.
    Result<qint64> removeEntries(ProjectId project, const QList<qint64>& ids);
    Result<qint64> removeBatches(ProjectId project, const QList<qint64>& ids);
    // Every entry and batch of the project, inside the caller's transaction.
    Result<void> clear(ProjectId project);

private:
    static Result<void> checkBatch(const QByteArray& idempotencyKey, const QByteArray& body, const QList<qint64>& ids);
    Result<void> checkBatchEntries(ProjectId project, const QString& projectName, const QList<qint64>& ids);

    VaultContext& m_vault;
    Projects& m_projects;
    SealedTable m_entries;
    SealedTable m_batches;
};
