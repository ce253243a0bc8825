// SecretMasker, the server's last net over a secrets admin's bot replies: it must find a value and
// the copy JSON.stringify makes of it, whatever the value holds (issue 19, item 12).
#include "server/SecretMasker.h"

#include "tests/support/TestMain.h"

#include <QJSEngine>
#include <QObject>
#include <QTest>

class TestSecretMasker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonEscapedIsWhatTheEngineWrites();
    void masksTheValueAndItsEscapedForm_data();
    void masksTheValueAndItsEscapedForm();
    void longerValueIsMaskedWhole();
    void emptyValuesMaskNothing();
};

void TestSecretMasker::jsonEscapedIsWhatTheEngineWrites()
{
    // Every code point of the first planes' interesting part, one at a time, against the runtime's
    // own JSON.stringify: the form SecretMasker computes must be the one a reply can hold.
    QJSEngine engine;
    const QJSValue stringify = engine.evaluate(QStringLiteral("JSON.stringify"));
    QVERIFY(stringify.isCallable());
    for (uint code = 1; code < 0x2100; ++code) {
        if (code >= 0xD800 && code < 0xE000) {
            continue;
        }
        const QString value = QStringLiteral("a") + QChar(static_cast<char16_t>(code)) + QStringLiteral("b");
        const QString quoted = stringify.call({QJSValue(value)}).toString();
        QCOMPARE(SecretMasker::jsonEscaped(value), quoted.mid(1, quoted.size() - 2));
    }
    QCOMPARE(SecretMasker::jsonEscaped(QStringLiteral("пароль ✓ 鍵")), QStringLiteral("пароль ✓ 鍵"));
}

void TestSecretMasker::masksTheValueAndItsEscapedForm_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("quotes") << QStringLiteral("sk_\"live\"_'x'");
    QTest::newRow("backslashes") << QStringLiteral("C:\\keys\\\\new");
    QTest::newRow("newlines") << QStringLiteral("one\ntwo\r\n\tthree");
    QTest::newRow("control characters") << QStringLiteral("bell\u0007esc\u001b[0m\u0001");
    QTest::newRow("non-ASCII") << QStringLiteral("пароль—\"ключ\"\\✓");
}

void TestSecretMasker::masksTheValueAndItsEscapedForm()
{
    QFETCH(QString, value);
    const SecretMasker masker(QStringList {value});
    QString raw = QStringLiteral("before ") + value + QStringLiteral(" after");
    QVERIFY(masker.mask(&raw));
    QCOMPARE(raw, QStringLiteral("before ****** after"));
    QString serialised = QStringLiteral("{\"key\":\"") + SecretMasker::jsonEscaped(value) + QStringLiteral("\"}");
    QVERIFY(masker.mask(&serialised));
    QCOMPARE(serialised, QStringLiteral("{\"key\":\"******\"}"));
    QString clean = QStringLiteral("nothing here");
    QVERIFY(!masker.mask(&clean));
}

void TestSecretMasker::longerValueIsMaskedWhole()
{
    const SecretMasker masker(QStringList {QStringLiteral("abc"), QStringLiteral("abc\"def")});
    QString text = QStringLiteral("abc\"def | abc\\\"def | abc");
    QVERIFY(masker.mask(&text));
    QCOMPARE(text, QStringLiteral("****** | ****** | ******"));
}

void TestSecretMasker::emptyValuesMaskNothing()
{
    const SecretMasker masker(QStringList {QString(), QStringLiteral("x")});
    QCOMPARE(masker.forms(), QStringList {QStringLiteral("x")});
}

BOTVAULT_TEST_MAIN(TestSecretMasker)
#include "TestSecretMasker.moc"
