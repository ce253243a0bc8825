#pragma once

#include <QMainWindow>

class AppSettings;
class ClipboardGuard;
class InactivityWatcher;
class ProjectTransferActions;
class ProjectsPanel;
class QAction;
class QLabel;
class QStackedWidget;
class SecretsAndVariablesPage;
class SyncController;
class Vault;

// BotVault's main window: the project list beside the Secrets and variables page while the vault
// is unlocked, a lock screen while it is locked. Locking (Ctrl+L, or the inactivity timer) closes
// every dialog that shows project data, clears the clipboard if it still holds a copied value and
// wipes the vault's keys.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Vault* vault, AppSettings* settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Offers to create the vault when it does not exist yet, else to unlock it.
    void start();
    void lockVault();
    void showUnlockDialog();
    void showCreateVaultDialog();
    // Applies the settings that can change while running (auto-lock, secrets role, clipboard).
    void applySettings();
    // The vault file for this run (default: the settings' vault path).
    void setVaultPath(const QString& path) { m_vaultPath = path; }
    QString vaultPath() const { return m_vaultPath; }

    ProjectsPanel* projectsPanel() const { return m_projects; }
    SecretsAndVariablesPage* page() const { return m_page; }
    QStackedWidget* stack() const { return m_stack; }
    ProjectTransferActions* transferActions() const { return m_transfer; }
    SyncController* syncController() const { return m_sync; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void onLockedChanged(bool locked);
    // Enables the actions that need an unlocked vault and, some of them, a current project.
    void updateActions();
    void showSettings();
    void showAbout();
    QWidget* createLockedPage();

    Vault* m_vault;
    AppSettings* m_settings;
    ClipboardGuard* m_clipboard;
    InactivityWatcher* m_inactivity;
    QStackedWidget* m_stack;
    QWidget* m_lockedPage;
    QWidget* m_unlockedPage;
    ProjectsPanel* m_projects;
    SecretsAndVariablesPage* m_page;
    QLabel* m_lockState;
    ProjectTransferActions* m_transfer;
    SyncController* m_sync;
    QAction* m_lockAction = nullptr;
    QList<QAction*> m_unlockedActions;
    // Also need a current project.
    QList<QAction*> m_projectActions;
    QString m_vaultPath;
};
