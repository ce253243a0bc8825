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

bool AccessPolicy::canRemoveProject(const Actor& actor, int secretCount) const
{
    return secretCount == 0 || canManageSecrets(actor);
}

Result<void> AccessPolicy::checkRemoveProject(const Actor& actor, const QString& projectName, int secretCount) const
{
    if (canRemoveProject(actor, secretCount)) {
        return Result<void>::success();
    }
    const QString what = projectName.isEmpty()
        ? QCoreApplication::translate("AccessPolicy", "The project holds secrets.")
        : QCoreApplication::translate("AccessPolicy", "Project '%1' holds secrets.").arg(projectName);
    return makeError(ErrorCode::PermissionDenied,
        what + QLatin1Char(' ') + removeProjectDeniedReason() + QLatin1Char(' ')
            + QCoreApplication::translate("AccessPolicy", "Nothing was removed."));
}

QString AccessPolicy::removeProjectDeniedReason() const
{
    return QCoreApplication::translate(
        "AccessPolicy", "Deleting a project that holds secrets needs the %1 role, as deleting a secret does.")
        .arg(roleName(m_secretsAdminRole));
}
