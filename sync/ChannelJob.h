#pragma once

#include "sync/ChannelOperation.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>

#include <functional>

// The ChannelOperation ChannelService hands out for a listing, a channel creation or an evaluation,
// run as a chain of platform requests on the client PlatformJob sets up from the project's binding
// and token; DeployJob adds deploys on top of the listing.
class ChannelJob : public ChannelOperation
{
    Q_OBJECT

public:
    ChannelJob(ProjectId project, SyncStore* store, PlatformSettings settings, QObject* parent);
    ~ChannelJob() override;

    void startList();
    void startCreate(const QString& type, const QString& name);
    void startEvaluate(qint64 channelId, const QString& input, bool isMessage);
    void startAudit(const QDateTime& since);

    // A time as the API writes it; null when absent.
    static QDateTime timeFrom(const QJsonValue& value);

Q_SIGNALS:
    // The platform's channels changed or were read: the service emits channelsChanged().
    void channelsKnown();

protected:
    QString cancelledRequestText() const override;
    QString cancelledText() const override;

    void fetchChannels(std::function<void(QList<ChannelInfo>)> next);

private:
    void fetchActiveDeploy(int index);
    void fetchPending(int index);
    void runEvaluation(const ChannelInfo& channel, const QString& input, bool isMessage);
    // Masks every local secret value of the project, and its JSON-escaped form, in `reply` (longest
    // first).
    Result<void> maskLocalSecrets(BotReply& reply) const;
};
