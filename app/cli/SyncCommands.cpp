#include "app/cli/SyncCommands.h"

#include "app/cli/AuditCommands.h"
#include "app/cli/CliContext.h"
#include "app/cli/CliOutput.h"
#include "app/cli/CommandTable.h"
#include "app/cli/PlatformAccess.h"
#include "app/cli/SyncOperationRun.h"
#include "models/RotationPolicy.h"
#include "sync/PlatformClient.h"
#include "sync/SyncAuditDetail.h"
#include "sync/SyncEngine.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

using CliOutput::isoUtc;
using CliOutput::printable;
using SyncOperationRun::await;
using SyncOperationRun::number;
using SyncOperationRun::Outcome;

namespace {

// The vault's audit log records every publish and pull that ran, whatever came of it.
void recordInAuditLog(CliContext& cli, ProjectId project, bool publishing, const Outcome& done)
{
    if (!SyncAuditDetail::isRecorded(done.failure)) {
        return;
    }
    const SyncReport& report = done.result ? done.result.value() : done.report;
    AuditCommands::record(cli, project, publishing ? AuditAction::Published : AuditAction::Pulled,
        publishing ? SyncAuditDetail::publish(report, done.result.ok())
                   : SyncAuditDetail::pull(report, done.result.ok()));
}

// The CLI loads no translation, so an English plural is chosen here; a translation may still give
// each text its own plural forms.
QString changesText(int n)
{
    return n == 1 ? QCoreApplication::translate("CliApplication", "1 change")
                  : QCoreApplication::translate("CliApplication", "%1 changes").arg(number(n));
}

QString batchesText(int n)
{
    return n == 1 ? QCoreApplication::translate("CliApplication", "1 batch")
                  : QCoreApplication::translate("CliApplication", "%1 batches").arg(number(n));
}

QString itemsText(qsizetype n)
{
    return n == 1 ? QCoreApplication::translate("CliApplication", "1 item")
                  : QCoreApplication::translate("CliApplication", "%1 items").arg(number(n));
}

QString kindWord(ItemKind kind)
{
    return kind == ItemKind::Secret ? QCoreApplication::translate("CliApplication", "secret")
                                    : QCoreApplication::translate("CliApplication", "variable");
}

QString quoted(const QString& value)
{
    return u'"' + printable(value) + u'"';
}

QString actionKey(SyncPlanItem::Action action)
{
    using A = SyncPlanItem::Action;
    switch (action) {
    case A::Add:
        return QStringLiteral("add");
    case A::Change:
        return QStringLiteral("change");
    case A::Remove:
        return QStringLiteral("remove");
    case A::PullAdd:
        return QStringLiteral("pullAdd");
    case A::PullChange:
        return QStringLiteral("pullChange");
    case A::PullRemove:
        return QStringLiteral("pullRemove");
    case A::SecretChangedRemotely:
        return QStringLiteral("secretChangedRemotely");
    case A::RemoteOnly:
        return QStringLiteral("remoteOnly");
    case A::Conflict:
        return QStringLiteral("conflict");
    case A::Settle:
        return QStringLiteral("settle");
    }
    return QStringLiteral("settle");
}

QString choiceKey(SyncPlanItem::Choice choice)
{
    switch (choice) {
    case SyncPlanItem::Choice::KeepLocal:
        return QStringLiteral("keepLocal");
    case SyncPlanItem::Choice::TakeRemote:
        return QStringLiteral("takeRemote");
    case SyncPlanItem::Choice::Undecided:
        break;
    }
    return QStringLiteral("undecided");
}

// The plan item as JSON. Values of variables only: a plan holds no secret value to give.
QJsonObject itemJson(const SyncPlanItem& item)
{
    const bool isSecret = item.kind == ItemKind::Secret;
    QJsonObject object {
        {QStringLiteral("action"), actionKey(item.action)},
        {QStringLiteral("kind"), isSecret ? QStringLiteral("secret") : QStringLiteral("variable")},
        {QStringLiteral("name"), item.name},
        {QStringLiteral("localExists"), item.localExists},
        {QStringLiteral("remoteExists"), item.remoteExists},
        {QStringLiteral("baseRevision"), item.baseRevision},
        {QStringLiteral("remoteRevision"), item.remoteExists ? QJsonValue(item.remoteRevision) : QJsonValue()},
        {QStringLiteral("remoteUpdatedBy"), item.remoteExists ? QJsonValue(item.remoteUpdatedBy) : QJsonValue()},
        {QStringLiteral("remoteUpdatedAt"), CliOutput::jsonTime(item.remoteUpdatedAt)},
    };
    if (isSecret && item.action == SyncPlanItem::Action::Change) {
        object.insert(QStringLiteral("rotationOnly"), item.rotationOnly);
    }
    if (!isSecret) {
        object.insert(QStringLiteral("value"), item.localExists ? QJsonValue(item.localValue) : QJsonValue());
        object.insert(QStringLiteral("remoteValue"), item.remoteExists ? QJsonValue(item.remoteValue) : QJsonValue());
    }
    if (item.action == SyncPlanItem::Action::Conflict) {
        object.insert(QStringLiteral("choice"), choiceKey(item.choice));
    }
    if (item.action == SyncPlanItem::Action::RemoteOnly) {
        object.insert(QStringLiteral("deleteRemote"), item.deleteRemote);
    }
    object.insert(QStringLiteral("awaitingReplay"), item.awaitingReplay);
    return object;
}

QString valueText(const SyncPlanItem& item, bool remote)
{
    if (item.kind == ItemKind::Secret) {
        return QCoreApplication::translate("CliApplication", "(value hidden)");
    }
    return quoted(remote ? item.remoteValue : item.localValue);
}

// One line (or, for a conflict, a few) per item, as the group it is listed under shows it.
QStringList actionLines(const SyncPlanItem& item)
{
    using A = SyncPlanItem::Action;
    const QString head = QStringLiteral("  %1 %2").arg(kindWord(item.kind), printable(item.name));
    const bool isSecret = item.kind == ItemKind::Secret;
    switch (item.action) {
    case A::Add:
        return {isSecret ? head + u' ' + QCoreApplication::translate("CliApplication", "(value hidden)")
                         : head + QStringLiteral(" = ") + valueText(item, false)};
    case A::Change:
        if (isSecret && item.rotationOnly) {
            return {head + u' '
                + QCoreApplication::translate("CliApplication", "(rotation rule changed: %1; the value is unchanged)")
                      .arg(RotationRules::policyText(item.localRotation.policy))};
        }
        return {isSecret
                ? head + u' ' + QCoreApplication::translate("CliApplication", "(value hidden)")
                : head + QStringLiteral(": ") + valueText(item, true) + QStringLiteral(" → ") + valueText(item, false)};
    case A::PullAdd:
        return {isSecret ? head + u' ' + QCoreApplication::translate("CliApplication", "(value hidden)")
                         : head + QStringLiteral(" = ") + valueText(item, true)};
    case A::PullChange:
        return {isSecret
                ? head + u' ' + QCoreApplication::translate("CliApplication", "(value hidden)")
                : head + QStringLiteral(": ") + valueText(item, false) + QStringLiteral(" → ") + valueText(item, true)};
    case A::Remove:
    case A::PullRemove:
    case A::Settle:
        return {head};
    case A::SecretChangedRemotely:
        return {head + u' '
            + QCoreApplication::translate(
                "CliApplication", "(replaced on the platform by %1 at %2; the value in this vault may be out of date)")
                  .arg(printable(item.remoteUpdatedBy), isoUtc(item.remoteUpdatedAt))};
    case A::RemoteOnly:
        return {head + u' '
            + (item.deleteRemote
                    ? QCoreApplication::translate("CliApplication", "(will be deleted on the platform)")
                    : (isSecret ? QCoreApplication::translate("CliApplication", "(value hidden; kept on the platform)")
                                : QCoreApplication::translate("CliApplication", "(kept on the platform)")))};
    case A::Conflict: {
        const QString local = item.localExists
            ? QCoreApplication::translate("CliApplication", "here: %1 (changed by %2 at %3)")
                  .arg(valueText(item, false), printable(item.localChangedBy), isoUtc(item.localChangedAt))
            : QCoreApplication::translate("CliApplication", "here: deleted (by %1 at %2)")
                  .arg(printable(item.localChangedBy), isoUtc(item.localChangedAt));
        const QString remote = item.remoteExists
            ? QCoreApplication::translate("CliApplication", "on the platform: %1 (revision %2 by %3 at %4)")
                  .arg(valueText(item, true), QString::number(item.remoteRevision), printable(item.remoteUpdatedBy),
                      isoUtc(item.remoteUpdatedAt))
            : QCoreApplication::translate("CliApplication", "on the platform: deleted");
        QString choice;
        switch (item.choice) {
        case SyncPlanItem::Choice::KeepLocal:
            choice = QCoreApplication::translate("CliApplication", "choice: keep this vault's side");
            break;
        case SyncPlanItem::Choice::TakeRemote:
            choice = QCoreApplication::translate("CliApplication", "choice: take the platform's side");
            break;
        case SyncPlanItem::Choice::Undecided:
            choice = QCoreApplication::translate("CliApplication", "choice: none yet");
            break;
        }
        return {head, QStringLiteral("    ") + local, QStringLiteral("    ") + remote, QStringLiteral("    ") + choice};
    }
    }
    return {head};
}

QStringList itemLines(const SyncPlanItem& item)
{
    QStringList lines = actionLines(item);
    if (item.awaitingReplay && !lines.isEmpty()) {
        lines.first() += u' '
            + QCoreApplication::translate(
                "CliApplication", "(sent by an earlier publish whose answer was lost: sent again first, with its key)");
    }
    return lines;
}

// Whether running `publish` on the plan would do anything: send, delete, tidy, or resend.
bool publishHasWork(const SyncPlan& plan, qsizetype storedBatches)
{
    using A = SyncPlanItem::Action;
    if (storedBatches > 0) {
        return true;
    }
    for (const SyncPlanItem& item : plan.items) {
        if (item.isOutgoing() || item.action == A::Settle || item.action == A::Conflict
            || (item.action == A::RemoteOnly && item.deleteRemote)) {
            return true;
        }
    }
    return false;
}

bool pullHasWork(const SyncPlan& plan)
{
    using A = SyncPlanItem::Action;
    for (const SyncPlanItem& item : plan.items) {
        if (item.isIncoming() || item.action == A::Settle || item.action == A::Conflict
            || item.action == A::SecretChangedRemotely) {
            return true;
        }
    }
    return false;
}

} // namespace

void SyncCommands::registerCommands(CommandTable& table)
{
    using CL = CommandLine;
    table.add({{QStringLiteral("publish")}, {QStringLiteral("PROJECT")},
        {CL::kDryRun, CL::kKeepLocal, CL::kTakeRemote, CL::kDeleteRemoteOnly, CL::kCaFile, CL::kTimeout},
        &SyncCommands::publish,
        QT_TRANSLATE_NOOP("CliApplication",
            "Show the plan (secrets as names only) and send the project's changes to the platform. "
            "Conflicts need --keep-local or --take-remote; --delete-remote-only deletes what exists only "
            "on the platform. --dry-run shows the plan and sends nothing.")});
    table.add({{QStringLiteral("pull")}, {QStringLiteral("PROJECT")},
        {CL::kDryRun, CL::kTakeRemote, CL::kCaFile, CL::kTimeout}, &SyncCommands::pull,
        QT_TRANSLATE_NOOP("CliApplication",
            "Bring the platform's variable changes into the project. Secret values never come back; "
            "secrets only on the platform are listed. Conflicts need --take-remote.")});
}

// --- publish / pull -------------------------------------------------------------------------

ExitCode SyncCommands::publish(CliContext& cli, const QStringList& arguments)
{
    if (cli.commandLine().isSet(CommandLine::kKeepLocal) && cli.commandLine().isSet(CommandLine::kTakeRemote)) {
        return cli.usageError(tr("Give --keep-local or --take-remote, not both."));
    }
    return synchronize(cli, arguments.at(0), true);
}

ExitCode SyncCommands::publishProject(CliContext& cli, const QString& projectName)
{
    return synchronize(cli, projectName, true);
}

ExitCode SyncCommands::pull(CliContext& cli, const QStringList& arguments)
{
    return synchronize(cli, arguments.at(0), false);
}

ExitCode SyncCommands::synchronize(CliContext& cli, const QString& projectName, bool publishing)
{
    SyncState state;
    state.publishing = publishing;
    if (const ExitCode code = cli.openProject(projectName, &state.project); code != ExitCode::Ok) {
        return code;
    }
    const Project& project = state.project;
    if (project.remoteUrl.isEmpty()) {
        return cli.fail(ExitCode::InvalidInput,
            tr("Project %1 is not bound to a platform project: bind it with \"%2\".")
                .arg(project.name,
                    cli.suggestedCommand({QStringLiteral("remote"), QStringLiteral("set"), project.name,
                        QStringLiteral("URL"), QStringLiteral("--remote-project"), QStringLiteral("ID")})));
    }
    SyncEngine engine(&cli.vault());
    if (const ExitCode code = PlatformAccess::configurePlatformClient(cli, engine); code != ExitCode::Ok) {
        return code;
    }
    const SyncOperationRun::InterruptGuard interruptGuard;

    // Every end of a --json run prints one object with the same keys (docs/CLI.md).
    state.report = QJsonObject {
        {QStringLiteral("project"), project.name},
        {QStringLiteral("url"), project.remoteUrl},
        {QStringLiteral("remoteProjectId"), project.remoteProjectId},
        {QStringLiteral("dryRun"), cli.commandLine().isSet(CommandLine::kDryRun)},
        {QStringLiteral("items"), QJsonArray()},
        {QStringLiteral("warnings"), QJsonArray()},
        {QStringLiteral("conflicts"), QJsonArray()},
    };
    const Outcome prepared = await(engine.prepare(project.id), nullptr);
    if (!prepared.result) {
        return failJson(cli, state, prepared, publishing);
    }
    SyncPlan plan = prepared.result->plan;
    qsizetype storedBatches = 0;
    if (const ExitCode code = choosePlan(cli, state, &plan, &storedBatches); code != ExitCode::Ok) {
        return code;
    }
    reportPlan(cli, state, prepared.result.value(), plan, storedBatches);
    if (const std::optional<ExitCode> stopped = stopBeforeSending(cli, state, plan, storedBatches)) {
        return *stopped;
    }
    SyncOperation* operation = publishing ? engine.publish(plan) : engine.pull(plan);
    const Outcome done = await(operation, publishing && CliOutput::isTerminal(cli.err()) ? cli.err() : nullptr);
    recordInAuditLog(cli, project.id, publishing, done);
    if (!done.result) {
        // A cancel's message says how much was sent and that the rest stays queued; a refused
        // choice or a busy project changed nothing.
        const bool outboxKept = publishing && done.failure != SyncFailure::Cancelled
            && done.failure != SyncFailure::Busy && done.result.code() != ErrorCode::Conflict;
        return failJson(cli, state, done, outboxKept);
    }
    return reportResult(cli, state, done.result.value());
}

void SyncCommands::finishJson(CliContext& cli, SyncState& state, const char* end)
{
    if (cli.json()) {
        state.report.insert(QStringLiteral("state"), QString::fromLatin1(end));
        cli.printJson(state.report);
    }
}

void SyncCommands::printConflicts(CliContext& cli, const QList<SyncPlanItem>& conflicts)
{
    cli.printLine(tr("Conflicts (%1):").arg(number(conflicts.size())));
    for (const SyncPlanItem& item : conflicts) {
        for (const QString& line : itemLines(item)) {
            cli.printLine(line);
        }
    }
}

ExitCode SyncCommands::failJson(CliContext& cli, SyncState& state, const Outcome& outcome, bool outboxKept)
{
    QJsonArray conflicts;
    for (const SyncPlanItem& item : outcome.report.conflicts) {
        conflicts.append(itemJson(item));
    }
    state.report.insert(QStringLiteral("conflicts"), conflicts);
    state.report.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(outcome.report.warnings));
    if (!cli.json() && !outcome.report.conflicts.isEmpty()) {
        printConflicts(cli, outcome.report.conflicts);
    }
    const ExitCode code
        = PlatformAccess::failSync(cli, outcome.failure, outcome.result.error(), outboxKept, state.project.name);
    state.report.insert(QStringLiteral("error"),
        QJsonObject {{QStringLiteral("exitCode"), static_cast<int>(code)},
            {QStringLiteral("message"), outcome.result.error().message}});
    finishJson(cli, state, outcome.failure == SyncFailure::Conflict ? "conflict" : "failed");
    return code;
}

ExitCode SyncCommands::choosePlan(CliContext& cli, const SyncState& state, SyncPlan* plan, qsizetype* storedBatches)
{
    if (cli.commandLine().isSet(CommandLine::kKeepLocal)) {
        plan->resolveAllConflicts(SyncPlanItem::Choice::KeepLocal);
    } else if (cli.commandLine().isSet(CommandLine::kTakeRemote)) {
        plan->resolveAllConflicts(SyncPlanItem::Choice::TakeRemote);
    }
    if (!state.publishing) {
        return ExitCode::Ok;
    }
    if (cli.commandLine().isSet(CommandLine::kDeleteRemoteOnly)) {
        for (SyncPlanItem& item : plan->items) {
            if (item.action == SyncPlanItem::Action::RemoteOnly) {
                item.deleteRemote = true;
            }
        }
    }
    const Result<QList<OutboxBatch>> batches = static_cast<SyncStore&>(cli.vault()).outboxBatches(state.project.id);
    if (!batches) {
        return cli.fail(batches.error());
    }
    *storedBatches = batches->size();
    return ExitCode::Ok;
}

void SyncCommands::reportPlan(
    CliContext& cli, SyncState& state, const SyncReport& prepared, const SyncPlan& plan, qsizetype storedBatches)
{
    state.report.insert(QStringLiteral("login"), prepared.identity.login);
    state.report.insert(QStringLiteral("roles"), QJsonArray::fromStringList(prepared.identity.roles));
    if (state.publishing) {
        state.report.insert(QStringLiteral("storedBatches"), static_cast<int>(storedBatches));
    }
    QJsonArray items;
    for (const SyncPlanItem& item : plan.items) {
        items.append(itemJson(item));
    }
    state.report.insert(QStringLiteral("items"), items);
    if (cli.json()) {
        return;
    }
    const Project& project = state.project;
    cli.printLine(tr("Project %1 and %2 project %3 (as %4):")
                      .arg(project.name, project.remoteUrl, QString::number(project.remoteProjectId),
                          printable(prepared.identity.login)));
    printPlanGroups(cli, plan, state.publishing);
    if (storedBatches > 0) {
        cli.printLine(tr("%1 unfinished batches of an earlier publish are sent again first, with their keys.")
                          .arg(number(storedBatches)));
    }
}

// The plan, grouped; each group lists its items sorted as the plan is (secrets first, by name).
void SyncCommands::printPlanGroups(CliContext& cli, const SyncPlan& plan, bool publishing)
{
    using A = SyncPlanItem::Action;
    struct Group
    {
        QString title;
        QList<A> actions;
    };
    const QList<Group> groups = publishing
        ? QList<Group> {{tr("Add on the platform"), {A::Add}}, {tr("Change on the platform"), {A::Change}},
            {tr("Remove from the platform"), {A::Remove}}, {tr("Conflicts"), {A::Conflict}},
            {tr("Only on the platform"), {A::RemoteOnly}},
            {tr("Changed on the platform (brought in by 'pull')"),
                {A::PullAdd, A::PullChange, A::PullRemove, A::SecretChangedRemotely}}}
        : QList<Group> {{tr("Add here"), {A::PullAdd}}, {tr("Change here"), {A::PullChange}},
            {tr("Remove here"), {A::PullRemove}}, {tr("Secrets replaced on the platform"), {A::SecretChangedRemotely}},
            {tr("Conflicts"), {A::Conflict}}, {tr("Only on the platform"), {A::RemoteOnly}},
            {tr("Local changes waiting to be published"), {A::Add, A::Change, A::Remove}}};
    bool anyShown = false;
    for (const Group& group : groups) {
        QStringList lines;
        int count = 0;
        for (const SyncPlanItem& item : plan.items) {
            if (group.actions.contains(item.action)) {
                lines += itemLines(item);
                ++count;
            }
        }
        if (count == 0) {
            continue;
        }
        anyShown = true;
        cli.printLine(QStringLiteral("%1 (%2):").arg(group.title, number(count)));
        for (const QString& line : std::as_const(lines)) {
            cli.printLine(line);
        }
    }
    if (!anyShown) {
        cli.printLine(tr("  No differences."));
    }
}

std::optional<ExitCode> SyncCommands::stopBeforeSending(
    CliContext& cli, SyncState& state, const SyncPlan& plan, qsizetype storedBatches)
{
    const bool publishing = state.publishing;
    QJsonArray planConflicts;
    for (const SyncPlanItem& item : plan.items) {
        if (item.action == SyncPlanItem::Action::Conflict && item.choice == SyncPlanItem::Choice::Undecided) {
            planConflicts.append(itemJson(item));
        }
    }
    // A dry run shows conflicts with the rest of the plan and is never a failure.
    if (cli.commandLine().isSet(CommandLine::kDryRun)) {
        state.report.insert(QStringLiteral("conflicts"), planConflicts);
        finishJson(cli, state, "dryRun");
        if (!cli.json()) {
            cli.printLine(publishing ? tr("Dry run: nothing was sent.") : tr("Dry run: nothing was written."));
        }
        return ExitCode::Ok;
    }
    // Stored batches go out first whatever the plan says (their answers may settle the conflicts),
    // so a publish with them runs and the engine stops at the conflicts of the fresh plan.
    if (plan.hasUndecidedConflicts() && !(publishing && storedBatches > 0)) {
        state.report.insert(QStringLiteral("conflicts"), planConflicts);
        finishJson(cli, state, "conflict");
        const int conflicts = plan.count(SyncPlanItem::Action::Conflict);
        const QString& name = state.project.name;
        return cli.fail(ExitCode::Conflict,
            tr("%1 changed both in this vault and on the platform; nothing was sent or written. Choose a side: "
               "\"%2\" keeps this vault's values, \"%3\" takes the platform's.")
                .arg(itemsText(conflicts),
                    cli.suggestedCommand({QStringLiteral("publish"), name, QStringLiteral("--keep-local")}),
                    cli.suggestedCommand({publishing ? QStringLiteral("publish") : QStringLiteral("pull"), name,
                        QStringLiteral("--take-remote")})));
    }
    if (publishing ? !publishHasWork(plan, storedBatches) : !pullHasWork(plan)) {
        finishJson(cli, state, "nothingToDo");
        if (!cli.json()) {
            cli.printLine(publishing ? tr("Nothing to publish.") : tr("Nothing to pull."));
        }
        return ExitCode::Ok;
    }
    return std::nullopt;
}

ExitCode SyncCommands::reportResult(CliContext& cli, SyncState& state, const SyncReport& result)
{
    state.report.insert(QStringLiteral("summary"),
        QJsonObject {
            {QStringLiteral("sent"), result.sent},
            {QStringLiteral("pulled"), result.pulled},
            {QStringLiteral("requests"), result.requests},
            {QStringLiteral("batches"), result.batches},
            {QStringLiteral("resentBatches"), result.resentBatches},
        });
    state.report.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(result.warnings));
    QJsonArray conflicts;
    for (const SyncPlanItem& item : result.conflicts) {
        conflicts.append(itemJson(item));
    }
    state.report.insert(QStringLiteral("conflicts"), conflicts);
    finishJson(cli, state, result.conflicts.isEmpty() ? "done" : "conflict");

    if (!cli.json()) {
        if (state.publishing) {
            QString summary = tr("Published %1 in %2.").arg(changesText(result.sent), batchesText(result.batches));
            if (result.resentBatches > 0) {
                summary += u' '
                    + tr("%1 of them were unfinished batches of an earlier publish, sent again with their keys.")
                          .arg(number(result.resentBatches));
            }
            cli.printLine(summary);
        } else {
            cli.printLine(tr("Pulled %1 into project %2.").arg(changesText(result.pulled), state.project.name));
        }
    }
    for (const QString& warning : result.warnings) {
        cli.printWarning(warning);
    }
    if (result.conflicts.isEmpty()) {
        return ExitCode::Ok;
    }
    if (!cli.json()) {
        printConflicts(cli, result.conflicts);
    }
    return cli.fail(ExitCode::Conflict,
        tr("The platform changed %1 since this vault last saw them; their batch was not applied and the "
           "outbox keeps it. Run \"%2\" to see both sides and choose.")
            .arg(itemsText(result.conflicts.size()),
                cli.suggestedCommand({QStringLiteral("publish"), state.project.name})));
}
