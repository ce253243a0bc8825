#include "sync/SyncFailureMapping.h"

#include "sync/PlatformReply.h"

#include <QCoreApplication>

OperationFailure failureFromReply(const PlatformReply& reply, const QString& cancelledMessage)
{
    const Error error = reply.result().error();
    const PlatformResponse& response = reply.response();
    switch (reply.failure()) {
    case PlatformFailure::Cancelled:
        return {makeError(ErrorCode::Cancelled, cancelledMessage), SyncFailure::Cancelled};
    case PlatformFailure::Configuration:
        return {makeError(ErrorCode::InvalidInput, error.message), SyncFailure::NotBound};
    case PlatformFailure::Tls:
        return {makeError(ErrorCode::Network, error.message), SyncFailure::Tls};
    case PlatformFailure::Network:
    case PlatformFailure::Timeout:
    case PlatformFailure::Redirect:
    case PlatformFailure::MalformedResponse:
        return {makeError(ErrorCode::Network, error.message), SyncFailure::Network};
    case PlatformFailure::None:
    case PlatformFailure::Http:
        break;
    }
    const int status = response.status;
    if (status == 401) {
        return {makeError(ErrorCode::PermissionDenied,
                    QCoreApplication::translate("SyncEngine",
                        "The platform refused the API token: it is unknown, revoked or expired. Enter a new token "
                        "in the project's remote binding.")),
            SyncFailure::Unauthorized};
    }
    if (status == 403) {
        // The server's message names the action and the roles that may do it.
        return {makeError(ErrorCode::PermissionDenied, error.message), SyncFailure::Forbidden};
    }
    if (status == 412) {
        return {makeError(ErrorCode::Conflict, error.message), SyncFailure::Conflict};
    }
    if (status >= 500 || status == 408 || status == 429
        || (status == 409 && response.errorCode == QLatin1String("idempotency_key_in_use"))) {
        return {makeError(ErrorCode::Network, error.message), SyncFailure::Network};
    }
    return {
        makeError(status == 404 ? ErrorCode::NotFound : ErrorCode::InvalidInput, error.message), SyncFailure::Rejected};
}

SyncFailure failureFromStore(const Error& error)
{
    switch (error.code) {
    case ErrorCode::Locked:
        return SyncFailure::Locked;
    case ErrorCode::Damaged:
        return SyncFailure::Damaged;
    default:
        return SyncFailure::Store;
    }
}
