#pragma once

#include "models/Result.h"
#include "sync/PlatformJob.h"
#include "sync/SyncTypes.h"

// One Prepare, Publish or Pull under way (or a connection check). Emits progress() and exactly one
// finished(); deleted by the engine after finished() has returned. cancel() stops at the next safe
// point: a batch already sent is still awaited and recorded, nothing later is sent, and the outbox
// keeps every entry not yet acknowledged.
class SyncOperation : public PlatformJob
{
    Q_OBJECT

public:
    enum class Kind
    {
        Prepare,
        Publish,
        Pull,
    };

    Kind kind() const { return m_kind; }
    // Valid after finished().
    const Result<SyncReport>& result() const { return m_result; }
    // What the operation did, also when it failed or was cancelled part way (the changes sent
    // before a cancel, the conflicts of a 412, the identity of checkConnection). On success the
    // same as result().value().
    const SyncReport& report() const { return m_report; }

protected:
    SyncOperation(Kind kind, ProjectId project, SyncStore* store, PlatformSettings settings, QObject* parent);
    void finish(Result<SyncReport> result, SyncFailure failure);

    void finishJob(std::optional<Error> error, SyncFailure failure) override;
    void countRequest() override { ++m_report.requests; }

    // Filled as the operation goes; finish() replaces it with the result's report on success.
    SyncReport m_report;

private:
    Kind m_kind;
    Result<SyncReport> m_result = Error {ErrorCode::Internal, QString()};
};
