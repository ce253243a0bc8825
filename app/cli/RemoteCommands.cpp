#include "app/cli/RemoteCommands.h"

#include "app/cli/CliContext.h"
#include "app/cli/CliOutput.h"
#include "app/cli/CommandTable.h"
#include "app/cli/PlatformAccess.h"
#include "app/cli/SecretInput.h"
#include "app/cli/SyncOperationRun.h"
#include "app/cli/Terminal.h"
#include "sync/PlatformClient.h"
#include "sync/SyncEngine.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

using CliOutput::isoUtc;
using CliOutput::printable;
using SyncOperationRun::await;
using SyncOperationRun::number;
using SyncOperationRun::Outcome;

namespace {

// The vault's own limit for a token (it goes into an Authorization header).
constexpr qsizetype kMaxTokenBytes = 4096;

} // namespace

void RemoteCommands::registerCommands(CommandTable& table)
{
    using CL = CommandLine;
    table.add({{QStringLiteral("remote"), QStringLiteral("set")}, {QStringLiteral("PROJECT"), QStringLiteral("URL")},
        {CL::kRemoteProject, CL::kCaFile, CL::kTimeout}, &RemoteCommands::setRemote,
        QT_TRANSLATE_NOOP("CliApplication",
            "Bind the project to the platform project --remote-project ID at URL (https, or http to "
            "127.0.0.1). The API token comes from standard input or, at a terminal, is typed without "
            "echo. The token and the project are checked with the platform first (a project the token "
            "cannot see is refused); then the token is kept encrypted in the vault.")});
    table.add({{QStringLiteral("remote"), QStringLiteral("show")}, {QStringLiteral("PROJECT")}, {},
        &RemoteCommands::showRemote,
        QT_TRANSLATE_NOOP("CliApplication",
            "Show the project's platform URL, remote project, queued changes and unfinished batches; "
            "never the token.")});
    table.add({{QStringLiteral("remote"), QStringLiteral("unset")}, {QStringLiteral("PROJECT")}, {},
        &RemoteCommands::unsetRemote,
        QT_TRANSLATE_NOOP(
            "CliApplication", "Forget the project's platform binding, its token and its queued changes.")});
}

ExitCode RemoteCommands::setRemote(CliContext& cli, const QStringList& arguments)
{
    if (!cli.commandLine().isSet(CommandLine::kRemoteProject)) {
        return cli.usageError(tr("'remote set' needs --remote-project ID, the id of the project on the platform."));
    }
    bool isNumber = false;
    const qint64 remoteProjectId = cli.commandLine().value(CommandLine::kRemoteProject).toLongLong(&isNumber);
    if (!isNumber || remoteProjectId < 1) {
        return cli.usageError(tr("The option --remote-project needs the project's id on the platform, a whole number "
                                 "from 1, not '%1'.")
                                  .arg(cli.commandLine().value(CommandLine::kRemoteProject)));
    }
    const QString& urlText = arguments.at(1);
    const QUrl url(urlText, QUrl::StrictMode);
    if (const Result<void> valid = PlatformClient::checkBaseUrl(url); !valid) {
        return cli.fail(valid.error());
    }

    Project project;
    if (const ExitCode code = cli.openProject(arguments.at(0), &project); code != ExitCode::Ok) {
        return code;
    }
    SyncEngine engine(&cli.vault());
    if (const ExitCode code = PlatformAccess::configurePlatformClient(cli, engine); code != ExitCode::Ok) {
        return code;
    }
    QCA::SecureArray token;
    if (const ExitCode code = readApiToken(cli, urlText, &token); code != ExitCode::Ok) {
        return code;
    }

    // The token and the remote project are checked before anything is stored, so a typo in either,
    // or a refused certificate, saves nothing.
    QByteArray tokenBytes = token.toByteArray();
    const Outcome checked = await(engine.checkConnection(url, tokenBytes, remoteProjectId), nullptr);
    tokenBytes.fill('\0');
    if (!checked.result) {
        token.clear();
        if (checked.result.code() == ErrorCode::NotFound) {
            // No such remote project: exit code 4, as for any project that does not exist.
            return cli.fail(checked.result.error());
        }
        return PlatformAccess::failSync(cli, checked.failure, checked.result.error(), false, project.name);
    }
    const Result<void> bound = cli.vault().setRemoteBinding(project.id, urlText, remoteProjectId, SecretValue(token));
    token.clear();
    if (!bound) {
        return cli.fail(bound.error());
    }

    const RemoteIdentity& identity = checked.result->identity;
    if (cli.json()) {
        cli.printJson(QJsonObject {
            {QStringLiteral("project"), project.name},
            {QStringLiteral("url"), urlText},
            {QStringLiteral("remoteProjectId"), remoteProjectId},
            {QStringLiteral("login"), identity.login},
            {QStringLiteral("roles"), QJsonArray::fromStringList(identity.roles)},
            {QStringLiteral("secretsAdminRole"), identity.secretsAdminRole},
            {QStringLiteral("canWriteSecrets"), identity.canWriteSecrets()},
            {QStringLiteral("canWriteVariables"), identity.canWriteVariables()},
        });
        return ExitCode::Ok;
    }
    cli.printLine(tr("Bound %1 to %2 project %3 as %4 (roles: %5).")
                      .arg(project.name, urlText, QString::number(remoteProjectId), printable(identity.login),
                          printable(identity.roles.join(QStringLiteral(", ")))));
    if (!identity.canWriteSecrets()) {
        cli.printLine(tr("%1 lacks the secrets-admin role %2: secrets can be read by name but not written.")
                          .arg(printable(identity.login), printable(identity.secretsAdminRole)));
    }
    if (!identity.canWriteVariables()) {
        cli.printLine(tr("%1 is neither SYSTEM_ADMIN nor DEVELOPER: variables can be read but not written.")
                          .arg(printable(identity.login)));
    }
    return ExitCode::Ok;
}

namespace {

// The project's items that the platform never confirmed (no remote state): right after binding,
// all of them; the first publish compares them with the platform and sends what differs.
Result<int> neverPublishedCount(CliContext& cli, ProjectId project)
{
    const SyncStore& store = cli.vault();
    const Result<QList<LocalItem>> local = store.syncLocalItems(project);
    if (!local) {
        return local.error();
    }
    const Result<QList<RemoteItemState>> states = store.remoteStates(project);
    if (!states) {
        return states.error();
    }
    QSet<ItemKey> confirmed;
    for (const RemoteItemState& state : states.value()) {
        confirmed.insert(ItemKey {state.kind, state.name});
    }
    int count = 0;
    for (const LocalItem& item : local.value()) {
        if (!confirmed.contains(ItemKey {item.kind, item.name})) {
            ++count;
        }
    }
    return count;
}

} // namespace

ExitCode RemoteCommands::showRemote(CliContext& cli, const QStringList& arguments)
{
    Project project;
    if (const ExitCode code = cli.openProject(arguments.at(0), &project); code != ExitCode::Ok) {
        return code;
    }
    if (project.remoteUrl.isEmpty()) {
        if (cli.json()) {
            cli.printJson(QJsonObject {{QStringLiteral("project"), project.name}, {QStringLiteral("bound"), false}});
        } else {
            cli.printLine(tr("Project %1 is not bound to a platform project.").arg(project.name));
        }
        return ExitCode::Ok;
    }
    const Result<int> queued = cli.vault().outboxCount(project.id);
    if (!queued) {
        return cli.fail(queued.error());
    }
    const Result<QList<OutboxBatch>> batches = static_cast<SyncStore&>(cli.vault()).outboxBatches(project.id);
    if (!batches) {
        return cli.fail(batches.error());
    }
    const auto storedBatches = static_cast<int>(batches->size());
    const Result<int> neverPublished = neverPublishedCount(cli, project.id);
    if (!neverPublished) {
        return cli.fail(neverPublished.error());
    }
    if (cli.json()) {
        cli.printJson(QJsonObject {
            {QStringLiteral("project"), project.name},
            {QStringLiteral("bound"), true},
            {QStringLiteral("url"), project.remoteUrl},
            {QStringLiteral("remoteProjectId"), project.remoteProjectId},
            {QStringLiteral("queuedChanges"), queued.value()},
            {QStringLiteral("storedBatches"), storedBatches},
            {QStringLiteral("neverPublished"), neverPublished.value()},
        });
        return ExitCode::Ok;
    }
    cli.printTable({tr("PROJECT"), tr("URL"), tr("REMOTE PROJECT"), tr("QUEUED CHANGES"), tr("UNFINISHED BATCHES")},
        {{project.name, project.remoteUrl, QString::number(project.remoteProjectId), number(queued.value()),
            number(storedBatches)}});
    // The CLI loads no translation, so the English plural is chosen here.
    if (neverPublished.value() == 1) {
        cli.printNote(tr("1 item of the project was never published to this platform project: the next publish "
                         "compares it with the platform and sends it when the platform lacks it or holds another "
                         "value. Queued changes count only the edits made since the binding."));
    } else if (neverPublished.value() > 1) {
        cli.printNote(tr("%1 items of the project were never published to this platform project: the next publish "
                         "compares them with the platform and sends every one it lacks or holds with another value. "
                         "Queued changes count only the edits made since the binding.")
                          .arg(neverPublished.value()));
    }
    if (storedBatches > 0) {
        cli.printNote(tr("the next publish sends the unfinished batches again first, with the same idempotency keys, "
                         "so the platform applies each of them once."));
    }
    return ExitCode::Ok;
}

ExitCode RemoteCommands::unsetRemote(CliContext& cli, const QStringList& arguments)
{
    Project project;
    if (const ExitCode code = cli.openProject(arguments.at(0), &project); code != ExitCode::Ok) {
        return code;
    }
    if (project.remoteUrl.isEmpty()) {
        cli.printLine(tr("Project %1 is not bound to a platform project.").arg(project.name));
        return ExitCode::Ok;
    }
    const Result<int> queued = cli.vault().outboxCount(project.id);
    if (!queued) {
        return cli.fail(queued.error());
    }
    if (const Result<void> cleared = cli.vault().clearRemoteBinding(project.id); !cleared) {
        return cli.fail(cleared.error());
    }
    cli.printLine(
        tr("Unbound %1 from %2 project %3; its token and %4 queued changes were removed from the vault.")
            .arg(project.name, project.remoteUrl, QString::number(project.remoteProjectId), number(queued.value())));
    return ExitCode::Ok;
}

ExitCode RemoteCommands::readApiToken(CliContext& cli, const QString& url, QCA::SecureArray* token)
{
    if (Terminal::stdinIsTerminal()) {
        Result<QCA::SecureArray> typed
            = Terminal::readHidden(tr("API token for %1 (not shown): ").arg(url), kMaxTokenBytes);
        if (!typed) {
            return cli.fail(typed.error());
        }
        *token = typed.value();
    } else {
        // Room for the line ending that is stripped below.
        Result<QCA::SecureArray> piped = SecretInput::readStandardInput(kMaxTokenBytes + 2);
        if (!piped) {
            return piped.code() == ErrorCode::InvalidInput
                ? cli.fail(ExitCode::InvalidInput, tr("The API token is longer than %1 bytes.").arg(kMaxTokenBytes))
                : cli.fail(piped.error());
        }
        *token = piped.value();
        SecretInput::stripOneLineEnding(*token);
    }
    if (token->isEmpty()) {
        return cli.fail(ExitCode::InvalidInput,
            tr("No API token given: pipe it on standard input (one line) or type it at the prompt."));
    }
    const char* bytes = token->constData();
    for (int i = 0; i < token->size(); ++i) {
        if (bytes[i] == '\n' || bytes[i] == '\r') {
            token->clear();
            return cli.fail(ExitCode::InvalidInput, tr("The API token must be one line."));
        }
    }
    return ExitCode::Ok;
}
