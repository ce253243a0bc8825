// The commands that move a project in and out of the vault (export, import, env import/export),
// run a command with its values, and check its names against the bot's code. Every rule about
// archives, .env files and expected names lives in storage/ProjectTransfer; these functions only
// parse the options, print the plan and the outcome, and map failures to exit codes.

#include "app/cli/ChildEnvironment.h"
#include "app/cli/CliApplication.h"
#include "app/cli/CliOutput.h"
#include "models/NameRules.h"
#include "models/StartupVariables.h"
#include "storage/ProjectTransfer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sys/stat.h>

using CliOutput::printable;

namespace {

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// The CLI loads no translation, so an English plural is chosen here rather than through a
// "(s)" form; a translation may still give each text its own plural forms.
QString counted(int n, const QString& one, const QString& many)
{
    return n == 1 ? one : many;
}

QString variablesText(int n)
{
    return counted(n, QCoreApplication::translate("CliApplication", "%n variable", nullptr, n),
        QCoreApplication::translate("CliApplication", "%n variables", nullptr, n));
}

QString secretsText(int n)
{
    return counted(n, QCoreApplication::translate("CliApplication", "%n secret", nullptr, n),
        QCoreApplication::translate("CliApplication", "%n secrets", nullptr, n));
}

QString namesText(int n)
{
    return counted(n, QCoreApplication::translate("CliApplication", "%n name", nullptr, n),
        QCoreApplication::translate("CliApplication", "%n names", nullptr, n));
}

QString filesText(int n)
{
    return counted(n, QCoreApplication::translate("CliApplication", "%n source file", nullptr, n),
        QCoreApplication::translate("CliApplication", "%n source files", nullptr, n));
}

QString bytesText(qint64 n)
{
    return n == 1 ? QCoreApplication::translate("CliApplication", "1 byte")
                  : QCoreApplication::translate("CliApplication", "%1 bytes").arg(n);
}

QString nameList(const QStringList& names)
{
    return names.join(QStringLiteral(", "));
}

QJsonArray jsonStrings(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

int size(const QList<QString>& list)
{
    return static_cast<int>(list.size());
}

// A .env file is a few kilobytes; EnvFile refuses anything larger, so nothing more is read.
Result<QByteArray> readEnvText(const QString& path)
{
    QFile file;
    if (path == QStringLiteral("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            return makeError(
                ErrorCode::Io, QCoreApplication::translate("CliApplication", "Could not read standard input."));
        }
    } else {
        file.setFileName(path);
        if (!QFileInfo::exists(path)) {
            return makeError(ErrorCode::NotFound,
                QCoreApplication::translate("CliApplication", "The file '%1' does not exist.").arg(native(path)));
        }
        if (QFileInfo(path).isDir()) {
            return makeError(ErrorCode::InvalidInput,
                QCoreApplication::translate("CliApplication", "'%1' is a folder, not a .env file.").arg(native(path)));
        }
        if (!file.open(QIODevice::ReadOnly)) {
            return makeError(ErrorCode::Io,
                QCoreApplication::translate("CliApplication", "Could not open the file '%1': %2.")
                    .arg(native(path), file.errorString()));
        }
    }
    // A pipe hands its data over in pieces; read until its end or until the file is too large.
    QByteArray bytes;
    while (bytes.size() <= EnvFile::kMaxFileBytes) {
        const QByteArray chunk = file.read(EnvFile::kMaxFileBytes + 1 - bytes.size());
        if (chunk.isEmpty()) {
            break;
        }
        bytes += chunk;
    }
    if (bytes.size() > EnvFile::kMaxFileBytes) {
        return makeError(ErrorCode::InvalidInput,
            QCoreApplication::translate("CliApplication", "'%1' is larger than %2 MiB; a .env file is a few kilobytes.")
                .arg(path == QStringLiteral("-") ? QCoreApplication::translate("CliApplication", "standard input")
                                                 : native(path))
                .arg(EnvFile::kMaxFileBytes / (1024 * 1024)));
    }
    return bytes;
}

// Writes `bytes` to `path` atomically, readable and writable by the owner alone.
Result<void> writePrivateFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return makeError(ErrorCode::Io,
            QCoreApplication::translate("CliApplication", "Could not create '%1': %2.")
                .arg(native(path), file.errorString()));
    }
    // Set on the temporary file before anything is written to it, so no other user can open it.
    if (::fchmod(file.handle(), S_IRUSR | S_IWUSR) != 0) {
        const int error = errno;
        file.cancelWriting();
        return makeError(ErrorCode::Io,
            QCoreApplication::translate("CliApplication", "Could not restrict the permissions of '%1': %2.")
                .arg(native(path), QString::fromLocal8Bit(std::strerror(error))));
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        return makeError(ErrorCode::Io,
            QCoreApplication::translate("CliApplication", "Could not write '%1': %2.")
                .arg(native(path), file.errorString()));
    }
    return {};
}

// Where a missing name was found, for the `check` listing.
QStringList foundIn(const QString& name, const QHash<QString, QStringList>& sources, const QStringList& declared)
{
    QStringList places = sources.value(name);
    if (places.isEmpty() && declared.contains(name)) {
        places.append(QCoreApplication::translate("CliApplication", "the imported archive"));
    }
    return places;
}

} // namespace

// --- export ---------------------------------------------------------------------------------

ExitCode CliApplication::exportProject(const QStringList& arguments)
{
    const QString zipPath = arguments.at(1);
    if (const ExitCode code = checkOutputFile(zipPath); code != ExitCode::Ok) {
        return code;
    }
    Project project;
    if (const ExitCode code = openProject(arguments.at(0), &project); code != ExitCode::Ok) {
        return code;
    }
    const Result<ProjectTransfer::ExportPlan> plan = ProjectTransfer::planExport(*m_vault, project.id);
    if (!plan) {
        return fail(plan.error());
    }
    if (const Result<void> written = ProjectTransfer::writeExport(plan.value(), zipPath); !written) {
        return fail(written.error());
    }

    QStringList included;
    for (const auto& [name, value] : plan->manifest.variables) {
        included.append(name);
    }
    const QStringList& excluded = plan->excludedVariables;
    const QStringList& secrets = plan->manifest.secretNames;
    const bool bound = !plan->project.sourceFolder.isEmpty();
    const auto fileCount = static_cast<int>(plan->sourceFiles.size());
    const QString absolute = QFileInfo(zipPath).absoluteFilePath();

    if (json()) {
        printJson(QJsonObject {
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

    printLine(tr("Exported project '%1' to '%2'.").arg(project.name, native(absolute)));
    QString line = tr("  %1 included.").arg(variablesText(size(included)));
    if (!included.isEmpty()) {
        line = tr("  %1 included: %2").arg(variablesText(size(included)), nameList(included));
    }
    printLine(line);
    if (!excluded.isEmpty()) {
        printLine(
            tr("  %1 not included (not marked for export): %2").arg(variablesText(size(excluded)), nameList(excluded)));
    }
    if (secrets.isEmpty()) {
        printLine(tr("  No secrets."));
    } else {
        printLine(tr("  %1 listed by name only, for the importer to fill in (values never leave the vault): %2")
                      .arg(secretsText(size(secrets)), nameList(secrets)));
    }
    if (bound) {
        printLine(tr("  %1 (%2) from '%3'.")
                      .arg(filesText(fileCount), bytesText(plan->sourceBytes), native(plan->project.sourceFolder)));
    } else {
        printLine(tr("  No source folder bound, so no source files ('botvault-cli project bind' binds one)."));
    }
    return ExitCode::Ok;
}

// --- import ---------------------------------------------------------------------------------

ExitCode CliApplication::importProject(const QStringList& arguments)
{
    const QString zipPath = arguments.at(0);
    std::optional<bool> replace;
    if (const ExitCode code = conflictChoice(&replace); code != ExitCode::Ok) {
        return code;
    }
    const bool into = m_commandLine.isSet(CommandLine::kInto);
    const QString newName = m_commandLine.value(CommandLine::kName);
    if (into && m_commandLine.isSet(CommandLine::kName)) {
        return usageError(
            tr("Give --into PROJECT to merge into a project or --name NAME to name a new one, not both."));
    }
    if (m_commandLine.isSet(CommandLine::kName)) {
        if (const Result<void> valid = NameRules::validateProjectName(newName); !valid) {
            return fail(valid.error());
        }
    }
    if (!QFileInfo::exists(zipPath)) {
        return fail(ExitCode::NotFound, tr("The archive '%1' does not exist.").arg(native(zipPath)));
    }

    // The whole archive is read and checked before the vault is opened: a refused archive costs no
    // password and writes nothing.
    Result<ArchiveContents> contents = ProjectTransfer::readArchive(zipPath);
    if (!contents) {
        // A newer format is something this version cannot take, like any other refused archive.
        const ExitCode code
            = contents.code() == ErrorCode::Unsupported ? ExitCode::InvalidInput : exitCodeFor(contents.code());
        return fail(code,
            tr("The archive '%1' cannot be imported: %2 Nothing was written.")
                .arg(native(zipPath), contents.message()));
    }
    const auto fileCount = static_cast<int>(contents->files.size());

    QString sourceFolder;
    if (m_commandLine.isSet(CommandLine::kSourceDir)) {
        const QString given = m_commandLine.value(CommandLine::kSourceDir);
        if (fileCount == 0) {
            printWarning(tr("The archive holds no source files; --source-dir is not used."));
        } else {
            sourceFolder = QDir::cleanPath(QFileInfo(given).absoluteFilePath());
            const QFileInfo info(sourceFolder);
            if (info.exists() && !info.isDir()) {
                return fail(ExitCode::InvalidInput,
                    tr("'%1' exists and is not a folder; give a new or empty folder for the source files.")
                        .arg(native(given)));
            }
            if (info.isDir()
                && !QDir(sourceFolder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
                return fail(ExitCode::InvalidInput,
                    tr("The folder '%1' is not empty; give a new or empty folder for the source files.")
                        .arg(native(given)));
            }
            if (!info.exists() && !QFileInfo(info.absolutePath()).isDir()) {
                return fail(ExitCode::NotFound,
                    tr("The folder '%1' does not exist; create it first, or choose another place for the "
                       "source files.")
                        .arg(native(info.absolutePath())));
            }
        }
    } else if (fileCount > 0) {
        return fail(ExitCode::Usage,
            tr("The archive holds %1: give --source-dir DIR, a new or empty folder to put them in (the project "
               "is bound to it).")
                .arg(filesText(fileCount)));
    }

    if (const ExitCode code = openVault(); code != ExitCode::Ok) {
        return code;
    }
    std::optional<ProjectId> target;
    if (into) {
        Project project;
        if (const ExitCode code = findProject(m_commandLine.value(CommandLine::kInto), &project);
            code != ExitCode::Ok) {
            return code;
        }
        target = project.id;
    }
    Result<ProjectTransfer::ImportPlan> planned
        = ProjectTransfer::planImport(*m_vault, std::move(contents).value(), target, zipPath);
    if (!planned) {
        return fail(planned.error());
    }
    const ProjectTransfer::ImportPlan& plan = planned.value();
    const QString projectName = target ? plan.projectName : (newName.isEmpty() ? plan.projectName : newName);
    if (!target) {
        if (const Result<void> valid = NameRules::validateProjectName(projectName); !valid) {
            return fail(ExitCode::InvalidInput,
                tr("The archive's project name cannot be used: %1 Choose one with --name NAME.").arg(valid.message()));
        }
        if (const Result<Project> existing = m_vault->projectByName(projectName); existing.ok()) {
            return fail(ExitCode::InvalidInput,
                tr("A project named '%1' already exists: merge into it with --into %2, or choose another name "
                   "with --name NAME.")
                    .arg(projectName, CliOutput::shellWord(projectName)));
        }
    }

    // The plan, in the order the admin decides on it.
    printLine(target ? tr("Importing '%1' into project '%2':").arg(native(zipPath), projectName)
                     : tr("Importing '%1' as the new project '%2':").arg(native(zipPath), projectName));
    if (!plan.isBotVaultExport) {
        printLine(tr("  The archive has no botvault/project.json: it is a plain project ZIP, so it brings source "
                     "files but no variables."));
    }
    printLine(tr("  New variables: %1").arg(plan.newVariables.size()));
    for (const auto& [name, value] : plan.newVariables) {
        printLine(QStringLiteral("    %1 = %2").arg(name, printable(value)));
    }
    printLine(tr("  Variables with another value in the project: %1").arg(plan.conflicts.size()));
    for (const ProjectTransfer::VariableConflict& conflict : plan.conflicts) {
        printLine(tr("    %1: project '%2', archive '%3'")
                      .arg(conflict.name, printable(conflict.currentValue), printable(conflict.incomingValue)));
    }
    printLine(tr("  Unchanged variables: %1").arg(plan.unchangedVariables));
    printLine(tr("  Secrets that need a value: %1").arg(plan.secretsNeedingValues.size())
        + (plan.secretsNeedingValues.isEmpty() ? QString()
                                               : QStringLiteral(" (%1)").arg(nameList(plan.secretsNeedingValues))));
    if (fileCount > 0) {
        qint64 bytes = 0;
        for (const ArchiveFile& file : plan.contents.files) {
            bytes += file.content.size();
        }
        printLine(tr("  Source files: %1 (%2) into '%3'").arg(fileCount).arg(bytesText(bytes), native(sourceFolder)));
    } else {
        printLine(tr("  Source files: none"));
    }
    for (const QString& warning : plan.expected.warnings) {
        printWarning(warning);
    }

    if (!plan.conflicts.isEmpty() && !replace) {
        return fail(ExitCode::InvalidInput,
            tr("The archive and project '%1' differ in %2: choose --replace to take the archive's values or --keep "
               "to keep the project's. Nothing was imported.")
                .arg(projectName, variablesText(static_cast<int>(plan.conflicts.size()))));
    }
    if (m_commandLine.isSet(CommandLine::kDryRun)) {
        printLine(tr("Dry run: nothing was written."));
        return ExitCode::Ok;
    }

    ProjectTransfer::ImportChoices choices;
    choices.newProjectName = target ? QString() : projectName;
    choices.sourceFolder = sourceFolder;
    if (replace.value_or(false)) {
        for (const ProjectTransfer::VariableConflict& conflict : plan.conflicts) {
            choices.replace.insert(conflict.name);
        }
    }
    const Result<ProjectId> imported = ProjectTransfer::applyImport(*m_vault, plan, choices);
    if (!imported) {
        return fail(imported.error());
    }

    for (const auto& [name, value] : plan.newVariables) {
        printWarning(StartupVariables::warning(name));
    }
    for (const QString& name : std::as_const(choices.replace)) {
        printWarning(StartupVariables::warning(name));
    }
    const auto replaced = static_cast<int>(choices.replace.size());
    const auto kept = static_cast<int>(plan.conflicts.size()) - replaced;
    printLine(tr("Imported into project '%1': %2 added, %3 replaced, %4 kept, %5 unchanged.")
                  .arg(projectName)
                  .arg(plan.newVariables.size())
                  .arg(replaced)
                  .arg(kept)
                  .arg(plan.unchangedVariables));
    if (fileCount > 0) {
        printLine(
            tr("The source files are in '%1', and the project is bound to that folder.").arg(native(sourceFolder)));
    }
    if (!plan.secretsNeedingValues.isEmpty()) {
        printLine(tr("These secrets need a value; set each with:"));
        for (const QString& name : plan.secretsNeedingValues) {
            printLine(QStringLiteral("  ")
                + suggestedCommand({QStringLiteral("secret"), QStringLiteral("set"), projectName, name}));
        }
    }
    return ExitCode::Ok;
}

// --- .env files -----------------------------------------------------------------------------

ExitCode CliApplication::importEnv(const QStringList& arguments)
{
    const QString source = arguments.at(1);
    const QString sourceName = source == QStringLiteral("-") ? tr("standard input") : native(source);
    std::optional<bool> replace;
    if (const ExitCode code = conflictChoice(&replace); code != ExitCode::Ok) {
        return code;
    }
    const bool asSecrets = m_commandLine.isSet(CommandLine::kAsSecrets);
    const Result<QByteArray> text = readEnvText(source);
    if (!text) {
        return fail(text.error());
    }
    // Parsed once before the vault is opened, so a broken file costs no password. Every bad line is
    // listed; importing the good ones alone would leave the project half-configured.
    const EnvParseResult parsed = EnvFile::parse(text.value());
    if (!parsed.errors.isEmpty()) {
        std::fflush(stdout);
        for (const EnvLineError& error : parsed.errors) {
            CliOutput::write(
                stderr, QStringLiteral("botvault-cli: %1: %2\n").arg(sourceName, error.message.simplified()));
        }
        const auto bad = static_cast<int>(parsed.errors.size());
        return fail(ExitCode::InvalidInput,
            counted(bad, tr("%1 has %n problem; nothing was imported. Fix it and run the command again.", nullptr, bad),
                tr("%1 has %n problems; nothing was imported. Fix them and run the command again.", nullptr, bad))
                .arg(sourceName));
    }

    Project project;
    if (const ExitCode code = openProject(arguments.at(0), &project); code != ExitCode::Ok) {
        return code;
    }
    const Result<ProjectTransfer::EnvImportPlan> plan
        = ProjectTransfer::planEnvImport(*m_vault, project.id, text.value(), asSecrets);
    if (!plan) {
        return fail(plan.error());
    }
    const Result<QList<Variable>> variables = m_vault->variables(project.id);
    if (!variables) {
        return fail(variables.error());
    }
    const Result<QList<SecretSummary>> secrets = m_vault->secrets(project.id);
    if (!secrets) {
        return fail(secrets.error());
    }
    QHash<QString, QString> currentValues;
    for (const Variable& variable : variables.value()) {
        if (!variable.damaged) {
            currentValues.insert(variable.name, variable.value);
        }
    }
    QSet<QString> currentSecrets;
    for (const SecretSummary& secret : secrets.value()) {
        if (!secret.damaged) {
            currentSecrets.insert(secret.name);
        }
    }

    // The plan suggests a secret for names such as API_KEY; without --as-secrets the CLI imports every
    // line as a variable (a script gets what it asked for) and warns about those names instead, so the
    // existence checks are redone for the kind actually written.
    QList<ProjectTransfer::EnvLine> added;
    QList<ProjectTransfer::EnvLine> conflicts;
    // Lines that would store a value as the other kind than the project holds under that name: a
    // secret's value as a visible variable, or a secret beside a variable. --replace and --keep
    // choose between values, not kinds, so they do not settle these.
    QList<ProjectTransfer::EnvLine> kindConflicts;
    int unchanged = 0;
    for (ProjectTransfer::EnvLine line : plan->lines) {
        line.kind = asSecrets ? ItemKind::Secret : ItemKind::Variable;
        const bool otherKindExists = line.kind == ItemKind::Variable
            ? currentSecrets.contains(line.name)
            : currentValues.contains(line.name) && !currentSecrets.contains(line.name);
        if (otherKindExists) {
            kindConflicts.append(line);
            continue;
        }
        if (line.kind == ItemKind::Secret) {
            line.exists = currentSecrets.contains(line.name);
            line.sameValue = false;
        } else {
            const auto current = currentValues.constFind(line.name);
            line.exists = current != currentValues.constEnd();
            line.sameValue = line.exists && current.value() == line.value;
        }
        if (!line.exists) {
            added.append(line);
        } else if (line.sameValue) {
            ++unchanged;
        } else {
            conflicts.append(line);
        }
    }

    if (!kindConflicts.isEmpty()) {
        // Names only: the values in the file may be secrets whatever their names say.
        printLine(tr("These names are already stored as the other kind in project '%1':").arg(project.name));
        for (const ProjectTransfer::EnvLine& line : kindConflicts) {
            printLine(line.kind == ItemKind::Variable
                    ? tr("  %1 (secret, line %2): importing it as a variable would show the value to anyone who "
                         "opens the vault; import the line with --as-secrets to change the secret")
                          .arg(line.name)
                          .arg(line.line)
                    : tr("  %1 (variable, line %2): --as-secrets would add a secret beside it; remove the variable "
                         "first with: %3")
                          .arg(line.name)
                          .arg(line.line)
                          .arg(suggestedCommand(
                              {QStringLiteral("var"), QStringLiteral("rm"), project.name, line.name})));
        }
        return fail(ExitCode::InvalidInput,
            tr("%1 from %2 would be stored as another kind than project '%3' holds them; --replace and --keep do not "
               "change that. Nothing was imported.")
                .arg(namesText(static_cast<int>(kindConflicts.size())), sourceName, project.name));
    }

    if (!conflicts.isEmpty() && !replace) {
        // Names only: the values in the file may be secrets whatever their names say.
        printLine(tr("These names already exist in project '%1':").arg(project.name));
        for (const ProjectTransfer::EnvLine& line : conflicts) {
            printLine(line.kind == ItemKind::Secret
                    ? tr("  %1 (secret, line %2)").arg(line.name).arg(line.line)
                    : tr("  %1 (variable with another value, line %2)").arg(line.name).arg(line.line));
        }
        return fail(ExitCode::InvalidInput,
            tr("Project '%1' already has %2 from %3: choose --replace to take the file's values or --keep to keep "
               "the project's. Nothing was imported.")
                .arg(project.name, namesText(static_cast<int>(conflicts.size())), sourceName));
    }

    QList<ProjectTransfer::EnvLine> toWrite = added;
    if (replace.value_or(false)) {
        toWrite += conflicts;
    }
    const ProjectTransfer::EnvConflictPolicy policy = replace.value_or(false)
        ? ProjectTransfer::EnvConflictPolicy::Replace
        : ProjectTransfer::EnvConflictPolicy::Keep;
    const Result<int> written = ProjectTransfer::applyEnvImport(*m_vault, project.id, toWrite, policy);
    if (!written) {
        return fail(written.error());
    }

    int variableCount = 0;
    int secretCount = 0;
    for (const ProjectTransfer::EnvLine& line : toWrite) {
        printWarning(StartupVariables::warning(line.name));
        if (line.kind == ItemKind::Secret) {
            ++secretCount;
        } else {
            ++variableCount;
            if (EnvFile::looksLikeSecret(line.name)) {
                printWarning(
                    tr("%1 looks like a secret but was imported as a variable, whose value anyone who "
                       "opens the vault can read. To make it a secret, import it again with --as-secrets or "
                       "run: %2; then remove the variable: %3")
                        .arg(line.name,
                            suggestedCommand(
                                {QStringLiteral("secret"), QStringLiteral("set"), project.name, line.name}),
                            suggestedCommand({QStringLiteral("var"), QStringLiteral("rm"), project.name, line.name})));
            }
        }
    }
    printLine(tr("Imported %1 and %2 into project '%3'.")
                  .arg(variablesText(variableCount), secretsText(secretCount), project.name));
    if (unchanged > 0) {
        printLine(counted(unchanged, tr("%n variable already had the file's value.", nullptr, unchanged),
            tr("%n variables already had the file's value.", nullptr, unchanged)));
    }
    if (!conflicts.isEmpty() && !replace.value_or(false)) {
        QStringList names;
        for (const ProjectTransfer::EnvLine& line : conflicts) {
            names.append(line.name);
        }
        printLine(tr("Kept the project's value of: %1").arg(nameList(names)));
    }
    return ExitCode::Ok;
}

ExitCode CliApplication::exportEnv(const QStringList& arguments)
{
    const QString target = arguments.value(1);
    const bool toFile = !target.isEmpty() && target != QStringLiteral("-");
    if (toFile) {
        if (const ExitCode code = checkOutputFile(target); code != ExitCode::Ok) {
            return code;
        }
    }
    Project project;
    if (const ExitCode code = openProject(arguments.at(0), &project); code != ExitCode::Ok) {
        return code;
    }
    const Result<QByteArray> bytes = ProjectTransfer::exportEnv(*m_vault, project.id);
    if (!bytes) {
        return fail(bytes.error());
    }
    const Result<ProjectStore::ProjectCounts> counts = m_vault->projectCounts(project.id);
    if (!counts) {
        return fail(counts.error());
    }
    if (toFile) {
        if (const Result<void> written = writePrivateFile(target, bytes.value()); !written) {
            return fail(written.error());
        }
        printLine(tr("Wrote %1 of project '%2' to '%3'.")
                      .arg(variablesText(counts->variables), project.name, native(target)));
    } else if (CliOutput::isTerminal(stdout)) {
        // Shown to a person: the file's lines, with what would drive the terminal escaped.
        CliOutput::write(stdout, CliOutput::printableLines(QString::fromUtf8(bytes.value())));
    } else {
        std::fwrite(bytes->constData(), 1, static_cast<size_t>(bytes->size()), stdout);
    }
    if (counts->secrets > 0) {
        printNote(tr("%1 of project '%2' left out: a .env export holds variables only, never secret values.")
                      .arg(secretsText(counts->secrets), project.name));
    }
    return ExitCode::Ok;
}

// --- run ------------------------------------------------------------------------------------

ExitCode CliApplication::runCommand(const QStringList& arguments)
{
    const QStringList command = arguments.mid(1);
    QStringList allowedList = m_commandLine.values(CommandLine::kAllow);
    allowedList.removeDuplicates();
    for (const QString& name : allowedList) {
        if (const Result<void> valid = NameRules::validate(name); !valid) {
            return usageError(tr("--allow %1: %2").arg(printable(name), valid.message()));
        }
    }
    const QSet<QString> allowed(allowedList.cbegin(), allowedList.cend());
    Project project;
    if (const ExitCode code = openProject(arguments.at(0), &project); code != ExitCode::Ok) {
        return code;
    }
    const Result<QList<Variable>> variables = m_vault->variables(project.id);
    if (!variables) {
        return fail(variables.error());
    }
    const Result<QList<SecretSummary>> secrets = m_vault->secrets(project.id);
    if (!secrets) {
        return fail(secrets.error());
    }

    // A value under a name such as LD_PRELOAD or BASH_ENV decides what code the command (and every
    // program it starts) runs, and it may have come from the platform or an imported file: such
    // names are passed only when the admin names them with --allow.
    QStringList withheld;
    QSet<QString> defined;
    const auto passes = [&](const QString& name) {
        defined.insert(name);
        if (!StartupVariables::changesProgramStart(name) || allowed.contains(name)) {
            return true;
        }
        if (!withheld.contains(name)) {
            withheld.append(name);
        }
        return false;
    };

    // The master password's variable is withheld: the command is given the project's values, not the
    // key to every project. A project variable of that name is still passed.
    ChildEnvironment environment({QString::fromLatin1(kPasswordVariable)});
    QSet<QString> variableNames;
    for (const Variable& variable : variables.value()) {
        if (variable.damaged) {
            return fail(ExitCode::Damaged,
                tr("Variable record #%1 of project '%2' is damaged; the command was not started, since it would "
                   "miss a value. Restore the vault from a backup.")
                    .arg(variable.id)
                    .arg(project.name));
        }
        variableNames.insert(variable.name);
        if (!passes(variable.name)) {
            continue;
        }
        const QByteArray value = variable.value.toUtf8();
        if (const Result<void> set = environment.set(variable.name, QCA::SecureArray(value)); !set) {
            return fail(set.error());
        }
    }
    for (const SecretSummary& secret : secrets.value()) {
        if (secret.damaged) {
            return fail(ExitCode::Damaged,
                tr("Secret record #%1 of project '%2' is damaged; the command was not started, since it would "
                   "miss a value. Restore the vault from a backup.")
                    .arg(secret.id)
                    .arg(project.name));
        }
        if (!passes(secret.name)) {
            continue;
        }
        const Result<SecretValue> value = m_vault->secretValue(project.id, secret.name);
        if (!value) {
            return fail(value.error());
        }
        if (variableNames.contains(secret.name)) {
            printWarning(tr("%1 is both a secret and a variable of project '%2'; the command gets the secret.")
                             .arg(secret.name, project.name));
        }
        if (const Result<void> set = environment.set(secret.name, value->bytes()); !set) {
            return fail(set.error());
        }
    }
    for (const QString& name : std::as_const(withheld)) {
        printWarning(tr("%1 was not passed to the command: it is read %2. Give --allow %1 to pass it.")
                         .arg(name, StartupVariables::reason(name)));
    }
    for (const QString& name : allowedList) {
        if (!defined.contains(name)) {
            printWarning(
                tr("--allow %1: project '%2' has no variable or secret of that name.").arg(name, project.name));
        }
    }

    // Nothing of the vault outlives this process: the keys are wiped and the database closed before
    // the command replaces botvault-cli, so it cannot reach the vault through inherited state.
    m_vault->lock();
    std::fflush(stdout);
    std::fflush(stderr);
    const int error = environment.exec(command);
    if (error == ENOENT || error == ENOTDIR) {
        return fail(ExitCode::CommandNotFound,
            tr("The command '%1' was not found; check its name, or give its path.").arg(command.first()));
    }
    return fail(ExitCode::CommandNotExecutable,
        tr("The command '%1' could not be started: %2.")
            .arg(command.first(), QString::fromLocal8Bit(std::strerror(error))));
}

// --- check ----------------------------------------------------------------------------------

ExitCode CliApplication::checkNames(const QStringList& arguments)
{
    Project project;
    if (const ExitCode code = openProject(arguments.at(0), &project); code != ExitCode::Ok) {
        return code;
    }
    const QString bindCommand
        = suggestedCommand({QStringLiteral("project"), QStringLiteral("bind"), project.name, QStringLiteral("DIR")});
    if (project.sourceFolder.isEmpty()) {
        return fail(ExitCode::InvalidInput,
            tr("Project '%1' has no source folder bound, so there is no code to check: bind the bot's folder "
               "with: %2")
                .arg(project.name, bindCommand));
    }
    if (!QFileInfo(project.sourceFolder).isDir()) {
        return fail(ExitCode::NotFound,
            tr("The source folder '%1' of project '%2' does not exist any more: bind the bot's folder again "
               "with: %3")
                .arg(native(project.sourceFolder), project.name, bindCommand));
    }
    const Result<ExpectedNames> expected = ProjectTransfer::expectedNames(*m_vault, project.id);
    if (!expected) {
        return fail(expected.error());
    }
    const Result<NameUsage> usage = ProjectTransfer::nameUsage(*m_vault, project.id);
    if (!usage) {
        return fail(usage.error());
    }

    const auto missingEntries
        = [&](const QStringList& names, const QHash<QString, QStringList>& sources, const QStringList& declared) {
              QJsonArray array;
              for (const QString& name : names) {
                  array.append(QJsonObject {
                      {QStringLiteral("name"), name},
                      {QStringLiteral("foundIn"), jsonStrings(foundIn(name, sources, declared))},
                  });
              }
              return array;
          };
    const int missingSecrets = size(usage->missingSecrets);
    const int missingVariables = size(usage->missingVariables);

    if (json()) {
        printJson(QJsonObject {
            {QStringLiteral("project"), project.name},
            {QStringLiteral("sourceFolder"), project.sourceFolder},
            {QStringLiteral("missingSecrets"),
                missingEntries(usage->missingSecrets, expected->secretSources, project.declaredSecrets)},
            {QStringLiteral("missingVariables"),
                missingEntries(usage->missingVariables, expected->variableSources, {})},
            {QStringLiteral("unusedSecrets"), jsonStrings(usage->unusedSecrets)},
            {QStringLiteral("unusedVariables"), jsonStrings(usage->unusedVariables)},
            {QStringLiteral("computedSecretReads"), expected->computedSecretReads},
            {QStringLiteral("computedVariableReads"), expected->computedVariableReads},
            {QStringLiteral("warnings"), jsonStrings(expected->warnings)},
        });
    } else {
        printLine(tr("Project '%1', source folder '%2':").arg(project.name, native(project.sourceFolder)));
        const auto printMissing = [this](const QString& title, const QStringList& names,
                                      const QHash<QString, QStringList>& sources, const QStringList& declared) {
            if (names.isEmpty()) {
                return;
            }
            printLine(title);
            for (const QString& name : names) {
                printLine(tr("  %1  (%2)").arg(name, printable(nameList(foundIn(name, sources, declared)))));
            }
        };
        printMissing(tr("Secrets the bot reads that the project lacks:"), usage->missingSecrets,
            expected->secretSources, project.declaredSecrets);
        printMissing(tr("Variables the bot reads that the project lacks:"), usage->missingVariables,
            expected->variableSources, {});
        if (!usage->unusedSecrets.isEmpty()) {
            printLine(tr("Secrets the project defines that the bot never reads:"));
            printLine(QStringLiteral("  ") + nameList(usage->unusedSecrets));
        }
        if (!usage->unusedVariables.isEmpty()) {
            printLine(tr("Variables the project defines that the bot never reads:"));
            printLine(QStringLiteral("  ") + nameList(usage->unusedVariables));
        }
        if (!usage->anyMissing()) {
            printLine(tr("Every secret and variable the bot reads is defined."));
        }
        // A name computed at run time may be any of the "unused" ones.
        if (expected->computedSecretReads > 0 && !usage->unusedSecrets.isEmpty()) {
            printNote(tr("The bot reads some secrets by a computed name, so a secret listed as never read may still "
                         "be read."));
        }
        if (expected->computedVariableReads > 0 && !usage->unusedVariables.isEmpty()) {
            printNote(tr("The bot reads some variables by a computed name, so a variable listed as never read may "
                         "still be read."));
        }
        for (const QString& warning : expected->warnings) {
            printWarning(warning);
        }
    }

    if (!usage->anyMissing()) {
        return ExitCode::Ok;
    }
    return fail(ExitCode::MissingNames,
        tr("The bot reads %1 and %2 that project '%3' lacks: add them with 'botvault-cli secret set' and "
           "'botvault-cli var set'.")
            .arg(secretsText(missingSecrets), variablesText(missingVariables), project.name));
}
