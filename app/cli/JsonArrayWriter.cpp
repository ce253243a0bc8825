#include "app/cli/JsonArrayWriter.h"

#include "app/cli/CliOutput.h"

#include <QByteArray>
#include <QJsonDocument>

namespace {

void writeBytes(FILE* out, const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), out);
}

} // namespace

JsonArrayWriter::JsonArrayWriter(FILE* out) : m_out(out)
{
    writeBytes(m_out, QByteArrayLiteral("[\n"));
}

void JsonArrayWriter::add(const QJsonObject& element)
{
    // Inside an array Qt indents an object one level deeper than as a document of its own, and
    // strings never hold a raw line break, so indenting every line of the document is the same text.
    const QByteArray document = CliOutput::printableJson(QJsonDocument(element).toJson(QJsonDocument::Indented));
    QByteArray text;
    text.reserve(document.size() + document.count('\n') * 4 + 2);
    if (!m_empty) {
        text += ",\n";
    }
    qsizetype lineStart = 0;
    while (lineStart < document.size()) {
        qsizetype lineEnd = document.indexOf('\n', lineStart);
        if (lineEnd < 0) {
            lineEnd = document.size();
        }
        if (lineStart > 0) {
            text += '\n';
        }
        text += "    ";
        text.append(document.constData() + lineStart, lineEnd - lineStart);
        lineStart = lineEnd + 1;
    }
    writeBytes(m_out, text);
    m_empty = false;
}

void JsonArrayWriter::finish()
{
    writeBytes(m_out, m_empty ? QByteArrayLiteral("]\n") : QByteArrayLiteral("\n]\n"));
}
