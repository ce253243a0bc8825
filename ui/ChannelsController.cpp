#include "ui/ChannelsController.h"

#include "models/AuditEntry.h"
#include "models/VaultSession.h"
#include "sync/SyncAuditDetail.h"
#include "ui/AddChannelDialog.h"
#include "ui/ChannelsPanel.h"
#include "ui/MessageBox.h"
#include "ui/OperationProgressDialog.h"
#include "ui/ProjectsPanel.h"
#include "ui/RemoteBindingDialog.h"
#include "ui/SyncController.h"
#include "ui/TestWidgetPanel.h"

#include <QCoreApplication>
#include <QDialog>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>

namespace {

// Refreshes the Channels panel when it is shown with stale rows: a listing costs a request per
// channel with pending variables, so it waits until someone looks.
class ShowWatcher : public QObject
{
public:
    ShowWatcher(QObject* parent, std::function<void()> onShow) : QObject(parent), m_onShow(std::move(onShow)) { }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show) {
            m_onShow();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_onShow;
};

QString rolesText(const RemoteIdentity& identity)
{
    return identity.roles.isEmpty() ? QCoreApplication::translate("ChannelsController", "no roles")
                                    : identity.roles.join(QStringLiteral(", "));
}

} // namespace

ChannelsController::ChannelsController(VaultSession* vault, ProjectsPanel* projects, SyncController* sync,
    ChannelsPanel* channels, TestWidgetPanel* testWidget, QWidget* window)
    : QObject(window)
    , m_vault(vault)
    , m_projects(projects)
    , m_sync(sync)
    , m_channels(channels)
    , m_testWidget(testWidget)
    , m_window(window)
    , m_service(new ChannelService(vault->syncStore(), this))
    , m_refreshTimer(new QTimer(this))
{
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        if (m_channels->isVisible()) {
            refresh();
        } else {
            m_stale = true;
        }
    });
    m_channels->installEventFilter(new ShowWatcher(this, [this] {
        if (m_stale) {
            scheduleRefresh();
        }
    }));

    connect(m_channels, &ChannelsPanel::refreshRequested, this, &ChannelsController::refresh);
    connect(m_channels, &ChannelsPanel::deployRequested, this, &ChannelsController::deploy);
    connect(m_channels, &ChannelsPanel::deployAllRequested, this, &ChannelsController::deployAll);
    connect(m_channels, &ChannelsPanel::newChannelRequested, this, &ChannelsController::newChannel);
    connect(m_channels, &ChannelsPanel::bindRequested, m_sync, &SyncController::bind);
    connect(m_testWidget, &TestWidgetPanel::sendRequested, this, &ChannelsController::send);

    connect(m_projects, &ProjectsPanel::currentProjectChanged, this, &ChannelsController::onProjectChanged);
    connect(m_vault, &ProjectStore::projectsChanged, this, [this] {
        const ProjectId before = m_boundProject;
        reloadBinding();
        if (m_boundProject != before) {
            onProjectChanged();
        }
    });
    connect(m_vault, &ProjectStore::lockedChanged, this, [this](bool locked) {
        if (locked) {
            onLocked();
        } else {
            onProjectChanged();
        }
    });
    connect(m_sync->engine(), &SyncEngine::identityChanged, this, [this](ProjectId project) {
        if (project == m_boundProject) {
            applyGating();
        }
    });
    // A publish changes which variables are pending.
    connect(m_sync->engine(), &SyncEngine::stateChanged, this, [this](ProjectId project) {
        if (project == m_boundProject && !m_sync->engine()->isBusy(project)) {
            scheduleRefresh();
        }
    });
    onProjectChanged();
}

ChannelsController::~ChannelsController()
{
    for (ChannelOperation* operation : {m_running.data(), m_evaluating.data()}) {
        if (operation) {
            operation->disconnect(this);
            operation->cancel();
        }
    }
}

QString ChannelsController::deployDeniedReason(const RemoteIdentity& identity)
{
    return tr("Your platform account %1 has the roles %2; deploying channels and talking to their bots needs "
              "SYSTEM_ADMIN or DEVELOPER.")
        .arg(identity.login, rolesText(identity));
}

bool ChannelsController::shouldOfferTestWidgetFirst(const QList<ChannelInfo>& channels)
{
    const ChannelInfo* testWidget = nullptr;
    for (const ChannelInfo& channel : channels) {
        if (channel.isTestWidget()) {
            testWidget = &channel;
            break;
        }
    }
    // Pending for the test widget means it was not deployed since the variables changed.
    return testWidget && testWidget->pendingVariableCount > 0 && channels.size() > 1;
}

QList<qint64> ChannelsController::deployOrder(const QList<ChannelInfo>& channels)
{
    QList<qint64> ids;
    for (const ChannelInfo& channel : channels) {
        if (channel.isTestWidget()) {
            ids << channel.id;
        }
    }
    for (const ChannelInfo& channel : channels) {
        if (!channel.isTestWidget()) {
            ids << channel.id;
        }
    }
    return ids;
}

ProjectId ChannelsController::currentBoundProject() const
{
    if (!m_vault->isUnlocked()) {
        return 0;
    }
    const ProjectId project = m_projects->currentProject();
    if (project == 0) {
        return 0;
    }
    if (auto projects = m_vault->projects()) {
        for (const Project& candidate : projects.value()) {
            if (candidate.id == project && !candidate.damaged && candidate.remoteProjectId != 0) {
                return project;
            }
        }
    }
    return 0;
}

void ChannelsController::reloadBinding()
{
    m_boundProject = currentBoundProject();
}

void ChannelsController::onProjectChanged()
{
    reloadBinding();
    // Another project's channels and bot: nothing of the previous one may stay on screen.
    if (m_running) {
        m_running->cancel();
    }
    if (m_evaluating) {
        m_evaluating->cancel();
    }
    m_testWidget->clearTranscript();
    m_testWidget->clearInput();
    m_testWidget->setChannels({});
    m_channels->setBound(m_boundProject != 0);
    m_channels->clear();
    applyGating();
    m_stale = true;
    if (m_boundProject != 0) {
        scheduleRefresh();
    }
}

void ChannelsController::onLocked()
{
    for (ChannelOperation* operation : {m_running.data(), m_evaluating.data()}) {
        if (operation) {
            operation->cancel();
        }
    }
    m_boundProject = 0;
    m_testWidget->clearTranscript();
    m_testWidget->setChannels({});
    m_testWidget->clearHistory();
    m_channels->setBound(false);
    m_identities.clear();
    m_stale = true;
}

void ChannelsController::scheduleRefresh()
{
    if (m_boundProject != 0) {
        m_refreshTimer->start();
    }
}

void ChannelsController::applyGating()
{
    std::optional<RemoteIdentity> identity;
    if (m_boundProject != 0) {
        identity = m_sync->engine()->lastIdentity(m_boundProject);
        if (!identity && m_identities.contains(m_boundProject)) {
            identity = m_identities.value(m_boundProject);
        }
    }
    // Unknown roles: allowed, the platform still refuses what the account may not do.
    const bool allowed = !identity || identity->canWriteVariables();
    const QString reason = identity ? deployDeniedReason(*identity) : QString();
    m_channels->setWriteAllowed(allowed, reason);
    m_testWidget->setWriteAllowed(allowed, reason);
}

void ChannelsController::updateBusy()
{
    m_channels->setBusy(m_running != nullptr, m_running ? tr("Talking to the platform…") : QString());
    m_testWidget->setBusy(m_evaluating != nullptr);
}

QString ChannelsController::channelName(qint64 channelId) const
{
    for (const ChannelInfo& channel : m_channels->channels()) {
        if (channel.id == channelId) {
            const QString type = ChannelsPanel::typeLabel(channel.type);
            return channel.name == type ? type : tr("%1 “%2”").arg(type, channel.name);
        }
    }
    return tr("channel #%1").arg(channelId);
}

void ChannelsController::refresh()
{
    m_refreshTimer->stop();
    if (m_boundProject == 0 || m_running) {
        return;
    }
    m_stale = false;
    const ProjectId project = m_boundProject;
    runQuietly(m_service->list(project), [this, project](ChannelOperation* operation) {
        if (project != m_boundProject) {
            return;
        }
        if (!operation->result()) {
            if (operation->failure() != SyncFailure::Cancelled && operation->failure() != SyncFailure::Locked) {
                m_channels->setStatusText(tr("Could not read the channels: %1").arg(failureText(operation)));
            }
            return;
        }
        const ChannelReport& report = operation->result().value();
        if (!report.identity.login.isEmpty()) {
            m_identities.insert(project, report.identity);
            applyGating();
        }
        m_channels->setChannels(report.channels);
        m_testWidget->setChannels(report.channels);
        m_channels->setStatusText(tr("%n channel(s), read at %1.", nullptr, static_cast<int>(report.channels.size()))
                                      .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    });
}

void ChannelsController::deploy(const QList<qint64>& channelIds)
{
    if (m_boundProject == 0 || m_running || channelIds.isEmpty()) {
        return;
    }
    // Deploying a selection that includes the test widget still deploys it first.
    QList<qint64> ordered;
    for (qint64 id : deployOrder(m_channels->channels())) {
        if (channelIds.contains(id)) {
            ordered << id;
        }
    }
    for (qint64 id : channelIds) {
        if (!ordered.contains(id)) {
            ordered << id;
        }
    }
    startDeploy(m_boundProject, ordered);
}

void ChannelsController::deployAll()
{
    const QList<ChannelInfo> channels = m_channels->channels();
    if (m_boundProject == 0 || m_running || channels.isEmpty()) {
        return;
    }
    const QList<qint64> all = deployOrder(channels);
    if (!shouldOfferTestWidgetFirst(channels)) {
        startDeploy(m_boundProject, all);
        return;
    }
    qint64 testWidget = 0;
    int pending = 0;
    for (const ChannelInfo& channel : channels) {
        if (channel.isTestWidget()) {
            testWidget = channel.id;
            pending = channel.pendingVariableCount;
        }
    }
    // Window-modal and opened, not exec()'d: the vault locking closes it like every other dialog.
    auto* box = new QMessageBox(QMessageBox::Question, tr("Deploy all channels"),
        tr("Deploy the test widget first and check it?"), QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("deployFirstQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(tr("%n variable change(s) have not been deployed to the test widget yet. Deploying "
                               "all channels now puts them in front of your users before you could check them.",
        nullptr, pending));
    QPushButton* testOnly = box->addButton(tr("Deploy &test widget only"), QMessageBox::AcceptRole);
    testOnly->setObjectName(QStringLiteral("deployTestWidgetOnlyButton"));
    QPushButton* anyway = box->addButton(tr("Deploy &all anyway"), QMessageBox::DestructiveRole);
    anyway->setObjectName(QStringLiteral("deployAllAnywayButton"));
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("deployCancelButton"));
    box->setDefaultButton(testOnly);
    box->setEscapeButton(cancel);
    const ProjectId project = m_boundProject;
    connect(box, &QMessageBox::finished, this, [this, box, testOnly, anyway, project, testWidget, all] {
        if (project != m_boundProject || m_running) {
            return;
        }
        if (box->clickedButton() == testOnly) {
            startDeploy(project, {testWidget});
        } else if (box->clickedButton() == anyway) {
            startDeploy(project, all);
        }
    });
    box->open();
    Q_EMIT deployQuestionOpened(box);
}

void ChannelsController::startDeploy(ProjectId project, const QList<qint64>& channelIds)
{
    track(m_service->deploy(project, channelIds), tr("Deploy"),
        [this, channelIds](ChannelOperation* operation) { onDeployed(operation, channelIds); });
    Q_EMIT deployStarted(channelIds);
}

void ChannelsController::recordInAuditLog(
    ProjectId project, const QList<qint64>& channelIds, ChannelOperation* operation)
{
    // One entry per channel asked for, with its deploy's outcome. Best effort: the platform deploys
    // whether or not this vault can write.
    if (!SyncAuditDetail::isRecorded(operation->failure())) {
        return;
    }
    const ChannelReport& report = operation->result() ? operation->result().value() : operation->report();
    for (qint64 id : channelIds) {
        (void)m_vault->recordAudit(
            project, AuditAction::Deployed, SyncAuditDetail::deploy(id, SyncAuditDetail::deployOf(report, id)));
    }
}

void ChannelsController::onDeployed(ChannelOperation* operation, const QList<qint64>& channelIds)
{
    const ProjectId project = operation->project();
    if (!m_vault->isUnlocked() || operation->failure() == SyncFailure::Locked) {
        return;
    }
    recordInAuditLog(project, channelIds, operation);
    if (operation->result()) {
        const ChannelReport& report = operation->result().value();
        QStringList failed;
        int succeeded = 0;
        for (qsizetype i = 0; i < report.deploys.size(); ++i) {
            const DeployInfo& deploy = report.deploys.at(i);
            if (deploy.status == QLatin1String("SUCCEEDED")) {
                ++succeeded;
                continue;
            }
            // The channel keeps running its previous deploy; the message names what failed.
            const QString why = deploy.errorMessage.isEmpty() ? ChannelsPanel::statusText(deploy) : deploy.errorMessage;
            failed << tr("%1: %2").arg(i < channelIds.size() ? channelName(channelIds.at(i)) : tr("a channel"), why);
        }
        if (failed.isEmpty()) {
            Q_EMIT statusMessage(
                tr("Deployed %n channel(s); they now run the project's current variables.", nullptr, succeeded));
        } else {
            MessageBox::warning(m_window, tr("Deploy"),
                tr("%n deploy(s) failed; those channels keep running their previous deploy.", nullptr,
                    static_cast<int>(failed.size()))
                    + QStringLiteral("\n\n") + failed.join(u'\n'),
                QMessageBox::Ok, QMessageBox::Ok);
        }
    } else if (operation->failure() == SyncFailure::Cancelled) {
        Q_EMIT statusMessage(tr("Stopped waiting for the deploy. The platform goes on deploying; Refresh shows how it "
                                "ended."));
    } else {
        MessageBox::warning(m_window, tr("Deploy"), failureText(operation), QMessageBox::Ok, QMessageBox::Ok);
    }
    if (project == m_boundProject) {
        m_stale = true;
        scheduleRefresh();
    }
}

void ChannelsController::newChannel()
{
    if (m_boundProject == 0 || m_running) {
        return;
    }
    auto* dialog = new AddChannelDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const ProjectId project = m_boundProject;
    connect(dialog, &QDialog::accepted, this, [this, project, dialog] {
        const QString channelType = dialog->channelType();
        const QString channelName = dialog->channelName();
        if (project != m_boundProject || m_running) {
            return;
        }
        runQuietly(m_service->createChannel(project, channelType, channelName),
            [this, project, channelName](ChannelOperation* operation) {
                if (operation->failure() == SyncFailure::Locked || operation->failure() == SyncFailure::Cancelled) {
                    return;
                }
                if (!operation->result()) {
                    MessageBox::warning(
                        m_window, tr("New channel"), failureText(operation), QMessageBox::Ok, QMessageBox::Ok);
                    return;
                }
                Q_EMIT statusMessage(
                    tr("Created the channel “%1”. Deploy it to give it the project's variables.").arg(channelName));
                if (project == m_boundProject) {
                    m_stale = true;
                    scheduleRefresh();
                }
            });
    });
    dialog->open();
    Q_EMIT newChannelDialogOpened(dialog);
}

void ChannelsController::send(qint64 channelId, const QString& input, bool isMessage)
{
    if (m_boundProject == 0 || m_evaluating || channelId == 0) {
        return;
    }
    const ProjectId project = m_boundProject;
    const QString name = channelName(channelId);
    m_evaluating = m_service->evaluate(project, channelId, input, isMessage);
    updateBusy();
    QPointer<ChannelOperation> operation = m_evaluating;
    connect(m_evaluating, &ChannelOperation::finished, this, [this, operation, project, name, input, isMessage] {
        if (m_evaluating == operation) {
            m_evaluating = nullptr;
        }
        updateBusy();
        if (!operation || project != m_boundProject || !m_vault->isUnlocked()) {
            return;
        }
        const SyncFailure failure = operation->failure();
        if (failure == SyncFailure::Locked || failure == SyncFailure::Cancelled) {
            return;
        }
        if (operation->result() && operation->result()->reply) {
            m_testWidget->appendExchange(name, input, isMessage, *operation->result()->reply);
        } else {
            m_testWidget->appendFailure(name, input, isMessage, failureText(operation));
        }
    });
}

QString ChannelsController::failureText(ChannelOperation* operation) const
{
    const QString message = operation->result() ? QString() : operation->result().message();
    switch (operation->failure()) {
    case SyncFailure::Unauthorized:
        return tr("The platform refused the project's API token: it is wrong, expired or revoked. Choose Project → "
                  "Change platform binding… and enter a new token.");
    case SyncFailure::NotBound:
        return tr("The project is not bound to a platform project, or its API token is missing. Choose Project → "
                  "Bind to platform project….");
    case SyncFailure::None:
        return message.isEmpty() ? tr("The platform sent no reply.") : message;
    default:
        return RemoteBindingDialog::failureText(operation->failure(), message);
    }
}

void ChannelsController::runQuietly(ChannelOperation* operation, const std::function<void(ChannelOperation*)>& done)
{
    m_running = operation;
    updateBusy();
    QPointer<ChannelOperation> guard(operation);
    connect(operation, &ChannelOperation::finished, this, [this, guard, done] {
        if (m_running == guard) {
            m_running = nullptr;
        }
        updateBusy();
        if (guard) {
            done(guard);
        }
    });
}

void ChannelsController::track(
    ChannelOperation* operation, const QString& title, const std::function<void(ChannelOperation*)>& done)
{
    auto* dialog = new OperationProgressDialog(operation, QStringLiteral("deploy"), title, m_window);
    dialog->stageLabel()->setWordWrap(true);
    QPushButton* cancel = dialog->cancelButton();
    cancel->setObjectName(QStringLiteral("deployCancelWaitButton"));
    cancel->setAccessibleName(tr("Stop waiting"));
    cancel->setToolTip(tr("Stop waiting for the deploy; the platform goes on deploying."));
    dialog->setCancellingText(tr("Stopping… a deploy the platform accepted goes on there."));
    m_progress = dialog;
    QPointer<QDialog> guardDialog(dialog);
    runQuietly(operation, [guardDialog, done](ChannelOperation* finished) {
        if (guardDialog) {
            guardDialog->hide();
            guardDialog->deleteLater();
        }
        done(finished);
    });
}
