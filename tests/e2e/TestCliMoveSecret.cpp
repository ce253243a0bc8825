#include "app/cli/ExitCode.h"
#include "tests/support/CliDriver.h"
#include "tests/support/TestMain.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

#include <initializer_list>
#include <memory>

namespace {

const QString kProject = QStringLiteral("Bot");

using CliRun = CliDriver::Run;

// Made-up tokens in real formats, assembled here so that no file of the repository holds one whole.
QByteArray fakeOpenAiKey()
{
    return QByteArray("sk-") + "proj-" + QByteArray("Qw8rTz3LmN5vXc7BnK2pHj9sDf4GaY6u");
}

QByteArray fakeGitHubToken()
{
    return QByteArray("ghp_") + "FAKE" + QByteArray("aB3xY9kLmN2pQ7rS4tU8vW1zC6dE0fG5hJ").left(32);
}

using CliWords::args;

int code(ExitCode exitCode)
{
    return static_cast<int>(exitCode);
}

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace

// `scan --move` and `scan --ignore` with the real botvault-cli: a finding's value becomes a secret
// and its line reads it, a finding ignored in the vault no longer blocks an export.
class TestCliMoveSecret : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void moveStoresTheSecretAndRewritesTheLine();
    void moveRefusesBadNamesAndUnconfirmedChanges();
    void ignoreWithAReasonIsKeptInTheVault();

private:
    CliRun cli(const QStringList& arguments, const QByteArray& input = {})
    {
        return m_cli->run(m_vault, arguments, input, {{QStringLiteral("XDG_DATA_HOME"), m_data}});
    }
    QString path(const QString& name) const { return m_dir->filePath(name); }
    // The scan's findings as JSON, by file.
    QJsonArray findings(const QStringList& options = {});
    QJsonObject findingIn(const QString& file);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliDriver> m_cli;
    QString m_vault;
    QString m_data;
    QString m_bot;
};

void TestCliMoveSecret::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_cli = std::make_unique<CliDriver>(m_dir->path());
    m_cli->setFastRetries(false);
    m_vault = m_cli->createVault(QStringLiteral("vault.db"), kProject);
    QVERIFY(!m_vault.isEmpty());
    m_data = path(QStringLiteral("data"));
    m_bot = path(QStringLiteral("bot"));
    QVERIFY(writeBytes(m_bot + QStringLiteral("/chatbot.yaml"), "name: shop\n"));
    QVERIFY(writeBytes(m_bot + QStringLiteral("/src/main.js"),
        "var greeting = 'hi';\nvar openaiApiKey = \"" + fakeOpenAiKey() + "\";\n// var gh = '" + fakeGitHubToken()
            + "';\nvar done = true;\n"));
    const CliRun bound = cli(args({"project", "bind"}) << kProject << m_bot);
    QVERIFY2(bound.exitCode == 0, bound.err.constData());
}

QJsonArray TestCliMoveSecret::findings(const QStringList& options)
{
    const CliRun run = cli(args({"scan", "--json"}) << kProject << options);
    return QJsonDocument::fromJson(run.out).object().value(QStringLiteral("findings")).toArray();
}

QJsonObject TestCliMoveSecret::findingIn(const QString& file)
{
    for (const QJsonValue& finding : findings()) {
        if (finding[QStringLiteral("file")].toString() == file) {
            return finding.toObject();
        }
    }
    return {};
}

void TestCliMoveSecret::moveStoresTheSecretAndRewritesTheLine()
{
    const QJsonArray found = findings();
    QCOMPARE(found.size(), 2);
    const QJsonObject openAi = found.at(0).toObject();
    QCOMPARE(openAi[QStringLiteral("line")].toInt(), 2);
    QCOMPARE(openAi[QStringLiteral("suggestedName")].toString(), QStringLiteral("OPENAI_API_KEY"));
    const QString id = openAi[QStringLiteral("id")].toString();
    QCOMPARE(id.size(), 16);
    const QString mainJs = m_bot + QStringLiteral("/src/main.js");
    const QByteArray original = readBytes(mainJs);

    const CliRun moved = cli(args({"scan", "--yes", "--move"}) << id << kProject);
    QVERIFY2(moved.exitCode == 0, moved.err.constData());
    QVERIFY(!moved.all().contains(fakeOpenAiKey()) && !moved.all().contains(fakeGitHubToken()));
    QVERIFY(moved.out.startsWith("--- a/src/main.js\n+++ b/src/main.js\n@@ -2 +2 @@\n"
                                 "-var openaiApiKey = \"sk-proj-Qw8r\xe2\x80\xa6\";\n"
                                 "+var openaiApiKey = $secrets.get(\"OPENAI_API_KEY\");\n"));
    QVERIFY(moved.out.contains("check: the code reads the secret OPENAI_API_KEY, and project 'Bot' has it.\n"));
    QVERIFY(moved.out.contains("check: every name the bot reads is defined.\n"));
    QCOMPARE(readBytes(mainJs),
        "var greeting = 'hi';\nvar openaiApiKey = $secrets.get(\"OPENAI_API_KEY\");\n// var gh = '" + fakeGitHubToken()
            + "';\nvar done = true;\n");

    // The backup, outside the source folder, holds the file as it was.
    QDirIterator backups(m_data + QStringLiteral("/botvault/source-backups"), {QStringLiteral("main.js")}, QDir::Files,
        QDirIterator::Subdirectories);
    QVERIFY(backups.hasNext());
    QCOMPARE(readBytes(backups.next()), original);
    QVERIFY(moved.out.contains(QDir::toNativeSeparators(m_data).toUtf8()));

    // The secret holds exactly the value that was in the code.
    const QString valueFile = path(QStringLiteral("value.txt"));
    const CliRun ran
        = cli(args({"run"}) << kProject << QStringLiteral("--") << QStringLiteral("sh") << QStringLiteral("-c")
                            << QStringLiteral("printf %s \"$OPENAI_API_KEY\" > '%1'").arg(valueFile));
    QVERIFY2(ran.exitCode == 0, ran.err.constData());
    QCOMPARE(readBytes(valueFile), fakeOpenAiKey());

    // The commented-out line is deleted.
    const QString commented = findingIn(QStringLiteral("src/main.js"))[QStringLiteral("id")].toString();
    const CliRun deleted = cli(args({"scan", "--yes", "--move"})
        << commented << QStringLiteral("--name") << QStringLiteral("OLD_GITHUB_TOKEN") << kProject);
    QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
    QVERIFY(deleted.out.contains("@@ -3 +2,0 @@\n-// var gh = 'ghp_FAKE\xe2\x80\xa6';\n"));
    QCOMPARE(readBytes(mainJs),
        QByteArray("var greeting = 'hi';\nvar openaiApiKey = $secrets.get(\"OPENAI_API_KEY\");\nvar done = true;\n"));

    const CliRun clean = cli(args({"scan"}) << kProject);
    QCOMPARE(clean.exitCode, 0);
    QVERIFY(clean.out.contains("No hard-coded credentials found in 2 files.\n"));
    QCOMPARE(cli(args({"check"}) << kProject).exitCode, 0);
    const CliRun secrets = cli(args({"secret", "list", "--json"}) << kProject);
    QVERIFY(secrets.out.contains("\"OPENAI_API_KEY\"") && secrets.out.contains("\"OLD_GITHUB_TOKEN\""));
    QVERIFY(!m_cli->outputs().contains(fakeOpenAiKey()) && !m_cli->outputs().contains(fakeGitHubToken()));
}

void TestCliMoveSecret::moveRefusesBadNamesAndUnconfirmedChanges()
{
    const QString mainJs = m_bot + QStringLiteral("/src/main.js");
    const QByteArray original = readBytes(mainJs);
    const QString id = findings().at(0)[QStringLiteral("id")].toString();

    const CliRun invalid = cli(args({"scan", "--yes", "--name", "openai-key", "--move"}) << id << kProject);
    QCOMPARE(invalid.exitCode, code(ExitCode::InvalidInput));
    QVERIFY(invalid.err.contains("'openai-key' contains '-'"));

    const CliRun taken = cli(args({"secret", "set"}) << kProject << QStringLiteral("TAKEN"), "x\n");
    QCOMPARE(taken.exitCode, 0);
    const CliRun clash = cli(args({"scan", "--yes", "--name", "TAKEN", "--move"}) << id << kProject);
    QCOMPARE(clash.exitCode, code(ExitCode::InvalidInput));
    QVERIFY(clash.err.contains("Project 'Bot' already has a secret named TAKEN; nothing was changed."));

    // Without a terminal to confirm on and without --yes: the diff is shown, nothing is written.
    const CliRun unconfirmed = cli(args({"scan", "--move"}) << id << kProject);
    QCOMPARE(unconfirmed.exitCode, code(ExitCode::InvalidInput));
    QVERIFY(unconfirmed.out.startsWith("--- a/src/main.js\n"));
    QVERIFY(unconfirmed.err.contains("Give --yes to write it."));

    const CliRun unknown = cli(args({"scan", "--yes", "--move", "0123456789abcdef"}) << kProject);
    QCOMPARE(unknown.exitCode, code(ExitCode::NotFound));

    QCOMPARE(readBytes(mainJs), original);
    QVERIFY(!QFileInfo::exists(m_data + QStringLiteral("/botvault/source-backups")));
    const CliRun secrets = cli(args({"secret", "list", "--json"}) << kProject);
    QVERIFY(!secrets.out.contains("OPENAI_API_KEY"));
    QVERIFY(!m_cli->outputs().contains(fakeOpenAiKey()));
}

void TestCliMoveSecret::ignoreWithAReasonIsKeptInTheVault()
{
    QVERIFY(writeBytes(m_bot + QStringLiteral("/src/main.js"), "var greeting = 'hi';\n"));
    QVERIFY(writeBytes(m_bot + QStringLiteral("/src/fixture.js"), "var revoked = '" + fakeGitHubToken() + "';\n"));
    const QString id = findingIn(QStringLiteral("src/fixture.js"))[QStringLiteral("id")].toString();
    QCOMPARE(cli(args({"scan"}) << kProject).exitCode, code(ExitCode::CredentialsFound));

    QCOMPARE(cli(args({"scan", "--ignore"}) << id << kProject).exitCode, code(ExitCode::Usage));
    const CliRun badId = cli(args({"scan", "--ignore", "nope", "--reason", "x"}) << kProject);
    QCOMPARE(badId.exitCode, code(ExitCode::NotFound));
    const CliRun empty = cli(args({"scan", "--reason", " "}) << QStringLiteral("--ignore") << id << kProject);
    QCOMPARE(empty.exitCode, code(ExitCode::InvalidInput));

    const CliRun ignored
        = cli(args({"scan", "--reason", "revoked, kept for the parser test", "--ignore"}) << id << kProject);
    QVERIFY2(ignored.exitCode == 0, ignored.err.constData());
    const CliRun quiet = cli(args({"scan"}) << kProject);
    QCOMPARE(quiet.exitCode, 0);
    QVERIFY(!quiet.out.contains("fixture.js"));
    QVERIFY(quiet.err.contains("1 finding(s) ignored in the vault not shown; --all lists them."));
    const CliRun all = cli(args({"scan", "--all"}) << kProject);
    QCOMPARE(all.exitCode, 0);
    QVERIFY(all.out.contains("src/fixture.js:1  GitHub token  ghp_FAKE\xe2\x80\xa6 (40 characters)  id " + id.toUtf8()
        + "  ignored: revoked, kept for the parser test\n"));
    QCOMPARE(findingIn(QStringLiteral("src/fixture.js"))[QStringLiteral("ignored")].toString(),
        QStringLiteral("revoked, kept for the parser test"));

    // The export gate lets an ignored finding through.
    const CliRun exported = cli(args({"export"}) << kProject << path(QStringLiteral("bot.zip")));
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    const CliRun audit = cli(args({"audit", "list", "--json"}) << kProject);
    QVERIFY(audit.out.contains("\"finding.ignore\""));

    const CliRun unignored = cli(args({"scan", "--unignore"}) << id << kProject);
    QVERIFY2(unignored.exitCode == 0, unignored.err.constData());
    QCOMPARE(cli(args({"scan"}) << kProject).exitCode, code(ExitCode::CredentialsFound));
    QCOMPARE(cli(args({"scan", "--unignore"}) << id << kProject).exitCode, code(ExitCode::NotFound));
    QVERIFY(cli(args({"audit", "list", "--json"}) << kProject).out.contains("\"finding.unignore\""));
    QVERIFY(!m_cli->outputs().contains(fakeGitHubToken()));
}

BOTVAULT_TEST_MAIN(TestCliMoveSecret)
#include "TestCliMoveSecret.moc"
