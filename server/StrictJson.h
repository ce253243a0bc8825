#pragma once

#include "models/Result.h"

#include <QByteArray>
#include <QJsonObject>

// Request bodies as docs/API.md "Conventions" wants them: one JSON object in UTF-8 exactly as
// RFC 8259 writes it, read by its own parser because Qt's forgives what the RFC forbids (an unknown
// escape loses its backslash, a raw control character or a leading byte order mark passes). On top
// of the RFC it refuses duplicate keys (readers disagree on which one wins, so `{"value": "a",
// "value": "b"}` could mean different things to a proxy and to the server), lone UTF-16 surrogates
// (no UTF-8 text can hold them), nesting deeper than kMaxDepth, and every number that is not a
// plain integer within ±(2^53 − 1): all numbers of the API are ids, revisions or counts, and
// `1.0`, `1e0` or `-0` would otherwise pass for one.
namespace StrictJson {

// Objects and arrays nested deeper than this are refused; the API's bodies nest three levels.
inline constexpr int kMaxDepth = 64;

// The object, or an InvalidInput error (answered with 400) that says what is wrong and where. The
// message names the byte offset, never the text found there, so no value leaks into it. Integers
// come back as qint64 values (QJsonValue::toInteger()).
Result<QJsonObject> parseObject(const QByteArray& body);

} // namespace StrictJson
