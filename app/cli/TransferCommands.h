#pragma once

#include "app/cli/ExitCode.h"

#include <QCoreApplication>
#include <QStringList>

class CliContext;
class CommandTable;

// The commands that move a whole project in and out of the vault as a ZIP archive: export and
// import. The rules about archives live in storage/ProjectTransfer; these functions parse the
// options, print the plan and the outcome, and map failures to exit codes.
class TransferCommands
{
    Q_DECLARE_TR_FUNCTIONS(TransferCommands)

public:
    static void registerCommands(CommandTable& table);

private:
    static ExitCode exportProject(CliContext& cli, const QStringList& arguments);
    static ExitCode importProject(CliContext& cli, const QStringList& arguments);
};
