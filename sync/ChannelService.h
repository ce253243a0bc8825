#pragma once

#include "models/Ids.h"
#include "sync/BackoffPolicy.h"
#include "sync/ChannelOperation.h"
#include "sync/ChannelTypes.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>

#include <chrono>
#include <memory>

class ChannelJob;
class SyncStore;

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
    // The platform project's audit log from `since` on (every entry when it is not valid), in
    // report().auditEntries. Needs the project's admin role on the platform.
    ChannelOperation* audit(ProjectId project, const QDateTime& since);

Q_SIGNALS:
    // A deploy finished or a listing arrived: refresh the Channels panel.
    void channelsChanged(ProjectId project);

private:
    ChannelJob* newJob(ProjectId project);
    void forwardChannelsKnown(ChannelJob* job, ProjectId project);

    struct Private;
    std::unique_ptr<Private> d;
};
