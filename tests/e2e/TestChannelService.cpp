// sync/ChannelService end to end: a real botvault-server process on 127.0.0.1 at a random port, a
// real vault in a temporary folder, the sync engine to publish. Listing with pending variables,
// creating channels, deploying (the bot script uploaded from the bound folder only when it changed,
// polling, a FAILED deploy with the script's line, another deploy waited out) and evaluating with
// the client's own masking.
#include "storage/Vault.h"
#include "sync/ChannelService.h"
#include "sync/SyncEngine.h"
#include "tests/support/BoundVault.h"
#include "tests/support/RunningServer.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>

namespace {

using TestSupport::secret;
using TestSupport::secure;

struct Outcome
{
    bool ok = false;
    ErrorCode code = ErrorCode::Internal;
    QString message;
    SyncFailure failure = SyncFailure::None;
    ChannelReport report;
};

// Waits for the operation (deleted by the service after finished()) and keeps what it left.
std::optional<Outcome> run(ChannelOperation* operation)
{
    std::optional<Outcome> outcome;
    QObject::connect(operation, &ChannelOperation::finished, operation, [&outcome, operation] {
        Outcome result;
        result.ok = operation->result().ok();
        if (!result.ok) {
            result.code = operation->result().code();
            result.message = operation->result().message();
        }
        result.failure = operation->failure();
        result.report = operation->report();
        outcome = result;
    });
    const bool finished = QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 120'000);
    Q_UNUSED(finished);
    return outcome;
}

std::optional<SyncReport> runSync(SyncOperation* operation)
{
    std::optional<SyncReport> report;
    bool done = false;
    QObject::connect(operation, &SyncOperation::finished, operation, [&report, &done, operation] {
        if (operation->result()) {
            report = operation->result().value();
        }
        done = true;
    });
    const bool finished = QTest::qWaitFor([&done] { return done; }, 120'000);
    Q_UNUSED(finished);
    return report;
}

const ChannelInfo* findChannel(const QList<ChannelInfo>& channels, const QString& type)
{
    for (const ChannelInfo& channel : channels) {
        if (channel.type == type) {
            return &channel;
        }
    }
    return nullptr;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace

#define RUN_OK(var, call)                                                                                              \
    const std::optional<Outcome> var##Maybe = run(call);                                                               \
    QVERIFY2(var##Maybe.has_value(), "the operation did not finish");                                                  \
    QVERIFY2(var##Maybe->ok, qPrintable(var##Maybe->message));                                                         \
    const Outcome& var = *var##Maybe;                                                                                  \
    Q_UNUSED(var)

#define RUN(var, call)                                                                                                 \
    const std::optional<Outcome> var##Maybe = run(call);                                                               \
    QVERIFY2(var##Maybe.has_value(), "the operation did not finish");                                                  \
    const Outcome& var = *var##Maybe

// A vault with one project bound to a fresh remote project, a sync engine and a channel service.
struct Client
{
    Vault vault;
    SyncEngine engine {&vault};
    ChannelService channels {&vault};
    ProjectId project = 0;
    QString sourceFolder;
};

class TestChannelService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void listShowsChannelsAndPendingVariables();
    void createdChannelIsListed();
    void deployAppliesTheVariablesAndClearsPending();
    void scriptIsUploadedOnlyWhenItChanged();
    void failedDeployReportsTheScriptErrorAndStops();
    void runningDeployIsWaitedOut();
    void cancelStopsPollingAndKeepsTheTask();
    void localSecretValueIsMaskedByTheClient();
    void botErrorIsReturnedMasked();
    void viewerCannotDeploy();
    void unboundProjectFailsAsNotBound();

private:
    std::unique_ptr<Client> newClient(
        const QByteArray& token, RunningServer* server = nullptr, const QString& database = {});
    void publish(Client& client);
    void setVariable(Client& client, const QString& name, const QString& value);
    void setSecret(Client& client, const QString& name, const char* value);
    QByteArray addUser(const QString& login, const QString& role, const QString& database);
    qint64 addRemoteProject(const QString& database);
    qint64 testWidget(Client& client);

    QTemporaryDir m_dir;
    QString m_database;
    RunningServer m_server;
    QByteArray m_adminToken;
    QByteArray m_viewerToken;
    int m_clients = 0;
};

QByteArray TestChannelService::addUser(const QString& login, const QString& role, const QString& database)
{
    const TestSupport::ServerCommandRun run = TestSupport::runServerCommand({QStringLiteral("user"),
        QStringLiteral("add"), login, QStringLiteral("--role"), role, QStringLiteral("--db"), database});
    return run.exitCode == 0 ? run.out.trimmed() : QByteArray();
}

qint64 TestChannelService::addRemoteProject(const QString& database)
{
    const TestSupport::ServerCommandRun run = TestSupport::runServerCommand({QStringLiteral("project"),
        QStringLiteral("add"), QStringLiteral("Bot %1").arg(++m_clients), QStringLiteral("--db"), database});
    return run.exitCode == 0 ? run.out.trimmed().toLongLong() : 0;
}

std::unique_ptr<Client> TestChannelService::newClient(
    const QByteArray& token, RunningServer* server, const QString& database)
{
    RunningServer* target = server ? server : &m_server;
    const qint64 remote = addRemoteProject(database.isEmpty() ? m_database : database);
    if (remote <= 0) {
        return nullptr;
    }
    auto client = std::make_unique<Client>();
    const QString path = m_dir.filePath(QStringLiteral("vault-%1.db").arg(m_clients));
    const Result<ProjectId> project
        = TestSupport::createBoundVault(client->vault, path, target->rootUrl(), remote, token);
    if (!project) {
        return nullptr;
    }
    client->project = project.value();
    client->sourceFolder = m_dir.filePath(QStringLiteral("source-%1").arg(m_clients));
    if (!QDir().mkpath(client->sourceFolder)
        || !client->vault.setProjectSourceFolder(client->project, client->sourceFolder).ok()) {
        return nullptr;
    }
    BackoffPolicy backoff;
    backoff.setMaxAttempts(2);
    backoff.setTimeScale(0.01);
    client->engine.setBackoffPolicy(backoff);
    client->channels.setBackoffPolicy(backoff);
    // The reference server deploys in milliseconds; the application's 1 s / 5 s would only slow the tests.
    client->channels.setPollInterval(std::chrono::milliseconds(20), std::chrono::milliseconds(50));
    return client;
}

void TestChannelService::publish(Client& client)
{
    const std::optional<SyncReport> prepared = runSync(client.engine.prepare(client.project));
    QVERIFY(prepared.has_value());
    const std::optional<SyncReport> published = runSync(client.engine.publish(prepared->plan));
    QVERIFY(published.has_value());
}

void TestChannelService::setVariable(Client& client, const QString& name, const QString& value)
{
    QVERIFY(client.vault.setVariable(client.project, name, value, false).ok());
}

void TestChannelService::setSecret(Client& client, const QString& name, const char* value)
{
    QVERIFY(client.vault.setSecret(client.project, name, secret(value)).ok());
}

qint64 TestChannelService::testWidget(Client& client)
{
    const std::optional<Outcome> listed = run(client.channels.list(client.project));
    if (!listed || !listed->ok) {
        return 0;
    }
    const ChannelInfo* widget = findChannel(listed->report.channels, QStringLiteral("TEST_WIDGET"));
    return widget ? widget->id : 0;
}

void TestChannelService::initTestCase()
{
    QVERIFY2(QFile::exists(TestSupport::serverPath()), "build the botvault-server target first");
    QVERIFY(m_dir.isValid());
    m_database = m_dir.filePath(QStringLiteral("server.db"));
    m_adminToken = addUser(QStringLiteral("ann"), QStringLiteral("SYSTEM_ADMIN"), m_database);
    m_viewerToken = addUser(QStringLiteral("vic"), QStringLiteral("VIEWER"), m_database);
    QVERIFY(m_adminToken.startsWith("bv_") && m_viewerToken.startsWith("bv_"));
    QVERIFY(m_server.start({QStringLiteral("--db"), m_database}));
}

void TestChannelService::cleanupTestCase()
{
    QVERIFY(!m_server.log().contains(m_adminToken));
    m_server.killHard();
}

void TestChannelService::listShowsChannelsAndPendingVariables()
{
    std::unique_ptr<Client> client = newClient(m_adminToken);
    QVERIFY(client);
    setVariable(*client, QStringLiteral("GREETING"), QStringLiteral("Hi"));
    publish(*client);

    QSignalSpy changed(&client->channels, &ChannelService::channelsChanged);
    RUN_OK(listed, client->channels.list(client->project));
    QCOMPARE(listed.report.identity.login, QStringLiteral("ann"));
    QCOMPARE(listed.report.channels.size(), 1);
    const ChannelInfo& widget = listed.report.channels.constFirst();
    QVERIFY(widget.isTestWidget());
    QCOMPARE(widget.activeDeployId, 0);
    QVERIFY(!widget.lastDeploy);
    QCOMPARE(widget.pendingVariableCount, 1);
    QCOMPARE(widget.pendingVariables.size(), 1);
    QCOMPARE(widget.pendingVariables.constFirst().name, QStringLiteral("GREETING"));
    QCOMPARE(widget.pendingVariables.constFirst().change, QStringLiteral("ADDED"));
    // /me, the listing and one pending-variables listing.
    QCOMPARE(listed.report.requests, 3);
    QCOMPARE(changed.size(), 1);
}

void TestChannelService::createdChannelIsListed()
{
    std::unique_ptr<Client> client = newClient(m_adminToken);
    QVERIFY(client);
    RUN_OK(created,
        client->channels.createChannel(client->project, QStringLiteral("TELEGRAM"), QStringLiteral("Support")));
    QCOMPARE(created.report.channels.size(), 1);
    const ChannelInfo channel = created.report.channels.constFirst();
    QCOMPARE(channel.type, QStringLiteral("TELEGRAM"));
    QCOMPARE(channel.name, QStringLiteral("Support"));
    QVERIFY(channel.id > 0);

    RUN_OK(listed, client->channels.list(client->project));
    const ChannelInfo* telegram = findChannel(listed.report.channels, QStringLiteral("TELEGRAM"));
    QVERIFY(telegram);
    QCOMPARE(telegram->id, channel.id);

    // The server's refusal comes back with its message: a project has one test widget.
    RUN(second, client->channels.createChannel(client->project, QStringLiteral("TEST_WIDGET"), QStringLiteral("Two")));
    QVERIFY(!second.ok);
    QCOMPARE(second.failure, SyncFailure::Rejected);
    QVERIFY2(second.message.contains(QStringLiteral("already_exists")), qPrintable(second.message));
}

void TestChannelService::deployAppliesTheVariablesAndClearsPending()
{
    std::unique_ptr<Client> client = newClient(m_adminToken);
    QVERIFY(client);
    setVariable(*client, QStringLiteral("GREETING"), QStringLiteral("Hello"));
    publish(*client);
    RUN_OK(telegram, client->channels.createChannel(client->project, QStringLiteral("TELEGRAM"), QStringLiteral("TG")));
    const qint64 widget = testWidget(*client);
    QVERIFY(widget > 0);
    const qint64 telegramId = telegram.report.channels.constFirst().id;

    QList<int> progressTotals;
    ChannelOperation* operation = client->channels.deploy(client->project, {widget, telegramId});
    connect(operation, &ChannelOperation::progress, this,
        [&progressTotals](int, int total, const QString&) { progressTotals.append(total); });
    RUN_OK(deployed, operation);
    QCOMPARE(deployed.report.deploys.size(), 2);
    QCOMPARE(deployed.report.deploys.at(0).channelId, widget);
    QCOMPARE(deployed.report.deploys.at(1).channelId, telegramId);
    for (const DeployInfo& deploy : deployed.report.deploys) {
        QCOMPARE(deploy.status, QStringLiteral("SUCCEEDED"));
        QCOMPARE(deploy.variableCount, 1);
        QVERIFY(deploy.taskId > 0);
    }
    QVERIFY(!progressTotals.isEmpty() && progressTotals.constLast() == 2);
    // No source script: nothing was uploaded.
    QVERIFY(!deployed.report.scriptUploaded);
    for (const ChannelInfo& channel : deployed.report.channels) {
        QCOMPARE(channel.pendingVariableCount, 0);
        QVERIFY(channel.activeDeployId > 0);
    }

    RUN_OK(read, client->channels.evaluate(client->project, telegramId, QStringLiteral("$env.get(\"GREETING\")")));
    QVERIFY(read.report.reply);
    QCOMPARE(read.report.reply->reply, std::optional<QString>(QStringLiteral("Hello")));
}

void TestChannelService::scriptIsUploadedOnlyWhenItChanged()
{
    std::unique_ptr<Client> client = newClient(m_adminToken);
    QVERIFY(client);
    const QString script = QDir(client->sourceFolder).filePath(QStringLiteral("src/main.js"));
    QVERIFY(writeFile(script, "function onMessage(text) { return 'v1:' + text; }\n"));
    const qint64 widget = testWidget(*client);
    QVERIFY(widget > 0);

    RUN_OK(first, client->channels.deploy(client->project, {widget}));
    QVERIFY(first.report.scriptUploaded);
    QVERIFY(first.report.scriptRevision > 0);
    RUN_OK(reply, client->channels.evaluate(client->project, widget, QStringLiteral("hi"), true));
    QCOMPARE(reply.report.reply->reply, std::optional<QString>(QStringLiteral("v1:hi")));

    // Unchanged: read and compared, not written again (no PUT in the server's log, the same
    // revision). The number of requests is no measure: a deploy's compile runs asynchronously on
    // the server, so how often the task is polled varies.
    const auto scriptWrites = [this] {
        const QList<QByteArray> lines = m_server.log().split('\n');
        return std::count_if(lines.begin(), lines.end(), [](const QByteArray& line) {
            return line.contains(" PUT /api/v1/projects/") && line.contains("/bot-script ");
        });
    };
    const auto writesBefore = scriptWrites();
    RUN_OK(second, client->channels.deploy(client->project, {widget}));
    QVERIFY(!second.report.scriptUploaded);
    QCOMPARE(second.report.scriptRevision, first.report.scriptRevision);
    QCOMPARE(scriptWrites(), writesBefore);

    QVERIFY(writeFile(script, "function onMessage(text) { return 'v2:' + text; }\n"));
    RUN_OK(third, client->channels.deploy(client->project, {widget}));
    QVERIFY(third.report.scriptUploaded);
    QCOMPARE(scriptWrites(), writesBefore + 1);
    QVERIFY(third.report.scriptRevision > first.report.scriptRevision);
    RUN_OK(changed, client->channels.evaluate(client->project, widget, QStringLiteral("hi"), true));
    QCOMPARE(changed.report.reply->reply, std::optional<QString>(QStringLiteral("v2:hi")));
}

void TestChannelService::failedDeployReportsTheScriptErrorAndStops()
{
    std::unique_ptr<Client> client = newClient(m_adminToken);
    QVERIFY(client);
    RUN_OK(telegram, client->channels.createChannel(client->project, QStringLiteral("TELEGRAM"), QStringLiteral("TG")));
    const qint64 widget = testWidget(*client);
    QVERIFY(writeFile(QDir(client->sourceFolder).filePath(QStringLiteral("src/main.js")),
        "function onMessage(text) {\n  return text;\n}}\n"));

    RUN(failed, client->channels.deploy(client->project, {widget, telegram.report.channels.constFirst().id}));
    QVERIFY(!failed.ok);
    QCOMPARE(failed.failure, SyncFailure::Rejected);
    // The widget's deploy ran and failed; the Telegram channel was not deployed after it.
    QCOMPARE(failed.report.deploys.size(), 1);
    QCOMPARE(failed.report.deploys.constFirst().status, QStringLiteral("FAILED"));
    QCOMPARE(failed.report.deploys.constFirst().errorCode, QStringLiteral("script_error"));
    QVERIFY2(failed.message.contains(QStringLiteral("line 3")), qPrintable(failed.message));
    RUN_OK(listed, client->channels.list(client->project));
    const ChannelInfo* tg = findChannel(listed.report.channels, QStringLiteral("TELEGRAM"));
    QVERIFY(tg && !tg->lastDeploy);
}

void TestChannelService::runningDeployIsWaitedOut()
{
    // A server whose deploys wait in QUEUED, so the second request meets 409 deploy_in_progress.
    const QString database = m_dir.filePath(QStringLiteral("slow.db"));
    const QByteArray token = addUser(QStringLiteral("dev"), QStringLiteral("DEVELOPER"), database);
    QVERIFY(!token.isEmpty());
    RunningServer slow;
    QVERIFY(slow.start({QStringLiteral("--db"), database, QStringLiteral("--deploy-delay-ms"), QStringLiteral("700")}));
    std::unique_ptr<Client> client = newClient(token, &slow, database);
    QVERIFY(client);
    const qint64 widget = testWidget(*client);
    QVERIFY(widget > 0);

    std::optional<Outcome> first;
    QStringList stages;
    ChannelOperation* firstOperation = client->channels.deploy(client->project, {widget});
    connect(firstOperation, &ChannelOperation::progress, this,
        [&stages](int, int, const QString& stage) { stages.append(stage); });
    connect(firstOperation, &ChannelOperation::finished, this, [&first, firstOperation] {
        first = Outcome {firstOperation->result().ok(), ErrorCode::Internal, QString(), firstOperation->failure(),
            firstOperation->report()};
    });
    ChannelOperation* secondOperation = nullptr;
    // The second deploy starts once the first one's request was accepted (it polls then).
    connect(firstOperation, &ChannelOperation::progress, this, [&](int, int, const QString&) {
        if (!secondOperation) {
            secondOperation = client->channels.deploy(client->project, {widget});
            connect(secondOperation, &ChannelOperation::progress, this,
                [&stages](int, int, const QString& stage) { stages.append(stage); });
        }
    });
    QVERIFY(QTest::qWaitFor([&first] { return first.has_value(); }, 60'000));
    QVERIFY(first->ok);
    QVERIFY(secondOperation);
    RUN_OK(second, secondOperation);
    QCOMPARE(second.report.deploys.size(), 1);
    QCOMPARE(second.report.deploys.constFirst().status, QStringLiteral("SUCCEEDED"));
    QVERIFY(second.report.deploys.constFirst().id != first->report.deploys.constFirst().id);
    QVERIFY2(stages.join(u'|').contains(QStringLiteral("Waiting for the deploy already running")),
        qPrintable(stages.join(u'|')));
}

void TestChannelService::cancelStopsPollingAndKeepsTheTask()
{
    const QString database = m_dir.filePath(QStringLiteral("slow-cancel.db"));
    const QByteArray token = addUser(QStringLiteral("dev"), QStringLiteral("DEVELOPER"), database);
    RunningServer slow;
    QVERIFY(
        slow.start({QStringLiteral("--db"), database, QStringLiteral("--deploy-delay-ms"), QStringLiteral("5000")}));
    std::unique_ptr<Client> client = newClient(token, &slow, database);
    QVERIFY(client);
    const qint64 widget = testWidget(*client);
    QVERIFY(widget > 0);

    ChannelOperation* operation = client->channels.deploy(client->project, {widget});
    // Cancelled while the accepted deploy waits in QUEUED on the server.
    connect(operation, &ChannelOperation::progress, operation, [operation] { operation->cancel(); });
    RUN(cancelled, operation);
    QVERIFY(!cancelled.ok);
    QCOMPARE(cancelled.failure, SyncFailure::Cancelled);
    QCOMPARE(cancelled.report.deploys.size(), 1);
    const qint64 task = cancelled.report.deploys.constFirst().taskId;
    QVERIFY(task > 0);
    QVERIFY2(cancelled.message.contains(QString::number(task)), qPrintable(cancelled.message));
    // The platform goes on with it.
    RUN_OK(listed, client->channels.list(client->project));
    QVERIFY(listed.report.channels.constFirst().lastDeploy);
    QCOMPARE(listed.report.channels.constFirst().lastDeploy->taskId, task);
}

void TestChannelService::localSecretValueIsMaskedByTheClient()
{
    std::unique_ptr<Client> client = newClient(m_adminToken);
    QVERIFY(client);
    setSecret(*client, QStringLiteral("PUBLISHED"), "published-value-81");
    setVariable(*client, QStringLiteral("NOTE"), QStringLiteral("key=local-only-value-42;"));
    publish(*client);
    // Known to this vault only: the server cannot mask what it never received.
    setSecret(*client, QStringLiteral("LOCAL_ONLY"), "local-only-value-42");
    const qint64 widget = testWidget(*client);
    RUN_OK(deployed, client->channels.deploy(client->project, {widget}));

    RUN_OK(plain, client->channels.evaluate(client->project, widget, QStringLiteral("$env.get(\"NOTE\")")));
    QVERIFY(plain.report.reply);
    QCOMPARE(plain.report.reply->reply, std::optional<QString>(QStringLiteral("key=******;")));
    QVERIFY(plain.report.reply->masked);

    // The server masks its own secrets; nothing to add, and the flag stays as the server set it.
    RUN_OK(served,
        client->channels.evaluate(client->project, widget, QStringLiteral("'x' + $secrets.get(\"PUBLISHED\")")));
    QCOMPARE(served.report.reply->reply, std::optional<QString>(QStringLiteral("x******")));
    QVERIFY(served.report.reply->masked);
    // An admin's run, with the real values, and the client knows it.
    QCOMPARE(served.report.reply->secretValues, BotReply::SecretValues::Real);

    // A value the server never received, inside an object the platform serialised to JSON: the
    // escaped copy (\" for the quotes) is masked too.
    setSecret(*client, QStringLiteral("QUOTED_LOCAL"), "\"quoted\\local-55\"");
    RUN_OK(serialised,
        client->channels.evaluate(client->project, widget, QStringLiteral("({note: '\"quoted\\\\local-55\"'})")));
    QCOMPARE(serialised.report.reply->reply, std::optional<QString>(QStringLiteral("{\"note\":\"******\"}")));
    QVERIFY(serialised.report.reply->masked);

    RUN_OK(clean, client->channels.evaluate(client->project, widget, QStringLiteral("'nothing secret'")));
    QCOMPARE(clean.report.reply->reply, std::optional<QString>(QStringLiteral("nothing secret")));
    QVERIFY(!clean.report.reply->masked);
}

void TestChannelService::botErrorIsReturnedMasked()
{
    std::unique_ptr<Client> client = newClient(m_adminToken);
    QVERIFY(client);
    setVariable(*client, QStringLiteral("NOTE"), QStringLiteral("local-secret-text-77"));
    publish(*client);
    setSecret(*client, QStringLiteral("LOCAL_ONLY"), "local-secret-text-77");
    const qint64 widget = testWidget(*client);
    RUN_OK(deployed, client->channels.deploy(client->project, {widget}));

    RUN_OK(missing, client->channels.evaluate(client->project, widget, QStringLiteral("$secrets.get(\"MISSING\")")));
    QVERIFY(missing.report.reply);
    QVERIFY(!missing.report.reply->reply);
    QCOMPARE(missing.report.reply->errorName, QStringLiteral("Error"));
    QVERIFY(missing.report.reply->errorMessage.contains(QStringLiteral("\"MISSING\"")));

    RUN_OK(thrown,
        client->channels.evaluate(client->project, widget, QStringLiteral("throw new Error($env.get(\"NOTE\"))")));
    QVERIFY(!thrown.report.reply->reply);
    QVERIFY(!thrown.report.reply->errorMessage.contains(QStringLiteral("local-secret-text-77")));
    QVERIFY(thrown.report.reply->errorMessage.contains(QStringLiteral("******")));
    QVERIFY(thrown.report.reply->masked);
}

void TestChannelService::viewerCannotDeploy()
{
    std::unique_ptr<Client> client = newClient(m_viewerToken);
    QVERIFY(client);
    const qint64 widget = testWidget(*client);
    QVERIFY(widget > 0);
    RUN(refused, client->channels.deploy(client->project, {widget}));
    QVERIFY(!refused.ok);
    QCOMPARE(refused.failure, SyncFailure::Forbidden);
    QCOMPARE(refused.code, ErrorCode::PermissionDenied);
    QVERIFY2(refused.message.contains(QStringLiteral("DEVELOPER")), qPrintable(refused.message));
    QVERIFY(refused.report.deploys.isEmpty());
}

void TestChannelService::unboundProjectFailsAsNotBound()
{
    std::unique_ptr<Client> client = newClient(m_adminToken);
    QVERIFY(client);
    QVERIFY(client->vault.clearRemoteBinding(client->project).ok());
    RUN(listed, client->channels.list(client->project));
    QVERIFY(!listed.ok);
    QCOMPARE(listed.failure, SyncFailure::NotBound);
}

BOTVAULT_TEST_MAIN(TestChannelService)
#include "TestChannelService.moc"
