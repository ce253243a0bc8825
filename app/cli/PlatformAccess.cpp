#include "app/cli/PlatformAccess.h"

#include "app/cli/CliContext.h"
#include "sync/SyncEngine.h"

#include <QDir>
#include <QFileInfo>

namespace {

constexpr double kMaxTimeoutSeconds = 3600;
constexpr char kBackoffScaleVariable[] = "BOTVAULT_SYNC_BACKOFF_SCALE";

} // namespace

ExitCode PlatformAccess::readPlatformOptions(CliContext& cli, PlatformSettings* options)
{
    if (cli.commandLine().isSet(CommandLine::kTimeout)) {
        bool isNumber = false;
        const double seconds = cli.commandLine().value(CommandLine::kTimeout).toDouble(&isNumber);
        if (!isNumber || !(seconds > 0) || seconds > kMaxTimeoutSeconds) {
            return cli.usageError(tr("The option --timeout needs a number of seconds above 0 and at most %1, not '%2'.")
                                      .arg(kMaxTimeoutSeconds)
                                      .arg(cli.commandLine().value(CommandLine::kTimeout)));
        }
        options->transferTimeout = std::chrono::milliseconds(static_cast<qint64>(seconds * 1000));
    }
    if (cli.commandLine().isSet(CommandLine::kCaFile)) {
        const QString path = cli.commandLine().value(CommandLine::kCaFile);
        if (!QFileInfo(path).isFile()) {
            return cli.fail(ExitCode::NotFound,
                tr("The certificate file '%1' does not exist.").arg(QDir::toNativeSeparators(path)));
        }
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(path, QSsl::Pem);
        if (certificates.isEmpty()) {
            return cli.fail(ExitCode::InvalidInput,
                tr("'%1' holds no PEM certificate; give the certificate of the authority that issued the server's "
                   "certificate, in PEM.")
                    .arg(QDir::toNativeSeparators(path)));
        }
        options->caCertificates = certificates;
    }
    if (qEnvironmentVariableIsSet(kBackoffScaleVariable)) {
        bool isNumber = false;
        const double scale = qEnvironmentVariable(kBackoffScaleVariable).toDouble(&isNumber);
        if (!isNumber || scale < 0) {
            return cli.usageError(tr("The environment variable %1 must be a number of 0 or more.")
                                      .arg(QString::fromLatin1(kBackoffScaleVariable)));
        }
        BackoffPolicy policy;
        policy.setTimeScale(scale);
        options->backoff = policy;
    }
    return ExitCode::Ok;
}

ExitCode PlatformAccess::failSync(
    CliContext& cli, SyncFailure failure, const Error& error, bool outboxKept, const QString& projectName)
{
    ExitCode code = exitCodeFor(error.code);
    QString message = error.message;
    switch (failure) {
    case SyncFailure::Conflict:
        code = ExitCode::Conflict;
        break;
    case SyncFailure::Network:
        code = ExitCode::Network;
        break;
    case SyncFailure::Tls:
        code = ExitCode::Network;
        message = tr("The server's certificate was refused, so the API token was not sent: %1 If the server uses a "
                     "private certificate authority, give its certificate with --ca-file PEM.")
                      .arg(error.message);
        break;
    case SyncFailure::Unauthorized:
        // The engine's message says the token was refused; this adds how to replace it.
        code = ExitCode::PermissionDenied;
        message = tr("%1 Check that it is the whole token, then set it again: \"%2\".")
                      .arg(error.message,
                          cli.suggestedCommand({QStringLiteral("remote"), QStringLiteral("set"), projectName,
                              QStringLiteral("URL"), QStringLiteral("--remote-project"), QStringLiteral("ID")}));
        break;
    case SyncFailure::Forbidden:
        code = ExitCode::PermissionDenied;
        break;
    case SyncFailure::Rejected:
        code = ExitCode::InvalidInput;
        break;
    case SyncFailure::Busy:
        code = ExitCode::Busy;
        break;
    case SyncFailure::Damaged:
        code = ExitCode::Damaged;
        break;
    case SyncFailure::Cancelled:
        code = ExitCode::Failure;
        break;
    case SyncFailure::NotBound:
        code = ExitCode::InvalidInput;
        break;
    case SyncFailure::None:
    case SyncFailure::Locked:
    case SyncFailure::Store:
        break;
    }
    if (code == ExitCode::Ok) {
        code = ExitCode::Failure;
    }
    if (outboxKept && failure != SyncFailure::NotBound && failure != SyncFailure::Locked) {
        // Only a failure of the way there goes away by itself; the others need the admin first.
        message += u' '
            + (failure == SyncFailure::Network
                    ? tr("The outbox keeps the changes; to retry, run \"%1\".")
                          .arg(cli.suggestedCommand({QStringLiteral("publish"), projectName}))
                    : tr("The outbox keeps the changes."));
    }
    return cli.fail(code, message);
}
