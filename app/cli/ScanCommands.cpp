#include "app/cli/ScanCommands.h"

#include "app/cli/CliContext.h"
#include "app/cli/CliOutput.h"
#include "app/cli/CommandTable.h"
#include "app/cli/TransferTexts.h"
#include "storage/CredentialRules.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using CliOutput::printable;
using TransferTexts::native;

namespace {

// Places named in a one-line message; the rest are counted.
constexpr int kPlacesInMessage = 3;

QString credentialsText(int n)
{
    return TransferTexts::counted(n,
        QCoreApplication::translate("ScanCommands", "%n hard-coded credential", nullptr, n),
        QCoreApplication::translate("ScanCommands", "%n hard-coded credentials", nullptr, n));
}

} // namespace

void ScanCommands::registerCommands(CommandTable& table)
{
    table.add({{QStringLiteral("scan")}, {QStringLiteral("PROJECT")},
        {CommandLine::kAll, CommandLine::kIgnore, CommandLine::kReason, CommandLine::kUnignore, CommandLine::kMove,
            CommandLine::kName, CommandLine::kYes},
        &ScanCommands::scan,
        QT_TRANSLATE_NOOP("CliApplication",
            "Look for hard-coded credentials (API keys, bot tokens, private keys, passwords in URLs) in the "
            "project's source folder, comments included: list each place with its kind, a few leading "
            "characters (never the value) and its id. Exit code 13 when any is found that is not ignored. A "
            "line marked 'botvault:ignore REASON' (or the line after it) is not reported. --ignore ID --reason "
            "TEXT ignores a finding in the vault; --move ID --name NAME stores its value as a secret and "
            "rewrites the line to read it with $secrets.get, after showing the change.")});
}

ExitCode ScanCommands::checkActionOptions(CliContext& cli)
{
    const CommandLine& line = cli.commandLine();
    const int actions = int(line.isSet(CommandLine::kIgnore)) + int(line.isSet(CommandLine::kUnignore))
        + int(line.isSet(CommandLine::kMove));
    if (actions > 1) {
        return cli.usageError(tr("Give only one of --ignore, --unignore and --move."));
    }
    if (line.isSet(CommandLine::kIgnore) != line.isSet(CommandLine::kReason)) {
        return cli.usageError(tr("--ignore ID needs --reason TEXT saying why the finding is not a credential, and "
                                 "--reason goes only with --ignore."));
    }
    if ((line.isSet(CommandLine::kName) || line.isSet(CommandLine::kYes)) && !line.isSet(CommandLine::kMove)) {
        return cli.usageError(tr("--name and --yes go only with --move."));
    }
    return ExitCode::Ok;
}

ExitCode ScanCommands::scan(CliContext& cli, const QStringList& arguments)
{
    if (const ExitCode code = checkActionOptions(cli); code != ExitCode::Ok) {
        return code;
    }
    Project project;
    if (const ExitCode code = cli.openProject(arguments.at(0), &project); code != ExitCode::Ok) {
        return code;
    }
    if (cli.commandLine().isSet(CommandLine::kUnignore)) {
        return unignore(cli, project); // the finding may have gone from the code since
    }
    if (project.sourceFolder.isEmpty()) {
        return cli.fail(ExitCode::InvalidInput,
            tr("Project '%1' has no source folder bound, so there is no code to scan: bind the bot's folder with: %2")
                .arg(project.name,
                    cli.suggestedCommand(
                        {QStringLiteral("project"), QStringLiteral("bind"), project.name, QStringLiteral("DIR")})));
    }
    CredentialScan::Report report;
    if (const ExitCode code = scanProject(cli, project, &report); code != ExitCode::Ok) {
        return code;
    }
    if (cli.commandLine().isSet(CommandLine::kIgnore)) {
        return ignore(cli, project, report);
    }
    if (cli.commandLine().isSet(CommandLine::kMove)) {
        return move(cli, project, report);
    }
    return list(cli, project, report);
}

ExitCode ScanCommands::scanProject(CliContext& cli, const Project& project, CredentialScan::Report* report)
{
    Result<CredentialScan::Report> scanned = CredentialScan::scanProject(cli.vault(), project.id, project.sourceFolder);
    if (!scanned) {
        return cli.fail(scanned.error());
    }
    *report = std::move(scanned).value();
    return ExitCode::Ok;
}

ExitCode ScanCommands::list(CliContext& cli, const Project& project, const CredentialScan::Report& report)
{
    const int count = report.unresolvedCount();
    if (cli.json()) {
        // The report is the whole output, as with `check --json`: the exit code says whether keys were found.
        printJson(cli, project, report);
        return count > 0 ? ExitCode::CredentialsFound : ExitCode::Ok;
    }
    printText(cli, project, report);
    if (count == 0) {
        return ExitCode::Ok;
    }
    return cli.fail(ExitCode::CredentialsFound,
        tr("%1 in the source folder of project '%2': move each value to a secret and read it with $secrets.get, or "
           "mark the line 'botvault:ignore REASON' if it is not a credential.")
            .arg(credentialsText(count), project.name));
}

const CredentialScan::FileFinding* ScanCommands::findingOrFail(
    CliContext& cli, const CredentialScan::Report& report, const QString& id, ExitCode* code)
{
    const CredentialScan::FileFinding* found = report.findingById(id);
    if (!found) {
        *code = cli.fail(ExitCode::NotFound,
            tr("The scan found no credential with the id '%1' in the source folder: run 'botvault-cli scan' and "
               "copy an id it lists.")
                .arg(printable(id.left(40))));
    }
    return found;
}

ExitCode ScanCommands::ignore(CliContext& cli, const Project& project, const CredentialScan::Report& report)
{
    const QString id = cli.commandLine().value(CommandLine::kIgnore);
    ExitCode code = ExitCode::Ok;
    const CredentialScan::FileFinding* found = findingOrFail(cli, report, id, &code);
    if (!found) {
        return code;
    }
    const Result<void> ignored
        = cli.vault().ignoreFinding(project.id, id, cli.commandLine().value(CommandLine::kReason), found->location());
    if (!ignored) {
        return cli.fail(ignored.error());
    }
    cli.printLine(
        tr("Ignored %1 (%2) in project '%3'; 'botvault-cli scan --all' lists it, --unignore %4 reports "
           "it again.")
            .arg(printable(found->location()), CredentialRules::kindName(found->finding.kind), project.name, id));
    return ExitCode::Ok;
}

ExitCode ScanCommands::unignore(CliContext& cli, const Project& project)
{
    const QString id = cli.commandLine().value(CommandLine::kUnignore);
    if (const Result<void> removed = cli.vault().unignoreFinding(project.id, id); !removed) {
        return cli.fail(removed.error());
    }
    cli.printLine(tr("The finding %1 of project '%2' is reported again.").arg(id, project.name));
    return ExitCode::Ok;
}

void ScanCommands::printJson(CliContext& cli, const Project& project, const CredentialScan::Report& report)
{
    QJsonArray findings;
    for (const CredentialScan::FileFinding& found : report.findings) {
        QJsonObject finding {
            {QStringLiteral("id"), found.id},
            {QStringLiteral("file"), found.file},
            {QStringLiteral("line"), found.finding.line},
            {QStringLiteral("kind"), CredentialRules::kindId(found.finding.kind)},
            {QStringLiteral("kindName"), CredentialRules::kindName(found.finding.kind)},
            {QStringLiteral("preview"), found.finding.preview},
            {QStringLiteral("length"), found.finding.length},
            {QStringLiteral("suggestedName"), found.suggestedName},
        };
        if (found.isIgnored()) {
            finding.insert(QStringLiteral("ignored"), found.ignoredReason);
        }
        findings.append(finding);
    }
    cli.printJson(QJsonObject {
        {QStringLiteral("project"), project.name},
        {QStringLiteral("sourceFolder"), project.sourceFolder},
        {QStringLiteral("filesScanned"), report.filesScanned},
        {QStringLiteral("findings"), findings},
        {QStringLiteral("notes"), QJsonArray::fromStringList(report.notes)},
    });
}

void ScanCommands::printText(CliContext& cli, const Project& project, const CredentialScan::Report& report)
{
    const bool all = cli.commandLine().isSet(CommandLine::kAll);
    cli.printLine(tr("Project '%1', source folder '%2':").arg(project.name, native(project.sourceFolder)));
    int hidden = 0;
    for (const CredentialScan::FileFinding& found : report.findings) {
        if (found.isIgnored() && !all) {
            ++hidden;
            continue;
        }
        const QString line = tr("  %1  %2  %3  id %4")
                                 .arg(printable(found.location()), CredentialRules::kindName(found.finding.kind),
                                     CredentialRules::describe(found.finding), found.id);
        cli.printLine(found.isIgnored() ? tr("%1  ignored: %2").arg(line, printable(found.ignoredReason)) : line);
    }
    if (report.unresolvedCount() == 0) {
        const int files = report.filesScanned;
        cli.printLine(
            tr("No hard-coded credentials found in %1.")
                .arg(TransferTexts::counted(files, tr("%n file", nullptr, files), tr("%n files", nullptr, files))));
    }
    if (hidden > 0) {
        cli.printNote(tr("%n finding(s) ignored in the vault not shown; --all lists them.", nullptr, hidden));
    }
    for (const QString& note : report.notes) {
        cli.printWarning(note);
    }
}

QString ScanCommands::firstPlaces(const CredentialScan::Report& report)
{
    QStringList places;
    for (const CredentialScan::FileFinding& found : report.findings) {
        if (!found.isIgnored() && places.size() < kPlacesInMessage) {
            places.append(found.location());
        }
    }
    const int more = report.unresolvedCount() - kPlacesInMessage;
    if (more > 0) {
        return tr("%1 and %2 more").arg(places.join(QStringLiteral(", ")), QString::number(more));
    }
    return places.join(QStringLiteral(", "));
}

ExitCode ScanCommands::checkBeforeExport(CliContext& cli, const Project& project)
{
    if (project.sourceFolder.isEmpty() || !QFileInfo(project.sourceFolder).isDir()) {
        return ExitCode::Ok; // nothing to pack, or the export reports the missing folder itself
    }
    CredentialScan::Report report;
    if (const ExitCode code = scanProject(cli, project, &report); code != ExitCode::Ok) {
        return code;
    }
    const int count = report.unresolvedCount();
    if (count == 0) {
        return ExitCode::Ok;
    }
    if (cli.commandLine().isSet(CommandLine::kAllowFindings)) {
        cli.printWarning(tr("The archive holds %1 from the source folder (%2), as --allow-findings allows.")
                             .arg(credentialsText(count), printable(firstPlaces(report))));
        return ExitCode::Ok;
    }
    return cli.fail(ExitCode::CredentialsFound,
        tr("The source folder of project '%1' holds %2 (%3); nothing was written. Move them to secrets (see "
           "'botvault-cli scan'), or give --allow-findings to export them anyway.")
            .arg(project.name, credentialsText(count), printable(firstPlaces(report))));
}
