#include "app/cli/TransferCommands.h"

#include "app/cli/AuditCommands.h"
#include "app/cli/CliContext.h"
#include "app/cli/CliOutput.h"
#include "app/cli/CommandTable.h"
#include "app/cli/ScanCommands.h"
#include "app/cli/TransferTexts.h"
#include "models/NameRules.h"
#include "storage/ProjectTransfer.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

using CliOutput::printable;
using namespace TransferTexts;

void TransferCommands::registerCommands(CommandTable& table)
{
    using CL = CommandLine;
    table.add({{QStringLiteral("export")}, {QStringLiteral("PROJECT"), QStringLiteral("FILE")},
        {CL::kForce, CL::kAllowFindings}, &TransferCommands::exportProject,
        QT_TRANSLATE_NOOP("CliApplication",
            "Write the project to a ZIP archive: the source folder's files, the variables marked for "
            "export and the names of the secrets, never their values. An existing FILE is replaced only "
            "with --force. A source folder with hard-coded credentials (see 'scan') is refused unless "
            "--allow-findings is given.")});
    table.add({{QStringLiteral("import")}, {QStringLiteral("FILE")},
        {CL::kInto, CL::kName, CL::kSourceDir, CL::kReplace, CL::kKeep, CL::kDryRun, CL::kNoSource, CL::kKeepBinding},
        &TransferCommands::importProject,
        QT_TRANSLATE_NOOP("CliApplication",
            "Import a project archive as a new project (named as in the archive, or --name) or into an "
            "existing one (--into). The source files go to --source-dir, a new or empty folder, which the "
            "project is then bound to (--keep-binding keeps an --into project's own folder); --no-source "
            "imports only the variables and secret names. Variables that differ need --replace or --keep. "
            "--dry-run shows the plan and writes nothing.")});
}

// --- export ---------------------------------------------------------------------------------

ExitCode TransferCommands::exportProject(CliContext& cli, const QStringList& arguments)
{
    const QString zipPath = arguments.at(1);
    if (const ExitCode code = cli.checkOutputFile(zipPath); code != ExitCode::Ok) {
        return code;
    }
    Project project;
    if (const ExitCode code = cli.openProject(arguments.at(0), &project); code != ExitCode::Ok) {
        return code;
    }
    if (const ExitCode code = ScanCommands::checkBeforeExport(cli, project); code != ExitCode::Ok) {
        return code;
    }
    const Result<ProjectTransfer::ExportPlan> plan = ProjectTransfer::planExport(cli.vault(), project.id);
    if (!plan) {
        return cli.fail(plan.error());
    }
    if (const Result<void> written = ProjectTransfer::writeExport(plan.value(), zipPath); !written) {
        return cli.fail(written.error());
    }
    AuditCommands::record(cli, project.id, AuditAction::Exported, QStringLiteral("zip"));

    QStringList included;
    for (const auto& [name, value] : plan->manifest.variables) {
        included.append(name);
    }
    const QStringList& excluded = plan->excludedVariables;
    const QStringList& secrets = plan->manifest.secretNames;
    const bool bound = !plan->project.sourceFolder.isEmpty();
    const auto fileCount = static_cast<int>(plan->sourceFiles.size());
    const QString absolute = QFileInfo(zipPath).absoluteFilePath();

    if (cli.json()) {
        cli.printJson(QJsonObject {
            {QStringLiteral("project"), project.name},
            {QStringLiteral("file"), absolute},
            {QStringLiteral("includedVariables"), jsonStrings(included)},
            {QStringLiteral("excludedVariables"), jsonStrings(excluded)},
            {QStringLiteral("secretNames"), jsonStrings(secrets)},
            {QStringLiteral("sourceFolder"),
                bound ? QJsonValue(plan->project.sourceFolder) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("sourceFiles"), fileCount},
            {QStringLiteral("sourceBytes"), plan->sourceBytes},
        });
        return ExitCode::Ok;
    }

    cli.printLine(tr("Exported project '%1' to '%2'.").arg(project.name, native(absolute)));
    QString line = tr("  %1 included.").arg(variablesText(size(included)));
    if (!included.isEmpty()) {
        line = tr("  %1 included: %2").arg(variablesText(size(included)), nameList(included));
    }
    cli.printLine(line);
    if (!excluded.isEmpty()) {
        cli.printLine(
            tr("  %1 not included (not marked for export): %2").arg(variablesText(size(excluded)), nameList(excluded)));
    }
    if (secrets.isEmpty()) {
        cli.printLine(tr("  No secrets."));
    } else {
        cli.printLine(tr("  %1 listed by name only, for the importer to fill in (values never leave the vault): %2")
                          .arg(secretsText(size(secrets)), nameList(secrets)));
    }
    if (bound) {
        cli.printLine(tr("  %1 (%2) from '%3'.")
                          .arg(filesText(fileCount), bytesText(plan->sourceBytes), native(plan->project.sourceFolder)));
    } else {
        cli.printLine(tr("  No source folder bound, so no source files ('botvault-cli project bind' binds one)."));
    }
    return ExitCode::Ok;
}

// --- import ---------------------------------------------------------------------------------

ExitCode TransferCommands::importProject(CliContext& cli, const QStringList& arguments)
{
    ImportRequest request;
    request.zipPath = arguments.at(0);
    if (const ExitCode code = readImportOptions(cli, &request); code != ExitCode::Ok) {
        return code;
    }
    // The whole archive is read and checked before the vault is opened: a refused archive costs no
    // password and writes nothing.
    ArchiveContents contents;
    if (const ExitCode code = readImportArchive(cli, request.zipPath, &contents); code != ExitCode::Ok) {
        return code;
    }
    request.fileCount = static_cast<int>(contents.files.size());
    if (const ExitCode code = chooseSourceFolder(cli, &request); code != ExitCode::Ok) {
        return code;
    }
    if (const ExitCode code = findImportTarget(cli, &request); code != ExitCode::Ok) {
        return code;
    }
    Result<ProjectTransfer::ImportPlan> planned
        = ProjectTransfer::planImport(cli.vault(), std::move(contents), request.target, request.zipPath);
    if (!planned) {
        return cli.fail(planned.error());
    }
    const ProjectTransfer::ImportPlan& plan = planned.value();
    request.projectName
        = request.target ? plan.projectName : (request.newName.isEmpty() ? plan.projectName : request.newName);
    if (!request.target) {
        if (const ExitCode code = checkNewProjectName(cli, request.projectName); code != ExitCode::Ok) {
            return code;
        }
    }
    printImportPlan(cli, request, plan);
    if (!plan.conflicts.isEmpty() && !request.replace) {
        return cli.fail(ExitCode::InvalidInput,
            tr("The archive and project '%1' differ in %2: choose --replace to take the archive's values or --keep "
               "to keep the project's. Nothing was imported.")
                .arg(request.projectName, variablesText(static_cast<int>(plan.conflicts.size()))));
    }
    if (cli.commandLine().isSet(CommandLine::kDryRun)) {
        cli.printLine(tr("Dry run: nothing was written."));
        return ExitCode::Ok;
    }
    return applyImport(cli, request, plan);
}

ExitCode TransferCommands::readImportOptions(CliContext& cli, ImportRequest* request)
{
    if (const ExitCode code = cli.conflictChoice(&request->replace); code != ExitCode::Ok) {
        return code;
    }
    const bool into = cli.commandLine().isSet(CommandLine::kInto);
    request->newName = cli.commandLine().value(CommandLine::kName);
    if (into && cli.commandLine().isSet(CommandLine::kName)) {
        return cli.usageError(
            tr("Give --into PROJECT to merge into a project or --name NAME to name a new one, not both."));
    }
    request->skipSource = cli.commandLine().isSet(CommandLine::kNoSource);
    request->keepBinding = cli.commandLine().isSet(CommandLine::kKeepBinding);
    if (request->skipSource && cli.commandLine().isSet(CommandLine::kSourceDir)) {
        return cli.usageError(tr("Give --source-dir DIR to extract the source files or --no-source to leave them "
                                 "out, not both."));
    }
    if (request->keepBinding && (!into || request->skipSource)) {
        return cli.usageError(tr("--keep-binding is for --into PROJECT with --source-dir DIR: the files are "
                                 "extracted and the project keeps its own source folder."));
    }
    if (cli.commandLine().isSet(CommandLine::kName)) {
        if (const Result<void> valid = NameRules::validateProjectName(request->newName); !valid) {
            return cli.fail(valid.error());
        }
    }
    if (!QFileInfo::exists(request->zipPath)) {
        return cli.fail(ExitCode::NotFound, tr("The archive '%1' does not exist.").arg(native(request->zipPath)));
    }
    return ExitCode::Ok;
}

ExitCode TransferCommands::readImportArchive(CliContext& cli, const QString& zipPath, ArchiveContents* contents)
{
    Result<ArchiveContents> read = ProjectTransfer::readArchive(zipPath);
    if (!read) {
        // A newer format is something this version cannot take, like any other refused archive.
        const ExitCode code = read.code() == ErrorCode::Unsupported ? ExitCode::InvalidInput : exitCodeFor(read.code());
        return cli.fail(code,
            tr("The archive '%1' cannot be imported: %2 Nothing was written.").arg(native(zipPath), read.message()));
    }
    *contents = std::move(read).value();
    return ExitCode::Ok;
}

ExitCode TransferCommands::chooseSourceFolder(CliContext& cli, ImportRequest* request)
{
    if (request->skipSource) {
        return ExitCode::Ok;
    }
    if (!cli.commandLine().isSet(CommandLine::kSourceDir)) {
        if (request->fileCount > 0) {
            return cli.fail(ExitCode::Usage,
                tr("The archive holds %1: give --source-dir DIR, a new or empty folder to put them in (the project "
                   "is bound to it), or --no-source to import only the variables and secret names.")
                    .arg(filesText(request->fileCount)));
        }
        return ExitCode::Ok;
    }
    const QString given = cli.commandLine().value(CommandLine::kSourceDir);
    if (request->fileCount == 0) {
        cli.printWarning(tr("The archive holds no source files; --source-dir is not used."));
        return ExitCode::Ok;
    }
    request->sourceFolder = QDir::cleanPath(QFileInfo(given).absoluteFilePath());
    const QFileInfo info(request->sourceFolder);
    if (info.exists() && !info.isDir()) {
        return cli.fail(ExitCode::InvalidInput,
            tr("'%1' exists and is not a folder; give a new or empty folder for the source files.").arg(native(given)));
    }
    if (info.isDir()
        && !QDir(request->sourceFolder)
                .isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
        return cli.fail(ExitCode::InvalidInput,
            tr("The folder '%1' is not empty; give a new or empty folder for the source files.").arg(native(given)));
    }
    if (!info.exists() && !QFileInfo(info.absolutePath()).isDir()) {
        return cli.fail(ExitCode::NotFound,
            tr("The folder '%1' does not exist; create it first, or choose another place for the "
               "source files.")
                .arg(native(info.absolutePath())));
    }
    return ExitCode::Ok;
}

ExitCode TransferCommands::findImportTarget(CliContext& cli, ImportRequest* request)
{
    if (const ExitCode code = cli.openVault(); code != ExitCode::Ok) {
        return code;
    }
    if (!cli.commandLine().isSet(CommandLine::kInto)) {
        return ExitCode::Ok;
    }
    Project project;
    if (const ExitCode code = cli.findProject(cli.commandLine().value(CommandLine::kInto), &project);
        code != ExitCode::Ok) {
        return code;
    }
    request->target = project.id;
    return ExitCode::Ok;
}

ExitCode TransferCommands::checkNewProjectName(CliContext& cli, const QString& projectName)
{
    if (const Result<void> valid = NameRules::validateProjectName(projectName); !valid) {
        return cli.fail(ExitCode::InvalidInput,
            tr("The archive's project name cannot be used: %1 Choose one with --name NAME.").arg(valid.message()));
    }
    if (const Result<Project> existing = cli.vault().projectByName(projectName); existing.ok()) {
        return cli.fail(ExitCode::InvalidInput,
            tr("A project named '%1' already exists: merge into it with --into %2, or choose another name "
               "with --name NAME.")
                .arg(projectName, CliOutput::shellWord(projectName)));
    }
    return ExitCode::Ok;
}

// The plan, in the order the admin decides on it.
void TransferCommands::printImportPlan(
    CliContext& cli, const ImportRequest& request, const ProjectTransfer::ImportPlan& plan)
{
    const QString zipPath = native(request.zipPath);
    cli.printLine(request.target ? tr("Importing '%1' into project '%2':").arg(zipPath, request.projectName)
                                 : tr("Importing '%1' as the new project '%2':").arg(zipPath, request.projectName));
    if (!plan.isBotVaultExport) {
        cli.printLine(tr("  The archive has no botvault/project.json: it is a plain project ZIP, so it brings source "
                         "files but no variables."));
    }
    cli.printLine(tr("  New variables: %1").arg(plan.newVariables.size()));
    for (const auto& [name, value] : plan.newVariables) {
        cli.printLine(QStringLiteral("    %1 = %2").arg(name, printable(value)));
    }
    cli.printLine(tr("  Variables with another value in the project: %1").arg(plan.conflicts.size()));
    for (const ProjectTransfer::VariableConflict& conflict : plan.conflicts) {
        cli.printLine(tr("    %1: project '%2', archive '%3'")
                          .arg(conflict.name, printable(conflict.currentValue), printable(conflict.incomingValue)));
    }
    cli.printLine(tr("  Unchanged variables: %1").arg(plan.unchangedVariables));
    cli.printLine(tr("  Secrets that need a value: %1").arg(plan.secretsNeedingValues.size())
        + (plan.secretsNeedingValues.isEmpty() ? QString()
                                               : QStringLiteral(" (%1)").arg(nameList(plan.secretsNeedingValues))));
    if (request.fileCount > 0 && request.skipSource) {
        cli.printLine(tr("  Source files: %1 in the archive, not extracted (--no-source)").arg(request.fileCount));
    } else if (request.fileCount > 0) {
        qint64 bytes = 0;
        for (const ArchiveFile& file : plan.contents.files) {
            bytes += file.content.size();
        }
        cli.printLine(tr("  Source files: %1 (%2) into '%3'")
                          .arg(request.fileCount)
                          .arg(bytesText(bytes), native(request.sourceFolder)));
    } else {
        cli.printLine(tr("  Source files: none"));
    }
    for (const QString& warning : plan.expected.warnings) {
        cli.printWarning(warning);
    }
}

ExitCode TransferCommands::applyImport(
    CliContext& cli, const ImportRequest& request, const ProjectTransfer::ImportPlan& plan)
{
    ProjectTransfer::ImportChoices choices;
    choices.newProjectName = request.target ? QString() : request.projectName;
    choices.extractSource = !request.skipSource;
    choices.sourceFolder = request.sourceFolder;
    choices.bindSourceFolder = !request.keepBinding;
    if (request.replace.value_or(false)) {
        for (const ProjectTransfer::VariableConflict& conflict : plan.conflicts) {
            choices.replace.insert(conflict.name);
        }
    }
    const Result<ProjectId> imported = ProjectTransfer::applyImport(cli.vault(), plan, choices);
    if (!imported) {
        return cli.fail(imported.error());
    }

    for (const auto& [name, value] : plan.newVariables) {
        cli.printNameWarnings(name);
    }
    for (const QString& name : std::as_const(choices.replace)) {
        cli.printNameWarnings(name);
    }
    const auto replaced = static_cast<int>(choices.replace.size());
    const auto kept = static_cast<int>(plan.conflicts.size()) - replaced;
    cli.printLine(tr("Imported into project '%1': %2 added, %3 replaced, %4 kept, %5 unchanged.")
                      .arg(request.projectName)
                      .arg(plan.newVariables.size())
                      .arg(replaced)
                      .arg(kept)
                      .arg(plan.unchangedVariables));
    if (request.fileCount > 0 && !request.skipSource) {
        cli.printLine(request.keepBinding ? tr("The source files are in '%1'; the project keeps its source folder.")
                                                .arg(native(request.sourceFolder))
                                          : tr("The source files are in '%1', and the project is bound to that folder.")
                                                .arg(native(request.sourceFolder)));
    }
    if (!plan.secretsNeedingValues.isEmpty()) {
        cli.printLine(tr("These secrets need a value; set each with:"));
        for (const QString& name : plan.secretsNeedingValues) {
            cli.printLine(QStringLiteral("  ")
                + cli.suggestedCommand({QStringLiteral("secret"), QStringLiteral("set"), request.projectName, name}));
        }
    }
    return ExitCode::Ok;
}
