#include "app/cli/RunCommands.h"

#include "app/cli/ChildEnvironment.h"
#include "app/cli/CliContext.h"
#include "app/cli/CliOutput.h"
#include "app/cli/CommandTable.h"
#include "app/cli/TransferTexts.h"
#include "models/NameRules.h"
#include "models/StartupVariables.h"
#include "storage/ProjectTransfer.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <cerrno>
#include <cstdio>
#include <cstring>

using CliOutput::printable;
using namespace TransferTexts;

namespace {

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

void RunCommands::registerCommands(CommandTable& table)
{
    using CL = CommandLine;
    table.add({{QStringLiteral("run")},
        {QStringLiteral("PROJECT"), QStringLiteral("--"), QStringLiteral("COMMAND"), QStringLiteral("[ARGS...]")},
        {CL::kAllow}, &RunCommands::runCommand,
        QT_TRANSLATE_NOOP("CliApplication",
            "Run COMMAND with the project's variables and secrets added to the environment. Names that "
            "change how programs start (LD_PRELOAD, BASH_ENV, NODE_OPTIONS, PATH …) are left out unless "
            "named with --allow NAME (repeatable). The vault is locked before the command starts; its "
            "signals and exit status are its own.")});
    table.add({{QStringLiteral("check")}, {QStringLiteral("PROJECT")}, {}, &RunCommands::checkNames,
        QT_TRANSLATE_NOOP("CliApplication",
            "Compare the names the bot's code expects with the project's secrets and variables: list "
            "the missing and the unused ones. Exit code 8 when any is missing.")});
}

// --- run ------------------------------------------------------------------------------------

// A value under a name such as LD_PRELOAD or BASH_ENV decides what code the command (and every
// program it starts) runs, and it may have come from the platform or an imported file: such
// names are passed only when the admin names them with --allow.
class RunCommands::StartupFilter
{
public:
    explicit StartupFilter(const QStringList& allowed) : m_allowed(allowed.cbegin(), allowed.cend()) { }

    bool passes(const QString& name)
    {
        m_defined.insert(name);
        if (!StartupVariables::changesProgramStart(name) || m_allowed.contains(name)) {
            return true;
        }
        if (!m_withheld.contains(name)) {
            m_withheld.append(name);
        }
        return false;
    }
    const QStringList& withheld() const { return m_withheld; }
    bool isDefined(const QString& name) const { return m_defined.contains(name); }

private:
    QSet<QString> m_allowed;
    QStringList m_withheld;
    QSet<QString> m_defined;
};

ExitCode RunCommands::runCommand(CliContext& cli, const QStringList& arguments)
{
    const QStringList command = arguments.mid(1);
    QStringList allowedList = cli.commandLine().values(CommandLine::kAllow);
    allowedList.removeDuplicates();
    for (const QString& name : allowedList) {
        if (const Result<void> valid = NameRules::validate(name); !valid) {
            return cli.usageError(tr("--allow %1: %2").arg(printable(name), valid.message()));
        }
    }
    Project project;
    if (const ExitCode code = cli.openProject(arguments.at(0), &project); code != ExitCode::Ok) {
        return code;
    }
    StartupFilter filter(allowedList);
    // The master password's variable is withheld: the command is given the project's values, not the
    // key to every project. A project variable of that name is still passed.
    ChildEnvironment environment({QString::fromLatin1(CliContext::kPasswordVariable)});
    if (const ExitCode code = fillEnvironment(cli, project, filter, environment); code != ExitCode::Ok) {
        return code;
    }
    for (const QString& name : filter.withheld()) {
        cli.printWarning(tr("%1 was not passed to the command: it is read %2. Give --allow %1 to pass it.")
                             .arg(name, StartupVariables::reason(name)));
    }
    for (const QString& name : allowedList) {
        if (!filter.isDefined(name)) {
            cli.printWarning(
                tr("--allow %1: project '%2' has no variable or secret of that name.").arg(name, project.name));
        }
    }

    // Nothing of the vault outlives this process: the keys are wiped and the database closed before
    // the command replaces botvault-cli, so it cannot reach the vault through inherited state.
    cli.vault().lock();
    std::fflush(cli.out());
    std::fflush(cli.err());
    const int error = environment.exec(command);
    if (error == ENOENT || error == ENOTDIR) {
        return cli.fail(ExitCode::CommandNotFound,
            tr("The command '%1' was not found; check its name, or give its path.").arg(command.first()));
    }
    return cli.fail(ExitCode::CommandNotExecutable,
        tr("The command '%1' could not be started: %2.")
            .arg(command.first(), QString::fromLocal8Bit(std::strerror(error))));
}

ExitCode RunCommands::fillEnvironment(
    CliContext& cli, const Project& project, StartupFilter& filter, ChildEnvironment& environment)
{
    const Result<QList<Variable>> variables = cli.vault().variables(project.id);
    if (!variables) {
        return cli.fail(variables.error());
    }
    const Result<QList<SecretSummary>> secrets = cli.vault().secrets(project.id);
    if (!secrets) {
        return cli.fail(secrets.error());
    }
    QSet<QString> variableNames;
    for (const Variable& variable : variables.value()) {
        if (variable.damaged) {
            return cli.fail(ExitCode::Damaged,
                tr("Variable record #%1 of project '%2' is damaged; the command was not started, since it would "
                   "miss a value. Restore the vault from a backup.")
                    .arg(variable.id)
                    .arg(project.name));
        }
        variableNames.insert(variable.name);
        if (!filter.passes(variable.name)) {
            continue;
        }
        const QByteArray value = variable.value.toUtf8();
        if (const Result<void> set = environment.set(variable.name, QCA::SecureArray(value)); !set) {
            return cli.fail(set.error());
        }
    }
    for (const SecretSummary& secret : secrets.value()) {
        if (secret.damaged) {
            return cli.fail(ExitCode::Damaged,
                tr("Secret record #%1 of project '%2' is damaged; the command was not started, since it would "
                   "miss a value. Restore the vault from a backup.")
                    .arg(secret.id)
                    .arg(project.name));
        }
        if (!filter.passes(secret.name)) {
            continue;
        }
        const Result<SecretValue> value = cli.vault().secretValue(project.id, secret.name);
        if (!value) {
            return cli.fail(value.error());
        }
        if (variableNames.contains(secret.name)) {
            cli.printWarning(tr("%1 is both a secret and a variable of project '%2'; the command gets the secret.")
                                 .arg(secret.name, project.name));
        }
        if (const Result<void> set = environment.set(secret.name, value->bytes()); !set) {
            return cli.fail(set.error());
        }
    }
    return ExitCode::Ok;
}

// --- check ----------------------------------------------------------------------------------

ExitCode RunCommands::checkNames(CliContext& cli, const QStringList& arguments)
{
    Project project;
    if (const ExitCode code = cli.openProject(arguments.at(0), &project); code != ExitCode::Ok) {
        return code;
    }
    const QString bindCommand = cli.suggestedCommand(
        {QStringLiteral("project"), QStringLiteral("bind"), project.name, QStringLiteral("DIR")});
    if (project.sourceFolder.isEmpty()) {
        return cli.fail(ExitCode::InvalidInput,
            tr("Project '%1' has no source folder bound, so there is no code to check: bind the bot's folder "
               "with: %2")
                .arg(project.name, bindCommand));
    }
    if (!QFileInfo(project.sourceFolder).isDir()) {
        return cli.fail(ExitCode::NotFound,
            tr("The source folder '%1' of project '%2' does not exist any more: bind the bot's folder again "
               "with: %3")
                .arg(native(project.sourceFolder), project.name, bindCommand));
    }
    const Result<ExpectedNames> expected = ProjectTransfer::expectedNames(cli.vault(), project.id);
    if (!expected) {
        return cli.fail(expected.error());
    }
    const Result<NameUsage> usage = ProjectTransfer::nameUsage(cli.vault(), project.id);
    if (!usage) {
        return cli.fail(usage.error());
    }
    if (cli.json()) {
        // The report is the JSON alone: its warnings are in it, and the exit code says whether a name is missing.
        printCheckJson(cli, project, expected.value(), usage.value());
        return usage->anyMissing() ? ExitCode::MissingNames : ExitCode::Ok;
    }
    printCheckText(cli, project, expected.value(), usage.value());
    if (!usage->anyMissing()) {
        return ExitCode::Ok;
    }
    return cli.fail(ExitCode::MissingNames,
        tr("The bot reads %1 and %2 that project '%3' lacks: add them with 'botvault-cli secret set' and "
           "'botvault-cli var set'.")
            .arg(secretsText(size(usage->missingSecrets)), variablesText(size(usage->missingVariables)), project.name));
}

void RunCommands::printCheckJson(
    CliContext& cli, const Project& project, const ExpectedNames& expected, const NameUsage& usage)
{
    const auto missingEntries
        = [](const QStringList& names, const QHash<QString, QStringList>& sources, const QStringList& declared) {
              QJsonArray array;
              for (const QString& name : names) {
                  array.append(QJsonObject {
                      {QStringLiteral("name"), name},
                      {QStringLiteral("foundIn"), jsonStrings(foundIn(name, sources, declared))},
                  });
              }
              return array;
          };
    cli.printJson(QJsonObject {
        {QStringLiteral("project"), project.name},
        {QStringLiteral("sourceFolder"), project.sourceFolder},
        {QStringLiteral("missingSecrets"),
            missingEntries(usage.missingSecrets, expected.secretSources, project.declaredSecrets)},
        {QStringLiteral("missingVariables"), missingEntries(usage.missingVariables, expected.variableSources, {})},
        {QStringLiteral("optionalSecrets"), missingEntries(usage.optionalSecrets, expected.secretSources, {})},
        {QStringLiteral("optionalVariables"), missingEntries(usage.optionalVariables, expected.variableSources, {})},
        {QStringLiteral("unusedSecrets"), jsonStrings(usage.unusedSecrets)},
        {QStringLiteral("unusedVariables"), jsonStrings(usage.unusedVariables)},
        {QStringLiteral("computedSecretReads"), expected.computedSecretReads},
        {QStringLiteral("computedVariableReads"), expected.computedVariableReads},
        {QStringLiteral("warnings"), jsonStrings(expected.warnings)},
    });
}

void RunCommands::printCheckText(
    CliContext& cli, const Project& project, const ExpectedNames& expected, const NameUsage& usage)
{
    cli.printLine(tr("Project '%1', source folder '%2':").arg(project.name, native(project.sourceFolder)));
    const auto printMissing = [&cli](const QString& title, const QStringList& names,
                                  const QHash<QString, QStringList>& sources, const QStringList& declared) {
        if (names.isEmpty()) {
            return;
        }
        cli.printLine(title);
        for (const QString& name : names) {
            cli.printLine(tr("  %1  (%2)").arg(name, printable(nameList(foundIn(name, sources, declared)))));
        }
    };
    printMissing(tr("Secrets the bot reads that the project lacks:"), usage.missingSecrets, expected.secretSources,
        project.declaredSecrets);
    printMissing(
        tr("Variables the bot reads that the project lacks:"), usage.missingVariables, expected.variableSources, {});
    printMissing(tr("Secrets the bot reads with a default that the project lacks (read with a default: the bot uses "
                    "its default):"),
        usage.optionalSecrets, expected.secretSources, {});
    printMissing(tr("Variables the bot reads with a default that the project lacks (read with a default: the bot "
                    "uses its default):"),
        usage.optionalVariables, expected.variableSources, {});
    if (!usage.unusedSecrets.isEmpty()) {
        cli.printLine(tr("Secrets the project defines that the bot never reads:"));
        cli.printLine(QStringLiteral("  ") + nameList(usage.unusedSecrets));
    }
    if (!usage.unusedVariables.isEmpty()) {
        cli.printLine(tr("Variables the project defines that the bot never reads:"));
        cli.printLine(QStringLiteral("  ") + nameList(usage.unusedVariables));
    }
    if (!usage.anyMissing() && usage.optionalSecrets.isEmpty() && usage.optionalVariables.isEmpty()) {
        cli.printLine(tr("Every secret and variable the bot reads is defined."));
    } else if (!usage.anyMissing()) {
        cli.printLine(tr("Every secret and variable the bot reads without a default is defined."));
    }
    // A name computed at run time may be any of the "unused" ones.
    if (expected.computedSecretReads > 0 && !usage.unusedSecrets.isEmpty()) {
        cli.printNote(tr("The bot reads some secrets by a computed name, so a secret listed as never read may still "
                         "be read."));
    }
    if (expected.computedVariableReads > 0 && !usage.unusedVariables.isEmpty()) {
        cli.printNote(tr("The bot reads some variables by a computed name, so a variable listed as never read may "
                         "still be read."));
    }
    for (const QString& warning : expected.warnings) {
        cli.printWarning(warning);
    }
}
