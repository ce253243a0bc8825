#include "crypto/Aead.h"

#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"

#include <QObject>
#include <QSet>
#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

#include <thread>
#include <vector>

namespace {

QByteArray hex(const char* text)
{
    return QByteArray::fromHex(QByteArray(text));
}

// The error text, or nothing: QVERIFY2 evaluates its message even when the check passes, and
// Result<T>::message() is only valid for a failure.
template<typename T>
QString failureText(const Result<T>& result)
{
    return result.ok() ? QString() : result.message();
}

QCA::SymmetricKey testKey(char fill = '\x42')
{
    return QCA::SymmetricKey(QByteArray(Aead::kKeySize, fill));
}

QByteArray flipBit(QByteArray bytes, int bit)
{
    bytes[bit / 8] = static_cast<char>(bytes.at(bit / 8) ^ (1 << (bit % 8)));
    return bytes;
}

// McGrew & Viega, "The Galois/Counter Mode of Operation", test case 15 (AES-256, 96-bit IV,
// no additional data).
const char* const kCase15Key = "feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308";
const char* const kCase15Nonce = "cafebabefacedbaddecaf888";
const char* const kCase15Plaintext = "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                                     "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255";
const char* const kCase15Ciphertext = "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                                      "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662898015ad";
const char* const kCase15Tag = "b094dac5d93471bdec1a502270e3cc6c";

} // namespace

class TestAead : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownAnswer_data();
    void knownAnswer();
    void knownAnswerWithAssociatedData_data();
    void knownAnswerWithAssociatedData();
    void associatedDataIsAuthenticated();
    void keptKeyScheduleFollowsKeyChanges();
    void everyFlippedBitIsRejected_data();
    void everyFlippedBitIsRejected();
    void encryptRefusesWrongSizes_data();
    void encryptRefusesWrongSizes();
    void decryptRefusesWrongSizes_data();
    void decryptRefusesWrongSizes();
    void emptyTagDoesNotSkipAuthentication();
    void truncatedTagIsNotAccepted();
    void reusedCipherKeepsNoState();
    void forgetKeyKeepsTheObjectUsable();
    void sealOpenRoundTrip_data();
    void sealOpenRoundTrip();
    void openRefusesAnotherKey();
    void openRefusesTruncatedInput_data();
    void openRefusesTruncatedInput();
    void sealNeverRepeatsANonce();
    void sealNeverRepeatsANonceAcrossThreads();
    void sealNeverRepeatsANonceAcrossAFork();
};

void TestAead::knownAnswer_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("nonce");
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<QByteArray>("ciphertext");
    QTest::addColumn<QByteArray>("tag");

    const QByteArray zeroKey(32, '\0');
    const QByteArray zeroNonce(12, '\0');
    QTest::newRow("GCM test case 13: empty plaintext")
        << zeroKey << zeroNonce << QByteArray() << QByteArray() << hex("530f8afbc74536b9a963b4f1c4cb738b");
    QTest::newRow("GCM test case 14: one zero block")
        << zeroKey << zeroNonce << QByteArray(16, '\0') << hex("cea7403d4d606b6e074ec5d3baf39d18")
        << hex("d0d1c8a799996bf0265b98b5d48ab919");
    QTest::newRow("GCM test case 15: four blocks")
        << hex(kCase15Key) << hex(kCase15Nonce) << hex(kCase15Plaintext) << hex(kCase15Ciphertext) << hex(kCase15Tag);
}

void TestAead::knownAnswer()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, nonce);
    QFETCH(QByteArray, plaintext);
    QFETCH(QByteArray, ciphertext);
    QFETCH(QByteArray, tag);

    Aead aead;
    QByteArray producedCiphertext;
    QByteArray producedTag;
    const auto encrypted
        = aead.encrypt(QCA::SymmetricKey(key), nonce, QCA::SecureArray(plaintext), &producedCiphertext, &producedTag);
    QVERIFY2(encrypted.ok(), qPrintable(failureText(encrypted)));
    QCOMPARE(producedCiphertext.toHex(), ciphertext.toHex());
    QCOMPARE(producedTag.toHex(), tag.toHex());

    const auto decrypted = aead.decrypt(QCA::SymmetricKey(key), nonce, ciphertext, tag);
    QVERIFY2(decrypted.ok(), qPrintable(failureText(decrypted)));
    QCOMPARE(decrypted->toByteArray().toHex(), plaintext.toHex());
}

void TestAead::knownAnswerWithAssociatedData_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("nonce");
    QTest::addColumn<QByteArray>("associatedData");
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<QByteArray>("ciphertext");
    QTest::addColumn<QByteArray>("tag");

    // McGrew & Viega test case 16: case 15's key, nonce and plaintext (shortened to 60 bytes) with
    // 20 bytes of additional data.
    QTest::newRow("GCM test case 16") << hex(kCase15Key) << hex(kCase15Nonce)
                                      << hex("feedfacedeadbeeffeedfacedeadbeefabaddad2")
                                      << hex(kCase15Plaintext).left(60) << hex(kCase15Ciphertext).left(60)
                                      << hex("76fc6ece0f4e1768cddf8853bb2d551b");
    // NIST CAVP gcmEncryptExtIV256.rsp, 96-bit IV, 128-bit tag: PTlen 128 / AADlen 128, count 0;
    // PTlen 0 / AADlen 128, count 0 (associated data only).
    QTest::newRow("CAVP 256, PT 128, AAD 128, count 0")
        << hex("92e11dcdaa866f5ce790fd24501f92509aacf4cb8b1339d50c9c1240935dd08b") << hex("ac93a1a6145299bde902f21a")
        << hex("1e0889016f67601c8ebea4943bc23ad6") << hex("2d71bcfa914e4ac045b2aa60955fad24")
        << hex("8995ae2e6df3dbf96fac7b7137bae67f") << hex("eca5aa77d51d4a0a14d9c51e1da474ab");
    QTest::newRow("CAVP 256, PT 0, AAD 128, count 0")
        << hex("78dc4e0aaf52d935c3c01eea57428f00ca1fd475f5da86a49c8dd73d68c8e223") << hex("d79cf22d504cc793c3fb6c8a")
        << hex("b96baa8c1c75a671bfb2d08d06be5f36") << QByteArray() << QByteArray()
        << hex("3e5d486aa2e30b22e040b85723a06e76");
}

void TestAead::knownAnswerWithAssociatedData()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, nonce);
    QFETCH(QByteArray, associatedData);
    QFETCH(QByteArray, plaintext);
    QFETCH(QByteArray, ciphertext);
    QFETCH(QByteArray, tag);

    Aead aead;
    // Twice on one object: the second pass runs on the kept key schedule.
    for (int pass = 0; pass < 2; ++pass) {
        QByteArray producedCiphertext(plaintext.size(), '\0');
        QByteArray producedTag(Aead::kTagSize, '\0');
        const auto encrypted
            = aead.encryptInto(key, nonce, associatedData, plaintext, producedCiphertext.data(), producedTag.data());
        QVERIFY2(encrypted.ok(), qPrintable(failureText(encrypted)));
        QCOMPARE(producedCiphertext.toHex(), ciphertext.toHex());
        QCOMPARE(producedTag.toHex(), tag.toHex());

        QByteArray opened(ciphertext.size(), '\0');
        const auto decrypted = aead.decryptInto(key, nonce, associatedData, ciphertext, tag, opened.data());
        QVERIFY2(decrypted.ok(), qPrintable(failureText(decrypted)));
        QCOMPARE(opened.toHex(), plaintext.toHex());
    }
    // seal() and open() with the same associated data round-trip; nonce ‖ ciphertext ‖ tag.
    const auto sealed = aead.seal(key, associatedData, plaintext);
    QVERIFY(sealed.ok());
    QCOMPARE(sealed->size(), plaintext.size() + Aead::kOverhead);
    const auto opened = aead.open(key, associatedData, sealed.value());
    QVERIFY2(opened.ok(), qPrintable(failureText(opened)));
    QCOMPARE(opened->toByteArray().toHex(), plaintext.toHex());
}

void TestAead::associatedDataIsAuthenticated()
{
    Aead aead;
    const QByteArray key = hex(kCase15Key);
    const QByteArray associatedData = hex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
    const auto sealed = aead.seal(key, associatedData, QByteArrayLiteral("a record"));
    QVERIFY(sealed.ok());
    const QList<QByteArray> others = {QByteArray(), associatedData.left(19), associatedData + '\0',
        flipBit(associatedData, 0), flipBit(associatedData, associatedData.size() * 8 - 1)};
    for (const QByteArray& other : others) {
        const auto opened = aead.open(key, other, sealed.value());
        QVERIFY2(!opened.ok(), qPrintable(QStringLiteral("opened with %1").arg(QString::fromLatin1(other.toHex()))));
        QCOMPARE(opened.code(), ErrorCode::Damaged);
    }
    // The failures left the object sound: the right associated data still opens.
    const auto opened = aead.open(key, associatedData, sealed.value());
    QVERIFY(opened.ok());
    QCOMPARE(opened->toByteArray(), QByteArrayLiteral("a record"));
}

void TestAead::keptKeyScheduleFollowsKeyChanges()
{
    // One object, keys alternating and repeating (the schedule is kept while the key stays the
    // same): every output equals a fresh object's, and a record sealed under one key never opens
    // under the other.
    const QByteArray keys[] = {QByteArray(Aead::kKeySize, '\x01'), QByteArray(Aead::kKeySize, '\x02')};
    const QByteArray nonce(Aead::kNonceSize, '\x07');
    const QByteArray plaintext = QByteArrayLiteral("the same plaintext");
    Aead shared;
    for (int round = 0; round < 6; ++round) {
        const QByteArray& key = keys[(round / 2) % 2];
        QByteArray sharedOut(plaintext.size(), '\0');
        QByteArray sharedTag(Aead::kTagSize, '\0');
        QVERIFY(shared.encryptInto(key, nonce, "ad", plaintext, sharedOut.data(), sharedTag.data()).ok());
        Aead fresh;
        QByteArray freshOut(plaintext.size(), '\0');
        QByteArray freshTag(Aead::kTagSize, '\0');
        QVERIFY(fresh.encryptInto(key, nonce, "ad", plaintext, freshOut.data(), freshTag.data()).ok());
        QCOMPARE(sharedOut, freshOut);
        QCOMPARE(sharedTag, freshTag);
        QByteArray opened(plaintext.size(), '\0');
        const QByteArray& otherKey = keys[1 - (round / 2) % 2];
        QVERIFY(!shared.decryptInto(otherKey, nonce, "ad", sharedOut, sharedTag, opened.data()).ok());
        QCOMPARE(opened, QByteArray(plaintext.size(), '\0'));
        QVERIFY(shared.decryptInto(key, nonce, "ad", sharedOut, sharedTag, opened.data()).ok());
        QCOMPARE(opened, plaintext);
    }
}

void TestAead::everyFlippedBitIsRejected_data()
{
    QTest::addColumn<QString>("part");
    QTest::newRow("ciphertext") << QStringLiteral("ciphertext");
    QTest::newRow("tag") << QStringLiteral("tag");
    QTest::newRow("nonce") << QStringLiteral("nonce");
}

void TestAead::everyFlippedBitIsRejected()
{
    QFETCH(QString, part);

    const QCA::SymmetricKey key(hex(kCase15Key));
    const QByteArray nonce = hex(kCase15Nonce);
    const QByteArray ciphertext = hex(kCase15Ciphertext);
    const QByteArray tag = hex(kCase15Tag);
    const bool flipCiphertext = part == QLatin1String("ciphertext");
    const bool flipTag = part == QLatin1String("tag");
    const QByteArray target = flipCiphertext ? ciphertext : flipTag ? tag : nonce;

    Aead aead;
    for (int bit = 0; bit < target.size() * 8; ++bit) {
        const QByteArray flipped = flipBit(target, bit);
        const bool flipNonce = !flipCiphertext && !flipTag;
        const auto result = aead.decrypt(
            key, flipNonce ? flipped : nonce, flipCiphertext ? flipped : ciphertext, flipTag ? flipped : tag);
        QVERIFY2(!result.ok(), qPrintable(QStringLiteral("bit %1 of the %2 was accepted").arg(bit).arg(part)));
        QCOMPARE(result.code(), ErrorCode::Damaged);
        QCOMPARE(result.message(), QStringLiteral("The record failed authentication."));
    }
    // The untouched record still opens on the same object, so the failures left no state behind.
    QVERIFY(aead.decrypt(key, nonce, ciphertext, tag).ok());
}

void TestAead::encryptRefusesWrongSizes_data()
{
    QTest::addColumn<int>("keySize");
    QTest::addColumn<int>("nonceSize");

    QTest::newRow("16-byte key") << 16 << 12;
    QTest::newRow("31-byte key") << 31 << 12;
    QTest::newRow("33-byte key") << 33 << 12;
    QTest::newRow("empty key") << 0 << 12;
    QTest::newRow("8-byte nonce") << 32 << 8;
    QTest::newRow("16-byte nonce") << 32 << 16;
    QTest::newRow("empty nonce") << 32 << 0;
}

void TestAead::encryptRefusesWrongSizes()
{
    QFETCH(int, keySize);
    QFETCH(int, nonceSize);

    Aead aead;
    QByteArray ciphertext("untouched");
    QByteArray tag("untouched");
    const auto result = aead.encrypt(QCA::SymmetricKey(QByteArray(keySize, '\x01')), QByteArray(nonceSize, '\x02'),
        TestSupport::secure("a secret value"), &ciphertext, &tag);
    QVERIFY(!result.ok());
    QCOMPARE(result.code(), ErrorCode::InvalidInput);
    QCOMPARE(ciphertext, QByteArrayLiteral("untouched"));
    QCOMPARE(tag, QByteArrayLiteral("untouched"));
}

void TestAead::decryptRefusesWrongSizes_data()
{
    QTest::addColumn<int>("keySize");
    QTest::addColumn<int>("nonceSize");
    QTest::addColumn<int>("tagSize");
    QTest::addColumn<ErrorCode>("code");

    // A wrong key is the caller's mistake; a wrong nonce or tag is what a damaged record carries.
    QTest::newRow("16-byte key") << 16 << 12 << 16 << ErrorCode::InvalidInput;
    QTest::newRow("31-byte key") << 31 << 12 << 16 << ErrorCode::InvalidInput;
    QTest::newRow("8-byte nonce") << 32 << 8 << 16 << ErrorCode::Damaged;
    QTest::newRow("16-byte nonce") << 32 << 16 << 16 << ErrorCode::Damaged;
    QTest::newRow("empty tag") << 32 << 12 << 0 << ErrorCode::Damaged;
    QTest::newRow("15-byte tag") << 32 << 12 << 15 << ErrorCode::Damaged;
    QTest::newRow("17-byte tag") << 32 << 12 << 17 << ErrorCode::Damaged;
}

void TestAead::decryptRefusesWrongSizes()
{
    QFETCH(int, keySize);
    QFETCH(int, nonceSize);
    QFETCH(int, tagSize);
    QFETCH(ErrorCode, code);

    // A genuine record, so that only the size can be the reason for the refusal.
    const QCA::SymmetricKey key(QByteArray(32, '\x01'));
    const QByteArray nonce(12, '\x02');
    Aead aead;
    QByteArray ciphertext;
    QByteArray tag;
    QVERIFY(aead.encrypt(key, nonce, TestSupport::secure("a secret value"), &ciphertext, &tag).ok());

    const QCA::SymmetricKey usedKey = keySize == 32 ? key : QCA::SymmetricKey(QByteArray(keySize, '\x01'));
    const QByteArray usedNonce = nonceSize == 12 ? nonce : QByteArray(nonceSize, '\x02');
    const QByteArray usedTag = tagSize <= 16 ? tag.left(tagSize) : tag + QByteArray(tagSize - 16, '\0');
    const auto result = aead.decrypt(usedKey, usedNonce, ciphertext, usedTag);
    QVERIFY(!result.ok());
    QCOMPARE(result.code(), code);
    QVERIFY(!result.message().contains(QStringLiteral("a secret value")));
}

void TestAead::emptyTagDoesNotSkipAuthentication()
{
    // Handed an empty tag, QCA passes none to OpenSSL; a forged ciphertext must still be refused.
    Aead aead;
    const QCA::SymmetricKey key(hex(kCase15Key));
    const QByteArray forged = flipBit(hex(kCase15Ciphertext), 0);
    const auto result = aead.decrypt(key, hex(kCase15Nonce), forged, QByteArray());
    QVERIFY(!result.ok());
    QCOMPARE(result.code(), ErrorCode::Damaged);

    // Not even right after a successful open on the same object.
    QVERIFY(aead.decrypt(key, hex(kCase15Nonce), hex(kCase15Ciphertext), hex(kCase15Tag)).ok());
    const auto afterSuccess = aead.decrypt(key, hex(kCase15Nonce), forged, QByteArray());
    QVERIFY(!afterSuccess.ok());
    QCOMPARE(afterSuccess.code(), ErrorCode::Damaged);
}

void TestAead::truncatedTagIsNotAccepted()
{
    // OpenSSL compares only as many tag bytes as it is given: a 4-byte prefix of the right tag
    // would authenticate. The prefix of the genuine tag must be refused, not merely a wrong one.
    Aead aead;
    const QCA::SymmetricKey key(hex(kCase15Key));
    for (int size : {1, 4, 8, 12, 15}) {
        const auto result = aead.decrypt(key, hex(kCase15Nonce), hex(kCase15Ciphertext), hex(kCase15Tag).left(size));
        QVERIFY2(!result.ok(), qPrintable(QStringLiteral("a %1-byte tag prefix was accepted").arg(size)));
        QCOMPARE(result.code(), ErrorCode::Damaged);
    }
}

void TestAead::reusedCipherKeepsNoState()
{
    // One Aead reuses one QCA cipher: interleave directions, keys and failures and check that
    // every operation matches what a fresh object produces.
    Aead shared;
    const QCA::SymmetricKey keys[] = {testKey('\x01'), testKey('\x02')};
    const QCA::SecureArray plaintexts[] = {TestSupport::secure("first"), TestSupport::secure("second, longer value")};
    for (int round = 0; round < 4; ++round) {
        const QCA::SymmetricKey& key = keys[round % 2];
        const QCA::SecureArray& plaintext = plaintexts[round / 2];
        const QByteArray nonce(Aead::kNonceSize, static_cast<char>(round));

        QByteArray ciphertext;
        QByteArray tag;
        QVERIFY(shared.encrypt(key, nonce, plaintext, &ciphertext, &tag).ok());
        Aead fresh;
        QByteArray freshCiphertext;
        QByteArray freshTag;
        QVERIFY(fresh.encrypt(key, nonce, plaintext, &freshCiphertext, &freshTag).ok());
        QCOMPARE(ciphertext, freshCiphertext);
        QCOMPARE(tag, freshTag);

        QCOMPARE(shared.decrypt(keys[(round + 1) % 2], nonce, ciphertext, tag).code(), ErrorCode::Damaged);
        const auto opened = shared.decrypt(key, nonce, ciphertext, tag);
        QVERIFY(opened.ok());
        QCOMPARE(opened->toByteArray(), plaintext.toByteArray());
    }
}

void TestAead::forgetKeyKeepsTheObjectUsable()
{
    Aead aead;
    const auto sealed = aead.seal(testKey(), TestSupport::secure("value"));
    QVERIFY(sealed.ok());
    aead.forgetKey();
    const auto opened = aead.open(testKey(), sealed.value());
    QVERIFY(opened.ok());
    QCOMPARE(opened->toByteArray(), QByteArrayLiteral("value"));
}

void TestAead::sealOpenRoundTrip_data()
{
    QTest::addColumn<QByteArray>("plaintext");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("one byte") << QByteArrayLiteral("x");
    QTest::newRow("200 bytes") << QByteArray(200, 'v');
    QByteArray large(64 * 1024, '\0');
    for (int i = 0; i < large.size(); ++i) {
        large[i] = static_cast<char>(i * 7 + i / 256);
    }
    QTest::newRow("64 KiB") << large;
}

void TestAead::sealOpenRoundTrip()
{
    QFETCH(QByteArray, plaintext);

    Aead aead;
    const auto sealed = aead.seal(testKey(), QCA::SecureArray(plaintext));
    QVERIFY2(sealed.ok(), qPrintable(failureText(sealed)));
    QCOMPARE(sealed->size(), plaintext.size() + Aead::kOverhead);
    if (plaintext.size() >= 16) {
        QVERIFY(!sealed->contains(plaintext.left(16)));
    }

    const auto opened = aead.open(testKey(), sealed.value());
    QVERIFY2(opened.ok(), qPrintable(failureText(opened)));
    QCOMPARE(opened->toByteArray(), plaintext);
}

void TestAead::openRefusesAnotherKey()
{
    Aead aead;
    const auto sealed = aead.seal(testKey('\x01'), TestSupport::secure("value"));
    QVERIFY(sealed.ok());
    const auto opened = aead.open(testKey('\x02'), sealed.value());
    QVERIFY(!opened.ok());
    QCOMPARE(opened.code(), ErrorCode::Damaged);
}

void TestAead::openRefusesTruncatedInput_data()
{
    QTest::addColumn<int>("keep");
    QTest::newRow("nothing") << 0;
    QTest::newRow("one byte") << 1;
    QTest::newRow("nonce only") << Aead::kNonceSize;
    QTest::newRow("one byte short of the overhead") << Aead::kOverhead - 1;
    QTest::newRow("exactly the overhead") << Aead::kOverhead;
    QTest::newRow("one byte short") << Aead::kOverhead + 4;
}

void TestAead::openRefusesTruncatedInput()
{
    QFETCH(int, keep);

    Aead aead;
    const auto sealed = aead.seal(testKey(), TestSupport::secure("12345"));
    QVERIFY(sealed.ok());
    QCOMPARE(sealed->size(), Aead::kOverhead + 5);
    const auto opened = aead.open(testKey(), sealed->left(keep));
    QVERIFY(!opened.ok());
    QCOMPARE(opened.code(), ErrorCode::Damaged);
}

void TestAead::sealNeverRepeatsANonce()
{
    constexpr int kSeals = 100000;
    Aead aead;
    const QCA::SymmetricKey key = testKey();
    const QCA::SecureArray plaintext = TestSupport::secure("v");
    QSet<QByteArray> nonces;
    nonces.reserve(kSeals);
    for (int i = 0; i < kSeals; ++i) {
        const auto sealed = aead.seal(key, plaintext);
        QVERIFY(sealed.ok());
        nonces.insert(sealed->left(Aead::kNonceSize));
    }
    QCOMPARE(nonces.size(), kSeals);
}

void TestAead::sealNeverRepeatsANonceAcrossThreads()
{
    // Each thread seals with its own context, as the vault's parallel passes do.
    constexpr int kThreads = 4;
    constexpr int kSealsPerThread = 20000;
    const QCA::SymmetricKey key = testKey();
    std::vector<QList<QByteArray>> noncesOf(kThreads);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&key, &nonces = noncesOf[static_cast<size_t>(t)]] {
            Aead aead;
            const QCA::SecureArray plaintext = TestSupport::secure("v");
            for (int i = 0; i < kSealsPerThread; ++i) {
                const auto sealed = aead.seal(key, plaintext);
                nonces.append(sealed.ok() ? sealed->left(Aead::kNonceSize) : QByteArray());
            }
        });
    }
    for (auto& thread : threads) {
        thread.join();
    }
    QSet<QByteArray> all;
    for (const auto& nonces : noncesOf) {
        for (const QByteArray& nonce : nonces) {
            QCOMPARE(nonce.size(), Aead::kNonceSize);
            all.insert(nonce);
        }
    }
    QCOMPARE(all.size(), kThreads * kSealsPerThread);
}

void TestAead::sealNeverRepeatsANonceAcrossAFork()
{
    // A context that sealed before the fork is used by both processes afterwards: without a new
    // start in the child, both would continue the same sequence.
    constexpr int kSeals = 1000;
    Aead aead;
    const QCA::SymmetricKey key = testKey();
    const QCA::SecureArray plaintext = TestSupport::secure("v");
    QVERIFY(aead.seal(key, plaintext).ok());
    int channel[2];
    QCOMPARE(pipe(channel), 0);
    const pid_t child = fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        close(channel[0]);
        for (int i = 0; i < kSeals; ++i) {
            const auto sealed = aead.seal(key, plaintext);
            const QByteArray nonce = sealed.ok() ? sealed->left(Aead::kNonceSize) : QByteArray(Aead::kNonceSize, 0);
            if (write(channel[1], nonce.constData(), Aead::kNonceSize) != Aead::kNonceSize) {
                _exit(2);
            }
        }
        _exit(0);
    }
    close(channel[1]);
    QSet<QByteArray> nonces;
    for (int i = 0; i < kSeals; ++i) {
        const auto sealed = aead.seal(key, plaintext);
        QVERIFY(sealed.ok());
        nonces.insert(sealed->left(Aead::kNonceSize));
    }
    QByteArray fromChild;
    char buffer[4096];
    for (ssize_t got = 0; (got = read(channel[0], buffer, sizeof buffer)) > 0;) {
        fromChild.append(buffer, got);
    }
    close(channel[0]);
    int status = 0;
    QCOMPARE(waitpid(child, &status, 0), child);
    QVERIFY(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    QCOMPARE(fromChild.size(), qsizetype(kSeals) * Aead::kNonceSize);
    for (int i = 0; i < kSeals; ++i) {
        nonces.insert(fromChild.mid(qsizetype(i) * Aead::kNonceSize, Aead::kNonceSize));
    }
    QCOMPARE(nonces.size(), 2 * kSeals);
}

BOTVAULT_TEST_MAIN(TestAead)

#include "TestAead.moc"
