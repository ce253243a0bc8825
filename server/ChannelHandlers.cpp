#include "server/ChannelHandlers.h"

#include "models/NameRules.h"
#include "server/ApiError.h"
#include "server/ApiSupport.h"
#include "server/AuditTrail.h"
#include "server/BotRun.h"
#include "server/DeployRunner.h"
#include "server/Precondition.h"
#include "server/ServerLimits.h"
#include "server/ServerStore.h"
#include "server/StrictJson.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QStringDecoder>

namespace {

using namespace ApiSupport;

const QString kChannelsPath = QStringLiteral("/api/v1/bot-channels");
const QString kTestWidget = QStringLiteral("TEST_WIDGET");
// The channel types the reference server creates (docs/API.md "Bot channels").
const QStringList kChannelTypes {QStringLiteral("TEST_WIDGET"), QStringLiteral("CHAT_WIDGET"),
    QStringLiteral("TELEGRAM"), QStringLiteral("CHAT_API")};
constexpr qint64 kMaxExpressionBytes = 16 * 1024;
constexpr qint64 kMaxMessageBytes = 4 * 1024;

QJsonValue timeOrNull(const QString& time)
{
    return time.isEmpty() ? QJsonValue() : QJsonValue(time);
}

QJsonValue deployErrorJson(const ServerDeploy& deploy)
{
    if (deploy.errorCode.isEmpty()) {
        return QJsonValue();
    }
    return QJsonObject {{QStringLiteral("code"), deploy.errorCode}, {QStringLiteral("message"), deploy.errorMessage}};
}

QJsonObject deployJson(const ServerDeploy& deploy)
{
    return QJsonObject {{QStringLiteral("id"), deploy.id}, {QStringLiteral("botChannelId"), deploy.channelId},
        {QStringLiteral("taskId"), deploy.taskId}, {QStringLiteral("status"), deploy.status},
        {QStringLiteral("requestedAt"), deploy.requestedAt},
        {QStringLiteral("startedAt"), timeOrNull(deploy.startedAt)},
        {QStringLiteral("finishedAt"), timeOrNull(deploy.finishedAt)},
        {QStringLiteral("requestedBy"), deploy.requestedBy}, {QStringLiteral("variableCount"), deploy.variableCount},
        {QStringLiteral("scriptRevision"),
            deploy.scriptRevision > 0 ? QJsonValue(deploy.scriptRevision) : QJsonValue()},
        {QStringLiteral("error"), deployErrorJson(deploy)}};
}

QJsonObject taskJson(const ServerDeploy& deploy)
{
    return QJsonObject {{QStringLiteral("id"), deploy.taskId},
        {QStringLiteral("type"), QStringLiteral("BOT_CHANNEL_DEPLOY")}, {QStringLiteral("status"), deploy.status},
        {QStringLiteral("botChannelId"), deploy.channelId}, {QStringLiteral("deployId"), deploy.id},
        {QStringLiteral("createdAt"), deploy.requestedAt}, {QStringLiteral("startedAt"), timeOrNull(deploy.startedAt)},
        {QStringLiteral("finishedAt"), timeOrNull(deploy.finishedAt)},
        {QStringLiteral("createdBy"), deploy.requestedBy}, {QStringLiteral("error"), deployErrorJson(deploy)}};
}

QString taskPath(qint64 taskId)
{
    return QStringLiteral("/api/v1/async/tasks/%1").arg(taskId);
}

ApiResponse badId(const QString& parameter)
{
    return ApiError::malformed(
        QStringLiteral("The %1 must be a whole number from 1 to 2^53-1.").arg(parameter), parameter);
}

ApiResponse conflict(const char* code, const QString& message, const QJsonObject& details)
{
    return ApiError::make(409, code, message, details);
}

bool isJavaScriptText(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    // Decoding is the check; the text itself is not needed.
    static_cast<void>(QString(decoder.decode(bytes)));
    return !decoder.hasError();
}

} // namespace

ChannelHandlers::ChannelHandlers(ServerStore& store, Role secretsAdminRole, DeployRunner& deployRunner)
    : m_store(store), m_secretsAdminRole(secretsAdminRole), m_deployRunner(deployRunner)
{
}

bool ChannelHandlers::handlesPath(const QString& path)
{
    return path == kChannelsPath || path.startsWith(kChannelsPath + QLatin1Char('/'))
        || path.startsWith(QStringLiteral("/api/v1/async/"));
}

bool ChannelHandlers::isEvaluation(const QByteArray& method, const QString& path)
{
    static const QRegularExpression route(QStringLiteral("^/api/v1/bot-channels/[^/]+/(test-widget|evaluate)$"));
    return method == "POST" && route.match(path).hasMatch();
}

ApiResponse ChannelHandlers::handle(const ApiRequest& request)
{
    static const QRegularExpression channelRoute(QStringLiteral("^/api/v1/bot-channels/([^/]+)(/[^/]+)?$"));
    static const QRegularExpression taskRoute(QStringLiteral("^/api/v1/async/tasks/([^/]+)$"));
    const QByteArray& method = request.method;

    if (request.path == kChannelsPath) {
        if (method == "GET") {
            return listChannels(request);
        }
        return method == "POST" ? createChannel(request) : ApiError::methodNotAllowed("GET, POST");
    }
    if (request.path == QStringLiteral("/api/v1/async/bot-channels/deploy")) {
        return method == "POST" ? deploy(request) : ApiError::methodNotAllowed("POST");
    }
    if (const QRegularExpressionMatch task = taskRoute.match(request.path); task.hasMatch()) {
        if (method != "GET") {
            return ApiError::methodNotAllowed("GET");
        }
        const std::optional<qint64> taskId = parseId(task.captured(1));
        return taskId ? getTask(*taskId) : badId(QStringLiteral("taskId"));
    }
    const QRegularExpressionMatch channel = channelRoute.match(request.path);
    if (!channel.hasMatch()) {
        return ApiError::notFound(QStringLiteral("endpoint"));
    }
    const QString rest = channel.captured(2);
    const bool isEvaluationPath = rest == QStringLiteral("/test-widget") || rest == QStringLiteral("/evaluate");
    const bool isListing = rest == QStringLiteral("/variables") || rest == QStringLiteral("/pending-variables")
        || rest == QStringLiteral("/deploys");
    if (!rest.isEmpty() && !isEvaluationPath && !isListing) {
        return ApiError::notFound(QStringLiteral("endpoint"));
    }
    const QByteArray allowed = isEvaluationPath ? QByteArray("POST") : QByteArray("GET");
    if (method != allowed) {
        return ApiError::methodNotAllowed(allowed);
    }
    const std::optional<qint64> channelId = parseId(channel.captured(1));
    if (!channelId) {
        return badId(QStringLiteral("botChannelId"));
    }
    if (rest.isEmpty()) {
        return getChannel(*channelId);
    }
    if (rest == QStringLiteral("/variables")) {
        return listDeployedVariables(request, *channelId);
    }
    if (rest == QStringLiteral("/pending-variables")) {
        return listPendingVariables(request, *channelId);
    }
    if (rest == QStringLiteral("/deploys")) {
        return listDeploys(request, *channelId);
    }
    return evaluate(request, *channelId, rest == QStringLiteral("/test-widget"));
}

std::optional<ApiResponse> ChannelHandlers::loadChannel(qint64 channelId, ServerChannel* channel)
{
    Result<std::optional<ServerChannel>> found = m_store.channel(channelId);
    if (!found) {
        return ApiError::internal();
    }
    if (!found.value()) {
        return ApiError::notFound(QStringLiteral("bot channel"));
    }
    *channel = *found.value();
    return std::nullopt;
}

std::optional<ApiResponse> ChannelHandlers::checkDeveloper(const Caller& caller, const QString& action) const
{
    if (caller.hasRole(Role::SystemAdmin) || caller.hasRole(Role::Developer)) {
        return std::nullopt;
    }
    return ApiError::forbidden(QStringLiteral("%1 needs the SYSTEM_ADMIN or DEVELOPER role.").arg(action),
        {QStringLiteral("SYSTEM_ADMIN"), QStringLiteral("DEVELOPER")});
}

std::optional<QJsonObject> ChannelHandlers::channelJson(const ServerChannel& channel)
{
    Result<std::optional<ServerDeploy>> last = m_store.latestDeploy(channel.id);
    Result<qint64> pending = m_store.pendingVariableCount(channel);
    if (!last || !pending) {
        return std::nullopt;
    }
    return QJsonObject {{QStringLiteral("id"), channel.id}, {QStringLiteral("projectId"), channel.projectId},
        {QStringLiteral("channelType"), channel.type}, {QStringLiteral("name"), channel.name},
        {QStringLiteral("createdAt"), channel.createdAt}, {QStringLiteral("createdBy"), channel.createdBy},
        {QStringLiteral("lastDeploy"), last.value() ? QJsonValue(deployJson(*last.value())) : QJsonValue()},
        {QStringLiteral("activeDeployId"),
            channel.activeDeployId > 0 ? QJsonValue(channel.activeDeployId) : QJsonValue()},
        {QStringLiteral("pendingVariableCount"), pending.value()}};
}

ApiResponse ChannelHandlers::listChannels(const ApiRequest& request)
{
    if (!request.query.hasQueryItem(QStringLiteral("projectId"))) {
        return ApiError::malformed(
            QStringLiteral("The parameter 'projectId' is required: channels are listed per project."),
            QStringLiteral("projectId"));
    }
    const std::optional<qint64> projectId = parseId(request.query.queryItemValue(QStringLiteral("projectId")));
    if (!projectId) {
        return badId(QStringLiteral("projectId"));
    }
    const Result<int> limit = parseLimit(request.query);
    if (!limit) {
        return ApiError::malformed(limit.message(), QStringLiteral("limit"));
    }
    const QString listing = QStringLiteral("channel-%1").arg(*projectId);
    const std::optional<QString> after = readCursor(request.query, listing);
    const std::optional<qint64> afterId = after && !after->isEmpty() ? parseId(*after) : std::optional<qint64>(0);
    if (!after || !afterId) {
        return invalidCursor();
    }
    Result<std::optional<ServerProject>> project = m_store.project(*projectId);
    if (!project) {
        return ApiError::internal();
    }
    if (!project.value()) {
        return ApiError::notFound(QStringLiteral("project"));
    }
    Result<QList<ServerChannel>> channels = m_store.channels(*projectId, *afterId, limit.value() + 1);
    if (!channels) {
        return ApiError::internal();
    }
    QJsonArray items;
    QString nextCursor;
    qint64 lastId = 0;
    for (const ServerChannel& channel : channels.value()) {
        if (items.size() == limit.value()) {
            nextCursor = makeCursor(listing, QString::number(lastId));
            break;
        }
        const std::optional<QJsonObject> json = channelJson(channel);
        if (!json) {
            return ApiError::internal();
        }
        items.append(*json);
        lastId = channel.id;
    }
    return page(items, nextCursor);
}

ApiResponse ChannelHandlers::createChannel(const ApiRequest& request)
{
    const Result<QJsonObject> body = StrictJson::parseObject(request.body);
    if (!body) {
        return ApiError::malformed(body.message());
    }
    if (std::optional<ApiResponse> failed = checkDeveloper(request.caller, QStringLiteral("Creating channels"))) {
        return *failed;
    }
    QJsonArray errors;
    addUnknownFields(
        body.value(), {QStringLiteral("projectId"), QStringLiteral("channelType"), QStringLiteral("name")}, &errors);
    const QJsonValue projectId = body.value().value(QStringLiteral("projectId"));
    if (projectId.isUndefined()) {
        errors.append(ApiError::fieldError(
            QStringLiteral("projectId"), "required", QStringLiteral("The field 'projectId' is required.")));
    } else if (!isJsonInteger(projectId, 1)) {
        errors.append(ApiError::fieldError(QStringLiteral("projectId"), "type",
            QStringLiteral("The field 'projectId' must be a whole number from 1 to 2^53-1.")));
    }
    const QJsonValue type = body.value().value(QStringLiteral("channelType"));
    if (type.isUndefined()) {
        errors.append(ApiError::fieldError(
            QStringLiteral("channelType"), "required", QStringLiteral("The field 'channelType' is required.")));
    } else if (!type.isString()) {
        errors.append(ApiError::fieldError(
            QStringLiteral("channelType"), "type", QStringLiteral("The field 'channelType' must be a string.")));
    } else if (!kChannelTypes.contains(type.toString())) {
        errors.append(ApiError::fieldError(QStringLiteral("channelType"), "not_allowed",
            QStringLiteral("This server creates channels of the types %1.")
                .arg(kChannelTypes.join(QStringLiteral(", ")))));
    }
    const QJsonValue name = body.value().value(QStringLiteral("name"));
    if (name.isUndefined()) {
        errors.append(
            ApiError::fieldError(QStringLiteral("name"), "required", QStringLiteral("The field 'name' is required.")));
    } else if (!name.isString()) {
        errors.append(
            ApiError::fieldError(QStringLiteral("name"), "type", QStringLiteral("The field 'name' must be a string.")));
    } else if (Result<void> valid = NameRules::validateProjectName(name.toString()); !valid) {
        errors.append(ApiError::fieldError(QStringLiteral("name"), "pattern", valid.message()));
    }
    if (!errors.isEmpty()) {
        return ApiError::validationFailed(errors);
    }
    Result<std::optional<ServerProject>> project = m_store.project(projectId.toInteger());
    if (!project) {
        return ApiError::internal();
    }
    if (!project.value()) {
        return ApiError::notFound(QStringLiteral("project"));
    }
    if (type.toString() == kTestWidget) {
        Result<qint64> existing = m_store.testWidgetChannelId(projectId.toInteger());
        if (!existing) {
            return ApiError::internal();
        }
        if (existing.value() != 0) {
            return conflict("already_exists",
                QStringLiteral("The project already has its test widget (channel %1); a project has exactly one.")
                    .arg(existing.value()),
                QJsonObject {{QStringLiteral("botChannelId"), existing.value()}});
        }
    }
    Result<ServerChannel> channel
        = m_store.createChannel(projectId.toInteger(), type.toString(), name.toString(), request.caller.user.login);
    if (!channel || !recordChannelCreated(request, channel.value())) {
        return ApiError::internal();
    }
    const std::optional<QJsonObject> json = channelJson(channel.value());
    if (!json) {
        return ApiError::internal();
    }
    return ApiResponse::json(201, *json)
        .withHeader(QByteArrayLiteral("Location"), (kChannelsPath + QStringLiteral("/%1").arg(channel->id)).toUtf8());
}

bool ChannelHandlers::recordChannelCreated(const ApiRequest& request, const ServerChannel& channel)
{
    ServerAuditEvent created = AuditTrail::event(channel.projectId, QString::fromLatin1(AuditTrail::kChannelCreated),
        request.caller.user.login, request.requestId);
    created.channelId = channel.id;
    created.details.insert(QStringLiteral("channelType"), channel.type);
    created.details.insert(QStringLiteral("name"), channel.name);
    return m_store.appendAuditEvents({created}).ok();
}

ApiResponse ChannelHandlers::getChannel(qint64 channelId)
{
    ServerChannel channel;
    if (std::optional<ApiResponse> failed = loadChannel(channelId, &channel)) {
        return *failed;
    }
    const std::optional<QJsonObject> json = channelJson(channel);
    return json ? ApiResponse::json(200, *json) : ApiError::internal();
}

ApiResponse ChannelHandlers::listDeployedVariables(const ApiRequest& request, qint64 channelId)
{
    const Result<int> limit = parseLimit(request.query);
    if (!limit) {
        return ApiError::malformed(limit.message(), QStringLiteral("limit"));
    }
    const QString listing = QStringLiteral("deployed-%1").arg(channelId);
    const std::optional<QString> after = readCursor(request.query, listing);
    if (!after || (!after->isEmpty() && !NameRules::validate(*after).ok())) {
        return invalidCursor();
    }
    ServerChannel channel;
    if (std::optional<ApiResponse> failed = loadChannel(channelId, &channel)) {
        return *failed;
    }
    QJsonArray items;
    QString nextCursor;
    if (channel.activeDeployId > 0) {
        Result<QList<DeployedVariable>> variables
            = m_store.deployedVariables(channel.activeDeployId, *after, limit.value() + 1);
        if (!variables) {
            return ApiError::internal();
        }
        qint64 pageBytes = 0;
        QString lastName;
        for (const DeployedVariable& variable : variables.value()) {
            pageBytes += variable.value.size() * 6 + variable.name.size() + 64;
            if (items.size() == limit.value() || (!items.isEmpty() && pageBytes > ServerLimits::kMaxPageBytes)) {
                nextCursor = makeCursor(listing, lastName);
                break;
            }
            items.append(QJsonObject {{QStringLiteral("name"), variable.name},
                {QStringLiteral("value"), variable.value}, {QStringLiteral("revision"), variable.revision}});
            lastName = variable.name;
        }
    }
    return page(items, nextCursor);
}

ApiResponse ChannelHandlers::listPendingVariables(const ApiRequest& request, qint64 channelId)
{
    const Result<int> limit = parseLimit(request.query);
    if (!limit) {
        return ApiError::malformed(limit.message(), QStringLiteral("limit"));
    }
    const QString listing = QStringLiteral("pending-%1").arg(channelId);
    const std::optional<QString> after = readCursor(request.query, listing);
    if (!after || (!after->isEmpty() && !NameRules::validate(*after).ok())) {
        return invalidCursor();
    }
    ServerChannel channel;
    if (std::optional<ApiResponse> failed = loadChannel(channelId, &channel)) {
        return *failed;
    }
    Result<QList<PendingVariable>> pending = m_store.pendingVariables(channel, *after, limit.value() + 1);
    if (!pending) {
        return ApiError::internal();
    }
    QJsonArray items;
    QString nextCursor;
    QString lastName;
    for (const PendingVariable& variable : pending.value()) {
        if (items.size() == limit.value()) {
            nextCursor = makeCursor(listing, lastName);
            break;
        }
        items.append(QJsonObject {{QStringLiteral("name"), variable.name}, {QStringLiteral("change"), variable.change},
            {QStringLiteral("deployedRevision"),
                variable.deployedRevision > 0 ? QJsonValue(variable.deployedRevision) : QJsonValue()},
            {QStringLiteral("currentRevision"),
                variable.currentRevision > 0 ? QJsonValue(variable.currentRevision) : QJsonValue()}});
        lastName = variable.name;
    }
    return page(items, nextCursor);
}

ApiResponse ChannelHandlers::listDeploys(const ApiRequest& request, qint64 channelId)
{
    const Result<int> limit = parseLimit(request.query);
    if (!limit) {
        return ApiError::malformed(limit.message(), QStringLiteral("limit"));
    }
    const QString listing = QStringLiteral("deploy-%1").arg(channelId);
    const std::optional<QString> after = readCursor(request.query, listing);
    const std::optional<qint64> beforeId = after && !after->isEmpty() ? parseId(*after) : std::optional<qint64>(0);
    if (!after || !beforeId) {
        return invalidCursor();
    }
    ServerChannel channel;
    if (std::optional<ApiResponse> failed = loadChannel(channelId, &channel)) {
        return *failed;
    }
    Result<QList<ServerDeploy>> deploys = m_store.deploys(channelId, *beforeId, limit.value() + 1);
    if (!deploys) {
        return ApiError::internal();
    }
    QJsonArray items;
    QString nextCursor;
    qint64 lastId = 0;
    for (const ServerDeploy& deploy : deploys.value()) {
        if (items.size() == limit.value()) {
            nextCursor = makeCursor(listing, QString::number(lastId));
            break;
        }
        items.append(deployJson(deploy));
        lastId = deploy.id;
    }
    return page(items, nextCursor);
}

ApiResponse ChannelHandlers::evaluate(const ApiRequest& request, qint64 channelId, bool testWidgetOnly)
{
    const Result<QJsonObject> body = StrictJson::parseObject(request.body);
    if (!body) {
        return ApiError::malformed(body.message());
    }
    ServerChannel channel;
    if (std::optional<ApiResponse> failed = loadChannel(channelId, &channel)) {
        return *failed;
    }
    if (std::optional<ApiResponse> failed = checkDeveloper(
            request.caller, testWidgetOnly ? QStringLiteral("Using the test widget") : QStringLiteral("Evaluating"))) {
        return *failed;
    }
    QJsonArray errors;
    addUnknownFields(body.value(), {QStringLiteral("expression"), QStringLiteral("message")}, &errors);
    const QJsonValue expression = body.value().value(QStringLiteral("expression"));
    const QJsonValue message = body.value().value(QStringLiteral("message"));
    if (expression.isUndefined() == message.isUndefined()) {
        errors.append(ApiError::fieldError(QStringLiteral("expression"), "required",
            QStringLiteral("Send exactly one of 'expression' and 'message'.")));
    }
    const auto checkText = [&errors](const QJsonValue& value, const QString& field, qint64 maxBytes) {
        if (value.isUndefined()) {
            return;
        }
        if (!value.isString()) {
            errors.append(
                ApiError::fieldError(field, "type", QStringLiteral("The field '%1' must be a string.").arg(field)));
        } else if (value.toString().toUtf8().size() > maxBytes) {
            errors.append(ApiError::fieldError(field, "too_large",
                QStringLiteral("The field '%1' is longer than %2 bytes of UTF-8.").arg(field).arg(maxBytes)));
        }
    };
    checkText(expression, QStringLiteral("expression"), kMaxExpressionBytes);
    checkText(message, QStringLiteral("message"), kMaxMessageBytes);
    if (!errors.isEmpty()) {
        return ApiError::validationFailed(errors);
    }
    if (testWidgetOnly && channel.type != kTestWidget) {
        return conflict("wrong_channel_type",
            QStringLiteral("The test widget endpoint runs only TEST_WIDGET channels; this one is %1. Use "
                           "/evaluate for other channels.")
                .arg(channel.type),
            QJsonObject {{QStringLiteral("channelType"), channel.type}});
    }

    if (!m_runtime.isConfigured()) {
        return ApiError::internal();
    }
    // The caps first: a refused run reads and decrypts nothing.
    BotRunSlots::Refusal refusal = BotRunSlots::Refusal::None;
    std::shared_ptr<void> lease = m_runSlots.acquire(request.caller.user.id, &refusal);
    if (!lease) {
        return tooManyRuns(refusal);
    }
    Result<ChannelRuntimeInput> deployed = m_store.channelRuntimeInput(channel);
    // Only the secrets-admin role runs with the real values (read now: live, whatever the
    // channel's deploy). Anyone else gets stand-ins that do not depend on them in any way, so
    // nothing a script computes can carry a value out, and nothing is masked.
    const bool realValues = request.caller.hasRole(m_secretsAdminRole);
    Result<QList<QPair<QString, QString>>> secrets
        = realValues ? m_store.secretValues(channel.projectId) : standInSecrets(channel.projectId);
    if (!deployed || !secrets) {
        return ApiError::internal();
    }
    BotRuntime::Request run;
    run.mode = expression.isUndefined() ? BotRuntime::Mode::Message : BotRuntime::Mode::Expression;
    run.input = expression.isUndefined() ? message.toString() : expression.toString();
    run.script = deployed->script;
    run.variables = deployed->variables;
    run.secrets = std::move(secrets.value());
    run.maskSecrets = realValues;
    return runLater(std::move(run), std::move(lease));
}

ApiResponse ChannelHandlers::runLater(BotRuntime::Request run, std::shared_ptr<void> lease) const
{
    ApiResponse response;
    response.deferred = [runtime = m_runtime, run = std::move(run), lease = std::move(lease)](
                            QObject* connection, std::function<void(ApiResponse)> answer) mutable {
        const bool realValues = run.maskSecrets;
        // The lease travels with the run and is given back when the run (and so this) is gone.
        const auto done = [answer, realValues, lease](Result<BotRuntime::Reply> reply) {
            if (!reply) {
                answer(ApiError::internal());
                return;
            }
            QJsonObject body {{QStringLiteral("reply"), reply->reply ? QJsonValue(*reply->reply) : QJsonValue()},
                {QStringLiteral("masked"), reply->masked}, {QStringLiteral("truncated"), reply->truncated},
                {QStringLiteral("secretValues"), realValues ? QStringLiteral("REAL") : QStringLiteral("STAND_IN")},
                {QStringLiteral("durationMs"), reply->durationMs}, {QStringLiteral("error"), QJsonValue()}};
            if (reply->failed) {
                body.insert(QStringLiteral("error"),
                    QJsonObject {
                        {QStringLiteral("name"), reply->errorName}, {QStringLiteral("message"), reply->errorMessage}});
            }
            answer(ApiResponse::json(200, body));
        };
        BotRun* started = BotRun::start(runtime, run, done);
        for (auto& secret : run.secrets) {
            secret.second.fill(QLatin1Char('\0'));
        }
        if (!started) {
            done(makeError(ErrorCode::Unsupported, QStringLiteral("This server has no bot runtime configured.")));
            return;
        }
        // The client going away ends the run: its child is killed and its place given back.
        if (connection) {
            QObject::connect(connection, &QObject::destroyed, started, &QObject::deleteLater);
        }
    };
    return response;
}

Result<QList<QPair<QString, QString>>> ChannelHandlers::standInSecrets(qint64 projectId)
{
    QList<QPair<QString, QString>> secrets;
    QString after;
    for (;;) {
        Result<QList<ServerItem>> page = m_store.items(projectId, ItemKind::Secret, after, 1000);
        if (!page) {
            return page.error();
        }
        for (const ServerItem& item : page.value()) {
            secrets.append({item.name, BotRuntime::standInValue(item.name)});
        }
        if (page.value().size() < 1000) {
            return secrets;
        }
        after = page.value().constLast().name;
    }
}

ApiResponse ChannelHandlers::tooManyRuns(BotRunSlots::Refusal refusal)
{
    const bool user = refusal == BotRunSlots::Refusal::User;
    const int limit = user ? BotRuntime::kMaxRunsPerUser : BotRuntime::kMaxRuns;
    const QString message = user
        ? QStringLiteral("You already have %1 bot runs in progress, the most one user may have; try again when "
                         "one has finished.")
              .arg(limit)
        : QStringLiteral("The server is already running %1 bots, its limit; try again in a moment.").arg(limit);
    // A run ends within the run limit plus its margin; the limit itself is the usual wait.
    return ApiError::make(429, "too_many_bot_runs", message,
        QJsonObject {{QStringLiteral("scope"), user ? QStringLiteral("user") : QStringLiteral("server")},
            {QStringLiteral("limit"), limit}})
        .withHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(BotRuntime::kRunLimitMs / 1000));
}

ApiResponse ChannelHandlers::deploy(const ApiRequest& request)
{
    const Result<QJsonObject> body = StrictJson::parseObject(request.body);
    if (!body) {
        return ApiError::malformed(body.message());
    }
    if (std::optional<ApiResponse> failed = checkDeveloper(request.caller, QStringLiteral("Deploying"))) {
        return *failed;
    }
    QJsonArray errors;
    addUnknownFields(body.value(), {QStringLiteral("botChannelId")}, &errors);
    const QJsonValue channelId = body.value().value(QStringLiteral("botChannelId"));
    if (channelId.isUndefined()) {
        errors.append(ApiError::fieldError(
            QStringLiteral("botChannelId"), "required", QStringLiteral("The field 'botChannelId' is required.")));
    } else if (!isJsonInteger(channelId, 1)) {
        errors.append(ApiError::fieldError(QStringLiteral("botChannelId"), "type",
            QStringLiteral("The field 'botChannelId' must be a whole number from 1 to 2^53-1.")));
    }
    if (!errors.isEmpty()) {
        return ApiError::validationFailed(errors);
    }
    ServerChannel channel;
    if (std::optional<ApiResponse> failed = loadChannel(channelId.toInteger(), &channel)) {
        return *failed;
    }
    Result<std::optional<ServerDeploy>> running = m_store.unfinishedDeploy(channel.id);
    if (!running) {
        return ApiError::internal();
    }
    if (running.value()) {
        return conflict("deploy_in_progress",
            QStringLiteral("The channel already has a deploy in progress (task %1). Wait for it to finish.")
                .arg(running.value()->taskId),
            QJsonObject {{QStringLiteral("taskId"), running.value()->taskId}});
    }
    Result<ServerDeploy> deploy = m_store.createDeploy(channel, request.caller.user.login);
    if (!deploy) {
        return ApiError::internal();
    }
    ServerAuditEvent requested = AuditTrail::event(channel.projectId, QString::fromLatin1(AuditTrail::kDeployRequested),
        request.caller.user.login, request.requestId);
    requested.channelId = channel.id;
    requested.deployId = deploy->id;
    requested.details.insert(QStringLiteral("variableCount"), deploy->variableCount);
    if (!m_store.appendAuditEvents({requested})) {
        return ApiError::internal();
    }
    m_deployRunner.schedule(deploy->id);
    return ApiResponse::json(202, taskJson(deploy.value()))
        .withHeader(QByteArrayLiteral("Location"), taskPath(deploy->taskId).toUtf8());
}

ApiResponse ChannelHandlers::getTask(qint64 taskId)
{
    Result<std::optional<ServerDeploy>> deploy = m_store.deployOfTask(taskId);
    if (!deploy) {
        return ApiError::internal();
    }
    if (!deploy.value()) {
        return ApiError::notFound(QStringLiteral("task"));
    }
    return ApiResponse::json(200, taskJson(*deploy.value()));
}

ApiResponse ChannelHandlers::botScript(const ApiRequest& request, qint64 projectId)
{
    if (request.method == "GET") {
        return getBotScript(projectId);
    }
    return request.method == "PUT" ? putBotScript(request, projectId) : ApiError::methodNotAllowed("GET, PUT");
}

ApiResponse ChannelHandlers::getBotScript(qint64 projectId)
{
    Result<std::optional<ServerProject>> project = m_store.project(projectId);
    if (!project) {
        return ApiError::internal();
    }
    if (!project.value()) {
        return ApiError::notFound(QStringLiteral("project"));
    }
    Result<std::optional<ServerBotScript>> script = m_store.botScript(projectId);
    if (!script) {
        return ApiError::internal();
    }
    if (!script.value()) {
        return ApiError::notFound(QStringLiteral("bot script"));
    }
    ApiResponse response {200, script.value()->source, {}};
    response.contentType = QByteArrayLiteral("application/javascript; charset=utf-8");
    return response.withHeader(QByteArrayLiteral("ETag"), entityTag(script.value()->revision));
}

ApiResponse ChannelHandlers::putBotScript(const ApiRequest& request, qint64 projectId)
{
    const Result<Precondition> precondition = Precondition::fromHeaders(request.ifMatch, request.ifNoneMatch);
    if (!precondition) {
        return ApiError::malformed(precondition.message());
    }
    if (!isJavaScriptText(request.body)) {
        return ApiError::malformed(QStringLiteral("The bot script must be UTF-8 text."));
    }
    Result<std::optional<ServerProject>> project = m_store.project(projectId);
    if (!project) {
        return ApiError::internal();
    }
    if (!project.value()) {
        return ApiError::notFound(QStringLiteral("project"));
    }
    if (std::optional<ApiResponse> failed = checkDeveloper(request.caller, QStringLiteral("Writing the bot script"))) {
        return *failed;
    }
    Result<std::optional<ServerBotScript>> current = m_store.botScript(projectId);
    if (!current) {
        return ApiError::internal();
    }
    const std::optional<qint64> currentRevision
        = current.value() ? std::optional<qint64>(current.value()->revision) : std::nullopt;
    if (!precondition->holdsFor(currentRevision)) {
        const QString message = current.value()
            ? QStringLiteral("The bot script was changed on the server (revision %1); nothing was written.")
                  .arg(current.value()->revision)
            : QStringLiteral("The project has no bot script on the server; nothing was written.");
        QJsonObject conflictJson {{QStringLiteral("kind"), QStringLiteral("botScript")},
            {QStringLiteral("expectedRevision"), precondition->expectedRevisionJson()},
            {QStringLiteral("currentRevision"), current.value() ? QJsonValue(*currentRevision) : QJsonValue()},
            {QStringLiteral("updatedAt"), current.value() ? QJsonValue(current.value()->updatedAt) : QJsonValue()},
            {QStringLiteral("updatedBy"), current.value() ? QJsonValue(current.value()->updatedBy) : QJsonValue()}};
        ApiResponse response = ApiError::make(412, "precondition_failed", message,
            QJsonObject {{QStringLiteral("conflicts"), QJsonArray {conflictJson}}});
        if (currentRevision) {
            response.withHeader(QByteArrayLiteral("ETag"), entityTag(*currentRevision));
        }
        return response;
    }
    Result<ServerBotScript> written = m_store.putBotScript(projectId, request.body, request.caller.user.login);
    if (!written) {
        return ApiError::internal();
    }
    ServerAuditEvent scriptWritten = AuditTrail::event(
        projectId, QString::fromLatin1(AuditTrail::kBotScriptWritten), request.caller.user.login, request.requestId);
    scriptWritten.revision = written->revision;
    scriptWritten.details.insert(QStringLiteral("sizeBytes"), written->source.size());
    if (!m_store.appendAuditEvents({scriptWritten})) {
        return ApiError::internal();
    }
    const bool created = !current.value().has_value();
    ApiResponse response = ApiResponse::json(created ? 201 : 200,
        QJsonObject {{QStringLiteral("revision"), written->revision}, {QStringLiteral("updatedAt"), written->updatedAt},
            {QStringLiteral("updatedBy"), written->updatedBy}, {QStringLiteral("sizeBytes"), written->source.size()}});
    response.withHeader(QByteArrayLiteral("ETag"), entityTag(written->revision));
    if (created) {
        response.withHeader(
            QByteArrayLiteral("Location"), QStringLiteral("/api/v1/projects/%1/bot-script").arg(projectId).toUtf8());
    }
    return response;
}
