#include "models/NameRules.h"

#include "tests/support/TestMain.h"

#include <QObject>
#include <QTest>

namespace {

QString codePoint(char32_t value)
{
    return QString::fromUcs4(&value, 1);
}

// A message must stay one readable line: no control characters, no half of a surrogate pair.
void verifyPrintableLine(const QString& message)
{
    for (qsizetype i = 0; i < message.size(); ++i) {
        const QChar c = message.at(i);
        QVERIFY2(c.category() != QChar::Other_Control,
            qPrintable(QStringLiteral("control character at %1 in: %2").arg(i).arg(message)));
        if (c.isHighSurrogate()) {
            QVERIFY2(i + 1 < message.size() && message.at(i + 1).isLowSurrogate(), qPrintable(message));
            ++i;
        } else {
            QVERIFY2(!c.isLowSurrogate(), qPrintable(message));
        }
    }
}

} // namespace

class TestNameRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validNames_data();
    void validNames();
    void invalidNames_data();
    void invalidNames();
    void exampleMessage();
    void namesAreCaseSensitive();
    void longNameIsElided();
    void elisionKeepsSurrogatePairsWhole();

    void caseCollisions_data();
    void caseCollisions();
    void caseCollisionWarning();
    void caseCollisionWarningListsEveryName();
    void noWarningWithoutCollisions();

    void validProjectNames_data();
    void validProjectNames();
    void invalidProjectNames_data();
    void invalidProjectNames();
};

void TestNameRules::validNames_data()
{
    QTest::addColumn<QString>("name");

    QTest::newRow("single letter") << QStringLiteral("a");
    QTest::newRow("single upper-case letter") << QStringLiteral("Z");
    QTest::newRow("single digit") << QStringLiteral("7");
    QTest::newRow("128 characters") << QStringLiteral("a").repeated(NameRules::kMaxLength);
    QTest::newRow("digits only") << QStringLiteral("0123456789");
    QTest::newRow("underscore only") << QStringLiteral("_");
    QTest::newRow("underscores only") << QStringLiteral("___");
    QTest::newRow("mixed case") << QStringLiteral("Api_Key_2");
    QTest::newRow("every allowed character")
        << QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_");
}

void TestNameRules::validNames()
{
    QFETCH(QString, name);

    const Result<void> result = NameRules::validate(name);
    QVERIFY2(result.ok(), qPrintable(result.message()));
}

void TestNameRules::invalidNames_data()
{
    QTest::addColumn<QString>("name");
    // Each fragment must appear in the message: the rule, the offending character, its position.
    QTest::addColumn<QStringList>("fragments");

    const QString rule = QStringLiteral("only Latin letters, digits and underscores");
    const QString strictRule = QStringLiteral("only the Latin letters A-Z and a-z, the digits 0-9 and underscores");

    QTest::newRow("empty") << QString() << QStringList {QStringLiteral("empty"), QStringLiteral("1 to 128")};
    QTest::newRow("129 characters") << QStringLiteral("a").repeated(NameRules::kMaxLength + 1)
                                    << QStringList {QStringLiteral("129 characters"), QStringLiteral("at most 128")};
    QTest::newRow("hyphen") << QStringLiteral("api-key")
                            << QStringList {rule, QStringLiteral("'api-key'"), QStringLiteral("'-'"),
                                   QStringLiteral("position 4")};
    QTest::newRow("space") << QStringLiteral("api key")
                           << QStringList {rule, QStringLiteral("'api key'"), QStringLiteral("a space"),
                                  QStringLiteral("position 4")};
    QTest::newRow("leading space") << QStringLiteral(" key")
                                   << QStringList {QStringLiteral("a space"), QStringLiteral("position 1")};
    QTest::newRow("dot") << QStringLiteral("api.key")
                         << QStringList {rule, QStringLiteral("'.'"), QStringLiteral("position 4")};
    QTest::newRow("dollar") << QStringLiteral("$key")
                            << QStringList {rule, QStringLiteral("'$'"), QStringLiteral("position 1")};
    // A '%' followed by a digit in the name must not be taken for a placeholder of the message.
    QTest::newRow("percent placeholder lookalike")
        << QStringLiteral("50%3off")
        << QStringList {rule, QStringLiteral("'50%3off'"), QStringLiteral("'%'"), QStringLiteral("position 3")};
    QTest::newRow("space before percent placeholder lookalike")
        << QStringLiteral(" %2x") << QStringList {QStringLiteral("' %2x'"), QStringLiteral("position 1")};
    QTest::newRow("dollar at the end") << QStringLiteral("key$")
                                       << QStringList {QStringLiteral("'$'"), QStringLiteral("position 4")};
    QTest::newRow("Cyrillic letter that looks Latin")
        << QStringLiteral("key") + codePoint(0x0430)
        << QStringList {strictRule, QStringLiteral("'") + codePoint(0x0430) + QStringLiteral("'"),
               QStringLiteral("U+0430"), QStringLiteral("position 4")};
    QTest::newRow("accented letter") << QStringLiteral("caf") + codePoint(0x00E9)
                                     << QStringList {strictRule,
                                            QStringLiteral("'") + codePoint(0x00E9) + QStringLiteral("'"),
                                            QStringLiteral("U+00E9"), QStringLiteral("position 4")};
    QTest::newRow("full-width digit") << QStringLiteral("key")
            + codePoint(0xFF11) << QStringList {strictRule, QStringLiteral("U+FF11"), QStringLiteral("position 4")};
    QTest::newRow("emoji outside the BMP")
        << QStringLiteral("key") + codePoint(0x1F511)
        << QStringList {QStringLiteral("'") + codePoint(0x1F511) + QStringLiteral("'"), QStringLiteral("U+1F511"),
               QStringLiteral("position 4")};
    QTest::newRow("emoji first") << codePoint(0x1F511) + QStringLiteral("-")
                                 << QStringList {QStringLiteral("U+1F511"), QStringLiteral("position 1")};
    QTest::newRow("tab") << QStringLiteral(
        "api\tkey") << QStringList {rule, QStringLiteral("whitespace character U+0009"), QStringLiteral("position 4")};
    QTest::newRow("line feed") << QStringLiteral("api\nkey")
                               << QStringList {QStringLiteral("U+000A"), QStringLiteral("position 4")};
    QTest::newRow("no-break space") << QStringLiteral("api") + codePoint(0x00A0) + QStringLiteral("key")
                                    << QStringList {QStringLiteral("U+00A0"), QStringLiteral("position 4")};
    QTest::newRow("NUL") << QString(QStringLiteral("api") + QChar(u'\0') + QStringLiteral("key"))
                         << QStringList {
                                rule, QStringLiteral("non-printable character U+0000"), QStringLiteral("position 4")};
    QTest::newRow("zero-width space") << QStringLiteral("api") + codePoint(0x200B) + QStringLiteral("key")
                                      << QStringList {QStringLiteral("non-printable character U+200B"),
                                             QStringLiteral("position 4")};
    QTest::newRow("unpaired surrogate") << QString(QStringLiteral("a") + QChar(u'\xD83D') + QStringLiteral("b"))
                                        << QStringList {QStringLiteral("U+D83D"), QStringLiteral("position 2")};
    QTest::newRow("combining mark") << QStringLiteral("cafe")
            + codePoint(0x0301) << QStringList {QStringLiteral("combining mark U+0301"), QStringLiteral("position 5")};
}

void TestNameRules::invalidNames()
{
    QFETCH(QString, name);
    QFETCH(QStringList, fragments);

    const Result<void> result = NameRules::validate(name);
    QVERIFY(!result.ok());
    QCOMPARE(result.code(), ErrorCode::InvalidInput);
    for (const QString& fragment : fragments) {
        QVERIFY2(result.message().contains(fragment),
            qPrintable(QStringLiteral("'%1' not in: %2").arg(fragment, result.message())));
    }
    verifyPrintableLine(result.message());
}

void TestNameRules::exampleMessage()
{
    QCOMPARE(NameRules::validate(QStringLiteral("api-key")).message(),
        QStringLiteral("The name may contain only Latin letters, digits and underscores: 'api-key' contains '-' "
                       "at position 4."));
}

void TestNameRules::namesAreCaseSensitive()
{
    QVERIFY(NameRules::validate(QStringLiteral("API_KEY")).ok());
    QVERIFY(NameRules::validate(QStringLiteral("api_key")).ok());
    QVERIFY(NameRules::caseCollisions(QStringLiteral("API_KEY"), {QStringLiteral("API_KEY")}).isEmpty());
}

void TestNameRules::longNameIsElided()
{
    const QString name = QStringLiteral("a").repeated(200) + QStringLiteral("-");

    const Result<void> result = NameRules::validate(name);
    QVERIFY(!result.ok());
    QVERIFY2(result.message().contains(QStringLiteral("position 201")), qPrintable(result.message()));
    QVERIFY2(result.message().contains(QStringLiteral("a").repeated(40) + QChar(u'\u2026') + QStringLiteral("'")),
        qPrintable(result.message()));
    QVERIFY2(!result.message().contains(QStringLiteral("a").repeated(41)), qPrintable(result.message()));
    QVERIFY2(result.message().size() < 200, qPrintable(result.message()));
}

void TestNameRules::elisionKeepsSurrogatePairsWhole()
{
    // The emoji is the 40th character but the 40th and 41st UTF-16 unit.
    const QString name = QStringLiteral("a").repeated(39) + codePoint(0x1F511) + QStringLiteral("b").repeated(20);

    const Result<void> result = NameRules::validate(name);
    QVERIFY(!result.ok());
    QVERIFY2(result.message().contains(codePoint(0x1F511) + QChar(u'\u2026') + QStringLiteral("'")),
        qPrintable(result.message()));
    QVERIFY2(result.message().contains(QStringLiteral("position 40")), qPrintable(result.message()));
    verifyPrintableLine(result.message());
}

void TestNameRules::caseCollisions_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("existing");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("no existing names") << QStringLiteral("api_key") << QStringList {} << QStringList {};
    QTest::newRow("upper against lower") << QStringLiteral("API_KEY")
                                         << QStringList {QStringLiteral("api_key"), QStringLiteral("token")}
                                         << QStringList {QStringLiteral("api_key")};
    QTest::newRow("exact duplicate is not a case collision")
        << QStringLiteral("api_key") << QStringList {QStringLiteral("api_key")} << QStringList {};
    QTest::newRow("several variants, exact duplicate left out")
        << QStringLiteral("Api_Key")
        << QStringList {QStringLiteral("Api_Key"), QStringLiteral("api_key"), QStringLiteral("TOKEN"),
               QStringLiteral("API_KEY")}
        << QStringList {QStringLiteral("api_key"), QStringLiteral("API_KEY")};
    QTest::newRow("repeated existing name reported once")
        << QStringLiteral("token") << QStringList {QStringLiteral("TOKEN"), QStringLiteral("TOKEN")}
        << QStringList {QStringLiteral("TOKEN")};
    QTest::newRow("longer name is not a collision")
        << QStringLiteral("api_key") << QStringList {QStringLiteral("API_KEY1"), QStringLiteral("api_ke")}
        << QStringList {};
}

void TestNameRules::caseCollisions()
{
    QFETCH(QString, name);
    QFETCH(QStringList, existing);
    QFETCH(QStringList, expected);

    QCOMPARE(NameRules::caseCollisions(name, existing), expected);
}

void TestNameRules::caseCollisionWarning()
{
    QCOMPARE(NameRules::caseCollisionWarning(QStringLiteral("API_KEY"), {QStringLiteral("api_key")}),
        QStringLiteral("'API_KEY' differs only by case from 'api_key'; scripts read names case-sensitively."));
}

void TestNameRules::caseCollisionWarningListsEveryName()
{
    const QString warning = NameRules::caseCollisionWarning(
        QStringLiteral("Api_Key"), {QStringLiteral("api_key"), QStringLiteral("API_KEY"), QStringLiteral("aPi_KeY")});

    QVERIFY2(warning.startsWith(QStringLiteral("'Api_Key' differs only by case from ")), qPrintable(warning));
    for (const QString& other :
        {QStringLiteral("'api_key'"), QStringLiteral("'API_KEY'"), QStringLiteral("'aPi_KeY'")}) {
        QVERIFY2(warning.contains(other), qPrintable(warning));
    }
}

void TestNameRules::noWarningWithoutCollisions()
{
    QVERIFY(NameRules::caseCollisionWarning(QStringLiteral("api_key"), {}).isEmpty());
}

void TestNameRules::validProjectNames_data()
{
    QTest::addColumn<QString>("name");

    QTest::newRow("single character") << QStringLiteral("x");
    QTest::newRow("words with spaces") << QStringLiteral("Shop bot (staging)");
    QTest::newRow("Cyrillic") << QString::fromUtf8("Бот магазина");
    QTest::newRow("128 characters") << QStringLiteral("p").repeated(NameRules::kMaxLength);
    // 128 code points but 256 UTF-16 units: the limit counts characters.
    QTest::newRow("128 emoji") << codePoint(0x1F916).repeated(NameRules::kMaxLength);
    QTest::newRow("emoji sequence with zero-width joiner")
        << QStringLiteral("Team ") + codePoint(0x1F468) + codePoint(0x200D) + codePoint(0x1F4BB);
}

void TestNameRules::validProjectNames()
{
    QFETCH(QString, name);

    const Result<void> result = NameRules::validateProjectName(name);
    QVERIFY2(result.ok(), qPrintable(result.message()));
}

void TestNameRules::invalidProjectNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("fragments");

    QTest::newRow("empty") << QString() << QStringList {QStringLiteral("empty"), QStringLiteral("1 to 128")};
    QTest::newRow("129 characters") << QStringLiteral("p").repeated(NameRules::kMaxLength + 1)
                                    << QStringList {QStringLiteral("129 characters"), QStringLiteral("at most 128")};
    QTest::newRow("129 emoji") << codePoint(0x1F916).repeated(NameRules::kMaxLength + 1)
                               << QStringList {QStringLiteral("129 characters")};
    QTest::newRow("spaces only") << QStringLiteral("   ") << QStringList {QStringLiteral("only spaces")};
    QTest::newRow("no-break spaces only") << codePoint(0x00A0).repeated(2) << QStringList {QStringLiteral("only")};
    QTest::newRow("zero-width space only") << codePoint(0x200B) << QStringList {QStringLiteral("invisible")};
    QTest::newRow("tab") << QStringLiteral("Shop\tbot")
                         << QStringList {QStringLiteral("control characters"), QStringLiteral("U+0009"),
                                QStringLiteral("position 5")};
    QTest::newRow("tab only") << QStringLiteral("\t") << QStringList {QStringLiteral("U+0009")};
    QTest::newRow("tab after percent placeholder lookalike")
        << QStringLiteral("Shop%3\tbot") << QStringList {QStringLiteral("'Shop%3"), QStringLiteral("position 7")};
    QTest::newRow("line feed") << QStringLiteral("Shop\nbot")
                               << QStringList {QStringLiteral("U+000A"), QStringLiteral("position 5")};
    QTest::newRow("NUL") << QString(QStringLiteral("Shop") + QChar(u'\0'))
                         << QStringList {QStringLiteral("U+0000"), QStringLiteral("position 5")};
    QTest::newRow("line separator") << QStringLiteral("Shop") + codePoint(0x2028) + QStringLiteral("bot")
                                    << QStringList {QStringLiteral("U+2028"), QStringLiteral("position 5")};
    QTest::newRow("control character after emoji") << codePoint(0x1F916)
            + QStringLiteral("\x01") << QStringList {QStringLiteral("U+0001"), QStringLiteral("position 2")};
    QTest::newRow("unpaired surrogate") << QString(QStringLiteral("Shop") + QChar(u'\xDC00'))
                                        << QStringList {QStringLiteral("U+DC00"), QStringLiteral("position 5")};
    QTest::newRow("leading space") << QStringLiteral(" Shop bot")
                                   << QStringList {QStringLiteral("starts with a space"), QStringLiteral("'Shop bot'")};
    QTest::newRow("trailing space") << QStringLiteral("Shop bot ")
                                    << QStringList {QStringLiteral("ends with a space"), QStringLiteral("'Shop bot'")};
    QTest::newRow("trailing ideographic space")
        << QStringLiteral("Shop bot") + codePoint(0x3000) << QStringList {QStringLiteral("ends with a space")};
}

void TestNameRules::invalidProjectNames()
{
    QFETCH(QString, name);
    QFETCH(QStringList, fragments);

    const Result<void> result = NameRules::validateProjectName(name);
    QVERIFY(!result.ok());
    QCOMPARE(result.code(), ErrorCode::InvalidInput);
    for (const QString& fragment : fragments) {
        QVERIFY2(result.message().contains(fragment),
            qPrintable(QStringLiteral("'%1' not in: %2").arg(fragment, result.message())));
    }
    verifyPrintableLine(result.message());
}

BOTVAULT_TEST_MAIN(TestNameRules)

#include "TestNameRules.moc"
