#pragma once

#include "models/Role.h"
#include "server/ApiRequest.h"
#include "server/ApiResponse.h"
#include "server/AuditHandlers.h"
#include "server/ChannelHandlers.h"
#include "server/ServerRecords.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

class DeployRunner;
class ServerStore;

// The endpoints of docs/API.md that the reference server implements: /me, projects, secrets,
// variables, the /changes batch and the project's audit log (AuditHandlers). Every write appends
// its entries to the audit trail in the same transaction. Each handler checks in the documented order (400 → 404 → 403
// → 422 → 412) and writes through the store; the caller (ApiServer) owns the transaction around it. Channels, deploys,
// tasks, the bot script and the test widget are ChannelHandlers', routed from here.
class ApiHandlers
{
public:
    ApiHandlers(ServerStore& store, Role secretsAdminRole, DeployRunner& deployRunner);

    ChannelHandlers& channels() { return m_channels; }

    ApiResponse handle(const ApiRequest& request);

    // The body limit of docs/API.md "Limits" for a request to `path`.
    static qint64 bodyLimit(const QByteArray& method, const QString& path);

private:
    ApiResponse me(const ApiRequest& request) const;
    ApiResponse listProjects(const ApiRequest& request);
    ApiResponse createProject(const ApiRequest& request);
    ApiResponse getProject(qint64 projectId);
    ApiResponse listItems(const ApiRequest& request, qint64 projectId, ItemKind kind);
    ApiResponse getItem(qint64 projectId, ItemKind kind, const QString& name);
    ApiResponse putItem(const ApiRequest& request, qint64 projectId, ItemKind kind, const QString& name);
    ApiResponse deleteItem(const ApiRequest& request, qint64 projectId, ItemKind kind, const QString& name);
    ApiResponse applyChanges(const ApiRequest& request, qint64 projectId);

    // 404 when the project does not exist, 500 when the store fails; nullopt when it exists, with
    // its revision in `revision` when given.
    std::optional<ApiResponse> checkProject(qint64 projectId, qint64* revision = nullptr);
    // `response` with the X-Project-Revision header of the project as it is now (docs/API.md).
    ApiResponse withProjectRevision(ApiResponse response, qint64 projectId);
    // 403 unless the caller may write items of `kind`.
    std::optional<ApiResponse> checkWriteRole(const Caller& caller, ItemKind kind) const;
    QStringList writeRoles(ItemKind kind) const;
    // 403 unless the caller may write every kind of item a batch of changes touches.
    std::optional<ApiResponse> checkBatchRoles(const Caller& caller, const QJsonArray& changes) const;

    ServerStore& m_store;
    Role m_secretsAdminRole;
    ChannelHandlers m_channels;
    AuditHandlers m_audit;
};
