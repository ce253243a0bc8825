#pragma once

#include <QJsonObject>

#include <cstdio>

// Writes a JSON array to a stream one element at a time, byte for byte what
// QJsonDocument(array).toJson(QJsonDocument::Indented) followed by CliOutput::printableJson() would
// write, so that a listing of 100,000 items is printed without holding the whole document.
class JsonArrayWriter
{
public:
    explicit JsonArrayWriter(FILE* out);

    void add(const QJsonObject& element);
    // Closes the array; call once, after the last element.
    void finish();

private:
    FILE* m_out;
    bool m_empty = true;
};
