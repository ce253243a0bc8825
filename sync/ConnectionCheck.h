#pragma once

#include "sync/SyncJob.h"

// GET /me and GET /projects with a URL and token that are not saved yet (the binding dialog,
// `remote set`): the token is used for this check only. finished() carries the identity in
// report().identity and the projects the token can see in report().remoteProjects. Given a remote
// project id, the check fails (ErrorCode::NotFound, SyncFailure::Rejected) when the platform has
// no such project, so a binding to a project that does not exist is never stored.
class ConnectionCheck : public SyncJob
{
    Q_OBJECT

public:
    ConnectionCheck(SyncStore* store, PlatformSettings settings, QObject* parent);

    // `remoteProjectId` 0: list the projects without requiring one.
    void start(const QUrl& url, const QByteArray& token, qint64 remoteProjectId);

    // "The platform has no project #99 …": what a binding to a missing project is told.
    static QString missingProjectText(const QUrl& url, qint64 remoteProjectId);

private:
    void listProjects(qint64 remoteProjectId);

    QUrl m_url;
};
