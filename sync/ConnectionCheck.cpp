#include "sync/ConnectionCheck.h"

ConnectionCheck::ConnectionCheck(SyncStore* store, PlatformSettings settings, QObject* parent)
    : SyncJob(Kind::Prepare, 0, store, std::move(settings), parent)
{
}

void ConnectionCheck::start(const QUrl& url, const QByteArray& token)
{
    if (!openClient(url, token)) {
        return;
    }
    learnIdentity([this] { succeed(); });
}
