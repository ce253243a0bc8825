#include "tests/widgets/ChannelTestPlatform.h"

#include "server/ApiServer.h"
#include "server/BotRuntime.h"
#include "server/ServerStore.h"

#include <QDir>
#include <QHostAddress>

struct ChannelTestPlatform::Private
{
    std::unique_ptr<ServerStore> store;
    std::unique_ptr<ApiServer> server;
};

ChannelTestPlatform::ChannelTestPlatform() : d(std::make_unique<Private>()) { }

ChannelTestPlatform::~ChannelTestPlatform()
{
    d->server.reset();
    d->store.reset();
}

QString ChannelTestPlatform::start(const QString& folder, const QString& runtimeProgram)
{
    auto store = ServerStore::open(QDir(folder).filePath(QStringLiteral("server.db")));
    if (!store) {
        return store.message();
    }
    d->store = std::move(store.value());
    auto admin = d->store->addUser(QStringLiteral("ann"), {Role::SystemAdmin, Role::Developer});
    auto developer = d->store->addUser(QStringLiteral("dev"), {Role::Developer});
    auto viewer = d->store->addUser(QStringLiteral("vic"), {Role::Viewer});
    auto project = d->store->createProject(QStringLiteral("shop"), QStringLiteral("ann"));
    if (!admin || !developer || !viewer || !project) {
        return QStringLiteral("could not create the users and the project");
    }
    m_adminToken = admin.value();
    m_developerToken = developer.value();
    m_viewerToken = viewer.value();
    m_projectId = project->id;
    d->server = std::make_unique<ApiServer>(*d->store, Role::SystemAdmin);
    d->server->setBotRuntime(BotRuntime(runtimeProgram, {QStringLiteral("bot-runtime")}));
    auto port = d->server->listen(QHostAddress::LocalHost, 0);
    if (!port) {
        return port.message();
    }
    m_url = QStringLiteral("http://127.0.0.1:%1").arg(port.value());
    return QString();
}

bool ChannelTestPlatform::putSecret(const QString& name, const QString& value)
{
    if (!d->store->begin()) {
        return false;
    }
    if (!d->store->putItem(m_projectId, ItemKind::Secret, name, value, false, QStringLiteral("ann"))) {
        d->store->rollback();
        return false;
    }
    return d->store->commit().ok();
}

qint64 ChannelTestPlatform::addChannel(const QString& type, const QString& name)
{
    auto channel = d->store->createChannel(m_projectId, type, name, QStringLiteral("ann"));
    return channel ? channel->id : 0;
}
