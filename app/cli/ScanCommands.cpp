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
    table.add({{QStringLiteral("scan")}, {QStringLiteral("PROJECT")}, {}, &ScanCommands::scan,
        QT_TRANSLATE_NOOP("CliApplication",
            "Look for hard-coded credentials (API keys, bot tokens, private keys, passwords in URLs) in the "
            "project's source folder, comments included: list each place with its kind and a few leading "
            "characters, never the value. Exit code 13 when any is found. A line marked "
            "'botvault:ignore REASON' (or the line after it) is not reported.")});
}

ExitCode ScanCommands::scan(CliContext& cli, const QStringList& arguments)
{
    Project project;
    if (const ExitCode code = cli.openProject(arguments.at(0), &project); code != ExitCode::Ok) {
        return code;
    }
    if (project.sourceFolder.isEmpty()) {
        return cli.fail(ExitCode::InvalidInput,
            tr("Project '%1' has no source folder bound, so there is no code to scan: bind the bot's folder with: %2")
                .arg(project.name,
                    cli.suggestedCommand(
                        {QStringLiteral("project"), QStringLiteral("bind"), project.name, QStringLiteral("DIR")})));
    }
    const Result<CredentialScan::Report> report = CredentialScan::scanFolder(project.sourceFolder);
    if (!report) {
        return cli.fail(report.error());
    }
    const int count = static_cast<int>(report->findings.size());
    if (cli.json()) {
        // The report is the whole output, as with `check --json`: the exit code says whether keys were found.
        printJson(cli, project, report.value());
        return count > 0 ? ExitCode::CredentialsFound : ExitCode::Ok;
    }
    printText(cli, project, report.value());
    if (count == 0) {
        return ExitCode::Ok;
    }
    return cli.fail(ExitCode::CredentialsFound,
        tr("%1 in the source folder of project '%2': move each value to a secret and read it with $secrets.get, or "
           "mark the line 'botvault:ignore REASON' if it is not a credential.")
            .arg(credentialsText(count), project.name));
}

void ScanCommands::printJson(CliContext& cli, const Project& project, const CredentialScan::Report& report)
{
    QJsonArray findings;
    for (const CredentialScan::FileFinding& found : report.findings) {
        findings.append(QJsonObject {
            {QStringLiteral("file"), found.file},
            {QStringLiteral("line"), found.finding.line},
            {QStringLiteral("kind"), CredentialRules::kindId(found.finding.kind)},
            {QStringLiteral("kindName"), CredentialRules::kindName(found.finding.kind)},
            {QStringLiteral("preview"), found.finding.preview},
            {QStringLiteral("length"), found.finding.length},
        });
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
    cli.printLine(tr("Project '%1', source folder '%2':").arg(project.name, native(project.sourceFolder)));
    for (const CredentialScan::FileFinding& found : report.findings) {
        cli.printLine(tr("  %1  %2  %3")
                          .arg(printable(found.location()), CredentialRules::kindName(found.finding.kind),
                              CredentialRules::describe(found.finding)));
    }
    if (report.findings.isEmpty()) {
        const int files = report.filesScanned;
        cli.printLine(
            tr("No hard-coded credentials found in %1.")
                .arg(TransferTexts::counted(files, tr("%n file", nullptr, files), tr("%n files", nullptr, files))));
    }
    for (const QString& note : report.notes) {
        cli.printWarning(note);
    }
}

QString ScanCommands::firstPlaces(const CredentialScan::Report& report)
{
    QStringList places;
    for (const CredentialScan::FileFinding& found : report.findings.mid(0, kPlacesInMessage)) {
        places.append(found.location());
    }
    const int more = static_cast<int>(report.findings.size()) - kPlacesInMessage;
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
    const Result<CredentialScan::Report> report = CredentialScan::scanFolder(project.sourceFolder);
    if (!report) {
        return cli.fail(report.error());
    }
    const int count = static_cast<int>(report->findings.size());
    if (count == 0) {
        return ExitCode::Ok;
    }
    if (cli.commandLine().isSet(CommandLine::kAllowFindings)) {
        cli.printWarning(tr("The archive holds %1 from the source folder (%2), as --allow-findings allows.")
                             .arg(credentialsText(count), printable(firstPlaces(report.value()))));
        return ExitCode::Ok;
    }
    return cli.fail(ExitCode::CredentialsFound,
        tr("The source folder of project '%1' holds %2 (%3); nothing was written. Move them to secrets (see "
           "'botvault-cli scan'), or give --allow-findings to export them anyway.")
            .arg(project.name, credentialsText(count), printable(firstPlaces(report.value()))));
}
