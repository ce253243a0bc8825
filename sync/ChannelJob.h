#pragma once

#include "sync/ChannelOperation.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>

#include <chrono>
#include <functional>

class PlatformReply;
class QTimer;
struct PlatformResponse;

// The ChannelOperation ChannelService hands out: one listing, channel creation, deploy or
// evaluation, run as a chain of platform requests on the client PlatformJob sets up from the
// project's binding and token. Deploys poll their task with a timer that cancel() stops at once; a
// deploy the platform accepted goes on there.
class ChannelJob : public ChannelOperation
{
    Q_OBJECT

public:
    // Polls at the first interval this many times before the later one.
    static constexpr int kFirstPolls = 5;
    // src/main.js of the bound source folder; the API's limit for a bot script.
    static constexpr qint64 kMaxScriptBytes = 1024 * 1024;

    ChannelJob(ProjectId project, SyncStore* store, PlatformSettings settings, QObject* parent);
    ~ChannelJob() override;

    // How often deploy tasks are polled (ChannelService::setPollInterval) and when polling gives up.
    void setPollIntervals(
        std::chrono::milliseconds first, std::chrono::milliseconds later, std::chrono::milliseconds giveUp);

    void startList();
    void startCreate(const QString& type, const QString& name);
    void startDeploy(const QList<qint64>& channelIds);
    void startEvaluate(qint64 channelId, const QString& input, bool isMessage);

Q_SIGNALS:
    // The platform's channels changed or were read: the service emits channelsChanged().
    void channelsKnown();

protected:
    void onCancelRequested() override;
    QString cancelledRequestText() const override;
    QString cancelledText() const override;
    void releaseResources() override;

private:
    using TaskContinuation = std::function<void(const QJsonObject& task)>;

    void fetchChannels(std::function<void(QList<ChannelInfo>)> next);
    void fetchPending(int index);

    // Deploy steps.
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

    // Evaluate.
    void runEvaluation(const ChannelInfo& channel, const QString& input, bool isMessage);
    // Masks every local secret value of the project, and its JSON-escaped form, in `reply` (longest
    // first).
    Result<void> maskLocalSecrets(BotReply& reply) const;

    std::chrono::milliseconds m_pollFirst {1000};
    std::chrono::milliseconds m_pollLater {5000};
    // docs/API.md, "Client behaviour": after this the deploy's state is unknown.
    std::chrono::milliseconds m_pollGiveUp {10 * 60 * 1000};
    // Deploy state.
    QList<qint64> m_deployIds;
    QList<ChannelInfo> m_knownChannels;
    QTimer* m_pollTimer = nullptr;
    QElapsedTimer m_pollClock;
    int m_polls = 0;
    qint64 m_pollingTask = 0;
};
