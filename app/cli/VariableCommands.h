#pragma once

#include "app/cli/ExitCode.h"

#include <QCoreApplication>
#include <QStringList>

class CliContext;
class CommandTable;

// The commands on a project's variables: var set, get, list, rename and rm.
class VariableCommands
{
    Q_DECLARE_TR_FUNCTIONS(VariableCommands)

public:
    static void registerCommands(CommandTable& table);

private:
    static ExitCode setVariable(CliContext& cli, const QStringList& arguments);
    static ExitCode getVariable(CliContext& cli, const QStringList& arguments);
    static ExitCode listVariables(CliContext& cli, const QStringList& arguments);
    static ExitCode renameVariable(CliContext& cli, const QStringList& arguments);
    static ExitCode removeVariable(CliContext& cli, const QStringList& arguments);
};
