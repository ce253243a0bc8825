#pragma once

#include "models/Result.h"
#include "models/SyncStore.h"
#include "sync/PlatformOperation.h"
#include "sync/PlatformSettings.h"

#include <QByteArray>
#include <QJsonObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>
#include <utility>

class PlatformClient;
class PlatformReply;
struct PlatformResponse;

// The machinery every operation on the platform runs on (docs/ARCHITECTURE.md, "Sync engine"): a
// PlatformClient of its own, set up from the project's binding and token (read from the vault for
// this operation only) or from a URL and token being checked; waiting for a request with the
// failure mapped to a SyncFailure the same way for every job; cancellation of a request that may be
// abandoned; and the one end of the job, which zeroes the token. SyncOperation and ChannelOperation
// add their report; the jobs (PrepareJob, PublishJob, ChannelJob, …) keep only their own steps.
class PlatformJob : public PlatformOperation
{
    Q_OBJECT

public:
    ~PlatformJob() override;

    // Finishes with this error on the next event loop turn (after the caller has connected).
    void failLater(const Error& error, SyncFailure failure);

protected:
    using Continuation = std::function<void(const PlatformResponse&)>;

    PlatformJob(ProjectId project, SyncStore* store, PlatformSettings settings, QObject* parent);

    // The platform client for `url` and `token`, or for the project's binding and token; false
    // after failing the job (later).
    bool openClient(const QUrl& url, const QByteArray& token);
    bool openProjectClient();
    // Fails the job on any failure of `reply`, else continues with its response. An `abandonable`
    // request is aborted by cancel(); a request the platform may act on (a batch, a deploy) is
    // awaited. A reply arriving after cancel() ends the job unless continuesAfterCancel().
    void await(PlatformReply* reply, Continuation next, bool abandonable = true);
    // GET /me.
    void fetchIdentity(std::function<void(const RemoteIdentity&)> next);

    void fail(const Error& error, SyncFailure failure);
    // The failure of a finished reply, mapped as docs/API.md "Client behaviour" says.
    void failFromReply(PlatformReply* reply);
    std::pair<Error, SyncFailure> replyFailure(PlatformReply* reply) const;
    void failFromStore(const Error& error);
    void succeed();
    void onCancelRequested() override;

    // Hooks of the operation classes and jobs.
    // Stores the result (the report on success) and marks the operation finished.
    virtual void finishJob(std::optional<Error> error, SyncFailure failure) = 0;
    // One HTTP exchange passed the client (pages and retries included).
    virtual void countRequest() = 0;
    // What a request cancelled by cancel() ends the job with.
    virtual QString cancelledRequestText() const = 0;
    // What a reply that arrives after cancel() ends the job with.
    virtual QString cancelledText() const = 0;
    virtual bool continuesAfterCancel() const { return false; }
    // Lets go of what the job holds beyond the client (a lock, a timer) as it ends.
    virtual void releaseResources() { }

    static SyncFailure storeFailure(const Error& error);
    static RemoteIdentity identityFrom(const QJsonObject& body);
    // 16 random bytes, base64url without padding: the same shape as an outbox entry's key.
    static QByteArray newIdempotencyKey();
    static void wipe(QByteArray& bytes);

    SyncStore* m_store;
    PlatformSettings m_settings;
    PlatformClient* m_client = nullptr;
    QPointer<PlatformReply> m_abandonable;
    RemoteBinding m_binding;
};
