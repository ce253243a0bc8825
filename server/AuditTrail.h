#pragma once

#include "server/ServerRecords.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// One entry of a project's audit trail on the server (docs/API.md "Audit log"): who did what to
// which item, channel or deploy, when, and under which request. An entry never holds a value: a
// variable's replacement says which of its fields changed, not what they were or became.
struct ServerAuditEvent
{
    qint64 id = 0;
    qint64 projectId = 0;
    QString at;
    QString actor; // the caller's login; a deploy's outcome is its requester's
    QString action; // one of AuditTrail::actions()
    QString itemKind; // "secret", "variable" or empty
    QString itemName;
    qint64 channelId = 0;
    qint64 deployId = 0;
    qint64 revision = 0; // the revision the write took; 0 for none
    QJsonObject details; // counts, flags, codes; never a value
    QString requestId; // the X-Request-Id of the request; empty for a deploy's outcome
};

// Which entries a listing wants, newest first.
struct ServerAuditFilter
{
    qint64 projectId = 0;
    qint64 beforeId = 0; // 0: from the newest
    QString since; // inclusive, in the API's time format; empty: no bound
    QString until; // exclusive
    QString itemName;
    QString action;
    int limit = 100;
};

namespace AuditTrail {

inline constexpr char kProjectCreated[] = "PROJECT_CREATED";
inline constexpr char kBotScriptWritten[] = "BOT_SCRIPT_WRITTEN";
inline constexpr char kChannelCreated[] = "CHANNEL_CREATED";
inline constexpr char kDeployRequested[] = "DEPLOY_REQUESTED";
inline constexpr char kDeploySucceeded[] = "DEPLOY_SUCCEEDED";
inline constexpr char kDeployFailed[] = "DEPLOY_FAILED";

// Every action name, in the order docs/API.md lists them.
QStringList actions();
// SECRET_CREATED, VARIABLE_REPLACED, …: `verb` is CREATED, REPLACED or DELETED.
QString itemAction(ItemKind kind, const char* verb);
// An event about the project as a whole, by the caller of the request `requestId`.
ServerAuditEvent event(qint64 projectId, const QString& action, const QString& actor, const QString& requestId);
// The entry of one item write: created when `before` is empty, deleted when `after` is null,
// replaced otherwise. A variable's replacement names the fields that changed, never their values; a
// secret's write that set or changed its rotation rule gives the rule (dates, never a value).
ServerAuditEvent itemEvent(qint64 projectId, const QString& actor, const QString& requestId, ItemKind kind,
    const QString& name, const std::optional<ServerItem>& before, const ServerItem* after);
// The entry as the API answers it.
QJsonObject toJson(const ServerAuditEvent& event);

} // namespace AuditTrail
