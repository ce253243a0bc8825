#include "storage/Vault.h"
#include "storage/VaultSchema.h"
#include "tests/support/LegacyFormat.h"
#include "tests/support/RawDatabase.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"
#include "tests/support/VaultContents.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

// "A vault made before history opens, with nothing lost, whenever its upgrade is killed": the
// pristine vault has no history tables (schema 4 or older) and record format 1, so that an unlock
// runs the schema migrations up to 5 and then the format upgrade. upgrade_runner unlocks it and is killed with
// SIGKILL at a random moment of that; afterwards the vault opens, passes SQLite's integrity check,
// holds every record as before, is at schema 5 and keeps versions of the next write.
namespace {

using TestSupport::errorMessage;

int fromEnvironment(const char* name, int fallback)
{
    const int value = qEnvironmentVariableIntValue(name);
    return value > 0 ? value : fallback;
}

const int kRounds = fromEnvironment("BOTVAULT_HISTORY_UPGRADE_ROUNDS", 12);
const int kItems = fromEnvironment("BOTVAULT_HISTORY_UPGRADE_ITEMS", 2000);

} // namespace

class TestHistoryUpgradeCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedUpgradeOpensWithHistory();

private:
    // Runs upgrade_runner and kills it after `delayMs`; true when it was killed or finished cleanly.
    bool runAndKill(int delayMs, qint64* elapsedMs, bool* killed);
    bool restorePristineCopy();
    bool verify();

    QTemporaryDir m_dir;
    QString m_pristine;
    QString m_path;
    QString m_passwordFile;
    const QCA::SecureArray m_password = TestSupport::secure("history upgrade password");
    QStringList m_expected;
};

void TestHistoryUpgradeCrashSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_pristine = m_dir.filePath(QStringLiteral("schema4.db"));
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
    }
    QString error;
    QVERIFY2(LegacyFormat::downgrade(m_pristine, SecretValue(m_password), &error), qPrintable(error));
    // The downgrade goes further back than schema 4 (a format-1 vault predates the audit log too).
    RawDatabase raw(m_pristine);
    QVERIFY(raw.exec("DROP TABLE item_versions; DROP TABLE trash; DROP TABLE history_settings"));
    QVERIFY(raw.integer("PRAGMA user_version") <= 4);
    QCOMPARE(raw.integer("SELECT count(*) FROM sqlite_master WHERE name = 'item_versions'"), 0);
}

bool TestHistoryUpgradeCrashSafety::restorePristineCopy()
{
    for (const char* suffix : {"", "-wal", "-shm"}) {
        QFile::remove(m_path + QLatin1String(suffix));
    }
    return QFile::copy(m_pristine, m_path);
}

bool TestHistoryUpgradeCrashSafety::runAndKill(int delayMs, qint64* elapsedMs, bool* killed)
{
    QProcess runner;
    runner.setProgram(TestSupport::testBinaryPath(QStringLiteral("upgrade_runner")));
    runner.setArguments({m_path, m_passwordFile});
    QElapsedTimer elapsed;
    elapsed.start();
    runner.start();
    if (!runner.waitForStarted(10000)) {
        return false;
    }
    if (!runner.waitForFinished(delayMs)) {
        runner.kill();
        if (!runner.waitForFinished(10000)) {
            return false;
        }
    }
    *elapsedMs = elapsed.elapsed();
    *killed = runner.exitStatus() == QProcess::CrashExit;
    return *killed || (runner.exitCode() == 0 && runner.readAllStandardOutput().contains("upgraded\n"));
}

bool TestHistoryUpgradeCrashSafety::verify()
{
    Vault vault;
    if (const auto unlocked = vault.unlock(m_path, SecretValue(m_password)); !unlocked.ok()) {
        qWarning("unlock: %s", qPrintable(errorMessage(unlocked)));
        return false;
    }
    if (!vault.damagedByUpgrade().isEmpty() || !vault.checkIntegrity().ok()) {
        qWarning("damaged records or a failed integrity check");
        return false;
    }
    QString error;
    if (VaultContents::snapshot(vault, &error) != m_expected || !error.isEmpty()) {
        qWarning("contents differ after the kill: %s", qPrintable(error));
        return false;
    }
    Project project;
    QString name;
    const QList<Project> projects = vault.projects().value();
    for (const Project& candidate : projects) {
        const auto variables = vault.variables(candidate.id);
        if (variables && !variables->isEmpty()) {
            project = candidate;
            name = variables->first().name;
            break;
        }
    }
    if (name.isEmpty()) {
        qWarning("no variable to write");
        return false;
    }
    if (const auto written = vault.setVariable(project.id, name, QStringLiteral("after the upgrade")); !written) {
        qWarning("write after the upgrade: %s", qPrintable(written.message()));
        return false;
    }
    const auto versions = vault.itemVersions(project.id, ItemKind::Variable, name);
    vault.lock();
    RawDatabase raw(m_path);
    if (!versions || versions->size() != 2 || versions->first().change != VersionChange::Existing) {
        qWarning("the write after the upgrade kept no history");
        return false;
    }
    return raw.integer("PRAGMA user_version") == VaultSchema::kCurrentVersion;
}

void TestHistoryUpgradeCrashSafety::killedUpgradeOpensWithHistory()
{
    const quint32 seed = qEnvironmentVariableIsSet("BOTVAULT_CRASH_SEED")
        ? qEnvironmentVariable("BOTVAULT_CRASH_SEED").toUInt()
        : QRandomGenerator::system()->generate();
    qInfo("random seed %u (set BOTVAULT_CRASH_SEED=%u to repeat this run)", seed, seed);
    QRandomGenerator random(seed);
    QVERIFY(restorePristineCopy());
    qint64 fullMs = 0;
    bool killed = false;
    QVERIFY(runAndKill(120000, &fullMs, &killed));
    QVERIFY(!killed);
    QVERIFY(verify());
    int killedRounds = 0;
    for (int round = 1; round <= kRounds; ++round) {
        QVERIFY(restorePristineCopy());
        const int delayMs = static_cast<int>(random.bounded(static_cast<quint32>(fullMs + 1)));
        qint64 ranMs = 0;
        QVERIFY2(runAndKill(delayMs, &ranMs, &killed), qPrintable(QStringLiteral("round %1").arg(round)));
        killedRounds += killed ? 1 : 0;
        QVERIFY2(verify(),
            qPrintable(QStringLiteral("round %1 (killed after %2 ms, seed %3)").arg(round).arg(delayMs).arg(seed)));
    }
    qInfo("%d rounds, %d killed during the unlock", kRounds, killedRounds);
    QVERIFY(killedRounds > 0);
}

BOTVAULT_TEST_MAIN(TestHistoryUpgradeCrashSafety)
#include "TestHistoryUpgradeCrashSafety.moc"
