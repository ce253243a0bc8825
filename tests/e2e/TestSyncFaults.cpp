#include "app/cli/ExitCode.h"
#include "tests/support/CliDriver.h"
#include "tests/support/FaultProxy.h"
#include "tests/support/RunningServer.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <random>

// Publishing through a fault-injecting proxy between the real botvault-cli and the real
// botvault-server: answers lost after the server committed (the false conflict that wedged a
// project), resets before and after the commit, dropped, truncated and malformed answers, 5xx and
// 429 with Retry-After, the CLI and the server killed during a publish, two publishes at once.
// After each scenario the platform holds exactly the vault's state, the project's revision counter
// moved exactly once per put (nothing applied twice, nothing lost) and nothing is queued.
// BOTVAULT_FAULT_ROUNDS sets the rounds per random scenario (scripts/soak-sync.sh runs many).

Q_DECLARE_METATYPE(QList<FaultProxy::Fault>)

namespace {

const QString kProject = QStringLiteral("Bot");
constexpr int kDefaultRounds = 4;
// Names a round picks from: few, so that edits pile up on the same items.
constexpr int kVariableNames = 5;
constexpr int kSecretNames = 3;

int code(ExitCode exitCode)
{
    return static_cast<int>(exitCode);
}

QStringList words(std::initializer_list<QString> list)
{
    return QStringList(list);
}

// What the vault holds, as the test made it: the platform must end up holding the same.
struct Model
{
    QMap<QString, std::pair<QString, bool>> variables; // name → (value, includeInExport)
    QMap<QString, QByteArray> secrets;
};

// What the platform holds: variables with values, secrets with revisions.
struct PlatformState
{
    QMap<QString, std::pair<QString, bool>> variables;
    QMap<QString, qint64> secretRevisions;
};

struct RoundTotals
{
    int rounds = 0;
    int faults = 0;
    int mismatches = 0;
    int duplicates = 0;
    int lost = 0;
};

} // namespace

class TestSyncFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void lostAnswerIsNotAConflict_data();
    void lostAnswerIsNotAConflict();
    void cliKilledAfterCommitIsNotAConflict();
    void pullAfterLostAnswerKeepsTheNewerEdit();
    void takingThePlatformsSecretIsRefused();
    void secondPublishIsRefusedWhileOneRuns();
    void failureBeforeThePlanPrintsJson();
    void refusedBatchListsItsConflictsInJson();
    void attemptsAreAsDocumented();
    void pullWarnsAboutStartupNames();
    void randomFaultRounds_data();
    void randomFaultRounds();

private:
    struct Http
    {
        int status = 0;
        QJsonObject json;
    };
    Http request(const QByteArray& method, const QString& path, const QByteArray& body = {},
        const QList<std::pair<QByteArray, QByteArray>>& headers = {});
    PlatformState platform();
    // The project's revision counter, read by writing and deleting a probe variable (the write
    // moves it by one: the expectation follows).
    qint64 probeCounter();

    CliDriver::Run cli(const QStringList& arguments, const QByteArray& input = {});
    CliDriver::Run publish(const QStringList& extra = {});
    void setVariable(const QString& name, const QString& value, bool includeInExport = false);
    void setSecret(const QString& name, const QByteArray& value);
    // Puts of the plan: what the next publish moves the counter by.
    int outgoingChanges();
    // Publishes without faults; every failure here is the wedge this suite exists for.
    void settle();
    // The platform holds the model, nothing is queued, the counter is where it should be.
    void verifyInSync(RoundTotals* totals = nullptr, const QMap<QString, qint64>& secretRevisionsBefore = {},
        const QSet<QString>& secretsChanged = {});
    void randomEdits(std::mt19937& random, QSet<QString>* secretsChanged);

    QTemporaryDir m_serverDir;
    QString m_database;
    RunningServer m_server;
    QByteArray m_adminToken;
    QNetworkAccessManager m_network;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliDriver> m_cli;
    std::unique_ptr<FaultProxy> m_proxy;
    QString m_vault;
    qint64 m_remoteProject = 0;
    Model m_model;
    // Where the revision counter must be: every change published moves it by exactly one.
    qint64 m_expectedCounter = 0;
    int m_serial = 0;
};

// --- harness --------------------------------------------------------------------------------

TestSyncFaults::Http TestSyncFaults::request(const QByteArray& method, const QString& path, const QByteArray& body,
    const QList<std::pair<QByteArray, QByteArray>>& headers)
{
    QNetworkRequest request {QUrl(m_server.url(path))};
    request.setRawHeader("Authorization", "Bearer " + m_adminToken);
    if (!body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    for (const auto& [name, value] : headers) {
        request.setRawHeader(name, value);
    }
    request.setTransferTimeout(30000);
    QNetworkReply* reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Http result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonDocument document = QJsonDocument::fromJson(reply->readAll());
    result.json = document.object();
    reply->deleteLater();
    return result;
}

PlatformState TestSyncFaults::platform()
{
    PlatformState state;
    const Http variables = request("GET", QStringLiteral("/projects/%1/variables?limit=1000").arg(m_remoteProject));
    for (const QJsonValue& value : variables.json.value(QStringLiteral("items")).toArray()) {
        const QJsonObject item = value.toObject();
        state.variables.insert(item.value(QStringLiteral("name")).toString(),
            {item.value(QStringLiteral("value")).toString(), item.value(QStringLiteral("includeInExport")).toBool()});
    }
    const Http secrets = request("GET", QStringLiteral("/projects/%1/secrets?limit=1000").arg(m_remoteProject));
    for (const QJsonValue& value : secrets.json.value(QStringLiteral("items")).toArray()) {
        const QJsonObject item = value.toObject();
        state.secretRevisions.insert(
            item.value(QStringLiteral("name")).toString(), item.value(QStringLiteral("revision")).toInteger());
    }
    return state;
}

qint64 TestSyncFaults::probeCounter()
{
    const QString path = QStringLiteral("/projects/%1/variables/ZZ_COUNTER_PROBE").arg(m_remoteProject);
    const Http created = request("PUT", path, R"({"value":"probe"})", {{"If-None-Match", "*"}});
    if (created.status != 201) {
        qWarning("probe write failed: %d", created.status);
        return -1;
    }
    const qint64 revision = created.json.value(QStringLiteral("revision")).toInteger();
    const Http removed = request("DELETE", path, {}, {{"If-Match", '"' + QByteArray::number(revision) + '"'}});
    if (removed.status != 204) {
        qWarning("probe delete failed: %d", removed.status);
        return -1;
    }
    // The put and the delete took one revision each.
    m_expectedCounter += 2;
    return revision - 1;
}

CliDriver::Run TestSyncFaults::cli(const QStringList& arguments, const QByteArray& input)
{
    return m_cli->run(m_vault, arguments, input);
}

CliDriver::Run TestSyncFaults::publish(const QStringList& extra)
{
    return cli(words({QStringLiteral("publish"), kProject, QStringLiteral("--timeout"), QStringLiteral("2")}) + extra);
}

void TestSyncFaults::setVariable(const QString& name, const QString& value, bool includeInExport)
{
    QStringList arguments = words({QStringLiteral("var"), QStringLiteral("set"), kProject, name});
    arguments << (includeInExport ? QStringLiteral("--export") : QStringLiteral("--no-export"));
    arguments << QStringLiteral("--") << value;
    const CliDriver::Run run = cli(arguments);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    m_model.variables.insert(name, {value, includeInExport});
}

void TestSyncFaults::setSecret(const QString& name, const QByteArray& value)
{
    const CliDriver::Run run = cli(words({QStringLiteral("secret"), QStringLiteral("set"), kProject, name}), value);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    m_model.secrets.insert(name, value);
}

int TestSyncFaults::outgoingChanges()
{
    const CliDriver::Run run = publish({QStringLiteral("--dry-run"), QStringLiteral("--json")});
    if (run.exitCode != 0) {
        qWarning("dry run failed: %s", run.err.constData());
        return -1;
    }
    int count = 0;
    for (const QJsonValue& value : run.json().value(QStringLiteral("items")).toArray()) {
        const QString action = value.toObject().value(QStringLiteral("action")).toString();
        // Every applied change, a delete too, takes the next revision of the project's counter (a
        // delete applied twice would fail: the item is gone).
        if (action == QLatin1String("add") || action == QLatin1String("change") || action == QLatin1String("remove")) {
            ++count;
        }
        if (qEnvironmentVariableIsSet("BOTVAULT_FAULT_DEBUG")) {
            qInfo("planned %s", QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact).constData());
        }
    }
    return count;
}

void TestSyncFaults::settle()
{
    m_proxy->clearFault();
    const CliDriver::Run run = publish();
    QVERIFY2(run.exitCode == 0, run.all().constData());
}

void TestSyncFaults::verifyInSync(
    RoundTotals* totals, const QMap<QString, qint64>& secretRevisionsBefore, const QSet<QString>& secretsChanged)
{
    const PlatformState state = platform();
    const bool variablesMatch = state.variables == m_model.variables;
    const QList<QString> secretNames = state.secretRevisions.keys();
    bool secretsMatch = secretNames == m_model.secrets.keys();
    // A secret changed in this round must have a new revision: its value reached the platform.
    for (const QString& name : secretsChanged) {
        if (m_model.secrets.contains(name) && state.secretRevisions.value(name) <= secretRevisionsBefore.value(name)) {
            secretsMatch = false;
        }
    }
    const QJsonObject shown
        = cli(words({QStringLiteral("remote"), QStringLiteral("show"), kProject, QStringLiteral("--json")})).json();
    const int queued = shown.value(QStringLiteral("queuedChanges")).toInt(-1);
    const int stored = shown.value(QStringLiteral("storedBatches")).toInt(-1);
    const qint64 expected = m_expectedCounter;
    const qint64 counter = probeCounter();
    if (totals) {
        totals->mismatches += (variablesMatch && secretsMatch) ? 0 : 1;
        totals->duplicates += counter > expected ? 1 : 0;
        totals->lost += (counter < expected || queued != 0 || stored != 0) ? 1 : 0;
    }
    QVERIFY2(variablesMatch, "the platform's variables differ from the vault's");
    QVERIFY2(secretsMatch, "the platform's secrets differ from the vault's");
    QCOMPARE(queued, 0);
    QCOMPARE(stored, 0);
    // Above: a change applied twice; below: a change lost.
    QCOMPARE(counter, expected);
}

void TestSyncFaults::randomEdits(std::mt19937& random, QSet<QString>* secretsChanged)
{
    std::uniform_int_distribution<int> percent(0, 99);
    std::uniform_int_distribution<int> variable(0, kVariableNames - 1);
    std::uniform_int_distribution<int> secret(0, kSecretNames - 1);
    const int edits = 1 + percent(random) % 4;
    for (int n = 0; n < edits; ++n) {
        const int what = percent(random);
        if (what < 50) {
            const QString name = QStringLiteral("VAR_%1").arg(variable(random));
            setVariable(name, QStringLiteral("value %1").arg(percent(random)), percent(random) < 50);
        } else if (what < 65) {
            const QString name = QStringLiteral("VAR_%1").arg(variable(random));
            if (m_model.variables.contains(name)) {
                const CliDriver::Run run = cli(words({QStringLiteral("var"), QStringLiteral("rm"), kProject, name}));
                QVERIFY2(run.exitCode == 0, run.err.constData());
                m_model.variables.remove(name);
            }
        } else if (what < 90) {
            const QString name = QStringLiteral("SECRET_%1").arg(secret(random));
            setSecret(name, "sk_unique_" + QByteArray::number(++m_serial));
            secretsChanged->insert(name);
        } else {
            const QString name = QStringLiteral("SECRET_%1").arg(secret(random));
            if (m_model.secrets.contains(name)) {
                const CliDriver::Run run = cli(words({QStringLiteral("secret"), QStringLiteral("rm"), kProject, name}));
                QVERIFY2(run.exitCode == 0, run.err.constData());
                m_model.secrets.remove(name);
            }
        }
    }
}

// --- setup ----------------------------------------------------------------------------------

void TestSyncFaults::initTestCase()
{
    QVERIFY2(QFile::exists(TestSupport::serverPath()), "build the botvault-server target first");
    QVERIFY2(QFile::exists(TestSupport::cliPath()), "build the botvault-cli target first");
    QVERIFY(m_serverDir.isValid());
    m_database = m_serverDir.filePath(QStringLiteral("server.db"));
    const TestSupport::ServerCommandRun user
        = TestSupport::runServerCommand({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("ann"),
            QStringLiteral("--role"), QStringLiteral("SYSTEM_ADMIN"), QStringLiteral("--db"), m_database});
    QCOMPARE(user.exitCode, 0);
    m_adminToken = user.out.trimmed();
    QVERIFY(m_server.start({QStringLiteral("--db"), m_database}));
}

void TestSyncFaults::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_cli = std::make_unique<CliDriver>(m_dir->path());
    m_proxy = std::make_unique<FaultProxy>();
    QVERIFY(m_proxy->listen(m_server.port()));
    m_model = {};
    m_expectedCounter = 0;

    static int projects = 0;
    const TestSupport::ServerCommandRun added = TestSupport::runServerCommand({QStringLiteral("project"),
        QStringLiteral("add"), QStringLiteral("Faults %1").arg(++projects), QStringLiteral("--db"), m_database});
    QCOMPARE(added.exitCode, 0);
    m_remoteProject = added.out.trimmed().toLongLong();
    QVERIFY(m_remoteProject > 0);

    m_vault = m_cli->createVault(QStringLiteral("vault"), kProject);
    QVERIFY(!m_vault.isEmpty());
    const CliDriver::Run bound = cli(words({QStringLiteral("remote"), QStringLiteral("set"), kProject, m_proxy->url(),
                                         QStringLiteral("--remote-project"), QString::number(m_remoteProject)}),
        m_adminToken + '\n');
    QVERIFY2(bound.exitCode == 0, bound.all().constData());
}

void TestSyncFaults::cleanup()
{
    // No secret value of the test, in any output.
    for (const QByteArray& value : std::as_const(m_model.secrets)) {
        QVERIFY2(!m_cli->outputs().contains(value), "a secret value reached the CLI's output");
    }
    m_proxy.reset();
    m_cli.reset();
}

void TestSyncFaults::cleanupTestCase()
{
    QVERIFY(!m_server.log().contains(m_adminToken));
    m_server.killHard();
}

// --- cases ----------------------------------------------------------------------------------

void TestSyncFaults::lostAnswerIsNotAConflict_data()
{
    QTest::addColumn<FaultProxy::Fault>("fault");
    QTest::newRow("500 after the commit") << FaultProxy::Fault::ErrorAfterCommit;
    QTest::newRow("reset after the commit") << FaultProxy::Fault::ResetAfterCommit;
}

// The sequence that wedged a project: every /changes answer lost after the server applied it, then
// a newer local edit of the same items. The next publish resends the stored batch first and then
// publishes the newer edit; nothing is ever a conflict.
void TestSyncFaults::lostAnswerIsNotAConflict()
{
    QFETCH(FaultProxy::Fault, fault);
    setVariable(QStringLiteral("X"), QStringLiteral("v1"));
    setSecret(QStringLiteral("STRIPE_KEY"), "sk_first_8d1c");
    m_proxy->setFault(fault);
    const CliDriver::Run lost = publish();
    QCOMPARE(lost.exitCode, code(ExitCode::Network));
    // Applied once per attempt? No: the key makes every retry a replay of the first.
    QCOMPARE(platform().variables.value(QStringLiteral("X")).first, QStringLiteral("v1"));
    m_expectedCounter += 2;

    setVariable(QStringLiteral("X"), QStringLiteral("v2"));
    setSecret(QStringLiteral("STRIPE_KEY"), "sk_second_77aa");
    m_expectedCounter += 2;
    m_proxy->clearFault();

    const CliDriver::Run planned = publish({QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QCOMPARE(planned.exitCode, 0);
    QCOMPARE(planned.json().value(QStringLiteral("conflicts")).toArray().size(), 0);
    for (const QJsonValue& item : planned.json().value(QStringLiteral("items")).toArray()) {
        QCOMPARE(item.toObject().value(QStringLiteral("action")).toString(), QStringLiteral("change"));
        QVERIFY(item.toObject().value(QStringLiteral("awaitingReplay")).toBool());
    }

    const qint64 secretBefore = platform().secretRevisions.value(QStringLiteral("STRIPE_KEY"));
    const CliDriver::Run published = publish();
    QVERIFY2(published.exitCode == 0, published.all().constData());
    QVERIFY(published.out.contains("sent again"));
    QVERIFY(platform().secretRevisions.value(QStringLiteral("STRIPE_KEY")) > secretBefore);
    verifyInSync();

    const CliDriver::Run again = publish();
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains("Nothing to publish"), again.out.constData());
}

void TestSyncFaults::cliKilledAfterCommitIsNotAConflict()
{
    setVariable(QStringLiteral("X"), QStringLiteral("v1"));
    setSecret(QStringLiteral("TOKEN"), "tok_first_1");
    m_proxy->setFault(FaultProxy::Fault::HoldAnswer);
    QSignalSpy held(m_proxy.get(), &FaultProxy::answerHeld);
    QProcess* running = m_cli->start(m_vault, words({QStringLiteral("publish"), kProject}));
    QVERIFY(held.wait(60000));
    // The server has committed the batch; the CLI dies before it hears so.
    running->kill();
    m_cli->finish(running);
    m_proxy->dropHeld();
    m_expectedCounter += 2;

    setSecret(QStringLiteral("TOKEN"), "tok_second_2");
    m_expectedCounter += 1;
    m_proxy->clearFault();
    const CliDriver::Run published = publish();
    QVERIFY2(published.exitCode == 0, published.all().constData());
    verifyInSync();
}

// Pull must not take the platform's copy of this vault's own older write over a newer local edit.
void TestSyncFaults::pullAfterLostAnswerKeepsTheNewerEdit()
{
    setVariable(QStringLiteral("X"), QStringLiteral("v1"));
    setSecret(QStringLiteral("STRIPE_KEY"), "sk_one_4411");
    m_proxy->setFault(FaultProxy::Fault::ErrorAfterCommit);
    QCOMPARE(publish().exitCode, code(ExitCode::Network));
    m_expectedCounter += 2;
    m_proxy->clearFault();

    setVariable(QStringLiteral("X"), QStringLiteral("v2"));
    setSecret(QStringLiteral("STRIPE_KEY"), "sk_two_9902");
    m_expectedCounter += 2;
    const CliDriver::Run pulled
        = cli(words({QStringLiteral("pull"), kProject, QStringLiteral("--take-remote"), QStringLiteral("--json")}));
    QVERIFY2(pulled.exitCode == 0, pulled.all().constData());
    const CliDriver::Run value
        = cli(words({QStringLiteral("var"), QStringLiteral("get"), kProject, QStringLiteral("X")}));
    QCOMPARE(value.out.trimmed(), QByteArray("v2"));

    const CliDriver::Run published = publish();
    QVERIFY2(published.exitCode == 0, published.all().constData());
    QVERIFY2(!published.out.contains("No differences"), published.out.constData());
    verifyInSync();
}

// A secret's value never comes back, so "take the platform's side" cannot make this vault hold what
// the platform holds: refused with the reason, nothing written; keeping the local side works.
void TestSyncFaults::takingThePlatformsSecretIsRefused()
{
    setSecret(QStringLiteral("API_KEY"), "key_local_one");
    settle();
    m_expectedCounter += 1;
    const qint64 revision = platform().secretRevisions.value(QStringLiteral("API_KEY"));
    const Http replaced = request("PUT", QStringLiteral("/projects/%1/secrets/API_KEY").arg(m_remoteProject),
        R"({"value":"key_platform_two"})", {{"If-Match", '"' + QByteArray::number(revision) + '"'}});
    QCOMPARE(replaced.status, 200);
    m_expectedCounter += 1;
    setSecret(QStringLiteral("API_KEY"), "key_local_three");

    for (const QString& command : {QStringLiteral("publish"), QStringLiteral("pull")}) {
        const CliDriver::Run refused = cli(words({command, kProject, QStringLiteral("--take-remote")}));
        QCOMPARE(refused.exitCode, code(ExitCode::Conflict));
        QVERIFY2(refused.err.contains("Cannot take the platform's side of secret(s) API_KEY"), refused.err.constData());
        const QJsonObject shown
            = cli(words({QStringLiteral("remote"), QStringLiteral("show"), kProject, QStringLiteral("--json")})).json();
        QCOMPARE(shown.value(QStringLiteral("queuedChanges")).toInt(), 1);
        QCOMPARE(platform().secretRevisions.value(QStringLiteral("API_KEY")), revision + 1);
    }

    const CliDriver::Run kept = publish({QStringLiteral("--keep-local")});
    QVERIFY2(kept.exitCode == 0, kept.all().constData());
    m_expectedCounter += 1;
    verifyInSync();
}

void TestSyncFaults::secondPublishIsRefusedWhileOneRuns()
{
    setVariable(QStringLiteral("X"), QStringLiteral("v1"));
    // Something to pull, so that the pull below gets as far as the lock.
    const Http added = request("PUT", QStringLiteral("/projects/%1/variables/FROM_PLATFORM").arg(m_remoteProject),
        R"({"value":"theirs"})", {{"If-None-Match", "*"}});
    QCOMPARE(added.status, 201);
    m_expectedCounter += 1;
    m_proxy->setFault(FaultProxy::Fault::HoldAnswer);
    QSignalSpy held(m_proxy.get(), &FaultProxy::answerHeld);
    QProcess* first = m_cli->start(m_vault, words({QStringLiteral("publish"), kProject, QStringLiteral("--json")}));
    QVERIFY(held.wait(60000));
    m_expectedCounter += 1;

    for (const QString& command : {QStringLiteral("publish"), QStringLiteral("pull")}) {
        const CliDriver::Run second = cli(words({command, kProject}));
        QCOMPARE(second.exitCode, code(ExitCode::Busy));
        QVERIFY2(second.err.contains("Another publish or pull of this project is running"), second.err.constData());
        QVERIFY2(!second.err.contains('#'), second.err.constData());
    }

    m_proxy->clearFault();
    m_proxy->dropHeld();
    const CliDriver::Run firstDone = m_cli->finish(first);
    // The answer was dropped: the first publish may have retried it (the key makes that a replay).
    QVERIFY2(firstDone.exitCode == 0 || firstDone.exitCode == code(ExitCode::Network), firstDone.all().constData());
    settle();
    const CliDriver::Run pulled = cli(words({QStringLiteral("pull"), kProject}));
    QVERIFY2(pulled.exitCode == 0, pulled.all().constData());
    m_model.variables.insert(QStringLiteral("FROM_PLATFORM"), {QStringLiteral("theirs"), false});
    verifyInSync();
}

void TestSyncFaults::failureBeforeThePlanPrintsJson()
{
    setVariable(QStringLiteral("X"), QStringLiteral("v1"));
    m_proxy->setFault(FaultProxy::Fault::ServerError, "/me");
    for (const QString& command : {QStringLiteral("publish"), QStringLiteral("pull")}) {
        const CliDriver::Run failed = cli(words({command, kProject, QStringLiteral("--json")}));
        QCOMPARE(failed.exitCode, code(ExitCode::Network));
        const QJsonObject json = failed.json();
        QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QCOMPARE(json.value(QStringLiteral("project")).toString(), kProject);
        QVERIFY(json.value(QStringLiteral("conflicts")).isArray());
        QVERIFY(json.value(QStringLiteral("warnings")).isArray());
        QCOMPARE(json.value(QStringLiteral("error")).toObject().value(QStringLiteral("exitCode")).toInt(),
            code(ExitCode::Network));
        QVERIFY(!json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().isEmpty());
    }
    m_expectedCounter += 1;
    settle();
    verifyInSync();
}

// The platform changes an item between the plan and the batch: the 412's conflicts are in the JSON.
void TestSyncFaults::refusedBatchListsItsConflictsInJson()
{
    setVariable(QStringLiteral("GREETING"), QStringLiteral("hello"));
    settle();
    m_expectedCounter += 1;
    setVariable(QStringLiteral("GREETING"), QStringLiteral("hello, mine"));
    bool changed = false;
    connect(m_proxy.get(), &FaultProxy::requestReceived, this, [this, &changed](int index) {
        if (changed || !m_proxy->requests().at(index).path.endsWith("/changes")) {
            return;
        }
        changed = true;
        // Before the proxy forwards the batch: someone else's write lands first.
        const Http other = request("PUT", QStringLiteral("/projects/%1/variables/GREETING").arg(m_remoteProject),
            R"({"value":"hello, theirs"})", {{"If-Match", "*"}});
        QCOMPARE(other.status, 200);
    });
    const CliDriver::Run refused = publish({QStringLiteral("--json")});
    QVERIFY(changed);
    m_expectedCounter += 1;
    QCOMPARE(refused.exitCode, code(ExitCode::Conflict));
    const QJsonObject json = refused.json();
    QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("conflict"));
    const QJsonArray conflicts = json.value(QStringLiteral("conflicts")).toArray();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("GREETING"));

    const CliDriver::Run kept = publish({QStringLiteral("--keep-local")});
    QVERIFY2(kept.exitCode == 0, kept.all().constData());
    m_expectedCounter += 1;
    verifyInSync();
}

// docs/CLI.md: 8 attempts per request, and Qt's HTTP stack repeats a request once by itself when
// the connection closes before any answer byte (a 9th request the idempotency key makes harmless).
// The proxy counts what reached it.
void TestSyncFaults::attemptsAreAsDocumented()
{
    setVariable(QStringLiteral("X"), QStringLiteral("v1"));
    const QList<std::pair<FaultProxy::Fault, int>> expected {{FaultProxy::Fault::ServerError, 8},
        {FaultProxy::Fault::TooManyRequests, 8}, {FaultProxy::Fault::ResetBeforeForward, 9},
        {FaultProxy::Fault::ResetAfterCommit, 9}};
    for (const auto& [fault, requests] : expected) {
        const auto before = m_proxy->requestsTo("/changes").size();
        m_proxy->setFault(fault);
        QCOMPARE(publish().exitCode, code(ExitCode::Network));
        QCOMPARE(m_proxy->requestsTo("/changes").size() - before, requests);
    }
    m_expectedCounter += 1;
    settle();
    verifyInSync();
}

// A variable pulled from the platform under a name that changes how programs start (BASH_ENV runs
// a file in every bash that `run` starts) is stored, with a warning naming the way to allow it.
void TestSyncFaults::pullWarnsAboutStartupNames()
{
    const Http added = request("PUT", QStringLiteral("/projects/%1/variables/BASH_ENV").arg(m_remoteProject),
        R"({"value":"/tmp/x"})", {{"If-None-Match", "*"}});
    QCOMPARE(added.status, 201);
    m_expectedCounter += 1;
    const CliDriver::Run pulled = cli(words({QStringLiteral("pull"), kProject}));
    QVERIFY2(pulled.exitCode == 0, pulled.all().constData());
    QVERIFY2(pulled.err.contains("warning:") && pulled.err.contains("BASH_ENV") && pulled.err.contains("--allow"),
        pulled.err.constData());
    QCOMPARE(pulled.err.count("warning:"), 1);
    m_model.variables.insert(QStringLiteral("BASH_ENV"), {QStringLiteral("/tmp/x"), false});
    verifyInSync();
}

void TestSyncFaults::randomFaultRounds_data()
{
    using F = FaultProxy::Fault;
    QTest::addColumn<QList<F>>("faults");
    QTest::addColumn<quint32>("seed");
    // An empty list: the CLI or the server is killed at a random moment instead.
    QTest::addColumn<int>("kill");
    QTest::newRow("resets before and after the commit")
        << QList<F> {F::ResetBeforeForward, F::ResetAfterCommit} << 11u << 0;
    QTest::newRow("answers lost after the commit") << QList<F> {F::ErrorAfterCommit, F::ResetAfterCommit} << 12u << 0;
    QTest::newRow("dropped, truncated and malformed answers")
        << QList<F> {F::NoAnswer, F::TruncatedBody, F::MalformedBody} << 13u << 0;
    QTest::newRow("5xx and 429 with Retry-After")
        << QList<F> {F::ServerError, F::ServiceUnavailable, F::TooManyRequests} << 14u << 0;
    QTest::newRow("every fault") << QList<F> {F::ResetBeforeForward, F::ResetAfterCommit, F::ErrorAfterCommit,
        F::NoAnswer, F::TruncatedBody, F::MalformedBody, F::ServerError, F::ServiceUnavailable, F::TooManyRequests}
                                 << 15u << 0;
    QTest::newRow("CLI killed during publish") << QList<F> {} << 16u << 1;
    QTest::newRow("server killed during publish") << QList<F> {} << 17u << 2;
}

void TestSyncFaults::randomFaultRounds()
{
    QFETCH(QList<FaultProxy::Fault>, faults);
    QFETCH(quint32, seed);
    QFETCH(int, kill);
    const int rounds = qEnvironmentVariableIsSet("BOTVAULT_FAULT_ROUNDS")
        ? qMax(1, qEnvironmentVariableIntValue("BOTVAULT_FAULT_ROUNDS"))
        : kDefaultRounds;
    std::mt19937 random(seed);
    RoundTotals totals;
    for (int round = 0; round < rounds; ++round) {
        QSet<QString> secretsChanged;
        randomEdits(random, &secretsChanged);
        if (QTest::currentTestFailed()) {
            return;
        }
        const int outgoing = outgoingChanges();
        QVERIFY(outgoing >= 0);
        const QMap<QString, qint64> secretsBefore = platform().secretRevisions;
        const auto faultsBefore = m_proxy->requests().size();

        if (kill == 0) {
            m_proxy->setRandomFaults(seed * 1000 + static_cast<quint32>(round), 60, faults, "/projects/");
            const CliDriver::Run faulty = publish();
            // A fault may end the publish; nothing else may (a conflict here is the wedge).
            QVERIFY2(faulty.exitCode == 0 || faulty.exitCode == code(ExitCode::Network), faulty.all().constData());
        } else {
            QProcess* running = m_cli->start(m_vault, words({QStringLiteral("publish"), kProject}));
            std::uniform_int_distribution<int> delay(0, 400);
            QTest::qWait(delay(random));
            if (kill == 1) {
                running->kill();
            } else {
                QVERIFY(m_server.restart());
            }
            m_cli->finish(running);
            ++totals.faults;
        }
        for (const FaultProxy::Request& request : m_proxy->requests().mid(faultsBefore)) {
            totals.faults += request.fault == FaultProxy::Fault::None ? 0 : 1;
        }
        m_expectedCounter += outgoing;
        settle();
        verifyInSync(&totals, secretsBefore, secretsChanged);
        ++totals.rounds;
        if (QTest::currentTestFailed()) {
            break;
        }
    }
    qInfo("%s: rounds %d, faults injected %d, mismatches %d, duplicates %d, lost changes %d", QTest::currentDataTag(),
        totals.rounds, totals.faults, totals.mismatches, totals.duplicates, totals.lost);
    QCOMPARE(totals.rounds, rounds);
}

BOTVAULT_TEST_MAIN(TestSyncFaults)
#include "TestSyncFaults.moc"
