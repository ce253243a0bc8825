// The channel, deploy, task and bot-script part of ServerStore (schema 2), kept apart from the
// items and users so each file stays readable. Same rules: the caller owns the transaction.
#include "server/ServerStore.h"

#include "server/ServerLimits.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <limits>

namespace {

// The history a channel keeps besides its active deploy (docs/API.md "Limits").
constexpr int kDeployHistory = 1000;

const QString kDeployColumns = QStringLiteral(
    "deploys.id, deploys.channel_id, deploys.task_id, deploys.status, deploys.requested_at, deploys.started_at, "
    "deploys.finished_at, deploys.requested_by, deploys.variable_count, deploys.script_revision, "
    "deploys.error_code, deploys.error_message");

ServerDeploy deployFromQuery(const QSqlQuery& query)
{
    ServerDeploy deploy;
    deploy.id = query.value(0).toLongLong();
    deploy.channelId = query.value(1).toLongLong();
    deploy.taskId = query.value(2).toLongLong();
    deploy.status = query.value(3).toString();
    deploy.requestedAt = query.value(4).toString();
    deploy.startedAt = query.value(5).toString();
    deploy.finishedAt = query.value(6).toString();
    deploy.requestedBy = query.value(7).toString();
    deploy.variableCount = query.value(8).toLongLong();
    deploy.scriptRevision = query.value(9).toLongLong();
    deploy.errorCode = query.value(10).toString();
    deploy.errorMessage = query.value(11).toString();
    return deploy;
}

ServerChannel channelFromQuery(const QSqlQuery& query)
{
    ServerChannel channel;
    channel.id = query.value(0).toLongLong();
    channel.projectId = query.value(1).toLongLong();
    channel.type = query.value(2).toString();
    channel.name = query.value(3).toString();
    channel.createdAt = query.value(4).toString();
    channel.createdBy = query.value(5).toString();
    channel.activeDeployId = query.value(6).toLongLong();
    return channel;
}

const QString kChannelColumns = QStringLiteral("id, project_id, type, name, created_at, created_by, active_deploy_id");

// Pending variables of one channel: in the project and not the snapshot (ADDED), in both with other
// bytes (CHANGED), only in the snapshot (REMOVED). Bound values: deploy, project, deploy, project.
// includeInExport is not compared, and a value restored to the deployed one is not pending.
const QString kPendingUnion
    = QStringLiteral("SELECT i.name AS name, CASE WHEN d.name IS NULL THEN 'ADDED' ELSE 'CHANGED' END AS change, "
                     "d.revision AS deployed_revision, i.revision AS current_revision FROM items i "
                     "LEFT JOIN deploy_variables d ON d.deploy_id = ? AND d.name = i.name "
                     "WHERE i.project_id = ? AND i.kind = 2 AND (d.name IS NULL OR d.value != i.value) "
                     "UNION ALL "
                     "SELECT d.name, 'REMOVED', d.revision, NULL FROM deploy_variables d "
                     "LEFT JOIN items i ON i.project_id = ? AND i.kind = 2 AND i.name = d.name "
                     "WHERE d.deploy_id = ? AND i.name IS NULL");

void bindPending(QSqlQuery* query, const ServerChannel& channel)
{
    query->addBindValue(channel.activeDeployId);
    query->addBindValue(channel.projectId);
    query->addBindValue(channel.projectId);
    query->addBindValue(channel.activeDeployId);
}

QString taskCutoff()
{
    return QDateTime::currentDateTimeUtc()
        .addSecs(-ServerLimits::kIdempotencyKeyTtlSeconds)
        .toString(Qt::ISODateWithMs);
}

} // namespace

Result<ServerChannel> ServerStore::createChannel(
    qint64 projectId, const QString& type, const QString& name, const QString& createdBy)
{
    if (type == QStringLiteral("TEST_WIDGET")) {
        Result<qint64> existing = testWidgetChannelId(projectId);
        if (!existing) {
            return existing.error();
        }
        if (existing.value() != 0) {
            return makeError(ErrorCode::AlreadyExists, QStringLiteral("The project already has its test widget."));
        }
    }
    ServerChannel channel;
    channel.projectId = projectId;
    channel.type = type;
    channel.name = name;
    channel.createdAt = now();
    channel.createdBy = createdBy;
    QSqlQuery query(db());
    query.prepare(
        QStringLiteral("INSERT INTO channels (project_id, type, name, created_at, created_by) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(projectId);
    query.addBindValue(type);
    query.addBindValue(name);
    query.addBindValue(channel.createdAt);
    query.addBindValue(createdBy);
    if (!query.exec()) {
        return databaseError(query.lastError());
    }
    channel.id = query.lastInsertId().toLongLong();
    return channel;
}

Result<std::optional<ServerChannel>> ServerStore::channel(qint64 channelId)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT %1 FROM channels WHERE id = ?").arg(kChannelColumns));
    query.addBindValue(channelId);
    if (!query.exec()) {
        return databaseError(query.lastError());
    }
    if (!query.next()) {
        return std::optional<ServerChannel>();
    }
    return std::optional<ServerChannel>(channelFromQuery(query));
}

Result<QList<ServerChannel>> ServerStore::channels(qint64 projectId, qint64 afterId, int limit)
{
    QSqlQuery query(db());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM channels WHERE project_id = ? AND id > ? ORDER BY id LIMIT ?")
                      .arg(kChannelColumns));
    query.addBindValue(projectId);
    query.addBindValue(afterId);
    query.addBindValue(limit);
    if (!query.exec()) {
        return databaseError(query.lastError());
    }
    QList<ServerChannel> channels;
    while (query.next()) {
        channels.append(channelFromQuery(query));
    }
    return channels;
}

Result<qint64> ServerStore::testWidgetChannelId(qint64 projectId)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT id FROM channels WHERE project_id = ? AND type = 'TEST_WIDGET'"));
    query.addBindValue(projectId);
    if (!query.exec()) {
        return databaseError(query.lastError());
    }
    return query.next() ? query.value(0).toLongLong() : qint64(0);
}

Result<QList<PendingVariable>> ServerStore::pendingVariables(
    const ServerChannel& channel, const QString& afterName, int limit)
{
    QSqlQuery query(db());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT name, change, deployed_revision, current_revision FROM (%1) "
                                 "WHERE name > ? ORDER BY name LIMIT ?")
                      .arg(kPendingUnion));
    bindPending(&query, channel);
    query.addBindValue(afterName.isNull() ? QStringLiteral("") : afterName);
    query.addBindValue(limit);
    if (!query.exec()) {
        return databaseError(query.lastError());
    }
    QList<PendingVariable> pending;
    while (query.next()) {
        pending.append(PendingVariable {query.value(0).toString(), query.value(1).toString(),
            query.value(2).toLongLong(), query.value(3).toLongLong()});
    }
    return pending;
}

Result<qint64> ServerStore::pendingVariableCount(const ServerChannel& channel)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM (%1)").arg(kPendingUnion));
    bindPending(&query, channel);
    if (!query.exec() || !query.next()) {
        return databaseError(query.lastError());
    }
    return query.value(0).toLongLong();
}

Result<QList<DeployedVariable>> ServerStore::deployedVariables(qint64 deployId, const QString& afterName, int limit)
{
    QSqlQuery query(db());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT name, value, revision FROM deploy_variables WHERE deploy_id = ? AND name > ? "
                                 "ORDER BY name LIMIT ?"));
    query.addBindValue(deployId);
    query.addBindValue(afterName.isNull() ? QStringLiteral("") : afterName);
    query.addBindValue(limit);
    if (!query.exec()) {
        return databaseError(query.lastError());
    }
    QList<DeployedVariable> variables;
    while (query.next()) {
        variables.append(DeployedVariable {
            query.value(0).toString(), QString::fromUtf8(query.value(1).toByteArray()), query.value(2).toLongLong()});
    }
    return variables;
}

Result<ChannelRuntimeInput> ServerStore::channelRuntimeInput(const ServerChannel& channel)
{
    ChannelRuntimeInput input;
    if (channel.activeDeployId == 0) {
        return input;
    }
    Result<QByteArray> script = deployScript(channel.activeDeployId);
    if (!script) {
        return script.error();
    }
    input.script = script.value();
    Result<QList<DeployedVariable>> variables
        = deployedVariables(channel.activeDeployId, QString(), std::numeric_limits<int>::max());
    if (!variables) {
        return variables.error();
    }
    input.variables = std::move(variables).value();
    return input;
}

Result<ServerDeploy> ServerStore::createDeploy(const ServerChannel& channel, const QString& requestedBy)
{
    Result<std::optional<ServerBotScript>> script = botScript(channel.projectId);
    if (!script) {
        return script.error();
    }
    ServerDeploy deploy;
    deploy.channelId = channel.id;
    deploy.status = QStringLiteral("QUEUED");
    deploy.requestedAt = now();
    deploy.requestedBy = requestedBy;
    deploy.scriptRevision = script.value() ? script.value()->revision : 0;

    QSqlQuery insert(db());
    insert.prepare(QStringLiteral("INSERT INTO deploys (channel_id, status, requested_at, requested_by, script, "
                                  "script_revision) VALUES (?, 'QUEUED', ?, ?, ?, ?)"));
    insert.addBindValue(channel.id);
    insert.addBindValue(deploy.requestedAt);
    insert.addBindValue(requestedBy);
    insert.addBindValue(script.value() ? QVariant(script.value()->source) : QVariant(QMetaType(QMetaType::QByteArray)));
    insert.addBindValue(script.value() ? QVariant(deploy.scriptRevision) : QVariant(QMetaType(QMetaType::LongLong)));
    if (!insert.exec()) {
        return databaseError(insert.lastError());
    }
    deploy.id = insert.lastInsertId().toLongLong();

    // The snapshot is taken now, when the request is accepted, not when the task runs.
    QSqlQuery snapshot(db());
    snapshot.prepare(QStringLiteral("INSERT INTO deploy_variables (deploy_id, name, value, revision) "
                                    "SELECT ?, name, value, revision FROM items WHERE project_id = ? AND kind = 2"));
    snapshot.addBindValue(deploy.id);
    snapshot.addBindValue(channel.projectId);
    if (!snapshot.exec()) {
        return databaseError(snapshot.lastError());
    }
    deploy.variableCount = snapshot.numRowsAffected();

    QSqlQuery task(db());
    task.prepare(QStringLiteral("INSERT INTO tasks (deploy_id, created_at) VALUES (?, ?)"));
    task.addBindValue(deploy.id);
    task.addBindValue(deploy.requestedAt);
    if (!task.exec()) {
        return databaseError(task.lastError());
    }
    deploy.taskId = task.lastInsertId().toLongLong();

    QSqlQuery update(db());
    update.prepare(QStringLiteral("UPDATE deploys SET task_id = ?, variable_count = ? WHERE id = ?"));
    update.addBindValue(deploy.taskId);
    update.addBindValue(deploy.variableCount);
    update.addBindValue(deploy.id);
    if (!update.exec()) {
        return databaseError(update.lastError());
    }

    // The history keeps the latest deploys and always the active one ("IS NOT" also holds for NULL).
    QSqlQuery prune(db());
    prune.prepare(QStringLiteral("DELETE FROM deploys WHERE channel_id = ? AND id NOT IN (SELECT id FROM deploys "
                                 "WHERE channel_id = ? ORDER BY id DESC LIMIT ?) AND id IS NOT (SELECT "
                                 "active_deploy_id FROM channels WHERE id = ?)"));
    prune.addBindValue(channel.id);
    prune.addBindValue(channel.id);
    prune.addBindValue(kDeployHistory);
    prune.addBindValue(channel.id);
    if (!prune.exec()) {
        return databaseError(prune.lastError());
    }
    return deploy;
}

Result<std::optional<ServerDeploy>> ServerStore::deploy(qint64 deployId)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT %1 FROM deploys WHERE id = ?").arg(kDeployColumns));
    query.addBindValue(deployId);
    if (!query.exec()) {
        return databaseError(query.lastError());
    }
    if (!query.next()) {
        return std::optional<ServerDeploy>();
    }
    return std::optional<ServerDeploy>(deployFromQuery(query));
}

Result<std::optional<ServerDeploy>> ServerStore::deployOfTask(qint64 taskId)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT %1 FROM tasks JOIN deploys ON deploys.id = tasks.deploy_id "
                                 "WHERE tasks.id = ? AND (deploys.finished_at IS NULL OR deploys.finished_at >= ?)")
                      .arg(kDeployColumns));
    query.addBindValue(taskId);
    query.addBindValue(taskCutoff());
    if (!query.exec()) {
        return databaseError(query.lastError());
    }
    if (!query.next()) {
        return std::optional<ServerDeploy>();
    }
    return std::optional<ServerDeploy>(deployFromQuery(query));
}

Result<std::optional<ServerDeploy>> ServerStore::latestDeploy(qint64 channelId)
{
    Result<QList<ServerDeploy>> newest = deploys(channelId, 0, 1);
    if (!newest) {
        return newest.error();
    }
    if (newest->isEmpty()) {
        return std::optional<ServerDeploy>();
    }
    return std::optional<ServerDeploy>(newest->first());
}

Result<std::optional<ServerDeploy>> ServerStore::unfinishedDeploy(qint64 channelId)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT %1 FROM deploys WHERE channel_id = ? AND status IN ('QUEUED', 'RUNNING') "
                                 "ORDER BY id DESC LIMIT 1")
                      .arg(kDeployColumns));
    query.addBindValue(channelId);
    if (!query.exec()) {
        return databaseError(query.lastError());
    }
    if (!query.next()) {
        return std::optional<ServerDeploy>();
    }
    return std::optional<ServerDeploy>(deployFromQuery(query));
}

Result<QList<ServerDeploy>> ServerStore::deploys(qint64 channelId, qint64 beforeId, int limit)
{
    QSqlQuery query(db());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM deploys WHERE channel_id = ? AND id < ? ORDER BY id DESC LIMIT ?")
                      .arg(kDeployColumns));
    query.addBindValue(channelId);
    query.addBindValue(beforeId > 0 ? beforeId : ServerLimits::kMaxJsonInteger + 1);
    query.addBindValue(limit);
    if (!query.exec()) {
        return databaseError(query.lastError());
    }
    QList<ServerDeploy> deploys;
    while (query.next()) {
        deploys.append(deployFromQuery(query));
    }
    return deploys;
}

Result<QByteArray> ServerStore::deployScript(qint64 deployId)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT script FROM deploys WHERE id = ?"));
    query.addBindValue(deployId);
    if (!query.exec()) {
        return databaseError(query.lastError());
    }
    return query.next() ? query.value(0).toByteArray() : QByteArray();
}

Result<bool> ServerStore::startDeploy(qint64 deployId)
{
    QSqlQuery query(db());
    query.prepare(
        QStringLiteral("UPDATE deploys SET status = 'RUNNING', started_at = ? WHERE id = ? AND status = 'QUEUED'"));
    query.addBindValue(now());
    query.addBindValue(deployId);
    if (!query.exec()) {
        return databaseError(query.lastError());
    }
    return query.numRowsAffected() == 1;
}

Result<void> ServerStore::finishDeploy(qint64 deployId, const QString& errorCode, const QString& errorMessage)
{
    const bool succeeded = errorCode.isEmpty();
    QSqlQuery query(db());
    query.prepare(QStringLiteral("UPDATE deploys SET status = ?, finished_at = ?, error_code = ?, error_message = ? "
                                 "WHERE id = ? AND status = 'RUNNING'"));
    query.addBindValue(succeeded ? QStringLiteral("SUCCEEDED") : QStringLiteral("FAILED"));
    query.addBindValue(now());
    query.addBindValue(succeeded ? QVariant(QMetaType(QMetaType::QString)) : QVariant(errorCode));
    query.addBindValue(succeeded ? QVariant(QMetaType(QMetaType::QString)) : QVariant(errorMessage));
    query.addBindValue(deployId);
    if (!query.exec()) {
        return databaseError(query.lastError());
    }
    if (query.numRowsAffected() != 1) {
        return makeError(ErrorCode::NotFound, QStringLiteral("The deploy is not running."));
    }
    if (succeeded) {
        // In the same transaction as the status: a bot never sees half a deploy.
        QSqlQuery activate(db());
        activate.prepare(QStringLiteral(
            "UPDATE channels SET active_deploy_id = ? WHERE id = (SELECT channel_id FROM deploys WHERE id = ?)"));
        activate.addBindValue(deployId);
        activate.addBindValue(deployId);
        if (!activate.exec()) {
            return databaseError(activate.lastError());
        }
    }
    return {};
}

Result<QList<qint64>> ServerStore::requeueUnfinishedDeploys()
{
    if (Result<void> requeued
        = exec(QStringLiteral("UPDATE deploys SET status = 'QUEUED', started_at = NULL WHERE status = 'RUNNING'"));
        !requeued) {
        return requeued.error();
    }
    QSqlQuery query(db());
    if (!query.exec(QStringLiteral("SELECT id FROM deploys WHERE status = 'QUEUED' ORDER BY id"))) {
        return databaseError(query.lastError());
    }
    QList<qint64> ids;
    while (query.next()) {
        ids.append(query.value(0).toLongLong());
    }
    return ids;
}

Result<void> ServerStore::purgeExpiredTasks()
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("DELETE FROM tasks WHERE deploy_id IN (SELECT id FROM deploys WHERE finished_at IS "
                                 "NOT NULL AND finished_at < ?)"));
    query.addBindValue(taskCutoff());
    if (!query.exec()) {
        return databaseError(query.lastError());
    }
    return {};
}

Result<std::optional<ServerBotScript>> ServerStore::botScript(qint64 projectId)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral(
        "SELECT source, revision, created_at, updated_at, updated_by FROM bot_scripts WHERE project_id = ?"));
    query.addBindValue(projectId);
    if (!query.exec()) {
        return databaseError(query.lastError());
    }
    if (!query.next()) {
        return std::optional<ServerBotScript>();
    }
    return std::optional<ServerBotScript>(ServerBotScript {query.value(0).toByteArray(), query.value(1).toLongLong(),
        query.value(2).toString(), query.value(3).toString(), query.value(4).toString()});
}

Result<ServerBotScript> ServerStore::putBotScript(qint64 projectId, const QByteArray& source, const QString& updatedBy)
{
    Result<qint64> revision = takeRevision(projectId);
    if (!revision) {
        return revision.error();
    }
    const QString timestamp = now();
    QSqlQuery upsert(db());
    upsert.prepare(QStringLiteral(
        "INSERT INTO bot_scripts (project_id, source, revision, created_at, updated_at, updated_by) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (project_id) DO UPDATE SET source = excluded.source, "
        "revision = excluded.revision, updated_at = excluded.updated_at, updated_by = excluded.updated_by"));
    upsert.addBindValue(projectId);
    // A null QByteArray would bind as NULL: an empty script is still a script.
    upsert.addBindValue(source.isNull() ? QByteArray("") : source);
    upsert.addBindValue(revision.value());
    upsert.addBindValue(timestamp);
    upsert.addBindValue(timestamp);
    upsert.addBindValue(updatedBy);
    if (!upsert.exec()) {
        return databaseError(upsert.lastError());
    }
    Result<std::optional<ServerBotScript>> written = botScript(projectId);
    if (!written) {
        return written.error();
    }
    if (!written.value()) {
        return makeError(ErrorCode::Internal, QStringLiteral("The bot script just written could not be read back."));
    }
    return *written.value();
}
