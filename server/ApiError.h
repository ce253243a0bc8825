#pragma once

#include "server/ApiResponse.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// The error bodies of docs/API.md "Errors": {"error": {code, message, details?, requestId}}. The
// messages are API text: English only, never a value or a token.
namespace ApiError {

ApiResponse make(int status, const char* code, const QString& message, const QJsonObject& details = {});

ApiResponse malformed(const QString& message, const QString& parameter = {});
ApiResponse unauthenticated();
ApiResponse forbidden(const QString& message, const QStringList& requiredRoles);
ApiResponse notFound(const QString& resource, const QString& name = {});
ApiResponse methodNotAllowed(const QByteArray& allow);
ApiResponse payloadTooLarge(qint64 limitBytes);
ApiResponse unsupportedMediaType();
// `errors` holds objects {index?, field, reason, message}.
ApiResponse validationFailed(const QJsonArray& errors);
ApiResponse internal();

// One entry of a validation_failed list.
QJsonObject fieldError(const QString& field, const char* reason, const QString& message, int index = -1);

} // namespace ApiError
