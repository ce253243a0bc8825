// The details the vault's audit log records for a publish, a pull and a deploy (sync/SyncAuditDetail):
// the counts taken from the plan, the outcome from how the operation ended, and never a value.
#include "sync/SyncAuditDetail.h"
#include "tests/support/TestMain.h"

namespace {

const QString kCanary = QStringLiteral("detail-canary-value-3131");

SyncPlanItem item(SyncPlanItem::Action action, bool localExists = true,
    SyncPlanItem::Choice choice = SyncPlanItem::Choice::Undecided, bool deleteRemote = false, bool remoteExists = true)
{
    SyncPlanItem planItem;
    planItem.action = action;
    planItem.name = QStringLiteral("NAME");
    planItem.localExists = localExists;
    planItem.localValue = kCanary;
    planItem.remoteValue = kCanary;
    planItem.choice = choice;
    planItem.deleteRemote = deleteRemote;
    planItem.remoteExists = remoteExists;
    return planItem;
}

// Every kind of plan item once: 3 outgoing puts, 3 outgoing deletes, 1 pulled add, 2 pulled
// changes, 2 pulled removals, and a settled item that counts nowhere.
SyncPlan mixedPlan()
{
    using Action = SyncPlanItem::Action;
    using Choice = SyncPlanItem::Choice;
    SyncPlan plan;
    plan.items = {item(Action::Add), item(Action::Change), item(Action::Conflict, true, Choice::KeepLocal),
        item(Action::Remove, false), item(Action::RemoteOnly, false, Choice::Undecided, true),
        item(Action::Conflict, false, Choice::KeepLocal), item(Action::PullAdd, false), item(Action::PullChange),
        item(Action::SecretChangedRemotely), item(Action::PullRemove),
        item(Action::Conflict, true, Choice::TakeRemote, false, false), item(Action::Settle)};
    return plan;
}

} // namespace

class TestSyncAuditDetail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void publishOutcome_data();
    void publishOutcome();
    void pullCountsTheIncomingChanges_data();
    void pullCountsTheIncomingChanges();
    void deployOutcome_data();
    void deployOutcome();
    void deployOfFindsTheChannel();
    void lockedAndBusyAreNotRecorded();
};

void TestSyncAuditDetail::publishOutcome_data()
{
    QTest::addColumn<bool>("succeeded");
    QTest::addColumn<int>("sent");
    QTest::addColumn<bool>("conflict");
    QTest::addColumn<QString>("expected");
    QTest::newRow("done") << true << 6 << false << QStringLiteral("written=3 deleted=3 sent=6 outcome=done");
    QTest::newRow("a conflict after some batches")
        << true << 2 << true << QStringLiteral("written=3 deleted=3 sent=2 outcome=partly");
    QTest::newRow("a conflict in the first batch")
        << true << 0 << true << QStringLiteral("written=3 deleted=3 sent=0 outcome=failed");
    QTest::newRow("a failure after some batches")
        << false << 4 << false << QStringLiteral("written=3 deleted=3 sent=4 outcome=partly");
    QTest::newRow("refused at once") << false << 0 << false
                                     << QStringLiteral("written=3 deleted=3 sent=0 outcome=failed");
}

void TestSyncAuditDetail::publishOutcome()
{
    QFETCH(bool, succeeded);
    QFETCH(int, sent);
    QFETCH(bool, conflict);
    QFETCH(QString, expected);
    SyncReport report;
    report.plan = mixedPlan();
    report.sent = sent;
    if (conflict) {
        report.conflicts.append(item(SyncPlanItem::Action::Conflict));
    }
    const QString detail = SyncAuditDetail::publish(report, succeeded);
    QCOMPARE(detail, expected);
    QVERIFY(!detail.contains(kCanary));
}

void TestSyncAuditDetail::pullCountsTheIncomingChanges_data()
{
    QTest::addColumn<bool>("succeeded");
    QTest::addColumn<QString>("expected");
    QTest::newRow("done") << true << QStringLiteral("added=1 changed=2 removed=2 pulled=5 outcome=done");
    // A pull writes all or nothing.
    QTest::newRow("failed") << false << QStringLiteral("added=1 changed=2 removed=2 pulled=0 outcome=failed");
}

void TestSyncAuditDetail::pullCountsTheIncomingChanges()
{
    QFETCH(bool, succeeded);
    QFETCH(QString, expected);
    SyncReport report;
    report.plan = mixedPlan();
    report.pulled = 5;
    const QString detail = SyncAuditDetail::pull(report, succeeded);
    QCOMPARE(detail, expected);
    QVERIFY(!detail.contains(kCanary));
}

void TestSyncAuditDetail::deployOutcome_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("expected");
    QTest::newRow("succeeded") << QStringLiteral("SUCCEEDED")
                               << QStringLiteral("channel=7 deploy=13 outcome=succeeded");
    QTest::newRow("failed") << QStringLiteral("FAILED") << QStringLiteral("channel=7 deploy=13 outcome=failed");
    QTest::newRow("still running") << QStringLiteral("RUNNING")
                                   << QStringLiteral("channel=7 deploy=13 outcome=unfinished");
    QTest::newRow("never started") << QString() << QStringLiteral("channel=7 deploy=0 outcome=not-started");
}

void TestSyncAuditDetail::deployOutcome()
{
    QFETCH(QString, status);
    QFETCH(QString, expected);
    DeployInfo deploy;
    deploy.id = 13;
    deploy.channelId = 7;
    deploy.status = status;
    deploy.errorMessage = kCanary;
    const QString detail = SyncAuditDetail::deploy(7, status.isEmpty() ? nullptr : &deploy);
    QCOMPARE(detail, expected);
    QVERIFY(!detail.contains(kCanary));
}

void TestSyncAuditDetail::deployOfFindsTheChannel()
{
    ChannelReport report;
    DeployInfo first;
    first.id = 1;
    first.channelId = 7;
    DeployInfo second;
    second.id = 2;
    second.channelId = 9;
    report.deploys = {first, second};
    QCOMPARE(SyncAuditDetail::deployOf(report, 9)->id, 2);
    QCOMPARE(SyncAuditDetail::deployOf(report, 7)->id, 1);
    QCOMPARE(SyncAuditDetail::deployOf(report, 8), nullptr);
}

void TestSyncAuditDetail::lockedAndBusyAreNotRecorded()
{
    QVERIFY(!SyncAuditDetail::isRecorded(SyncFailure::Locked));
    QVERIFY(!SyncAuditDetail::isRecorded(SyncFailure::Busy));
    QVERIFY(SyncAuditDetail::isRecorded(SyncFailure::None));
    QVERIFY(SyncAuditDetail::isRecorded(SyncFailure::Forbidden));
    QVERIFY(SyncAuditDetail::isRecorded(SyncFailure::Cancelled));
}

BOTVAULT_TEST_MAIN(TestSyncAuditDetail)
#include "TestSyncAuditDetail.moc"
