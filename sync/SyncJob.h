#pragma once

#include "sync/BackoffPolicy.h"
#include "sync/ChangeBatch.h"
#include "sync/SyncEngine.h"

#include <QList>
#include <QPointer>
#include <QSet>
#include <QSslCertificate>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class PlatformClient;
class PlatformReply;
struct PlatformResponse;
class SyncLock;
class SyncStore;

// The SyncOperation the engine hands out: one Prepare, Publish, Pull or connection check, run as a
// chain of platform requests on its own PlatformClient (docs/ARCHITECTURE.md, "Sync engine"). It
// reports what it learnt (the identity, the conflicts found) through signals, so the engine keeps
// its per-project state without the job reaching into it.
class SyncJob : public SyncOperation
{
    Q_OBJECT

public:
    struct ClientSettings
    {
        std::chrono::milliseconds transferTimeout {0};
        QList<QSslCertificate> caCertificates;
        std::optional<BackoffPolicy> backoff;
    };

    SyncJob(Kind kind, ProjectId project, SyncStore* store, ClientSettings settings, QObject* parent);
    ~SyncJob() override;

    void startCheck(const QUrl& url, const QByteArray& token);
    void startPrepare();
    void startPublish(const SyncPlan& plan);
    void startPull(const SyncPlan& plan);
    // Finishes with this error on the next event loop turn (after the caller has connected).
    void failLater(const Error& error, SyncFailure failure);

Q_SIGNALS:
    void identityKnown(const RemoteIdentity& identity);
    // The keys this project now has conflicts for (replacing what was known before).
    void conflictsKnown(const QList<ItemKey>& keys);

protected:
    void onCancelRequested() override;

private:
    using Continuation = std::function<void(const PlatformResponse&)>;

    // The platform client for the project's binding and token; false after failing the job.
    bool openProjectClient();
    bool openClient(const QUrl& url, const QByteArray& token);
    // Sends through `reply`, fails the job on any failure, else continues. `abandonable` requests
    // are aborted by cancel(); a batch is always awaited.
    void await(PlatformReply* reply, bool abandonable, Continuation next);
    void fetchIdentity(std::function<void()> next);
    void fetchPlan(std::function<void(SyncPlan)> next);

    // Fails the job (later) when the plan holds a choice that cannot be applied; true then.
    bool refuseUnappliableChoices(const SyncPlan& plan);
    // The project's cross-process sync lock, held until the job ends; false after failing the job.
    bool takeSyncLock();

    // Publish steps.
    bool hasStoredBatches() const;
    void checkRoles();
    void resendStoredBatches();
    void publishFresh(SyncPlan fresh);
    // Stores batch `index` and sends it; the error when it could not be stored (nothing was sent).
    std::optional<Error> sendBatch(std::size_t index);
    void onBatchAnswered(PlatformReply* reply, std::size_t index, qint64 batchId);
    // Writes the answer kept in m_pendingAnswer into the vault (once); a failure is kept in
    // m_deferredStoreFailure.
    void writePendingAnswer();
    void handleBatchFailure(PlatformReply* reply, qint64 batchId, const ChangeBatch& batch);
    void failCancelledPublish();
    void finishPublish();

    // Pull.
    void pullFresh(SyncPlan fresh);

    // The confirmed plan's choices on the fresh plan; the keys the confirmed plan selected.
    QSet<ItemKey> carryChoices(SyncPlan& fresh, bool outgoing) const;
    // Settle and TakeRemote resolutions into `apply`.
    void addResolution(SyncApply& apply, const SyncPlanItem& item);
    // `outbox` is the queue the fresh plan was computed from (read once per publish: opening every
    // entry is the costly part of a publish's preparation).
    Result<QList<BatchChange>> outgoingChanges(const SyncPlan& fresh, const QSet<ItemKey>& selected,
        const QList<OutboxEntry>& outbox, QList<QByteArray>* encoded) const;

    void fail(const Error& error, SyncFailure failure);
    void failFromReply(PlatformReply* reply);
    void failFromStore(const Error& error);
    void succeed();
    void reportConflicts(const SyncPlan& plan);
    void setProgress(int done, int total, const QString& stage);

    SyncStore* m_store;
    std::unique_ptr<SyncLock> m_syncLock;
    ClientSettings m_settings;
    PlatformClient* m_client = nullptr;
    QPointer<PlatformReply> m_abandonable;
    SyncPlan m_confirmed;
    RemoteBinding m_binding;
    // Publish state.
    // The outbox as fetchPlan() read it, kept from the plan to the batches of a publish only (it
    // holds secret values).
    QList<OutboxEntry> m_outbox;
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
