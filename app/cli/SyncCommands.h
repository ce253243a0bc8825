#pragma once

#include "app/cli/ExitCode.h"
#include "app/cli/SyncOperationRun.h"
#include "storage/Vault.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

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
    // `publish PROJECT` without options, for a command that publishes as its last step.
    static ExitCode publishProject(CliContext& cli, const QString& projectName);

private:
    static ExitCode publish(CliContext& cli, const QStringList& arguments);
    static ExitCode pull(CliContext& cli, const QStringList& arguments);
    // Publish and pull share everything but the last step.
    static ExitCode synchronize(CliContext& cli, const QString& projectName, bool publishing);

    // One publish or pull: its project and the JSON object that every end of a --json run prints.
    struct SyncState
    {
        Project project;
        bool publishing = false;
        QJsonObject report;
    };
    using Outcome = SyncOperationRun::Outcome;
    static void finishJson(CliContext& cli, SyncState& state, const char* end);
    static void printConflicts(CliContext& cli, const QList<SyncPlanItem>& conflicts);
    static ExitCode failJson(CliContext& cli, SyncState& state, const Outcome& outcome, bool outboxKept);
    // --keep-local, --take-remote and --delete-remote-only applied to the plan; the batches a publish resends.
    static ExitCode choosePlan(CliContext& cli, const SyncState& state, SyncPlan* plan, qsizetype* storedBatches);
    static void reportPlan(
        CliContext& cli, SyncState& state, const SyncReport& prepared, const SyncPlan& plan, qsizetype storedBatches);
    static void printPlanGroups(CliContext& cli, const SyncPlan& plan, bool publishing);
    // The end of a dry run, of a plan with undecided conflicts or with nothing to do; nullopt to go on.
    static std::optional<ExitCode> stopBeforeSending(
        CliContext& cli, SyncState& state, const SyncPlan& plan, qsizetype storedBatches);
    static ExitCode reportResult(CliContext& cli, SyncState& state, const SyncReport& result);
};
