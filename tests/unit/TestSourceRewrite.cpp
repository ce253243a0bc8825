#include "storage/CredentialRules.h"
#include "storage/CredentialScan.h"
#include "storage/SourceRewrite.h"

#include "tests/support/TestMain.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>
#include <QtCrypto>

#include <optional>

#include <unistd.h>

using CredentialRules::Kind;

namespace {

// Made-up tokens in real formats, assembled here so that no file of the repository holds one whole.
QByteArray fakeGitHubToken()
{
    return QByteArray("ghp_") + "FAKE" + QByteArray("aB3xY9kLmN2pQ7rS4tU8vW1zC6dE0fG5hJ").left(32);
}

QByteArray fakeOpenAiKey()
{
    return QByteArray("sk-") + "proj-" + QByteArray("Qw8rTz3LmN5vXc7BnK2pHj9sDf4GaY6u");
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

// The first finding of the folder's scan, ids from a fixed identifier.
std::optional<CredentialScan::FileFinding> firstFinding(const QString& folder)
{
    const auto identify = [](const QString& file, const QString& kind, QStringView value) {
        return QString::number(qHash(file + kind + value.toString()), 16);
    };
    const Result<CredentialScan::Report> report = CredentialScan::scanFolder(folder, {}, identify);
    if (!report || report->findings.isEmpty()) {
        return std::nullopt;
    }
    return report->findings.first();
}

} // namespace

class TestSourceRewrite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void suggestsANameFromTheCode_data();
    void suggestsANameFromTheCode();
    void replacesTheLiteral_data();
    void replacesTheLiteral();
    void deletesACommentedOutLine_data();
    void deletesACommentedOutLine();
    void cutsOffATrailingComment();
    void keepsLineEndingsAndTheRestOfTheFile();
    void refusesAPlaceThatCannotCallSecrets_data();
    void refusesAPlaceThatCannotCallSecrets();
    void refusesALineChangedSinceTheScan();
    void refusesAFileChangedSinceThePlan();
    void skipsBinaryAndUnreadableFiles();
    void diffShowsOnlyThePreview();

private:
    QString bot(const QString& relative) const { return m_dir->filePath(relative); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSourceRewrite::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSourceRewrite::suggestsANameFromTheCode_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("name");
    const QByteArray key = fakeOpenAiKey();
    QTest::newRow("camel case") << "const openaiApiKey = \"" + key + "\";" << QStringLiteral("OPENAI_API_KEY");
    QTest::newRow("json key with a dash") << "  \"api-key\": \"" + key + "\"," << QStringLiteral("API_KEY");
    QTest::newRow("acronym") << "var APIKey = '" + key + "';" << QStringLiteral("API_KEY");
    QTest::newRow("member") << "config.botToken = `" + key + "`;" << QStringLiteral("BOT_TOKEN");
    QTest::newRow("prefix in the string")
        << "headers: {Authorization: \"Bearer " + key + "\"}" << QStringLiteral("AUTHORIZATION");
    QTest::newRow("no name: the kind's") << "callApi(\"" + key + "\");" << QStringLiteral("OPENAI_API_KEY");
    QTest::newRow("yaml") << "openai_key: " + key << QStringLiteral("OPENAI_KEY");
}

void TestSourceRewrite::suggestsANameFromTheCode()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, name);
    const QString text = QString::fromUtf8(line);
    const QList<CredentialRules::Finding> findings = CredentialRules::find(text);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(CredentialRules::suggestName(text, findings.first().column, findings.first().kind), name);
}

void TestSourceRewrite::replacesTheLiteral_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    const QByteArray token = fakeGitHubToken();
    QTest::newRow("double quotes") << "const key = \"" + token + "\";"
                                   << QByteArray("const key = $secrets.get(\"GH_TOKEN\");");
    QTest::newRow("single quotes") << "const key = '" + token + "';"
                                   << QByteArray("const key = $secrets.get(\"GH_TOKEN\");");
    QTest::newRow("template") << "const key = `" + token + "`;"
                              << QByteArray("const key = $secrets.get(\"GH_TOKEN\");");
    QTest::newRow("template with text") << "const auth = `token " + token + "`;"
                                        << QByteArray("const auth = `token ${$secrets.get(\"GH_TOKEN\")}`;");
    QTest::newRow("string with text") << "const auth = \"token " + token + "\";"
                                      << QByteArray("const auth = \"token \" + $secrets.get(\"GH_TOKEN\");");
    QTest::newRow("another quote inside")
        << "say(\"it's " + token + "\");" << QByteArray("say(\"it's \" + $secrets.get(\"GH_TOKEN\"));");
}

void TestSourceRewrite::replacesTheLiteral()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    const QString file = bot(QStringLiteral("src/main.js"));
    QVERIFY(writeFile(file, "var a = 1;\n" + before + "\nvar b = 2;\n"));
    const auto found = firstFinding(m_dir->path());
    QVERIFY(found);
    const Result<SourceRewrite::Plan> plan = SourceRewrite::plan(m_dir->path(), *found, QStringLiteral("GH_TOKEN"));
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.message()));
    QCOMPARE(plan->change, SourceRewrite::Change::ReplaceLiteral);
    QCOMPARE(plan->value.bytes().toByteArray(), fakeGitHubToken());
    const QString backups = bot(QStringLiteral("backups"));
    const Result<QString> backup = SourceRewrite::apply(plan.value(), backups);
    QVERIFY(backup);
    QCOMPARE(readAll(file), "var a = 1;\n" + after + "\nvar b = 2;\n");
    QCOMPARE(backup.value(), backups + QStringLiteral("/src/main.js"));
    QCOMPARE(readAll(backup.value()), "var a = 1;\n" + before + "\nvar b = 2;\n");
    QCOMPARE(QFileInfo(backup.value()).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
        QFileDevice::Permissions());
}

void TestSourceRewrite::deletesACommentedOutLine_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("line");
    const QByteArray token = fakeGitHubToken();
    QTest::newRow("js line comment") << QStringLiteral("src/main.js") << "  // const key = \"" + token + "\";";
    QTest::newRow("js block comment") << QStringLiteral("src/main.js") << " * old key: " + token;
    QTest::newRow("yaml comment") << QStringLiteral("chatbot.yaml") << "# token: " + token;
    QTest::newRow("scenario comment") << QStringLiteral("src/main.sc") << "    # " + token;
}

void TestSourceRewrite::deletesACommentedOutLine()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, line);
    QVERIFY(writeFile(bot(file), "first\n" + line + "\nlast\n"));
    const auto found = firstFinding(m_dir->path());
    QVERIFY(found);
    const Result<SourceRewrite::Plan> plan = SourceRewrite::plan(m_dir->path(), *found, QStringLiteral("GH_TOKEN"));
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.message()));
    QCOMPARE(plan->change, SourceRewrite::Change::DeleteLine);
    QVERIFY(plan->diff.contains(QStringLiteral("@@ -2 +1,0 @@\n")));
    QVERIFY(SourceRewrite::apply(plan.value(), bot(QStringLiteral("backups"))));
    QCOMPARE(readAll(bot(file)), QByteArray("first\nlast\n"));
}

void TestSourceRewrite::cutsOffATrailingComment()
{
    QVERIFY(writeFile(bot(QStringLiteral("src/main.js")),
        "var url = \"https://example.org\"; // old key " + fakeGitHubToken() + "\n"));
    const auto found = firstFinding(m_dir->path());
    QVERIFY(found);
    const Result<SourceRewrite::Plan> plan = SourceRewrite::plan(m_dir->path(), *found, QStringLiteral("GH_TOKEN"));
    QVERIFY(plan);
    QCOMPARE(plan->change, SourceRewrite::Change::RemoveComment);
    QVERIFY(SourceRewrite::apply(plan.value(), bot(QStringLiteral("backups"))));
    QCOMPARE(readAll(bot(QStringLiteral("src/main.js"))), QByteArray("var url = \"https://example.org\";\n"));
}

void TestSourceRewrite::keepsLineEndingsAndTheRestOfTheFile()
{
    const QByteArray rest = "// \xc3\xa9t\xc3\xa9\r\nvar a = 1;\r\n";
    QVERIFY(writeFile(bot(QStringLiteral("main.js")), rest + "const key = '" + fakeGitHubToken() + "';\r\n" + rest));
    const auto found = firstFinding(m_dir->path());
    QVERIFY(found);
    const Result<SourceRewrite::Plan> plan = SourceRewrite::plan(m_dir->path(), *found, QStringLiteral("GH_TOKEN"));
    QVERIFY(plan);
    QVERIFY(SourceRewrite::apply(plan.value(), bot(QStringLiteral("backups"))));
    QCOMPARE(readAll(bot(QStringLiteral("main.js"))), rest + "const key = $secrets.get(\"GH_TOKEN\");\r\n" + rest);
}

void TestSourceRewrite::refusesAPlaceThatCannotCallSecrets_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    const QByteArray token = fakeGitHubToken();
    QTest::newRow("chatbot.yaml") << QStringLiteral("chatbot.yaml") << "token: " + token + "\n"
                                  << QStringLiteral("only JavaScript files can read a secret with $secrets.get");
    QTest::newRow("data file") << QStringLiteral("data/keys.csv") << "github," + token + "\n"
                               << QStringLiteral("only JavaScript files can read a secret with $secrets.get");
    QTest::newRow("unquoted in js") << QStringLiteral("src/main.js") << "var key = " + token + ";\n"
                                    << QStringLiteral("the value is not in a quoted string");
    QTest::newRow("private key") << QStringLiteral("src/key.js")
                                 << QByteArray("const pem = `-----BEGIN RSA PRIVATE KEY-----\nMIIE\n`;\n")
                                 << QStringLiteral("a private key spans several lines");
}

void TestSourceRewrite::refusesAPlaceThatCannotCallSecrets()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    QVERIFY(writeFile(bot(file), content));
    const auto found = firstFinding(m_dir->path());
    QVERIFY(found);
    const Result<SourceRewrite::Plan> plan = SourceRewrite::plan(m_dir->path(), *found, QStringLiteral("GH_TOKEN"));
    QVERIFY(!plan);
    QCOMPARE(plan.error().code, ErrorCode::Unsupported);
    QVERIFY2(plan.message().contains(message), qPrintable(plan.message()));
    QVERIFY(!plan.message().contains(QString::fromLatin1(fakeGitHubToken())));
    QCOMPARE(readAll(bot(file)), content);
}

void TestSourceRewrite::refusesALineChangedSinceTheScan()
{
    const QString file = bot(QStringLiteral("src/main.js"));
    QVERIFY(writeFile(file, "const key = '" + fakeGitHubToken() + "';\n"));
    const auto found = firstFinding(m_dir->path());
    QVERIFY(found);
    const QByteArray edited = "const key = '" + fakeGitHubToken() + "'; // edited\n";
    QVERIFY(writeFile(file, edited));
    const Result<SourceRewrite::Plan> plan = SourceRewrite::plan(m_dir->path(), *found, QStringLiteral("GH_TOKEN"));
    QVERIFY(!plan);
    QCOMPARE(plan.error().code, ErrorCode::Conflict);
    QVERIFY(plan.message().contains(QStringLiteral("Scan the folder again")));
    // A line that moved is another line: refused as well.
    QVERIFY(writeFile(file, "\nconst key = '" + fakeGitHubToken() + "';\n"));
    QCOMPARE(SourceRewrite::plan(m_dir->path(), *found, QStringLiteral("GH_TOKEN")).error().code, ErrorCode::Conflict);
}

void TestSourceRewrite::refusesAFileChangedSinceThePlan()
{
    const QString file = bot(QStringLiteral("src/main.js"));
    QVERIFY(writeFile(file, "const key = '" + fakeGitHubToken() + "';\n"));
    const auto found = firstFinding(m_dir->path());
    QVERIFY(found);
    const Result<SourceRewrite::Plan> plan = SourceRewrite::plan(m_dir->path(), *found, QStringLiteral("GH_TOKEN"));
    QVERIFY(plan);
    const QByteArray edited = "const key = '" + fakeGitHubToken() + "';\nvar added = 1;\n";
    QVERIFY(writeFile(file, edited));
    const QString backups = bot(QStringLiteral("backups"));
    const Result<QString> applied = SourceRewrite::apply(plan.value(), backups);
    QVERIFY(!applied);
    QCOMPARE(applied.error().code, ErrorCode::Conflict);
    QCOMPARE(readAll(file), edited);
    QVERIFY(!QFileInfo::exists(backups));
}

void TestSourceRewrite::skipsBinaryAndUnreadableFiles()
{
    const QString file = bot(QStringLiteral("src/main.js"));
    QVERIFY(writeFile(bot(QStringLiteral("logo.png")), QByteArray("\x89PNG\0\0", 6) + fakeGitHubToken()));
    QVERIFY(writeFile(file, "const key = '" + fakeGitHubToken() + "';\n"));
    const Result<CredentialScan::Report> report = CredentialScan::scanFolder(m_dir->path());
    QVERIFY(report);
    QCOMPARE(report->findings.size(), 1); // the binary file is skipped with a note
    QCOMPARE(report->notes, QStringList {QStringLiteral("logo.png is a binary file; it was not scanned.")});
    const CredentialScan::FileFinding found = report->findings.first();

    // A file that turned binary since the scan is not rewritten.
    QVERIFY(writeFile(file, "const key = '" + fakeGitHubToken() + "';\n" + QByteArray("\0", 1)));
    Result<SourceRewrite::Plan> plan = SourceRewrite::plan(m_dir->path(), found, QStringLiteral("GH_TOKEN"));
    QVERIFY(!plan);
    QCOMPARE(plan.error().code, ErrorCode::Unsupported);

    if (::geteuid() == 0) {
        QSKIP("root reads a file whatever its permissions");
    }
    QVERIFY(writeFile(file, "const key = '" + fakeGitHubToken() + "';\n"));
    QVERIFY(QFile::setPermissions(file, QFileDevice::WriteOwner));
    plan = SourceRewrite::plan(m_dir->path(), found, QStringLiteral("GH_TOKEN"));
    QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QVERIFY(!plan);
    QCOMPARE(plan.error().code, ErrorCode::Io);
}

void TestSourceRewrite::diffShowsOnlyThePreview()
{
    const QByteArray other = fakeOpenAiKey();
    QVERIFY(writeFile(
        bot(QStringLiteral("src/main.js")), "const gh = '" + fakeGitHubToken() + "'; const ai = '" + other + "';\n"));
    const auto found = firstFinding(m_dir->path());
    QVERIFY(found);
    const Result<SourceRewrite::Plan> plan = SourceRewrite::plan(m_dir->path(), *found, QStringLiteral("GH_TOKEN"));
    QVERIFY(plan);
    QCOMPARE(plan->diff,
        QStringLiteral("--- a/src/main.js\n+++ b/src/main.js\n@@ -1 +1 @@\n"
                       "-const gh = 'ghp_FAKE\u2026'; const ai = 'sk-proj-Qw8r\u2026';\n"
                       "+const gh = $secrets.get(\"GH_TOKEN\"); const ai = 'sk-proj-Qw8r\u2026';\n"));
}

BOTVAULT_TEST_MAIN(TestSourceRewrite)
#include "TestSourceRewrite.moc"
