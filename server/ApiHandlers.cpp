#include "server/ApiHandlers.h"

#include "models/NameRules.h"
#include "server/ApiError.h"
#include "server/ApiSupport.h"
#include "server/AuditTrail.h"
#include "server/Precondition.h"
#include "server/ServerLimits.h"
#include "server/ServerStore.h"
#include "server/StrictJson.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace {

using namespace ApiSupport;

const QString kApiPrefix = QStringLiteral("/api/v1");

QString capitalizedKind(ItemKind kind)
{
    return kind == ItemKind::Secret ? QStringLiteral("Secret") : QStringLiteral("Variable");
}

QJsonObject itemJson(const ServerItem& item)
{
    QJsonObject object {{QStringLiteral("name"), item.name}};
    if (item.kind == ItemKind::Variable) {
        object.insert(QStringLiteral("value"), item.value);
        object.insert(QStringLiteral("includeInExport"), item.includeInExport);
    }
    object.insert(QStringLiteral("revision"), item.revision);
    object.insert(QStringLiteral("createdAt"), item.createdAt);
    object.insert(QStringLiteral("updatedAt"), item.updatedAt);
    object.insert(QStringLiteral("updatedBy"), item.updatedBy);
    if (item.kind == ItemKind::Secret) {
        // Always present on a secret, null when unset (docs/API.md "Secrets").
        const auto text = [](const QString& value) { return value.isEmpty() ? QJsonValue() : QJsonValue(value); };
        object.insert(QStringLiteral("rotatedAt"), text(item.rotatedAt));
        object.insert(QStringLiteral("rotationPeriodDays"),
            item.rotationPeriodDays > 0 ? QJsonValue(item.rotationPeriodDays) : QJsonValue());
        object.insert(QStringLiteral("expiresAt"), text(item.expiresAt));
    }
    return object;
}

// A JSON string as QJsonDocument writes it in compact form: quotes, backslashes and control
// characters escaped, everything else as UTF-8.
void appendJsonString(QByteArray& out, const QString& text)
{
    static const char kHex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    out.append('"');
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        switch (byte) {
        case '"':
            out.append("\\\"", 2);
            break;
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\b':
            out.append("\\b", 2);
            break;
        case '\f':
            out.append("\\f", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        default:
            if (byte < 0x20) {
                const char escaped[] = {'\\', 'u', '0', '0', kHex[byte >> 4], kHex[byte & 0xF]};
                out.append(escaped, sizeof(escaped));
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
}

QJsonObject projectJson(const ServerProject& project)
{
    return QJsonObject {{QStringLiteral("id"), project.id}, {QStringLiteral("name"), project.name},
        {QStringLiteral("createdAt"), project.createdAt}, {QStringLiteral("createdBy"), project.createdBy},
        {QStringLiteral("revision"), project.revision}};
}

const QByteArray kProjectRevisionHeader = QByteArrayLiteral("X-Project-Revision");

QString projectPath(qint64 projectId)
{
    return kApiPrefix + QStringLiteral("/projects/") + QString::number(projectId);
}

QString itemPath(qint64 projectId, ItemKind kind, const QString& name)
{
    return projectPath(projectId)
        + (kind == ItemKind::Secret ? QStringLiteral("/secrets/") : QStringLiteral("/variables/")) + name;
}

// Name rules for a name in a body (422 reason) or a path (400).
const char* nameReason(const QString& name)
{
    if (name.isEmpty()) {
        return "too_short";
    }
    if (name.size() > NameRules::kMaxLength) {
        return "too_large";
    }
    return "pattern";
}

// Checks a value field; adds the problems to `errors`.
void validateValue(const QJsonValue& value, ItemKind kind, QJsonArray* errors, int index = -1)
{
    if (value.isUndefined()) {
        errors->append(ApiError::fieldError(
            QStringLiteral("value"), "required", QStringLiteral("The field 'value' is required."), index));
        return;
    }
    if (!value.isString()) {
        errors->append(ApiError::fieldError(
            QStringLiteral("value"), "type", QStringLiteral("The field 'value' must be a string."), index));
        return;
    }
    const qint64 bytes = value.toString().toUtf8().size();
    if (bytes > ServerLimits::kMaxValueBytes) {
        errors->append(ApiError::fieldError(QStringLiteral("value"), "too_large",
            QStringLiteral("The value is %1 bytes long; the limit is %2 bytes (64 KiB).")
                .arg(bytes)
                .arg(ServerLimits::kMaxValueBytes),
            index));
    } else if (kind == ItemKind::Secret && bytes == 0) {
        errors->append(ApiError::fieldError(
            QStringLiteral("value"), "too_short", QStringLiteral("A secret's value must not be empty."), index));
    }
}

const QString kRotatedAt = QStringLiteral("rotatedAt");
const QString kRotationPeriodDays = QStringLiteral("rotationPeriodDays");
const QString kExpiresAt = QStringLiteral("expiresAt");

// "rotatedAt", "rotationPeriodDays" and "expiresAt" of a put of a secret (docs/API.md "Secrets");
// anywhere else each of them is `not_allowed`.
RotationWrite parseRotation(const QJsonObject& object, bool secretPut, QJsonArray* errors, int index = -1)
{
    RotationWrite rotation;
    const QJsonValue rotatedAt = object.value(kRotatedAt);
    const QJsonValue period = object.value(kRotationPeriodDays);
    const QJsonValue expiresAt = object.value(kExpiresAt);
    if (!secretPut) {
        for (const QString& field : {kRotatedAt, kRotationPeriodDays, kExpiresAt}) {
            if (object.contains(field)) {
                errors->append(ApiError::fieldError(
                    field, "not_allowed", QStringLiteral("Only a put of a secret takes '%1'.").arg(field), index));
            }
        }
        return rotation;
    }
    if (!rotatedAt.isUndefined()) {
        static const QRegularExpression time(
            QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?(Z|[+-]\\d{2}:\\d{2})$"));
        const QString text = rotatedAt.toString();
        const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!rotatedAt.isString()) {
            errors->append(ApiError::fieldError(kRotatedAt, "type",
                QStringLiteral("The field 'rotatedAt' must be a time such as \"2025-03-04T09:15:02.117Z\"; omit it "
                               "for the time of the write."),
                index));
        } else if (!time.match(text).hasMatch() || !parsed.isValid()) {
            errors->append(ApiError::fieldError(kRotatedAt, "pattern",
                QStringLiteral("The field 'rotatedAt' must be an RFC 3339 time with a time zone, such as "
                               "\"2025-03-04T09:15:02.117Z\"."),
                index));
        } else {
            rotation.rotatedAt = parsed.toUTC().toString(Qt::ISODateWithMs);
        }
    }
    rotation.ruleGiven = !period.isUndefined() || !expiresAt.isUndefined();
    if (!period.isUndefined() && !period.isNull()) {
        if (!ApiSupport::isJsonInteger(period, 0)) {
            errors->append(ApiError::fieldError(kRotationPeriodDays, "type",
                QStringLiteral("The field 'rotationPeriodDays' must be a whole number of days or null."), index));
        } else if (period.toInteger() < 1 || period.toInteger() > ServerLimits::kMaxRotationPeriodDays) {
            errors->append(ApiError::fieldError(kRotationPeriodDays, period.toInteger() < 1 ? "too_short" : "too_large",
                QStringLiteral("The rotation period must be from 1 to %1 days, not %2.")
                    .arg(ServerLimits::kMaxRotationPeriodDays)
                    .arg(period.toInteger()),
                index));
        } else {
            rotation.periodDays = static_cast<int>(period.toInteger());
        }
    }
    if (!expiresAt.isUndefined() && !expiresAt.isNull()) {
        static const QRegularExpression day(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QString text = expiresAt.toString();
        if (!expiresAt.isString()) {
            errors->append(ApiError::fieldError(
                kExpiresAt, "type", QStringLiteral("The field 'expiresAt' must be a date or null."), index));
        } else if (!day.match(text).hasMatch() || !QDate::fromString(text, Qt::ISODate).isValid()) {
            errors->append(ApiError::fieldError(kExpiresAt, "pattern",
                QStringLiteral("The field 'expiresAt' must be a date such as \"2027-03-31\"."), index));
        } else if (!period.isUndefined() && !period.isNull()) {
            errors->append(ApiError::fieldError(kExpiresAt, "not_allowed",
                QStringLiteral("A secret rotates every N days or by a date, not both: give 'rotationPeriodDays' or "
                               "'expiresAt', and null for the other."),
                index));
        } else {
            rotation.expiresAt = text;
        }
    }
    return rotation;
}

void validateIncludeInExport(const QJsonValue& value, QJsonArray* errors, int index = -1)
{
    if (!value.isUndefined() && !value.isBool()) {
        errors->append(ApiError::fieldError(QStringLiteral("includeInExport"), "type",
            QStringLiteral("The field 'includeInExport' must be true or false."), index));
    }
}

QJsonObject conflictJson(ItemKind kind, const QString& name, const Precondition& precondition,
    const std::optional<ServerItem>& current, int index = -1)
{
    QJsonObject conflict;
    if (index >= 0) {
        conflict.insert(QStringLiteral("index"), index);
    }
    conflict.insert(QStringLiteral("kind"), itemKindName(kind));
    conflict.insert(QStringLiteral("name"), name);
    conflict.insert(QStringLiteral("expectedRevision"), precondition.expectedRevisionJson());
    conflict.insert(QStringLiteral("currentRevision"), current ? QJsonValue(current->revision) : QJsonValue());
    conflict.insert(QStringLiteral("updatedAt"), current ? QJsonValue(current->updatedAt) : QJsonValue());
    conflict.insert(QStringLiteral("updatedBy"), current ? QJsonValue(current->updatedBy) : QJsonValue());
    return conflict;
}

ApiResponse singleConflict(
    ItemKind kind, const QString& name, const Precondition& precondition, const std::optional<ServerItem>& current)
{
    QString message;
    if (!current) {
        message = QStringLiteral("%1 '%2' does not exist on the server; nothing was written.")
                      .arg(capitalizedKind(kind), name);
    } else if (precondition.kind() == Precondition::Kind::DoesNotExist) {
        message = QStringLiteral("%1 '%2' already exists on the server (revision %3); nothing was written.")
                      .arg(capitalizedKind(kind), name)
                      .arg(current->revision);
    } else {
        message = QStringLiteral("%1 '%2' was changed on the server (revision %3); nothing was written.")
                      .arg(capitalizedKind(kind), name)
                      .arg(current->revision);
    }
    ApiResponse response = ApiError::make(412, "precondition_failed", message,
        QJsonObject {{QStringLiteral("conflicts"), QJsonArray {conflictJson(kind, name, precondition, current)}}});
    if (current) {
        response.withHeader(QByteArrayLiteral("ETag"), entityTag(current->revision));
    }
    return response;
}

// One entry of a POST .../changes batch, as parsed.
struct BatchChange
{
    bool isPut = true;
    ItemKind kind = ItemKind::Variable;
    QString name;
    QString value;
    bool includeInExport = false;
    RotationWrite rotation;
    Precondition precondition;
};

// The errors of the batch as a whole: no changes, not an array, empty or too large.
QJsonArray batchShapeErrors(const QJsonValue& changesValue, const QJsonArray& changes)
{
    QJsonArray errors;
    if (changesValue.isUndefined()) {
        errors.append(ApiError::fieldError(
            QStringLiteral("changes"), "required", QStringLiteral("The field 'changes' is required.")));
    } else if (!changesValue.isArray()) {
        errors.append(ApiError::fieldError(
            QStringLiteral("changes"), "type", QStringLiteral("The field 'changes' must be an array.")));
    } else if (changes.isEmpty()) {
        errors.append(ApiError::fieldError(
            QStringLiteral("changes"), "too_short", QStringLiteral("A batch needs at least one change.")));
    } else if (changes.size() > ServerLimits::kMaxBatchChanges) {
        errors.append(ApiError::fieldError(QStringLiteral("changes"), "too_large",
            QStringLiteral("A batch holds at most %1 changes; this one has %2. Split "
                           "it into several batches.")
                .arg(ServerLimits::kMaxBatchChanges)
                .arg(changes.size())));
    }
    return errors;
}

// "op", "kind" and "name"; `seen` holds the kind/name keys of the changes before this one.
void parseChangeTarget(
    const QJsonObject& object, int index, QSet<QString>& seen, BatchChange& change, QJsonArray* errors)
{
    const QJsonValue op = object.value(QStringLiteral("op"));
    if (op != QJsonValue(QStringLiteral("put")) && op != QJsonValue(QStringLiteral("delete"))) {
        errors->append(ApiError::fieldError(QStringLiteral("op"), op.isUndefined() ? "required" : "type",
            QStringLiteral("The field 'op' must be \"put\" or \"delete\"."), index));
    }
    change.isPut = op.toString() == QStringLiteral("put");
    const QJsonValue kind = object.value(QStringLiteral("kind"));
    if (kind != QJsonValue(QStringLiteral("secret")) && kind != QJsonValue(QStringLiteral("variable"))) {
        errors->append(ApiError::fieldError(QStringLiteral("kind"), kind.isUndefined() ? "required" : "type",
            QStringLiteral("The field 'kind' must be \"secret\" or \"variable\"."), index));
    }
    change.kind = kind.toString() == QStringLiteral("secret") ? ItemKind::Secret : ItemKind::Variable;
    const QJsonValue name = object.value(QStringLiteral("name"));
    change.name = name.toString();
    if (!name.isString()) {
        errors->append(ApiError::fieldError(QStringLiteral("name"), name.isUndefined() ? "required" : "type",
            QStringLiteral("The field 'name' must be a string."), index));
    } else if (Result<void> valid = NameRules::validate(change.name); !valid) {
        errors->append(ApiError::fieldError(QStringLiteral("name"), nameReason(change.name), valid.message(), index));
    } else if (!kind.isUndefined()) {
        const QString key = itemKindName(change.kind) + QLatin1Char('/') + change.name;
        if (seen.contains(key)) {
            errors->append(ApiError::fieldError(QStringLiteral("name"), "duplicate",
                QStringLiteral("The %1 '%2' appears more than once in this batch.")
                    .arg(itemKindName(change.kind), change.name),
                index));
        }
        seen.insert(key);
    }
}

// "value" and "includeInExport", which depend on the op and the kind.
void parseChangeValue(const QJsonObject& object, int index, BatchChange& change, QJsonArray* errors)
{
    const QJsonValue value = object.value(QStringLiteral("value"));
    const QJsonValue includeInExport = object.value(QStringLiteral("includeInExport"));
    if (change.isPut) {
        validateValue(value, change.kind, errors, index);
        change.value = value.toString();
    } else if (!value.isUndefined()) {
        errors->append(ApiError::fieldError(
            QStringLiteral("value"), "not_allowed", QStringLiteral("A delete takes no value."), index));
    }
    if (!includeInExport.isUndefined() && (change.kind == ItemKind::Secret || !change.isPut)) {
        errors->append(ApiError::fieldError(QStringLiteral("includeInExport"), "not_allowed",
            QStringLiteral("Only a put of a variable takes 'includeInExport'."), index));
    } else {
        validateIncludeInExport(includeInExport, errors, index);
        change.includeInExport = includeInExport.toBool(false);
    }
    change.rotation = parseRotation(object, change.isPut && change.kind == ItemKind::Secret, errors, index);
}

void parseChangePrecondition(const QJsonObject& object, int index, BatchChange& change, QJsonArray* errors)
{
    const QJsonValue ifRevision = object.value(QStringLiteral("ifRevision"));
    if (ifRevision.isUndefined()) {
        return;
    }
    if (!isJsonInteger(ifRevision, 0)) {
        errors->append(ApiError::fieldError(QStringLiteral("ifRevision"), "type",
            QStringLiteral("The field 'ifRevision' must be a whole number "
                           "from 0 to 2^53-1."),
            index));
    } else if (ifRevision.toInteger() == 0 && !change.isPut) {
        errors->append(ApiError::fieldError(QStringLiteral("ifRevision"), "not_allowed",
            QStringLiteral("'ifRevision: 0' (create only) is for puts; a "
                           "delete needs the item's revision."),
            index));
    } else {
        change.precondition = ifRevision.toInteger() == 0 ? Precondition::doesNotExist()
                                                          : Precondition::revision(ifRevision.toInteger());
    }
}

// Every change of a well-shaped batch; what is wrong goes to `errors`.
QList<BatchChange> parseBatchChanges(const QJsonArray& changes, QJsonArray* errors)
{
    const QSet<QString> knownFields {QStringLiteral("op"), QStringLiteral("kind"), QStringLiteral("name"),
        QStringLiteral("value"), QStringLiteral("includeInExport"), QStringLiteral("ifRevision"), kRotatedAt,
        kRotationPeriodDays, kExpiresAt};
    QList<BatchChange> parsed;
    QSet<QString> seen;
    for (int index = 0; index < changes.size(); ++index) {
        if (!changes.at(index).isObject()) {
            errors->append(ApiError::fieldError(
                QStringLiteral("changes"), "type", QStringLiteral("Each change must be a JSON object."), index));
            continue;
        }
        const QJsonObject object = changes.at(index).toObject();
        addUnknownFields(object, knownFields, errors, index);
        BatchChange change;
        parseChangeTarget(object, index, seen, change, errors);
        parseChangeValue(object, index, change, errors);
        parseChangePrecondition(object, index, change, errors);
        parsed.append(change);
    }
    return parsed;
}

ApiResponse batchConflictResponse(const QJsonArray& conflicts, qsizetype changeCount)
{
    const QString message = conflicts.size() == 1
        ? QStringLiteral("1 of %1 changes conflicts with the server's state; nothing was applied.").arg(changeCount)
        : QStringLiteral("%1 of %2 changes conflict with the server's state; nothing was applied.")
              .arg(conflicts.size())
              .arg(changeCount);
    return ApiError::make(412, "precondition_failed", message, QJsonObject {{QStringLiteral("conflicts"), conflicts}});
}

// The answer is written directly rather than through QJsonObject: for a batch of 1,000 changes,
// building and serialising the objects cost as much as applying the changes. The bytes are
// those QJsonDocument would write (keys in its sorted order).
QByteArray batchResultsJson(
    const QList<BatchChange>& parsed, const QList<ServerItem>& written, const QList<bool>& exists)
{
    QByteArray answer;
    answer.reserve(32 + parsed.size() * (128 + 16));
    answer.append("{\"results\":[");
    for (int index = 0; index < parsed.size(); ++index) {
        const BatchChange& change = parsed.at(index);
        const ServerItem& row = written.at(index);
        if (index > 0) {
            answer.append(',');
        }
        answer.append("{\"index\":").append(QByteArray::number(index));
        answer.append(change.kind == ItemKind::Secret ? ",\"kind\":\"secret\"" : ",\"kind\":\"variable\"");
        answer.append(",\"name\":");
        appendJsonString(answer, change.name);
        if (change.isPut) {
            answer.append(",\"op\":\"put\",\"revision\":").append(QByteArray::number(row.revision));
            answer.append(exists.at(index) ? ",\"status\":\"replaced\"" : ",\"status\":\"created\"");
            answer.append(",\"updatedAt\":");
            appendJsonString(answer, row.updatedAt);
        } else {
            answer.append(",\"op\":\"delete\",\"revision\":null,\"status\":\"deleted\",\"updatedAt\":null");
        }
        answer.append('}');
    }
    answer.append("]}");
    return answer;
}

// One entry per change of a batch, each with its place in the batch; they share the request id.
QList<ServerAuditEvent> batchAuditEvents(const ApiRequest& request, qint64 projectId, const QList<BatchChange>& parsed,
    const QList<std::optional<ServerItem>>& before, const QList<ServerItem>& written)
{
    QList<ServerAuditEvent> events;
    events.reserve(parsed.size());
    for (int index = 0; index < parsed.size(); ++index) {
        const BatchChange& change = parsed.at(index);
        ServerAuditEvent event = AuditTrail::itemEvent(projectId, request.caller.user.login, request.requestId,
            change.kind, change.name, before.at(index), change.isPut ? &written.at(index) : nullptr);
        event.details.insert(QStringLiteral("batchIndex"), index);
        event.details.insert(QStringLiteral("batchSize"), parsed.size());
        events.append(std::move(event));
    }
    return events;
}

} // namespace

ApiHandlers::ApiHandlers(ServerStore& store, Role secretsAdminRole, DeployRunner& deployRunner)
    : m_store(store)
    , m_secretsAdminRole(secretsAdminRole)
    , m_channels(store, secretsAdminRole, deployRunner)
    , m_audit(store, secretsAdminRole)
{
}

qint64 ApiHandlers::bodyLimit(const QByteArray& method, const QString& path)
{
    static const QRegularExpression changes(QStringLiteral("^/api/v1/projects/[^/]+/changes$"));
    static const QRegularExpression item(
        QStringLiteral("^/api/v1/projects/[^/]+/((secrets|variables)/[^/]+|bot-script)$"));
    if (method == "POST" && changes.match(path).hasMatch()) {
        return ServerLimits::kMaxBatchBytes;
    }
    if (method == "PUT" && item.match(path).hasMatch()) {
        return ServerLimits::kMaxItemBodyBytes;
    }
    return ServerLimits::kMaxOtherBodyBytes;
}

ApiResponse ApiHandlers::handle(const ApiRequest& request)
{
    static const QRegularExpression projectRoute(QStringLiteral("^/api/v1/projects/([^/]+)(/.*)?$"));
    static const QRegularExpression itemsRoute(QStringLiteral("^/(secrets|variables)(?:/([^/]*))?$"));
    const QByteArray& method = request.method;

    if (request.path == kApiPrefix + QStringLiteral("/me")) {
        return method == "GET" ? me(request) : ApiError::methodNotAllowed("GET");
    }
    if (request.path == kApiPrefix + QStringLiteral("/projects")) {
        if (method == "GET") {
            return listProjects(request);
        }
        return method == "POST" ? createProject(request) : ApiError::methodNotAllowed("GET, POST");
    }
    if (ChannelHandlers::handlesPath(request.path)) {
        return m_channels.handle(request);
    }
    const QRegularExpressionMatch projectMatch = projectRoute.match(request.path);
    if (!projectMatch.hasMatch()) {
        return ApiError::notFound(QStringLiteral("endpoint"));
    }
    const QString rest = projectMatch.captured(2);
    const std::optional<qint64> projectId = parseId(projectMatch.captured(1));
    if (rest.isEmpty()) {
        if (method != "GET") {
            return ApiError::methodNotAllowed("GET");
        }
        return projectId
            ? getProject(*projectId)
            : ApiError::malformed(
                QStringLiteral("The project id must be a whole number from 1 to 2^53-1."), QStringLiteral("projectId"));
    }
    if (rest == QStringLiteral("/audit")) {
        if (method != "GET") {
            return ApiError::methodNotAllowed("GET");
        }
        return projectId
            ? m_audit.list(request, *projectId)
            : ApiError::malformed(
                QStringLiteral("The project id must be a whole number from 1 to 2^53-1."), QStringLiteral("projectId"));
    }
    if (rest == QStringLiteral("/bot-script")) {
        if (method != "GET" && method != "PUT") {
            return ApiError::methodNotAllowed("GET, PUT");
        }
        return projectId
            ? m_channels.botScript(request, *projectId)
            : ApiError::malformed(
                QStringLiteral("The project id must be a whole number from 1 to 2^53-1."), QStringLiteral("projectId"));
    }
    const bool isChanges = rest == QStringLiteral("/changes");
    const QRegularExpressionMatch itemsMatch = itemsRoute.match(rest);
    if (!isChanges && !itemsMatch.hasMatch()) {
        return ApiError::notFound(QStringLiteral("endpoint"));
    }
    const bool isItem = !isChanges && itemsMatch.hasCaptured(2);
    const QByteArrayList allowed = isChanges
        ? QByteArrayList {"POST"}
        : (isItem ? QByteArrayList {"GET", "PUT", "DELETE"} : QByteArrayList {"GET"});
    if (!allowed.contains(method)) {
        return ApiError::methodNotAllowed(allowed.join(", "));
    }
    if (!projectId) {
        return ApiError::malformed(
            QStringLiteral("The project id must be a whole number from 1 to 2^53-1."), QStringLiteral("projectId"));
    }
    if (isChanges) {
        return applyChanges(request, *projectId);
    }
    const ItemKind kind = itemsMatch.captured(1) == QStringLiteral("secrets") ? ItemKind::Secret : ItemKind::Variable;
    if (!isItem) {
        return listItems(request, *projectId, kind);
    }
    const QString name = itemsMatch.captured(2);
    if (Result<void> valid = NameRules::validate(name); !valid) {
        return ApiError::malformed(valid.message(), QStringLiteral("name"));
    }
    if (method == "GET") {
        return getItem(*projectId, kind, name);
    }
    return method == "PUT" ? putItem(request, *projectId, kind, name) : deleteItem(request, *projectId, kind, name);
}

ApiResponse ApiHandlers::me(const ApiRequest& request) const
{
    const Caller& caller = request.caller;
    QJsonArray roles;
    for (Role role : caller.user.roles) {
        roles.append(roleName(role));
    }
    const QJsonObject limits {{QStringLiteral("maxValueBytes"), ServerLimits::kMaxValueBytes},
        {QStringLiteral("maxBatchChanges"), ServerLimits::kMaxBatchChanges},
        {QStringLiteral("maxBatchBytes"), ServerLimits::kMaxBatchBytes},
        {QStringLiteral("maxItemBodyBytes"), ServerLimits::kMaxItemBodyBytes},
        {QStringLiteral("maxPageLimit"), ServerLimits::kMaxPageLimit},
        {QStringLiteral("idempotencyKeyTtlSeconds"), ServerLimits::kIdempotencyKeyTtlSeconds}};
    return ApiResponse::json(200,
        QJsonObject {
            {QStringLiteral("user"),
                QJsonObject {{QStringLiteral("id"), caller.user.id}, {QStringLiteral("login"), caller.user.login},
                    {QStringLiteral("displayName"), caller.user.login}}},
            {QStringLiteral("roles"), roles}, {QStringLiteral("secretsAdminRole"), roleName(m_secretsAdminRole)},
            {QStringLiteral("token"),
                QJsonObject {{QStringLiteral("id"), caller.tokenId}, {QStringLiteral("name"), caller.tokenName},
                    {QStringLiteral("createdAt"), caller.tokenCreatedAt},
                    {QStringLiteral("expiresAt"),
                        caller.tokenExpiresAt.isEmpty() ? QJsonValue() : QJsonValue(caller.tokenExpiresAt)}}},
            {QStringLiteral("server"),
                QJsonObject {{QStringLiteral("product"), QStringLiteral("botvault-server")},
                    {QStringLiteral("version"), QStringLiteral(BOTVAULT_VERSION)}, {QStringLiteral("apiVersion"), 1}}},
            {QStringLiteral("limits"), limits}});
}

ApiResponse ApiHandlers::listProjects(const ApiRequest& request)
{
    const Result<int> limit = parseLimit(request.query);
    if (!limit) {
        return ApiError::malformed(limit.message(), QStringLiteral("limit"));
    }
    const std::optional<QString> after = readCursor(request.query, QStringLiteral("project"));
    const std::optional<qint64> afterId = after && !after->isEmpty() ? parseId(*after) : std::optional<qint64>(0);
    if (!after || !afterId) {
        return invalidCursor();
    }
    Result<QList<ServerProject>> projects = m_store.projects(*afterId, limit.value() + 1);
    if (!projects) {
        return ApiError::internal();
    }
    QJsonArray items;
    QString nextCursor;
    qint64 lastId = 0;
    for (const ServerProject& project : projects.value()) {
        if (items.size() == limit.value()) {
            nextCursor = makeCursor(QStringLiteral("project"), QString::number(lastId));
            break;
        }
        items.append(projectJson(project));
        lastId = project.id;
    }
    return page(items, nextCursor);
}

ApiResponse ApiHandlers::createProject(const ApiRequest& request)
{
    const Result<QJsonObject> body = StrictJson::parseObject(request.body);
    if (!body) {
        return ApiError::malformed(body.message());
    }
    if (!request.caller.hasRole(Role::SystemAdmin) && !request.caller.hasRole(Role::Developer)) {
        return ApiError::forbidden(QStringLiteral("Creating projects needs the SYSTEM_ADMIN or DEVELOPER role."),
            {QStringLiteral("SYSTEM_ADMIN"), QStringLiteral("DEVELOPER")});
    }
    QJsonArray errors;
    addUnknownFields(body.value(), {QStringLiteral("name")}, &errors);
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
    Result<ServerProject> project = m_store.createProject(name.toString(), request.caller.user.login);
    if (!project) {
        return ApiError::internal();
    }
    ServerAuditEvent created = AuditTrail::event(
        project->id, QString::fromLatin1(AuditTrail::kProjectCreated), request.caller.user.login, request.requestId);
    created.details.insert(QStringLiteral("name"), project->name);
    if (!m_store.appendAuditEvents({created})) {
        return ApiError::internal();
    }
    return ApiResponse::json(201, projectJson(project.value()))
        .withHeader(QByteArrayLiteral("Location"), projectPath(project->id).toUtf8());
}

ApiResponse ApiHandlers::getProject(qint64 projectId)
{
    Result<std::optional<ServerProject>> project = m_store.project(projectId);
    if (!project) {
        return ApiError::internal();
    }
    if (!project.value()) {
        return ApiError::notFound(QStringLiteral("project"));
    }
    return ApiResponse::json(200, projectJson(*project.value()))
        .withHeader(kProjectRevisionHeader, QByteArray::number(project.value()->revision));
}

std::optional<ApiResponse> ApiHandlers::checkProject(qint64 projectId, qint64* revision)
{
    Result<std::optional<ServerProject>> project = m_store.project(projectId);
    if (!project) {
        return ApiError::internal();
    }
    if (!project.value()) {
        return ApiError::notFound(QStringLiteral("project"));
    }
    if (revision) {
        *revision = project.value()->revision;
    }
    return std::nullopt;
}

ApiResponse ApiHandlers::withProjectRevision(ApiResponse response, qint64 projectId)
{
    Result<qint64> revision = m_store.projectRevision(projectId);
    if (!revision) {
        return ApiError::internal();
    }
    return response.withHeader(kProjectRevisionHeader, QByteArray::number(revision.value()));
}

QStringList ApiHandlers::writeRoles(ItemKind kind) const
{
    if (kind == ItemKind::Secret) {
        return {roleName(m_secretsAdminRole)};
    }
    return {QStringLiteral("SYSTEM_ADMIN"), QStringLiteral("DEVELOPER")};
}

std::optional<ApiResponse> ApiHandlers::checkWriteRole(const Caller& caller, ItemKind kind) const
{
    if (kind == ItemKind::Secret) {
        if (caller.hasRole(m_secretsAdminRole)) {
            return std::nullopt;
        }
        return ApiError::forbidden(
            QStringLiteral("Adding, editing and deleting secrets needs the %1 role.").arg(roleName(m_secretsAdminRole)),
            writeRoles(kind));
    }
    if (caller.hasRole(Role::SystemAdmin) || caller.hasRole(Role::Developer)) {
        return std::nullopt;
    }
    return ApiError::forbidden(
        QStringLiteral("Writing variables needs the SYSTEM_ADMIN or DEVELOPER role."), writeRoles(kind));
}

ApiResponse ApiHandlers::listItems(const ApiRequest& request, qint64 projectId, ItemKind kind)
{
    const Result<int> limit = parseLimit(request.query);
    if (!limit) {
        return ApiError::malformed(limit.message(), QStringLiteral("limit"));
    }
    const std::optional<QString> after = readCursor(request.query, itemKindName(kind));
    if (!after || (!after->isEmpty() && !NameRules::validate(*after).ok())) {
        return invalidCursor();
    }
    // Read before the items: a write in between makes the revision older than the page, never newer,
    // so a client that trusts the page at this revision re-lists at worst.
    qint64 revision = 0;
    if (std::optional<ApiResponse> failed = checkProject(projectId, &revision)) {
        return *failed;
    }
    Result<QList<ServerItem>> rows = m_store.items(projectId, kind, *after, limit.value() + 1);
    if (!rows) {
        return ApiError::internal();
    }
    QJsonArray items;
    QString lastName;
    QString nextCursor;
    qint64 pageBytes = 0;
    for (const ServerItem& item : rows.value()) {
        // A value may grow sixfold when every character is \u-escaped; stay near the page budget.
        const qint64 itemBytes = 256 + item.name.size() + 6 * item.value.size();
        if (items.size() == limit.value()
            || (!items.isEmpty() && pageBytes + itemBytes > ServerLimits::kMaxPageBytes)) {
            nextCursor = makeCursor(itemKindName(kind), lastName);
            break;
        }
        pageBytes += itemBytes;
        items.append(itemJson(item));
        lastName = item.name;
    }
    return page(items, nextCursor).withHeader(kProjectRevisionHeader, QByteArray::number(revision));
}

ApiResponse ApiHandlers::getItem(qint64 projectId, ItemKind kind, const QString& name)
{
    if (std::optional<ApiResponse> failed = checkProject(projectId)) {
        return *failed;
    }
    Result<std::optional<ServerItem>> item = m_store.item(projectId, kind, name);
    if (!item) {
        return ApiError::internal();
    }
    if (!item.value()) {
        return ApiError::notFound(itemKindName(kind), name);
    }
    return ApiResponse::json(200, itemJson(*item.value()))
        .withHeader(QByteArrayLiteral("ETag"), entityTag(item.value()->revision));
}

ApiResponse ApiHandlers::putItem(const ApiRequest& request, qint64 projectId, ItemKind kind, const QString& name)
{
    const Result<Precondition> precondition = Precondition::fromHeaders(request.ifMatch, request.ifNoneMatch);
    if (!precondition) {
        return ApiError::malformed(precondition.message());
    }
    const Result<QJsonObject> body = StrictJson::parseObject(request.body);
    if (!body) {
        return ApiError::malformed(body.message());
    }
    if (std::optional<ApiResponse> failed = checkProject(projectId)) {
        return *failed;
    }
    if (std::optional<ApiResponse> failed = checkWriteRole(request.caller, kind)) {
        return *failed;
    }
    QJsonArray errors;
    if (kind == ItemKind::Secret) {
        addUnknownFields(body.value(), {QStringLiteral("value"), kRotatedAt, kRotationPeriodDays, kExpiresAt}, &errors);
    } else {
        addUnknownFields(body.value(),
            {QStringLiteral("value"), QStringLiteral("includeInExport"), kRotatedAt, kRotationPeriodDays, kExpiresAt},
            &errors);
        validateIncludeInExport(body.value().value(QStringLiteral("includeInExport")), &errors);
    }
    validateValue(body.value().value(QStringLiteral("value")), kind, &errors);
    const RotationWrite rotation = parseRotation(body.value(), kind == ItemKind::Secret, &errors);
    if (!errors.isEmpty()) {
        return ApiError::validationFailed(errors);
    }
    Result<std::optional<ServerItem>> current = m_store.item(projectId, kind, name);
    if (!current) {
        return ApiError::internal();
    }
    const std::optional<qint64> currentRevision
        = current.value() ? std::optional<qint64>(current.value()->revision) : std::nullopt;
    if (!precondition->holdsFor(currentRevision)) {
        return singleConflict(kind, name, precondition.value(), current.value());
    }
    Result<ServerItem> written
        = m_store.putItem(projectId, kind, name, body.value().value(QStringLiteral("value")).toString(),
            body.value().value(QStringLiteral("includeInExport")).toBool(false), request.caller.user.login, rotation);
    if (!written) {
        return ApiError::internal();
    }
    if (!m_store.appendAuditEvents({AuditTrail::itemEvent(
            projectId, request.caller.user.login, request.requestId, kind, name, current.value(), &written.value())})) {
        return ApiError::internal();
    }
    const bool created = !current.value().has_value();
    ApiResponse response = ApiResponse::json(created ? 201 : 200, itemJson(written.value()));
    response.withHeader(QByteArrayLiteral("ETag"), entityTag(written->revision));
    if (created) {
        response.withHeader(QByteArrayLiteral("Location"), itemPath(projectId, kind, name).toUtf8());
    }
    return withProjectRevision(std::move(response), projectId);
}

ApiResponse ApiHandlers::deleteItem(const ApiRequest& request, qint64 projectId, ItemKind kind, const QString& name)
{
    const Result<Precondition> precondition = Precondition::fromHeaders(request.ifMatch, request.ifNoneMatch);
    if (!precondition) {
        return ApiError::malformed(precondition.message());
    }
    if (precondition->kind() == Precondition::Kind::DoesNotExist) {
        return ApiError::malformed(QStringLiteral("If-None-Match is for creating with PUT; a DELETE takes If-Match."));
    }
    if (std::optional<ApiResponse> failed = checkProject(projectId)) {
        return *failed;
    }
    if (std::optional<ApiResponse> failed = checkWriteRole(request.caller, kind)) {
        return *failed;
    }
    Result<std::optional<ServerItem>> current = m_store.item(projectId, kind, name);
    if (!current) {
        return ApiError::internal();
    }
    if (!current.value() && precondition->kind() == Precondition::Kind::None) {
        return ApiError::notFound(itemKindName(kind), name);
    }
    const std::optional<qint64> currentRevision
        = current.value() ? std::optional<qint64>(current.value()->revision) : std::nullopt;
    if (!precondition->holdsFor(currentRevision)) {
        return singleConflict(kind, name, precondition.value(), current.value());
    }
    ServerStore::ItemWrite removal;
    removal.put = false;
    removal.kind = kind;
    removal.name = name;
    if (!m_store.applyItemWrites(projectId, {removal}, request.caller.user.login)) {
        return ApiError::internal();
    }
    if (!m_store.appendAuditEvents({AuditTrail::itemEvent(
            projectId, request.caller.user.login, request.requestId, kind, name, current.value(), nullptr)})) {
        return ApiError::internal();
    }
    return withProjectRevision(ApiResponse::noContent(), projectId);
}

ApiResponse ApiHandlers::applyChanges(const ApiRequest& request, qint64 projectId)
{
    const Result<QJsonObject> body = StrictJson::parseObject(request.body);
    if (!body) {
        return ApiError::malformed(body.message());
    }
    if (std::optional<ApiResponse> failed = checkProject(projectId)) {
        return *failed;
    }
    const QJsonValue changesValue = body.value().value(QStringLiteral("changes"));
    const QJsonArray changes = changesValue.toArray();
    if (std::optional<ApiResponse> failed = checkBatchRoles(request.caller, changes)) {
        return *failed;
    }

    QJsonArray errors = batchShapeErrors(changesValue, changes);
    QList<BatchChange> parsed;
    if (errors.isEmpty()) {
        parsed = parseBatchChanges(changes, &errors);
    }
    addUnknownFields(body.value(), {QStringLiteral("changes")}, &errors);
    if (!errors.isEmpty()) {
        return ApiError::validationFailed(errors);
    }

    // Every precondition is checked before anything is written, and every conflict is reported.
    QJsonArray conflicts;
    QList<bool> exists;
    QList<std::optional<ServerItem>> before;
    for (int index = 0; index < parsed.size(); ++index) {
        const BatchChange& change = parsed.at(index);
        Result<std::optional<ServerItem>> current = m_store.item(projectId, change.kind, change.name);
        if (!current) {
            return ApiError::internal();
        }
        const std::optional<qint64> currentRevision
            = current.value() ? std::optional<qint64>(current.value()->revision) : std::nullopt;
        exists.append(currentRevision.has_value());
        before.append(current.value());
        if (!change.precondition.holdsFor(currentRevision) || (!change.isPut && !currentRevision)) {
            conflicts.append(conflictJson(change.kind, change.name, change.precondition, current.value(), index));
        }
    }
    if (!conflicts.isEmpty()) {
        return batchConflictResponse(conflicts, parsed.size());
    }

    // One store call for the whole batch: its changes take their revisions in request order with one
    // counter update, and its statements are prepared once.
    QList<ServerStore::ItemWrite> writes;
    writes.reserve(parsed.size());
    for (const BatchChange& change : std::as_const(parsed)) {
        writes.append(ServerStore::ItemWrite {
            change.isPut, change.kind, change.name, change.value, change.includeInExport, change.rotation});
    }
    Result<QList<ServerItem>> written = m_store.applyItemWrites(projectId, writes, request.caller.user.login);
    if (!written || !m_store.appendAuditEvents(batchAuditEvents(request, projectId, parsed, before, written.value()))) {
        return ApiError::internal();
    }
    return withProjectRevision(ApiResponse {200, batchResultsJson(parsed, written.value(), exists), {}}, projectId);
}

// Roles first (403 before 422): whatever else is wrong, a batch that needs a role the caller
// lacks is refused whole.
std::optional<ApiResponse> ApiHandlers::checkBatchRoles(const Caller& caller, const QJsonArray& changes) const
{
    bool touchesSecret = false;
    bool touchesVariable = false;
    for (const QJsonValue& change : changes) {
        const QString kind = change.toObject().value(QStringLiteral("kind")).toString();
        touchesSecret = touchesSecret || kind == QStringLiteral("secret");
        touchesVariable = touchesVariable || kind == QStringLiteral("variable");
    }
    if (touchesSecret) {
        if (std::optional<ApiResponse> failed = checkWriteRole(caller, ItemKind::Secret)) {
            return failed;
        }
    }
    if (touchesVariable) {
        if (std::optional<ApiResponse> failed = checkWriteRole(caller, ItemKind::Variable)) {
            return failed;
        }
    }
    return std::nullopt;
}
