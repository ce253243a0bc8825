// The projects' audit trail in the server's store (schema 4): see ServerStore.h and AuditTrail.h.
#include "server/ServerStore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace {

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant nullableText(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

ServerAuditEvent eventFromQuery(const QSqlQuery& query)
{
    ServerAuditEvent event;
    event.id = query.value(0).toLongLong();
    event.projectId = query.value(1).toLongLong();
    event.at = query.value(2).toString();
    event.actor = query.value(3).toString();
    event.action = query.value(4).toString();
    event.itemKind = query.value(5).toString();
    event.itemName = query.value(6).toString();
    event.channelId = query.value(7).toLongLong();
    event.deployId = query.value(8).toLongLong();
    event.revision = query.value(9).toLongLong();
    event.details = QJsonDocument::fromJson(query.value(10).toByteArray()).object();
    event.requestId = query.value(11).toString();
    return event;
}

} // namespace

Result<void> ServerStore::appendAuditEvents(const QList<ServerAuditEvent>& events)
{
    if (events.isEmpty()) {
        return {};
    }
    Result<QSqlQuery*> prepared = cachedQuery(
        QStringLiteral("INSERT INTO audit_events (project_id, at, actor, action, item_kind, item_name, channel_id, "
                       "deploy_id, revision, details, request_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!prepared) {
        return prepared.error();
    }
    QSqlQuery& insert = *prepared.value();
    const QString timestamp = now();
    for (const ServerAuditEvent& event : events) {
        insert.bindValue(0, event.projectId);
        insert.bindValue(1, event.at.isEmpty() ? timestamp : event.at);
        insert.bindValue(2, event.actor);
        insert.bindValue(3, event.action);
        insert.bindValue(4, nullableText(event.itemKind));
        insert.bindValue(5, nullableText(event.itemName));
        insert.bindValue(6, nullableId(event.channelId));
        insert.bindValue(7, nullableId(event.deployId));
        insert.bindValue(8, nullableId(event.revision));
        insert.bindValue(9, QJsonDocument(event.details).toJson(QJsonDocument::Compact));
        insert.bindValue(10, nullableText(event.requestId));
        const bool ran = insert.exec();
        const QSqlError error = insert.lastError();
        insert.finish();
        if (!ran) {
            return databaseError(error);
        }
    }
    return {};
}

Result<QList<ServerAuditEvent>> ServerStore::auditEvents(const ServerAuditFilter& filter)
{
    // Keyset paging on (project_id, id): one index range scan per page, newest first. The filters
    // narrow that scan; an absent one matches everything.
    QStringList conditions {QStringLiteral("project_id = ?")};
    QVariantList values {filter.projectId};
    if (filter.beforeId > 0) {
        conditions.append(QStringLiteral("id < ?"));
        values.append(filter.beforeId);
    }
    if (!filter.since.isEmpty()) {
        conditions.append(QStringLiteral("at >= ?"));
        values.append(filter.since);
    }
    if (!filter.until.isEmpty()) {
        conditions.append(QStringLiteral("at < ?"));
        values.append(filter.until);
    }
    if (!filter.itemName.isEmpty()) {
        conditions.append(QStringLiteral("item_name = ?"));
        values.append(filter.itemName);
    }
    if (!filter.action.isEmpty()) {
        conditions.append(QStringLiteral("action = ?"));
        values.append(filter.action);
    }
    values.append(filter.limit);
    Result<QSqlQuery*> prepared = cachedQuery(
        QStringLiteral("SELECT id, project_id, at, actor, action, item_kind, item_name, channel_id, deploy_id, "
                       "revision, details, request_id FROM audit_events WHERE ")
        + conditions.join(QStringLiteral(" AND ")) + QStringLiteral(" ORDER BY id DESC LIMIT ?"));
    if (!prepared) {
        return prepared.error();
    }
    QSqlQuery& query = *prepared.value();
    for (qsizetype i = 0; i < values.size(); ++i) {
        query.bindValue(static_cast<int>(i), values.at(i));
    }
    if (!query.exec()) {
        return databaseError(query.lastError());
    }
    QList<ServerAuditEvent> events;
    while (query.next()) {
        events.append(eventFromQuery(query));
    }
    const QSqlError error = query.lastError();
    query.finish();
    if (error.isValid()) {
        return databaseError(error);
    }
    return events;
}
