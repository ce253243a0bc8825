#include "models/AccessPolicy.h"

#include <QCoreApplication>

AccessPolicy::AccessPolicy(Role secretsAdminRole) : m_secretsAdminRole(secretsAdminRole) { }

bool AccessPolicy::canManageSecrets(const Actor& actor) const
{
    return actor.roles.contains(m_secretsAdminRole);
}

Result<void> AccessPolicy::checkManageSecrets(const Actor& actor) const
{
    if (canManageSecrets(actor)) {
        return Result<void>::success();
    }
    return makeError(ErrorCode::PermissionDenied, manageSecretsDeniedReason());
}

QString AccessPolicy::manageSecretsDeniedReason() const
{
    return QCoreApplication::translate("AccessPolicy", "Adding, editing and deleting secrets needs the %1 role.")
        .arg(roleName(m_secretsAdminRole));
}
