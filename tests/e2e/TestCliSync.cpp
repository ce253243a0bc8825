#include "app/cli/ExitCode.h"
#include "tests/support/CliDriver.h"
#include "tests/support/FaultProxy.h"
#include "tests/support/RunningServer.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <csignal>
#include <initializer_list>
#include <memory>
#include <unistd.h>

namespace {

const QString kProject = QStringLiteral("Bot");
// 2,500 variables: three /changes batches at the server's limit of 1,000 changes.
constexpr int kManyVariables = 2500;

using Environment = CliDriver::Environment;
using CliRun = CliDriver::Run;

struct HttpReply
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
};

using CliWords::args;

int code(ExitCode exitCode)
{
    return static_cast<int>(exitCode);
}

QJsonObject jsonObject(const QByteArray& bytes)
{
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    return document.isObject() ? document.object() : QJsonObject();
}

bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QString manyName(int n)
{
    return QStringLiteral("MANY_%1").arg(n, 4, 10, QLatin1Char('0'));
}

} // namespace

class TestCliSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void proxyPassesRequestsThroughAndInjectsFaults();
    void helpListsSyncCommands();
    void refusedTokenIsNotBound();
    void missingRemoteProjectIsNotBound();
    void publishToAProjectThatIsGoneSaysToRebind();
    void remoteShowNeverPrintsTheToken();
    void roundTripKeepsValuesAndNeverShowsTheSecret();
    void tokenWithoutSecretsRoleCannotPublishSecrets_data();
    void tokenWithoutSecretsRoleCannotPublishSecrets();
    void dryRunSendsNothing();
    void conflictIsShownAndResolvedAsChosen_data();
    void conflictIsShownAndResolvedAsChosen();
    void serverKilledMidPublishIsRetriedAndAppliedOnce();
    void cliKilledMidPublishResendsTheStoredBatch();
    void interruptedPublishStopsCleanly();
    void failedPublishKeepsTheOutbox_data();
    void failedPublishKeepsTheOutbox();
    void retryAfterIsHonoured();
    void selfSignedCertificateIsRefusedBeforeTheToken();
    void wrongHostCertificateIsRefusedEvenWhenTrusted();

private:
    QProcess* startCli(const QString& vault, const QStringList& arguments, const QByteArray& input = {},
        const Environment& environment = {});
    CliRun finishCli(QProcess* process, int timeoutMs = 180000);
    CliRun cli(const QString& vault, const QStringList& arguments, const QByteArray& input = {},
        const Environment& environment = {});
    // A new vault with the project kProject.
    QString createVault(const QString& name);
    QByteArray addUser(const QString& login, const QStringList& roles, const QString& database = {});
    qint64 addRemoteProject(const QString& name, const QString& database = {});
    void bind(const QString& vault, const QString& url, qint64 remoteProject, const QByteArray& token);
    void setVariable(const QString& vault, const QString& name, const QString& value);
    void setSecret(const QString& vault, const QString& name, const QByteArray& value);
    QByteArray variableValue(const QString& vault, const QString& name);
    QJsonObject remoteShow(const QString& vault);
    // `count` variables MANY_0000… imported in one `env import`.
    void importManyVariables(const QString& vault, int count);

    HttpReply api(const QString& url, const QByteArray& token);
    // Every item of a listing of the remote project, following the cursors.
    QJsonArray remoteItems(const QString& baseUrl, qint64 project, const QString& kind, const QByteArray& token = {});
    // Every remote variable is there exactly once and the project's revision counter moved once per
    // put: `expected` names with distinct revisions, none above `expected`.
    void verifyAppliedOnce(const QString& baseUrl, qint64 project, int expected, const QByteArray& token = {});
    QString path(const QString& name) const { return m_dir->filePath(name); }
    bool generateCertificate(
        const QString& subject, const QString& altName, const QString& certificate, const QString& key);

    QTemporaryDir m_serverDir;
    QString m_database;
    RunningServer m_server;
    QByteArray m_adminToken;
    QByteArray m_developerToken;
    QByteArray m_viewerToken;
    std::unique_ptr<QTemporaryDir> m_dir;
    QNetworkAccessManager m_network;
    // Runs the CLI; keeps every output of the running test, searched for values that must never appear.
    std::unique_ptr<CliDriver> m_cli;
};

// --- harness --------------------------------------------------------------------------------

QProcess* TestCliSync::startCli(
    const QString& vault, const QStringList& arguments, const QByteArray& input, const Environment& environment)
{
    return m_cli->start(vault, arguments, input, environment);
}

CliRun TestCliSync::finishCli(QProcess* process, int timeoutMs)
{
    return m_cli->finish(process, timeoutMs);
}

CliRun TestCliSync::cli(
    const QString& vault, const QStringList& arguments, const QByteArray& input, const Environment& environment)
{
    return m_cli->run(vault, arguments, input, environment);
}

QString TestCliSync::createVault(const QString& name)
{
    return m_cli->createVault(name, kProject);
}

QByteArray TestCliSync::addUser(const QString& login, const QStringList& roles, const QString& database)
{
    QStringList arguments {QStringLiteral("user"), QStringLiteral("add"), login};
    for (const QString& role : roles) {
        arguments << QStringLiteral("--role") << role;
    }
    arguments << QStringLiteral("--db") << (database.isEmpty() ? m_database : database);
    const TestSupport::ServerCommandRun run = TestSupport::runServerCommand(arguments);
    return run.exitCode == 0 ? run.out.trimmed() : QByteArray();
}

qint64 TestCliSync::addRemoteProject(const QString& name, const QString& database)
{
    const TestSupport::ServerCommandRun run = TestSupport::runServerCommand({QStringLiteral("project"),
        QStringLiteral("add"), name, QStringLiteral("--db"), database.isEmpty() ? m_database : database});
    return run.exitCode == 0 ? run.out.trimmed().toLongLong() : 0;
}

void TestCliSync::bind(const QString& vault, const QString& url, qint64 remoteProject, const QByteArray& token)
{
    const CliRun run = cli(vault,
        args({"remote", "set"}) << kProject << url << QStringLiteral("--remote-project")
                                << QString::number(remoteProject),
        token + '\n');
    QVERIFY2(run.exitCode == 0, run.all().constData());
}

void TestCliSync::setVariable(const QString& vault, const QString& name, const QString& value)
{
    const CliRun run = cli(vault, args({"var", "set"}) << kProject << name << QStringLiteral("--") << value);
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

void TestCliSync::setSecret(const QString& vault, const QString& name, const QByteArray& value)
{
    const CliRun run = cli(vault, args({"secret", "set"}) << kProject << name, value);
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

QByteArray TestCliSync::variableValue(const QString& vault, const QString& name)
{
    const CliRun run = cli(vault, args({"var", "get"}) << kProject << name);
    return run.exitCode == 0 ? run.out : QByteArray("<exit " + QByteArray::number(run.exitCode) + ">");
}

QJsonObject TestCliSync::remoteShow(const QString& vault)
{
    const CliRun run = cli(vault, args({"remote", "show", "--json"}) << kProject);
    return run.exitCode == 0 ? jsonObject(run.out) : QJsonObject();
}

void TestCliSync::importManyVariables(const QString& vault, int count)
{
    QByteArray env;
    for (int n = 0; n < count; ++n) {
        env += manyName(n).toUtf8() + "=value " + QByteArray::number(n) + '\n';
    }
    const QString file = path(QStringLiteral("many-%1.env").arg(QFileInfo(vault).baseName()));
    QVERIFY(writeBytes(file, env));
    const CliRun run = cli(vault, args({"env", "import"}) << kProject << file);
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

HttpReply TestCliSync::api(const QString& url, const QByteArray& token)
{
    QNetworkRequest request {QUrl(url)};
    request.setRawHeader("Authorization", "Bearer " + token);
    request.setTransferTimeout(30000);
    QNetworkReply* reply = m_network.get(request);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = jsonObject(result.body);
    reply->deleteLater();
    return result;
}

QJsonArray TestCliSync::remoteItems(
    const QString& baseUrl, qint64 project, const QString& kind, const QByteArray& token)
{
    QJsonArray items;
    QString cursor;
    for (int page = 0; page < 100; ++page) {
        QUrl url(baseUrl + QStringLiteral("/projects/%1/%2").arg(project).arg(kind));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
        if (!cursor.isEmpty()) {
            query.addQueryItem(QStringLiteral("cursor"), cursor);
        }
        url.setQuery(query);
        const HttpReply reply = api(url.toString(), token.isEmpty() ? m_adminToken : token);
        if (reply.status != 200) {
            qWarning("listing failed: %d %s", reply.status, reply.body.constData());
            return {};
        }
        for (const QJsonValue& item : reply.json.value(QStringLiteral("items")).toArray()) {
            items.append(item);
        }
        cursor = reply.json.value(QStringLiteral("nextCursor")).toString();
        if (cursor.isEmpty()) {
            break;
        }
    }
    return items;
}

void TestCliSync::verifyAppliedOnce(const QString& baseUrl, qint64 project, int expected, const QByteArray& token)
{
    const QJsonArray variables = remoteItems(baseUrl, project, QStringLiteral("variables"), token);
    QSet<QString> names;
    QSet<qint64> revisions;
    qint64 highest = 0;
    for (const QJsonValue& value : variables) {
        const QJsonObject variable = value.toObject();
        names.insert(variable.value(QStringLiteral("name")).toString());
        const qint64 revision = variable.value(QStringLiteral("revision")).toInteger();
        revisions.insert(revision);
        highest = qMax(highest, revision);
    }
    QCOMPARE(variables.size(), expected);
    QCOMPARE(names.size(), expected);
    QVERIFY(names.contains(manyName(0)) && names.contains(manyName(expected - 1)));
    // A batch applied twice would have taken a second revision for each of its items.
    QCOMPARE(revisions.size(), expected);
    QCOMPARE(highest, qint64(expected));
}

bool TestCliSync::generateCertificate(
    const QString& subject, const QString& altName, const QString& certificate, const QString& key)
{
    QProcess generate;
    generate.start(QStandardPaths::findExecutable(QStringLiteral("openssl")),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
            QStringLiteral("-nodes"), QStringLiteral("-subj"), subject, QStringLiteral("-addext"),
            QStringLiteral("subjectAltName=") + altName, QStringLiteral("-days"), QStringLiteral("1"),
            QStringLiteral("-keyout"), key, QStringLiteral("-out"), certificate});
    return generate.waitForFinished(60000) && generate.exitStatus() == QProcess::NormalExit && generate.exitCode() == 0;
}

// --- setup ----------------------------------------------------------------------------------

void TestCliSync::initTestCase()
{
    QVERIFY2(QFile::exists(TestSupport::serverPath()), "build the botvault-server target first");
    QVERIFY2(QFile::exists(TestSupport::cliPath()), "build the botvault-cli target first");
    QVERIFY(m_serverDir.isValid());
    m_database = m_serverDir.filePath(QStringLiteral("server.db"));
    m_adminToken = addUser(QStringLiteral("ann"), {QStringLiteral("SYSTEM_ADMIN")});
    m_developerToken = addUser(QStringLiteral("dev"), {QStringLiteral("DEVELOPER")});
    m_viewerToken = addUser(QStringLiteral("viv"), {QStringLiteral("VIEWER")});
    QVERIFY(m_adminToken.startsWith("bv_") && m_developerToken.startsWith("bv_") && m_viewerToken.startsWith("bv_"));
    QVERIFY(m_server.start({QStringLiteral("--db"), m_database}));
}

void TestCliSync::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_cli = std::make_unique<CliDriver>(m_dir->path());
}

void TestCliSync::cleanupTestCase()
{
    // No CLI output of any test may hold a token.
    const QByteArray log = m_server.log();
    for (const QByteArray& token : {m_adminToken, m_developerToken, m_viewerToken}) {
        QVERIFY(token.isEmpty() || !log.contains(token));
    }
    m_server.killHard();
}

// --- cases ----------------------------------------------------------------------------------

void TestCliSync::proxyPassesRequestsThroughAndInjectsFaults()
{
    FaultProxy proxy;
    QVERIFY(proxy.listen(m_server.port()));
    const HttpReply me = api(proxy.url() + QStringLiteral("/api/v1/me"), m_adminToken);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json[QStringLiteral("user")][QStringLiteral("login")].toString(), QStringLiteral("ann"));
    QCOMPARE(proxy.requests().size(), 1);
    QCOMPARE(proxy.requests().constFirst().path, QByteArray("/api/v1/me"));
    QVERIFY(proxy.requests().constFirst().hadAuthorization);

    proxy.setFault(FaultProxy::Fault::ServerError, "/me", 0, 1);
    QCOMPARE(api(proxy.url() + QStringLiteral("/api/v1/me"), m_adminToken).status, 500);
    QCOMPARE(api(proxy.url() + QStringLiteral("/api/v1/me"), m_adminToken).status, 200);
}

void TestCliSync::helpListsSyncCommands()
{
    const CliRun run = cli(path(QStringLiteral("none.db")), args({"--help"}));
    QCOMPARE(run.exitCode, 0);
    for (const char* command : {"remote set PROJECT URL", "remote show PROJECT", "remote unset PROJECT",
             "publish PROJECT", "pull PROJECT", "BOTVAULT_SYNC_BACKOFF_SCALE"}) {
        QVERIFY2(run.out.contains(command), command);
    }
    QVERIFY(run.out.contains("10  "));
}

void TestCliSync::refusedTokenIsNotBound()
{
    const QString vault = createVault(QStringLiteral("a"));
    const qint64 remote = addRemoteProject(QStringLiteral("refused"));
    const CliRun run = cli(vault,
        args({"remote", "set"}) << kProject << m_server.rootUrl() << QStringLiteral("--remote-project")
                                << QString::number(remote),
        "bv_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n");
    QCOMPARE(run.exitCode, code(ExitCode::PermissionDenied));
    QVERIFY2(run.err.contains("token"), run.err.constData());
    QVERIFY(!run.all().contains("bv_AAAA"));
    QCOMPARE(remoteShow(vault).value(QStringLiteral("bound")).toBool(true), false);
}

void TestCliSync::missingRemoteProjectIsNotBound()
{
    const QString vault = createVault(QStringLiteral("a"));
    const qint64 existing = addRemoteProject(QStringLiteral("exists"));
    const qint64 missing = existing + 1000;
    const CliRun run = cli(vault,
        args({"remote", "set"}) << kProject << m_server.rootUrl() << QStringLiteral("--remote-project")
                                << QString::number(missing),
        m_adminToken + '\n');
    QCOMPARE(run.exitCode, code(ExitCode::NotFound));
    QVERIFY2(run.err.contains(QStringLiteral("has no project #%1 that this token can see").arg(missing).toUtf8()),
        run.err.constData());
    QVERIFY2(run.err.contains("nothing was bound"), run.err.constData());
    QVERIFY(!run.all().contains(m_adminToken));
    QCOMPARE(remoteShow(vault).value(QStringLiteral("bound")).toBool(true), false);

    // The same command with an id the platform has binds.
    bind(vault, m_server.rootUrl(), existing, m_adminToken);
    QCOMPARE(remoteShow(vault).value(QStringLiteral("remoteProjectId")).toInteger(), existing);
}

void TestCliSync::publishToAProjectThatIsGoneSaysToRebind()
{
    // A server whose database is copied before the project is made: started on the copy, it holds
    // the same user and token but no longer the bound project.
    const QString database = path(QStringLiteral("gone.db"));
    const QString before = path(QStringLiteral("gone-before.db"));
    const QByteArray token = addUser(QStringLiteral("gone"), {QStringLiteral("SYSTEM_ADMIN")}, database);
    QVERIFY(!token.isEmpty());
    QVERIFY(QFile::copy(database, before));
    const qint64 remote = addRemoteProject(QStringLiteral("gone"), database);
    RunningServer server;
    QVERIFY(server.start({QStringLiteral("--db"), database}));
    const QString vault = createVault(QStringLiteral("a"));
    bind(vault, server.rootUrl(), remote, token);
    if (QTest::currentTestFailed()) {
        return;
    }
    setVariable(vault, QStringLiteral("GREETING"), QStringLiteral("hello"));
    const quint16 port = server.port();
    server.killHard();
    QVERIFY(server.start({QStringLiteral("--db"), before}, port));

    const CliRun run = cli(vault, args({"publish"}) << kProject);
    QVERIFY2(run.exitCode != 0, run.all().constData());
    QVERIFY2(run.err.contains(QStringLiteral("has no project #%1").arg(remote).toUtf8()), run.err.constData());
    QVERIFY2(run.err.contains("remote set"), run.err.constData());
    QVERIFY2(!run.err.contains("to retry"), run.err.constData());
    QVERIFY(!run.all().contains(token));
}

void TestCliSync::remoteShowNeverPrintsTheToken()
{
    const QString vault = createVault(QStringLiteral("a"));
    const qint64 remote = addRemoteProject(QStringLiteral("show"));
    bind(vault, m_server.rootUrl(), remote, m_adminToken);
    const CliRun text = cli(vault, args({"remote", "show"}) << kProject);
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains(m_server.rootUrl().toUtf8()));
    const QJsonObject json = remoteShow(vault);
    QCOMPARE(json.value(QStringLiteral("url")).toString(), m_server.rootUrl());
    QCOMPARE(json.value(QStringLiteral("remoteProjectId")).toInteger(), remote);
    QCOMPARE(json.value(QStringLiteral("queuedChanges")).toInt(-1), 0);
    QVERIFY(!m_cli->outputs().contains(m_adminToken));

    const CliRun unset = cli(vault, args({"remote", "unset"}) << kProject);
    QCOMPARE(unset.exitCode, 0);
    QCOMPARE(remoteShow(vault).value(QStringLiteral("bound")).toBool(true), false);
}

void TestCliSync::roundTripKeepsValuesAndNeverShowsTheSecret()
{
    const QString multiLine = QStringLiteral("first line\nsecond line\r\n\ttabbed \"quoted\" \\ end\n");
    const QString nonAscii = QStringLiteral("Привет, мир! 🤖🎉 — ünïcødé");
    const QByteArray secretValue = "s3cr3t-ROUND-trip-V4LUE";
    const QString vaultA = createVault(QStringLiteral("a"));
    const QString vaultB = createVault(QStringLiteral("b"));
    const qint64 remote = addRemoteProject(QStringLiteral("round trip"));

    setVariable(vaultA, QStringLiteral("MULTI_LINE"), multiLine);
    setVariable(vaultA, QStringLiteral("NON_ASCII"), nonAscii);
    setSecret(vaultA, QStringLiteral("API_KEY"), secretValue);
    bind(vaultA, m_server.rootUrl(), remote, m_adminToken);
    QVERIFY(m_cli->outputs().contains("Bound Bot to"));

    const CliRun dryRun = cli(vaultA, args({"publish", "--dry-run"}) << kProject);
    QCOMPARE(dryRun.exitCode, 0);
    QVERIFY2(dryRun.out.contains("API_KEY (value hidden)"), dryRun.out.constData());
    const CliRun published = cli(vaultA, args({"publish"}) << kProject);
    QVERIFY2(published.exitCode == 0, published.all().constData());
    QVERIFY2(published.out.contains("Published 3 changes in 1 batch"), published.out.constData());

    bind(vaultB, m_server.rootUrl(), remote, m_adminToken);
    const CliRun pulled = cli(vaultB, args({"pull"}) << kProject);
    QVERIFY2(pulled.exitCode == 0, pulled.all().constData());
    QVERIFY2(QRegularExpression(QStringLiteral("Only on the platform[^\n]*\n\\s+secret\\s+API_KEY"))
                 .match(QString::fromUtf8(pulled.out))
                 .hasMatch(),
        pulled.out.constData());

    QCOMPARE(variableValue(vaultB, QStringLiteral("MULTI_LINE")), multiLine.toUtf8() + '\n');
    QCOMPARE(variableValue(vaultB, QStringLiteral("NON_ASCII")), nonAscii.toUtf8() + '\n');
    QCOMPARE(variableValue(vaultB, QStringLiteral("MULTI_LINE")), variableValue(vaultA, QStringLiteral("MULTI_LINE")));
    // The secret never came back: vault B knows no secret at all.
    const CliRun secrets = cli(vaultB, args({"secret", "list", "--json"}) << kProject);
    QCOMPARE(QJsonDocument::fromJson(secrets.out).array().size(), 0);

    QVERIFY(!m_cli->outputs().contains(secretValue));
    QVERIFY(!m_cli->outputs().contains(m_adminToken));
    QVERIFY(!m_server.log().contains(secretValue));
}

void TestCliSync::tokenWithoutSecretsRoleCannotPublishSecrets_data()
{
    QTest::addColumn<QString>("role");
    QTest::newRow("developer") << QStringLiteral("DEVELOPER");
    QTest::newRow("viewer") << QStringLiteral("VIEWER");
}

void TestCliSync::tokenWithoutSecretsRoleCannotPublishSecrets()
{
    QFETCH(QString, role);
    const QByteArray token = role == QStringLiteral("VIEWER") ? m_viewerToken : m_developerToken;
    const QString vault = createVault(QStringLiteral("a"));
    const qint64 remote = addRemoteProject(QStringLiteral("roles ") + role);
    const CliRun bound = cli(vault,
        args({"remote", "set"}) << kProject << m_server.rootUrl() << QStringLiteral("--remote-project")
                                << QString::number(remote),
        token + '\n');
    QVERIFY2(bound.exitCode == 0, bound.all().constData());
    QVERIFY2(bound.out.contains("roles: " + role.toUtf8()), bound.out.constData());
    QVERIFY2(bound.out.contains("not written"), bound.out.constData());

    setSecret(vault, QStringLiteral("PAYMENT_TOKEN"), "pay-value-never-shown");
    QCOMPARE(remoteShow(vault).value(QStringLiteral("queuedChanges")).toInt(), 1);
    const CliRun published = cli(vault, args({"publish"}) << kProject);
    QCOMPARE(published.exitCode, code(ExitCode::PermissionDenied));
    QVERIFY2(published.err.contains("outbox"), published.err.constData());

    QCOMPARE(remoteItems(m_server.baseUrl(), remote, QStringLiteral("secrets")).size(), 0);
    QCOMPARE(remoteShow(vault).value(QStringLiteral("queuedChanges")).toInt(), 1);
    QVERIFY(!m_cli->outputs().contains("pay-value-never-shown"));
}

void TestCliSync::dryRunSendsNothing()
{
    FaultProxy proxy;
    QVERIFY(proxy.listen(m_server.port()));
    const QString vault = createVault(QStringLiteral("a"));
    const qint64 remote = addRemoteProject(QStringLiteral("dry run"));
    bind(vault, proxy.url(), remote, m_adminToken);
    setVariable(vault, QStringLiteral("GREETING"), QStringLiteral("Hello"));

    const CliRun dryRun = cli(vault, args({"publish", "--dry-run", "--json"}) << kProject);
    QCOMPARE(dryRun.exitCode, 0);
    const QJsonObject plan = jsonObject(dryRun.out);
    QCOMPARE(plan.value(QStringLiteral("dryRun")).toBool(), true);
    const QJsonArray items = plan.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0)[QStringLiteral("action")].toString(), QStringLiteral("add"));
    QCOMPARE(items.at(0)[QStringLiteral("value")].toString(), QStringLiteral("Hello"));
    QCOMPARE(proxy.requestsTo("/changes").size(), 0);
    QCOMPARE(remoteShow(vault).value(QStringLiteral("queuedChanges")).toInt(), 1);
    QCOMPARE(remoteItems(m_server.baseUrl(), remote, QStringLiteral("variables")).size(), 0);
}

void TestCliSync::conflictIsShownAndResolvedAsChosen_data()
{
    QTest::addColumn<QString>("choice");
    QTest::addColumn<QString>("expected");
    QTest::newRow("take remote") << QStringLiteral("--take-remote") << QStringLiteral("alpha-from-A");
    QTest::newRow("keep local") << QStringLiteral("--keep-local") << QStringLiteral("beta-from-B");
}

void TestCliSync::conflictIsShownAndResolvedAsChosen()
{
    QFETCH(QString, choice);
    QFETCH(QString, expected);
    const QString vaultA = createVault(QStringLiteral("a"));
    const QString vaultB = createVault(QStringLiteral("b"));
    const qint64 remote = addRemoteProject(QStringLiteral("conflict ") + choice);
    bind(vaultA, m_server.rootUrl(), remote, m_adminToken);
    bind(vaultB, m_server.rootUrl(), remote, m_adminToken);
    setVariable(vaultA, QStringLiteral("V"), QStringLiteral("base"));
    QCOMPARE(cli(vaultA, args({"publish"}) << kProject).exitCode, 0);
    QCOMPARE(cli(vaultB, args({"pull"}) << kProject).exitCode, 0);
    QCOMPARE(variableValue(vaultB, QStringLiteral("V")), QByteArray("base\n"));

    setVariable(vaultA, QStringLiteral("V"), QStringLiteral("alpha-from-A"));
    setVariable(vaultB, QStringLiteral("V"), QStringLiteral("beta-from-B"));
    QCOMPARE(cli(vaultA, args({"publish"}) << kProject).exitCode, 0);
    const CliRun refused = cli(vaultB, args({"publish"}) << kProject);
    QCOMPARE(refused.exitCode, code(ExitCode::Conflict));
    QVERIFY2(refused.out.contains("Conflicts (1):"), refused.out.constData());
    QVERIFY2(refused.out.contains("alpha-from-A") && refused.out.contains("beta-from-B"), refused.out.constData());
    QCOMPARE(api(m_server.url(QStringLiteral("/projects/%1/variables/V").arg(remote)), m_adminToken)
                 .json.value(QStringLiteral("value"))
                 .toString(),
        QStringLiteral("alpha-from-A"));

    const CliRun resolved = cli(vaultB, args({"publish"}) << kProject << choice);
    QVERIFY2(resolved.exitCode == 0, resolved.all().constData());
    QCOMPARE(variableValue(vaultB, QStringLiteral("V")), expected.toUtf8() + '\n');
    QCOMPARE(api(m_server.url(QStringLiteral("/projects/%1/variables/V").arg(remote)), m_adminToken)
                 .json.value(QStringLiteral("value"))
                 .toString(),
        expected);
    QCOMPARE(remoteShow(vaultB).value(QStringLiteral("queuedChanges")).toInt(-1), 0);
}

void TestCliSync::serverKilledMidPublishIsRetriedAndAppliedOnce()
{
    QTemporaryDir serverDir;
    const QString database = serverDir.filePath(QStringLiteral("killed.db"));
    const QByteArray token = addUser(QStringLiteral("ann"), {QStringLiteral("SYSTEM_ADMIN")}, database);
    const qint64 remote = addRemoteProject(QStringLiteral("killed server"), database);
    RunningServer server;
    QVERIFY(server.start({QStringLiteral("--db"), database}));
    FaultProxy proxy;
    QVERIFY(proxy.listen(server.port()));

    const QString vault = createVault(QStringLiteral("a"));
    bind(vault, proxy.url(), remote, token);
    importManyVariables(vault, kManyVariables);

    // The second batch reaches the server, which commits it; its answer never reaches the CLI.
    proxy.setFault(FaultProxy::Fault::HoldAnswer, "/changes", 1, 1);
    QSignalSpy held(&proxy, &FaultProxy::answerHeld);
    QProcess* publish = startCli(vault, args({"publish"}) << kProject);
    QVERIFY(held.wait(120000));
    const quint16 port = server.port();
    QVERIFY(server.restart());
    QCOMPARE(server.port(), port);
    // The dead server's connection breaks only now, so the CLI retries against the new process.
    proxy.dropHeld();
    const CliRun run = finishCli(publish);
    QVERIFY2(run.exitCode == 0, run.all().constData());
    QVERIFY2(run.out.contains("Published 2,500 changes"), run.out.constData());

    const QList<FaultProxy::Request> batches = proxy.requestsTo("/changes");
    QVERIFY2(batches.size() >= 4, QByteArray::number(batches.size()).constData());
    const QByteArray heldKey = batches.at(1).idempotencyKey;
    QVERIFY(!heldKey.isEmpty());
    // Sent again with its key after the restart (the third batch went out beside it, two being in
    // flight at a time, so the repeat need not come next).
    const auto sentWithHeldKey = std::count_if(batches.cbegin(), batches.cend(),
        [&heldKey](const FaultProxy::Request& request) { return request.idempotencyKey == heldKey; });
    QCOMPARE(sentWithHeldKey, 2);
    QVERIFY(server.log().contains("replayed"));

    verifyAppliedOnce(server.baseUrl(), remote, kManyVariables, token);
    QCOMPARE(remoteShow(vault).value(QStringLiteral("queuedChanges")).toInt(-1), 0);
    QCOMPARE(remoteShow(vault).value(QStringLiteral("storedBatches")).toInt(-1), 0);
}

void TestCliSync::cliKilledMidPublishResendsTheStoredBatch()
{
    FaultProxy proxy;
    QVERIFY(proxy.listen(m_server.port()));
    const QString vault = createVault(QStringLiteral("a"));
    const qint64 remote = addRemoteProject(QStringLiteral("killed client"));
    bind(vault, proxy.url(), remote, m_adminToken);
    importManyVariables(vault, kManyVariables);

    // The first batch is answered; the second is applied by the server, and the CLI dies before it
    // hears so. The third went out beside it (two are in flight) and may have been answered and
    // written first, out of order: either way the outbox stays exact.
    proxy.setFault(FaultProxy::Fault::HoldAnswer, "/changes", 1, 1);
    QSignalSpy held(&proxy, &FaultProxy::answerHeld);
    QProcess* publish = startCli(vault, args({"publish"}) << kProject);
    QVERIFY(held.wait(120000));
    publish->kill();
    const CliRun killed = finishCli(publish);
    QCOMPARE(killed.signal, SIGKILL);
    proxy.dropHeld();
    proxy.clearFault();

    const QJsonObject shown = remoteShow(vault);
    QVERIFY2(shown.value(QStringLiteral("storedBatches")).toInt() >= 1, QJsonDocument(shown).toJson().constData());
    QVERIFY(shown.value(QStringLiteral("queuedChanges")).toInt() > 0);
    const QByteArray heldKey = proxy.requestsTo("/changes").at(1).idempotencyKey;

    const CliRun resumed = cli(vault, args({"publish"}) << kProject);
    QVERIFY2(resumed.exitCode == 0, resumed.all().constData());
    int sentWithHeldKey = 0;
    for (const FaultProxy::Request& request : proxy.requestsTo("/changes")) {
        sentWithHeldKey += request.idempotencyKey == heldKey ? 1 : 0;
    }
    QCOMPARE(sentWithHeldKey, 2);
    verifyAppliedOnce(m_server.baseUrl(), remote, kManyVariables);
    QCOMPARE(remoteShow(vault).value(QStringLiteral("storedBatches")).toInt(-1), 0);
    QCOMPARE(remoteShow(vault).value(QStringLiteral("queuedChanges")).toInt(-1), 0);
}

void TestCliSync::interruptedPublishStopsCleanly()
{
    FaultProxy proxy;
    QVERIFY(proxy.listen(m_server.port()));
    const QString vault = createVault(QStringLiteral("a"));
    const qint64 remote = addRemoteProject(QStringLiteral("interrupted"));
    bind(vault, proxy.url(), remote, m_adminToken);
    importManyVariables(vault, kManyVariables);

    // Ctrl+C while the first two batches are on their way (two are in flight at a time): both
    // are still awaited and recorded, the third is never sent.
    proxy.setFault(FaultProxy::Fault::HoldAnswer, "/changes", 0, 2);
    QSignalSpy held(&proxy, &FaultProxy::answerHeld);
    QProcess* publish = startCli(vault, args({"publish"}) << kProject);
    QVERIFY(QTest::qWaitFor([&held] { return held.size() == 2; }, 120000));
    QCOMPARE(::kill(static_cast<pid_t>(publish->processId()), SIGINT), 0);
    // The CLI polls for the interrupt every 50 ms; the margin is for a loaded machine, where the
    // answers let through below must not overtake it.
    QTest::qWait(1000);
    proxy.dropHeld();
    const CliRun interrupted = finishCli(publish);
    QCOMPARE(interrupted.signal, 0);
    QVERIFY2(interrupted.exitCode == code(ExitCode::Failure), interrupted.all().constData());
    QVERIFY2(interrupted.err.contains("2000") || interrupted.err.contains("2,000"), interrupted.err.constData());
    QCOMPARE(proxy.requestsTo("/changes").size(), 4); // two batches, each sent again
    const QJsonObject shown = remoteShow(vault);
    QCOMPARE(shown.value(QStringLiteral("storedBatches")).toInt(-1), 0);
    QCOMPARE(shown.value(QStringLiteral("queuedChanges")).toInt(-1), kManyVariables - 2000);
    QCOMPARE(remoteItems(m_server.baseUrl(), remote, QStringLiteral("variables")).size(), 2000);

    const CliRun resumed = cli(vault, args({"publish"}) << kProject);
    QVERIFY2(resumed.exitCode == 0, resumed.all().constData());
    verifyAppliedOnce(m_server.baseUrl(), remote, kManyVariables);
}

void TestCliSync::failedPublishKeepsTheOutbox_data()
{
    QTest::addColumn<FaultProxy::Fault>("fault");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("500 on every attempt") << FaultProxy::Fault::ServerError << QByteArray("500");
    QTest::newRow("no answer") << FaultProxy::Fault::NoAnswer << QByteArray("within 2 second");
    QTest::newRow("truncated body") << FaultProxy::Fault::TruncatedBody << QByteArray();
    QTest::newRow("malformed JSON") << FaultProxy::Fault::MalformedBody << QByteArray();
}

void TestCliSync::failedPublishKeepsTheOutbox()
{
    QFETCH(FaultProxy::Fault, fault);
    QFETCH(QByteArray, message);
    FaultProxy proxy;
    QVERIFY(proxy.listen(m_server.port()));
    const QString vault = createVault(QStringLiteral("a"));
    const qint64 remote = addRemoteProject(QStringLiteral("fault"));
    bind(vault, proxy.url(), remote, m_adminToken);
    setVariable(vault, QStringLiteral("ONE"), QStringLiteral("1"));
    setVariable(vault, QStringLiteral("TWO"), QStringLiteral("2"));
    setVariable(vault, QStringLiteral("THREE"), QStringLiteral("3"));

    proxy.setFault(fault);
    const CliRun failed = cli(vault, args({"publish", "--timeout", "2"}) << kProject);
    QCOMPARE(failed.exitCode, code(ExitCode::Network));
    QVERIFY2(failed.err.contains("outbox"), failed.err.constData());
    QVERIFY2(failed.err.toLower().contains(message.toLower()), failed.err.constData());
    QVERIFY(!proxy.requestsTo("/changes").isEmpty());
    QCOMPARE(remoteShow(vault).value(QStringLiteral("queuedChanges")).toInt(), 3);
    QCOMPARE(remoteItems(m_server.baseUrl(), remote, QStringLiteral("variables")).size(), 0);

    proxy.clearFault();
    const CliRun published = cli(vault, args({"publish"}) << kProject);
    QVERIFY2(published.exitCode == 0, published.all().constData());
    QCOMPARE(remoteShow(vault).value(QStringLiteral("queuedChanges")).toInt(-1), 0);
    QCOMPARE(remoteItems(m_server.baseUrl(), remote, QStringLiteral("variables")).size(), 3);
}

void TestCliSync::retryAfterIsHonoured()
{
    FaultProxy proxy;
    QVERIFY(proxy.listen(m_server.port()));
    const QString vault = createVault(QStringLiteral("a"));
    const qint64 remote = addRemoteProject(QStringLiteral("retry after"));
    bind(vault, proxy.url(), remote, m_adminToken);
    setVariable(vault, QStringLiteral("ONE"), QStringLiteral("1"));

    proxy.setFault(FaultProxy::Fault::ServiceUnavailable, "/changes", 0, 1);
    // Real waits here: the Retry-After of one second is what is checked.
    const CliRun published = cli(vault, args({"publish"}) << kProject, {},
        {{QStringLiteral("BOTVAULT_SYNC_BACKOFF_SCALE"), QStringLiteral("1")}});
    QVERIFY2(published.exitCode == 0, published.all().constData());
    const QList<FaultProxy::Request> batches = proxy.requestsTo("/changes");
    QCOMPARE(batches.size(), 2);
    QCOMPARE(batches.at(1).idempotencyKey, batches.at(0).idempotencyKey);
    // The retry came no earlier than the server asked (a lower bound only: a wait can only be longer).
    QVERIFY2(batches.at(1).receivedMs - batches.at(0).receivedMs >= 990,
        QByteArray::number(batches.at(1).receivedMs - batches.at(0).receivedMs).constData());
    QCOMPARE(remoteItems(m_server.baseUrl(), remote, QStringLiteral("variables")).size(), 1);
}

void TestCliSync::selfSignedCertificateIsRefusedBeforeTheToken()
{
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty()) {
        QSKIP("the openssl command is not installed");
    }
    const QString certificate = path(QStringLiteral("cert.pem"));
    const QString key = path(QStringLiteral("key.pem"));
    QVERIFY(generateCertificate(QStringLiteral("/CN=127.0.0.1"), QStringLiteral("IP:127.0.0.1"), certificate, key));
    const QString database = path(QStringLiteral("tls.db"));
    const QByteArray token = addUser(QStringLiteral("tls"), {QStringLiteral("SYSTEM_ADMIN")}, database);
    const qint64 remote = addRemoteProject(QStringLiteral("tls"), database);
    RunningServer server;
    QVERIFY(server.startTls({QStringLiteral("--db"), database}, certificate, key));
    QVERIFY(server.rootUrl().startsWith(QStringLiteral("https://127.0.0.1:")));
    const QString vault = createVault(QStringLiteral("a"));
    const QStringList setRemote = args({"remote", "set"})
        << kProject << server.rootUrl() << QStringLiteral("--remote-project") << QString::number(remote);

    const CliRun refused = cli(vault, setRemote, token + '\n');
    QCOMPARE(refused.exitCode, code(ExitCode::Network));
    QVERIFY2(refused.err.contains("certificate") && refused.err.contains("not sent"), refused.err.constData());
    // No request got through the handshake, so none with the token.
    QVERIFY2(!server.log().contains("/api/v1/"), server.log().constData());
    QCOMPARE(remoteShow(vault).value(QStringLiteral("bound")).toBool(true), false);

    const CliRun trusted = cli(vault, setRemote + QStringList {QStringLiteral("--ca-file"), certificate}, token + '\n');
    QVERIFY2(trusted.exitCode == 0, trusted.all().constData());
    QVERIFY(server.log().contains("GET /api/v1/me 200"));
    QVERIFY(!server.log().contains(token));
}

void TestCliSync::wrongHostCertificateIsRefusedEvenWhenTrusted()
{
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty()) {
        QSKIP("the openssl command is not installed");
    }
    const QString certificate = path(QStringLiteral("other.pem"));
    const QString key = path(QStringLiteral("other-key.pem"));
    QVERIFY(generateCertificate(
        QStringLiteral("/CN=other.example"), QStringLiteral("DNS:other.example"), certificate, key));
    const QString database = path(QStringLiteral("other.db"));
    const QByteArray token = addUser(QStringLiteral("tls"), {QStringLiteral("SYSTEM_ADMIN")}, database);
    const qint64 remote = addRemoteProject(QStringLiteral("other host"), database);
    RunningServer server;
    QVERIFY(server.startTls({QStringLiteral("--db"), database}, certificate, key));
    const QString vault = createVault(QStringLiteral("a"));

    const CliRun refused = cli(vault,
        args({"remote", "set"}) << kProject << server.rootUrl() << QStringLiteral("--remote-project")
                                << QString::number(remote) << QStringLiteral("--ca-file") << certificate,
        token + '\n');
    QCOMPARE(refused.exitCode, code(ExitCode::Network));
    QVERIFY2(refused.err.contains("certificate"), refused.err.constData());
    QVERIFY2(!server.log().contains("/api/v1/"), server.log().constData());
    QCOMPARE(remoteShow(vault).value(QStringLiteral("bound")).toBool(true), false);
}

BOTVAULT_TEST_MAIN(TestCliSync)
#include "TestCliSync.moc"
