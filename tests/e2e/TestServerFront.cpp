#include "tests/support/RunningServer.h"
#include "tests/support/TestMain.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

// One exchange over a raw socket: what a hostile client sends is exactly what goes on the wire.
struct RawReply
{
    int status = 0;
    QByteArray head;
    QByteArray body;
    QJsonObject json;
    bool closedByServer = false;
    qint64 elapsedMs = 0;
    qint64 sentBytes = 0;

    QString errorCode() const
    {
        return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    }
};

// Parses one response from `data`; false while it is incomplete.
bool parseResponse(const QByteArray& data, RawReply* reply)
{
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0) {
        return false;
    }
    reply->head = data.left(end);
    reply->status = data.mid(9, 3).toInt();
    static const QRegularExpression lengthHeader(
        QStringLiteral("\\r\\ncontent-length: *(\\d+)"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = lengthHeader.match(QString::fromLatin1(reply->head));
    const qsizetype length = match.hasMatch() ? match.captured(1).toLongLong() : 0;
    if (data.size() < end + 4 + length) {
        return false;
    }
    reply->body = data.mid(end + 4, length);
    reply->json = QJsonDocument::fromJson(reply->body).object();
    return true;
}

qint64 peakRssKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    static const QRegularExpression hwm(QStringLiteral("VmHWM:\\s*(\\d+) kB"));
    return hwm.match(QString::fromLatin1(status.readAll())).captured(1).toLongLong();
}

} // namespace

// The server's HTTP front under hostile clients (issue 11 item 4, issue 19 items 10 and 13): bodies
// refused before they are read, strict framing, the Bearer header's one form, one escaped log line
// per request, tokens revoked, expired or of a disabled user refused at once, and the whole
// certificate chain served. Raw sockets, so every byte of a request is the test's choice.
class TestServerFront : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void refusedBodiesAreNeverBuffered_data();
    void refusedBodiesAreNeverBuffered();
    void ambiguousFramingIs400AtOnce_data();
    void ambiguousFramingIs400AtOnce();
    void chunkedAndPipelinedRequestsAreServed();
    void bearerHeaderHasOneForm_data();
    void bearerHeaderHasOneForm();
    void requestsCannotForgeLogLines();
    void revokedExpiredAndDisabledTokensAre401AtOnce();
    void tokenListNamesTokensWithoutTheirValues();
    void certificateChainIsServedWhole();

private:
    // Sends `head`, then streams `streamBytes` of filler (stopping as soon as the server answers),
    // and reads one response and whether the server then closes the connection.
    RawReply exchange(const QByteArray& head, qint64 streamBytes = 0, bool chunked = false);
    // A client that ignores the answer and the server's FIN and goes on sending until the server
    // cuts it off (POSIX socket: Qt's closes itself on the FIN).
    RawReply streamRegardless(const QByteArray& head, qint64 streamBytes, bool chunked);
    QByteArray authorization() const { return "Authorization: Bearer " + m_token + "\r\n"; }
    QByteArray run(const QStringList& arguments, int expectedExit = 0);
    int meStatus(const QByteArray& token);

    QTemporaryDir m_dir;
    QString m_databasePath;
    QByteArray m_token;
    RunningServer m_server;
};

void TestServerFront::initTestCase()
{
    QVERIFY2(QFile::exists(TestSupport::serverPath()), "build the botvault-server target first");
    QVERIFY(m_dir.isValid());
    m_databasePath = m_dir.filePath(QStringLiteral("server.db"));
    m_token = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("ann"), QStringLiteral("--role"),
                      QStringLiteral("SYSTEM_ADMIN"), QStringLiteral("--db"), m_databasePath})
                  .trimmed();
    QVERIFY(m_token.startsWith("bv_"));
    QCOMPARE(run({QStringLiteral("project"), QStringLiteral("add"), QStringLiteral("Front"), QStringLiteral("--db"),
                     m_databasePath})
                 .trimmed(),
        QByteArray("1"));
    QVERIFY(m_server.start({QStringLiteral("--db"), m_databasePath}));
}

void TestServerFront::cleanupTestCase()
{
    m_server.killHard();
}

QByteArray TestServerFront::run(const QStringList& arguments, int expectedExit)
{
    const TestSupport::ServerCommandRun result = TestSupport::runServerCommand(arguments);
    if (result.exitCode != expectedExit) {
        qWarning("%s exited %d: %s", qPrintable(arguments.join(u' ')), result.exitCode, result.err.constData());
        return "<failed>";
    }
    return result.out;
}

RawReply TestServerFront::exchange(const QByteArray& head, qint64 streamBytes, bool chunked)
{
    RawReply reply;
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), m_server.port());
    if (!socket.waitForConnected(5000)) {
        return reply;
    }
    QElapsedTimer timer;
    timer.start();
    socket.write(head);
    QByteArray received;
    const QByteArray filler(1 << 20, 'x');
    const QByteArray chunk = chunked ? QByteArray::number(filler.size(), 16) + "\r\n" + filler + "\r\n" : filler;
    while (reply.sentBytes < streamBytes && socket.state() == QAbstractSocket::ConnectedState
        && socket.bytesAvailable() == 0) {
        if (socket.bytesToWrite() < 4 * filler.size()) {
            socket.write(chunk);
            reply.sentBytes += filler.size();
        }
        socket.waitForBytesWritten(20);
    }
    while (!parseResponse(received += socket.readAll(), &reply) && timer.elapsed() < 5000) {
        if (!socket.waitForReadyRead(5000 - timer.elapsed()) && socket.state() != QAbstractSocket::ConnectedState) {
            received += socket.readAll();
            parseResponse(received, &reply);
            break;
        }
    }
    reply.elapsedMs = timer.elapsed();
    // After a refusal the server closes: the client sees the end of the stream within its linger.
    while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < reply.elapsedMs + 4000) {
        socket.readAll();
        socket.waitForReadyRead(200);
    }
    reply.closedByServer = socket.state() != QAbstractSocket::ConnectedState;
    return reply;
}

RawReply TestServerFront::streamRegardless(const QByteArray& head, qint64 streamBytes, bool chunked)
{
    RawReply reply;
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) {
        return reply;
    }
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(m_server.port());
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const timeval timeout {5, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    if (::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0) {
        ::close(fd);
        return reply;
    }
    QElapsedTimer timer;
    timer.start();
    const QByteArray filler(1 << 20, 'x');
    const QByteArray chunk = chunked ? QByteArray::number(filler.size(), 16) + "\r\n" + filler + "\r\n" : filler;
    QByteArray received;
    char buffer[4096];
    bool sending = ::send(fd, head.constData(), head.size(), MSG_NOSIGNAL) == head.size();
    while (sending && reply.sentBytes < streamBytes && timer.elapsed() < 20000) {
        sending = ::send(fd, chunk.constData(), chunk.size(), MSG_NOSIGNAL) == chunk.size();
        reply.sentBytes += filler.size();
        for (ssize_t n; (n = ::recv(fd, buffer, sizeof buffer, MSG_DONTWAIT)) > 0;) {
            received.append(buffer, n);
        }
    }
    ssize_t n = 0;
    while ((n = ::recv(fd, buffer, sizeof buffer, 0)) > 0) {
        received.append(buffer, n);
    }
    // 0: the server's FIN; a reset: it cut the stream off; a time-out: it left the connection open.
    reply.closedByServer = n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK);
    ::close(fd);
    reply.elapsedMs = timer.elapsed();
    parseResponse(received, &reply);
    return reply;
}

int TestServerFront::meStatus(const QByteArray& token)
{
    const RawReply reply = exchange("GET /api/v1/me HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                                    "Authorization: Bearer "
        + token + "\r\n\r\n");
    return reply.status;
}

void TestServerFront::refusedBodiesAreNeverBuffered_data()
{
    QTest::addColumn<bool>("withToken");
    QTest::addColumn<bool>("chunked");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("ignoresAnswer");
    QTest::newRow("no token, 3 GB announced") << false << false << 401 << false;
    QTest::newRow("no token, 3 GB announced, 512 MiB streamed regardless") << false << false << 401 << true;
    QTest::newRow("no token, chunked") << false << true << 401 << false;
    QTest::newRow("token, 3 GB announced") << true << false << 413 << false;
    QTest::newRow("token, chunked past the limit") << true << true << 413 << false;
    QTest::newRow("token, chunked, streamed regardless") << true << true << 413 << true;
}

void TestServerFront::refusedBodiesAreNeverBuffered()
{
    QFETCH(bool, withToken);
    QFETCH(bool, chunked);
    QFETCH(int, status);
    QFETCH(bool, ignoresAnswer);
    const qint64 before = peakRssKiB(m_server.pid());
    QVERIFY(before > 0);
    const QByteArray head = "POST /api/v1/projects HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        + (withToken ? authorization() : QByteArray())
        + (chunked ? QByteArray("Transfer-Encoding: chunked\r\n") : QByteArray("Content-Length: 3000000000\r\n"))
        + "\r\n";
    // Up to 512 MiB: the old server kept every byte (about 1 GiB of peak memory for 500 MB).
    const RawReply reply = ignoresAnswer ? streamRegardless(head, qint64(512) << 20, chunked)
                                         : exchange(head, qint64(512) << 20, chunked);
    QVERIFY2(reply.status == status, reply.head.constData());
    QCOMPARE(
        reply.errorCode(), status == 401 ? QStringLiteral("unauthenticated") : QStringLiteral("payload_too_large"));
    QVERIFY(reply.closedByServer);
    const qint64 after = peakRssKiB(m_server.pid());
    qInfo(
        "sent %lld MiB before the answer; server peak RSS %lld KiB -> %lld KiB", reply.sentBytes >> 20, before, after);
#if defined(__SANITIZE_ADDRESS__)
    qInfo("AddressSanitizer's quarantine keeps freed buffers: the memory bound is checked in normal builds only");
#else
    QVERIFY2(after - before < 64 * 1024, qPrintable(QStringLiteral("grew by %1 KiB").arg(after - before)));
#endif
    QVERIFY(m_server.isRunning());
}

void TestServerFront::ambiguousFramingIs400AtOnce_data()
{
    QTest::addColumn<QByteArray>("request");
    const QByteArray put = "PUT /api/v1/projects/1/variables/FRAMED HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                           "Content-Type: application/json\r\n";
    const QByteArray body = R"({"value": "x"})"; // 14 bytes
    QTest::newRow("two different Content-Length")
        << put + "Content-Length: 14\r\nContent-Length: 15\r\n\r\n" + body + ' ';
    QTest::newRow("Content-Length list") << put + "Content-Length: 14, 14\r\n\r\n" + body;
    QTest::newRow("Content-Length and chunked")
        << put + "Content-Length: 14\r\nTransfer-Encoding: chunked\r\n\r\ne\r\n" + body + "\r\n0\r\n\r\n";
    QTest::newRow("gzip, chunked") << put + "Transfer-Encoding: gzip, chunked\r\n\r\ne\r\n" + body + "\r\n0\r\n\r\n";
    QTest::newRow("two Transfer-Encoding")
        << put + "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\ne\r\n" + body + "\r\n0\r\n\r\n";
    QTest::newRow("chunk size not hex") << put + "Transfer-Encoding: chunked\r\n\r\nzz\r\n" + body + "\r\n0\r\n\r\n";
    QTest::newRow("chunk longer than its size")
        << put + "Transfer-Encoding: chunked\r\n\r\n5\r\n" + body + "\r\n0\r\n\r\n";
    QTest::newRow("chunk size line with bare LF")
        << put + "Transfer-Encoding: chunked\r\n\r\ne\n" + body + "\r\n0\r\n\r\n";
    QTest::newRow("space in the target") << QByteArray("GET /api/v1/projects/1/variables/A B HTTP/1.1\r\n"
                                                       "Host: 127.0.0.1\r\n\r\n");
    QTest::newRow("control character in the target") << QByteArray("GET /api/v1/me\x01 HTTP/1.1\r\n"
                                                                   "Host: 127.0.0.1\r\n\r\n");
    QTest::newRow("bare LF line ends") << QByteArray("GET /api/v1/me HTTP/1.1\nHost: 127.0.0.1\n\n");
    QTest::newRow("folded header") << put + "Content-Length: 14\r\nX-Note: a\r\n b\r\n\r\n" + body;
    QTest::newRow("space before the colon") << put + "Content-Length : 14\r\n\r\n" + body;
    QTest::newRow("Content-Length not a number") << put + "Content-Length: +14\r\n\r\n" + body;
    QTest::newRow("no Host") << QByteArray("GET /api/v1/me HTTP/1.1\r\n\r\n");
}

void TestServerFront::ambiguousFramingIs400AtOnce()
{
    QFETCH(QByteArray, request);
    // The token goes in after the request line, so the refusal is about framing, not about the caller.
    const qsizetype lineEnd = request.indexOf('\n') + 1;
    const RawReply reply = exchange(request.left(lineEnd) + authorization() + request.mid(lineEnd));
    QVERIFY2(reply.status == 400, reply.head.constData());
    QCOMPARE(reply.errorCode(), QStringLiteral("malformed_request"));
    QVERIFY(!reply.json[QStringLiteral("error")][QStringLiteral("requestId")].toString().isEmpty());
    QVERIFY2(reply.elapsedMs < 1000, qPrintable(QString::number(reply.elapsedMs)));
    QVERIFY(reply.closedByServer);
    QCOMPARE(exchange("GET /api/v1/projects/1/variables/FRAMED HTTP/1.1\r\nHost: 127.0.0.1\r\n" + authorization()
                 + "Connection: close\r\n\r\n")
                 .status,
        404);
}

void TestServerFront::chunkedAndPipelinedRequestsAreServed()
{
    // On one connection, pipelined: a request without a token (401, the connection stays open as it
    // carries no body), a chunked PUT with an extension and a trailer, then a GET.
    const QByteArray requests = "GET /api/v1/me HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                                "PUT /api/v1/projects/1/variables/CHUNKED HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        + authorization()
        + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
          "5;note=1\r\n{\"val\r\n9\r\nue\": \"ok\"\r\n1\r\n}\r\n0\r\nX-Trailer: t\r\n\r\n"
          "GET /api/v1/projects/1/variables/CHUNKED HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        + authorization() + "Connection: close\r\n\r\n";
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), m_server.port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write(requests);
    QByteArray received;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(5000)) {
        received += socket.readAll();
    }
    received += socket.readAll();
    RawReply unauthenticated;
    QVERIFY2(parseResponse(received, &unauthenticated), received.constData());
    QCOMPARE(unauthenticated.status, 401);
    received.remove(0, unauthenticated.head.size() + 4 + unauthenticated.body.size());
    RawReply put;
    QVERIFY2(parseResponse(received, &put), received.constData());
    QVERIFY2(put.status == 201, put.body.constData());
    RawReply get;
    QVERIFY(parseResponse(received.mid(put.head.size() + 4 + put.body.size()), &get));
    QCOMPARE(get.status, 200);
    QCOMPARE(get.json[QStringLiteral("value")].toString(), QStringLiteral("ok"));
}

void TestServerFront::bearerHeaderHasOneForm_data()
{
    QTest::addColumn<QByteArray>("prefix");
    QTest::addColumn<QByteArray>("suffix");
    QTest::addColumn<int>("status");
    QTest::newRow("canonical") << QByteArray("Bearer ") << QByteArray() << 200;
    QTest::newRow("scheme in lower case") << QByteArray("bearer ") << QByteArray() << 200;
    // Spaces around a field value are not part of it (RFC 9110 section 5.5).
    QTest::newRow("trailing space") << QByteArray("Bearer ") << QByteArray(" ") << 200;
    QTest::newRow("two spaces") << QByteArray("Bearer  ") << QByteArray() << 401;
    QTest::newRow("tab") << QByteArray("Bearer\t") << QByteArray() << 401;
    QTest::newRow("something after the token") << QByteArray("Bearer ") << QByteArray(" x") << 401;
    QTest::newRow("no space") << QByteArray("Bearer") << QByteArray() << 401;
}

void TestServerFront::bearerHeaderHasOneForm()
{
    QFETCH(QByteArray, prefix);
    QFETCH(QByteArray, suffix);
    QFETCH(int, status);
    const RawReply reply = exchange("GET /api/v1/me HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                                    "Authorization: "
        + prefix + m_token + suffix + "\r\n\r\n");
    QCOMPARE(reply.status, status);
}

void TestServerFront::requestsCannotForgeLogLines()
{
    const QByteArray forged = "FORGED rid=0 GET /api/v1/me 200";
    const QList<QByteArray> targets {
        "/api/v1/x%0A2025-01-01T00:00:00.000Z%20rid=0%20GET%20/api/v1/me%20200%20FORGED",
        "/api/v1/x%0D2025-01-01T00:00:00.000Z%20FORGED",
        "/api/v1/x%E2%80%A8FORGED%C2%85FORGED%1B%5B2J",
        "/api/v1/projects/1/variables/x%0AFORGED",
    };
    const qsizetype linesBefore = m_server.log().count('\n');
    for (const QByteArray& target : targets) {
        // Unauthenticated and authenticated alike: both are logged.
        QVERIFY(exchange("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").status == 401);
        QVERIFY(exchange("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + authorization()
                    + "\r\n")
                    .status
            >= 400);
    }
    const QByteArray log = m_server.log();
    QCOMPARE(log.count('\n') - linesBefore, 2 * targets.size());
    static const QRegularExpression lineShape(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z rid=[A-Za-z0-9._-]+ \\S+ \\S+ \\d{3} "
                       "\\d+ms \\d+B user=\\S+ token=\\S+( replayed)?$"));
    for (const QByteArray& line : log.split('\n')) {
        if (line.isEmpty()) {
            continue;
        }
        QVERIFY2(lineShape.match(QString::fromUtf8(line)).hasMatch(), line.constData());
        QVERIFY(!line.contains('\r') && !line.contains('\x1b'));
        QVERIFY(!line.contains("\xe2\x80\xa8") && !line.contains("\xc2\x85"));
    }
    QVERIFY(log.contains("x\\x0a2025-01-01T00:00:00.000Z\\x20rid=0"));
}

void TestServerFront::revokedExpiredAndDisabledTokensAre401AtOnce()
{
    const QString db = m_databasePath;
    const QByteArray carl = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("carl"),
                                    QStringLiteral("--role"), QStringLiteral("VIEWER"), QStringLiteral("--db"), db})
                                .trimmed();
    const QByteArray dora = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("dora"),
                                    QStringLiteral("--role"), QStringLiteral("VIEWER"),
                                    QStringLiteral("--expires-days"), QStringLiteral("30"), QStringLiteral("--db"), db})
                                .trimmed();
    const QByteArray erin = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("erin"),
                                    QStringLiteral("--role"), QStringLiteral("VIEWER"), QStringLiteral("--db"), db})
                                .trimmed();
    QCOMPARE(meStatus(carl), 200);
    QCOMPARE(meStatus(dora), 200);
    QCOMPARE(meStatus(erin), 200);

    // Revoked beside the running server: refused from the next request on.
    const RawReply me = exchange("GET /api/v1/me HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                                 "Authorization: Bearer "
        + carl + "\r\n\r\n");
    const QString carlTokenId = QString::number(me.json[QStringLiteral("token")][QStringLiteral("id")].toInteger());
    run({QStringLiteral("token"), QStringLiteral("revoke"), carlTokenId, QStringLiteral("--db"), db});
    QCOMPARE(meStatus(carl), 401);
    QCOMPARE(meStatus(dora), 200);

    // Expiry: the token reports it, and past it the token is refused. (The test moves the stored
    // expiry into the past rather than wait 30 days.)
    const RawReply doraMe = exchange("GET /api/v1/me HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                                     "Authorization: Bearer "
        + dora + "\r\n\r\n");
    QVERIFY(doraMe.json[QStringLiteral("token")][QStringLiteral("expiresAt")].toString().endsWith(u'Z'));
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("expire"));
        database.setDatabaseName(db);
        QVERIFY(database.open());
        QSqlQuery query(database);
        QVERIFY(query.exec(QStringLiteral("UPDATE tokens SET expires_at = '2020-01-01T00:00:00.000Z' WHERE name = "
                                          "'dora-token'")));
        QCOMPARE(query.numRowsAffected(), 1);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("expire"));
    QCOMPARE(meStatus(dora), 401);

    // A disabled user's tokens stop; enabling the user brings them back.
    run({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("erin"), QStringLiteral("--db"), db});
    QCOMPARE(meStatus(erin), 401);
    run({QStringLiteral("user"), QStringLiteral("enable"), QStringLiteral("erin"), QStringLiteral("--db"), db});
    QCOMPARE(meStatus(erin), 200);

    // Bad input changes nothing and says what was wrong.
    const TestSupport::ServerCommandRun unknown = TestSupport::runServerCommand(
        {QStringLiteral("token"), QStringLiteral("revoke"), QStringLiteral("999"), QStringLiteral("--db"), db});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.err.contains("no token with id 999"));
    const TestSupport::ServerCommandRun badDays = TestSupport::runServerCommand({QStringLiteral("user"),
        QStringLiteral("add"), QStringLiteral("fred"), QStringLiteral("--role"), QStringLiteral("VIEWER"),
        QStringLiteral("--expires-days"), QStringLiteral("0"), QStringLiteral("--db"), db});
    QCOMPARE(badDays.exitCode, 2);
    QVERIFY(!run({QStringLiteral("token"), QStringLiteral("list"), QStringLiteral("--db"), db}).contains("\tfred\t"));
}

void TestServerFront::tokenListNamesTokensWithoutTheirValues()
{
    const QByteArray gina
        = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("gina"), QStringLiteral("--role"),
                  QStringLiteral("VIEWER"), QStringLiteral("--db"), m_databasePath})
              .trimmed();
    const QByteArray list
        = run({QStringLiteral("token"), QStringLiteral("list"), QStringLiteral("--db"), m_databasePath});
    QVERIFY2(list.startsWith("ID\tUSER\tNAME\tCREATED\tEXPIRES\tSTATE\n"), list.constData());
    QVERIFY(list.contains("\tgina\tgina-token\t"));
    QVERIFY(list.contains("\tann\tann-token\t"));
    QVERIFY(!list.contains(gina) && !list.contains(gina.mid(3, 8)));
    QVERIFY(!list.contains(m_token) && !list.contains(m_token.mid(3, 8)));
    QVERIFY(!list.contains("bv_"));
}

void TestServerFront::certificateChainIsServedWhole()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        QSKIP("the openssl command is not installed");
    }
    const auto path = [this](const char* name) { return m_dir.filePath(QString::fromLatin1(name)); };
    const auto openSsl = [&](const QStringList& arguments) {
        QProcess process;
        process.start(openssl, arguments);
        return process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit
            && process.exitCode() == 0;
    };
    const auto writeFile = [](const QString& name, const QByteArray& text) {
        QFile file(name);
        return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
    };
    const QStringList ecKey {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
        QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    // Root CA (self-signed) → intermediate CA → leaf for 127.0.0.1.
    QVERIFY(openSsl(QStringList {QStringLiteral("req"), QStringLiteral("-x509")} + ecKey
        + QStringList {QStringLiteral("-subj"), QStringLiteral("/CN=BotVault Test Root"), QStringLiteral("-days"),
            QStringLiteral("2"), QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
            QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign"),
            QStringLiteral("-keyout"), path("root.key"), QStringLiteral("-out"), path("root.pem")}));
    QVERIFY(writeFile(path("ca.ext"),
        "basicConstraints=critical,CA:TRUE,pathlen:0\n"
        "keyUsage=critical,keyCertSign,cRLSign\n"));
    QVERIFY(writeFile(path("leaf.ext"),
        "basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\n"
        "extendedKeyUsage=serverAuth\nsubjectAltName=IP:127.0.0.1\n"));
    QVERIFY(openSsl(QStringList {QStringLiteral("req")} + ecKey
        + QStringList {QStringLiteral("-subj"), QStringLiteral("/CN=BotVault Test Intermediate"),
            QStringLiteral("-keyout"), path("int.key"), QStringLiteral("-out"), path("int.csr")}));
    QVERIFY(openSsl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), path("int.csr"),
        QStringLiteral("-CA"), path("root.pem"), QStringLiteral("-CAkey"), path("root.key"),
        QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
        path("ca.ext"), QStringLiteral("-out"), path("int.pem")}));
    QVERIFY(openSsl(QStringList {QStringLiteral("req")} + ecKey
        + QStringList {QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-keyout"),
            path("leaf.key"), QStringLiteral("-out"), path("leaf.csr")}));
    QVERIFY(openSsl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), path("leaf.csr"),
        QStringLiteral("-CA"), path("int.pem"), QStringLiteral("-CAkey"), path("int.key"),
        QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
        path("leaf.ext"), QStringLiteral("-out"), path("leaf.pem")}));
    QFile leaf(path("leaf.pem"));
    QFile intermediate(path("int.pem"));
    QVERIFY(leaf.open(QIODevice::ReadOnly) && intermediate.open(QIODevice::ReadOnly));
    QVERIFY(writeFile(path("chain.pem"), leaf.readAll() + intermediate.readAll()));

    RunningServer tlsServer;
    QVERIFY(tlsServer.startTls({QStringLiteral("--db"), m_databasePath}, path("chain.pem"), path("leaf.key")));
    QVERIFY(tlsServer.baseUrl().startsWith(QStringLiteral("https://127.0.0.1:")));

    // The client trusts the root only: the handshake succeeds only if the server sends the intermediate.
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(tlsServer.url(QStringLiteral("/me"))));
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(QSslCertificate::fromPath(path("root.pem")));
    request.setSslConfiguration(configuration);
    request.setRawHeader("Authorization", "Bearer " + m_token);
    request.setTransferTimeout(15000);
    QNetworkReply* reply = network.get(request);
    QStringList sslErrors;
    connect(reply, &QNetworkReply::sslErrors, this, [&sslErrors](const QList<QSslError>& errors) {
        for (const QSslError& error : errors) {
            sslErrors.append(error.errorString());
        }
    });
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    QVERIFY2(reply->error() == QNetworkReply::NoError, qPrintable(sslErrors.join(u';') + reply->errorString()));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(reply->sslConfiguration().peerCertificateChain().size() >= 2);
    reply->deleteLater();
    tlsServer.killHard();
}

BOTVAULT_TEST_MAIN(TestServerFront)
#include "TestServerFront.moc"
