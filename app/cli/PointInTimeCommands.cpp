#include "app/cli/PointInTimeCommands.h"

#include "app/cli/CliContext.h"
#include "app/cli/CliOutput.h"
#include "app/cli/CliTime.h"
#include "app/cli/CommandTable.h"
#include "app/cli/Confirmation.h"

#include <QJsonArray>

using CliOutput::isoUtc;
using CliOutput::jsonTime;
using CliOutput::printable;

namespace {

QString kindWord(ItemKind kind)
{
    return kind == ItemKind::Secret ? QStringLiteral("secret") : QStringLiteral("variable");
}

} // namespace

void PointInTimeCommands::registerCommands(CommandTable& table)
{
    table.add({{QStringLiteral("project"), QStringLiteral("show")}, {QStringLiteral("PROJECT")}, {CommandLine::kAt},
        &PointInTimeCommands::show,
        QT_TRANSLATE_NOOP("CliApplication",
            "Show the project as it was at TIME: its secrets' names (never a value) and its variables' names, "
            "values and export flags.")});
    table.add({{QStringLiteral("project"), QStringLiteral("restore")}, {QStringLiteral("PROJECT")},
        {CommandLine::kAt, CommandLine::kYes}, &PointInTimeCommands::restore,
        QT_TRANSLATE_NOOP("CliApplication",
            "Make the project what it was at TIME, in one step: lists the items it would add back, change and "
            "remove, asks, then changes them as ordinary changes (each keeps a version).")});
}

ExitCode PointInTimeCommands::readSnapshot(
    CliContext& cli, const QString& projectName, Project* project, ProjectSnapshot* snapshot)
{
    const QString text = cli.commandLine().value(CommandLine::kAt);
    if (!cli.commandLine().isSet(CommandLine::kAt)) {
        return cli.usageError(tr("Name the moment with --at TIME (2026-12-01 or 2026-12-01T10:00:00Z)."));
    }
    const std::optional<QDateTime> at = CliTime::parse(text, CliTime::DateMeans::StartOfDay);
    if (!at) {
        return cli.fail(ExitCode::InvalidInput,
            tr("--%1 takes a date or a time in ISO 8601 form (2026-12-01 or 2026-12-01T10:00:00Z): '%2' is neither.")
                .arg(CommandLine::kAt, printable(text)));
    }
    if (const ExitCode code = cli.openProject(projectName, project); code != ExitCode::Ok) {
        return code;
    }
    auto read = cli.vault().projectAt(project->id, *at);
    if (!read) {
        return cli.fail(read.error());
    }
    *snapshot = std::move(read).value();
    return ExitCode::Ok;
}

ExitCode PointInTimeCommands::show(CliContext& cli, const QStringList& arguments)
{
    Project project;
    ProjectSnapshot snapshot;
    if (const ExitCode code = readSnapshot(cli, arguments.at(0), &project, &snapshot); code != ExitCode::Ok) {
        return code;
    }
    QJsonArray items;
    QList<QStringList> rows;
    for (const ProjectSnapshot::Item& item : std::as_const(snapshot.items)) {
        const bool secret = item.kind == ItemKind::Secret;
        QJsonObject json {
            {QStringLiteral("kind"), kindWord(item.kind)},
            {QStringLiteral("name"), item.name},
            {QStringLiteral("updated"), jsonTime(item.updated)},
            {QStringLiteral("updatedBy"), item.updatedBy},
        };
        if (!secret) {
            json.insert(QStringLiteral("value"), item.value);
            json.insert(QStringLiteral("includeInExport"), item.includeInExport);
        }
        items.append(json);
        rows.append({kindWord(item.kind), printable(item.name), secret ? tr("(never shown)") : printable(item.value),
            secret ? QStringLiteral("-") : (item.includeInExport ? tr("yes") : tr("no")), isoUtc(item.updated),
            item.updatedBy.isEmpty() ? QStringLiteral("-") : printable(item.updatedBy)});
    }
    if (cli.json()) {
        cli.printJson(QJsonObject {{QStringLiteral("project"), project.name},
            {QStringLiteral("at"), jsonTime(snapshot.at)}, {QStringLiteral("items"), items}});
        return ExitCode::Ok;
    }
    if (rows.isEmpty()) {
        cli.printLine(tr("Project %1 had no secrets and no variables at %2.").arg(project.name, isoUtc(snapshot.at)));
        return ExitCode::Ok;
    }
    cli.printTable({tr("KIND"), tr("NAME"), tr("VALUE"), tr("EXPORT"), tr("UPDATED"), tr("UPDATED BY")}, rows);
    return ExitCode::Ok;
}

ExitCode PointInTimeCommands::readPlan(
    CliContext& cli, const Project& project, const ProjectSnapshot& snapshot, PointInTimePlan* plan)
{
    auto read = cli.vault().planProjectRestore(project.id, snapshot.at);
    if (!read) {
        return cli.fail(read.error());
    }
    *plan = std::move(read).value();
    return ExitCode::Ok;
}

void PointInTimeCommands::printPlan(CliContext& cli, const PointInTimePlan& plan)
{
    QList<QStringList> rows;
    const auto addRows = [&rows](const QString& change, const QList<ProjectSnapshot::Item>& items) {
        for (const ProjectSnapshot::Item& item : items) {
            rows.append({change, kindWord(item.kind), printable(item.name)});
        }
    };
    addRows(tr("add back"), plan.added);
    addRows(tr("change"), plan.changed);
    addRows(tr("remove"), plan.removed);
    cli.printTable({tr("CHANGE"), tr("KIND"), tr("NAME")}, rows);
}

ExitCode PointInTimeCommands::restore(CliContext& cli, const QStringList& arguments)
{
    Project project;
    ProjectSnapshot snapshot;
    if (const ExitCode code = readSnapshot(cli, arguments.at(0), &project, &snapshot); code != ExitCode::Ok) {
        return code;
    }
    PointInTimePlan plan;
    if (const ExitCode code = readPlan(cli, project, snapshot, &plan); code != ExitCode::Ok) {
        return code;
    }
    const QString at = isoUtc(snapshot.at);
    if (plan.added.isEmpty() && plan.changed.isEmpty() && plan.removed.isEmpty()) {
        if (cli.json()) {
            cli.printJson(QJsonObject {{QStringLiteral("project"), project.name}, {QStringLiteral("at"), at},
                {QStringLiteral("added"), 0}, {QStringLiteral("changed"), 0}, {QStringLiteral("removed"), 0}});
        } else {
            cli.printLine(tr("Project %1 is as it was at %2: nothing to change.").arg(project.name, at));
        }
        return ExitCode::Ok;
    }
    if (!cli.json()) {
        printPlan(cli, plan);
    }
    const QString question = tr("Restore project %1 to %2? This adds back %3, changes %4 and removes %5 item(s).")
                                 .arg(project.name, at)
                                 .arg(plan.added.size())
                                 .arg(plan.changed.size())
                                 .arg(plan.removed.size());
    if (const ExitCode code = Confirmation::ask(cli, question); code != ExitCode::Ok) {
        return code;
    }
    const auto outcome = cli.vault().restoreProjectTo(project.id, snapshot.at);
    if (!outcome) {
        return cli.fail(outcome.error());
    }
    if (cli.json()) {
        cli.printJson(QJsonObject {{QStringLiteral("project"), project.name}, {QStringLiteral("at"), at},
            {QStringLiteral("added"), outcome->added}, {QStringLiteral("changed"), outcome->changed},
            {QStringLiteral("removed"), outcome->removed}});
    } else {
        cli.printLine(tr("Restored project %1 to %2: %3 added back, %4 changed, %5 removed.")
                          .arg(project.name, at)
                          .arg(outcome->added)
                          .arg(outcome->changed)
                          .arg(outcome->removed));
    }
    return ExitCode::Ok;
}
