#pragma once

#include "models/AuditEntry.h"
#include "models/Ids.h"
#include "sync/SyncEngine.h"
#include "ui/SyncPlanDialog.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class ProjectsPanel;
class QAction;
class QLabel;
class QDialog;
class QTimer;
class SecretsAndVariablesPage;
class VaultSession;

// The desktop side of publishing to the platform, for one main window: owns the SyncEngine, the
// Project menu's Bind / Publish / Pull / Unbind actions, the status bar's sync state, the sync tags
// of the page's tables and the gating of the page by the platform account's roles (GET /me). Each
// operation shows a progress dialog after a short delay with Cancel, then the plan dialog, then the
// outcome. Locking the vault cancels a running operation; the main window closes the dialogs.
class SyncController : public QObject
{
    Q_OBJECT

public:
    SyncController(VaultSession* vault, ProjectsPanel* projects, SecretsAndVariablesPage* page, QWidget* window);
    ~SyncController() override;

    SyncEngine* engine() const { return m_engine; }
    QAction* bindAction() const { return m_bindAction; }
    QAction* publishAction() const { return m_publishAction; }
    QAction* pullAction() const { return m_pullAction; }
    QAction* unbindAction() const { return m_unbindAction; }
    // The status bar's "Platform: ann @ host — 3 changes to publish"; hidden for an unbound project.
    QLabel* statusLabel() const { return m_status; }
    // The progress dialog of the running operation (shown after a short delay), or nullptr.
    QDialog* progressDialog() const { return m_progress; }
    // The operation under way, or nullptr.
    SyncOperation* runningOperation() const { return m_running; }

    void bind();
    void publish();
    void pull();
    void unbind();

    // The reasons the page shows when the platform account lacks a role.
    static QString secretsDeniedReason(const RemoteIdentity& identity);
    static QString variablesDeniedReason(const RemoteIdentity& identity);

Q_SIGNALS:
    void statusMessage(const QString& message);
    // A plan dialog opened (tests and the screenshots drive it from here).
    void planDialogOpened(SyncPlanDialog* dialog);

private:
    // The status bar's state: in conflict, to publish, to pull; or up to date once the platform was
    // listed in this run.
    static QString summaryText(const SyncEngine::Overview& overview, bool connected);
    // Prepares, then shows the plan in `mode`; `notice` explains a reopened plan.
    void startPrepare(ProjectId project, SyncPlanDialog::Mode mode, const QString& notice);
    void showPlan(ProjectId project, const SyncReport& report, SyncPlanDialog::Mode mode, const QString& notice);
    // The vault's audit entry of a publish or pull that has ended: counts and outcome, never a value.
    void recordInAuditLog(ProjectId project, AuditAction action, SyncOperation* operation);
    void onPublished(ProjectId project, SyncOperation* operation);
    void onPulled(ProjectId project, SyncOperation* operation);
    // Shows the progress dialog for `operation` and calls `done` after its finished().
    void track(SyncOperation* operation, const QString& title, const std::function<void(SyncOperation*)>& done);
    void reportFailure(const QString& title, SyncOperation* operation);
    QString projectName(ProjectId project) const;

    // Re-reads which projects are bound (after unlocking or a project change).
    void reloadBindings();
    void scheduleRefresh();
    void refresh();
    void updateActions();
    void applyGating();

    VaultSession* m_vault;
    ProjectsPanel* m_projects;
    SecretsAndVariablesPage* m_page;
    QWidget* m_window;
    SyncEngine* m_engine;
    QAction* m_bindAction;
    QAction* m_publishAction;
    QAction* m_pullAction;
    QAction* m_unbindAction;
    QLabel* m_status;
    QTimer* m_refreshTimer;
    // Bound projects: their platform URL.
    QHash<ProjectId, RemoteBinding> m_bindings;
    QPointer<SyncOperation> m_running;
    QPointer<QDialog> m_progress;
};
