// The reference server's own audit log, end to end: the real botvault-server binary on 127.0.0.1
// at a random port with a temporary database, driven over HTTP. Every API write and deploy appends
// an entry in its request's transaction; GET /projects/{id}/audit lists them newest first for the
// project's admins, in pages, filtered, and never with a value.
#include "tests/support/RunningServer.h"
#include "tests/support/TestMain.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrlQuery>

namespace {

struct HttpReply
{
    int status = 0;
    QByteArray body;
    QJsonObject json;

    QString errorCode() const { return json[QStringLiteral("error")][QStringLiteral("code")].toString(); }
    QJsonArray items() const { return json[QStringLiteral("items")].toArray(); }
};

QByteArray jsonBytes(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The actions of a page, newest first.
QStringList actionsOf(const QJsonArray& items)
{
    QStringList actions;
    for (const QJsonValue& item : items) {
        actions.append(item[QStringLiteral("action")].toString());
    }
    return actions;
}

} // namespace

class TestServerAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void writesAreRecordedWithoutValues();
    void batchRecordsOneEntryPerChange();
    void deploysRecordWhoAndOutcome();
    void refusedWritesRecordNothing();
    void replayedRequestIsRecordedOnce();
    void consoleProjectIsRecorded();
    void onlyAdminsRead_data();
    void onlyAdminsRead();
    void unknownProjectIs404();
    void pagesWalkEveryEntryOnce();
    void filtersNarrowTheListing();
    void badParametersAre400_data();
    void badParametersAre400();
    void cursorOfOtherFiltersIsRefused();
    void noValueAnywhere();

private:
    HttpReply send(const QByteArray& verb, const QString& path, const QByteArray& token, const QByteArray& body = {},
        const QByteArray& contentType = "application/json", const QByteArray& idempotencyKey = {});
    HttpReply audit(qint64 projectId, const QString& query = {}, const QByteArray& token = {});
    qint64 createProject(const QString& name);
    QJsonObject waitForTask(qint64 taskId);

    QTemporaryDir m_dir;
    QString m_databasePath;
    QByteArray m_adminToken;
    QByteArray m_developerToken;
    QByteArray m_securityAdminToken;
    QByteArray m_viewerToken;
    RunningServer m_server;
    QNetworkAccessManager m_network;
    // Values written through the API: none may appear in an audit listing or the server's log.
    QStringList m_canaries;
};

HttpReply TestServerAudit::send(const QByteArray& verb, const QString& path, const QByteArray& token,
    const QByteArray& body, const QByteArray& contentType, const QByteArray& idempotencyKey)
{
    QNetworkRequest request(QUrl(m_server.url(path)));
    request.setRawHeader("Authorization", "Bearer " + token);
    if (verb == "PUT" || verb == "POST") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    }
    if (!idempotencyKey.isEmpty()) {
        request.setRawHeader("Idempotency-Key", idempotencyKey);
    }
    request.setTransferTimeout(30000);
    QNetworkReply* reply = m_network.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    reply->deleteLater();
    return result;
}

HttpReply TestServerAudit::audit(qint64 projectId, const QString& query, const QByteArray& token)
{
    return send("GET", QStringLiteral("/projects/%1/audit%2").arg(projectId).arg(query),
        token.isEmpty() ? m_adminToken : token);
}

qint64 TestServerAudit::createProject(const QString& name)
{
    const HttpReply reply
        = send("POST", QStringLiteral("/projects"), m_developerToken, jsonBytes({{QStringLiteral("name"), name}}));
    return reply.status == 201 ? reply.json[QStringLiteral("id")].toInteger() : 0;
}

QJsonObject TestServerAudit::waitForTask(qint64 taskId)
{
    QElapsedTimer timer;
    timer.start();
    QJsonObject task;
    // A deadline against a hung deploy, not a timing assertion.
    while (timer.elapsed() < 30000) {
        task = send("GET", QStringLiteral("/async/tasks/%1").arg(taskId), m_viewerToken).json;
        const QString status = task[QStringLiteral("status")].toString();
        if (status == QStringLiteral("SUCCEEDED") || status == QStringLiteral("FAILED")) {
            break;
        }
        QTest::qWait(50);
    }
    return task;
}

void TestServerAudit::initTestCase()
{
    QVERIFY2(QFile::exists(TestSupport::serverPath()), "build the botvault-server target first");
    QVERIFY(m_dir.isValid());
    m_databasePath = m_dir.filePath(QStringLiteral("server.db"));
    const auto addUser = [this](const QString& login, const QString& role) {
        const TestSupport::ServerCommandRun run = TestSupport::runServerCommand({QStringLiteral("user"),
            QStringLiteral("add"), login, QStringLiteral("--role"), role, QStringLiteral("--db"), m_databasePath});
        return run.exitCode == 0 ? run.out.trimmed() : QByteArray();
    };
    m_adminToken = addUser(QStringLiteral("ann"), QStringLiteral("SYSTEM_ADMIN"));
    m_developerToken = addUser(QStringLiteral("dev"), QStringLiteral("DEVELOPER"));
    m_securityAdminToken = addUser(QStringLiteral("sam"), QStringLiteral("SECURITY_ADMIN"));
    m_viewerToken = addUser(QStringLiteral("vic"), QStringLiteral("VIEWER"));
    QVERIFY(!m_adminToken.isEmpty() && !m_developerToken.isEmpty());
    QVERIFY(!m_securityAdminToken.isEmpty() && !m_viewerToken.isEmpty());
    QVERIFY(m_server.start({QStringLiteral("--db"), m_databasePath}));
}

void TestServerAudit::writesAreRecordedWithoutValues()
{
    const qint64 project = createProject(QStringLiteral("Audited"));
    QVERIFY(project > 0);
    const QString secretPath = QStringLiteral("/projects/%1/secrets/STRIPE_KEY").arg(project);
    const QString variablePath = QStringLiteral("/projects/%1/variables/GREETING").arg(project);
    m_canaries << QStringLiteral("sk_canary_first_7f3a") << QStringLiteral("sk_canary_second_91c2")
               << QStringLiteral("hello-canary-4410");
    QCOMPARE(
        send("PUT", secretPath, m_adminToken, jsonBytes({{QStringLiteral("value"), m_canaries.at(0)}})).status, 201);
    QCOMPARE(
        send("PUT", secretPath, m_adminToken, jsonBytes({{QStringLiteral("value"), m_canaries.at(1)}})).status, 200);
    QCOMPARE(
        send("PUT", variablePath, m_developerToken, jsonBytes({{QStringLiteral("value"), m_canaries.at(2)}})).status,
        201);
    // The same value, now exported: only the flag changed.
    QCOMPARE(send("PUT", variablePath, m_developerToken,
                 jsonBytes({{QStringLiteral("value"), m_canaries.at(2)}, {QStringLiteral("includeInExport"), true}}))
                 .status,
        200);
    QCOMPARE(send("DELETE", variablePath, m_developerToken).status, 204);
    QCOMPARE(send("DELETE", secretPath, m_adminToken).status, 204);

    const HttpReply listing = audit(project);
    QCOMPARE(listing.status, 200);
    QCOMPARE(actionsOf(listing.items()),
        QStringList({QStringLiteral("SECRET_DELETED"), QStringLiteral("VARIABLE_DELETED"),
            QStringLiteral("VARIABLE_REPLACED"), QStringLiteral("VARIABLE_CREATED"), QStringLiteral("SECRET_REPLACED"),
            QStringLiteral("SECRET_CREATED"), QStringLiteral("PROJECT_CREATED")}));
    QVERIFY(listing.json[QStringLiteral("nextCursor")].isNull());
    const QJsonArray items = listing.items();
    const QJsonObject flagChange = items.at(2).toObject();
    QCOMPARE(flagChange[QStringLiteral("kind")].toString(), QStringLiteral("variable"));
    QCOMPARE(flagChange[QStringLiteral("name")].toString(), QStringLiteral("GREETING"));
    QCOMPARE(flagChange[QStringLiteral("actor")].toString(), QStringLiteral("dev"));
    QCOMPARE(flagChange[QStringLiteral("details")][QStringLiteral("changed")].toArray(),
        QJsonArray({QStringLiteral("includeInExport")}));
    QCOMPARE(flagChange[QStringLiteral("details")][QStringLiteral("includeInExport")].toBool(), true);
    const QJsonObject secretReplaced = items.at(4).toObject();
    QCOMPARE(secretReplaced[QStringLiteral("actor")].toString(), QStringLiteral("ann"));
    QVERIFY(secretReplaced[QStringLiteral("revision")].toInteger() > 0);
    QVERIFY(!secretReplaced[QStringLiteral("requestId")].toString().isEmpty());
    QVERIFY(secretReplaced[QStringLiteral("at")].toString().endsWith(u'Z'));
    QCOMPARE(items.at(6)[QStringLiteral("details")][QStringLiteral("name")].toString(), QStringLiteral("Audited"));
    for (const QString& canary : std::as_const(m_canaries)) {
        QVERIFY2(!listing.body.contains(canary.toUtf8()), qPrintable(canary));
    }
}

void TestServerAudit::batchRecordsOneEntryPerChange()
{
    const qint64 project = createProject(QStringLiteral("Batch"));
    m_canaries << QStringLiteral("batch-secret-canary-51") << QStringLiteral("batch-variable-canary-52");
    const QJsonArray changes {
        QJsonObject {{QStringLiteral("op"), QStringLiteral("put")}, {QStringLiteral("kind"), QStringLiteral("secret")},
            {QStringLiteral("name"), QStringLiteral("TOKEN")},
            {QStringLiteral("value"), m_canaries.at(m_canaries.size() - 2)}},
        QJsonObject {{QStringLiteral("op"), QStringLiteral("put")},
            {QStringLiteral("kind"), QStringLiteral("variable")}, {QStringLiteral("name"), QStringLiteral("MODE")},
            {QStringLiteral("value"), m_canaries.constLast()}},
    };
    QCOMPARE(send("POST", QStringLiteral("/projects/%1/changes").arg(project), m_adminToken,
                 jsonBytes({{QStringLiteral("changes"), changes}}))
                 .status,
        200);
    const QJsonArray items = audit(project).items();
    QCOMPARE(actionsOf(items),
        QStringList(
            {QStringLiteral("VARIABLE_CREATED"), QStringLiteral("SECRET_CREATED"), QStringLiteral("PROJECT_CREATED")}));
    QCOMPARE(items.at(0)[QStringLiteral("details")][QStringLiteral("batchIndex")].toInt(), 1);
    QCOMPARE(items.at(1)[QStringLiteral("details")][QStringLiteral("batchIndex")].toInt(), 0);
    QCOMPARE(items.at(1)[QStringLiteral("details")][QStringLiteral("batchSize")].toInt(), 2);
    // One request: both entries carry its id.
    QCOMPARE(items.at(0)[QStringLiteral("requestId")], items.at(1)[QStringLiteral("requestId")]);
    QVERIFY(items.at(0)[QStringLiteral("requestId")] != items.at(2)[QStringLiteral("requestId")]);
}

void TestServerAudit::deploysRecordWhoAndOutcome()
{
    const qint64 project = createProject(QStringLiteral("Deployed"));
    const HttpReply channels = send("GET", QStringLiteral("/bot-channels?projectId=%1").arg(project), m_viewerToken);
    QCOMPARE(channels.items().size(), 1);
    const qint64 testWidget = channels.items().at(0)[QStringLiteral("id")].toInteger();
    const HttpReply created = send("POST", QStringLiteral("/bot-channels"), m_developerToken,
        jsonBytes({{QStringLiteral("projectId"), project}, {QStringLiteral("channelType"), QStringLiteral("TELEGRAM")},
            {QStringLiteral("name"), QStringLiteral("Shop TG")}}));
    QCOMPARE(created.status, 201);

    const auto deploy = [this](qint64 channel) {
        const HttpReply accepted = send("POST", QStringLiteral("/async/bot-channels/deploy"), m_developerToken,
            jsonBytes({{QStringLiteral("botChannelId"), channel}}));
        return accepted.status == 202 ? waitForTask(accepted.json[QStringLiteral("id")].toInteger()) : QJsonObject();
    };
    QCOMPARE(deploy(testWidget)[QStringLiteral("status")].toString(), QStringLiteral("SUCCEEDED"));
    QCOMPARE(send("PUT", QStringLiteral("/projects/%1/bot-script").arg(project), m_developerToken,
                 "function onMessage( {", "application/javascript")
                 .status,
        201);
    const QJsonObject failed = deploy(testWidget);
    QCOMPARE(failed[QStringLiteral("status")].toString(), QStringLiteral("FAILED"));

    const QJsonArray items = audit(project).items();
    QCOMPARE(actionsOf(items),
        QStringList({QStringLiteral("DEPLOY_FAILED"), QStringLiteral("DEPLOY_REQUESTED"),
            QStringLiteral("BOT_SCRIPT_WRITTEN"), QStringLiteral("DEPLOY_SUCCEEDED"),
            QStringLiteral("DEPLOY_REQUESTED"), QStringLiteral("CHANNEL_CREATED"), QStringLiteral("PROJECT_CREATED")}));
    const QJsonObject outcome = items.at(0).toObject();
    QCOMPARE(outcome[QStringLiteral("actor")].toString(), QStringLiteral("dev"));
    QCOMPARE(outcome[QStringLiteral("botChannelId")].toInteger(), testWidget);
    QCOMPARE(outcome[QStringLiteral("deployId")].toInteger(), failed[QStringLiteral("deployId")].toInteger());
    QCOMPARE(
        outcome[QStringLiteral("details")][QStringLiteral("errorCode")].toString(), QStringLiteral("script_error"));
    QCOMPARE(items.at(1)[QStringLiteral("deployId")].toInteger(), failed[QStringLiteral("deployId")].toInteger());
    QCOMPARE(items.at(3)[QStringLiteral("botChannelId")].toInteger(), testWidget);
    QCOMPARE(
        items.at(5)[QStringLiteral("details")][QStringLiteral("channelType")].toString(), QStringLiteral("TELEGRAM"));
    QCOMPARE(items.at(5)[QStringLiteral("botChannelId")].toInteger(), created.json[QStringLiteral("id")].toInteger());
}

void TestServerAudit::refusedWritesRecordNothing()
{
    const qint64 project = createProject(QStringLiteral("Refused"));
    const QString path = QStringLiteral("/projects/%1/variables/PORT").arg(project);
    QCOMPARE(
        send("PUT", path, m_developerToken, jsonBytes({{QStringLiteral("value"), QStringLiteral("80")}})).status, 201);
    const int before = audit(project).items().size();
    // A stale precondition (412), a missing role (403) and a bad body (422) change nothing.
    QNetworkRequest stale(QUrl(m_server.url(path)));
    stale.setRawHeader("Authorization", "Bearer " + m_developerToken);
    stale.setRawHeader("If-Match", "\"999\"");
    stale.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply* reply = m_network.put(stale, jsonBytes({{QStringLiteral("value"), QStringLiteral("81")}}));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(30000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 412);
    reply->deleteLater();
    QCOMPARE(
        send("PUT", path, m_viewerToken, jsonBytes({{QStringLiteral("value"), QStringLiteral("82")}})).status, 403);
    QCOMPARE(send("PUT", path, m_developerToken, jsonBytes({{QStringLiteral("value"), 83}})).status, 422);
    QCOMPARE(audit(project).items().size(), before);
}

void TestServerAudit::replayedRequestIsRecordedOnce()
{
    const qint64 project = createProject(QStringLiteral("Replayed"));
    const QString path = QStringLiteral("/projects/%1/variables/RETRIED").arg(project);
    const QByteArray body = jsonBytes({{QStringLiteral("value"), QStringLiteral("1")}});
    QCOMPARE(send("PUT", path, m_developerToken, body, "application/json", "audit-replay-key-1").status, 201);
    QCOMPARE(send("PUT", path, m_developerToken, body, "application/json", "audit-replay-key-1").status, 201);
    QCOMPARE(actionsOf(audit(project).items()),
        QStringList({QStringLiteral("VARIABLE_CREATED"), QStringLiteral("PROJECT_CREATED")}));
}

void TestServerAudit::consoleProjectIsRecorded()
{
    const TestSupport::ServerCommandRun run = TestSupport::runServerCommand({QStringLiteral("project"),
        QStringLiteral("add"), QStringLiteral("From console"), QStringLiteral("--db"), m_databasePath});
    QCOMPARE(run.exitCode, 0);
    const qint64 project = run.out.trimmed().toLongLong();
    const QJsonArray items = audit(project).items();
    QCOMPARE(actionsOf(items), QStringList({QStringLiteral("PROJECT_CREATED")}));
    QCOMPARE(items.at(0)[QStringLiteral("actor")].toString(), QStringLiteral("botvault-server"));
    QVERIFY(items.at(0)[QStringLiteral("requestId")].isNull());
}

void TestServerAudit::onlyAdminsRead_data()
{
    QTest::addColumn<QString>("who");
    QTest::newRow("DEVELOPER") << QStringLiteral("dev");
    QTest::newRow("VIEWER") << QStringLiteral("vic");
    // With the default secrets-admin role (SYSTEM_ADMIN), a security admin is not the project's admin.
    QTest::newRow("SECURITY_ADMIN") << QStringLiteral("sam");
}

void TestServerAudit::onlyAdminsRead()
{
    QFETCH(QString, who);
    const QByteArray token = who == QStringLiteral("dev") ? m_developerToken
        : who == QStringLiteral("vic")                    ? m_viewerToken
                                                          : m_securityAdminToken;
    const qint64 project = createProject(QStringLiteral("Guarded"));
    const HttpReply refused = audit(project, {}, token);
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.errorCode(), QStringLiteral("forbidden"));
    QCOMPARE(
        refused.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("requiredRoles")].toArray(),
        QJsonArray({QStringLiteral("SYSTEM_ADMIN")}));
    QVERIFY(!refused.body.contains("PROJECT_CREATED"));
    QCOMPARE(audit(project).status, 200);
}

void TestServerAudit::unknownProjectIs404()
{
    QCOMPARE(audit(999999).status, 404);
    QCOMPARE(audit(999999).errorCode(), QStringLiteral("not_found"));
    QCOMPARE(send("POST", QStringLiteral("/projects/1/audit"), m_adminToken, "{}").status, 405);
}

void TestServerAudit::pagesWalkEveryEntryOnce()
{
    const qint64 project = createProject(QStringLiteral("Paged"));
    for (int i = 0; i < 7; ++i) {
        QCOMPARE(send("PUT", QStringLiteral("/projects/%1/variables/V%2").arg(project).arg(i), m_developerToken,
                     jsonBytes({{QStringLiteral("value"), QString::number(i)}}))
                     .status,
            201);
    }
    const QJsonArray all = audit(project).items();
    QCOMPARE(all.size(), 8);
    QJsonArray walked;
    QString cursor;
    int pages = 0;
    do {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("3"));
        if (!cursor.isEmpty()) {
            query.addQueryItem(QStringLiteral("cursor"), cursor);
        }
        const HttpReply page = audit(project, u'?' + query.toString(QUrl::FullyEncoded));
        QCOMPARE(page.status, 200);
        QVERIFY(page.items().size() <= 3);
        for (const QJsonValue& item : page.items()) {
            walked.append(item);
        }
        cursor = page.json[QStringLiteral("nextCursor")].toString();
        ++pages;
    } while (!cursor.isEmpty() && pages < 10);
    QCOMPARE(pages, 3);
    QCOMPARE(walked, all);
}

void TestServerAudit::filtersNarrowTheListing()
{
    const qint64 project = createProject(QStringLiteral("Filtered"));
    const auto put = [&](const QString& name) {
        return send("PUT", QStringLiteral("/projects/%1/variables/%2").arg(project).arg(name), m_developerToken,
            jsonBytes({{QStringLiteral("value"), QStringLiteral("x")}}))
            .status;
    };
    QCOMPARE(put(QStringLiteral("ALPHA")), 201);
    QCOMPARE(put(QStringLiteral("BETA")), 201);
    QCOMPARE(send("DELETE", QStringLiteral("/projects/%1/variables/ALPHA").arg(project), m_developerToken).status, 204);

    const QJsonArray alpha = audit(project, QStringLiteral("?name=ALPHA")).items();
    QCOMPARE(actionsOf(alpha), QStringList({QStringLiteral("VARIABLE_DELETED"), QStringLiteral("VARIABLE_CREATED")}));
    const QJsonArray created = audit(project, QStringLiteral("?action=VARIABLE_CREATED")).items();
    QCOMPARE(created.size(), 2);
    QCOMPARE(created.at(0)[QStringLiteral("name")].toString(), QStringLiteral("BETA"));

    // since is inclusive, until exclusive: the first entry's own time keeps it out of "until".
    const QJsonArray all = audit(project).items();
    const QString oldest = all.last()[QStringLiteral("at")].toString();
    const QString newest = all.first()[QStringLiteral("at")].toString();
    QCOMPARE(audit(project, QStringLiteral("?since=") + oldest).items().size(), all.size());
    QCOMPARE(audit(project, QStringLiteral("?until=") + oldest).items().size(), 0);
    const QJsonArray upToNewest = audit(project,
        QStringLiteral("?since=") + oldest + QStringLiteral("&until=")
            + QString::fromLatin1(QUrl::toPercentEncoding(
                QDateTime::fromString(newest, Qt::ISODateWithMs).addMSecs(1).toString(Qt::ISODateWithMs))))
                                      .items();
    QCOMPARE(upToNewest.size(), all.size());
    // A zone other than Z means the same moment.
    const QString shifted
        = QDateTime::fromString(oldest, Qt::ISODateWithMs).toOffsetFromUtc(2 * 3600).toString(Qt::ISODateWithMs);
    QVERIFY(shifted.endsWith(QStringLiteral("+02:00")));
    QCOMPARE(audit(project, QStringLiteral("?since=") + QString::fromLatin1(QUrl::toPercentEncoding(shifted)))
                 .items()
                 .size(),
        all.size());
}

void TestServerAudit::badParametersAre400_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("parameter");
    QTest::newRow("unknown action") << QStringLiteral("action=SECRET_READ") << QStringLiteral("action");
    QTest::newRow("time without zone") << QStringLiteral("since=2025-03-04T09:15:02") << QStringLiteral("since");
    QTest::newRow("date only") << QStringLiteral("until=2025-03-04") << QStringLiteral("until");
    QTest::newRow("bad name") << QStringLiteral("name=api-key") << QStringLiteral("name");
    QTest::newRow("typo") << QStringLiteral("acton=SECRET_CREATED") << QStringLiteral("acton");
    QTest::newRow("limit") << QStringLiteral("limit=0") << QStringLiteral("limit");
    QTest::newRow("since after until") << QStringLiteral("since=2025-03-05T00:00:00Z&until=2025-03-04T00:00:00Z")
                                       << QStringLiteral("since");
}

void TestServerAudit::badParametersAre400()
{
    QFETCH(QString, query);
    QFETCH(QString, parameter);
    const qint64 project = createProject(QStringLiteral("Strict"));
    const HttpReply reply = audit(project, u'?' + query);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("malformed_request"));
    QVERIFY2(reply.body.contains(parameter.toUtf8()), reply.body.constData());
}

void TestServerAudit::cursorOfOtherFiltersIsRefused()
{
    const qint64 project = createProject(QStringLiteral("Cursor"));
    for (const QString& name : {QStringLiteral("ONE"), QStringLiteral("TWO")}) {
        QCOMPARE(send("PUT", QStringLiteral("/projects/%1/variables/%2").arg(project).arg(name), m_developerToken,
                     jsonBytes({{QStringLiteral("value"), QStringLiteral("x")}}))
                     .status,
            201);
    }
    const QString cursor = audit(project, QStringLiteral("?limit=1")).json[QStringLiteral("nextCursor")].toString();
    QVERIFY(!cursor.isEmpty());
    QCOMPARE(audit(project, QStringLiteral("?limit=1&cursor=") + cursor).status, 200);
    const HttpReply otherFilter = audit(project, QStringLiteral("?limit=1&action=VARIABLE_CREATED&cursor=") + cursor);
    QCOMPARE(otherFilter.status, 400);
    QCOMPARE(otherFilter.errorCode(), QStringLiteral("invalid_cursor"));
    const qint64 other = createProject(QStringLiteral("Other"));
    QCOMPARE(audit(other, QStringLiteral("?limit=1&cursor=") + cursor).errorCode(), QStringLiteral("invalid_cursor"));
}

void TestServerAudit::noValueAnywhere()
{
    QVERIFY(m_canaries.size() >= 5);
    QByteArray everything;
    for (qint64 project = 1; project < 40; ++project) {
        const HttpReply reply = audit(project, QStringLiteral("?limit=1000"));
        if (reply.status == 200) {
            everything += reply.body;
        }
    }
    QVERIFY(everything.contains("SECRET_CREATED"));
    const QByteArray log = m_server.log();
    for (const QString& canary : std::as_const(m_canaries)) {
        QVERIFY2(!everything.contains(canary.toUtf8()), qPrintable(canary));
        QVERIFY2(!log.contains(canary.toUtf8()), qPrintable(canary));
    }
}

BOTVAULT_TEST_MAIN(TestServerAudit)
#include "TestServerAudit.moc"
