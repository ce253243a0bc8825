#include "sync/PlatformClient.h"

#include "tests/support/TestMain.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace std::chrono_literals;

namespace {

const QByteArray kToken = QByteArrayLiteral("bv_test-token-0123456789");
const QByteArray kSecretValue = QByteArrayLiteral("s3cr3t-payment-value");

// Milliseconds since the test program started, for the moments the fake server saw requests.
qint64 elapsedMs()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer started;
        started.start();
        return started;
    }();
    return timer.elapsed();
}

struct RecordedRequest
{
    QByteArray method;
    QByteArray target;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    qint64 receivedAtMs = 0;
};

QByteArray httpResponse(int status, const QByteArray& reason, const QByteArray& body,
    const QList<QPair<QByteArray, QByteArray>>& headers = {})
{
    QByteArray raw = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    raw += "Content-Type: application/json\r\nConnection: close\r\n";
    raw += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto& [name, value] : headers) {
        raw += name + ": " + value + "\r\n";
    }
    return raw + "\r\n" + body;
}

QByteArray errorResponse(int status, const QByteArray& code, const QByteArray& message,
    const QList<QPair<QByteArray, QByteArray>>& headers = {})
{
    const QByteArray body
        = R"({"error": {"code": ")" + code + R"(", "message": ")" + message + R"(", "requestId": "req-1"}})";
    return httpResponse(status, "Status", body, headers);
}

QByteArray okResponse(const QByteArray& body = R"({"ok": true})")
{
    return httpResponse(200, "OK", body);
}

// A platform server for one test: answers each request with the next scripted raw HTTP response
// (or the fallback when the script is used up) and records what it received. With a certificate
// it speaks TLS first, so it records only what a client sent after a completed handshake.
class FakePlatform : public QTcpServer
{
    Q_OBJECT

public:
    QList<RecordedRequest> requests;
    int connections = 0;

    bool start() { return listen(QHostAddress::LocalHost); }
    void useTls(const QSslCertificate& certificate, const QSslKey& key)
    {
        m_certificate = certificate;
        m_key = key;
    }
    QUrl url() const
    {
        QUrl url;
        url.setScheme(m_certificate.isNull() ? QStringLiteral("http") : QStringLiteral("https"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(serverPort());
        return url;
    }
    void answer(const QByteArray& raw) { m_script.append(raw); }
    // The next request gets no answer at all: the connection stays open and silent.
    void hangNext() { m_script.append(QByteArray()); }
    void setFallback(const QByteArray& raw) { m_fallback = raw; }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        ++connections;
        QTcpSocket* socket = nullptr;
        if (m_certificate.isNull()) {
            socket = new QTcpSocket(this);
            socket->setSocketDescriptor(descriptor);
        } else {
            auto* tls = new QSslSocket(this);
            tls->setSocketDescriptor(descriptor);
            tls->setLocalCertificate(m_certificate);
            tls->setPrivateKey(m_key);
            tls->setPeerVerifyMode(QSslSocket::VerifyNone);
            tls->startServerEncryption();
            socket = tls;
        }
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->readAll();
            serve(socket, *buffer);
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

private:
    void serve(QTcpSocket* socket, QByteArray& buffer)
    {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            return;
        }
        RecordedRequest request;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.constFirst().trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0) {
                request.headers.insert(
                    lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
            }
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < headerEnd + 4 + length) {
            return;
        }
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        request.receivedAtMs = elapsedMs();
        requests.append(request);

        const QByteArray raw = m_script.isEmpty() ? m_fallback : m_script.takeFirst();
        if (raw.isEmpty()) {
            return;
        }
        socket->write(raw);
        socket->disconnectFromHost();
    }

    QList<QByteArray> m_script;
    QByteArray m_fallback = errorResponse(500, "internal", "No scripted answer left.");
    QSslCertificate m_certificate;
    QSslKey m_key;
};

// A client for `url` whose retries follow immediately (no jitter, tiny scale) so that tests
// exercise the real retry loop quickly.
std::unique_ptr<PlatformClient> makeClient(const QUrl& url, int maxAttempts = 3)
{
    auto client = std::make_unique<PlatformClient>();
    const Result<void> configured = client->setBaseUrl(url);
    if (!configured) {
        qWarning("%s", qPrintable(configured.message()));
    }
    client->setToken(kToken);
    client->setTransferTimeout(10s);
    BackoffPolicy policy;
    policy.setRandomSource([] { return 0.0; });
    policy.setTimeScale(0.01);
    policy.setMaxAttempts(maxAttempts);
    client->setBackoffPolicy(policy);
    return client;
}

QString messageOf(const PlatformReply* reply)
{
    const Result<PlatformResponse> result = reply->result();
    return result.ok() ? QString() : result.message();
}

const char* failureName(PlatformFailure failure)
{
    switch (failure) {
    case PlatformFailure::None:
        return "None";
    case PlatformFailure::Configuration:
        return "Configuration";
    case PlatformFailure::Network:
        return "Network";
    case PlatformFailure::Timeout:
        return "Timeout";
    case PlatformFailure::Tls:
        return "Tls";
    case PlatformFailure::Redirect:
        return "Redirect";
    case PlatformFailure::Http:
        return "Http";
    case PlatformFailure::MalformedResponse:
        return "MalformedResponse";
    case PlatformFailure::Cancelled:
        return "Cancelled";
    }
    return "?";
}

QDateTime fixedNow()
{
    return QDateTime(QDate(2025, 3, 4), QTime(9, 15, 0), QTimeZone::utc());
}

} // namespace

class TestPlatformClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void backoffCeiling_data();
    void backoffCeiling();
    void backoffHonoursRetryAfter_data();
    void backoffHonoursRetryAfter();
    void parsesRetryAfter_data();
    void parsesRetryAfter();

    void checksBaseUrl_data();
    void checksBaseUrl();
    void refusesToSendWithoutConfiguration();

    void succeedsWithJson();
    void retriesWithSameKeyAndBody();
    void retriesRetryableStatuses_data();
    void retriesRetryableStatuses();
    void neverRetriesClientErrors_data();
    void neverRetriesClientErrors();
    void honoursRetryAfter();
    void returnsLastErrorWhenAttemptsRunOut();
    void failsAfterTransferTimeout();
    void failsAfterTotalTimeout();
    void reportsMalformedResponses_data();
    void reportsMalformedResponses();
    void reportsConnectionRefused();
    void cancelStopsPendingRetry();
    void cancelAbortsRequestInFlight();

    void refusesSelfSignedCertificateBeforeSendingToken();
    void refusesCertificateForAnotherHost();
    void trustsAddedCaCertificate();
    void refusesCrossOriginRedirect();
    void refusesRedirectFromHttpsToHttp();
    void followsSameOriginRedirectWithToken();

    void followsPagination();
    void stopsOnRepeatedCursor();
    void putSecretSendsPreconditionAndKey();
    void deleteSendsIfMatch();
    void botScriptKeepsRawAnswer();
    void putBotScriptSendsRawBodyAndRetries();
    void refusesInvalidNameWithoutSending();
    void messagesNeverContainTokenOrValue();

private:
    bool generateCertificate(const QString& baseName, const QString& subject, const QString& altNames);

    QTemporaryDir m_certificates;
    bool m_haveTls = false;
    QSslCertificate m_goodCertificate;
    QSslKey m_goodKey;
    QSslCertificate m_otherHostCertificate;
    QSslKey m_otherHostKey;
};

bool TestPlatformClient::generateCertificate(const QString& baseName, const QString& subject, const QString& altNames)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        return false;
    }
    QProcess process;
    process.start(openssl,
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
            QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
            QStringLiteral("-keyout"), m_certificates.filePath(baseName + QStringLiteral(".key")),
            QStringLiteral("-out"), m_certificates.filePath(baseName + QStringLiteral(".pem")), QStringLiteral("-days"),
            QStringLiteral("2"), QStringLiteral("-subj"), subject, QStringLiteral("-addext"),
            QStringLiteral("subjectAltName=") + altNames});
    return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

void TestPlatformClient::initTestCase()
{
    elapsedMs();
    QVERIFY(m_certificates.isValid());
    if (!QSslSocket::supportsSsl()) {
        return;
    }
    if (!generateCertificate(
            QStringLiteral("good"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("IP:127.0.0.1,DNS:localhost"))
        || !generateCertificate(
            QStringLiteral("other"), QStringLiteral("/CN=example.invalid"), QStringLiteral("DNS:example.invalid"))) {
        return;
    }
    auto load = [this](const QString& baseName, QSslCertificate& certificate, QSslKey& key) {
        QFile pem(m_certificates.filePath(baseName + QStringLiteral(".pem")));
        QFile keyFile(m_certificates.filePath(baseName + QStringLiteral(".key")));
        if (!pem.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            return false;
        }
        certificate = QSslCertificate(pem.readAll(), QSsl::Pem);
        key = QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
        return !certificate.isNull() && !key.isNull();
    };
    m_haveTls = load(QStringLiteral("good"), m_goodCertificate, m_goodKey)
        && load(QStringLiteral("other"), m_otherHostCertificate, m_otherHostKey);
}

void TestPlatformClient::backoffCeiling_data()
{
    QTest::addColumn<int>("retry");
    QTest::addColumn<double>("random");
    QTest::addColumn<qint64>("expectedMs");

    QTest::newRow("first retry, top of range") << 0 << 1.0 << qint64(500);
    QTest::newRow("second retry doubles") << 1 << 1.0 << qint64(1000);
    QTest::newRow("seventh retry") << 6 << 1.0 << qint64(32000);
    QTest::newRow("eighth retry hits the 60 s cap") << 7 << 1.0 << qint64(60000);
    QTest::newRow("far retries stay capped") << 40 << 1.0 << qint64(60000);
    QTest::newRow("jitter picks within the range") << 2 << 0.25 << qint64(500);
    QTest::newRow("jitter may pick no wait") << 3 << 0.0 << qint64(0);
}

void TestPlatformClient::backoffCeiling()
{
    QFETCH(int, retry);
    QFETCH(double, random);
    QFETCH(qint64, expectedMs);

    BackoffPolicy policy;
    policy.setRandomSource([random] { return random; });
    QCOMPARE(policy.delayBeforeRetry(retry, std::nullopt).count(), expectedMs);
}

void TestPlatformClient::backoffHonoursRetryAfter_data()
{
    QTest::addColumn<double>("random");
    QTest::addColumn<qint64>("retryAfterSeconds");
    QTest::addColumn<double>("scale");
    QTest::addColumn<qint64>("expectedMs");

    QTest::newRow("longer than the jitter") << 0.0 << qint64(5) << 1.0 << qint64(5000);
    QTest::newRow("jitter longer than Retry-After") << 1.0 << qint64(0) << 1.0 << qint64(500);
    QTest::newRow("above an hour is an hour") << 0.0 << qint64(7200) << 1.0 << qint64(3600000);
    QTest::newRow("scaled for tests") << 0.0 << qint64(1) << 0.2 << qint64(200);
}

void TestPlatformClient::backoffHonoursRetryAfter()
{
    QFETCH(double, random);
    QFETCH(qint64, retryAfterSeconds);
    QFETCH(double, scale);
    QFETCH(qint64, expectedMs);

    BackoffPolicy policy;
    policy.setRandomSource([random] { return random; });
    policy.setTimeScale(scale);
    QCOMPARE(policy.delayBeforeRetry(0, std::chrono::seconds(retryAfterSeconds)).count(), expectedMs);
}

void TestPlatformClient::parsesRetryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("expectedSeconds"); // -1: not understood

    QTest::newRow("seconds") << QByteArray("1") << qint64(1);
    QTest::newRow("seconds with spaces") << QByteArray(" 120 ") << qint64(120);
    QTest::newRow("huge number is capped") << QByteArray("99999999999999999999") << qint64(3600);
    QTest::newRow("HTTP-date ahead") << QByteArray("Tue, 04 Mar 2025 09:15:30 GMT") << qint64(30);
    QTest::newRow("HTTP-date in the past") << QByteArray("Tue, 04 Mar 2025 09:00:00 GMT") << qint64(0);
    QTest::newRow("HTTP-date far ahead is capped") << QByteArray("Wed, 05 Mar 2025 09:15:00 GMT") << qint64(3600);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("words") << QByteArray("soon") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
}

void TestPlatformClient::parsesRetryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, expectedSeconds);

    BackoffPolicy policy;
    policy.setClock(fixedNow);
    const std::optional<std::chrono::seconds> parsed = policy.parseRetryAfter(header);
    QCOMPARE(parsed ? parsed->count() : qint64(-1), expectedSeconds);
}

void TestPlatformClient::checksBaseUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("https") << QStringLiteral("https://bots.example.com") << true;
    QTest::newRow("https with port and prefix") << QStringLiteral("https://bots.example.com:8443/platform") << true;
    QTest::newRow("http to 127.0.0.1") << QStringLiteral("http://127.0.0.1:8080") << true;
    QTest::newRow("http to ::1") << QStringLiteral("http://[::1]:8080") << true;
    QTest::newRow("http to a remote host") << QStringLiteral("http://bots.example.com") << false;
    QTest::newRow("http to a private address") << QStringLiteral("http://10.0.0.5:8080") << false;
    QTest::newRow("http to localhost by name") << QStringLiteral("http://localhost:8080") << false;
    QTest::newRow("another scheme") << QStringLiteral("ftp://bots.example.com") << false;
    QTest::newRow("credentials in the URL") << QStringLiteral("https://ann:hunter2@bots.example.com") << false;
    QTest::newRow("query") << QStringLiteral("https://bots.example.com/?token=abc") << false;
    QTest::newRow("no host") << QStringLiteral("https://") << false;
    QTest::newRow("relative") << QStringLiteral("bots.example.com") << false;
}

void TestPlatformClient::checksBaseUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);

    PlatformClient client;
    const Result<void> result = client.setBaseUrl(QUrl(url));
    QCOMPARE(result.ok(), accepted);
    if (!accepted) {
        QVERIFY(client.baseUrl().isEmpty());
        QVERIFY2(!result.message().contains(QLatin1String("hunter2")), qPrintable(result.message()));
        if (url.startsWith(QLatin1String("http://"))) {
            QVERIFY2(result.message().contains(QLatin1String("https://")), qPrintable(result.message()));
        }
    }
}

void TestPlatformClient::refusesToSendWithoutConfiguration()
{
    FakePlatform server;
    QVERIFY(server.start());
    PlatformClient client;
    QVERIFY(!client.setBaseUrl(QUrl(QStringLiteral("http://bots.example.com"))).ok());
    client.setToken(kToken);
    PlatformReply* noUrl = client.me();
    QTRY_VERIFY(noUrl->isFinished());
    QCOMPARE(failureName(noUrl->failure()), "Configuration");

    PlatformClient withoutToken;
    QVERIFY(withoutToken.setBaseUrl(server.url()).ok());
    PlatformReply* noToken = withoutToken.me();
    QTRY_VERIFY(noToken->isFinished());
    QCOMPARE(failureName(noToken->failure()), "Configuration");
    QCOMPARE(server.connections, 0);
}

void TestPlatformClient::succeedsWithJson()
{
    FakePlatform server;
    QVERIFY(server.start());
    server.answer(httpResponse(200, "OK", R"({"user": {"id": 4, "login": "ann"}, "futureField": 1})",
        {{"ETag", R"("17")"}, {"X-Request-Id", "abc123"}}));
    auto client = makeClient(server.url());

    PlatformReply* reply = client->me();
    QTRY_VERIFY(reply->isFinished());
    const Result<PlatformResponse> result = reply->result();
    QVERIFY2(result.ok(), qPrintable(messageOf(reply)));
    QCOMPARE(result->status, 200);
    QCOMPARE(result->body.value(QLatin1String("user")).toObject().value(QLatin1String("login")).toString(),
        QStringLiteral("ann"));
    QCOMPARE(result->revision.value_or(-1), qint64(17));
    QCOMPARE(result->requestId, QStringLiteral("abc123"));

    QCOMPARE(server.requests.size(), 1);
    const RecordedRequest& seen = server.requests.constFirst();
    QCOMPARE(seen.method, QByteArray("GET"));
    QCOMPARE(seen.target, QByteArray("/api/v1/me"));
    QCOMPARE(seen.headers.value("authorization"), QByteArray("Bearer ") + kToken);
    QCOMPARE(seen.headers.value("accept"), QByteArray("application/json"));
}

void TestPlatformClient::retriesWithSameKeyAndBody()
{
    FakePlatform server;
    QVERIFY(server.start());
    server.answer(errorResponse(500, "internal", "Boom."));
    server.answer(httpResponse(200, "OK", R"({"name": "GREETING", "revision": 42})", {{"ETag", R"("42")"}}));
    auto client = makeClient(server.url());

    PlatformReply* reply = client->putVariable(3, QStringLiteral("GREETING"), QStringLiteral("Hello!"), true,
        ItemPrecondition::atRevision(17), "key-7d3c2b9e");
    QTRY_VERIFY(reply->isFinished());
    QVERIFY2(reply->result().ok(), qPrintable(messageOf(reply)));
    QCOMPARE(reply->attempts(), 2);
    QCOMPARE(reply->response().revision.value_or(-1), qint64(42));

    QCOMPARE(server.requests.size(), 2);
    const RecordedRequest& first = server.requests.at(0);
    const RecordedRequest& second = server.requests.at(1);
    QCOMPARE(first.method, QByteArray("PUT"));
    QCOMPARE(first.target, QByteArray("/api/v1/projects/3/variables/GREETING"));
    QCOMPARE(first.headers.value("idempotency-key"), QByteArray("key-7d3c2b9e"));
    QCOMPARE(second.headers.value("idempotency-key"), first.headers.value("idempotency-key"));
    QCOMPARE(first.headers.value("if-match"), QByteArray(R"("17")"));
    QCOMPARE(second.headers.value("if-match"), first.headers.value("if-match"));
    QVERIFY(!first.body.isEmpty());
    QCOMPARE(second.body, first.body);
    const QJsonObject sent = QJsonDocument::fromJson(first.body).object();
    QCOMPARE(sent.value(QLatin1String("value")).toString(), QStringLiteral("Hello!"));
    QCOMPARE(sent.value(QLatin1String("includeInExport")).toBool(), true);
}

void TestPlatformClient::retriesRetryableStatuses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("code");

    QTest::newRow("408") << 408 << QByteArray("request_timeout");
    QTest::newRow("409 idempotency_key_in_use") << 409 << QByteArray("idempotency_key_in_use");
    QTest::newRow("429") << 429 << QByteArray("rate_limited");
    QTest::newRow("500") << 500 << QByteArray("internal");
    QTest::newRow("502") << 502 << QByteArray("bad_gateway");
    QTest::newRow("503") << 503 << QByteArray("unavailable");
    QTest::newRow("504") << 504 << QByteArray("gateway_timeout");
}

void TestPlatformClient::retriesRetryableStatuses()
{
    QFETCH(int, status);
    QFETCH(QByteArray, code);

    FakePlatform server;
    QVERIFY(server.start());
    server.answer(errorResponse(status, code, "Try again."));
    server.answer(okResponse());
    auto client = makeClient(server.url());

    PlatformReply* reply = client->me();
    QTRY_VERIFY(reply->isFinished());
    QVERIFY2(reply->result().ok(), qPrintable(messageOf(reply)));
    QCOMPARE(server.requests.size(), 2);
}

void TestPlatformClient::neverRetriesClientErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("code");

    QTest::newRow("400") << 400 << QByteArray("malformed_request");
    QTest::newRow("401") << 401 << QByteArray("unauthenticated");
    QTest::newRow("403") << 403 << QByteArray("forbidden");
    QTest::newRow("404") << 404 << QByteArray("not_found");
    QTest::newRow("409 already_exists") << 409 << QByteArray("already_exists");
    QTest::newRow("412") << 412 << QByteArray("precondition_failed");
    QTest::newRow("413") << 413 << QByteArray("payload_too_large");
    QTest::newRow("422") << 422 << QByteArray("validation_failed");
    QTest::newRow("501 is not in the retry list") << 501 << QByteArray("not_implemented");
}

void TestPlatformClient::neverRetriesClientErrors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, code);

    FakePlatform server;
    QVERIFY(server.start());
    server.answer(errorResponse(status, code, "Variable 'GREETING' was changed on the server."));
    server.setFallback(okResponse());
    auto client = makeClient(server.url());

    PlatformReply* reply = client->putVariable(
        3, QStringLiteral("GREETING"), QStringLiteral("Hello!"), false, ItemPrecondition::atRevision(17), "key-1");
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(failureName(reply->failure()), "Http");
    QCOMPARE(reply->response().status, status);
    QCOMPARE(reply->response().errorCode, QString::fromLatin1(code));
    const QString message = messageOf(reply);
    QVERIFY2(message.contains(QLatin1String("Variable 'GREETING' was changed on the server.")), qPrintable(message));
    QVERIFY2(message.contains(QString::number(status)), qPrintable(message));
    // A retry would have followed at once (no jitter): give it the chance to show.
    QTest::qWait(100);
    QCOMPARE(server.requests.size(), 1);
}

void TestPlatformClient::honoursRetryAfter()
{
    FakePlatform server;
    QVERIFY(server.start());
    server.answer(errorResponse(503, "unavailable", "Starting.", {{"Retry-After", "1"}}));
    server.answer(okResponse());
    auto client = makeClient(server.url());
    BackoffPolicy policy = client->backoffPolicy();
    policy.setTimeScale(0.3); // Retry-After: 1 → 300 ms, the jitter alone would be 0 ms
    client->setBackoffPolicy(policy);

    PlatformReply* reply = client->me();
    QSignalSpy retries(reply, &PlatformReply::retryScheduled);
    QTRY_VERIFY(reply->isFinished());
    QVERIFY2(reply->result().ok(), qPrintable(messageOf(reply)));
    QCOMPARE(retries.size(), 1);
    QCOMPARE(retries.at(0).at(1).toLongLong(), qint64(300));
    QCOMPARE(server.requests.size(), 2);
    const qint64 gap = server.requests.at(1).receivedAtMs - server.requests.at(0).receivedAtMs;
    QVERIFY2(gap >= 290, qPrintable(QStringLiteral("retried after %1 ms").arg(gap)));
}

void TestPlatformClient::returnsLastErrorWhenAttemptsRunOut()
{
    FakePlatform server;
    QVERIFY(server.start());
    server.answer(errorResponse(503, "unavailable", "First failure."));
    server.answer(errorResponse(502, "bad_gateway", "Second failure."));
    server.answer(errorResponse(500, "internal", "Third failure."));
    server.setFallback(okResponse());
    auto client = makeClient(server.url(), 3);

    PlatformReply* reply = client->me();
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(failureName(reply->failure()), "Http");
    QCOMPARE(reply->attempts(), 3);
    QCOMPARE(reply->response().status, 500);
    QVERIFY2(messageOf(reply).contains(QLatin1String("Third failure.")), qPrintable(messageOf(reply)));
    QTest::qWait(100);
    QCOMPARE(server.requests.size(), 3);
}

void TestPlatformClient::failsAfterTransferTimeout()
{
    FakePlatform server;
    QVERIFY(server.start());
    server.hangNext();
    auto client = makeClient(server.url(), 1);
    client->setTransferTimeout(400ms);

    QElapsedTimer timer;
    timer.start();
    PlatformReply* reply = client->me();
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    // Qt runs the transfer timeout on a coarse timer, which may fire up to 5 % early.
    QVERIFY2(timer.elapsed() >= 375, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(failureName(reply->failure()), "Timeout");
    QVERIFY2(messageOf(reply).contains(QLatin1String("did not answer within")), qPrintable(messageOf(reply)));
    QCOMPARE(server.requests.size(), 1);
}

void TestPlatformClient::failsAfterTotalTimeout()
{
    FakePlatform server;
    QVERIFY(server.start());
    server.hangNext();
    auto client = makeClient(server.url(), 1);

    PlatformRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/api/v1/projects/3/changes");
    request.body = R"({"changes": []})";
    request.totalTimeout = 300ms;
    QElapsedTimer timer;
    timer.start();
    PlatformReply* reply = client->send(request);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 5000);
    // The transfer timeout (10 s) would have come far later.
    QVERIFY2(timer.elapsed() >= 290 && timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(failureName(reply->failure()), "Timeout");
    QVERIFY2(messageOf(reply).contains(QLatin1String("did not finish the request")), qPrintable(messageOf(reply)));
}

void TestPlatformClient::reportsMalformedResponses_data()
{
    QTest::addColumn<QByteArray>("raw");

    QTest::newRow("truncated JSON, connection closed")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n"
                      R"({"items": [{"name": "GREE)");
    QTest::newRow("truncated JSON with its length") << httpResponse(200, "OK", R"({"user": {"id": 4)");
    QTest::newRow("HTML") << httpResponse(200, "OK", "<html><body>Welcome</body></html>");
    QTest::newRow("JSON array") << httpResponse(200, "OK", "[1, 2]");
    QTest::newRow("empty body") << httpResponse(200, "OK", QByteArray());
}

void TestPlatformClient::reportsMalformedResponses()
{
    QFETCH(QByteArray, raw);

    FakePlatform server;
    QVERIFY(server.start());
    server.answer(raw);
    server.setFallback(okResponse());
    auto client = makeClient(server.url());

    PlatformReply* reply = client->me();
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(failureName(reply->failure()), "MalformedResponse");
    QVERIFY2(messageOf(reply).contains(QLatin1String("malformed")), qPrintable(messageOf(reply)));
    QCOMPARE(reply->result().code(), ErrorCode::Damaged);
    QTest::qWait(50);
    QCOMPARE(server.requests.size(), 1);
}

void TestPlatformClient::reportsConnectionRefused()
{
    quint16 port = 0;
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        port = closed.serverPort();
    }
    auto client = makeClient(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), 2);

    PlatformReply* reply = client->me();
    QSignalSpy retries(reply, &PlatformReply::retryScheduled);
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(failureName(reply->failure()), "Network");
    QCOMPARE(reply->attempts(), 2);
    QCOMPARE(retries.size(), 1);
    QVERIFY2(messageOf(reply).contains(QLatin1String("refused the connection")), qPrintable(messageOf(reply)));
}

void TestPlatformClient::cancelStopsPendingRetry()
{
    FakePlatform server;
    QVERIFY(server.start());
    server.answer(errorResponse(503, "unavailable", "Busy.", {{"Retry-After", "1"}}));
    server.setFallback(okResponse());
    auto client = makeClient(server.url(), 8);
    BackoffPolicy policy = client->backoffPolicy();
    policy.setTimeScale(0.3);
    client->setBackoffPolicy(policy);

    PlatformReply* reply = client->me();
    QSignalSpy finished(reply, &PlatformReply::finished);
    QSignalSpy retries(reply, &PlatformReply::retryScheduled);
    QTRY_COMPARE(retries.size(), 1);
    reply->cancel();
    QVERIFY(reply->isFinished());
    QCOMPARE(failureName(reply->failure()), "Cancelled");
    QCOMPARE(reply->result().code(), ErrorCode::Cancelled);
    // Well past the 300 ms the retry was due after.
    QTest::qWait(600);
    QCOMPARE(server.requests.size(), 1);
    QCOMPARE(finished.size(), 1);
}

void TestPlatformClient::cancelAbortsRequestInFlight()
{
    FakePlatform server;
    QVERIFY(server.start());
    server.hangNext();
    auto client = makeClient(server.url());

    PlatformReply* reply = client->me();
    QSignalSpy finished(reply, &PlatformReply::finished);
    QTRY_COMPARE(server.requests.size(), 1);
    reply->cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(failureName(reply->failure()), "Cancelled");
    QTest::qWait(100);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(server.requests.size(), 1);
}

void TestPlatformClient::refusesSelfSignedCertificateBeforeSendingToken()
{
    if (!m_haveTls) {
        QSKIP("openssl or Qt's TLS backend is not available");
    }
    FakePlatform server;
    server.useTls(m_goodCertificate, m_goodKey);
    QVERIFY(server.start());
    server.setFallback(okResponse());
    auto client = makeClient(server.url());

    PlatformReply* reply = client->me();
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(failureName(reply->failure()), "Tls");
    QVERIFY2(messageOf(reply).contains(QLatin1String("not trusted (self-signed)")), qPrintable(messageOf(reply)));
    QCOMPARE(reply->attempts(), 1);
    QTest::qWait(100);
    QCOMPARE(server.connections, 1);
    // Nothing arrived over TLS: no request line, no Authorization header.
    QCOMPARE(server.requests.size(), 0);
}

void TestPlatformClient::refusesCertificateForAnotherHost()
{
    if (!m_haveTls) {
        QSKIP("openssl or Qt's TLS backend is not available");
    }
    FakePlatform server;
    server.useTls(m_otherHostCertificate, m_otherHostKey);
    QVERIFY(server.start());
    server.setFallback(okResponse());
    auto client = makeClient(server.url());
    // Trusted, so the only fault left is the host name.
    client->addCaCertificates({m_otherHostCertificate});

    PlatformReply* reply = client->me();
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(failureName(reply->failure()), "Tls");
    QVERIFY2(messageOf(reply).contains(QLatin1String("for another host")), qPrintable(messageOf(reply)));
    QCOMPARE(server.requests.size(), 0);
}

void TestPlatformClient::trustsAddedCaCertificate()
{
    if (!m_haveTls) {
        QSKIP("openssl or Qt's TLS backend is not available");
    }
    FakePlatform server;
    server.useTls(m_goodCertificate, m_goodKey);
    QVERIFY(server.start());
    server.answer(okResponse(R"({"roles": ["SYSTEM_ADMIN"]})"));
    auto client = makeClient(server.url());
    client->addCaCertificates({m_goodCertificate});

    PlatformReply* reply = client->me();
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QVERIFY2(reply->result().ok(), qPrintable(messageOf(reply)));
    QCOMPARE(server.requests.size(), 1);
    QCOMPARE(server.requests.constFirst().headers.value("authorization"), QByteArray("Bearer ") + kToken);
}

void TestPlatformClient::refusesCrossOriginRedirect()
{
    FakePlatform elsewhere;
    QVERIFY(elsewhere.start());
    elsewhere.setFallback(okResponse());
    FakePlatform server;
    QVERIFY(server.start());
    const QByteArray location = elsewhere.url().toEncoded() + "/api/v1/me";
    server.answer(httpResponse(302, "Found", QByteArray(), {{"Location", location}}));
    server.setFallback(okResponse());
    auto client = makeClient(server.url());

    PlatformReply* reply = client->me();
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(failureName(reply->failure()), "Redirect");
    QVERIFY2(messageOf(reply).contains(QLatin1String("API token is not sent there")), qPrintable(messageOf(reply)));
    QTest::qWait(100);
    QCOMPARE(server.requests.size(), 1);
    // The other origin never saw a request, so never a token.
    QCOMPARE(elsewhere.connections, 0);
    QCOMPARE(elsewhere.requests.size(), 0);
}

void TestPlatformClient::refusesRedirectFromHttpsToHttp()
{
    if (!m_haveTls) {
        QSKIP("openssl or Qt's TLS backend is not available");
    }
    FakePlatform server;
    server.useTls(m_goodCertificate, m_goodKey);
    QVERIFY(server.start());
    // Same host and port, only the scheme drops to plain http.
    QUrl downgraded = server.url();
    downgraded.setScheme(QStringLiteral("http"));
    downgraded.setPath(QStringLiteral("/api/v1/me"));
    server.answer(httpResponse(302, "Found", QByteArray(), {{"Location", downgraded.toEncoded()}}));
    server.setFallback(okResponse());
    auto client = makeClient(server.url());
    client->addCaCertificates({m_goodCertificate});

    PlatformReply* reply = client->me();
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(failureName(reply->failure()), "Redirect");
    QTest::qWait(100);
    QCOMPARE(server.requests.size(), 1);
    QCOMPARE(server.connections, 1);
}

void TestPlatformClient::followsSameOriginRedirectWithToken()
{
    FakePlatform server;
    QVERIFY(server.start());
    server.answer(httpResponse(307, "Temporary Redirect", QByteArray(), {{"Location", "/api/v1/me2"}}));
    server.answer(okResponse(R"({"moved": true})"));
    auto client = makeClient(server.url());

    PlatformReply* reply = client->me();
    QTRY_VERIFY(reply->isFinished());
    QVERIFY2(reply->result().ok(), qPrintable(messageOf(reply)));
    QCOMPARE(reply->response().body.value(QLatin1String("moved")).toBool(), true);
    QCOMPARE(server.requests.size(), 2);
    QCOMPARE(server.requests.at(1).target, QByteArray("/api/v1/me2"));
    QCOMPARE(server.requests.at(1).headers.value("authorization"), QByteArray("Bearer ") + kToken);
}

void TestPlatformClient::followsPagination()
{
    FakePlatform server;
    QVERIFY(server.start());
    server.answer(okResponse(R"({"items": [{"name": "A"}, {"name": "B"}], "nextCursor": "djEuQg"})"));
    // A short page is not the end; only a null cursor is.
    server.answer(okResponse(R"({"items": [], "nextCursor": "djEuQw"})"));
    server.answer(okResponse(R"({"items": [{"name": "C"}], "nextCursor": null})"));
    auto client = makeClient(server.url());

    PlatformReply* reply = client->listVariables(3);
    QTRY_VERIFY(reply->isFinished());
    QVERIFY2(reply->result().ok(), qPrintable(messageOf(reply)));
    QStringList names;
    for (const QJsonValue& item : reply->response().items) {
        names.append(item.toObject().value(QLatin1String("name")).toString());
    }
    QCOMPARE(names, QStringList({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
    QCOMPARE(server.requests.size(), 3);
    QCOMPARE(server.requests.at(0).target, QByteArray("/api/v1/projects/3/variables?limit=1000"));
    QCOMPARE(server.requests.at(1).target, QByteArray("/api/v1/projects/3/variables?limit=1000&cursor=djEuQg"));
    QCOMPARE(server.requests.at(2).target, QByteArray("/api/v1/projects/3/variables?limit=1000&cursor=djEuQw"));
}

void TestPlatformClient::stopsOnRepeatedCursor()
{
    FakePlatform server;
    QVERIFY(server.start());
    server.setFallback(okResponse(R"({"items": [{"name": "A"}], "nextCursor": "same"})"));
    auto client = makeClient(server.url());

    PlatformReply* reply = client->listSecrets(3);
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(failureName(reply->failure()), "MalformedResponse");
    QCOMPARE(server.requests.size(), 2);
}

void TestPlatformClient::putSecretSendsPreconditionAndKey()
{
    FakePlatform server;
    QVERIFY(server.start());
    server.answer(httpResponse(201, "Created", R"({"name": "PAYMENT_TOKEN", "revision": 41})", {{"ETag", R"("41")"}}));
    auto client = makeClient(server.url());

    PlatformReply* reply
        = client->putSecret(3, QStringLiteral("PAYMENT_TOKEN"), kSecretValue, ItemPrecondition::absent(), "0e6f0a4c");
    QTRY_VERIFY(reply->isFinished());
    QVERIFY2(reply->result().ok(), qPrintable(messageOf(reply)));
    QCOMPARE(reply->response().status, 201);
    QCOMPARE(reply->response().revision.value_or(-1), qint64(41));
    QCOMPARE(server.requests.size(), 1);
    const RecordedRequest& seen = server.requests.constFirst();
    QCOMPARE(seen.method, QByteArray("PUT"));
    QCOMPARE(seen.target, QByteArray("/api/v1/projects/3/secrets/PAYMENT_TOKEN"));
    QCOMPARE(seen.headers.value("if-none-match"), QByteArray("*"));
    QVERIFY(!seen.headers.contains("if-match"));
    QCOMPARE(seen.headers.value("idempotency-key"), QByteArray("0e6f0a4c"));
    QVERIFY(seen.headers.value("content-type").startsWith("application/json"));
    QCOMPARE(QJsonDocument::fromJson(seen.body).object(),
        QJsonObject({{QStringLiteral("value"), QString::fromLatin1(kSecretValue)}}));
}

void TestPlatformClient::botScriptKeepsRawAnswer()
{
    FakePlatform server;
    QVERIFY(server.start());
    const QByteArray script = "function onMessage(text) { return text; }\n";
    server.answer(httpResponse(200, "OK", script, {{"ETag", R"("7")"}}));
    auto client = makeClient(server.url());

    PlatformReply* reply = client->botScript(3);
    QTRY_VERIFY(reply->isFinished());
    QVERIFY2(reply->result().ok(), qPrintable(messageOf(reply)));
    QCOMPARE(reply->response().rawBody, script);
    QCOMPARE(reply->response().revision.value_or(-1), qint64(7));
    QCOMPARE(server.requests.size(), 1);
    const RecordedRequest& seen = server.requests.constFirst();
    QCOMPARE(seen.method, QByteArray("GET"));
    QCOMPARE(seen.target, QByteArray("/api/v1/projects/3/bot-script"));
    QVERIFY(seen.headers.value("accept").contains("application/javascript"));
}

void TestPlatformClient::putBotScriptSendsRawBodyAndRetries()
{
    FakePlatform server;
    QVERIFY(server.start());
    server.answer(errorResponse(503, "unavailable", "Try again"));
    server.answer(httpResponse(200, "OK", R"({"revision": 8})", {{"ETag", R"("8")"}}));
    auto client = makeClient(server.url());

    const QByteArray script = "var answer = 42;\n";
    PlatformReply* reply = client->putBotScript(3, script, R"("7")", QByteArray(), "script-key");
    QTRY_VERIFY(reply->isFinished());
    QVERIFY2(reply->result().ok(), qPrintable(messageOf(reply)));
    QCOMPARE(reply->response().revision.value_or(-1), qint64(8));
    QCOMPARE(server.requests.size(), 2);
    for (const RecordedRequest& seen : std::as_const(server.requests)) {
        QCOMPARE(seen.method, QByteArray("PUT"));
        QCOMPARE(seen.target, QByteArray("/api/v1/projects/3/bot-script"));
        QCOMPARE(seen.body, script);
        QVERIFY(seen.headers.value("content-type").startsWith("application/javascript"));
        QCOMPARE(seen.headers.value("if-match"), QByteArray(R"("7")"));
        QCOMPARE(seen.headers.value("idempotency-key"), QByteArray("script-key"));
        QVERIFY(seen.headers.value("authorization").startsWith("Bearer "));
    }
}

void TestPlatformClient::deleteSendsIfMatch()
{
    FakePlatform server;
    QVERIFY(server.start());
    server.answer("HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n");
    auto client = makeClient(server.url());

    PlatformReply* reply
        = client->deleteItem(3, ItemKind::Secret, QStringLiteral("API_KEY"), ItemPrecondition::exists(), "del-1");
    QTRY_VERIFY(reply->isFinished());
    QVERIFY2(reply->result().ok(), qPrintable(messageOf(reply)));
    QCOMPARE(reply->response().status, 204);
    QCOMPARE(server.requests.size(), 1);
    QCOMPARE(server.requests.constFirst().method, QByteArray("DELETE"));
    QCOMPARE(server.requests.constFirst().target, QByteArray("/api/v1/projects/3/secrets/API_KEY"));
    QCOMPARE(server.requests.constFirst().headers.value("if-match"), QByteArray("*"));
}

void TestPlatformClient::refusesInvalidNameWithoutSending()
{
    FakePlatform server;
    QVERIFY(server.start());
    auto client = makeClient(server.url());

    PlatformReply* badName = client->putVariable(
        3, QStringLiteral("../../me"), QStringLiteral("x"), false, ItemPrecondition::absent(), "k");
    PlatformReply* badProject = client->listSecrets(0);
    PlatformReply* createOnlyDelete
        = client->deleteItem(3, ItemKind::Variable, QStringLiteral("GREETING"), ItemPrecondition::absent(), "k");
    QTRY_VERIFY(badName->isFinished() && badProject->isFinished() && createOnlyDelete->isFinished());
    QCOMPARE(failureName(badName->failure()), "Configuration");
    QCOMPARE(failureName(badProject->failure()), "Configuration");
    QCOMPARE(failureName(createOnlyDelete->failure()), "Configuration");
    QCOMPARE(server.connections, 0);
}

void TestPlatformClient::messagesNeverContainTokenOrValue()
{
    FakePlatform server;
    QVERIFY(server.start());
    server.answer(errorResponse(422, "validation_failed", "The value is too long."));
    server.answer("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n{broken");
    server.hangNext();
    auto client = makeClient(server.url(), 1);
    client->setTransferTimeout(300ms);

    QStringList messages;
    for (int i = 0; i < 3; ++i) {
        PlatformReply* reply = client->putSecret(3, QStringLiteral("PAYMENT_TOKEN"), kSecretValue,
            ItemPrecondition::atRevision(41), "k-" + QByteArray::number(i));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QVERIFY(!reply->result().ok());
        messages.append(messageOf(reply));
    }
    quint16 closedPort = 0;
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        closedPort = closed.serverPort();
    }
    auto refused = makeClient(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort)), 1);
    PlatformReply* reply
        = refused->putSecret(3, QStringLiteral("PAYMENT_TOKEN"), kSecretValue, ItemPrecondition::atRevision(41), "k-3");
    QTRY_VERIFY(reply->isFinished());
    messages.append(messageOf(reply));

    QCOMPARE(messages.size(), 4);
    for (const QString& message : messages) {
        QVERIFY(!message.isEmpty());
        QVERIFY2(!message.contains(QString::fromLatin1(kToken)), qPrintable(message));
        QVERIFY2(!message.contains(QString::fromLatin1(kSecretValue)), qPrintable(message));
    }
}

BOTVAULT_TEST_MAIN(TestPlatformClient)
#include "TestPlatformClient.moc"
