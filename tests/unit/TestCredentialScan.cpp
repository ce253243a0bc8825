#include "storage/CredentialRules.h"
#include "storage/CredentialScan.h"

#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using CredentialRules::Kind;

namespace {

struct CorpusLine
{
    bool secret = false;
    QString kind;
    QString text;
};

QList<CorpusLine> readCorpus()
{
    QList<CorpusLine> lines;
    QFile file(QStringLiteral(BOTVAULT_SOURCE_DIR "/tests/data/credential-corpus/corpus.tsv"));
    if (!file.open(QIODevice::ReadOnly)) {
        return lines;
    }
    const QStringList rows = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    for (const QString& row : rows) {
        if (row.startsWith(u'#')) {
            continue;
        }
        const QStringList columns = row.split(u'\t');
        if (columns.size() == 3) {
            lines.append({columns.at(0) == QLatin1String("secret"), columns.at(1), columns.at(2)});
        }
    }
    return lines;
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

QStringList kindsOf(const QList<CredentialRules::Finding>& findings)
{
    QStringList kinds;
    for (const CredentialRules::Finding& finding : findings) {
        kinds.append(CredentialRules::kindId(finding.kind));
    }
    return kinds;
}

// A format-valid made-up token, assembled here so no file holds one whole.
QString fakeToken(const char* prefix, int length)
{
    const QString alphabet = QStringLiteral("aB3xY9kLmN2pQ7rS4tU8vW1zC6dE0fG5hJ");
    QString token = QString::fromLatin1(prefix) + QStringLiteral("FAKE");
    for (int i = 0; token.size() < int(qstrlen(prefix)) + length; ++i) {
        token += alphabet.at((i * 7 + 3) % alphabet.size());
    }
    return token;
}

} // namespace

class TestCredentialScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpusPrecisionAndRecall();
    void kinds_data();
    void kinds();
    void previewsNeverHoldTheValue();
    void commentedOutLineIsAFinding();
    void ignoreMarker_data();
    void ignoreMarker();
    void linesAreNumbered();

    void folderFindingsNameFileAndLine();
    void folderSkipsWhatAnExportLeavesOut();
    void binaryFileIsSkippedWithANote();
    void pipeIsSkippedWithANote();
    void linkOutsideIsNotFollowed();
    void fileOverTheLimitIsSkipped();
    void missingFolderIsNotFound();
};

void TestCredentialScan::corpusPrecisionAndRecall()
{
    const QList<CorpusLine> corpus = readCorpus();
    QVERIFY(corpus.size() > 400);
    int knownFormats = 0;
    int knownFound = 0;
    int findings = 0;
    int correct = 0;
    QStringList misses;
    QStringList falseAlarms;
    for (const CorpusLine& line : corpus) {
        const QList<CredentialRules::Finding> found = CredentialRules::find(line.text);
        const QStringList kinds = kindsOf(found);
        const bool known = line.secret && line.kind != QLatin1String("assigned-secret");
        knownFormats += known ? 1 : 0;
        if (known && kinds.contains(line.kind)) {
            ++knownFound;
        }
        for (const QString& kind : kinds) {
            ++findings;
            if (line.secret && kind == line.kind) {
                ++correct;
            } else {
                falseAlarms.append(kind + QLatin1Char(' ') + line.text.left(60));
            }
        }
        if (line.secret && !kinds.contains(line.kind)) {
            misses.append(line.kind + QLatin1Char(' ') + line.text.left(40));
        }
    }
    const double recall = double(knownFound) / double(knownFormats);
    const double precision = double(correct) / double(findings);
    qInfo("recall on known formats %.3f (%d of %d), precision %.3f (%d of %d findings)", recall, knownFound,
        knownFormats, precision, correct, findings);
    QVERIFY2(recall >= 0.95, qPrintable(misses.join(u'\n')));
    QVERIFY2(precision >= 0.95, qPrintable(falseAlarms.join(u'\n')));
}

void TestCredentialScan::kinds_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("kind");

    QTest::newRow("openai") << QStringLiteral("key = '%1'").arg(fakeToken("sk-proj-", 60)) << "openai-api-key";
    QTest::newRow("anthropic") << QStringLiteral("k: %1").arg(fakeToken("sk-ant-api03-", 90)) << "anthropic-api-key";
    QTest::newRow("stripe") << QStringLiteral("s = \"%1\"").arg(fakeToken("sk_live_", 30)) << "stripe-api-key";
    QTest::newRow("stripe restricted") << fakeToken("rk_live_", 30) << "stripe-api-key";
    QTest::newRow("stripe webhook") << fakeToken("whsec_", 32) << "stripe-webhook-secret";
    QTest::newRow("telegram") << QStringLiteral("bot('7123456789:%1')").arg(fakeToken("AA", 33))
                              << "telegram-bot-token";
    QTest::newRow("aws") << QStringLiteral("AKIAFAKE7Q2W3E4R5T6Y") << "aws-access-key";
    QTest::newRow("github") << fakeToken("ghp_", 36) << "github-token";
    QTest::newRow("github fine-grained") << fakeToken("github_pat_", 82) << "github-token";
    QTest::newRow("gitlab") << fakeToken("glpat-", 20) << "gitlab-token";
    QTest::newRow("slack") << QStringLiteral("xoxb-702318459126-%1").arg(fakeToken("", 24)) << "slack-token";
    QTest::newRow("google") << fakeToken("AIza", 35) << "google-api-key";
    QTest::newRow("yandex iam") << QStringLiteral("t1.9euelZq%1.%2").arg(fakeToken("", 40), fakeToken("", 86))
                                << "yandex-iam-token";
    QTest::newRow("yandex api key") << fakeToken("AQVN", 36) << "yandex-api-key";
    QTest::newRow("jwt") << QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJGQUtFIn0.%1").arg(fakeToken("", 40))
                         << "jwt";
    QTest::newRow("pem") << QStringLiteral("-----BEGIN RSA PRIVATE KEY-----") << "private-key";
    QTest::newRow("url password") << QStringLiteral("mongodb://bot:Tr0ub4dor3FAKE@db.internal/x") << "url-password";
    QTest::newRow("assigned") << QStringLiteral("const apiKey = \"%1\";").arg(fakeToken("", 30)) << "assigned-secret";
    QTest::newRow("yaml assigned") << QStringLiteral("  BOT_TOKEN: %1").arg(fakeToken("", 30)) << "assigned-secret";
}

void TestCredentialScan::kinds()
{
    QFETCH(QString, line);
    QFETCH(QString, kind);
    QVERIFY2(kindsOf(CredentialRules::find(line)) == QStringList {kind}, qPrintable(line));
}

void TestCredentialScan::previewsNeverHoldTheValue()
{
    for (const CorpusLine& line : readCorpus()) {
        if (!line.secret || line.kind == QLatin1String("private-key")) {
            continue;
        }
        for (const CredentialRules::Finding& finding : CredentialRules::find(line.text)) {
            const QString preview = finding.preview.chopped(1); // the ellipsis
            QVERIFY(finding.preview.endsWith(QChar(u'\u2026')));
            QVERIFY2(preview.size() <= finding.length / 2 + 16, qPrintable(finding.preview));
            QVERIFY(preview.size() < finding.length);
            const QString described = CredentialRules::describe(finding);
            QVERIFY(described.contains(QString::number(finding.length)));
        }
    }
    // A short password shows next to nothing.
    const QList<CredentialRules::Finding> password
        = CredentialRules::find(QStringLiteral("redis://default:Zq8FAKEw2@cache.internal"));
    QCOMPARE(password.size(), 1);
    QCOMPARE(password.first().preview, QStringLiteral("Z\u2026"));
    QCOMPARE(password.first().length, 9);
}

void TestCredentialScan::commentedOutLineIsAFinding()
{
    const QString token = fakeToken("sk-", 48);
    const QString code = QStringLiteral("// const key = \"%1\";\n/*\n  %1\n*/\n# %1\n").arg(token);
    const QList<CredentialRules::Finding> found = CredentialRules::find(code);
    QCOMPARE(found.size(), 3);
    QCOMPARE(found.at(0).line, 1);
    QCOMPARE(found.at(1).line, 3);
    QCOMPARE(found.at(2).line, 5);
}

void TestCredentialScan::ignoreMarker_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("findings");
    const QString token = fakeToken("ghp_", 36);
    QTest::newRow("same line") << QStringLiteral("const t = '%1'; // botvault:ignore test fixture").arg(token) << 0;
    QTest::newRow("line above") << QStringLiteral("# botvault:ignore revoked key\nt: %1\n").arg(token) << 0;
    QTest::newRow("two lines above") << QStringLiteral("// botvault:ignore\n\nt = '%1'\n").arg(token) << 1;
    QTest::newRow("line below") << QStringLiteral("t = '%1'\n// botvault:ignore\n").arg(token) << 1;
    QTest::newRow("another marker") << QStringLiteral("t = '%1' // nosec").arg(token) << 1;
}

void TestCredentialScan::ignoreMarker()
{
    QFETCH(QString, code);
    QFETCH(int, findings);
    QCOMPARE(CredentialRules::find(code).size(), findings);
}

void TestCredentialScan::linesAreNumbered()
{
    const QString code = QStringLiteral("a\r\nb\n\nkey: %1\n").arg(fakeToken("AIza", 35));
    const QList<CredentialRules::Finding> found = CredentialRules::find(code);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().line, 4);
}

void TestCredentialScan::folderFindingsNameFileAndLine()
{
    QTemporaryDir root;
    QVERIFY(writeFile(root.filePath(QStringLiteral("chatbot.yaml")),
        QStringLiteral("name: shop\ninjector:\n  apiToken: %1\n").arg(fakeToken("glpat-", 20)).toUtf8()));
    QVERIFY(writeFile(root.filePath(QStringLiteral("src/main.sc")),
        QStringLiteral("theme: /\n    state: Start\n        script:\n            // $temp.k = '%1';\n")
            .arg(fakeToken("sk-", 48))
            .toUtf8()));
    QVERIFY(writeFile(root.filePath(QStringLiteral("src/data/cities.json")),
        QStringLiteral("{\"weatherApiKey\": \"%1\"}").arg(fakeToken("", 32)).toUtf8()));
    QVERIFY(writeFile(root.filePath(QStringLiteral("src/clean.js")), "const k = $secrets.get('KEY');\n"));

    const Result<CredentialScan::Report> report = CredentialScan::scanFolder(root.path());
    QVERIFY2(report.ok(), qPrintable(TestSupport::errorMessage(report)));
    QStringList places;
    for (const CredentialScan::FileFinding& finding : report->findings) {
        places.append(finding.location() + QLatin1Char(' ') + CredentialRules::kindId(finding.finding.kind));
    }
    QVERIFY2(places.size() == 3, qPrintable(places.join(u',')));
    QCOMPARE(places,
        (QStringList {QStringLiteral("chatbot.yaml:3 gitlab-token"),
            QStringLiteral("src/data/cities.json:1 assigned-secret"), QStringLiteral("src/main.sc:4 openai-api-key")}));
    QCOMPARE(report->filesScanned, 4);
    QVERIFY(report->notes.isEmpty());
}

void TestCredentialScan::folderSkipsWhatAnExportLeavesOut()
{
    QTemporaryDir root;
    const QByteArray line = QStringLiteral("token: %1\n").arg(fakeToken("ghp_", 36)).toUtf8();
    QVERIFY(writeFile(root.filePath(QStringLiteral(".git/config")), line));
    QVERIFY(writeFile(root.filePath(QStringLiteral(".env")), line));
    QVERIFY(writeFile(root.filePath(QStringLiteral("src/.env.local")), line));
    QVERIFY(writeFile(root.filePath(QStringLiteral("BotVault/project.json")), line));
    QVERIFY(writeFile(root.filePath(QStringLiteral("src/.hidden.js")), line));
    const Result<CredentialScan::Report> report = CredentialScan::scanFolder(root.path());
    QVERIFY(report.ok());
    QCOMPARE(report->findings.size(), 1);
    QCOMPARE(report->findings.first().file, QStringLiteral("src/.hidden.js"));
}

void TestCredentialScan::binaryFileIsSkippedWithANote()
{
    QTemporaryDir root;
    QByteArray binary = QStringLiteral("%1").arg(fakeToken("ghp_", 36)).toUtf8();
    binary.append('\0');
    QVERIFY(writeFile(root.filePath(QStringLiteral("src/logo.png")), binary));
    QVERIFY(writeFile(root.filePath(QStringLiteral("src/latin1.txt")),
        QByteArray("caf\xe9 ") + fakeToken("AIza", 35).toLatin1() + "\n"));
    const Result<CredentialScan::Report> report = CredentialScan::scanFolder(root.path());
    QVERIFY(report.ok());
    QCOMPARE(report->notes, QStringList {QStringLiteral("src/logo.png is a binary file; it was not scanned.")});
    // Not UTF-8 but text: still searched.
    QCOMPARE(report->findings.size(), 1);
    QCOMPARE(report->findings.first().file, QStringLiteral("src/latin1.txt"));
}

void TestCredentialScan::pipeIsSkippedWithANote()
{
    QTemporaryDir root;
    QVERIFY(QDir().mkpath(root.filePath(QStringLiteral("src"))));
    QCOMPARE(mkfifo(QFile::encodeName(root.filePath(QStringLiteral("src/pipe"))).constData(), 0600), 0);
    const Result<CredentialScan::Report> report = CredentialScan::scanFolder(root.path());
    QVERIFY(report.ok());
    QCOMPARE(report->notes, QStringList {QStringLiteral("src/pipe is not a regular file; it was not scanned.")});
}

void TestCredentialScan::linkOutsideIsNotFollowed()
{
    QTemporaryDir outside;
    QTemporaryDir root;
    QVERIFY(writeFile(outside.filePath(QStringLiteral("keys.txt")), fakeToken("ghp_", 36).toUtf8()));
    QVERIFY(QFile::link(outside.filePath(QStringLiteral("keys.txt")), root.filePath(QStringLiteral("keys.txt"))));
    QVERIFY(writeFile(root.filePath(QStringLiteral("inside.txt")), fakeToken("AIza", 35).toUtf8()));
    QVERIFY(QFile::link(root.filePath(QStringLiteral("inside.txt")), root.filePath(QStringLiteral("alias.txt"))));
    const Result<CredentialScan::Report> report = CredentialScan::scanFolder(root.path());
    QVERIFY(report.ok());
    QCOMPARE(report->notes,
        QStringList {QStringLiteral("keys.txt is a link that leads outside the folder; it was not followed.")});
    QCOMPARE(report->findings.size(), 2); // inside.txt, and alias.txt as what it links to
}

void TestCredentialScan::fileOverTheLimitIsSkipped()
{
    QTemporaryDir root;
    QVERIFY(writeFile(root.filePath(QStringLiteral("big.js")), QByteArray(200, 'a') + fakeToken("ghp_", 36).toUtf8()));
    CredentialScan::Limits limits;
    limits.maxFileBytes = 100;
    const Result<CredentialScan::Report> report = CredentialScan::scanFolder(root.path(), limits);
    QVERIFY(report.ok());
    QVERIFY(report->findings.isEmpty());
    QCOMPARE(report->notes.size(), 1);
    QVERIFY(report->notes.first().startsWith(QStringLiteral("big.js is larger than")));
}

void TestCredentialScan::missingFolderIsNotFound()
{
    QTemporaryDir root;
    const Result<CredentialScan::Report> report = CredentialScan::scanFolder(root.filePath(QStringLiteral("gone")));
    QVERIFY(!report.ok());
    QCOMPARE(report.code(), ErrorCode::NotFound);
}

BOTVAULT_TEST_MAIN(TestCredentialScan)
#include "TestCredentialScan.moc"
