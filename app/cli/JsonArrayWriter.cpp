#include "app/cli/JsonArrayWriter.h"

#include "app/cli/CliOutput.h"

#include <QJsonDocument>

namespace {

constexpr qsizetype kFlushBytes = 64 * 1024;

char hexDigit(uint value)
{
    return "0123456789abcdef"[value & 0xf];
}

void appendUnicodeEscape(QByteArray& json, char16_t u)
{
    const char escape[] = {'\\', 'u', hexDigit(u >> 12), hexDigit(u >> 8), hexDigit(u >> 4), hexDigit(u)};
    json.append(escape, sizeof(escape));
}

// What QJsonDocument writes for a character below U+0080.
void appendAscii(QByteArray& json, char16_t u)
{
    if (u >= 0x20 && u != u'"' && u != u'\\' && u != 0x7f) {
        json.append(static_cast<char>(u));
        return;
    }
    switch (u) {
    case u'"':
        json.append("\\\"", 2);
        break;
    case u'\\':
        json.append("\\\\", 2);
        break;
    case u'\b':
        json.append("\\b", 2);
        break;
    case u'\f':
        json.append("\\f", 2);
        break;
    case u'\n':
        json.append("\\n", 2);
        break;
    case u'\r':
        json.append("\\r", 2);
        break;
    case u'\t':
        json.append("\\t", 2);
        break;
    default:
        // The other C0 controls, and DEL, which printableJson() escapes.
        appendUnicodeEscape(json, u);
    }
}

void appendUtf8(QByteArray& json, char32_t code)
{
    if (code < 0x800) {
        const char bytes[] = {static_cast<char>(0xc0 | (code >> 6)), static_cast<char>(0x80 | (code & 0x3f))};
        json.append(bytes, 2);
    } else if (code < 0x10000) {
        const char bytes[] = {static_cast<char>(0xe0 | (code >> 12)), static_cast<char>(0x80 | ((code >> 6) & 0x3f)),
            static_cast<char>(0x80 | (code & 0x3f))};
        json.append(bytes, 3);
    } else {
        const char bytes[] = {static_cast<char>(0xf0 | (code >> 18)), static_cast<char>(0x80 | ((code >> 12) & 0x3f)),
            static_cast<char>(0x80 | ((code >> 6) & 0x3f)), static_cast<char>(0x80 | (code & 0x3f))};
        json.append(bytes, 4);
    }
}

} // namespace

JsonArrayWriter::JsonArrayWriter(FILE* out) : m_out(out)
{
    m_buffer.reserve(kFlushBytes + 4096);
    m_buffer.append("[\n", 2);
}

void JsonArrayWriter::appendString(QByteArray& json, QStringView text)
{
    json.append('"');
    const char16_t* const end = text.utf16() + text.size();
    for (const char16_t* cursor = text.utf16(); cursor != end; ++cursor) {
        const char16_t u = *cursor;
        if (u < 0x80) {
            appendAscii(json, u);
        } else if (CliOutput::isTerminalControl(u)) {
            appendUnicodeEscape(json, u);
        } else if (QChar::isHighSurrogate(u) && cursor + 1 != end && QChar::isLowSurrogate(cursor[1])) {
            appendUtf8(json, QChar::surrogateToUcs4(u, cursor[1]));
            ++cursor;
        } else if (QChar::isSurrogate(u)) {
            // Not a character: QJsonDocument writes the unit as an escape.
            appendUnicodeEscape(json, u);
        } else {
            appendUtf8(json, u);
        }
    }
    json.append('"');
}

void JsonArrayWriter::add(const QJsonObject& element)
{
    // Inside an array Qt indents an object one level deeper than as a document of its own, and
    // strings never hold a raw line break, so indenting every line of the document is the same text.
    const QByteArray document = CliOutput::printableJson(QJsonDocument(element).toJson(QJsonDocument::Indented));
    beginElement();
    qsizetype lineStart = 0;
    while (lineStart < document.size()) {
        qsizetype lineEnd = document.indexOf('\n', lineStart);
        if (lineEnd < 0) {
            lineEnd = document.size();
        }
        if (lineStart > 0) {
            m_buffer += '\n';
        }
        m_buffer += "    ";
        m_buffer.append(document.constData() + lineStart, lineEnd - lineStart);
        lineStart = lineEnd + 1;
    }
    flushIfFull();
}

void JsonArrayWriter::beginObject()
{
    beginElement();
    m_buffer.append("    {", 5);
    m_firstField = true;
}

void JsonArrayWriter::addString(QByteArrayView key, QStringView value)
{
    beginField(key);
    appendString(m_buffer, value);
}

void JsonArrayWriter::addInteger(QByteArrayView key, qint64 value)
{
    beginField(key);
    m_buffer.append(QByteArray::number(value));
}

void JsonArrayWriter::addBool(QByteArrayView key, bool value)
{
    beginField(key);
    m_buffer.append(value ? QByteArrayView("true") : QByteArrayView("false"));
}

void JsonArrayWriter::addNull(QByteArrayView key)
{
    beginField(key);
    m_buffer.append("null", 4);
}

void JsonArrayWriter::addTime(QByteArrayView key, const QDateTime& time)
{
    beginField(key);
    if (!time.isValid()) {
        m_buffer.append("null", 4);
        return;
    }
    m_buffer.append('"');
    CliOutput::appendIsoUtc(m_buffer, time);
    m_buffer.append('"');
}

void JsonArrayWriter::endObject()
{
    m_buffer.append("\n    }", 6);
    flushIfFull();
}

void JsonArrayWriter::finish()
{
    m_buffer.append(m_empty ? QByteArrayView("]\n") : QByteArrayView("\n]\n"));
    std::fwrite(m_buffer.constData(), 1, static_cast<size_t>(m_buffer.size()), m_out);
    m_buffer.clear();
}

void JsonArrayWriter::beginElement()
{
    if (!m_empty) {
        m_buffer.append(",\n", 2);
    }
    m_empty = false;
}

void JsonArrayWriter::beginField(QByteArrayView key)
{
    m_buffer.append(m_firstField ? QByteArrayView("\n        \"") : QByteArrayView(",\n        \""));
    m_firstField = false;
    m_buffer.append(key);
    m_buffer.append("\": ", 3);
}

void JsonArrayWriter::flushIfFull()
{
    if (m_buffer.size() >= kFlushBytes) {
        std::fwrite(m_buffer.constData(), 1, static_cast<size_t>(m_buffer.size()), m_out);
        m_buffer.resize(0);
    }
}
