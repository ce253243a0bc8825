// The example messages of docs/CLI.md against the real botvault-cli and botvault-server (issue 19,
// item 6): every line of the doc's example blocks that starts with "botvault-cli: ", "warning: " or
// "note: " must be a line the real commands print here, so the doc cannot drift from the code. A
// "…" in a quoted line stands for text the doc leaves out. The runs use the default vault (in a
// temporary XDG_DATA_HOME) and BOTVAULT_PASSWORD, so suggested commands carry no --vault, as in
// the doc; the temporary folder is shown as /home/ann.
#include "app/cli/ExitCode.h"
#include "tests/support/BackdatedSecret.h"
#include "tests/support/CliDriver.h"
#include "tests/support/RawDatabase.h"
#include "tests/support/RunningServer.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <initializer_list>
#include <memory>

namespace {

const QString kProject = QStringLiteral("Support bot");
const QString kWidget = QStringLiteral("Test widget");
const QByteArray kPassword = "doc examples password";

using CliRun = CliDriver::Run;

using CliWords::args;

bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// The lines of docs/CLI.md's fenced blocks that quote a message.
QStringList quotedMessages()
{
    QFile doc(QStringLiteral(BOTVAULT_SOURCE_DIR "/docs/CLI.md"));
    if (!doc.open(QIODevice::ReadOnly)) {
        return {};
    }
    QStringList messages;
    bool inBlock = false;
    for (const QString& line : QString::fromUtf8(doc.readAll()).split(u'\n')) {
        if (line.startsWith(QStringLiteral("```"))) {
            inBlock = !inBlock;
        } else if (inBlock
            && (line.startsWith(QStringLiteral("botvault-cli: ")) || line.startsWith(QStringLiteral("warning: "))
                || line.startsWith(QStringLiteral("note: ")))) {
            messages.append(line);
        }
    }
    return messages;
}

// A quoted line as a pattern: exact, but "…" stands for one or more characters.
QRegularExpression patternOf(const QString& quoted)
{
    QStringList parts;
    for (const QString& part : quoted.split(QStringLiteral("…"))) {
        parts.append(QRegularExpression::escape(part));
    }
    return QRegularExpression(u'^' + parts.join(QStringLiteral(".+")) + u'$');
}

} // namespace

class TestCliDocExamples : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyQuotedMessageIsPrinted();

private:
    // botvault-cli with exactly `arguments` in the home folder, on the default vault.
    CliRun run(const QStringList& arguments, const QByteArray& input = {});
    // Every line of `run`'s stdout and stderr, the home folder shown as /home/ann.
    void collect(const CliRun& result);
    QString home(const QString& name) const { return m_home->filePath(name); }
    QByteArray addUser(const QString& login, const QString& role);

    void runLocalExamples();
    void runEnvExamples();
    void runImportExamples();
    void runCheckExample();
    void runScanExample();
    void runRotationExamples();
    void runPlatformExamples();
    void runHistoryExamples();
    void runAuditExample();

    QTemporaryDir m_serverDir;
    RunningServer m_server;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<CliDriver> m_cli;
    QString m_database;
    QString m_dataHome;
    QStringList m_printed;
};

CliRun TestCliDocExamples::run(const QStringList& arguments, const QByteArray& input)
{
    const CliRun result = m_cli->runRaw(arguments, input,
        {{QStringLiteral("BOTVAULT_PASSWORD"), QString::fromUtf8(kPassword)},
            {QStringLiteral("XDG_DATA_HOME"), m_dataHome}});
    collect(result);
    return result;
}

void TestCliDocExamples::collect(const CliRun& result)
{
    const QString homePath = QDir(m_home->path()).canonicalPath();
    for (const QString& line : QString::fromUtf8(result.all()).split(u'\n')) {
        m_printed.append(QString(line)
                             .replace(homePath, QStringLiteral("/home/ann"))
                             .replace(m_home->path(), QStringLiteral("/home/ann")));
    }
}

QByteArray TestCliDocExamples::addUser(const QString& login, const QString& role)
{
    const TestSupport::ServerCommandRun added = TestSupport::runServerCommand({QStringLiteral("user"),
        QStringLiteral("add"), login, QStringLiteral("--role"), role, QStringLiteral("--db"), m_database});
    return added.exitCode == 0 ? added.out.trimmed() : QByteArray();
}

void TestCliDocExamples::initTestCase()
{
    QVERIFY2(QFile::exists(TestSupport::cliPath()), "build the botvault-cli target first");
    QVERIFY2(QFile::exists(TestSupport::serverPath()), "build the botvault-server target first");
    QVERIFY(m_serverDir.isValid());
    m_database = m_serverDir.filePath(QStringLiteral("server.db"));
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_dataHome = home(QStringLiteral(".local/share"));
    m_cli = std::make_unique<CliDriver>(m_home->path());
    m_cli->setFastRetries(false);
    m_cli->setRunTimeout(180000);
}

void TestCliDocExamples::cleanupTestCase()
{
    m_server.killHard();
}

void TestCliDocExamples::everyQuotedMessageIsPrinted()
{
    const QStringList quoted = quotedMessages();
    QVERIFY2(quoted.size() >= 10, "docs/CLI.md quotes fewer example messages than expected");
    QCOMPARE(run(args({"init", "--kdf-memory-mib", "19", "--kdf-passes", "2"})).exitCode, 0);
    runLocalExamples();
    runEnvExamples();
    runImportExamples();
    runCheckExample();
    runScanExample();
    runRotationExamples();
    runPlatformExamples();
    runHistoryExamples();
    runAuditExample();
    QStringList drifted;
    for (const QString& line : quoted) {
        const QRegularExpression pattern = patternOf(line);
        if (!std::any_of(m_printed.cbegin(), m_printed.cend(),
                [&pattern](const QString& printed) { return pattern.match(printed).hasMatch(); })) {
            drifted.append(line);
        }
    }
    QVERIFY2(drifted.isEmpty(),
        qPrintable(QStringLiteral("docs/CLI.md quotes messages the commands do not print:\n%1\nThey printed:\n%2")
                       .arg(drifted.join(u'\n'), m_printed.join(u'\n'))));
}

void TestCliDocExamples::runLocalExamples()
{
    QCOMPARE(run(args({"project", "add", "Shop bot"})).exitCode, 0);
    QCOMPARE(run(args({"secret", "set", "Shop bot", "API_TOKEN"}), "t0ken\n").exitCode, 0);
    QCOMPARE(run(args({"--roles", "DEVELOPER", "project", "rm", "Shop bot"})).exitCode,
        static_cast<int>(ExitCode::PermissionDenied));
    QCOMPARE(run(args({"var", "list", "Shop  bot"})).exitCode, static_cast<int>(ExitCode::NotFound));
    QCOMPARE(run(args({"project", "add", "Support bot"})).exitCode, 0);
    QCOMPARE(run(args({"var", "get", "Support bot", "GRETING"})).exitCode, static_cast<int>(ExitCode::NotFound));
    QCOMPARE(run(args({"var", "set", "Support bot", "GREETING", "Hello!"})).exitCode, 0);
    QCOMPARE(run(args({"var", "get", "Support bot", "GRETING"})).exitCode, static_cast<int>(ExitCode::NotFound));
    QCOMPARE(run(args({"var", "rm", "Support bot", "GREETING"})).exitCode, 0);
    QCOMPARE(run(args({"var", "set", "Support bot", "1ST_LINE", "Hello"})).exitCode, 0);
    QCOMPARE(run(args({"var", "rm", "Support bot", "1ST_LINE"})).exitCode, 0);
}

void TestCliDocExamples::runEnvExamples()
{
    QVERIFY(writeBytes(home(QStringLiteral(".env")), "BASE_URL=https://crm.example.org\nCRM_TOKEN=abc\nDEBUG=1\n"));
    QCOMPARE(run(args({"env", "import", "Support bot", ".env"})).exitCode, 0);
    QVERIFY(writeBytes(home(QStringLiteral(".env")), "BASE_URL=https://shop.example.org\n"));
    QCOMPARE(run(args({"env", "import", "Support bot", ".env"})).exitCode, static_cast<int>(ExitCode::InvalidInput));
    QVERIFY(writeBytes(home(QStringLiteral("broken.env")), "A=1\nB=2\nAPI-KEY=3\nC=4\nD=5\nE=6\nGREETING=\"Hello\n"));
    QCOMPARE(
        run(args({"env", "import", "Support bot", "broken.env"})).exitCode, static_cast<int>(ExitCode::InvalidInput));
    QCOMPARE(run(args({"secret", "set", "Support bot", "API_KEY"}), "k\n").exitCode, 0);
    QCOMPARE(run(args({"secret", "set", "Support bot", "DB_PASSWORD"}), "p\n").exitCode, 0);
    QCOMPARE(run(args({"env", "export", "Support bot", "support.env"})).exitCode, 0);
    QCOMPARE(run(args({"secret", "rm", "Support bot", "DB_PASSWORD"})).exitCode, 0);
    QCOMPARE(run(args({"var", "rm", "Support bot", "CRM_TOKEN"})).exitCode, 0);
    QCOMPARE(run(args({"var", "rm", "Support bot", "DEBUG"})).exitCode, 0);
}

void TestCliDocExamples::runImportExamples()
{
    QCOMPARE(run(args({"var", "set", "Support bot", "GREETING", "Hello!\nHow can I help?", "--export"})).exitCode, 0);
    QCOMPARE(run(args({"export", "Support bot", "support.zip"})).exitCode, 0);
    QCOMPARE(run(args({"var", "set", "Support bot", "GREETING", "Hi"})).exitCode, 0);
    QCOMPARE(run(args({"import", "support.zip", "--into", "Support bot"})).exitCode,
        static_cast<int>(ExitCode::InvalidInput));

    QVERIFY(writeBytes(home(QStringLiteral("bots/support/chatbot.yaml")), "injector: {secrets: [API_KEY]}\n"));
    QCOMPARE(run(QStringList {
                     QStringLiteral("project"), QStringLiteral("bind"), kProject, home(QStringLiteral("bots/support"))})
                 .exitCode,
        0);
    QCOMPARE(run(args({"export", "Support bot", "support-with-files.zip"})).exitCode, 0);
    QCOMPARE(run(QStringList {QStringLiteral("import"), QStringLiteral("support-with-files.zip"),
                     QStringLiteral("--name"), QStringLiteral("Support copy"), QStringLiteral("--source-dir"),
                     home(QStringLiteral("bots/new/support"))})
                 .exitCode,
        static_cast<int>(ExitCode::NotFound));
    QCOMPARE(run(args({"project", "unbind", "Support bot"})).exitCode, 0);
}

void TestCliDocExamples::runCheckExample()
{
    QVERIFY(writeBytes(home(QStringLiteral("bots/checked/chatbot.yaml")), "injector: {secrets: [API_KEY]}\n"));
    QVERIFY(writeBytes(home(QStringLiteral("bots/checked/src/crm.sc")), "var token = $secrets.get(\"CRM_TOKEN\");\n"));
    QCOMPARE(run(QStringList {
                     QStringLiteral("project"), QStringLiteral("bind"), kProject, home(QStringLiteral("bots/checked"))})
                 .exitCode,
        0);
    QCOMPARE(run(args({"check", "Support bot"})).exitCode, static_cast<int>(ExitCode::MissingNames));
    QCOMPARE(run(args({"project", "unbind", "Support bot"})).exitCode, 0);
}

void TestCliDocExamples::runScanExample()
{
    // A made-up token of GitHub's format, the kind the doc's example shows.
    QVERIFY(writeBytes(home(QStringLiteral("bots/support/src/main.js")),
        "// old key, kept for the record\nvar github = \"ghp_FAKEq8Rz2LmW4nXv7TpK9sJd3HcY6bNa1eUo\";\n"));
    QCOMPARE(run(QStringList {
                     QStringLiteral("project"), QStringLiteral("bind"), kProject, home(QStringLiteral("bots/support"))})
                 .exitCode,
        0);
    QCOMPARE(run(args({"scan", "Support bot"})).exitCode, static_cast<int>(ExitCode::CredentialsFound));
    const QJsonArray findings
        = QJsonDocument::fromJson(run(args({"scan", "Support bot", "--json"})).out)[QStringLiteral("findings")]
              .toArray();
    QCOMPARE(findings.size(), 1);
    const QString id = findings.at(0)[QStringLiteral("id")].toString();
    QCOMPARE(
        run(args({"scan", "Support bot", "--reason", "revoked in 2024, kept for the parser test", "--ignore"}) << id)
            .exitCode,
        0);
    QCOMPARE(run(args({"scan", "Support bot"})).exitCode, 0);
    QCOMPARE(run(args({"scan", "Support bot", "--unignore"}) << id).exitCode, 0);
    QCOMPARE(run(args({"scan", "Support bot", "--name", "GITHUB_TOKEN", "--yes", "--move"}) << id).exitCode, 0);
    // The secret goes again, so the platform examples publish what the doc shows.
    QCOMPARE(run(args({"secret", "rm", "Support bot", "GITHUB_TOKEN"})).exitCode, 0);
    QCOMPARE(run(args({"project", "unbind", "Support bot"})).exitCode, 0);
}

void TestCliDocExamples::runHistoryExamples()
{
    QCOMPARE(run(args({"history", "Support bot", "API_KEY"})).exitCode, static_cast<int>(ExitCode::NotFound));
    QCOMPARE(run(args({"restore", "Support bot", "GREETING", "--version", "99"})).exitCode,
        static_cast<int>(ExitCode::NotFound));
    const CliRun listed = run(args({"trash", "list", "Support bot", "--json"}));
    QCOMPARE(listed.exitCode, 0);
    QString id;
    for (const QJsonValue& entry : QJsonDocument::fromJson(listed.out).array()) {
        if (entry.toObject().value(QStringLiteral("name")).toString() == QStringLiteral("CRM_TOKEN")) {
            id = QString::number(entry.toObject().value(QStringLiteral("id")).toInteger());
        }
    }
    QVERIFY2(!id.isEmpty(), listed.out.constData());
    QCOMPARE(run({QStringLiteral("trash"), QStringLiteral("restore"), id}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("trash"), QStringLiteral("purge"), id, QStringLiteral("--yes")}).exitCode,
        static_cast<int>(ExitCode::NotFound));
}

// Last: it breaks the vault's audit log on purpose, by removing entry 3.
void TestCliDocExamples::runRotationExamples()
{
    QCOMPARE(run(args({"secret", "set", "Support bot", "API_TOKEN"}), "t\n").exitCode, 0);
    QCOMPARE(run(args({"secret", "set", "--rotate-every", "90", "Support bot", "API_TOKEN"})).exitCode, 0);
    QCOMPARE(run(args({"secret", "set", "--expires", "2020-01-31", "Support bot", "API_TOKEN"})).exitCode,
        static_cast<int>(ExitCode::InvalidInput));
    QCOMPARE(run(args({"secret", "set", "--rotate-every", "0", "Support bot", "API_TOKEN"})).exitCode,
        static_cast<int>(ExitCode::InvalidInput));
    QString error;
    QVERIFY2(BackdatedSecret::backdate(m_dataHome + QStringLiteral("/botvault/vault.db"),
                 SecretValue(QCA::SecureArray(kPassword)), QStringLiteral("API_TOKEN"), 95, &error),
        qPrintable(error));
    QCOMPARE(
        run(args({"secret", "list", "Support bot", "--due"})).exitCode, static_cast<int>(ExitCode::RotationOverdue));
    QCOMPARE(run(args({"secret", "rm", "Support bot", "API_TOKEN"})).exitCode, 0);
}

void TestCliDocExamples::runAuditExample()
{
    {
        RawDatabase vault(m_dataHome + QStringLiteral("/botvault/vault.db"));
        QVERIFY(vault.isOpen());
        QVERIFY(vault.exec("DELETE FROM audit_log WHERE id = 3"));
    }
    QCOMPARE(run(args({"audit", "verify"})).exitCode, static_cast<int>(ExitCode::AuditBroken));
}

void TestCliDocExamples::runPlatformExamples()
{
    const QByteArray admin = addUser(QStringLiteral("ann"), QStringLiteral("SYSTEM_ADMIN"));
    const QByteArray developer = addUser(QStringLiteral("dev"), QStringLiteral("DEVELOPER"));
    QVERIFY(admin.startsWith("bv_") && developer.startsWith("bv_"));
    const TestSupport::ServerCommandRun remote = TestSupport::runServerCommand({QStringLiteral("project"),
        QStringLiteral("add"), QStringLiteral("Support"), QStringLiteral("--db"), m_database});
    const QString remoteId = QString::fromUtf8(remote.out.trimmed());
    QVERIFY(m_server.start({QStringLiteral("--db"), m_database}));
    const QStringList bind {QStringLiteral("remote"), QStringLiteral("set"), kProject, m_server.rootUrl(),
        QStringLiteral("--remote-project"), remoteId};
    QCOMPARE(run(bind, admin + '\n').exitCode, 0);
    QCOMPARE(run(args({"remote", "show", "Support bot"})).exitCode, 0);
    QCOMPARE(run(args({"publish", "Support bot"})).exitCode, 0);
    QCOMPARE(run(QStringList {QStringLiteral("deploy"), kProject, kWidget}).exitCode, 0);
    const QString expression = QStringLiteral("$env.get(\"GREETING\") + \" token=\" + $secrets.get(\"API_KEY\")");
    QCOMPARE(run(QStringList {QStringLiteral("eval"), kProject, kWidget, expression}).exitCode, 0);
    QCOMPARE(run(QStringList {QStringLiteral("eval"), kProject, kWidget, QStringLiteral("$secrets.get(\"MISSING\")")})
                 .exitCode,
        static_cast<int>(ExitCode::BotError));
    QCOMPARE(run(bind, developer + '\n').exitCode, 0);
    QCOMPARE(run(QStringList {QStringLiteral("eval"), kProject, kWidget, expression}).exitCode, 0);
}

BOTVAULT_TEST_MAIN(TestCliDocExamples)
#include "TestCliDocExamples.moc"
