#pragma once

#include <QByteArray>
#include <QString>

// Decodes a "Transfer-Encoding: chunked" body as it arrives, strictly (RFC 9112 section 7.1): hex
// sizes, CRLF after every size line and every chunk, trailer fields ignored. It stops at the first
// malformed byte (400) or as soon as the decoded body passes the limit (413), so a chunked body is
// never buffered past the limit and a broken one is answered at once instead of waited for.
class ChunkedBodyReader
{
public:
    enum class State
    {
        NeedMore,
        Done,
        Failed,
    };

    explicit ChunkedBodyReader(qint64 limit) : m_limit(limit) { }

    // Consumes what it can from the front of `input` and appends the decoded bytes to `body`.
    State feed(QByteArray* input, QByteArray* body);
    int failureStatus() const { return m_failureStatus; }
    const QString& failureMessage() const { return m_failureMessage; }

private:
    enum class Step
    {
        Size,
        Data,
        DataEnd,
        Trailer,
    };

    State fail(int status, const QString& message);
    State readSizeLine(const QByteArray& line);
    State readTrailerLine(const QByteArray& line);

    qint64 m_limit = 0;
    qint64 m_remaining = 0; // of the current chunk
    qint64 m_decoded = 0;
    qint64 m_trailerBytes = 0;
    Step m_step = Step::Size;
    int m_failureStatus = 0;
    QString m_failureMessage;
};
