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
    QString tokenExpiresAt; // empty: never

    bool hasRole(Role role) const { return user.roles.contains(role); }
};

struct ServerProject
{
    qint64 id = 0;
    QString name;
    QString createdAt;
    QString createdBy;
    // The project revision (docs/API.md, "Project revision"): the counter's last value, 0 before
    // the first write.
    qint64 revision = 0;
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
    // Secrets only (docs/API.md "Secrets"): when the value was last replaced, as the writer said
    // (never later than the server's time of the write), and the rotation rule: a period in days
    // or an expiry date ("YYYY-MM-DD"), never both. 0 and empty: none.
    QString rotatedAt {};
    int rotationPeriodDays = 0;
    QString expiresAt {};
};

// What a put of a secret says about its rotation. Without rule fields the stored rule stays; with
// either of them the rule becomes exactly what they say (both null clears it). Without `rotatedAt`
// the value counts as replaced at the server's time of the write.
struct RotationWrite
{
    bool ruleGiven = false;
    int periodDays = 0;
    QString expiresAt; // "YYYY-MM-DD"; empty: none
    QString rotatedAt; // the API's time format; empty: the time of the write
};

// A bot channel (docs/API.md "Bot channels"). `activeDeployId` is 0 while it was never deployed.
struct ServerChannel
{
    qint64 id = 0;
    qint64 projectId = 0;
    QString type; // "TEST_WIDGET", "TELEGRAM", …
    QString name;
    QString createdAt;
    QString createdBy;
    qint64 activeDeployId = 0;
};

// One deploy of a channel and the task that runs it. The snapshot's variables are rows of their own.
struct ServerDeploy
{
    qint64 id = 0;
    qint64 channelId = 0;
    qint64 taskId = 0;
    QString status; // QUEUED, RUNNING, SUCCEEDED, FAILED
    QString requestedAt;
    QString startedAt; // empty: not yet
    QString finishedAt;
    QString requestedBy;
    qint64 variableCount = 0;
    qint64 scriptRevision = 0; // 0: the project had no bot script
    QString errorCode; // empty unless FAILED
    QString errorMessage;
};

// A variable as a deploy snapshot holds it.
struct DeployedVariable
{
    QString name;
    QString value;
    qint64 revision = 0;
};

// A variable whose deploy would change what a channel reads. A revision of 0 means "absent there".
struct PendingVariable
{
    QString name;
    QString change; // ADDED, CHANGED, REMOVED
    qint64 deployedRevision = 0;
    qint64 currentRevision = 0;
};

// The project's bot script (docs/API.md "Bot script").
struct ServerBotScript
{
    QByteArray source; // UTF-8
    qint64 revision = 0;
    QString createdAt;
    QString updatedAt;
    QString updatedBy;
};

// What a channel runs: its active snapshot's script and variables (both empty when never deployed).
struct ChannelRuntimeInput
{
    QByteArray script;
    QList<DeployedVariable> variables;
};

// The first result of a request with an Idempotency-Key.
struct IdempotencyRecord
{
    QByteArray fingerprint;
    int status = 0;
    QByteArray headers; // JSON object of the headers that matter (ETag, Location)
    QByteArray body;
};
