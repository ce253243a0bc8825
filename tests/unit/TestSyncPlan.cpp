#include "sync/SyncPlan.h"
#include "tests/support/TestMain.h"

#include <QTest>

#include <algorithm>
#include <random>

// The three-way plan behind Publish and Pull: one row per rule of computeSyncPlan (local item,
// queued entries, base and platform item of a single key), the coalescing of several queued
// entries, the order of the items and the determinism of the whole.

Q_DECLARE_METATYPE(SyncPlanInput)
Q_DECLARE_METATYPE(SyncPlanItem::Action)
Q_DECLARE_METATYPE(SyncPlanItem::Choice)

namespace {

using Action = SyncPlanItem::Action;
using Choice = SyncPlanItem::Choice;

const QString kName = QStringLiteral("GREETING");
constexpr ProjectId kProject = 7;
constexpr qint64 kRemoteProject = 3;
// The expected action of a key that is in sync: it is not in the plan.
constexpr int kNotInPlan = -1;

LocalItem localVariable(const QString& value, bool includeInExport = false)
{
    return LocalItem {ItemKind::Variable, kName, value, includeInExport};
}

LocalItem localSecret()
{
    return LocalItem {ItemKind::Secret, kName, QString(), false};
}

OutboxEntry entry(qint64 id, ItemKind kind, OutboxEntry::Op op, const QString& value = {}, bool includeInExport = false)
{
    OutboxEntry result;
    result.id = id;
    result.projectId = kProject;
    result.kind = kind;
    result.name = kName;
    result.op = op;
    result.value = kind == ItemKind::Variable ? value : QString();
    if (kind == ItemKind::Secret && op == OutboxEntry::Op::Put) {
        result.secretValue = SecretValue::fromText(QStringLiteral("s3cr3t"));
    }
    result.includeInExport = includeInExport;
    result.createdBy = QStringLiteral("ann");
    result.created = QDateTime(QDate(2025, 3, 4), QTime(9, 0), Qt::UTC).addSecs(id);
    return result;
}

OutboxEntry putVariable(qint64 id, const QString& value, bool includeInExport = false)
{
    return entry(id, ItemKind::Variable, OutboxEntry::Op::Put, value, includeInExport);
}

OutboxEntry deleteVariable(qint64 id)
{
    return entry(id, ItemKind::Variable, OutboxEntry::Op::Delete);
}

OutboxEntry damagedEntry(qint64 id)
{
    OutboxEntry result;
    result.id = id;
    result.damaged = true;
    return result;
}

RemoteItemState base(ItemKind kind, qint64 revision, const QString& value = {}, bool includeInExport = false)
{
    RemoteItemState state;
    state.kind = kind;
    state.name = kName;
    state.revision = revision;
    state.value = value;
    state.includeInExport = includeInExport;
    return state;
}

RemoteItem remote(ItemKind kind, qint64 revision, const QString& value = {}, bool includeInExport = false)
{
    RemoteItem item;
    item.kind = kind;
    item.name = kName;
    item.revision = revision;
    item.value = value;
    item.includeInExport = includeInExport;
    item.updatedBy = QStringLiteral("bob");
    item.updatedAt = QDateTime(QDate(2025, 3, 5), QTime(10, 0), Qt::UTC);
    return item;
}

constexpr ItemKind kVar = ItemKind::Variable;
constexpr ItemKind kSecret = ItemKind::Secret;

SyncPlanItem makeItem(Action action, Choice choice = Choice::Undecided, bool deleteRemote = false)
{
    SyncPlanItem item;
    item.action = action;
    item.choice = choice;
    item.deleteRemote = deleteRemote;
    return item;
}

QString describe(const SyncPlan& plan)
{
    QStringList lines;
    for (const SyncPlanItem& item : plan.items) {
        lines.append(
            QStringLiteral("%1 %2 %3 local=%4:%5 remote=%6:%7 base=%8 entries=%9")
                .arg(item.kind == ItemKind::Secret ? QStringLiteral("secret") : QStringLiteral("variable"), item.name)
                .arg(static_cast<int>(item.action))
                .arg(item.localExists)
                .arg(item.localValue)
                .arg(item.remoteRevision)
                .arg(item.remoteValue)
                .arg(item.baseRevision)
                .arg(QString::number(item.outboxEntryIds.size())));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestSyncPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void itemsCarryBothSides();
    void secretsCarryNoValues();
    void sortedSecretsFirstThenByteOrder();
    void deterministicForShuffledInput();
    void direction_data();
    void direction();
    void conflictsAndChoices();
    void sentChangeIsNeverAConflict_data();
    void sentChangeIsNeverAConflict();
    void secretCannotTakeThePlatformsSide();
    void ruleOnlyChangeIsToldFromANewValue();
    void secretsCarryTheirRotationOnBothSides();
    void emptyPlan();
    void summaryCountsEachSide();
};

void TestSyncPlan::rules_data()
{
    QTest::addColumn<SyncPlanInput>("input");
    // kNotInPlan or an Action.
    QTest::addColumn<int>("action");
    QTest::addColumn<bool>("localExists");
    QTest::addColumn<QString>("localValue");
    QTest::addColumn<QList<qint64>>("entryIds");
    QTest::addColumn<QList<qint64>>("damagedIds");

    using Ids = QList<qint64>;
    const auto row = [](const char* name, SyncPlanInput input, int action, bool localExists, const QString& value,
                         Ids entries = {}, Ids damaged = {}) {
        QTest::newRow(name) << input << action << localExists << value << entries << damaged;
    };
    const auto a = [](Action action) { return static_cast<int>(action); };
    const QString v1 = QStringLiteral("v1");
    const QString v2 = QStringLiteral("v2");
    const QString v3 = QStringLiteral("v3");

    // Outgoing, the platform unchanged since the base.
    row("never published variable: Add", {{localVariable(v1)}, {}, {}, {}}, a(Action::Add), true, v1);
    row("never published secret: Add", {{localSecret()}, {}, {}, {}}, a(Action::Add), true, QString());
    row("queued put over the base: Change",
        {{localVariable(v2)}, {putVariable(1, v2)}, {base(kVar, 5, v1)}, {remote(kVar, 5, v1)}}, a(Action::Change),
        true, v2, Ids {1});
    row("queued delete over the base: Remove", {{}, {deleteVariable(1)}, {base(kVar, 5, v1)}, {remote(kVar, 5, v1)}},
        a(Action::Remove), false, QString(), Ids {1});
    row("queued secret put: Change",
        {{localSecret()}, {entry(1, kSecret, OutboxEntry::Op::Put)}, {base(kSecret, 5)}, {remote(kSecret, 5)}},
        a(Action::Change), true, QString(), Ids {1});
    row("variable value differs from the base without an entry: Change",
        {{localVariable(v2)}, {}, {base(kVar, 5, v1)}, {remote(kVar, 5, v1)}}, a(Action::Change), true, v2);
    row("variable flag differs from the base without an entry: Change",
        {{localVariable(v1, true)}, {}, {base(kVar, 5, v1, false)}, {remote(kVar, 5, v1, false)}}, a(Action::Change),
        true, v1);
    row("secret with a base and no entry: in sync", {{localSecret()}, {}, {base(kSecret, 5)}, {remote(kSecret, 5)}},
        kNotInPlan, false, QString());
    row("variable equal to base and platform: in sync",
        {{localVariable(v1)}, {}, {base(kVar, 5, v1)}, {remote(kVar, 5, v1)}}, kNotInPlan, false, QString());

    // Created and deleted before any publish.
    row("created and deleted before a publish: Settle drops the entries",
        {{}, {putVariable(1, v1), deleteVariable(2)}, {}, {}}, a(Action::Settle), false, QString(), Ids {1, 2});
    row("created and deleted while the platform created it: PullAdd carries the entries",
        {{}, {putVariable(1, v1), deleteVariable(2)}, {}, {remote(kVar, 3, v3)}}, a(Action::PullAdd), false, QString(),
        Ids {1, 2});

    // Outgoing, the platform changed too.
    row("both changed to the same variable: Settle",
        {{localVariable(v2)}, {putVariable(1, v2)}, {base(kVar, 5, v1)}, {remote(kVar, 6, v2)}}, a(Action::Settle),
        true, v2, Ids {1});
    row("both changed differently: Conflict",
        {{localVariable(v2)}, {putVariable(1, v2)}, {base(kVar, 5, v1)}, {remote(kVar, 6, v3)}}, a(Action::Conflict),
        true, v2, Ids {1});
    row("same value, other flag: Conflict",
        {{localVariable(v2)}, {putVariable(1, v2, true)}, {base(kVar, 5, v1)}, {remote(kVar, 6, v2, false)}},
        a(Action::Conflict), true, v2, Ids {1});
    row("deleted on both sides: Settle", {{}, {deleteVariable(1)}, {base(kVar, 5, v1)}, {}}, a(Action::Settle), false,
        QString(), Ids {1});
    row("deleted here, changed there: Conflict", {{}, {deleteVariable(1)}, {base(kVar, 5, v1)}, {remote(kVar, 6, v3)}},
        a(Action::Conflict), false, QString(), Ids {1});
    row("changed here, deleted there: Conflict", {{localVariable(v2)}, {putVariable(1, v2)}, {base(kVar, 5, v1)}, {}},
        a(Action::Conflict), true, v2, Ids {1});
    row("variable created on both sides, equal: Settle", {{localVariable(v1)}, {}, {}, {remote(kVar, 3, v1)}},
        a(Action::Settle), true, v1);
    row("variable created on both sides, different: Conflict", {{localVariable(v1)}, {}, {}, {remote(kVar, 3, v3)}},
        a(Action::Conflict), true, v1);
    row("secret created on both sides: Conflict", {{localSecret()}, {}, {}, {remote(kSecret, 3)}}, a(Action::Conflict),
        true, QString());
    row("secret replaced on both sides: Conflict",
        {{localSecret()}, {entry(1, kSecret, OutboxEntry::Op::Put)}, {base(kSecret, 5)}, {remote(kSecret, 6)}},
        a(Action::Conflict), true, QString(), Ids {1});

    // Incoming: nothing queued, the platform changed.
    row("removed on the platform: PullRemove", {{localVariable(v1)}, {}, {base(kVar, 5, v1)}, {}},
        a(Action::PullRemove), true, v1);
    row("secret removed on the platform: PullRemove", {{localSecret()}, {}, {base(kSecret, 5)}, {}},
        a(Action::PullRemove), true, QString());
    row("removed on both sides without an entry: Settle clears the base", {{}, {}, {base(kVar, 5, v1)}, {}},
        a(Action::Settle), false, QString());
    row("variable only on the platform: PullAdd", {{}, {}, {}, {remote(kVar, 3, v3)}}, a(Action::PullAdd), false,
        QString());
    row("variable changed on the platform: PullChange",
        {{localVariable(v1)}, {}, {base(kVar, 5, v1)}, {remote(kVar, 6, v3)}}, a(Action::PullChange), true, v1);
    row("variable flag changed on the platform: PullChange",
        {{localVariable(v1)}, {}, {base(kVar, 5, v1)}, {remote(kVar, 6, v1, true)}}, a(Action::PullChange), true, v1);
    row("variable rewritten on the platform with the same value: Settle",
        {{localVariable(v1)}, {}, {base(kVar, 5, v1)}, {remote(kVar, 6, v1)}}, a(Action::Settle), true, v1);
    row("secret replaced on the platform: SecretChangedRemotely",
        {{localSecret()}, {}, {base(kSecret, 5)}, {remote(kSecret, 6)}}, a(Action::SecretChangedRemotely), true,
        QString());
    row("secret only on the platform: RemoteOnly", {{}, {}, {}, {remote(kSecret, 3)}}, a(Action::RemoteOnly), false,
        QString());

    // Nothing queued, nothing changed on the platform, but the item is gone here.
    row("secret gone locally, platform unchanged: RemoteOnly", {{}, {}, {base(kSecret, 5)}, {remote(kSecret, 5)}},
        a(Action::RemoteOnly), false, QString());
    row("variable gone locally, platform unchanged: RemoteOnly", {{}, {}, {base(kVar, 5, v1)}, {remote(kVar, 5, v1)}},
        a(Action::RemoteOnly), false, QString());

    // Coalescing several entries of one key: the last decides, every entry goes with the item.
    row("put then put: the last value",
        {{localVariable(v3)}, {putVariable(1, v2), putVariable(2, v3)}, {base(kVar, 5, v1)}, {remote(kVar, 5, v1)}},
        a(Action::Change), true, v3, Ids {1, 2});
    row("put then delete: Remove",
        {{}, {putVariable(1, v2), deleteVariable(2)}, {base(kVar, 5, v1)}, {remote(kVar, 5, v1)}}, a(Action::Remove),
        false, QString(), Ids {1, 2});
    row("delete then put: Change to the put's value",
        {{localVariable(v3)}, {deleteVariable(1), putVariable(2, v3)}, {base(kVar, 5, v1)}, {remote(kVar, 5, v1)}},
        a(Action::Change), true, v3, Ids {1, 2});
    row("the last entry decides even when the local item says otherwise",
        {{localVariable(v1)}, {putVariable(1, v2)}, {base(kVar, 5, v1)}, {remote(kVar, 5, v1)}}, a(Action::Change),
        true, v2, Ids {1});
    row("a damaged entry is skipped and listed",
        {{localVariable(v2)}, {damagedEntry(1), putVariable(2, v2)}, {base(kVar, 5, v1)}, {remote(kVar, 5, v1)}},
        a(Action::Change), true, v2, Ids {2}, Ids {1});
}

void TestSyncPlan::rules()
{
    QFETCH(SyncPlanInput, input);
    QFETCH(int, action);
    QFETCH(bool, localExists);
    QFETCH(QString, localValue);
    QFETCH(QList<qint64>, entryIds);
    QFETCH(QList<qint64>, damagedIds);

    const SyncPlan plan = computeSyncPlan(kProject, kRemoteProject, input);
    QCOMPARE(plan.project, kProject);
    QCOMPARE(plan.remoteProjectId, kRemoteProject);
    QCOMPARE(plan.damagedEntryIds, damagedIds);
    if (action == kNotInPlan) {
        QVERIFY2(plan.items.isEmpty(), qPrintable(describe(plan)));
        return;
    }
    QVERIFY2(plan.items.size() == 1, qPrintable(describe(plan)));
    const SyncPlanItem& item = plan.items.constFirst();
    QCOMPARE(item.name, kName);
    QCOMPARE(static_cast<int>(item.action), action);
    QCOMPARE(item.localExists, localExists);
    QCOMPARE(item.localValue, localValue);
    QCOMPARE(item.outboxEntryIds, entryIds);
    QCOMPARE(item.choice, Choice::Undecided);
    QVERIFY(!item.deleteRemote);
}

void TestSyncPlan::itemsCarryBothSides()
{
    const SyncPlanInput input {{localVariable(QStringLiteral("mine"), true)},
        {putVariable(4, QStringLiteral("mine"), true)}, {base(kVar, 5, QStringLiteral("old"))},
        {remote(kVar, 9, QStringLiteral("theirs"), false)}};
    const SyncPlan plan = computeSyncPlan(kProject, kRemoteProject, input);
    QCOMPARE(plan.items.size(), 1);
    const SyncPlanItem& item = plan.items.constFirst();
    QCOMPARE(item.action, Action::Conflict);
    QCOMPARE(item.localValue, QStringLiteral("mine"));
    QVERIFY(item.localIncludeInExport);
    QCOMPARE(item.localChangedBy, QStringLiteral("ann"));
    QCOMPARE(item.localChangedAt, input.outbox.constFirst().created);
    QCOMPARE(item.baseRevision, qint64(5));
    QVERIFY(item.remoteExists);
    QCOMPARE(item.remoteRevision, qint64(9));
    QCOMPARE(item.remoteValue, QStringLiteral("theirs"));
    QVERIFY(!item.remoteIncludeInExport);
    QCOMPARE(item.remoteUpdatedBy, QStringLiteral("bob"));
    QCOMPARE(item.remoteUpdatedAt, input.remote.constFirst().updatedAt);
}

void TestSyncPlan::secretsCarryNoValues()
{
    // Even if a listing (or a bug upstream) filled in a value, a secret's plan item has none.
    RemoteItem leaky = remote(kSecret, 6, QStringLiteral("platform-secret"));
    LocalItem local = localSecret();
    local.value = QStringLiteral("local-secret");
    OutboxEntry put = entry(1, kSecret, OutboxEntry::Op::Put);
    put.value = QStringLiteral("queued-secret");
    const SyncPlan plan = computeSyncPlan(kProject, kRemoteProject, {{local}, {put}, {base(kSecret, 5)}, {leaky}});
    QCOMPARE(plan.items.size(), 1);
    QCOMPARE(plan.items.constFirst().action, Action::Conflict);
    QVERIFY(plan.items.constFirst().localValue.isEmpty());
    QVERIFY(plan.items.constFirst().remoteValue.isEmpty());
}

void TestSyncPlan::sortedSecretsFirstThenByteOrder()
{
    SyncPlanInput input;
    for (const char* name : {"b", "_x", "B", "a", "A"}) {
        input.local.append(LocalItem {kVar, QString::fromLatin1(name), QStringLiteral("v"), false});
        input.local.append(LocalItem {kSecret, QString::fromLatin1(name), QString(), false});
    }
    const SyncPlan plan = computeSyncPlan(kProject, kRemoteProject, input);
    QStringList order;
    for (const SyncPlanItem& item : plan.items) {
        order.append((item.kind == kSecret ? QStringLiteral("s:") : QStringLiteral("v:")) + item.name);
    }
    QCOMPARE(order,
        QStringList({QStringLiteral("s:A"), QStringLiteral("s:B"), QStringLiteral("s:_x"), QStringLiteral("s:a"),
            QStringLiteral("s:b"), QStringLiteral("v:A"), QStringLiteral("v:B"), QStringLiteral("v:_x"),
            QStringLiteral("v:a"), QStringLiteral("v:b")}));
}

void TestSyncPlan::deterministicForShuffledInput()
{
    SyncPlanInput input;
    for (int i = 0; i < 200; ++i) {
        const QString name = QStringLiteral("N_%1").arg(i);
        const ItemKind kind = i % 3 == 0 ? kSecret : kVar;
        switch (i % 5) {
        case 0:
            input.local.append(LocalItem {kind, name, QStringLiteral("l%1").arg(i), false});
            break;
        case 1:
            input.remote.append(RemoteItem {kind, name, i, {}, QStringLiteral("bob"), QStringLiteral("r"), false});
            break;
        case 2:
            input.local.append(LocalItem {kind, name, QStringLiteral("l"), false});
            input.base.append(RemoteItemState {kind, name, i, {}, QStringLiteral("bob"), QStringLiteral("b"), false});
            input.remote.append(RemoteItem {kind, name, i + 1, {}, QStringLiteral("bob"), QStringLiteral("r"), true});
            break;
        default:
            input.base.append(RemoteItemState {kind, name, i, {}, QStringLiteral("bob"), QStringLiteral("b"), false});
            break;
        }
    }
    const QString expected = describe(computeSyncPlan(kProject, kRemoteProject, input));
    QVERIFY(!expected.isEmpty());

    std::mt19937 random(12345);
    for (int round = 0; round < 5; ++round) {
        SyncPlanInput shuffled = input;
        std::shuffle(shuffled.local.begin(), shuffled.local.end(), random);
        std::shuffle(shuffled.base.begin(), shuffled.base.end(), random);
        std::shuffle(shuffled.remote.begin(), shuffled.remote.end(), random);
        QCOMPARE(describe(computeSyncPlan(kProject, kRemoteProject, shuffled)), expected);
    }
}

void TestSyncPlan::direction_data()
{
    QTest::addColumn<SyncPlanItem::Action>("action");
    QTest::addColumn<SyncPlanItem::Choice>("choice");
    QTest::addColumn<bool>("deleteRemote");
    QTest::addColumn<bool>("outgoing");
    QTest::addColumn<bool>("incoming");

    const auto row = [](const char* name, Action action, Choice choice, bool deleteRemote, bool out, bool in) {
        QTest::newRow(name) << action << choice << deleteRemote << out << in;
    };
    row("Add", Action::Add, Choice::Undecided, false, true, false);
    row("Change", Action::Change, Choice::Undecided, false, true, false);
    row("Remove", Action::Remove, Choice::Undecided, false, true, false);
    row("PullAdd", Action::PullAdd, Choice::Undecided, false, false, true);
    row("PullAdd chosen for deletion", Action::PullAdd, Choice::Undecided, true, true, false);
    row("PullChange", Action::PullChange, Choice::Undecided, false, false, true);
    row("PullRemove", Action::PullRemove, Choice::Undecided, false, false, true);
    row("SecretChangedRemotely", Action::SecretChangedRemotely, Choice::Undecided, false, false, true);
    row("RemoteOnly", Action::RemoteOnly, Choice::Undecided, false, false, false);
    row("RemoteOnly chosen for deletion", Action::RemoteOnly, Choice::Undecided, true, true, false);
    row("Conflict undecided", Action::Conflict, Choice::Undecided, false, false, false);
    row("Conflict KeepLocal", Action::Conflict, Choice::KeepLocal, false, true, false);
    row("Conflict TakeRemote", Action::Conflict, Choice::TakeRemote, false, false, true);
    row("Settle", Action::Settle, Choice::Undecided, false, false, false);
}

void TestSyncPlan::direction()
{
    QFETCH(SyncPlanItem::Action, action);
    QFETCH(SyncPlanItem::Choice, choice);
    QFETCH(bool, deleteRemote);
    QFETCH(bool, outgoing);
    QFETCH(bool, incoming);

    const SyncPlanItem item = makeItem(action, choice, deleteRemote);
    QCOMPARE(item.isOutgoing(), outgoing);
    QCOMPARE(item.isIncoming(), incoming);
}

void TestSyncPlan::conflictsAndChoices()
{
    SyncPlan plan;
    plan.items
        = {makeItem(Action::Conflict), makeItem(Action::Add), makeItem(Action::Conflict), makeItem(Action::PullChange)};
    QCOMPARE(plan.count(Action::Conflict), 2);
    QCOMPARE(plan.count(Action::Add), 1);
    QCOMPARE(plan.count(Action::Remove), 0);
    QVERIFY(plan.hasUndecidedConflicts());

    plan.items[0].choice = Choice::KeepLocal;
    QVERIFY(plan.hasUndecidedConflicts());

    plan.resolveAllConflicts(Choice::TakeRemote);
    QVERIFY(!plan.hasUndecidedConflicts());
    QCOMPARE(plan.items.at(0).choice, Choice::TakeRemote);
    QCOMPARE(plan.items.at(2).choice, Choice::TakeRemote);
    // Only conflicts take a choice.
    QCOMPARE(plan.items.at(1).choice, Choice::Undecided);
    QCOMPARE(plan.items.at(3).choice, Choice::Undecided);
}

void TestSyncPlan::sentChangeIsNeverAConflict_data()
{
    QTest::addColumn<SyncPlanInput>("input");
    QTest::addColumn<int>("action");
    QTest::addColumn<bool>("awaitingReplay");

    const QString v1 = QStringLiteral("v1");
    const QString v2 = QStringLiteral("v2");
    const QString v3 = QStringLiteral("v3");
    const auto sent = [](SyncPlanInput input, QSet<qint64> ids) {
        input.sentEntryIds = std::move(ids);
        return input;
    };
    const auto a = [](Action action) { return static_cast<int>(action); };
    // The platform's revision moved past the base: by this vault's own batch, whose answer was lost.
    QTest::newRow("secret sent, answer lost: Change, not Conflict") << sent(
        {{localSecret()}, {entry(1, kSecret, OutboxEntry::Op::Put)}, {base(kSecret, 5)}, {remote(kSecret, 6)}}, {1})
                                                                    << a(Action::Change) << true;
    QTest::newRow("new secret sent, answer lost: Add")
        << sent({{localSecret()}, {entry(1, kSecret, OutboxEntry::Op::Put)}, {}, {}}, {1}) << a(Action::Add) << true;
    QTest::newRow("variable sent, then edited again: Change to the newer value") << sent(
        {{localVariable(v3)}, {putVariable(1, v2), putVariable(2, v3)}, {base(kVar, 5, v1)}, {remote(kVar, 6, v2)}},
        {1}) << a(Action::Change) << true;
    QTest::newRow("created, sent, then deleted before the answer: Remove")
        << sent({{}, {putVariable(1, v1), deleteVariable(2)}, {}, {remote(kVar, 1, v1)}}, {1}) << a(Action::Remove)
        << true;
    // Without a stored batch the same sides are a real conflict.
    QTest::newRow("secret changed on both sides, nothing sent: Conflict") << SyncPlanInput {{localSecret()},
        {entry(1, kSecret, OutboxEntry::Op::Put)}, {base(kSecret, 5)}, {remote(kSecret, 6)}}
                                                                          << a(Action::Conflict) << false;
    QTest::newRow("another key's entry was sent: still a Conflict") << sent(
        {{localSecret()}, {entry(1, kSecret, OutboxEntry::Op::Put)}, {base(kSecret, 5)}, {remote(kSecret, 6)}}, {99})
                                                                    << a(Action::Conflict) << false;
}

void TestSyncPlan::sentChangeIsNeverAConflict()
{
    QFETCH(SyncPlanInput, input);
    QFETCH(int, action);
    QFETCH(bool, awaitingReplay);

    const SyncPlan plan = computeSyncPlan(kProject, kRemoteProject, input);
    QVERIFY2(plan.items.size() == 1, qPrintable(describe(plan)));
    const SyncPlanItem& item = plan.items.constFirst();
    QCOMPARE(static_cast<int>(item.action), action);
    QCOMPARE(item.awaitingReplay, awaitingReplay);
    // An item waiting for its replay is publish's, never pull's: pull must not write the
    // platform's copy of this vault's own older write over a newer local edit.
    if (awaitingReplay) {
        QVERIFY(item.isOutgoing());
        QVERIFY(!item.isIncoming());
        QVERIFY(!plan.hasUndecidedConflicts());
    }
}

void TestSyncPlan::ruleOnlyChangeIsToldFromANewValue()
{
    OutboxEntry ruleChange = entry(11, ItemKind::Secret, OutboxEntry::Op::Put);
    ruleChange.rotationOnly = true;
    LocalItem secret = localSecret();
    secret.rotation.policy.periodDays = 30;
    SyncPlanInput input {{secret}, {ruleChange}, {base(ItemKind::Secret, 5)}, {remote(ItemKind::Secret, 5)}};
    SyncPlan plan = computeSyncPlan(kProject, kRemoteProject, input);
    QCOMPARE(plan.items.size(), 1);
    QCOMPARE(plan.items.first().action, Action::Change);
    QVERIFY(plan.items.first().rotationOnly);
    QCOMPARE(plan.items.first().localRotation.policy.periodDays, 30);

    // A new value queued before the rule: the value goes out, so it is no rule-only change.
    input.outbox.prepend(entry(10, ItemKind::Secret, OutboxEntry::Op::Put));
    plan = computeSyncPlan(kProject, kRemoteProject, input);
    QCOMPARE(plan.items.first().action, Action::Change);
    QVERIFY(!plan.items.first().rotationOnly);
}

void TestSyncPlan::secretsCarryTheirRotationOnBothSides()
{
    LocalItem secret = localSecret();
    secret.rotation.rotatedAt = QDateTime(QDate(2025, 3, 1), QTime(8, 0), Qt::UTC);
    RemoteItem platform = remote(ItemKind::Secret, 6);
    platform.rotation = SecretRotation {QDateTime(QDate(2025, 3, 5), QTime(10, 0), Qt::UTC), RotationPolicy {14, {}}};
    const SyncPlan plan
        = computeSyncPlan(kProject, kRemoteProject, {{secret}, {}, {base(ItemKind::Secret, 5)}, {platform}});
    QCOMPARE(plan.items.size(), 1);
    const SyncPlanItem& item = plan.items.first();
    QCOMPARE(item.action, Action::SecretChangedRemotely);
    QCOMPARE(item.localRotation, secret.rotation);
    QVERIFY(item.remoteRotation.has_value());
    QCOMPARE(item.remoteRotation->policy.periodDays, 14);
    QVERIFY(!item.rotationOnly);
}

void TestSyncPlan::secretCannotTakeThePlatformsSide()
{
    const SyncPlanInput input {
        {localSecret()}, {entry(1, kSecret, OutboxEntry::Op::Put)}, {base(kSecret, 5)}, {remote(kSecret, 6)}};
    SyncPlan plan = computeSyncPlan(kProject, kRemoteProject, input);
    QCOMPARE(plan.items.size(), 1);
    QVERIFY(!plan.items.constFirst().canTakeRemote());
    plan.resolveAllConflicts(Choice::KeepLocal);
    QVERIFY(plan.unappliableChoices().isEmpty());
    plan.resolveAllConflicts(Choice::TakeRemote);
    QCOMPARE(plan.unappliableChoices().size(), 1);
    QCOMPARE(plan.unappliableChoices().constFirst()->name, kName);

    // Deleted on the platform: taking its side removes the local secret, which is applicable.
    SyncPlan removed = computeSyncPlan(
        kProject, kRemoteProject, {{localSecret()}, {entry(1, kSecret, OutboxEntry::Op::Put)}, {base(kSecret, 5)}, {}});
    QCOMPARE(removed.items.size(), 1);
    QCOMPARE(removed.items.constFirst().action, Action::Conflict);
    removed.resolveAllConflicts(Choice::TakeRemote);
    QVERIFY(removed.unappliableChoices().isEmpty());

    // A variable's platform value can always be taken.
    SyncPlan variable = computeSyncPlan(kProject, kRemoteProject,
        {{localVariable(QStringLiteral("a"))}, {putVariable(1, QStringLiteral("a"))},
            {base(kVar, 5, QStringLiteral("o"))}, {remote(kVar, 6, QStringLiteral("b"))}});
    variable.resolveAllConflicts(Choice::TakeRemote);
    QVERIFY(variable.unappliableChoices().isEmpty());
}

void TestSyncPlan::emptyPlan()
{
    QVERIFY(computeSyncPlan(kProject, kRemoteProject, {}).isEmpty());
    SyncPlan damagedOnly = computeSyncPlan(kProject, kRemoteProject, {{}, {damagedEntry(3)}, {}, {}});
    QVERIFY(damagedOnly.items.isEmpty());
    QVERIFY(!damagedOnly.isEmpty());
}

void TestSyncPlan::summaryCountsEachSide()
{
    SyncPlan plan;
    plan.items = {makeItem(Action::Add), makeItem(Action::Change), makeItem(Action::Remove), makeItem(Action::PullAdd),
        makeItem(Action::PullChange), makeItem(Action::PullRemove), makeItem(Action::SecretChangedRemotely),
        makeItem(Action::Conflict), makeItem(Action::Conflict, Choice::KeepLocal), makeItem(Action::RemoteOnly),
        makeItem(Action::Settle)};
    plan.damagedEntryIds = {4, 5};
    const SyncSummary summary = summarizeSyncPlan(plan);
    QCOMPARE(summary.toPublish, 3);
    QCOMPARE(summary.toPull, 4);
    QCOMPARE(summary.conflicts, 2);
    QCOMPARE(summary.onlyOnPlatform, 1);
    QCOMPARE(summary.settled, 1);
    QCOMPARE(summary.damagedEntries, 2);
    QVERIFY(!summary.upToDate());

    // A conflict alone is not up to date, nor is a change waiting on the platform.
    SyncPlan conflict;
    conflict.items = {makeItem(Action::Conflict)};
    QVERIFY(!summarizeSyncPlan(conflict).upToDate());
    QCOMPARE(summarizeSyncPlan(conflict).toPublish, 0);
    SyncPlan incoming;
    incoming.items = {makeItem(Action::PullChange)};
    QVERIFY(!summarizeSyncPlan(incoming).upToDate());
    SyncPlan settled;
    settled.items = {makeItem(Action::Settle), makeItem(Action::RemoteOnly)};
    QVERIFY(summarizeSyncPlan(settled).upToDate());
}

BOTVAULT_TEST_MAIN(TestSyncPlan)
#include "TestSyncPlan.moc"
