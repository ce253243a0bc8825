#pragma once

#include "sync/ChangeBatch.h"
#include "sync/SyncJob.h"

#include <optional>
#include <vector>

class PlatformReply;

// Resends any batch a previous run left, then sends the confirmed plan's outgoing changes and
// chosen deletions, recomputed over a fresh plan, in batches of at most the server's limits, each
// stored with its key before it is sent. Refuses a plan with undecided conflicts. Conflicts
// resolved TakeRemote are applied locally as a pull does. A cancel lets the batch in flight answer
// and be recorded; nothing later is sent.
class PublishJob : public SyncJob
{
    Q_OBJECT

public:
    PublishJob(ProjectId project, SyncStore* store, PlatformSettings settings, QObject* parent);
    ~PublishJob() override;

    void start(const SyncPlan& plan);

protected:
    // The listings and /me still answer after a cancel: the chain stops before the next batch.
    bool continuesAfterCancel() const override { return true; }

private:
    bool hasStoredBatches() const;
    void checkRoles();
    void resendStoredBatches();
    void onStoredBatchAnswered(PlatformReply* reply, ChangeBatch& batch, qint64 batchId);
    // `outbox` is the queue the fresh plan was computed from.
    void publishFresh(SyncPlan fresh, const QList<OutboxEntry>& outbox);
    // Fails the job when the fresh plan cannot be published; true then.
    bool refuseFreshPlan(const SyncPlan& fresh);
    // Writes the Settle and chosen TakeRemote resolutions; false after failing the job.
    bool applyResolutions(const SyncPlan& fresh, const QSet<ItemKey>& selected);
    Result<QList<BatchChange>> outgoingChanges(const SyncPlan& fresh, const QSet<ItemKey>& selected,
        const QList<OutboxEntry>& outbox, QList<QByteArray>* encoded) const;
    // Stores batch `index` and sends it; the error when it could not be stored (nothing was sent).
    std::optional<Error> sendBatch(std::size_t index);
    void onBatchAnswered(PlatformReply* reply, std::size_t index, qint64 batchId);
    // Writes the answer kept in m_pendingAnswer into the vault (once); a failure is kept in
    // m_deferredStoreFailure.
    void writePendingAnswer();
    void handleBatchFailure(PlatformReply* reply, qint64 batchId, const ChangeBatch& batch);
    void failCancelledPublish();
    void finishPublish();

    std::vector<ChangeBatch> m_batches;
    // A vault write failed while the next batch was in flight: the job fails once that batch has
    // answered, so its body is never wiped while it is still being sent.
    std::optional<Error> m_deferredStoreFailure;
    // The previous batch's answer, written into the vault once the next batch's body has been
    // handed to the network (Qt feeds an upload from this thread, so a long vault write started
    // earlier would hold the request back), or at the latest when the next batch answers.
    std::optional<SyncApply> m_pendingAnswer;
    int m_pendingAnswerSize = 0;
    int m_totalChanges = 0;
    int m_doneChanges = 0;
    // Changes handed to the network: one batch may be in flight before the previous one's answer is
    // written, so this runs ahead of m_doneChanges.
    int m_sentChanges = 0;
};
