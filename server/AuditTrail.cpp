#include "server/AuditTrail.h"

#include <QJsonArray>
#include <QJsonValue>

namespace AuditTrail {

QStringList actions()
{
    QStringList names {QString::fromLatin1(kProjectCreated)};
    for (ItemKind kind : {ItemKind::Secret, ItemKind::Variable}) {
        for (const char* verb : {"CREATED", "REPLACED", "DELETED"}) {
            names.append(itemAction(kind, verb));
        }
    }
    for (const char* action : {kBotScriptWritten, kChannelCreated, kDeployRequested, kDeploySucceeded, kDeployFailed}) {
        names.append(QString::fromLatin1(action));
    }
    return names;
}

QString itemAction(ItemKind kind, const char* verb)
{
    return (kind == ItemKind::Secret ? QStringLiteral("SECRET_") : QStringLiteral("VARIABLE_"))
        + QString::fromLatin1(verb);
}

ServerAuditEvent event(qint64 projectId, const QString& action, const QString& actor, const QString& requestId)
{
    ServerAuditEvent event;
    event.projectId = projectId;
    event.action = action;
    event.actor = actor;
    event.requestId = requestId;
    return event;
}

ServerAuditEvent itemEvent(qint64 projectId, const QString& actor, const QString& requestId, ItemKind kind,
    const QString& name, const std::optional<ServerItem>& before, const ServerItem* after)
{
    const char* verb = after == nullptr ? "DELETED" : (before ? "REPLACED" : "CREATED");
    ServerAuditEvent entry = event(projectId, itemAction(kind, verb), actor, requestId);
    entry.itemKind = itemKindName(kind);
    entry.itemName = name;
    if (after == nullptr) {
        entry.details.insert(QStringLiteral("previousRevision"), before ? before->revision : 0);
        return entry;
    }
    entry.revision = after->revision;
    if (kind == ItemKind::Secret) {
        // The rule is metadata, not a value: a put that set or changed it says what it is now.
        const bool hasRule = after->rotationPeriodDays > 0 || !after->expiresAt.isEmpty();
        const bool ruleChanged = before
            ? before->rotationPeriodDays != after->rotationPeriodDays || before->expiresAt != after->expiresAt
            : hasRule;
        if (ruleChanged) {
            entry.details.insert(QStringLiteral("rotationPeriodDays"),
                after->rotationPeriodDays > 0 ? QJsonValue(after->rotationPeriodDays) : QJsonValue());
            entry.details.insert(
                QStringLiteral("expiresAt"), after->expiresAt.isEmpty() ? QJsonValue() : QJsonValue(after->expiresAt));
        }
        return entry;
    }
    if (!before) {
        entry.details.insert(QStringLiteral("includeInExport"), after->includeInExport);
        return entry;
    }
    QJsonArray changed;
    if (before->value != after->value) {
        changed.append(QStringLiteral("value"));
    }
    if (before->includeInExport != after->includeInExport) {
        changed.append(QStringLiteral("includeInExport"));
        entry.details.insert(QStringLiteral("includeInExport"), after->includeInExport);
    }
    entry.details.insert(QStringLiteral("changed"), changed);
    return entry;
}

QJsonObject toJson(const ServerAuditEvent& event)
{
    const auto optionalId = [](qint64 id) { return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null); };
    const auto optionalText
        = [](const QString& text) { return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text); };
    return QJsonObject {{QStringLiteral("id"), event.id}, {QStringLiteral("at"), event.at},
        {QStringLiteral("actor"), event.actor}, {QStringLiteral("action"), event.action},
        {QStringLiteral("kind"), optionalText(event.itemKind)}, {QStringLiteral("name"), optionalText(event.itemName)},
        {QStringLiteral("botChannelId"), optionalId(event.channelId)},
        {QStringLiteral("deployId"), optionalId(event.deployId)},
        {QStringLiteral("revision"), optionalId(event.revision)}, {QStringLiteral("details"), event.details},
        {QStringLiteral("requestId"), optionalText(event.requestId)}};
}

} // namespace AuditTrail
