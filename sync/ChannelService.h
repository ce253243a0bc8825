#pragma once

#include "models/Ids.h"
#include "models/Result.h"
#include "sync/BackoffPolicy.h"
#include "sync/SyncEngine.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>

class SyncStore;

// A deploy as the platform reports it (docs/API.md, "Bot channels").
struct DeployInfo
{
    qint64 id = 0;
    qint64 taskId = 0;
    // The channel deployed (0 when the platform did not say).
    qint64 channelId = 0;
    // QUEUED, RUNNING, SUCCEEDED, FAILED, or a status this client does not know (shown as it is).
    QString status;
    QDateTime requestedAt;
    QDateTime finishedAt;
    QString requestedBy;
    int variableCount = 0;
    QString errorCode;
    QString errorMessage;
};

// A variable whose deploy would change what a channel runs.
struct PendingVariable
{
    QString name;
    QString change; // ADDED, CHANGED, REMOVED
    qint64 deployedRevision = 0;
    qint64 currentRevision = 0;
};

struct ChannelInfo
{
    qint64 id = 0;
    // TEST_WIDGET, CHAT_WIDGET, TELEGRAM, CHAT_API, or a type this client does not know.
    QString type;
    QString name;
    QDateTime createdAt;
    std::optional<DeployInfo> lastDeploy;
    // The deploy the channel runs; 0 when it was never deployed.
    qint64 activeDeployId = 0;
    int pendingVariableCount = 0;
    // Filled by ChannelService::list (one request per channel with pending variables).
    QList<PendingVariable> pendingVariables;

    bool isTestWidget() const { return type == QLatin1String("TEST_WIDGET"); }
};

// What the bot answered in a channel (test widget or /evaluate), already masked by the server and
// masked again here against the vault's own secret values.
struct BotReply
{
    // Which secret values the bot ran with (docs/API.md "secretValues"): the real ones (a
    // secrets admin's run) or stand-ins such as "‹secret API_KEY›" (anyone else's). Unknown when the
    // platform does not say.
    enum class SecretValues
    {
        Unknown,
        Real,
        StandIn,
    };

    // Null when the bot failed.
    std::optional<QString> reply;
    SecretValues secretValues = SecretValues::Unknown;
    bool masked = false;
    bool truncated = false;
    QString errorName; // Error, TypeError, Timeout, ResourceLimit, …; empty on success
    QString errorMessage;
    int durationMs = 0;
};

// The result of one channel operation; which members are set depends on the operation.
struct ChannelReport
{
    RemoteIdentity identity;
    QList<ChannelInfo> channels;
    // Deploy: the final state of each requested channel's deploy, in request order; channels not
    // reached (after a FAILED deploy, a cancel or an error) are missing.
    QList<DeployInfo> deploys;
    // Deploy: whether src/main.js of the bound source folder was uploaded (it differed from the
    // platform's), and the bot script's revision on the platform (0: the project has none).
    bool scriptUploaded = false;
    qint64 scriptRevision = 0;
    std::optional<BotReply> reply;
    int requests = 0;
};

// One channel operation under way; same life cycle as SyncOperation (exactly one finished(),
// deleted by the service after it returned; cancel() stops polling — a deploy the platform accepted
// goes on there and its task id is in the report).
class ChannelOperation : public QObject
{
    Q_OBJECT

public:
    ProjectId project() const { return m_project; }
    bool isFinished() const { return m_finished; }
    const Result<ChannelReport>& result() const { return m_result; }
    SyncFailure failure() const { return m_failure; }
    const ChannelReport& report() const { return m_report; }
    void cancel();

Q_SIGNALS:
    void progress(int done, int total, const QString& stage);
    void finished();

protected:
    ChannelOperation(ProjectId project, QObject* parent);
    void finish(Result<ChannelReport> result, SyncFailure failure);
    virtual void onCancelRequested() { }

    bool m_cancelRequested = false;
    ChannelReport m_report;

private:
    ProjectId m_project;
    bool m_finished = false;
    Result<ChannelReport> m_result = Error {ErrorCode::Internal, QString()};
    SyncFailure m_failure = SyncFailure::None;
};

// Channels, deploys and the bot runtime of a bound project's platform project (issue 6): a changed
// secret is live everywhere at once once published, a changed variable reaches a channel only with
// its next deploy. Uses the binding and token of the vault like SyncEngine; the token is read per
// operation.
class ChannelService : public QObject
{
    Q_OBJECT

public:
    explicit ChannelService(SyncStore* store, QObject* parent = nullptr);
    ~ChannelService() override;

    void setTransferTimeout(std::chrono::milliseconds timeout);
    void addCaCertificates(const QList<QSslCertificate>& certificates);
    void setBackoffPolicy(const BackoffPolicy& policy);
    // How often deploy tasks are polled: every second at first, then every 5 s (docs/API.md); tests
    // may shorten it. Polling gives up after 10 minutes (the deploy's state is then unknown).
    void setPollInterval(std::chrono::milliseconds first, std::chrono::milliseconds later);

    // Every channel with its last deploy and its pending variables (report().channels).
    ChannelOperation* list(ProjectId project);
    ChannelOperation* createChannel(ProjectId project, const QString& type, const QString& name);
    // Uploads the bot script when the project's bound source folder has one that differs from the
    // platform's, then starts a deploy of each channel (one after another) and polls each task to
    // its end. report().deploys has the outcome per channel. A FAILED deploy stops there: the
    // operation fails (SyncFailure::Rejected, the server's error in the message) and the channels
    // after it are not deployed.
    ChannelOperation* deploy(ProjectId project, const QList<qint64>& channelIds);
    // Runs an expression (or, with `isMessage`, onMessage(text)) in the channel: the test widget
    // endpoint for TEST_WIDGET channels, /evaluate for the others.
    ChannelOperation* evaluate(ProjectId project, qint64 channelId, const QString& input, bool isMessage = false);

Q_SIGNALS:
    // A deploy finished or a listing arrived: refresh the Channels panel.
    void channelsChanged(ProjectId project);

private:
    struct Private;
    std::unique_ptr<Private> d;
};
