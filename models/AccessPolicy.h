#pragma once

#include "models/Result.h"
#include "models/Role.h"

// Which role may add, edit and delete secrets. The platform's pages disagree on it, so it is a
// setting: SYSTEM_ADMIN by default, SECURITY_ADMIN when an installation says so.
class AccessPolicy
{
public:
    explicit AccessPolicy(Role secretsAdminRole = Role::SystemAdmin);

    Role secretsAdminRole() const { return m_secretsAdminRole; }
    bool canManageSecrets(const Actor& actor) const;
    // PermissionDenied naming the missing role when the actor may not manage secrets.
    Result<void> checkManageSecrets(const Actor& actor) const;
    // "Adding, editing and deleting secrets needs the SYSTEM_ADMIN role." for tooltips and errors.
    QString manageSecretsDeniedReason() const;

    // Removing a project deletes its secrets with it, so a project that holds any needs the
    // secrets-admin role too; an empty one (or one with variables only) needs none.
    bool canRemoveProject(const Actor& actor, int secretCount) const;
    // PermissionDenied naming the project, its secrets and the missing role.
    Result<void> checkRemoveProject(const Actor& actor, const QString& projectName, int secretCount) const;
    // "Deleting a project that holds secrets needs the SYSTEM_ADMIN role, as deleting a secret does."
    QString removeProjectDeniedReason() const;

private:
    Role m_secretsAdminRole;
};
