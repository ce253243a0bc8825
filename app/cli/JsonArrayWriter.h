#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QJsonObject>
#include <QStringView>

#include <cstdio>

// Writes a JSON array to a stream one element at a time, byte for byte what
// QJsonDocument(array).toJson(QJsonDocument::Indented) followed by CliOutput::printableJson() would
// write, so that a listing of 100,000 items is printed without holding the whole document.
//
// A flat element is written field by field (beginObject(), the add…() calls, endObject()) without
// building a QJsonObject or a document for it: a listing's printing costs less than opening its
// records. QJsonObject orders its keys, so the fields must come in the order of their keys.
class JsonArrayWriter
{
public:
    explicit JsonArrayWriter(FILE* out);

    // Any object, through QJsonDocument (damaged records, nested values).
    void add(const QJsonObject& element);

    void beginObject();
    void addString(QByteArrayView key, QStringView value);
    void addInteger(QByteArrayView key, qint64 value);
    void addBool(QByteArrayView key, bool value);
    void addNull(QByteArrayView key);
    // An ISO 8601 time in UTC, or null for an unknown time (CliOutput::jsonTime()).
    void addTime(QByteArrayView key, const QDateTime& time);
    void endObject();

    // Closes the array and writes what is buffered; call once, after the last element.
    void finish();

    // `text` as a JSON string, quoted, escaped as QJsonDocument and then CliOutput::printableJson() do.
    static void appendString(QByteArray& json, QStringView text);

private:
    void beginElement();
    void beginField(QByteArrayView key);
    void flushIfFull();

    FILE* m_out;
    QByteArray m_buffer;
    bool m_empty = true;
    bool m_firstField = true;
};
