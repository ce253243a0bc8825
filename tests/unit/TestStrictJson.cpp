#include "server/StrictJson.h"

#include "tests/support/TestMain.h"

#include <QJsonArray>
#include <QObject>
#include <QTest>

// Request bodies as docs/API.md wants them: one JSON object in UTF-8 as RFC 8259 writes it (no
// invalid escape, no raw control character, no byte order mark, nothing after the object), no
// duplicate key in any object, no lone UTF-16 surrogate in any string (key or value), numbers only
// as plain integers within 2^53 - 1, with the offset of the problem.
class TestStrictJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptedBodies_data();
    void acceptedBodies();
    void refusedBodies_data();
    void refusedBodies();
    void stringsDecodeExactly_data();
    void stringsDecodeExactly();
    void integersComeBackExactly_data();
    void integersComeBackExactly();
    void messagesNeverQuoteTheText_data();
    void messagesNeverQuoteTheText();
    void nestingIsLimited();
    void manyKeysInReverseOrderAreRead();
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
    QTest::newRow("escaped NUL") << QByteArray(R"({"v":"a\u0000b"})");
    QTest::newRow("raw DEL (not a control character in RFC 8259)") << QByteArray("{\"v\":\"a\x7f\"}");
    QTest::newRow("every literal") << QByteArray(R"({"t":true,"f":false,"n":null,"a":[true,false,null]})");
    QTest::newRow("zero") << QByteArray(R"({"ifRevision":0})");
    QTest::newRow("negative integer") << QByteArray(R"({"n":-17})");
    QTest::newRow("largest exact integer") << QByteArray(R"({"id":9007199254740991})");
    QTest::newRow("smallest exact integer") << QByteArray(R"({"id":-9007199254740991})");
    QTest::newRow("nested as deep as allowed") << QByteArray(
        "{\"a\":" + QByteArray(StrictJson::kMaxDepth - 1, '[') + QByteArray(StrictJson::kMaxDepth - 1, ']') + "}");
    QTest::newRow("four-byte UTF-8 at the top of the range") << QByteArray("{\"v\":\"\xf4\x8f\xbf\xbf\"}");
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
    QTest::newRow("high surrogate before a plain escape")
        << QByteArray(R"({"v":"\ud83c\u0041"})") << QStringLiteral("a string holds a lone UTF-16 surrogate");
    QTest::newRow("high surrogate before a broken escape")
        << QByteArray(R"({"v":"\ud83c\u12"})") << QStringLiteral("a string holds a lone UTF-16 surrogate");

    const QString invalidEscape = QStringLiteral("a string holds an invalid escape");
    QTest::newRow("escape \\x") << QByteArray(R"({"value":"\x41"})") << invalidEscape;
    QTest::newRow("escape \\a") << QByteArray(R"({"value":"\a"})") << invalidEscape;
    QTest::newRow("escape \\U") << QByteArray(R"({"value":"\U0041"})") << invalidEscape;
    QTest::newRow("escape \\0") << QByteArray(R"({"value":"\0"})") << invalidEscape;
    QTest::newRow("escape \\'") << QByteArray(R"({"value":"\'"})") << invalidEscape;
    QTest::newRow("escaped line break") << QByteArray("{\"value\":\"a\\\nb\"}") << invalidEscape;
    QTest::newRow("backslash at the end") << QByteArray(R"({"value":"\)") << invalidEscape;
    QTest::newRow("invalid escape in a key") << QByteArray(R"({"\q":1})") << invalidEscape;
    QTest::newRow("\\u with three digits")
        << QByteArray(R"({"value":"\u041"})") << QStringLiteral("a \\u escape needs four hexadecimal digits");
    QTest::newRow("\\u with a non-hex digit")
        << QByteArray(R"({"value":"\u00g1"})") << QStringLiteral("a \\u escape needs four hexadecimal digits");

    const QString controlCharacter = QStringLiteral("a string holds a control character (U+0000 to U+001F)");
    QTest::newRow("raw line feed") << QByteArray("{\"value\":\"a\nb\"}") << controlCharacter;
    QTest::newRow("raw carriage return") << QByteArray("{\"value\":\"a\rb\"}") << controlCharacter;
    QTest::newRow("raw tab") << QByteArray("{\"value\":\"a\tb\"}") << controlCharacter;
    QTest::newRow("raw NUL") << QByteArray("{\"value\":\"a\0b\"}", 14) << controlCharacter;
    QTest::newRow("raw U+0001") << QByteArray("{\"value\":\"\x01\"}") << controlCharacter;
    QTest::newRow("raw U+001F") << QByteArray("{\"value\":\"\x1f\"}") << controlCharacter;
    QTest::newRow("raw control character in a key") << QByteArray("{\"a\x1b\":1}") << controlCharacter;

    QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbf{\"value\":\"a\"}")
                                     << QStringLiteral("a byte order mark (U+FEFF)");
    QTest::newRow("byte order mark after white space")
        << QByteArray(" \xef\xbb\xbf{}") << QStringLiteral("the top level is not an object");
    QTest::newRow("NUL after the object") << QByteArray("{}\0", 3) << QStringLiteral("more text follows the end");
    QTest::newRow("word after the object") << QByteArray("{} x") << QStringLiteral("more text follows the end");
    QTest::newRow("second object") << QByteArray("{}{}") << QStringLiteral("more text follows the end");
    QTest::newRow("NUL inside the object") << QByteArray("{\0}", 3) << QStringLiteral("a key");
    QTest::newRow("white space only") << QByteArray(" \r\n") << QStringLiteral("the body holds no JSON value");
    QTest::newRow("form feed is not white space") << QByteArray("\f{}") << QStringLiteral("the top level");
    QTest::newRow("single quotes") << QByteArray("{'a':1}") << QStringLiteral("a key");
    QTest::newRow("unquoted key") << QByteArray("{a:1}") << QStringLiteral("a key");
    QTest::newRow("missing colon") << QByteArray(R"({"a" 1})") << QStringLiteral("the ':' after a key");
    QTest::newRow("literal cut short") << QByteArray(R"({"a":tru})") << QStringLiteral("a value is missing");
    QTest::newRow("literal in capitals") << QByteArray(R"({"a":True})") << QStringLiteral("a value is missing");
    QTest::newRow("unclosed string") << QByteArray(R"({"a":"b)") << QStringLiteral("a string is not closed");
    QTest::newRow("unclosed array") << QByteArray(R"({"a":[1,2)") << QString();
    QTest::newRow("array trailing comma") << QByteArray(R"({"a":[1,]})") << QStringLiteral("a value is missing");
    QTest::newRow("too deep") << QByteArray(
        "{\"a\":" + QByteArray(StrictJson::kMaxDepth, '[') + QByteArray(StrictJson::kMaxDepth, ']') + "}")
                              << QStringLiteral("nest deeper than 64 levels");

    const QString invalidUtf8 = QStringLiteral("a string is not valid UTF-8");
    QTest::newRow("UTF-8 lone continuation byte") << QByteArray("{\"v\":\"\x80\"}") << invalidUtf8;
    QTest::newRow("UTF-8 overlong slash") << QByteArray("{\"v\":\"\xc0\xaf\"}") << invalidUtf8;
    QTest::newRow("UTF-8 overlong three bytes") << QByteArray("{\"v\":\"\xe0\x80\xaf\"}") << invalidUtf8;
    QTest::newRow("UTF-8 encoded surrogate") << QByteArray("{\"v\":\"\xed\xa0\x80\"}") << invalidUtf8;
    QTest::newRow("UTF-8 above U+10FFFF") << QByteArray("{\"v\":\"\xf4\x90\x80\x80\"}") << invalidUtf8;
    QTest::newRow("UTF-8 cut short") << QByteArray("{\"v\":\"\xe2\x82\"}") << invalidUtf8;
    QTest::newRow("UTF-8 0xff") << QByteArray("{\"v\":\"\xff\xfe\"}") << invalidUtf8;
    QTest::newRow("non-ASCII outside a string")
        << QByteArray("{\"v\":\xc3\xa9}") << QStringLiteral("a value is missing");

    const QString fraction = QStringLiteral("a number has a fraction or an exponent; the API takes only integers");
    QTest::newRow("1.0") << QByteArray(R"({"ifRevision":1.0})") << fraction;
    QTest::newRow("1e0") << QByteArray(R"({"ifRevision":1e0})") << fraction;
    QTest::newRow("1E+2") << QByteArray(R"({"ifRevision":1E+2})") << fraction;
    QTest::newRow("0e5") << QByteArray(R"({"ifRevision":0e5})") << fraction;
    QTest::newRow("0.5") << QByteArray(R"({"projectId":0.5})") << fraction;
    QTest::newRow("-0") << QByteArray(R"({"ifRevision":-0})") << QStringLiteral("the number -0 is not an integer");
    const QString malformedNumber = QStringLiteral("a number is malformed (no digits, or a leading zero)");
    QTest::newRow("01") << QByteArray(R"({"projectId":01})") << malformedNumber;
    QTest::newRow("-01") << QByteArray(R"({"projectId":-01})") << malformedNumber;
    QTest::newRow("00") << QByteArray(R"({"projectId":00})") << malformedNumber;
    QTest::newRow("minus alone") << QByteArray(R"({"projectId":-})") << malformedNumber;
    QTest::newRow("plus sign") << QByteArray(R"({"projectId":+1})") << QStringLiteral("a value is missing");
    QTest::newRow(".5") << QByteArray(R"({"projectId":.5})") << QStringLiteral("a value is missing");
    QTest::newRow("hexadecimal") << QByteArray(R"({"projectId":0x10})") << QString();
    const QString outOfRange = QStringLiteral("an integer lies outside -(2^53-1) to 2^53-1");
    QTest::newRow("2^53") << QByteArray(R"({"projectId":9007199254740992})") << outOfRange;
    QTest::newRow("2^53 + 1") << QByteArray(R"({"projectId":9007199254740993})") << outOfRange;
    QTest::newRow("-2^53") << QByteArray(R"({"projectId":-9007199254740992})") << outOfRange;
    QTest::newRow("beyond qint64") << QByteArray(R"({"projectId":123456789012345678901234567890})") << outOfRange;
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

void TestStrictJson::stringsDecodeExactly_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("value");
    QTest::newRow("simple escapes") << QByteArray(R"({"v":"\"\\\/\b\f\n\r\t"})") << QStringLiteral("\"\\/\b\f\n\r\t");
    QTest::newRow("escaped NUL") << QByteArray(R"({"v":"a\u0000b"})")
                                 << QStringLiteral("a") + QChar(u'\0') + QStringLiteral("b");
    QTest::newRow("escaped letter") << QByteArray(R"({"v":"\u0041\u00e9"})") << QStringLiteral("A\u00e9");
    QTest::newRow("raw byte order mark inside a value is kept") << QByteArray("{\"v\":\"\xef\xbb\xbf"
                                                                              "abc\"}")
                                                                << QStringLiteral("\ufeffabc");
    QTest::newRow("escaped byte order mark is kept")
        << QByteArray(R"({"v":"\ufeffabc"})") << QStringLiteral("\ufeffabc");
    QTest::newRow("two-byte UTF-8") << QByteArray("{\"v\":\"\xc3\xa9\"}") << QStringLiteral("\u00e9");
    QTest::newRow("three-byte UTF-8") << QByteArray("{\"v\":\"\xe2\x82\xac\"}") << QStringLiteral("\u20ac");
    QTest::newRow("four-byte UTF-8") << QByteArray("{\"v\":\"\xf0\x9f\x8e\x89\"}") << QStringLiteral("\U0001F389");
    QTest::newRow("escaped pair") << QByteArray(R"({"v":"\ud83c\udf89"})") << QStringLiteral("\U0001F389");
    QTest::newRow("mixed") << QByteArray("{\"v\":\"x\\n\xd0\xb6\\\"y\"}") << QStringLiteral("x\n\u0436\"y");
}

void TestStrictJson::stringsDecodeExactly()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, value);
    const Result<QJsonObject> parsed = StrictJson::parseObject(body);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.message()));
    QCOMPARE(parsed->value(QStringLiteral("v")).toString(), value);
}

void TestStrictJson::integersComeBackExactly_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("number");
    QTest::newRow("0") << QByteArray(R"({"n":0})") << qint64(0);
    QTest::newRow("17") << QByteArray(R"({"n":17})") << qint64(17);
    QTest::newRow("-17") << QByteArray(R"({"n":-17})") << qint64(-17);
    QTest::newRow("2^53 - 1") << QByteArray(R"({"n":9007199254740991})") << qint64(9007199254740991);
    QTest::newRow("-(2^53 - 1)") << QByteArray(R"({"n":-9007199254740991})") << qint64(-9007199254740991);
}

void TestStrictJson::integersComeBackExactly()
{
    QFETCH(QByteArray, body);
    QFETCH(qint64, number);
    const Result<QJsonObject> parsed = StrictJson::parseObject(body);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.message()));
    const QJsonValue value = parsed->value(QStringLiteral("n"));
    QVERIFY(value.isDouble());
    QCOMPARE(value.toInteger(-1), number);
    // An integer, not a double that happens to be whole: what ApiSupport::isJsonInteger relies on.
    QCOMPARE(value.toVariant().typeId(), int(QMetaType::LongLong));
}

void TestStrictJson::messagesNeverQuoteTheText_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("invalid escape") << QByteArray(R"({"value":"s3cretXYZ\q"})");
    QTest::newRow("control character") << QByteArray("{\"value\":\"s3cretXYZ\n\"}");
    QTest::newRow("fraction") << QByteArray(R"({"value":1234.5678})");
    QTest::newRow("out of range") << QByteArray(R"({"value":12345678901234567890})");
    QTest::newRow("not closed") << QByteArray(R"({"value":"s3cretXYZ)");
    QTest::newRow("invalid UTF-8") << QByteArray("{\"value\":\"s3cretXYZ\xff\"}");
}

void TestStrictJson::messagesNeverQuoteTheText()
{
    QFETCH(QByteArray, body);
    const Result<QJsonObject> parsed = StrictJson::parseObject(body);
    QVERIFY(!parsed.ok());
    for (const QString& piece :
        {QStringLiteral("s3cretXYZ"), QStringLiteral("1234"), QStringLiteral("5678"), QStringLiteral("123456789")}) {
        QVERIFY2(!parsed.message().contains(piece), qPrintable(parsed.message()));
    }
}

void TestStrictJson::nestingIsLimited()
{
    // Deep nesting must be refused before it exhausts the stack, however deep the body goes.
    const QByteArray deep = "{\"a\":" + QByteArray(100000, '[');
    const Result<QJsonObject> parsed = StrictJson::parseObject(deep);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.message().contains(QStringLiteral("nest deeper than 64 levels")), qPrintable(parsed.message()));
}

void TestStrictJson::manyKeysInReverseOrderAreRead()
{
    QByteArray body = "{";
    const int count = 20000;
    for (int i = count; i > 0; --i) {
        body += "\"k" + QByteArray::number(i).rightJustified(6, '0') + "\":" + QByteArray::number(i) + ',';
    }
    body.chop(1);
    body += '}';
    const Result<QJsonObject> parsed = StrictJson::parseObject(body);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->size(), count);
    QCOMPARE(parsed->value(QStringLiteral("k000001")).toInteger(), qint64(1));
    QCOMPARE(parsed->value(QStringLiteral("k020000")).toInteger(), qint64(count));
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
