#pragma once

#include "models/Result.h"
#include "sync/SyncEngine.h"

class PlatformReply;

// How a failed platform request or vault call ends a sync or channel operation: the error to report
// and the failure kind the UI and CLI act on (docs/API.md, "Client behaviour"). Shared by SyncJob and
// ChannelJob so that both read a status the same way.
struct OperationFailure
{
    Error error;
    SyncFailure failure = SyncFailure::None;
};

// `cancelledMessage` is what the operation says when the request was cancelled.
OperationFailure failureFromReply(const PlatformReply& reply, const QString& cancelledMessage);
SyncFailure failureFromStore(const Error& error);
