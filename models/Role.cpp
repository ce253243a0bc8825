#include "models/Role.h"

QString roleName(Role role)
{
    switch (role) {
    case Role::SystemAdmin:
        return QStringLiteral("SYSTEM_ADMIN");
    case Role::SecurityAdmin:
        return QStringLiteral("SECURITY_ADMIN");
    case Role::Developer:
        return QStringLiteral("DEVELOPER");
    case Role::Viewer:
        return QStringLiteral("VIEWER");
    }
    Q_UNREACHABLE();
    return {};
}

QList<Role> allRoles()
{
    return {Role::SystemAdmin, Role::SecurityAdmin, Role::Developer, Role::Viewer};
}

std::optional<Role> roleFromName(const QString& name)
{
    // Exact match: the platform spells role names in upper case and so must whoever configures them.
    for (const Role role : allRoles()) {
        if (name == roleName(role)) {
            return role;
        }
    }
    return std::nullopt;
}

Actor Actor::localOwner(const QString& name)
{
    const QList<Role> roles = allRoles();
    return Actor {name, QSet<Role>(roles.cbegin(), roles.cend())};
}

QString Actor::systemUserName()
{
    // USER on Unix, USERNAME on Windows.
    for (const char* variable : {"USER", "USERNAME"}) {
        const QString value = qEnvironmentVariable(variable).trimmed();
        if (!value.isEmpty()) {
            return value;
        }
    }
    return QStringLiteral("local");
}
