#pragma once

#include "models/Result.h"
#include "sync/ChannelTypes.h"
#include "sync/PlatformJob.h"

// One channel operation under way; same life cycle as SyncOperation (exactly one finished(),
// deleted by the service after it returned; cancel() stops polling — a deploy the platform accepted
// goes on there and its task id is in the report).
class ChannelOperation : public PlatformJob
{
    Q_OBJECT

public:
    const Result<ChannelReport>& result() const { return m_result; }
    const ChannelReport& report() const { return m_report; }

protected:
    ChannelOperation(ProjectId project, SyncStore* store, PlatformSettings settings, QObject* parent);
    void finish(Result<ChannelReport> result, SyncFailure failure);

    void finishJob(std::optional<Error> error, SyncFailure failure) override;
    void countRequest() override { ++m_report.requests; }

    ChannelReport m_report;

private:
    Result<ChannelReport> m_result = Error {ErrorCode::Internal, QString()};
};
