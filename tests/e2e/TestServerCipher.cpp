#include "server/ServerCipher.h"
#include "tests/support/TestMain.h"

#include <QFile>
#include <QTemporaryDir>

// The reference server's AES-256-GCM wrapper: what it refuses matters as much as what it opens.
class TestServerCipher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sealedValueOpensWithTheSameBinding();
    void tamperedOrMovedValueDoesNotOpen_data();
    void tamperedOrMovedValueDoesNotOpen();
    void keyFileIsCreatedOwnerOnlyAndReused();
    void keyFileOfTheWrongSizeIsRefused();
};

void TestServerCipher::sealedValueOpensWithTheSameBinding()
{
    const ServerCipher cipher(ServerCipher::randomBytes(ServerCipher::kKeyBytes));
    const QByteArray plaintext = QStringLiteral("пароль\n🎉").toUtf8();
    const Result<QByteArray> sealed = cipher.seal(plaintext, "project 1 / API_KEY");
    QVERIFY(sealed.ok());
    QVERIFY(!sealed.value().contains(plaintext));
    QCOMPARE(sealed.value().size(), 1 + ServerCipher::kNonceBytes + plaintext.size() + ServerCipher::kTagBytes);
    // A fresh nonce every time: the same value never gives the same bytes.
    QVERIFY(cipher.seal(plaintext, "project 1 / API_KEY").value() != sealed.value());
    const Result<QByteArray> opened = cipher.open(sealed.value(), "project 1 / API_KEY");
    QVERIFY(opened.ok());
    QCOMPARE(opened.value(), plaintext);
}

void TestServerCipher::tamperedOrMovedValueDoesNotOpen_data()
{
    QTest::addColumn<int>("flipByte"); // -1: none
    QTest::addColumn<QByteArray>("binding");
    QTest::addColumn<bool>("otherKey");
    QTest::newRow("ciphertext byte") << 20 << QByteArray("binding") << false;
    QTest::newRow("tag byte") << -2 << QByteArray("binding") << false;
    QTest::newRow("nonce byte") << 3 << QByteArray("binding") << false;
    QTest::newRow("version byte") << 0 << QByteArray("binding") << false;
    QTest::newRow("other binding") << -1 << QByteArray("other binding") << false;
    QTest::newRow("other key") << -1 << QByteArray("binding") << true;
}

void TestServerCipher::tamperedOrMovedValueDoesNotOpen()
{
    QFETCH(int, flipByte);
    QFETCH(QByteArray, binding);
    QFETCH(bool, otherKey);
    const ServerCipher cipher(ServerCipher::randomBytes(ServerCipher::kKeyBytes));
    QByteArray sealed = cipher.seal(QByteArray(40, 'v'), "binding").value();
    if (flipByte != -1) {
        const qsizetype index = flipByte >= 0 ? flipByte : sealed.size() + flipByte + 1;
        sealed[index] = static_cast<char>(sealed.at(index) ^ 0x01);
    }
    const ServerCipher opener = otherKey ? ServerCipher(ServerCipher::randomBytes(ServerCipher::kKeyBytes)) : cipher;
    const Result<QByteArray> opened = opener.open(sealed, binding);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.code(), ErrorCode::Damaged);
}

void TestServerCipher::keyFileIsCreatedOwnerOnlyAndReused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("server.db.key"));
    const Result<ServerCipher> created = ServerCipher::openKeyFile(path);
    QVERIFY(created.ok());
    QCOMPARE(QFile(path).size(), ServerCipher::kKeyBytes);
    QCOMPARE(QFile::permissions(path) & ~(QFile::ReadUser | QFile::WriteUser | QFile::ReadOwner | QFile::WriteOwner),
        QFile::Permissions());
    const QByteArray sealed = created.value().seal("value", "binding").value();
    const Result<ServerCipher> reopened = ServerCipher::openKeyFile(path);
    QVERIFY(reopened.ok());
    QCOMPARE(reopened.value().open(sealed, "binding").value(), QByteArray("value"));
}

void TestServerCipher::keyFileOfTheWrongSizeIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("server.db.key"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(16, 'k'));
    file.close();
    const Result<ServerCipher> opened = ServerCipher::openKeyFile(path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.code(), ErrorCode::Damaged);
    // Refused, not replaced: the old key may still be needed.
    QCOMPARE(QFile(path).size(), 16);
}

BOTVAULT_TEST_MAIN(TestServerCipher)
#include "TestServerCipher.moc"
