#include "storage/RecordCodec.h"

#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"

#include <QObject>
#include <QTest>
#include <QtEndian>

#include <limits>

using RecordCodec::Field;
using RecordCodec::Record;

namespace {

QByteArray u32(quint32 value)
{
    QByteArray bytes(4, Qt::Uninitialized);
    qToBigEndian<quint32>(value, bytes.data());
    return bytes;
}

QByteArray i64(qint64 value)
{
    QByteArray bytes(8, Qt::Uninitialized);
    qToBigEndian<qint64>(value, bytes.data());
    return bytes;
}

QByteArray field(quint8 tag, const QByteArray& bytes)
{
    return QByteArray(1, static_cast<char>(tag)) + u32(static_cast<quint32>(bytes.size())) + bytes;
}

QByteArray field(Field tag, const QByteArray& bytes)
{
    return field(static_cast<quint8>(tag), bytes);
}

// A record as the vault writes it: length prefix, format 1, `fields`, zero padding to 32 bytes.
QCA::SecureArray rawRecord(const QByteArray& fields, quint8 format = 1)
{
    QByteArray bytes = u32(static_cast<quint32>(1 + fields.size())) + QByteArray(1, static_cast<char>(format)) + fields;
    bytes.append(
        QByteArray((RecordCodec::kPadding - bytes.size() % RecordCodec::kPadding) % RecordCodec::kPadding, '\0'));
    return QCA::SecureArray(bytes);
}

Record fullRecord()
{
    Record record;
    record.name = QStringLiteral("API_KEY_Ünïcødé");
    record.value = TestSupport::secure("line one\nline two\0with a zero");
    record.hasValue = true;
    record.createdMs = 1700000000123;
    record.updatedMs = -1;
    record.updatedBy = QStringLiteral("анна");
    record.includeInExport = true;
    record.sourceFolder = QStringLiteral("/home/bot/папка");
    record.declaredSecrets = {QStringLiteral("A"), QStringLiteral("B_2")};
    record.remoteUrl = QStringLiteral("https://bots.example.com");
    record.remoteProjectId = (qint64(1) << 53) - 1;
    record.itemKind = 2;
    record.op = 1;
    record.baseRevision = 17;
    record.idempotencyKey = QStringLiteral("0f5c3a52-8d0b-4b39-9f4e-0d3e9a4b1c77");
    record.revision = std::numeric_limits<qint64>::max();
    record.entryIds = {1, 2, std::numeric_limits<qint64>::min()};
    record.rotationOnly = true;
    record.declaredRotations = {QStringLiteral("A\t30\t"), QStringLiteral("B_2\t0\t2027-03-31")};
    return record;
}

void compareRecords(const Record& actual, const Record& expected)
{
    QCOMPARE(actual.name, expected.name);
    QCOMPARE(actual.hasValue, expected.hasValue);
    QCOMPARE(actual.value.toByteArray(), expected.hasValue ? expected.value.toByteArray() : QByteArray());
    QCOMPARE(actual.createdMs, expected.createdMs);
    QCOMPARE(actual.updatedMs, expected.updatedMs);
    QCOMPARE(actual.updatedBy, expected.updatedBy);
    QCOMPARE(actual.includeInExport, expected.includeInExport);
    QCOMPARE(actual.sourceFolder, expected.sourceFolder);
    QCOMPARE(actual.declaredSecrets, expected.declaredSecrets);
    QCOMPARE(actual.remoteUrl, expected.remoteUrl);
    QCOMPARE(actual.remoteProjectId, expected.remoteProjectId);
    QCOMPARE(actual.itemKind, expected.itemKind);
    QCOMPARE(actual.op, expected.op);
    QCOMPARE(actual.baseRevision, expected.baseRevision);
    QCOMPARE(actual.idempotencyKey, expected.idempotencyKey);
    QCOMPARE(actual.revision, expected.revision);
    QCOMPARE(actual.entryIds, expected.entryIds);
    QCOMPARE(actual.rotationOnly, expected.rotationOnly);
    QCOMPARE(actual.declaredRotations, expected.declaredRotations);
}

} // namespace

// The plaintext layout of every vault record: what the vault wrote must read back exactly, the
// bytes on disk must not drift (old vaults must keep opening), and every malformed layout must be
// refused rather than half read.
class TestRecordCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFieldRoundTrips();
    void emptyRecordRoundTrips();
    void emptyValueIsKeptApartFromNoValue();
    void valueWithoutHasValueIsNotWritten();
    void borrowedValuePointsIntoThePlaintext();
    void layoutIsStable();
    void encodingIsPaddedToBlocks_data();
    void encodingIsPaddedToBlocks();
    void unknownFieldsAreSkipped();
    void laterFieldWins();
    void malformedLayoutsAreRefused_data();
    void malformedLayoutsAreRefused();
    void timesAreUtc();
};

void TestRecordCodec::everyFieldRoundTrips()
{
    const Record record = fullRecord();
    const Result<Record> decoded = RecordCodec::decode(RecordCodec::encode(record));
    QVERIFY2(decoded.ok(), qPrintable(TestSupport::errorMessage(decoded)));
    compareRecords(decoded.value(), record);
}

void TestRecordCodec::emptyRecordRoundTrips()
{
    const Result<Record> decoded = RecordCodec::decode(RecordCodec::encode(Record()));
    QVERIFY(decoded.ok());
    compareRecords(decoded.value(), Record());
}

void TestRecordCodec::emptyValueIsKeptApartFromNoValue()
{
    Record record;
    record.name = QStringLiteral("EMPTY");
    record.hasValue = true;
    const Result<Record> decoded = RecordCodec::decode(RecordCodec::encode(record));
    QVERIFY(decoded.ok());
    QVERIFY(decoded->hasValue);
    QVERIFY(decoded->value.isEmpty());
}

void TestRecordCodec::valueWithoutHasValueIsNotWritten()
{
    Record record;
    record.name = QStringLiteral("PROJECT");
    record.value = TestSupport::secure("must not be written");
    const QCA::SecureArray encoded = RecordCodec::encode(record);
    QVERIFY(!encoded.toByteArray().contains("must not be written"));
    const Result<Record> decoded = RecordCodec::decode(encoded);
    QVERIFY(decoded.ok());
    QVERIFY(!decoded->hasValue);
    QVERIFY(decoded->value.isEmpty());
}

void TestRecordCodec::borrowedValuePointsIntoThePlaintext()
{
    const Record record = fullRecord();
    const QCA::SecureArray encoded = RecordCodec::encode(record);
    const QByteArrayView plaintext(encoded.constData(), encoded.size());
    const Result<Record> borrowed = RecordCodec::decode(plaintext, RecordCodec::ValueCopy::Borrowed);
    QVERIFY(borrowed.ok());
    QVERIFY(borrowed->value.isEmpty());
    QVERIFY(borrowed->hasValue);
    QCOMPARE(borrowed->valueBytes(), QByteArrayView(record.value.constData(), record.value.size()));
    QVERIFY(borrowed->borrowedValue.constData() >= plaintext.constData());
    QVERIFY(borrowed->borrowedValue.constData() + borrowed->borrowedValue.size()
        <= plaintext.constData() + plaintext.size());
    QCOMPARE(borrowed->name, record.name);

    Record empty;
    empty.hasValue = true;
    const QCA::SecureArray emptyEncoded = RecordCodec::encode(empty);
    const Result<Record> emptyBorrowed = RecordCodec::decode(
        QByteArrayView(emptyEncoded.constData(), emptyEncoded.size()), RecordCodec::ValueCopy::Borrowed);
    QVERIFY(emptyBorrowed.ok());
    QVERIFY(emptyBorrowed->hasValue);
    QVERIFY(!emptyBorrowed->borrowedValue.isNull());
    QVERIFY(emptyBorrowed->valueBytes().isEmpty());
}

void TestRecordCodec::layoutIsStable()
{
    // The exact bytes of a small record: the times and the export flag are always written, empty
    // texts and zero ids never.
    Record record;
    record.name = QStringLiteral("AB");
    record.value = TestSupport::secure("v");
    record.hasValue = true;
    record.createdMs = 1;
    record.updatedMs = 2;
    record.remoteProjectId = 0;
    const QByteArray fields = field(Field::Name, "AB") + field(Field::Value, "v") + field(Field::Created, i64(1))
        + field(Field::Updated, i64(2)) + field(Field::IncludeInExport, QByteArray(1, '\0'));
    QCOMPARE(RecordCodec::encode(record).toByteArray().toHex(), rawRecord(fields).toByteArray().toHex());
}

void TestRecordCodec::encodingIsPaddedToBlocks_data()
{
    QTest::addColumn<int>("valueSize");
    for (int size : {0, 1, 20, 21, 31, 32, 33, 100, 1000, 70000}) {
        QTest::addRow("%d-byte value", size) << size;
    }
}

void TestRecordCodec::encodingIsPaddedToBlocks()
{
    QFETCH(int, valueSize);
    Record record;
    record.value = QCA::SecureArray(valueSize, 'x');
    record.hasValue = true;
    const QByteArray encoded = RecordCodec::encode(record).toByteArray();
    QCOMPARE(encoded.size() % RecordCodec::kPadding, 0);
    const int payload = static_cast<int>(qFromBigEndian<quint32>(encoded.constData()));
    QVERIFY(4 + payload <= encoded.size());
    QVERIFY(encoded.size() - (4 + payload) < RecordCodec::kPadding);
    QCOMPARE(encoded.mid(4 + payload), QByteArray(encoded.size() - 4 - payload, '\0'));
    const Result<Record> decoded = RecordCodec::decode(QCA::SecureArray(encoded));
    QVERIFY(decoded.ok());
    QCOMPARE(decoded->value.size(), valueSize);
}

void TestRecordCodec::unknownFieldsAreSkipped()
{
    // A newer build's field (200) between known ones: an older build reads the rest.
    const QByteArray fields = field(Field::Name, "KEEP") + field(200, "from the future")
        + field(Field::Created, i64(42)) + field(0, QByteArray());
    const Result<Record> decoded = RecordCodec::decode(rawRecord(fields));
    QVERIFY2(decoded.ok(), qPrintable(TestSupport::errorMessage(decoded)));
    QCOMPARE(decoded->name, QStringLiteral("KEEP"));
    QCOMPARE(decoded->createdMs, qint64(42));
}

void TestRecordCodec::laterFieldWins()
{
    const Result<Record> decoded
        = RecordCodec::decode(rawRecord(field(Field::Name, "FIRST") + field(Field::Name, "SECOND")));
    QVERIFY(decoded.ok());
    QCOMPARE(decoded->name, QStringLiteral("SECOND"));
}

void TestRecordCodec::malformedLayoutsAreRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");

    const QByteArray name = field(Field::Name, "N");
    const QByteArray valid = rawRecord(name).toByteArray();
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("four bytes") << QByteArray(4, '\0');
    QTest::newRow("not a multiple of 32") << valid.left(valid.size() - 1);
    QTest::newRow("one block too many is fine, one byte is not") << valid + QByteArray(1, '\0');
    QTest::newRow("zero payload") << u32(0) + QByteArray(28, '\0');
    QTest::newRow("payload beyond the end") << u32(29) + QByteArray(1, '\1') + QByteArray(27, '\0');
    QTest::newRow("format 2") << rawRecord(name, 2).toByteArray();
    QTest::newRow("format 0") << rawRecord(name, 0).toByteArray();
    QTest::newRow("truncated field header") << rawRecord(QByteArray(3, '\1')).toByteArray();
    QTest::newRow("field longer than the payload")
        << rawRecord(QByteArray(1, static_cast<char>(Field::Name)) + u32(2) + "N").toByteArray();
    QTest::newRow("field length near 2^32")
        << rawRecord(QByteArray(1, static_cast<char>(Field::Name)) + u32(0xFFFFFFFFu) + "N").toByteArray();
    QTest::newRow("created of 7 bytes") << rawRecord(field(Field::Created, QByteArray(7, '\0'))).toByteArray();
    QTest::newRow("updated of 9 bytes") << rawRecord(field(Field::Updated, QByteArray(9, '\0'))).toByteArray();
    QTest::newRow("export flag of 2 bytes")
        << rawRecord(field(Field::IncludeInExport, QByteArray(2, '\1'))).toByteArray();
    QTest::newRow("remote id of 4 bytes") << rawRecord(field(Field::RemoteProjectId, u32(7))).toByteArray();
    QTest::newRow("base revision empty") << rawRecord(field(Field::BaseRevision, QByteArray())).toByteArray();
    QTest::newRow("revision of 16 bytes") << rawRecord(field(Field::Revision, i64(1) + i64(2))).toByteArray();
    QTest::newRow("entry ids of 12 bytes")
        << rawRecord(field(Field::EntryIds, i64(1) + QByteArray(4, '\0'))).toByteArray();
    QTest::newRow("item kind of 0 bytes") << rawRecord(field(Field::ItemKind, QByteArray())).toByteArray();
    QTest::newRow("op of 2 bytes") << rawRecord(field(Field::Op, QByteArray(2, '\1'))).toByteArray();
}

void TestRecordCodec::malformedLayoutsAreRefused()
{
    QFETCH(QByteArray, bytes);
    if (QByteArray(QTest::currentDataTag()) == "one block too many is fine, one byte is not") {
        // The padding check alone: the same record with a whole extra block still reads.
        const QByteArray padded = bytes.left(bytes.size() - 1) + QByteArray(RecordCodec::kPadding, '\0');
        QVERIFY(RecordCodec::decode(QCA::SecureArray(padded)).ok());
    }
    const Result<Record> decoded = RecordCodec::decode(QCA::SecureArray(bytes));
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.code(), ErrorCode::Damaged);
    QCOMPARE(decoded.message(), QStringLiteral("A record of the vault is malformed."));
}

void TestRecordCodec::timesAreUtc()
{
    const QDateTime time = RecordCodec::toDateTime(1700000000123);
    QCOMPARE(time.timeSpec(), Qt::UTC);
    QCOMPARE(time.toString(Qt::ISODateWithMs), QStringLiteral("2023-11-14T22:13:20.123Z"));
    QCOMPARE(RecordCodec::toDateTime(0).toMSecsSinceEpoch(), qint64(0));
}

BOTVAULT_TEST_MAIN(TestRecordCodec)
#include "TestRecordCodec.moc"
