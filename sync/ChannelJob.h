#pragma once

#include "models/SyncStore.h"
#include "sync/BackoffPolicy.h"
#include "sync/ChannelService.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QPointer>
#include <QSslCertificate>

#include <chrono>
#include <functional>
#include <optional>

class BotScriptRequest;
class PlatformClient;
class PlatformReply;
class QTimer;
struct PlatformResponse;

// The ChannelOperation ChannelService hands out: one listing, channel creation, deploy or
// evaluation, run as a chain of platform requests on its own PlatformClient built from the
// project's binding and token (the pattern of SyncJob). Deploys poll their task with a timer that
// cancel() stops at once; a deploy the platform accepted goes on there.
class ChannelJob : public ChannelOperation
{
    Q_OBJECT

public:
    struct Settings
    {
        std::chrono::milliseconds transferTimeout {0};
        QList<QSslCertificate> caCertificates;
        std::optional<BackoffPolicy> backoff;
        std::chrono::milliseconds pollFirst {1000};
        std::chrono::milliseconds pollLater {5000};
        // docs/API.md, "Client behaviour": after this the deploy's state is unknown.
        std::chrono::milliseconds pollGiveUp {10 * 60 * 1000};
    };
    // Polls at the first interval this many times before the later one.
    static constexpr int kFirstPolls = 5;
    // src/main.js of the bound source folder; the API's limit for a bot script.
    static constexpr qint64 kMaxScriptBytes = 1024 * 1024;

    ChannelJob(ProjectId project, SyncStore* store, Settings settings, QObject* parent);
    ~ChannelJob() override;

    void startList();
    void startCreate(const QString& type, const QString& name);
    void startDeploy(const QList<qint64>& channelIds);
    void startEvaluate(qint64 channelId, const QString& input, bool isMessage);

Q_SIGNALS:
    // The platform's channels changed or were read: the service emits channelsChanged().
    void channelsKnown();

protected:
    void onCancelRequested() override;

private:
    using Continuation = std::function<void(const PlatformResponse&)>;
    using TaskContinuation = std::function<void(const QJsonObject& task)>;

    bool openProjectClient(bool keepAuthorization);
    // Fails the job on any failure of `reply`, else continues with its response.
    void await(PlatformReply* reply, Continuation next);
    void fetchChannels(std::function<void(QList<ChannelInfo>)> next);
    void fetchPending(int index);

    // Deploy steps.
    void uploadScript(std::function<void()> next);
    void putScript(
        const QByteArray& script, const QByteArray& ifMatch, const QByteArray& ifNoneMatch, std::function<void()> next);
    void failFromScript(BotScriptRequest* request);
    void deployChannel(int index);
    void postDeploy(int index, const QByteArray& idempotencyKey);
    void pollTask(qint64 taskId, const QString& channelName, TaskContinuation next);
    void schedulePoll(qint64 taskId, const QString& channelName, TaskContinuation next);
    void finishDeploys();
    QString channelName(qint64 channelId) const;

    // Evaluate.
    void runEvaluation(const ChannelInfo& channel, const QString& input, bool isMessage);
    // Masks every local secret value of the project, and its JSON-escaped form, in `reply` (longest
    // first).
    Result<void> maskLocalSecrets(BotReply& reply) const;

    void failLater(const Error& error, SyncFailure failure);
    void fail(const Error& error, SyncFailure failure);
    void failFromReply(PlatformReply* reply);
    void failFromStore(const Error& error);
    void succeed();

    SyncStore* m_store;
    Settings m_settings;
    PlatformClient* m_client = nullptr;
    QPointer<PlatformReply> m_abandonable;
    QPointer<BotScriptRequest> m_scriptRequest;
    RemoteBinding m_binding;
    // "Bearer …" for the bot script requests of a deploy; zeroed when the job ends.
    QByteArray m_authorization;
    // Deploy state.
    QList<qint64> m_deployIds;
    QList<ChannelInfo> m_knownChannels;
    QTimer* m_pollTimer = nullptr;
    QElapsedTimer m_pollClock;
    int m_polls = 0;
    qint64 m_pollingTask = 0;
};
