#include "app/cli/EnvCommands.h"

#include "app/cli/AuditCommands.h"
#include "app/cli/CliContext.h"
#include "app/cli/CliOutput.h"
#include "app/cli/CommandTable.h"
#include "app/cli/TransferTexts.h"
#include "storage/ProjectTransfer.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QSet>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sys/stat.h>

using namespace TransferTexts;

namespace {

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

} // namespace

void EnvCommands::registerCommands(CommandTable& table)
{
    using CL = CommandLine;
    table.add({{QStringLiteral("env"), QStringLiteral("import")}, {QStringLiteral("PROJECT"), QStringLiteral("FILE")},
        {CL::kAsSecrets, CL::kReplace, CL::kKeep}, &EnvCommands::importEnv,
        QT_TRANSLATE_NOOP("CliApplication",
            "Import the NAME=value lines of a .env FILE ('-' for standard input) as variables, or as "
            "secrets with --as-secrets. A file with any bad line imports nothing. Names that exist with "
            "another value need --replace or --keep.")});
    table.add({{QStringLiteral("env"), QStringLiteral("export")}, {QStringLiteral("PROJECT"), QStringLiteral("[FILE]")},
        {CL::kForce}, &EnvCommands::exportEnv,
        QT_TRANSLATE_NOOP("CliApplication",
            "Write the project's variables, never its secrets, as a .env file to standard output or to "
            "FILE (created with mode 0600; an existing one is replaced only with --force).")});
}

// --- .env files -----------------------------------------------------------------------------

ExitCode EnvCommands::importEnv(CliContext& cli, const QStringList& arguments)
{
    const QString source = arguments.at(1);
    const QString sourceName = source == QStringLiteral("-") ? tr("standard input") : native(source);
    std::optional<bool> replace;
    if (const ExitCode code = cli.conflictChoice(&replace); code != ExitCode::Ok) {
        return code;
    }
    const bool asSecrets = cli.commandLine().isSet(CommandLine::kAsSecrets);
    QByteArray text;
    if (const ExitCode code = readEnvFile(cli, source, sourceName, &text); code != ExitCode::Ok) {
        return code;
    }
    Project project;
    if (const ExitCode code = cli.openProject(arguments.at(0), &project); code != ExitCode::Ok) {
        return code;
    }
    const Result<ProjectTransfer::EnvImportPlan> plan
        = ProjectTransfer::planEnvImport(cli.vault(), project.id, text, asSecrets);
    if (!plan) {
        return cli.fail(plan.error());
    }
    EnvLines lines;
    if (const ExitCode code = sortEnvLines(cli, project, plan.value(), asSecrets, &lines); code != ExitCode::Ok) {
        return code;
    }
    if (!lines.kindConflicts.isEmpty()) {
        return refuseKindConflicts(cli, project, lines.kindConflicts, sourceName);
    }
    if (!lines.conflicts.isEmpty() && !replace) {
        // Names only: the values in the file may be secrets whatever their names say.
        cli.printLine(tr("These names already exist in project '%1':").arg(project.name));
        for (const ProjectTransfer::EnvLine& line : lines.conflicts) {
            cli.printLine(line.kind == ItemKind::Secret
                    ? tr("  %1 (secret, line %2)").arg(line.name).arg(line.line)
                    : tr("  %1 (variable with another value, line %2)").arg(line.name).arg(line.line));
        }
        return cli.fail(ExitCode::InvalidInput,
            tr("Project '%1' already has %2 from %3: choose --replace to take the file's values or --keep to keep "
               "the project's. Nothing was imported.")
                .arg(project.name, namesText(static_cast<int>(lines.conflicts.size())), sourceName));
    }
    return writeEnvLines(cli, project, lines, replace.value_or(false));
}

ExitCode EnvCommands::readEnvFile(CliContext& cli, const QString& source, const QString& sourceName, QByteArray* text)
{
    const Result<QByteArray> read = readEnvText(source);
    if (!read) {
        return cli.fail(read.error());
    }
    // Parsed once before the vault is opened, so a broken file costs no password. Every bad line is
    // listed; importing the good ones alone would leave the project half-configured.
    const EnvParseResult parsed = EnvFile::parse(read.value());
    if (!parsed.errors.isEmpty()) {
        std::fflush(cli.out());
        for (const EnvLineError& error : parsed.errors) {
            CliOutput::write(
                cli.err(), QStringLiteral("botvault-cli: %1: %2\n").arg(sourceName, error.message.simplified()));
        }
        const auto bad = static_cast<int>(parsed.errors.size());
        return cli.fail(ExitCode::InvalidInput,
            counted(bad, tr("%1 has %n problem; nothing was imported. Fix it and run the command again.", nullptr, bad),
                tr("%1 has %n problems; nothing was imported. Fix them and run the command again.", nullptr, bad))
                .arg(sourceName));
    }
    *text = read.value();
    return ExitCode::Ok;
}

// The plan suggests a secret for names such as API_KEY; without --as-secrets the CLI imports every
// line as a variable (a script gets what it asked for) and warns about those names instead, so the
// existence checks are redone for the kind actually written.
ExitCode EnvCommands::sortEnvLines(CliContext& cli, const Project& project, const ProjectTransfer::EnvImportPlan& plan,
    bool asSecrets, EnvLines* lines)
{
    const Result<QList<Variable>> variables = cli.vault().variables(project.id);
    if (!variables) {
        return cli.fail(variables.error());
    }
    const Result<QList<SecretSummary>> secrets = cli.vault().secrets(project.id);
    if (!secrets) {
        return cli.fail(secrets.error());
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
    for (ProjectTransfer::EnvLine line : plan.lines) {
        line.kind = asSecrets ? ItemKind::Secret : ItemKind::Variable;
        const bool otherKindExists = line.kind == ItemKind::Variable
            ? currentSecrets.contains(line.name)
            : currentValues.contains(line.name) && !currentSecrets.contains(line.name);
        if (otherKindExists) {
            lines->kindConflicts.append(line);
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
            lines->added.append(line);
        } else if (line.sameValue) {
            ++lines->unchanged;
        } else {
            lines->conflicts.append(line);
        }
    }
    return ExitCode::Ok;
}

ExitCode EnvCommands::refuseKindConflicts(CliContext& cli, const Project& project,
    const QList<ProjectTransfer::EnvLine>& kindConflicts, const QString& sourceName)
{
    // Names only: the values in the file may be secrets whatever their names say.
    cli.printLine(tr("These names are already stored as the other kind in project '%1':").arg(project.name));
    for (const ProjectTransfer::EnvLine& line : kindConflicts) {
        cli.printLine(line.kind == ItemKind::Variable
                ? tr("  %1 (secret, line %2): importing it as a variable would show the value to anyone who "
                     "opens the vault; import the line with --as-secrets to change the secret")
                      .arg(line.name)
                      .arg(line.line)
                : tr("  %1 (variable, line %2): --as-secrets would add a secret beside it; remove the variable "
                     "first with: %3")
                      .arg(line.name)
                      .arg(line.line)
                      .arg(cli.suggestedCommand(
                          {QStringLiteral("var"), QStringLiteral("rm"), project.name, line.name})));
    }
    return cli.fail(ExitCode::InvalidInput,
        tr("%1 from %2 would be stored as another kind than project '%3' holds them; --replace and --keep do not "
           "change that. Nothing was imported.")
            .arg(namesText(static_cast<int>(kindConflicts.size())), sourceName, project.name));
}

ExitCode EnvCommands::writeEnvLines(CliContext& cli, const Project& project, const EnvLines& lines, bool replace)
{
    QList<ProjectTransfer::EnvLine> toWrite = lines.added;
    if (replace) {
        toWrite += lines.conflicts;
    }
    const ProjectTransfer::EnvConflictPolicy policy
        = replace ? ProjectTransfer::EnvConflictPolicy::Replace : ProjectTransfer::EnvConflictPolicy::Keep;
    const Result<int> written = ProjectTransfer::applyEnvImport(cli.vault(), project.id, toWrite, policy);
    if (!written) {
        return cli.fail(written.error());
    }

    int variableCount = 0;
    int secretCount = 0;
    for (const ProjectTransfer::EnvLine& line : toWrite) {
        cli.printNameWarnings(line.name);
        if (line.kind == ItemKind::Secret) {
            ++secretCount;
        } else {
            ++variableCount;
            if (EnvFile::looksLikeSecret(line.name)) {
                cli.printWarning(tr("%1 looks like a secret but was imported as a variable, whose value anyone who "
                                    "opens the vault can read. To make it a secret, import it again with --as-secrets "
                                    "or run: %2; then remove the variable: %3")
                                     .arg(line.name,
                                         cli.suggestedCommand({QStringLiteral("secret"), QStringLiteral("set"),
                                             project.name, line.name}),
                                         cli.suggestedCommand(
                                             {QStringLiteral("var"), QStringLiteral("rm"), project.name, line.name})));
            }
        }
    }
    cli.printLine(tr("Imported %1 and %2 into project '%3'.")
                      .arg(variablesText(variableCount), secretsText(secretCount), project.name));
    if (lines.unchanged > 0) {
        cli.printLine(
            counted(lines.unchanged, tr("%n variable already had the file's value.", nullptr, lines.unchanged),
                tr("%n variables already had the file's value.", nullptr, lines.unchanged)));
    }
    if (!lines.conflicts.isEmpty() && !replace) {
        QStringList names;
        for (const ProjectTransfer::EnvLine& line : lines.conflicts) {
            names.append(line.name);
        }
        cli.printLine(tr("Kept the project's value of: %1").arg(nameList(names)));
    }
    return ExitCode::Ok;
}

ExitCode EnvCommands::exportEnv(CliContext& cli, const QStringList& arguments)
{
    const QString target = arguments.value(1);
    const bool toFile = !target.isEmpty() && target != QStringLiteral("-");
    if (toFile) {
        if (const ExitCode code = cli.checkOutputFile(target); code != ExitCode::Ok) {
            return code;
        }
    }
    Project project;
    if (const ExitCode code = cli.openProject(arguments.at(0), &project); code != ExitCode::Ok) {
        return code;
    }
    const Result<QByteArray> bytes = ProjectTransfer::exportEnv(cli.vault(), project.id);
    if (!bytes) {
        return cli.fail(bytes.error());
    }
    AuditCommands::record(cli, project.id, AuditAction::Exported, QStringLiteral("env"));
    const Result<ProjectStore::ProjectCounts> counts = cli.vault().projectCounts(project.id);
    if (!counts) {
        return cli.fail(counts.error());
    }
    if (toFile) {
        if (const Result<void> written = writePrivateFile(target, bytes.value()); !written) {
            return cli.fail(written.error());
        }
        cli.printLine(tr("Wrote %1 of project '%2' to '%3'.")
                          .arg(variablesText(counts->variables), project.name, native(target)));
    } else if (CliOutput::isTerminal(cli.out())) {
        // Shown to a person: the file's lines, with what would drive the terminal escaped.
        CliOutput::write(cli.out(), CliOutput::printableLines(QString::fromUtf8(bytes.value())));
    } else {
        std::fwrite(bytes->constData(), 1, static_cast<size_t>(bytes->size()), cli.out());
    }
    if (counts->secrets > 0) {
        cli.printNote(tr("%1 of project '%2' left out: a .env export holds variables only, never secret values.")
                          .arg(secretsText(counts->secrets), project.name));
    }
    return ExitCode::Ok;
}
