#include "storage/Vault.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

// "A crash never loses a change reported as saved": crash_writer saves items in a loop and reports
// each one after the vault returned; it is killed with SIGKILL at a random moment, 200 times over on
// the same vault, and after every kill the vault must open, pass SQLite's integrity check and hold
// every reported item with the value written, and nothing torn.

namespace {

using TestSupport::errorMessage;

constexpr int kRounds = 200;
constexpr int kMaxDelayMs = 300;
// Every this many rounds (and after the last) every item reported so far is read back by name and
// the listings are checked whole; the other rounds read back this round's items, so that the cost
// of a round does not grow with the vault.
constexpr int kFullCheckEvery = 20;
const QString kProjectName = QStringLiteral("Crash");

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedWriterLosesNothingSaved();

private:
    // Starts the writer at `start`, kills it `delayMs` after its first report and returns the
    // numbers it reported.
    QList<qint64> runAndKill(qint64 start, int delayMs);
    void verify(const QList<qint64>& reportedThisRound, bool everything);

    QTemporaryDir m_dir;
    QString m_path;
    QString m_passwordFile;
    const QCA::SecureArray m_password = TestSupport::secure("crash test password");
    QList<qint64> m_reported;
    qint64 m_highest = -1;
    bool m_ok = false;
};

void TestCrashSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(TestSupport::testBinaryPath(QStringLiteral("crash_writer"))),
        qPrintable(TestSupport::testBinaryPath(QStringLiteral("crash_writer"))));
    m_path = m_dir.filePath(QStringLiteral("vault.db"));
    m_passwordFile = m_dir.filePath(QStringLiteral("password"));
    QFile password(m_passwordFile);
    QVERIFY(password.open(QIODevice::WriteOnly));
    QVERIFY(password.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    password.write(m_password.toByteArray());
    password.close();

    QVERIFY(Vault::create(m_path, SecretValue(m_password), TestSupport::fastKdfParams()).ok());
    Vault vault;
    QVERIFY(vault.unlock(m_path, SecretValue(m_password)).ok());
    QVERIFY(vault.addProject(kProjectName).ok());
}

QList<qint64> TestCrashSafety::runAndKill(qint64 start, int delayMs)
{
    m_ok = false;
    QList<qint64> reported;
    QProcess writer;
    writer.setProgram(TestSupport::testBinaryPath(QStringLiteral("crash_writer")));
    writer.setArguments({m_path, m_passwordFile, kProjectName, QString::number(start)});
    writer.start();
    if (!writer.waitForStarted(10000)) {
        qWarning("crash_writer did not start: %s", qPrintable(writer.errorString()));
        return reported;
    }
    QByteArray output;
    const QDeadlineTimer firstReport(30000);
    while (!output.contains('\n')) {
        if (!writer.waitForReadyRead(static_cast<int>(firstReport.remainingTime()))) {
            qWarning("crash_writer reported nothing: %s", writer.readAllStandardError().constData());
            writer.kill();
            writer.waitForFinished();
            return reported;
        }
        output += writer.readAllStandardOutput();
    }
    // Keeps draining stdout while it waits, so the writer never blocks on a full pipe.
    if (delayMs > 0 && writer.waitForFinished(delayMs)) {
        qWarning("crash_writer stopped by itself: %s", writer.readAllStandardError().constData());
        return reported;
    }
    writer.kill();
    if (!writer.waitForFinished(10000) || writer.exitStatus() != QProcess::CrashExit) {
        qWarning("crash_writer was not killed");
        return reported;
    }
    output += writer.readAllStandardOutput();
    // A line cut short by the kill is not a report.
    const qsizetype complete = output.lastIndexOf('\n') + 1;
    for (const QByteArray& line : output.left(complete).split('\n')) {
        if (line.isEmpty()) {
            continue;
        }
        bool number = false;
        const qint64 n = line.startsWith("committed ") ? line.mid(10).toLongLong(&number) : -1;
        if (!number) {
            qWarning("unexpected output from crash_writer: %s", line.constData());
            return {};
        }
        reported.append(n);
    }
    m_ok = !reported.isEmpty();
    return reported;
}

void TestCrashSafety::verify(const QList<qint64>& reportedThisRound, bool everything)
{
    Vault vault;
    const auto unlocked = vault.unlock(m_path, SecretValue(m_password));
    QVERIFY2(unlocked.ok(), qPrintable(errorMessage(unlocked)));
    const auto integrity = vault.checkIntegrity();
    QVERIFY2(integrity.ok(), qPrintable(errorMessage(integrity)));
    const auto project = vault.projectByName(kProjectName);
    QVERIFY2(project.ok(), qPrintable(errorMessage(project)));

    const QList<qint64>& toRead = everything ? m_reported : reportedThisRound;
    for (const qint64 n : toRead) {
        const QString name = TestSupport::crashWriterName(n);
        if (TestSupport::crashWriterIsSecret(n)) {
            const auto value = vault.secretValue(project->id, name);
            QVERIFY2(value.ok(), qPrintable(name + QStringLiteral(": ") + errorMessage(value)));
            QCOMPARE(QString::fromUtf8(value->bytes().toByteArray()), TestSupport::crashWriterValue(n));
        } else {
            const auto variable = vault.variable(project->id, name);
            QVERIFY2(variable.ok(), qPrintable(name + QStringLiteral(": ") + errorMessage(variable)));
            QCOMPARE(variable->value, TestSupport::crashWriterValue(n));
        }
    }

    // The write after the last report may or may not have committed before the kill: either way
    // it is whole.
    const qint64 unreported = m_highest + 1;
    const QString unreportedName = TestSupport::crashWriterName(unreported);
    if (TestSupport::crashWriterIsSecret(unreported)) {
        const auto value = vault.secretValue(project->id, unreportedName);
        QVERIFY2(value.ok() || value.code() == ErrorCode::NotFound, qPrintable(errorMessage(value)));
        if (value.ok()) {
            QCOMPARE(QString::fromUtf8(value->bytes().toByteArray()), TestSupport::crashWriterValue(unreported));
        }
    } else {
        const auto variable = vault.variable(project->id, unreportedName);
        QVERIFY2(variable.ok() || variable.code() == ErrorCode::NotFound, qPrintable(errorMessage(variable)));
        if (variable.ok()) {
            QCOMPARE(variable->value, TestSupport::crashWriterValue(unreported));
        }
    }
    if (!everything) {
        return;
    }

    // Whatever is in the vault is whole: no damaged record, every value the one written for its name.
    const auto variables = vault.variables(project->id);
    QVERIFY2(variables.ok(), qPrintable(errorMessage(variables)));
    const auto secrets = vault.secrets(project->id);
    QVERIFY2(secrets.ok(), qPrintable(errorMessage(secrets)));
    QSet<qint64> present;
    for (const Variable& variable : variables.value()) {
        QVERIFY2(!variable.damaged, qPrintable(QStringLiteral("record #%1 is damaged").arg(variable.id)));
        const qint64 n = variable.name.mid(2).toLongLong();
        QCOMPARE(variable.name, TestSupport::crashWriterName(n));
        QCOMPARE(variable.value, TestSupport::crashWriterValue(n));
        present.insert(n);
    }
    for (const SecretSummary& secret : secrets.value()) {
        QVERIFY2(!secret.damaged, qPrintable(QStringLiteral("record #%1 is damaged").arg(secret.id)));
        const qint64 n = secret.name.mid(2).toLongLong();
        QCOMPARE(secret.name, TestSupport::crashWriterName(n));
        present.insert(n);
    }
    // Nothing beyond what the writer could have begun: at most the one write after its last report.
    for (const qint64 n : std::as_const(present)) {
        QVERIFY2(n >= 0 && n <= m_highest + 1, qPrintable(TestSupport::crashWriterName(n)));
    }
    for (const qint64 n : std::as_const(m_reported)) {
        QVERIFY2(present.contains(n), qPrintable(TestSupport::crashWriterName(n) + QStringLiteral(" is missing")));
    }
}

void TestCrashSafety::killedWriterLosesNothingSaved()
{
    const quint32 seed = qEnvironmentVariableIsSet("BOTVAULT_CRASH_SEED")
        ? qEnvironmentVariable("BOTVAULT_CRASH_SEED").toUInt()
        : QRandomGenerator::system()->generate();
    qInfo("random seed %u (set BOTVAULT_CRASH_SEED=%u to repeat this run)", seed, seed);
    QRandomGenerator random(seed);

    QElapsedTimer elapsed;
    elapsed.start();
    for (int round = 1; round <= kRounds; ++round) {
        const int delayMs = static_cast<int>(random.bounded(kMaxDelayMs + 1));
        const QList<qint64> reported = runAndKill(m_highest + 1, delayMs);
        QVERIFY2(m_ok, qPrintable(QStringLiteral("round %1: the writer did not run as expected").arg(round)));
        // Reports are consecutive from the start index the writer was given.
        QCOMPARE(reported.constFirst(), m_highest + 1);
        QCOMPARE(reported.constLast(), reported.constFirst() + reported.size() - 1);
        m_reported.append(reported);
        m_highest = reported.constLast();

        verify(reported, round % kFullCheckEvery == 0 || round == kRounds);
        if (QTest::currentTestFailed()) {
            qWarning("failed in round %d (delay %d ms, seed %u)", round, delayMs, seed);
            return;
        }
    }
    qInfo("%d rounds, %lld writes reported, %lld s", kRounds, static_cast<long long>(m_reported.size()),
        static_cast<long long>(elapsed.elapsed() / 1000));
}

BOTVAULT_TEST_MAIN(TestCrashSafety)
#include "TestCrashSafety.moc"
