#include "server/StrictJson.h"

#include "tests/support/TestMain.h"

#include <QJsonArray>
#include <QObject>
#include <QTest>

// Request bodies as docs/API.md wants them: one JSON object in UTF-8, no duplicate key in any
// object, no lone UTF-16 surrogate in any string (key or value), with the offset of the problem.
class TestStrictJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptedBodies_data();
    void acceptedBodies();
    void refusedBodies_data();
    void refusedBodies();
    void duplicateKeyNamesTheKeyAndItsOffset();
    void duplicateKeyNameIsShortened();
    void parsedObjectKeepsTheValues();
};

void TestStrictJson::acceptedBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("whitespace around") << QByteArray(" \n\t{ \"a\" : 1 }\r\n ");
    QTest::newRow("same key in sibling objects") << QByteArray(R"({"items":[{"name":"A"},{"name":"B"}],"name":"top"})");
    QTest::newRow("same key in nested objects") << QByteArray(R"({"a":{"a":{"a":1}}})");
    QTest::newRow("key text as a value") << QByteArray(R"({"a":"a","b":["a","a"]})");
    QTest::newRow("keys that differ only by case") << QByteArray(R"({"Name":1,"name":2})");
    QTest::newRow("escaped quote in a key") << QByteArray(R"({"a\"b":1,"a":2,"b":3})");
    QTest::newRow("surrogate pair escaped") << QByteArray(R"({"emoji":"\ud83c\udf89"})");
    QTest::newRow("surrogate pair raw") << QByteArray("{\"emoji\":\"\xf0\x9f\x8e\x89\"}");
    QTest::newRow("every simple escape") << QByteArray(R"({"s":"\n\t\r\b\f\/\\\""})");
    QTest::newRow("escape at a key's end") << QByteArray(R"({"a\\":1,"a":2})");
    QTest::newRow("cyrillic keys") << QByteArray("{\"\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87\":1}");
}

void TestStrictJson::acceptedBodies()
{
    QFETCH(QByteArray, body);
    const Result<QJsonObject> parsed = StrictJson::parseObject(body);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.message()));
}

void TestStrictJson::refusedBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("truncated") << QByteArray(R"({"a":)") << QString();
    QTest::newRow("trailing comma") << QByteArray(R"({"a":1,})") << QString();
    QTest::newRow("two documents") << QByteArray("{}{}") << QString();
    QTest::newRow("an array") << QByteArray("[]") << QStringLiteral("the top level is not an object");
    QTest::newRow("a string") << QByteArray(R"("text")") << QString();
    QTest::newRow("duplicate at the top")
        << QByteArray(R"({"value":"a","value":"b"})") << QStringLiteral("the key 'value' appears twice in one object");
    QTest::newRow("duplicate nested") << QByteArray(R"({"items":[{"name":"A","kind":"x","name":"B"}]})")
                                      << QStringLiteral("the key 'name' appears twice in one object");
    QTest::newRow("duplicate after a nested object")
        << QByteArray(R"({"a":{"b":1},"a":2})") << QStringLiteral("the key 'a' appears twice in one object");
    QTest::newRow("duplicate spelled with an escape")
        << QByteArray(R"({"ab":1,"\u0061b":2})") << QStringLiteral("the key 'ab' appears twice in one object");
    QTest::newRow("lone high surrogate in a value")
        << QByteArray(R"({"v":"x\ud83c"})") << QStringLiteral("a string holds a lone UTF-16 surrogate");
    QTest::newRow("lone low surrogate in a value")
        << QByteArray(R"({"v":"\udf89x"})") << QStringLiteral("a string holds a lone UTF-16 surrogate");
    QTest::newRow("reversed pair") << QByteArray(R"({"v":"\udf89\ud83c"})")
                                   << QStringLiteral("a string holds a lone UTF-16 surrogate");
    QTest::newRow("lone surrogate in a key")
        << QByteArray(R"({"\ud800":1})") << QStringLiteral("a string holds a lone UTF-16 surrogate");
    QTest::newRow("lone surrogate in an array")
        << QByteArray(R"({"a":["ok","\udfff"]})") << QStringLiteral("a string holds a lone UTF-16 surrogate");
}

void TestStrictJson::refusedBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, reason);
    const Result<QJsonObject> parsed = StrictJson::parseObject(body);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.code(), ErrorCode::InvalidInput);
    QVERIFY2(parsed.message().startsWith(QStringLiteral("The body must be one JSON object in UTF-8: ")),
        qPrintable(parsed.message()));
    if (!reason.isEmpty()) {
        QVERIFY2(parsed.message().contains(reason), qPrintable(parsed.message()));
    }
}

void TestStrictJson::duplicateKeyNamesTheKeyAndItsOffset()
{
    const QByteArray body(R"({"a":1, "b":2, "a":3})");
    const Result<QJsonObject> parsed = StrictJson::parseObject(body);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.message(),
        QStringLiteral("The body must be one JSON object in UTF-8: the key 'a' appears twice in one object at "
                       "offset %1.")
            .arg(body.lastIndexOf("\"a\"")));
}

void TestStrictJson::duplicateKeyNameIsShortened()
{
    const QByteArray key(200, 'k');
    const Result<QJsonObject> parsed = StrictJson::parseObject("{\"" + key + "\":1,\"" + key + "\":2}");
    QVERIFY(!parsed.ok());
    QVERIFY(parsed.message().contains(QStringLiteral("'%1'").arg(QString(64, QLatin1Char('k')))));
    QVERIFY(!parsed.message().contains(QString(65, QLatin1Char('k'))));
}

void TestStrictJson::parsedObjectKeepsTheValues()
{
    const Result<QJsonObject> parsed
        = StrictJson::parseObject(R"({"name":"API_KEY","value":"a\"b\u00e9","n":17,"list":[1,{"x":null}]})");
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->value(QStringLiteral("name")).toString(), QStringLiteral("API_KEY"));
    QCOMPARE(parsed->value(QStringLiteral("value")).toString(), QStringLiteral("a\"b\u00e9"));
    QCOMPARE(parsed->value(QStringLiteral("n")).toInteger(), qint64(17));
    QCOMPARE(parsed->value(QStringLiteral("list")).toArray().size(), 2);
}

BOTVAULT_TEST_MAIN(TestStrictJson)
#include "TestStrictJson.moc"
