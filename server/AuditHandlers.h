#pragma once

#include "models/Role.h"
#include "server/ApiRequest.h"
#include "server/ApiResponse.h"

#include <optional>

class ServerStore;

// GET /api/v1/projects/{projectId}/audit (docs/API.md "Audit log"): a project's audit trail,
// newest first, in pages, filtered by time, item name and action. Readable by the project's
// admins: SYSTEM_ADMIN and the secrets-admin role. Checks in the documented order (400 → 404 → 403).
class AuditHandlers
{
public:
    AuditHandlers(ServerStore& store, Role secretsAdminRole);

    ApiResponse list(const ApiRequest& request, qint64 projectId);

private:
    std::optional<ApiResponse> checkReader(const Caller& caller) const;

    ServerStore& m_store;
    Role m_secretsAdminRole;
};
