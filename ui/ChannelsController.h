#pragma once

#include "models/Ids.h"
#include "sync/ChannelService.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class ChannelsPanel;
class ProjectsPanel;
class QDialog;
class QMessageBox;
class QTimer;
class SyncController;
class TestWidgetPanel;
class VaultSession;

// The desktop side of channels and deploys (issue 6), for one main window: owns the ChannelService,
// fills the Channels and Test widget panels for the current bound project, and runs their actions.
// A deploy shows a progress dialog after a short delay with Cancel (which stops waiting; the
// platform goes on deploying). "Deploy all" with variables the test widget has not been deployed
// with asks first, so that the recommended order (test widget, check, then the rest) is the easy
// one. Gating mirrors the platform account's roles as SyncController learned them. Locking the
// vault cancels every operation and clears the transcript.
class ChannelsController : public QObject
{
    Q_OBJECT

public:
    ChannelsController(VaultSession* vault, ProjectsPanel* projects, SyncController* sync, ChannelsPanel* channels,
        TestWidgetPanel* testWidget, QWidget* window);
    ~ChannelsController() override;

    ChannelService* service() const { return m_service; }
    // The listing, creation or deploy under way, or nullptr.
    ChannelOperation* runningOperation() const { return m_running; }
    ChannelOperation* runningEvaluation() const { return m_evaluating; }
    QDialog* progressDialog() const { return m_progress; }

    void refresh();
    void deploy(const QList<qint64>& channelIds);
    // Every channel, the test widget first; asks first when the test widget lags behind.
    void deployAll();
    void newChannel();
    void send(qint64 channelId, const QString& input, bool isMessage);

    // Variables are pending for the test widget and other channels would be deployed with them too:
    // the admin has not checked them in the test widget yet.
    static bool shouldOfferTestWidgetFirst(const QList<ChannelInfo>& channels);
    // The ids of `channels` in deploy order: the test widget first, the rest as listed.
    static QList<qint64> deployOrder(const QList<ChannelInfo>& channels);
    static QString deployDeniedReason(const RemoteIdentity& identity);

Q_SIGNALS:
    void statusMessage(const QString& message);
    // The "Deploy the test widget first?" question or the New channel dialog opened (tests drive
    // them from here).
    void deployQuestionOpened(QMessageBox* box);
    void newChannelDialogOpened(QDialog* dialog);
    // A deploy of `channelIds` (in deploy order) started.
    void deployStarted(const QList<qint64>& channelIds);

private:
    ProjectId currentBoundProject() const;
    void reloadBinding();
    void scheduleRefresh();
    void applyGating();
    void onProjectChanged();
    void onLocked();
    void startDeploy(ProjectId project, const QList<qint64>& channelIds);
    // The vault's audit entries of a deploy that has ended: one per channel, never a value.
    void recordInAuditLog(ProjectId project, const QList<qint64>& channelIds, ChannelOperation* operation);
    void onDeployed(ChannelOperation* operation, const QList<qint64>& channelIds);
    void runQuietly(ChannelOperation* operation, const std::function<void(ChannelOperation*)>& done);
    void track(ChannelOperation* operation, const QString& title, const std::function<void(ChannelOperation*)>& done);
    QString failureText(ChannelOperation* operation) const;
    QString channelName(qint64 channelId) const;
    void updateBusy();

    VaultSession* m_vault;
    ProjectsPanel* m_projects;
    SyncController* m_sync;
    ChannelsPanel* m_channels;
    TestWidgetPanel* m_testWidget;
    QWidget* m_window;
    ChannelService* m_service;
    QTimer* m_refreshTimer;
    // The current project when it is bound, else 0.
    ProjectId m_boundProject = 0;
    // Roles learned from channel reports, for when the sync engine has not asked /me yet.
    QHash<ProjectId, RemoteIdentity> m_identities;
    // The panel's rows are stale (the project or its variables changed while it was hidden).
    bool m_stale = true;
    QPointer<ChannelOperation> m_running;
    QPointer<ChannelOperation> m_evaluating;
    QPointer<QDialog> m_progress;
};
