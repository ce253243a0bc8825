// The commands that bind a project to a platform project and synchronise it (remote set/show/unset,
// publish, pull). Every rule about plans, batches, retries and conflicts lives in sync/SyncEngine;
// these functions parse the options, run one engine operation at a time in an event loop, print
// the plan and the outcome, and map failures to exit codes. No secret value reaches them: plans
// carry secret names only, and the API token goes from secure memory to the engine and the vault.

#include "app/cli/CliApplication.h"
#include "app/cli/CliOutput.h"
#include "app/cli/SecretInput.h"
#include "app/cli/Terminal.h"
#include "sync/PlatformClient.h"
#include "sync/SyncEngine.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QPointer>
#include <QSslCertificate>
#include <QTimer>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <unistd.h>

using CliOutput::isoUtc;
using CliOutput::printable;

namespace {

// The vault's own limit for a token (it goes into an Authorization header).
constexpr qsizetype kMaxTokenBytes = 4096;
constexpr double kMaxTimeoutSeconds = 3600;
constexpr int kInterruptPollMs = 50;
constexpr char kBackoffScaleVariable[] = "BOTVAULT_SYNC_BACKOFF_SCALE";

volatile std::sig_atomic_t g_interrupted = 0;

void onInterrupt(int /*signal*/)
{
    g_interrupted = 1;
}

// While alive, Ctrl+C asks the running operation to stop at its next safe point instead of killing
// the process between a batch's commit on the server and its record in the vault.
class InterruptGuard
{
public:
    InterruptGuard()
    {
        g_interrupted = 0;
        struct sigaction action
        {
        };
        action.sa_handler = onInterrupt;
        sigemptyset(&action.sa_mask);
        m_installed = ::sigaction(SIGINT, &action, &m_previous) == 0;
    }
    ~InterruptGuard()
    {
        if (m_installed) {
            ::sigaction(SIGINT, &m_previous, nullptr);
        }
    }
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;

private:
    struct sigaction m_previous
    {
    };
    bool m_installed = false;
};

// Counts in the CLI's English output: "10,000".
QString number(qint64 n)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(n);
}

struct Outcome
{
    Result<SyncReport> result = Error {ErrorCode::Internal, QString()};
    SyncFailure failure = SyncFailure::None;
    // What the operation did also when it failed: the conflicts of a 412, the changes sent.
    SyncReport report;
    int done = 0;
    int total = 0;
    bool interrupted = false;
};

// Runs `operation` to its end. With `showProgress`, one line on stderr is rewritten as it advances.
Outcome await(SyncOperation* operation, bool showProgress)
{
    Outcome outcome;
    QPointer<SyncOperation> guarded(operation);
    bool progressShown = false;
    const auto collect = [&outcome, operation] {
        outcome.result = operation->result();
        outcome.failure = operation->failure();
        outcome.report = operation->report();
    };
    if (operation->isFinished()) {
        collect();
        return outcome;
    }
    QEventLoop loop;
    QObject::connect(operation, &SyncOperation::progress, &loop,
        [&outcome, &progressShown, showProgress](int done, int total, const QString& stage) {
            outcome.done = done;
            outcome.total = total;
            if (showProgress) {
                CliOutput::write(stderr, QStringLiteral("\r\x1b[K") + stage);
                progressShown = true;
            }
        });
    QObject::connect(operation, &SyncOperation::finished, &loop, [&collect, &loop] {
        collect();
        loop.quit();
    });
    QTimer interruptPoll;
    QObject::connect(&interruptPoll, &QTimer::timeout, &loop, [&outcome, guarded] {
        if (g_interrupted != 0 && !outcome.interrupted && guarded) {
            outcome.interrupted = true;
            guarded->cancel();
        }
    });
    interruptPoll.start(kInterruptPollMs);
    loop.exec();
    if (progressShown) {
        CliOutput::write(stderr, QStringLiteral("\r\x1b[K"));
    }
    return outcome;
}

// The CLI loads no translation, so an English plural is chosen here; a translation may still give
// each text its own plural forms.
QString changesText(int n)
{
    return n == 1 ? QCoreApplication::translate("CliApplication", "1 change")
                  : QCoreApplication::translate("CliApplication", "%1 changes").arg(number(n));
}

QString requestsText(int n)
{
    return n == 1 ? QCoreApplication::translate("CliApplication", "1 request")
                  : QCoreApplication::translate("CliApplication", "%1 requests").arg(number(n));
}

QString itemsText(qsizetype n)
{
    return n == 1 ? QCoreApplication::translate("CliApplication", "1 item")
                  : QCoreApplication::translate("CliApplication", "%1 items").arg(number(n));
}

bool stderrIsTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
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

// --- remote set / show / unset --------------------------------------------------------------

ExitCode CliApplication::setRemote(const QStringList& arguments)
{
    if (!m_commandLine.isSet(CommandLine::kRemoteProject)) {
        return usageError(tr("'remote set' needs --remote-project ID, the id of the project on the platform."));
    }
    bool isNumber = false;
    const qint64 remoteProjectId = m_commandLine.value(CommandLine::kRemoteProject).toLongLong(&isNumber);
    if (!isNumber || remoteProjectId < 1) {
        return usageError(tr("The option --remote-project needs the project's id on the platform, a whole number "
                             "from 1, not '%1'.")
                              .arg(m_commandLine.value(CommandLine::kRemoteProject)));
    }
    const QString& urlText = arguments.at(1);
    const QUrl url(urlText, QUrl::StrictMode);
    if (const Result<void> valid = PlatformClient::checkBaseUrl(url); !valid) {
        return fail(valid.error());
    }

    Project project;
    if (const ExitCode code = openProject(arguments.at(0), &project); code != ExitCode::Ok) {
        return code;
    }
    SyncEngine engine(m_vault.get());
    if (const ExitCode code = configurePlatformClient(engine); code != ExitCode::Ok) {
        return code;
    }
    QCA::SecureArray token;
    if (const ExitCode code = readApiToken(urlText, &token); code != ExitCode::Ok) {
        return code;
    }

    // The token is checked before it is stored, so a typo or a refused certificate saves nothing.
    QByteArray tokenBytes = token.toByteArray();
    const Outcome checked = await(engine.checkConnection(url, tokenBytes), false);
    tokenBytes.fill('\0');
    if (!checked.result) {
        token.clear();
        return failSync(checked.failure, checked.result.error(), false, project.name);
    }
    const Result<void> bound = m_vault->setRemoteBinding(project.id, urlText, remoteProjectId, SecretValue(token));
    token.clear();
    if (!bound) {
        return fail(bound.error());
    }

    const RemoteIdentity& identity = checked.result->identity;
    if (json()) {
        printJson(QJsonObject {
            {QStringLiteral("project"), project.name},
            {QStringLiteral("url"), urlText},
            {QStringLiteral("remoteProjectId"), remoteProjectId},
            {QStringLiteral("login"), identity.login},
            {QStringLiteral("roles"), QJsonArray::fromStringList(identity.roles)},
            {QStringLiteral("secretsAdminRole"), identity.secretsAdminRole},
            {QStringLiteral("canWriteSecrets"), identity.canWriteSecrets()},
            {QStringLiteral("canWriteVariables"), identity.canWriteVariables()},
        });
        return ExitCode::Ok;
    }
    printLine(tr("Bound %1 to %2 project %3 as %4 (roles: %5).")
                  .arg(project.name, urlText, QString::number(remoteProjectId), printable(identity.login),
                      printable(identity.roles.join(QStringLiteral(", ")))));
    if (!identity.canWriteSecrets()) {
        printLine(tr("%1 lacks the secrets-admin role %2: secrets can be read by name but not written.")
                      .arg(printable(identity.login), printable(identity.secretsAdminRole)));
    }
    if (!identity.canWriteVariables()) {
        printLine(tr("%1 is neither SYSTEM_ADMIN nor DEVELOPER: variables can be read but not written.")
                      .arg(printable(identity.login)));
    }
    return ExitCode::Ok;
}

ExitCode CliApplication::showRemote(const QStringList& arguments)
{
    Project project;
    if (const ExitCode code = openProject(arguments.at(0), &project); code != ExitCode::Ok) {
        return code;
    }
    if (project.remoteUrl.isEmpty()) {
        if (json()) {
            printJson(QJsonObject {{QStringLiteral("project"), project.name}, {QStringLiteral("bound"), false}});
        } else {
            printLine(tr("Project %1 is not bound to a platform project.").arg(project.name));
        }
        return ExitCode::Ok;
    }
    const Result<int> queued = m_vault->outboxCount(project.id);
    if (!queued) {
        return fail(queued.error());
    }
    const Result<QList<OutboxBatch>> batches = static_cast<SyncStore&>(*m_vault).outboxBatches(project.id);
    if (!batches) {
        return fail(batches.error());
    }
    const auto storedBatches = static_cast<int>(batches->size());
    if (json()) {
        printJson(QJsonObject {
            {QStringLiteral("project"), project.name},
            {QStringLiteral("bound"), true},
            {QStringLiteral("url"), project.remoteUrl},
            {QStringLiteral("remoteProjectId"), project.remoteProjectId},
            {QStringLiteral("queuedChanges"), queued.value()},
            {QStringLiteral("storedBatches"), storedBatches},
        });
        return ExitCode::Ok;
    }
    printTable({tr("PROJECT"), tr("URL"), tr("REMOTE PROJECT"), tr("QUEUED CHANGES"), tr("UNFINISHED BATCHES")},
        {{project.name, project.remoteUrl, QString::number(project.remoteProjectId), number(queued.value()),
            number(storedBatches)}});
    if (storedBatches > 0) {
        printNote(tr("the next publish sends the unfinished batches again first, with the same idempotency keys, "
                     "so the platform applies each of them once."));
    }
    return ExitCode::Ok;
}

ExitCode CliApplication::unsetRemote(const QStringList& arguments)
{
    Project project;
    if (const ExitCode code = openProject(arguments.at(0), &project); code != ExitCode::Ok) {
        return code;
    }
    if (project.remoteUrl.isEmpty()) {
        printLine(tr("Project %1 is not bound to a platform project.").arg(project.name));
        return ExitCode::Ok;
    }
    const Result<int> queued = m_vault->outboxCount(project.id);
    if (!queued) {
        return fail(queued.error());
    }
    if (const Result<void> cleared = m_vault->clearRemoteBinding(project.id); !cleared) {
        return fail(cleared.error());
    }
    printLine(
        tr("Unbound %1 from %2 project %3; its token and %4 queued changes were removed from the vault.")
            .arg(project.name, project.remoteUrl, QString::number(project.remoteProjectId), number(queued.value())));
    return ExitCode::Ok;
}

// --- publish / pull -------------------------------------------------------------------------

ExitCode CliApplication::publish(const QStringList& arguments)
{
    if (m_commandLine.isSet(CommandLine::kKeepLocal) && m_commandLine.isSet(CommandLine::kTakeRemote)) {
        return usageError(tr("Give --keep-local or --take-remote, not both."));
    }
    return synchronize(arguments.at(0), true);
}

ExitCode CliApplication::pull(const QStringList& arguments)
{
    return synchronize(arguments.at(0), false);
}

ExitCode CliApplication::synchronize(const QString& projectName, bool publishing)
{
    Project project;
    if (const ExitCode code = openProject(projectName, &project); code != ExitCode::Ok) {
        return code;
    }
    if (project.remoteUrl.isEmpty()) {
        return fail(ExitCode::InvalidInput,
            tr("Project %1 is not bound to a platform project: bind it with \"%2\".")
                .arg(project.name,
                    suggestedCommand({QStringLiteral("remote"), QStringLiteral("set"), project.name,
                        QStringLiteral("URL"), QStringLiteral("--remote-project"), QStringLiteral("ID")})));
    }
    SyncEngine engine(m_vault.get());
    if (const ExitCode code = configurePlatformClient(engine); code != ExitCode::Ok) {
        return code;
    }
    const InterruptGuard interruptGuard;

    // Every end of a --json run prints one object with the same keys (docs/CLI.md).
    QJsonObject report {
        {QStringLiteral("project"), project.name},
        {QStringLiteral("url"), project.remoteUrl},
        {QStringLiteral("remoteProjectId"), project.remoteProjectId},
        {QStringLiteral("dryRun"), m_commandLine.isSet(CommandLine::kDryRun)},
        {QStringLiteral("items"), QJsonArray()},
        {QStringLiteral("warnings"), QJsonArray()},
        {QStringLiteral("conflicts"), QJsonArray()},
    };
    const auto finishJson = [this, &report](const char* state) {
        if (json()) {
            report.insert(QStringLiteral("state"), QString::fromLatin1(state));
            printJson(report);
        }
    };
    const auto failJson = [this, &report, &finishJson, publishing, &project](const Outcome& outcome, bool outboxKept) {
        QJsonArray conflicts;
        for (const SyncPlanItem& item : outcome.report.conflicts) {
            conflicts.append(itemJson(item));
        }
        report.insert(QStringLiteral("conflicts"), conflicts);
        report.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(outcome.report.warnings));
        if (!json() && !outcome.report.conflicts.isEmpty()) {
            printLine(tr("Conflicts (%1):").arg(number(outcome.report.conflicts.size())));
            for (const SyncPlanItem& item : outcome.report.conflicts) {
                for (const QString& line : itemLines(item)) {
                    printLine(line);
                }
            }
        }
        const ExitCode code = failSync(outcome.failure, outcome.result.error(), outboxKept, project.name);
        report.insert(QStringLiteral("error"),
            QJsonObject {{QStringLiteral("exitCode"), static_cast<int>(code)},
                {QStringLiteral("message"), outcome.result.error().message}});
        finishJson(outcome.failure == SyncFailure::Conflict ? "conflict" : "failed");
        return code;
    };

    const Outcome prepared = await(engine.prepare(project.id), false);
    if (!prepared.result) {
        return failJson(prepared, publishing);
    }
    const SyncReport& preparedReport = prepared.result.value();
    SyncPlan plan = preparedReport.plan;
    if (m_commandLine.isSet(CommandLine::kKeepLocal)) {
        plan.resolveAllConflicts(SyncPlanItem::Choice::KeepLocal);
    } else if (m_commandLine.isSet(CommandLine::kTakeRemote)) {
        plan.resolveAllConflicts(SyncPlanItem::Choice::TakeRemote);
    }
    if (publishing && m_commandLine.isSet(CommandLine::kDeleteRemoteOnly)) {
        for (SyncPlanItem& item : plan.items) {
            if (item.action == SyncPlanItem::Action::RemoteOnly) {
                item.deleteRemote = true;
            }
        }
    }
    qsizetype storedBatches = 0;
    if (publishing) {
        const Result<QList<OutboxBatch>> batches = static_cast<SyncStore&>(*m_vault).outboxBatches(project.id);
        if (!batches) {
            return fail(batches.error());
        }
        storedBatches = batches->size();
    }

    // The plan, grouped; each group lists its items sorted as the plan is (secrets first, by name).
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

    report.insert(QStringLiteral("login"), preparedReport.identity.login);
    report.insert(QStringLiteral("roles"), QJsonArray::fromStringList(preparedReport.identity.roles));
    if (publishing) {
        report.insert(QStringLiteral("storedBatches"), static_cast<int>(storedBatches));
    }
    QJsonArray items;
    QJsonArray planConflicts;
    for (const SyncPlanItem& item : plan.items) {
        items.append(itemJson(item));
        if (item.action == A::Conflict && item.choice == SyncPlanItem::Choice::Undecided) {
            planConflicts.append(itemJson(item));
        }
    }
    report.insert(QStringLiteral("items"), items);

    if (!json()) {
        printLine(tr("Project %1 and %2 project %3 (as %4):")
                      .arg(project.name, project.remoteUrl, QString::number(project.remoteProjectId),
                          printable(preparedReport.identity.login)));
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
            printLine(QStringLiteral("%1 (%2):").arg(group.title, number(count)));
            for (const QString& line : std::as_const(lines)) {
                printLine(line);
            }
        }
        if (!anyShown) {
            printLine(tr("  No differences."));
        }
        if (storedBatches > 0) {
            printLine(tr("%1 unfinished batches of an earlier publish are sent again first, with their keys.")
                          .arg(number(storedBatches)));
        }
    }

    // A dry run shows conflicts with the rest of the plan and is never a failure.
    if (m_commandLine.isSet(CommandLine::kDryRun)) {
        report.insert(QStringLiteral("conflicts"), planConflicts);
        finishJson("dryRun");
        if (!json()) {
            printLine(publishing ? tr("Dry run: nothing was sent.") : tr("Dry run: nothing was written."));
        }
        return ExitCode::Ok;
    }
    // Stored batches go out first whatever the plan says (their answers may settle the conflicts),
    // so a publish with them runs and the engine stops at the conflicts of the fresh plan.
    if (plan.hasUndecidedConflicts() && !(publishing && storedBatches > 0)) {
        report.insert(QStringLiteral("conflicts"), planConflicts);
        finishJson("conflict");
        const int conflicts = plan.count(A::Conflict);
        return fail(ExitCode::Conflict,
            tr("%1 changed both in this vault and on the platform; nothing was sent or written. Choose a side: "
               "\"%2\" keeps this vault's values, \"%3\" takes the platform's.")
                .arg(itemsText(conflicts),
                    suggestedCommand({QStringLiteral("publish"), project.name, QStringLiteral("--keep-local")}),
                    suggestedCommand({publishing ? QStringLiteral("publish") : QStringLiteral("pull"), project.name,
                        QStringLiteral("--take-remote")})));
    }
    if (publishing ? !publishHasWork(plan, storedBatches) : !pullHasWork(plan)) {
        finishJson("nothingToDo");
        if (!json()) {
            printLine(publishing ? tr("Nothing to publish.") : tr("Nothing to pull."));
        }
        return ExitCode::Ok;
    }

    SyncOperation* operation = publishing ? engine.publish(plan) : engine.pull(plan);
    const Outcome done = await(operation, publishing && stderrIsTerminal());
    if (!done.result) {
        // A cancel's message says how much was sent and that the rest stays queued; a refused
        // choice or a busy project changed nothing.
        const bool outboxKept = publishing && done.failure != SyncFailure::Cancelled
            && done.failure != SyncFailure::Busy && done.result.code() != ErrorCode::Conflict;
        return failJson(done, outboxKept);
    }
    const SyncReport& result = done.result.value();
    report.insert(QStringLiteral("summary"),
        QJsonObject {
            {QStringLiteral("sent"), result.sent},
            {QStringLiteral("pulled"), result.pulled},
            {QStringLiteral("requests"), result.requests},
            {QStringLiteral("batches"), result.batches},
            {QStringLiteral("resentBatches"), result.resentBatches},
        });
    report.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(result.warnings));
    QJsonArray conflicts;
    for (const SyncPlanItem& item : result.conflicts) {
        conflicts.append(itemJson(item));
    }
    report.insert(QStringLiteral("conflicts"), conflicts);
    finishJson(result.conflicts.isEmpty() ? "done" : "conflict");

    if (!json()) {
        if (publishing) {
            QString summary = tr("Published %1 in %2.").arg(changesText(result.sent), requestsText(result.batches));
            if (result.resentBatches > 0) {
                summary += u' '
                    + tr("%1 of them were unfinished batches of an earlier publish, sent again with their keys.")
                          .arg(number(result.resentBatches));
            }
            printLine(summary);
        } else {
            printLine(tr("Pulled %1 into project %2.").arg(changesText(result.pulled), project.name));
        }
    }
    for (const QString& warning : result.warnings) {
        printWarning(warning);
    }
    if (!result.conflicts.isEmpty()) {
        if (!json()) {
            printLine(tr("Conflicts (%1):").arg(number(result.conflicts.size())));
            for (const SyncPlanItem& item : result.conflicts) {
                for (const QString& line : itemLines(item)) {
                    printLine(line);
                }
            }
        }
        return fail(ExitCode::Conflict,
            tr("The platform changed %1 since this vault last saw them; their batch was not applied and the "
               "outbox keeps it. Run \"%2\" to see both sides and choose.")
                .arg(itemsText(result.conflicts.size()), suggestedCommand({QStringLiteral("publish"), project.name})));
    }
    return ExitCode::Ok;
}

// --- helpers --------------------------------------------------------------------------------

ExitCode CliApplication::readPlatformOptions(PlatformOptions* options)
{
    if (m_commandLine.isSet(CommandLine::kTimeout)) {
        bool isNumber = false;
        const double seconds = m_commandLine.value(CommandLine::kTimeout).toDouble(&isNumber);
        if (!isNumber || !(seconds > 0) || seconds > kMaxTimeoutSeconds) {
            return usageError(tr("The option --timeout needs a number of seconds above 0 and at most %1, not '%2'.")
                                  .arg(kMaxTimeoutSeconds)
                                  .arg(m_commandLine.value(CommandLine::kTimeout)));
        }
        options->transferTimeout = std::chrono::milliseconds(static_cast<qint64>(seconds * 1000));
    }
    if (m_commandLine.isSet(CommandLine::kCaFile)) {
        const QString path = m_commandLine.value(CommandLine::kCaFile);
        if (!QFileInfo(path).isFile()) {
            return fail(ExitCode::NotFound,
                tr("The certificate file '%1' does not exist.").arg(QDir::toNativeSeparators(path)));
        }
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(path, QSsl::Pem);
        if (certificates.isEmpty()) {
            return fail(ExitCode::InvalidInput,
                tr("'%1' holds no PEM certificate; give the certificate of the authority that issued the server's "
                   "certificate, in PEM.")
                    .arg(QDir::toNativeSeparators(path)));
        }
        options->caCertificates = certificates;
    }
    if (qEnvironmentVariableIsSet(kBackoffScaleVariable)) {
        bool isNumber = false;
        const double scale = qEnvironmentVariable(kBackoffScaleVariable).toDouble(&isNumber);
        if (!isNumber || scale < 0) {
            return usageError(tr("The environment variable %1 must be a number of 0 or more.")
                                  .arg(QString::fromLatin1(kBackoffScaleVariable)));
        }
        BackoffPolicy policy;
        policy.setTimeScale(scale);
        options->backoff = policy;
    }
    return ExitCode::Ok;
}

ExitCode CliApplication::readApiToken(const QString& url, QCA::SecureArray* token)
{
    if (Terminal::stdinIsTerminal()) {
        Result<QCA::SecureArray> typed
            = Terminal::readHidden(tr("API token for %1 (not shown): ").arg(url), kMaxTokenBytes);
        if (!typed) {
            return fail(typed.error());
        }
        *token = typed.value();
    } else {
        // Room for the line ending that is stripped below.
        Result<QCA::SecureArray> piped = SecretInput::readStandardInput(kMaxTokenBytes + 2);
        if (!piped) {
            return piped.code() == ErrorCode::InvalidInput
                ? fail(ExitCode::InvalidInput, tr("The API token is longer than %1 bytes.").arg(kMaxTokenBytes))
                : fail(piped.error());
        }
        *token = piped.value();
        SecretInput::stripOneLineEnding(*token);
    }
    if (token->isEmpty()) {
        return fail(ExitCode::InvalidInput,
            tr("No API token given: pipe it on standard input (one line) or type it at the prompt."));
    }
    const char* bytes = token->constData();
    for (int i = 0; i < token->size(); ++i) {
        if (bytes[i] == '\n' || bytes[i] == '\r') {
            token->clear();
            return fail(ExitCode::InvalidInput, tr("The API token must be one line."));
        }
    }
    return ExitCode::Ok;
}

ExitCode CliApplication::failSync(SyncFailure failure, const Error& error, bool outboxKept, const QString& projectName)
{
    ExitCode code = exitCodeFor(error.code);
    QString message = error.message;
    switch (failure) {
    case SyncFailure::Conflict:
        code = ExitCode::Conflict;
        break;
    case SyncFailure::Network:
        code = ExitCode::Network;
        break;
    case SyncFailure::Tls:
        code = ExitCode::Network;
        message = tr("The server's certificate was refused, so the API token was not sent: %1 If the server uses a "
                     "private certificate authority, give its certificate with --ca-file PEM.")
                      .arg(error.message);
        break;
    case SyncFailure::Unauthorized:
        // The engine's message says the token was refused; this adds how to replace it.
        code = ExitCode::PermissionDenied;
        message = tr("%1 Check that it is the whole token, then set it again: \"%2\".")
                      .arg(error.message,
                          suggestedCommand({QStringLiteral("remote"), QStringLiteral("set"), projectName,
                              QStringLiteral("URL"), QStringLiteral("--remote-project"), QStringLiteral("ID")}));
        break;
    case SyncFailure::Forbidden:
        code = ExitCode::PermissionDenied;
        break;
    case SyncFailure::Rejected:
        code = ExitCode::InvalidInput;
        break;
    case SyncFailure::Busy:
        code = ExitCode::Busy;
        break;
    case SyncFailure::Damaged:
        code = ExitCode::Damaged;
        break;
    case SyncFailure::Cancelled:
        code = ExitCode::Failure;
        break;
    case SyncFailure::NotBound:
        code = ExitCode::InvalidInput;
        break;
    case SyncFailure::None:
    case SyncFailure::Locked:
    case SyncFailure::Store:
        break;
    }
    if (code == ExitCode::Ok) {
        code = ExitCode::Failure;
    }
    if (outboxKept && failure != SyncFailure::NotBound && failure != SyncFailure::Locked) {
        // Only a failure of the way there goes away by itself; the others need the admin first.
        message += u' '
            + (failure == SyncFailure::Network ? tr("The outbox keeps the changes; to retry, run \"%1\".")
                                                     .arg(suggestedCommand({QStringLiteral("publish"), projectName}))
                                               : tr("The outbox keeps the changes."));
    }
    return fail(code, message);
}
