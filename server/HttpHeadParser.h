#pragma once

#include "server/HttpRequest.h"

#include <QByteArray>
#include <QString>

// Parses the head of an HTTP/1.1 request (request line and header fields) strictly, and decides how
// its body is framed. Anything two parsers could read differently is refused rather than guessed
// (the request-smuggling shapes: two Content-Length values, Content-Length with Transfer-Encoding, a
// transfer coding other than a lone "chunked", folded or malformed header lines, bare CR or LF, a
// space or control character in the target), so a proxy in front of the server and the server never
// disagree on where a request ends.
namespace HttpHeadParser {

// Request line and header fields together, the limit of docs/API.md (431 beyond it).
inline constexpr qsizetype kMaxHeadBytes = 16 * 1024;
inline constexpr int kMaxHeaderFields = 100;

struct Outcome
{
    HttpRequest request;
    int status = 0; // 0: parsed; otherwise the status to refuse it with (400, 431, 501, 505)
    QString message; // why, for the error body; never a header value
};

// `head` runs up to and including the CRLF CRLF that ends it.
Outcome parse(const QByteArray& head);

} // namespace HttpHeadParser
