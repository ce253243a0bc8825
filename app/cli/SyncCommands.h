#pragma once

#include "app/cli/ExitCode.h"

#include <QCoreApplication>
#include <QStringList>

class CliContext;
class CommandTable;

// The commands that synchronise a project with its platform project: publish and pull. Every
// rule about plans, batches, retries and conflicts lives in sync/SyncEngine; these functions parse
// the options, run one engine operation at a time, print the plan and the outcome, and map failures
// to exit codes. Plans carry secret names only.
class SyncCommands
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommands)

public:
    static void registerCommands(CommandTable& table);

private:
    static ExitCode publish(CliContext& cli, const QStringList& arguments);
    static ExitCode pull(CliContext& cli, const QStringList& arguments);
    // Publish and pull share everything but the last step.
    static ExitCode synchronize(CliContext& cli, const QString& projectName, bool publishing);
};
