#include "ui/SyncController.h"

#include "models/AuditEntry.h"
#include "models/VaultSession.h"
#include "sync/SyncAuditDetail.h"
#include "ui/MessageBox.h"
#include "ui/OperationProgressDialog.h"
#include "ui/ProjectsPanel.h"
#include "ui/RemoteBindingDialog.h"
#include "ui/SecretsAndVariablesPage.h"
#include "ui/SecretsTab.h"
#include "ui/VariablesTab.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QUrl>

namespace {

// "host" or "host:port": enough to tell two platforms apart in the status bar.
QString hostText(const QString& url)
{
    const QUrl parsed(url);
    return parsed.port() > 0 ? QStringLiteral("%1:%2").arg(parsed.host()).arg(parsed.port()) : parsed.host();
}

QString rolesText(const RemoteIdentity& identity)
{
    return identity.roles.isEmpty() ? QCoreApplication::translate("SyncController", "no roles")
                                    : identity.roles.join(QStringLiteral(", "));
}

} // namespace

SyncController::SyncController(
    VaultSession* vault, ProjectsPanel* projects, SecretsAndVariablesPage* page, QWidget* window)
    : QObject(window)
    , m_vault(vault)
    , m_projects(projects)
    , m_page(page)
    , m_window(window)
    , m_engine(new SyncEngine(vault->syncStore(), this))
    , m_bindAction(new QAction(tr("B&ind to platform project…"), this))
    , m_publishAction(new QAction(tr("&Publish…"), this))
    , m_pullAction(new QAction(tr("P&ull…"), this))
    , m_unbindAction(new QAction(tr("Unbind from p&latform"), this))
    , m_status(new QLabel(window))
    , m_refreshTimer(new QTimer(this))
{
    m_bindAction->setObjectName(QStringLiteral("bindRemoteAction"));
    m_bindAction->setStatusTip(tr("Choose the platform project this project publishes to, and its API token."));
    m_publishAction->setObjectName(QStringLiteral("publishAction"));
    m_publishAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_publishAction->setStatusTip(tr("Send this project's changes to the platform, after showing what will change."));
    m_pullAction->setObjectName(QStringLiteral("pullAction"));
    m_pullAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_pullAction->setStatusTip(tr("Bring the platform's changes into this vault, after showing what will change."));
    m_unbindAction->setObjectName(QStringLiteral("unbindRemoteAction"));
    m_unbindAction->setStatusTip(tr("Stop publishing this project; its secrets and variables stay here."));
    connect(m_bindAction, &QAction::triggered, this, &SyncController::bind);
    connect(m_publishAction, &QAction::triggered, this, &SyncController::publish);
    connect(m_pullAction, &QAction::triggered, this, &SyncController::pull);
    connect(m_unbindAction, &QAction::triggered, this, &SyncController::unbind);

    m_status->setObjectName(QStringLiteral("syncStateLabel"));
    m_status->setAccessibleName(tr("Sync state"));
    m_status->hide();

    // A burst of changes (a publish acknowledging thousands of entries) refreshes once.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &SyncController::refresh);

    connect(m_engine, &SyncEngine::stateChanged, this, &SyncController::scheduleRefresh);
    connect(m_engine, &SyncEngine::identityChanged, this, [this](ProjectId project) {
        if (project == m_projects->currentProject()) {
            applyGating();
        }
        scheduleRefresh();
    });
    connect(m_vault, &VaultSession::outboxChanged, this, &SyncController::scheduleRefresh);
    connect(m_vault, &ProjectStore::secretSaved, this, &SyncController::scheduleRefresh);
    connect(m_vault, &ProjectStore::secretRemoved, this, &SyncController::scheduleRefresh);
    connect(m_vault, &ProjectStore::variableSaved, this, &SyncController::scheduleRefresh);
    connect(m_vault, &ProjectStore::variableRemoved, this, &SyncController::scheduleRefresh);
    connect(m_vault, &ProjectStore::itemsReset, this, &SyncController::scheduleRefresh);
    connect(m_vault, &ProjectStore::reloadRequested, this, &SyncController::refresh);
    connect(m_vault, &ProjectStore::projectsChanged, this, &SyncController::reloadBindings);
    connect(m_vault, &ProjectStore::lockedChanged, this, [this](bool locked) {
        if (locked && m_running) {
            // The operation cannot read the vault any more; what was sent is already recorded.
            m_running->cancel();
        }
        reloadBindings();
    });
    // The page loads the project first (its slot was connected before this one).
    connect(m_projects, &ProjectsPanel::currentProjectChanged, this, [this] {
        applyGating();
        updateActions();
        refresh();
    });
    reloadBindings();
}

SyncController::~SyncController()
{
    if (m_running) {
        m_running->disconnect(this);
        m_running->cancel();
    }
}

QString SyncController::secretsDeniedReason(const RemoteIdentity& identity)
{
    return tr("Your platform account %1 has the roles %2; adding, editing and deleting secrets needs %3.")
        .arg(identity.login, rolesText(identity), identity.secretsAdminRole);
}

QString SyncController::variablesDeniedReason(const RemoteIdentity& identity)
{
    return tr("Your platform account %1 has the roles %2; adding, editing and deleting variables needs SYSTEM_ADMIN "
              "or DEVELOPER.")
        .arg(identity.login, rolesText(identity));
}

QString SyncController::projectName(ProjectId project) const
{
    if (project == m_projects->currentProject()) {
        return m_projects->currentProjectName();
    }
    if (auto projects = m_vault->projects()) {
        for (const Project& candidate : projects.value()) {
            if (candidate.id == project) {
                return candidate.name;
            }
        }
    }
    return QString();
}

void SyncController::reloadBindings()
{
    m_bindings.clear();
    if (m_vault->isUnlocked()) {
        if (auto projects = m_vault->projects()) {
            for (const Project& project : projects.value()) {
                if (!project.damaged && project.remoteProjectId != 0) {
                    m_bindings.insert(
                        project.id, RemoteBinding {project.remoteUrl, project.remoteProjectId, project.sourceFolder});
                }
            }
        }
    }
    applyGating();
    updateActions();
    scheduleRefresh();
}

void SyncController::scheduleRefresh()
{
    m_refreshTimer->start();
}

void SyncController::updateActions()
{
    const ProjectId project = m_vault->isUnlocked() ? m_projects->currentProject() : 0;
    const bool bound = project != 0 && m_bindings.contains(project);
    const bool busy = bound && m_engine->isBusy(project);
    m_bindAction->setEnabled(project != 0 && !busy);
    m_bindAction->setText(bound ? tr("Change platform b&inding…") : tr("B&ind to platform project…"));
    m_publishAction->setEnabled(bound && !busy);
    m_pullAction->setEnabled(bound && !busy);
    m_unbindAction->setEnabled(bound && !busy);
}

void SyncController::applyGating()
{
    const ProjectId project = m_vault->isUnlocked() ? m_projects->currentProject() : 0;
    std::optional<RemoteIdentity> identity;
    if (project != 0 && m_bindings.contains(project)) {
        identity = m_engine->lastIdentity(project);
    }
    if (!identity) {
        m_page->secretsTab()->setRemoteRestriction(true, QString());
        m_page->variablesTab()->setRemoteRestriction(true, QString());
        return;
    }
    m_page->secretsTab()->setRemoteRestriction(identity->canWriteSecrets(), secretsDeniedReason(*identity));
    m_page->variablesTab()->setRemoteRestriction(identity->canWriteVariables(), variablesDeniedReason(*identity));
}

void SyncController::refresh()
{
    m_refreshTimer->stop();
    updateActions();
    const ProjectId project = m_vault->isUnlocked() ? m_projects->currentProject() : 0;
    if (project == 0 || !m_bindings.contains(project)) {
        m_status->clear();
        m_status->hide();
        m_page->secretsTab()->setSyncStates({});
        m_page->variablesTab()->setSyncStates({});
        return;
    }
    QHash<QString, ItemSyncState> secrets;
    QHash<QString, ItemSyncState> variables;
    auto overview = m_engine->overview(project);
    if (overview) {
        for (auto it = overview->states.cbegin(); it != overview->states.cend(); ++it) {
            (it.key().kind == ItemKind::Secret ? secrets : variables).insert(it.key().name, it.value());
        }
    }
    m_page->secretsTab()->setSyncStates(secrets);
    m_page->variablesTab()->setSyncStates(variables);

    const std::optional<RemoteIdentity> identity = m_engine->lastIdentity(project);
    const QString host = hostText(m_bindings.value(project).url);
    const QString where = identity ? tr("%1 @ %2").arg(identity->login, host) : host;
    QString state;
    if (m_engine->isBusy(project)) {
        state = tr("syncing…");
    } else if (!overview) {
        state = tr("sync state unknown: %1").arg(overview.message());
    } else {
        state = summaryText(overview.value(), identity.has_value());
    }
    m_status->setText(tr("Platform: %1 — %2").arg(where, state));
    m_status->setToolTip(tr("Platform project #%1 at %2")
                             .arg(m_bindings.value(project).remoteProjectId)
                             .arg(m_bindings.value(project).url));
    m_status->setAccessibleName(m_status->text());
    m_status->show();
}

QString SyncController::summaryText(const SyncEngine::Overview& overview, bool connected)
{
    const SyncSummary& summary = overview.summary;
    QStringList parts;
    if (summary.conflicts > 0) {
        parts << tr("%n conflict(s)", nullptr, summary.conflicts);
    }
    if (summary.toPublish > 0) {
        parts << tr("%n change(s) to publish", nullptr, summary.toPublish);
    }
    if (summary.toPull > 0) {
        parts << tr("%n change(s) to pull", nullptr, summary.toPull);
    }
    if (summary.damagedEntries > 0) {
        parts << tr("%n damaged change(s)", nullptr, summary.damagedEntries);
    }
    if (!parts.isEmpty()) {
        return parts.join(tr(", "));
    }
    if (overview.compared) {
        return tr("up to date");
    }
    // Nothing waits here, but the platform's side has not been listed in this run.
    return connected ? tr("nothing to publish") : tr("not connected yet");
}

void SyncController::bind()
{
    const ProjectId project = m_projects->currentProject();
    if (project == 0 || !m_vault->isUnlocked() || m_engine->isBusy(project)) {
        return;
    }
    const QString name = m_projects->currentProjectName();
    auto* dialog = new RemoteBindingDialog(m_vault, m_engine, project, name, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, project, name] {
        reloadBindings();
        const RemoteBinding binding = m_bindings.value(project);
        Q_EMIT statusMessage(tr("“%1” is bound to platform project #%2 at %3. Publish sends its secrets and "
                                "variables there.")
                                 .arg(name)
                                 .arg(binding.remoteProjectId)
                                 .arg(hostText(binding.url)));
    });
    dialog->open();
}

void SyncController::unbind()
{
    const ProjectId project = m_projects->currentProject();
    if (project == 0 || !m_bindings.contains(project) || m_engine->isBusy(project)) {
        return;
    }
    const QString name = m_projects->currentProjectName();
    const RemoteBinding binding = m_bindings.value(project);
    auto queued = m_vault->outboxCount(project);
    const int count = queued ? queued.value() : 0;
    QString text = tr("Unbind “%1” from platform project #%2 at %3?")
                       .arg(name)
                       .arg(binding.remoteProjectId)
                       .arg(hostText(binding.url));
    text += QStringLiteral("\n\n")
        + (count > 0 ? tr("%n change(s) not published yet will be dropped from the queue. ", nullptr, count)
                     : QString())
        + tr("The secrets and variables stay in this vault and on the platform; the stored API token is deleted.");
    const auto answer = MessageBox::question(
        m_window, tr("Unbind from platform"), text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) {
        return;
    }
    if (auto result = m_vault->clearRemoteBinding(project); !result) {
        MessageBox::warning(m_window, tr("Unbind from platform"), result.message(), QMessageBox::Ok, QMessageBox::Ok);
        return;
    }
    reloadBindings();
    Q_EMIT statusMessage(tr("“%1” is no longer bound to the platform.").arg(name));
}

void SyncController::publish()
{
    const ProjectId project = m_projects->currentProject();
    if (project != 0 && m_bindings.contains(project) && !m_engine->isBusy(project)) {
        startPrepare(project, SyncPlanDialog::Mode::Publish, QString());
    }
}

void SyncController::pull()
{
    const ProjectId project = m_projects->currentProject();
    if (project != 0 && m_bindings.contains(project) && !m_engine->isBusy(project)) {
        startPrepare(project, SyncPlanDialog::Mode::Pull, QString());
    }
}

void SyncController::startPrepare(ProjectId project, SyncPlanDialog::Mode mode, const QString& notice)
{
    const bool publishing = mode == SyncPlanDialog::Mode::Publish;
    const QString title = publishing ? tr("Publish") : tr("Pull");
    track(m_engine->prepare(project), title, [this, project, mode, notice, title](SyncOperation* operation) {
        if (!operation->result()) {
            reportFailure(title, operation);
            return;
        }
        showPlan(project, operation->result().value(), mode, notice);
    });
}

void SyncController::showPlan(
    ProjectId project, const SyncReport& report, SyncPlanDialog::Mode mode, const QString& notice)
{
    if (!m_vault->isUnlocked()) {
        return;
    }
    const QString name = projectName(project);
    if (report.plan.items.isEmpty() && report.plan.damagedEntryIds.isEmpty()) {
        Q_EMIT statusMessage(tr("“%1” is up to date with the platform.").arg(name));
        return;
    }
    auto* dialog = new SyncPlanDialog(report.plan, mode, name, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QStringList lines;
    if (!notice.isEmpty()) {
        lines << notice;
    }
    lines << report.warnings;
    dialog->setNotice(lines.join(u'\n'));
    connect(dialog, &QDialog::accepted, this, [this, dialog, project, mode] {
        const SyncPlan plan = dialog->plan();
        if (mode == SyncPlanDialog::Mode::Publish) {
            track(m_engine->publish(plan), tr("Publish"), [this, project](SyncOperation* operation) {
                recordInAuditLog(project, AuditAction::Published, operation);
                onPublished(project, operation);
            });
        } else {
            track(m_engine->pull(plan), tr("Pull"), [this, project](SyncOperation* operation) {
                recordInAuditLog(project, AuditAction::Pulled, operation);
                onPulled(project, operation);
            });
        }
    });
    dialog->open();
    Q_EMIT planDialogOpened(dialog);
}

void SyncController::recordInAuditLog(ProjectId project, AuditAction action, SyncOperation* operation)
{
    // Every publish and pull that ran is recorded, whatever came of it. Best effort: what was sent
    // is on the platform already, and the vault records the changes themselves.
    if (!SyncAuditDetail::isRecorded(operation->failure())) {
        return;
    }
    const bool succeeded = operation->result().ok();
    const SyncReport& report = succeeded ? operation->result().value() : operation->report();
    (void)m_vault->recordAudit(project, action,
        action == AuditAction::Published ? SyncAuditDetail::publish(report, succeeded)
                                         : SyncAuditDetail::pull(report, succeeded));
}

void SyncController::onPublished(ProjectId project, SyncOperation* operation)
{
    const QString name = projectName(project);
    const Result<SyncReport>& result = operation->result();
    if (result) {
        QString message = tr("Published “%1”: sent %n change(s)", nullptr, result->sent).arg(name);
        message += u' ' + tr("in %n request(s).", nullptr, result->requests);
        Q_EMIT statusMessage(message);
        if (!result->warnings.isEmpty()) {
            MessageBox::information(m_window, tr("Publish"),
                message + QStringLiteral("\n\n") + result->warnings.join(u'\n'), QMessageBox::Ok, QMessageBox::Ok);
        }
        return;
    }
    switch (operation->failure()) {
    case SyncFailure::Conflict:
        // Nothing of the refused batch was applied: show both sides again and let the admin choose.
        startPrepare(project, SyncPlanDialog::Mode::Publish,
            tr("Publishing stopped: items were changed on the platform meanwhile, and nothing was overwritten. "
               "Choose a side for each conflict, then publish again."));
        return;
    case SyncFailure::Cancelled: {
        auto queued = m_vault->outboxCount(project);
        Q_EMIT statusMessage(
            tr("Publishing “%1” was cancelled; %n change(s) are still queued.", nullptr, queued ? queued.value() : 0)
                .arg(name));
        return;
    }
    case SyncFailure::Locked:
        return;
    default:
        reportFailure(tr("Publish"), operation);
    }
}

void SyncController::onPulled(ProjectId project, SyncOperation* operation)
{
    const QString name = projectName(project);
    const Result<SyncReport>& result = operation->result();
    if (result) {
        const QString message
            = tr("Pulled %n change(s) from the platform into “%1”.", nullptr, result->pulled).arg(name);
        Q_EMIT statusMessage(message);
        if (!result->warnings.isEmpty()) {
            MessageBox::information(m_window, tr("Pull"),
                message + QStringLiteral("\n\n") + result->warnings.join(u'\n'), QMessageBox::Ok, QMessageBox::Ok);
        }
        return;
    }
    switch (operation->failure()) {
    case SyncFailure::Conflict:
        startPrepare(project, SyncPlanDialog::Mode::Pull,
            tr("The platform changed again while pulling; nothing was written. Check the plan again."));
        return;
    case SyncFailure::Cancelled:
        Q_EMIT statusMessage(tr("Pulling into “%1” was cancelled; nothing was written.").arg(name));
        return;
    case SyncFailure::Locked:
        return;
    default:
        reportFailure(tr("Pull"), operation);
    }
}

void SyncController::reportFailure(const QString& title, SyncOperation* operation)
{
    const QString message = operation->result() ? QString() : operation->result().message();
    QString text;
    switch (operation->failure()) {
    case SyncFailure::Cancelled:
        Q_EMIT statusMessage(tr("%1 cancelled.").arg(title));
        return;
    case SyncFailure::Locked:
        return;
    case SyncFailure::Unauthorized:
        text = tr("The platform refused the project's API token: it is wrong, expired or revoked. Choose Project → "
                  "Change platform binding… and enter a new token.");
        break;
    case SyncFailure::NotBound:
        text = tr("The project is not bound to a platform project, or its API token is missing. Choose Project → "
                  "Bind to platform project….");
        break;
    case SyncFailure::Damaged:
        text = tr("%1\n\nThe queued changes include a damaged record; nothing after it was sent.").arg(message);
        break;
    default:
        text = RemoteBindingDialog::failureText(operation->failure(), message);
        break;
    }
    MessageBox::warning(m_window, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void SyncController::track(
    SyncOperation* operation, const QString& title, const std::function<void(SyncOperation*)>& done)
{
    m_running = operation;
    updateActions();
    scheduleRefresh();

    auto* dialog = new OperationProgressDialog(operation, QStringLiteral("sync"), title, m_window);
    dialog->cancelButton()->setObjectName(QStringLiteral("syncCancelButton"));
    dialog->cancelButton()->setAccessibleName(tr("Cancel"));
    dialog->setCancellingText(tr("Cancelling… changes already sent are recorded."));
    m_progress = dialog;
    QPointer<QDialog> guard(dialog);
    connect(operation, &SyncOperation::finished, this, [this, operation, guard, done] {
        if (guard) {
            guard->hide();
            guard->deleteLater();
        }
        if (m_running == operation) {
            m_running = nullptr;
        }
        done(operation);
        updateActions();
        scheduleRefresh();
    });
}
