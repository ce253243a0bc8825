#include "ui/MainWindow.h"

#include "models/SecretsTableModel.h"
#include "models/VariablesTableModel.h"
#include "models/VaultSession.h"
#include "storage/VaultAccess.h"
#include "ui/AppSettings.h"
#include "ui/AuditLogDialog.h"
#include "ui/ChangePasswordDialog.h"
#include "ui/ChannelsController.h"
#include "ui/ChannelsPanel.h"
#include "ui/ClipboardGuard.h"
#include "ui/CreateVaultDialog.h"
#include "ui/HistoryActions.h"
#include "ui/Icons.h"
#include "ui/InactivityWatcher.h"
#include "ui/ItemTableView.h"
#include "ui/LockScreen.h"
#include "ui/MessageBox.h"
#include "ui/NameUsageBanner.h"
#include "ui/ProjectTransferActions.h"
#include "ui/ProjectsPanel.h"
#include "ui/SecretsAndVariablesPage.h"
#include "ui/SecretsTab.h"
#include "ui/SettingsDialog.h"
#include "ui/SyncController.h"
#include "ui/TestWidgetPanel.h"
#include "ui/UnlockDialog.h"
#include "ui/VariablesTab.h"
#include "ui/VaultSearchDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDialog>
#include <QFrame>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

// How often the window looks whether another program changed the vault file: one PRAGMA, no read.
constexpr int kExternalChangePollMs = 1500;

// Ctrl+L must lock from the window's own dialogs too: they are window-modal and have the keyboard,
// so the File menu's shortcut, which belongs to the blocked main window, never sees the keys. Runs
// as an application event filter and only gets key presses that no shortcut took.
class LockKeyFilter : public QObject
{
public:
    LockKeyFilter(QWidget* window, QAction* lockAction)
        : QObject(window), m_window(window), m_lockAction(lockAction) { }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::KeyPress || !m_lockAction->isEnabled() || !watched->isWidgetType()) {
            return QObject::eventFilter(watched, event);
        }
        const QKeySequence pressed(static_cast<QKeyEvent*>(event)->keyCombination());
        if (!m_lockAction->shortcuts().contains(pressed) || !belongsToWindow(static_cast<QWidget*>(watched))) {
            return QObject::eventFilter(watched, event);
        }
        event->accept();
        m_lockAction->trigger();
        return true;
    }

private:
    // The widget is in the main window or in a dialog (of a dialog…) opened from it.
    bool belongsToWindow(const QWidget* widget) const
    {
        for (const QWidget* window = widget->window(); window;
             window = window->parentWidget() ? window->parentWidget()->window() : nullptr) {
            if (window == m_window) {
                return true;
            }
        }
        return false;
    }

    QWidget* m_window;
    QAction* m_lockAction;
};

} // namespace

MainWindow::MainWindow(VaultSession* vault, AppSettings* settings, QWidget* parent)
    : QMainWindow(parent)
    , m_vault(vault)
    , m_settings(settings)
    , m_clipboard(new ClipboardGuard(QApplication::clipboard(), this))
    , m_inactivity(new InactivityWatcher(this))
    , m_stack(new QStackedWidget(this))
    , m_unlockedPage(new QSplitter(Qt::Horizontal, this))
    , m_projects(new ProjectsPanel(vault, m_unlockedPage))
    , m_page(new SecretsAndVariablesPage(vault, m_clipboard, m_unlockedPage))
    , m_lockState(new QLabel(this))
    , m_transfer(new ProjectTransferActions(vault, m_projects, this))
    , m_sync(nullptr)
    , m_channelsPage(nullptr)
    , m_channels(nullptr)
    , m_testWidget(nullptr)
    , m_channelsController(nullptr)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_vaultPath = m_settings->vaultPath();
    m_lockScreen = new LockScreen(
        vault, [this] { return m_vaultPath; }, this);
    connect(m_lockScreen, &LockScreen::createVaultRequested, this, &MainWindow::start);
    setWindowTitle(tr("BotVault"));
    layOutPages();

    m_lockState->setObjectName(QStringLiteral("lockStateLabel"));
    // After the page's own connection to the project list, so the page has loaded the project when
    // the controller applies its sync tags and gating.
    connect(m_projects, &ProjectsPanel::currentProjectChanged, m_page, &SecretsAndVariablesPage::setProject);
    m_sync = new SyncController(vault, m_projects, m_page, this);
    createChannelsPage();
    statusBar()->addPermanentWidget(m_sync->statusLabel());
    // A rule between the two states, so they do not read as one phrase.
    auto* stateSeparator = new QFrame(this);
    stateSeparator->setFrameShape(QFrame::VLine);
    stateSeparator->setFrameShadow(QFrame::Sunken);
    statusBar()->addPermanentWidget(stateSeparator);
    statusBar()->addPermanentWidget(m_lockState);

    createActions();
    connectParts();
    applySettings();
    restoreWindowState();
    onLockedChanged(!m_vault->isUnlocked());
}

void MainWindow::layOutPages()
{
    auto* splitter = static_cast<QSplitter*>(m_unlockedPage);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_projects);
    splitter->addWidget(m_page);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 860});
    splitter->setChildrenCollapsible(false);

    m_stack->setObjectName(QStringLiteral("mainStack"));
    m_stack->addWidget(m_lockScreen);
    m_stack->addWidget(m_unlockedPage);
    setCentralWidget(m_stack);
}

void MainWindow::connectParts()
{
    connect(m_vault, &ProjectStore::lockedChanged, this, &MainWindow::onLockedChanged);
    // Coming back from the terminal where the CLI changed the vault shows the change at once.
    connect(qApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        if (state == Qt::ApplicationActive) {
            (void)m_vault->checkForExternalChanges();
        }
    });
    auto showMessage = [this](const QString& message) { statusBar()->showMessage(message, 8000); };
    connect(m_projects, &ProjectsPanel::statusMessage, this, showMessage);
    connect(m_page, &SecretsAndVariablesPage::statusMessage, this, showMessage);
    connect(m_transfer, &ProjectTransferActions::statusMessage, this, showMessage);
    connect(m_sync, &SyncController::statusMessage, this, showMessage);
    connect(m_channelsController, &ChannelsController::statusMessage, this, showMessage);
    connect(m_page, &SecretsAndVariablesPage::bindSourceFolderRequested, m_projects, &ProjectsPanel::bindSourceFolder);
    // Binding the folder the project already had changes no record, but its code may have changed.
    connect(m_projects, &ProjectsPanel::sourceFolderBound, this, [this](ProjectId project) {
        if (project == m_page->project()) {
            m_page->rescanSourceFolder();
        }
    });
    connect(m_projects, &ProjectsPanel::currentProjectChanged, this, &MainWindow::updateActions);
    // Rotate… publishes through the one publish path and names the channels the Channels tab last listed.
    connect(m_page->secretsTab(), &SecretsTab::publishRequested, m_sync, &SyncController::publish);
    m_page->secretsTab()->setChannelNames([this] {
        QStringList names;
        for (const ChannelInfo& channel : m_channels->channels()) {
            names.append(QStringLiteral("%1 (%2)").arg(channel.name, channel.type));
        }
        return names;
    });
    connect(m_inactivity, &InactivityWatcher::activity, m_vault, &VaultSession::noteActivity);
    qApp->installEventFilter(m_inactivity);
    qApp->installEventFilter(new LockKeyFilter(this, m_lockAction));
}

void MainWindow::restoreWindowState()
{
    restoreGeometry(m_settings->mainWindowGeometry());
    restoreState(m_settings->mainWindowState());
    m_page->secretsTab()->view()->restoreHeaderState(m_settings->headerState(QStringLiteral("secrets")));
    m_page->variablesTab()->view()->restoreHeaderState(m_settings->headerState(QStringLiteral("variables")));
    if (!m_settings->hasMainWindowGeometry()) {
        resize(1100, 680);
    }
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(m_inactivity);
}

void MainWindow::createChannelsPage()
{
    // A tab beside Secrets and Environment variables rather than docks: at 1280×800 a dock would
    // squeeze the secrets table, and channels are a step after editing (publish, then deploy), so
    // they get the page's full width. The test widget sits under the channels because the banner's
    // flow reads top to bottom: deploy the test widget, check it below, then deploy the rest.
    auto* splitter = new QSplitter(Qt::Vertical, m_page);
    splitter->setObjectName(QStringLiteral("channelsSplitter"));
    splitter->setChildrenCollapsible(false);
    m_channels = new ChannelsPanel(splitter);
    m_testWidget = new TestWidgetPanel(splitter);
    splitter->addWidget(m_channels);
    splitter->addWidget(m_testWidget);
    // The channel table gets the larger share: it is the list the admin works through.
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({3000, 2000});
    auto* page = new QWidget(m_page);
    page->setObjectName(QStringLiteral("channelsPage"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(splitter);
    m_channelsPage = page;
    m_page->tabs()->addTab(m_channelsPage, tr("Channels"));
    m_channelsController = new ChannelsController(m_vault, m_projects, m_sync, m_channels, m_testWidget, this);
    rememberBannerStates();
}

void MainWindow::rememberBannerStates()
{
    NameUsageBanner* names = m_page->nameUsageBanner();
    names->setCollapsed(m_settings->bannerCollapsed(QStringLiteral("nameUsage")));
    connect(names, &NameUsageBanner::collapsedChanged, this,
        [this](bool collapsed) { m_settings->setBannerCollapsed(QStringLiteral("nameUsage"), collapsed); });
    m_channels->setBannerCollapsed(m_settings->bannerCollapsed(QStringLiteral("channelsFlow")));
    connect(m_channels, &ChannelsPanel::bannerCollapsedChanged, this,
        [this](bool collapsed) { m_settings->setBannerCollapsed(QStringLiteral("channelsFlow"), collapsed); });
}

void MainWindow::setVaultPath(const QString& path)
{
    m_vaultPath = path;
    if (!m_vault->isUnlocked()) {
        m_lockScreen->prepare();
    }
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newProject = file->addAction(
        Icons::icon(QStringLiteral("project")), tr("&New project…"), m_projects, &ProjectsPanel::addProject);
    newProject->setObjectName(QStringLiteral("newProjectAction"));
    newProject->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    file->addSeparator();
    QAction* importProject
        = file->addAction(tr("&Import project…"), m_transfer, &ProjectTransferActions::importProject);
    importProject->setObjectName(QStringLiteral("importProjectAction"));
    importProject->setStatusTip(tr("Add a project from a ZIP file: a BotVault export or a bot platform project."));
    QAction* exportProject
        = file->addAction(tr("&Export project…"), m_transfer, &ProjectTransferActions::exportProject);
    exportProject->setObjectName(QStringLiteral("exportProjectAction"));
    exportProject->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportProject->setStatusTip(
        tr("Save the project as a ZIP file: its bot code, the variables marked for export and the secret names."));
    QAction* importEnv = file->addAction(tr("Import .en&v file…"), m_transfer, &ProjectTransferActions::importEnv);
    importEnv->setObjectName(QStringLiteral("importEnvAction"));
    importEnv->setStatusTip(tr("Add variables and secrets from NAME=value lines."));
    QAction* exportEnv = file->addAction(tr("Export .env &file…"), m_transfer, &ProjectTransferActions::exportEnv);
    exportEnv->setObjectName(QStringLiteral("exportEnvAction"));
    exportEnv->setStatusTip(tr("Save the project's variables as NAME=value lines; secrets are not exported."));
    file->addSeparator();
    m_lockAction
        = file->addAction(Icons::icon(QStringLiteral("lock")), tr("&Lock vault"), this, &MainWindow::lockVault);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction* changePassword
        = file->addAction(tr("Change &master password…"), this, &MainWindow::showChangePasswordDialog);
    changePassword->setObjectName(QStringLiteral("changePasswordAction"));
    QAction* settings = file->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* project = menuBar()->addMenu(tr("&Project"));
    project->addAction(m_projects->bindSourceFolderAction());
    project->addAction(m_projects->unbindSourceFolderAction());
    QAction* rescan
        = project->addAction(tr("&Rescan the bot's code"), m_page, &SecretsAndVariablesPage::rescanSourceFolder);
    rescan->setObjectName(QStringLiteral("rescanSourceAction"));
    project->addSeparator();
    project->addAction(m_sync->bindAction());
    project->addAction(m_sync->publishAction());
    project->addAction(m_sync->pullAction());
    project->addAction(m_sync->unbindAction());

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* add = edit->addAction(Icons::icon(QStringLiteral("add")), tr("&Add secret or variable…"), m_page,
        &SecretsAndVariablesPage::addItemInCurrentTab);
    add->setObjectName(QStringLiteral("addItemAction"));
    add->setShortcut(QKeySequence::New);
    QAction* find = edit->addAction(
        Icons::icon(QStringLiteral("search")), tr("&Find…"), m_page, &SecretsAndVariablesPage::focusFilter);
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    QAction* searchAll = edit->addAction(tr("Search &all projects…"), this, &MainWindow::showSearchDialog);
    searchAll->setObjectName(QStringLiteral("searchAllProjectsAction"));
    searchAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    searchAll->setStatusTip(tr("Find a name in every project, or a text in variables' values."));

    m_unlockedActions = {newProject, importProject, m_lockAction, changePassword, add, find, searchAll};
    m_projectActions = {exportProject, importEnv, exportEnv, rescan};
    addAuditLogAction(file, settings);
    addHistoryActions(edit, project);
    createViewAndHelpMenus();
}

void MainWindow::createViewAndHelpMenus()
{
    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* secrets = view->addAction(tr("&Secrets"), this, [this] { m_page->tabs()->setCurrentIndex(0); });
    secrets->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction* variables
        = view->addAction(tr("&Environment variables"), this, [this] { m_page->tabs()->setCurrentIndex(1); });
    variables->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction* channels
        = view->addAction(tr("&Channels"), this, [this] { m_page->tabs()->setCurrentWidget(m_channelsPage); });
    channels->setObjectName(QStringLiteral("showChannelsAction"));
    channels->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    view->addSeparator();
    // One F5 for the window: on the Channels tab it reads the channel list again too.
    QAction* reload = view->addAction(tr("&Reload"), this, [this] {
        m_vault->requestReload();
        QPushButton* refreshChannels = m_channels->refreshButton();
        if (m_page->tabs()->currentWidget() == m_channelsPage && refreshChannels->isVisible()
            && refreshChannels->isEnabled()) {
            refreshChannels->click();
        }
        statusBar()->showMessage(tr("Reloaded the vault."), 5000);
    });
    reload->setObjectName(QStringLiteral("reloadAction"));
    reload->setShortcut(QKeySequence::Refresh);
    m_unlockedActions << secrets << variables << channels << reload;

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About BotVault"), this, &MainWindow::showAbout)->setMenuRole(QAction::AboutRole);
}

// File → Audit log…, placed before Settings.
void MainWindow::addAuditLogAction(QMenu* file, QAction* before)
{
    auto* auditLog = new QAction(tr("&Audit log…"), this);
    auditLog->setObjectName(QStringLiteral("auditLogAction"));
    connect(auditLog, &QAction::triggered, this, &MainWindow::showAuditLog);
    file->insertAction(before, auditLog);
    m_unlockedActions.append(auditLog);
}

void MainWindow::addHistoryActions(QMenu* edit, QMenu* project)
{
    m_history = new HistoryActions(m_vault, m_projects, m_page, this);
    connect(m_history, &HistoryActions::statusMessage, this,
        [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    edit->addSeparator();
    edit->addAction(m_history->itemHistoryAction());
    edit->addAction(m_history->recentlyDeletedAction());
    project->addSeparator();
    project->addAction(m_history->projectAtTimeAction());
    project->addAction(m_history->recentlyDeletedAction());
    m_unlockedActions.append(m_history->recentlyDeletedAction());
    m_projectActions << m_history->itemHistoryAction() << m_history->projectAtTimeAction();
}

void MainWindow::updateActions()
{
    const bool unlocked = m_vault->isUnlocked();
    for (QAction* action : std::as_const(m_unlockedActions)) {
        action->setEnabled(unlocked);
    }
    const bool hasProject = unlocked && m_projects->currentProject() != 0;
    for (QAction* action : std::as_const(m_projectActions)) {
        action->setEnabled(hasProject);
    }
}

void MainWindow::start()
{
    if (m_vault->isUnlocked()) {
        return;
    }
    if (vaultFileExists(m_vaultPath)) {
        showUnlockDialog();
    } else {
        showCreateVaultDialog();
    }
}

void MainWindow::showChangePasswordDialog()
{
    auto* dialog = new ChangePasswordDialog(m_vault, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        statusBar()->showMessage(dialog->rotatedDataKey()
                ? tr("Changed the master password; every record is re-encrypted under a new data key.")
                : tr("Changed the master password."),
            8000);
    });
    dialog->open();
}

void MainWindow::showAuditLog()
{
    auto* dialog = new AuditLogDialog(m_vault, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showSearchDialog()
{
    auto* dialog = new VaultSearchDialog(m_vault, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &VaultSearchDialog::hitActivated, this, &MainWindow::showSearchHit);
    dialog->open();
}

void MainWindow::showSearchHit(const SearchHit& hit)
{
    m_projects->selectProject(hit.project);
    if (m_page->project() != hit.project) {
        statusBar()->showMessage(tr("The project of that result is no longer in the vault."), 8000);
        return;
    }
    const bool isSecret = hit.kind == ItemKind::Secret;
    ItemTab* tab = isSecret ? static_cast<ItemTab*>(m_page->secretsTab()) : m_page->variablesTab();
    m_page->tabs()->setCurrentWidget(tab);
    tab->view()->filterEdit()->clear(); // a filter left from before could hide the row
    int row = -1;
    if (isSecret) {
        const SecretsTableModel* model = m_page->secretsTab()->model();
        for (int candidate = 0; candidate < model->rowCount() && row < 0; ++candidate) {
            row = model->secretAt(candidate).name == hit.name ? candidate : -1;
        }
    } else {
        const VariablesTableModel* model = m_page->variablesTab()->model();
        for (int candidate = 0; candidate < model->rowCount() && row < 0; ++candidate) {
            row = model->variableAt(candidate).name == hit.name ? candidate : -1;
        }
    }
    if (row < 0) {
        statusBar()->showMessage(tr("%1 is no longer in project %2.").arg(hit.name, hit.projectName), 8000);
        return;
    }
    tab->view()->selectRow(row);
    tab->view()->table()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showUnlockDialog()
{
    auto* dialog = new UnlockDialog(m_vault, m_vaultPath, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showCreateVaultDialog()
{
    auto* dialog = new CreateVaultDialog(m_vault, m_vaultPath, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::lockVault()
{
    m_vault->lock();
}

void MainWindow::onLockedChanged(bool locked)
{
    if (locked) {
        // Nothing that shows project data may outlive the lock.
        for (auto* dialog : findChildren<QDialog*>()) {
            if (dialog->isVisible()) {
                dialog->reject();
            }
        }
        m_clipboard->clearNow();
        m_tabBeforeLock = m_page->tabs()->currentIndex();
        m_page->setProject(0, QString());
    } else if (m_tabBeforeLock >= 0) {
        // The project list has selected the project of before the lock by now.
        m_page->tabs()->setCurrentIndex(m_tabBeforeLock);
    }
    m_stack->setCurrentWidget(locked ? static_cast<QWidget*>(m_lockScreen) : m_unlockedPage);
    if (locked) {
        m_lockScreen->prepare();
    }
    updateActions();
    m_lockState->setText(locked ? tr("Locked") : tr("Unlocked"));
    m_lockState->setToolTip(locked ? tr("The vault is locked; its keys are wiped from memory.")
                                   : tr("The vault is unlocked; it locks itself after inactivity (Ctrl+L locks now)."));
    m_lockState->setAccessibleName(m_lockState->text());
    if (locked) {
        statusBar()->showMessage(tr("Vault locked."), 5000);
    } else {
        // The project list reloads on unlock and announces its current project, which loads the page
        // once; setting it here too would load every item a second time.
        statusBar()->showMessage(tr("Vault unlocked."), 5000);
    }
}

void MainWindow::applySettings()
{
    m_vault->setAutoLockTimeout(m_settings->autoLockMinutes() * 60 * 1000);
    m_vault->setExternalChangePolling(kExternalChangePollMs);
    m_vault->setAccessPolicy(AccessPolicy(m_settings->secretsAdminRole()));
    m_page->variablesTab()->setClipboardClearSeconds(m_settings->clipboardClearSeconds());
    m_page->secretsTab()->updatePermissions();
    m_projects->updatePermissions();
}

void MainWindow::showSettings()
{
    auto* dialog = new SettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &MainWindow::applySettings);
    dialog->open();
}

void MainWindow::showAbout()
{
    MessageBox::information(this, tr("About BotVault"),
        tr("BotVault %1\n\nSecrets and environment variables for chatbot projects, kept in an "
           "encrypted local vault.")
            .arg(QCoreApplication::applicationVersion()),
        QMessageBox::Ok, QMessageBox::Ok);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings->setMainWindowGeometry(saveGeometry());
    m_settings->setMainWindowState(saveState());
    m_settings->setHeaderState(QStringLiteral("secrets"), m_page->secretsTab()->view()->headerState());
    m_settings->setHeaderState(QStringLiteral("variables"), m_page->variablesTab()->view()->headerState());
    m_vault->lock();
    QMainWindow::closeEvent(event);
}
