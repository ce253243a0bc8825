#pragma once

#include "sync/SyncJob.h"

// GET /me with a URL and token that are not saved yet (the binding dialog, `remote set`): the token
// is used for this call only. finished() carries the identity in report().identity.
class ConnectionCheck : public SyncJob
{
    Q_OBJECT

public:
    ConnectionCheck(SyncStore* store, PlatformSettings settings, QObject* parent);

    void start(const QUrl& url, const QByteArray& token);
};
