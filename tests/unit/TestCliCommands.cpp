// botvault-cli's commands run in-process (botvault_cli), against a temporary vault, with their
// output captured through the CliContext's streams. tests/e2e/TestCli* run the binary itself.

#include "app/cli/CliApplication.h"
#include "app/cli/CliOutput.h"
#include "app/cli/ExitCode.h"
#include "app/cli/JsonArrayWriter.h"
#include "app/cli/NearMiss.h"
#include "models/RotationPolicy.h"
#include "storage/Vault.h"
#include "tests/support/RawDatabase.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cstdio>
#include <cstdlib>
#include <limits>
#include <memory>
#include <unistd.h>

namespace {

const QString kPassword = QStringLiteral("correct horse battery staple");
const QString kProject = QStringLiteral("Bot");

struct CliRun
{
    ExitCode exitCode = ExitCode::Failure;
    QString out;
    QString err;
};

QString readBack(FILE* stream)
{
    std::fflush(stream);
    std::rewind(stream);
    QByteArray bytes;
    char buffer[4096];
    size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, stream)) > 0) {
        bytes.append(buffer, static_cast<qsizetype>(n));
    }
    return QString::fromUtf8(bytes);
}

struct FileCloser
{
    void operator()(FILE* file) const { std::fclose(file); }
};
using File = std::unique_ptr<FILE, FileCloser>;

// While alive, standard input reads `bytes` (a file, so not a terminal), as a pipe would give them.
class StandardInput
{
public:
    explicit StandardInput(const QByteArray& bytes) : m_file(std::tmpfile()), m_saved(::dup(STDIN_FILENO))
    {
        std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), m_file.get());
        std::fflush(m_file.get());
        std::rewind(m_file.get());
        ::dup2(::fileno(m_file.get()), STDIN_FILENO);
    }
    ~StandardInput()
    {
        ::dup2(m_saved, STDIN_FILENO);
        ::close(m_saved);
    }
    StandardInput(const StandardInput&) = delete;
    StandardInput& operator=(const StandardInput&) = delete;

private:
    File m_file;
    int m_saved;
};

} // namespace

class TestCliCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void helpIsTheUsage();
    void projectAddListRemove();
    void secretSetAndListNeverShowTheValue();
    void variableSetListAndJson();
    void envImportAndExport();
    void missingArgumentIsAUsageError();
    void secretValueOnTheCommandLineIsRefused();
    void wrongPasswordOpensNothing();
    void auditListShowsActionsWithoutValues();
    void auditListFiltersByProjectAndDate();
    void auditListRefusesABadDate();
    void auditTakesTheFiltersOfTheIssuesForm();
    void auditFiltersByKindActorAndPeriod();
    void auditRefusesBadFilters();
    void auditVerifyIntactAndBroken();
    void auditRecordsExports();
    void nearMissDistance_data();
    void nearMissDistance();
    void nearMissOffersOnlyAClearWinner_data();
    void nearMissOffersOnlyAClearWinner();
    void everyCommandHasItsOwnHelp();
    void jsonArrayWriterMatchesTheDocument_data();
    void jsonArrayWriterMatchesTheDocument();
    void jsonArrayWriterFieldsMatchTheDocument_data();
    void jsonArrayWriterFieldsMatchTheDocument();
    void isoUtcMatchesQt_data();
    void isoUtcMatchesQt();
    void listingsJsonIsTheDocumentOfTheItems();

private:
    // Runs `botvault-cli ARGUMENTS --vault <vault> --password-file <file>` in-process.
    CliRun cli(const QStringList& arguments, const QString& passwordFile = QString());
    QString writeFile(const QString& name, const QByteArray& contents);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_vaultPath;
    QString m_passwordFile;
};

void TestCliCommands::init()
{
    qunsetenv("BOTVAULT_PASSWORD");
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_vaultPath = m_dir->filePath(QStringLiteral("vault.db"));
    m_passwordFile = writeFile(QStringLiteral("password"), kPassword.toUtf8() + '\n');
    const Result<void> created
        = Vault::create(m_vaultPath, TestSupport::secret(kPassword), TestSupport::fastKdfParams());
    QVERIFY2(created.ok(), qPrintable(TestSupport::errorMessage(created)));
}

QString TestCliCommands::writeFile(const QString& name, const QByteArray& contents)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size()) {
        qFatal("Could not write %s", qPrintable(path));
    }
    return path;
}

CliRun TestCliCommands::cli(const QStringList& arguments, const QString& passwordFile)
{
    const File out(std::tmpfile());
    const File err(std::tmpfile());
    QStringList line {QStringLiteral("botvault-cli")};
    line << arguments << QStringLiteral("--vault") << m_vaultPath << QStringLiteral("--password-file")
         << (passwordFile.isEmpty() ? m_passwordFile : passwordFile);
    CliRun run;
    {
        CliApplication application(line, out.get(), err.get());
        run.exitCode = application.run();
    }
    run.out = readBack(out.get());
    run.err = readBack(err.get());
    return run;
}

// Evaluates `run` once: it may be the call itself.
#define EXPECT_OK(run)                                                                                                 \
    do {                                                                                                               \
        const CliRun checked = (run);                                                                                  \
        QVERIFY2(checked.exitCode == ExitCode::Ok, qPrintable(checked.err));                                           \
        QCOMPARE(checked.err, QString());                                                                              \
    } while (false)

void TestCliCommands::helpIsTheUsage()
{
    const CliRun run = cli({QStringLiteral("--help")});
    EXPECT_OK(run);
    QCOMPARE(run.out, CliApplication::usage());
    QVERIFY(run.out.contains(QStringLiteral("  project add NAME")));
}

void TestCliCommands::projectAddListRemove()
{
    const CliRun added = cli({QStringLiteral("project"), QStringLiteral("add"), kProject});
    EXPECT_OK(added);
    QCOMPARE(added.out, QStringLiteral("Added project 'Bot'.\n"));

    const CliRun listed = cli({QStringLiteral("project"), QStringLiteral("list")});
    EXPECT_OK(listed);
    const QStringList lines = listed.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("NAME")), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("Bot  ")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).endsWith(QStringLiteral("  -")), qPrintable(lines.at(1)));

    const CliRun json = cli({QStringLiteral("project"), QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_OK(json);
    const QJsonArray projects = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(projects.size(), 1);
    QCOMPARE(projects.at(0)[QStringLiteral("name")].toString(), kProject);
    QVERIFY(projects.at(0)[QStringLiteral("sourceFolder")].isNull());

    const CliRun removed = cli({QStringLiteral("project"), QStringLiteral("rm"), kProject});
    EXPECT_OK(removed);
    QCOMPARE(removed.out, QStringLiteral("Removed project 'Bot' with 0 secrets and 0 variables.\n"));
    const CliRun empty = cli({QStringLiteral("project"), QStringLiteral("list")});
    EXPECT_OK(empty);
    QCOMPARE(empty.out, QString());
}

void TestCliCommands::secretSetAndListNeverShowTheValue()
{
    EXPECT_OK(cli({QStringLiteral("project"), QStringLiteral("add"), kProject}));
    const QString value = QStringLiteral("s3cr3t-Value-42");
    CliRun set;
    {
        const StandardInput input(value.toUtf8() + '\n');
        set = cli({QStringLiteral("secret"), QStringLiteral("set"), kProject, QStringLiteral("API_TOKEN")});
    }
    EXPECT_OK(set);
    QCOMPARE(set.out, QStringLiteral("Added secret API_TOKEN to project Bot.\n"));

    const CliRun listed = cli({QStringLiteral("secret"), QStringLiteral("list"), kProject});
    EXPECT_OK(listed);
    QVERIFY(listed.out.startsWith(QStringLiteral("NAME       UPDATED")));
    QVERIFY(listed.out.contains(QStringLiteral("\nAPI_TOKEN  ")));
    const CliRun json = cli({QStringLiteral("secret"), QStringLiteral("list"), kProject, QStringLiteral("--json")});
    EXPECT_OK(json);
    const QJsonArray secrets = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(secrets.size(), 1);
    QCOMPARE(secrets.at(0)[QStringLiteral("name")].toString(), QStringLiteral("API_TOKEN"));
    QVERIFY(!secrets.at(0).toObject().contains(QStringLiteral("value")));
    for (const CliRun& run : {set, listed, json}) {
        QVERIFY(!run.out.contains(value));
        QVERIFY(!run.err.contains(value));
    }

    // The value went into the vault exactly, without the line ending.
    Vault vault;
    QVERIFY(vault.unlock(m_vaultPath, TestSupport::secret(kPassword)).ok());
    const Result<Project> project = vault.projectByName(kProject);
    QVERIFY(project.ok());
    const Result<SecretValue> stored = vault.secretValue(project->id, QStringLiteral("API_TOKEN"));
    QVERIFY(stored.ok());
    QCOMPARE(stored->bytes().toByteArray(), value.toUtf8());
    vault.lock();
}

void TestCliCommands::variableSetListAndJson()
{
    EXPECT_OK(cli({QStringLiteral("project"), QStringLiteral("add"), kProject}));
    const CliRun set = cli({QStringLiteral("var"), QStringLiteral("set"), kProject, QStringLiteral("GREETING"),
        QStringLiteral("hello world"), QStringLiteral("--export")});
    EXPECT_OK(set);
    QCOMPARE(set.out, QStringLiteral("Added variable GREETING to project Bot.\n"));
    const CliRun updated = cli(
        {QStringLiteral("var"), QStringLiteral("set"), kProject, QStringLiteral("GREETING"), QStringLiteral("hi")});
    EXPECT_OK(updated);
    QCOMPARE(updated.out, QStringLiteral("Updated variable GREETING in project Bot.\n"));

    const CliRun listed = cli({QStringLiteral("var"), QStringLiteral("list"), kProject});
    EXPECT_OK(listed);
    const QStringList lines = listed.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("NAME      VALUE  EXPORT  UPDATED")), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("GREETING  hi     yes     ")), qPrintable(lines.at(1)));

    const CliRun json = cli({QStringLiteral("var"), QStringLiteral("list"), kProject, QStringLiteral("--json")});
    EXPECT_OK(json);
    const QJsonArray variables = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(variables.size(), 1);
    const QJsonObject variable = variables.at(0).toObject();
    QCOMPARE(variable.value(QStringLiteral("name")).toString(), QStringLiteral("GREETING"));
    QCOMPARE(variable.value(QStringLiteral("value")).toString(), QStringLiteral("hi"));
    QCOMPARE(variable.value(QStringLiteral("includeInExport")).toBool(), true);

    const CliRun got = cli({QStringLiteral("var"), QStringLiteral("get"), kProject, QStringLiteral("GREETING")});
    EXPECT_OK(got);
    QCOMPARE(got.out, QStringLiteral("hi\n"));
}

void TestCliCommands::envImportAndExport()
{
    EXPECT_OK(cli({QStringLiteral("project"), QStringLiteral("add"), kProject}));
    const QString envFile = writeFile(QStringLiteral("bot.env"), "PORT=8080\nGREETING=hello\n");
    const CliRun imported = cli({QStringLiteral("env"), QStringLiteral("import"), kProject, envFile});
    EXPECT_OK(imported);
    QCOMPARE(imported.out, QStringLiteral("Imported 2 variables and 0 secrets into project 'Bot'.\n"));

    const CliRun exported = cli({QStringLiteral("env"), QStringLiteral("export"), kProject});
    EXPECT_OK(exported);
    QVERIFY2(exported.out.contains(QStringLiteral("PORT=8080")), qPrintable(exported.out));
    QVERIFY2(exported.out.contains(QStringLiteral("GREETING=hello")), qPrintable(exported.out));

    // What was exported imports again unchanged.
    const QString again = writeFile(QStringLiteral("again.env"), exported.out.toUtf8());
    const CliRun reimported = cli({QStringLiteral("env"), QStringLiteral("import"), kProject, again});
    EXPECT_OK(reimported);
    QCOMPARE(reimported.out,
        QStringLiteral("Imported 0 variables and 0 secrets into project 'Bot'.\n"
                       "2 variables already had the file's value.\n"));
}

void TestCliCommands::missingArgumentIsAUsageError()
{
    const CliRun run = cli({QStringLiteral("project"), QStringLiteral("add")});
    QCOMPARE(run.exitCode, ExitCode::Usage);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err,
        QStringLiteral("botvault-cli: 'project add' needs NAME (usage: botvault-cli project add NAME). Run "
                       "'botvault-cli --help' for usage.\n"));

    const CliRun unknown = cli({QStringLiteral("project"), QStringLiteral("bogus")});
    QCOMPARE(unknown.exitCode, ExitCode::Usage);
    QCOMPARE(unknown.err,
        QStringLiteral("botvault-cli: Unknown command 'project bogus'; 'project' takes one of: add, list, rename, rm, "
                       "bind, unbind, show, restore. Run 'botvault-cli --help' for usage.\n"));
}

void TestCliCommands::secretValueOnTheCommandLineIsRefused()
{
    const CliRun run = cli({QStringLiteral("secret"), QStringLiteral("set"), kProject, QStringLiteral("API_TOKEN"),
        QStringLiteral("on-the-line")});
    QCOMPARE(run.exitCode, ExitCode::Usage);
    QVERIFY2(run.err.startsWith(QStringLiteral("botvault-cli: 'secret set' takes no value on the command line")),
        qPrintable(run.err));
    QVERIFY(!run.err.contains(QStringLiteral("on-the-line")));
}

void TestCliCommands::wrongPasswordOpensNothing()
{
    const QString wrong = writeFile(QStringLiteral("wrong"), "not the password\n");
    const CliRun run = cli({QStringLiteral("project"), QStringLiteral("list")}, wrong);
    QCOMPARE(run.exitCode, ExitCode::WrongPassword);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.startsWith(QStringLiteral("botvault-cli: ")), qPrintable(run.err));
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY(run.err.contains(QStringLiteral("password")));
}

void TestCliCommands::auditListShowsActionsWithoutValues()
{
    EXPECT_OK(cli({QStringLiteral("project"), QStringLiteral("add"), kProject}));
    EXPECT_OK(cli({QStringLiteral("var"), QStringLiteral("set"), kProject, QStringLiteral("GREETING"),
        QStringLiteral("audit-canary")}));
    const CliRun listed = cli({QStringLiteral("audit"), QStringLiteral("list")});
    EXPECT_OK(listed);
    const QStringList lines = listed.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("SEQ")), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(2).contains(QStringLiteral("GREETING")), qPrintable(lines.at(2)));
    QVERIFY(!listed.out.contains(QStringLiteral("audit-canary")));

    const CliRun json = cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_OK(json);
    const QJsonArray entries = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(entries.size(), 2);
    const QJsonObject added = entries.at(1).toObject();
    QCOMPARE(added.value(QStringLiteral("sequence")).toInteger(), 2);
    QCOMPARE(added.value(QStringLiteral("action")).toString(), QStringLiteral("item.add"));
    QCOMPARE(added.value(QStringLiteral("project")).toString(), kProject);
    QCOMPARE(added.value(QStringLiteral("kind")).toString(), QStringLiteral("variable"));
    QCOMPARE(added.value(QStringLiteral("name")).toString(), QStringLiteral("GREETING"));
    QVERIFY(!json.out.contains(QStringLiteral("audit-canary")));
}

void TestCliCommands::auditListFiltersByProjectAndDate()
{
    EXPECT_OK(cli({QStringLiteral("project"), QStringLiteral("add"), kProject}));
    EXPECT_OK(cli({QStringLiteral("project"), QStringLiteral("add"), QStringLiteral("Other")}));
    const CliRun one
        = cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("Other"), QStringLiteral("--json")});
    EXPECT_OK(one);
    const QJsonArray other = QJsonDocument::fromJson(one.out.toUtf8()).array();
    QCOMPARE(other.size(), 1);
    QCOMPARE(other.at(0).toObject().value(QStringLiteral("project")).toString(), QStringLiteral("Other"));

    const CliRun future = cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--since"),
        QStringLiteral("2999-01-01"), QStringLiteral("--json")});
    EXPECT_OK(future);
    QCOMPARE(QJsonDocument::fromJson(future.out.toUtf8()).array().size(), 0);
    const CliRun past = cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--since"),
        QStringLiteral("2000-01-01T00:00:00Z"), QStringLiteral("--json")});
    EXPECT_OK(past);
    QCOMPARE(QJsonDocument::fromJson(past.out.toUtf8()).array().size(), 2);
}

void TestCliCommands::auditListRefusesABadDate()
{
    const CliRun run = cli(
        {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--since"), QStringLiteral("yesterday")});
    QCOMPARE(run.exitCode, ExitCode::InvalidInput);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.contains(QStringLiteral("'yesterday'")), qPrintable(run.err));
}

namespace {

QStringList sequencesOf(const CliRun& run)
{
    QStringList sequences;
    for (const QJsonValue& entry : QJsonDocument::fromJson(run.out.toUtf8()).array()) {
        sequences.append(QString::number(entry.toObject().value(QStringLiteral("sequence")).toInteger()));
    }
    return sequences;
}

} // namespace

void TestCliCommands::auditTakesTheFiltersOfTheIssuesForm()
{
    EXPECT_OK(cli({QStringLiteral("project"), QStringLiteral("add"), kProject}));
    EXPECT_OK(cli({QStringLiteral("project"), QStringLiteral("add"), QStringLiteral("Other")}));
    EXPECT_OK(cli({QStringLiteral("var"), QStringLiteral("set"), QStringLiteral("Other"), QStringLiteral("A"),
        QStringLiteral("1")}));
    const CliRun bare = cli({QStringLiteral("audit"), QStringLiteral("--json")});
    EXPECT_OK(bare);
    QCOMPARE(sequencesOf(bare), (QStringList {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
    const CliRun other = cli({QStringLiteral("audit"), QStringLiteral("--project"), QStringLiteral("Other"),
        QStringLiteral("--since"), QStringLiteral("2000-01-01"), QStringLiteral("--json")});
    EXPECT_OK(other);
    QCOMPARE(sequencesOf(other), (QStringList {QStringLiteral("2"), QStringLiteral("3")}));
    const CliRun listForm = cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--project"),
        QStringLiteral("Other"), QStringLiteral("--json")});
    EXPECT_OK(listForm);
    QCOMPARE(listForm.out, other.out);
    const CliRun table = cli({QStringLiteral("audit"), QStringLiteral("--project"), kProject});
    EXPECT_OK(table);
    QCOMPARE(table.out.split(u'\n', Qt::SkipEmptyParts).size(), 2);
}

void TestCliCommands::auditFiltersByKindActorAndPeriod()
{
    EXPECT_OK(cli({QStringLiteral("project"), QStringLiteral("add"), kProject}));
    EXPECT_OK(cli({QStringLiteral("var"), QStringLiteral("set"), kProject, QStringLiteral("A"), QStringLiteral("1")}));
    const QString newPassword = writeFile(QStringLiteral("new"), "another password\n");
    EXPECT_OK(cli({QStringLiteral("passwd"), QStringLiteral("--new-password-file"), newPassword}));
    const auto kind = [this](const char* code) {
        return sequencesOf(cli(
            {QStringLiteral("audit"), QStringLiteral("--kind"), QString::fromLatin1(code), QStringLiteral("--json")},
            m_dir->filePath(QStringLiteral("new"))));
    };
    QCOMPARE(kind("project"), QStringList {QStringLiteral("1")});
    QCOMPARE(kind("variable"), QStringList {QStringLiteral("2")});
    QCOMPARE(kind("vault"), QStringList {QStringLiteral("3")});
    QCOMPARE(kind("secret"), QStringList());

    const auto withOptions = [this](const QStringList& options) {
        return sequencesOf(cli(QStringList {QStringLiteral("audit"), QStringLiteral("--json")} + options,
            m_dir->filePath(QStringLiteral("new"))));
    };
    const QStringList all {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")};
    QCOMPARE(withOptions({QStringLiteral("--actor"), Actor::systemUserName()}), all);
    QCOMPARE(withOptions({QStringLiteral("--actor"), QStringLiteral("nobody-else")}), QStringList());
    QCOMPARE(withOptions({QStringLiteral("--until"), QStringLiteral("2000-01-01")}), QStringList());
    QCOMPARE(
        withOptions({QStringLiteral("--until"), QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate)}), all);
    QCOMPARE(withOptions({QStringLiteral("--since"), QStringLiteral("2000-01-01"), QStringLiteral("--until"),
                 QStringLiteral("2999-12-31T23:59:59Z")}),
        all);
}

void TestCliCommands::auditRefusesBadFilters()
{
    const CliRun kind = cli({QStringLiteral("audit"), QStringLiteral("--kind"), QStringLiteral("secrets")});
    QCOMPARE(kind.exitCode, ExitCode::InvalidInput);
    QVERIFY2(kind.err.contains(QStringLiteral("'secrets'")), qPrintable(kind.err));
    const CliRun until = cli({QStringLiteral("audit"), QStringLiteral("--until"), QStringLiteral("tomorrow")});
    QCOMPARE(until.exitCode, ExitCode::InvalidInput);
    QVERIFY2(until.err.startsWith(QStringLiteral("botvault-cli: --until takes a date")), qPrintable(until.err));
    const CliRun backwards = cli({QStringLiteral("audit"), QStringLiteral("--since"), QStringLiteral("2026-12-02"),
        QStringLiteral("--until"), QStringLiteral("2026-12-01")});
    QCOMPARE(backwards.exitCode, ExitCode::InvalidInput);
    QVERIFY2(backwards.err.contains(QStringLiteral("--until is before --since")), qPrintable(backwards.err));
    const CliRun twice = cli({QStringLiteral("audit"), QStringLiteral("list"), kProject, QStringLiteral("--project"),
        QStringLiteral("Other")});
    QCOMPARE(twice.exitCode, ExitCode::Usage);
    const CliRun typo = cli({QStringLiteral("audit"), QStringLiteral("lst")});
    QCOMPARE(typo.exitCode, ExitCode::Usage);
    QVERIFY2(typo.err.contains(QStringLiteral("Unknown command 'audit lst'")), qPrintable(typo.err));
    QVERIFY2(typo.err.contains(QStringLiteral("'list'")), qPrintable(typo.err));
    for (const CliRun* run : {&kind, &until, &backwards, &twice, &typo}) {
        QCOMPARE(run->out, QString());
    }
}

void TestCliCommands::auditVerifyIntactAndBroken()
{
    EXPECT_OK(cli({QStringLiteral("project"), QStringLiteral("add"), kProject}));
    EXPECT_OK(cli({QStringLiteral("var"), QStringLiteral("set"), kProject, QStringLiteral("A"), QStringLiteral("1")}));
    EXPECT_OK(cli({QStringLiteral("var"), QStringLiteral("set"), kProject, QStringLiteral("B"), QStringLiteral("2")}));
    const CliRun intact = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    EXPECT_OK(intact);
    QCOMPARE(intact.out, QStringLiteral("The audit log is intact: 3 entries checked.\n"));
    {
        RawDatabase raw(m_vaultPath);
        QVERIFY(raw.exec("DELETE FROM audit_log WHERE id = 3"));
    }
    const CliRun broken = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(broken.exitCode, ExitCode::AuditBroken);
    QCOMPARE(static_cast<int>(broken.exitCode), 14); // docs/CLI.md, "Exit codes"
    QCOMPARE(broken.out, QString());
    QVERIFY2(broken.err.startsWith(QStringLiteral("botvault-cli: The audit log is broken at entry 3: ")),
        qPrintable(broken.err));
    const CliRun json = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, ExitCode::AuditBroken);
    const QJsonObject verdict = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(verdict.value(QStringLiteral("intact")).toBool(true), false);
    QCOMPARE(verdict.value(QStringLiteral("problem")).toString(), QStringLiteral("truncated"));
    QCOMPARE(verdict.value(QStringLiteral("firstBadSequence")).toInteger(), 3);
}

void TestCliCommands::auditRecordsExports()
{
    EXPECT_OK(cli({QStringLiteral("project"), QStringLiteral("add"), kProject}));
    EXPECT_OK(cli({QStringLiteral("env"), QStringLiteral("export"), kProject}));
    const CliRun json = cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_OK(json);
    const QJsonArray entries = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(1).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("export"));
    QCOMPARE(entries.at(1).toObject().value(QStringLiteral("project")).toString(), kProject);
    QCOMPARE(entries.at(1).toObject().value(QStringLiteral("detail")).toString(), QStringLiteral("env"));
}

void TestCliCommands::nearMissDistance_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("candidate");
    QTest::addColumn<int>("distance");
    QTest::newRow("same") << QStringLiteral("GREETING") << QStringLiteral("GREETING") << 0;
    QTest::newRow("case only") << QStringLiteral("greeting") << QStringLiteral("GREETING") << 0;
    QTest::newRow("swap") << QStringLiteral("porject") << QStringLiteral("project") << 1;
    QTest::newRow("missing letter") << QStringLiteral("GRETING") << QStringLiteral("GREETING") << 1;
    QTest::newRow("extra space") << QStringLiteral("Shop  bot") << QStringLiteral("Shop bot") << 1;
    QTest::newRow("replaced") << QStringLiteral("KEY_C") << QStringLiteral("KEY_A") << 1;
    QTest::newRow("empty") << QString() << QStringLiteral("abc") << 3;
    QTest::newRow("unrelated") << QStringLiteral("abc") << QStringLiteral("xyz") << 3;
}

void TestCliCommands::nearMissDistance()
{
    QFETCH(QString, typed);
    QFETCH(QString, candidate);
    QFETCH(int, distance);
    QCOMPARE(NearMiss::distance(typed, candidate), distance);
    QCOMPARE(NearMiss::distance(candidate, typed), distance);
}

void TestCliCommands::nearMissOffersOnlyAClearWinner_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("candidates");
    QTest::addColumn<QString>("expected");
    const QStringList keys {QStringLiteral("KEY_A"), QStringLiteral("KEY_B"), QStringLiteral("GREETING")};
    QTest::newRow("one close") << QStringLiteral("GRETING") << keys << QStringLiteral("GREETING");
    QTest::newRow("two as close") << QStringLiteral("KEY_C") << keys << QString();
    QTest::newRow("too far") << QStringLiteral("DATABASE_URL") << keys << QString();
    QTest::newRow("short names need one edit")
        << QStringLiteral("ab") << QStringList {QStringLiteral("xy")} << QString();
    QTest::newRow("nothing to choose from") << QStringLiteral("A") << QStringList {} << QString();
    QTest::newRow("spaces kept") << QStringLiteral("Shop  bot")
                                 << QStringList {QStringLiteral("Shop bot"), QStringLiteral("Support bot")}
                                 << QStringLiteral("Shop bot");
}

void TestCliCommands::nearMissOffersOnlyAClearWinner()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, candidates);
    QFETCH(QString, expected);
    QCOMPARE(NearMiss::closest(typed, candidates).value_or(QString()), expected);
}

// Every command and group answers --help with its own text (exit 0): its usage and, for a command,
// an example; no other command's usage line.
void TestCliCommands::everyCommandHasItsOwnHelp()
{
    for (const CliCommand& command : CliApplication::commands().commands()) {
        const QString name = command.words.join(u' ');
        const CliRun run = cli(command.words + QStringList {QStringLiteral("--help")});
        QVERIFY2(run.exitCode == ExitCode::Ok, qPrintable(name));
        QVERIFY2(run.err.isEmpty(), qPrintable(name + u' ' + run.err));
        QVERIFY2(run.out.startsWith(QStringLiteral("Usage: botvault-cli %1").arg(CommandTable::synopsis(command))),
            qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("Example:\n  botvault-cli ")), qPrintable(name));
        QVERIFY2(!run.out.contains(QStringLiteral("Exit codes")), qPrintable(name));
        for (const CliCommand& other : CliApplication::commands().commands()) {
            if (other.words.first() != command.words.first()) {
                QVERIFY2(!run.out.contains(u'\n' + QStringLiteral("  ") + CommandTable::synopsis(other) + u' '),
                    qPrintable(name + QStringLiteral(" shows ") + other.words.join(u' ')));
            }
        }
        if (command.words.size() > 1) {
            const CliRun group = cli({command.words.first(), QStringLiteral("--help")});
            QCOMPARE(group.exitCode, ExitCode::Ok);
            QVERIFY2(group.out.contains(CommandTable::synopsis(command)), qPrintable(name));
        }
    }
}

void TestCliCommands::jsonArrayWriterMatchesTheDocument_data()
{
    QTest::addColumn<QJsonArray>("array");
    const QJsonObject item {{QStringLiteral("id"), 12}, {QStringLiteral("name"), QStringLiteral("API_KEY")},
        {QStringLiteral("updated"), QJsonValue(QJsonValue::Null)}, {QStringLiteral("includeInExport"), true}};
    QTest::newRow("empty") << QJsonArray();
    QTest::newRow("one item") << QJsonArray {item};
    QTest::newRow("several items") << QJsonArray {item, item, QJsonObject {{QStringLiteral("damaged"), true}}};
    QTest::newRow("empty object") << QJsonArray {QJsonObject(), item};
    QTest::newRow("nested") << QJsonArray {QJsonObject {
        {QStringLiteral("roles"), QJsonArray {QStringLiteral("a"), QJsonObject {{QStringLiteral("b"), 1.5}}}},
        {QStringLiteral("empty"), QJsonArray()}, {QStringLiteral("inner"), QJsonObject {{QStringLiteral("x"), -7}}}}};
    // Escapes QJsonDocument writes, terminal controls printableJson() escapes, and text that is neither.
    QTest::newRow("texts") << QJsonArray {QJsonObject {
        {QStringLiteral("value"), QStringLiteral("line\nbreak \"quoted\" back\\slash \t tab")},
        {QStringLiteral("controls"), QString(QChar(0x85)) + QChar(0x202e) + QChar(0x2028) + QChar(0x1b)},
        {QStringLiteral("unicode"), QStringLiteral("Привет, 世界 😀")}, {QStringLiteral("large"), 9007199254740991.0}}};
}

void TestCliCommands::jsonArrayWriterMatchesTheDocument()
{
    QFETCH(QJsonArray, array);
    char* buffer = nullptr;
    size_t size = 0;
    FILE* stream = open_memstream(&buffer, &size);
    QVERIFY(stream);
    JsonArrayWriter writer(stream);
    for (const QJsonValue& element : array) {
        writer.add(element.toObject());
    }
    writer.finish();
    std::fclose(stream);
    const QByteArray written(buffer, static_cast<qsizetype>(size));
    std::free(buffer);

    QCOMPARE(written, CliOutput::printableJson(QJsonDocument(array).toJson(QJsonDocument::Indented)));
}

void TestCliCommands::jsonArrayWriterFieldsMatchTheDocument_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << QStringLiteral("API_KEY");
    QTest::newRow("empty") << QString();
    QTest::newRow("json escapes") << QStringLiteral("line\nbreak \"quoted\" back\\slash \t tab \b \f \r");
    QTest::newRow("c0 and del") << QString(QChar(0x01)) + QChar(0x1b) + QChar(0x1f) + QChar(0x7f) + u'~';
    QTest::newRow("terminal controls") << QString(QChar(0x80)) + QChar(0x85) + QChar(0x9f) + QChar(0x061c)
            + QChar(0x200e) + QChar(0x200f) + QChar(0x2028) + QChar(0x2029) + QChar(0x202e) + QChar(0x2066)
            + QChar(0x2069) + QChar(0xa0) + QChar(0x2030);
    QTest::newRow("unicode") << QStringLiteral("Привет, 世界 😀 é\u00ff\u07ff\u0800\uffff");
    QTest::newRow("lone surrogates") << QString(QChar(0xd83d)) + u'x' + QChar(0xde00) + QChar(0xd800);
    QTest::newRow("surrogate at the end") << QStringLiteral("a") + QChar(0xdbff);
}

// The field-by-field form of an element is the same text as QJsonDocument's, for every kind of
// character a value can hold.
void TestCliCommands::jsonArrayWriterFieldsMatchTheDocument()
{
    QFETCH(QString, text);
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(1765120046123, Qt::UTC);
    const QJsonArray array {
        QJsonObject {{QStringLiteral("id"), 42}, {QStringLiteral("includeInExport"), false},
            {QStringLiteral("name"), text}, {QStringLiteral("updated"), CliOutput::jsonTime(time)},
            {QStringLiteral("updatedBy"), text + text}, {QStringLiteral("value"), text}},
        QJsonObject {{QStringLiteral("damaged"), true}, {QStringLiteral("id"), -7}},
        QJsonObject {{QStringLiteral("id"), std::numeric_limits<qint64>::max()},
            {QStringLiteral("includeInExport"), true}, {QStringLiteral("updated"), QJsonValue(QJsonValue::Null)}},
    };
    char* buffer = nullptr;
    size_t size = 0;
    FILE* stream = open_memstream(&buffer, &size);
    QVERIFY(stream);
    JsonArrayWriter writer(stream);
    writer.beginObject();
    writer.addInteger("id", 42);
    writer.addBool("includeInExport", false);
    writer.addString("name", text);
    writer.addTime("updated", time);
    writer.addString("updatedBy", text + text);
    writer.addString("value", text);
    writer.endObject();
    writer.add(array.at(1).toObject());
    writer.beginObject();
    writer.addInteger("id", std::numeric_limits<qint64>::max());
    writer.addBool("includeInExport", true);
    writer.addTime("updated", QDateTime());
    writer.endObject();
    writer.finish();
    std::fclose(stream);
    const QByteArray written(buffer, static_cast<qsizetype>(size));
    std::free(buffer);

    QCOMPARE(written, CliOutput::printableJson(QJsonDocument(array).toJson(QJsonDocument::Indented)));
    QJsonParseError error;
    QCOMPARE(QJsonDocument::fromJson(written, &error).array().size(), 3);
    QCOMPARE(error.error, QJsonParseError::NoError);
}

void TestCliCommands::isoUtcMatchesQt_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::newRow("epoch") << QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    QTest::newRow("milliseconds dropped") << QDateTime::fromMSecsSinceEpoch(1765120046999, Qt::UTC);
    QTest::newRow("before the epoch") << QDateTime::fromMSecsSinceEpoch(-1, Qt::UTC);
    QTest::newRow("leap day") << QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 500), Qt::UTC);
    QTest::newRow("century not leap") << QDateTime(QDate(2100, 3, 1), QTime(0, 0), Qt::UTC);
    QTest::newRow("year 1") << QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC);
    QTest::newRow("year 9999") << QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
    QTest::newRow("year 10000") << QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC);
    QTest::newRow("offset") << QDateTime(QDate(2026, 1, 1), QTime(1, 30), QTimeZone(5 * 3600));
    QTest::newRow("local time") << QDateTime(QDate(2026, 7, 1), QTime(12, 0), Qt::LocalTime);
    QTest::newRow("invalid") << QDateTime();
}

// isoUtc() is written by hand for speed; it must stay Qt's text.
void TestCliCommands::isoUtcMatchesQt()
{
    QFETCH(QDateTime, time);
    const QString expected = time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
    QCOMPARE(CliOutput::isoUtc(time), expected);
    // Every day of four years (one a leap year) at a second that changes with the day.
    if (QTest::currentDataTag() == QByteArrayLiteral("epoch")) {
        for (qint64 day = 0; day < 4 * 366; ++day) {
            const QDateTime other = QDateTime::fromSecsSinceEpoch(1704067200 + day * 86400 + day * 59, Qt::UTC);
            QCOMPARE(CliOutput::isoUtc(other), other.toString(Qt::ISODate));
        }
    }
}

// The streamed listings are the document the whole array used to be printed as, for values that
// need every kind of escape.
void TestCliCommands::listingsJsonIsTheDocumentOfTheItems()
{
    EXPECT_OK(cli({QStringLiteral("project"), QStringLiteral("add"), kProject}));
    const QStringList values {QStringLiteral("plain"), QStringLiteral("\"quoted\" back\\slash\nline\ttab"),
        QString(QChar(0x1b)) + QStringLiteral("]0;title") + QChar(0x07) + QChar(0x85) + QChar(0x202e) + QChar(0x7f),
        QStringLiteral("Привет 世界 😀")};
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QString name = QStringLiteral("NAME_%1").arg(i);
        EXPECT_OK(cli({QStringLiteral("var"), QStringLiteral("set"), kProject, name, values.at(i),
            i % 2 == 0 ? QStringLiteral("--export") : QStringLiteral("--no-export")}));
        const StandardInput input(values.at(i).toUtf8());
        EXPECT_OK(cli({QStringLiteral("secret"), QStringLiteral("set"), kProject, name}));
    }

    QJsonArray expectedVariables;
    QJsonArray expectedSecrets;
    {
        Vault vault;
        QVERIFY(vault.unlock(m_vaultPath, TestSupport::secret(kPassword)).ok());
        const ProjectId project = vault.projects()->at(0).id;
        const Result<QList<Variable>> variables = vault.variables(project);
        const Result<QList<SecretSummary>> secrets = vault.secrets(project);
        QVERIFY(variables.ok() && secrets.ok());
        for (const Variable& variable : variables.value()) {
            expectedVariables.append(QJsonObject {{QStringLiteral("id"), variable.id},
                {QStringLiteral("name"), variable.name}, {QStringLiteral("value"), variable.value},
                {QStringLiteral("includeInExport"), variable.includeInExport},
                {QStringLiteral("updated"), CliOutput::jsonTime(variable.updated)},
                {QStringLiteral("updatedBy"), variable.updatedBy}});
        }
        for (const SecretSummary& secret : secrets.value()) {
            // No rotation rule: the rule's fields are null and the state "none".
            expectedSecrets.append(QJsonObject {{QStringLiteral("id"), secret.id},
                {QStringLiteral("name"), secret.name}, {QStringLiteral("updated"), CliOutput::jsonTime(secret.updated)},
                {QStringLiteral("updatedBy"), secret.updatedBy},
                {QStringLiteral("rotatedAt"), CliOutput::jsonTime(secret.rotatedAt)},
                {QStringLiteral("age"), RotationRules::ageDays(secret.rotatedAt, QDateTime::currentDateTimeUtc())},
                {QStringLiteral("rotationPeriodDays"), QJsonValue()}, {QStringLiteral("expiresAt"), QJsonValue()},
                {QStringLiteral("dueAt"), QJsonValue()}, {QStringLiteral("state"), QStringLiteral("none")}});
        }
    }
    QCOMPARE(expectedVariables.size(), values.size());
    QCOMPARE(expectedSecrets.size(), values.size());

    const CliRun variables = cli({QStringLiteral("var"), QStringLiteral("list"), kProject, QStringLiteral("--json")});
    EXPECT_OK(variables);
    QCOMPARE(variables.out,
        QString::fromUtf8(CliOutput::printableJson(QJsonDocument(expectedVariables).toJson(QJsonDocument::Indented))));
    QCOMPARE(QJsonDocument::fromJson(variables.out.toUtf8()).array(), expectedVariables);
    // The table shows the terminal's controls escaped, once.
    const CliRun table = cli({QStringLiteral("var"), QStringLiteral("list"), kProject});
    EXPECT_OK(table);
    QVERIFY2(table.out.contains(QStringLiteral("  \\x1b]0;title\\x07\\x85\\u202e\\x7f  ")), qPrintable(table.out));
    QVERIFY(!table.out.contains(QChar(0x1b)));
    const CliRun secrets = cli({QStringLiteral("secret"), QStringLiteral("list"), kProject, QStringLiteral("--json")});
    EXPECT_OK(secrets);
    QCOMPARE(secrets.out,
        QString::fromUtf8(CliOutput::printableJson(QJsonDocument(expectedSecrets).toJson(QJsonDocument::Indented))));
}

BOTVAULT_TEST_MAIN(TestCliCommands)
#include "TestCliCommands.moc"
