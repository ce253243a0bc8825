#include "storage/Vault.h"
#include "tests/support/LegacyFormat.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"
#include "tests/support/VaultContents.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

// "The upgrade loses nothing, whenever it is killed": upgrade_runner unlocks a format-1 vault (which
// re-seals its records to format 2 in chunks, one transaction each) and is killed with SIGKILL at a
// random moment, sometimes twice in a row (a resumed upgrade killed again). Afterwards the vault
// opens (finishing the upgrade), SQLite's integrity check passes, no record is damaged and every
// record holds exactly what it held before. Each round starts again from the same format-1 vault.
// scripts/soak-upgrade.sh runs the long version (200 rounds of a 20,000-item vault).

namespace {

using TestSupport::errorMessage;

int fromEnvironment(const char* name, int fallback)
{
    const int value = qEnvironmentVariableIntValue(name);
    return value > 0 ? value : fallback;
}

const int kRounds = fromEnvironment("BOTVAULT_UPGRADE_ROUNDS", 20);
const int kItems = fromEnvironment("BOTVAULT_UPGRADE_ITEMS", 5000);

} // namespace

class TestUpgradeCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedUpgradeOpensAndLosesNothing();

private:
    enum class Outcome
    {
        Failed,
        Killed,
        Finished,
    };
    // Runs upgrade_runner on the working copy and kills it `delayMs` after it started (or lets it
    // finish when it is quicker); *elapsedMs receives the time it ran.
    Outcome runAndKill(int delayMs, qint64* elapsedMs);
    bool restorePristineCopy();
    // Unlocks the working copy (finishing the upgrade) and compares everything; false after a loss.
    bool verify();

    QTemporaryDir m_dir;
    QString m_pristine;
    QString m_path;
    QString m_passwordFile;
    const QCA::SecureArray m_password = TestSupport::secure("upgrade crash password");
    QStringList m_expected;
};

void TestUpgradeCrashSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString runner = TestSupport::testBinaryPath(QStringLiteral("upgrade_runner"));
    QVERIFY2(QFile::exists(runner), qPrintable(runner));
    m_pristine = m_dir.filePath(QStringLiteral("format1.db"));
    m_path = m_dir.filePath(QStringLiteral("vault.db"));
    m_passwordFile = m_dir.filePath(QStringLiteral("password"));
    QFile file(m_passwordFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_password.toByteArray());
    file.close();

    QVERIFY(Vault::create(m_pristine, SecretValue(m_password), TestSupport::fastKdfParams()).ok());
    {
        Vault vault;
        QVERIFY(vault.unlock(m_pristine, SecretValue(m_password)).ok());
        QString error;
        QVERIFY2(VaultContents::populate(vault, kItems, &error), qPrintable(error));
        m_expected = VaultContents::snapshot(vault, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_expected.size() > kItems);
    }
    QString error;
    QVERIFY2(LegacyFormat::downgrade(m_pristine, SecretValue(m_password), &error), qPrintable(error));
    QCOMPARE(LegacyFormat::storedFormat(m_pristine), 1);
}

bool TestUpgradeCrashSafety::restorePristineCopy()
{
    for (const char* suffix : {"", "-wal", "-shm"}) {
        QFile::remove(m_path + QLatin1String(suffix));
    }
    return QFile::copy(m_pristine, m_path);
}

TestUpgradeCrashSafety::Outcome TestUpgradeCrashSafety::runAndKill(int delayMs, qint64* elapsedMs)
{
    QProcess runner;
    runner.setProgram(TestSupport::testBinaryPath(QStringLiteral("upgrade_runner")));
    runner.setArguments({m_path, m_passwordFile});
    QElapsedTimer elapsed;
    elapsed.start();
    runner.start();
    if (!runner.waitForStarted(10000)) {
        qWarning("upgrade_runner did not start: %s", qPrintable(runner.errorString()));
        return Outcome::Failed;
    }
    const bool finished = runner.waitForFinished(delayMs);
    if (!finished) {
        runner.kill();
        if (!runner.waitForFinished(10000)) {
            qWarning("upgrade_runner did not end");
            return Outcome::Failed;
        }
    }
    *elapsedMs = elapsed.elapsed();
    if (runner.exitStatus() == QProcess::CrashExit) {
        return Outcome::Killed;
    }
    if (runner.exitCode() == 0 && runner.readAllStandardOutput().contains("upgraded\n")) {
        return Outcome::Finished;
    }
    qWarning("upgrade_runner failed: %s", runner.readAllStandardError().constData());
    return Outcome::Failed;
}

bool TestUpgradeCrashSafety::verify()
{
    Vault vault;
    if (const auto unlocked = vault.unlock(m_path, SecretValue(m_password)); !unlocked.ok()) {
        qWarning("unlock: %s", qPrintable(errorMessage(unlocked)));
        return false;
    }
    if (!vault.damagedByUpgrade().isEmpty()) {
        qWarning("%lld records were damaged by the kill", static_cast<long long>(vault.damagedByUpgrade().size()));
        return false;
    }
    if (const auto integrity = vault.checkIntegrity(); !integrity.ok()) {
        qWarning("integrity: %s", qPrintable(integrity.message()));
        return false;
    }
    QString error;
    if (VaultContents::snapshot(vault, &error) != m_expected || !error.isEmpty()) {
        qWarning("contents differ after the kill: %s", qPrintable(error));
        return false;
    }
    vault.lock();
    return LegacyFormat::storedFormat(m_path) == Vault::kFormatVersion && !LegacyFormat::upgradeUnderWay(m_path);
}

void TestUpgradeCrashSafety::killedUpgradeOpensAndLosesNothing()
{
    const quint32 seed = qEnvironmentVariableIsSet("BOTVAULT_CRASH_SEED")
        ? qEnvironmentVariable("BOTVAULT_CRASH_SEED").toUInt()
        : QRandomGenerator::system()->generate();
    qInfo("random seed %u (set BOTVAULT_CRASH_SEED=%u to repeat this run)", seed, seed);
    QRandomGenerator random(seed);

    // One whole upgrade first: how long it takes sets the range of the kill moments.
    QVERIFY(restorePristineCopy());
    qint64 fullMs = 0;
    QCOMPARE(int(runAndKill(120000, &fullMs)), int(Outcome::Finished));
    QVERIFY(verify());
    qInfo("a whole upgrade of %d items (%lld lines of contents), process start included, took %lld ms", kItems,
        static_cast<long long>(m_expected.size()), static_cast<long long>(fullMs));

    int notStarted = 0;
    int partial = 0;
    int finished = 0;
    int killedTwice = 0;
    for (int round = 1; round <= kRounds; ++round) {
        QVERIFY(restorePristineCopy());
        // Every other round kills the resumed upgrade a second time.
        const int kills = round % 2 == 0 ? 2 : 1;
        Outcome outcome = Outcome::Killed;
        QString delays;
        for (int kill = 0; kill < kills && outcome == Outcome::Killed; ++kill) {
            const int delayMs = static_cast<int>(random.bounded(static_cast<quint32>(fullMs * 5 / 4 + 1)));
            qint64 ranMs = 0;
            outcome = runAndKill(delayMs, &ranMs);
            QVERIFY2(outcome != Outcome::Failed, qPrintable(QStringLiteral("round %1: the runner failed").arg(round)));
            delays += QStringLiteral(" %1").arg(delayMs);
            killedTwice += kill == 1 && outcome == Outcome::Killed ? 1 : 0;
        }
        const bool underWay = LegacyFormat::upgradeUnderWay(m_path);
        const int format = LegacyFormat::storedFormat(m_path);
        const char* state = underWay ? "part upgraded" : format == 1 ? "not upgraded yet" : "upgraded";
        (underWay ? partial : format == 1 ? notStarted : finished) += 1;
        QVERIFY2(verify(),
            qPrintable(QStringLiteral("round %1 (delays%2 ms, left %3, seed %4)")
                           .arg(round)
                           .arg(delays, QString::fromLatin1(state))
                           .arg(seed)));
        qInfo("round %d: killed after%s ms, left %s; opens with every record", round, qPrintable(delays), state);
    }
    qInfo("%d rounds: %d left part upgraded, %d not yet upgraded, %d upgraded; %d resumed upgrades killed again",
        kRounds, partial, notStarted, finished, killedTwice);
    // The kills did land in the middle of upgrades.
    QVERIFY(partial > 0);
}

BOTVAULT_TEST_MAIN(TestUpgradeCrashSafety)
#include "TestUpgradeCrashSafety.moc"
