#pragma once

#include "app/cli/ExitCode.h"
#include "storage/ProjectTransfer.h"

#include <QCoreApplication>
#include <QStringList>

class CliContext;
class CommandTable;
class ChildEnvironment;

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

    class StartupFilter;
    // The project's variables and secrets, as far as `filter` passes them, into `environment`.
    static ExitCode fillEnvironment(
        CliContext& cli, const Project& project, StartupFilter& filter, ChildEnvironment& environment);
    static void printCheckJson(
        CliContext& cli, const Project& project, const ExpectedNames& expected, const NameUsage& usage);
    static void printCheckText(
        CliContext& cli, const Project& project, const ExpectedNames& expected, const NameUsage& usage);
};
