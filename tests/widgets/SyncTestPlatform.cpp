#include "tests/widgets/SyncTestPlatform.h"

#include "server/ApiServer.h"
#include "server/ServerStore.h"

#include <QDir>
#include <QHostAddress>

struct SyncTestPlatform::Private
{
    std::unique_ptr<ServerStore> store;
    std::unique_ptr<ApiServer> server;
};

SyncTestPlatform::SyncTestPlatform() : d(std::make_unique<Private>()) { }

SyncTestPlatform::~SyncTestPlatform()
{
    d->server.reset();
    d->store.reset();
}

QString SyncTestPlatform::start(const QString& folder)
{
    auto store = ServerStore::open(QDir(folder).filePath(QStringLiteral("server.db")));
    if (!store) {
        return store.message();
    }
    d->store = std::move(store.value());
    auto admin = d->store->addUser(QStringLiteral("ann"), {Role::SystemAdmin, Role::Developer});
    auto developer = d->store->addUser(QStringLiteral("dev"), {Role::Developer});
    auto project = d->store->createProject(QStringLiteral("shop"), QStringLiteral("ann"));
    if (!admin || !developer || !project) {
        return QStringLiteral("could not create the users and the project");
    }
    m_adminToken = admin.value();
    m_developerToken = developer.value();
    m_projectId = project->id;
    d->server = std::make_unique<ApiServer>(*d->store, Role::SystemAdmin);
    auto port = d->server->listen(QHostAddress::LocalHost, 0);
    if (!port) {
        return port.message();
    }
    m_url = QStringLiteral("http://127.0.0.1:%1").arg(port.value());
    return QString();
}

std::optional<QString> SyncTestPlatform::variableValue(const QString& name) const
{
    auto item = d->store->item(m_projectId, ItemKind::Variable, name);
    if (!item || !item->has_value()) {
        return std::nullopt;
    }
    return item.value()->value;
}

std::optional<QDateTime> SyncTestPlatform::variableUpdatedAt(const QString& name) const
{
    auto item = d->store->item(m_projectId, ItemKind::Variable, name);
    if (!item || !item->has_value()) {
        return std::nullopt;
    }
    return QDateTime::fromString(item.value()->updatedAt, Qt::ISODateWithMs);
}

std::optional<QString> SyncTestPlatform::secretValue(const QString& name) const
{
    auto value = d->store->secretValue(m_projectId, name);
    if (!value) {
        return std::nullopt;
    }
    return value.value();
}

int SyncTestPlatform::variableCount() const
{
    auto items = d->store->items(m_projectId, ItemKind::Variable, QString(), 100000);
    return items ? static_cast<int>(items->size()) : -1;
}

bool SyncTestPlatform::putVariable(const QString& name, const QString& value, const QString& updatedBy)
{
    return d->store->putItem(m_projectId, ItemKind::Variable, name, value, false, updatedBy).ok();
}
