#include "app/screenshots/DemoPlatform.h"

#include "server/ApiServer.h"
#include "server/BotRuntime.h"
#include "server/ServerStore.h"

#include <QDir>
#include <QHostAddress>

struct DemoPlatform::Private
{
    std::unique_ptr<ServerStore> store;
    std::unique_ptr<ApiServer> server;
};

DemoPlatform::DemoPlatform() : d(std::make_unique<Private>()) { }

DemoPlatform::~DemoPlatform()
{
    // The server answers from the store: it goes first.
    d->server.reset();
    d->store.reset();
}

QString DemoPlatform::start(const QString& folder, const QString& runtimeProgram, quint16 preferredPort)
{
    auto store = ServerStore::open(QDir(folder).filePath(QStringLiteral("server.db")));
    if (!store) {
        return store.message();
    }
    d->store = std::move(store.value());
    auto admin = d->store->addUser(QStringLiteral("ann"), {Role::SystemAdmin, Role::Developer});
    auto developer = d->store->addUser(QStringLiteral("bob"), {Role::Developer});
    auto project = d->store->createProject(QStringLiteral("shop-bot"), QStringLiteral("ann"));
    if (!admin || !developer || !project) {
        return QStringLiteral("could not create the users and the project");
    }
    m_adminToken = admin.value();
    m_projectId = project->id;
    d->server = std::make_unique<ApiServer>(*d->store, Role::SystemAdmin);
    d->server->setBotRuntime(BotRuntime(runtimeProgram, {QStringLiteral("bot-runtime")}));
    auto port = d->server->listen(QHostAddress::LocalHost, preferredPort);
    if (!port) {
        port = d->server->listen(QHostAddress::LocalHost, 0);
    }
    if (!port) {
        return port.message();
    }
    m_url = QStringLiteral("http://127.0.0.1:%1").arg(port.value());
    return QString();
}

qint64 DemoPlatform::addChannel(const QString& type, const QString& name)
{
    auto channel = d->store->createChannel(m_projectId, type, name, QStringLiteral("ann"));
    return channel ? channel->id : 0;
}

bool DemoPlatform::putVariable(const QString& name, const QString& value, const QString& updatedBy)
{
    return d->store->putItem(m_projectId, ItemKind::Variable, name, value, true, updatedBy).ok();
}
