#include "app/cli/ScanCommands.h"

#include "app/cli/CliContext.h"
#include "app/cli/CliOutput.h"
#include "app/cli/Terminal.h"
#include "app/cli/TransferTexts.h"
#include "models/NameRules.h"
#include "storage/ProjectTransfer.h"
#include "storage/SourceRewrite.h"

#include <QTextStream>

#include <cstdio>

using CliOutput::printable;
using TransferTexts::native;

ExitCode ScanCommands::confirmMove(CliContext& cli)
{
    if (cli.commandLine().isSet(CommandLine::kYes)) {
        return ExitCode::Ok;
    }
    if (!Terminal::stdinIsTerminal()) {
        return cli.fail(ExitCode::InvalidInput,
            tr("Nothing was changed: there is no terminal to confirm the change on. Give --yes to write it."));
    }
    CliOutput::write(cli.err(), tr("Store the value as a secret and write this change? [y/N] "));
    std::fflush(cli.err());
    QTextStream input(stdin);
    const QString answer = input.readLine().trimmed().toLower();
    if (answer != tr("y") && answer != tr("yes") && answer != QStringLiteral("y")) {
        return cli.fail(ExitCode::Failure, tr("Nothing was changed."));
    }
    return ExitCode::Ok;
}

ExitCode ScanCommands::move(CliContext& cli, const Project& project, const CredentialScan::Report& report)
{
    ExitCode code = ExitCode::Ok;
    const CredentialScan::FileFinding* found
        = findingOrFail(cli, report, cli.commandLine().value(CommandLine::kMove), &code);
    if (!found) {
        return code;
    }
    const bool named = cli.commandLine().isSet(CommandLine::kName);
    const QString name = named ? cli.commandLine().value(CommandLine::kName) : found->suggestedName;
    if (const Result<void> valid = NameRules::validate(name); !valid) {
        return cli.fail(ExitCode::InvalidInput, tr("--name: %1").arg(valid.message()));
    }
    const Result<QList<SecretSummary>> secrets = cli.vault().secrets(project.id);
    if (!secrets) {
        return cli.fail(secrets.error());
    }
    for (const SecretSummary& secret : secrets.value()) {
        if (secret.name == name) {
            return cli.fail(ExitCode::InvalidInput,
                tr("Project '%1' already has a secret named %2; nothing was changed. Choose another name with "
                   "--name.")
                    .arg(project.name, name));
        }
    }
    const Result<SourceRewrite::Plan> plan = SourceRewrite::plan(project.sourceFolder, *found, name);
    if (!plan) {
        // A place the rewrite cannot handle is bad input, not a failure of the machine.
        return plan.error().code == ErrorCode::Unsupported ? cli.fail(ExitCode::InvalidInput, plan.error().message)
                                                           : cli.fail(plan.error());
    }
    if (!named) {
        cli.printNote(tr("The secret's name %1 is suggested by the code; give --name to choose another.").arg(name));
    }
    CliOutput::write(cli.out(), CliOutput::printableLines(plan->diff));
    if (const ExitCode confirmed = confirmMove(cli); confirmed != ExitCode::Ok) {
        return confirmed;
    }
    const Result<ProjectStore::WriteOutcome> stored
        = cli.vault().setSecret(project.id, name, plan->value, ProjectStore::WriteMode::CreateOnly);
    if (!stored) {
        return cli.fail(stored.error());
    }
    const Result<QString> backup = SourceRewrite::apply(plan.value(), SourceRewrite::defaultBackupFolder());
    if (!backup) {
        // The code still holds the value: the secret would only be a second copy.
        (void)cli.vault().removeSecret(project.id, name);
        return cli.fail(backup.error());
    }
    cli.printLine(tr("Stored the value as secret %1 of project '%2' and rewrote %3. The file as it was is kept in "
                     "%4: it still holds the key, so delete it once the bot works, and rotate the key, which is "
                     "still in the folder's history.")
                      .arg(name, project.name, printable(found->location()), native(backup.value())));
    printCheckAfterMove(cli, project, name);
    return ExitCode::Ok;
}

void ScanCommands::printCheckAfterMove(CliContext& cli, const Project& project, const QString& name)
{
    const Result<ExpectedNames> expected = ProjectTransfer::expectedNames(cli.vault(), project.id);
    const Result<NameUsage> usage = ProjectTransfer::nameUsage(cli.vault(), project.id);
    if (!expected || !usage) {
        cli.printWarning(tr("The check of the names the bot reads failed: %1")
                             .arg(!expected ? expected.error().message : usage.error().message));
        return;
    }
    if (expected->secrets.contains(name)) {
        cli.printLine(tr("check: the code reads the secret %1, and project '%2' has it.").arg(name, project.name));
    }
    const int missing = static_cast<int>(usage->missingSecrets.size() + usage->missingVariables.size());
    if (missing == 0) {
        cli.printLine(tr("check: every name the bot reads is defined."));
    } else {
        cli.printWarning(tr("check: the bot reads %n name(s) the project lacks; run 'botvault-cli check' for the list.",
            nullptr, missing));
    }
}
