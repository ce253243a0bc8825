#pragma once

#include <QMainWindow>

class AppSettings;
class ChannelsController;
class ChannelsPanel;
class ClipboardGuard;
class HistoryActions;
class InactivityWatcher;
class LockScreen;
class ProjectTransferActions;
class ProjectsPanel;
class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class SecretsAndVariablesPage;
class SyncController;
class TestWidgetPanel;
class VaultSession;
struct SearchHit;

// BotVault's main window: the project list beside the Secrets and variables page while the vault
// is unlocked, a lock screen while it is locked. The page's third tab, Channels, holds the channels
// of a bound project above the test widget, so the recommended flow (deploy the test widget, check
// it, deploy the rest) reads top to bottom on one screen. Locking (Ctrl+L, or the inactivity timer) closes
// every dialog that shows project data, clears the clipboard if it still holds a copied value and
// wipes the vault's keys.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(VaultSession* vault, AppSettings* settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Offers to create the vault when it does not exist yet, else to unlock it.
    void start();
    void lockVault();
    void showUnlockDialog();
    void showCreateVaultDialog();
    void showChangePasswordDialog();
    void showAuditLog();
    // Edit → Search all projects; a chosen result selects its project, tab and row.
    void showSearchDialog();
    void showSearchHit(const SearchHit& hit);
    // Applies the settings that can change while running (auto-lock, secrets role, clipboard).
    void applySettings();
    // The vault file for this run (default: the settings' vault path).
    void setVaultPath(const QString& path);
    QString vaultPath() const { return m_vaultPath; }

    ProjectsPanel* projectsPanel() const { return m_projects; }
    SecretsAndVariablesPage* page() const { return m_page; }
    QStackedWidget* stack() const { return m_stack; }
    LockScreen* lockScreen() const { return m_lockScreen; }
    ProjectTransferActions* transferActions() const { return m_transfer; }
    HistoryActions* historyActions() const { return m_history; }
    SyncController* syncController() const { return m_sync; }
    ChannelsController* channelsController() const { return m_channelsController; }
    ChannelsPanel* channelsPanel() const { return m_channels; }
    TestWidgetPanel* testWidgetPanel() const { return m_testWidget; }
    // The Channels tab of the page: the channels panel above the test widget panel.
    QWidget* channelsPage() const { return m_channelsPage; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void layOutPages();
    void connectParts();
    void restoreWindowState();
    void createActions();
    void addAuditLogAction(QMenu* file, QAction* before);
    // Edit → History… and Recently deleted…, Project → Show project at… and Recently deleted….
    void addHistoryActions(QMenu* edit, QMenu* project);
    void createViewAndHelpMenus();
    void onLockedChanged(bool locked);
    // Enables the actions that need an unlocked vault and, some of them, a current project.
    void updateActions();
    void showSettings();
    void showAbout();
    // The Channels tab and its controller; after the sync controller, whose engine it follows.
    void createChannelsPage();
    // Banners folded once stay folded, across projects and restarts.
    void rememberBannerStates();

    VaultSession* m_vault;
    AppSettings* m_settings;
    ClipboardGuard* m_clipboard;
    InactivityWatcher* m_inactivity;
    QStackedWidget* m_stack;
    LockScreen* m_lockScreen = nullptr;
    QWidget* m_unlockedPage;
    ProjectsPanel* m_projects;
    SecretsAndVariablesPage* m_page;
    QLabel* m_lockState;
    ProjectTransferActions* m_transfer;
    HistoryActions* m_history = nullptr;
    SyncController* m_sync;
    QWidget* m_channelsPage;
    ChannelsPanel* m_channels;
    TestWidgetPanel* m_testWidget;
    ChannelsController* m_channelsController;
    QAction* m_lockAction = nullptr;
    QList<QAction*> m_unlockedActions;
    // Also need a current project.
    QList<QAction*> m_projectActions;
    QString m_vaultPath;
    // The page's tab when the vault locked, shown again after unlocking.
    int m_tabBeforeLock = -1;
};
