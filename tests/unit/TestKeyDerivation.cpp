#include "storage/KeyDerivation.h"

#include "tests/support/TestMain.h"

#include <QObject>
#include <QTest>

namespace {

QByteArray hex(const char* text)
{
    return QByteArray::fromHex(QByteArray(text));
}

QByteArray byteRange(int first, int last)
{
    QByteArray bytes;
    for (int value = first; value <= last; ++value) {
        bytes.append(static_cast<char>(value));
    }
    return bytes;
}

} // namespace

class TestKeyDerivation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hkdfMatchesRfc5869_data() { addRfc5869Rows(); }
    void hkdfMatchesRfc5869();
    void hkdfExtractIsHmacOfTheSalt_data() { addRfc5869Rows(); }
    void hkdfExtractIsHmacOfTheSalt();
    void subkeyDeriverMatchesRfc5869Expand_data() { addRfc5869Rows(); }
    void subkeyDeriverMatchesRfc5869Expand();
    void subkeyDeriverMatchesHkdf();
    void hkdfRefusesWhatOpenSslWouldZeroFill();
    void hmacSha256MatchesRfc4231();
    void keyedHmacMatchesRfc4231AndQca_data();
    void keyedHmacMatchesRfc4231AndQca();
    void randomKeysDiffer();
    void cryptoIsAvailable();

private:
    static void addRfc5869Rows();
};

void TestKeyDerivation::addRfc5869Rows()
{
    QTest::addColumn<QByteArray>("inputKey");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<QByteArray>("info");
    QTest::addColumn<QByteArray>("prk");
    QTest::addColumn<QByteArray>("okm");

    // RFC 5869, appendix A, the three SHA-256 cases.
    QTest::newRow("A.1 basic") << QByteArray(22, '\x0b') << hex("000102030405060708090a0b0c")
                               << hex("f0f1f2f3f4f5f6f7f8f9")
                               << hex("077709362c2e32df0ddc3f0dc47bba6390b6c73bb50f9c3122ec844ad7c2b3e5")
                               << hex("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf"
                                      "34007208d5b887185865");
    QTest::newRow("A.2 long inputs and outputs")
        << byteRange(0x00, 0x4f) << byteRange(0x60, 0xaf) << byteRange(0xb0, 0xff)
        << hex("06a6b88c5853361a06104c9ceb35b45cef760014904671014a193f40c15fc244")
        << hex("b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c"
               "59045a99cac7827271cb41c65e590e09da3275600c2f09b8367793a9aca3db71"
               "cc30c58179ec3e87c14c01d5c1f3434f1d87");
    QTest::newRow("A.3 empty salt and info") << QByteArray(22, '\x0b') << QByteArray() << QByteArray()
                                             << hex("19ef24a32c717b167f33a91d6f648bdf96596776afdb6377ac434c1c293ccb04")
                                             << hex("8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d"
                                                    "9d201395faa4b61a96c8");
}

void TestKeyDerivation::hkdfMatchesRfc5869()
{
    QFETCH(QByteArray, inputKey);
    QFETCH(QByteArray, salt);
    QFETCH(QByteArray, info);
    QFETCH(QByteArray, okm);

    const QCA::SymmetricKey derived = KeyDerivation::hkdf(QCA::SecureArray(inputKey), salt, info, okm.size());
    QCOMPARE(derived.toByteArray().toHex(), okm.toHex());
}

void TestKeyDerivation::hkdfExtractIsHmacOfTheSalt()
{
    QFETCH(QByteArray, inputKey);
    QFETCH(QByteArray, salt);
    QFETCH(QByteArray, prk);

    // RFC 5869 section 2.2: an absent salt is HashLen zero bytes.
    const QByteArray extractSalt = salt.isEmpty() ? QByteArray(32, '\0') : salt;
    QCOMPARE(KeyDerivation::hmacSha256(QCA::SymmetricKey(extractSalt), inputKey).toHex(), prk.toHex());
}

void TestKeyDerivation::subkeyDeriverMatchesRfc5869Expand()
{
    QFETCH(QByteArray, info);
    QFETCH(QByteArray, prk);
    QFETCH(QByteArray, okm);

    SubkeyDeriver deriver {QCA::SymmetricKey(prk)};
    QCOMPARE(deriver.derive(info).toByteArray().toHex(), okm.left(32).toHex());
    // Again on the same object: the MAC is reused, not rebuilt.
    QCOMPARE(deriver.derive(info).toByteArray().toHex(), okm.left(32).toHex());
}

void TestKeyDerivation::subkeyDeriverMatchesHkdf()
{
    // Arbitrary inputs, one deriver reused many times: each subkey must equal what a full
    // HKDF (extract + expand) gives, whatever was derived before it on the same MAC object.
    const QByteArray salt = QByteArrayLiteral("vault id 0123456");
    const QCA::SecureArray inputKey(QByteArray(32, '\x5a'));
    const QCA::SymmetricKey prk(KeyDerivation::hmacSha256(QCA::SymmetricKey(salt), inputKey.toByteArray()));
    SubkeyDeriver deriver(prk);

    QList<QByteArray> infos
        = {QByteArray(), QByteArrayLiteral("a"), QByteArray(63, 'b'), QByteArray(64, 'c'), QByteArray(200, 'd')};
    for (int row = 0; row < 50; ++row) {
        infos.append(QByteArrayLiteral("v1|vault|project|secret|") + QByteArray::number(row));
    }
    QList<QByteArray> firstPass;
    for (const QByteArray& info : infos) {
        const QCA::SymmetricKey subkey = deriver.derive(info);
        QCOMPARE(subkey.size(), 32);
        QCOMPARE(subkey.toByteArray().toHex(), KeyDerivation::hkdf(inputKey, salt, info).toByteArray().toHex());
        firstPass.append(subkey.toByteArray());
    }
    for (int i = infos.size() - 1; i >= 0; --i) {
        QCOMPARE(deriver.derive(infos.at(i)).toByteArray(), firstPass.at(i));
    }
    QVERIFY(firstPass.at(5) != firstPass.at(6));
}

void TestKeyDerivation::hkdfRefusesWhatOpenSslWouldZeroFill()
{
    const QCA::SecureArray inputKey(QByteArray(32, '\x01'));
    QVERIFY(KeyDerivation::hkdf(inputKey, QByteArray(), QByteArray(), 0).isEmpty());
    QVERIFY(KeyDerivation::hkdf(inputKey, QByteArray(), QByteArray(), -1).isEmpty());
    QVERIFY(KeyDerivation::hkdf(inputKey, QByteArray(), QByteArray(), 255 * 32 + 1).isEmpty());
    QVERIFY(KeyDerivation::hkdf(QCA::SecureArray(), QByteArray(), QByteArray()).isEmpty());

    const QCA::SymmetricKey longest = KeyDerivation::hkdf(inputKey, QByteArray(), QByteArray(), 255 * 32);
    QCOMPARE(longest.size(), 255 * 32);
    QVERIFY(longest.toByteArray().right(32) != QByteArray(32, '\0'));
}

void TestKeyDerivation::hmacSha256MatchesRfc4231()
{
    // RFC 4231, test case 2 (a key shorter than the block, ASCII data).
    const QByteArray mac = KeyDerivation::hmacSha256(
        QCA::SymmetricKey(QByteArrayLiteral("Jefe")), QByteArrayLiteral("what do ya want for nothing?"));
    QCOMPARE(mac.toHex(), QByteArrayLiteral("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
}

void TestKeyDerivation::keyedHmacMatchesRfc4231AndQca_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("mac");
    // RFC 4231 test cases 1, 2 and 6 (a key longer than the block, which HMAC hashes first).
    QTest::newRow("RFC 4231 case 1") << QByteArray(20, '\x0b') << QByteArrayLiteral("Hi There")
                                     << QByteArrayLiteral(
                                            "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    QTest::newRow("RFC 4231 case 2") << QByteArrayLiteral("Jefe") << QByteArrayLiteral("what do ya want for nothing?")
                                     << QByteArrayLiteral(
                                            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    QTest::newRow("RFC 4231 case 6") << QByteArray(131, '\xaa')
                                     << QByteArrayLiteral("Test Using Larger Than Block-Size Key - Hash Key First")
                                     << QByteArrayLiteral(
                                            "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
}

void TestKeyDerivation::keyedHmacMatchesRfc4231AndQca()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, mac);
    // The blind indexes must not change with the MAC's implementation: the pre-keyed EVP context,
    // used many times over, gives the RFC's bytes and QCA's (format 1's implementation) every time.
    KeyedHmac keyed {QCA::SymmetricKey(key)};
    for (int round = 0; round < 3; ++round) {
        QCOMPARE(keyed.mac(message).toHex(), mac);
        QCOMPARE(keyed.mac(message + "x"), KeyDerivation::hmacSha256(QCA::SymmetricKey(key), message + "x"));
    }
}

void TestKeyDerivation::randomKeysDiffer()
{
    const QCA::SymmetricKey first = KeyDerivation::randomKey();
    const QCA::SymmetricKey second = KeyDerivation::randomKey();
    QCOMPARE(first.size(), 32);
    QCOMPARE(KeyDerivation::randomKey(16).size(), 16);
    QVERIFY(first.toByteArray() != second.toByteArray());
}

void TestKeyDerivation::cryptoIsAvailable()
{
    QString missing = QStringLiteral("not cleared");
    QVERIFY(KeyDerivation::cryptoAvailable(&missing));
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
    QVERIFY(KeyDerivation::cryptoAvailable(nullptr));
}

BOTVAULT_TEST_MAIN(TestKeyDerivation)

#include "TestKeyDerivation.moc"
