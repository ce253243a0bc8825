#pragma once

#include "models/Ids.h"
#include "sync/SyncTypes.h"

#include <QObject>
#include <QString>

// What the UI and the CLI hold of any operation on the platform (a prepare, publish, pull, channel
// listing, deploy, …): its progress, its one finished(), its failure kind and cancel(). The
// subclasses add the report (SyncOperation, ChannelOperation). Deleted by whoever started it after
// finished() has returned.
class PlatformOperation : public QObject
{
    Q_OBJECT

public:
    ProjectId project() const { return m_project; }
    bool isFinished() const { return m_finished; }
    // Valid after finished(): None on success.
    SyncFailure failure() const { return m_failure; }

    // Stops at the next safe point; what that is depends on the operation.
    void cancel();

Q_SIGNALS:
    // `done` of `total` steps; `stage` is a short translated text such as "Sending changes
    // 1,000–2,000 of 10,000".
    void progress(int done, int total, const QString& stage);
    void finished();

protected:
    PlatformOperation(ProjectId project, QObject* parent);
    // Records the end and emits finished(), once; the subclass has stored its result before.
    void markFinished(SyncFailure failure);
    // Called by cancel() (after m_cancelRequested is set) so that a subclass can abort a request
    // that may safely be abandoned, such as a listing.
    virtual void onCancelRequested() { }

    bool m_cancelRequested = false;

private:
    ProjectId m_project;
    bool m_finished = false;
    SyncFailure m_failure = SyncFailure::None;
};
