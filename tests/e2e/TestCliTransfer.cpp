#include "app/cli/ExitCode.h"
#include "tests/support/CliDriver.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
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

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <csignal>
#include <initializer_list>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace {

const QString kPassword = QStringLiteral("correct horse battery staple");
const QString kProject = QStringLiteral("Bot");

using ZipEntries = QList<QPair<QString, QByteArray>>;

using CliRun = CliDriver::Run;

using CliWords::args;

int code(ExitCode exitCode)
{
    return static_cast<int>(exitCode);
}

QString text(const QByteArray& utf8)
{
    return QString::fromUtf8(utf8);
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

int modeBits(const QString& path)
{
    struct stat status
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? static_cast<int>(status.st_mode & 0777) : -1;
}

QJsonArray jsonArray(const QByteArray& bytes)
{
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    return document.isArray() ? document.array() : QJsonArray();
}

QJsonObject jsonObject(const QByteArray& bytes)
{
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    return document.isObject() ? document.object() : QJsonObject();
}

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

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray()) {
        list.append(item.toString());
    }
    return list;
}

// Every file under `folder`, relative path → bytes.
QMap<QString, QByteArray> filesUnder(const QString& folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(folder).relativeFilePath(path), readBytes(path));
    }
    return files;
}

// Every entry of a ZIP, inflated: name → bytes. Empty when the file is not a ZIP.
ZipEntries zipEntries(const QString& path)
{
    ZipEntries entries;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip)) {
        return entries;
    }
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly)) {
            return {};
        }
        entries.append({zip.getCurrentFileName(), file.readAll()});
        file.close();
    }
    zip.close();
    return entries;
}

bool writeZip(const QString& path, const ZipEntries& entries)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate)) {
        return false;
    }
    for (const auto& [name, content] : entries) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name))) {
            return false;
        }
        file.write(content);
        file.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

// The ways a value could be written into a file: UTF-8, UTF-16 in either byte order, hexadecimal,
// and base64 (both alphabets) at each of the three alignments a value can have inside a longer
// base64 text, cut to the part that does not depend on the bytes around it.
QList<QByteArray> encodedForms(const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    QByteArray utf16le;
    QByteArray utf16be;
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        utf16le.append(static_cast<char>(u & 0xFF)).append(static_cast<char>(u >> 8));
        utf16be.append(static_cast<char>(u >> 8)).append(static_cast<char>(u & 0xFF));
    }
    QList<QByteArray> forms {utf8, utf16le, utf16be, utf8.toHex(), utf8.toHex().toUpper()};
    for (int shift = 0; shift < 3; ++shift) {
        for (const auto option : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
            const QByteArray encoded = (QByteArray(shift, 'x') + utf8).toBase64(option);
            forms.append(encoded.mid(shift == 0 ? 0 : 4).chopped(4));
        }
    }
    return forms;
}

// The first form of `value` found in `bytes`, or an empty array.
QByteArray foundForm(const QByteArray& bytes, const QString& value)
{
    for (const QByteArray& form : encodedForms(value)) {
        if (bytes.contains(form)) {
            return form;
        }
    }
    return {};
}

#define EXPECT_EXIT(run, expected)                                                                                     \
    do {                                                                                                               \
        const CliRun& run_ = (run);                                                                                    \
        QVERIFY2(run_.exitCode == (expected),                                                                          \
            qPrintable(QStringLiteral("exit %1, expected %2; stdout: %3; stderr: %4")                                  \
                           .arg(run_.exitCode)                                                                         \
                           .arg(expected)                                                                              \
                           .arg(text(run_.out), text(run_.err))));                                                     \
    } while (false)

} // namespace

// The transfer commands of the real botvault-cli (project bind, export, import, env import/export,
// run, check), each test against fresh vaults in a temporary folder. A second vault stands for
// another admin's machine, so an export and its import never share a vault.
class TestCliTransfer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void helpListsTransferCommands();
    void bindStoresAbsoluteFolderAndUnbindForgetsIt();
    void bindRefusesMissingFolderAndFile();
    void exportImportRoundTrip();
    void exportNeverHoldsASecretValue();
    void exportJsonSummary();
    void exportRefusesToOverwriteWithoutForce();
    void importConflictsNeedAChoice();
    void importIntoTakenNameIsRefused();
    void importNeedsSourceDirForSourceFiles();
    void importNoSourceTakesVariablesOnly();
    void importKeepBindingExtractsWithoutRebinding();
    void importSourceDirExitCodes();
    void importDryRunWritesNothing();
    void hostileArchiveIsRefused_data();
    void hostileArchiveIsRefused();
    void envExportImportRoundTrip();
    void envExportRefusesToOverwriteWithoutForce();
    void envExportIsDataForShells();
    void envExportRefusesWhatNoShellCanRead();
    void envImportBadLinesImportNothing();
    void envImportDuplicateNameImportsNothing();
    void envImportAsSecretsFromStandardInput();
    void envImportWarnsAboutSecretLookingNames();
    void envImportConflictsNeedAChoice();
    void envImportNeverTurnsSecretsIntoVariables();
    void textOutputEscapesTerminalControls();
    void runPassesVariablesAndSecrets();
    void runSecretWinsOverVariable();
    void runPassesExitStatusAndSignal();
    void runMissingCommandIs127();
    void runWithholdsMasterPassword();
    void runNeedsDoubleDash();
    void runWithholdsStartupVariablesUnlessAllowed();
    void importingStartupVariablesWarnsOnce();
    void checkReportsMissingAndUnusedNames();
    void checkJsonShape();
    void checkTreatsDefaultsAsOptional();
    void scanListsFindingsWithoutTheirValues();
    void exportRefusesFindingsUnlessAllowed();
    void checkReadsTheInjectorIdiomAsTheDeclaredNames();
    void checkWithoutSourceFolder();

private:
    CliRun cliRaw(const QStringList& arguments, const QByteArray& input = {},
        const QList<std::pair<QString, QString>>& environment = {}, const QString& workingDirectory = {});
    // botvault-cli on `vault` with the test's password file.
    CliRun cliOn(const QString& vault, const QStringList& arguments, const QByteArray& input = {},
        const QString& workingDirectory = {});
    CliRun cli(const QStringList& arguments, const QByteArray& input = {}) { return cliOn(m_vault, arguments, input); }
    CliRun other(const QStringList& arguments, const QByteArray& input = {})
    {
        return cliOn(m_otherVault, arguments, input);
    }
    void createVault(const QString& vault);
    void setVariable(const QString& vault, const QString& name, const QString& value, bool exported = false);
    void setSecret(const QString& vault, const QString& name, const QByteArray& value);
    QJsonArray variables(const QString& vault, const QString& project = kProject);
    QJsonArray secrets(const QString& vault, const QString& project = kProject);
    QJsonObject projectEntry(const QString& vault, const QString& project = kProject);
    // A hash of every file of the vault (database, WAL), to prove a command wrote nothing.
    QByteArray vaultState(const QString& vault) const;
    // A bot folder in the platform's layout.
    void createBotFolder(const QString& folder);
    QString path(const QString& name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliDriver> m_cli;
    QString m_passwordFile;
    QString m_vault;
    QString m_otherVault;
};

void TestCliTransfer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_cli = std::make_unique<CliDriver>(m_dir->path());
    m_cli->setFastRetries(false);
    m_passwordFile = m_cli->passwordFile();
    m_vault = path(QStringLiteral("vault.db"));
    m_otherVault = path(QStringLiteral("other/vault.db"));
}

CliRun TestCliTransfer::cliRaw(const QStringList& arguments, const QByteArray& input,
    const QList<std::pair<QString, QString>>& environment, const QString& workingDirectory)
{
    return m_cli->runRaw(arguments, input, environment, workingDirectory);
}

CliRun TestCliTransfer::cliOn(
    const QString& vault, const QStringList& arguments, const QByteArray& input, const QString& workingDirectory)
{
    return cliRaw(
        QStringList {QStringLiteral("--vault"), vault, QStringLiteral("--password-file"), m_passwordFile} + arguments,
        input, {}, workingDirectory);
}

void TestCliTransfer::createVault(const QString& vault)
{
    const CliRun created = cliOn(vault, args({"init", "--kdf-memory-mib", "19", "--kdf-passes", "2"}));
    QVERIFY2(created.exitCode == 0, created.err.constData());
    const CliRun added = cliOn(vault, args({"project", "add"}) << kProject);
    QVERIFY2(added.exitCode == 0, added.err.constData());
}

void TestCliTransfer::setVariable(const QString& vault, const QString& name, const QString& value, bool exported)
{
    const CliRun run = cliOn(vault,
        args({"var", "set"}) << kProject << name
                             << (exported ? QStringLiteral("--export") : QStringLiteral("--no-export"))
                             << QStringLiteral("--") << value);
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

void TestCliTransfer::setSecret(const QString& vault, const QString& name, const QByteArray& value)
{
    const CliRun run = cliOn(vault, args({"secret", "set"}) << kProject << name, value);
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

QJsonArray TestCliTransfer::variables(const QString& vault, const QString& project)
{
    const CliRun run = cliOn(vault, args({"var", "list", "--json"}) << project);
    return run.exitCode == 0 ? jsonArray(run.out) : QJsonArray();
}

QJsonArray TestCliTransfer::secrets(const QString& vault, const QString& project)
{
    const CliRun run = cliOn(vault, args({"secret", "list", "--json"}) << project);
    return run.exitCode == 0 ? jsonArray(run.out) : QJsonArray();
}

QJsonObject TestCliTransfer::projectEntry(const QString& vault, const QString& project)
{
    return entryNamed(jsonArray(cliOn(vault, args({"project", "list", "--json"})).out), project);
}

QByteArray TestCliTransfer::vaultState(const QString& vault) const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char* suffix : {"", "-wal", "-journal"}) {
        hash.addData(readBytes(vault + QLatin1String(suffix)));
        hash.addData(QByteArrayView("|"));
    }
    return hash.result().toHex();
}

void TestCliTransfer::createBotFolder(const QString& folder)
{
    QByteArray binary;
    for (int i = 0; i < 1024; ++i) {
        binary.append(static_cast<char>(i % 256));
    }
    QVERIFY(writeBytes(folder + QStringLiteral("/chatbot.yaml"),
        "name: shop\n"
        "entryPoint: main.sc\n"
        "injector:\n"
        "  secrets:\n"
        "    - API_TOKEN\n"
        "    - EXPECTED_ONLY\n"
        "  variables:\n"
        "    - GREETING\n"));
    QVERIFY(writeBytes(folder + QStringLiteral("/src/main.sc"),
        "theme: /\n"
        "    state: start\n"
        "        script:\n"
        "            $reactions.answer($env.get(\"GREETING\") + $secrets.get(\"API_TOKEN\"));\n"));
    QVERIFY(writeBytes(folder + QStringLiteral("/src/Жёлудь.js"), "// ünïcødé name\n"));
    QVERIFY(writeBytes(folder + QStringLiteral("/src/data/bytes.bin"), binary));
    QVERIFY(writeBytes(folder + QStringLiteral("/test/test.xml"), "<test/>\r\n"));
    QVERIFY(writeBytes(folder + QStringLiteral("/descriptor.json"), "{\"name\": \"shop\"}"));
}

// --- help, bind ---------------------------------------------------------------------------

void TestCliTransfer::helpListsTransferCommands()
{
    const CliRun run = cliRaw(args({"--help"}));
    QCOMPARE(run.exitCode, 0);
    const QString help = text(run.out);
    for (const char* synopsis : {"project bind PROJECT DIR", "project unbind PROJECT", "export PROJECT FILE [--force]",
             "import FILE [--into PROJECT] [--name NAME] [--source-dir DIR] [--replace|--keep] [--dry-run]",
             "env import PROJECT FILE [--as-secrets] [--replace|--keep]", "env export PROJECT [FILE] [--force]",
             "run PROJECT [--allow NAME]... -- COMMAND [ARGS...]", "check PROJECT"}) {
        QVERIFY2(help.contains(QLatin1String(synopsis)), synopsis);
    }
    for (const int exitCode : {8, 126, 127}) {
        QVERIFY2(help.contains(QRegularExpression(
                     QStringLiteral("^  %1  \\S").arg(exitCode), QRegularExpression::MultilineOption)),
            qPrintable(QString::number(exitCode)));
    }
}

void TestCliTransfer::bindStoresAbsoluteFolderAndUnbindForgetsIt()
{
    createVault(m_vault);
    createBotFolder(path(QStringLiteral("bot")));
    // A relative folder is resolved against the working directory and stored absolute.
    const CliRun bound
        = cliOn(m_vault, args({"project", "bind"}) << kProject << QStringLiteral("./bot/../bot"), {}, m_dir->path());
    EXPECT_EXIT(bound, 0);
    const QString absolute = QDir(m_dir->path()).filePath(QStringLiteral("bot"));
    QCOMPARE(text(bound.out), QStringLiteral("Bound project 'Bot' to the source folder '%1'.\n").arg(absolute));
    QCOMPARE(bound.err, QByteArray());
    QCOMPARE(projectEntry(m_vault)[QStringLiteral("sourceFolder")].toString(), absolute);
    const QStringList table = text(cli(args({"project", "list"})).out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(table.size(), 2);
    QVERIFY(table.at(0).endsWith(QStringLiteral("SOURCE FOLDER")));
    QVERIFY(table.at(1).endsWith(absolute));

    const CliRun unbound = cli(args({"project", "unbind"}) << kProject);
    EXPECT_EXIT(unbound, 0);
    QVERIFY(text(unbound.out).contains(absolute));
    QVERIFY(projectEntry(m_vault)[QStringLiteral("sourceFolder")].isNull());
    QVERIFY(text(cli(args({"project", "list"})).out).split(u'\n', Qt::SkipEmptyParts).at(1).endsWith(u'-'));
    QVERIFY(QFileInfo::exists(path(QStringLiteral("bot/chatbot.yaml"))));

    const CliRun again = cli(args({"project", "unbind"}) << kProject);
    EXPECT_EXIT(again, 0);
    QCOMPARE(text(again.out), QStringLiteral("Project 'Bot' has no source folder bound.\n"));
}

void TestCliTransfer::bindRefusesMissingFolderAndFile()
{
    createVault(m_vault);
    const QByteArray before = vaultState(m_vault);
    const CliRun missing = cli(args({"project", "bind"}) << kProject << path(QStringLiteral("nowhere")));
    EXPECT_EXIT(missing, code(ExitCode::NotFound));
    QVERIFY(missing.err.contains("does not exist"));
    QVERIFY(writeBytes(path(QStringLiteral("file.txt")), "x"));
    const CliRun file = cli(args({"project", "bind"}) << kProject << path(QStringLiteral("file.txt")));
    EXPECT_EXIT(file, code(ExitCode::InvalidInput));
    QVERIFY(file.err.contains("not a folder"));
    QCOMPARE(vaultState(m_vault), before);
    QVERIFY(projectEntry(m_vault)[QStringLiteral("sourceFolder")].isNull());
}

// --- export and import ----------------------------------------------------------------------

void TestCliTransfer::exportImportRoundTrip()
{
    createVault(m_vault);
    const QList<QPair<QString, QString>> exported {
        {QStringLiteral("MULTI_LINE"), QStringLiteral("line one\nline two\r\n\ttabbed\n")},
        {QStringLiteral("QUOTES"), QStringLiteral("He said \"hi\" and 'bye' \\ back`tick`")},
        {QStringLiteral("NON_ASCII"), QStringLiteral("Жёлудь 🙂 naïve ñ 中文")},
        {QStringLiteral("DOLLAR_EQUALS"), QStringLiteral("$HOME and ${PATH} = a=b==c $(id)")},
        {QStringLiteral("GREETING"), QStringLiteral("-starts with a dash")},
    };
    for (const auto& [name, value] : exported) {
        setVariable(m_vault, name, value, true);
    }
    setVariable(m_vault, QStringLiteral("LOCAL_ONLY"), QStringLiteral("stays here"), false);
    setSecret(m_vault, QStringLiteral("API_TOKEN"), "token-value");
    setSecret(m_vault, QStringLiteral("DB_PASSWORD"), "db-value");
    const QString bot = path(QStringLiteral("bot"));
    createBotFolder(bot);
    EXPECT_EXIT(cli(args({"project", "bind"}) << kProject << bot), 0);

    const QString zip = path(QStringLiteral("bot.zip"));
    const CliRun exportRun = cli(args({"export"}) << kProject << zip);
    EXPECT_EXIT(exportRun, 0);
    const QString summary = text(exportRun.out);
    QVERIFY2(summary.contains(QStringLiteral("5 variables included: ")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("1 variable not included (not marked for export): LOCAL_ONLY")),
        qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("2 secrets listed by name only")), qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("API_TOKEN, DB_PASSWORD")));
    QVERIFY(summary.contains(QStringLiteral("values never leave the vault")));
    QVERIFY2(summary.contains(QStringLiteral("6 source files (")), qPrintable(summary));
    QVERIFY(!summary.contains(QStringLiteral("stays here")));
    QVERIFY(!exportRun.out.contains("token-value") && !exportRun.err.contains("token-value"));
    QVERIFY(QFileInfo(zip).isFile());

    // The other admin's vault has no such project: the import creates it.
    createVault(m_otherVault);
    EXPECT_EXIT(other(args({"project", "rm"}) << kProject), 0);
    const QString extracted = path(QStringLiteral("imported/bot"));
    QVERIFY(QDir().mkpath(path(QStringLiteral("imported"))));
    const CliRun importRun = other(args({"import"}) << zip << QStringLiteral("--source-dir") << extracted);
    EXPECT_EXIT(importRun, 0);
    const QString report = text(importRun.out);
    QVERIFY2(report.contains(QStringLiteral("Importing '%1' as the new project 'Bot':").arg(zip)), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("  New variables: 5\n")), qPrintable(report));
    // Listed escaped, one per line, as listings show values.
    QVERIFY2(report.contains(QStringLiteral("    MULTI_LINE = line one\\nline two\\r\\n\\ttabbed\\n\n")),
        qPrintable(report));
    QVERIFY(report.contains(QStringLiteral("These secrets need a value; set each with:\n")));
    for (const char* name : {"API_TOKEN", "DB_PASSWORD", "EXPECTED_ONLY"}) {
        QVERIFY2(report.contains(QStringLiteral("  botvault-cli secret set Bot %1 --vault %2 --password-file %3\n")
                                     .arg(QLatin1String(name), m_otherVault, m_passwordFile)),
            name);
    }

    // Exactly the exported variables arrived, byte for byte, still marked for export.
    const QJsonArray arrived = variables(m_otherVault);
    QCOMPARE(arrived.size(), exported.size());
    for (const auto& [name, value] : exported) {
        const QJsonObject variable = entryNamed(arrived, name);
        QCOMPARE(variable[QStringLiteral("value")].toString(), value);
        QVERIFY(variable[QStringLiteral("includeInExport")].toBool());
    }
    QVERIFY(entryNamed(arrived, QStringLiteral("LOCAL_ONLY")).isEmpty());
    QCOMPARE(secrets(m_otherVault).size(), 0);

    // The source files, byte-identical, in the folder the project is now bound to.
    QCOMPARE(filesUnder(extracted), filesUnder(bot));
    QCOMPARE(filesUnder(extracted).size(), 6);
    QCOMPARE(projectEntry(m_otherVault)[QStringLiteral("sourceFolder")].toString(), extracted);

    // The names arrive as expected-but-missing: check lists them until they get values.
    const CliRun checked = other(args({"check", "--json"}) << kProject);
    EXPECT_EXIT(checked, code(ExitCode::MissingNames));
    QCOMPARE(namesIn(jsonObject(checked.out)[QStringLiteral("missingSecrets")].toArray()),
        (QStringList {QStringLiteral("API_TOKEN"), QStringLiteral("DB_PASSWORD"), QStringLiteral("EXPECTED_ONLY")}));
}

void TestCliTransfer::exportNeverHoldsASecretValue()
{
    createVault(m_vault);
    const QString canary
        = QStringLiteral("canary-%1-Жёлудь-🙂").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    setSecret(m_vault, QStringLiteral("API_TOKEN"), canary.toUtf8());
    // A variable of the same name, exported, must carry its own value and nothing of the secret's.
    setVariable(m_vault, QStringLiteral("API_TOKEN"), QStringLiteral("variable value"), true);
    setVariable(m_vault, QStringLiteral("OTHER"), QStringLiteral("plain"), true);
    const QString bot = path(QStringLiteral("bot"));
    createBotFolder(bot);
    EXPECT_EXIT(cli(args({"project", "bind"}) << kProject << bot), 0);

    const QString zip = path(QStringLiteral("bot.zip"));
    const CliRun exportRun = cli(args({"export"}) << kProject << zip);
    EXPECT_EXIT(exportRun, 0);
    QVERIFY(foundForm(exportRun.out + exportRun.err, canary).isEmpty());

    const ZipEntries entries = zipEntries(zip);
    QCOMPARE(entries.size(), 7); // six source files and botvault/project.json
    bool manifestSeen = false;
    for (const auto& [name, content] : entries) {
        const QByteArray form = foundForm(content, canary);
        QVERIFY2(form.isEmpty(), qPrintable(QStringLiteral("%1 holds the secret as %2").arg(name, text(form))));
        QVERIFY(foundForm(name.toUtf8(), canary).isEmpty());
        if (name == QStringLiteral("botvault/project.json")) {
            manifestSeen = true;
            // The secret travels by name: the manifest lists it.
            QVERIFY(content.contains("API_TOKEN"));
            QVERIFY(content.contains("variable value"));
        }
    }
    QVERIFY(manifestSeen);
    QVERIFY(foundForm(readBytes(zip), canary).isEmpty());

    // Nor in a .env export, to a file or to standard output.
    const QString envFile = path(QStringLiteral("bot.env"));
    const CliRun envRun = cli(args({"env", "export"}) << kProject << envFile);
    EXPECT_EXIT(envRun, 0);
    QVERIFY(foundForm(readBytes(envFile), canary).isEmpty());
    QVERIFY(readBytes(envFile).contains("variable value"));
    const CliRun envStdout = cli(args({"env", "export"}) << kProject);
    EXPECT_EXIT(envStdout, 0);
    QVERIFY(foundForm(envStdout.out + envStdout.err, canary).isEmpty());
}

void TestCliTransfer::exportJsonSummary()
{
    createVault(m_vault);
    setVariable(m_vault, QStringLiteral("IN"), QStringLiteral("1"), true);
    setVariable(m_vault, QStringLiteral("OUT"), QStringLiteral("2"), false);
    setSecret(m_vault, QStringLiteral("TOKEN"), "t");
    const QString zip = path(QStringLiteral("bot.zip"));
    const CliRun run = cli(args({"export", "--json"}) << kProject << zip);
    EXPECT_EXIT(run, 0);
    const QJsonObject summary = jsonObject(run.out);
    QCOMPARE(summary.keys(),
        (QStringList {QStringLiteral("excludedVariables"), QStringLiteral("file"), QStringLiteral("includedVariables"),
            QStringLiteral("project"), QStringLiteral("secretNames"), QStringLiteral("sourceBytes"),
            QStringLiteral("sourceFiles"), QStringLiteral("sourceFolder")}));
    QCOMPARE(summary[QStringLiteral("project")].toString(), kProject);
    QCOMPARE(summary[QStringLiteral("file")].toString(), zip);
    QCOMPARE(strings(summary[QStringLiteral("includedVariables")]), QStringList {QStringLiteral("IN")});
    QCOMPARE(strings(summary[QStringLiteral("excludedVariables")]), QStringList {QStringLiteral("OUT")});
    QCOMPARE(strings(summary[QStringLiteral("secretNames")]), QStringList {QStringLiteral("TOKEN")});
    QVERIFY(summary[QStringLiteral("sourceFolder")].isNull());
    QCOMPARE(summary[QStringLiteral("sourceFiles")].toInt(), 0);

    // Without --json, an unbound project says so.
    const CliRun plain = cli(args({"export", "--force"}) << kProject << zip);
    EXPECT_EXIT(plain, 0);
    QVERIFY(plain.out.contains("No source folder bound"));
}

void TestCliTransfer::exportRefusesToOverwriteWithoutForce()
{
    createVault(m_vault);
    setVariable(m_vault, QStringLiteral("A"), QStringLiteral("1"), true);
    const QString zip = path(QStringLiteral("bot.zip"));
    QVERIFY(writeBytes(zip, "precious"));
    const CliRun refused = cli(args({"export"}) << kProject << zip);
    EXPECT_EXIT(refused, code(ExitCode::InvalidInput));
    QVERIFY(refused.err.contains("--force"));
    QCOMPARE(refused.out, QByteArray());
    QCOMPARE(readBytes(zip), QByteArray("precious"));

    EXPECT_EXIT(cli(args({"export", "--force"}) << kProject << zip), 0);
    const ZipEntries entries = zipEntries(zip);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().first, QStringLiteral("botvault/project.json"));

    // A folder is never replaced, not even with --force.
    QVERIFY(QDir().mkpath(path(QStringLiteral("folder.zip"))));
    EXPECT_EXIT(cli(args({"export", "--force"}) << kProject << path(QStringLiteral("folder.zip"))),
        code(ExitCode::InvalidInput));
}

void TestCliTransfer::importConflictsNeedAChoice()
{
    createVault(m_vault);
    setVariable(m_vault, QStringLiteral("MODE"), QStringLiteral("new\tvalue"), true);
    setVariable(m_vault, QStringLiteral("ADDED"), QStringLiteral("added"), true);
    setVariable(m_vault, QStringLiteral("SAME"), QStringLiteral("same"), true);
    const QString zip = path(QStringLiteral("bot.zip"));
    EXPECT_EXIT(cli(args({"export"}) << kProject << zip), 0);

    createVault(m_otherVault);
    setVariable(m_otherVault, QStringLiteral("MODE"), QStringLiteral("old\nvalue"), false);
    setVariable(m_otherVault, QStringLiteral("SAME"), QStringLiteral("same"), false);
    const QByteArray before = vaultState(m_otherVault);

    const CliRun undecided = other(args({"import", "--into"}) << kProject << zip);
    EXPECT_EXIT(undecided, code(ExitCode::InvalidInput));
    QVERIFY2(undecided.out.contains("    MODE: project 'old\\nvalue', archive 'new\\tvalue'\n"), undecided.out);
    QVERIFY(undecided.out.contains("  Unchanged variables: 1\n"));
    QVERIFY(undecided.err.contains("--replace") && undecided.err.contains("--keep"));
    QCOMPARE(vaultState(m_otherVault), before);
    QVERIFY(entryNamed(variables(m_otherVault), QStringLiteral("ADDED")).isEmpty());

    EXPECT_EXIT(other(args({"import", "--into", "--replace", "--keep"}) << kProject << zip), code(ExitCode::Usage));

    const CliRun kept = other(args({"import", "--keep", "--into"}) << kProject << zip);
    EXPECT_EXIT(kept, 0);
    QVERIFY2(kept.out.contains("1 added, 0 replaced, 1 kept, 1 unchanged"), kept.out);
    QCOMPARE(entryNamed(variables(m_otherVault), QStringLiteral("MODE"))[QStringLiteral("value")].toString(),
        QStringLiteral("old\nvalue"));
    QCOMPARE(entryNamed(variables(m_otherVault), QStringLiteral("ADDED"))[QStringLiteral("value")].toString(),
        QStringLiteral("added"));

    const CliRun replaced = other(args({"import", "--replace", "--into"}) << kProject << zip);
    EXPECT_EXIT(replaced, 0);
    QVERIFY2(replaced.out.contains("0 added, 1 replaced, 0 kept, 2 unchanged"), replaced.out);
    const QJsonObject mode = entryNamed(variables(m_otherVault), QStringLiteral("MODE"));
    QCOMPARE(mode[QStringLiteral("value")].toString(), QStringLiteral("new\tvalue"));
    // A replaced variable keeps the project's own export choice.
    QVERIFY(!mode[QStringLiteral("includeInExport")].toBool());
}

void TestCliTransfer::importIntoTakenNameIsRefused()
{
    createVault(m_vault);
    setVariable(m_vault, QStringLiteral("A"), QStringLiteral("1"), true);
    const QString zip = path(QStringLiteral("bot.zip"));
    EXPECT_EXIT(cli(args({"export"}) << kProject << zip), 0);
    createVault(m_otherVault);
    const QByteArray before = vaultState(m_otherVault);
    const CliRun taken = other(args({"import"}) << zip);
    EXPECT_EXIT(taken, code(ExitCode::InvalidInput));
    QVERIFY(taken.err.contains("--into Bot") && taken.err.contains("--name"));
    QCOMPARE(vaultState(m_otherVault), before);

    const CliRun renamed = other(args({"import", "--name", "Bot copy"}) << zip);
    EXPECT_EXIT(renamed, 0);
    QCOMPARE(
        entryNamed(variables(m_otherVault, QStringLiteral("Bot copy")), QStringLiteral("A"))[QStringLiteral("value")]
            .toString(),
        QStringLiteral("1"));
    EXPECT_EXIT(other(args({"import", "--name", "X", "--into"}) << kProject << zip), code(ExitCode::Usage));
}

void TestCliTransfer::importNeedsSourceDirForSourceFiles()
{
    createVault(m_vault);
    createBotFolder(path(QStringLiteral("bot")));
    EXPECT_EXIT(cli(args({"project", "bind"}) << kProject << path(QStringLiteral("bot"))), 0);
    const QString zip = path(QStringLiteral("bot.zip"));
    EXPECT_EXIT(cli(args({"export"}) << kProject << zip), 0);
    createVault(m_otherVault);
    EXPECT_EXIT(other(args({"project", "rm"}) << kProject), 0);
    const QByteArray before = vaultState(m_otherVault);

    const CliRun missing = other(args({"import"}) << zip);
    EXPECT_EXIT(missing, code(ExitCode::Usage));
    QVERIFY2(missing.err.contains("--source-dir") && missing.err.contains("6 source files"), missing.err);

    QVERIFY(writeBytes(path(QStringLiteral("busy/file.txt")), "occupied"));
    const CliRun busy
        = other(args({"import"}) << zip << QStringLiteral("--source-dir") << path(QStringLiteral("busy")));
    EXPECT_EXIT(busy, code(ExitCode::InvalidInput));
    QVERIFY(busy.err.contains("not empty"));
    QCOMPARE(filesUnder(path(QStringLiteral("busy"))).keys(), QStringList {QStringLiteral("file.txt")});
    QCOMPARE(vaultState(m_otherVault), before);
    QCOMPARE(jsonArray(other(args({"project", "list", "--json"})).out).size(), 0);

    // An existing empty folder is fine.
    QVERIFY(QDir().mkpath(path(QStringLiteral("empty"))));
    EXPECT_EXIT(other(args({"import"}) << zip << QStringLiteral("--source-dir") << path(QStringLiteral("empty"))), 0);
    QCOMPARE(filesUnder(path(QStringLiteral("empty"))), filesUnder(path(QStringLiteral("bot"))));
}

// Issue 17, item 8: --no-source imports the variables and secret names of an archive with source
// files without extracting them, and a merge keeps the project's own source folder.
void TestCliTransfer::importNoSourceTakesVariablesOnly()
{
    createVault(m_vault);
    createBotFolder(path(QStringLiteral("bot")));
    EXPECT_EXIT(cli(args({"project", "bind"}) << kProject << path(QStringLiteral("bot"))), 0);
    setVariable(m_vault, QStringLiteral("GREETING"), QStringLiteral("hello"), true);
    const QString zip = path(QStringLiteral("bot.zip"));
    EXPECT_EXIT(cli(args({"export"}) << kProject << zip), 0);
    createVault(m_otherVault);
    QVERIFY(QDir().mkpath(path(QStringLiteral("mine"))));
    EXPECT_EXIT(other(args({"project", "bind"}) << kProject << path(QStringLiteral("mine"))), 0);
    const QString mine = projectEntry(m_otherVault)[QStringLiteral("sourceFolder")].toString();
    QVERIFY(!mine.isEmpty());

    const QByteArray before = vaultState(m_otherVault);
    const CliRun both
        = other(args({"import"}) << zip << QStringLiteral("--into") << kProject << QStringLiteral("--no-source")
                                 << QStringLiteral("--source-dir") << path(QStringLiteral("elsewhere")));
    EXPECT_EXIT(both, code(ExitCode::Usage));
    QVERIFY2(both.err.contains("--no-source"), both.err.constData());
    QCOMPARE(vaultState(m_otherVault), before);

    const QStringList entriesBefore = QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    const CliRun imported
        = other(args({"import"}) << zip << QStringLiteral("--into") << kProject << QStringLiteral("--no-source"));
    EXPECT_EXIT(imported, 0);
    QVERIFY2(imported.out.contains("not extracted (--no-source)"), imported.out.constData());
    QCOMPARE(entryNamed(variables(m_otherVault), QStringLiteral("GREETING"))[QStringLiteral("value")].toString(),
        QStringLiteral("hello"));
    QCOMPARE(projectEntry(m_otherVault)[QStringLiteral("sourceFolder")].toString(), mine);
    QVERIFY(filesUnder(path(QStringLiteral("mine"))).isEmpty());
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), entriesBefore);

    // As a new project too: no folder is asked for, none is bound.
    const CliRun asNew = other(
        args({"import"}) << zip << QStringLiteral("--name") << QStringLiteral("Copy") << QStringLiteral("--no-source"));
    EXPECT_EXIT(asNew, 0);
    QVERIFY(projectEntry(m_otherVault, QStringLiteral("Copy"))[QStringLiteral("sourceFolder")].isNull());
    QCOMPARE(
        entryNamed(variables(m_otherVault, QStringLiteral("Copy")), QStringLiteral("GREETING"))[QStringLiteral("value")]
            .toString(),
        QStringLiteral("hello"));
}

void TestCliTransfer::importKeepBindingExtractsWithoutRebinding()
{
    createVault(m_vault);
    createBotFolder(path(QStringLiteral("bot")));
    EXPECT_EXIT(cli(args({"project", "bind"}) << kProject << path(QStringLiteral("bot"))), 0);
    const QString zip = path(QStringLiteral("bot.zip"));
    EXPECT_EXIT(cli(args({"export"}) << kProject << zip), 0);
    createVault(m_otherVault);
    QVERIFY(QDir().mkpath(path(QStringLiteral("mine"))));
    EXPECT_EXIT(other(args({"project", "bind"}) << kProject << path(QStringLiteral("mine"))), 0);
    const QString mine = projectEntry(m_otherVault)[QStringLiteral("sourceFolder")].toString();

    const CliRun withoutInto = other(args({"import"})
        << zip << QStringLiteral("--keep-binding") << QStringLiteral("--source-dir") << path(QStringLiteral("x")));
    EXPECT_EXIT(withoutInto, code(ExitCode::Usage));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("x"))));

    const CliRun kept
        = other(args({"import"}) << zip << QStringLiteral("--into") << kProject << QStringLiteral("--keep-binding")
                                 << QStringLiteral("--source-dir") << path(QStringLiteral("copy")));
    EXPECT_EXIT(kept, 0);
    QVERIFY2(kept.out.contains("keeps its source folder"), kept.out.constData());
    QCOMPARE(filesUnder(path(QStringLiteral("copy"))), filesUnder(path(QStringLiteral("bot"))));
    QCOMPARE(projectEntry(m_otherVault)[QStringLiteral("sourceFolder")].toString(), mine);
}

// Issue 19, item 4: a --source-dir whose parent folder is missing is "not found" (4), as every
// missing path is; one that exists and is not an empty folder is invalid input (3). Neither writes.
void TestCliTransfer::importSourceDirExitCodes()
{
    createVault(m_vault);
    createBotFolder(path(QStringLiteral("bot")));
    EXPECT_EXIT(cli(args({"project", "bind"}) << kProject << path(QStringLiteral("bot"))), 0);
    const QString zip = path(QStringLiteral("bot.zip"));
    EXPECT_EXIT(cli(args({"export"}) << kProject << zip), 0);
    createVault(m_otherVault);
    const QByteArray before = vaultState(m_otherVault);

    const QString orphan = path(QStringLiteral("missing/parent/source"));
    const CliRun missing = other(args({"import", "--name", "Copy"}) << zip << QStringLiteral("--source-dir") << orphan);
    EXPECT_EXIT(missing, code(ExitCode::NotFound));
    QCOMPARE(text(missing.err),
        QStringLiteral("botvault-cli: The folder '%1' does not exist; create it first, or choose another place for the "
                       "source files.\n")
            .arg(path(QStringLiteral("missing/parent"))));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("missing"))));

    QVERIFY(writeBytes(path(QStringLiteral("a-file")), "x"));
    const CliRun file = other(
        args({"import", "--name", "Copy"}) << zip << QStringLiteral("--source-dir") << path(QStringLiteral("a-file")));
    EXPECT_EXIT(file, code(ExitCode::InvalidInput));
    QVERIFY2(file.err.contains("is not a folder"), file.err.constData());
    QCOMPARE(vaultState(m_otherVault), before);
}

void TestCliTransfer::importDryRunWritesNothing()
{
    createVault(m_vault);
    setVariable(m_vault, QStringLiteral("A"), QStringLiteral("1"), true);
    setSecret(m_vault, QStringLiteral("TOKEN"), "t");
    createBotFolder(path(QStringLiteral("bot")));
    EXPECT_EXIT(cli(args({"project", "bind"}) << kProject << path(QStringLiteral("bot"))), 0);
    const QString zip = path(QStringLiteral("bot.zip"));
    EXPECT_EXIT(cli(args({"export"}) << kProject << zip), 0);
    createVault(m_otherVault);
    EXPECT_EXIT(other(args({"project", "rm"}) << kProject), 0);
    const QByteArray before = vaultState(m_otherVault);

    const QString target = path(QStringLiteral("target"));
    const CliRun dry = other(args({"import", "--dry-run"}) << zip << QStringLiteral("--source-dir") << target);
    EXPECT_EXIT(dry, 0);
    QVERIFY(dry.out.contains("  New variables: 1\n    A = 1\n"));
    QVERIFY(dry.out.contains("  Secrets that need a value: 3 (API_TOKEN, EXPECTED_ONLY, TOKEN)\n"));
    QVERIFY(dry.out.contains("  Source files: 6 ("));
    QVERIFY(dry.out.endsWith("Dry run: nothing was written.\n"));
    QCOMPARE(vaultState(m_otherVault), before);
    QVERIFY(!QFileInfo::exists(target));
    QCOMPARE(jsonArray(other(args({"project", "list", "--json"})).out).size(), 0);
}

void TestCliTransfer::hostileArchiveIsRefused_data()
{
    QTest::addColumn<ZipEntries>("entries");
    QTest::addColumn<QString>("mentions");
    const QPair<QString, QByteArray> chatbot {QStringLiteral("chatbot.yaml"), QByteArray("name: shop\n")};
    QTest::newRow("parent folder") << ZipEntries {chatbot, {QStringLiteral("../evil.txt"), QByteArray("evil")}}
                                   << QStringLiteral("evil.txt");
    QTest::newRow("climbs out of a folder")
        << ZipEntries {chatbot, {QStringLiteral("src/../../evil.txt"), QByteArray("evil")}}
        << QStringLiteral("evil.txt");
    QTest::newRow("absolute path") << ZipEntries {chatbot, {QStringLiteral("/tmp/evil.txt"), QByteArray("evil")}}
                                   << QStringLiteral("evil.txt");
    QTest::newRow("manifest with a secret value") << ZipEntries {chatbot,
        {QStringLiteral("botvault/project.json"),
            QByteArray("{\"format\":\"botvault-project\",\"version\":1,\"project\":{\"name\":\"Bot\"},"
                       "\"variables\":[],\"secrets\":[{\"name\":\"TOKEN\",\"value\":\"leaked\"}]}")}}
                                                  << QStringLiteral("secret");
}

void TestCliTransfer::hostileArchiveIsRefused()
{
    QFETCH(ZipEntries, entries);
    QFETCH(QString, mentions);
    createVault(m_otherVault);
    const QByteArray before = vaultState(m_otherVault);
    const QString zip = path(QStringLiteral("hostile.zip"));
    QVERIFY(writeZip(zip, entries));
    const QString parent = path(QStringLiteral("landing"));
    QVERIFY(QDir().mkpath(parent));
    const QString target = parent + QStringLiteral("/bot");

    const CliRun run = other(args({"import", "--name", "Hostile"}) << zip << QStringLiteral("--source-dir") << target);
    EXPECT_EXIT(run, code(ExitCode::InvalidInput));
    QCOMPARE(run.out, QByteArray());
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY2(text(run.err).contains(mentions, Qt::CaseInsensitive), run.err);
    QVERIFY(run.err.contains("Nothing was written"));
    QVERIFY(!run.err.contains("leaked"));

    QCOMPARE(vaultState(m_otherVault), before);
    QCOMPARE(QDir(parent).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("evil.txt"))));
    QVERIFY(
        !QFileInfo::exists(QStringLiteral("/tmp/evil.txt")) || readBytes(QStringLiteral("/tmp/evil.txt")) != "evil");
    QCOMPARE(namesIn(jsonArray(other(args({"project", "list", "--json"})).out)), QStringList {kProject});
}

// --- .env files -----------------------------------------------------------------------------

void TestCliTransfer::envExportImportRoundTrip()
{
    createVault(m_vault);
    const QList<QPair<QString, QString>> values {
        {QStringLiteral("MULTI_LINE"), QStringLiteral("line one\nline two\r\n\ttabbed")},
        {QStringLiteral("QUOTES"), QStringLiteral("He said \"hi\" and 'bye' \\ back # not a comment")},
        {QStringLiteral("NON_ASCII"), QStringLiteral("Жёлудь 🙂 naïve")},
        {QStringLiteral("DOLLAR_EQUALS"), QStringLiteral("$HOME ${PATH} = a=b==c")},
        {QStringLiteral("EMPTY"), QString()},
        {QStringLiteral("SPACES"), QStringLiteral("  padded  ")},
    };
    for (const auto& [name, value] : values) {
        setVariable(m_vault, name, value);
    }
    setSecret(m_vault, QStringLiteral("API_TOKEN"), "secret-value");
    setSecret(m_vault, QStringLiteral("OTHER_SECRET"), "secret-value-2");

    const QString envFile = path(QStringLiteral("bot.env"));
    const CliRun written = cli(args({"env", "export"}) << kProject << envFile);
    EXPECT_EXIT(written, 0);
    QCOMPARE(text(written.out), QStringLiteral("Wrote 6 variables of project 'Bot' to '%1'.\n").arg(envFile));
    QVERIFY2(written.err.startsWith("note: 2 secrets of project 'Bot' left out"), written.err);
    QCOMPARE(modeBits(envFile), 0600);
    QVERIFY(!readBytes(envFile).contains("secret-value"));

    // Standard output gets the same text, and the note still goes to stderr.
    const CliRun printed = cli(args({"env", "export"}) << kProject);
    EXPECT_EXIT(printed, 0);
    QCOMPARE(printed.out, readBytes(envFile));
    QVERIFY(printed.err.contains("2 secrets"));

    EXPECT_EXIT(cli(args({"project", "add", "Copy"})), 0);
    const CliRun imported = cli(args({"env", "import", "Copy"}) << envFile);
    EXPECT_EXIT(imported, 0);
    QCOMPARE(text(imported.out), QStringLiteral("Imported 6 variables and 0 secrets into project 'Copy'.\n"));
    const QJsonArray copy = variables(m_vault, QStringLiteral("Copy"));
    QCOMPARE(copy.size(), values.size());
    for (const auto& [name, value] : values) {
        QCOMPARE(entryNamed(copy, name)[QStringLiteral("value")].toString(), value);
    }
    QCOMPARE(secrets(m_vault, QStringLiteral("Copy")).size(), 0);
}

void TestCliTransfer::envExportRefusesToOverwriteWithoutForce()
{
    createVault(m_vault);
    setVariable(m_vault, QStringLiteral("A"), QStringLiteral("1"));
    const QString envFile = path(QStringLiteral("bot.env"));
    QVERIFY(writeBytes(envFile, "precious"));
    QVERIFY(QFile::setPermissions(envFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    const CliRun refused = cli(args({"env", "export"}) << kProject << envFile);
    EXPECT_EXIT(refused, code(ExitCode::InvalidInput));
    QVERIFY(refused.err.contains("--force"));
    QCOMPARE(readBytes(envFile), QByteArray("precious"));

    EXPECT_EXIT(cli(args({"env", "export", "--force"}) << kProject << envFile), 0);
    QVERIFY(readBytes(envFile).contains("A=1\n"));
    // The replacement is private even though the file it replaced was readable by others.
    QCOMPARE(modeBits(envFile), 0600);
}

void TestCliTransfer::envExportIsDataForShells()
{
    createVault(m_vault);
    // Values that reach the vault from a file, as a pulled variable or an imported archive would.
    const QByteArray file = "TICKS=\"`touch pwned`\"\n"
                            "SUBST='$(touch pwned)'\n"
                            "QUOTES=\"it's \\\"both\\\" \\\\ kinds\"\n"
                            "LINES=\"one\\r\\ntwo\\nthree\\r\"\n"
                            "PADDED=\"  #  \"\n";
    EXPECT_EXIT(cli(args({"env", "import"}) << kProject << QStringLiteral("-"), file), 0);
    const QString envFile = path(QStringLiteral("bot.env"));
    EXPECT_EXIT(cli(args({"env", "export"}) << kProject << envFile), 0);

    for (const char* shell : {"dash", "bash"}) {
        QProcess process;
        process.setWorkingDirectory(m_dir->path());
        process.start(QString::fromLatin1(shell),
            {QStringLiteral("-c"),
                QStringLiteral(
                    "set -a; . \"$1\"; printf '%s|' \"$TICKS\" \"$SUBST\" \"$QUOTES\" \"$LINES\" \"$PADDED\""),
                QString::fromLatin1(shell), envFile});
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.readAllStandardError(), QByteArray());
        QCOMPARE(process.readAllStandardOutput(),
            QByteArray("`touch pwned`|$(touch pwned)|it's \"both\" \\ kinds|one\r\ntwo\nthree\r|  #  |"));
        QVERIFY2(!QFileInfo::exists(path(QStringLiteral("pwned"))), shell);
    }
}

void TestCliTransfer::envExportRefusesWhatNoShellCanRead()
{
    createVault(m_vault);
    // A NUL can reach a variable through an imported file; no shell variable can hold it.
    EXPECT_EXIT(cli(args({"env", "import"}) << kProject << QStringLiteral("-"),
                    QByteArray("GOOD=1\nWITH_NUL=\"opaque-7f3a") + '\0' + QByteArray("tail\"\n")),
        0);
    const QString envFile = path(QStringLiteral("bot.env"));
    const CliRun refused = cli(args({"env", "export"}) << kProject << envFile);
    EXPECT_EXIT(refused, code(ExitCode::InvalidInput));
    QVERIFY2(refused.err.contains("The value of WITH_NUL contains a NUL character"), refused.err);
    QVERIFY2(refused.err.contains("Nothing was written."), refused.err);
    QVERIFY(!refused.err.contains("opaque-7f3a"));
    QVERIFY(!QFileInfo::exists(envFile));
    const CliRun printed = cli(args({"env", "export"}) << kProject);
    EXPECT_EXIT(printed, code(ExitCode::InvalidInput));
    QCOMPARE(printed.out, QByteArray());
}

void TestCliTransfer::envImportBadLinesImportNothing()
{
    createVault(m_vault);
    const QString envFile = path(QStringLiteral("bad.env"));
    QVERIFY(writeBytes(envFile,
        "GOOD=1\n"
        "BAD-NAME=2\n"
        "# a comment\n"
        "ALSO_GOOD=3\n"
        "OPEN=\"opaque-7f3a\n"
        "MORE=4\n"));
    const QByteArray before = vaultState(m_vault);
    const CliRun run = cli(args({"env", "import"}) << kProject << envFile);
    EXPECT_EXIT(run, code(ExitCode::InvalidInput));
    QCOMPARE(run.out, QByteArray());
    const QStringList lines = text(run.err).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(
        lines.at(0).startsWith(QStringLiteral("botvault-cli: %1: Line 2: ").arg(envFile)), qPrintable(lines.at(0)));
    QVERIFY(lines.at(0).contains(u'-'));
    QVERIFY2(
        lines.at(1).startsWith(QStringLiteral("botvault-cli: %1: Line 5: ").arg(envFile)), qPrintable(lines.at(1)));
    QVERIFY(lines.at(2).contains(QStringLiteral("2 problems; nothing was imported")));
    QVERIFY(!run.err.contains("opaque-7f3a"));
    QCOMPARE(vaultState(m_vault), before);
    QCOMPARE(variables(m_vault).size(), 0);
}

void TestCliTransfer::envImportDuplicateNameImportsNothing()
{
    createVault(m_vault);
    const CliRun run = cli(args({"env", "import"}) << kProject << QStringLiteral("-"), "A=first\nB=2\nA=second\n");
    EXPECT_EXIT(run, code(ExitCode::InvalidInput));
    QCOMPARE(text(run.err),
        QStringLiteral("botvault-cli: standard input: Line 1: A is defined again on line 3; define each name once.\n"
                       "botvault-cli: standard input has 1 problem; nothing was imported. Fix it and run the command "
                       "again.\n"));
    QCOMPARE(variables(m_vault).size(), 0);
}

void TestCliTransfer::envImportAsSecretsFromStandardInput()
{
    createVault(m_vault);
    const QByteArray input = "API_KEY=abc123\nexport PLAIN='literal $value'\n";
    const CliRun run = cli(args({"env", "import", "--as-secrets"}) << kProject << QStringLiteral("-"), input);
    EXPECT_EXIT(run, 0);
    QCOMPARE(text(run.out), QStringLiteral("Imported 0 variables and 2 secrets into project 'Bot'.\n"));
    QCOMPARE(run.err, QByteArray());
    QVERIFY(!run.out.contains("abc123"));
    QCOMPARE(namesIn(secrets(m_vault)), (QStringList {QStringLiteral("API_KEY"), QStringLiteral("PLAIN")}));
    QCOMPARE(variables(m_vault).size(), 0);
    // The values are the secrets' own: a command run with them sees them exactly.
    const CliRun shown
        = cli(args({"run"}) << kProject << QStringLiteral("--") << QStringLiteral("/bin/sh") << QStringLiteral("-c")
                            << QStringLiteral("printf '%s|%s' \"$API_KEY\" \"$PLAIN\""));
    EXPECT_EXIT(shown, 0);
    QCOMPARE(shown.out, QByteArray("abc123|literal $value"));
}

void TestCliTransfer::envImportWarnsAboutSecretLookingNames()
{
    createVault(m_vault);
    const CliRun run
        = cli(args({"env", "import"}) << kProject << QStringLiteral("-"), "DB_PASSWORD=hunter2\nPORT=8080\n");
    EXPECT_EXIT(run, 0);
    QCOMPARE(text(run.out), QStringLiteral("Imported 2 variables and 0 secrets into project 'Bot'.\n"));
    // Imported as asked, as a variable, with one warning naming it and the ways to store it as a secret.
    const QStringList warnings = text(run.err).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.first().startsWith(QStringLiteral("warning: DB_PASSWORD looks like a secret")));
    QVERIFY(warnings.first().contains(QStringLiteral("--as-secrets")));
    QVERIFY(warnings.first().contains(QStringLiteral("botvault-cli secret set Bot DB_PASSWORD")));
    QVERIFY(!run.err.contains("hunter2"));
    QCOMPARE(namesIn(variables(m_vault)), (QStringList {QStringLiteral("DB_PASSWORD"), QStringLiteral("PORT")}));
    QCOMPARE(secrets(m_vault).size(), 0);
}

void TestCliTransfer::envImportConflictsNeedAChoice()
{
    createVault(m_vault);
    setVariable(m_vault, QStringLiteral("A"), QStringLiteral("1"));
    setVariable(m_vault, QStringLiteral("SAME"), QStringLiteral("s"));
    setSecret(m_vault, QStringLiteral("TOKEN"), "old-token");
    const QByteArray file = "A=2\nB=3\nSAME=s\n";
    const QByteArray before = vaultState(m_vault);

    const CliRun undecided = cli(args({"env", "import"}) << kProject << QStringLiteral("-"), file);
    EXPECT_EXIT(undecided, code(ExitCode::InvalidInput));
    QCOMPARE(text(undecided.out),
        QStringLiteral("These names already exist in project 'Bot':\n  A (variable with another value, line 1)\n"));
    QVERIFY(undecided.err.contains("--replace") && undecided.err.contains("--keep"));
    QCOMPARE(vaultState(m_vault), before);

    const CliRun kept = cli(args({"env", "import", "--keep"}) << kProject << QStringLiteral("-"), file);
    EXPECT_EXIT(kept, 0);
    QVERIFY2(kept.out.startsWith("Imported 1 variable and 0 secrets into project 'Bot'.\n"), kept.out);
    QVERIFY(kept.out.contains("Kept the project's value of: A\n"));
    QCOMPARE(
        entryNamed(variables(m_vault), QStringLiteral("A"))[QStringLiteral("value")].toString(), QStringLiteral("1"));
    QCOMPARE(
        entryNamed(variables(m_vault), QStringLiteral("B"))[QStringLiteral("value")].toString(), QStringLiteral("3"));

    const CliRun replaced = cli(args({"env", "import", "--replace"}) << kProject << QStringLiteral("-"), file);
    EXPECT_EXIT(replaced, 0);
    QCOMPARE(
        entryNamed(variables(m_vault), QStringLiteral("A"))[QStringLiteral("value")].toString(), QStringLiteral("2"));

    // A secret's value cannot be compared, so an existing secret is always a conflict.
    const CliRun secretConflict
        = cli(args({"env", "import", "--as-secrets"}) << kProject << QStringLiteral("-"), "TOKEN=new-token\n");
    EXPECT_EXIT(secretConflict, code(ExitCode::InvalidInput));
    QVERIFY(secretConflict.out.contains("  TOKEN (secret, line 1)\n"));
    QVERIFY(!secretConflict.out.contains("token") && !secretConflict.err.contains("new-token"));
}

void TestCliTransfer::envImportNeverTurnsSecretsIntoVariables()
{
    createVault(m_vault);
    setSecret(m_vault, QStringLiteral("WEBHOOK_SECRET"), "whsec_old");
    setVariable(m_vault, QStringLiteral("PORT"), QStringLiteral("1"));
    const QByteArray file = "WEBHOOK_SECRET=whsec_new\nOTHER=2\n";
    const QByteArray before = vaultState(m_vault);

    // Neither --keep nor --replace settles it: they choose between values, not kinds.
    for (const char* choice : {"--keep", "--replace"}) {
        const CliRun run = cli(args({"env", "import", choice}) << kProject << QStringLiteral("-"), file);
        EXPECT_EXIT(run, code(ExitCode::InvalidInput));
        QVERIFY2(run.out.startsWith("These names are already stored as the other kind in project 'Bot':\n"
                                    "  WEBHOOK_SECRET (secret, line 1): importing it as a variable"),
            run.out);
        QVERIFY2(run.err.contains("1 name from standard input would be stored as another kind"), run.err);
        QVERIFY(run.err.contains("Nothing was imported."));
        QVERIFY(!run.out.contains("whsec") && !run.err.contains("whsec"));
        QCOMPARE(vaultState(m_vault), before);
    }
    QCOMPARE(namesIn(variables(m_vault)), QStringList {QStringLiteral("PORT")});

    // --as-secrets over a variable would put a secret beside it.
    const CliRun beside = cli(
        args({"env", "import", "--as-secrets", "--replace"}) << kProject << QStringLiteral("-"), "PORT=2\nAPI_KEY=k\n");
    EXPECT_EXIT(beside, code(ExitCode::InvalidInput));
    QVERIFY2(beside.out.contains("  PORT (variable, line 1): --as-secrets would add a secret beside it; remove the "
                                 "variable first with: botvault-cli var rm Bot PORT"),
        beside.out);
    QCOMPARE(vaultState(m_vault), before);
    QCOMPARE(namesIn(secrets(m_vault)), QStringList {QStringLiteral("WEBHOOK_SECRET")});

    // Imported as what the project holds, the line replaces the secret as asked.
    const CliRun asSecret = cli(args({"env", "import", "--as-secrets", "--replace"}) << kProject << QStringLiteral("-"),
        "WEBHOOK_SECRET=whsec_new\n");
    EXPECT_EXIT(asSecret, 0);
    QCOMPARE(variables(m_vault).size(), 1);
}

void TestCliTransfer::textOutputEscapesTerminalControls()
{
    createVault(m_vault);
    // An OSC title sequence ended by BEL, a CSI colour, an 8-bit CSI (U+009B), a right-to-left
    // override and DEL, from a .env file as they could come from the platform or an archive.
    const QString value = QStringLiteral("\x1b]0;pwned\x07 \x1b[31mred ") + QChar(0x9b) + QStringLiteral("1m ")
        + QChar(0x202e) + QStringLiteral("txt\x7f");
    const QByteArray file = "TITLE=\"" + value.toUtf8() + "\"\n";
    EXPECT_EXIT(cli(args({"env", "import"}) << kProject << QStringLiteral("-"), file), 0);
    const auto verifyInert = [](const QByteArray& bytes) {
        for (const QByteArray& control : {QByteArray("\x1b"), QByteArray("\x07"), QByteArray("\x7f"),
                 QByteArray("\xc2\x9b"), QByteArray("\xe2\x80\xae")}) {
            QVERIFY2(!bytes.contains(control), bytes.toHex(' ').constData());
        }
    };

    const CliRun listed = cli(args({"var", "list"}) << kProject);
    EXPECT_EXIT(listed, 0);
    verifyInert(listed.out);
    QVERIFY2(listed.out.contains("\\x1b]0;pwned\\x07 \\x1b[31mred \\x9b1m \\u202etxt\\x7f"), listed.out);

    const CliRun json = cli(args({"var", "list", "--json"}) << kProject);
    EXPECT_EXIT(json, 0);
    verifyInert(json.out);
    QCOMPARE(entryNamed(jsonArray(json.out), QStringLiteral("TITLE"))[QStringLiteral("value")].toString(), value);

    // The archive import plan shows the values it brings.
    setVariable(m_vault, QStringLiteral("TITLE"), value, true);
    const QString zip = path(QStringLiteral("bot.zip"));
    EXPECT_EXIT(cli(args({"export"}) << kProject << zip), 0);
    const CliRun plan = cli(args({"import", "--dry-run", "--name", "Copy"}) << zip);
    EXPECT_EXIT(plan, 0);
    verifyInert(plan.out);
    verifyInert(plan.err);
    QVERIFY2(plan.out.contains("TITLE = \\x1b]0;pwned\\x07"), plan.out);

    // A script that asks for the value gets it exactly (standard output is a pipe here).
    const CliRun exact = cli(args({"var", "get"}) << kProject << QStringLiteral("TITLE"));
    EXPECT_EXIT(exact, 0);
    QCOMPARE(exact.out, value.toUtf8() + '\n');

    // At a terminal (script(1) gives the command a pseudo-terminal) a person reads it: escaped.
    for (const char* command : {"var get Bot TITLE", "env export Bot"}) {
        QProcess terminal;
        terminal.start(QStringLiteral("script"),
            {QStringLiteral("-qec"),
                QStringLiteral("'%1' --vault '%2' --password-file '%3' %4")
                    .arg(TestSupport::cliPath(), m_vault, m_passwordFile, QString::fromLatin1(command)),
                QStringLiteral("/dev/null")});
        QVERIFY2(terminal.waitForFinished(60000), command);
        QCOMPARE(terminal.exitCode(), 0);
        const QByteArray shown = terminal.readAllStandardOutput();
        verifyInert(shown);
        QVERIFY2(shown.contains("\\x1b]0;pwned\\x07"), shown.constData());
    }
}

// --- run --------------------------------------------------------------------------------------

void TestCliTransfer::runPassesVariablesAndSecrets()
{
    createVault(m_vault);
    setVariable(m_vault, QStringLiteral("GREETING"), QStringLiteral("Hello,\n\"world\" $HOME Жёлудь"));
    setSecret(m_vault, QStringLiteral("NAME"), "s3cr3t value\nwith a second line");
    const CliRun run = cli(args({"run"}) << kProject << QStringLiteral("--") << QStringLiteral("/bin/sh")
                                         << QStringLiteral("-c") << QStringLiteral("printf %s \"$NAME\""));
    EXPECT_EXIT(run, 0);
    QCOMPARE(run.out, QByteArray("s3cr3t value\nwith a second line"));
    QCOMPARE(run.err, QByteArray());
    const CliRun variable = cli(args({"run"}) << kProject << QStringLiteral("--") << QStringLiteral("sh")
                                              << QStringLiteral("-c") << QStringLiteral("printf %s \"$GREETING\""));
    EXPECT_EXIT(variable, 0);
    QCOMPARE(text(variable.out), QStringLiteral("Hello,\n\"world\" $HOME Жёлудь"));
    // The rest of the environment is botvault-cli's own.
    const CliRun inherited
        = cliRaw(QStringList {QStringLiteral("--vault"), m_vault, QStringLiteral("--password-file"), m_passwordFile,
                     QStringLiteral("run"), kProject, QStringLiteral("--"), QStringLiteral("/bin/sh"),
                     QStringLiteral("-c"), QStringLiteral("printf %s \"$INHERITED_MARK\"")},
            {}, {{QStringLiteral("INHERITED_MARK"), QStringLiteral("kept")}});
    EXPECT_EXIT(inherited, 0);
    QCOMPARE(inherited.out, QByteArray("kept"));
}

void TestCliTransfer::runSecretWinsOverVariable()
{
    createVault(m_vault);
    setVariable(m_vault, QStringLiteral("TOKEN"), QStringLiteral("the variable"));
    setSecret(m_vault, QStringLiteral("TOKEN"), "the secret");
    const CliRun run = cli(args({"run"}) << kProject << QStringLiteral("--") << QStringLiteral("/bin/sh")
                                         << QStringLiteral("-c") << QStringLiteral("printf %s \"$TOKEN\""));
    EXPECT_EXIT(run, 0);
    QCOMPARE(run.out, QByteArray("the secret"));
    QCOMPARE(text(run.err),
        QStringLiteral("warning: TOKEN is both a secret and a variable of project 'Bot'; the command gets the "
                       "secret.\n"));
}

void TestCliTransfer::runPassesExitStatusAndSignal()
{
    createVault(m_vault);
    const CliRun seven = cli(args({"run"}) << kProject << QStringLiteral("--") << QStringLiteral("/bin/sh")
                                           << QStringLiteral("-c") << QStringLiteral("exit 7"));
    QCOMPARE(seven.exitCode, 7);
    QCOMPARE(seven.err, QByteArray());
    // botvault-cli became the command: a signal that ends the command ends "botvault-cli run" itself,
    // rather than turning into an exit status as a waiting parent would report it.
    const CliRun killed = cli(args({"run"}) << kProject << QStringLiteral("--") << QStringLiteral("/bin/sh")
                                            << QStringLiteral("-c") << QStringLiteral("kill -TERM $$"));
    QCOMPARE(killed.exitCode, -1);
    QCOMPARE(killed.signal, SIGTERM);
}

void TestCliTransfer::runMissingCommandIs127()
{
    createVault(m_vault);
    for (const QString& command :
        {QStringLiteral("botvault-no-such-command"), path(QStringLiteral("missing/command"))}) {
        const CliRun run = cli(args({"run"}) << kProject << QStringLiteral("--") << command);
        EXPECT_EXIT(run, code(ExitCode::CommandNotFound));
        QCOMPARE(run.out, QByteArray());
        QVERIFY2(run.err.startsWith("botvault-cli: The command '" + command.toUtf8() + "' was not found"), run.err);
    }
    QVERIFY(writeBytes(path(QStringLiteral("not-executable")), "#!/bin/sh\n"));
    const CliRun notExecutable
        = cli(args({"run"}) << kProject << QStringLiteral("--") << path(QStringLiteral("not-executable")));
    EXPECT_EXIT(notExecutable, code(ExitCode::CommandNotExecutable));
}

void TestCliTransfer::runWithholdsMasterPassword()
{
    createVault(m_vault);
    const CliRun run = cliRaw(QStringList {QStringLiteral("--vault"), m_vault, QStringLiteral("run"), kProject,
                                  QStringLiteral("--"), QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                                  QStringLiteral("printf %s \"${BOTVAULT_PASSWORD-unset}\"")},
        {}, {{QStringLiteral("BOTVAULT_PASSWORD"), kPassword}});
    EXPECT_EXIT(run, 0);
    QCOMPARE(run.out, QByteArray("unset"));
}

void TestCliTransfer::runNeedsDoubleDash()
{
    createVault(m_vault);
    const CliRun run = cli(args({"run"}) << kProject << QStringLiteral("/bin/true"));
    EXPECT_EXIT(run, code(ExitCode::Usage));
    QVERIFY(run.err.contains("'--'"));
    EXPECT_EXIT(cli(args({"run"}) << kProject << QStringLiteral("--")), code(ExitCode::Usage));
}

void TestCliTransfer::runWithholdsStartupVariablesUnlessAllowed()
{
    createVault(m_vault);
    const QString startupFile = path(QStringLiteral("startup.sh"));
    QVERIFY(writeBytes(startupFile, "touch \"" + path(QStringLiteral("pwned")).toUtf8() + "\"\n"));
    // Setting such a name warns once, naming the way to pass it.
    const CliRun set = cli(args({"var", "set"}) << kProject << QStringLiteral("BASH_ENV") << startupFile);
    EXPECT_EXIT(set, 0);
    QCOMPARE(text(set.err),
        QStringLiteral("warning: BASH_ENV is read by the shells, which run the code, files or commands it names as "
                       "they start, so its value decides what runs; 'botvault-cli run' passes it to a command only "
                       "when named with --allow BASH_ENV.\n"));
    setVariable(m_vault, QStringLiteral("LD_PRELOAD"), path(QStringLiteral("missing.so")));
    setSecret(m_vault, QStringLiteral("NODE_OPTIONS"), "--require ./evil.js");
    setVariable(m_vault, QStringLiteral("PLAIN"), QStringLiteral("passed"));
    const QString script
        = QStringLiteral("printf '%s|%s|%s|%s' \"${BASH_ENV-unset}\" \"${LD_PRELOAD-unset}\" \"${NODE_OPTIONS-unset}\" "
                         "\"$PLAIN\"");

    const CliRun withheld = cli(
        args({"run"}) << kProject << QStringLiteral("--") << QStringLiteral("bash") << QStringLiteral("-c") << script);
    EXPECT_EXIT(withheld, 0);
    QCOMPARE(withheld.out, QByteArray("unset|unset|unset|passed"));
    QVERIFY2(!QFileInfo::exists(path(QStringLiteral("pwned"))), "BASH_ENV reached bash");
    const QStringList warnings = text(withheld.err).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(warnings.size(), 3);
    QVERIFY2(warnings.at(0).startsWith(QStringLiteral("warning: BASH_ENV was not passed to the command: it is read "
                                                      "by the shells")),
        qPrintable(warnings.at(0)));
    QVERIFY(warnings.at(0).endsWith(QStringLiteral("Give --allow BASH_ENV to pass it.")));
    QVERIFY(warnings.at(1).startsWith(QStringLiteral("warning: LD_PRELOAD was not passed")));
    QVERIFY(warnings.at(2).startsWith(QStringLiteral("warning: NODE_OPTIONS was not passed")));
    QVERIFY(!withheld.err.contains("evil.js"));

    // Named with --allow (before the "--"), the value is passed and does what it says.
    const CliRun allowed = cli(args({"run", "--allow", "BASH_ENV", "--allow=NODE_OPTIONS"})
        << kProject << QStringLiteral("--") << QStringLiteral("bash") << QStringLiteral("-c") << script);
    EXPECT_EXIT(allowed, 0);
    QCOMPARE(text(allowed.out), QStringLiteral("%1|unset|--require ./evil.js|passed").arg(startupFile));
    QVERIFY(QFileInfo::exists(path(QStringLiteral("pwned"))));
    QCOMPARE(text(allowed.err).count(QStringLiteral("warning: ")), 1);
    QVERIFY(allowed.err.startsWith("warning: LD_PRELOAD was not passed"));

    const CliRun badName
        = cli(args({"run", "--allow", "LD-PRELOAD"}) << kProject << QStringLiteral("--") << QStringLiteral("true"));
    EXPECT_EXIT(badName, code(ExitCode::Usage));
    const CliRun unknown
        = cli(args({"run", "--allow", "NOT_DEFINED"}) << kProject << QStringLiteral("--") << QStringLiteral("true"));
    EXPECT_EXIT(unknown, 0);
    QVERIFY(unknown.err.contains("warning: --allow NOT_DEFINED: project 'Bot' has no variable or secret"));
}

void TestCliTransfer::importingStartupVariablesWarnsOnce()
{
    createVault(m_vault);
    const CliRun run = cli(args({"env", "import"}) << kProject << QStringLiteral("-"),
        "PORT=8080\nLD_PRELOAD=/tmp/x.so\nPYTHONPATH=/tmp\n");
    EXPECT_EXIT(run, 0);
    const QStringList warnings = text(run.err).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(warnings.size(), 2);
    QVERIFY(warnings.at(0).startsWith(QStringLiteral("warning: LD_PRELOAD is read by the dynamic loader")));
    QVERIFY(warnings.at(0).endsWith(QStringLiteral("--allow LD_PRELOAD.")));
    QVERIFY(warnings.at(1).startsWith(QStringLiteral("warning: PYTHONPATH is read by Python")));

    // A project archive brings its variables with the same warning.
    setVariable(m_vault, QStringLiteral("NODE_OPTIONS"), QStringLiteral("--inspect"), true);
    const QString zip = path(QStringLiteral("bot.zip"));
    EXPECT_EXIT(cli(args({"export"}) << kProject << zip), 0);
    const CliRun imported = cli(args({"import", "--name", "Copy"}) << zip);
    EXPECT_EXIT(imported, 0);
    QCOMPARE(text(imported.err).count(QStringLiteral("warning: NODE_OPTIONS is read by Node.js")), 1);
}

// --- check ------------------------------------------------------------------------------------

void TestCliTransfer::checkReportsMissingAndUnusedNames()
{
    createVault(m_vault);
    const QString bot = path(QStringLiteral("bot"));
    QVERIFY(writeBytes(bot + QStringLiteral("/chatbot.yaml"),
        "injector:\n"
        "  secrets:\n"
        "    - API_TOKEN\n"
        "    - MISSING_SECRET\n"
        "  variables:\n"
        "    - BASE_URL\n"));
    QVERIFY(writeBytes(bot + QStringLiteral("/src/main.js"), "const v = $env.get(\"MISSING_VAR\");\n"));
    setSecret(m_vault, QStringLiteral("API_TOKEN"), "t");
    setVariable(m_vault, QStringLiteral("BASE_URL"), QStringLiteral("https://example.org"));
    setVariable(m_vault, QStringLiteral("UNUSED_VAR"), QStringLiteral("x"));
    EXPECT_EXIT(cli(args({"project", "bind"}) << kProject << bot), 0);

    const CliRun missing = cli(args({"check"}) << kProject);
    EXPECT_EXIT(missing, code(ExitCode::MissingNames));
    QCOMPARE(text(missing.out),
        QStringLiteral("Project 'Bot', source folder '%1':\n"
                       "Secrets the bot reads that the project lacks:\n"
                       "  MISSING_SECRET  (chatbot.yaml:4)\n"
                       "Variables the bot reads that the project lacks:\n"
                       "  MISSING_VAR  (src/main.js:1)\n"
                       "Variables the project defines that the bot never reads:\n"
                       "  UNUSED_VAR\n")
            .arg(bot));
    QVERIFY2(missing.err.startsWith("botvault-cli: The bot reads 1 secret and 1 variable that project 'Bot' lacks"),
        missing.err);

    setSecret(m_vault, QStringLiteral("MISSING_SECRET"), "s");
    setVariable(m_vault, QStringLiteral("MISSING_VAR"), QStringLiteral("v"));
    const CliRun complete = cli(args({"check"}) << kProject);
    EXPECT_EXIT(complete, 0);
    QVERIFY(complete.out.endsWith("Every secret and variable the bot reads is defined.\n"));
    QCOMPARE(complete.err, QByteArray());
}

void TestCliTransfer::checkJsonShape()
{
    createVault(m_vault);
    const QString bot = path(QStringLiteral("bot"));
    QVERIFY(writeBytes(bot + QStringLiteral("/chatbot.yaml"), "injector: {secrets: [NEEDED], variables: [USED]}\n"));
    QVERIFY(writeBytes(
        bot + QStringLiteral("/src/main.js"), "$secrets.get(\"NEEDED\");\nconst name = pick();\n$env.get(name);\n"));
    setVariable(m_vault, QStringLiteral("USED"), QStringLiteral("1"));
    setSecret(m_vault, QStringLiteral("SPARE"), "s");
    EXPECT_EXIT(cli(args({"project", "bind"}) << kProject << bot), 0);

    const CliRun run = cli(args({"check", "--json"}) << kProject);
    EXPECT_EXIT(run, code(ExitCode::MissingNames));
    const QJsonObject report = jsonObject(run.out);
    QCOMPARE(report.keys(),
        (QStringList {QStringLiteral("computedSecretReads"), QStringLiteral("computedVariableReads"),
            QStringLiteral("missingSecrets"), QStringLiteral("missingVariables"), QStringLiteral("optionalSecrets"),
            QStringLiteral("optionalVariables"), QStringLiteral("project"), QStringLiteral("sourceFolder"),
            QStringLiteral("unusedSecrets"), QStringLiteral("unusedVariables"), QStringLiteral("warnings")}));
    QCOMPARE(report[QStringLiteral("project")].toString(), kProject);
    QCOMPARE(report[QStringLiteral("sourceFolder")].toString(), bot);
    const QJsonArray missingSecrets = report[QStringLiteral("missingSecrets")].toArray();
    QCOMPARE(missingSecrets.size(), 1);
    QCOMPARE(missingSecrets.at(0).toObject()[QStringLiteral("name")].toString(), QStringLiteral("NEEDED"));
    QCOMPARE(strings(missingSecrets.at(0).toObject()[QStringLiteral("foundIn")]),
        (QStringList {QStringLiteral("chatbot.yaml:1"), QStringLiteral("src/main.js:1")}));
    QCOMPARE(report[QStringLiteral("missingVariables")].toArray().size(), 0);
    QCOMPARE(strings(report[QStringLiteral("unusedSecrets")]), QStringList {QStringLiteral("SPARE")});
    QCOMPARE(strings(report[QStringLiteral("unusedVariables")]), QStringList());
    QCOMPARE(report[QStringLiteral("computedSecretReads")].toInt(), 0);
    QCOMPARE(report[QStringLiteral("computedVariableReads")].toInt(), 1);
    // The warning is in the report only; with --json the report is the whole output.
    QCOMPARE(strings(report[QStringLiteral("warnings")]),
        QStringList {QStringLiteral("src/main.js:3 reads a variable by a computed name; BotVault cannot check it.")});
    QCOMPARE(run.err, QByteArray());
}

void TestCliTransfer::checkTreatsDefaultsAsOptional()
{
    createVault(m_vault);
    const QString bot = QStringLiteral(BOTVAULT_SOURCE_DIR "/tests/data/bots/translator-es6");
    EXPECT_EXIT(cli(args({"project", "bind"}) << kProject << bot), 0);

    // openaiModel and openaiTemperature are read only with a default: listed apart, never missing.
    const CliRun lacking = cli(args({"check"}) << kProject);
    EXPECT_EXIT(lacking, code(ExitCode::MissingNames));
    QCOMPARE(text(lacking.out),
        QStringLiteral("Project 'Bot', source folder '%1':\n"
                       "Secrets the bot reads that the project lacks:\n"
                       "  openaiApiKey  (chatbot.yaml:6, src/openai.js:7, src/utils.js:3)\n"
                       "Variables the bot reads that the project lacks:\n"
                       "  openaiBaseUrl  (chatbot.yaml:7, src/openai.js:8, src/utils.js:4, src/utils.js:6)\n"
                       "Variables the bot reads with a default that the project lacks (read with a default: the "
                       "bot uses its default):\n"
                       "  openaiModel  (src/openai.js:15)\n"
                       "  openaiTemperature  (src/main.sc:28)\n")
            .arg(bot));
    // One line on stderr, printed once.
    QCOMPARE(lacking.err,
        QByteArray("botvault-cli: The bot reads 1 secret and 1 variable that project 'Bot' lacks: add them with "
                   "'botvault-cli secret set' and 'botvault-cli var set'.\n"));

    setSecret(m_vault, QStringLiteral("openaiApiKey"), "sk-test-not-a-key");
    setVariable(m_vault, QStringLiteral("openaiBaseUrl"), QStringLiteral("https://llm.example.test"));
    const CliRun optionalOnly = cli(args({"check"}) << kProject);
    EXPECT_EXIT(optionalOnly, 0);
    QVERIFY(optionalOnly.out.endsWith("  openaiTemperature  (src/main.sc:28)\n"
                                      "Every secret and variable the bot reads without a default is defined.\n"));
    QCOMPARE(optionalOnly.err, QByteArray());

    const CliRun json = cli(args({"check", "--json"}) << kProject);
    EXPECT_EXIT(json, 0);
    QCOMPARE(json.err, QByteArray());
    const QJsonObject report = jsonObject(json.out);
    QCOMPARE(report[QStringLiteral("missingSecrets")].toArray().size(), 0);
    QCOMPARE(report[QStringLiteral("missingVariables")].toArray().size(), 0);
    QCOMPARE(namesIn(report[QStringLiteral("optionalVariables")].toArray()),
        (QStringList {QStringLiteral("openaiModel"), QStringLiteral("openaiTemperature")}));
    QCOMPARE(strings(report[QStringLiteral("optionalVariables")].toArray().at(0).toObject()[QStringLiteral("foundIn")]),
        QStringList {QStringLiteral("src/openai.js:15")});
    QCOMPARE(report[QStringLiteral("optionalSecrets")].toArray().size(), 0);

    // Defined, an optional name is simply used.
    setVariable(m_vault, QStringLiteral("openaiModel"), QStringLiteral("gpt-4o-mini"));
    const CliRun defined = cli(args({"check", "--json"}) << kProject);
    EXPECT_EXIT(defined, 0);
    const QJsonObject definedReport = jsonObject(defined.out);
    QCOMPARE(namesIn(definedReport[QStringLiteral("optionalVariables")].toArray()),
        QStringList {QStringLiteral("openaiTemperature")});
    QCOMPARE(strings(definedReport[QStringLiteral("unusedVariables")]), QStringList());
}

void TestCliTransfer::checkReadsTheInjectorIdiomAsTheDeclaredNames()
{
    createVault(m_vault);
    const QString bot = QStringLiteral(BOTVAULT_SOURCE_DIR "/tests/data/bots/weather-es5");
    EXPECT_EXIT(cli(args({"project", "bind"}) << kProject << bot), 0);
    setSecret(m_vault, QStringLiteral("weatherApiKey"), "not-a-real-key");
    setVariable(m_vault, QStringLiteral("weatherUnits"), QStringLiteral("metric"));

    // logLevel is read with and without a default, so it is required.
    const CliRun run = cli(args({"check", "--json"}) << kProject);
    EXPECT_EXIT(run, code(ExitCode::MissingNames));
    QCOMPARE(run.err, QByteArray());
    const QJsonObject report = jsonObject(run.out);
    QCOMPARE(namesIn(report[QStringLiteral("missingVariables")].toArray()), QStringList {QStringLiteral("logLevel")});
    QCOMPARE(namesIn(report[QStringLiteral("optionalVariables")].toArray()),
        (QStringList {QStringLiteral("replyLanguage"), QStringLiteral("requestTimeout")}));
    QCOMPARE(
        namesIn(report[QStringLiteral("optionalSecrets")].toArray()), QStringList {QStringLiteral("backupApiKey")});
    // The loops over $injector.secrets and .variables read the declared names, not computed ones.
    QCOMPARE(report[QStringLiteral("computedSecretReads")].toInt(), 0);
    QCOMPARE(report[QStringLiteral("computedVariableReads")].toInt(), 0);
    QCOMPARE(strings(report[QStringLiteral("warnings")]), QStringList());

    setVariable(m_vault, QStringLiteral("logLevel"), QStringLiteral("info"));
    const CliRun complete = cli(args({"check"}) << kProject);
    EXPECT_EXIT(complete, 0);
    QCOMPARE(complete.err, QByteArray());
}

// --- scan -------------------------------------------------------------------------------------

namespace {

// A made-up token in a real format, assembled here so that no file holds one whole.
QByteArray fakeGitHubToken()
{
    return QByteArray("ghp_") + "FAKE" + QByteArray("aB3xY9kLmN2pQ7rS4tU8vW1zC6dE0fG5hJ").left(32);
}

} // namespace

void TestCliTransfer::scanListsFindingsWithoutTheirValues()
{
    createVault(m_vault);
    const QString bot = path(QStringLiteral("bot"));
    const QByteArray token = fakeGitHubToken();
    QVERIFY(writeBytes(bot + QStringLiteral("/chatbot.yaml"), "name: shop\n"));
    QVERIFY(writeBytes(bot + QStringLiteral("/src/main.js"),
        "const t = $secrets.get(\"GH_TOKEN\");\n// const t = \"" + token + "\";\n"));
    QVERIFY(writeBytes(bot + QStringLiteral("/src/fixtures.js"),
        "// botvault:ignore revoked, kept for the parser test\nconst old = \"" + token + "\";\n"));
    QVERIFY(writeBytes(bot + QStringLiteral("/src/logo.png"), QByteArray("\x89PNG\0\0", 6) + token));
    EXPECT_EXIT(cli(args({"project", "bind"}) << kProject << bot), 0);

    const CliRun found = cli(args({"scan"}) << kProject);
    EXPECT_EXIT(found, code(ExitCode::CredentialsFound));
    // Each finding ends with its id, a keyed MAC that differs from vault to vault.
    const QRegularExpression listed(
        QStringLiteral("^Project 'Bot', source folder '%1':\n"
                       "  src/main.js:2  GitHub token  ghp_FAKE\u2026 \\(40 characters\\)  id [0-9a-f]{16}\n$")
            .arg(QRegularExpression::escape(bot)));
    QVERIFY2(listed.match(text(found.out)).hasMatch(), found.out.constData());
    QCOMPARE(text(found.err),
        QStringLiteral("warning: src/logo.png is a binary file; it was not scanned.\n"
                       "botvault-cli: 1 hard-coded credential in the source folder of project 'Bot': move each "
                       "value to a secret and read it with $secrets.get, or mark the line 'botvault:ignore REASON' "
                       "if it is not a credential.\n"));
    QVERIFY(!found.out.contains(token) && !found.err.contains(token));

    const CliRun json = cli(args({"scan", "--json"}) << kProject);
    EXPECT_EXIT(json, code(ExitCode::CredentialsFound));
    QCOMPARE(json.err, QByteArray());
    QVERIFY(!json.out.contains(token));
    const QJsonObject report = jsonObject(json.out);
    QCOMPARE(report.keys(),
        (QStringList {QStringLiteral("filesScanned"), QStringLiteral("findings"), QStringLiteral("notes"),
            QStringLiteral("project"), QStringLiteral("sourceFolder")}));
    QCOMPARE(report[QStringLiteral("filesScanned")].toInt(), 3);
    const QJsonArray findings = report[QStringLiteral("findings")].toArray();
    QCOMPARE(findings.size(), 1);
    const QJsonObject finding = findings.at(0).toObject();
    QCOMPARE(finding[QStringLiteral("file")].toString(), QStringLiteral("src/main.js"));
    QCOMPARE(finding[QStringLiteral("line")].toInt(), 2);
    QCOMPARE(finding[QStringLiteral("kind")].toString(), QStringLiteral("github-token"));
    QCOMPARE(finding[QStringLiteral("preview")].toString(), QStringLiteral("ghp_FAKE\u2026"));
    QCOMPARE(finding[QStringLiteral("length")].toInt(), 40);
    QCOMPARE(strings(report[QStringLiteral("notes")]).size(), 1);

    // Once the line is gone the folder is clean: exit 0.
    QVERIFY(writeBytes(bot + QStringLiteral("/src/main.js"), "const t = $secrets.get(\"GH_TOKEN\");\n"));
    const CliRun clean = cli(args({"scan"}) << kProject);
    EXPECT_EXIT(clean, 0);
    QVERIFY(clean.out.endsWith("No hard-coded credentials found in 3 files.\n"));

    EXPECT_EXIT(cli(args({"project", "unbind"}) << kProject), 0);
    const CliRun unbound = cli(args({"scan"}) << kProject);
    EXPECT_EXIT(unbound, code(ExitCode::InvalidInput));
    QVERIFY(unbound.err.contains("botvault-cli project bind Bot DIR"));
}

void TestCliTransfer::exportRefusesFindingsUnlessAllowed()
{
    createVault(m_vault);
    const QString bot = path(QStringLiteral("bot"));
    const QByteArray token = fakeGitHubToken();
    QVERIFY(writeBytes(bot + QStringLiteral("/chatbot.yaml"), "name: shop\n"));
    QVERIFY(writeBytes(bot + QStringLiteral("/src/a.js"), "x = 1;\n// old: " + token + "\n"));
    QVERIFY(writeBytes(bot + QStringLiteral("/src/b.js"), "const key = '" + token + "';\n"));
    EXPECT_EXIT(cli(args({"project", "bind"}) << kProject << bot), 0);
    const QString zip = path(QStringLiteral("bot.zip"));

    const CliRun refused = cli(args({"export"}) << kProject << zip);
    EXPECT_EXIT(refused, code(ExitCode::CredentialsFound));
    QVERIFY(!QFileInfo::exists(zip));
    QCOMPARE(refused.out, QByteArray());
    QCOMPARE(text(refused.err),
        QStringLiteral("botvault-cli: The source folder of project 'Bot' holds 2 hard-coded credentials (src/a.js:2, "
                       "src/b.js:1); nothing was written. Move them to secrets (see 'botvault-cli scan'), or give "
                       "--allow-findings to export them anyway.\n"));
    QVERIFY(!refused.err.contains(token));

    const CliRun allowed = cli(args({"export", "--allow-findings"}) << kProject << zip);
    EXPECT_EXIT(allowed, 0);
    QVERIFY(QFileInfo::exists(zip));
    QVERIFY(allowed.err.startsWith("warning: The archive holds 2 hard-coded credentials from the source folder"));
    QVERIFY(!allowed.err.contains(token));
}

void TestCliTransfer::checkWithoutSourceFolder()
{
    createVault(m_vault);
    const CliRun run = cli(args({"check"}) << kProject);
    EXPECT_EXIT(run, code(ExitCode::InvalidInput));
    QVERIFY(run.err.contains("botvault-cli project bind Bot DIR"));
    QCOMPARE(run.out, QByteArray());

    // A bound folder that has gone away is reported as such.
    QVERIFY(QDir().mkpath(path(QStringLiteral("gone"))));
    EXPECT_EXIT(cli(args({"project", "bind"}) << kProject << path(QStringLiteral("gone"))), 0);
    QVERIFY(QDir(path(QStringLiteral("gone"))).removeRecursively());
    EXPECT_EXIT(cli(args({"check"}) << kProject), code(ExitCode::NotFound));
}

BOTVAULT_TEST_MAIN(TestCliTransfer)
#include "TestCliTransfer.moc"
