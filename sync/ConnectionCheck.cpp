#include "sync/ConnectionCheck.h"

#include "sync/PlatformClient.h"
#include "sync/PlatformResponse.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

ConnectionCheck::ConnectionCheck(SyncStore* store, PlatformSettings settings, QObject* parent)
    : SyncJob(Kind::Prepare, 0, store, std::move(settings), parent)
{
}

void ConnectionCheck::start(const QUrl& url, const QByteArray& token, qint64 remoteProjectId)
{
    m_url = url;
    if (!openClient(url, token)) {
        return;
    }
    learnIdentity([this, remoteProjectId] { listProjects(remoteProjectId); });
}

void ConnectionCheck::listProjects(qint64 remoteProjectId)
{
    await(m_client->projects(), [this, remoteProjectId](const PlatformResponse& response) {
        bool found = remoteProjectId == 0;
        for (const QJsonValue& item : response.items) {
            const QJsonObject project = item.toObject();
            const RemoteProject remote {
                project.value(QStringLiteral("id")).toInteger(), project.value(QStringLiteral("name")).toString()};
            if (remote.id > 0) {
                m_report.remoteProjects.append(remote);
                found = found || remote.id == remoteProjectId;
            }
        }
        if (!found) {
            fail(makeError(ErrorCode::NotFound, missingProjectText(m_url, remoteProjectId)), SyncFailure::Rejected);
            return;
        }
        succeed();
    });
}

QString ConnectionCheck::missingProjectText(const QUrl& url, qint64 remoteProjectId)
{
    return QCoreApplication::translate("SyncEngine",
        "The platform at %1 has no project #%2 that this token can see (it does not exist, or no longer "
        "does), so nothing was bound. Choose one of the platform's projects.")
        .arg(url.toDisplayString(QUrl::RemoveUserInfo))
        .arg(remoteProjectId);
}
