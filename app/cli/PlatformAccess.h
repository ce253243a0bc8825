#pragma once

#include "app/cli/ExitCode.h"
#include "sync/BackoffPolicy.h"
#include "sync/PlatformSettings.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QString>

#include <chrono>
#include <optional>

class CliContext;
enum class SyncFailure;

// What the sync and the channel commands share about talking to a platform: the options --ca-file
// and --timeout with BOTVAULT_SYNC_BACKOFF_SCALE, and how a failed operation is reported.
class PlatformAccess
{
    Q_DECLARE_TR_FUNCTIONS(PlatformAccess)

public:
    // --ca-file, --timeout and BOTVAULT_SYNC_BACKOFF_SCALE, read once for the sync engine and the
    // channel service, which take the same three settings; reports a bad value itself.
    static ExitCode readPlatformOptions(CliContext& cli, PlatformSettings* options);

    template<typename Client>
    static ExitCode configurePlatformClient(CliContext& cli, Client& client)
    {
        PlatformSettings options;
        if (const ExitCode code = readPlatformOptions(cli, &options); code != ExitCode::Ok) {
            return code;
        }
        if (options.transferTimeout) {
            client.setTransferTimeout(*options.transferTimeout);
        }
        if (!options.caCertificates.isEmpty()) {
            client.addCaCertificates(options.caCertificates);
        }
        if (options.backoff) {
            client.setBackoffPolicy(*options.backoff);
        }
        return ExitCode::Ok;
    }

    // A failed sync operation: the exit code for its SyncFailure and the message, with a note that
    // the outbox keeps the changes when `outboxKept`.
    static ExitCode failSync(
        CliContext& cli, SyncFailure failure, const Error& error, bool outboxKept, const QString& projectName);
};
