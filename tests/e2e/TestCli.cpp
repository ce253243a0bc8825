#include "app/cli/ExitCode.h"
#include "storage/Vault.h"
#include "tests/support/CliDriver.h"
#include "tests/support/RawDatabase.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>
#include <vector>

#include <cerrno>
#include <poll.h>
#include <pty.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

extern char** environ;

using TestSupport::secret;
using TestSupport::secure;

namespace {

const QString kPassword = QStringLiteral("correct horse battery staple");
const QString kProject = QStringLiteral("Bot");

// A run on a pseudo-terminal: everything the terminal showed, and whether echo was on at the end.
struct TerminalRun
{
    int exitCode = -1;
    QByteArray transcript;
    bool echoOnAfterwards = false;
};

// Something the user types once the terminal shows `prompt`.
struct Answer
{
    QByteArray prompt;
    QByteArray line;
    bool pressEnter = true;
};

using CliRun = CliDriver::Run;

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

using FileStatus = struct stat;

// The permission bits (rwx for owner, group, others) of a file or folder.
int modeBits(const QString& path)
{
    FileStatus status {};
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? static_cast<int>(status.st_mode & 0777) : -1;
}

QString text(const QByteArray& utf8)
{
    return QString::fromUtf8(utf8);
}

QJsonArray jsonArray(const QByteArray& bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    return error.error == QJsonParseError::NoError && document.isArray() ? document.array() : QJsonArray();
}

// The object in a listing whose "name" is `name`.
QJsonObject entryNamed(const QJsonArray& array, const QString& name)
{
    for (const QJsonValue& value : array) {
        if (value.toObject().value(QStringLiteral("name")).toString() == name) {
            return value.toObject();
        }
    }
    return {};
}

QStringList namesIn(const QJsonArray& array)
{
    QStringList names;
    for (const QJsonValue& value : array) {
        names.append(value.toObject().value(QStringLiteral("name")).toString());
    }
    return names;
}

int code(ExitCode exitCode)
{
    return static_cast<int>(exitCode);
}

// A failed run: the exit code, nothing on stdout and exactly one "botvault-cli: " line on stderr
// that contains `fragment`.
#define EXPECT_CLI_ERROR(run, expectedCode, fragment)                                                                  \
    do {                                                                                                               \
        const CliRun& failedRun_ = (run);                                                                              \
        QCOMPARE(failedRun_.exitCode, code(expectedCode));                                                             \
        QCOMPARE(failedRun_.out, QByteArray());                                                                        \
        QVERIFY2(failedRun_.err.startsWith("botvault-cli: "), failedRun_.err.constData());                             \
        QVERIFY2(failedRun_.err.endsWith('\n'), failedRun_.err.constData());                                           \
        QCOMPARE(failedRun_.err.count('\n'), 1);                                                                       \
        QVERIFY2(text(failedRun_.err).contains(fragment), failedRun_.err.constData());                                 \
    } while (false)

// A successful run with an exact stdout and an empty stderr.
#define EXPECT_CLI_OUTPUT(run, expectedOut)                                                                            \
    do {                                                                                                               \
        const CliRun& okRun_ = (run);                                                                                  \
        QVERIFY2(okRun_.exitCode == 0, okRun_.err.constData());                                                        \
        QCOMPARE(text(okRun_.out), QString(expectedOut));                                                              \
        QCOMPARE(okRun_.err, QByteArray());                                                                            \
    } while (false)

} // namespace

// Runs the real botvault-cli as a user would, each test against a fresh vault in a temporary
// folder, and checks exit codes, stdout and stderr. Children run in a new session without a
// controlling terminal, so a missing password source fails instead of waiting at a prompt.
class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void helpListsCommandsAndExitCodes();
    void versionIsPrinted();
    void initCreatesVaultInPrivateFolder();
    void initUsesDefaultPathWithoutVaultOption();
    void initRefusesExistingVault();
    void initRejectsWeakKdfParameters();
    void initRejectsEmptyPassword();
    void projectRoundTrip();
    void projectRemovalReportsWhatWentWithIt();
    void duplicateProjectNameIsInvalidInput();
    void globalOptionsMayFollowCommand();
    void secretSetReadsStandardInputAndNeverShowsValue();
    void secretSetStripsExactlyOneLineEnding_data();
    void secretSetStripsExactlyOneLineEnding();
    void secretSetRejectsEmptyValue();
    void secretRename();
    void valueOver64KiBIsInvalidInput();
    void variableRoundTrip();
    void variableGetPrintsExactValue_data();
    void variableGetPrintsExactValue();
    void variableExportFlag();
    void caseCollisionIsAWarning();
    void passwordFromEnvironment();
    void passwordFileStripsOneLineEnding();
    void missingPasswordSourceIsUsageError();
    void wrongPasswordChangesNothing();
    void invalidNameNamesTheCharacter();
    void missingProjectOrItemIsNotFound_data();
    void missingProjectOrItemIsNotFound();
    void missingVaultFileIsNotFound();
    void usageErrors_data();
    void usageErrors();
    void passwdChangesPassword();
    void passwdRotateKeyReencryptsEverything();
    void projectRemovalWithSecretsNeedsTheRole();
    void damagedRecordIsReportedAndOthersShown();
    void terminalPromptsDoNotEcho();
    void terminalPasswordsMustMatch();
    void terminalInterruptRestoresEcho();
    void quotedProjectNameKeepsItsSpaces();
    void nearMissesAreSuggested_data();
    void nearMissesAreSuggested();
    void closeCallsAreNotGuessed();
    void nameStartingWithDigitWarns();
    void commandHelpShowsOnlyThatCommand_data();
    void commandHelpShowsOnlyThatCommand();
    void groupHelpShowsOnlyItsCommands();

private:
    // botvault-cli with --vault and --password-file of the test's vault before `arguments`.
    CliRun cli(const QStringList& arguments, const QByteArray& input = {});
    // botvault-cli with exactly `arguments` on a new pseudo-terminal, answering its prompts.
    TerminalRun cliOnTerminal(const QStringList& arguments, const QList<Answer>& answers);
    // botvault-cli with exactly `arguments` and the extra environment `environment`.
    CliRun cliRaw(const QStringList& arguments, const QByteArray& input = {},
        const QList<std::pair<QString, QString>>& environment = {});
    // Creates the test vault with one project, kProject.
    void createVault();
    QString path(const QString& name) const { return m_dir->filePath(name); }
    // Every file of the vault (database, WAL, shared memory) concatenated.
    QByteArray vaultFilesBytes() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliDriver> m_cli;
    QString m_vaultPath;
    QString m_passwordFile;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_cli = std::make_unique<CliDriver>(m_dir->path());
    m_cli->setFastRetries(false);
    m_vaultPath = path(QStringLiteral("vault.db"));
    m_passwordFile = m_cli->passwordFile();
}

CliRun TestCli::cliRaw(
    const QStringList& arguments, const QByteArray& input, const QList<std::pair<QString, QString>>& environment)
{
    return m_cli->runRaw(arguments, input, environment);
}

CliRun TestCli::cli(const QStringList& arguments, const QByteArray& input)
{
    return cliRaw(
        QStringList {QStringLiteral("--vault"), m_vaultPath, QStringLiteral("--password-file"), m_passwordFile}
            + arguments,
        input);
}

void TestCli::createVault()
{
    const CliRun created = cli({QStringLiteral("init"), QStringLiteral("--kdf-memory-mib"), QStringLiteral("19"),
        QStringLiteral("--kdf-passes"), QStringLiteral("2")});
    QVERIFY2(created.exitCode == 0, created.err.constData());
    const CliRun added = cli({QStringLiteral("project"), QStringLiteral("add"), kProject});
    QVERIFY2(added.exitCode == 0, added.err.constData());
}

QByteArray TestCli::vaultFilesBytes() const
{
    QByteArray bytes;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        bytes += readBytes(m_vaultPath + QLatin1String(suffix));
    }
    return bytes;
}

void TestCli::helpListsCommandsAndExitCodes()
{
    for (const QStringList& arguments : {QStringList {QStringLiteral("--help")}, QStringList {QStringLiteral("help")},
             QStringList {QStringLiteral("-h")}}) {
        const CliRun run = cliRaw(arguments);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.err, QByteArray());
        const QString help = text(run.out);
        for (const char* command : {"init", "passwd", "project add NAME", "project list", "project rename OLD NEW",
                 "project rm NAME", "secret set PROJECT NAME", "secret list PROJECT", "secret rename PROJECT OLD NEW",
                 "secret rm PROJECT NAME", "var set PROJECT NAME VALUE [--export|--no-export]", "var get PROJECT NAME",
                 "var list PROJECT", "var rename PROJECT OLD NEW", "var rm PROJECT NAME", "--vault FILE",
                 "--password-file FILE", "--json", "BOTVAULT_PASSWORD", "--kdf-memory-mib", "--new-password-file"}) {
            QVERIFY2(help.contains(QLatin1String(command)), command);
        }
        QVERIFY(help.contains(QStringLiteral("Exit codes")));
        for (int exitCode = 0; exitCode <= 7; ++exitCode) {
            QVERIFY(help.contains(
                QRegularExpression(QStringLiteral("^  %1  \\w").arg(exitCode), QRegularExpression::MultilineOption)));
        }
    }
}

void TestCli::versionIsPrinted()
{
    const CliRun run = cliRaw({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QByteArray());
    QVERIFY2(QRegularExpression(QStringLiteral("^botvault-cli \\d+\\.\\d+\\.\\d+\\n$")).match(text(run.out)).hasMatch(),
        run.out.constData());
}

void TestCli::initCreatesVaultInPrivateFolder()
{
    m_vaultPath = path(QStringLiteral("new/folder/vault.db"));
    const CliRun run = cli({QStringLiteral("init"), QStringLiteral("--kdf-memory-mib"), QStringLiteral("19"),
        QStringLiteral("--kdf-passes"), QStringLiteral("2")});
    EXPECT_CLI_OUTPUT(run, QStringLiteral("Created a vault at '%1'.\n").arg(m_vaultPath));
    QVERIFY(QFileInfo::exists(m_vaultPath));
    QCOMPARE(modeBits(path(QStringLiteral("new/folder"))), 0700);

    // An empty vault lists nothing, and its KDF parameters are the ones asked for.
    EXPECT_CLI_OUTPUT(cli({QStringLiteral("project"), QStringLiteral("list")}), QString());
    EXPECT_CLI_OUTPUT(
        cli({QStringLiteral("project"), QStringLiteral("list"), QStringLiteral("--json")}), QStringLiteral("[\n]\n"));
    Vault vault;
    QVERIFY(vault.unlock(m_vaultPath, secret(kPassword)).ok());
    QCOMPARE(vault.kdfParams().memoryKiB, 19u * 1024u);
    QCOMPARE(vault.kdfParams().passes, 2u);
}

void TestCli::initUsesDefaultPathWithoutVaultOption()
{
    const QString dataHome = path(QStringLiteral("data"));
    const QString expected = QDir(dataHome).filePath(QStringLiteral("botvault/vault.db"));
    const QList<std::pair<QString, QString>> environment {{QStringLiteral("XDG_DATA_HOME"), dataHome}};
    const CliRun run = cliRaw(
        {QStringLiteral("--password-file"), m_passwordFile, QStringLiteral("init"), QStringLiteral("--kdf-memory-mib"),
            QStringLiteral("19"), QStringLiteral("--kdf-passes"), QStringLiteral("2")},
        {}, environment);
    EXPECT_CLI_OUTPUT(run, QStringLiteral("Created a vault at '%1'.\n").arg(expected));
    QVERIFY(QFileInfo::exists(expected));
    QCOMPARE(modeBits(QFileInfo(expected).absolutePath()), 0700);
    EXPECT_CLI_OUTPUT(cliRaw({QStringLiteral("project"), QStringLiteral("add"), kProject,
                                 QStringLiteral("--password-file"), m_passwordFile},
                          {}, environment),
        QStringLiteral("Added project 'Bot'.\n"));
}

void TestCli::initRefusesExistingVault()
{
    createVault();
    const QByteArray before = readBytes(m_vaultPath);
    const CliRun run = cli({QStringLiteral("init"), QStringLiteral("--kdf-memory-mib"), QStringLiteral("19"),
        QStringLiteral("--kdf-passes"), QStringLiteral("2")});
    EXPECT_CLI_ERROR(run, ExitCode::InvalidInput, QStringLiteral("already exists"));
    QCOMPARE(readBytes(m_vaultPath), before);
    QCOMPARE(namesIn(jsonArray(cli({QStringLiteral("project"), QStringLiteral("list"), QStringLiteral("--json")}).out)),
        QStringList {kProject});
}

void TestCli::initRejectsWeakKdfParameters()
{
    EXPECT_CLI_ERROR(cli({QStringLiteral("init"), QStringLiteral("--kdf-memory-mib"), QStringLiteral("8")}),
        ExitCode::InvalidInput, QStringLiteral("memory"));
    EXPECT_CLI_ERROR(cli({QStringLiteral("init"), QStringLiteral("--kdf-memory-mib"), QStringLiteral("19"),
                         QStringLiteral("--kdf-passes"), QStringLiteral("1")}),
        ExitCode::InvalidInput, QStringLiteral("pass"));
    EXPECT_CLI_ERROR(cli({QStringLiteral("init"), QStringLiteral("--kdf-passes"), QStringLiteral("many")}),
        ExitCode::Usage, QStringLiteral("--kdf-passes"));
    QVERIFY(!QFileInfo::exists(m_vaultPath));
}

void TestCli::initRejectsEmptyPassword()
{
    writeBytes(m_passwordFile, "\n");
    EXPECT_CLI_ERROR(cli({QStringLiteral("init"), QStringLiteral("--kdf-memory-mib"), QStringLiteral("19"),
                         QStringLiteral("--kdf-passes"), QStringLiteral("2")}),
        ExitCode::InvalidInput, QStringLiteral("empty"));
    QVERIFY(!QFileInfo::exists(m_vaultPath));
}

void TestCli::projectRoundTrip()
{
    createVault();
    EXPECT_CLI_OUTPUT(cli({QStringLiteral("project"), QStringLiteral("add"), QStringLiteral("Support bot")}),
        QStringLiteral("Added project 'Support bot'.\n"));

    const CliRun listed = cli({QStringLiteral("project"), QStringLiteral("list")});
    QCOMPARE(listed.exitCode, 0);
    const QStringList lines = text(listed.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("NAME")));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("Bot ")));
    QVERIFY(lines.at(2).startsWith(QStringLiteral("Support bot ")));

    const QJsonArray projects
        = jsonArray(cli({QStringLiteral("project"), QStringLiteral("list"), QStringLiteral("--json")}).out);
    QCOMPARE(namesIn(projects), (QStringList {kProject, QStringLiteral("Support bot")}));
    const QRegularExpression isoUtc(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"));
    for (const QJsonValue& project : projects) {
        QVERIFY(isoUtc.match(project[QStringLiteral("created")].toString()).hasMatch());
        QVERIFY(isoUtc.match(project[QStringLiteral("updated")].toString()).hasMatch());
        QVERIFY(project[QStringLiteral("id")].isDouble());
    }

    EXPECT_CLI_OUTPUT(cli({QStringLiteral("project"), QStringLiteral("rename"), QStringLiteral("Support bot"),
                          QStringLiteral("Sales bot")}),
        QStringLiteral("Renamed project 'Support bot' to 'Sales bot'.\n"));
    QCOMPARE(namesIn(jsonArray(cli({QStringLiteral("project"), QStringLiteral("list"), QStringLiteral("--json")}).out)),
        (QStringList {kProject, QStringLiteral("Sales bot")}));

    EXPECT_CLI_OUTPUT(cli({QStringLiteral("project"), QStringLiteral("rm"), QStringLiteral("Sales bot")}),
        QStringLiteral("Removed project 'Sales bot' with 0 secrets and 0 variables.\n"));
    QCOMPARE(namesIn(jsonArray(cli({QStringLiteral("project"), QStringLiteral("list"), QStringLiteral("--json")}).out)),
        QStringList {kProject});
}

void TestCli::projectRemovalReportsWhatWentWithIt()
{
    createVault();
    QCOMPARE(
        cli({QStringLiteral("secret"), QStringLiteral("set"), kProject, QStringLiteral("TOKEN")}, "t0ken").exitCode, 0);
    for (const QString& name : {QStringLiteral("a"), QStringLiteral("b")}) {
        QCOMPARE(cli({QStringLiteral("var"), QStringLiteral("set"), kProject, name, QStringLiteral("1")}).exitCode, 0);
    }
    EXPECT_CLI_OUTPUT(cli({QStringLiteral("project"), QStringLiteral("rm"), kProject}),
        QStringLiteral("Removed project 'Bot' with 1 secret and 2 variables.\n"));
    EXPECT_CLI_OUTPUT(
        cli({QStringLiteral("project"), QStringLiteral("add"), kProject}), QStringLiteral("Added project 'Bot'.\n"));
    EXPECT_CLI_OUTPUT(cli({QStringLiteral("var"), QStringLiteral("list"), kProject, QStringLiteral("--json")}),
        QStringLiteral("[\n]\n"));
    EXPECT_CLI_OUTPUT(cli({QStringLiteral("secret"), QStringLiteral("list"), kProject}), QString());
}

void TestCli::duplicateProjectNameIsInvalidInput()
{
    createVault();
    EXPECT_CLI_ERROR(cli({QStringLiteral("project"), QStringLiteral("add"), kProject}), ExitCode::InvalidInput,
        QStringLiteral("'Bot'"));
    QCOMPARE(
        jsonArray(cli({QStringLiteral("project"), QStringLiteral("list"), QStringLiteral("--json")}).out).size(), 1);
}

void TestCli::globalOptionsMayFollowCommand()
{
    createVault();
    const CliRun run = cliRaw({QStringLiteral("project"), QStringLiteral("list"), QStringLiteral("--json"),
        QStringLiteral("--vault"), m_vaultPath, QStringLiteral("--password-file=") + m_passwordFile});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QByteArray());
    QCOMPARE(namesIn(jsonArray(run.out)), QStringList {kProject});
}

void TestCli::secretSetReadsStandardInputAndNeverShowsValue()
{
    createVault();
    const QString canary
        = QStringLiteral("canary-%1-Жёлудь🙂").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    const QByteArray canaryBytes = canary.toUtf8();
    QList<CliRun> runs;
    const auto remember = [&runs](const CliRun& run) {
        runs.append(run);
        return run;
    };

    EXPECT_CLI_OUTPUT(
        remember(cli({QStringLiteral("secret"), QStringLiteral("set"), kProject, QStringLiteral("API_TOKEN")},
            canaryBytes + '\n')),
        QStringLiteral("Added secret API_TOKEN to project Bot.\n"));
    EXPECT_CLI_OUTPUT(
        remember(cli({QStringLiteral("secret"), QStringLiteral("set"), kProject, QStringLiteral("API_TOKEN")},
            canaryBytes + "-2")),
        QStringLiteral("Replaced the value of secret API_TOKEN in project Bot.\n"));
    EXPECT_CLI_OUTPUT(remember(cli({QStringLiteral("secret"), QStringLiteral("set"), kProject, QStringLiteral("OTHER")},
                          canaryBytes)),
        QStringLiteral("Added secret OTHER to project Bot.\n"));

    const CliRun listed = remember(cli({QStringLiteral("secret"), QStringLiteral("list"), kProject}));
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.err, QByteArray());
    const QStringList lines = text(listed.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("NAME")));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("API_TOKEN ")));
    QVERIFY(lines.at(2).startsWith(QStringLiteral("OTHER ")));

    const CliRun listedJson
        = remember(cli({QStringLiteral("secret"), QStringLiteral("list"), kProject, QStringLiteral("--json")}));
    QCOMPARE(listedJson.exitCode, 0);
    const QJsonArray secrets = jsonArray(listedJson.out);
    QCOMPARE(namesIn(secrets), (QStringList {QStringLiteral("API_TOKEN"), QStringLiteral("OTHER")}));
    for (const QJsonValue& secret : secrets) {
        // Names, times and rotation dates (issue 14, item 4); never a value. Keys come sorted.
        QCOMPARE(secret.toObject().keys(),
            (QStringList {QStringLiteral("age"), QStringLiteral("dueAt"), QStringLiteral("expiresAt"),
                QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("rotatedAt"),
                QStringLiteral("rotationPeriodDays"), QStringLiteral("state"), QStringLiteral("updated"),
                QStringLiteral("updatedBy")}));
        QVERIFY(!secret[QStringLiteral("updatedBy")].toString().isEmpty());
    }

    // Failures must not echo the value either, whichever way it was handed over.
    EXPECT_CLI_ERROR(
        remember(
            cli({QStringLiteral("secret"), QStringLiteral("set"), kProject, QStringLiteral("api-token")}, canaryBytes)),
        ExitCode::InvalidInput, QStringLiteral("'-'"));
    EXPECT_CLI_ERROR(remember(cli({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("Nope"),
                                      QStringLiteral("API_TOKEN")},
                         canaryBytes)),
        ExitCode::NotFound, QStringLiteral("Nope"));
    EXPECT_CLI_ERROR(
        remember(cli({QStringLiteral("secret"), QStringLiteral("set"), kProject, QStringLiteral("API_TOKEN"), canary})),
        ExitCode::Usage, QStringLiteral("standard input"));
    EXPECT_CLI_ERROR(remember(cli({QStringLiteral("secret"), QStringLiteral("set"), kProject,
                         QStringLiteral("API_TOKEN"), QStringLiteral("--value=") + canary})),
        ExitCode::Usage, QStringLiteral("Unknown option"));

    EXPECT_CLI_OUTPUT(
        remember(cli({QStringLiteral("secret"), QStringLiteral("rm"), kProject, QStringLiteral("API_TOKEN")})),
        QStringLiteral("Removed secret API_TOKEN from project Bot.\n"));
    EXPECT_CLI_ERROR(
        remember(cli({QStringLiteral("secret"), QStringLiteral("rm"), kProject, QStringLiteral("API_TOKEN")})),
        ExitCode::NotFound, QStringLiteral("API_TOKEN"));
    QCOMPARE(
        namesIn(jsonArray(
            remember(cli({QStringLiteral("secret"), QStringLiteral("list"), kProject, QStringLiteral("--json")})).out)),
        QStringList {QStringLiteral("OTHER")});

    // The value was stored exactly, and nothing but the vault API hands it out.
    Vault vault;
    QVERIFY(vault.unlock(m_vaultPath, secret(kPassword)).ok());
    const Result<Project> project = vault.projectByName(kProject);
    QVERIFY(project.ok());
    const Result<SecretValue> stored = vault.secretValue(project->id, QStringLiteral("OTHER"));
    QVERIFY(stored.ok());
    QCOMPARE(stored->bytes().toByteArray(), canaryBytes);
    vault.lock();

    for (const CliRun& run : std::as_const(runs)) {
        QVERIFY2(!run.out.contains(canaryBytes.left(43)), run.out.constData());
        QVERIFY2(!run.err.contains(canaryBytes.left(43)), run.err.constData());
    }
    QVERIFY(!vaultFilesBytes().contains(canaryBytes.left(43)));
}

void TestCli::secretSetStripsExactlyOneLineEnding_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("stored");
    QTest::newRow("no line ending") << QByteArray("s3cret") << QByteArray("s3cret");
    QTest::newRow("newline") << QByteArray("s3cret\n") << QByteArray("s3cret");
    QTest::newRow("CR LF") << QByteArray("s3cret\r\n") << QByteArray("s3cret");
    QTest::newRow("two newlines") << QByteArray("s3cret\n\n") << QByteArray("s3cret\n");
    QTest::newRow("lone CR") << QByteArray("s3cret\r") << QByteArray("s3cret\r");
    QTest::newRow("multi-line") << QByteArray("-----BEGIN KEY-----\nAAAA\n-----END KEY-----\n")
                                << QByteArray("-----BEGIN KEY-----\nAAAA\n-----END KEY-----");
}

void TestCli::secretSetStripsExactlyOneLineEnding()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, stored);
    createVault();
    EXPECT_CLI_OUTPUT(cli({QStringLiteral("secret"), QStringLiteral("set"), kProject, QStringLiteral("KEY")}, input),
        QStringLiteral("Added secret KEY to project Bot.\n"));
    Vault vault;
    QVERIFY(vault.unlock(m_vaultPath, secret(kPassword)).ok());
    const Result<Project> project = vault.projectByName(kProject);
    QVERIFY(project.ok());
    const Result<SecretValue> value = vault.secretValue(project->id, QStringLiteral("KEY"));
    QVERIFY(value.ok());
    QCOMPARE(value->bytes().toByteArray(), stored);
}

void TestCli::secretSetRejectsEmptyValue()
{
    createVault();
    for (const QByteArray& input : {QByteArray(), QByteArray("\n"), QByteArray("\r\n")}) {
        EXPECT_CLI_ERROR(cli({QStringLiteral("secret"), QStringLiteral("set"), kProject, QStringLiteral("KEY")}, input),
            ExitCode::InvalidInput, QStringLiteral("empty"));
    }
    EXPECT_CLI_OUTPUT(cli({QStringLiteral("secret"), QStringLiteral("list"), kProject}), QString());
}

void TestCli::secretRename()
{
    createVault();
    QCOMPARE(
        cli({QStringLiteral("secret"), QStringLiteral("set"), kProject, QStringLiteral("OLD_NAME")}, "v").exitCode, 0);
    EXPECT_CLI_OUTPUT(cli({QStringLiteral("secret"), QStringLiteral("rename"), kProject, QStringLiteral("OLD_NAME"),
                          QStringLiteral("NEW_NAME")}),
        QStringLiteral("Renamed secret OLD_NAME to NEW_NAME in project Bot.\n"));
    QCOMPARE(namesIn(jsonArray(
                 cli({QStringLiteral("secret"), QStringLiteral("list"), kProject, QStringLiteral("--json")}).out)),
        QStringList {QStringLiteral("NEW_NAME")});
    EXPECT_CLI_ERROR(cli({QStringLiteral("secret"), QStringLiteral("rename"), kProject, QStringLiteral("OLD_NAME"),
                         QStringLiteral("OTHER")}),
        ExitCode::NotFound, QStringLiteral("OLD_NAME"));
    EXPECT_CLI_ERROR(cli({QStringLiteral("secret"), QStringLiteral("rename"), kProject, QStringLiteral("NEW_NAME"),
                         QStringLiteral("bad name")}),
        ExitCode::InvalidInput, QStringLiteral("'bad name'"));
}

void TestCli::valueOver64KiBIsInvalidInput()
{
    createVault();
    const QByteArray limit(Vault::kMaxValueBytes, 'x');
    EXPECT_CLI_OUTPUT(
        cli({QStringLiteral("secret"), QStringLiteral("set"), kProject, QStringLiteral("BIG")}, limit + '\n'),
        QStringLiteral("Added secret BIG to project Bot.\n"));
    EXPECT_CLI_ERROR(
        cli({QStringLiteral("secret"), QStringLiteral("set"), kProject, QStringLiteral("BIGGER")}, limit + 'x'),
        ExitCode::InvalidInput, QStringLiteral("64 KiB"));
    EXPECT_CLI_ERROR(
        cli({QStringLiteral("secret"), QStringLiteral("set"), kProject, QStringLiteral("BIGGER")}, limit + limit),
        ExitCode::InvalidInput, QStringLiteral("64 KiB"));
    EXPECT_CLI_ERROR(cli({QStringLiteral("var"), QStringLiteral("set"), kProject, QStringLiteral("BIGGER"),
                         QString::fromLatin1(limit + 'x')}),
        ExitCode::InvalidInput, QStringLiteral("64 KiB"));
    QCOMPARE(namesIn(jsonArray(
                 cli({QStringLiteral("secret"), QStringLiteral("list"), kProject, QStringLiteral("--json")}).out)),
        QStringList {QStringLiteral("BIG")});
    EXPECT_CLI_OUTPUT(cli({QStringLiteral("var"), QStringLiteral("list"), kProject}), QString());
}

void TestCli::variableRoundTrip()
{
    createVault();
    EXPECT_CLI_OUTPUT(cli({QStringLiteral("var"), QStringLiteral("set"), kProject, QStringLiteral("GREETING"),
                          QStringLiteral("hello")}),
        QStringLiteral("Added variable GREETING to project Bot.\n"));
    EXPECT_CLI_OUTPUT(cli({QStringLiteral("var"), QStringLiteral("get"), kProject, QStringLiteral("GREETING")}),
        QStringLiteral("hello\n"));
    EXPECT_CLI_OUTPUT(cli({QStringLiteral("var"), QStringLiteral("set"), kProject, QStringLiteral("GREETING"),
                          QStringLiteral("hi there")}),
        QStringLiteral("Updated variable GREETING in project Bot.\n"));
    EXPECT_CLI_OUTPUT(cli({QStringLiteral("var"), QStringLiteral("get"), kProject, QStringLiteral("GREETING")}),
        QStringLiteral("hi there\n"));

    const CliRun listed = cli({QStringLiteral("var"), QStringLiteral("list"), kProject});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.err, QByteArray());
    const QStringList lines = text(listed.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("NAME")));
    QVERIFY2(QRegularExpression(QStringLiteral("^GREETING +hi there +no +\\d{4}-\\d\\d-\\d\\dT[\\d:]{8}Z +\\S+$"))
                 .match(lines.at(1))
                 .hasMatch(),
        qPrintable(lines.at(1)));

    const QJsonObject variable = entryNamed(
        jsonArray(cli({QStringLiteral("var"), QStringLiteral("list"), kProject, QStringLiteral("--json")}).out),
        QStringLiteral("GREETING"));
    QCOMPARE(variable.keys(),
        (QStringList {QStringLiteral("id"), QStringLiteral("includeInExport"), QStringLiteral("name"),
            QStringLiteral("updated"), QStringLiteral("updatedBy"), QStringLiteral("value")}));
    QCOMPARE(variable[QStringLiteral("value")].toString(), QStringLiteral("hi there"));
    QCOMPARE(variable[QStringLiteral("includeInExport")].toBool(), false);

    EXPECT_CLI_OUTPUT(cli({QStringLiteral("var"), QStringLiteral("rename"), kProject, QStringLiteral("GREETING"),
                          QStringLiteral("WELCOME")}),
        QStringLiteral("Renamed variable GREETING to WELCOME in project Bot.\n"));
    EXPECT_CLI_OUTPUT(cli({QStringLiteral("var"), QStringLiteral("get"), kProject, QStringLiteral("WELCOME")}),
        QStringLiteral("hi there\n"));
    EXPECT_CLI_OUTPUT(cli({QStringLiteral("var"), QStringLiteral("rm"), kProject, QStringLiteral("WELCOME")}),
        QStringLiteral("Removed variable WELCOME from project Bot.\n"));
    EXPECT_CLI_ERROR(cli({QStringLiteral("var"), QStringLiteral("get"), kProject, QStringLiteral("WELCOME")}),
        ExitCode::NotFound, QStringLiteral("WELCOME"));
    EXPECT_CLI_OUTPUT(cli({QStringLiteral("var"), QStringLiteral("list"), kProject, QStringLiteral("--json")}),
        QStringLiteral("[\n]\n"));
}

void TestCli::variableGetPrintsExactValue_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("plain") << QStringLiteral("https://example.org/api");
    QTest::newRow("multi-line") << QStringLiteral("first line\nsecond line\n\tindented\n");
    QTest::newRow("Cyrillic and emoji") << QStringLiteral("Привет, мир! 👋🏽🤖");
    QTest::newRow("surrounding spaces") << QStringLiteral("  padded  ");
    QTest::newRow("leading dash") << QStringLiteral("-5");
    QTest::newRow("quotes and backslashes") << QStringLiteral("say \"hi\" \\n 'there'");
}

void TestCli::variableGetPrintsExactValue()
{
    QFETCH(QString, value);
    createVault();
    // "--" ends the options, so a value that starts with '-' is taken as it is.
    EXPECT_CLI_OUTPUT(cli({QStringLiteral("var"), QStringLiteral("set"), kProject, QStringLiteral("VALUE"),
                          QStringLiteral("--"), value}),
        QStringLiteral("Added variable VALUE to project Bot.\n"));
    const CliRun got = cli({QStringLiteral("var"), QStringLiteral("get"), kProject, QStringLiteral("VALUE")});
    QCOMPARE(got.exitCode, 0);
    QCOMPARE(got.err, QByteArray());
    QCOMPARE(got.out, value.toUtf8() + '\n');

    const CliRun gotJson = cli(
        {QStringLiteral("var"), QStringLiteral("get"), kProject, QStringLiteral("VALUE"), QStringLiteral("--json")});
    QCOMPARE(gotJson.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(gotJson.out).object();
    QCOMPARE(object[QStringLiteral("name")].toString(), QStringLiteral("VALUE"));
    QCOMPARE(object[QStringLiteral("value")].toString(), value);

    const QJsonObject listed = entryNamed(
        jsonArray(cli({QStringLiteral("var"), QStringLiteral("list"), kProject, QStringLiteral("--json")}).out),
        QStringLiteral("VALUE"));
    QCOMPARE(listed[QStringLiteral("value")].toString(), value);
}

void TestCli::variableExportFlag()
{
    createVault();
    const auto exported = [this](const QString& name) {
        return entryNamed(
            jsonArray(cli({QStringLiteral("var"), QStringLiteral("list"), kProject, QStringLiteral("--json")}).out),
            name)[QStringLiteral("includeInExport")];
    };
    const QString name = QStringLiteral("BASE_URL");
    const auto set = [this, &name](const QString& value, const QStringList& flags) {
        return cli(QStringList {QStringLiteral("var"), QStringLiteral("set"), kProject, name, value} + flags);
    };

    QCOMPARE(set(QStringLiteral("a"), {}).exitCode, 0);
    QCOMPARE(exported(name), QJsonValue(false));
    QCOMPARE(set(QStringLiteral("b"), {QStringLiteral("--export")}).exitCode, 0);
    QCOMPARE(exported(name), QJsonValue(true));
    // Neither flag keeps the current one.
    QCOMPARE(set(QStringLiteral("c"), {}).exitCode, 0);
    QCOMPARE(exported(name), QJsonValue(true));
    QCOMPARE(set(QStringLiteral("d"), {QStringLiteral("--no-export")}).exitCode, 0);
    QCOMPARE(exported(name), QJsonValue(false));
    QCOMPARE(cli({QStringLiteral("var"), QStringLiteral("set"), QStringLiteral("--export"), kProject,
                     QStringLiteral("NEW_ONE"), QStringLiteral("x")})
                 .exitCode,
        0);
    QCOMPARE(exported(QStringLiteral("NEW_ONE")), QJsonValue(true));

    EXPECT_CLI_ERROR(set(QStringLiteral("e"), {QStringLiteral("--export"), QStringLiteral("--no-export")}),
        ExitCode::Usage, QStringLiteral("--no-export"));
    EXPECT_CLI_OUTPUT(cli({QStringLiteral("var"), QStringLiteral("get"), kProject, name}), QStringLiteral("d\n"));

    const CliRun listed = cli({QStringLiteral("var"), QStringLiteral("list"), kProject});
    QVERIFY(QRegularExpression(QStringLiteral("^BASE_URL +d +no "), QRegularExpression::MultilineOption)
                .match(text(listed.out))
                .hasMatch());
    QVERIFY(QRegularExpression(QStringLiteral("^NEW_ONE +x +yes "), QRegularExpression::MultilineOption)
                .match(text(listed.out))
                .hasMatch());
}

void TestCli::caseCollisionIsAWarning()
{
    createVault();
    QCOMPARE(cli({QStringLiteral("var"), QStringLiteral("set"), kProject, QStringLiteral("token"), QStringLiteral("1")})
                 .exitCode,
        0);
    const CliRun run
        = cli({QStringLiteral("var"), QStringLiteral("set"), kProject, QStringLiteral("TOKEN"), QStringLiteral("2")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(text(run.out), QStringLiteral("Added variable TOKEN to project Bot.\n"));
    QVERIFY2(run.err.startsWith("warning: "), run.err.constData());
    QVERIFY(run.err.contains("token"));

    const CliRun secret = cli({QStringLiteral("secret"), QStringLiteral("set"), kProject, QStringLiteral("Key")}, "k1");
    QCOMPARE(secret.err, QByteArray());
    const CliRun collision
        = cli({QStringLiteral("secret"), QStringLiteral("set"), kProject, QStringLiteral("KEY")}, "k2");
    QCOMPARE(collision.exitCode, 0);
    QCOMPARE(text(collision.out), QStringLiteral("Added secret KEY to project Bot.\n"));
    QVERIFY2(collision.err.startsWith("warning: "), collision.err.constData());
    QVERIFY(!collision.err.contains("k2"));
}

void TestCli::passwordFromEnvironment()
{
    createVault();
    const QStringList list {QStringLiteral("--vault"), m_vaultPath, QStringLiteral("project"), QStringLiteral("list"),
        QStringLiteral("--json")};
    const CliRun run = cliRaw(list, {}, {{QStringLiteral("BOTVAULT_PASSWORD"), kPassword}});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QByteArray());
    QCOMPARE(namesIn(jsonArray(run.out)), QStringList {kProject});

    const QString wrong = QStringLiteral("not-the-password-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    const CliRun wrongRun = cliRaw(list, {}, {{QStringLiteral("BOTVAULT_PASSWORD"), wrong}});
    EXPECT_CLI_ERROR(wrongRun, ExitCode::WrongPassword, QStringLiteral("password"));
    QVERIFY(!wrongRun.err.contains(wrong.toUtf8()));

    // --password-file wins over the environment.
    const CliRun fileFirst = cliRaw(QStringList {QStringLiteral("--password-file"), m_passwordFile} + list, {},
        {{QStringLiteral("BOTVAULT_PASSWORD"), wrong}});
    QCOMPARE(fileFirst.exitCode, 0);
    QCOMPARE(namesIn(jsonArray(fileFirst.out)), QStringList {kProject});
}

void TestCli::passwordFileStripsOneLineEnding()
{
    writeBytes(m_passwordFile, kPassword.toUtf8() + "\r\n");
    createVault();
    const QStringList list {QStringLiteral("--vault"), m_vaultPath, QStringLiteral("project"), QStringLiteral("list")};
    QCOMPARE(cliRaw(list, {}, {{QStringLiteral("BOTVAULT_PASSWORD"), kPassword}}).exitCode, 0);

    // Only one line ending is removed: a second one belongs to the password.
    writeBytes(m_passwordFile, kPassword.toUtf8() + "\n\n");
    EXPECT_CLI_ERROR(
        cli({QStringLiteral("project"), QStringLiteral("list")}), ExitCode::WrongPassword, QStringLiteral("password"));
    writeBytes(m_passwordFile, kPassword.toUtf8());
    QCOMPARE(cli({QStringLiteral("project"), QStringLiteral("list")}).exitCode, 0);

    EXPECT_CLI_ERROR(cliRaw({QStringLiteral("--vault"), m_vaultPath, QStringLiteral("--password-file"),
                         path(QStringLiteral("missing")), QStringLiteral("project"), QStringLiteral("list")}),
        ExitCode::NotFound, QStringLiteral("missing"));
}

void TestCli::missingPasswordSourceIsUsageError()
{
    createVault();
    const CliRun run
        = cliRaw({QStringLiteral("--vault"), m_vaultPath, QStringLiteral("project"), QStringLiteral("list")});
    EXPECT_CLI_ERROR(run, ExitCode::Usage, QStringLiteral("--password-file"));
    QVERIFY(run.err.contains("BOTVAULT_PASSWORD"));

    const CliRun init = cliRaw({QStringLiteral("--vault"), path(QStringLiteral("other.db")), QStringLiteral("init")});
    EXPECT_CLI_ERROR(init, ExitCode::Usage, QStringLiteral("BOTVAULT_PASSWORD"));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("other.db"))));
}

void TestCli::wrongPasswordChangesNothing()
{
    createVault();
    QCOMPARE(cli({QStringLiteral("var"), QStringLiteral("set"), kProject, QStringLiteral("A"), QStringLiteral("1")})
                 .exitCode,
        0);
    // A wrong password only counts itself in the header (audit_head, see TestAuditLog): every record
    // table stays as it was.
    const QByteArray before = RawDatabase(m_vaultPath).dump();
    QVERIFY(!before.isEmpty());
    const QString wrong = QStringLiteral("wrong-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    writeBytes(m_passwordFile, wrong.toUtf8());

    for (const QStringList& arguments :
        {QStringList {QStringLiteral("project"), QStringLiteral("add"), QStringLiteral("Other")},
            QStringList {
                QStringLiteral("var"), QStringLiteral("set"), kProject, QStringLiteral("A"), QStringLiteral("2")},
            QStringList {QStringLiteral("var"), QStringLiteral("list"), kProject},
            QStringList {QStringLiteral("passwd"), QStringLiteral("--new-password-file"), m_passwordFile}}) {
        const CliRun run = cli(arguments);
        EXPECT_CLI_ERROR(run, ExitCode::WrongPassword, QStringLiteral("password"));
        QVERIFY(!run.err.contains(wrong.toUtf8()));
        QCOMPARE(RawDatabase(m_vaultPath).dump(), before);
    }
    QCOMPARE(RawDatabase(m_vaultPath).integer("SELECT failed_unlocks FROM audit_head"), qint64(4));

    writeBytes(m_passwordFile, kPassword.toUtf8());
    EXPECT_CLI_OUTPUT(
        cli({QStringLiteral("var"), QStringLiteral("get"), kProject, QStringLiteral("A")}), QStringLiteral("1\n"));
}

void TestCli::invalidNameNamesTheCharacter()
{
    createVault();
    EXPECT_CLI_ERROR(
        cli({QStringLiteral("var"), QStringLiteral("set"), kProject, QStringLiteral("api-key"), QStringLiteral("v")}),
        ExitCode::InvalidInput, QStringLiteral("'-'"));
    EXPECT_CLI_ERROR(cli({QStringLiteral("secret"), QStringLiteral("set"), kProject, QStringLiteral("api-key")}, "v"),
        ExitCode::InvalidInput, QStringLiteral("'-'"));
    EXPECT_CLI_ERROR(
        cli({QStringLiteral("var"), QStringLiteral("set"), kProject, QString(129, u'a'), QStringLiteral("v")}),
        ExitCode::InvalidInput, QStringLiteral("128"));
    EXPECT_CLI_OUTPUT(cli({QStringLiteral("var"), QStringLiteral("list"), kProject}), QString());
    EXPECT_CLI_OUTPUT(cli({QStringLiteral("secret"), QStringLiteral("list"), kProject}), QString());
}

void TestCli::missingProjectOrItemIsNotFound_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");
    const QString project = QStringLiteral("Bot");
    const QString nope = QStringLiteral("Nope");
    QTest::newRow("project rm") << QStringList {QStringLiteral("project"), QStringLiteral("rm"), nope} << nope;
    QTest::newRow("project rename") << QStringList {QStringLiteral("project"), QStringLiteral("rename"), nope,
        QStringLiteral("X")} << nope;
    QTest::newRow("secret list") << QStringList {QStringLiteral("secret"), QStringLiteral("list"), nope} << nope;
    QTest::newRow("secret rm project") << QStringList {QStringLiteral("secret"), QStringLiteral("rm"), nope,
        QStringLiteral("KEY")} << nope;
    QTest::newRow("secret rm item") << QStringList {QStringLiteral("secret"), QStringLiteral("rm"), project,
        QStringLiteral("KEY")} << QStringLiteral("KEY");
    QTest::newRow("secret rename item") << QStringList {QStringLiteral("secret"), QStringLiteral("rename"), project,
        QStringLiteral("KEY"), QStringLiteral("KEY2")}
                                        << QStringLiteral("KEY");
    QTest::newRow("var list") << QStringList {QStringLiteral("var"), QStringLiteral("list"), nope} << nope;
    QTest::newRow("var set project") << QStringList {QStringLiteral("var"), QStringLiteral("set"), nope,
        QStringLiteral("A"), QStringLiteral("1")}
                                     << nope;
    QTest::newRow("var get item") << QStringList {QStringLiteral("var"), QStringLiteral("get"), project,
        QStringLiteral("MISSING")} << QStringLiteral("MISSING");
    QTest::newRow("var rm item") << QStringList {QStringLiteral("var"), QStringLiteral("rm"), project,
        QStringLiteral("MISSING")}
                                 << QStringLiteral("MISSING");
    QTest::newRow("var rename item") << QStringList {QStringLiteral("var"), QStringLiteral("rename"), project,
        QStringLiteral("MISSING"), QStringLiteral("B")}
                                     << QStringLiteral("MISSING");
}

void TestCli::missingProjectOrItemIsNotFound()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    createVault();
    EXPECT_CLI_ERROR(cli(arguments), ExitCode::NotFound, named);
}

void TestCli::missingVaultFileIsNotFound()
{
    const QString missing = path(QStringLiteral("nowhere/vault.db"));
    const CliRun run = cliRaw({QStringLiteral("--vault"), missing, QStringLiteral("--password-file"), m_passwordFile,
        QStringLiteral("project"), QStringLiteral("list")});
    EXPECT_CLI_ERROR(run, ExitCode::NotFound, missing);
    QVERIFY(run.err.contains("init"));
    QVERIFY(!QFileInfo::exists(missing));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("nowhere"))));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no command") << QStringList {} << QStringLiteral("No command");
    QTest::newRow("unknown command") << QStringList {QStringLiteral("frobnicate")} << QStringLiteral("'frobnicate'");
    QTest::newRow("group without subcommand") << QStringList {QStringLiteral("project")} << QStringLiteral("add");
    QTest::newRow("unknown subcommand") << QStringList {QStringLiteral("var"), QStringLiteral("frob")}
                                        << QStringLiteral("'var frob'");
    QTest::newRow("missing argument") << QStringList {QStringLiteral("project"), QStringLiteral("add")}
                                      << QStringLiteral("NAME");
    QTest::newRow("missing value") << QStringList {QStringLiteral("var"), QStringLiteral("set"), QStringLiteral("Bot"),
        QStringLiteral("A")} << QStringLiteral("VALUE");
    QTest::newRow("too many arguments") << QStringList {QStringLiteral("project"), QStringLiteral("list"),
        QStringLiteral("extra")} << QStringLiteral("Too many");
    QTest::newRow("secret value on command line") << QStringList {QStringLiteral("secret"), QStringLiteral("set"),
        QStringLiteral("Bot"), QStringLiteral("KEY"), QStringLiteral("value")}
                                                  << QStringLiteral("standard input");
    QTest::newRow("unknown option") << QStringList {QStringLiteral("project"), QStringLiteral("list"),
        QStringLiteral("--frob")} << QStringLiteral("--frob");
    QTest::newRow("option of another command") << QStringList {QStringLiteral("project"), QStringLiteral("list"),
        QStringLiteral("--export")} << QStringLiteral("--export");
    QTest::newRow("option without value") << QStringList {QStringLiteral("project"), QStringLiteral("list"),
        QStringLiteral("--vault")} << QStringLiteral("--vault");
    QTest::newRow("option twice") << QStringList {QStringLiteral("--json"), QStringLiteral("project"),
        QStringLiteral("list"), QStringLiteral("--json")}
                                  << QStringLiteral("twice");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    createVault();
    const CliRun run = cli(arguments);
    EXPECT_CLI_ERROR(run, ExitCode::Usage, mentions);
    QVERIFY(run.err.contains("--help"));
}

void TestCli::passwdChangesPassword()
{
    createVault();
    QCOMPARE(
        cli({QStringLiteral("var"), QStringLiteral("set"), kProject, QStringLiteral("KEPT"), QStringLiteral("yes")})
            .exitCode,
        0);
    const QString newPasswordFile = path(QStringLiteral("new-password"));
    writeBytes(newPasswordFile, "n3w pässword\n");

    // Without a new password and without a terminal to ask on, nothing changes.
    EXPECT_CLI_ERROR(cli({QStringLiteral("passwd")}), ExitCode::Usage, QStringLiteral("--new-password-file"));
    EXPECT_CLI_OUTPUT(cli({QStringLiteral("passwd"), QStringLiteral("--new-password-file"), newPasswordFile}),
        QStringLiteral("Changed the master password.\n"));

    EXPECT_CLI_ERROR(cli({QStringLiteral("var"), QStringLiteral("get"), kProject, QStringLiteral("KEPT")}),
        ExitCode::WrongPassword, QStringLiteral("password"));
    const CliRun withNew = cliRaw({QStringLiteral("--vault"), m_vaultPath, QStringLiteral("--password-file"),
        newPasswordFile, QStringLiteral("var"), QStringLiteral("get"), kProject, QStringLiteral("KEPT")});
    EXPECT_CLI_OUTPUT(withNew, QStringLiteral("yes\n"));
    const CliRun fromEnvironment = cliRaw({QStringLiteral("--vault"), m_vaultPath, QStringLiteral("var"),
                                              QStringLiteral("get"), kProject, QStringLiteral("KEPT")},
        {}, {{QStringLiteral("BOTVAULT_PASSWORD"), QStringLiteral("n3w pässword")}});
    EXPECT_CLI_OUTPUT(fromEnvironment, QStringLiteral("yes\n"));

    // New key-derivation costs come with a new password; out-of-range ones change nothing.
    writeBytes(m_passwordFile, "n3w pässword");
    EXPECT_CLI_ERROR(cli({QStringLiteral("passwd"), QStringLiteral("--new-password-file"), newPasswordFile,
                         QStringLiteral("--kdf-passes"), QStringLiteral("1")}),
        ExitCode::InvalidInput, QStringLiteral("pass"));
    EXPECT_CLI_OUTPUT(cli({QStringLiteral("passwd"), QStringLiteral("--new-password-file"), newPasswordFile,
                          QStringLiteral("--kdf-passes"), QStringLiteral("3")}),
        QStringLiteral("Changed the master password.\n"));
    Vault vault;
    QVERIFY(vault.unlock(m_vaultPath, secret("n3w pässword")).ok());
    QCOMPARE(vault.kdfParams().passes, 3u);
    QCOMPARE(vault.kdfParams().memoryKiB, 19u * 1024u);
}

void TestCli::passwdRotateKeyReencryptsEverything()
{
    createVault();
    QCOMPARE(cli({QStringLiteral("secret"), QStringLiteral("set"), kProject, QStringLiteral("TOKEN")}, "t0ken value")
                 .exitCode,
        0);
    QCOMPARE(
        cli({QStringLiteral("var"), QStringLiteral("set"), kProject, QStringLiteral("KEPT"), QStringLiteral("yes")})
            .exitCode,
        0);
    const QByteArray before = vaultFilesBytes();
    const QString newPasswordFile = path(QStringLiteral("new-password"));
    writeBytes(newPasswordFile, "r0tated pässword\n");

    EXPECT_CLI_OUTPUT(cli({QStringLiteral("passwd"), QStringLiteral("--rotate-key"),
                          QStringLiteral("--new-password-file"), newPasswordFile}),
        QStringLiteral("Changed the master password and replaced the data key: every record is re-encrypted under "
                       "the new one.\n"));
    EXPECT_CLI_ERROR(cli({QStringLiteral("var"), QStringLiteral("get"), kProject, QStringLiteral("KEPT")}),
        ExitCode::WrongPassword, QStringLiteral("password"));
    writeBytes(m_passwordFile, "r0tated pässword");
    EXPECT_CLI_OUTPUT(
        cli({QStringLiteral("var"), QStringLiteral("get"), kProject, QStringLiteral("KEPT")}), QStringLiteral("yes\n"));
    QCOMPARE(namesIn(jsonArray(
                 cli({QStringLiteral("secret"), QStringLiteral("list"), kProject, QStringLiteral("--json")}).out)),
        QStringList {QStringLiteral("TOKEN")});

    // Every record was sealed again: no 32-byte run of an old record is left in the files.
    sqlite3* db = nullptr;
    QCOMPARE(
        sqlite3_open_v2(QFile::encodeName(m_vaultPath).constData(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    sqlite3_stmt* statement = nullptr;
    sqlite3_prepare_v2(db, "SELECT record FROM items UNION ALL SELECT record FROM projects", -1, &statement, nullptr);
    int records = 0;
    const QByteArray after = vaultFilesBytes();
    while (sqlite3_step(statement) == SQLITE_ROW) {
        const QByteArray record(
            static_cast<const char*>(sqlite3_column_blob(statement, 0)), sqlite3_column_bytes(statement, 0));
        QVERIFY(after.contains(record.left(32)));
        QVERIFY(!before.contains(record.left(32)));
        ++records;
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    QCOMPARE(records, 3);

    // The option belongs to passwd only.
    EXPECT_CLI_ERROR(cli({QStringLiteral("project"), QStringLiteral("list"), QStringLiteral("--rotate-key")}),
        ExitCode::Usage, QStringLiteral("--rotate-key"));
}

void TestCli::projectRemovalWithSecretsNeedsTheRole()
{
    createVault();
    QCOMPARE(
        cli({QStringLiteral("secret"), QStringLiteral("set"), kProject, QStringLiteral("TOKEN")}, "t0ken").exitCode, 0);
    QCOMPARE(cli({QStringLiteral("project"), QStringLiteral("add"), QStringLiteral("Variables only")}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("var"), QStringLiteral("set"), QStringLiteral("Variables only"), QStringLiteral("A"),
                     QStringLiteral("1")})
                 .exitCode,
        0);

    // A script restricted to the DEVELOPER role cannot delete the secret through its project.
    const QStringList developer {QStringLiteral("--roles"), QStringLiteral("DEVELOPER")};
    EXPECT_CLI_ERROR(cli(developer + QStringList {QStringLiteral("project"), QStringLiteral("rm"), kProject}),
        ExitCode::PermissionDenied,
        QStringLiteral("Project 'Bot' holds secrets. Deleting a project that holds secrets needs the SYSTEM_ADMIN "
                       "role, as deleting a secret does. Nothing was removed."));
    EXPECT_CLI_ERROR(
        cli(developer
            + QStringList {QStringLiteral("secret"), QStringLiteral("rm"), kProject, QStringLiteral("TOKEN")}),
        ExitCode::PermissionDenied, QStringLiteral("SYSTEM_ADMIN"));
    QCOMPARE(namesIn(jsonArray(
                 cli({QStringLiteral("secret"), QStringLiteral("list"), kProject, QStringLiteral("--json")}).out)),
        QStringList {QStringLiteral("TOKEN")});
    // A project without secrets needs no role; the secrets-admin role may remove the other one.
    EXPECT_CLI_OUTPUT(
        cli(developer
            + QStringList {QStringLiteral("project"), QStringLiteral("rm"), QStringLiteral("Variables only")}),
        QStringLiteral("Removed project 'Variables only' with 0 secrets and 1 variable.\n"));
    EXPECT_CLI_OUTPUT(cli({QStringLiteral("--roles"), QStringLiteral("DEVELOPER,SYSTEM_ADMIN"),
                          QStringLiteral("project"), QStringLiteral("rm"), kProject}),
        QStringLiteral("Removed project 'Bot' with 1 secret and 0 variables.\n"));

    EXPECT_CLI_ERROR(
        cli({QStringLiteral("--roles"), QStringLiteral("ROOT"), QStringLiteral("project"), QStringLiteral("list")}),
        ExitCode::Usage, QStringLiteral("'ROOT'"));
}

void TestCli::damagedRecordIsReportedAndOthersShown()
{
    createVault();
    for (const QString& name : {QStringLiteral("ALPHA"), QStringLiteral("BRAVO"), QStringLiteral("CHARLIE")}) {
        QCOMPARE(cli({QStringLiteral("var"), QStringLiteral("set"), kProject, name, name.toLower()}).exitCode, 0);
    }
    const QJsonArray before
        = jsonArray(cli({QStringLiteral("var"), QStringLiteral("list"), kProject, QStringLiteral("--json")}).out);
    const qint64 damagedId = entryNamed(before, QStringLiteral("BRAVO"))[QStringLiteral("id")].toInteger();
    QVERIFY(damagedId > 0);

    // Flip one byte in the middle of the record's ciphertext.
    {
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open_v2(QFile::encodeName(m_vaultPath).constData(), &db, SQLITE_OPEN_READWRITE, nullptr),
            SQLITE_OK);
        const auto closeDb = qScopeGuard([db] { sqlite3_close(db); });
        sqlite3_stmt* select = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db, "SELECT record FROM items WHERE id = ?1", -1, &select, nullptr), SQLITE_OK);
        sqlite3_bind_int64(select, 1, damagedId);
        QCOMPARE(sqlite3_step(select), SQLITE_ROW);
        QByteArray record(static_cast<const char*>(sqlite3_column_blob(select, 0)), sqlite3_column_bytes(select, 0));
        sqlite3_finalize(select);
        QVERIFY(record.size() > 32);
        record[record.size() / 2] = static_cast<char>(record.at(record.size() / 2) ^ 0x01);
        sqlite3_stmt* update = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db, "UPDATE items SET record = ?1 WHERE id = ?2", -1, &update, nullptr), SQLITE_OK);
        sqlite3_bind_blob(update, 1, record.constData(), static_cast<int>(record.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(update, 2, damagedId);
        QCOMPARE(sqlite3_step(update), SQLITE_DONE);
        sqlite3_finalize(update);
    }

    const QString damagedMark = QStringLiteral("#%1").arg(damagedId);
    const CliRun listed = cli({QStringLiteral("var"), QStringLiteral("list"), kProject});
    QCOMPARE(listed.exitCode, code(ExitCode::Damaged));
    const QStringList lines = text(listed.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(1).startsWith(QStringLiteral("ALPHA ")));
    QVERIFY(lines.at(2).startsWith(QStringLiteral("CHARLIE ")));
    QCOMPARE(lines.at(3), QStringLiteral("<damaged record %1>").arg(damagedMark));
    QCOMPARE(listed.err.count('\n'), 1);
    QVERIFY(listed.err.startsWith("botvault-cli: "));
    QVERIFY(text(listed.err).contains(damagedMark));
    QVERIFY(!listed.out.contains("bravo") && !listed.err.contains("bravo"));

    const CliRun listedJson = cli({QStringLiteral("var"), QStringLiteral("list"), kProject, QStringLiteral("--json")});
    QCOMPARE(listedJson.exitCode, code(ExitCode::Damaged));
    const QJsonArray after = jsonArray(listedJson.out);
    QCOMPARE(after.size(), 3);
    QCOMPARE(entryNamed(after, QStringLiteral("ALPHA"))[QStringLiteral("value")].toString(), QStringLiteral("alpha"));
    QCOMPARE(
        entryNamed(after, QStringLiteral("CHARLIE"))[QStringLiteral("value")].toString(), QStringLiteral("charlie"));
    QCOMPARE(
        after.at(2).toObject(), (QJsonObject {{QStringLiteral("id"), damagedId}, {QStringLiteral("damaged"), true}}));
    QVERIFY(text(listedJson.err).contains(damagedMark));

    // The other records still work one by one; the damaged one fails on its own.
    EXPECT_CLI_OUTPUT(cli({QStringLiteral("var"), QStringLiteral("get"), kProject, QStringLiteral("ALPHA")}),
        QStringLiteral("alpha\n"));
    EXPECT_CLI_ERROR(cli({QStringLiteral("var"), QStringLiteral("get"), kProject, QStringLiteral("BRAVO")}),
        ExitCode::Damaged, damagedMark);
}

TerminalRun TestCli::cliOnTerminal(const QStringList& arguments, const QList<Answer>& answers)
{
    // Everything the child needs is built before fork(): after it, the child only calls execve.
    QList<QByteArray> argumentBytes {QFile::encodeName(TestSupport::cliPath())};
    for (const QString& argument : arguments) {
        argumentBytes.append(argument.toUtf8());
    }
    std::vector<char*> argv;
    for (QByteArray& argument : argumentBytes) {
        argv.push_back(argument.data());
    }
    argv.push_back(nullptr);
    std::vector<char*> envp;
    for (char** variable = environ; *variable != nullptr; ++variable) {
        if (!QByteArray(*variable).startsWith("BOTVAULT_PASSWORD=")) {
            envp.push_back(*variable);
        }
    }
    envp.push_back(nullptr);

    TerminalRun run;
    int master = -1;
    const pid_t pid = forkpty(&master, nullptr, nullptr, nullptr);
    if (pid < 0) {
        return run;
    }
    if (pid == 0) {
        execve(argv.front(), argv.data(), envp.data());
        _exit(127);
    }

    // Reads until `until` has appeared after `from` in the transcript, or the terminal closes.
    const auto readUntil = [&run, master](const QByteArray& until, qsizetype from) {
        while (until.isEmpty() || run.transcript.indexOf(until, from) < 0) {
            pollfd descriptor {master, POLLIN, 0};
            if (poll(&descriptor, 1, 60000) <= 0) {
                return false;
            }
            char buffer[4096];
            const ssize_t n = read(master, buffer, sizeof buffer);
            if (n < 0 && errno == EINTR) {
                continue;
            }
            if (n <= 0) {
                return until.isEmpty();
            }
            run.transcript.append(buffer, n);
        }
        return true;
    };

    qsizetype seen = 0;
    for (const Answer& answer : answers) {
        if (!readUntil(answer.prompt, seen)) {
            break;
        }
        seen = run.transcript.size();
        const QByteArray line = answer.pressEnter ? answer.line + '\n' : answer.line;
        if (write(master, line.constData(), static_cast<size_t>(line.size())) != line.size()) {
            break;
        }
    }
    termios attributes {};
    readUntil({}, 0);
    int status = 0;
    waitpid(pid, &status, 0);
    run.echoOnAfterwards = tcgetattr(master, &attributes) == 0 && (attributes.c_lflag & ECHO) != 0;
    close(master);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

void TestCli::terminalPromptsDoNotEcho()
{
    const QByteArray password = "typed-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    const TerminalRun created = cliOnTerminal(
        {QStringLiteral("--vault"), m_vaultPath, QStringLiteral("init"), QStringLiteral("--kdf-memory-mib"),
            QStringLiteral("19"), QStringLiteral("--kdf-passes"), QStringLiteral("2")},
        {{"New master password: ", password}, {"Repeat the master password: ", password}});
    QVERIFY2(created.exitCode == 0, created.transcript.constData());
    QVERIFY2(created.transcript.contains("Created a vault at"), created.transcript.constData());
    QVERIFY2(!created.transcript.contains(password), created.transcript.constData());
    QVERIFY(created.echoOnAfterwards);

    const QByteArray value = "value-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    const TerminalRun added = cliOnTerminal(
        {QStringLiteral("--vault"), m_vaultPath, QStringLiteral("project"), QStringLiteral("add"), kProject},
        {{"Master password: ", password}});
    QCOMPARE(added.exitCode, 0);
    QVERIFY2(added.transcript.contains("Added project 'Bot'."), added.transcript.constData());
    const TerminalRun secret = cliOnTerminal({QStringLiteral("--vault"), m_vaultPath, QStringLiteral("secret"),
                                                 QStringLiteral("set"), kProject, QStringLiteral("TYPED")},
        {{"Master password: ", password}, {"Value of secret TYPED", value}});
    QVERIFY2(secret.exitCode == 0, secret.transcript.constData());
    QVERIFY2(secret.transcript.contains("Added secret TYPED to project Bot."), secret.transcript.constData());
    QVERIFY2(!secret.transcript.contains(password), secret.transcript.constData());
    QVERIFY2(!secret.transcript.contains(value), secret.transcript.constData());
    QVERIFY(secret.echoOnAfterwards);

    Vault vault;
    QVERIFY(vault.unlock(m_vaultPath, SecretValue(QCA::SecureArray(password))).ok());
    const Result<Project> project = vault.projectByName(kProject);
    QVERIFY(project.ok());
    const Result<SecretValue> stored = vault.secretValue(project->id, QStringLiteral("TYPED"));
    QVERIFY(stored.ok());
    QCOMPARE(stored->bytes().toByteArray(), value);
}

void TestCli::terminalPasswordsMustMatch()
{
    const TerminalRun run = cliOnTerminal(
        {QStringLiteral("--vault"), m_vaultPath, QStringLiteral("init"), QStringLiteral("--kdf-memory-mib"),
            QStringLiteral("19"), QStringLiteral("--kdf-passes"), QStringLiteral("2")},
        {{"New master password: ", "first"}, {"Repeat the master password: ", "second"}});
    QCOMPARE(run.exitCode, code(ExitCode::InvalidInput));
    QVERIFY2(run.transcript.contains("botvault-cli: The two passwords differ"), run.transcript.constData());
    QVERIFY(!run.transcript.contains("first") && !run.transcript.contains("second"));
    QVERIFY(run.echoOnAfterwards);
    QVERIFY(!QFileInfo::exists(m_vaultPath));
}

void TestCli::terminalInterruptRestoresEcho()
{
    // Ctrl+C at the prompt: the terminal's interrupt character sends SIGINT to the waiting CLI.
    const TerminalRun run = cliOnTerminal(
        {QStringLiteral("--vault"), m_vaultPath, QStringLiteral("init"), QStringLiteral("--kdf-memory-mib"),
            QStringLiteral("19"), QStringLiteral("--kdf-passes"), QStringLiteral("2")},
        {{"New master password: ", "half-typed\x03", false}});
    QCOMPARE(run.exitCode, -1);
    QVERIFY2(!run.transcript.contains("half-typed"), run.transcript.constData());
    QVERIFY(run.echoOnAfterwards);
    QVERIFY(!QFileInfo::exists(m_vaultPath));
}

// Issue 17, item 13: a quoted name is used and shown exactly as given, never whitespace-collapsed.
void TestCli::quotedProjectNameKeepsItsSpaces()
{
    createVault();
    EXPECT_CLI_OUTPUT(cli({QStringLiteral("project"), QStringLiteral("add"), QStringLiteral("Shop bot")}),
        QStringLiteral("Added project 'Shop bot'.\n"));
    EXPECT_CLI_ERROR(cli({QStringLiteral("var"), QStringLiteral("list"), QStringLiteral("Shop  bot")}),
        ExitCode::NotFound, QStringLiteral("There is no project named 'Shop  bot'. Did you mean 'Shop bot'?"));
    EXPECT_CLI_OUTPUT(cli({QStringLiteral("project"), QStringLiteral("add"), QStringLiteral("Shop  bot")}),
        QStringLiteral("Added project 'Shop  bot'.\n"));
    EXPECT_CLI_OUTPUT(cli({QStringLiteral("var"), QStringLiteral("set"), QStringLiteral("Shop  bot"),
                          QStringLiteral("A"), QStringLiteral("1")}),
        QStringLiteral("Added variable A to project Shop  bot.\n"));
    const CliRun listed
        = cli({QStringLiteral("--json"), QStringLiteral("var"), QStringLiteral("list"), QStringLiteral("Shop bot")});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(jsonArray(listed.out).size(), 0);
}

void TestCli::nearMissesAreSuggested_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("suggestion");
    const auto words = [](std::initializer_list<const char*> list) {
        QStringList result;
        for (const char* word : list) {
            result.append(QString::fromUtf8(word));
        }
        return result;
    };
    QTest::newRow("project") << words({"var", "list", "Bto"}) << code(ExitCode::NotFound)
                             << QStringLiteral("There is no project named 'Bto'. Did you mean 'Bot'?");
    QTest::newRow("project by case") << words({"secret", "list", "bot"}) << code(ExitCode::NotFound)
                                     << QStringLiteral("Did you mean 'Bot'?");
    QTest::newRow("variable") << words({"var", "get", "Bot", "GRETING"}) << code(ExitCode::NotFound)
                              << QStringLiteral("has no variable named 'GRETING'. Did you mean 'GREETING'?");
    QTest::newRow("variable rm") << words({"var", "rm", "Bot", "GREETNIG"}) << code(ExitCode::NotFound)
                                 << QStringLiteral("Did you mean 'GREETING'?");
    QTest::newRow("secret") << words({"secret", "rm", "Bot", "API_TOKN"}) << code(ExitCode::NotFound)
                            << QStringLiteral("has no secret named 'API_TOKN'. Did you mean 'API_TOKEN'?");
    QTest::newRow("secret rename") << words({"secret", "rename", "Bot", "api_token", "KEY"}) << code(ExitCode::NotFound)
                                   << QStringLiteral("Did you mean 'API_TOKEN'?");
    QTest::newRow("command") << words({"porject", "list"}) << code(ExitCode::Usage)
                             << QStringLiteral("Unknown command 'porject'. Did you mean 'project'?");
    QTest::newRow("subcommand") << words({"var", "lsit", "Bot"}) << code(ExitCode::Usage)
                                << QStringLiteral("Did you mean 'list'?");
}

void TestCli::nearMissesAreSuggested()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, suggestion);
    createVault();
    QCOMPARE(
        cli({QStringLiteral("var"), QStringLiteral("set"), kProject, QStringLiteral("GREETING"), QStringLiteral("hi")})
            .exitCode,
        0);
    QCOMPARE(cli({QStringLiteral("secret"), QStringLiteral("set"), kProject, QStringLiteral("API_TOKEN")}, "t0k3n\n")
                 .exitCode,
        0);
    const QByteArray before = vaultFilesBytes();
    EXPECT_CLI_ERROR(cli(arguments), static_cast<ExitCode>(exitCode), suggestion);
    QCOMPARE(vaultFilesBytes(), before);
}

// Two names equally close, or none close at all: no guess.
void TestCli::closeCallsAreNotGuessed()
{
    createVault();
    for (const char* name : {"KEY_A", "KEY_B"}) {
        QCOMPARE(
            cli({QStringLiteral("var"), QStringLiteral("set"), kProject, QString::fromUtf8(name), QStringLiteral("1")})
                .exitCode,
            0);
    }
    const CliRun tied = cli({QStringLiteral("var"), QStringLiteral("get"), kProject, QStringLiteral("KEY_C")});
    EXPECT_CLI_ERROR(tied, ExitCode::NotFound, QStringLiteral("has no variable named 'KEY_C'."));
    QVERIFY2(!tied.err.contains("Did you mean"), tied.err.constData());
    const CliRun far = cli({QStringLiteral("var"), QStringLiteral("get"), kProject, QStringLiteral("DATABASE")});
    EXPECT_CLI_ERROR(far, ExitCode::NotFound, QStringLiteral("'DATABASE'"));
    QVERIFY2(!far.err.contains("Did you mean"), far.err.constData());
    const CliRun unknown = cliRaw({QStringLiteral("frobnicate")});
    EXPECT_CLI_ERROR(unknown, ExitCode::Usage, QStringLiteral("'frobnicate'"));
    QVERIFY2(!unknown.err.contains("Did you mean"), unknown.err.constData());
}

// Issue 17, item 13: a name no shell can read from the environment is stored (exit 0) with a warning.
void TestCli::nameStartingWithDigitWarns()
{
    createVault();
    const CliRun set
        = cli({QStringLiteral("var"), QStringLiteral("set"), kProject, QStringLiteral("1ST"), QStringLiteral("1")});
    QCOMPARE(set.exitCode, 0);
    QCOMPARE(text(set.out), QStringLiteral("Added variable 1ST to project Bot.\n"));
    QVERIFY2(text(set.err).startsWith(QStringLiteral("warning: 1ST starts with a digit: no shell can read it from the "
                                                     "environment (sh takes $1ST for $1 followed by ST)")),
        set.err.constData());
    const CliRun secretSet
        = cli({QStringLiteral("secret"), QStringLiteral("set"), kProject, QStringLiteral("2FA_SEED")}, "seed\n");
    QCOMPARE(secretSet.exitCode, 0);
    QVERIFY2(secretSet.err.contains("warning: 2FA_SEED starts with a digit"), secretSet.err.constData());
    const CliRun renamed = cli(
        {QStringLiteral("var"), QStringLiteral("rename"), kProject, QStringLiteral("1ST"), QStringLiteral("FIRST")});
    QCOMPARE(renamed.exitCode, 0);
    QCOMPARE(renamed.err, QByteArray());
    const CliRun renamedBack = cli(
        {QStringLiteral("var"), QStringLiteral("rename"), kProject, QStringLiteral("FIRST"), QStringLiteral("9TH")});
    QVERIFY2(renamedBack.err.contains("warning: 9TH starts with a digit"), renamedBack.err.constData());
}

void TestCli::commandHelpShowsOnlyThatCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("synopsis");
    QTest::addColumn<QString>("option");
    QTest::newRow("var set") << QStringList {QStringLiteral("var"), QStringLiteral("set"), QStringLiteral("--help")}
                             << QStringLiteral("var set PROJECT NAME VALUE [--export|--no-export]")
                             << QStringLiteral("--no-export");
    QTest::newRow("help import") << QStringList {QStringLiteral("help"), QStringLiteral("import")}
                                 << QStringLiteral("import FILE [--into PROJECT]")
                                 << QStringLiteral("--source-dir DIR");
    QTest::newRow("-h publish") << QStringList {QStringLiteral("-h"), QStringLiteral("publish")}
                                << QStringLiteral("publish PROJECT [--dry-run]")
                                << QStringLiteral("--delete-remote-only");
    QTest::newRow("deploy with arguments")
        << QStringList {QStringLiteral("deploy"), QStringLiteral("Bot"), QStringLiteral("--help")}
        << QStringLiteral("deploy PROJECT [CHANNEL] [--all]") << QStringLiteral("--timeout SECONDS");
    QTest::newRow("init") << QStringList {QStringLiteral("init"), QStringLiteral("--help")} << QStringLiteral("init")
                          << QStringLiteral("--kdf-passes N");
}

// Issue 17, item 13: `botvault-cli COMMAND --help` prints what that command does, its options and an
// example, and nothing about the other commands; no vault or password is needed.
void TestCli::commandHelpShowsOnlyThatCommand()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, synopsis);
    QFETCH(QString, option);
    const CliRun run = cliRaw(arguments);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QByteArray());
    const QString help = text(run.out);
    QVERIFY2(help.startsWith(QStringLiteral("Usage: botvault-cli ") + synopsis), run.out.constData());
    QVERIFY2(help.contains(QStringLiteral("Options:\n")) && help.contains(QStringLiteral("  ") + option),
        run.out.constData());
    QVERIFY2(help.contains(QStringLiteral("Example:\n  botvault-cli ")), run.out.constData());
    for (const char* other : {"secret list PROJECT", "Exit codes", "remote unset"}) {
        QVERIFY2(!help.contains(QLatin1String(other)), other);
    }
}

void TestCli::groupHelpShowsOnlyItsCommands()
{
    const CliRun run = cliRaw({QStringLiteral("var"), QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QByteArray());
    const QString help = text(run.out);
    QVERIFY2(help.startsWith(QStringLiteral("Usage: botvault-cli var COMMAND")), run.out.constData());
    for (const char* command : {"var set PROJECT NAME VALUE", "var get PROJECT NAME", "var list PROJECT",
             "var rename PROJECT OLD NEW", "var rm PROJECT NAME", "Example:\n  botvault-cli var set"}) {
        QVERIFY2(help.contains(QLatin1String(command)), command);
    }
    for (const char* other : {"secret set", "project add", "Exit codes", "publish"}) {
        QVERIFY2(!help.contains(QLatin1String(other)), other);
    }
    // An unknown command's help is a usage error with the likely command.
    const CliRun unknown = cliRaw({QStringLiteral("vra"), QStringLiteral("--help")});
    EXPECT_CLI_ERROR(unknown, ExitCode::Usage, QStringLiteral("Did you mean 'var'?"));
}

BOTVAULT_TEST_MAIN(TestCli)
#include "TestCli.moc"
