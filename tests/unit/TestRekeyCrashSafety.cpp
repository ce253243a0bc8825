#include "storage/Vault.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"
#include "tests/support/VaultContents.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

// "The vault always opens with exactly one of the two passwords and loses nothing": rekey_runner
// changes the password with a new data key (every record re-encrypted in one transaction) and is
// killed with SIGKILL at a random moment of it, round after round on the same vault. After every
// kill exactly one of the two passwords opens the vault, SQLite's integrity check passes, and every
// record opens with the contents it had before the first round.

namespace {

using TestSupport::errorMessage;

const int kRounds = qEnvironmentVariableIntValue("BOTVAULT_REKEY_ROUNDS") > 0
    ? qEnvironmentVariableIntValue("BOTVAULT_REKEY_ROUNDS")
    : 40;
constexpr int kItems = 3000;

} // namespace

class TestRekeyCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedRotationOpensWithOnePasswordAndLosesNothing();

private:
    enum class Outcome
    {
        Failed,
        Killed,
        Finished,
    };
    // Runs rekey_runner from password `from` to `to` and kills it `delayMs` after it reports that the
    // rotation starts (or lets it finish when it is quicker); *elapsedMs receives the time it ran.
    Outcome runAndKill(int from, int to, int delayMs, qint64* elapsedMs);
    // The index of the one password that opens the vault after a round, or -1 after a failure.
    int verify();

    QTemporaryDir m_dir;
    QString m_path;
    QString m_passwordFiles[2];
    const QCA::SecureArray m_passwords[2]
        = {TestSupport::secure("rekey password one"), TestSupport::secure("rekey password two")};
    QStringList m_expected;
};

void TestRekeyCrashSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString runner = TestSupport::testBinaryPath(QStringLiteral("rekey_runner"));
    QVERIFY2(QFile::exists(runner), qPrintable(runner));
    m_path = m_dir.filePath(QStringLiteral("vault.db"));
    for (int i = 0; i < 2; ++i) {
        m_passwordFiles[i] = m_dir.filePath(QStringLiteral("password%1").arg(i));
        QFile file(m_passwordFiles[i]);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(m_passwords[i].toByteArray());
    }
    QVERIFY(Vault::create(m_path, SecretValue(m_passwords[0]), TestSupport::fastKdfParams()).ok());
    Vault vault;
    QVERIFY(vault.unlock(m_path, SecretValue(m_passwords[0])).ok());
    QString error;
    QVERIFY2(VaultContents::populate(vault, kItems, &error), qPrintable(error));
    m_expected = VaultContents::snapshot(vault, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_expected.size() > kItems);
}

TestRekeyCrashSafety::Outcome TestRekeyCrashSafety::runAndKill(int from, int to, int delayMs, qint64* elapsedMs)
{
    QProcess runner;
    runner.setProgram(TestSupport::testBinaryPath(QStringLiteral("rekey_runner")));
    runner.setArguments({m_path, m_passwordFiles[from], m_passwordFiles[to]});
    runner.start();
    if (!runner.waitForStarted(10000)) {
        qWarning("rekey_runner did not start: %s", qPrintable(runner.errorString()));
        return Outcome::Failed;
    }
    QByteArray output;
    const QDeadlineTimer started(30000);
    while (!output.contains("unlocked\n")) {
        if (!runner.waitForReadyRead(static_cast<int>(started.remainingTime()))) {
            qWarning("rekey_runner did not unlock: %s", runner.readAllStandardError().constData());
            runner.kill();
            runner.waitForFinished();
            return Outcome::Failed;
        }
        output += runner.readAllStandardOutput();
    }
    QElapsedTimer elapsed;
    elapsed.start();
    if (runner.waitForFinished(delayMs)) {
        *elapsedMs = elapsed.elapsed();
        output += runner.readAllStandardOutput();
        if (runner.exitStatus() != QProcess::NormalExit || runner.exitCode() != 0 || !output.contains("rotated\n")) {
            qWarning("rekey_runner failed: %s", runner.readAllStandardError().constData());
            return Outcome::Failed;
        }
        return Outcome::Finished;
    }
    runner.kill();
    *elapsedMs = elapsed.elapsed();
    if (!runner.waitForFinished(10000)) {
        qWarning("rekey_runner did not end");
        return Outcome::Failed;
    }
    if (runner.exitStatus() == QProcess::CrashExit) {
        return Outcome::Killed;
    }
    // It ended by itself just before the kill.
    output += runner.readAllStandardOutput();
    if (runner.exitCode() == 0 && output.contains("rotated\n")) {
        return Outcome::Finished;
    }
    qWarning("rekey_runner failed: %s", runner.readAllStandardError().constData());
    return Outcome::Failed;
}

int TestRekeyCrashSafety::verify()
{
    int opened = -1;
    for (int i = 0; i < 2; ++i) {
        Vault vault;
        const auto unlocked = vault.unlock(m_path, SecretValue(m_passwords[i]));
        if (!unlocked.ok()) {
            if (unlocked.code() != ErrorCode::WrongPassword) {
                qWarning("password %d: %s", i, qPrintable(unlocked.message()));
                return -1;
            }
            continue;
        }
        if (opened >= 0) {
            qWarning("both passwords open the vault");
            return -1;
        }
        opened = i;
        if (const auto integrity = vault.checkIntegrity(); !integrity.ok()) {
            qWarning("integrity: %s", qPrintable(integrity.message()));
            return -1;
        }
        QString error;
        const QStringList contents = VaultContents::snapshot(vault, &error);
        if (!error.isEmpty() || contents != m_expected) {
            qWarning("contents differ after the kill: %s", qPrintable(error));
            return -1;
        }
        // The audit log is re-sealed and re-chained in the rotation's transaction: either way it holds.
        if (const auto audit = vault.verifyAudit(); !audit.ok() || !audit->intact()) {
            qWarning("audit log: %s", qPrintable(audit.ok() ? audit->message : audit.message()));
            return -1;
        }
    }
    if (opened < 0) {
        qWarning("neither password opens the vault");
    }
    return opened;
}

void TestRekeyCrashSafety::killedRotationOpensWithOnePasswordAndLosesNothing()
{
    const quint32 seed = qEnvironmentVariableIsSet("BOTVAULT_CRASH_SEED")
        ? qEnvironmentVariable("BOTVAULT_CRASH_SEED").toUInt()
        : QRandomGenerator::system()->generate();
    qInfo("random seed %u (set BOTVAULT_CRASH_SEED=%u to repeat this run)", seed, seed);
    QRandomGenerator random(seed);

    // One whole rotation first: how long it takes sets the range of the kill moments.
    qint64 fullMs = 0;
    QCOMPARE(int(runAndKill(0, 1, 120000, &fullMs)), int(Outcome::Finished));
    QCOMPARE(verify(), 1);
    qInfo("a whole rotation of %d items (%lld lines of contents) took %lld ms", kItems,
        static_cast<long long>(m_expected.size()), static_cast<long long>(fullMs));

    int current = 1;
    int keptOld = 0;
    int tookNew = 0;
    int killedBefore = 0;
    int killedAfter = 0;
    for (int round = 1; round <= kRounds; ++round) {
        // Every fifth round runs to the end (and so alternates the passwords); the others are killed
        // at a random moment up to a quarter past the length of the last whole rotation.
        const bool whole = round % 5 == 0;
        const int delayMs = whole ? 120000 : static_cast<int>(random.bounded(static_cast<quint32>(fullMs * 5 / 4 + 1)));
        qint64 ranMs = 0;
        const Outcome outcome = runAndKill(current, 1 - current, delayMs, &ranMs);
        QVERIFY2(outcome != Outcome::Failed, qPrintable(QStringLiteral("round %1: the runner failed").arg(round)));
        const int opened = verify();
        QVERIFY2(opened >= 0,
            qPrintable(QStringLiteral("round %1 (delay %2 ms, seed %3)").arg(round).arg(delayMs).arg(seed)));
        if (whole) {
            QCOMPARE(int(outcome), int(Outcome::Finished));
            fullMs = ranMs;
        }
        if (outcome == Outcome::Finished) {
            QCOMPARE(opened, 1 - current);
        } else {
            (opened == current ? killedBefore : killedAfter) += 1;
        }
        qInfo("round %d: delay %d ms, ran %lld ms, %s, opens with the %s password", round, delayMs,
            static_cast<long long>(ranMs), outcome == Outcome::Finished ? "finished" : "killed",
            opened == current ? "old" : "new");
        (opened == current ? keptOld : tookNew) += 1;
        current = opened;
    }
    qInfo("%d rounds: %d kept the old password and key, %d had the new ones; of the kills %d came before the "
          "commit, %d after it",
        kRounds, keptOld, tookNew, killedBefore, killedAfter);
    // Kills interrupted rotations (a kill after the commit is rare: only the WAL checkpoint follows it),
    // and the vault moved between the two passwords.
    QVERIFY(killedBefore > 0);
    QVERIFY(keptOld > 0 && tookNew > 0);
}

BOTVAULT_TEST_MAIN(TestRekeyCrashSafety)
#include "TestRekeyCrashSafety.moc"
