#include "server/ChunkedBodyReader.h"

#include "server/HttpHeadParser.h"

#include <algorithm>

namespace {

// A size line ("1a2b;name=value") or a trailer line is short; anything longer is not a chunked body.
constexpr qsizetype kMaxLineBytes = 1024;

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

} // namespace

ChunkedBodyReader::State ChunkedBodyReader::fail(int status, const QString& message)
{
    m_failureStatus = status;
    m_failureMessage = message;
    return State::Failed;
}

ChunkedBodyReader::State ChunkedBodyReader::readSizeLine(const QByteArray& line)
{
    qsizetype digits = 0;
    qint64 size = 0;
    while (digits < line.size() && hexValue(line.at(digits)) >= 0) {
        if (digits >= 15) {
            return fail(413, {});
        }
        size = size * 16 + hexValue(line.at(digits));
        ++digits;
    }
    if (digits == 0) {
        return fail(400, QStringLiteral("A chunk must start with its size in hexadecimal."));
    }
    // Chunk extensions (";name=value") are allowed and ignored; anything else after the size is not.
    const QByteArray rest = line.mid(digits);
    const bool extensionsOk = std::all_of(rest.cbegin(), rest.cend(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte == '\t' || (byte >= 0x20 && byte != 0x7F);
    });
    if (!rest.isEmpty() && (!rest.trimmed().startsWith(';') || !extensionsOk)) {
        return fail(400, QStringLiteral("A chunk size line holds something other than the size and extensions."));
    }
    if (size > m_limit - m_decoded) {
        return fail(413, {});
    }
    if (size == 0) {
        m_step = Step::Trailer;
        return State::NeedMore;
    }
    m_remaining = size;
    m_step = Step::Data;
    return State::NeedMore;
}

ChunkedBodyReader::State ChunkedBodyReader::readTrailerLine(const QByteArray& line)
{
    if (line.isEmpty()) {
        return State::Done;
    }
    m_trailerBytes += line.size() + 2;
    const qsizetype colon = line.indexOf(':');
    if (m_trailerBytes > HttpHeadParser::kMaxHeadBytes || colon <= 0 || line.startsWith(' ') || line.startsWith('\t')
        || line.left(colon).contains(' ')) {
        return fail(400, QStringLiteral("A trailer field after the last chunk is malformed."));
    }
    return State::NeedMore;
}

ChunkedBodyReader::State ChunkedBodyReader::feed(QByteArray* input, QByteArray* body)
{
    qsizetype used = 0;
    State state = State::NeedMore;
    while (state == State::NeedMore && used < input->size()) {
        if (m_step == Step::Data) {
            const qint64 take = std::min<qint64>(m_remaining, input->size() - used);
            body->append(input->constData() + used, take);
            m_decoded += take;
            used += take;
            m_remaining -= take;
            if (m_remaining == 0) {
                m_step = Step::DataEnd;
            }
            continue;
        }
        if (m_step == Step::DataEnd) {
            if (input->size() - used < 2) {
                break;
            }
            if (input->at(used) != '\r' || input->at(used + 1) != '\n') {
                state = fail(400, QStringLiteral("A chunk's data must be followed by CRLF, as its size says."));
                break;
            }
            used += 2;
            m_step = Step::Size;
            continue;
        }
        // Size and trailer lines end in CRLF; a bare CR or LF inside one is malformed.
        const qsizetype newline = input->indexOf('\n', used);
        if (newline < 0) {
            if (input->size() - used > kMaxLineBytes) {
                state = fail(400, QStringLiteral("A chunk size or trailer line is too long."));
            }
            break;
        }
        if (newline - used > kMaxLineBytes || newline == used || input->at(newline - 1) != '\r') {
            state = fail(400, QStringLiteral("Chunk size and trailer lines must end in CRLF."));
            break;
        }
        const QByteArray line = input->mid(used, newline - 1 - used);
        used = newline + 1;
        if (line.contains('\r')) {
            state = fail(400, QStringLiteral("A bare CR inside a chunk size or trailer line is not allowed."));
            break;
        }
        state = m_step == Step::Size ? readSizeLine(line) : readTrailerLine(line);
    }
    input->remove(0, used);
    return state;
}
