#include "app/cli/ChannelCommands.h"

#include "app/cli/AuditCommands.h"
#include "app/cli/CliContext.h"
#include "app/cli/CliOutput.h"
#include "app/cli/CommandTable.h"
#include "app/cli/PlatformAccess.h"
#include "sync/ChannelService.h"
#include "sync/SyncAuditDetail.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

using CliOutput::isoUtc;
using CliOutput::jsonTime;
using CliOutput::printable;

namespace {

struct Outcome
{
    Result<ChannelReport> result = Error {ErrorCode::Internal, QString()};
    SyncFailure failure = SyncFailure::None;
    // Filled also on failure: the deploys that ended before it.
    ChannelReport report;
};

// Runs `operation` to its end. With `progress`, each stage is written to its err(): rewritten on
// one line at a terminal, one line per stage otherwise.
Outcome await(ChannelOperation* operation, CliContext* progress)
{
    Outcome outcome;
    const auto collect = [&outcome, operation] {
        outcome.result = operation->result();
        outcome.failure = operation->failure();
        outcome.report = operation->report();
    };
    if (operation->isFinished()) {
        collect();
        return outcome;
    }
    const bool terminal = progress != nullptr && CliOutput::isTerminal(progress->err());
    bool rewritten = false;
    QString lastStage;
    QEventLoop loop;
    QObject::connect(
        operation, &ChannelOperation::progress, &loop, [&](int /*done*/, int /*total*/, const QString& stage) {
            if (progress == nullptr || stage == lastStage) {
                return;
            }
            lastStage = stage;
            std::fflush(progress->out());
            if (terminal) {
                CliOutput::write(progress->err(), QStringLiteral("\r\x1b[K") + stage);
                rewritten = true;
            } else {
                CliOutput::write(progress->err(), stage + u'\n');
            }
        });
    QObject::connect(operation, &ChannelOperation::finished, &loop, [&collect, &loop] {
        collect();
        loop.quit();
    });
    loop.exec();
    if (rewritten) {
        CliOutput::write(progress->err(), QStringLiteral("\r\x1b[K"));
    }
    return outcome;
}

QJsonObject deployJson(const DeployInfo& deploy)
{
    return QJsonObject {
        {QStringLiteral("id"), deploy.id},
        {QStringLiteral("taskId"), deploy.taskId},
        {QStringLiteral("channelId"), deploy.channelId},
        {QStringLiteral("status"), deploy.status},
        {QStringLiteral("requestedAt"), jsonTime(deploy.requestedAt)},
        {QStringLiteral("finishedAt"), jsonTime(deploy.finishedAt)},
        {QStringLiteral("requestedBy"), deploy.requestedBy},
        {QStringLiteral("variableCount"), deploy.variableCount},
        {QStringLiteral("error"),
            deploy.errorCode.isEmpty() && deploy.errorMessage.isEmpty()
                ? QJsonValue()
                : QJsonValue(QJsonObject {
                    {QStringLiteral("code"), deploy.errorCode}, {QStringLiteral("message"), deploy.errorMessage}})},
    };
}

QJsonObject channelJson(const ChannelInfo& channel)
{
    QJsonArray pending;
    for (const PendingVariable& variable : channel.pendingVariables) {
        pending.append(QJsonObject {
            {QStringLiteral("name"), variable.name},
            {QStringLiteral("change"), variable.change},
            {QStringLiteral("deployedRevision"),
                variable.deployedRevision > 0 ? QJsonValue(variable.deployedRevision) : QJsonValue()},
            {QStringLiteral("currentRevision"),
                variable.currentRevision > 0 ? QJsonValue(variable.currentRevision) : QJsonValue()},
        });
    }
    return QJsonObject {
        {QStringLiteral("id"), channel.id},
        {QStringLiteral("type"), channel.type},
        {QStringLiteral("name"), channel.name},
        {QStringLiteral("createdAt"), jsonTime(channel.createdAt)},
        {QStringLiteral("activeDeployId"),
            channel.activeDeployId > 0 ? QJsonValue(channel.activeDeployId) : QJsonValue()},
        {QStringLiteral("activeDeploy"),
            channel.activeDeploy ? QJsonValue(deployJson(*channel.activeDeploy)) : QJsonValue()},
        {QStringLiteral("lastDeploy"), channel.lastDeploy ? QJsonValue(deployJson(*channel.lastDeploy)) : QJsonValue()},
        {QStringLiteral("pendingVariableCount"), channel.pendingVariableCount},
        {QStringLiteral("pendingVariables"), pending},
    };
}

QString deployTime(const DeployInfo& deploy)
{
    return isoUtc(deploy.finishedAt.isValid() ? deploy.finishedAt : deploy.requestedAt);
}

// When the deploy the channel runs was made, or "never". A channel whose active deploy is no longer
// in the platform's history (it keeps it always) shows its id.
QString deployedText(const ChannelInfo& channel)
{
    if (channel.activeDeployId <= 0) {
        return QCoreApplication::translate("CliApplication", "never");
    }
    if (channel.activeDeploy) {
        return deployTime(*channel.activeDeploy);
    }
    return QCoreApplication::translate("CliApplication", "deploy %1").arg(channel.activeDeployId);
}

// The last deploy's status; with its time when it is not the deploy the channel runs (it failed, or
// is still running), so a failure is not taken for the running deploy.
QString lastDeployText(const ChannelInfo& channel)
{
    if (!channel.lastDeploy) {
        return QStringLiteral("-");
    }
    const DeployInfo& last = *channel.lastDeploy;
    if (last.id == channel.activeDeployId) {
        return printable(last.status);
    }
    return QCoreApplication::translate("CliApplication", "%1 at %2").arg(printable(last.status), deployTime(last));
}

QString channelLabel(const ChannelInfo& channel)
{
    return QStringLiteral("'%1' (%2, %3)").arg(printable(channel.name), printable(channel.type)).arg(channel.id);
}

// The test widget first, then the others in the platform's order: the recommended flow.
QList<qint64> deployOrder(const QList<ChannelInfo>& channels)
{
    QList<qint64> ids;
    for (const ChannelInfo& channel : channels) {
        if (channel.isTestWidget()) {
            ids.append(channel.id);
        }
    }
    for (const ChannelInfo& channel : channels) {
        if (!channel.isTestWidget()) {
            ids.append(channel.id);
        }
    }
    return ids;
}

// The "secretValues" of `eval --json`, as the API spells it; null when the platform did not say.
QJsonValue secretValuesJson(BotReply::SecretValues values)
{
    switch (values) {
    case BotReply::SecretValues::Real:
        return QStringLiteral("REAL");
    case BotReply::SecretValues::StandIn:
        return QStringLiteral("STAND_IN");
    case BotReply::SecretValues::Unknown:
        break;
    }
    return QJsonValue();
}

QString orDash(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("-") : printable(text);
}

// An entry of the platform's audit log on one line: its channel, deploy and revision, then its
// details as key=value in the platform's order (lists joined with commas). Never a value: the
// platform's entries hold none.
QString auditDetailText(const QJsonObject& entry)
{
    QStringList parts;
    for (const char* key : {"botChannelId", "deployId", "revision"}) {
        const QJsonValue value = entry.value(QLatin1String(key));
        if (value.isDouble()) {
            parts.append(QStringLiteral("%1=%2").arg(QLatin1String(key)).arg(value.toInteger()));
        }
    }
    const QJsonObject details = entry.value(QLatin1String("details")).toObject();
    for (auto it = details.constBegin(); it != details.constEnd(); ++it) {
        QString text;
        if (it.value().isArray()) {
            QStringList items;
            for (const QJsonValue& item : it.value().toArray()) {
                items.append(item.toVariant().toString());
            }
            text = items.join(u',');
        } else {
            text = it.value().toVariant().toString();
        }
        parts.append(it.key() + u'=' + text);
    }
    return parts.join(u' ');
}

} // namespace

void ChannelCommands::registerCommands(CommandTable& table)
{
    using CL = CommandLine;
    table.add({{QStringLiteral("channels")}, {QStringLiteral("PROJECT")}, {CL::kCaFile, CL::kTimeout},
        &ChannelCommands::listChannels,
        QT_TRANSLATE_NOOP("CliApplication",
            "List the platform project's channels: id, type, name, when deployed, the last deploy's "
            "status and the variables pending in each (changed since its deploy).")});
    table.add({{QStringLiteral("channel"), QStringLiteral("add")},
        {QStringLiteral("PROJECT"), QStringLiteral("TYPE"), QStringLiteral("NAME")}, {CL::kCaFile, CL::kTimeout},
        &ChannelCommands::addChannel,
        QT_TRANSLATE_NOOP("CliApplication",
            "Add a channel of TYPE (CHAT_WIDGET, TELEGRAM, CHAT_API, …) named NAME to the platform "
            "project. Every project has its TEST_WIDGET channel already.")});
    table.add({{QStringLiteral("deploy")}, {QStringLiteral("PROJECT"), QStringLiteral("[CHANNEL]")},
        {CL::kAll, CL::kCaFile, CL::kTimeout}, &ChannelCommands::deploy,
        QT_TRANSLATE_NOOP("CliApplication",
            "Deploy the project's variables (and src/main.js of the source folder, when it changed) to "
            "CHANNEL, an id or a name, or with --all to every channel, the test widget first. Waits for "
            "each deploy; exit code 1 when one failed.")});
    table.add({{QStringLiteral("eval")},
        {QStringLiteral("PROJECT"), QStringLiteral("CHANNEL"), QStringLiteral("[EXPRESSION]")},
        {CL::kMessage, CL::kCaFile, CL::kTimeout}, &ChannelCommands::evaluate,
        QT_TRANSLATE_NOOP("CliApplication",
            "Run EXPRESSION (or, with --message TEXT, the bot's onMessage) in CHANNEL and print the "
            "reply with every secret value masked. Exit code 11 when the bot throws an error.")});
    table.add({{QStringLiteral("remote"), QStringLiteral("audit")}, {QStringLiteral("PROJECT")},
        {CL::kSince, CL::kCaFile, CL::kTimeout}, &ChannelCommands::platformAudit,
        QT_TRANSLATE_NOOP("CliApplication",
            "List the platform project's own audit log, newest first: who wrote which secret, variable, "
            "channel or bot script and who deployed, never a value. Needs the project's admin role on the "
            "platform; --since keeps entries from that date or time on.")});
}

Result<QStringList> ChannelCommands::channelNames(CliContext& cli, const Project& project)
{
    ChannelService service(&cli.vault());
    if (const ExitCode code = PlatformAccess::configurePlatformClient(cli, service); code != ExitCode::Ok) {
        return makeError(ErrorCode::InvalidInput, tr("The platform options are not valid."));
    }
    const Outcome listed = await(service.list(project.id), nullptr);
    if (!listed.result) {
        return listed.result.error();
    }
    QStringList names;
    for (const ChannelInfo& channel : std::as_const(listed.result->channels)) {
        names.append(QStringLiteral("%1 (%2)").arg(printable(channel.name), printable(channel.type)));
    }
    return names;
}

// --- helpers --------------------------------------------------------------------------------

ExitCode ChannelCommands::openBoundProject(CliContext& cli, const QString& name, Project* project)
{
    if (const ExitCode code = cli.openProject(name, project); code != ExitCode::Ok) {
        return code;
    }
    if (project->remoteUrl.isEmpty()) {
        return cli.fail(ExitCode::InvalidInput,
            tr("Project %1 is not bound to a platform project: bind it with \"%2\".")
                .arg(project->name,
                    cli.suggestedCommand({QStringLiteral("remote"), QStringLiteral("set"), project->name,
                        QStringLiteral("URL"), QStringLiteral("--remote-project"), QStringLiteral("ID")})));
    }
    return ExitCode::Ok;
}

ExitCode ChannelCommands::readChannels(
    CliContext& cli, ChannelService& service, const Project& project, QList<ChannelInfo>* channels)
{
    const Outcome listed = await(service.list(project.id), nullptr);
    if (!listed.result) {
        return PlatformAccess::failSync(cli, listed.failure, listed.result.error(), false, project.name);
    }
    *channels = listed.result->channels;
    return ExitCode::Ok;
}

ExitCode ChannelCommands::findChannel(CliContext& cli, const QList<ChannelInfo>& channels, const QString& given,
    const Project& project, ChannelInfo* channel)
{
    bool isNumber = false;
    const qint64 id = given.toLongLong(&isNumber);
    QList<ChannelInfo> matches;
    for (const ChannelInfo& candidate : channels) {
        if ((isNumber && candidate.id == id) || candidate.name == given) {
            matches.append(candidate);
        }
    }
    // An id wins over a channel whose name happens to be that number.
    if (matches.size() > 1 && isNumber) {
        for (const ChannelInfo& candidate : std::as_const(matches)) {
            if (candidate.id == id) {
                *channel = candidate;
                return ExitCode::Ok;
            }
        }
    }
    if (matches.size() == 1) {
        *channel = matches.constFirst();
        return ExitCode::Ok;
    }
    QStringList known;
    for (const ChannelInfo& candidate : channels) {
        known.append(channelLabel(candidate));
    }
    if (matches.isEmpty()) {
        return cli.fail(ExitCode::NotFound,
            tr("Project %1 has no channel '%2' on the platform. Its channels: %3.")
                .arg(project.name, printable(given), known.join(QStringLiteral(", "))));
    }
    return cli.fail(ExitCode::InvalidInput,
        tr("%1 channels are named '%2'; give the id of the one you mean (see \"%3\").")
            .arg(matches.size())
            .arg(printable(given), cli.suggestedCommand({QStringLiteral("channels"), project.name})));
}

// --- channels ---------------------------------------------------------------------------------

ExitCode ChannelCommands::listChannels(CliContext& cli, const QStringList& arguments)
{
    Project project;
    if (const ExitCode code = openBoundProject(cli, arguments.at(0), &project); code != ExitCode::Ok) {
        return code;
    }
    ChannelService service(&cli.vault());
    if (const ExitCode code = PlatformAccess::configurePlatformClient(cli, service); code != ExitCode::Ok) {
        return code;
    }
    QList<ChannelInfo> channels;
    if (const ExitCode code = readChannels(cli, service, project, &channels); code != ExitCode::Ok) {
        return code;
    }
    if (cli.json()) {
        QJsonArray items;
        for (const ChannelInfo& channel : std::as_const(channels)) {
            items.append(channelJson(channel));
        }
        cli.printJson(QJsonObject {{QStringLiteral("project"), project.name},
            {QStringLiteral("remoteProjectId"), project.remoteProjectId}, {QStringLiteral("channels"), items}});
        return ExitCode::Ok;
    }
    if (channels.isEmpty()) {
        cli.printLine(tr("The platform project %1 has no channels.").arg(project.remoteProjectId));
        return ExitCode::Ok;
    }
    QList<QStringList> rows;
    for (const ChannelInfo& channel : std::as_const(channels)) {
        rows.append({QString::number(channel.id), printable(channel.type), printable(channel.name),
            deployedText(channel), lastDeployText(channel), QString::number(channel.pendingVariableCount)});
    }
    cli.printTable({tr("ID"), tr("TYPE"), tr("NAME"), tr("DEPLOYED"), tr("LAST DEPLOY"), tr("PENDING")}, rows);
    for (const ChannelInfo& channel : std::as_const(channels)) {
        if (channel.pendingVariables.isEmpty()) {
            continue;
        }
        cli.printLine(QString());
        cli.printLine(tr("Pending in %1 until its next deploy:").arg(channelLabel(channel)));
        for (const PendingVariable& variable : channel.pendingVariables) {
            cli.printLine(QStringLiteral("  %1  %2").arg(printable(variable.change).leftJustified(8), variable.name));
        }
    }
    cli.printLine(QString());
    cli.printLine(
        tr("Secrets are live: once published, every channel reads the new value at once. Variables reach a "
           "channel only with its next deploy. Deploy the test widget first, check it with \"%1\", then deploy "
           "the others (\"%2\").")
            .arg(cli.suggestedCommand(
                     {QStringLiteral("eval"), project.name, QStringLiteral("CHANNEL"), QStringLiteral("EXPRESSION")}),
                cli.suggestedCommand({QStringLiteral("deploy"), project.name, QStringLiteral("CHANNEL")})));
    return ExitCode::Ok;
}

// --- channel add ------------------------------------------------------------------------------

ExitCode ChannelCommands::addChannel(CliContext& cli, const QStringList& arguments)
{
    Project project;
    if (const ExitCode code = openBoundProject(cli, arguments.at(0), &project); code != ExitCode::Ok) {
        return code;
    }
    ChannelService service(&cli.vault());
    if (const ExitCode code = PlatformAccess::configurePlatformClient(cli, service); code != ExitCode::Ok) {
        return code;
    }
    const Outcome created = await(service.createChannel(project.id, arguments.at(1), arguments.at(2)), nullptr);
    if (!created.result) {
        return PlatformAccess::failSync(cli, created.failure, created.result.error(), false, project.name);
    }
    if (created.result->channels.isEmpty()) {
        return cli.fail(ExitCode::Network, tr("The platform did not describe the channel it created."));
    }
    const ChannelInfo& channel = created.result->channels.constFirst();
    if (cli.json()) {
        cli.printJson(channelJson(channel));
    } else {
        cli.printLine(
            tr("Added channel %1 to the platform project %2. Deploy it with \"%3\".")
                .arg(channelLabel(channel), QString::number(project.remoteProjectId),
                    cli.suggestedCommand({QStringLiteral("deploy"), project.name, QString::number(channel.id)})));
    }
    return ExitCode::Ok;
}

// --- deploy -----------------------------------------------------------------------------------

ExitCode ChannelCommands::deploy(CliContext& cli, const QStringList& arguments)
{
    const bool all = cli.commandLine().isSet(CommandLine::kAll);
    if (all == (arguments.size() > 1)) {
        return cli.usageError(all ? tr("Give a CHANNEL or --all, not both.")
                                  : tr("'deploy' needs a CHANNEL (an id or a name) or --all."));
    }
    Project project;
    if (const ExitCode code = openBoundProject(cli, arguments.at(0), &project); code != ExitCode::Ok) {
        return code;
    }
    ChannelService service(&cli.vault());
    if (const ExitCode code = PlatformAccess::configurePlatformClient(cli, service); code != ExitCode::Ok) {
        return code;
    }
    QList<ChannelInfo> channels;
    if (const ExitCode code = readChannels(cli, service, project, &channels); code != ExitCode::Ok) {
        return code;
    }
    QList<qint64> ids;
    if (const ExitCode code = deployTargets(cli, channels, arguments, project, &ids); code != ExitCode::Ok) {
        return code;
    }

    const Outcome done = await(service.deploy(project.id, ids), &cli);
    if (SyncAuditDetail::isRecorded(done.failure)) {
        for (qint64 id : std::as_const(ids)) {
            AuditCommands::record(cli, project.id, AuditAction::Deployed,
                SyncAuditDetail::deploy(id, SyncAuditDetail::deployOf(done.report, id)));
        }
    }
    printDeploys(cli, project, channels, done.report, done.result.ok());
    if (!done.result) {
        for (const DeployInfo& deploy : done.report.deploys) {
            if (deploy.status == QLatin1String("FAILED")) {
                return cli.fail(ExitCode::Failure, done.result.error().message);
            }
        }
        return PlatformAccess::failSync(cli, done.failure, done.result.error(), false, project.name);
    }
    if (!cli.json() && all == false && ids.size() == 1) {
        for (const ChannelInfo& channel : std::as_const(channels)) {
            if (channel.id == ids.constFirst() && channel.isTestWidget() && channels.size() > 1) {
                cli.printLine(tr("Check the test widget with \"%1\", then deploy the other channels.")
                                  .arg(cli.suggestedCommand({QStringLiteral("eval"), project.name,
                                      QString::number(channel.id), QStringLiteral("EXPRESSION")})));
            }
        }
    }
    return ExitCode::Ok;
}

ExitCode ChannelCommands::deployTargets(CliContext& cli, const QList<ChannelInfo>& channels,
    const QStringList& arguments, const Project& project, QList<qint64>* ids)
{
    if (arguments.size() < 2) {
        *ids = deployOrder(channels);
        if (ids->isEmpty()) {
            return cli.fail(ExitCode::NotFound,
                tr("The platform project %1 has no channels to deploy.").arg(project.remoteProjectId));
        }
        return ExitCode::Ok;
    }
    ChannelInfo channel;
    if (const ExitCode code = findChannel(cli, channels, arguments.at(1), project, &channel); code != ExitCode::Ok) {
        return code;
    }
    *ids = {channel.id};
    return ExitCode::Ok;
}

void ChannelCommands::printDeploys(CliContext& cli, const Project& project, const QList<ChannelInfo>& channels,
    const ChannelReport& report, bool succeeded)
{
    if (cli.json()) {
        QJsonArray deploys;
        for (const DeployInfo& deploy : report.deploys) {
            deploys.append(deployJson(deploy));
        }
        cli.printJson(QJsonObject {{QStringLiteral("project"), project.name},
            {QStringLiteral("state"), succeeded ? QStringLiteral("done") : QStringLiteral("failed")},
            {QStringLiteral("scriptUploaded"), report.scriptUploaded},
            {QStringLiteral("scriptRevision"),
                report.scriptRevision > 0 ? QJsonValue(report.scriptRevision) : QJsonValue()},
            {QStringLiteral("deploys"), deploys}});
        return;
    }
    const auto labelOf = [&channels](qint64 id) {
        for (const ChannelInfo& channel : channels) {
            if (channel.id == id) {
                return channelLabel(channel);
            }
        }
        return QString::number(id);
    };
    if (report.scriptUploaded) {
        cli.printLine(tr("Uploaded the bot script src/main.js (revision %1).").arg(report.scriptRevision));
    }
    for (const DeployInfo& deploy : report.deploys) {
        if (deploy.status == QLatin1String("FAILED")) {
            cli.printLine(tr("%1: FAILED (task %2): %3")
                              .arg(labelOf(deploy.channelId))
                              .arg(deploy.taskId)
                              .arg(printable(deploy.errorMessage.isEmpty() ? deploy.errorCode : deploy.errorMessage)));
        } else {
            // The CLI loads no translation, so the English plural is chosen here.
            const QString head = QStringLiteral("%1: %2").arg(labelOf(deploy.channelId), printable(deploy.status));
            cli.printLine(deploy.variableCount == 1
                    ? tr("%1, deploy %2 with 1 variable (task %3).")
                          .arg(head, QString::number(deploy.id), QString::number(deploy.taskId))
                    : tr("%1, deploy %2 with %3 variables (task %4).")
                          .arg(head, QString::number(deploy.id), QString::number(deploy.variableCount),
                              QString::number(deploy.taskId)));
        }
    }
}

// --- remote audit -----------------------------------------------------------------------------

ExitCode ChannelCommands::platformAudit(CliContext& cli, const QStringList& arguments)
{
    QDateTime since;
    if (const ExitCode code = AuditCommands::readTime(cli, CommandLine::kSince, CliTime::DateMeans::StartOfDay, &since);
        code != ExitCode::Ok) {
        return code;
    }
    Project project;
    if (const ExitCode code = openBoundProject(cli, arguments.at(0), &project); code != ExitCode::Ok) {
        return code;
    }
    ChannelService service(&cli.vault());
    if (const ExitCode code = PlatformAccess::configurePlatformClient(cli, service); code != ExitCode::Ok) {
        return code;
    }
    const Outcome read = await(service.audit(project.id, since), nullptr);
    if (!read.result) {
        return PlatformAccess::failSync(cli, read.failure, read.result.error(), false, project.name);
    }
    const QJsonArray& entries = read.result->auditEntries;
    if (cli.json()) {
        cli.printJson(QJsonObject {{QStringLiteral("project"), project.name},
            {QStringLiteral("remoteProjectId"), project.remoteProjectId}, {QStringLiteral("entries"), entries}});
        return ExitCode::Ok;
    }
    QList<QStringList> rows;
    for (const QJsonValue& entry : entries) {
        rows.append({QString::number(entry[QLatin1String("id")].toInteger()),
            printable(entry[QLatin1String("at")].toString()), printable(entry[QLatin1String("actor")].toString()),
            printable(entry[QLatin1String("action")].toString()), orDash(entry[QLatin1String("kind")].toString()),
            orDash(entry[QLatin1String("name")].toString()), orDash(auditDetailText(entry.toObject()))});
    }
    cli.printTable({tr("ID"), tr("TIME"), tr("ACTOR"), tr("ACTION"), tr("KIND"), tr("NAME"), tr("DETAIL")}, rows);
    return ExitCode::Ok;
}

// --- eval -------------------------------------------------------------------------------------

ExitCode ChannelCommands::evaluate(CliContext& cli, const QStringList& arguments)
{
    const bool isMessage = cli.commandLine().isSet(CommandLine::kMessage);
    if (isMessage == (arguments.size() > 2)) {
        return cli.usageError(isMessage ? tr("Give an EXPRESSION or --message TEXT, not both.")
                                        : tr("'eval' needs an EXPRESSION or --message TEXT."));
    }
    const QString input = isMessage ? cli.commandLine().value(CommandLine::kMessage) : arguments.at(2);
    Project project;
    if (const ExitCode code = openBoundProject(cli, arguments.at(0), &project); code != ExitCode::Ok) {
        return code;
    }
    ChannelService service(&cli.vault());
    if (const ExitCode code = PlatformAccess::configurePlatformClient(cli, service); code != ExitCode::Ok) {
        return code;
    }
    QList<ChannelInfo> channels;
    if (const ExitCode code = readChannels(cli, service, project, &channels); code != ExitCode::Ok) {
        return code;
    }
    ChannelInfo channel;
    if (const ExitCode code = findChannel(cli, channels, arguments.at(1), project, &channel); code != ExitCode::Ok) {
        return code;
    }
    const Outcome done = await(service.evaluate(project.id, channel.id, input, isMessage), nullptr);
    if (!done.result) {
        return PlatformAccess::failSync(cli, done.failure, done.result.error(), false, project.name);
    }
    if (!done.result->reply) {
        return cli.fail(ExitCode::Network, tr("The platform answered without the bot's reply."));
    }
    const BotReply& reply = *done.result->reply;
    const bool botFailed = !reply.errorName.isEmpty() || !reply.errorMessage.isEmpty();
    if (cli.json()) {
        cli.printJson(QJsonObject {
            {QStringLiteral("channelId"), channel.id},
            {QStringLiteral("reply"), reply.reply ? QJsonValue(*reply.reply) : QJsonValue()},
            {QStringLiteral("secretValues"), secretValuesJson(reply.secretValues)},
            {QStringLiteral("masked"), reply.masked},
            {QStringLiteral("truncated"), reply.truncated},
            {QStringLiteral("error"),
                botFailed ? QJsonValue(QJsonObject {
                    {QStringLiteral("name"), reply.errorName}, {QStringLiteral("message"), reply.errorMessage}})
                          : QJsonValue()},
            {QStringLiteral("durationMs"), reply.durationMs},
        });
    } else if (!botFailed) {
        // A bot's reply is shown, never obeyed: control characters (title and clipboard escape
        // sequences) are escaped; --json gives the exact text.
        cli.printLine(reply.reply ? printable(*reply.reply) : QStringLiteral("null"));
    }
    if (!cli.json() && reply.secretValues == BotReply::SecretValues::StandIn) {
        cli.printNote(tr("the bot ran with stand-ins such as ‹secret API_KEY› instead of secret values: only the "
                         "secrets-admin role runs it with the real ones."));
    } else if (!cli.json() && reply.secretValues == BotReply::SecretValues::Real) {
        cli.printNote(tr("the bot ran with the real secret values."));
    }
    if (!cli.json() && reply.masked) {
        cli.printNote(tr("secret values in the reply are shown as ******."));
    }
    if (!cli.json() && reply.truncated) {
        cli.printNote(tr("the reply was longer than the platform's limit and was cut."));
    }
    if (botFailed) {
        return cli.fail(ExitCode::BotError,
            QStringLiteral("%1: %2").arg(
                printable(reply.errorName.isEmpty() ? QStringLiteral("Error") : reply.errorName),
                printable(reply.errorMessage)));
    }
    return ExitCode::Ok;
}
