#include "models/PasswordStrength.h"
#include "tests/support/TestMain.h"

#include <QTest>

// The strength estimate behind the create-vault dialog's strength bar.
class TestPasswordStrength : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scores_data();
    void scores();
    void hintNamesTheWeakness_data();
    void hintNamesTheWeakness();
    void longerIsNeverWeaker();
    void hintNeverContainsThePassword();
};

void TestPasswordStrength::scores_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("minScore");
    QTest::addColumn<int>("maxScore");

    QTest::newRow("empty") << QString() << 0 << 0;
    QTest::newRow("common") << QStringLiteral("password") << 0 << 0;
    QTest::newRow("common, capitalised") << QStringLiteral("Password") << 0 << 0;
    QTest::newRow("common, l33t") << QStringLiteral("P@ssw0rd") << 0 << 0;
    QTest::newRow("common digits") << QStringLiteral("123456789") << 0 << 0;
    QTest::newRow("keyboard row") << QStringLiteral("qwertyuiop") << 0 << 0;
    QTest::newRow("common with digits added") << QStringLiteral("dragon2024") << 0 << 1;
    QTest::newRow("one repeated character") << QStringLiteral("aaaaaaaaaaaaaaaa") << 0 << 0;
    QTest::newRow("alphabet run") << QStringLiteral("abcdefghijklmnop") << 0 << 0;
    QTest::newRow("repeated unit") << QStringLiteral("xk7xk7xk7xk7xk7") << 0 << 1;
    QTest::newRow("short random") << QStringLiteral("x7#Qp") << 0 << 1;
    QTest::newRow("eight random, all classes") << QStringLiteral("k9#Vt2!m") << 2 << 2;
    QTest::newRow("ten random lower case") << QStringLiteral("qhzrmwkvto") << 1 << 2;
    QTest::newRow("twelve random, all classes") << QStringLiteral("k9#Vt2!mQ8@z") << 3 << 4;
    QTest::newRow("name and year") << QStringLiteral("michael1987") << 0 << 1;
    QTest::newRow("keyboard pattern") << QStringLiteral("zxcvbnm,./") << 0 << 0;
    QTest::newRow("four words") << QStringLiteral("correct horse battery staple") << 4 << 4;
    QTest::newRow("long mixed") << QStringLiteral("Grey-Otter sings 7 tunes!") << 4 << 4;
    QTest::newRow("cyrillic phrase") << QStringLiteral("синий чайник поёт громко") << 4 << 4;
}

void TestPasswordStrength::scores()
{
    QFETCH(QString, password);
    QFETCH(int, minScore);
    QFETCH(int, maxScore);

    const PasswordStrength strength = estimatePasswordStrength(password);
    QVERIFY2(strength.score >= minScore && strength.score <= maxScore,
        qPrintable(QStringLiteral("score %1 (%2)").arg(strength.score).arg(strength.hint)));
    QVERIFY(strength.score >= 0 && strength.score <= PasswordStrength::kMaxScore);
    QVERIFY(!strength.hint.isEmpty());
}

void TestPasswordStrength::hintNamesTheWeakness_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("hint");

    QTest::newRow("empty") << QString() << QStringLiteral("Very weak: the password is empty.");
    QTest::newRow("common") << QStringLiteral("letmein")
                            << QStringLiteral("Very weak: this is one of the most common passwords.");
    QTest::newRow("decorated common") << QStringLiteral(
        "monkey!99") << QStringLiteral("Very weak: a common password with a few characters added is guessed early.");
    QTest::newRow("repeats") << QStringLiteral(
        "zzzzzzzzzz") << QStringLiteral("Very weak: avoid repeated characters and sequences such as 'aaa' or 'abc'.");
    QTest::newRow("short") << QStringLiteral("k9#Vt2!m")
                           << QStringLiteral("Fair: use at least 12 characters; a few unrelated words make a long "
                                             "password easy to remember.");
    QTest::newRow("one class") << QStringLiteral("qhzrmwkvtoxu")
                               << QStringLiteral(
                                      "Fair: make it longer or mix upper- and lower-case letters, digits and symbols.");
    QTest::newRow("strong") << QStringLiteral("correct horse battery staple") << QStringLiteral("Strong");
}

void TestPasswordStrength::hintNamesTheWeakness()
{
    QFETCH(QString, password);
    QFETCH(QString, hint);
    QCOMPARE(estimatePasswordStrength(password).hint, hint);
}

void TestPasswordStrength::longerIsNeverWeaker()
{
    // Typing on never lowers the bar for a password built of unrelated characters.
    const QString typed = QStringLiteral("Tq8#mZ2!wLp5@vRk");
    int previous = 0;
    for (qsizetype length = 1; length <= typed.size(); ++length) {
        const int score = estimatePasswordStrength(typed.left(length)).score;
        QVERIFY2(score >= previous, qPrintable(typed.left(length)));
        previous = score;
    }
    QCOMPARE(previous, PasswordStrength::kMaxScore);
}

void TestPasswordStrength::hintNeverContainsThePassword()
{
    for (const QString& password : {QStringLiteral("letmein"), QStringLiteral("zzzzzzzzzz"), QStringLiteral("k9#Vt2!m"),
             QStringLiteral("qhzrmwkvtoxu")}) {
        QVERIFY(!estimatePasswordStrength(password).hint.contains(password));
    }
}

BOTVAULT_TEST_MAIN(TestPasswordStrength)
#include "TestPasswordStrength.moc"
