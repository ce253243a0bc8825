#pragma once

#include "app/cli/ExitCode.h"
#include "models/ItemHistory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

class CliContext;
class CommandTable;
struct Project;

// A project at a moment: project show --at (its names, its variables' values, which secrets
// existed) and project restore --at (shows what would change, asks, then changes it all in one
// transaction, as ordinary changes that reach the outbox).
class PointInTimeCommands
{
    Q_DECLARE_TR_FUNCTIONS(PointInTimeCommands)

public:
    static void registerCommands(CommandTable& table);

private:
    static ExitCode show(CliContext& cli, const QStringList& arguments);
    static ExitCode restore(CliContext& cli, const QStringList& arguments);

    // Opens the vault and the project and reads its snapshot at --at; reports every failure.
    static ExitCode readSnapshot(
        CliContext& cli, const QString& projectName, Project* project, ProjectSnapshot* snapshot);
    static ExitCode readPlan(
        CliContext& cli, const Project& project, const ProjectSnapshot& snapshot, PointInTimePlan* plan);
    static void printPlan(CliContext& cli, const PointInTimePlan& plan);
};
