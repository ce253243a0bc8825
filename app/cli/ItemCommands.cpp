#include "app/cli/ItemCommands.h"

#include <QCoreApplication>

namespace ItemCommands {

QString valueTooLargeMessage()
{
    return QCoreApplication::translate("CliApplication", "The value is larger than %1 KiB (%2 bytes).")
        .arg(Vault::kMaxValueBytes / 1024)
        .arg(Vault::kMaxValueBytes);
}

ExitCode rename(CliContext& cli, const QStringList& arguments, ItemKind kind, const QString& renamedText)
{
    Project project;
    if (const ExitCode code = cli.openProject(arguments.at(0), &project); code != ExitCode::Ok) {
        return code;
    }
    const Result<Vault::WriteOutcome> outcome = kind == ItemKind::Secret
        ? cli.vault().renameSecret(project.id, arguments.at(1), arguments.at(2))
        : cli.vault().renameVariable(project.id, arguments.at(1), arguments.at(2));
    if (!outcome) {
        return cli.failItem(outcome.error(), project.id, kind, arguments.at(1));
    }
    cli.printWarning(outcome->warning);
    cli.printNameWarnings(arguments.at(2));
    cli.printLine(renamedText.arg(arguments.at(1), arguments.at(2), project.name));
    return ExitCode::Ok;
}

ExitCode remove(CliContext& cli, const QStringList& arguments, ItemKind kind, const QString& removedText)
{
    Project project;
    if (const ExitCode code = cli.openProject(arguments.at(0), &project); code != ExitCode::Ok) {
        return code;
    }
    const Result<void> removed = kind == ItemKind::Secret ? cli.vault().removeSecret(project.id, arguments.at(1))
                                                          : cli.vault().removeVariable(project.id, arguments.at(1));
    if (!removed) {
        return cli.failItem(removed.error(), project.id, kind, arguments.at(1));
    }
    cli.printLine(removedText.arg(arguments.at(1), project.name));
    return ExitCode::Ok;
}

void reportWrite(CliContext& cli, const Vault::WriteOutcome& outcome, const QString& name, const QString& doneText)
{
    cli.printWarning(outcome.warning);
    cli.printNameWarnings(name);
    cli.printLine(doneText);
}

} // namespace ItemCommands
