#pragma once

#include "sync/ChannelJob.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>

#include <chrono>
#include <functional>

class PlatformReply;
class QTimer;

// Uploads the bot script when the project's bound source folder has one that differs from the
// platform's, then deploys each channel in turn and polls its task to the end (ChannelService::
// deploy). The polling timer is stopped at once by cancel(); a deploy the platform accepted goes on
// there, and its task id is in the report.
class DeployJob : public ChannelJob
{
    Q_OBJECT

public:
    // Polls at the first interval this many times before the later one.
    static constexpr int kFirstPolls = 5;
    // src/main.js of the bound source folder; the API's limit for a bot script.
    static constexpr qint64 kMaxScriptBytes = 1024 * 1024;

    DeployJob(ProjectId project, SyncStore* store, PlatformSettings settings, QObject* parent);
    ~DeployJob() override;

    // How often deploy tasks are polled (ChannelService::setPollInterval) and when polling gives up.
    void setPollIntervals(
        std::chrono::milliseconds first, std::chrono::milliseconds later, std::chrono::milliseconds giveUp);
    void start(const QList<qint64>& channelIds);

protected:
    void onCancelRequested() override;
    QString cancelledRequestText() const override;
    void releaseResources() override;

private:
    using TaskContinuation = std::function<void(const QJsonObject& task)>;

    // src/main.js of the bound source folder into `script`, left null when there is none; false
    // after failing the job.
    bool readBotScript(QByteArray* script);
    void uploadScript(std::function<void()> next);
    void putScript(
        const QByteArray& script, const QByteArray& ifMatch, const QByteArray& ifNoneMatch, std::function<void()> next);
    void failFromScript(PlatformReply* reply);
    void deployChannel(int index);
    void postDeploy(int index, const QByteArray& idempotencyKey);
    void onDeployAnswered(PlatformReply* reply, int index, const QByteArray& idempotencyKey);
    // Records the final state of the deploy in report slot `slot` and goes on with the next channel.
    void recordDeploy(int index, qsizetype slot, const QJsonObject& task);
    void pollTask(qint64 taskId, const QString& channelName, TaskContinuation next);
    void schedulePoll(qint64 taskId, const QString& channelName, TaskContinuation next);
    void finishDeploys();
    QString channelName(qint64 channelId) const;

    std::chrono::milliseconds m_pollFirst {1000};
    std::chrono::milliseconds m_pollLater {5000};
    // docs/API.md, "Client behaviour": after this the deploy's state is unknown.
    std::chrono::milliseconds m_pollGiveUp {10 * 60 * 1000};
    QList<qint64> m_deployIds;
    QList<ChannelInfo> m_knownChannels;
    QTimer* m_pollTimer = nullptr;
    QElapsedTimer m_pollClock;
    int m_polls = 0;
    qint64 m_pollingTask = 0;
};
