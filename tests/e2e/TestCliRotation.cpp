// Rotation from the CLI (issue 14, item 4) through the real botvault-cli: `secret set --rotate-every
// / --expires / --no-rotation`, `secret list --due` with its exit code 15 for cron, `--json` with the
// age and state, and `secret rotate --publish` against the real botvault-server, which names the
// channels the new value reaches.
#include "app/cli/ExitCode.h"
#include "tests/support/BackdatedSecret.h"
#include "tests/support/CliDriver.h"
#include "tests/support/RunningServer.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <initializer_list>
#include <memory>

namespace {

const QString kProject = QStringLiteral("Shop bot");
const QByteArray kOldValue = "old-rotation-value-5521";
const QByteArray kNewValue = "new-rotation-value-8834";

using CliRun = CliDriver::Run;

using CliWords::args;

int code(ExitCode exitCode)
{
    return static_cast<int>(exitCode);
}

using CliWords::listed;

} // namespace

class TestCliRotation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void dueExitsZeroWhenNothingIsOverdue();
    void overdueSecretExitsFifteen();
    void jsonCarriesAgeDueAndState();
    void badRulesChangeNothing();
    void ruleOfAnExistingSecretLeavesTheValue();
    void rotateRestartsTheAge();
    void rotateRefusesAnUnknownSecretBeforeAskingForAValue();
    void rotateAndPublishNamesTheChannels();
    void helpListsTheCommands();

private:
    CliRun cli(const QStringList& arguments, const QByteArray& input = {});
    void backdate(const QString& name, int days);

    QTemporaryDir m_serverDir;
    QString m_database;
    RunningServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliDriver> m_driver;
    QString m_vault;
};

CliRun TestCliRotation::cli(const QStringList& arguments, const QByteArray& input)
{
    return m_driver->run(m_vault, arguments, input);
}

void TestCliRotation::backdate(const QString& name, int days)
{
    QString error;
    QVERIFY2(
        BackdatedSecret::backdate(m_vault, TestSupport::secret("correct horse battery staple"), name, days, &error),
        qPrintable(error));
}

void TestCliRotation::initTestCase()
{
    QVERIFY2(QFile::exists(TestSupport::cliPath()), "build the botvault-cli target first");
    QVERIFY2(QFile::exists(TestSupport::serverPath()), "build the botvault-server target first");
    QVERIFY(m_serverDir.isValid());
    m_database = m_serverDir.filePath(QStringLiteral("server.db"));
}

void TestCliRotation::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_driver = std::make_unique<CliDriver>(m_dir->path());
    m_vault = m_driver->createVault(QStringLiteral("vault"), kProject);
    QVERIFY(!m_vault.isEmpty());
    QCOMPARE(cli(args({"secret", "set", "--rotate-every", "90"}) << kProject << QStringLiteral("API_KEY"), kOldValue)
                 .exitCode,
        0);
    QCOMPARE(cli(args({"secret", "set"}) << kProject << QStringLiteral("PLAIN"), kOldValue).exitCode, 0);
}

void TestCliRotation::cleanupTestCase()
{
    m_server.killHard();
    if (m_driver) {
        QVERIFY(!m_driver->outputs().contains(kOldValue));
        QVERIFY(!m_driver->outputs().contains(kNewValue));
    }
}

void TestCliRotation::dueExitsZeroWhenNothingIsOverdue()
{
    const CliRun due = cli(args({"secret", "list", "--due"}) << kProject);
    QCOMPARE(due.exitCode, 0);
    QVERIFY(!due.out.contains("API_KEY"));
    QVERIFY(!due.out.contains("PLAIN"));
    const CliRun all = cli(args({"secret", "list"}) << kProject);
    QCOMPARE(all.exitCode, 0);
    QVERIFY2(all.out.contains("Every 90 day"), all.out.constData());
    QVERIFY(all.out.contains("PLAIN"));
    // Due soon is listed by --due, but only overdue fails the cron job.
    backdate(QStringLiteral("API_KEY"), 80);
    const CliRun soon = cli(args({"secret", "list", "--due"}) << kProject);
    QCOMPARE(soon.exitCode, 0);
    QVERIFY2(soon.out.contains("API_KEY") && soon.out.contains("Due in 10 day"), soon.out.constData());
}

void TestCliRotation::overdueSecretExitsFifteen()
{
    backdate(QStringLiteral("API_KEY"), 95);
    const CliRun due = cli(args({"secret", "list", "--due"}) << kProject);
    QCOMPARE(due.exitCode, code(ExitCode::RotationOverdue));
    QVERIFY2(due.out.contains("API_KEY") && due.out.contains("Overdue by 5 day"), due.out.constData());
    QVERIFY(!due.out.contains("PLAIN"));
    QVERIFY2(due.err.startsWith("botvault-cli: Overdue for rotation in project Shop bot: API_KEY. Replace each value "
                                "with \""),
        due.err.constData());
    // Without --due the listing is a listing: exit 0.
    QCOMPARE(cli(args({"secret", "list"}) << kProject).exitCode, 0);
}

void TestCliRotation::jsonCarriesAgeDueAndState()
{
    backdate(QStringLiteral("API_KEY"), 100);
    const CliRun due = cli(args({"secret", "list", "--due", "--json"}) << kProject);
    QCOMPARE(due.exitCode, code(ExitCode::RotationOverdue));
    const QJsonArray array = QJsonDocument::fromJson(due.out).array();
    QCOMPARE(array.size(), 1);
    const QJsonObject secret = array.first().toObject();
    QCOMPARE(secret[QStringLiteral("name")].toString(), QStringLiteral("API_KEY"));
    QCOMPARE(secret[QStringLiteral("age")].toInt(), 100);
    QCOMPARE(secret[QStringLiteral("rotationPeriodDays")].toInt(), 90);
    QVERIFY(secret[QStringLiteral("expiresAt")].isNull());
    QCOMPARE(secret[QStringLiteral("state")].toString(), QStringLiteral("overdue"));
    const QDateTime rotatedAt = QDateTime::fromString(secret[QStringLiteral("rotatedAt")].toString(), Qt::ISODate);
    const QDateTime dueAt = QDateTime::fromString(secret[QStringLiteral("dueAt")].toString(), Qt::ISODate);
    QVERIFY(rotatedAt.isValid());
    QCOMPARE(dueAt, rotatedAt.addDays(90));

    const CliRun all = cli(args({"secret", "list", "--json"}) << kProject);
    QCOMPARE(all.exitCode, 0);
    const QJsonObject plain = listed(all, QStringLiteral("PLAIN"));
    QCOMPARE(plain[QStringLiteral("state")].toString(), QStringLiteral("none"));
    QVERIFY(plain[QStringLiteral("dueAt")].isNull());
    QCOMPARE(plain[QStringLiteral("age")].toInt(), 0);
}

void TestCliRotation::badRulesChangeNothing()
{
    const CliRun before = cli(args({"secret", "list", "--json"}) << kProject);
    const QByteArray yesterday = QDate::currentDate().addDays(-1).toString(Qt::ISODate).toUtf8();
    const CliRun past = cli(QStringList {QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("--expires"),
        QString::fromUtf8(yesterday), kProject, QStringLiteral("API_KEY")});
    QCOMPARE(past.exitCode, code(ExitCode::InvalidInput));
    QVERIFY2(past.err.contains("is not in the future"), past.err.constData());
    const CliRun zero = cli(args({"secret", "set", "--rotate-every", "0"}) << kProject << QStringLiteral("API_KEY"));
    QCOMPARE(zero.exitCode, code(ExitCode::InvalidInput));
    QVERIFY2(zero.err.contains("between 1 and 3650, not '0'"), zero.err.constData());
    const CliRun both
        = cli(args({"secret", "set", "--rotate-every", "5", "--no-rotation"}) << kProject << QStringLiteral("API_KEY"));
    QCOMPARE(both.exitCode, code(ExitCode::Usage));
    const CliRun badDate
        = cli(args({"secret", "set", "--expires", "31.12.2030"}) << kProject << QStringLiteral("NEW_ONE"), kNewValue);
    QCOMPARE(badDate.exitCode, code(ExitCode::InvalidInput));
    QVERIFY(badDate.err.contains("YYYY-MM-DD"));
    // Nothing changed: the same listing, and no secret NEW_ONE.
    QCOMPARE(cli(args({"secret", "list", "--json"}) << kProject).out, before.out);
}

void TestCliRotation::ruleOfAnExistingSecretLeavesTheValue()
{
    const QString date = QDate::currentDate().addDays(30).toString(Qt::ISODate);
    const CliRun set = cli(QStringList {QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("--expires"),
                               date, kProject, QStringLiteral("PLAIN")},
        kNewValue);
    QCOMPARE(set.exitCode, 0);
    QVERIFY2(set.out.contains("Expires " + date.toUtf8()), set.out.constData());
    QVERIFY2(set.err.contains("note: The value was not changed"), set.err.constData());
    QVERIFY(!set.out.contains("Replaced"));
    const QJsonObject plain = listed(cli(args({"secret", "list", "--json"}) << kProject), QStringLiteral("PLAIN"));
    QCOMPARE(plain[QStringLiteral("expiresAt")].toString(), date);
    QCOMPARE(plain[QStringLiteral("state")].toString(), QStringLiteral("ok"));
    // The value stayed: a bot run reads the old one.
    const CliRun value
        = cli(args({"run"}) << kProject << QStringLiteral("--") << QStringLiteral("sh") << QStringLiteral("-c")
                            << QStringLiteral("test \"$PLAIN\" = '%1'").arg(QString::fromUtf8(kOldValue)));
    QCOMPARE(value.exitCode, 0);

    QCOMPARE(cli(args({"secret", "set", "--no-rotation"}) << kProject << QStringLiteral("PLAIN")).exitCode, 0);
    const QJsonObject cleared = listed(cli(args({"secret", "list", "--json"}) << kProject), QStringLiteral("PLAIN"));
    QCOMPARE(cleared[QStringLiteral("state")].toString(), QStringLiteral("none"));
}

void TestCliRotation::rotateRestartsTheAge()
{
    backdate(QStringLiteral("API_KEY"), 120);
    QCOMPARE(cli(args({"secret", "list", "--due"}) << kProject).exitCode, code(ExitCode::RotationOverdue));
    const CliRun rotated = cli(args({"secret", "rotate"}) << kProject << QStringLiteral("API_KEY"), kNewValue);
    QCOMPARE(rotated.exitCode, 0);
    QVERIFY2(rotated.out.contains("Rotated secret API_KEY"), rotated.out.constData());
    QCOMPARE(cli(args({"secret", "list", "--due"}) << kProject).exitCode, 0);
    const QJsonObject secret = listed(cli(args({"secret", "list", "--json"}) << kProject), QStringLiteral("API_KEY"));
    QCOMPARE(secret[QStringLiteral("age")].toInt(), 0);
    QCOMPARE(secret[QStringLiteral("state")].toString(), QStringLiteral("ok"));
    QCOMPARE(secret[QStringLiteral("rotationPeriodDays")].toInt(), 90);
    const CliRun value
        = cli(args({"run"}) << kProject << QStringLiteral("--") << QStringLiteral("sh") << QStringLiteral("-c")
                            << QStringLiteral("test \"$API_KEY\" = '%1'").arg(QString::fromUtf8(kNewValue)));
    QCOMPARE(value.exitCode, 0);
}

void TestCliRotation::rotateRefusesAnUnknownSecretBeforeAskingForAValue()
{
    const CliRun unknown = cli(args({"secret", "rotate"}) << kProject << QStringLiteral("API_KEYS"), kNewValue);
    QCOMPARE(unknown.exitCode, code(ExitCode::NotFound));
    QVERIFY2(unknown.err.contains("API_KEY"), unknown.err.constData());
    const CliRun empty = cli(args({"secret", "rotate"}) << kProject << QStringLiteral("API_KEY"), QByteArray());
    QCOMPARE(empty.exitCode, code(ExitCode::InvalidInput));
}

void TestCliRotation::rotateAndPublishNamesTheChannels()
{
    const TestSupport::ServerCommandRun user
        = TestSupport::runServerCommand({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("ann"),
            QStringLiteral("--role"), QStringLiteral("SYSTEM_ADMIN"), QStringLiteral("--db"), m_database});
    QCOMPARE(user.exitCode, 0);
    const TestSupport::ServerCommandRun remote = TestSupport::runServerCommand({QStringLiteral("project"),
        QStringLiteral("add"), QStringLiteral("Remote"), QStringLiteral("--db"), m_database});
    QCOMPARE(remote.exitCode, 0);
    if (!m_server.isRunning()) {
        QVERIFY(m_server.start({QStringLiteral("--db"), m_database}));
    }
    QCOMPARE(cli(args({"remote", "set"}) << kProject << m_server.rootUrl() << QStringLiteral("--remote-project")
                                         << QString::fromUtf8(remote.out.trimmed()),
                 user.out.trimmed() + '\n')
                 .exitCode,
        0);
    QCOMPARE(
        cli(args({"channel", "add"}) << kProject << QStringLiteral("TELEGRAM") << QStringLiteral("Support")).exitCode,
        0);
    const CliRun rotated
        = cli(args({"secret", "rotate", "--publish"}) << kProject << QStringLiteral("API_KEY"), kNewValue);
    QCOMPARE(rotated.exitCode, 0);
    QVERIFY2(rotated.out.contains("The new value reaches every channel without a deploy:"), rotated.out.constData());
    QVERIFY2(rotated.out.contains("Support (TELEGRAM)"), rotated.out.constData());
    QVERIFY2(rotated.out.contains("(TEST_WIDGET)"), rotated.out.constData());
    // Published: nothing left queued.
    const CliRun shown = cli(args({"remote", "show", "--json"}) << kProject);
    QCOMPARE(shown.exitCode, 0);
    QVERIFY2(shown.json().value(QStringLiteral("queuedChanges")).toInt() == 0, shown.out.constData());
}

void TestCliRotation::helpListsTheCommands()
{
    const CliRun help = m_driver->runRaw({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char* line : {"secret set PROJECT NAME [--rotate-every DAYS] [--expires DATE] [--no-rotation]",
             "secret list PROJECT [--due]", "secret rotate PROJECT NAME [--publish]",
             "15  'secret list --due': a secret is overdue for rotation"}) {
        QVERIFY2(help.out.contains(line), line);
    }
}

BOTVAULT_TEST_MAIN(TestCliRotation)

#include "TestCliRotation.moc"
