#include "storage/Vault.h"
#include "sync/PlatformClient.h"
#include "sync/SyncEngine.h"
#include "tests/e2e/SyncEngineServer.h"
#include "tests/support/BoundVault.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

// The sync engine end to end: real vaults in a temporary folder, the reference server's library
// in process on 127.0.0.1 at a random port. Publish and pull round trips, batching, conflicts and
// their resolutions, roles, a batch left by a crashed run, cancelling, and the per-item states.

namespace {

using Action = SyncPlanItem::Action;
using Choice = SyncPlanItem::Choice;
using TestSupport::errorMessage;
using TestSupport::outcomeName;
using TestSupport::secret;
using TestSupport::secure;

// What a finished operation left behind (the operation itself is deleted by the engine).
struct Outcome
{
    bool ok = false;
    ErrorCode code = ErrorCode::Internal;
    QString message;
    SyncFailure failure = SyncFailure::None;
    SyncReport report;
};

void capture(SyncOperation* operation, std::optional<Outcome>& outcome)
{
    QObject::connect(operation, &SyncOperation::finished, operation, [&outcome, operation] {
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
}

std::optional<Outcome> run(SyncOperation* operation)
{
    std::optional<Outcome> outcome;
    capture(operation, outcome);
    const bool finished = QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 180'000);
    Q_UNUSED(finished);
    return outcome;
}

// A vault with one project bound to the remote project, and an engine over it.
struct Client
{
    Vault vault;
    SyncEngine engine {&vault};
    ProjectId project = 0;
};

const SyncPlanItem* findItem(const SyncPlan& plan, ItemKind kind, const QString& name)
{
    for (const SyncPlanItem& item : plan.items) {
        if (item.kind == kind && item.name == name) {
            return &item;
        }
    }
    return nullptr;
}

QString bigValue()
{
    // 64 KiB of UTF-8 with characters that need escaping in JSON.
    QString value;
    while (value.toUtf8().size() < 65536 - 8) {
        value += QStringLiteral("line \"%1\"\\\n").arg(value.size());
    }
    return value.left(65536 - 8).leftJustified(65536, QLatin1Char('x'));
}

constexpr ItemKind kVar = ItemKind::Variable;
constexpr ItemKind kSecret = ItemKind::Secret;

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
    const Outcome& var = *var##Maybe;                                                                                  \
    Q_UNUSED(var)

class TestSyncEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void checkConnectionReportsIdentity();
    void checkConnectionRefusesBadToken();
    void firstPublishAndPullRoundTrip();
    void editPublishesOnlyTheChange();
    void manyChangesGoInBatches();
    void cancelBetweenBatchesKeepsTheRestQueued();
    void unchangedPlatformIsNotListedAgain();
    void platformWriteBeforePublishRefreshesThePlan();
    void platformWriteAfterTheCheckIsAConflict();
    void conflictResolvedKeepLocal();
    void conflictResolvedTakeRemote();
    void deletePropagates();
    void remoteOnlyChosenForDeletion();
    void developerCannotPublishSecrets();
    void storedBatchNeverSentIsSent();
    void storedBatchAppliedIsReplayedOnce();
    void oneOperationPerProject();

private:
    std::unique_ptr<Client> newClient(const QByteArray& token, const QString& name);
    SyncEngineServer::Item serverItem(ItemKind kind, const QString& name) const;
    QString serverSecret(const QString& name) const;
    int serverVariableCount() const;

    QTemporaryDir m_dir;
    SyncEngineServer m_server;
    QString m_url;
    QByteArray m_adminToken;
    QByteArray m_developerToken;
    qint64 m_remoteProject = 0;
    int m_clients = 0;
};

void TestSyncEngine::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString started = m_server.start(m_dir.path());
    QVERIFY2(started.isEmpty(), qPrintable(started));
    m_url = m_server.url();
    m_adminToken = m_server.addUser(QStringLiteral("ann"), {QStringLiteral("SYSTEM_ADMIN")});
    m_developerToken = m_server.addUser(QStringLiteral("dev"), {QStringLiteral("DEVELOPER")});
    QVERIFY(!m_adminToken.isEmpty() && !m_developerToken.isEmpty());
}

void TestSyncEngine::init()
{
    // A fresh remote project per test, so the tests do not see each other's items.
    m_remoteProject = m_server.addProject();
    QVERIFY(m_remoteProject > 0);
}

std::unique_ptr<Client> TestSyncEngine::newClient(const QByteArray& token, const QString& name)
{
    auto client = std::make_unique<Client>();
    const QString path = m_dir.filePath(QStringLiteral("%1-%2.db").arg(name).arg(++m_clients));
    const Result<ProjectId> project = TestSupport::createBoundVault(client->vault, path, m_url, m_remoteProject, token);
    if (!project) {
        return nullptr;
    }
    client->project = project.value();
    // Fast retries: the tests never wait for the application's backoff.
    BackoffPolicy backoff;
    backoff.setMaxAttempts(2);
    backoff.setTimeScale(0.01);
    client->engine.setBackoffPolicy(backoff);
    return client;
}

SyncEngineServer::Item TestSyncEngine::serverItem(ItemKind kind, const QString& name) const
{
    return m_server.item(m_remoteProject, kind == ItemKind::Secret, name);
}

QString TestSyncEngine::serverSecret(const QString& name) const
{
    return serverItem(ItemKind::Secret, name).value;
}

int TestSyncEngine::serverVariableCount() const
{
    return m_server.variableCount(m_remoteProject);
}

void TestSyncEngine::checkConnectionReportsIdentity()
{
    SyncEngine engine(nullptr);
    RUN_OK(checked, engine.checkConnection(QUrl(m_url), m_developerToken));
    QCOMPARE(checked.report.identity.login, QStringLiteral("dev"));
    QCOMPARE(checked.report.identity.roles, QStringList {QStringLiteral("DEVELOPER")});
    QVERIFY(checked.report.identity.canWriteVariables());
    QVERIFY(!checked.report.identity.canWriteSecrets());
    QCOMPARE(checked.report.identity.maxBatchChanges, 1000);
}

void TestSyncEngine::checkConnectionRefusesBadToken()
{
    SyncEngine engine(nullptr);
    RUN(checked, engine.checkConnection(QUrl(m_url), QByteArrayLiteral("bv_not-a-real-token")));
    QVERIFY(!checked.ok);
    QCOMPARE(checked.failure, SyncFailure::Unauthorized);
    QCOMPARE(checked.code, ErrorCode::PermissionDenied);
    QVERIFY(!checked.message.contains(QStringLiteral("bv_not-a-real-token")));
}

void TestSyncEngine::firstPublishAndPullRoundTrip()
{
    const QString multiLine = QStringLiteral("first line\nsecond line\r\n\tindented \"quoted\" \\ end");
    const QString nonAscii = QStringLiteral("Привет, 世界 🎉 — ñ");
    const QString big = bigValue();
    const QString secretValue = QStringLiteral("s3cr3t\n\"with\" \\ ключ 🔑");

    // Some items before the binding (no outbox entries), some after (queued).
    std::unique_ptr<Client> a = newClient(m_adminToken, QStringLiteral("a"));
    QVERIFY(a);
    Vault& vault = a->vault;
    QVERIFY(vault.setVariable(a->project, QStringLiteral("MULTI"), multiLine, true).ok());
    QVERIFY(vault.setVariable(a->project, QStringLiteral("UNICODE"), nonAscii).ok());
    QVERIFY(vault.setVariable(a->project, QStringLiteral("BIG"), big).ok());
    QVERIFY(vault.setVariable(a->project, QStringLiteral("EMPTY"), QString()).ok());
    QVERIFY(vault.setSecret(a->project, QStringLiteral("API_KEY"), secret(secretValue)).ok());
    QVERIFY(vault.setSecret(a->project, QStringLiteral("PAYMENT"), secret("ключ")).ok());

    Result<QHash<ItemKey, ItemSyncState>> before = a->engine.itemStates(a->project);
    QVERIFY(before.ok());
    QCOMPARE(before->size(), 6);
    for (ItemSyncState state : before.value()) {
        QCOMPARE(state, ItemSyncState::Pending);
    }

    QSignalSpy identities(&a->engine, &SyncEngine::identityChanged);
    RUN_OK(prepared, a->engine.prepare(a->project));
    QCOMPARE(identities.size(), 1);
    QVERIFY(a->engine.lastIdentity(a->project).has_value());
    const SyncPlan& plan = prepared.report.plan;
    QCOMPARE(plan.items.size(), 6);
    QCOMPARE(plan.count(Action::Add), 6);
    for (const SyncPlanItem& item : plan.items) {
        if (item.kind == kSecret) {
            QVERIFY(item.localValue.isEmpty());
        }
    }

    RUN_OK(published, a->engine.publish(plan));
    QCOMPARE(published.report.sent, 6);
    QCOMPARE(published.report.batches, 1);
    QCOMPARE(serverItem(kVar, QStringLiteral("MULTI")).value, multiLine);
    QVERIFY(serverItem(kVar, QStringLiteral("MULTI")).includeInExport);
    QCOMPARE(serverItem(kVar, QStringLiteral("UNICODE")).value, nonAscii);
    QCOMPARE(serverItem(kVar, QStringLiteral("BIG")).value, big);
    QCOMPARE(serverItem(kVar, QStringLiteral("EMPTY")).value, QString());
    QCOMPARE(serverSecret(QStringLiteral("API_KEY")), secretValue);
    QCOMPARE(serverSecret(QStringLiteral("PAYMENT")), QStringLiteral("ключ"));
    QCOMPARE(vault.outboxCount(a->project).value(), 0);

    Result<QHash<ItemKey, ItemSyncState>> after = a->engine.itemStates(a->project);
    QVERIFY(after.ok());
    QCOMPARE(after->size(), 6);
    for (ItemSyncState state : after.value()) {
        QCOMPARE(state, ItemSyncState::Synced);
    }
    RUN_OK(again, a->engine.prepare(a->project));
    QVERIFY2(again.report.plan.isEmpty(), "a published project is in sync");

    // A second vault bound to the same remote project.
    std::unique_ptr<Client> b = newClient(m_adminToken, QStringLiteral("b"));
    QVERIFY(b);
    RUN_OK(bPrepared, b->engine.prepare(b->project));
    QCOMPARE(bPrepared.report.plan.count(Action::PullAdd), 4);
    QCOMPARE(bPrepared.report.plan.count(Action::RemoteOnly), 2);
    QCOMPARE(
        findItem(bPrepared.report.plan, kSecret, QStringLiteral("API_KEY"))->remoteUpdatedBy, QStringLiteral("ann"));
    QVERIFY(findItem(bPrepared.report.plan, kSecret, QStringLiteral("API_KEY"))->remoteValue.isEmpty());

    RUN_OK(pulled, b->engine.pull(bPrepared.report.plan));
    QCOMPARE(pulled.report.pulled, 4);
    QCOMPARE(b->vault.variable(b->project, QStringLiteral("MULTI"))->value, multiLine);
    QVERIFY(b->vault.variable(b->project, QStringLiteral("MULTI"))->includeInExport);
    QCOMPARE(b->vault.variable(b->project, QStringLiteral("UNICODE"))->value, nonAscii);
    QCOMPARE(b->vault.variable(b->project, QStringLiteral("BIG"))->value, big);
    QCOMPARE(b->vault.variable(b->project, QStringLiteral("EMPTY"))->value, QString());
    QCOMPARE(b->vault.secrets(b->project)->size(), 0);
    // Pulling queues nothing to publish back.
    QCOMPARE(b->vault.outboxCount(b->project).value(), 0);

    RUN_OK(bAgain, b->engine.prepare(b->project));
    QCOMPARE(bAgain.report.plan.items.size(), 2);
    QCOMPARE(bAgain.report.plan.count(Action::RemoteOnly), 2);
    Result<QHash<ItemKey, ItemSyncState>> bStates = b->engine.itemStates(b->project);
    QVERIFY(bStates.ok());
    QCOMPARE(bStates->value(ItemKey {kVar, QStringLiteral("BIG")}), ItemSyncState::Synced);
}

void TestSyncEngine::editPublishesOnlyTheChange()
{
    std::unique_ptr<Client> a = newClient(m_adminToken, QStringLiteral("a"));
    QVERIFY(a);
    for (int i = 0; i < 20; ++i) {
        QVERIFY(
            a->vault.setVariable(a->project, QStringLiteral("V_%1").arg(i), QStringLiteral("value %1").arg(i)).ok());
    }
    RUN_OK(first, a->engine.prepare(a->project));
    RUN_OK(published, a->engine.publish(first.report.plan));
    QCOMPARE(published.report.sent, 20);
    const qint64 untouched = serverItem(kVar, QStringLiteral("V_3")).revision;

    QVERIFY(a->vault.setVariable(a->project, QStringLiteral("V_7"), QStringLiteral("edited")).ok());
    RUN_OK(second, a->engine.prepare(a->project));
    QCOMPARE(second.report.plan.items.size(), 1);
    QCOMPARE(second.report.plan.items.constFirst().action, Action::Change);
    RUN_OK(edit, a->engine.publish(second.report.plan));
    QCOMPARE(edit.report.sent, 1);
    QCOMPARE(edit.report.batches, 1);
    // /me, the project's revision (unchanged since this vault's own publish, so no listing) and
    // one batch.
    QVERIFY(!second.report.listed);
    QVERIFY(!edit.report.listed);
    QCOMPARE(edit.report.requests, 3);
    QCOMPARE(serverItem(kVar, QStringLiteral("V_7")).value, QStringLiteral("edited"));
    QCOMPARE(serverItem(kVar, QStringLiteral("V_3")).revision, untouched);
}

void TestSyncEngine::manyChangesGoInBatches()
{
    std::unique_ptr<Client> a = newClient(m_adminToken, QStringLiteral("a"));
    QVERIFY(a);
    QList<Vault::ImportItem> items;
    for (int i = 0; i < 2500; ++i) {
        items.append(TestSupport::importedVariable(
            QStringLiteral("ITEM_%1").arg(i, 4, 10, QLatin1Char('0')), QStringLiteral("value %1").arg(i)));
    }
    QVERIFY(a->vault.applyImport(TestSupport::importInto(a->project, items)).ok());
    RUN_OK(prepared, a->engine.prepare(a->project));
    QCOMPARE(prepared.report.plan.count(Action::Add), 2500);
    RUN_OK(published, a->engine.publish(prepared.report.plan));
    QCOMPARE(published.report.sent, 2500);
    QCOMPARE(published.report.batches, 3);
    QCOMPARE(serverVariableCount(), 2500);
    QCOMPARE(serverItem(kVar, QStringLiteral("ITEM_2499")).value, QStringLiteral("value 2499"));
    QCOMPARE(a->vault.outboxCount(a->project).value(), 0);
    QCOMPARE(a->vault.outboxBatches(a->project)->size(), 0);
}

void TestSyncEngine::cancelBetweenBatchesKeepsTheRestQueued()
{
    std::unique_ptr<Client> a = newClient(m_adminToken, QStringLiteral("a"));
    QVERIFY(a);
    QList<Vault::ImportItem> items;
    for (int i = 0; i < 2500; ++i) {
        items.append(TestSupport::importedVariable(
            QStringLiteral("ITEM_%1").arg(i, 4, 10, QLatin1Char('0')), QStringLiteral("v%1").arg(i)));
    }
    QVERIFY(a->vault.applyImport(TestSupport::importInto(a->project, items)).ok());
    const int queued = a->vault.outboxCount(a->project).value();
    QCOMPARE(queued, 2500);
    RUN_OK(prepared, a->engine.prepare(a->project));

    SyncOperation* operation = a->engine.publish(prepared.report.plan);
    // Cancel as soon as the first batch has been delivered.
    connect(operation, &SyncOperation::progress, operation, [operation](int done) {
        if (done >= 1000) {
            operation->cancel();
        }
    });
    RUN(cancelled, operation);
    QVERIFY(!cancelled.ok);
    QCOMPARE(cancelled.failure, SyncFailure::Cancelled);
    QCOMPARE(cancelled.code, ErrorCode::Cancelled);
    // The second batch was already in flight (two are): it answers and is recorded; the third is
    // never sent.
    QCOMPARE(cancelled.report.sent, 2000);
    QCOMPARE(cancelled.report.batches, 2);
    QCOMPARE(serverVariableCount(), 2000);
    QCOMPARE(a->vault.outboxCount(a->project).value(), 500);
    QCOMPARE(a->vault.outboxBatches(a->project)->size(), 0);

    RUN_OK(rest, a->engine.prepare(a->project));
    QCOMPARE(rest.report.plan.count(Action::Add), 500);
    RUN_OK(finished, a->engine.publish(rest.report.plan));
    QCOMPARE(finished.report.sent, 500);
    QCOMPARE(serverVariableCount(), 2500);
}

void TestSyncEngine::unchangedPlatformIsNotListedAgain()
{
    std::unique_ptr<Client> a = newClient(m_adminToken, QStringLiteral("a"));
    QVERIFY(a);
    QList<Vault::ImportItem> items;
    for (int i = 0; i < 2500; ++i) {
        items.append(TestSupport::importedVariable(
            QStringLiteral("ITEM_%1").arg(i, 4, 10, QLatin1Char('0')), QStringLiteral("value %1").arg(i)));
    }
    QVERIFY(a->vault.applyImport(TestSupport::importInto(a->project, items)).ok());
    RUN_OK(prepared, a->engine.prepare(a->project));
    QVERIFY(prepared.report.listed);
    // A new remote project: nothing written yet.
    QCOMPARE(prepared.report.plan.projectRevision, std::optional<qint64>(0));
    RUN_OK(published, a->engine.publish(prepared.report.plan));
    QVERIFY(!published.report.listed);
    QCOMPARE(published.report.batches, 3);
    // /me, the revision check and the three batches.
    QCOMPARE(published.report.requests, 5);

    // The publish's own three batches (two in flight at a time) advanced the known revision: the
    // next prepare needs no listing, and its plan is what the platform holds.
    QVERIFY(a->vault.setVariable(a->project, QStringLiteral("ITEM_0007"), QStringLiteral("edited")).ok());
    RUN_OK(again, a->engine.prepare(a->project));
    QVERIFY(!again.report.listed);
    QCOMPARE(again.report.plan.items.size(), 1);
    QCOMPARE(again.report.plan.items.constFirst().action, Action::Change);
    QCOMPARE(again.report.plan.items.constFirst().baseRevision, serverItem(kVar, QStringLiteral("ITEM_0007")).revision);
    RUN_OK(edit, a->engine.publish(again.report.plan));
    QCOMPARE(edit.report.sent, 1);
    QCOMPARE(serverItem(kVar, QStringLiteral("ITEM_0007")).value, QStringLiteral("edited"));

    // Another engine over another vault knows nothing: it lists.
    std::unique_ptr<Client> b = newClient(m_adminToken, QStringLiteral("b"));
    QVERIFY(b);
    RUN_OK(bPrepared, b->engine.prepare(b->project));
    QVERIFY(bPrepared.report.listed);
    QCOMPARE(bPrepared.report.plan.count(Action::PullAdd), 2500);
}

void TestSyncEngine::platformWriteBeforePublishRefreshesThePlan()
{
    std::unique_ptr<Client> a = newClient(m_adminToken, QStringLiteral("a"));
    QVERIFY(a);
    QVERIFY(a->vault.setVariable(a->project, QStringLiteral("MINE"), QStringLiteral("1")).ok());
    QVERIFY(a->vault.setVariable(a->project, QStringLiteral("SHARED"), QStringLiteral("1")).ok());
    RUN_OK(first, a->engine.prepare(a->project));
    RUN_OK(firstPublished, a->engine.publish(first.report.plan));

    QVERIFY(a->vault.setVariable(a->project, QStringLiteral("MINE"), QStringLiteral("2")).ok());
    RUN_OK(prepared, a->engine.prepare(a->project));
    QVERIFY(!prepared.report.listed);
    QCOMPARE(prepared.report.plan.items.size(), 1);

    // Another client writes after the plan was shown: the revision moved, so the publish lists
    // again, and the fresh plan (the platform's SHARED to pull, MINE to send) is what it acts on.
    QVERIFY(m_server.writeVariable(m_remoteProject, QStringLiteral("SHARED"), QStringLiteral("from bob")));
    RUN_OK(published, a->engine.publish(prepared.report.plan));
    QVERIFY(published.report.listed);
    QCOMPARE(published.report.sent, 1);
    QCOMPARE(serverItem(kVar, QStringLiteral("MINE")).value, QStringLiteral("2"));
    QCOMPARE(serverItem(kVar, QStringLiteral("SHARED")).value, QStringLiteral("from bob"));
    RUN_OK(after, a->engine.prepare(a->project));
    QVERIFY(!after.report.listed);
    QCOMPARE(after.report.plan.items.size(), 1);
    QCOMPARE(after.report.plan.items.constFirst().action, Action::PullChange);

    // The same item changed on both sides: the refreshed plan has a conflict and nothing is sent.
    QVERIFY(a->vault.setVariable(a->project, QStringLiteral("MINE"), QStringLiteral("3")).ok());
    RUN_OK(mine, a->engine.prepare(a->project));
    QVERIFY(m_server.writeVariable(m_remoteProject, QStringLiteral("MINE"), QStringLiteral("from bob")));
    RUN(refused, a->engine.publish(mine.report.plan));
    QVERIFY(!refused.ok);
    QCOMPARE(refused.failure, SyncFailure::Conflict);
    QVERIFY(refused.report.listed);
    QCOMPARE(refused.report.sent, 0);
    QCOMPARE(serverItem(kVar, QStringLiteral("MINE")).value, QStringLiteral("from bob"));
}

void TestSyncEngine::platformWriteAfterTheCheckIsAConflict()
{
    std::unique_ptr<Client> a = newClient(m_adminToken, QStringLiteral("a"));
    QVERIFY(a);
    QVERIFY(a->vault.setVariable(a->project, QStringLiteral("RACED"), QStringLiteral("1")).ok());
    RUN_OK(first, a->engine.prepare(a->project));
    RUN_OK(firstPublished, a->engine.publish(first.report.plan));
    QVERIFY(a->vault.setVariable(a->project, QStringLiteral("RACED"), QStringLiteral("2")).ok());
    RUN_OK(prepared, a->engine.prepare(a->project));

    // The other client's write lands after the revision check said "unchanged" and before the
    // batch is sent: the item's ifRevision catches it.
    SyncOperation* operation = a->engine.publish(prepared.report.plan);
    bool written = false;
    connect(operation, &SyncOperation::progress, operation, [this, &written](int, int, const QString& stage) {
        if (!written && stage.startsWith(QStringLiteral("Sending changes"))) {
            written = m_server.writeVariable(m_remoteProject, QStringLiteral("RACED"), QStringLiteral("from bob"));
        }
    });
    RUN(raced, operation);
    QVERIFY(written);
    QVERIFY(!raced.ok);
    QVERIFY(!raced.report.listed);
    QCOMPARE(raced.failure, SyncFailure::Conflict);
    QCOMPARE(raced.report.conflicts.size(), 1);
    QCOMPARE(raced.report.conflicts.constFirst().name, QStringLiteral("RACED"));
    QCOMPARE(serverItem(kVar, QStringLiteral("RACED")).value, QStringLiteral("from bob"));
    // The change stays queued, and the next plan shows both sides.
    QCOMPARE(a->vault.outboxCount(a->project).value(), 1);
    RUN_OK(next, a->engine.prepare(a->project));
    QVERIFY(next.report.listed);
    QCOMPARE(next.report.plan.count(Action::Conflict), 1);
}

void TestSyncEngine::conflictResolvedKeepLocal()
{
    std::unique_ptr<Client> a = newClient(m_adminToken, QStringLiteral("a"));
    std::unique_ptr<Client> b = newClient(m_adminToken, QStringLiteral("b"));
    QVERIFY(a && b);
    QVERIFY(a->vault.setVariable(a->project, QStringLiteral("GREETING"), QStringLiteral("hello")).ok());
    QVERIFY(a->vault.setSecret(a->project, QStringLiteral("TOKEN"), secret("t-0")).ok());
    RUN_OK(aFirst, a->engine.prepare(a->project));
    RUN_OK(aPublished, a->engine.publish(aFirst.report.plan));

    // B takes the variable, sets its own secret over the platform's, and publishes both.
    RUN_OK(bFirst, b->engine.prepare(b->project));
    RUN_OK(bPulled, b->engine.pull(bFirst.report.plan));
    QVERIFY(b->vault.setVariable(b->project, QStringLiteral("GREETING"), QStringLiteral("from B")).ok());
    RUN_OK(bPlan, b->engine.prepare(b->project));
    RUN_OK(bPublished, b->engine.publish(bPlan.report.plan));
    QCOMPARE(bPublished.report.sent, 1);
    const qint64 bRevision = serverItem(kVar, QStringLiteral("GREETING")).revision;

    // Meanwhile A edited both.
    QVERIFY(a->vault.setVariable(a->project, QStringLiteral("GREETING"), QStringLiteral("from A")).ok());
    RUN_OK(aPlan, a->engine.prepare(a->project));
    SyncPlan plan = aPlan.report.plan;
    QCOMPARE(plan.count(Action::Conflict), 1);
    const SyncPlanItem* conflict = findItem(plan, kVar, QStringLiteral("GREETING"));
    QVERIFY(conflict);
    QCOMPARE(conflict->action, Action::Conflict);
    QCOMPARE(conflict->localValue, QStringLiteral("from A"));
    QCOMPARE(conflict->remoteValue, QStringLiteral("from B"));
    QCOMPARE(conflict->remoteRevision, bRevision);
    QCOMPARE(
        a->engine.itemStates(a->project)->value(ItemKey {kVar, QStringLiteral("GREETING")}), ItemSyncState::Conflict);

    // Undecided: nothing is sent.
    RUN(refused, a->engine.publish(plan));
    QCOMPARE(refused.failure, SyncFailure::Conflict);
    QCOMPARE(refused.code, ErrorCode::Conflict);
    QCOMPARE(serverItem(kVar, QStringLiteral("GREETING")).value, QStringLiteral("from B"));

    plan.resolveAllConflicts(Choice::KeepLocal);
    RUN_OK(kept, a->engine.publish(plan));
    QCOMPARE(kept.report.sent, 1);
    QCOMPARE(serverItem(kVar, QStringLiteral("GREETING")).value, QStringLiteral("from A"));
    QCOMPARE(
        a->engine.itemStates(a->project)->value(ItemKey {kVar, QStringLiteral("GREETING")}), ItemSyncState::Synced);
    RUN_OK(settled, a->engine.prepare(a->project));
    QVERIFY(settled.report.plan.isEmpty());
}

void TestSyncEngine::conflictResolvedTakeRemote()
{
    std::unique_ptr<Client> a = newClient(m_adminToken, QStringLiteral("a"));
    std::unique_ptr<Client> b = newClient(m_adminToken, QStringLiteral("b"));
    QVERIFY(a && b);
    QVERIFY(a->vault.setVariable(a->project, QStringLiteral("GREETING"), QStringLiteral("hello")).ok());
    QVERIFY(a->vault.setSecret(a->project, QStringLiteral("TOKEN"), secret("t-0")).ok());
    RUN_OK(aFirst, a->engine.prepare(a->project));
    RUN_OK(aPublished, a->engine.publish(aFirst.report.plan));

    // B edits both (its secret is created independently, over the platform's one).
    RUN_OK(bFirst, b->engine.prepare(b->project));
    RUN_OK(bPulled, b->engine.pull(bFirst.report.plan));
    QVERIFY(b->vault.setVariable(b->project, QStringLiteral("GREETING"), QStringLiteral("from B")).ok());
    QVERIFY(b->vault.setSecret(b->project, QStringLiteral("TOKEN"), secret("t-B")).ok());
    RUN_OK(bPlan, b->engine.prepare(b->project));
    QCOMPARE(findItem(bPlan.report.plan, kSecret, QStringLiteral("TOKEN"))->action, Action::Conflict);
    SyncPlan bResolved = bPlan.report.plan;
    bResolved.resolveAllConflicts(Choice::KeepLocal);
    RUN_OK(bPublished, b->engine.publish(bResolved));
    QCOMPARE(serverSecret(QStringLiteral("TOKEN")), QStringLiteral("t-B"));

    QVERIFY(a->vault.setVariable(a->project, QStringLiteral("GREETING"), QStringLiteral("from A")).ok());
    QVERIFY(a->vault.setSecret(a->project, QStringLiteral("TOKEN"), secret("t-A")).ok());
    RUN_OK(aPlan, a->engine.prepare(a->project));
    SyncPlan plan = aPlan.report.plan;
    QCOMPARE(plan.count(Action::Conflict), 2);
    const SyncPlanItem* secret = findItem(plan, kSecret, QStringLiteral("TOKEN"));
    QVERIFY(secret);
    QCOMPARE(secret->action, Action::Conflict);
    QVERIFY(secret->localValue.isEmpty());
    QVERIFY(secret->remoteValue.isEmpty());
    QVERIFY(secret->remoteExists);
    QCOMPARE(secret->remoteUpdatedBy, QStringLiteral("ann"));

    // The platform's secret cannot be read back: taking its side would leave A holding t-A while
    // the platform holds t-B, and the next publish would see no difference. Refused, nothing written.
    plan.resolveAllConflicts(Choice::TakeRemote);
    for (const bool publishing : {false, true}) {
        RUN(refused, publishing ? a->engine.publish(plan) : a->engine.pull(plan));
        QVERIFY(!refused.ok);
        QCOMPARE(refused.failure, SyncFailure::Conflict);
        QVERIFY(refused.message.contains(QStringLiteral("TOKEN")));
        QVERIFY(!refused.message.contains(QStringLiteral("t-A")));
        QCOMPARE(a->vault.variable(a->project, QStringLiteral("GREETING"))->value, QStringLiteral("from A"));
        QCOMPARE(a->vault.outboxCount(a->project).value(), 2);
    }

    // The variable takes the platform's value; the secret keeps A's and goes out with the publish.
    for (SyncPlanItem& item : plan.items) {
        item.choice = item.kind == kSecret ? Choice::KeepLocal : Choice::TakeRemote;
    }
    RUN_OK(pulled, a->engine.pull(plan));
    QCOMPARE(a->vault.variable(a->project, QStringLiteral("GREETING"))->value, QStringLiteral("from B"));
    QVERIFY(pulled.report.warnings.join(u' ').indexOf(QStringLiteral("t-A")) < 0);
    QCOMPARE(a->vault.outboxCount(a->project).value(), 1);
    QCOMPARE(serverSecret(QStringLiteral("TOKEN")), QStringLiteral("t-B"));
    RUN_OK(published, a->engine.publish(plan));
    QCOMPARE(serverItem(kVar, QStringLiteral("GREETING")).value, QStringLiteral("from B"));
    QCOMPARE(serverSecret(QStringLiteral("TOKEN")), QStringLiteral("t-A"));
    RUN_OK(settled, a->engine.prepare(a->project));
    QVERIFY(settled.report.plan.isEmpty());
}

void TestSyncEngine::deletePropagates()
{
    std::unique_ptr<Client> a = newClient(m_adminToken, QStringLiteral("a"));
    std::unique_ptr<Client> b = newClient(m_adminToken, QStringLiteral("b"));
    QVERIFY(a && b);
    QVERIFY(a->vault.setVariable(a->project, QStringLiteral("OLD_URL"), QStringLiteral("https://old")).ok());
    QVERIFY(a->vault.setVariable(a->project, QStringLiteral("KEEP"), QStringLiteral("k")).ok());
    QVERIFY(a->vault.setSecret(a->project, QStringLiteral("OLD_KEY"), secret("o")).ok());
    RUN_OK(first, a->engine.prepare(a->project));
    RUN_OK(published, a->engine.publish(first.report.plan));
    RUN_OK(bFirst, b->engine.prepare(b->project));
    RUN_OK(bPulled, b->engine.pull(bFirst.report.plan));
    QVERIFY(b->vault.variable(b->project, QStringLiteral("OLD_URL")).ok());

    QVERIFY(a->vault.removeVariable(a->project, QStringLiteral("OLD_URL")).ok());
    QVERIFY(a->vault.removeSecret(a->project, QStringLiteral("OLD_KEY")).ok());
    RUN_OK(second, a->engine.prepare(a->project));
    QCOMPARE(second.report.plan.count(Action::Remove), 2);
    RUN_OK(removed, a->engine.publish(second.report.plan));
    QCOMPARE(removed.report.sent, 2);
    QVERIFY(!serverItem(kVar, QStringLiteral("OLD_URL")).exists);
    QVERIFY(!serverItem(kSecret, QStringLiteral("OLD_KEY")).exists);
    QVERIFY(serverItem(kVar, QStringLiteral("KEEP")).exists);

    RUN_OK(bSecond, b->engine.prepare(b->project));
    QCOMPARE(findItem(bSecond.report.plan, kVar, QStringLiteral("OLD_URL"))->action, Action::PullRemove);
    RUN_OK(bRemoved, b->engine.pull(bSecond.report.plan));
    QCOMPARE(outcomeName(b->vault.variable(b->project, QStringLiteral("OLD_URL"))), "NotFound");
    QVERIFY(b->vault.variable(b->project, QStringLiteral("KEEP")).ok());
}

void TestSyncEngine::remoteOnlyChosenForDeletion()
{
    std::unique_ptr<Client> a = newClient(m_adminToken, QStringLiteral("a"));
    std::unique_ptr<Client> b = newClient(m_adminToken, QStringLiteral("b"));
    QVERIFY(a && b);
    QVERIFY(a->vault.setSecret(a->project, QStringLiteral("STRAY"), secret("x")).ok());
    RUN_OK(first, a->engine.prepare(a->project));
    RUN_OK(published, a->engine.publish(first.report.plan));

    RUN_OK(bPlan, b->engine.prepare(b->project));
    SyncPlan plan = bPlan.report.plan;
    QCOMPARE(plan.items.size(), 1);
    QCOMPARE(plan.items.constFirst().action, Action::RemoteOnly);
    // Pull keeps it; Publish leaves it unless chosen.
    RUN_OK(untouched, b->engine.publish(plan));
    QCOMPARE(untouched.report.sent, 0);
    QVERIFY(serverItem(kSecret, QStringLiteral("STRAY")).exists);

    plan.items.first().deleteRemote = true;
    RUN_OK(deleted, b->engine.publish(plan));
    QCOMPARE(deleted.report.sent, 1);
    QVERIFY(!serverItem(kSecret, QStringLiteral("STRAY")).exists);
}

void TestSyncEngine::developerCannotPublishSecrets()
{
    std::unique_ptr<Client> d = newClient(m_developerToken, QStringLiteral("dev"));
    QVERIFY(d);
    QVERIFY(d->vault.setVariable(d->project, QStringLiteral("MODE"), QStringLiteral("test")).ok());
    QVERIFY(d->vault.setSecret(d->project, QStringLiteral("KEY"), secret("k")).ok());
    const int queued = d->vault.outboxCount(d->project).value();
    QCOMPARE(queued, 2);

    RUN_OK(prepared, d->engine.prepare(d->project));
    QCOMPARE(prepared.report.plan.count(Action::Add), 2);
    RUN(refused, d->engine.publish(prepared.report.plan));
    QVERIFY(!refused.ok);
    QCOMPARE(refused.failure, SyncFailure::Forbidden);
    QCOMPARE(refused.code, ErrorCode::PermissionDenied);
    QVERIFY2(refused.message.contains(QStringLiteral("SYSTEM_ADMIN")), qPrintable(refused.message));
    // Only /me was asked; nothing was sent and the queue is intact.
    QCOMPARE(refused.report.requests, 1);
    QVERIFY(!serverItem(kVar, QStringLiteral("MODE")).exists);
    QVERIFY(!serverItem(kSecret, QStringLiteral("KEY")).exists);
    QCOMPARE(d->vault.outboxCount(d->project).value(), queued);
    QCOMPARE(d->vault.outboxBatches(d->project)->size(), 0);

    // Without the secret change, the variables go through.
    QVERIFY(d->vault.removeSecret(d->project, QStringLiteral("KEY")).ok());
    RUN_OK(variablesOnly, d->engine.prepare(d->project));
    QCOMPARE(variablesOnly.report.plan.count(Action::Add), 1);
    RUN_OK(published, d->engine.publish(variablesOnly.report.plan));
    QCOMPARE(published.report.sent, 1);
    QCOMPARE(serverItem(kVar, QStringLiteral("MODE")).value, QStringLiteral("test"));
    QCOMPARE(serverItem(kVar, QStringLiteral("MODE")).updatedBy, QStringLiteral("dev"));
    QCOMPARE(d->vault.outboxCount(d->project).value(), 0);
}

void TestSyncEngine::storedBatchNeverSentIsSent()
{
    // A run that stored its batch and crashed before sending it.
    std::unique_ptr<Client> a = newClient(m_adminToken, QStringLiteral("a"));
    QVERIFY(a);
    QVERIFY(a->vault.setVariable(a->project, QStringLiteral("X"), QStringLiteral("crash")).ok());
    const qint64 entry = a->vault.outbox(a->project)->constFirst().id;
    const QByteArray body = QByteArrayLiteral(
        R"({"changes":[{"op":"put","kind":"variable","name":"X","value":"crash","includeInExport":false,"ifRevision":0}]})");
    QVERIFY(a->vault.addOutboxBatch(a->project, QByteArrayLiteral("crashed-run-key-0000001"), body, {entry}).ok());

    RUN_OK(prepared, a->engine.prepare(a->project));
    RUN_OK(published, a->engine.publish(prepared.report.plan));
    QCOMPARE(published.report.resentBatches, 1);
    QCOMPARE(published.report.batches, 1);
    QCOMPARE(published.report.sent, 1);
    QCOMPARE(serverItem(kVar, QStringLiteral("X")).value, QStringLiteral("crash"));
    QCOMPARE(a->vault.outboxCount(a->project).value(), 0);
    QCOMPARE(a->vault.outboxBatches(a->project)->size(), 0);
    RUN_OK(after, a->engine.prepare(a->project));
    QVERIFY(after.report.plan.isEmpty());
}

void TestSyncEngine::storedBatchAppliedIsReplayedOnce()
{
    // A run that sent its batch, which the server applied, and lost the answer.
    std::unique_ptr<Client> a = newClient(m_adminToken, QStringLiteral("a"));
    QVERIFY(a);
    QVERIFY(a->vault.setSecret(a->project, QStringLiteral("S"), secret("applied once")).ok());
    const qint64 entry = a->vault.outbox(a->project)->constFirst().id;
    const QByteArray key = QByteArrayLiteral("lost-answer-key-000001");
    const QByteArray body = QByteArrayLiteral(
        R"({"changes":[{"op":"put","kind":"secret","name":"S","value":"applied once","ifRevision":0}]})");
    QVERIFY(a->vault.addOutboxBatch(a->project, key, body, {entry}).ok());

    PlatformClient direct;
    QVERIFY(direct.setBaseUrl(QUrl(m_url)).ok());
    direct.setToken(m_adminToken);
    PlatformReply* first = direct.postChanges(m_remoteProject, body, key);
    QSignalSpy firstDone(first, &PlatformReply::finished);
    QVERIFY(firstDone.wait(30'000));
    QVERIFY(first->result().ok());
    const qint64 revision = serverItem(kSecret, QStringLiteral("S")).revision;

    RUN_OK(prepared, a->engine.prepare(a->project));
    RUN_OK(published, a->engine.publish(prepared.report.plan));
    QCOMPARE(published.report.resentBatches, 1);
    // Applied once: the replay did not write again.
    QCOMPARE(serverItem(kSecret, QStringLiteral("S")).revision, revision);
    QCOMPARE(a->vault.outboxCount(a->project).value(), 0);
    QCOMPARE(a->vault.outboxBatches(a->project)->size(), 0);
    RUN_OK(after, a->engine.prepare(a->project));
    QVERIFY2(after.report.plan.isEmpty(), "the base holds the revision of the replayed result");

    // The same key again answers from the record, not by writing.
    PlatformReply* again = direct.postChanges(m_remoteProject, body, key);
    QSignalSpy againDone(again, &PlatformReply::finished);
    QVERIFY(againDone.wait(30'000));
    QVERIFY(again->result().ok());
    QVERIFY(again->response().replayed);
    QCOMPARE(serverItem(kSecret, QStringLiteral("S")).revision, revision);
}

void TestSyncEngine::oneOperationPerProject()
{
    std::unique_ptr<Client> a = newClient(m_adminToken, QStringLiteral("a"));
    QVERIFY(a);
    SyncOperation* first = a->engine.prepare(a->project);
    std::optional<Outcome> firstOutcome;
    capture(first, firstOutcome);
    QVERIFY(a->engine.isBusy(a->project));
    RUN(second, a->engine.prepare(a->project));
    QVERIFY(!second.ok);
    QCOMPARE(second.code, ErrorCode::InvalidInput);
    QTRY_VERIFY_WITH_TIMEOUT(firstOutcome.has_value(), 60'000);
    QVERIFY2(firstOutcome->ok, qPrintable(firstOutcome->message));
    QVERIFY(!a->engine.isBusy(a->project));
}

BOTVAULT_TEST_MAIN(TestSyncEngine)
#include "TestSyncEngine.moc"
