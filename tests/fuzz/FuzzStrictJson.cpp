#include "server/StrictJson.h"

#include "server/ServerLimits.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QMetaType>
#include <QVariant>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// Reads arbitrary bytes as a request body, then checks the promises the server relies on:
// parseObject() never crashes; what it refuses comes with the documented message; what it accepts
// Qt's own (more forgiving) parser reads to the same object, holds only integers within
// ±(2^53 - 1), and comes back unchanged when written by Qt and read again. A broken promise aborts,
// which libFuzzer records as a crash with the input that caused it.

namespace {

void fail(const char* what)
{
    std::fprintf(stderr, "FuzzStrictJson: %s\n", what);
    std::abort();
}

void verifyIntegers(const QJsonValue& value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            verifyIntegers(it.value());
        }
    } else if (value.isArray()) {
        for (const QJsonValue& element : value.toArray()) {
            verifyIntegers(element);
        }
    } else if (value.isDouble()) {
        if (value.toVariant().typeId() != QMetaType::LongLong) {
            fail("a number was accepted that is not an integer");
        }
        const qint64 number = value.toInteger();
        if (number > ServerLimits::kMaxJsonInteger || number < -ServerLimits::kMaxJsonInteger) {
            fail("an integer beyond 2^53 - 1 was accepted");
        }
    }
}

void verifyAccepted(const QByteArray& bytes, const QJsonObject& object)
{
    QJsonParseError qtError;
    const QJsonDocument qtDocument = QJsonDocument::fromJson(bytes, &qtError);
    if (qtError.error != QJsonParseError::NoError || !qtDocument.isObject()) {
        fail("accepted a body that Qt's forgiving parser refuses");
    }
    // Qt decodes each string with QString::fromUtf8, which drops a raw U+FEFF at the start of a
    // string; the strict reader keeps it (a value is stored as sent), so such bodies differ on purpose.
    const bool qtDropsAByteOrderMark = bytes.contains("\xef\xbb\xbf");
    if (!qtDropsAByteOrderMark && qtDocument.object() != object) {
        fail("read a body differently from Qt's parser");
    }
    verifyIntegers(object);
    const Result<QJsonObject> reread = StrictJson::parseObject(QJsonDocument(object).toJson(QJsonDocument::Compact));
    if (!reread) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(reread.message()));
        fail("refused what Qt wrote from an accepted object");
    }
    if (reread.value() != object) {
        fail("an accepted object changed when written and read again");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // Not NUL-terminated on purpose: the reader must respect the size it is given.
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const Result<QJsonObject> parsed = StrictJson::parseObject(bytes);
    if (parsed) {
        verifyAccepted(bytes, parsed.value());
        return 0;
    }
    if (parsed.code() != ErrorCode::InvalidInput
        || !parsed.message().startsWith(QStringLiteral("The body must be one JSON object in UTF-8: "))
        || !parsed.message().contains(QStringLiteral(" at offset "))) {
        fail("a refusal without the documented code and message");
    }
    return 0;
}
