#include "models/PasswordGenerator.h"
#include "models/SecretTextShape.h"

#include "tests/support/TestMain.h"

#include <QObject>
#include <QSet>
#include <QTest>

// The tools of the Add/Edit secret dialog: the generator of new tokens and passwords, and the shape
// check of a multi-line value (line count, PEM blocks) shown before it is saved.
class TestSecretValueTools : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatesTheLengthFromTheChosenSets_data();
    void generatesTheLengthFromTheChosenSets();
    void refusesBadOptions();
    void drawsDifferentValuesCoveringTheAlphabet();
    void shapeOfAPemKey();
    void shapeOfACertificateChain();
    void brokenPemSaysWhy_data();
    void brokenPemSaysWhy();
    void plainMultiLineText();
};

void TestSecretValueTools::generatesTheLengthFromTheChosenSets_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<bool>("lowercase");
    QTest::addColumn<bool>("uppercase");
    QTest::addColumn<bool>("digits");
    QTest::addColumn<bool>("symbols");
    QTest::newRow("defaults") << 32 << true << true << true << false;
    QTest::newRow("digits only") << 8 << false << false << true << false;
    QTest::newRow("every set, long") << 256 << true << true << true << true;
    QTest::newRow("symbols and lowercase") << 20 << true << false << false << true;
}

void TestSecretValueTools::generatesTheLengthFromTheChosenSets()
{
    QFETCH(int, length);
    QFETCH(bool, lowercase);
    QFETCH(bool, uppercase);
    QFETCH(bool, digits);
    QFETCH(bool, symbols);
    PasswordGenerator::Options options;
    options.length = length;
    options.lowercase = lowercase;
    options.uppercase = uppercase;
    options.digits = digits;
    options.symbols = symbols;
    const QString alphabet = PasswordGenerator::alphabet(options);
    for (int attempt = 0; attempt < 20; ++attempt) {
        const Result<QString> generated = PasswordGenerator::generate(options);
        QVERIFY2(generated.ok(), qPrintable(generated.ok() ? QString() : generated.message()));
        const QString value = generated.value();
        QCOMPARE(value.size(), length);
        for (QChar c : value) {
            QVERIFY2(alphabet.contains(c), qPrintable(QString(c)));
        }
        // At least one character of every chosen set, none of the others.
        auto hasAny = [&value](bool (*test)(char32_t)) {
            return std::any_of(value.cbegin(), value.cend(), [test](QChar c) { return test(c.unicode()); });
        };
        QCOMPARE(hasAny([](char32_t c) { return c >= 'a' && c <= 'z'; }), lowercase);
        QCOMPARE(hasAny([](char32_t c) { return c >= 'A' && c <= 'Z'; }), uppercase);
        QCOMPARE(hasAny([](char32_t c) { return c >= '0' && c <= '9'; }), digits);
        QCOMPARE(hasAny([](char32_t c) {
            return !(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9');
        }),
            symbols);
    }
}

void TestSecretValueTools::refusesBadOptions()
{
    PasswordGenerator::Options none;
    none.lowercase = none.uppercase = none.digits = none.symbols = false;
    const Result<QString> noSet = PasswordGenerator::generate(none);
    QVERIFY(!noSet.ok());
    QCOMPARE(noSet.code(), ErrorCode::InvalidInput);
    QCOMPARE(noSet.message(), QStringLiteral("Choose at least one set of characters."));

    PasswordGenerator::Options tooShort;
    tooShort.length = PasswordGenerator::kMinLength - 1;
    QCOMPARE(PasswordGenerator::generate(tooShort).message(),
        QStringLiteral("The length must be between 8 and 256 characters."));
    PasswordGenerator::Options tooLong;
    tooLong.length = PasswordGenerator::kMaxLength + 1;
    QVERIFY(!PasswordGenerator::generate(tooLong).ok());
}

void TestSecretValueTools::drawsDifferentValuesCoveringTheAlphabet()
{
    PasswordGenerator::Options options;
    options.lowercase = options.uppercase = options.symbols = false; // the ten digits
    options.length = 256;
    QSet<QString> values;
    QSet<QChar> seen;
    for (int i = 0; i < 8; ++i) {
        const QString value = PasswordGenerator::generate(options).value();
        values.insert(value);
        for (QChar c : value) {
            seen.insert(c);
        }
    }
    QCOMPARE(values.size(), 8);
    QCOMPARE(seen.size(), 10);
    // Quotes, backslashes and spaces break shell lines and .env files, so they are never drawn.
    options.symbols = true;
    for (QChar c : {QLatin1Char('"'), QLatin1Char('\''), QLatin1Char('\\'), QLatin1Char(' '), QLatin1Char('`')}) {
        QVERIFY(!PasswordGenerator::alphabet(options).contains(c));
    }
}

void TestSecretValueTools::shapeOfAPemKey()
{
    const QString key = QStringLiteral("-----BEGIN RSA PRIVATE KEY-----\n"
                                       "MIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu\n"
                                       "KUpRKfFLfRYC9AIKjbJTWit+CqvjWYzvQwECAwEAAQ==\n"
                                       "-----END RSA PRIVATE KEY-----\n");
    const SecretTextShape shape = describeSecretText(key);
    QCOMPARE(shape.lines, 4);
    QCOMPARE(shape.bytes, key.toUtf8().size());
    QCOMPARE(shape.pem, SecretTextShape::Pem::PrivateKey);
    QCOMPARE(shape.pemLabel, QStringLiteral("RSA PRIVATE KEY"));
    QCOMPARE(shape.blocks, 1);
    QCOMPARE(shape.summary(),
        QStringLiteral("Lines: 4, bytes: %1: looks like a PEM private key (RSA PRIVATE KEY).")
            .arg(key.toUtf8().size()));
    // The summary describes the value, never quotes it.
    QVERIFY(!shape.summary().contains(QStringLiteral("MIIB")));

    // Windows line endings and an encrypted key's headers are fine too.
    QString encrypted = QStringLiteral("-----BEGIN EC PRIVATE KEY-----\r\nProc-Type: 4,ENCRYPTED\r\n"
                                       "DEK-Info: AES-128-CBC,0123\r\n\r\nAAAA\r\n-----END EC PRIVATE KEY-----");
    QCOMPARE(describeSecretText(encrypted).pem, SecretTextShape::Pem::PrivateKey);
}

void TestSecretValueTools::shapeOfACertificateChain()
{
    const QString block = QStringLiteral("-----BEGIN CERTIFICATE-----\nQUJD\n-----END CERTIFICATE-----\n");
    const SecretTextShape shape = describeSecretText(QStringLiteral("subject=CN=bot\n") + block + block);
    QCOMPARE(shape.pem, SecretTextShape::Pem::Certificate);
    QCOMPARE(shape.blocks, 2);
    QVERIFY2(shape.summary().endsWith(QStringLiteral(": looks like a chain of PEM certificates (blocks: 2).")),
        qPrintable(shape.summary()));
}

void TestSecretValueTools::brokenPemSaysWhy_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problem");
    QTest::newRow("cut short") << QStringLiteral("-----BEGIN PRIVATE KEY-----\nQUJD\nQUJD")
                               << QStringLiteral("The PEM block “PRIVATE KEY” has no END line: the value may be cut "
                                                 "short.");
    QTest::newRow("other end") << QStringLiteral("-----BEGIN PRIVATE KEY-----\nQUJD\n-----END CERTIFICATE-----")
                               << QStringLiteral("Line 3 ends “CERTIFICATE”, but the block began as “PRIVATE KEY”.");
    QTest::newRow("not base64") << QStringLiteral(
        "-----BEGIN PRIVATE KEY-----\nQUJD\nno spaces!\n-----END PRIVATE KEY-----")
                                << QStringLiteral("Line 3 of the PEM block is not base64.");
    QTest::newRow("end first") << QStringLiteral("QUJD\n-----END PRIVATE KEY-----")
                               << QStringLiteral("Line 2 ends a PEM block that never began.");
}

void TestSecretValueTools::brokenPemSaysWhy()
{
    QFETCH(QString, text);
    QFETCH(QString, problem);
    const SecretTextShape shape = describeSecretText(text);
    QCOMPARE(shape.pem, SecretTextShape::Pem::Broken);
    QCOMPARE(shape.problem, problem);
    QVERIFY(shape.summary().endsWith(problem));
}

void TestSecretValueTools::plainMultiLineText()
{
    const SecretTextShape shape = describeSecretText(QStringLiteral("line one\nline two\n"));
    QCOMPARE(shape.lines, 2);
    QCOMPARE(shape.pem, SecretTextShape::Pem::None);
    QCOMPARE(shape.summary(), QStringLiteral("Lines: 2, bytes: 18."));
    QCOMPARE(describeSecretText(QString()).lines, 0);
    QCOMPARE(describeSecretText(QStringLiteral("x")).summary(), QStringLiteral("Lines: 1, bytes: 1."));
}

BOTVAULT_TEST_MAIN(TestSecretValueTools)
#include "TestSecretValueTools.moc"
