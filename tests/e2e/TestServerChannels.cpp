// Bot channels, deploys, tasks, the bot script and the bot runtime of the reference server, end to
// end: the real botvault-server binary on 127.0.0.1 at a random port with a temporary database,
// driven over HTTP. The semantics test is issue 6's: secrets are live, variables are deployed.
#include "tests/support/TestMain.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QJSEngine>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <memory>
#include <vector>

namespace {

QString serverPath()
{
    return QStringLiteral(BOTVAULT_BIN_DIR "/botvault-server");
}

struct HttpReply
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray& name) const
    {
        for (const auto& pair : headers) {
            if (pair.first.compare(name, Qt::CaseInsensitive) == 0) {
                return pair.second;
            }
        }
        return {};
    }
    QString errorCode() const { return json[QStringLiteral("error")][QStringLiteral("code")].toString(); }
    QJsonArray items() const { return json[QStringLiteral("items")].toArray(); }
};

QByteArray jsonBytes(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// `botvault-server serve` on a free port; keeps everything it logs so a test can search the log.
class ServerProcess
{
public:
    ServerProcess() = default;
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;
    ~ServerProcess() { stop(); }

    bool start(const QStringList& arguments)
    {
        m_process = std::make_unique<QProcess>();
        m_process->start(serverPath(),
            QStringList {QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0")} + arguments);
        QElapsedTimer timer;
        timer.start();
        while (!m_process->canReadLine() && timer.elapsed() < 15000) {
            if (!m_process->waitForReadyRead(500) && m_process->state() == QProcess::NotRunning) {
                break;
            }
        }
        const QByteArray line = m_process->readLine().trimmed();
        const QByteArray prefix = "listening on ";
        if (!line.startsWith(prefix)) {
            qWarning("server did not start: %s %s", line.constData(), m_process->readAllStandardError().constData());
            return false;
        }
        m_baseUrl = QString::fromUtf8(line.mid(prefix.size())) + QStringLiteral("/api/v1");
        return true;
    }

    void stop()
    {
        if (m_process) {
            m_process->kill();
            m_process->waitForFinished(10000);
            m_log += m_process->readAllStandardError();
            m_process.reset();
        }
    }

    bool isRunning() const { return m_process && m_process->state() == QProcess::Running; }

    QByteArray log()
    {
        if (m_process) {
            m_process->waitForReadyRead(100);
            m_log += m_process->readAllStandardError();
        }
        return m_log;
    }

    QString url(const QString& path) const { return m_baseUrl + path; }

private:
    std::unique_ptr<QProcess> m_process;
    QString m_baseUrl;
    QByteArray m_log;
};

} // namespace

class TestServerChannels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void everyProjectHasItsTestWidget();
    void channelsOfOtherTypesAreCreated_data();
    void channelsOfOtherTypesAreCreated();
    void secondTestWidgetIs409();
    void viewerReadsButCannotDeployOrEvaluate();
    void deploySucceedsAndSwitchesTheSnapshot();
    void secondDeployWhileOneRunsIs409();
    void scriptSyntaxErrorFailsAndKeepsTheOldSnapshot();
    void pendingVariablesFollowTheValues();
    void liveSecretsAndDeployedVariables();
    void runtimeSemantics_data();
    void runtimeSemantics();
    void messageRunsOnMessage();
    void testWidgetRefusesOtherChannelTypes();
    void endlessLoopTimesOutAndTheServerAnswers();
    void memoryBombFailsAndTheServerAnswers();
    void logHoldsNoSecretExpressionOrReply();
    void developerRunsWithStandInValues_data();
    void developerRunsWithStandInValues();
    void secretsAdminRoleDecidesWhoGetsRealValues();
    void escapedCopiesAreMasked_data();
    void escapedCopiesAreMasked();
    void meAnswersWhileThreeEndlessLoopsRun();
    void runsPastTheCapsAre429();
    void aClientLeavingEndsItsRun();
    void aRequestPipelinedBehindARunIsAnsweredAfterIt();

private:
    HttpReply send(const QByteArray& verb, const QString& path, const QByteArray& token, const QByteArray& body = {},
        const QByteArray& contentType = "application/json", ServerProcess* server = nullptr);
    qint64 createProject(const QString& name);
    qint64 testWidgetOf(qint64 projectId);
    qint64 createChannel(qint64 projectId, const QString& type, const QString& name);
    void putSecret(qint64 projectId, const QString& name, const QString& value);
    void putVariable(qint64 projectId, const QString& name, const QString& value, bool includeInExport = false);
    void putScript(qint64 projectId, const QByteArray& script);
    // Deploys and waits for the task to finish; returns the final task.
    QJsonObject deployAndWait(qint64 channelId, ServerProcess* server = nullptr);
    QJsonObject waitForTask(qint64 taskId, ServerProcess* server = nullptr);
    HttpReply evaluate(qint64 channelId, const QString& expression,
        const QString& endpoint = QStringLiteral("evaluate"), const QByteArray& token = {});
    // Sends an evaluation without waiting for it; finished() comes later.
    QNetworkReply* startEvaluate(qint64 channelId, const QString& expression, const QByteArray& token);
    QStringList pendingNames(qint64 channelId);

    QTemporaryDir m_dir;
    QString m_databasePath;
    QByteArray m_adminToken;
    QByteArray m_developerToken;
    QByteArray m_otherDeveloperToken;
    QByteArray m_viewerToken;
    ServerProcess m_server;
    QNetworkAccessManager m_network;
    qint64 m_projectId = 0;
    // Values that must never reach the server's log.
    QStringList m_canaries;
};

HttpReply TestServerChannels::send(const QByteArray& verb, const QString& path, const QByteArray& token,
    const QByteArray& body, const QByteArray& contentType, ServerProcess* server)
{
    QNetworkRequest request(QUrl((server ? server : &m_server)->url(path)));
    request.setRawHeader("Authorization", "Bearer " + token);
    if (verb == "PUT" || verb == "POST") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
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
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

qint64 TestServerChannels::createProject(const QString& name)
{
    const HttpReply reply
        = send("POST", QStringLiteral("/projects"), m_adminToken, jsonBytes({{QStringLiteral("name"), name}}));
    return reply.status == 201 ? reply.json[QStringLiteral("id")].toInteger() : 0;
}

qint64 TestServerChannels::testWidgetOf(qint64 projectId)
{
    const HttpReply list = send("GET", QStringLiteral("/bot-channels?projectId=%1").arg(projectId), m_viewerToken);
    for (const QJsonValue& channel : list.items()) {
        if (channel[QStringLiteral("channelType")].toString() == QStringLiteral("TEST_WIDGET")) {
            return channel[QStringLiteral("id")].toInteger();
        }
    }
    return 0;
}

qint64 TestServerChannels::createChannel(qint64 projectId, const QString& type, const QString& name)
{
    const HttpReply reply = send("POST", QStringLiteral("/bot-channels"), m_developerToken,
        jsonBytes({{QStringLiteral("projectId"), projectId}, {QStringLiteral("channelType"), type},
            {QStringLiteral("name"), name}}));
    return reply.status == 201 ? reply.json[QStringLiteral("id")].toInteger() : 0;
}

void TestServerChannels::putSecret(qint64 projectId, const QString& name, const QString& value)
{
    m_canaries.append(value);
    const HttpReply reply = send("PUT", QStringLiteral("/projects/%1/secrets/%2").arg(projectId).arg(name),
        m_adminToken, jsonBytes({{QStringLiteral("value"), value}}));
    QVERIFY2(reply.status == 200 || reply.status == 201, reply.body.constData());
}

void TestServerChannels::putVariable(qint64 projectId, const QString& name, const QString& value, bool includeInExport)
{
    const HttpReply reply
        = send("PUT", QStringLiteral("/projects/%1/variables/%2").arg(projectId).arg(name), m_developerToken,
            jsonBytes({{QStringLiteral("value"), value}, {QStringLiteral("includeInExport"), includeInExport}}));
    QVERIFY2(reply.status == 200 || reply.status == 201, reply.body.constData());
}

void TestServerChannels::putScript(qint64 projectId, const QByteArray& script)
{
    const HttpReply reply = send("PUT", QStringLiteral("/projects/%1/bot-script").arg(projectId), m_developerToken,
        script, "application/javascript");
    QVERIFY2(reply.status == 200 || reply.status == 201, reply.body.constData());
}

QJsonObject TestServerChannels::waitForTask(qint64 taskId, ServerProcess* server)
{
    QElapsedTimer timer;
    timer.start();
    QJsonObject task;
    // A deadline against a hung deploy, not a timing assertion.
    while (timer.elapsed() < 30000) {
        task = send("GET", QStringLiteral("/async/tasks/%1").arg(taskId), m_viewerToken, {}, {}, server).json;
        const QString status = task[QStringLiteral("status")].toString();
        if (status == QStringLiteral("SUCCEEDED") || status == QStringLiteral("FAILED")) {
            break;
        }
        QTest::qWait(50);
    }
    return task;
}

QJsonObject TestServerChannels::deployAndWait(qint64 channelId, ServerProcess* server)
{
    const HttpReply accepted = send("POST", QStringLiteral("/async/bot-channels/deploy"), m_developerToken,
        jsonBytes({{QStringLiteral("botChannelId"), channelId}}), "application/json", server);
    if (accepted.status != 202) {
        qWarning("deploy refused: %d %s", accepted.status, accepted.body.constData());
        return {};
    }
    return waitForTask(accepted.json[QStringLiteral("id")].toInteger(), server);
}

HttpReply TestServerChannels::evaluate(
    qint64 channelId, const QString& expression, const QString& endpoint, const QByteArray& token)
{
    return send("POST", QStringLiteral("/bot-channels/%1/%2").arg(channelId).arg(endpoint),
        token.isEmpty() ? m_adminToken : token, jsonBytes({{QStringLiteral("expression"), expression}}));
}

QNetworkReply* TestServerChannels::startEvaluate(qint64 channelId, const QString& expression, const QByteArray& token)
{
    QNetworkRequest request(QUrl(m_server.url(QStringLiteral("/bot-channels/%1/evaluate").arg(channelId))));
    request.setRawHeader("Authorization", "Bearer " + token);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(30000);
    return m_network.post(request, jsonBytes({{QStringLiteral("expression"), expression}}));
}

QStringList TestServerChannels::pendingNames(qint64 channelId)
{
    QStringList names;
    const HttpReply reply
        = send("GET", QStringLiteral("/bot-channels/%1/pending-variables").arg(channelId), m_viewerToken);
    for (const QJsonValue& item : reply.items()) {
        names.append(
            item[QStringLiteral("name")].toString() + QLatin1Char(':') + item[QStringLiteral("change")].toString());
    }
    return names;
}

void TestServerChannels::initTestCase()
{
    QVERIFY2(QFile::exists(serverPath()), "build the botvault-server target first");
    QVERIFY(m_dir.isValid());
    m_databasePath = m_dir.filePath(QStringLiteral("server.db"));
    const auto addUser = [this](const QString& login, const QString& role) {
        QProcess process;
        process.start(serverPath(),
            {QStringLiteral("user"), QStringLiteral("add"), login, QStringLiteral("--role"), role,
                QStringLiteral("--db"), m_databasePath});
        process.waitForFinished(30000);
        return process.exitCode() == 0 ? process.readAllStandardOutput().trimmed() : QByteArray();
    };
    m_adminToken = addUser(QStringLiteral("ann"), QStringLiteral("SYSTEM_ADMIN"));
    m_developerToken = addUser(QStringLiteral("dev"), QStringLiteral("DEVELOPER"));
    m_otherDeveloperToken = addUser(QStringLiteral("dave"), QStringLiteral("DEVELOPER"));
    m_viewerToken = addUser(QStringLiteral("vic"), QStringLiteral("VIEWER"));
    QVERIFY(!m_adminToken.isEmpty() && !m_developerToken.isEmpty() && !m_viewerToken.isEmpty());
    QVERIFY(!m_otherDeveloperToken.isEmpty());
    QVERIFY(m_server.start({QStringLiteral("--db"), m_databasePath}));
    m_projectId = createProject(QStringLiteral("Shop bot"));
    QVERIFY(m_projectId > 0);
}

void TestServerChannels::cleanupTestCase()
{
    m_server.stop();
}

void TestServerChannels::everyProjectHasItsTestWidget()
{
    const HttpReply list = send("GET", QStringLiteral("/bot-channels?projectId=%1").arg(m_projectId), m_viewerToken);
    QCOMPARE(list.status, 200);
    QCOMPARE(list.items().size(), 1);
    const QJsonObject channel = list.items().first().toObject();
    QCOMPARE(channel[QStringLiteral("channelType")].toString(), QStringLiteral("TEST_WIDGET"));
    QCOMPARE(channel[QStringLiteral("projectId")].toInteger(), m_projectId);
    QVERIFY(channel[QStringLiteral("lastDeploy")].isNull());
    QVERIFY(channel[QStringLiteral("activeDeployId")].isNull());
    QVERIFY(list.json[QStringLiteral("nextCursor")].isNull());

    const HttpReply withoutProject = send("GET", QStringLiteral("/bot-channels"), m_viewerToken);
    QCOMPARE(withoutProject.status, 400);
    const HttpReply unknownProject
        = send("GET", QStringLiteral("/bot-channels?projectId=%1").arg(m_projectId + 1000), m_viewerToken);
    QCOMPARE(unknownProject.status, 404);
}

void TestServerChannels::channelsOfOtherTypesAreCreated_data()
{
    QTest::addColumn<QString>("type");
    QTest::newRow("Telegram") << QStringLiteral("TELEGRAM");
    QTest::newRow("chat widget") << QStringLiteral("CHAT_WIDGET");
    QTest::newRow("Chat API") << QStringLiteral("CHAT_API");
}

void TestServerChannels::channelsOfOtherTypesAreCreated()
{
    QFETCH(QString, type);
    const qint64 project = createProject(QStringLiteral("Types ") + type);
    const HttpReply created = send("POST", QStringLiteral("/bot-channels"), m_developerToken,
        jsonBytes({{QStringLiteral("projectId"), project}, {QStringLiteral("channelType"), type},
            {QStringLiteral("name"), QStringLiteral("Support")}}));
    QCOMPARE(created.status, 201);
    const qint64 id = created.json[QStringLiteral("id")].toInteger();
    QCOMPARE(created.header("Location"), QStringLiteral("/api/v1/bot-channels/%1").arg(id).toUtf8());
    QCOMPARE(created.json[QStringLiteral("createdBy")].toString(), QStringLiteral("dev"));

    const HttpReply list
        = send("GET", QStringLiteral("/bot-channels?projectId=%1&limit=1").arg(project), m_viewerToken);
    QCOMPARE(list.items().size(), 1);
    QVERIFY(!list.json[QStringLiteral("nextCursor")].isNull());
    const HttpReply second = send("GET",
        QStringLiteral("/bot-channels?projectId=%1&limit=1&cursor=%2")
            .arg(project)
            .arg(list.json[QStringLiteral("nextCursor")].toString()),
        m_viewerToken);
    QCOMPARE(second.items().size(), 1);
    QCOMPARE(second.items().first()[QStringLiteral("channelType")].toString(), type);
    QVERIFY(second.json[QStringLiteral("nextCursor")].isNull());
}

void TestServerChannels::secondTestWidgetIs409()
{
    const HttpReply second = send("POST", QStringLiteral("/bot-channels"), m_adminToken,
        jsonBytes(
            {{QStringLiteral("projectId"), m_projectId}, {QStringLiteral("channelType"), QStringLiteral("TEST_WIDGET")},
                {QStringLiteral("name"), QStringLiteral("Another")}}));
    QCOMPARE(second.status, 409);
    QCOMPARE(second.errorCode(), QStringLiteral("already_exists"));
    QCOMPARE(
        second.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("botChannelId")].toInteger(),
        testWidgetOf(m_projectId));
}

void TestServerChannels::viewerReadsButCannotDeployOrEvaluate()
{
    const qint64 channel = testWidgetOf(m_projectId);
    QCOMPARE(send("GET", QStringLiteral("/bot-channels/%1").arg(channel), m_viewerToken).status, 200);
    const HttpReply deploy = send("POST", QStringLiteral("/async/bot-channels/deploy"), m_viewerToken,
        jsonBytes({{QStringLiteral("botChannelId"), channel}}));
    QCOMPARE(deploy.status, 403);
    QCOMPARE(deploy.errorCode(), QStringLiteral("forbidden"));
    const HttpReply widget = send("POST", QStringLiteral("/bot-channels/%1/test-widget").arg(channel), m_viewerToken,
        jsonBytes({{QStringLiteral("expression"), QStringLiteral("1")}}));
    QCOMPARE(widget.status, 403);
    const HttpReply created = send("POST", QStringLiteral("/bot-channels"), m_viewerToken,
        jsonBytes(
            {{QStringLiteral("projectId"), m_projectId}, {QStringLiteral("channelType"), QStringLiteral("TELEGRAM")},
                {QStringLiteral("name"), QStringLiteral("X")}}));
    QCOMPARE(created.status, 403);
    const HttpReply deploys = send("GET", QStringLiteral("/bot-channels/%1/deploys").arg(channel), m_viewerToken);
    QCOMPARE(deploys.status, 200);
    QVERIFY(deploys.items().isEmpty());
}

void TestServerChannels::deploySucceedsAndSwitchesTheSnapshot()
{
    const qint64 project = createProject(QStringLiteral("Deploy"));
    const qint64 channel = testWidgetOf(project);
    putVariable(project, QStringLiteral("GREETING"), QStringLiteral("Hi"));
    putScript(project, "function onMessage(text) { return $env.get('GREETING') + ', ' + text; }\n");

    const HttpReply accepted = send("POST", QStringLiteral("/async/bot-channels/deploy"), m_developerToken,
        jsonBytes({{QStringLiteral("botChannelId"), channel}}));
    QCOMPARE(accepted.status, 202);
    QCOMPARE(accepted.json[QStringLiteral("status")].toString(), QStringLiteral("QUEUED"));
    QCOMPARE(accepted.json[QStringLiteral("type")].toString(), QStringLiteral("BOT_CHANNEL_DEPLOY"));
    const qint64 taskId = accepted.json[QStringLiteral("id")].toInteger();
    QCOMPARE(accepted.header("Location"), QStringLiteral("/api/v1/async/tasks/%1").arg(taskId).toUtf8());

    const QJsonObject task = waitForTask(taskId);
    QCOMPARE(task[QStringLiteral("status")].toString(), QStringLiteral("SUCCEEDED"));
    QVERIFY(task[QStringLiteral("error")].isNull());
    QVERIFY(!task[QStringLiteral("startedAt")].isNull());
    QVERIFY(!task[QStringLiteral("finishedAt")].isNull());

    const HttpReply read = send("GET", QStringLiteral("/bot-channels/%1").arg(channel), m_viewerToken);
    QCOMPARE(read.json[QStringLiteral("activeDeployId")].toInteger(), task[QStringLiteral("deployId")].toInteger());
    QCOMPARE(read.json[QStringLiteral("pendingVariableCount")].toInt(), 0);
    const QJsonObject last = read.json[QStringLiteral("lastDeploy")].toObject();
    QCOMPARE(last[QStringLiteral("variableCount")].toInt(), 1);
    QVERIFY(last[QStringLiteral("scriptRevision")].toInteger() > 0);
    const HttpReply variables = send("GET", QStringLiteral("/bot-channels/%1/variables").arg(channel), m_viewerToken);
    QCOMPARE(variables.items().size(), 1);
    QCOMPARE(variables.items().first()[QStringLiteral("value")].toString(), QStringLiteral("Hi"));
    const HttpReply history = send("GET", QStringLiteral("/bot-channels/%1/deploys").arg(channel), m_viewerToken);
    QCOMPARE(history.items().size(), 1);
}

void TestServerChannels::secondDeployWhileOneRunsIs409()
{
    // A server of its own whose deploys wait 3 s before they start, so one is surely in progress.
    ServerProcess slow;
    QVERIFY(slow.start({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("slow.db")),
        QStringLiteral("--deploy-delay-ms"), QStringLiteral("3000")}));
    QProcess addUser;
    addUser.start(serverPath(),
        {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("dev"), QStringLiteral("--role"),
            QStringLiteral("DEVELOPER"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("slow.db"))});
    QVERIFY(addUser.waitForFinished(30000));
    const QByteArray token = addUser.readAllStandardOutput().trimmed();
    const HttpReply project = send("POST", QStringLiteral("/projects"), token,
        jsonBytes({{QStringLiteral("name"), QStringLiteral("Slow")}}), "application/json", &slow);
    QCOMPARE(project.status, 201);
    const HttpReply channels
        = send("GET", QStringLiteral("/bot-channels?projectId=%1").arg(project.json[QStringLiteral("id")].toInteger()),
            token, {}, {}, &slow);
    const qint64 channel = channels.items().first()[QStringLiteral("id")].toInteger();
    const QByteArray body = jsonBytes({{QStringLiteral("botChannelId"), channel}});

    const HttpReply first
        = send("POST", QStringLiteral("/async/bot-channels/deploy"), token, body, "application/json", &slow);
    QCOMPARE(first.status, 202);
    const HttpReply second
        = send("POST", QStringLiteral("/async/bot-channels/deploy"), token, body, "application/json", &slow);
    QCOMPARE(second.status, 409);
    QCOMPARE(second.errorCode(), QStringLiteral("deploy_in_progress"));
    QCOMPARE(second.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("taskId")].toInteger(),
        first.json[QStringLiteral("id")].toInteger());
    // Polled with the developer's token: the viewer exists only on the main server.
    QElapsedTimer timer;
    timer.start();
    QString status;
    while (timer.elapsed() < 30000 && status != QStringLiteral("SUCCEEDED")) {
        QTest::qWait(100);
        status = send("GET", QStringLiteral("/async/tasks/%1").arg(first.json[QStringLiteral("id")].toInteger()), token,
            {}, {}, &slow)
                     .json[QStringLiteral("status")]
                     .toString();
    }
    QCOMPARE(status, QStringLiteral("SUCCEEDED"));
    QCOMPARE(
        send("POST", QStringLiteral("/async/bot-channels/deploy"), token, body, "application/json", &slow).status, 202);
}

void TestServerChannels::scriptSyntaxErrorFailsAndKeepsTheOldSnapshot()
{
    const qint64 project = createProject(QStringLiteral("Broken script"));
    const qint64 channel = testWidgetOf(project);
    putVariable(project, QStringLiteral("V"), QStringLiteral("old"));
    putScript(project, "var prefix = '>';\n");
    const QJsonObject good = deployAndWait(channel);
    QCOMPARE(good[QStringLiteral("status")].toString(), QStringLiteral("SUCCEEDED"));

    putVariable(project, QStringLiteral("V"), QStringLiteral("new"));
    putScript(project, "var prefix = '>';\nfunction onMessage(text) {\n  return text +;\n}\n");
    const QJsonObject bad = deployAndWait(channel);
    QCOMPARE(bad[QStringLiteral("status")].toString(), QStringLiteral("FAILED"));
    const QJsonObject error = bad[QStringLiteral("error")].toObject();
    QCOMPARE(error[QStringLiteral("code")].toString(), QStringLiteral("script_error"));
    QVERIFY2(error[QStringLiteral("message")].toString().contains(QStringLiteral("line 3")),
        qPrintable(error[QStringLiteral("message")].toString()));

    const HttpReply read = send("GET", QStringLiteral("/bot-channels/%1").arg(channel), m_viewerToken);
    QCOMPARE(read.json[QStringLiteral("activeDeployId")].toInteger(), good[QStringLiteral("deployId")].toInteger());
    QCOMPARE(read.json[QStringLiteral("lastDeploy")][QStringLiteral("status")].toString(), QStringLiteral("FAILED"));
    const HttpReply reply = evaluate(channel, QStringLiteral("prefix + $env.get('V')"), QStringLiteral("test-widget"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json[QStringLiteral("reply")].toString(), QStringLiteral(">old"));
    QCOMPARE(pendingNames(channel), QStringList {QStringLiteral("V:CHANGED")});
}

void TestServerChannels::pendingVariablesFollowTheValues()
{
    const qint64 project = createProject(QStringLiteral("Pending"));
    const qint64 channel = createChannel(project, QStringLiteral("CHAT_WIDGET"), QStringLiteral("Site"));
    QVERIFY(channel > 0);
    putVariable(project, QStringLiteral("KEEP"), QStringLiteral("k"));
    putVariable(project, QStringLiteral("GONE"), QStringLiteral("g"));
    QCOMPARE(pendingNames(channel), (QStringList {QStringLiteral("GONE:ADDED"), QStringLiteral("KEEP:ADDED")}));
    QCOMPARE(deployAndWait(channel)[QStringLiteral("status")].toString(), QStringLiteral("SUCCEEDED"));
    QCOMPARE(pendingNames(channel), QStringList());

    // includeInExport does not count, and a value written back to the deployed one is not pending.
    putVariable(project, QStringLiteral("KEEP"), QStringLiteral("k"), true);
    QCOMPARE(pendingNames(channel), QStringList());
    putVariable(project, QStringLiteral("KEEP"), QStringLiteral("changed"));
    QCOMPARE(pendingNames(channel), QStringList {QStringLiteral("KEEP:CHANGED")});
    putVariable(project, QStringLiteral("KEEP"), QStringLiteral("k"));
    QCOMPARE(pendingNames(channel), QStringList());

    QCOMPARE(send("DELETE", QStringLiteral("/projects/%1/variables/GONE").arg(project), m_developerToken).status, 204);
    putVariable(project, QStringLiteral("FRESH"), QStringLiteral("f"));
    QCOMPARE(pendingNames(channel), (QStringList {QStringLiteral("FRESH:ADDED"), QStringLiteral("GONE:REMOVED")}));
    const HttpReply read = send("GET", QStringLiteral("/bot-channels/%1").arg(channel), m_viewerToken);
    QCOMPARE(read.json[QStringLiteral("pendingVariableCount")].toInt(), 2);
    const HttpReply removed
        = send("GET", QStringLiteral("/bot-channels/%1/pending-variables?limit=1").arg(channel), m_viewerToken);
    QCOMPARE(removed.items().size(), 1);
    QVERIFY(removed.items().first()[QStringLiteral("deployedRevision")].isNull());
    QVERIFY(!removed.json[QStringLiteral("nextCursor")].isNull());
}

void TestServerChannels::liveSecretsAndDeployedVariables()
{
    // Issue 6, item 5, at the HTTP level.
    const qint64 project = createProject(QStringLiteral("Semantics"));
    const qint64 widget = testWidgetOf(project);
    const qint64 telegram = createChannel(project, QStringLiteral("TELEGRAM"), QStringLiteral("Support bot"));
    QVERIFY(widget > 0 && telegram > 0);
    const QString oldSecret = QStringLiteral("old-secret-") + QUuid::createUuid().toString(QUuid::Id128);
    const QString newSecret = QStringLiteral("new-secret-") + QUuid::createUuid().toString(QUuid::Id128);
    putSecret(project, QStringLiteral("S"), oldSecret);
    putVariable(project, QStringLiteral("V"), QStringLiteral("old-variable"));
    QCOMPARE(deployAndWait(widget)[QStringLiteral("status")].toString(), QStringLiteral("SUCCEEDED"));
    QCOMPARE(deployAndWait(telegram)[QStringLiteral("status")].toString(), QStringLiteral("SUCCEEDED"));

    putSecret(project, QStringLiteral("S"), newSecret);
    putVariable(project, QStringLiteral("V"), QStringLiteral("new-variable"));

    // Before any redeploy: both channels see the new secret (masked) and the old variable.
    const QString sees = QStringLiteral("'S=' + $secrets.get('S') + ' is-new=' + ($secrets.get('S') === '%1') + "
                                        "' V=' + $env.get('V')")
                             .arg(newSecret);
    for (const auto& [channel, endpoint] :
        {std::pair {widget, QStringLiteral("test-widget")}, std::pair {telegram, QStringLiteral("evaluate")}}) {
        const HttpReply reply = evaluate(channel, sees, endpoint);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.json[QStringLiteral("error")].isNull());
        QCOMPARE(reply.json[QStringLiteral("reply")].toString(), QStringLiteral("S=****** is-new=true V=old-variable"));
        QCOMPARE(reply.json[QStringLiteral("masked")].toBool(), true);
        QVERIFY(!reply.body.contains(newSecret.toUtf8()));
        QCOMPARE(pendingNames(channel), QStringList {QStringLiteral("V:CHANGED")});
    }

    // Only the test widget is deployed again: it sees the new variable, Telegram the old one.
    QCOMPARE(deployAndWait(widget)[QStringLiteral("status")].toString(), QStringLiteral("SUCCEEDED"));
    QCOMPARE(
        evaluate(widget, QStringLiteral("$env.get('V')"), QStringLiteral("test-widget")).json[QStringLiteral("reply")],
        QJsonValue(QStringLiteral("new-variable")));
    QCOMPARE(evaluate(telegram, QStringLiteral("$env.get('V')")).json[QStringLiteral("reply")],
        QJsonValue(QStringLiteral("old-variable")));
    QCOMPARE(pendingNames(widget), QStringList());
    QCOMPARE(pendingNames(telegram), QStringList {QStringLiteral("V:CHANGED")});

    // Telegram deployed too: both see the new variable and nothing is pending anywhere.
    QCOMPARE(deployAndWait(telegram)[QStringLiteral("status")].toString(), QStringLiteral("SUCCEEDED"));
    QCOMPARE(evaluate(telegram, QStringLiteral("$env.get('V')")).json[QStringLiteral("reply")],
        QJsonValue(QStringLiteral("new-variable")));
    QCOMPARE(pendingNames(widget), QStringList());
    QCOMPARE(pendingNames(telegram), QStringList());

    // A missing secret names its key; with a default, the default comes back.
    const HttpReply missing = evaluate(telegram, QStringLiteral("$secrets.get('MISSING')"));
    QCOMPARE(missing.json[QStringLiteral("error")][QStringLiteral("name")].toString(), QStringLiteral("Error"));
    QCOMPARE(missing.json[QStringLiteral("error")][QStringLiteral("message")].toString(),
        QStringLiteral("Secret \"MISSING\" is not defined in this project."));
    QCOMPARE(evaluate(telegram, QStringLiteral("$secrets.get('MISSING', 'fallback')")).json[QStringLiteral("reply")],
        QJsonValue(QStringLiteral("fallback")));
    // The secret in an error message is masked too.
    const HttpReply thrown = evaluate(widget, QStringLiteral("throw new Error('leak ' + $secrets.get('S'))"));
    QCOMPARE(thrown.json[QStringLiteral("error")][QStringLiteral("message")].toString(), QStringLiteral("leak ******"));
    QVERIFY(!thrown.body.contains(newSecret.toUtf8()));
}

void TestServerChannels::runtimeSemantics_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QJsonValue>("reply");
    QTest::addColumn<QString>("errorName");
    QTest::addColumn<QString>("errorMessage");
    const QString none;
    QTest::newRow("missing variable") << QStringLiteral("$env.get('NOPE')") << QJsonValue() << QStringLiteral("Error")
                                      << QStringLiteral("Variable \"NOPE\" is not defined in this channel's deploy.");
    QTest::newRow("default undefined counts")
        << QStringLiteral("$env.get('NOPE', undefined)") << QJsonValue() << none << none;
    QTest::newRow("default kept as it is")
        << QStringLiteral("typeof $secrets.get('NOPE', 42)") << QJsonValue(QStringLiteral("number")) << none << none;
    QTest::newRow("non-string name") << QStringLiteral("$env.get(7)") << QJsonValue() << QStringLiteral("TypeError")
                                     << QString();
    QTest::newRow("name breaking the pattern is missing")
        << QStringLiteral("$env.get('a-b', 'd')") << QJsonValue(QStringLiteral("d")) << none << none;
    QTest::newRow("object through JSON") << QStringLiteral("({a: [1, 'x']})")
                                         << QJsonValue(QStringLiteral("{\"a\":[1,\"x\"]}")) << none << none;
    QTest::newRow("null") << QStringLiteral("null") << QJsonValue() << none << none;
    QTest::newRow("number") << QStringLiteral("6 * 7") << QJsonValue(QStringLiteral("42")) << none << none;
    QTest::newRow("injector is frozen") << QStringLiteral("Object.isFrozen($injector) + ':' + $injector.GREETING")
                                        << QJsonValue(QStringLiteral("true:Hello")) << none << none;
    QTest::newRow("thrown TypeError") << QStringLiteral("null.x") << QJsonValue() << QStringLiteral("TypeError")
                                      << QString();
}

void TestServerChannels::runtimeSemantics()
{
    QFETCH(QString, expression);
    QFETCH(QJsonValue, reply);
    QFETCH(QString, errorName);
    QFETCH(QString, errorMessage);
    static qint64 channel = 0;
    if (channel == 0) {
        const qint64 project = createProject(QStringLiteral("Runtime"));
        channel = testWidgetOf(project);
        putVariable(project, QStringLiteral("GREETING"), QStringLiteral("Hello"));
        QCOMPARE(deployAndWait(channel)[QStringLiteral("status")].toString(), QStringLiteral("SUCCEEDED"));
    }
    const HttpReply answer = evaluate(channel, expression, QStringLiteral("test-widget"));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json[QStringLiteral("reply")], reply);
    if (errorName.isEmpty()) {
        QVERIFY2(answer.json[QStringLiteral("error")].isNull(), answer.body.constData());
    } else {
        QCOMPARE(answer.json[QStringLiteral("error")][QStringLiteral("name")].toString(), errorName);
        if (!errorMessage.isEmpty()) {
            QCOMPARE(answer.json[QStringLiteral("error")][QStringLiteral("message")].toString(), errorMessage);
        }
    }
}

void TestServerChannels::messageRunsOnMessage()
{
    const qint64 project = createProject(QStringLiteral("Messages"));
    const qint64 channel = testWidgetOf(project);
    const HttpReply noScript = send("POST", QStringLiteral("/bot-channels/%1/test-widget").arg(channel),
        m_developerToken, jsonBytes({{QStringLiteral("message"), QStringLiteral("hi")}}));
    QCOMPARE(noScript.json[QStringLiteral("error")][QStringLiteral("name")].toString(), QStringLiteral("Error"));
    putScript(project, "function onMessage(text) { return 'You said: ' + text; }\n");
    QCOMPARE(deployAndWait(channel)[QStringLiteral("status")].toString(), QStringLiteral("SUCCEEDED"));
    const HttpReply reply = send("POST", QStringLiteral("/bot-channels/%1/test-widget").arg(channel), m_developerToken,
        jsonBytes({{QStringLiteral("message"), QStringLiteral("hi")}}));
    QCOMPARE(reply.json[QStringLiteral("reply")].toString(), QStringLiteral("You said: hi"));
    const HttpReply both = send("POST", QStringLiteral("/bot-channels/%1/test-widget").arg(channel), m_developerToken,
        jsonBytes(
            {{QStringLiteral("message"), QStringLiteral("hi")}, {QStringLiteral("expression"), QStringLiteral("1")}}));
    QCOMPARE(both.status, 422);
}

void TestServerChannels::testWidgetRefusesOtherChannelTypes()
{
    const qint64 telegram = createChannel(m_projectId, QStringLiteral("TELEGRAM"), QStringLiteral("Telegram"));
    QVERIFY(telegram > 0);
    const HttpReply reply = evaluate(telegram, QStringLiteral("1"), QStringLiteral("test-widget"));
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.errorCode(), QStringLiteral("wrong_channel_type"));
    QCOMPARE(reply.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("channelType")].toString(),
        QStringLiteral("TELEGRAM"));
    QCOMPARE(evaluate(telegram, QStringLiteral("1")).json[QStringLiteral("reply")], QJsonValue(QStringLiteral("1")));
}

void TestServerChannels::endlessLoopTimesOutAndTheServerAnswers()
{
    const HttpReply reply = evaluate(testWidgetOf(m_projectId), QStringLiteral("for (;;) {}"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json[QStringLiteral("error")][QStringLiteral("name")].toString(), QStringLiteral("Timeout"));
    QVERIFY(reply.json[QStringLiteral("reply")].isNull());
    QVERIFY(m_server.isRunning());
    QCOMPARE(send("GET", QStringLiteral("/me"), m_viewerToken).status, 200);
}

void TestServerChannels::memoryBombFailsAndTheServerAnswers()
{
    const HttpReply reply = evaluate(testWidgetOf(m_projectId),
        QStringLiteral("var hoard = []; for (;;) { hoard.push('x'.repeat(1 << 20) + hoard.length); }"));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json[QStringLiteral("reply")].isNull());
    QVERIFY2(!reply.json[QStringLiteral("error")][QStringLiteral("name")].toString().isEmpty(), reply.body.constData());
    QVERIFY(m_server.isRunning());
    QCOMPARE(send("GET", QStringLiteral("/me"), m_viewerToken).status, 200);
}

void TestServerChannels::logHoldsNoSecretExpressionOrReply()
{
    const qint64 channel = testWidgetOf(m_projectId);
    putSecret(m_projectId, QStringLiteral("LOG_SECRET"), QStringLiteral("log-secret-canary-93f1"));
    const HttpReply reply = evaluate(channel,
        QStringLiteral(
            "console.log($secrets.get('LOG_SECRET')); 'reply-canary-' + 'c41d' + $secrets.get('LOG_SECRET')"));
    QCOMPARE(reply.json[QStringLiteral("reply")].toString(), QStringLiteral("reply-canary-c41d******"));
    const QByteArray log = m_server.log();
    QVERIFY(log.contains("test-widget") || log.contains("evaluate"));
    QVERIFY(!log.contains("reply-canary-c41d"));
    QVERIFY(!log.contains("console.log"));
    QVERIFY(!log.contains("$secrets"));
    QVERIFY(!log.contains("old-variable"));
    for (const QString& canary : std::as_const(m_canaries)) {
        QVERIFY2(!log.contains(canary.toUtf8()), qPrintable(canary));
    }
}

// Issue 11, item 1: a caller without the secrets-admin role never receives a secret's value or
// anything computed from it; the bot runs with stand-ins and the reply says so.
void TestServerChannels::developerRunsWithStandInValues_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("endpoint");
    QTest::newRow("reversed") << QStringLiteral("$secrets.get('K').split('').reverse().join('')")
                              << QStringLiteral("evaluate");
    QTest::newRow("spaced") << QStringLiteral("$secrets.get('K').split('').join(' ')") << QStringLiteral("evaluate");
    QTest::newRow("char codes") << QStringLiteral("Array.from($secrets.get('K')).map(c => c.charCodeAt(0)).join(',')")
                                << QStringLiteral("test-widget");
    QTest::newRow("hex") << QStringLiteral(
        "$secrets.get('K').split('').map(c => c.charCodeAt(0).toString(16)).join('')")
                         << QStringLiteral("test-widget");
    QTest::newRow("base64") << QStringLiteral(
        "(function (s) { const t = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'; let o = '';"
        " for (let i = 0; i < s.length; i += 3) { const n = (s.charCodeAt(i) << 16) | ((s.charCodeAt(i + 1) || 0) << 8)"
        " | (s.charCodeAt(i + 2) || 0); o += t[n >> 18 & 63] + t[n >> 12 & 63] + (i + 1 < s.length ? t[n >> 6 & 63] :"
        " '=') + (i + 2 < s.length ? t[n & 63] : '='); } return o; })($secrets.get('K'))")
                            << QStringLiteral("evaluate");
    QTest::newRow("length") << QStringLiteral("'len=' + $secrets.get('K').length") << QStringLiteral("evaluate");
    QTest::newRow("thrown") << QStringLiteral("throw new Error($secrets.get('K').split('').reverse().join(''))")
                            << QStringLiteral("evaluate");
}

void TestServerChannels::developerRunsWithStandInValues()
{
    QFETCH(QString, expression);
    QFETCH(QString, endpoint);
    static qint64 channel = 0;
    static const QString value = QStringLiteral("sk_live_") + QUuid::createUuid().toString(QUuid::Id128);
    if (channel == 0) {
        const qint64 project = createProject(QStringLiteral("Stand-ins"));
        channel = testWidgetOf(project);
        putSecret(project, QStringLiteral("K"), value);
    }
    // The same computation on the stand-in, done here: what the developer must get instead.
    const QString standIn = QStringLiteral("‹secret K›");
    QJSEngine engine;
    engine.globalObject().setProperty(QStringLiteral("standIn"), standIn);
    const QJSValue expected
        = engine.evaluate(QString(expression).replace(QStringLiteral("$secrets.get('K')"), QStringLiteral("standIn")));

    const HttpReply developer = evaluate(channel, expression, endpoint, m_developerToken);
    QCOMPARE(developer.status, 200);
    QCOMPARE(developer.json[QStringLiteral("secretValues")].toString(), QStringLiteral("STAND_IN"));
    QCOMPARE(developer.json[QStringLiteral("masked")].toBool(), false);
    if (expected.isError()) {
        QCOMPARE(developer.json[QStringLiteral("error")][QStringLiteral("message")].toString(),
            expected.property(QStringLiteral("message")).toString());
    } else {
        QCOMPARE(developer.json[QStringLiteral("reply")].toString(), expected.toString());
    }

    // The secrets admin runs with the real value: the same expression gives something else.
    const HttpReply admin = evaluate(channel, expression, endpoint, m_adminToken);
    QCOMPARE(admin.status, 200);
    QCOMPARE(admin.json[QStringLiteral("secretValues")].toString(), QStringLiteral("REAL"));
    QVERIFY2(admin.body != developer.body, admin.body.constData());
    QVERIFY(!developer.body.contains(value.toUtf8()));
    QVERIFY(!developer.body.contains(admin.json[QStringLiteral("reply")].toString().toUtf8())
        || admin.json[QStringLiteral("reply")].isNull());
}

void TestServerChannels::secretsAdminRoleDecidesWhoGetsRealValues()
{
    // With SECURITY_ADMIN as the secrets-admin role, a SYSTEM_ADMIN runs with stand-ins and a
    // SECURITY_ADMIN who is also a DEVELOPER with the real values.
    ServerProcess security;
    const QString database = m_dir.filePath(QStringLiteral("security.db"));
    const auto addUser = [&database](const QString& login, const QStringList& roles) {
        QStringList arguments {QStringLiteral("user"), QStringLiteral("add"), login};
        for (const QString& role : roles) {
            arguments << QStringLiteral("--role") << role;
        }
        QProcess process;
        process.start(serverPath(), arguments << QStringLiteral("--db") << database);
        process.waitForFinished(30000);
        return process.readAllStandardOutput().trimmed();
    };
    const QByteArray systemAdmin = addUser(QStringLiteral("sam"), {QStringLiteral("SYSTEM_ADMIN")});
    const QByteArray securityAdmin
        = addUser(QStringLiteral("sue"), {QStringLiteral("SECURITY_ADMIN"), QStringLiteral("DEVELOPER")});
    QVERIFY(!systemAdmin.isEmpty() && !securityAdmin.isEmpty());
    QVERIFY(security.start(
        {QStringLiteral("--db"), database, QStringLiteral("--secrets-admin-role"), QStringLiteral("SECURITY_ADMIN")}));
    const HttpReply project = send("POST", QStringLiteral("/projects"), systemAdmin,
        jsonBytes({{QStringLiteral("name"), QStringLiteral("Security")}}), "application/json", &security);
    QCOMPARE(project.status, 201);
    const qint64 projectId = project.json[QStringLiteral("id")].toInteger();
    QString value = QStringLiteral("security-canary-") + QUuid::createUuid().toString(QUuid::Id128);
    QCOMPARE(send("PUT", QStringLiteral("/projects/%1/secrets/K").arg(projectId), securityAdmin,
                 jsonBytes({{QStringLiteral("value"), value}}), "application/json", &security)
                 .status,
        201);
    const qint64 channel
        = send("GET", QStringLiteral("/bot-channels?projectId=%1").arg(projectId), systemAdmin, {}, {}, &security)
              .items()
              .first()[QStringLiteral("id")]
              .toInteger();
    const QByteArray body
        = jsonBytes({{QStringLiteral("expression"), QStringLiteral("$secrets.get('K').split('').reverse().join('')")}});
    const QString path = QStringLiteral("/bot-channels/%1/test-widget").arg(channel);
    const HttpReply asSystemAdmin = send("POST", path, systemAdmin, body, "application/json", &security);
    QCOMPARE(asSystemAdmin.json[QStringLiteral("secretValues")].toString(), QStringLiteral("STAND_IN"));
    QCOMPARE(asSystemAdmin.json[QStringLiteral("reply")].toString(), QStringLiteral("›K terces‹"));
    const HttpReply asSecurityAdmin = send("POST", path, securityAdmin, body, "application/json", &security);
    QCOMPARE(asSecurityAdmin.json[QStringLiteral("secretValues")].toString(), QStringLiteral("REAL"));
    std::reverse(value.begin(), value.end());
    QCOMPARE(asSecurityAdmin.json[QStringLiteral("reply")].toString(), value);
}

// Issue 19, item 12: the copies the runtime makes itself (objects, arrays and errors through
// JSON.stringify) are masked in every form, whatever the value holds.
void TestServerChannels::escapedCopiesAreMasked_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("quotes") << QStringLiteral("sk_\"quoted\"_'single'_") + QUuid::createUuid().toString(QUuid::Id128);
    QTest::newRow("backslashes") << QStringLiteral("C:\\keys\\\\new\\") + QUuid::createUuid().toString(QUuid::Id128);
    QTest::newRow("newlines") << QStringLiteral("line one\nline two\r\n\ttabbed ") + QUuid::createUuid().toString();
    QTest::newRow("control characters") << QStringLiteral("bell\u0007esc\u001b[0mnul-free\u0001")
            + QUuid::createUuid().toString(QUuid::Id128);
    QTest::newRow("non-ASCII") << QStringLiteral("пароль—ключ✓ 鍵 \"ü\"\\ ") + QUuid::createUuid().toString();
}

void TestServerChannels::escapedCopiesAreMasked()
{
    QFETCH(QString, value);
    const qint64 project = createProject(QStringLiteral("Escapes %1").arg(QString::fromUtf8(QTest::currentDataTag())));
    const qint64 channel = testWidgetOf(project);
    putSecret(project, QStringLiteral("K"), value);
    const QString escaped
        = QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact)).chopped(2).mid(2);
    for (const QString& expression :
        {QStringLiteral("({key: $secrets.get('K'), n: 1})"), QStringLiteral("[$secrets.get('K'), [$secrets.get('K')]]"),
            QStringLiteral("({nested: {deeper: ['x' + $secrets.get('K') + 'y']}})"),
            QStringLiteral("throw new Error(JSON.stringify({key: $secrets.get('K')}))"),
            QStringLiteral("throw new TypeError('list ' + JSON.stringify([$secrets.get('K')]))")}) {
        const HttpReply reply = evaluate(channel, expression, QStringLiteral("test-widget"), m_adminToken);
        QCOMPARE(reply.status, 200);
        QVERIFY2(reply.json[QStringLiteral("masked")].toBool(), qPrintable(expression));
        const QString text = reply.json[QStringLiteral("reply")].isString()
            ? reply.json[QStringLiteral("reply")].toString()
            : reply.json[QStringLiteral("error")][QStringLiteral("message")].toString();
        QVERIFY2(text.contains(QStringLiteral("******")), qPrintable(text));
        // Neither the value nor its escaped form, nor what decoding the reply as JSON gives.
        QVERIFY2(!text.contains(value), qPrintable(expression));
        QVERIFY2(!text.contains(escaped), qPrintable(expression));
        QVERIFY(!reply.body.contains(value.toUtf8()));
        const QByteArray decoded = QJsonDocument::fromJson(text.toUtf8()).toJson();
        QVERIFY(decoded.isEmpty() || !QString::fromUtf8(decoded).contains(escaped));
        QVERIFY(!reply.body.contains(escaped.toUtf8()));
        QCOMPARE(reply.json[QStringLiteral("secretValues")].toString(), QStringLiteral("REAL"));
    }
}

// Issue 11, item 4: bot runs never block the event loop. While three endless loops run, /me
// answers at once (the bound is 100 ms; the assert leaves room for a loaded machine).
void TestServerChannels::meAnswersWhileThreeEndlessLoopsRun()
{
    const qint64 channel = testWidgetOf(m_projectId);
    // Within the caps: two runs of one developer and one of the admin.
    std::vector<QNetworkReply*> loops {startEvaluate(channel, QStringLiteral("while (true) {}"), m_developerToken),
        startEvaluate(channel, QStringLiteral("while (true) {}"), m_developerToken),
        startEvaluate(channel, QStringLiteral("while (true) {}"), m_adminToken)};
    const auto anyFinished = [&loops] {
        return std::any_of(loops.begin(), loops.end(), [](QNetworkReply* reply) { return reply->isFinished(); });
    };
    // Let the requests reach the server and their children start.
    QTest::qWait(300);
    QVERIFY(!anyFinished());
    // Only answers that came while all three loops were still running count (each loop runs 2 s).
    qint64 slowest = 0;
    int measured = 0;
    for (int i = 0; i < 5 && !anyFinished(); ++i) {
        QElapsedTimer timer;
        timer.start();
        const HttpReply me = send("GET", QStringLiteral("/me"), m_viewerToken);
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(me.status, 200);
        if (!anyFinished()) {
            slowest = std::max(slowest, elapsed);
            ++measured;
        }
    }
    qInfo("GET /me while three endless loops run: slowest of %d took %lld ms", measured, slowest);
    QVERIFY2(measured > 0, "no /me answer came while the loops ran");
    QVERIFY2(slowest < 1000, qPrintable(QStringLiteral("%1 ms").arg(slowest)));
    for (QNetworkReply* reply : loops) {
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 20000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(body[QStringLiteral("error")][QStringLiteral("name")].toString(), QStringLiteral("Timeout"));
        reply->deleteLater();
    }
}

void TestServerChannels::runsPastTheCapsAre429()
{
    const qint64 channel = testWidgetOf(m_projectId);
    const QString loop = QStringLiteral("while (true) {}");
    std::vector<QNetworkReply*> running {
        startEvaluate(channel, loop, m_developerToken), startEvaluate(channel, loop, m_developerToken)};
    QTest::qWait(300);
    // A third run of the same user: past the per-user cap.
    const HttpReply third = evaluate(channel, QStringLiteral("1"), QStringLiteral("evaluate"), m_developerToken);
    QCOMPARE(third.status, 429);
    QCOMPARE(third.errorCode(), QStringLiteral("too_many_bot_runs"));
    QCOMPARE(third.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("scope")].toString(),
        QStringLiteral("user"));
    QCOMPARE(third.header("Retry-After"), QByteArray("2"));
    // Another user still runs, up to the server's cap of four.
    running.push_back(startEvaluate(channel, loop, m_adminToken));
    running.push_back(startEvaluate(channel, loop, m_adminToken));
    QTest::qWait(300);
    const HttpReply fifth = evaluate(channel, QStringLiteral("1"), QStringLiteral("evaluate"), m_otherDeveloperToken);
    QCOMPARE(fifth.status, 429);
    QCOMPARE(fifth.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("scope")].toString(),
        QStringLiteral("server"));
    QVERIFY(!fifth.header("Retry-After").isEmpty());
    for (QNetworkReply* reply : running) {
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 20000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
    }
    // Every place is given back once the runs have ended.
    QCOMPARE(evaluate(channel, QStringLiteral("6 * 7"), QStringLiteral("evaluate"), m_developerToken)
                 .json[QStringLiteral("reply")]
                 .toString(),
        QStringLiteral("42"));
}

void TestServerChannels::aClientLeavingEndsItsRun()
{
    const qint64 channel = testWidgetOf(m_projectId);
    std::vector<QNetworkReply*> running {startEvaluate(channel, QStringLiteral("while (true) {}"), m_developerToken),
        startEvaluate(channel, QStringLiteral("while (true) {}"), m_developerToken)};
    QTest::qWait(300);
    for (QNetworkReply* reply : running) {
        reply->abort();
        reply->deleteLater();
    }
    // Well before the 2-second limit: the places were given back when the connections closed.
    QTest::qWait(300);
    QElapsedTimer timer;
    timer.start();
    const HttpReply next = evaluate(channel, QStringLiteral("6 * 7"), QStringLiteral("evaluate"), m_developerToken);
    QCOMPARE(next.status, 200);
    QCOMPARE(next.json[QStringLiteral("reply")].toString(), QStringLiteral("42"));
    QVERIFY(m_server.isRunning());
    // Each abandoned run still has its one log line, written when its connection went.
    QTRY_COMPARE_WITH_TIMEOUT(m_server.log().count("client-gone"), 2, 5000);
    QVERIFY(m_server.log().contains("/evaluate 499 "));
}

// The front reads nothing more from a connection while its run is pending: a request pipelined
// behind a bot run is answered after the run's answer, never before it.
void TestServerChannels::aRequestPipelinedBehindARunIsAnsweredAfterIt()
{
    const qint64 channel = testWidgetOf(m_projectId);
    const QUrl base(m_server.url(QString()));
    const QByteArray body = jsonBytes({{QStringLiteral("expression"),
        QStringLiteral("var start = Date.now(); while (Date.now() - start < 300) {} 6 * 7")}});
    const QByteArray host = "Host: 127.0.0.1\r\nAuthorization: Bearer " + m_developerToken + "\r\n";
    const QByteArray pipelined = "POST " + base.path().toUtf8() + "/bot-channels/" + QByteArray::number(channel)
        + "/evaluate HTTP/1.1\r\n" + host
        + "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body
        + "GET " + base.path().toUtf8() + "/me HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n";
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(base.port()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write(pipelined);
    QByteArray received;
    QElapsedTimer timer;
    timer.start();
    while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < 15000) {
        socket.waitForReadyRead(200);
        received += socket.readAll();
    }
    received += socket.readAll();
    const qsizetype second = received.indexOf("HTTP/1.1 ", 1);
    QVERIFY2(received.startsWith("HTTP/1.1 200 ") && second > 0, received.constData());
    QVERIFY2(received.left(second).contains("\"reply\":\"42\""), received.constData());
    QVERIFY2(received.mid(second).startsWith("HTTP/1.1 200 "), received.constData());
    QVERIFY2(!received.mid(second).contains("\"reply\""), received.constData());
}

BOTVAULT_TEST_MAIN(TestServerChannels)
#include "TestServerChannels.moc"
