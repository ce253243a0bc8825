#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <any>
#include <optional>

// One HTTP/1.1 request as HttpFront read it: the head is parsed and its framing checked before any
// body byte is read, so the admission check (token, size) sees a request whose body is still on the
// wire. `context` carries what the admission check learnt (the caller) on to the handler.
struct HttpRequest
{
    enum class Framing
    {
        None, // no body
        Length, // Content-Length
        Chunked, // Transfer-Encoding: chunked
    };

    QByteArray method; // "GET", "PUT", … as sent (methods are case-sensitive)
    QByteArray target; // the raw request target, "/api/v1/me?x=1"
    QString path; // decoded, without the query; "/" delimiters inside a segment stay encoded
    QUrlQuery query;
    int minorVersion = 1; // HTTP/1.x
    // Names as sent; values without the surrounding spaces and tabs (RFC 9110 section 5.5).
    QList<QPair<QByteArray, QByteArray>> headers;
    Framing framing = Framing::None;
    qint64 contentLength = 0; // Framing::Length only
    bool keepAlive = true;
    bool expectsContinue = false;
    QByteArray body;
    std::any context;

    // Every value of a header, matched without regard to case, in the order sent.
    QByteArrayList values(const QByteArray& name) const
    {
        QByteArrayList found;
        for (const auto& header : headers) {
            if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
                found.append(header.second);
            }
        }
        return found;
    }

    // The first value of a header; `*repeated` becomes true when it was sent more than once.
    std::optional<QByteArray> single(const QByteArray& name, bool* repeated) const
    {
        const QByteArrayList found = values(name);
        if (found.size() > 1) {
            *repeated = true;
        }
        if (found.isEmpty()) {
            return std::nullopt;
        }
        return found.first();
    }

    bool hasBody() const { return framing == Framing::Chunked || (framing == Framing::Length && contentLength > 0); }
};
