#include "sync/ChangeBatch.h"

#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QTest>

using TestSupport::errorMessage;

namespace {

BatchChange variablePut(const QString& name, const QString& value, qint64 ifRevision = 0, QList<qint64> ids = {})
{
    BatchChange change;
    change.kind = ItemKind::Variable;
    change.name = name;
    change.value = value;
    change.includeInExport = true;
    change.ifRevision = ifRevision;
    change.entryIds = std::move(ids);
    return change;
}

BatchChange removal(ItemKind kind, const QString& name, qint64 ifRevision, QList<qint64> ids = {})
{
    BatchChange change;
    change.put = false;
    change.kind = kind;
    change.name = name;
    change.ifRevision = ifRevision;
    change.entryIds = std::move(ids);
    return change;
}

QJsonObject parse(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    return error.error == QJsonParseError::NoError ? document.object()
                                                   : QJsonObject {{QStringLiteral("unparsable"), true}};
}

// The batches of `changes` split with the given limits.
std::vector<ChangeBatch> splitAll(const QList<BatchChange>& changes, int maxChanges, qint64 maxBytes)
{
    QList<QByteArray> encoded;
    for (const BatchChange& change : changes) {
        encoded.append(ChangeBatch::encodeChange(change));
    }
    return ChangeBatch::split(changes, encoded, maxChanges, maxBytes);
}

QJsonObject result(const QString& kind, const QString& name, qint64 revision)
{
    return {{QStringLiteral("kind"), kind}, {QStringLiteral("name"), name}, {QStringLiteral("revision"), revision},
        {QStringLiteral("updatedAt"), QStringLiteral("2026-03-01T10:00:00.250Z")}};
}

} // namespace

// The /changes bodies of the sync engine: the exact JSON a change becomes (secrets escaped straight
// from their bytes), how changes are grouped under the server's limits, reading a stored body back,
// and turning the platform's answers (200 results, 412 conflicts) into the new base.
class TestChangeBatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodesAVariablePut();
    void encodesASecretPutFromItsBytesOnly();
    void encodesASecretsRotationAndReadsItBack();
    void encodesDeletesWithoutValue();
    void escapesEveryCharacterJsonNeeds();
    void splitKeepsOrderUnderTheChangeLimit();
    void splitKeepsEveryBodyUnderTheByteLimit();
    void oversizedChangeGoesAlone();
    void splitWipesTheEncodedChanges();
    void splitOfNothingIsNoBatch();
    void storedBodyReadsBack();
    void damagedStoredBodiesAreRefused_data();
    void damagedStoredBodiesAreRefused();
    void completionBuildsTheNewBase();
    void completionRefusesAnAnswerThatDoesNotMatch_data();
    void completionRefusesAnAnswerThatDoesNotMatch();
    void conflictsTakeTheLocalSideFromTheRequest();
    void wipeZeroesTheSharedBuffer();
};

void TestChangeBatch::encodesAVariablePut()
{
    BatchChange change = variablePut(QStringLiteral("URL"), QStringLiteral("https://example.com/ä"), 17);
    QCOMPARE(ChangeBatch::encodeChange(change),
        QByteArray("{\"op\":\"put\",\"kind\":\"variable\",\"name\":\"URL\",\"value\":\"https://example.com/\xc3\xa4\","
                   "\"includeInExport\":true,\"ifRevision\":17}"));
    change.includeInExport = false;
    change.ifRevision = 0;
    QCOMPARE(ChangeBatch::encodeChange(change),
        QByteArray("{\"op\":\"put\",\"kind\":\"variable\",\"name\":\"URL\",\"value\":\"https://example.com/\xc3\xa4\","
                   "\"includeInExport\":false,\"ifRevision\":0}"));
}

void TestChangeBatch::encodesASecretPutFromItsBytesOnly()
{
    BatchChange change;
    change.kind = ItemKind::Secret;
    change.name = QStringLiteral("TOKEN");
    // A stray QString value must never reach the body of a secret.
    change.value = QStringLiteral("not this");
    change.includeInExport = true;
    const QByteArray secret("s3cr\"et", 7);
    const QByteArray encoded = ChangeBatch::encodeChange(change, secret.constData(), static_cast<int>(secret.size()));
    QCOMPARE(encoded,
        QByteArray(
            "{\"op\":\"put\",\"kind\":\"secret\",\"name\":\"TOKEN\",\"value\":\"s3cr\\\"et\",\"ifRevision\":0}"));
    QVERIFY(!encoded.contains("not this"));
    QVERIFY(!encoded.contains("includeInExport"));
    // Only `secretSize` bytes are read.
    QCOMPARE(parse(ChangeBatch::encodeChange(change, "abcdef", 3)).value(QStringLiteral("value")).toString(),
        QStringLiteral("abc"));
}

void TestChangeBatch::encodesASecretsRotationAndReadsItBack()
{
    BatchChange change;
    change.kind = ItemKind::Secret;
    change.name = QStringLiteral("TOKEN");
    change.ifRevision = 4;
    change.rotation
        = SecretRotation {QDateTime(QDate(2025, 3, 4), QTime(9, 15, 2, 117), Qt::UTC), RotationPolicy {30, {}}};
    QCOMPARE(ChangeBatch::encodeChange(change, "v", 1),
        QByteArray("{\"op\":\"put\",\"kind\":\"secret\",\"name\":\"TOKEN\",\"value\":\"v\",\"rotatedAt\":"
                   "\"2025-03-04T09:15:02.117Z\",\"rotationPeriodDays\":30,\"expiresAt\":null,\"ifRevision\":4}"));
    // No rule is sent as nulls, so the platform's rule is cleared rather than kept.
    change.rotation->policy = RotationPolicy {0, QDate(2027, 3, 31)};
    const QJsonObject withDate = parse(ChangeBatch::encodeChange(change, "v", 1));
    QVERIFY(withDate.value(QStringLiteral("rotationPeriodDays")).isNull());
    QCOMPARE(withDate.value(QStringLiteral("expiresAt")).toString(), QStringLiteral("2027-03-31"));

    QList<QByteArray> encoded {ChangeBatch::encodeChange(change, "v", 1)};
    std::vector<ChangeBatch> batches = ChangeBatch::split({change}, encoded, 10, 1 << 20);
    QCOMPARE(batches.size(), size_t(1));
    Result<ChangeBatch> stored = ChangeBatch::fromStored(batches.front().body());
    QVERIFY(stored.ok());
    QCOMPARE(stored->changes().first().rotation, change.rotation);
    // A variable never carries one.
    QVERIFY(!parse(ChangeBatch::encodeChange(variablePut(QStringLiteral("URL"), QStringLiteral("x"), 1)))
                 .contains(QStringLiteral("rotatedAt")));
}

void TestChangeBatch::encodesDeletesWithoutValue()
{
    QCOMPARE(ChangeBatch::encodeChange(removal(ItemKind::Secret, QStringLiteral("OLD"), 4)),
        QByteArray("{\"op\":\"delete\",\"kind\":\"secret\",\"name\":\"OLD\",\"ifRevision\":4}"));
    BatchChange variable = removal(ItemKind::Variable, QStringLiteral("GONE"), 9);
    variable.value = QStringLiteral("ignored");
    QCOMPARE(ChangeBatch::encodeChange(variable),
        QByteArray("{\"op\":\"delete\",\"kind\":\"variable\",\"name\":\"GONE\",\"ifRevision\":9}"));
}

void TestChangeBatch::escapesEveryCharacterJsonNeeds()
{
    QString value = QStringLiteral("quote \" backslash \\ newline \n return \r tab \t slash / ünï 🎉 ");
    for (char16_t c = 0; c < 0x20; ++c) {
        value += QChar(c);
    }
    value += QChar(0x7f);
    const QByteArray encoded = ChangeBatch::encodeChange(variablePut(QStringLiteral("V"), value));
    QVERIFY(encoded.contains("quote \\\" backslash \\\\ newline \\n return \\r tab \\t slash / "));
    QVERIFY(encoded.contains("\\u0000\\u0001"));
    QVERIFY(encoded.contains("\\u001f"));
    QVERIFY(encoded.contains("\xf0\x9f\x8e\x89")); // the emoji as UTF-8, not escaped
    for (char c = 0; c < 0x20; ++c) {
        QVERIFY2(!encoded.contains(c), qPrintable(QStringLiteral("raw control character %1").arg(int(c))));
    }
    const QJsonObject object = parse(encoded);
    QVERIFY(!object.contains(QStringLiteral("unparsable")));
    QCOMPARE(object.value(QStringLiteral("value")).toString(), value);
}

void TestChangeBatch::splitKeepsOrderUnderTheChangeLimit()
{
    QList<BatchChange> changes;
    for (int i = 0; i < 7; ++i) {
        changes.append(variablePut(QStringLiteral("V%1").arg(i), QStringLiteral("v"), 0, {100 + i}));
    }
    const std::vector<ChangeBatch> batches = splitAll(changes, 3, 1 << 20);
    QCOMPARE(batches.size(), size_t(3));
    QCOMPARE(batches[0].size(), 3);
    QCOMPARE(batches[1].size(), 3);
    QCOMPARE(batches[2].size(), 1);
    QCOMPARE(batches[0].entryIds(), (QList<qint64> {100, 101, 102}));
    QCOMPARE(batches[2].entryIds(), (QList<qint64> {106}));
    int next = 0;
    for (const ChangeBatch& batch : batches) {
        const QJsonArray sent = parse(batch.body()).value(QStringLiteral("changes")).toArray();
        QCOMPARE(sent.size(), batch.size());
        for (qsizetype i = 0; i < sent.size(); ++i, ++next) {
            QCOMPARE(sent.at(i).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("V%1").arg(next));
            QCOMPARE(batch.changes().at(i).name, QStringLiteral("V%1").arg(next));
        }
    }
    QCOMPARE(next, 7);
}

void TestChangeBatch::splitKeepsEveryBodyUnderTheByteLimit()
{
    QList<BatchChange> changes;
    for (int i = 0; i < 20; ++i) {
        changes.append(variablePut(QStringLiteral("NAME_%1").arg(i), QString(40 + i, QLatin1Char('x'))));
    }
    const qint64 maxBytes = 400;
    const std::vector<ChangeBatch> batches = splitAll(changes, 1000, maxBytes);
    QVERIFY(batches.size() > 1);
    int total = 0;
    for (const ChangeBatch& batch : batches) {
        QVERIFY2(batch.body().size() <= maxBytes, batch.body().constData());
        QVERIFY(batch.body().startsWith("{\"changes\":[{"));
        QVERIFY(batch.body().endsWith("}]}"));
        QVERIFY(!parse(batch.body()).contains(QStringLiteral("unparsable")));
        total += batch.size();
    }
    QCOMPARE(total, 20);
    // Exactly at the limit still fits: one change plus the envelope.
    const QByteArray one = ChangeBatch::encodeChange(changes.first());
    const qint64 exact = QByteArray("{\"changes\":[]}").size() + one.size();
    const std::vector<ChangeBatch> fitting = splitAll({changes.first(), changes.first()}, 10, exact);
    QCOMPARE(fitting.size(), size_t(2));
    QCOMPARE(fitting[0].body().size(), exact);
}

void TestChangeBatch::oversizedChangeGoesAlone()
{
    const QList<BatchChange> changes {variablePut(QStringLiteral("SMALL"), QStringLiteral("s")),
        variablePut(QStringLiteral("HUGE"), QString(5000, QLatin1Char('h'))),
        variablePut(QStringLiteral("AFTER"), QStringLiteral("a"))};
    const std::vector<ChangeBatch> batches = splitAll(changes, 1000, 1000);
    QCOMPARE(batches.size(), size_t(3));
    QCOMPARE(batches[1].size(), 1);
    QCOMPARE(batches[1].changes().first().name, QStringLiteral("HUGE"));
    QVERIFY(batches[1].body().size() > 1000);
}

void TestChangeBatch::splitWipesTheEncodedChanges()
{
    const QList<BatchChange> changes {variablePut(QStringLiteral("A"), QStringLiteral("one")),
        variablePut(QStringLiteral("B"), QStringLiteral("two"))};
    QList<QByteArray> encoded {ChangeBatch::encodeChange(changes[0]), ChangeBatch::encodeChange(changes[1])};
    const QByteArray sharedCopy = encoded[0];
    const std::vector<ChangeBatch> batches = ChangeBatch::split(changes, encoded, 10, 1 << 20);
    QCOMPARE(batches.size(), size_t(1));
    QVERIFY(encoded[0].isEmpty());
    QVERIFY(encoded[1].isEmpty());
    // Wiped in place, so a copy sharing the buffer holds zeros too.
    QCOMPARE(sharedCopy, QByteArray(sharedCopy.size(), '\0'));
    QVERIFY(batches[0].body().contains("\"one\""));
}

void TestChangeBatch::splitOfNothingIsNoBatch()
{
    QCOMPARE(splitAll({}, 10, 1000).size(), size_t(0));
}

void TestChangeBatch::storedBodyReadsBack()
{
    BatchChange secret;
    secret.kind = ItemKind::Secret;
    secret.name = QStringLiteral("TOKEN");
    secret.ifRevision = 3;
    const QList<BatchChange> changes {variablePut(QStringLiteral("URL"), QStringLiteral("https://x"), 5), secret,
        removal(ItemKind::Variable, QStringLiteral("OLD"), 2)};
    QList<QByteArray> encoded {ChangeBatch::encodeChange(changes[0]), ChangeBatch::encodeChange(changes[1], "value", 5),
        ChangeBatch::encodeChange(changes[2])};
    const std::vector<ChangeBatch> batches = ChangeBatch::split(changes, encoded, 10, 1 << 20);
    QCOMPARE(batches.size(), size_t(1));

    const Result<ChangeBatch> stored = ChangeBatch::fromStored(batches[0].body());
    QVERIFY2(stored.ok(), qPrintable(errorMessage(stored)));
    QCOMPARE(stored->body(), batches[0].body());
    QCOMPARE(stored->size(), 3);
    const BatchChange& url = stored->changes().at(0);
    QVERIFY(url.put);
    QCOMPARE(url.kind, ItemKind::Variable);
    QCOMPARE(url.value, QStringLiteral("https://x"));
    QVERIFY(url.includeInExport);
    QCOMPARE(url.ifRevision, qint64(5));
    const BatchChange& token = stored->changes().at(1);
    QVERIFY(token.put);
    QCOMPARE(token.kind, ItemKind::Secret);
    // A secret's value stays in the body only.
    QVERIFY(token.value.isEmpty());
    QCOMPARE(token.ifRevision, qint64(3));
    const BatchChange& old = stored->changes().at(2);
    QVERIFY(!old.put);
    QCOMPARE(old.name, QStringLiteral("OLD"));
    QCOMPARE(old.ifRevision, qint64(2));
}

void TestChangeBatch::damagedStoredBodiesAreRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not JSON") << QByteArray("{\"changes\":[");
    QTest::newRow("an array") << QByteArray("[{\"op\":\"put\"}]");
    QTest::newRow("no changes") << QByteArray("{}");
    QTest::newRow("empty changes") << QByteArray("{\"changes\":[]}");
    QTest::newRow("unknown kind") << QByteArray("{\"changes\":[{\"op\":\"put\",\"kind\":\"file\",\"name\":\"A\"}]}");
    QTest::newRow("unknown op") << QByteArray("{\"changes\":[{\"op\":\"patch\",\"kind\":\"secret\",\"name\":\"A\"}]}");
    QTest::newRow("one bad among good") << QByteArray(
        "{\"changes\":[{\"op\":\"delete\",\"kind\":\"secret\",\"name\":\"A\"},{\"op\":\"put\",\"name\":\"B\"}]}");
}

void TestChangeBatch::damagedStoredBodiesAreRefused()
{
    QFETCH(QByteArray, body);
    const Result<ChangeBatch> stored = ChangeBatch::fromStored(body);
    QVERIFY(!stored.ok());
    QCOMPARE(stored.code(), ErrorCode::Damaged);
}

void TestChangeBatch::completionBuildsTheNewBase()
{
    BatchChange secret;
    secret.kind = ItemKind::Secret;
    secret.name = QStringLiteral("TOKEN");
    const std::vector<ChangeBatch> batches
        = splitAll({variablePut(QStringLiteral("URL"), QStringLiteral("https://x"), 5), secret,
                       removal(ItemKind::Variable, QStringLiteral("OLD"), 2)},
            10, 1 << 20);
    QCOMPARE(batches.size(), size_t(1));
    const QJsonObject answer {{QStringLiteral("results"),
        QJsonArray {result(QStringLiteral("variable"), QStringLiteral("URL"), 6),
            result(QStringLiteral("secret"), QStringLiteral("TOKEN"), 1),
            QJsonObject {{QStringLiteral("kind"), QStringLiteral("variable")},
                {QStringLiteral("name"), QStringLiteral("OLD")}}}}};

    const Result<SyncApply> apply = batches[0].completion(answer, QStringLiteral("ann"));
    QVERIFY2(apply.ok(), qPrintable(errorMessage(apply)));
    QCOMPARE(apply->setStates.size(), 2);
    const RemoteItemState& url = apply->setStates.at(0);
    QCOMPARE(url.kind, ItemKind::Variable);
    QCOMPARE(url.name, QStringLiteral("URL"));
    QCOMPARE(url.revision, qint64(6));
    QCOMPARE(url.value, QStringLiteral("https://x"));
    QVERIFY(url.includeInExport);
    QCOMPARE(url.updatedBy, QStringLiteral("ann"));
    QCOMPARE(url.updatedAt, QDateTime::fromString(QStringLiteral("2026-03-01T10:00:00.250Z"), Qt::ISODateWithMs));
    const RemoteItemState& token = apply->setStates.at(1);
    QCOMPARE(token.kind, ItemKind::Secret);
    QCOMPARE(token.revision, qint64(1));
    QVERIFY(token.value.isEmpty());
    QVERIFY(apply->clearStates == (QList<ItemKey> {{ItemKind::Variable, QStringLiteral("OLD")}}));
    QVERIFY(!apply->completeBatch);
    QVERIFY(apply->putVariables.isEmpty());
}

void TestChangeBatch::completionRefusesAnAnswerThatDoesNotMatch_data()
{
    QTest::addColumn<QJsonArray>("results");
    const QJsonObject good = result(QStringLiteral("variable"), QStringLiteral("URL"), 6);
    QTest::newRow("no results") << QJsonArray();
    QTest::newRow("one result too many") << QJsonArray {good, good};
    QTest::newRow("another name") << QJsonArray {result(QStringLiteral("variable"), QStringLiteral("URI"), 6)};
    QTest::newRow("another kind") << QJsonArray {result(QStringLiteral("secret"), QStringLiteral("URL"), 6)};
    QTest::newRow("no kind") << QJsonArray {
        QJsonObject {{QStringLiteral("name"), QStringLiteral("URL")}, {QStringLiteral("revision"), 6}}};
    QTest::newRow("revision 0") << QJsonArray {result(QStringLiteral("variable"), QStringLiteral("URL"), 0)};
    QTest::newRow("no revision") << QJsonArray {QJsonObject {
        {QStringLiteral("kind"), QStringLiteral("variable")}, {QStringLiteral("name"), QStringLiteral("URL")}}};
}

void TestChangeBatch::completionRefusesAnAnswerThatDoesNotMatch()
{
    QFETCH(QJsonArray, results);
    const std::vector<ChangeBatch> batches
        = splitAll({variablePut(QStringLiteral("URL"), QStringLiteral("https://x"), 5)}, 10, 1 << 20);
    const Result<SyncApply> apply
        = batches[0].completion(QJsonObject {{QStringLiteral("results"), results}}, QStringLiteral("ann"));
    QVERIFY(!apply.ok());
    QCOMPARE(apply.code(), ErrorCode::Network);
    QVERIFY2(apply.message().contains(QStringLiteral("sent again with the same key")), qPrintable(apply.message()));
}

void TestChangeBatch::conflictsTakeTheLocalSideFromTheRequest()
{
    const std::vector<ChangeBatch> batches
        = splitAll({variablePut(QStringLiteral("URL"), QStringLiteral("mine"), 5, {11, 12}),
                       removal(ItemKind::Secret, QStringLiteral("OLD"), 2, {13})},
            10, 1 << 20);
    const QJsonObject details {{QStringLiteral("conflicts"),
        QJsonArray {QJsonObject {{QStringLiteral("kind"), QStringLiteral("variable")},
                        {QStringLiteral("name"), QStringLiteral("URL")}, {QStringLiteral("currentRevision"), 8},
                        {QStringLiteral("updatedAt"), QStringLiteral("2026-03-01T10:00:00.000Z")},
                        {QStringLiteral("updatedBy"), QStringLiteral("bob")}},
            QJsonObject {{QStringLiteral("kind"), QStringLiteral("secret")},
                {QStringLiteral("name"), QStringLiteral("OLD")}, {QStringLiteral("currentRevision"), QJsonValue::Null}},
            QJsonObject {
                {QStringLiteral("kind"), QStringLiteral("folder")}, {QStringLiteral("name"), QStringLiteral("X")}}}}};

    const QList<SyncPlanItem> conflicts = batches[0].conflicts(details);
    QCOMPARE(conflicts.size(), 2);
    const SyncPlanItem& url = conflicts.at(0);
    QCOMPARE(url.action, SyncPlanItem::Action::Conflict);
    QCOMPARE(url.kind, ItemKind::Variable);
    QVERIFY(url.localExists);
    QCOMPARE(url.localValue, QStringLiteral("mine"));
    QVERIFY(url.localIncludeInExport);
    QCOMPARE(url.outboxEntryIds, (QList<qint64> {11, 12}));
    QCOMPARE(url.baseRevision, qint64(5));
    QVERIFY(url.remoteExists);
    QCOMPARE(url.remoteRevision, qint64(8));
    QCOMPARE(url.remoteUpdatedBy, QStringLiteral("bob"));
    QVERIFY(url.remoteUpdatedAt.isValid());
    const SyncPlanItem& old = conflicts.at(1);
    QCOMPARE(old.kind, ItemKind::Secret);
    QVERIFY(!old.localExists);
    QCOMPARE(old.outboxEntryIds, (QList<qint64> {13}));
    QVERIFY(!old.remoteExists);
    QVERIFY(batches[0].conflicts(QJsonObject()).isEmpty());
}

void TestChangeBatch::wipeZeroesTheSharedBuffer()
{
    std::vector<ChangeBatch> batches = splitAll({variablePut(QStringLiteral("URL"), QStringLiteral("v"))}, 10, 1 << 20);
    const QByteArray sent = batches[0].body();
    QVERIFY(!sent.isEmpty());
    batches[0].wipe();
    QVERIFY(batches[0].body().isEmpty());
    QCOMPARE(sent, QByteArray(sent.size(), '\0'));
    // A stored body read back is a copy of its own: wiping it leaves the caller's bytes alone.
    const QByteArray stored("{\"changes\":[{\"op\":\"delete\",\"kind\":\"secret\",\"name\":\"A\"}]}");
    Result<ChangeBatch> readBack = ChangeBatch::fromStored(stored);
    QVERIFY(readBack.ok());
    readBack->wipe();
    QVERIFY(stored.startsWith("{\"changes\""));
}

BOTVAULT_TEST_MAIN(TestChangeBatch)
#include "TestChangeBatch.moc"
