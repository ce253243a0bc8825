// botvault-cli's channels, channel add, deploy and eval through the real binaries against the real
// botvault-server, in temporary folders. The semantics test is issue 6's item 5: a published secret
// is live in every channel at once, a changed variable reaches a channel only with its deploy.
#include "app/cli/ExitCode.h"
#include "tests/support/CliDriver.h"
#include "tests/support/RunningServer.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <initializer_list>
#include <memory>
#include <unistd.h>

namespace {

const QString kProject = QStringLiteral("Bot");
const QString kWidget = QStringLiteral("Test widget");
const QString kTelegram = QStringLiteral("Support");
// Both values of S must never appear in any output: the replies show them masked.
const QByteArray kOldSecret = "s-old-value-4711";
const QByteArray kNewSecret = "s-new-value-9902";
// What the bot answers: S (masked) and V, from the channel asked.
const QString kSecretAndVariable = QStringLiteral("$secrets.get(\"S\") + \"|\" + $env.get(\"V\")");

using CliRun = CliDriver::Run;

using CliWords::args;

int code(ExitCode exitCode)
{
    return static_cast<int>(exitCode);
}

} // namespace

class TestCliChannels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void helpListsChannelCommands();
    void secretsAreLiveAndVariablesAreDeployed();
    void missingSecretIsABotError();
    void replyWithTheSecretIsMasked();
    void viewerCannotDeploy();
    void deployNeedsAChannelOrAll_data();
    void deployNeedsAChannelOrAll();
    void unknownChannelIsNotFound();
    void failedDeployExitsWithFailure();
    void developerEvalRunsWithStandIns();
    void evalEscapesControlCharacters();
    void channelAddListsThePendingVariables();
    void failedDeployKeepsTheRunningDeploysTime();
    void remoteShowCountsWhatTheFirstPublishSends();
    void publishSummaryCountsBatches();
    void suggestedChannelCommandsHaveNoNestedQuotes();

private:
    CliRun cli(const QString& vault, const QStringList& arguments, const QByteArray& input = {});
    // A vault with kProject bound to a new remote project (or to `remoteId`) with `token`; S and V
    // set locally.
    QString boundVault(const QString& name, const QByteArray& token, const QString& remoteId = {});
    // The remote project id a vault of boundVault() is bound to.
    QString remoteIdOf(const QString& vault);
    QByteArray addUser(const QString& login, const QString& role);
    // The bot's reply (stdout without the line ending); fails the test when eval fails.
    QString eval(const QString& vault, const QString& channel, const QString& expression);
    // The pending variables of each channel by name: {"Test widget": ["CHANGED V"], …}.
    QHash<QString, QStringList> pending(const QString& vault);
    void checkNoSecretInOutputs();
    QString path(const QString& name) const { return m_dir->filePath(name); }

    QTemporaryDir m_serverDir;
    QString m_database;
    RunningServer m_server;
    QByteArray m_adminToken;
    QByteArray m_viewerToken;
    QByteArray m_developerToken;
    QHash<QString, QString> m_remoteIds;
    std::unique_ptr<QTemporaryDir> m_dir;
    // Keeps every CLI output of the running test, searched for values that must never appear.
    std::unique_ptr<CliDriver> m_cli;
    int m_projects = 0;
};

CliRun TestCliChannels::cli(const QString& vault, const QStringList& arguments, const QByteArray& input)
{
    return m_cli->run(vault, arguments, input);
}

QByteArray TestCliChannels::addUser(const QString& login, const QString& role)
{
    const TestSupport::ServerCommandRun run = TestSupport::runServerCommand({QStringLiteral("user"),
        QStringLiteral("add"), login, QStringLiteral("--role"), role, QStringLiteral("--db"), m_database});
    return run.exitCode == 0 ? run.out.trimmed() : QByteArray();
}

QString TestCliChannels::boundVault(const QString& name, const QByteArray& token, const QString& existingRemoteId)
{
    const QString vault = path(name + QStringLiteral(".db"));
    QString remoteId = existingRemoteId;
    if (remoteId.isEmpty()) {
        const TestSupport::ServerCommandRun remote = TestSupport::runServerCommand({QStringLiteral("project"),
            QStringLiteral("add"), QStringLiteral("Remote %1").arg(++m_projects), QStringLiteral("--db"), m_database});
        remoteId = QString::fromUtf8(remote.out.trimmed());
        m_remoteIds.insert(vault, remoteId);
    }
    const QList<std::pair<QStringList, QByteArray>> steps {
        {args({"init", "--kdf-memory-mib", "19", "--kdf-passes", "2"}), {}},
        {args({"project", "add"}) << kProject, {}},
        {args({"secret", "set"}) << kProject << QStringLiteral("S"), kOldSecret},
        {args({"var", "set"}) << kProject << QStringLiteral("V") << QStringLiteral("v-old"), {}},
        {args({"remote", "set"}) << kProject << m_server.rootUrl() << QStringLiteral("--remote-project") << remoteId,
            token + '\n'},
    };
    for (const auto& [arguments, input] : steps) {
        const CliRun run = cli(vault, arguments, input);
        if (run.exitCode != 0) {
            qWarning("%s failed: %s", qPrintable(arguments.join(u' ')), run.err.constData());
            return {};
        }
    }
    return vault;
}

QString TestCliChannels::eval(const QString& vault, const QString& channel, const QString& expression)
{
    const CliRun run = cli(vault, args({"eval"}) << kProject << channel << expression);
    if (run.exitCode != 0) {
        qWarning("eval failed (%d): %s", run.exitCode, run.err.constData());
        return QStringLiteral("<exit %1>").arg(run.exitCode);
    }
    return QString::fromUtf8(run.out).chopped(run.out.endsWith('\n') ? 1 : 0);
}

QHash<QString, QStringList> TestCliChannels::pending(const QString& vault)
{
    const CliRun run = cli(vault, args({"channels", "--json"}) << kProject);
    QHash<QString, QStringList> result;
    if (run.exitCode != 0) {
        qWarning("channels failed: %s", run.err.constData());
        return result;
    }
    const QJsonArray channels = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("channels")).toArray();
    for (const QJsonValue& value : channels) {
        const QJsonObject channel = value.toObject();
        QStringList names;
        for (const QJsonValue& variable : channel.value(QStringLiteral("pendingVariables")).toArray()) {
            names.append(
                variable[QStringLiteral("change")].toString() + u' ' + variable[QStringLiteral("name")].toString());
        }
        result.insert(channel.value(QStringLiteral("name")).toString(), names);
    }
    return result;
}

void TestCliChannels::checkNoSecretInOutputs()
{
    QVERIFY(!m_cli->outputs().contains(kOldSecret));
    QVERIFY(!m_cli->outputs().contains(kNewSecret));
    QVERIFY(!m_cli->outputs().contains(m_adminToken));
    QVERIFY(!m_cli->outputs().contains(m_viewerToken));
    QVERIFY(!m_cli->outputs().contains(m_developerToken));
}

QString TestCliChannels::remoteIdOf(const QString& vault)
{
    return m_remoteIds.value(vault);
}

void TestCliChannels::initTestCase()
{
    QVERIFY2(QFile::exists(TestSupport::serverPath()), "build the botvault-server target first");
    QVERIFY2(QFile::exists(TestSupport::cliPath()), "build the botvault-cli target first");
    QVERIFY(m_serverDir.isValid());
    m_database = m_serverDir.filePath(QStringLiteral("server.db"));
    m_adminToken = addUser(QStringLiteral("ann"), QStringLiteral("SYSTEM_ADMIN"));
    m_viewerToken = addUser(QStringLiteral("vic"), QStringLiteral("VIEWER"));
    m_developerToken = addUser(QStringLiteral("dev"), QStringLiteral("DEVELOPER"));
    QVERIFY(m_adminToken.startsWith("bv_") && m_viewerToken.startsWith("bv_") && m_developerToken.startsWith("bv_"));
    QVERIFY(m_server.start({QStringLiteral("--db"), m_database}));
}

void TestCliChannels::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_cli = std::make_unique<CliDriver>(m_dir->path());
    m_cli->setRunTimeout(180000);
}

void TestCliChannels::cleanupTestCase()
{
    const QByteArray log = m_server.log();
    QVERIFY(!log.contains(m_adminToken) && !log.contains(kOldSecret) && !log.contains(kNewSecret));
    m_server.killHard();
}

void TestCliChannels::helpListsChannelCommands()
{
    const CliRun run = cli(path(QStringLiteral("none.db")), args({"--help"}));
    QCOMPARE(run.exitCode, 0);
    for (const char* command : {"channels PROJECT", "channel add PROJECT TYPE NAME", "deploy PROJECT [CHANNEL] [--all]",
             "eval PROJECT CHANNEL [EXPRESSION] [--message TEXT]", "11  'eval'"}) {
        QVERIFY2(run.out.contains(command), command);
    }
}

void TestCliChannels::secretsAreLiveAndVariablesAreDeployed()
{
    const QString vault = boundVault(QStringLiteral("semantics"), m_adminToken);
    QVERIFY(!vault.isEmpty());
    QCOMPARE(cli(vault, args({"publish"}) << kProject).exitCode, 0);
    const CliRun added = cli(vault, args({"channel", "add"}) << kProject << QStringLiteral("TELEGRAM") << kTelegram);
    QVERIFY2(added.exitCode == 0, added.err.constData());
    const CliRun deployedAll = cli(vault, args({"deploy", "--all"}) << kProject);
    QVERIFY2(deployedAll.exitCode == 0, deployedAll.err.constData());
    // The test widget goes first.
    const qsizetype widgetLine = deployedAll.out.indexOf(kWidget.toUtf8());
    const qsizetype telegramLine = deployedAll.out.indexOf(kTelegram.toUtf8());
    QVERIFY2(widgetLine >= 0 && telegramLine > widgetLine, deployedAll.out.constData());
    QCOMPARE(deployedAll.out.count("SUCCEEDED"), 2);
    QCOMPARE(eval(vault, kWidget, kSecretAndVariable), QStringLiteral("******|v-old"));
    QCOMPARE(eval(vault, kTelegram, kSecretAndVariable), QStringLiteral("******|v-old"));

    // Change both and publish: the new S is live everywhere, V waits for each channel's deploy.
    QCOMPARE(cli(vault, args({"secret", "set"}) << kProject << QStringLiteral("S"), kNewSecret).exitCode, 0);
    QCOMPARE(
        cli(vault, args({"var", "set"}) << kProject << QStringLiteral("V") << QStringLiteral("v-new")).exitCode, 0);
    QCOMPARE(cli(vault, args({"publish"}) << kProject).exitCode, 0);
    const QString isNewSecret
        = QStringLiteral("String($secrets.get(\"S\") === \"%1\")").arg(QString::fromUtf8(kNewSecret));
    for (const QString& channel : {kWidget, kTelegram}) {
        QCOMPARE(eval(vault, channel, kSecretAndVariable), QStringLiteral("******|v-old"));
        QCOMPARE(eval(vault, channel, isNewSecret), QStringLiteral("true"));
    }
    QHash<QString, QStringList> waiting = pending(vault);
    QCOMPARE(waiting.value(kWidget), QStringList {QStringLiteral("CHANGED V")});
    QCOMPARE(waiting.value(kTelegram), QStringList {QStringLiteral("CHANGED V")});
    // The table says the same, with the recommended flow.
    const CliRun table = cli(vault, args({"channels"}) << kProject);
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.contains("CHANGED   V"), table.out.constData());
    QVERIFY(table.out.contains("Secrets are live"));
    QVERIFY(table.out.contains("test widget first"));

    // The test widget only: it reads the new V, Telegram still the old one.
    const CliRun widgetDeploy = cli(vault, args({"deploy"}) << kProject << kWidget);
    QVERIFY2(widgetDeploy.exitCode == 0, widgetDeploy.err.constData());
    QCOMPARE(eval(vault, kWidget, kSecretAndVariable), QStringLiteral("******|v-new"));
    QCOMPARE(eval(vault, kTelegram, kSecretAndVariable), QStringLiteral("******|v-old"));
    waiting = pending(vault);
    QCOMPARE(waiting.value(kWidget), QStringList());
    QCOMPARE(waiting.value(kTelegram), QStringList {QStringLiteral("CHANGED V")});

    // Then Telegram: both new, nothing pending.
    const CliRun telegramDeploy = cli(vault, args({"deploy"}) << kProject << kTelegram);
    QVERIFY2(telegramDeploy.exitCode == 0, telegramDeploy.err.constData());
    QCOMPARE(eval(vault, kWidget, kSecretAndVariable), QStringLiteral("******|v-new"));
    QCOMPARE(eval(vault, kTelegram, kSecretAndVariable), QStringLiteral("******|v-new"));
    waiting = pending(vault);
    QCOMPARE(waiting.size(), 2);
    QCOMPARE(waiting.value(kWidget), QStringList());
    QCOMPARE(waiting.value(kTelegram), QStringList());
    checkNoSecretInOutputs();
}

void TestCliChannels::missingSecretIsABotError()
{
    const QString vault = boundVault(QStringLiteral("missing"), m_adminToken);
    QVERIFY(!vault.isEmpty());
    const CliRun missing
        = cli(vault, args({"eval"}) << kProject << kWidget << QStringLiteral("$secrets.get(\"MISSING\")"));
    QCOMPARE(missing.exitCode, code(ExitCode::BotError));
    QVERIFY2(
        missing.err.contains("Error: Secret \"MISSING\" is not defined in this project."), missing.err.constData());
    QVERIFY(missing.out.isEmpty());

    const CliRun fallback = cli(
        vault, args({"eval"}) << kProject << kWidget << QStringLiteral("$secrets.get(\"MISSING\", \"fallback\")"));
    QCOMPARE(fallback.exitCode, 0);
    QCOMPARE(fallback.out, QByteArray("fallback\n"));

    const CliRun json
        = cli(vault, args({"eval", "--json"}) << kProject << kWidget << QStringLiteral("$secrets.get(\"MISSING\")"));
    QCOMPARE(json.exitCode, code(ExitCode::BotError));
    const QJsonObject reply = QJsonDocument::fromJson(json.out).object();
    QVERIFY(reply.value(QStringLiteral("reply")).isNull());
    QCOMPARE(reply[QStringLiteral("error")][QStringLiteral("name")].toString(), QStringLiteral("Error"));
    QVERIFY(reply[QStringLiteral("error")][QStringLiteral("message")].toString().contains(QStringLiteral("MISSING")));
}

void TestCliChannels::replyWithTheSecretIsMasked()
{
    const QString vault = boundVault(QStringLiteral("masked"), m_adminToken);
    QVERIFY(!vault.isEmpty());
    QCOMPARE(cli(vault, args({"publish"}) << kProject).exitCode, 0);
    // Published but then replaced locally without publishing: the server masks the old value, the
    // client the new one it alone knows.
    QCOMPARE(cli(vault, args({"secret", "set"}) << kProject << QStringLiteral("S"), kNewSecret).exitCode, 0);
    const CliRun run = cli(vault,
        args({"eval", "--json"})
            << kProject << kWidget
            << QStringLiteral("$secrets.get(\"S\") + \" and %1\"").arg(QString::fromUtf8(kNewSecret)));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject reply = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(reply.value(QStringLiteral("reply")).toString(), QStringLiteral("****** and ******"));
    QVERIFY(reply.value(QStringLiteral("masked")).toBool());
    checkNoSecretInOutputs();
}

void TestCliChannels::viewerCannotDeploy()
{
    const QString vault = boundVault(QStringLiteral("viewer"), m_viewerToken);
    QVERIFY(!vault.isEmpty());
    const CliRun listed = cli(vault, args({"channels"}) << kProject);
    QCOMPARE(listed.exitCode, 0);
    const CliRun refused = cli(vault, args({"deploy", "--all"}) << kProject);
    QCOMPARE(refused.exitCode, code(ExitCode::PermissionDenied));
    QVERIFY2(refused.err.contains("DEVELOPER"), refused.err.constData());
    const CliRun evalRefused = cli(vault, args({"eval"}) << kProject << kWidget << QStringLiteral("1"));
    QCOMPARE(evalRefused.exitCode, code(ExitCode::PermissionDenied));
    checkNoSecretInOutputs();
}

void TestCliChannels::deployNeedsAChannelOrAll_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("neither") << args({"deploy"}) + QStringList {kProject};
    QTest::newRow("both") << args({"deploy", "--all"}) + QStringList {kProject, kWidget};
    QTest::newRow("eval without input") << args({"eval"}) + QStringList {kProject, kWidget};
    QTest::newRow("eval with both") << args({"eval", "--message", "hi"})
            + QStringList {kProject, kWidget, QStringLiteral("1")};
}

void TestCliChannels::deployNeedsAChannelOrAll()
{
    QFETCH(QStringList, arguments);
    const CliRun run = cli(path(QStringLiteral("none.db")), arguments);
    QCOMPARE(run.exitCode, code(ExitCode::Usage));
}

void TestCliChannels::unknownChannelIsNotFound()
{
    const QString vault = boundVault(QStringLiteral("unknown"), m_adminToken);
    QVERIFY(!vault.isEmpty());
    const CliRun run = cli(vault, args({"deploy"}) << kProject << QStringLiteral("Nowhere"));
    QCOMPARE(run.exitCode, code(ExitCode::NotFound));
    // The message lists the channels there are.
    QVERIFY2(run.err.contains("Test widget"), run.err.constData());
}

void TestCliChannels::failedDeployExitsWithFailure()
{
    const QString vault = boundVault(QStringLiteral("failing"), m_adminToken);
    QVERIFY(!vault.isEmpty());
    const QString source = path(QStringLiteral("bot"));
    QVERIFY(QDir().mkpath(source + QStringLiteral("/src")));
    QFile script(source + QStringLiteral("/src/main.js"));
    QVERIFY(script.open(QIODevice::WriteOnly) && script.write("var x = ;\n") > 0);
    script.close();
    QCOMPARE(cli(vault, args({"project", "bind"}) << kProject << source).exitCode, 0);
    const CliRun run = cli(vault, args({"deploy"}) << kProject << kWidget);
    QCOMPARE(run.exitCode, code(ExitCode::Failure));
    QVERIFY2(run.out.contains("FAILED"), run.out.constData());
    QVERIFY2(run.err.contains("line 1"), run.err.constData());
}

// Issue 11, item 1: a developer's eval runs with stand-ins and says so; the admin's with the real
// values, and says that too.
void TestCliChannels::developerEvalRunsWithStandIns()
{
    const QString adminVault = boundVault(QStringLiteral("admin"), m_adminToken);
    QVERIFY(!adminVault.isEmpty());
    QCOMPARE(cli(adminVault, args({"publish"}) << kProject).exitCode, 0);
    const QString developerVault = boundVault(QStringLiteral("developer"), m_developerToken, remoteIdOf(adminVault));
    QVERIFY(!developerVault.isEmpty());
    const QString reversed = QStringLiteral("$secrets.get(\"S\").split(\"\").reverse().join(\"\")");

    const CliRun developer = cli(developerVault, args({"eval"}) << kProject << kWidget << reversed);
    QVERIFY2(developer.exitCode == 0, developer.err.constData());
    QCOMPARE(QString::fromUtf8(developer.out), QStringLiteral("›S terces‹\n"));
    QVERIFY2(developer.err.contains("note: the bot ran with stand-ins such as ‹secret API_KEY› instead of secret "
                                    "values: only the secrets-admin role runs it with the real ones."),
        developer.err.constData());
    const CliRun developerJson = cli(developerVault, args({"eval", "--json"}) << kProject << kWidget << reversed);
    QVERIFY2(developerJson.exitCode == 0, developerJson.err.constData());
    const QJsonObject standIn = QJsonDocument::fromJson(developerJson.out).object();
    QCOMPARE(standIn.value(QStringLiteral("secretValues")).toString(), QStringLiteral("STAND_IN"));
    QCOMPARE(standIn.value(QStringLiteral("reply")).toString(), QStringLiteral("›S terces‹"));
    QVERIFY(!standIn.value(QStringLiteral("masked")).toBool());

    const CliRun admin = cli(adminVault, args({"eval"}) << kProject << kWidget << reversed);
    QVERIFY2(admin.exitCode == 0, admin.err.constData());
    QByteArray real = kOldSecret;
    std::reverse(real.begin(), real.end());
    QCOMPARE(admin.out, real + '\n');
    QVERIFY2(admin.err.contains("note: the bot ran with the real secret values."), admin.err.constData());
    const CliRun adminJson = cli(adminVault, args({"eval", "--json"}) << kProject << kWidget << reversed);
    QCOMPARE(QJsonDocument::fromJson(adminJson.out).object().value(QStringLiteral("secretValues")).toString(),
        QStringLiteral("REAL"));
    QVERIFY(!developer.all().contains(real) && !developerJson.all().contains(real));
    checkNoSecretInOutputs();
}

// Issue 11, item 5 for eval: a bot's reply is shown, never obeyed by the terminal.
void TestCliChannels::evalEscapesControlCharacters()
{
    const QString vault = boundVault(QStringLiteral("escapes"), m_adminToken);
    QVERIFY(!vault.isEmpty());
    const QString hostile
        = QStringLiteral("\"title \\u001b]0;pwned\\u0007 clip \\u001b]52;c;ZXZpbA==\\u0007 bell \\u0007 del \\u007f "
                         "c1 \\u009b2J line\\nnext\"");
    const CliRun text = cli(vault, args({"eval"}) << kProject << kWidget << hostile);
    QVERIFY2(text.exitCode == 0, text.err.constData());
    for (const char control : {'\x1b', '\x07', '\x7f'}) {
        QVERIFY2(!text.all().contains(control), text.out.toHex().constData());
    }
    QVERIFY(!QString::fromUtf8(text.out).contains(QChar(0x9b)));
    QCOMPARE(QString::fromUtf8(text.out),
        QStringLiteral("title \\x1b]0;pwned\\x07 clip \\x1b]52;c;ZXZpbA==\\x07 bell \\x07 del \\x7f c1 \\x9b2J "
                       "line\\nnext\n"));

    // A bot's error message is escaped the same way.
    const CliRun thrown = cli(vault,
        args({"eval"}) << kProject << kWidget << QStringLiteral("throw new Error(\"red \\u001b[31m alert \\u0007\")"));
    QCOMPARE(thrown.exitCode, code(ExitCode::BotError));
    QVERIFY(!thrown.all().contains('\x1b') && !thrown.all().contains('\x07'));
    QVERIFY2(thrown.err.contains("Error: red \\x1b[31m alert \\x07"), thrown.err.constData());

    // --json gives the exact text, JSON-escaped.
    const CliRun json = cli(vault, args({"eval", "--json"}) << kProject << kWidget << hostile);
    QVERIFY2(json.exitCode == 0, json.err.constData());
    QVERIFY(!json.out.contains('\x1b') && !json.out.contains('\x07'));
    QCOMPARE(QJsonDocument::fromJson(json.out).object().value(QStringLiteral("reply")).toString(),
        QStringLiteral("title \u001b]0;pwned\u0007 clip \u001b]52;c;ZXZpbA==\u0007 bell \u0007 del \u007f c1 \u009b2J "
                       "line\nnext"));
}

// Issue 19, item 1: `channel add --json` names the variables it counts as pending, as `channels
// --json` does a moment later.
void TestCliChannels::channelAddListsThePendingVariables()
{
    const QString vault = boundVault(QStringLiteral("added"), m_adminToken);
    QVERIFY(!vault.isEmpty());
    QCOMPARE(
        cli(vault, args({"var", "set"}) << kProject << QStringLiteral("W") << QStringLiteral("w-value")).exitCode, 0);
    QCOMPARE(cli(vault, args({"publish"}) << kProject).exitCode, 0);
    const CliRun added
        = cli(vault, args({"channel", "add", "--json"}) << kProject << QStringLiteral("TELEGRAM") << kTelegram);
    QVERIFY2(added.exitCode == 0, added.err.constData());
    const QJsonObject channel = QJsonDocument::fromJson(added.out).object();
    QCOMPARE(channel.value(QStringLiteral("pendingVariableCount")).toInt(), 2);
    QStringList names;
    for (const QJsonValue& variable : channel.value(QStringLiteral("pendingVariables")).toArray()) {
        names.append(
            variable[QStringLiteral("change")].toString() + u' ' + variable[QStringLiteral("name")].toString());
    }
    QCOMPARE(names, (QStringList {QStringLiteral("ADDED V"), QStringLiteral("ADDED W")}));
    QCOMPARE(pending(vault).value(kTelegram), names);
}

// Issue 19, item 5: after a failed deploy DEPLOYED still says when the running deploy was made, and
// the failure shows with its time; --json has both deploys.
void TestCliChannels::failedDeployKeepsTheRunningDeploysTime()
{
    const QString vault = boundVault(QStringLiteral("refailing"), m_adminToken);
    QVERIFY(!vault.isEmpty());
    QCOMPARE(cli(vault, args({"publish"}) << kProject).exitCode, 0);
    QCOMPARE(cli(vault, args({"deploy"}) << kProject << kWidget).exitCode, 0);
    const QString source = path(QStringLiteral("broken-bot"));
    QVERIFY(QDir().mkpath(source + QStringLiteral("/src")));
    QFile script(source + QStringLiteral("/src/main.js"));
    QVERIFY(script.open(QIODevice::WriteOnly) && script.write("var x = ;\n") > 0);
    script.close();
    QCOMPARE(cli(vault, args({"project", "bind"}) << kProject << source).exitCode, 0);
    QCOMPARE(cli(vault, args({"deploy"}) << kProject << kWidget).exitCode, code(ExitCode::Failure));

    const CliRun json = cli(vault, args({"channels", "--json"}) << kProject);
    QCOMPARE(json.exitCode, 0);
    const QJsonObject widget
        = QJsonDocument::fromJson(json.out).object().value(QStringLiteral("channels")).toArray().at(0).toObject();
    const QJsonObject active = widget.value(QStringLiteral("activeDeploy")).toObject();
    const QJsonObject last = widget.value(QStringLiteral("lastDeploy")).toObject();
    QCOMPARE(active.value(QStringLiteral("status")).toString(), QStringLiteral("SUCCEEDED"));
    QCOMPARE(
        active.value(QStringLiteral("id")).toInteger(), widget.value(QStringLiteral("activeDeployId")).toInteger());
    QCOMPARE(last.value(QStringLiteral("status")).toString(), QStringLiteral("FAILED"));
    QVERIFY(last.value(QStringLiteral("id")).toInteger() != active.value(QStringLiteral("id")).toInteger());

    const CliRun table = cli(vault, args({"channels"}) << kProject);
    QCOMPARE(table.exitCode, 0);
    const QString row = QString::fromUtf8(table.out).split(u'\n').value(1);
    // The JSON's times are the table's: ISO 8601 in UTC.
    const auto shown = [](const QJsonObject& deploy) { return deploy.value(QStringLiteral("finishedAt")).toString(); };
    QVERIFY2(row.contains(QStringLiteral("  %1  FAILED at %2  ").arg(shown(active), shown(last))), qPrintable(row));
    QVERIFY2(!row.contains(QStringLiteral("deploy ")), qPrintable(row));
}

// Issue 19, item 8: right after binding nothing is queued, but the first publish sends every item:
// `remote show` says so.
void TestCliChannels::remoteShowCountsWhatTheFirstPublishSends()
{
    const QString vault = boundVault(QStringLiteral("shown"), m_adminToken);
    QVERIFY(!vault.isEmpty());
    const CliRun before = cli(vault, args({"remote", "show", "--json"}) << kProject);
    QCOMPARE(before.exitCode, 0);
    QCOMPARE(before.json().value(QStringLiteral("queuedChanges")).toInt(-1), 0);
    QCOMPARE(before.json().value(QStringLiteral("neverPublished")).toInt(-1), 2);
    const CliRun text = cli(vault, args({"remote", "show"}) << kProject);
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.err.contains("note: 2 items of the project were never published"), text.err.constData());

    const CliRun published = cli(vault, args({"publish", "--json"}) << kProject);
    QCOMPARE(published.exitCode, 0);
    QCOMPARE(published.json().value(QStringLiteral("summary")).toObject().value(QStringLiteral("sent")).toInt(), 2);
    const CliRun after = cli(vault, args({"remote", "show", "--json"}) << kProject);
    QCOMPARE(after.json().value(QStringLiteral("neverPublished")).toInt(-1), 0);
    QVERIFY(!cli(vault, args({"remote", "show"}) << kProject).err.contains("never published"));
}

// Issue 19, item 8: the summary line counts batches, as summary.batches does; summary.requests counts
// every HTTP request (the identity check and the listings too).
void TestCliChannels::publishSummaryCountsBatches()
{
    const QString first = boundVault(QStringLiteral("summary-json"), m_adminToken);
    QVERIFY(!first.isEmpty());
    const CliRun json = cli(first, args({"publish", "--json"}) << kProject);
    QCOMPARE(json.exitCode, 0);
    const QJsonObject summary = json.json().value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("batches")).toInt(), 1);
    QVERIFY(summary.value(QStringLiteral("requests")).toInt() > summary.value(QStringLiteral("batches")).toInt());

    const QString second = boundVault(QStringLiteral("summary-text"), m_adminToken);
    QVERIFY(!second.isEmpty());
    const CliRun text = cli(second, args({"publish"}) << kProject);
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.endsWith("Published 2 changes in 1 batch.\n"), text.out.constData());
}

// Issue 17, item 13: commands suggested by the channel commands are in double quotes, so a project
// name the shell needs quoted for is never quoted twice.
void TestCliChannels::suggestedChannelCommandsHaveNoNestedQuotes()
{
    const QString vault = boundVault(QStringLiteral("quoted"), m_adminToken);
    QVERIFY(!vault.isEmpty());
    const CliRun renamed = cli(vault, args({"project", "rename"}) << kProject << QStringLiteral("Shop bot"));
    QCOMPARE(renamed.exitCode, 0);
    const CliRun added = cli(vault, args({"channel", "add", "Shop bot", "CHAT_API", "Api"}));
    QVERIFY2(added.exitCode == 0, added.err.constData());
    QVERIFY2(added.out.contains("Deploy it with \"botvault-cli deploy 'Shop bot' "), added.out.constData());
    const CliRun listed = cli(vault, args({"channels", "Shop bot"}));
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(
        listed.out.contains("check it with \"botvault-cli eval 'Shop bot' CHANNEL EXPRESSION"), listed.out.constData());
    QVERIFY2(!listed.out.contains("''") && !added.out.contains("''"), listed.out.constData());
}

BOTVAULT_TEST_MAIN(TestCliChannels)
#include "TestCliChannels.moc"
