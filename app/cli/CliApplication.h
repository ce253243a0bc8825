#pragma once

#include "app/cli/CliContext.h"
#include "app/cli/CommandTable.h"
#include "app/cli/ExitCode.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

// botvault-cli: one command per run against the vault, done synchronously. It finds the command
// of the line in the command table that the command groups fill (ProjectCommands, SecretCommands,
// …), checks the options and the number of arguments against the command's row, and runs its
// handler with the CliContext. Results go to `out`, failures to `err` (CliContext).
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    // `arguments` as QCoreApplication::arguments() gives them, the program name first.
    explicit CliApplication(QStringList arguments, FILE* out = stdout, FILE* err = stderr);

    ExitCode run();

    static QString usage();
    // Every command, in the order of the help.
    static const CommandTable& commands();

private:
    static ExitCode help(CliContext& cli, const QStringList& arguments);
    // `--help` after a command or a group (`var --help`, `var set --help`, `help var`): only its help.
    ExitCode helpFor(const QStringList& words);

    // The command the positional words name; reports an unknown one itself (nullptr).
    const CliCommand* findCommand(ExitCode* code);
    // The usage error for `words` that name no command, with the command it probably meant.
    void unknownCommand(const QStringList& words, ExitCode* code);
    // --roles, the options the command takes and the numbers of --kdf-*.
    ExitCode checkOptions(const CliCommand& command);
    // How many arguments the command takes, and the "--" that `run` needs.
    ExitCode checkArguments(const CliCommand& command, const QStringList& arguments);

    QStringList m_arguments;
    CliContext m_cli;
};
