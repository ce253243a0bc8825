#include "storage/Argon2Kdf.h"

#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QObject>
#include <QTest>

#include <sys/resource.h>
#include <unistd.h>

namespace {

// 32 bytes, the size the vault stores.
const QByteArray kSalt = QByteArrayLiteral("BotVault-Argon2id-test-salt-0001");

// The error text, or nothing: QVERIFY2 evaluates its message even when the check passes, and
// Result<T>::message() is only valid for a failure.
template<typename T>
QString failureText(const Result<T>& result)
{
    return result.ok() ? QString() : result.message();
}

KdfParams params(quint32 memoryKiB, quint32 passes, quint32 lanes, const QByteArray& salt = kSalt)
{
    KdfParams result;
    result.memoryKiB = memoryKiB;
    result.passes = passes;
    result.lanes = lanes;
    result.salt = salt;
    return result;
}

} // namespace

class TestArgon2Kdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownAnswer_data();
    void knownAnswer();
    void deterministic();
    void saltAndPasswordChangeTheKey();
    void defaults();
    void validateAcceptsTheBounds_data();
    void validateAcceptsTheBounds();
    void validateRefuses_data();
    void validateRefuses();
    void deriveKeyRefusesInvalidParameters();
    void hugeMemoryIsRefused();
    void emptyPasswordIsRefused();
    void allocationFailureIsReported();
};

void TestArgon2Kdf::knownAnswer_data()
{
    QTest::addColumn<quint32>("memoryKiB");
    QTest::addColumn<quint32>("passes");
    QTest::addColumn<quint32>("lanes");
    QTest::addColumn<QByteArray>("key");

    // Produced by the reference implementation's CLI (Debian package argon2, version 0x13):
    //   echo -n "correct horse battery staple" |
    //     argon2 BotVault-Argon2id-test-salt-0001 -id -t 2 -k 19456 -p 1 -l 32 -r
    QTest::newRow("19 MiB, 2 passes, 1 lane")
        << quint32(19456) << quint32(2) << quint32(1)
        << QByteArray::fromHex("fbacd7b7ac97ae5e63c899c1d840bc18f1d9a2c5e150488214b7955f89830b68");
    //   ... -id -t 3 -k 20480 -p 2 -l 32 -r
    QTest::newRow("20 MiB, 3 passes, 2 lanes")
        << quint32(20480) << quint32(3) << quint32(2)
        << QByteArray::fromHex("b3e43c9770548f7cb422abe7898463dc0270491317d04086ec7724f31d34af32");
}

void TestArgon2Kdf::knownAnswer()
{
    QFETCH(quint32, memoryKiB);
    QFETCH(quint32, passes);
    QFETCH(quint32, lanes);
    QFETCH(QByteArray, key);

    const auto derived
        = Argon2Kdf::deriveKey(TestSupport::secure("correct horse battery staple"), params(memoryKiB, passes, lanes));
    QVERIFY2(derived.ok(), qPrintable(failureText(derived)));
    QCOMPARE(derived->toByteArray().toHex(), key.toHex());
}

void TestArgon2Kdf::deterministic()
{
    const KdfParams fast = TestSupport::fastKdfParams();
    const auto first = Argon2Kdf::deriveKey(TestSupport::secure("password"), fast);
    const auto second = Argon2Kdf::deriveKey(TestSupport::secure("password"), fast);
    QVERIFY(first.ok());
    QVERIFY(second.ok());
    QCOMPARE(first->size(), 32);
    QCOMPARE(first->toByteArray(), second->toByteArray());
}

void TestArgon2Kdf::saltAndPasswordChangeTheKey()
{
    KdfParams fast = TestSupport::fastKdfParams();
    const auto original = Argon2Kdf::deriveKey(TestSupport::secure("password"), fast);
    const auto otherPassword = Argon2Kdf::deriveKey(TestSupport::secure("passwore"), fast);
    fast.salt[0] = static_cast<char>(fast.salt.at(0) ^ 1);
    const auto otherSalt = Argon2Kdf::deriveKey(TestSupport::secure("password"), fast);
    QVERIFY(original.ok());
    QVERIFY(otherPassword.ok());
    QVERIFY(otherSalt.ok());
    QVERIFY(original->toByteArray() != otherPassword->toByteArray());
    QVERIFY(original->toByteArray() != otherSalt->toByteArray());
}

void TestArgon2Kdf::defaults()
{
    const KdfParams first = KdfParams::defaults();
    const KdfParams second = KdfParams::defaults();
    QCOMPARE(first.memoryKiB, quint32(64 * 1024));
    QCOMPARE(first.passes, quint32(3));
    QCOMPARE(first.lanes, quint32(2));
    QCOMPARE(first.salt.size(), KdfParams::kSaltSize);
    QVERIFY(first.salt != second.salt);
    QVERIFY(first.validate().ok());
}

void TestArgon2Kdf::validateAcceptsTheBounds_data()
{
    QTest::addColumn<quint32>("memoryKiB");
    QTest::addColumn<quint32>("passes");
    QTest::addColumn<quint32>("lanes");

    QTest::newRow("all minimums") << KdfParams::kMinMemoryKiB << KdfParams::kMinPasses << KdfParams::kMinLanes;
    QTest::newRow("all maximums") << KdfParams::kMaxMemoryKiB << KdfParams::kMaxPasses << KdfParams::kMaxLanes;
}

void TestArgon2Kdf::validateAcceptsTheBounds()
{
    QFETCH(quint32, memoryKiB);
    QFETCH(quint32, passes);
    QFETCH(quint32, lanes);
    const auto result = params(memoryKiB, passes, lanes).validate();
    QVERIFY2(result.ok(), qPrintable(failureText(result)));
}

void TestArgon2Kdf::validateRefuses_data()
{
    QTest::addColumn<quint32>("memoryKiB");
    QTest::addColumn<quint32>("passes");
    QTest::addColumn<quint32>("lanes");
    QTest::addColumn<int>("saltSize");
    QTest::addColumn<QString>("named");

    const QString memory = QStringLiteral("memory");
    QTest::newRow("memory 19 MiB - 1 KiB") << quint32(19 * 1024 - 1) << 2u << 1u << 32 << memory;
    QTest::newRow("memory 0") << 0u << 2u << 1u << 32 << memory;
    QTest::newRow("memory 1 GiB + 1 KiB") << quint32(1024 * 1024 + 1) << 2u << 1u << 32 << memory;
    QTest::newRow("memory 0xFFFFFFFF KiB") << 0xFFFFFFFFu << 2u << 1u << 32 << memory;
    QTest::newRow("passes 1") << 19456u << 1u << 1u << 32 << QStringLiteral("passes");
    QTest::newRow("passes 101") << 19456u << 101u << 1u << 32 << QStringLiteral("passes");
    QTest::newRow("lanes 0") << 19456u << 2u << 0u << 32 << QStringLiteral("lanes");
    QTest::newRow("lanes 17") << 19456u << 2u << 17u << 32 << QStringLiteral("lanes");
    QTest::newRow("empty salt") << 19456u << 2u << 1u << 0 << QStringLiteral("salt");
    QTest::newRow("31-byte salt") << 19456u << 2u << 1u << 31 << QStringLiteral("salt");
    QTest::newRow("33-byte salt") << 19456u << 2u << 1u << 33 << QStringLiteral("salt");
}

void TestArgon2Kdf::validateRefuses()
{
    QFETCH(quint32, memoryKiB);
    QFETCH(quint32, passes);
    QFETCH(quint32, lanes);
    QFETCH(int, saltSize);
    QFETCH(QString, named);

    const auto result = params(memoryKiB, passes, lanes, QByteArray(saltSize, 's')).validate();
    QVERIFY(!result.ok());
    QCOMPARE(result.code(), ErrorCode::InvalidInput);
    QVERIFY2(result.message().contains(named), qPrintable(result.message()));
}

void TestArgon2Kdf::deriveKeyRefusesInvalidParameters()
{
    const auto result = Argon2Kdf::deriveKey(TestSupport::secure("password"), params(19456, 1, 1));
    QVERIFY(!result.ok());
    QCOMPARE(result.code(), ErrorCode::InvalidInput);
    QVERIFY(result.message().contains(QStringLiteral("passes")));
}

void TestArgon2Kdf::hugeMemoryIsRefused()
{
    // 4 TiB: argon2 would try to allocate it; validate() must stop it first.
    const auto result = Argon2Kdf::deriveKey(TestSupport::secure("password"), params(0xFFFFFFFFu, 2, 1));
    QVERIFY(!result.ok());
    QCOMPARE(result.code(), ErrorCode::InvalidInput);
    QVERIFY(result.message().contains(QStringLiteral("memory")));
}

void TestArgon2Kdf::emptyPasswordIsRefused()
{
    const auto result = Argon2Kdf::deriveKey(QCA::SecureArray(), TestSupport::fastKdfParams());
    QVERIFY(!result.ok());
    QCOMPARE(result.code(), ErrorCode::InvalidInput);
    QCOMPARE(result.message(), QStringLiteral("The master password is empty."));
}

void TestArgon2Kdf::allocationFailureIsReported()
{
#if defined(__SANITIZE_ADDRESS__)
    QSKIP("AddressSanitizer reserves its address space up front and aborts instead of failing malloc.");
#else
    // Cap the address space a few MiB above what the process already uses, so that argon2's
    // 64 MiB block cannot be allocated while the error message still can. 64 MiB is above
    // glibc's largest mmap threshold, so the block cannot come from heap that earlier tests freed.
    QFile statm(QStringLiteral("/proc/self/statm"));
    QVERIFY(statm.open(QIODevice::ReadOnly));
    const rlim_t usedBytes = statm.readLine().split(' ').value(0).toULongLong() * static_cast<rlim_t>(getpagesize());
    QVERIFY(usedBytes > 0);
    rlimit original {};
    QCOMPARE(getrlimit(RLIMIT_AS, &original), 0);
    rlimit tight = original;
    tight.rlim_cur = usedBytes + 4 * 1024 * 1024;
    QCOMPARE(setrlimit(RLIMIT_AS, &tight), 0);
    const auto result = Argon2Kdf::deriveKey(TestSupport::secure("hunter2-password"), params(64 * 1024, 2, 1));
    QCOMPARE(setrlimit(RLIMIT_AS, &original), 0);

    QVERIFY(!result.ok());
    QCOMPARE(result.code(), ErrorCode::Io);
    QVERIFY2(result.message().contains(QStringLiteral("Memory allocation error")), qPrintable(result.message()));
    QVERIFY(!result.message().contains(QStringLiteral("hunter2")));
#endif
}

BOTVAULT_TEST_MAIN(TestArgon2Kdf)

#include "TestArgon2Kdf.moc"
