#include "server/ApiError.h"

#include <QStringList>

namespace ApiError {

ApiResponse make(int status, const char* code, const QString& message, const QJsonObject& details)
{
    QJsonObject error {{QStringLiteral("code"), QString::fromLatin1(code)}, {QStringLiteral("message"), message}};
    if (!details.isEmpty()) {
        error.insert(QStringLiteral("details"), details);
    }
    // The transport adds "requestId" when it sends the response.
    return ApiResponse::json(status, QJsonObject {{QStringLiteral("error"), error}});
}

ApiResponse malformed(const QString& message, const QString& parameter)
{
    QJsonObject details;
    if (!parameter.isEmpty()) {
        details.insert(QStringLiteral("parameter"), parameter);
    }
    return make(400, "malformed_request", message, details);
}

ApiResponse unauthenticated()
{
    // One answer for every reason, so a caller learns nothing about which tokens exist.
    return make(
        401, "unauthenticated", QStringLiteral("A valid API token is required: send 'Authorization: Bearer <token>'."))
        .withHeader(QByteArrayLiteral("WWW-Authenticate"),
            QByteArrayLiteral("Bearer realm=\"botvault\", error=\"invalid_token\""));
}

ApiResponse forbidden(const QString& message, const QStringList& requiredRoles)
{
    return make(403, "forbidden", message,
        QJsonObject {{QStringLiteral("requiredRoles"), QJsonArray::fromStringList(requiredRoles)}});
}

ApiResponse notFound(const QString& resource, const QString& name)
{
    QJsonObject details {{QStringLiteral("resource"), resource}};
    QString message = QStringLiteral("No such %1.").arg(resource);
    if (!name.isEmpty()) {
        details.insert(QStringLiteral("name"), name);
        message = QStringLiteral("No %1 named '%2' exists in this project.").arg(resource, name);
    }
    return make(404, "not_found", message, details);
}

ApiResponse methodNotAllowed(const QByteArray& allow)
{
    return make(405, "method_not_allowed",
        QStringLiteral("This path does not accept this method; allowed: %1.").arg(QString::fromLatin1(allow)))
        .withHeader(QByteArrayLiteral("Allow"), allow);
}

ApiResponse payloadTooLarge(qint64 limitBytes)
{
    return make(413, "payload_too_large",
        QStringLiteral("The request body is larger than this endpoint's limit of %1 bytes. Split the work "
                       "into smaller requests.")
            .arg(limitBytes),
        QJsonObject {{QStringLiteral("limitBytes"), limitBytes}});
}

ApiResponse unsupportedMediaType()
{
    return make(415, "unsupported_media_type",
        QStringLiteral("The body must be JSON in UTF-8: send 'Content-Type: application/json'."));
}

ApiResponse validationFailed(const QJsonArray& errors)
{
    const QString first
        = errors.isEmpty() ? QString() : errors.first().toObject().value(QStringLiteral("message")).toString();
    const QString message = errors.size() == 1
        ? first
        : QStringLiteral("%1 problems were found in the request; the first: %2").arg(errors.size()).arg(first);
    return make(422, "validation_failed", message, QJsonObject {{QStringLiteral("errors"), errors}});
}

ApiResponse internal()
{
    return make(500, "internal",
        QStringLiteral("The server failed while handling the request; nothing was changed. The request id "
                       "finds the log line."));
}

QJsonObject fieldError(const QString& field, const char* reason, const QString& message, int index)
{
    QJsonObject error {{QStringLiteral("field"), field}, {QStringLiteral("reason"), QString::fromLatin1(reason)},
        {QStringLiteral("message"), message}};
    if (index >= 0) {
        error.insert(QStringLiteral("index"), index);
    }
    return error;
}

} // namespace ApiError
