#pragma once

#include "sync/ChangeBatch.h"
#include "sync/SyncJob.h"

#include <QElapsedTimer>

#include <deque>
#include <optional>
#include <utility>
#include <vector>

class PlatformReply;

// Resends any batch a previous run left, then sends the confirmed plan's outgoing changes and
// chosen deletions, recomputed over a fresh plan (the platform listed again only when its project
// revision moved), in batches of at most the server's limits, each stored with its key before it is
// sent. Two batches are in flight at a time, and each answer is written into the vault as it comes.
// Refuses a plan with undecided conflicts. Conflicts resolved TakeRemote are applied locally as a
// pull does. A cancel lets the batches in flight answer and be recorded; nothing later is sent.
class PublishJob : public SyncJob
{
    Q_OBJECT

public:
    PublishJob(ProjectId project, SyncStore* store, PlatformSettings settings, QObject* parent);
    ~PublishJob() override;

    void start(const SyncPlan& plan);

Q_SIGNALS:
    // A batch's answer is in the vault: the platform's project revision went from `before` to
    // `after` with it (a batch of n changes moves it by n; docs/API.md, "Project revision").
    void projectRevisionMoved(qint64 before, qint64 after);

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
    // Sends batches while fewer than kMaxBatchesInFlight are in flight; ends the job when done.
    void sendMoreBatches();
    // Stores batch `index` and sends it; the error when it could not be stored (nothing was sent).
    std::optional<Error> sendBatch(std::size_t index);
    void onBatchAnswered(PlatformReply* reply, std::size_t index, qint64 batchId);
    // Writes the checked answers into the vault, one transaction each; a failure stops the publish.
    void writeCheckedAnswers();
    // Records why a batch failed (a refused one leaves the vault, its entries stay queued) and stops.
    void recordBatchFailure(PlatformReply* reply, qint64 batchId, const ChangeBatch& batch);
    // No batch is sent after this; the job fails with the first error once none is in flight.
    void stopWith(const Error& error, SyncFailure failure);
    // Ends the job once no batch is in flight: failed, cancelled or published.
    void settleWhenIdle();
    void failCancelledPublish();
    void finishPublish();

    // A batch's answer, checked against its request and waiting to be written into the vault.
    struct CheckedAnswer
    {
        SyncApply apply;
        int size = 0;
        std::optional<qint64> projectRevision;
    };
    // Requests the platform applies one after another while this side stores the next batch and
    // writes the previous answer; a third would only queue on the server.
    static constexpr int kMaxBatchesInFlight = 2;

    std::vector<ChangeBatch> m_batches;
    std::size_t m_nextBatch = 0;
    int m_inFlight = 0;
    // Written once no upload waits for this thread (Qt feeds an upload from it, so a long vault
    // write started earlier would hold the request back), and at the latest when the job ends.
    std::deque<CheckedAnswer> m_checkedAnswers;
    // The first failure: nothing more is sent, and the job fails with it once no batch is in
    // flight, so a body is never wiped while it is still being sent.
    std::optional<std::pair<Error, SyncFailure>> m_stop;
    int m_totalChanges = 0;
    // Changes written into the vault as delivered.
    int m_doneChanges = 0;
    // Changes the platform confirmed; runs ahead of m_doneChanges by the checked answers.
    int m_confirmedChanges = 0;
    // Changes handed to the network.
    int m_sentChanges = 0;
    QElapsedTimer m_clock;
};
