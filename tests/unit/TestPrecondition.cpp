#include "server/Precondition.h"

#include "server/ServerLimits.h"
#include "tests/support/TestMain.h"

#include <QObject>
#include <QTest>

#include <optional>

using OptionalHeader = std::optional<QByteArray>;
using OptionalRevision = std::optional<qint64>;
Q_DECLARE_METATYPE(OptionalHeader)

namespace {

const OptionalHeader kAbsent = std::nullopt;

} // namespace

// The conditional writes of docs/API.md: which If-Match / If-None-Match headers are accepted and
// what they demand, and which items satisfy each kind of precondition.
class TestPrecondition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptedHeaders_data();
    void acceptedHeaders();
    void refusedHeaders_data();
    void refusedHeaders();
    void holdsFor();
    void expectedRevisionJson();
};

void TestPrecondition::acceptedHeaders_data()
{
    QTest::addColumn<OptionalHeader>("ifMatch");
    QTest::addColumn<OptionalHeader>("ifNoneMatch");
    QTest::addColumn<Precondition::Kind>("kind");
    QTest::addColumn<qint64>("expectedRevision"); // -1: null

    QTest::newRow("neither") << kAbsent << kAbsent << Precondition::Kind::None << qint64(-1);
    QTest::newRow("If-Match *") << OptionalHeader("*") << kAbsent << Precondition::Kind::Exists << qint64(-1);
    QTest::newRow("If-Match * with spaces")
        << OptionalHeader("  * ") << kAbsent << Precondition::Kind::Exists << qint64(-1);
    QTest::newRow("If-Match \"17\"") << OptionalHeader("\"17\"") << kAbsent << Precondition::Kind::Revision
                                     << qint64(17);
    QTest::newRow("If-Match \"1\"") << OptionalHeader("\"1\"") << kAbsent << Precondition::Kind::Revision << qint64(1);
    QTest::newRow("If-Match 2^53-1") << OptionalHeader("\"9007199254740991\"") << kAbsent
                                     << Precondition::Kind::Revision << ServerLimits::kMaxJsonInteger;
    QTest::newRow("If-Match leading zeros")
        << OptionalHeader("\"007\"") << kAbsent << Precondition::Kind::Revision << qint64(7);
    QTest::newRow("If-Match padded") << OptionalHeader(" \"5\"\t") << kAbsent << Precondition::Kind::Revision
                                     << qint64(5);
    QTest::newRow("If-None-Match *") << kAbsent << OptionalHeader("*") << Precondition::Kind::DoesNotExist << qint64(0);
    QTest::newRow("If-None-Match * padded")
        << kAbsent << OptionalHeader(" * ") << Precondition::Kind::DoesNotExist << qint64(0);
}

void TestPrecondition::acceptedHeaders()
{
    QFETCH(OptionalHeader, ifMatch);
    QFETCH(OptionalHeader, ifNoneMatch);
    QFETCH(Precondition::Kind, kind);
    QFETCH(qint64, expectedRevision);

    const Result<Precondition> precondition = Precondition::fromHeaders(ifMatch, ifNoneMatch);
    QVERIFY2(precondition.ok(), precondition.ok() ? "" : qPrintable(precondition.message()));
    QCOMPARE(precondition->kind(), kind);
    const QJsonValue expected = precondition->expectedRevisionJson();
    if (expectedRevision < 0) {
        QVERIFY(expected.isNull());
    } else {
        QCOMPARE(expected.toInteger(), expectedRevision);
    }
}

void TestPrecondition::refusedHeaders_data()
{
    QTest::addColumn<OptionalHeader>("ifMatch");
    QTest::addColumn<OptionalHeader>("ifNoneMatch");
    QTest::addColumn<QString>("message");

    const QString notStrong
        = QStringLiteral("The If-Match header must be one strong entity tag such as \"17\", or '*'.");
    const QString outOfRange
        = QStringLiteral("The If-Match header must hold a revision from 1 to 2^53-1, such as \"17\".");
    const QString createOnly = QStringLiteral("The If-None-Match header takes only '*' (create only).");

    QTest::newRow("both headers") << OptionalHeader("*") << OptionalHeader("*")
                                  << QStringLiteral("Send either If-Match or If-None-Match, not both.");
    QTest::newRow("both, even empty") << OptionalHeader("") << OptionalHeader("")
                                      << QStringLiteral("Send either If-Match or If-None-Match, not both.");
    QTest::newRow("unquoted revision") << OptionalHeader("17") << kAbsent << notStrong;
    QTest::newRow("weak tag") << OptionalHeader("W/\"17\"") << kAbsent << notStrong;
    QTest::newRow("empty If-Match") << OptionalHeader("") << kAbsent << notStrong;
    QTest::newRow("empty quotes") << OptionalHeader("\"\"") << kAbsent << notStrong;
    QTest::newRow("one quote") << OptionalHeader("\"") << kAbsent << notStrong;
    QTest::newRow("open quote") << OptionalHeader("\"17") << kAbsent << notStrong;
    QTest::newRow("list of tags") << OptionalHeader("\"1\", \"2\"") << kAbsent << outOfRange;
    QTest::newRow("zero") << OptionalHeader("\"0\"") << kAbsent << outOfRange;
    QTest::newRow("negative") << OptionalHeader("\"-3\"") << kAbsent << outOfRange;
    QTest::newRow("plus sign") << OptionalHeader("\"+3\"") << kAbsent << outOfRange;
    QTest::newRow("2^53") << OptionalHeader("\"9007199254740992\"") << kAbsent << outOfRange;
    QTest::newRow("beyond 64 bits") << OptionalHeader("\"99999999999999999999\"") << kAbsent << outOfRange;
    QTest::newRow("hexadecimal") << OptionalHeader("\"0x11\"") << kAbsent << outOfRange;
    QTest::newRow("inner space") << OptionalHeader("\" 17\"") << kAbsent << outOfRange;
    QTest::newRow("a text tag") << OptionalHeader("\"abc\"") << kAbsent << outOfRange;
    QTest::newRow("If-None-Match tag") << kAbsent << OptionalHeader("\"17\"") << createOnly;
    QTest::newRow("If-None-Match empty") << kAbsent << OptionalHeader("") << createOnly;
    QTest::newRow("If-None-Match list") << kAbsent << OptionalHeader("*, \"1\"") << createOnly;
}

void TestPrecondition::refusedHeaders()
{
    QFETCH(OptionalHeader, ifMatch);
    QFETCH(OptionalHeader, ifNoneMatch);
    QFETCH(QString, message);

    const Result<Precondition> precondition = Precondition::fromHeaders(ifMatch, ifNoneMatch);
    QVERIFY(!precondition.ok());
    QCOMPARE(precondition.code(), ErrorCode::InvalidInput);
    QCOMPARE(precondition.message(), message);
}

void TestPrecondition::holdsFor()
{
    const OptionalRevision missing = std::nullopt;
    const Precondition none = Precondition::fromHeaders(kAbsent, kAbsent).value();
    QVERIFY(none.holdsFor(missing));
    QVERIFY(none.holdsFor(1));
    QVERIFY(none.holdsFor(42));

    const Precondition exists = Precondition::fromHeaders(OptionalHeader("*"), kAbsent).value();
    QVERIFY(!exists.holdsFor(missing));
    QVERIFY(exists.holdsFor(1));
    QVERIFY(exists.holdsFor(42));

    const Precondition revision = Precondition::revision(17);
    QCOMPARE(revision.kind(), Precondition::Kind::Revision);
    QVERIFY(revision.holdsFor(17));
    QVERIFY(!revision.holdsFor(16));
    QVERIFY(!revision.holdsFor(18));
    QVERIFY(!revision.holdsFor(missing));

    const Precondition createOnly = Precondition::doesNotExist();
    QCOMPARE(createOnly.kind(), Precondition::Kind::DoesNotExist);
    QVERIFY(createOnly.holdsFor(missing));
    QVERIFY(!createOnly.holdsFor(1));
    // Revision 0 names an existing row too: only absence satisfies create-only.
    QVERIFY(!createOnly.holdsFor(0));
}

void TestPrecondition::expectedRevisionJson()
{
    QCOMPARE(Precondition::revision(17).expectedRevisionJson(), QJsonValue(qint64(17)));
    QCOMPARE(Precondition::revision(ServerLimits::kMaxJsonInteger).expectedRevisionJson().toInteger(),
        ServerLimits::kMaxJsonInteger);
    QCOMPARE(Precondition::doesNotExist().expectedRevisionJson(), QJsonValue(0));
    QVERIFY(Precondition::fromHeaders(OptionalHeader("*"), kAbsent)->expectedRevisionJson().isNull());
    QVERIFY(Precondition::fromHeaders(kAbsent, kAbsent)->expectedRevisionJson().isNull());
}

BOTVAULT_TEST_MAIN(TestPrecondition)
#include "TestPrecondition.moc"
