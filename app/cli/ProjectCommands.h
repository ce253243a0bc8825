#pragma once

#include "app/cli/ExitCode.h"

#include <QCoreApplication>
#include <QStringList>

class CliContext;
class CommandTable;

// The commands on projects: project add, list, rename, rm, bind and unbind.
class ProjectCommands
{
    Q_DECLARE_TR_FUNCTIONS(ProjectCommands)

public:
    static void registerCommands(CommandTable& table);

private:
    static ExitCode addProject(CliContext& cli, const QStringList& arguments);
    static ExitCode listProjects(CliContext& cli, const QStringList& arguments);
    static ExitCode renameProject(CliContext& cli, const QStringList& arguments);
    static ExitCode removeProject(CliContext& cli, const QStringList& arguments);
    static ExitCode bindProject(CliContext& cli, const QStringList& arguments);
    static ExitCode unbindProject(CliContext& cli, const QStringList& arguments);
};
