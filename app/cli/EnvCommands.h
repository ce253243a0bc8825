#pragma once

#include "app/cli/ExitCode.h"

#include <QCoreApplication>
#include <QStringList>

class CliContext;
class CommandTable;

// The commands that move a project's values in and out of .env files: env import, env export.
class EnvCommands
{
    Q_DECLARE_TR_FUNCTIONS(EnvCommands)

public:
    static void registerCommands(CommandTable& table);

private:
    static ExitCode importEnv(CliContext& cli, const QStringList& arguments);
    static ExitCode exportEnv(CliContext& cli, const QStringList& arguments);
};
