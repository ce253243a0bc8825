#include "tests/e2e/SyncEngineServer.h"

#include "models/Role.h"
#include "server/ApiServer.h"
#include "server/ServerStore.h"

#include <QDir>

struct SyncEngineServer::Private
{
    std::unique_ptr<ServerStore> store;
    std::unique_ptr<ApiServer> server;
};

SyncEngineServer::SyncEngineServer() : d(std::make_unique<Private>()) { }

SyncEngineServer::~SyncEngineServer()
{
    // The server uses the store: it goes first.
    d->server.reset();
    d->store.reset();
}

QString SyncEngineServer::start(const QString& folder)
{
    Result<std::unique_ptr<ServerStore>> store = ServerStore::open(QDir(folder).filePath(QStringLiteral("server.db")));
    if (!store) {
        return store.message();
    }
    d->store = std::move(store).value();
    d->server = std::make_unique<ApiServer>(*d->store, Role::SystemAdmin);
    Result<quint16> port = d->server->listen(QHostAddress::LocalHost, 0);
    if (!port) {
        return port.message();
    }
    m_url = QStringLiteral("http://127.0.0.1:%1").arg(port.value());
    return QString();
}

QByteArray SyncEngineServer::addUser(const QString& login, const QStringList& roleNames)
{
    QList<Role> roles;
    for (const QString& name : roleNames) {
        if (const std::optional<Role> role = roleFromName(name)) {
            roles.append(*role);
        }
    }
    if (!d->store->begin()) {
        return {};
    }
    Result<QString> token = d->store->addUser(login, roles);
    if (!token || !d->store->commit()) {
        d->store->rollback();
        return {};
    }
    return token->toUtf8();
}

qint64 SyncEngineServer::addProject()
{
    if (!d->store->begin()) {
        return 0;
    }
    Result<ServerProject> project = d->store->createProject(QStringLiteral("Shop bot"), QStringLiteral("ann"));
    if (!project || !d->store->commit()) {
        d->store->rollback();
        return 0;
    }
    return project->id;
}

SyncEngineServer::Item SyncEngineServer::item(qint64 project, bool secret, const QString& name) const
{
    Item result;
    const ItemKind kind = secret ? ItemKind::Secret : ItemKind::Variable;
    Result<std::optional<ServerItem>> stored = d->store->item(project, kind, name);
    if (!stored || !stored.value()) {
        return result;
    }
    const ServerItem& item = *stored.value();
    result.exists = true;
    result.revision = item.revision;
    result.updatedBy = item.updatedBy;
    result.includeInExport = item.includeInExport;
    if (secret) {
        Result<QString> value = d->store->secretValue(project, name);
        result.value = value ? value.value() : QString();
    } else {
        result.value = item.value;
    }
    return result;
}

bool SyncEngineServer::writeVariable(qint64 project, const QString& name, const QString& value)
{
    if (!d->store->begin()) {
        return false;
    }
    Result<ServerItem> written
        = d->store->putItem(project, ItemKind::Variable, name, value, false, QStringLiteral("bob"));
    if (!written || !d->store->commit()) {
        d->store->rollback();
        return false;
    }
    return true;
}

int SyncEngineServer::variableCount(qint64 project) const
{
    Result<QList<ServerItem>> items = d->store->items(project, ItemKind::Variable, QString(), 1'000'000);
    return items ? static_cast<int>(items->size()) : -1;
}
