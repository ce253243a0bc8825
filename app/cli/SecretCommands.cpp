#include "app/cli/SecretCommands.h"

#include "app/cli/CliContext.h"
#include "app/cli/CliOutput.h"
#include "app/cli/CommandTable.h"
#include "app/cli/ItemCommands.h"
#include "app/cli/SecretInput.h"
#include "app/cli/Terminal.h"
#include "models/NameRules.h"

using CliOutput::isoUtc;
using CliOutput::jsonTime;

void SecretCommands::registerCommands(CommandTable& table)
{
    table.add({{QStringLiteral("secret"), QStringLiteral("set")}, {QStringLiteral("PROJECT"), QStringLiteral("NAME")},
        {}, &SecretCommands::setSecret,
        QT_TRANSLATE_NOOP("CliApplication",
            "Add a secret or replace its value. The value comes from standard input (one trailing line "
            "ending removed) or, at a terminal, is typed without echo; never from the command line."),
        QT_TRANSLATE_NOOP("CliApplication",
            "'secret set' takes no value on the command line, where other users and the "
            "shell history could see it: pipe it on standard input or type it at the prompt.")});
    table.add({{QStringLiteral("secret"), QStringLiteral("list")}, {QStringLiteral("PROJECT")}, {},
        &SecretCommands::listSecrets,
        QT_TRANSLATE_NOOP("CliApplication", "List the secrets: name, updated, updated by. Values are never shown.")});
    table.add({{QStringLiteral("secret"), QStringLiteral("rename")},
        {QStringLiteral("PROJECT"), QStringLiteral("OLD"), QStringLiteral("NEW")}, {}, &SecretCommands::renameSecret,
        QT_TRANSLATE_NOOP("CliApplication", "Rename a secret.")});
    table.add({{QStringLiteral("secret"), QStringLiteral("rm")}, {QStringLiteral("PROJECT"), QStringLiteral("NAME")},
        {}, &SecretCommands::removeSecret, QT_TRANSLATE_NOOP("CliApplication", "Remove a secret.")});
}

ExitCode SecretCommands::setSecret(CliContext& cli, const QStringList& arguments)
{
    const QString& name = arguments.at(1);
    // The name is checked before the value is asked for, so nobody types a secret in vain.
    if (const Result<void> valid = NameRules::validate(name); !valid) {
        return cli.fail(valid.error());
    }
    Project project;
    if (const ExitCode code = cli.openProject(arguments.at(0), &project); code != ExitCode::Ok) {
        return code;
    }
    QCA::SecureArray value;
    if (const ExitCode code = readSecretValue(cli, name, &value); code != ExitCode::Ok) {
        return code;
    }
    const Result<Vault::WriteOutcome> outcome = cli.vault().setSecret(project.id, name, SecretValue(value));
    value.clear();
    if (!outcome) {
        return cli.fail(outcome.error());
    }
    ItemCommands::reportWrite(cli, outcome.value(), name,
        outcome->created ? tr("Added secret %1 to project %2.").arg(name, project.name)
                         : tr("Replaced the value of secret %1 in project %2.").arg(name, project.name));
    return ExitCode::Ok;
}

ExitCode SecretCommands::listSecrets(CliContext& cli, const QStringList& arguments)
{
    Project project;
    if (const ExitCode code = cli.openProject(arguments.at(0), &project); code != ExitCode::Ok) {
        return code;
    }
    return ItemCommands::list(
        cli, cli.vault().secrets(project.id), {tr("NAME"), tr("UPDATED"), tr("UPDATED BY")},
        [](JsonArrayWriter& json, const SecretSummary& secret) {
            json.addInteger("id", secret.id);
            json.addString("name", secret.name);
            json.addTime("updated", secret.updated);
            json.addString("updatedBy", secret.updatedBy);
        },
        // printTable() escapes every cell for the terminal.
        [](const SecretSummary& secret) {
            return QStringList {secret.name, isoUtc(secret.updated), secret.updatedBy};
        });
}

ExitCode SecretCommands::renameSecret(CliContext& cli, const QStringList& arguments)
{
    return ItemCommands::rename(cli, arguments, ItemKind::Secret, tr("Renamed secret %1 to %2 in project %3."));
}

ExitCode SecretCommands::removeSecret(CliContext& cli, const QStringList& arguments)
{
    return ItemCommands::remove(cli, arguments, ItemKind::Secret, tr("Removed secret %1 from project %2."));
}

ExitCode SecretCommands::readSecretValue(CliContext& cli, const QString& name, QCA::SecureArray* value)
{
    if (Terminal::stdinIsTerminal()) {
        Result<QCA::SecureArray> typed
            = Terminal::readHidden(tr("Value of secret %1 (not shown): ").arg(name), Vault::kMaxValueBytes);
        if (!typed) {
            return cli.fail(typed.error());
        }
        *value = typed.value();
    } else {
        // Room for the line ending that is stripped below.
        Result<QCA::SecureArray> piped = SecretInput::readStandardInput(Vault::kMaxValueBytes + 2);
        if (!piped) {
            return piped.code() == ErrorCode::InvalidInput
                ? cli.fail(ExitCode::InvalidInput, ItemCommands::valueTooLargeMessage())
                : cli.fail(piped.error());
        }
        *value = piped.value();
        SecretInput::stripOneLineEnding(*value);
        if (value->size() > Vault::kMaxValueBytes) {
            value->clear();
            return cli.fail(ExitCode::InvalidInput, ItemCommands::valueTooLargeMessage());
        }
    }
    if (value->isEmpty()) {
        return cli.fail(
            ExitCode::InvalidInput, tr("The value of secret %1 is empty; a secret needs a value.").arg(name));
    }
    return ExitCode::Ok;
}
