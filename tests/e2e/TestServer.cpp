#include "tests/support/RunningServer.h"
#include "tests/support/TestMain.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <memory>

namespace {

QString serverPath()
{
    return QStringLiteral(BOTVAULT_BIN_DIR "/botvault-server");
}

// One run of a console command of botvault-server.
struct CommandRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CommandRun runCommand(const QStringList& arguments)
{
    QProcess process;
    process.start(serverPath(), arguments);
    CommandRun run;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

struct HttpReply
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QNetworkReply::RawHeaderPair> headers;
    QString sslErrors;

    QByteArray header(const QByteArray& name) const
    {
        for (const auto& pair : headers) {
            if (pair.first.compare(name, Qt::CaseInsensitive) == 0) {
                return pair.second;
            }
        }
        return {};
    }
    QJsonObject error_() const { return json.value(QStringLiteral("error")).toObject(); }
    QString errorCode() const { return error_().value(QStringLiteral("code")).toString(); }
};

QByteArray jsonBytes(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void requestsWithoutAValidTokenAre401_data();
    void requestsWithoutAValidTokenAre401();
    void meReportsTheCallersRolesAndTheLimits();
    void projectIsCreatedAndRead();
    void projectListingPagesEveryProjectByIdToAnyRole();
    void variableValuesRoundTripIntact_data();
    void variableValuesRoundTripIntact();
    void escapedSurrogatePairIsAccepted();
    void variableListIsPaginatedByName();
    void deletedVariableIsGone();
    void secretsAreWriteOnly();
    void developerCannotWriteSecrets();
    void staleIfMatchIs412();
    void ifNoneMatchOnAnExistingItemIs412();
    void conflictingBatchAppliesNothing();
    void cleanBatchAppliesEveryChange();
    void idempotentRepeatReplaysTheFirstResult();
    void projectRevisionMovesWithEveryWriteAndOnlyThen();
    void refusedWritesLeaveTheProjectRevision();
    void reusedKeyWithAnotherBodyIs422();
    void oversizedBodyIs413_data();
    void oversizedBodyIs413();
    void badRequestsAreRefusedWithTheirCode_data();
    void badRequestsAreRefusedWithTheirCode();
    void bodiesOutsideStrictJsonAre400AndChangeNothing_data();
    void bodiesOutsideStrictJsonAre400AndChangeNothing();
    void configuredSecretsAdminRoleAloneWritesSecrets();
    void dataSurvivesAKilledServer();
    void httpsWorksWithTheCertificateTrusted();

private:
    HttpReply send(const QByteArray& verb, const QString& path, const QByteArray& token, const QByteArray& body = {},
        const QList<QPair<QByteArray, QByteArray>>& headers = {});
    HttpReply sendTo(QNetworkRequest request, const QByteArray& verb, const QByteArray& token, const QByteArray& body,
        const QList<QPair<QByteArray, QByteArray>>& headers);
    qint64 createProject(const QString& name);
    // GET /projects/{id}: the body's revision, checked against the X-Project-Revision header.
    qint64 projectRevision(qint64 projectId);
    QByteArray serverState();
    HttpReply putVariable(qint64 projectId, const QString& name, const QString& value,
        const QList<QPair<QByteArray, QByteArray>>& headers = {});
    QString projectPath(qint64 projectId) const { return QStringLiteral("/projects/%1").arg(projectId); }

    QTemporaryDir m_dir;
    QString m_databasePath;
    QByteArray m_adminToken;
    QByteArray m_developerToken;
    RunningServer m_server;
    QNetworkAccessManager m_network;
    qint64 m_projectId = 0;
};

HttpReply TestServer::send(const QByteArray& verb, const QString& path, const QByteArray& token, const QByteArray& body,
    const QList<QPair<QByteArray, QByteArray>>& headers)
{
    return sendTo(QNetworkRequest(QUrl(m_server.url(path))), verb, token, body, headers);
}

HttpReply TestServer::sendTo(QNetworkRequest request, const QByteArray& verb, const QByteArray& token,
    const QByteArray& body, const QList<QPair<QByteArray, QByteArray>>& headers)
{
    if (!token.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + token);
    }
    if (verb == "PUT" || verb == "POST") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    for (const auto& header : headers) {
        request.setRawHeader(header.first, header.second);
    }
    request.setTransferTimeout(30000);
    QNetworkReply* reply = m_network.sendCustomRequest(request, verb, body);
    QStringList sslErrors;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [&sslErrors](const QList<QSslError>& errors) {
        for (const QSslError& error : errors) {
            sslErrors.append(error.errorString());
        }
    });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    result.error = reply->error();
    result.headers = reply->rawHeaderPairs();
    result.sslErrors = sslErrors.join(QStringLiteral("; "));
    reply->deleteLater();
    return result;
}

qint64 TestServer::createProject(const QString& name)
{
    const HttpReply reply
        = send("POST", QStringLiteral("/projects"), m_adminToken, jsonBytes({{QStringLiteral("name"), name}}));
    if (reply.status != 201) {
        qWarning("project not created: %d %s", reply.status, reply.body.constData());
        return 0;
    }
    return reply.json.value(QStringLiteral("id")).toInteger();
}

qint64 TestServer::projectRevision(qint64 projectId)
{
    const HttpReply reply = send("GET", projectPath(projectId), m_developerToken);
    const QJsonValue revision = reply.json.value(QStringLiteral("revision"));
    if (reply.status != 200 || !revision.isDouble()
        || reply.header("X-Project-Revision") != QByteArray::number(revision.toInteger())) {
        qWarning("no project revision: %d %s", reply.status, reply.body.constData());
        return -1;
    }
    return revision.toInteger();
}

HttpReply TestServer::putVariable(
    qint64 projectId, const QString& name, const QString& value, const QList<QPair<QByteArray, QByteArray>>& headers)
{
    return send("PUT", projectPath(projectId) + QStringLiteral("/variables/") + name, m_adminToken,
        jsonBytes({{QStringLiteral("value"), value}}), headers);
}

void TestServer::initTestCase()
{
    QVERIFY2(QFile::exists(serverPath()), "build the botvault-server target first");
    QVERIFY(m_dir.isValid());
    m_databasePath = m_dir.filePath(QStringLiteral("server.db"));
    const CommandRun admin = runCommand({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("ann"),
        QStringLiteral("--role"), QStringLiteral("SYSTEM_ADMIN"), QStringLiteral("--db"), m_databasePath});
    QCOMPARE(admin.exitCode, 0);
    m_adminToken = admin.out.trimmed();
    QVERIFY2(m_adminToken.startsWith("bv_") && m_adminToken.size() == 46, m_adminToken.constData());
    const CommandRun developer = runCommand({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("dev"),
        QStringLiteral("--role"), QStringLiteral("DEVELOPER"), QStringLiteral("--db"), m_databasePath});
    QCOMPARE(developer.exitCode, 0);
    m_developerToken = developer.out.trimmed();
    QVERIFY(m_developerToken != m_adminToken);
    QVERIFY(m_server.start({QStringLiteral("--db"), m_databasePath}));
    QVERIFY(m_server.baseUrl().startsWith(QStringLiteral("http://127.0.0.1:")));
    m_projectId = createProject(QStringLiteral("Shop bot"));
    QVERIFY(m_projectId > 0);
}

void TestServer::cleanupTestCase()
{
    m_server.killHard();
}

void TestServer::requestsWithoutAValidTokenAre401_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("no header") << QByteArray();
    QTest::newRow("not bearer") << QByteArray("Basic YW5uOnB3");
    QTest::newRow("unknown token") << QByteArray("Bearer bv_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    QTest::newRow("empty bearer") << QByteArray("Bearer ");
}

void TestServer::requestsWithoutAValidTokenAre401()
{
    QFETCH(QByteArray, authorization);
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!authorization.isEmpty()) {
        headers.append({"Authorization", authorization});
    }
    const HttpReply reply = send("GET", QStringLiteral("/me"), {}, {}, headers);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), QStringLiteral("unauthenticated"));
    QVERIFY(reply.header("WWW-Authenticate").startsWith("Bearer"));
    // The same answer for every reason, so the body holds nothing about the data.
    QVERIFY(!reply.body.contains("Shop bot"));
}

void TestServer::meReportsTheCallersRolesAndTheLimits()
{
    const HttpReply admin = send("GET", QStringLiteral("/me"), m_adminToken);
    QCOMPARE(admin.status, 200);
    QCOMPARE(admin.json[QStringLiteral("user")][QStringLiteral("login")].toString(), QStringLiteral("ann"));
    QCOMPARE(admin.json[QStringLiteral("roles")].toArray(), QJsonArray {QStringLiteral("SYSTEM_ADMIN")});
    QCOMPARE(admin.json[QStringLiteral("secretsAdminRole")].toString(), QStringLiteral("SYSTEM_ADMIN"));
    QCOMPARE(admin.json[QStringLiteral("limits")][QStringLiteral("maxBatchChanges")].toInt(), 1000);
    QCOMPARE(admin.header("Cache-Control"), QByteArray("no-store"));
    QVERIFY(!admin.body.contains(m_adminToken));

    const HttpReply developer = send("GET", QStringLiteral("/me"), m_developerToken);
    QCOMPARE(developer.json[QStringLiteral("roles")].toArray(), QJsonArray {QStringLiteral("DEVELOPER")});
}

void TestServer::projectIsCreatedAndRead()
{
    const QString name = QStringLiteral("Бот магазина ☕");
    const HttpReply created
        = send("POST", QStringLiteral("/projects"), m_developerToken, jsonBytes({{QStringLiteral("name"), name}}));
    QCOMPARE(created.status, 201);
    const qint64 id = created.json[QStringLiteral("id")].toInteger();
    QCOMPARE(created.header("Location"), QStringLiteral("/api/v1/projects/%1").arg(id).toUtf8());
    QCOMPARE(created.json[QStringLiteral("createdBy")].toString(), QStringLiteral("dev"));

    const HttpReply read = send("GET", projectPath(id), m_adminToken);
    QCOMPARE(read.status, 200);
    QCOMPARE(read.json[QStringLiteral("name")].toString(), name);

    const HttpReply missing = send("GET", projectPath(id + 1000), m_adminToken);
    QCOMPARE(missing.status, 404);
}

void TestServer::projectListingPagesEveryProjectByIdToAnyRole()
{
    // What the binding dialog and `remote set` read to offer and check a remote project.
    const QList<qint64> created {createProject(QStringLiteral("List A")), createProject(QStringLiteral("List B")),
        createProject(QStringLiteral("List C"))};
    QList<qint64> seen;
    QString cursor;
    int pages = 0;
    do {
        const HttpReply page = send("GET",
            QStringLiteral("/projects?limit=2") + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor),
            m_developerToken);
        QCOMPARE(page.status, 200);
        const QJsonArray items = page.json[QStringLiteral("items")].toArray();
        QVERIFY(items.size() <= 2);
        for (const QJsonValue& item : items) {
            seen.append(item[QStringLiteral("id")].toInteger());
            if (item[QStringLiteral("id")].toInteger() == created.at(1)) {
                QCOMPARE(item[QStringLiteral("name")].toString(), QStringLiteral("List B"));
            }
        }
        cursor = page.json[QStringLiteral("nextCursor")].toString();
    } while (!cursor.isEmpty() && ++pages < 100);
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    for (const qint64 id : created) {
        QVERIFY2(seen.contains(id), QByteArray::number(id).constData());
    }
    QCOMPARE(send("GET", projectPath(created.at(2) + 1000), m_developerToken).status, 404);
}

void TestServer::variableValuesRoundTripIntact_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::newRow("multi-line") << QStringLiteral("MULTI_LINE") << QStringLiteral("line one\nline two\r\n\ttabbed\n");
    QTest::newRow("non-ASCII") << QStringLiteral("GREETING_RU") << QStringLiteral("Привет, 世界! 🎉 «ёж»");
    QTest::newRow("JSON-like") << QStringLiteral("JSONISH") << QStringLiteral("{\"a\": \"b\\\\c\"} \\u0041");
    QTest::newRow("empty") << QStringLiteral("EMPTY") << QString();
}

void TestServer::variableValuesRoundTripIntact()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    const HttpReply put = putVariable(m_projectId, name, value, {{"If-None-Match", "*"}});
    QCOMPARE(put.status, 201);
    QCOMPARE(put.json[QStringLiteral("value")].toString(), value);
    const qint64 revision = put.json[QStringLiteral("revision")].toInteger();
    QCOMPARE(put.header("ETag"), QStringLiteral("\"%1\"").arg(revision).toUtf8());

    const HttpReply read = send("GET", projectPath(m_projectId) + QStringLiteral("/variables/") + name, m_adminToken);
    QCOMPARE(read.status, 200);
    QCOMPARE(read.json[QStringLiteral("value")].toString(), value);

    const HttpReply list
        = send("GET", projectPath(m_projectId) + QStringLiteral("/variables?limit=1000"), m_adminToken);
    QCOMPARE(list.status, 200);
    bool found = false;
    for (const QJsonValue& item : list.json[QStringLiteral("items")].toArray()) {
        if (item[QStringLiteral("name")].toString() == name) {
            QCOMPARE(item[QStringLiteral("value")].toString(), value);
            found = true;
        }
    }
    QVERIFY(found);
}

void TestServer::escapedSurrogatePairIsAccepted()
{
    // The strict checks refuse a lone surrogate, not a pair.
    const HttpReply put = send("PUT", projectPath(m_projectId) + QStringLiteral("/variables/ESCAPED_EMOJI"),
        m_adminToken, QByteArray(R"({"value": "\ud83c\udf89 \"q\""})"));
    QCOMPARE(put.status, 201);
    QCOMPARE(put.json[QStringLiteral("value")].toString(), QStringLiteral("🎉 \"q\""));
}

void TestServer::variableListIsPaginatedByName()
{
    const qint64 project = createProject(QStringLiteral("Pages"));
    const QStringList names = {QStringLiteral("b_2"), QStringLiteral("A_1"), QStringLiteral("_x"),
        QStringLiteral("a_3"), QStringLiteral("Z_9")};
    for (const QString& name : names) {
        QCOMPARE(putVariable(project, name, name.toLower()).status, 201);
    }
    QStringList seen;
    QString cursor;
    int pages = 0;
    do {
        QString path = projectPath(project) + QStringLiteral("/variables?limit=2");
        if (!cursor.isEmpty()) {
            path += QStringLiteral("&cursor=") + cursor;
        }
        const HttpReply page = send("GET", path, m_adminToken);
        QCOMPARE(page.status, 200);
        QVERIFY(page.json[QStringLiteral("items")].toArray().size() <= 2);
        for (const QJsonValue& item : page.json[QStringLiteral("items")].toArray()) {
            seen.append(item[QStringLiteral("name")].toString());
        }
        cursor = page.json[QStringLiteral("nextCursor")].toString();
        ++pages;
    } while (!cursor.isEmpty() && pages < 10);
    // Byte order: 'A' < 'Z' < '_' < 'a' < 'b'.
    QCOMPARE(seen,
        (QStringList {QStringLiteral("A_1"), QStringLiteral("Z_9"), QStringLiteral("_x"), QStringLiteral("a_3"),
            QStringLiteral("b_2")}));
    QCOMPARE(pages, 3);

    const HttpReply damaged
        = send("GET", projectPath(project) + QStringLiteral("/variables?cursor=bm90LWEtY3Vyc29y"), m_adminToken);
    QCOMPARE(damaged.status, 400);
    QCOMPARE(damaged.errorCode(), QStringLiteral("invalid_cursor"));
}

void TestServer::deletedVariableIsGone()
{
    const HttpReply put = putVariable(m_projectId, QStringLiteral("TO_DELETE"), QStringLiteral("x"));
    QCOMPARE(put.status, 201);
    const QString path = projectPath(m_projectId) + QStringLiteral("/variables/TO_DELETE");
    const HttpReply deleted = send("DELETE", path, m_developerToken, {}, {{"If-Match", put.header("ETag")}});
    QCOMPARE(deleted.status, 204);
    QCOMPARE(send("GET", path, m_adminToken).status, 404);
    const HttpReply again = send("DELETE", path, m_adminToken);
    QCOMPARE(again.status, 404);
}

void TestServer::secretsAreWriteOnly()
{
    const QString canary = QStringLiteral("canary-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    const QString path = projectPath(m_projectId) + QStringLiteral("/secrets/PAYMENT_TOKEN");
    const HttpReply put
        = send("PUT", path, m_adminToken, jsonBytes({{QStringLiteral("value"), canary}}), {{"If-None-Match", "*"}});
    QCOMPARE(put.status, 201);
    QVERIFY(!put.json.contains(QStringLiteral("value")));
    QVERIFY(!put.body.contains(canary.toUtf8()));

    const HttpReply list = send("GET", projectPath(m_projectId) + QStringLiteral("/secrets"), m_developerToken);
    QCOMPARE(list.status, 200);
    const QJsonArray items = list.json[QStringLiteral("items")].toArray();
    QVERIFY(!items.isEmpty());
    for (const QJsonValue& item : items) {
        QVERIFY(!item.toObject().contains(QStringLiteral("value")));
    }
    QCOMPARE(items.first()[QStringLiteral("name")].toString(), QStringLiteral("PAYMENT_TOKEN"));
    QVERIFY(!list.body.contains(canary.toUtf8()));

    const HttpReply one = send("GET", path, m_adminToken);
    QCOMPARE(one.status, 200);
    QVERIFY(!one.json.contains(QStringLiteral("value")));

    // Neither the log nor any file of the database holds the value or a token.
    const QByteArray log = m_server.log();
    QVERIFY(log.contains("PUT /api/v1/projects/"));
    QVERIFY(!log.contains(canary.toUtf8()));
    QVERIFY(!log.contains(m_adminToken));
    QVERIFY(!log.contains(m_developerToken));
    const QStringList files = QDir(m_dir.path()).entryList({QStringLiteral("server.db*")}, QDir::Files);
    QVERIFY(files.contains(QStringLiteral("server.db")));
    for (const QString& name : files) {
        QFile file(m_dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains(canary.toUtf8()), qPrintable(name));
        QVERIFY2(!bytes.contains(m_adminToken), qPrintable(name));
    }
}

void TestServer::developerCannotWriteSecrets()
{
    const QString path = projectPath(m_projectId) + QStringLiteral("/secrets/DEV_SECRET");
    const HttpReply put
        = send("PUT", path, m_developerToken, jsonBytes({{QStringLiteral("value"), QStringLiteral("x")}}));
    QCOMPARE(put.status, 403);
    QCOMPARE(put.errorCode(), QStringLiteral("forbidden"));
    QCOMPARE(put.error_()[QStringLiteral("details")][QStringLiteral("requiredRoles")].toArray(),
        QJsonArray {QStringLiteral("SYSTEM_ADMIN")});
    QCOMPARE(send("GET", path, m_adminToken).status, 404);

    const QJsonObject change {{QStringLiteral("op"), QStringLiteral("put")},
        {QStringLiteral("kind"), QStringLiteral("secret")}, {QStringLiteral("name"), QStringLiteral("DEV_SECRET")},
        {QStringLiteral("value"), QStringLiteral("x")}};
    const HttpReply batch = send("POST", projectPath(m_projectId) + QStringLiteral("/changes"), m_developerToken,
        jsonBytes({{QStringLiteral("changes"), QJsonArray {change}}}));
    QCOMPARE(batch.status, 403);
    QCOMPARE(send("GET", path, m_adminToken).status, 404);
}

void TestServer::staleIfMatchIs412()
{
    const HttpReply first = putVariable(m_projectId, QStringLiteral("STALE"), QStringLiteral("one"));
    QCOMPARE(first.status, 201);
    const HttpReply second = putVariable(
        m_projectId, QStringLiteral("STALE"), QStringLiteral("two"), {{"If-Match", first.header("ETag")}});
    QCOMPARE(second.status, 200);
    const qint64 current = second.json[QStringLiteral("revision")].toInteger();
    QVERIFY(current > first.json[QStringLiteral("revision")].toInteger());

    const HttpReply stale = putVariable(
        m_projectId, QStringLiteral("STALE"), QStringLiteral("three"), {{"If-Match", first.header("ETag")}});
    QCOMPARE(stale.status, 412);
    QCOMPARE(stale.errorCode(), QStringLiteral("precondition_failed"));
    const QJsonObject conflict
        = stale.error_()[QStringLiteral("details")][QStringLiteral("conflicts")].toArray().first().toObject();
    QCOMPARE(conflict[QStringLiteral("currentRevision")].toInteger(), current);
    QCOMPARE(conflict[QStringLiteral("updatedBy")].toString(), QStringLiteral("ann"));
    QCOMPARE(stale.header("ETag"), second.header("ETag"));
    QVERIFY(!stale.body.contains("two"));

    const HttpReply read = send("GET", projectPath(m_projectId) + QStringLiteral("/variables/STALE"), m_adminToken);
    QCOMPARE(read.json[QStringLiteral("value")].toString(), QStringLiteral("two"));
}

void TestServer::ifNoneMatchOnAnExistingItemIs412()
{
    QCOMPARE(putVariable(m_projectId, QStringLiteral("ONCE"), QStringLiteral("first")).status, 201);
    const HttpReply again
        = putVariable(m_projectId, QStringLiteral("ONCE"), QStringLiteral("second"), {{"If-None-Match", "*"}});
    QCOMPARE(again.status, 412);
    QCOMPARE(
        again.error_()[QStringLiteral("details")][QStringLiteral("conflicts")][0][QStringLiteral("expectedRevision")]
            .toInt(),
        0);
    const HttpReply read = send("GET", projectPath(m_projectId) + QStringLiteral("/variables/ONCE"), m_adminToken);
    QCOMPARE(read.json[QStringLiteral("value")].toString(), QStringLiteral("first"));
}

void TestServer::conflictingBatchAppliesNothing()
{
    const HttpReply existing = putVariable(m_projectId, QStringLiteral("BATCH_OLD"), QStringLiteral("old"));
    QCOMPARE(existing.status, 201);
    const qint64 revision = existing.json[QStringLiteral("revision")].toInteger();
    const QJsonArray changes {
        QJsonObject {{QStringLiteral("op"), QStringLiteral("put")},
            {QStringLiteral("kind"), QStringLiteral("variable")}, {QStringLiteral("name"), QStringLiteral("BATCH_NEW")},
            {QStringLiteral("value"), QStringLiteral("new")}, {QStringLiteral("ifRevision"), 0}},
        QJsonObject {{QStringLiteral("op"), QStringLiteral("put")},
            {QStringLiteral("kind"), QStringLiteral("variable")}, {QStringLiteral("name"), QStringLiteral("BATCH_OLD")},
            {QStringLiteral("value"), QStringLiteral("changed")}, {QStringLiteral("ifRevision"), revision + 1000}},
        QJsonObject {{QStringLiteral("op"), QStringLiteral("put")}, {QStringLiteral("kind"), QStringLiteral("secret")},
            {QStringLiteral("name"), QStringLiteral("BATCH_SECRET")},
            {QStringLiteral("value"), QStringLiteral("batch-secret-value")}},
    };
    const HttpReply batch = send("POST", projectPath(m_projectId) + QStringLiteral("/changes"), m_adminToken,
        jsonBytes({{QStringLiteral("changes"), changes}}));
    QCOMPARE(batch.status, 412);
    const QJsonArray conflicts = batch.error_()[QStringLiteral("details")][QStringLiteral("conflicts")].toArray();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first()[QStringLiteral("index")].toInt(), 1);
    QCOMPARE(conflicts.first()[QStringLiteral("currentRevision")].toInteger(), revision);
    QVERIFY(!batch.body.contains("batch-secret-value"));
    QVERIFY(!batch.body.contains("changed"));

    const QString variables = projectPath(m_projectId) + QStringLiteral("/variables/");
    QCOMPARE(send("GET", variables + QStringLiteral("BATCH_NEW"), m_adminToken).status, 404);
    QCOMPARE(send("GET", projectPath(m_projectId) + QStringLiteral("/secrets/BATCH_SECRET"), m_adminToken).status, 404);
    QCOMPARE(send("GET", variables + QStringLiteral("BATCH_OLD"), m_adminToken).json[QStringLiteral("value")],
        QJsonValue(QStringLiteral("old")));
}

void TestServer::cleanBatchAppliesEveryChange()
{
    const HttpReply renamed = putVariable(m_projectId, QStringLiteral("RENAME_ME"), QStringLiteral("kept"));
    QCOMPARE(renamed.status, 201);
    const QJsonArray changes {
        QJsonObject {{QStringLiteral("op"), QStringLiteral("delete")},
            {QStringLiteral("kind"), QStringLiteral("variable")}, {QStringLiteral("name"), QStringLiteral("RENAME_ME")},
            {QStringLiteral("ifRevision"), renamed.json[QStringLiteral("revision")]}},
        QJsonObject {{QStringLiteral("op"), QStringLiteral("put")},
            {QStringLiteral("kind"), QStringLiteral("variable")}, {QStringLiteral("name"), QStringLiteral("RENAMED")},
            {QStringLiteral("value"), QStringLiteral("kept")}, {QStringLiteral("includeInExport"), true},
            {QStringLiteral("ifRevision"), 0}},
        QJsonObject {{QStringLiteral("op"), QStringLiteral("put")}, {QStringLiteral("kind"), QStringLiteral("secret")},
            {QStringLiteral("name"), QStringLiteral("CLEAN_SECRET")}, {QStringLiteral("value"), QStringLiteral("s")}},
    };
    const HttpReply batch = send("POST", projectPath(m_projectId) + QStringLiteral("/changes"), m_adminToken,
        jsonBytes({{QStringLiteral("changes"), changes}}));
    QCOMPARE(batch.status, 200);
    const QJsonArray results = batch.json[QStringLiteral("results")].toArray();
    QCOMPARE(results.size(), 3);
    QCOMPARE(results[0][QStringLiteral("status")].toString(), QStringLiteral("deleted"));
    QCOMPARE(results[1][QStringLiteral("status")].toString(), QStringLiteral("created"));
    QCOMPARE(results[2][QStringLiteral("status")].toString(), QStringLiteral("created"));
    QVERIFY(results[2][QStringLiteral("revision")].toInteger() > results[1][QStringLiteral("revision")].toInteger());

    const QString variables = projectPath(m_projectId) + QStringLiteral("/variables/");
    QCOMPARE(send("GET", variables + QStringLiteral("RENAME_ME"), m_adminToken).status, 404);
    const HttpReply moved = send("GET", variables + QStringLiteral("RENAMED"), m_adminToken);
    QCOMPARE(moved.json[QStringLiteral("value")].toString(), QStringLiteral("kept"));
    QCOMPARE(moved.json[QStringLiteral("includeInExport")].toBool(), true);
    QCOMPARE(send("GET", projectPath(m_projectId) + QStringLiteral("/secrets/CLEAN_SECRET"), m_adminToken).status, 200);
}

void TestServer::idempotentRepeatReplaysTheFirstResult()
{
    const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const HttpReply first
        = putVariable(m_projectId, QStringLiteral("IDEMPOTENT"), QStringLiteral("once"), {{"Idempotency-Key", key}});
    QCOMPARE(first.status, 201);
    QVERIFY(first.header("Idempotency-Replayed").isEmpty());

    const HttpReply repeat
        = putVariable(m_projectId, QStringLiteral("IDEMPOTENT"), QStringLiteral("once"), {{"Idempotency-Key", key}});
    QCOMPARE(repeat.status, 201);
    QCOMPARE(repeat.body, first.body);
    QCOMPARE(repeat.header("ETag"), first.header("ETag"));
    QCOMPARE(repeat.header("Idempotency-Replayed"), QByteArray("true"));

    // Applied once: the item is still at the first write's revision.
    const HttpReply read
        = send("GET", projectPath(m_projectId) + QStringLiteral("/variables/IDEMPOTENT"), m_adminToken);
    QCOMPARE(read.json[QStringLiteral("revision")], first.json[QStringLiteral("revision")]);

    // A replayed create does not create a second project.
    const QByteArray projectKey = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const QByteArray body = jsonBytes({{QStringLiteral("name"), QStringLiteral("Once only")}});
    const HttpReply created
        = send("POST", QStringLiteral("/projects"), m_adminToken, body, {{"Idempotency-Key", projectKey}});
    const HttpReply replayed
        = send("POST", QStringLiteral("/projects"), m_adminToken, body, {{"Idempotency-Key", projectKey}});
    QCOMPARE(created.status, 201);
    QCOMPARE(replayed.json[QStringLiteral("id")], created.json[QStringLiteral("id")]);
    const HttpReply list = send("GET", QStringLiteral("/projects?limit=1000"), m_adminToken);
    int count = 0;
    for (const QJsonValue& project : list.json[QStringLiteral("items")].toArray()) {
        count += project[QStringLiteral("name")].toString() == QStringLiteral("Once only") ? 1 : 0;
    }
    QCOMPARE(count, 1);
}

void TestServer::projectRevisionMovesWithEveryWriteAndOnlyThen()
{
    const qint64 project = createProject(QStringLiteral("Revisions"));
    QVERIFY(project > 0);
    QCOMPARE(projectRevision(project), 0);

    // A put takes one revision: the item's, and the answer says where the project now is.
    const HttpReply put = putVariable(project, QStringLiteral("FIRST"), QStringLiteral("1"));
    QCOMPARE(put.status, 201);
    QCOMPARE(put.json[QStringLiteral("revision")].toInteger(), 1);
    QCOMPARE(put.header("X-Project-Revision"), QByteArray("1"));
    const HttpReply secret = send("PUT", projectPath(project) + QStringLiteral("/secrets/KEY"), m_adminToken,
        jsonBytes({{QStringLiteral("value"), QStringLiteral("s")}}));
    QCOMPARE(secret.status, 201);
    QCOMPARE(secret.header("X-Project-Revision"), QByteArray("2"));

    // A delete takes one too, though no item keeps it.
    const HttpReply deleted = send(
        "DELETE", projectPath(project) + QStringLiteral("/variables/FIRST"), m_adminToken, {}, {{"If-Match", "\"1\""}});
    QCOMPARE(deleted.status, 204);
    QCOMPARE(deleted.header("X-Project-Revision"), QByteArray("3"));
    QCOMPARE(projectRevision(project), 3);

    // A batch of n changes moves it by exactly n, each change taking the next in request order.
    const QJsonArray changes {
        QJsonObject {{QStringLiteral("op"), QStringLiteral("put")},
            {QStringLiteral("kind"), QStringLiteral("variable")}, {QStringLiteral("name"), QStringLiteral("A")},
            {QStringLiteral("value"), QStringLiteral("a")}},
        QJsonObject {{QStringLiteral("op"), QStringLiteral("delete")},
            {QStringLiteral("kind"), QStringLiteral("secret")}, {QStringLiteral("name"), QStringLiteral("KEY")},
            {QStringLiteral("ifRevision"), 2}},
        QJsonObject {{QStringLiteral("op"), QStringLiteral("put")},
            {QStringLiteral("kind"), QStringLiteral("variable")}, {QStringLiteral("name"), QStringLiteral("B")},
            {QStringLiteral("value"), QStringLiteral("b")}},
    };
    const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const QByteArray body = jsonBytes({{QStringLiteral("changes"), changes}});
    const QString changesPath = projectPath(project) + QStringLiteral("/changes");
    const HttpReply batch = send("POST", changesPath, m_adminToken, body, {{"Idempotency-Key", key}});
    QCOMPARE(batch.status, 200);
    QCOMPARE(batch.header("X-Project-Revision"), QByteArray("6"));
    const QJsonArray results = batch.json[QStringLiteral("results")].toArray();
    QCOMPARE(results[0][QStringLiteral("revision")].toInteger(), 4);
    QCOMPARE(results[2][QStringLiteral("revision")].toInteger(), 6);

    // A replay repeats the first answer's revision and moves nothing.
    const HttpReply replay = send("POST", changesPath, m_adminToken, body, {{"Idempotency-Key", key}});
    QCOMPARE(replay.header("Idempotency-Replayed"), QByteArray("true"));
    QCOMPARE(replay.header("X-Project-Revision"), QByteArray("6"));
    QCOMPARE(projectRevision(project), 6);

    // The bot script is a write of the project too.
    const HttpReply script = send("PUT", projectPath(project) + QStringLiteral("/bot-script"), m_developerToken,
        QByteArrayLiteral("function onMessage() {}\n"), {{"Content-Type", "application/javascript"}});
    QVERIFY2(script.status == 201 || script.status == 200, script.body.constData());
    QCOMPARE(projectRevision(project), 7);

    // Reads move nothing, and a listing page says the revision it was read at.
    const HttpReply listed = send("GET", projectPath(project) + QStringLiteral("/variables?limit=1"), m_developerToken);
    QCOMPARE(listed.status, 200);
    QCOMPARE(listed.header("X-Project-Revision"), QByteArray("7"));
    const HttpReply secrets = send("GET", projectPath(project) + QStringLiteral("/secrets"), m_developerToken);
    QCOMPARE(secrets.header("X-Project-Revision"), QByteArray("7"));
    QCOMPARE(send("GET", projectPath(project) + QStringLiteral("/variables/A"), m_developerToken).status, 200);
    QCOMPARE(projectRevision(project), 7);
    // Another project's writes are not this one's.
    QCOMPARE(putVariable(m_projectId, QStringLiteral("ELSEWHERE"), QStringLiteral("x")).status / 100, 2);
    QCOMPARE(projectRevision(project), 7);
}

void TestServer::refusedWritesLeaveTheProjectRevision()
{
    const qint64 project = createProject(QStringLiteral("Refused writes"));
    QVERIFY(project > 0);
    QCOMPARE(putVariable(project, QStringLiteral("KEPT"), QStringLiteral("1")).status, 201);
    QCOMPARE(projectRevision(project), 1);

    const HttpReply stale = putVariable(project, QStringLiteral("KEPT"), QStringLiteral("2"), {{"If-Match", "\"9\""}});
    QCOMPARE(stale.status, 412);
    const QJsonArray conflicting {
        QJsonObject {{QStringLiteral("op"), QStringLiteral("put")},
            {QStringLiteral("kind"), QStringLiteral("variable")}, {QStringLiteral("name"), QStringLiteral("NEW")},
            {QStringLiteral("value"), QStringLiteral("n")}},
        QJsonObject {{QStringLiteral("op"), QStringLiteral("put")},
            {QStringLiteral("kind"), QStringLiteral("variable")}, {QStringLiteral("name"), QStringLiteral("KEPT")},
            {QStringLiteral("value"), QStringLiteral("3")}, {QStringLiteral("ifRevision"), 0}}};
    const HttpReply batch = send("POST", projectPath(project) + QStringLiteral("/changes"), m_adminToken,
        jsonBytes({{QStringLiteral("changes"), conflicting}}));
    QCOMPARE(batch.status, 412);
    const HttpReply secret = send("PUT", projectPath(project) + QStringLiteral("/secrets/NOT_ALLOWED"),
        m_developerToken, jsonBytes({{QStringLiteral("value"), QStringLiteral("s")}}));
    QCOMPARE(secret.status, 403);
    QCOMPARE(projectRevision(project), 1);
}

void TestServer::reusedKeyWithAnotherBodyIs422()
{
    const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    QCOMPARE(
        putVariable(m_projectId, QStringLiteral("REUSED"), QStringLiteral("first"), {{"Idempotency-Key", key}}).status,
        201);
    const HttpReply reused
        = putVariable(m_projectId, QStringLiteral("REUSED"), QStringLiteral("second"), {{"Idempotency-Key", key}});
    QCOMPARE(reused.status, 422);
    QCOMPARE(reused.errorCode(), QStringLiteral("idempotency_key_reused"));
    const HttpReply read = send("GET", projectPath(m_projectId) + QStringLiteral("/variables/REUSED"), m_adminToken);
    QCOMPARE(read.json[QStringLiteral("value")].toString(), QStringLiteral("first"));

    // Keys belong to their user: another user's request with the same key runs as new.
    const HttpReply otherUser = send("PUT", projectPath(m_projectId) + QStringLiteral("/variables/REUSED_DEV"),
        m_developerToken, jsonBytes({{QStringLiteral("value"), QStringLiteral("d")}}), {{"Idempotency-Key", key}});
    QCOMPARE(otherUser.status, 201);
}

void TestServer::oversizedBodyIs413_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<qint64>("limit");
    QTest::newRow("item PUT over 1 MiB") << QByteArray("PUT") << QStringLiteral("/variables/BIG") << qint64(1048576);
    QTest::newRow("changes over 8 MiB") << QByteArray("POST") << QStringLiteral("/changes") << qint64(8388608);
}

void TestServer::oversizedBodyIs413()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(qint64, limit);
    // Valid JSON, one byte over the limit: only the size is wrong.
    const QByteArray prefix = "{\"value\": \"";
    const QByteArray suffix = "\"}";
    const QByteArray body = prefix + QByteArray(limit + 1 - prefix.size() - suffix.size(), 'x') + suffix;
    QCOMPARE(body.size(), limit + 1);
    const HttpReply reply = send(verb, projectPath(m_projectId) + path, m_adminToken, body);
    QCOMPARE(reply.status, 413);
    QCOMPARE(reply.errorCode(), QStringLiteral("payload_too_large"));
    QCOMPARE(reply.error_()[QStringLiteral("details")][QStringLiteral("limitBytes")].toInteger(), limit);
    QCOMPARE(send("GET", projectPath(m_projectId) + QStringLiteral("/variables/BIG"), m_adminToken).status, 404);
}

void TestServer::badRequestsAreRefusedWithTheirCode_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path"); // below the project, or from /api/v1 when it starts with "//"
    QTest::addColumn<QByteArray>("headerName");
    QTest::addColumn<QByteArray>("headerValue");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    const QByteArray value = R"({"value": "x"})";
    const QString variable = QStringLiteral("/variables/MALFORMED");
    const QString secret = QStringLiteral("/secrets/MALFORMED_SECRET");
    const auto row = [](const char* name) -> QTestData& { return QTest::newRow(name); };
    row("not JSON") << QByteArray("PUT") << variable << QByteArray("Content-Type") << QByteArray("text/plain") << value
                    << 415 << QStringLiteral("unsupported_media_type");
    row("another charset") << QByteArray("PUT") << variable << QByteArray("Content-Type")
                           << QByteArray("application/json; charset=iso-8859-1") << value << 415
                           << QStringLiteral("unsupported_media_type");
    row("compressed") << QByteArray("PUT") << variable << QByteArray("Content-Encoding") << QByteArray("gzip") << value
                      << 415 << QStringLiteral("unsupported_media_type");
    row("broken JSON") << QByteArray("PUT") << variable << QByteArray() << QByteArray() << QByteArray("{\"value\": ")
                       << 400 << QStringLiteral("malformed_request");
    row("duplicate key") << QByteArray("PUT") << variable << QByteArray() << QByteArray()
                         << QByteArray(R"({"value": "a", "value": "b"})") << 400 << QStringLiteral("malformed_request");
    row("duplicate escaped key") << QByteArray("PUT") << variable << QByteArray() << QByteArray()
                                 << QByteArray(R"({"value": "a", "\u0076alue": "b"})") << 400
                                 << QStringLiteral("malformed_request");
    row("lone surrogate") << QByteArray("PUT") << variable << QByteArray() << QByteArray()
                          << QByteArray(R"({"value": "a\ud800b"})") << 400 << QStringLiteral("malformed_request");
    row("invalid UTF-8") << QByteArray("PUT") << variable << QByteArray() << QByteArray()
                         << QByteArray("{\"value\": \"\xff\xfe\"}") << 400 << QStringLiteral("malformed_request");
    row("JSON array") << QByteArray("PUT") << variable << QByteArray() << QByteArray() << QByteArray("[]") << 400
                      << QStringLiteral("malformed_request");
    row("weak If-Match") << QByteArray("PUT") << variable << QByteArray("If-Match") << QByteArray("W/\"1\"") << value
                         << 400 << QStringLiteral("malformed_request");
    row("If-Match list") << QByteArray("PUT") << variable << QByteArray("If-Match") << QByteArray("\"1\", \"2\"")
                         << value << 400 << QStringLiteral("malformed_request");
    row("If-None-Match with a tag") << QByteArray("PUT") << variable << QByteArray("If-None-Match")
                                    << QByteArray("\"1\"") << value << 400 << QStringLiteral("malformed_request");
    row("name breaks the pattern") << QByteArray("PUT") << QStringLiteral("/variables/bad-name") << QByteArray()
                                   << QByteArray() << value << 400 << QStringLiteral("malformed_request");
    row("bad idempotency key") << QByteArray("PUT") << variable << QByteArray("Idempotency-Key") << QByteArray(256, 'k')
                               << value << 400 << QStringLiteral("malformed_request");
    row("limit out of range") << QByteArray("GET") << QStringLiteral("/variables?limit=0") << QByteArray()
                              << QByteArray() << QByteArray() << 400 << QStringLiteral("malformed_request");
    row("project id not a number") << QByteArray("GET") << QStringLiteral("//projects/abc") << QByteArray()
                                   << QByteArray() << QByteArray() << 400 << QStringLiteral("malformed_request");
    row("missing project") << QByteArray("GET") << QStringLiteral("//projects/987654/variables") << QByteArray()
                           << QByteArray() << QByteArray() << 404 << QStringLiteral("not_found");
    row("unknown path") << QByteArray("GET") << QStringLiteral("//no-such-resource") << QByteArray() << QByteArray()
                        << QByteArray() << 404 << QStringLiteral("not_found");
    row("wrong method") << QByteArray("PATCH") << variable << QByteArray() << QByteArray() << value << 405
                        << QStringLiteral("method_not_allowed");
    row("misspelt field") << QByteArray("PUT") << variable << QByteArray() << QByteArray()
                          << QByteArray(R"({"value": "x", "includeInExprt": true})") << 422
                          << QStringLiteral("validation_failed");
    row("value of the wrong type") << QByteArray("PUT") << variable << QByteArray() << QByteArray()
                                   << QByteArray(R"({"value": 5})") << 422 << QStringLiteral("validation_failed");
    row("empty secret") << QByteArray("PUT") << secret << QByteArray() << QByteArray() << QByteArray(R"({"value": ""})")
                        << 422 << QStringLiteral("validation_failed");
    row("secret over 64 KiB") << QByteArray("PUT") << secret << QByteArray() << QByteArray()
                              << QByteArray("{\"value\": \"" + QByteArray(65537, 's') + "\"}") << 422
                              << QStringLiteral("validation_failed");
    row("empty batch") << QByteArray("POST") << QStringLiteral("/changes") << QByteArray() << QByteArray()
                       << QByteArray(R"({"changes": []})") << 422 << QStringLiteral("validation_failed");
}

void TestServer::badRequestsAreRefusedWithTheirCode()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, headerName);
    QFETCH(QByteArray, headerValue);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!headerName.isEmpty()) {
        headers.append({headerName, headerValue});
    }
    const QString fullPath = path.startsWith(QStringLiteral("//")) ? path.mid(1) : projectPath(m_projectId) + path;
    const HttpReply reply = send(verb, fullPath, m_adminToken, body, headers);
    QVERIFY2(reply.status == status, reply.body.constData());
    QCOMPARE(reply.errorCode(), code);
    QCOMPARE(reply.error_()[QStringLiteral("requestId")].toString().toUtf8(), reply.header("X-Request-Id"));
    QCOMPARE(send("GET", projectPath(m_projectId) + QStringLiteral("/variables/MALFORMED"), m_adminToken).status, 404);
    QCOMPARE(
        send("GET", projectPath(m_projectId) + QStringLiteral("/secrets/MALFORMED_SECRET"), m_adminToken).status, 404);
}

void TestServer::bodiesOutsideStrictJsonAre400AndChangeNothing_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path"); // below the project, or from /api/v1 when it starts with "//"
    QTest::addColumn<QByteArray>("body"); // "%1" stands for the project's id
    QTest::addColumn<QString>("reason");

    const QString variable = QStringLiteral("/variables/MALFORMED");
    const auto put = [&](const char* name, const QByteArray& body, const QString& reason) {
        QTest::newRow(name) << QByteArray("PUT") << variable << body << reason;
    };
    put("invalid escape \\x41", R"({"value": "\x41"})", QStringLiteral("an invalid escape"));
    put("escaped apostrophe", R"({"value": "it\'s"})", QStringLiteral("an invalid escape"));
    put("raw line feed", "{\"value\": \"a\nb\"}", QStringLiteral("a control character (U+0000 to U+001F)"));
    put("raw NUL", QByteArray("{\"value\": \"a\0b\"}", 15), QStringLiteral("a control character"));
    put("raw U+001F", "{\"value\": \"\x1f\"}", QStringLiteral("a control character"));
    put("byte order mark", "\xef\xbb\xbf{\"value\": \"a\"}", QStringLiteral("a byte order mark (U+FEFF)"));
    put("text after the object", R"({"value": "a"} x)", QStringLiteral("more text follows the end of the object"));
    put("second object", R"({"value": "a"}{"value": "b"})", QStringLiteral("more text follows the end"));
    put("lone surrogate", R"({"value": "\udc00"})", QStringLiteral("a lone UTF-16 surrogate"));
    put("duplicate key", R"({"value": "a", "value": "b"})", QStringLiteral("the key 'value' appears twice"));
    put("number with a fraction", R"({"value": 1.5})", QStringLiteral("the API takes only integers"));

    const auto change = [](const char* name, const QByteArray& ifRevision, const QString& reason) {
        QTest::newRow(name) << QByteArray("POST") << QStringLiteral("/changes")
                            << QByteArray(R"({"changes": [{"op": "put", "kind": "variable", "name": "MALFORMED", )"
                                          R"("value": "x", "ifRevision": )"
                                   + ifRevision + "}]}")
                            << reason;
    };
    const QString fraction = QStringLiteral("a number has a fraction or an exponent; the API takes only integers");
    change("ifRevision 0.0", "0.0", fraction);
    change("ifRevision 1.0", "1.0", fraction);
    change("ifRevision 0e5", "0e5", fraction);
    change("ifRevision 1e0", "1e0", fraction);
    change("ifRevision -0", "-0", QStringLiteral("the number -0 is not an integer the API takes; write 0"));
    change("ifRevision 01", "01", QStringLiteral("a number is malformed (no digits, or a leading zero)"));
    change("ifRevision 2^53", "9007199254740992", QStringLiteral("an integer lies outside -(2^53-1) to 2^53-1"));

    const auto channel = [](const char* name, const QByteArray& projectId, const QString& reason) {
        QTest::newRow(name) << QByteArray("POST") << QStringLiteral("//bot-channels")
                            << QByteArray(R"({"projectId": )" + projectId
                                   + R"(, "channelType": "TELEGRAM", "name": "Strict"})")
                            << reason;
    };
    channel("projectId %1.0", "%1.0", fraction);
    channel("projectId %1e0", "%1e0", fraction);
    channel("projectId 0%1", "0%1", QStringLiteral("a leading zero"));
    channel("projectId 2^53 + 1", "9007199254740993", QStringLiteral("an integer lies outside"));
    QTest::newRow("project name with an invalid escape")
        << QByteArray("POST") << QStringLiteral("//projects") << QByteArray(R"({"name": "Shop\qbot"})")
        << QStringLiteral("an invalid escape");
}

void TestServer::bodiesOutsideStrictJsonAre400AndChangeNothing()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, reason);
    const QString fullPath = path.startsWith(QStringLiteral("//")) ? path.mid(1) : projectPath(m_projectId) + path;
    const QByteArray before = serverState();
    const HttpReply reply = send(verb, fullPath, m_adminToken, body.replace("%1", QByteArray::number(m_projectId)));
    QVERIFY2(reply.status == 400, reply.body.constData());
    QCOMPARE(reply.errorCode(), QStringLiteral("malformed_request"));
    const QString message = reply.error_()[QStringLiteral("message")].toString();
    QVERIFY2(message.startsWith(QStringLiteral("The body must be one JSON object in UTF-8: ")), qPrintable(message));
    QVERIFY2(message.contains(reason), qPrintable(message));
    QCOMPARE(serverState(), before);
}

// What a refused request could have changed: the projects, and the first project's variables and
// channels.
QByteArray TestServer::serverState()
{
    QByteArray state;
    for (const QString& path : {QStringLiteral("/projects"), projectPath(m_projectId) + QStringLiteral("/variables"),
             QStringLiteral("/bot-channels?projectId=%1").arg(m_projectId)}) {
        const HttpReply reply = send(
            "GET", path + (path.contains(QLatin1Char('?')) ? u'&' : u'?') + QStringLiteral("limit=1000"), m_adminToken);
        state += QByteArray::number(reply.status) + ' ' + reply.body + '\n';
    }
    return state;
}

void TestServer::configuredSecretsAdminRoleAloneWritesSecrets()
{
    const CommandRun security = runCommand({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("sec"),
        QStringLiteral("--role"), QStringLiteral("SECURITY_ADMIN"), QStringLiteral("--db"), m_databasePath});
    QCOMPARE(security.exitCode, 0);
    RunningServer securityServer;
    QVERIFY(securityServer.start({QStringLiteral("--db"), m_databasePath, QStringLiteral("--secrets-admin-role"),
        QStringLiteral("SECURITY_ADMIN")}));
    const auto putSecret = [&](const QByteArray& token, const QString& name) {
        QNetworkRequest request(
            QUrl(securityServer.url(projectPath(m_projectId) + QStringLiteral("/secrets/") + name)));
        return sendTo(request, "PUT", token, jsonBytes({{QStringLiteral("value"), QStringLiteral("v")}}), {});
    };
    const HttpReply admin = putSecret(m_adminToken, QStringLiteral("BY_SYSTEM_ADMIN"));
    QCOMPARE(admin.status, 403);
    QCOMPARE(admin.error_()[QStringLiteral("details")][QStringLiteral("requiredRoles")].toArray(),
        QJsonArray {QStringLiteral("SECURITY_ADMIN")});
    QCOMPARE(putSecret(security.out.trimmed(), QStringLiteral("BY_SECURITY_ADMIN")).status, 201);
    const HttpReply me
        = sendTo(QNetworkRequest(QUrl(securityServer.url(QStringLiteral("/me")))), "GET", m_adminToken, {}, {});
    QCOMPARE(me.json[QStringLiteral("secretsAdminRole")].toString(), QStringLiteral("SECURITY_ADMIN"));
}

void TestServer::dataSurvivesAKilledServer()
{
    const QString value = QStringLiteral("durable\nзначение");
    QCOMPARE(putVariable(m_projectId, QStringLiteral("DURABLE"), value).status, 201);
    QCOMPARE(send("PUT", projectPath(m_projectId) + QStringLiteral("/secrets/DURABLE_SECRET"), m_adminToken,
                 jsonBytes({{QStringLiteral("value"), QStringLiteral("s3cret")}}))
                 .status,
        201);

    m_server.killHard();
    QVERIFY(m_server.start({QStringLiteral("--db"), m_databasePath}));

    QCOMPARE(send("GET", QStringLiteral("/me"), m_adminToken).status, 200);
    const HttpReply variable
        = send("GET", projectPath(m_projectId) + QStringLiteral("/variables/DURABLE"), m_adminToken);
    QCOMPARE(variable.status, 200);
    QCOMPARE(variable.json[QStringLiteral("value")].toString(), value);
    QCOMPARE(
        send("GET", projectPath(m_projectId) + QStringLiteral("/secrets/DURABLE_SECRET"), m_adminToken).status, 200);
    // Revisions go on from the project's counter: a new write is newer than everything before.
    const HttpReply next = putVariable(m_projectId, QStringLiteral("AFTER_RESTART"), QStringLiteral("x"));
    QVERIFY(next.json[QStringLiteral("revision")].toInteger() > variable.json[QStringLiteral("revision")].toInteger());
}

void TestServer::httpsWorksWithTheCertificateTrusted()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        QSKIP("the openssl command is not installed");
    }
    const QString certificatePath = m_dir.filePath(QStringLiteral("cert.pem"));
    const QString keyPath = m_dir.filePath(QStringLiteral("key.pem"));
    QProcess generate;
    generate.start(openssl,
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
            QStringLiteral("-nodes"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
            QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-days"),
            QStringLiteral("1"), QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"), certificatePath});
    QVERIFY(generate.waitForFinished(60000));
    QCOMPARE(generate.exitCode(), 0);

    const QString tlsDatabase = m_dir.filePath(QStringLiteral("tls.db"));
    const CommandRun user = runCommand({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("tls"),
        QStringLiteral("--role"), QStringLiteral("VIEWER"), QStringLiteral("--db"), tlsDatabase});
    QCOMPARE(user.exitCode, 0);
    const QByteArray token = user.out.trimmed();
    RunningServer tlsServer;
    QVERIFY(tlsServer.start({QStringLiteral("--db"), tlsDatabase, QStringLiteral("--cert"), certificatePath,
        QStringLiteral("--key"), keyPath}));
    QVERIFY2(tlsServer.baseUrl().startsWith(QStringLiteral("https://127.0.0.1:")), qPrintable(tlsServer.baseUrl()));

    // Without the certificate trusted the connection fails: the client really verifies.
    const HttpReply untrusted
        = sendTo(QNetworkRequest(QUrl(tlsServer.url(QStringLiteral("/me")))), "GET", token, {}, {});
    QVERIFY(untrusted.error != QNetworkReply::NoError);
    QCOMPARE(untrusted.status, 0);

    // The failed connection must not be reused for the trusted attempt.
    m_network.clearConnectionCache();
    QNetworkRequest request(QUrl(tlsServer.url(QStringLiteral("/me"))));
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificates(QSslCertificate::fromPath(certificatePath));
    request.setSslConfiguration(configuration);
    const HttpReply trusted = sendTo(request, "GET", token, {}, {});
    QVERIFY2(trusted.error == QNetworkReply::NoError, qPrintable(trusted.sslErrors));
    QCOMPARE(trusted.status, 200);
    QCOMPARE(trusted.json[QStringLiteral("user")][QStringLiteral("login")].toString(), QStringLiteral("tls"));
    tlsServer.killHard();
}

BOTVAULT_TEST_MAIN(TestServer)
#include "TestServer.moc"
