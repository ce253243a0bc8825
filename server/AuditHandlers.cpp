#include "server/AuditHandlers.h"

#include "models/NameRules.h"
#include "server/ApiError.h"
#include "server/ApiSupport.h"
#include "server/AuditTrail.h"
#include "server/ServerStore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace {

using namespace ApiSupport;

// RFC 3339 with a zone ("Z" or "+02:00"), seconds and optional fractions, turned into the form the
// store keeps (UTC with milliseconds), which sorts as text in time order.
std::optional<QString> storedTime(const QString& text)
{
    static const QRegularExpression form(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"));
    if (!form.match(text).hasMatch()) {
        return std::nullopt;
    }
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid()) {
        return std::nullopt;
    }
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// The query parameters of one listing and what is wrong with them, before anything is read.
struct AuditQuery
{
    ServerAuditFilter filter;
    QString listing;
    std::optional<ApiResponse> error;
};

std::optional<ApiResponse> readFilters(const QUrlQuery& query, ServerAuditFilter* filter)
{
    static const QSet<QString> known {QStringLiteral("cursor"), QStringLiteral("limit"), QStringLiteral("since"),
        QStringLiteral("until"), QStringLiteral("name"), QStringLiteral("action")};
    for (const auto& item : query.queryItems()) {
        if (!known.contains(item.first)) {
            return ApiError::malformed(
                QStringLiteral("The parameter '%1' is not part of this listing; it takes cursor, limit, since, "
                               "until, name and action.")
                    .arg(item.first),
                item.first);
        }
    }
    for (const QString& bound : {QStringLiteral("since"), QStringLiteral("until")}) {
        if (!query.hasQueryItem(bound)) {
            continue;
        }
        const std::optional<QString> time = storedTime(query.queryItemValue(bound, QUrl::FullyDecoded));
        if (!time) {
            return ApiError::malformed(
                QStringLiteral("The parameter '%1' must be an RFC 3339 time with its zone, such as "
                               "2025-03-04T09:15:02.117Z.")
                    .arg(bound),
                bound);
        }
        (bound == QStringLiteral("since") ? filter->since : filter->until) = *time;
    }
    if (!filter->since.isEmpty() && !filter->until.isEmpty() && filter->since >= filter->until) {
        return ApiError::malformed(QStringLiteral("'since' must be before 'until'."), QStringLiteral("since"));
    }
    if (query.hasQueryItem(QStringLiteral("name"))) {
        filter->itemName = query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded);
        if (Result<void> valid = NameRules::validate(filter->itemName); !valid) {
            return ApiError::malformed(valid.message(), QStringLiteral("name"));
        }
    }
    if (query.hasQueryItem(QStringLiteral("action"))) {
        filter->action = query.queryItemValue(QStringLiteral("action"), QUrl::FullyDecoded);
        if (!AuditTrail::actions().contains(filter->action)) {
            return ApiError::malformed(QStringLiteral("The parameter 'action' must be one of %1.")
                                           .arg(AuditTrail::actions().join(QStringLiteral(", "))),
                QStringLiteral("action"));
        }
    }
    return std::nullopt;
}

AuditQuery readQuery(const QUrlQuery& query, qint64 projectId)
{
    AuditQuery parsed;
    parsed.filter.projectId = projectId;
    const Result<int> limit = parseLimit(query);
    if (!limit) {
        parsed.error = ApiError::malformed(limit.message(), QStringLiteral("limit"));
        return parsed;
    }
    parsed.filter.limit = limit.value();
    if ((parsed.error = readFilters(query, &parsed.filter))) {
        return parsed;
    }
    // A cursor belongs to its project and filters: sent with other ones, it is refused.
    const ServerAuditFilter& filter = parsed.filter;
    const QByteArray filters
        = QStringList {filter.since, filter.until, filter.itemName, filter.action}.join(QLatin1Char('\n')).toUtf8();
    parsed.listing
        = QStringLiteral("audit-%1-%2")
              .arg(projectId)
              .arg(QString::fromLatin1(QCryptographicHash::hash(filters, QCryptographicHash::Sha256).left(8).toHex()));
    const std::optional<QString> after = readCursor(query, parsed.listing);
    const std::optional<qint64> beforeId = after && !after->isEmpty() ? parseId(*after) : std::optional<qint64>(0);
    if (!after || !beforeId) {
        parsed.error = invalidCursor();
        return parsed;
    }
    parsed.filter.beforeId = *beforeId;
    return parsed;
}

} // namespace

AuditHandlers::AuditHandlers(ServerStore& store, Role secretsAdminRole)
    : m_store(store), m_secretsAdminRole(secretsAdminRole)
{
}

std::optional<ApiResponse> AuditHandlers::checkReader(const Caller& caller) const
{
    if (caller.hasRole(Role::SystemAdmin) || caller.hasRole(m_secretsAdminRole)) {
        return std::nullopt;
    }
    QStringList roles {roleName(Role::SystemAdmin)};
    if (m_secretsAdminRole != Role::SystemAdmin) {
        roles.append(roleName(m_secretsAdminRole));
    }
    return ApiError::forbidden(
        QStringLiteral("Reading a project's audit log needs the %1 role.").arg(roles.join(QStringLiteral(" or "))),
        roles);
}

ApiResponse AuditHandlers::list(const ApiRequest& request, qint64 projectId)
{
    AuditQuery query = readQuery(request.query, projectId);
    if (query.error) {
        return *query.error;
    }
    Result<std::optional<ServerProject>> project = m_store.project(projectId);
    if (!project) {
        return ApiError::internal();
    }
    if (!project.value()) {
        return ApiError::notFound(QStringLiteral("project"));
    }
    if (std::optional<ApiResponse> refused = checkReader(request.caller)) {
        return *refused;
    }
    const int limit = query.filter.limit;
    query.filter.limit = limit + 1;
    Result<QList<ServerAuditEvent>> events = m_store.auditEvents(query.filter);
    if (!events) {
        return ApiError::internal();
    }
    QJsonArray items;
    QString nextCursor;
    for (const ServerAuditEvent& event : events.value()) {
        if (items.size() == limit) {
            nextCursor = makeCursor(query.listing, QString::number(events->at(limit - 1).id));
            break;
        }
        items.append(AuditTrail::toJson(event));
    }
    return page(items, nextCursor);
}
