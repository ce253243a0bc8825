#pragma once

#include "models/Role.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// Plain rows of the server's store, as the API handlers see them. Values of secrets are never part
// of an item row read for a response; the store decrypts them only for the bot runtime.
enum class ItemKind
{
    Secret = 1,
    Variable = 2,
};

inline QString itemKindName(ItemKind kind)
{
    return kind == ItemKind::Secret ? QStringLiteral("secret") : QStringLiteral("variable");
}

struct ServerUser
{
    qint64 id = 0;
    QString login;
    QList<Role> roles;
};

// The user and token behind an authenticated request; the token's value is never kept.
struct Caller
{
    ServerUser user;
    qint64 tokenId = 0;
    QString tokenName;
    QString tokenCreatedAt;

    bool hasRole(Role role) const { return user.roles.contains(role); }
};

struct ServerProject
{
    qint64 id = 0;
    QString name;
    QString createdAt;
    QString createdBy;
};

struct ServerItem
{
    ItemKind kind = ItemKind::Variable;
    QString name;
    QString value; // variables only: a secret's row carries no value
    bool includeInExport = false;
    qint64 revision = 0;
    QString createdAt;
    QString updatedAt;
    QString updatedBy;
};

// The first result of a request with an Idempotency-Key.
struct IdempotencyRecord
{
    QByteArray fingerprint;
    int status = 0;
    QByteArray headers; // JSON object of the headers that matter (ETag, Location)
    QByteArray body;
};
