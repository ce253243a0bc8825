#include "server/ChunkedBodyReader.h"
#include "server/HttpHeadParser.h"
#include "server/LogText.h"
#include "tests/support/TestMain.h"

// The pure parts of the server's HTTP front: the head parser's verdicts, the chunked decoder fed in
// any split, and the log escaping. The end-to-end behaviour is in TestServerFront.
class TestHttpParsing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headVerdicts_data();
    void headVerdicts();
    void chunkedBodyDecodesInAnySplit();
    void chunkedBodyFailures_data();
    void chunkedBodyFailures();
    void logTextEscapesWhatCouldBreakALine_data();
    void logTextEscapesWhatCouldBreakALine();
};

void TestHttpParsing::headVerdicts_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("framing");
    QTest::addColumn<qint64>("length");
    const int none = int(HttpRequest::Framing::None);
    const int length = int(HttpRequest::Framing::Length);
    const int chunked = int(HttpRequest::Framing::Chunked);
    const QByteArray line = "PUT /api/v1/x HTTP/1.1\r\nHost: h\r\n";
    QTest::newRow("plain GET") << QByteArray("GET /api/v1/me HTTP/1.1\r\nHost: h\r\n\r\n") << 0 << none << qint64(0);
    QTest::newRow("length") << line + "Content-Length: 14\r\n\r\n" << 0 << length << qint64(14);
    QTest::newRow("chunked, any case") << line + "Transfer-Encoding: Chunked\r\n\r\n" << 0 << chunked << qint64(0);
    QTest::newRow("two lengths, same value") << line + "Content-Length: 1\r\nContent-Length: 1\r\n\r\n"
                                             << 400 << none << qint64(0);
    QTest::newRow("length and chunked") << line + "Content-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n"
                                        << 400 << none << qint64(0);
    QTest::newRow("chunked, gzip") << line + "Transfer-Encoding: chunked, gzip\r\n\r\n" << 400 << none << qint64(0);
    QTest::newRow("identity") << line + "Transfer-Encoding: identity\r\n\r\n" << 400 << none << qint64(0);
    QTest::newRow("negative length") << line + "Content-Length: -1\r\n\r\n" << 400 << none << qint64(0);
    QTest::newRow("huge length") << line + "Content-Length: 99999999999999999999\r\n\r\n" << 400 << none << qint64(0);
    QTest::newRow("HTTP/1.0 chunked") << QByteArray("PUT /x HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n") << 400
                                      << none << qint64(0);
    QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\nHost: h\r\n\r\n") << 505 << none << qint64(0);
    QTest::newRow("absolute target") << QByteArray("GET http://h/ HTTP/1.1\r\nHost: h\r\n\r\n") << 400 << none
                                     << qint64(0);
    QTest::newRow("two spaces after the method")
        << QByteArray("GET  /x HTTP/1.1\r\nHost: h\r\n\r\n") << 400 << none << qint64(0);
    QTest::newRow("non-ASCII target") << QByteArray("GET /\xc3\xa9 HTTP/1.1\r\nHost: h\r\n\r\n") << 400 << none
                                      << qint64(0);
    QTest::newRow("NUL in a value") << line + QByteArray("X-A: a\0b\r\n\r\n", 12) << 400 << none << qint64(0);
    QTest::newRow("bare CR in a value") << line + "X-A: a\rb\r\n\r\n" << 400 << none << qint64(0);
    QTest::newRow("two Hosts") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << 400 << none
                               << qint64(0);
    QTest::newRow("other expectation") << line + "Expect: 200-ok\r\n\r\n" << 417 << none << qint64(0);
    QTest::newRow("too large") << line + "X-A: " + QByteArray(17000, 'a') + "\r\n\r\n" << 431 << none << qint64(0);
}

void TestHttpParsing::headVerdicts()
{
    QFETCH(QByteArray, head);
    QFETCH(int, status);
    QFETCH(int, framing);
    QFETCH(qint64, length);
    const HttpHeadParser::Outcome outcome = HttpHeadParser::parse(head);
    QCOMPARE(outcome.status, status);
    QCOMPARE(outcome.message.isEmpty(), status == 0);
    if (status == 0) {
        QCOMPARE(int(outcome.request.framing), framing);
        QCOMPARE(outcome.request.contentLength, length);
    }
}

void TestHttpParsing::chunkedBodyDecodesInAnySplit()
{
    const QByteArray wire
        = "4;ext=\"a b\"\r\nWiki\r\n6\r\npedia \r\nE\r\nin \r\n\r\nchunks.\r\n0\r\nX-T: 1\r\n\r\nNEXT";
    const QByteArray expected = "Wikipedia in \r\n\r\nchunks.";
    for (const qsizetype step : {qsizetype(1), qsizetype(2), qsizetype(3), qsizetype(7), wire.size()}) {
        ChunkedBodyReader reader(1024);
        QByteArray input;
        QByteArray body;
        ChunkedBodyReader::State state = ChunkedBodyReader::State::NeedMore;
        for (qsizetype i = 0; i < wire.size() && state == ChunkedBodyReader::State::NeedMore; i += step) {
            input += wire.mid(i, step);
            state = reader.feed(&input, &body);
        }
        QCOMPARE(state, ChunkedBodyReader::State::Done);
        QCOMPARE(body, expected);
        // What follows the body (a pipelined request) is left in the input.
        QVERIFY(QByteArray("NEXT").startsWith(input));
    }
}

void TestHttpParsing::chunkedBodyFailures_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<int>("status");
    QTest::newRow("not hex") << QByteArray("x\r\n") << qint64(100) << 400;
    QTest::newRow("negative") << QByteArray("-1\r\n") << qint64(100) << 400;
    QTest::newRow("junk after the size") << QByteArray("4 x\r\nWiki\r\n") << qint64(100) << 400;
    QTest::newRow("data longer than the size") << QByteArray("2\r\nabc\r\n") << qint64(100) << 400;
    QTest::newRow("bare LF after the size") << QByteArray("2\nab\r\n") << qint64(100) << 400;
    QTest::newRow("past the limit") << QByteArray("8\r\n12345678\r\n") << qint64(7) << 413;
    QTest::newRow("size announcing past the limit") << QByteArray("fffffff\r\n") << qint64(1000) << 413;
    QTest::newRow("size overflow") << QByteArray("fffffffffffffffffff\r\n") << qint64(1000) << 413;
    QTest::newRow("endless size line") << QByteArray(2000, '0') << qint64(100) << 400;
    QTest::newRow("malformed trailer") << QByteArray("0\r\nno colon\r\n\r\n") << qint64(100) << 400;
}

void TestHttpParsing::chunkedBodyFailures()
{
    QFETCH(QByteArray, wire);
    QFETCH(qint64, limit);
    QFETCH(int, status);
    ChunkedBodyReader reader(limit);
    QByteArray body;
    QCOMPARE(reader.feed(&wire, &body), ChunkedBodyReader::State::Failed);
    QCOMPARE(reader.failureStatus(), status);
    QVERIFY(body.size() <= limit);
}

void TestHttpParsing::logTextEscapesWhatCouldBreakALine_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("logged");
    QTest::newRow("plain path") << QByteArray("/api/v1/projects/3/secrets/API_KEY")
                                << QByteArray("/api/v1/projects/3/secrets/API_KEY");
    QTest::newRow("LF and CR") << QByteArray("a\nb\rc") << QByteArray("a\\x0ab\\x0dc");
    QTest::newRow("space, tab, NUL, DEL") << QByteArray("a b\t\0\x7f", 6) << QByteArray("a\\x20b\\x09\\x00\\x7f");
    QTest::newRow("escape sequence") << QByteArray("\x1b[2J") << QByteArray("\\x1b[2J");
    QTest::newRow("backslash") << QByteArray("a\\x0a") << QByteArray("a\\\\x0a");
    QTest::newRow("Cyrillic stays") << QByteArray("/\xd0\xb1\xd0\xbe\xd1\x82")
                                    << QByteArray("/\xd0\xb1\xd0\xbe\xd1\x82");
    QTest::newRow("NEL (C1)") << QByteArray("a\xc2\x85z") << QByteArray("a\\xc2\\x85z");
    QTest::newRow("line separator") << QByteArray("a\xe2\x80\xa8z") << QByteArray("a\\xe2\\x80\\xa8z");
    QTest::newRow("invalid UTF-8") << QByteArray("a\xff\xc0\xafz") << QByteArray("a\\xff\\xc0\\xafz");
    QTest::newRow("truncated sequence") << QByteArray("a\xe2\x80") << QByteArray("a\\xe2\\x80");
}

void TestHttpParsing::logTextEscapesWhatCouldBreakALine()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, logged);
    QCOMPARE(LogText::escape(text), logged);
}

BOTVAULT_TEST_MAIN(TestHttpParsing)
#include "TestHttpParsing.moc"
