#include "server/HttpHeadParser.h"

#include <QUrl>

#include <algorithm>

namespace HttpHeadParser {

namespace {

bool isTokenChar(char c)
{
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        return true;
    }
    static constexpr char kSpecials[] = "!#$%&'*+-.^_`|~";
    return std::find(std::begin(kSpecials), std::end(kSpecials) - 1, c) != std::end(kSpecials) - 1;
}

bool isToken(const QByteArray& text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), isTokenChar);
}

// A field value: visible ASCII, spaces, tabs and obs-text; never another control character.
bool isFieldValue(const QByteArray& value)
{
    return std::all_of(value.cbegin(), value.cend(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte == '\t' || (byte >= 0x20 && byte != 0x7F);
    });
}

QByteArray trimOws(const QByteArray& value)
{
    qsizetype begin = 0;
    qsizetype end = value.size();
    while (begin < end && (value.at(begin) == ' ' || value.at(begin) == '\t')) {
        ++begin;
    }
    while (end > begin && (value.at(end - 1) == ' ' || value.at(end - 1) == '\t')) {
        --end;
    }
    return value.mid(begin, end - begin);
}

Outcome refuse(int status, const QString& message)
{
    Outcome outcome;
    outcome.status = status;
    outcome.message = message;
    return outcome;
}

// Keeps what was parsed (the method and path, for the log line) with the refusal.
Outcome failed(Outcome* outcome, int status, const QString& message)
{
    outcome->status = status;
    outcome->message = message;
    return std::move(*outcome);
}

Outcome malformed(const QString& message)
{
    return refuse(400, message);
}

// The request line: METHOD SP origin-form SP HTTP/1.x, single spaces.
bool parseRequestLine(const QByteArray& line, HttpRequest* request, Outcome* failure)
{
    const QByteArrayList parts = line.split(' ');
    if (parts.size() != 3) {
        *failure = malformed(QStringLiteral("The request line must be 'METHOD /path HTTP/1.1' with single spaces; "
                                            "a space in the path must be sent as %20."));
        return false;
    }
    if (!isToken(parts.at(0))) {
        *failure = malformed(QStringLiteral("The request method is not a valid HTTP token."));
        return false;
    }
    const QByteArray& version = parts.at(2);
    if (version == "HTTP/1.1") {
        request->minorVersion = 1;
    } else if (version == "HTTP/1.0") {
        request->minorVersion = 0;
    } else if (version.startsWith("HTTP/") && version.size() == 8 && version.at(6) == '.') {
        *failure = refuse(505, QStringLiteral("Only HTTP/1.1 and HTTP/1.0 are served."));
        return false;
    } else {
        *failure = malformed(QStringLiteral("The request line does not end in a valid HTTP version."));
        return false;
    }
    const QByteArray& target = parts.at(1);
    const bool printable = std::all_of(target.cbegin(), target.cend(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte > 0x20 && byte < 0x7F;
    });
    if (!target.startsWith('/') || !printable || target.contains('#')) {
        *failure = malformed(QStringLiteral("The request target must be a path starting with '/', in printable "
                                            "ASCII (percent-encode anything else), without a fragment."));
        return false;
    }
    const QUrl url = QUrl::fromEncoded(QByteArrayLiteral("http://localhost") + target, QUrl::StrictMode);
    if (!url.isValid()) {
        *failure = malformed(QStringLiteral("The request target is not a valid URL path."));
        return false;
    }
    request->method = parts.at(0);
    request->target = target;
    request->path = url.path();
    request->query = QUrlQuery(url);
    return true;
}

// Content-Length and Transfer-Encoding decide where the body ends; every ambiguous combination is 400.
bool decideFraming(HttpRequest* request, Outcome* failure)
{
    const QByteArrayList lengths = request->values("Content-Length");
    const QByteArrayList codings = request->values("Transfer-Encoding");
    if (!lengths.isEmpty() && !codings.isEmpty()) {
        *failure = malformed(QStringLiteral("Send either Content-Length or Transfer-Encoding, not both."));
        return false;
    }
    if (lengths.size() > 1) {
        *failure = malformed(QStringLiteral("Send one Content-Length header with one value."));
        return false;
    }
    if (lengths.size() == 1) {
        const QByteArray& text = lengths.first();
        const bool digits = !text.isEmpty() && text.size() <= 18
            && std::all_of(text.cbegin(), text.cend(), [](char c) { return c >= '0' && c <= '9'; });
        if (!digits) {
            *failure = malformed(QStringLiteral("Content-Length must be one decimal number of bytes."));
            return false;
        }
        request->framing = HttpRequest::Framing::Length;
        request->contentLength = text.toLongLong();
        return true;
    }
    if (!codings.isEmpty()) {
        if (request->minorVersion == 0) {
            *failure = malformed(QStringLiteral("HTTP/1.0 has no Transfer-Encoding: send Content-Length."));
            return false;
        }
        if (codings.size() > 1 || codings.first().compare("chunked", Qt::CaseInsensitive) != 0) {
            *failure = malformed(QStringLiteral("The only transfer coding served is a lone 'Transfer-Encoding: "
                                                "chunked'; compressed or layered codings are refused."));
            return false;
        }
        request->framing = HttpRequest::Framing::Chunked;
    }
    return true;
}

// Connection, Host and Expect.
bool readConnectionFields(HttpRequest* request, Outcome* failure)
{
    const QByteArrayList hosts = request->values("Host");
    if (hosts.size() > 1 || (request->minorVersion == 1 && hosts.isEmpty())) {
        *failure = malformed(QStringLiteral("An HTTP/1.1 request carries exactly one Host header."));
        return false;
    }
    bool close = request->minorVersion == 0;
    for (const QByteArray& value : request->values("Connection")) {
        for (const QByteArray& option : value.split(',')) {
            const QByteArray name = trimOws(option).toLower();
            if (name == "close") {
                close = true;
            } else if (name == "keep-alive" && request->minorVersion == 0) {
                close = false;
            }
        }
    }
    request->keepAlive = !close;
    const QByteArrayList expectations = request->values("Expect");
    if (!expectations.isEmpty()) {
        if (expectations.size() > 1 || expectations.first().compare("100-continue", Qt::CaseInsensitive) != 0) {
            *failure = refuse(417, QStringLiteral("The only expectation served is 'Expect: 100-continue'."));
            return false;
        }
        request->expectsContinue = request->minorVersion == 1;
    }
    return true;
}

} // namespace

Outcome parse(const QByteArray& head)
{
    if (head.size() > kMaxHeadBytes) {
        return refuse(431, QStringLiteral("The request line and headers are over 16 KiB."));
    }
    if (!head.endsWith("\r\n\r\n")) {
        return malformed(QStringLiteral("The request head does not end with an empty line."));
    }
    // Lines end in CRLF; a bare CR or LF is how two parsers come to see two different requests.
    const QByteArrayList lines = head.left(head.size() - 4).split('\n');
    for (const QByteArray& line : lines) {
        if (!line.endsWith('\r') && &line != &lines.last()) {
            return malformed(QStringLiteral("Every line of the request head must end in CRLF."));
        }
    }
    Outcome outcome;
    HttpRequest& request = outcome.request;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = (i + 1 < lines.size()) ? lines.at(i).chopped(1) : lines.at(i);
        if (line.contains('\r')) {
            return failed(&outcome, 400, QStringLiteral("A bare CR inside the request head is not allowed."));
        }
        if (i == 0) {
            if (!parseRequestLine(line, &request, &outcome)) {
                return outcome;
            }
            continue;
        }
        if (line.startsWith(' ') || line.startsWith('\t')) {
            return failed(&outcome, 400, QStringLiteral("Folded header lines (obs-fold) are not allowed."));
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.left(colon))) {
            return failed(&outcome, 400,
                QStringLiteral("A header line is not 'Name: value' with a valid name and no space "
                               "before the colon."));
        }
        const QByteArray value = trimOws(line.mid(colon + 1));
        if (!isFieldValue(value)) {
            return failed(&outcome, 400,
                QStringLiteral("The header '%1' holds a control character.")
                    .arg(QString::fromLatin1(line.left(colon))));
        }
        if (request.headers.size() >= kMaxHeaderFields) {
            return failed(&outcome, 431, QStringLiteral("A request carries at most 100 header lines."));
        }
        request.headers.append({line.left(colon), value});
    }
    if (!decideFraming(&request, &outcome) || !readConnectionFields(&request, &outcome)) {
        return outcome;
    }
    return outcome;
}

} // namespace HttpHeadParser
