#pragma once

#include "app/cli/ExitCode.h"

#include <QCoreApplication>
#include <QStringList>

class CliContext;
class CommandTable;

// The commands that use a project's names and values with the bot's code: run (a command with
// the values in its environment) and check (the names the code expects).
class RunCommands
{
    Q_DECLARE_TR_FUNCTIONS(RunCommands)

public:
    static void registerCommands(CommandTable& table);

private:
    static ExitCode runCommand(CliContext& cli, const QStringList& arguments);
    static ExitCode checkNames(CliContext& cli, const QStringList& arguments);
};
