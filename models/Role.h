#pragma once

#include <QList>
#include <QSet>
#include <QString>

#include <optional>

// Platform roles that BotVault acts on. Names are the platform's ("SYSTEM_ADMIN").
enum class Role
{
    SystemAdmin,
    SecurityAdmin,
    Developer,
    Viewer,
};

QString roleName(Role role);
// Every role, in the order above, for settings and for the local owner.
QList<Role> allRoles();
std::optional<Role> roleFromName(const QString& name);

// Who performs an action: recorded as "updated by" and checked against the access policy.
struct Actor
{
    QString name;
    QSet<Role> roles;

    // The owner of a local vault holds every role.
    static Actor localOwner(const QString& name);
    // The operating system's user name, or "local" when it cannot be found.
    static QString systemUserName();
};
