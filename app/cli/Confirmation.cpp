#include "app/cli/Confirmation.h"

#include "app/cli/CliContext.h"
#include "app/cli/Terminal.h"

ExitCode Confirmation::ask(CliContext& cli, const QString& question)
{
    if (cli.commandLine().isSet(CommandLine::kYes)) {
        return ExitCode::Ok;
    }
    if (!Terminal::isAvailable()) {
        return cli.usageError(tr("%1 There is no terminal to ask on: add --yes to go ahead.").arg(question));
    }
    const Result<QString> answer = Terminal::readLine(question + u' ' + tr("[y/N] "));
    if (!answer) {
        return cli.fail(answer.error());
    }
    const QString given = answer->toLower();
    if (given == tr("y") || given == tr("yes") || given == QStringLiteral("y") || given == QStringLiteral("yes")) {
        return ExitCode::Ok;
    }
    return cli.fail(ExitCode::Failure, tr("Nothing was changed."));
}
