#pragma once

#include "models/Result.h"

#include <QByteArray>
#include <QJsonObject>

// Request bodies as docs/API.md "Conventions" wants them: one JSON object in UTF-8, with no
// duplicate keys (Qt's parser would silently keep the last one, so `{"value": "a", "value": "b"}`
// could mean different things to different readers) and no lone UTF-16 surrogates in any string.
namespace StrictJson {

// The object, or an InvalidInput error (answered with 400) that says what is wrong and where.
Result<QJsonObject> parseObject(const QByteArray& body);

} // namespace StrictJson
