#include "storage/Vault.h"
#include "storage/VaultSchema.h"
#include "tests/support/BoundVault.h"
#include "tests/support/RawDatabase.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

// The vault as the sync engine's SyncStore: remote states (the base of the three-way comparison),
// stored /changes requests (outbox batches) and applySync, which applies one step of the engine in
// one transaction without queuing anything. Every call needs an unlocked vault, an existing project
// and its remote binding; batch bodies and remote values are as protected as any secret.

namespace {

using TestSupport::errorMessage;
using TestSupport::outcomeName;
using TestSupport::secret;
using TestSupport::secure;

const QString kUrl = QStringLiteral("https://bots.example.com");
constexpr qint64 kRemoteId = 7;
const QByteArray kToken = "bv_sync_test_token";

QByteArray flipByte(QByteArray bytes, qsizetype position)
{
    bytes[position] = static_cast<char>(bytes.at(position) ^ 0x01);
    return bytes;
}

// The files under `folder` that contain any of `needles`.
QStringList filesContaining(const QString& folder, const QList<QByteArray>& needles, int* filesScanned)
{
    QStringList hits;
    *filesScanned = 0;
    QDirIterator files(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            hits.append(QStringLiteral("unreadable %1").arg(path));
            continue;
        }
        ++*filesScanned;
        const QByteArray content = file.readAll();
        for (const QByteArray& needle : needles) {
            if (content.contains(needle) || content.contains(needle.toBase64())) {
                hits.append(QStringLiteral("%1 in %2").arg(QString::fromLatin1(needle), path));
            }
        }
    }
    return hits;
}

RemoteItemState variableState(const QString& name, qint64 revision, const QString& value, bool include = false)
{
    RemoteItemState state;
    state.kind = ItemKind::Variable;
    state.name = name;
    state.revision = revision;
    state.updatedAt = QDateTime::fromMSecsSinceEpoch(1700000000000 + revision, Qt::UTC);
    state.updatedBy = QStringLiteral("ann");
    state.value = value;
    state.includeInExport = include;
    return state;
}

RemoteItemState secretState(const QString& name, qint64 revision)
{
    RemoteItemState state;
    state.kind = ItemKind::Secret;
    state.name = name;
    state.revision = revision;
    state.updatedAt = QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC);
    state.updatedBy = QStringLiteral("bob");
    return state;
}

// One state as text, so lists compare (and fail) readably.
QString describe(const RemoteItemState& state)
{
    const QString kind = state.kind == ItemKind::Secret ? QStringLiteral("secret") : QStringLiteral("variable");
    return QStringLiteral("%1 %2 r%3 %4 by %5 =%6%7")
        .arg(kind, state.name)
        .arg(state.revision)
        .arg(state.updatedAt.toMSecsSinceEpoch())
        .arg(state.updatedBy, state.value, state.includeInExport ? QStringLiteral(" [export]") : QString());
}

QStringList describe(const Result<QList<RemoteItemState>>& states)
{
    if (!states) {
        return {QStringLiteral("error: ") + states.message()};
    }
    QStringList described;
    for (const RemoteItemState& state : states.value()) {
        described.append(describe(state));
    }
    return described;
}

// A SyncStore call reduced to its outcome, for the precondition tables.
using Call = std::function<const char*(Vault&, ProjectId)>;

} // namespace

Q_DECLARE_METATYPE(Call)
Q_DECLARE_METATYPE(SyncApply)

class TestVaultSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void callsNeedAnUnlockedVault_data();
    void callsNeedAnUnlockedVault();
    void callsNeedAProject_data();
    void callsNeedAProject();
    void callsNeedABinding_data();
    void callsNeedABinding();

    void bindingAndToken();
    void localItemsCarryNoSecretValue();
    void secretValueIsTheOneSaved();

    void batchRoundTrip();
    void invalidBatchIsRefused_data();
    void invalidBatchIsRefused();
    void entryInAnotherBatchIsRefused();
    void damagedBatchKeepsItsPlace();

    void completeBatchRemovesBatchAndEntries();
    void dropBatchKeepsEntries();
    void dropEntriesIgnoresUnknownIds();
    void putVariablesQueueNothing();
    void removeItemsNeedsNoRoleAndQueuesNothing();
    void pulledRotationLeavesTheValueAndQueuesNothing();
    void badPulledRotationChangesNothing();
    void ruleChangeQueuesARotationOnlyPut();
    void statesAreUpsertedAndCleared();
    void statesOnlyApplyEmitsNothing();
    void badApplyChangesNothing_data();
    void badApplyChangesNothing();

    void batchesAndStatesSurviveReopening();
    void newTokenForSameRemoteKeepsSyncData();
    void rebindingToAnotherRemoteDropsSyncData_data();
    void rebindingToAnotherRemoteDropsSyncData();
    void unbindingDropsSyncData();
    void removeProjectCascades();
    void noPlaintextAtRest();
    void tamperedStateIsDamaged();
    void versionOneVaultIsMigrated();

private:
    void callTable();
    bool unlock();
    // A bound project's outbox with `count` queued variable changes; their ids.
    QList<qint64> queueChanges(int count);
    // A stored batch delivering `entries`.
    qint64 addBatch(const QList<qint64>& entries, const QByteArray& key = "key-1");
    int outboxCount() { return m_vault.outboxCount(m_bound).value(); }
    QByteArray dump()
    {
        RawDatabase raw(m_path);
        return raw.dump();
    }

    QTemporaryDir* m_dir = nullptr;
    QString m_path;
    const QCA::SecureArray m_password = secure("vault sync test password");
    Vault m_vault;
    ProjectId m_bound = 0;
    ProjectId m_unbound = 0;
};

bool TestVaultSync::unlock()
{
    const auto unlocked = m_vault.unlock(m_path, SecretValue(m_password));
    if (!unlocked) {
        qWarning("%s", qPrintable(unlocked.message()));
    }
    return unlocked.ok();
}

// "Shop" is bound and has a secret and a variable; "Local" is not bound.
void TestVaultSync::init()
{
    m_dir = new QTemporaryDir();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("vault.db"));
    QVERIFY(Vault::create(m_path, SecretValue(m_password), TestSupport::fastKdfParams()).ok());
    QVERIFY(unlock());
    m_vault.setActor(Actor::localOwner(QStringLiteral("owner")));
    const auto projects = TestSupport::addBoundAndLocalProjects(m_vault, kUrl, kRemoteId, QCA::SecureArray(kToken));
    QVERIFY2(projects.ok(), qPrintable(errorMessage(projects)));
    m_bound = projects->bound;
    m_unbound = projects->unbound;
}

void TestVaultSync::cleanup()
{
    m_vault.lock();
    delete m_dir;
    m_dir = nullptr;
}

QList<qint64> TestVaultSync::queueChanges(int count)
{
    for (int i = 0; i < count; ++i) {
        if (!m_vault.setVariable(m_bound, QStringLiteral("V_%1").arg(i), QString::number(i)).ok()) {
            return {};
        }
    }
    QList<qint64> ids;
    const auto outbox = m_vault.outbox(m_bound);
    for (const OutboxEntry& entry : outbox.value()) {
        ids.append(entry.id);
    }
    return ids;
}

qint64 TestVaultSync::addBatch(const QList<qint64>& entries, const QByteArray& key)
{
    const auto added = m_vault.addOutboxBatch(m_bound, key, "{\"changes\":[]}", entries);
    if (!added) {
        qWarning("%s", qPrintable(added.message()));
        return 0;
    }
    return added.value();
}

void TestVaultSync::callTable()
{
    QTest::addColumn<Call>("call");
    QTest::newRow("syncBinding") << Call([](Vault& v, ProjectId p) { return outcomeName(v.syncBinding(p)); });
    QTest::newRow("syncLocalItems") << Call([](Vault& v, ProjectId p) { return outcomeName(v.syncLocalItems(p)); });
    QTest::newRow("syncToken") << Call([](Vault& v, ProjectId p) { return outcomeName(v.syncToken(p)); });
    QTest::newRow("syncSecretValue") << Call(
        [](Vault& v, ProjectId p) { return outcomeName(v.syncSecretValue(p, QStringLiteral("API_KEY"))); });
    QTest::newRow("remoteStates") << Call([](Vault& v, ProjectId p) { return outcomeName(v.remoteStates(p)); });
    QTest::newRow("addOutboxBatch") << Call(
        [](Vault& v, ProjectId p) { return outcomeName(v.addOutboxBatch(p, "key", "{}", {})); });
    QTest::newRow("outboxBatches") << Call([](Vault& v, ProjectId p) { return outcomeName(v.outboxBatches(p)); });
    QTest::newRow("applySync") << Call([](Vault& v, ProjectId p) {
        SyncApply apply;
        apply.setStates = {variableState(QStringLiteral("URL"), 1, QStringLiteral("u"))};
        return outcomeName(v.applySync(p, apply));
    });
}

void TestVaultSync::callsNeedAnUnlockedVault_data()
{
    callTable();
}

void TestVaultSync::callsNeedAnUnlockedVault()
{
    QFETCH(Call, call);
    m_vault.lock();
    QCOMPARE(call(m_vault, m_bound), "Locked");
}

void TestVaultSync::callsNeedAProject_data()
{
    callTable();
}

void TestVaultSync::callsNeedAProject()
{
    QFETCH(Call, call);
    QCOMPARE(call(m_vault, m_bound + m_unbound + 1000), "NotFound");
}

void TestVaultSync::callsNeedABinding_data()
{
    callTable();
}

void TestVaultSync::callsNeedABinding()
{
    QFETCH(Call, call);
    const QByteArray before = dump();
    QCOMPARE(call(m_vault, m_unbound), "InvalidInput");
    QCOMPARE(dump(), before);
    // The same call is fine once the project is bound.
    QVERIFY(m_vault.setRemoteBinding(m_unbound, kUrl, kRemoteId + 1, SecretValue(QCA::SecureArray(kToken))).ok());
    QCOMPARE(call(m_vault, m_unbound), "ok");
}

void TestVaultSync::bindingAndToken()
{
    const auto binding = m_vault.syncBinding(m_bound);
    QVERIFY2(binding.ok(), qPrintable(errorMessage(binding)));
    QCOMPARE(binding->url, kUrl);
    QCOMPARE(binding->remoteProjectId, kRemoteId);
    const auto token = m_vault.syncToken(m_bound);
    QVERIFY(token.ok());
    QCOMPARE(token->bytes().toByteArray(), kToken);
    const auto unbound = m_vault.syncBinding(m_unbound);
    QVERIFY(unbound.message().contains(QLatin1String("not bound")));
}

void TestVaultSync::localItemsCarryNoSecretValue()
{
    QVERIFY(m_vault.setVariable(m_bound, QStringLiteral("LANG"), QStringLiteral("en"), false).ok());
    const auto items = m_vault.syncLocalItems(m_bound);
    QVERIFY2(items.ok(), qPrintable(errorMessage(items)));
    QStringList described;
    for (const LocalItem& item : items.value()) {
        described.append(
            QStringLiteral("%1 %2=%3%4")
                .arg(item.kind == ItemKind::Secret ? QStringLiteral("secret") : QStringLiteral("variable"), item.name,
                    item.value, item.includeInExport ? QStringLiteral(" [export]") : QString()));
    }
    QCOMPARE(described,
        (QStringList {QStringLiteral("secret API_KEY="), QStringLiteral("variable LANG=en"),
            QStringLiteral("variable URL=https://old [export]")}));
}

void TestVaultSync::secretValueIsTheOneSaved()
{
    const QByteArray value = "line one\nzweite Zeile \xc3\xa4\xe2\x82\xac";
    QVERIFY(m_vault.setSecret(m_bound, QStringLiteral("API_KEY"), SecretValue(QCA::SecureArray(value))).ok());
    const auto read = m_vault.syncSecretValue(m_bound, QStringLiteral("API_KEY"));
    QVERIFY2(read.ok(), qPrintable(errorMessage(read)));
    QCOMPARE(read->bytes().toByteArray(), value);
    QCOMPARE(outcomeName(m_vault.syncSecretValue(m_bound, QStringLiteral("MISSING"))), "NotFound");
    // A variable of that name is not a secret.
    QCOMPARE(outcomeName(m_vault.syncSecretValue(m_bound, QStringLiteral("URL"))), "NotFound");
}

void TestVaultSync::batchRoundTrip()
{
    const QList<qint64> entries = queueChanges(3);
    QCOMPARE(entries.size(), 3);
    const QByteArray body = "{\"changes\":[{\"op\":\"put\"}]}";
    const auto first = m_vault.addOutboxBatch(m_bound, "first-key", body, {entries.at(0), entries.at(1)});
    QVERIFY2(first.ok(), qPrintable(errorMessage(first)));
    const auto second = m_vault.addOutboxBatch(m_bound, "second-key", "{}", {});
    QVERIFY(second.ok());
    QVERIFY(second.value() > first.value());

    const auto batches = m_vault.outboxBatches(m_bound);
    QVERIFY(batches.ok());
    QCOMPARE(batches->size(), 2);
    QCOMPARE(batches->at(0).id, first.value());
    QCOMPARE(batches->at(0).idempotencyKey, QByteArray("first-key"));
    QCOMPARE(batches->at(0).body, body);
    QCOMPARE(batches->at(0).entryIds, (QList<qint64> {entries.at(0), entries.at(1)}));
    QVERIFY(qAbs(batches->at(0).created.secsTo(QDateTime::currentDateTimeUtc())) < 3600);
    QVERIFY(!batches->at(0).damaged);
    QCOMPARE(batches->at(1).id, second.value());
    QCOMPARE(batches->at(1).entryIds, QList<qint64>());
    // Storing a batch leaves the outbox as it was: its entries are acknowledged only on completion.
    QCOMPARE(outboxCount(), 3);
}

void TestVaultSync::invalidBatchIsRefused_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("entries"); // which entry ids: see invalidBatchIsRefused

    const QByteArray body = "{}";
    QTest::newRow("empty key") << QByteArray() << body << 0;
    QTest::newRow("key with a space") << QByteArray("a b") << body << 0;
    QTest::newRow("key with a line break") << QByteArray("a\r\nX: 1") << body << 0;
    QTest::newRow("key with DEL") << QByteArray("a\x7f") << body << 0;
    QTest::newRow("key with a non-ASCII byte") << QByteArray("a\xc3\xa4") << body << 0;
    QTest::newRow("key of 256 characters") << QByteArray(256, 'k') << body << 0;
    QTest::newRow("empty body") << QByteArray("key") << QByteArray() << 0;
    QTest::newRow("body over the limit") << QByteArray("key") << QByteArray(Vault::kMaxBatchBodyBytes + 1, 'b') << 0;
    QTest::newRow("entry not queued") << QByteArray("key") << body << 1;
    QTest::newRow("entry of another project") << QByteArray("key") << body << 2;
    QTest::newRow("entry listed twice") << QByteArray("key") << body << 3;
}

void TestVaultSync::invalidBatchIsRefused()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, body);
    QFETCH(int, entries);
    const QList<qint64> queued = queueChanges(1);
    QVERIFY(m_vault.setRemoteBinding(m_unbound, kUrl, kRemoteId + 1, SecretValue(QCA::SecureArray(kToken))).ok());
    QVERIFY(m_vault.setVariable(m_unbound, QStringLiteral("URL"), QStringLiteral("other")).ok());
    const qint64 otherProjectsEntry = m_vault.outbox(m_unbound)->at(0).id;
    QList<qint64> ids;
    switch (entries) {
    case 1:
        ids = {queued.at(0), otherProjectsEntry + 1000};
        break;
    case 2:
        ids = {otherProjectsEntry};
        break;
    case 3:
        ids = {queued.at(0), queued.at(0)};
        break;
    default:
        ids = queued;
    }
    const QByteArray before = dump();
    const auto added = m_vault.addOutboxBatch(m_bound, key, body, ids);
    QCOMPARE(outcomeName(added), "InvalidInput");
    QCOMPARE(dump(), before);
    // The valid form of the same request is stored.
    QVERIFY(m_vault.addOutboxBatch(m_bound, "key", "{}", queued).ok());
}

void TestVaultSync::entryInAnotherBatchIsRefused()
{
    const QList<qint64> entries = queueChanges(3);
    QVERIFY(addBatch({entries.at(0), entries.at(1)}) != 0);
    const auto again = m_vault.addOutboxBatch(m_bound, "key-2", "{}", {entries.at(2), entries.at(1)});
    QCOMPARE(outcomeName(again), "InvalidInput");
    QCOMPARE(m_vault.outboxBatches(m_bound)->size(), 1);
    QVERIFY(addBatch({entries.at(2)}, "key-3") != 0);
}

void TestVaultSync::damagedBatchKeepsItsPlace()
{
    const QList<qint64> entries = queueChanges(3);
    const qint64 first = addBatch({entries.at(0)}, "key-1");
    const qint64 middle = addBatch({entries.at(1)}, "key-2");
    const qint64 last = addBatch({}, "key-3");
    m_vault.lock();
    {
        RawDatabase raw(m_path);
        const QByteArray record = raw.blob("SELECT record FROM outbox_batches WHERE id = ?1", middle);
        QVERIFY(!record.isEmpty());
        QVERIFY(raw.updateBlob("UPDATE outbox_batches SET record = ?1 WHERE id = ?2", flipByte(record, 20), middle));
    }
    QVERIFY(unlock());
    const auto batches = m_vault.outboxBatches(m_bound);
    QVERIFY2(batches.ok(), qPrintable(errorMessage(batches)));
    QCOMPARE(batches->size(), 3);
    QCOMPARE(batches->at(0).id, first);
    QVERIFY(!batches->at(0).damaged);
    QCOMPARE(batches->at(1).id, middle);
    QVERIFY(batches->at(1).damaged);
    QVERIFY(batches->at(1).body.isEmpty());
    QVERIFY(batches->at(1).idempotencyKey.isEmpty());
    QCOMPARE(batches->at(2).id, last);
    QCOMPARE(batches->at(2).idempotencyKey, QByteArray("key-3"));

    // Its entries are unknown, so no new batch is stored until it is dropped, and it cannot complete.
    QCOMPARE(outcomeName(m_vault.addOutboxBatch(m_bound, "key-4", "{}", {entries.at(2)})), "Damaged");
    SyncApply complete;
    complete.completeBatch = middle;
    QCOMPARE(outcomeName(m_vault.applySync(m_bound, complete)), "Damaged");
    SyncApply drop;
    drop.dropBatch = middle;
    QVERIFY(m_vault.applySync(m_bound, drop).ok());
    QCOMPARE(outboxCount(), 3);
    QVERIFY(m_vault.addOutboxBatch(m_bound, "key-4", "{}", {entries.at(2)}).ok());
}

void TestVaultSync::completeBatchRemovesBatchAndEntries()
{
    const QList<qint64> entries = queueChanges(3);
    const qint64 batch = addBatch({entries.at(0), entries.at(2)});
    const qint64 other = addBatch({entries.at(1)}, "key-2");
    QSignalSpy outboxChanged(&m_vault, &Vault::outboxChanged);
    QSignalSpy itemsReset(&m_vault, &Vault::itemsReset);
    SyncApply apply;
    apply.completeBatch = batch;
    QVERIFY(m_vault.applySync(m_bound, apply).ok());
    const auto remaining = m_vault.outbox(m_bound);
    QCOMPARE(remaining->size(), 1);
    QCOMPARE(remaining->at(0).id, entries.at(1));
    QCOMPARE(m_vault.outboxBatches(m_bound)->size(), 1);
    QCOMPARE(m_vault.outboxBatches(m_bound)->at(0).id, other);
    QCOMPARE(outboxChanged.size(), 1);
    QCOMPARE(outboxChanged.at(0).at(0).value<ProjectId>(), m_bound);
    QCOMPARE(itemsReset.size(), 0);
    // Completing it again (it is gone) is refused.
    QCOMPARE(outcomeName(m_vault.applySync(m_bound, apply)), "NotFound");
}

void TestVaultSync::dropBatchKeepsEntries()
{
    const QList<qint64> entries = queueChanges(2);
    const qint64 batch = addBatch(entries);
    SyncApply apply;
    apply.dropBatch = batch;
    QVERIFY(m_vault.applySync(m_bound, apply).ok());
    QCOMPARE(m_vault.outboxBatches(m_bound)->size(), 0);
    QCOMPARE(outboxCount(), 2);
    // The entries are free for a new batch.
    QVERIFY(addBatch(entries, "key-2") != 0);
}

void TestVaultSync::dropEntriesIgnoresUnknownIds()
{
    const QList<qint64> entries = queueChanges(3);
    QVERIFY(m_vault.setRemoteBinding(m_unbound, kUrl, kRemoteId + 1, SecretValue(QCA::SecureArray(kToken))).ok());
    QVERIFY(m_vault.setVariable(m_unbound, QStringLiteral("URL"), QStringLiteral("other")).ok());
    const qint64 otherProjectsEntry = m_vault.outbox(m_unbound)->at(0).id;
    SyncApply apply;
    apply.dropEntries = {entries.at(1), otherProjectsEntry, otherProjectsEntry + 1000};
    QVERIFY(m_vault.applySync(m_bound, apply).ok());
    const auto remaining = m_vault.outbox(m_bound);
    QCOMPARE(remaining->size(), 2);
    QCOMPARE(remaining->at(0).id, entries.at(0));
    QCOMPARE(remaining->at(1).id, entries.at(2));
    QCOMPARE(m_vault.outboxCount(m_unbound).value(), 1);
}

void TestVaultSync::putVariablesQueueNothing()
{
    QSignalSpy itemsReset(&m_vault, &Vault::itemsReset);
    QSignalSpy outboxChanged(&m_vault, &Vault::outboxChanged);
    m_vault.setActor(Actor::localOwner(QStringLiteral("puller")));
    SyncApply apply;
    apply.putVariables = {{QStringLiteral("URL"), QStringLiteral("https://remote"), false, {}, {}},
        {QStringLiteral("NEW"), QStringLiteral("multi\nline \xc3\xa4"), true, {}, {}}};
    QVERIFY(m_vault.applySync(m_bound, apply).ok());
    QCOMPARE(outboxCount(), 0);
    QCOMPARE(outboxChanged.size(), 0);
    QCOMPARE(itemsReset.size(), 1);
    QCOMPARE(itemsReset.at(0).at(0).value<ProjectId>(), m_bound);
    const auto url = m_vault.variable(m_bound, QStringLiteral("URL"));
    QCOMPARE(url->value, QStringLiteral("https://remote"));
    QVERIFY(!url->includeInExport);
    QCOMPARE(url->updatedBy, QStringLiteral("puller"));
    const auto created = m_vault.variable(m_bound, QStringLiteral("NEW"));
    QVERIFY(created.ok());
    QCOMPARE(created->value, QStringLiteral("multi\nline \xc3\xa4"));
    QVERIFY(created->includeInExport);
    QCOMPARE(created->updatedBy, QStringLiteral("puller"));
}

void TestVaultSync::removeItemsNeedsNoRoleAndQueuesNothing()
{
    // Without the secrets-admin role the admin's own writes of secrets are refused, but a removal
    // the platform has already made is still applied.
    m_vault.setActor(Actor {QStringLiteral("dev"), {Role::Developer}});
    QCOMPARE(outcomeName(m_vault.removeSecret(m_bound, QStringLiteral("API_KEY"))), "PermissionDenied");
    SyncApply apply;
    apply.removeItems = {{ItemKind::Secret, QStringLiteral("API_KEY")}, {ItemKind::Variable, QStringLiteral("URL")},
        {ItemKind::Variable, QStringLiteral("MISSING")}};
    QVERIFY(m_vault.applySync(m_bound, apply).ok());
    QCOMPARE(outcomeName(m_vault.secretValue(m_bound, QStringLiteral("API_KEY"))), "NotFound");
    QCOMPARE(outcomeName(m_vault.variable(m_bound, QStringLiteral("URL"))), "NotFound");
    QCOMPARE(outboxCount(), 0);
    // The other project's items of the same names are untouched.
    QVERIFY(m_vault.secretValue(m_unbound, QStringLiteral("API_KEY")).ok());
}

void TestVaultSync::pulledRotationLeavesTheValueAndQueuesNothing()
{
    // Without the secrets-admin role too: the platform has already made the change.
    m_vault.setActor(Actor {QStringLiteral("dev"), {Role::Developer}});
    const QDateTime rotatedAt = QDateTime::fromMSecsSinceEpoch(1700000000123, Qt::UTC);
    SyncApply apply;
    apply.secretRotations = {PulledSecretRotation {QStringLiteral("API_KEY"),
                                 SecretRotation {rotatedAt, RotationPolicy {30, {}}}, QStringLiteral("bob")},
        PulledSecretRotation {QStringLiteral("MISSING"), SecretRotation {rotatedAt, RotationPolicy {7, {}}}, {}}};
    QSignalSpy reset(&m_vault, &Vault::itemsReset);
    QVERIFY(m_vault.applySync(m_bound, apply).ok());
    QCOMPARE(reset.size(), 1);
    const QList<SecretSummary> secrets = m_vault.secrets(m_bound).value();
    QCOMPARE(secrets.size(), 1);
    QCOMPARE(secrets.first().rotation.periodDays, 30);
    QCOMPARE(secrets.first().rotatedAt, rotatedAt);
    QCOMPARE(secrets.first().updatedBy, QStringLiteral("platform:bob"));
    QCOMPARE(
        TestSupport::plain(m_vault.secretValue(m_bound, QStringLiteral("API_KEY")).value()), QByteArray("old-key"));
    QCOMPARE(outboxCount(), 0);
    const QList<AuditEntry> entries = m_vault.auditEntries().value();
    QCOMPARE(entries.last().action, AuditAction::RotationChanged);
    QCOMPARE(entries.last().detail, QStringLiteral("every 30 days (pulled, platform:bob)"));
    // The same again changes nothing.
    QVERIFY(m_vault.applySync(m_bound, apply).ok());
    QCOMPARE(m_vault.auditEntries().value().size(), entries.size());
    // The other project's secret of the same name is untouched.
    QVERIFY(!m_vault.secrets(m_unbound).value().first().rotation.isSet());
}

void TestVaultSync::badPulledRotationChangesNothing()
{
    const QByteArray before = dump();
    SyncApply apply;
    apply.secretRotations = {PulledSecretRotation {QStringLiteral("API_KEY"),
        SecretRotation {QDateTime::currentDateTimeUtc(), RotationPolicy {30, QDate(2030, 1, 1)}}, {}}};
    apply.setStates = {secretState(QStringLiteral("API_KEY"), 5)};
    QCOMPARE(outcomeName(m_vault.applySync(m_bound, apply)), "InvalidInput");
    QCOMPARE(dump(), before);
}

void TestVaultSync::ruleChangeQueuesARotationOnlyPut()
{
    QCOMPARE(outboxCount(), 0);
    QVERIFY(m_vault.setSecretRotation(m_bound, QStringLiteral("API_KEY"), RotationPolicy {30, {}}).ok());
    QVERIFY(m_vault.setSecret(m_bound, QStringLiteral("API_KEY"), SecretValue(secure("new-key"))).ok());
    const QList<OutboxEntry> entries = m_vault.outbox(m_bound).value();
    QCOMPARE(entries.size(), 2);
    QVERIFY(entries.at(0).rotationOnly);
    QCOMPARE(TestSupport::plain(entries.at(0).secretValue), QByteArray("old-key"));
    QVERIFY(!entries.at(1).rotationOnly);
    // The local items carry the rule and the age for publishing.
    const Result<QList<LocalItem>> local = m_vault.syncLocalItems(m_bound);
    QVERIFY(local.ok());
    for (const LocalItem& item : local.value()) {
        if (item.kind == ItemKind::Secret) {
            QCOMPARE(item.rotation.policy.periodDays, 30);
            QVERIFY(item.rotation.rotatedAt.isValid());
        }
    }
}

void TestVaultSync::statesAreUpsertedAndCleared()
{
    QCOMPARE(describe(m_vault.remoteStates(m_bound)), QStringList());
    SyncApply first;
    first.setStates = {variableState(QStringLiteral("URL"), 3, QStringLiteral("https://r"), true),
        secretState(QStringLiteral("API_KEY"), 5), variableState(QStringLiteral("LANG"), 1, QString())};
    QVERIFY(m_vault.applySync(m_bound, first).ok());
    // Secrets first, then variables, each by name; a secret's state carries no value.
    QCOMPARE(describe(m_vault.remoteStates(m_bound)),
        (QStringList {QStringLiteral("secret API_KEY r5 1700000000000 by bob ="),
            QStringLiteral("variable LANG r1 1700000000001 by ann ="),
            QStringLiteral("variable URL r3 1700000000003 by ann =https://r [export]")}));

    SyncApply second;
    second.setStates = {variableState(QStringLiteral("URL"), 4, QStringLiteral("https://s"))};
    second.clearStates = {{ItemKind::Variable, QStringLiteral("LANG")}, {ItemKind::Secret, QStringLiteral("NONE")},
        {ItemKind::Variable, QStringLiteral("URL")}};
    QVERIFY(m_vault.applySync(m_bound, second).ok());
    // URL was cleared and set in one step: the set comes last.
    QCOMPARE(describe(m_vault.remoteStates(m_bound)),
        (QStringList {QStringLiteral("secret API_KEY r5 1700000000000 by bob ="),
            QStringLiteral("variable URL r4 1700000000004 by ann =https://s")}));
    m_vault.lock();
    QCOMPARE(RawDatabase(m_path).integer("SELECT count(*) FROM remote_state"), qint64(2));
}

void TestVaultSync::statesOnlyApplyEmitsNothing()
{
    QSignalSpy itemsReset(&m_vault, &Vault::itemsReset);
    QSignalSpy outboxChanged(&m_vault, &Vault::outboxChanged);
    SyncApply apply;
    apply.setStates = {variableState(QStringLiteral("URL"), 3, QStringLiteral("u"))};
    apply.dropEntries = {123456};
    apply.removeItems = {{ItemKind::Variable, QStringLiteral("MISSING")}};
    QVERIFY(m_vault.applySync(m_bound, apply).ok());
    QCOMPARE(itemsReset.size(), 0);
    QCOMPARE(outboxChanged.size(), 0);
}

void TestVaultSync::badApplyChangesNothing_data()
{
    QTest::addColumn<SyncApply>("apply");
    QTest::addColumn<QString>("code");

    // Each one has valid parts before the bad one, which must not be written either.
    SyncApply valid;
    valid.dropEntries = {0}; // replaced by the first queued entry in the test
    valid.putVariables = {{QStringLiteral("GOOD"), QStringLiteral("g"), false, {}, {}}};
    valid.removeItems = {{ItemKind::Secret, QStringLiteral("API_KEY")}};
    valid.setStates = {variableState(QStringLiteral("URL"), 2, QStringLiteral("u"))};

    SyncApply apply = valid;
    apply.putVariables.append({QStringLiteral("bad-name"), QStringLiteral("x"), false, {}, {}});
    QTest::newRow("bad variable name") << apply << QStringLiteral("InvalidInput");
    apply = valid;
    apply.putVariables.append(
        {QStringLiteral("BIG"), QString(Vault::kMaxValueBytes + 1, QLatin1Char('x')), false, {}, {}});
    QTest::newRow("variable value over 64 KiB") << apply << QStringLiteral("InvalidInput");
    apply = valid;
    apply.removeItems.append({static_cast<ItemKind>(9), QStringLiteral("X")});
    QTest::newRow("unknown item kind") << apply << QStringLiteral("InvalidInput");
    apply = valid;
    apply.setStates.append(variableState(QStringLiteral("a b"), 1, QString()));
    QTest::newRow("bad state name") << apply << QStringLiteral("InvalidInput");
    apply = valid;
    apply.setStates.append(variableState(QStringLiteral("NEG"), -1, QString()));
    QTest::newRow("negative revision") << apply << QStringLiteral("InvalidInput");
    apply = valid;
    apply.clearStates.append({ItemKind::Variable, QString()});
    QTest::newRow("empty name to clear") << apply << QStringLiteral("InvalidInput");
    apply = valid;
    apply.completeBatch = 987654;
    QTest::newRow("batch to complete not stored") << apply << QStringLiteral("NotFound");
    apply = valid;
    apply.dropBatch = 987654;
    QTest::newRow("batch to drop not stored") << apply << QStringLiteral("NotFound");
}

void TestVaultSync::badApplyChangesNothing()
{
    QFETCH(SyncApply, apply);
    QFETCH(QString, code);
    const QList<qint64> entries = queueChanges(2);
    QVERIFY(addBatch({entries.at(1)}) != 0);
    apply.dropEntries = {entries.at(0)};
    QSignalSpy itemsReset(&m_vault, &Vault::itemsReset);
    QSignalSpy outboxChanged(&m_vault, &Vault::outboxChanged);
    const QByteArray before = dump();
    const auto applied = m_vault.applySync(m_bound, apply);
    QCOMPARE(QString::fromLatin1(outcomeName(applied)), code);
    QCOMPARE(dump(), before);
    QCOMPARE(itemsReset.size(), 0);
    QCOMPARE(outboxChanged.size(), 0);
}

void TestVaultSync::batchesAndStatesSurviveReopening()
{
    const QList<qint64> entries = queueChanges(2);
    const qint64 batch = addBatch(entries, "reopen-key");
    SyncApply apply;
    apply.setStates = {variableState(QStringLiteral("URL"), 9, QStringLiteral("https://r"), true)};
    QVERIFY(m_vault.applySync(m_bound, apply).ok());
    const QStringList states = describe(m_vault.remoteStates(m_bound));
    QCOMPARE(states.size(), 1);

    m_vault.lock();
    QVERIFY(unlock());
    QCOMPARE(describe(m_vault.remoteStates(m_bound)), states);
    QCOMPARE(m_vault.outboxBatches(m_bound)->at(0).id, batch);
    m_vault.lock();

    Vault reopened;
    QVERIFY(reopened.unlock(m_path, SecretValue(m_password)).ok());
    QCOMPARE(describe(reopened.remoteStates(m_bound)), states);
    const auto batches = reopened.outboxBatches(m_bound);
    QVERIFY(batches.ok());
    QCOMPARE(batches->size(), 1);
    QCOMPARE(batches->at(0).id, batch);
    QCOMPARE(batches->at(0).idempotencyKey, QByteArray("reopen-key"));
    QCOMPARE(batches->at(0).entryIds, entries);
    reopened.lock();
    QVERIFY(unlock());
}

void TestVaultSync::newTokenForSameRemoteKeepsSyncData()
{
    const QList<qint64> entries = queueChanges(1);
    QVERIFY(addBatch(entries) != 0);
    SyncApply apply;
    apply.setStates = {secretState(QStringLiteral("API_KEY"), 2)};
    QVERIFY(m_vault.applySync(m_bound, apply).ok());
    QVERIFY(m_vault.setRemoteBinding(m_bound, kUrl + QLatin1Char('/'), kRemoteId, secret("renewed-token")).ok());
    QCOMPARE(m_vault.syncToken(m_bound)->bytes().toByteArray(), QByteArray("renewed-token"));
    QCOMPARE(m_vault.outboxBatches(m_bound)->size(), 1);
    QCOMPARE(m_vault.remoteStates(m_bound)->size(), 1);
    QCOMPARE(outboxCount(), 1);
}

void TestVaultSync::rebindingToAnotherRemoteDropsSyncData_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<qint64>("remoteId");
    QTest::newRow("another remote project") << kUrl << kRemoteId + 1;
    QTest::newRow("another platform") << QStringLiteral("https://other.example.com") << kRemoteId;
}

void TestVaultSync::rebindingToAnotherRemoteDropsSyncData()
{
    QFETCH(QString, url);
    QFETCH(qint64, remoteId);
    const QList<qint64> entries = queueChanges(1);
    QVERIFY(addBatch(entries) != 0);
    SyncApply apply;
    apply.setStates = {secretState(QStringLiteral("API_KEY"), 2)};
    QVERIFY(m_vault.applySync(m_bound, apply).ok());
    // The other project's sync data is not touched.
    QVERIFY(m_vault.setRemoteBinding(m_unbound, kUrl, kRemoteId + 5, SecretValue(QCA::SecureArray(kToken))).ok());
    QVERIFY(m_vault.applySync(m_unbound, apply).ok());

    QVERIFY(m_vault.setRemoteBinding(m_bound, url, remoteId, SecretValue(QCA::SecureArray(kToken))).ok());
    QCOMPARE(m_vault.outboxBatches(m_bound)->size(), 0);
    QCOMPARE(m_vault.remoteStates(m_bound)->size(), 0);
    QCOMPARE(m_vault.remoteStates(m_unbound)->size(), 1);
    m_vault.lock();
    RawDatabase raw(m_path);
    QCOMPARE(raw.integer("SELECT count(*) FROM outbox_batches"), qint64(0));
    QCOMPARE(raw.integer("SELECT count(*) FROM remote_state"), qint64(1));
}

void TestVaultSync::unbindingDropsSyncData()
{
    const QList<qint64> entries = queueChanges(1);
    QVERIFY(addBatch(entries) != 0);
    SyncApply apply;
    apply.setStates = {secretState(QStringLiteral("API_KEY"), 2)};
    QVERIFY(m_vault.applySync(m_bound, apply).ok());
    QVERIFY(m_vault.clearRemoteBinding(m_bound).ok());
    m_vault.lock();
    RawDatabase raw(m_path);
    QCOMPARE(raw.integer("SELECT count(*) FROM outbox_batches"), qint64(0));
    QCOMPARE(raw.integer("SELECT count(*) FROM remote_state"), qint64(0));
}

void TestVaultSync::removeProjectCascades()
{
    const QList<qint64> entries = queueChanges(1);
    QVERIFY(addBatch(entries) != 0);
    SyncApply apply;
    apply.setStates = {secretState(QStringLiteral("API_KEY"), 2)};
    QVERIFY(m_vault.applySync(m_bound, apply).ok());
    QVERIFY(m_vault.removeProject(m_bound).ok());
    m_vault.lock();
    RawDatabase raw(m_path);
    QCOMPARE(raw.integer("SELECT count(*) FROM outbox_batches"), qint64(0));
    QCOMPARE(raw.integer("SELECT count(*) FROM remote_state"), qint64(0));
}

void TestVaultSync::noPlaintextAtRest()
{
    const QByteArray run = QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    const QByteArray secretCanary = "BatchSecretCanary" + run;
    const QByteArray variableCanary = "StateVariableCanary" + run;
    const QByteArray keyCanary = "IdempotencyCanary" + run;
    const QByteArray body = "{\"changes\":[{\"kind\":\"secret\",\"value\":\"" + secretCanary + "\"}]}";
    QVERIFY(m_vault.addOutboxBatch(m_bound, keyCanary, body, {}).ok());
    SyncApply apply;
    apply.setStates = {variableState(QStringLiteral("URL"), 2, QString::fromLatin1(variableCanary))};
    QVERIFY(m_vault.applySync(m_bound, apply).ok());
    // Written but not yet checkpointed: the WAL holds the new pages.
    QVERIFY(m_vault.addOutboxBatch(m_bound, keyCanary + "2", body, {}).ok());
    QVERIFY(QFile::exists(m_path + QStringLiteral("-wal")));

    const QList<QByteArray> canaries {secretCanary, variableCanary, keyCanary};
    int files = 0;
    QStringList hits = filesContaining(m_dir->path(), canaries, &files);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    QVERIFY(files >= 2);
    m_vault.lock();
    hits = filesContaining(m_dir->path(), canaries, &files);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    QVERIFY(files >= 1);
}

void TestVaultSync::tamperedStateIsDamaged()
{
    SyncApply apply;
    apply.setStates = {variableState(QStringLiteral("URL"), 2, QStringLiteral("StateValue")),
        variableState(QStringLiteral("LANG"), 2, QStringLiteral("en"))};
    QVERIFY(m_vault.applySync(m_bound, apply).ok());
    m_vault.lock();
    {
        RawDatabase raw(m_path);
        const qint64 id = raw.integer("SELECT min(id) FROM remote_state");
        const QByteArray record = raw.blob("SELECT record FROM remote_state WHERE id = ?1", id);
        QVERIFY(raw.updateBlob("UPDATE remote_state SET record = ?1 WHERE id = ?2", flipByte(record, 25), id));
    }
    QVERIFY(unlock());
    const auto states = m_vault.remoteStates(m_bound);
    QCOMPARE(outcomeName(states), "Damaged");
    QVERIFY(!states.message().contains(QLatin1String("StateValue")));
    QVERIFY(!states.message().contains(QLatin1String("URL")));
    // Everything else of the project still opens.
    QCOMPARE(m_vault.variable(m_bound, QStringLiteral("URL"))->value, QStringLiteral("https://old"));
    QVERIFY(m_vault.syncLocalItems(m_bound).ok());
}

void TestVaultSync::versionOneVaultIsMigrated()
{
    QVERIFY(m_vault.clearRemoteBinding(m_bound).ok());
    m_vault.lock();
    {
        // What a vault written before remote binding existed looks like.
        RawDatabase raw(m_path);
        QVERIFY(raw.exec("DROP TABLE outbox_batches; DROP TABLE remote_state; DROP TABLE outbox; "
                         "DROP TABLE credentials; PRAGMA user_version = 1;"));
    }
    QVERIFY(unlock());
    QCOMPARE(RawDatabase(m_path).integer("PRAGMA user_version"), qint64(VaultSchema::kCurrentVersion));
    QCOMPARE(RawDatabase(m_path).integer("SELECT count(*) FROM sqlite_schema WHERE name IN ('remote_state', "
                                         "'outbox_batches')"),
        qint64(2));
    QVERIFY(m_vault.setRemoteBinding(m_bound, kUrl, kRemoteId, SecretValue(QCA::SecureArray(kToken))).ok());
    const QList<qint64> entries = queueChanges(1);
    QVERIFY(addBatch(entries) != 0);
    SyncApply apply;
    apply.setStates = {secretState(QStringLiteral("API_KEY"), 2)};
    QVERIFY(m_vault.applySync(m_bound, apply).ok());
    QCOMPARE(m_vault.remoteStates(m_bound)->size(), 1);
    QCOMPARE(m_vault.syncSecretValue(m_bound, QStringLiteral("API_KEY"))->bytes().toByteArray(), QByteArray("old-key"));
    QVERIFY(m_vault.checkIntegrity().ok());
}

BOTVAULT_TEST_MAIN(TestVaultSync)
#include "TestVaultSync.moc"
