// BotRunSlots: the caps on bot runs in flight per user and on the whole server (issue 11, item 4).
#include "server/BotRunSlots.h"

#include "tests/support/TestMain.h"

#include <QObject>
#include <QTest>

#include <memory>
#include <vector>

class TestBotRunSlots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void userCapComesFirst();
    void serverCapCountsEveryUser();
    void aPlaceComesBackWithTheLastCopyOfItsLease();
};

void TestBotRunSlots::userCapComesFirst()
{
    BotRunSlots runSlots(2, 4);
    BotRunSlots::Refusal refusal = BotRunSlots::Refusal::Server;
    const std::shared_ptr<void> first = runSlots.acquire(1, &refusal);
    QVERIFY(first);
    QCOMPARE(refusal, BotRunSlots::Refusal::None);
    const std::shared_ptr<void> second = runSlots.acquire(1, &refusal);
    QVERIFY(second);
    QVERIFY(!runSlots.acquire(1, &refusal));
    QCOMPARE(refusal, BotRunSlots::Refusal::User);
    QCOMPARE(runSlots.inFlight(), 2);
    // Another user is not held up by the first one's cap.
    QVERIFY(runSlots.acquire(2, &refusal));
}

void TestBotRunSlots::serverCapCountsEveryUser()
{
    BotRunSlots runSlots(2, 4);
    BotRunSlots::Refusal refusal = BotRunSlots::Refusal::None;
    std::vector<std::shared_ptr<void>> held;
    for (qint64 user : {1, 1, 2, 3}) {
        held.push_back(runSlots.acquire(user, &refusal));
        QVERIFY(held.back());
    }
    QVERIFY(!runSlots.acquire(4, &refusal));
    QCOMPARE(refusal, BotRunSlots::Refusal::Server);
    // A user at their own cap hears about that first.
    QVERIFY(!runSlots.acquire(1, &refusal));
    QCOMPARE(refusal, BotRunSlots::Refusal::User);
}

void TestBotRunSlots::aPlaceComesBackWithTheLastCopyOfItsLease()
{
    BotRunSlots runSlots(1, 4);
    BotRunSlots::Refusal refusal = BotRunSlots::Refusal::None;
    std::shared_ptr<void> lease = runSlots.acquire(7, &refusal);
    QVERIFY(lease);
    std::shared_ptr<void> copy = lease;
    lease.reset();
    QVERIFY(!runSlots.acquire(7, &refusal));
    copy.reset();
    QCOMPARE(runSlots.inFlight(), 0);
    QVERIFY(runSlots.acquire(7, &refusal));
    // A lease that outlives its runSlots is harmless.
    auto shortLived = std::make_unique<BotRunSlots>(1, 1);
    std::shared_ptr<void> orphan = shortLived->acquire(1, &refusal);
    shortLived.reset();
    orphan.reset();
}

BOTVAULT_TEST_MAIN(TestBotRunSlots)
#include "TestBotRunSlots.moc"
