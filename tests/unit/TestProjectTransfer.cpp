#include "storage/ProjectTransfer.h"
#include "storage/Vault.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using TestSupport::errorMessage;
using TestSupport::fastKdfParams;
using TestSupport::secret;
using TestSupport::secure;

namespace {

const QByteArray kCanary = "canary-7f3e9b21-secret-value";

bool writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

// Every entry of a ZIP, inflated.
QMap<QString, QByteArray> inflateAll(const QString& zipPath)
{
    QMap<QString, QByteArray> entries;
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdUnzip)) {
        return entries;
    }
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile file(&zip);
        if (file.open(QIODevice::ReadOnly)) {
            entries.insert(zip.getCurrentFileName(), file.readAll());
        }
    }
    return entries;
}

} // namespace

// The service behind File → Export/Import and the CLI: plans, conflicts, atomicity, and that no
// secret value ever leaves the vault through an archive or a .env file.
class TestProjectTransfer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void exportPlanTakesFlaggedVariablesAndSecretNames();
    void noSecretValueInAnyEntry();
    void roundTripIntoANewProject();
    void mergeKeepsOrReplacesPerConflict();
    void importExtractsSourceAndBinds();
    void importRefusesANonEmptySourceFolder();
    void importOfAPlainPlatformZip();
    void hostileArchiveChangesNothing();
    void envPlanSuggestsSecretsAndConflicts();
    void envApplyHonoursThePolicyAndKinds();
    void envExportHasVariablesOnly();
    void nameUsageCombinesSourceAndDeclaredSecrets();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Vault> m_vault;
    ProjectId m_project = 0;

    QString path(const QString& name) const { return m_dir->filePath(name); }
    void makeSource(const QString& folder);
};

void TestProjectTransfer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString vaultPath = path(QStringLiteral("vault.db"));
    QVERIFY(Vault::create(vaultPath, secret("pw"), fastKdfParams()).ok());
    m_vault = std::make_unique<Vault>();
    QVERIFY(m_vault->unlock(vaultPath, secret("pw")).ok());
    auto project = m_vault->addProject(QStringLiteral("Shop bot"));
    QVERIFY(project.ok());
    m_project = project->id;
    QVERIFY(
        m_vault->setVariable(m_project, QStringLiteral("GREETING"), QStringLiteral("Привет,\n\"world\" $x = 1"), true)
            .ok());
    QVERIFY(m_vault->setVariable(m_project, QStringLiteral("LOCAL_ONLY"), QStringLiteral("not exported"), false).ok());
    QVERIFY(m_vault->setSecret(m_project, QStringLiteral("API_KEY"), secret(kCanary.constData())).ok());
}

void TestProjectTransfer::cleanup()
{
    m_vault.reset();
    m_dir.reset();
}

void TestProjectTransfer::makeSource(const QString& folder)
{
    QVERIFY(writeFile(folder + QStringLiteral("/chatbot.yaml"),
        "name: shop\ninjector:\n  secrets: [API_KEY, DB_PASSWORD]\n  variables: [GREETING]\n"));
    QVERIFY(writeFile(folder + QStringLiteral("/src/main.sc"),
        "theme: /\n    state: Start\n        script:\n            $reactions.answer($env.get(\"CURRENCY\", "
        "\"EUR\"));\n"));
    QVERIFY(writeFile(folder + QStringLiteral("/descriptor.json"), "{}"));
}

void TestProjectTransfer::exportPlanTakesFlaggedVariablesAndSecretNames()
{
    auto plan = ProjectTransfer::planExport(*m_vault, m_project);
    QVERIFY2(plan.ok(), qPrintable(errorMessage(plan)));
    QCOMPARE(plan->manifest.projectName, QStringLiteral("Shop bot"));
    QCOMPARE(plan->manifest.variables.size(), 1);
    QCOMPARE(plan->manifest.variables.first().first, QStringLiteral("GREETING"));
    QCOMPARE(plan->excludedVariables, QStringList {QStringLiteral("LOCAL_ONLY")});
    QCOMPARE(plan->manifest.secretNames, QStringList {QStringLiteral("API_KEY")});
    QVERIFY(plan->sourceFiles.isEmpty());
    QCOMPARE(ProjectTransfer::planExport(*m_vault, 424242).code(), ErrorCode::NotFound);
}

void TestProjectTransfer::noSecretValueInAnyEntry()
{
    const QString source = path(QStringLiteral("source"));
    makeSource(source);
    QVERIFY(m_vault->setProjectSourceFolder(m_project, source).ok());
    auto plan = ProjectTransfer::planExport(*m_vault, m_project);
    QVERIFY(plan.ok());
    QCOMPARE(plan->sourceFiles.size(), 3);
    const QString zip = path(QStringLiteral("out.zip"));
    QVERIFY(ProjectTransfer::writeExport(plan.value(), zip).ok());

    const auto entries = inflateAll(zip);
    QCOMPARE(entries.size(), 4);
    const QString canaryText = QString::fromLatin1(kCanary);
    const QList<QByteArray> forms {kCanary, kCanary.toBase64(), kCanary.toHex(),
        QByteArray(reinterpret_cast<const char*>(canaryText.utf16()), canaryText.size() * 2)};
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        for (const QByteArray& form : forms) {
            QVERIFY2(!it.value().contains(form), qPrintable(it.key()));
        }
    }
    QFile raw(zip);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QVERIFY(!raw.readAll().contains(kCanary));
    // The positive control: the exported variable's value is there, so the search can find text.
    QVERIFY(entries.value(QStringLiteral("botvault/project.json")).contains("\\\"world\\\""));
    QVERIFY(entries.value(QStringLiteral("botvault/project.json")).contains("API_KEY"));
}

void TestProjectTransfer::roundTripIntoANewProject()
{
    auto plan = ProjectTransfer::planExport(*m_vault, m_project);
    QVERIFY(plan.ok());
    const QString zip = path(QStringLiteral("shop.zip"));
    QVERIFY(ProjectTransfer::writeExport(plan.value(), zip).ok());

    auto contents = ProjectTransfer::readArchive(zip);
    QVERIFY2(contents.ok(), qPrintable(errorMessage(contents)));
    auto importPlan = ProjectTransfer::planImport(*m_vault, contents.value(), std::nullopt, zip);
    QVERIFY(importPlan.ok());
    QVERIFY(importPlan->isBotVaultExport);
    QCOMPARE(importPlan->projectName, QStringLiteral("Shop bot"));
    QCOMPARE(importPlan->newVariables.size(), 1);
    QCOMPARE(importPlan->secretsNeedingValues, QStringList {QStringLiteral("API_KEY")});

    // The name is taken: the whole import is refused and nothing is written.
    QCOMPARE(ProjectTransfer::applyImport(*m_vault, importPlan.value(), {}).code(), ErrorCode::AlreadyExists);
    QCOMPARE(m_vault->projects()->size(), 1);

    ProjectTransfer::ImportChoices choices;
    choices.newProjectName = QStringLiteral("Shop bot copy");
    auto imported = ProjectTransfer::applyImport(*m_vault, importPlan.value(), choices);
    QVERIFY2(imported.ok(), qPrintable(errorMessage(imported)));
    const Variable greeting = m_vault->variable(imported.value(), QStringLiteral("GREETING")).value();
    QCOMPARE(greeting.value, QStringLiteral("Привет,\n\"world\" $x = 1"));
    QVERIFY(greeting.includeInExport);
    QCOMPARE(m_vault->secrets(imported.value())->size(), 0);
    QCOMPARE(m_vault->projectByName(QStringLiteral("Shop bot copy"))->declaredSecrets,
        QStringList {QStringLiteral("API_KEY")});
    auto usage = ProjectTransfer::nameUsage(*m_vault, imported.value());
    QVERIFY(usage.ok());
    QCOMPARE(usage->missingSecrets, QStringList {QStringLiteral("API_KEY")});
}

void TestProjectTransfer::mergeKeepsOrReplacesPerConflict()
{
    auto other = m_vault->addProject(QStringLiteral("Other"));
    QVERIFY(other.ok());
    QVERIFY(m_vault->setVariable(m_project, QStringLiteral("A"), QStringLiteral("a-new"), true).ok());
    QVERIFY(m_vault->setVariable(m_project, QStringLiteral("B"), QStringLiteral("b-new"), true).ok());
    QVERIFY(m_vault->setVariable(m_project, QStringLiteral("SAME"), QStringLiteral("same"), true).ok());
    QVERIFY(m_vault->setVariable(other->id, QStringLiteral("A"), QStringLiteral("a-old")).ok());
    QVERIFY(m_vault->setVariable(other->id, QStringLiteral("B"), QStringLiteral("b-old")).ok());
    QVERIFY(m_vault->setVariable(other->id, QStringLiteral("SAME"), QStringLiteral("same")).ok());

    const QString zip = path(QStringLiteral("merge.zip"));
    QVERIFY(ProjectTransfer::writeExport(ProjectTransfer::planExport(*m_vault, m_project).value(), zip).ok());
    auto plan = ProjectTransfer::planImport(*m_vault, ProjectTransfer::readArchive(zip).value(), other->id, zip);
    QVERIFY(plan.ok());
    QCOMPARE(plan->conflicts.size(), 2);
    QCOMPARE(plan->conflicts.at(0).name, QStringLiteral("A"));
    QCOMPARE(plan->conflicts.at(0).currentValue, QStringLiteral("a-old"));
    QCOMPARE(plan->conflicts.at(0).incomingValue, QStringLiteral("a-new"));
    QCOMPARE(plan->unchangedVariables, 1);
    QCOMPARE(plan->newVariables.size(), 1); // GREETING

    ProjectTransfer::ImportChoices choices;
    choices.replace = {QStringLiteral("B")};
    QCOMPARE(ProjectTransfer::applyImport(*m_vault, plan.value(), choices).value(), other->id);
    QCOMPARE(m_vault->variable(other->id, QStringLiteral("A"))->value, QStringLiteral("a-old"));
    QCOMPARE(m_vault->variable(other->id, QStringLiteral("B"))->value, QStringLiteral("b-new"));
    QCOMPARE(m_vault->variables(other->id)->size(), 4);
}

void TestProjectTransfer::importExtractsSourceAndBinds()
{
    const QString source = path(QStringLiteral("source"));
    makeSource(source);
    QVERIFY(m_vault->setProjectSourceFolder(m_project, source).ok());
    const QString zip = path(QStringLiteral("with-source.zip"));
    QVERIFY(ProjectTransfer::writeExport(ProjectTransfer::planExport(*m_vault, m_project).value(), zip).ok());
    auto plan = ProjectTransfer::planImport(*m_vault, ProjectTransfer::readArchive(zip).value(), std::nullopt, zip);
    QVERIFY(plan.ok());
    QCOMPARE(plan->contents.files.size(), 3);
    QCOMPARE(plan->secretsNeedingValues, (QStringList {QStringLiteral("API_KEY"), QStringLiteral("DB_PASSWORD")}));

    ProjectTransfer::ImportChoices choices;
    choices.newProjectName = QStringLiteral("Copy");
    QCOMPARE(ProjectTransfer::applyImport(*m_vault, plan.value(), choices).code(), ErrorCode::InvalidInput);
    choices.sourceFolder = path(QStringLiteral("copy-source"));
    auto imported = ProjectTransfer::applyImport(*m_vault, plan.value(), choices);
    QVERIFY2(imported.ok(), qPrintable(errorMessage(imported)));
    QFile copied(choices.sourceFolder + QStringLiteral("/src/main.sc"));
    QVERIFY(copied.open(QIODevice::ReadOnly));
    QVERIFY(copied.readAll().contains("$env.get(\"CURRENCY\""));
    QCOMPARE(m_vault->projectByName(QStringLiteral("Copy"))->sourceFolder, choices.sourceFolder);

    auto usage = ProjectTransfer::nameUsage(*m_vault, imported.value());
    QVERIFY(usage.ok());
    QCOMPARE(usage->missingSecrets, (QStringList {QStringLiteral("API_KEY"), QStringLiteral("DB_PASSWORD")}));
    // Read with a default ("EUR"): optional, not missing.
    QVERIFY(usage->missingVariables.isEmpty());
    QCOMPARE(usage->optionalVariables, QStringList {QStringLiteral("CURRENCY")});
}

void TestProjectTransfer::importRefusesANonEmptySourceFolder()
{
    const QString source = path(QStringLiteral("source"));
    makeSource(source);
    QVERIFY(m_vault->setProjectSourceFolder(m_project, source).ok());
    const QString zip = path(QStringLiteral("with-source.zip"));
    QVERIFY(ProjectTransfer::writeExport(ProjectTransfer::planExport(*m_vault, m_project).value(), zip).ok());
    auto plan = ProjectTransfer::planImport(*m_vault, ProjectTransfer::readArchive(zip).value(), std::nullopt, zip);
    QVERIFY(plan.ok());
    ProjectTransfer::ImportChoices choices;
    choices.newProjectName = QStringLiteral("Copy");
    choices.sourceFolder = source;
    QCOMPARE(ProjectTransfer::applyImport(*m_vault, plan.value(), choices).code(), ErrorCode::InvalidInput);
    QCOMPARE(m_vault->projects()->size(), 1);

    // The vault refuses (the project name is invalid after extraction checks): the extracted
    // folder is removed again.
    choices.sourceFolder = path(QStringLiteral("fresh"));
    choices.newProjectName = QStringLiteral("Shop bot");
    QCOMPARE(ProjectTransfer::applyImport(*m_vault, plan.value(), choices).code(), ErrorCode::AlreadyExists);
    QVERIFY(!QFileInfo::exists(choices.sourceFolder));
}

void TestProjectTransfer::importOfAPlainPlatformZip()
{
    const QString source = path(QStringLiteral("plain"));
    makeSource(source);
    auto files = ProjectArchive::collectSourceFolder(source);
    QVERIFY(files.ok());
    // A platform ZIP has no botvault/ folder: write one with QuaZip directly.
    const QString zip = path(QStringLiteral("platform-bot.zip"));
    {
        QuaZip archive(zip);
        QVERIFY(archive.open(QuaZip::mdCreate));
        for (const ArchiveFile& file : files.value()) {
            QuaZipFile entry(&archive);
            QVERIFY(entry.open(QIODevice::WriteOnly, QuaZipNewInfo(file.path)));
            entry.write(file.content);
            entry.close();
        }
        archive.close();
    }
    auto plan = ProjectTransfer::planImport(*m_vault, ProjectTransfer::readArchive(zip).value(), std::nullopt, zip);
    QVERIFY2(plan.ok(), qPrintable(errorMessage(plan)));
    QVERIFY(!plan->isBotVaultExport);
    QCOMPARE(plan->projectName, QStringLiteral("platform-bot"));
    QVERIFY(plan->newVariables.isEmpty());
    QCOMPARE(plan->secretsNeedingValues, (QStringList {QStringLiteral("API_KEY"), QStringLiteral("DB_PASSWORD")}));
}

void TestProjectTransfer::hostileArchiveChangesNothing()
{
    const QString zip = path(QStringLiteral("evil.zip"));
    {
        QuaZip archive(zip);
        QVERIFY(archive.open(QuaZip::mdCreate));
        QuaZipFile entry(&archive);
        QVERIFY(entry.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("src/../../evil.txt"))));
        entry.write("x");
        entry.close();
        archive.close();
    }
    auto contents = ProjectTransfer::readArchive(zip);
    QCOMPARE(contents.code(), ErrorCode::InvalidInput);
    QVERIFY(contents.message().contains(QStringLiteral("evil.txt")));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("../evil.txt"))));
}

void TestProjectTransfer::envPlanSuggestsSecretsAndConflicts()
{
    const QByteArray text = "GREETING=hello\nSTRIPE_API_KEY=sk_live_x\nNEW_ONE=1\nAPI_KEY=other\nbad line\n";
    auto plan = ProjectTransfer::planEnvImport(*m_vault, m_project, text);
    QVERIFY(plan.ok());
    QCOMPARE(plan->lines.size(), 4);
    QCOMPARE(plan->errors.size(), 1);
    QCOMPARE(plan->errors.first().line, 5);
    QCOMPARE(plan->lines.at(0).kind, ItemKind::Variable);
    QVERIFY(plan->lines.at(0).exists);
    QVERIFY(!plan->lines.at(0).sameValue);
    QCOMPARE(plan->lines.at(1).kind, ItemKind::Secret);
    QVERIFY(!plan->lines.at(1).exists);
    QCOMPARE(plan->lines.at(2).kind, ItemKind::Variable);
    QCOMPARE(plan->lines.at(3).kind, ItemKind::Secret);
    QVERIFY(plan->lines.at(3).exists);

    auto allSecrets = ProjectTransfer::planEnvImport(*m_vault, m_project, text, true);
    for (const ProjectTransfer::EnvLine& line : allSecrets->lines) {
        QCOMPARE(line.kind, ItemKind::Secret);
    }
}

void TestProjectTransfer::envApplyHonoursThePolicyAndKinds()
{
    auto plan
        = ProjectTransfer::planEnvImport(*m_vault, m_project, "GREETING=hello\nAPI_KEY=replaced\nTOKEN_LIKE=plain\n");
    QVERIFY(plan.ok());
    QList<ProjectTransfer::EnvLine> lines = plan->lines;
    lines[2].kind = ItemKind::Variable; // the admin overrides the suggestion

    QCOMPARE(
        ProjectTransfer::applyEnvImport(*m_vault, m_project, lines, ProjectTransfer::EnvConflictPolicy::Keep).value(),
        1);
    QVERIFY(m_vault->variable(m_project, QStringLiteral("GREETING"))->value.startsWith(QStringLiteral("Привет")));
    QCOMPARE(m_vault->secretValue(m_project, QStringLiteral("API_KEY"))->bytes().toByteArray(), kCanary);
    QCOMPARE(m_vault->variable(m_project, QStringLiteral("TOKEN_LIKE"))->value, QStringLiteral("plain"));

    QCOMPARE(ProjectTransfer::applyEnvImport(*m_vault, m_project, lines, ProjectTransfer::EnvConflictPolicy::Replace)
                 .value(),
        3);
    const Variable greeting = m_vault->variable(m_project, QStringLiteral("GREETING")).value();
    QCOMPARE(greeting.value, QStringLiteral("hello"));
    QVERIFY2(greeting.includeInExport, "a replaced variable keeps its export flag");
    QCOMPARE(m_vault->secretValue(m_project, QStringLiteral("API_KEY"))->bytes().toByteArray(), QByteArray("replaced"));

    m_vault->setActor(Actor {QStringLiteral("dev"), {Role::Developer}});
    auto secretLine = ProjectTransfer::planEnvImport(*m_vault, m_project, "NEW_SECRET=x\nNEW_VAR=y\n");
    QVERIFY(secretLine.ok());
    secretLine->lines[0].kind = ItemKind::Secret;
    QCOMPARE(ProjectTransfer::applyEnvImport(
                 *m_vault, m_project, secretLine->lines, ProjectTransfer::EnvConflictPolicy::Replace)
                 .code(),
        ErrorCode::PermissionDenied);
    QCOMPARE(m_vault->variable(m_project, QStringLiteral("NEW_VAR")).code(), ErrorCode::NotFound);
}

void TestProjectTransfer::envExportHasVariablesOnly()
{
    auto text = ProjectTransfer::exportEnv(*m_vault, m_project);
    QVERIFY(text.ok());
    QVERIFY(!text->contains(kCanary));
    QVERIFY(!text->contains("API_KEY"));
    const EnvParseResult parsed = EnvFile::parse(text.value());
    QVERIFY(parsed.errors.isEmpty());
    QCOMPARE(parsed.entries.size(), 2);
    QCOMPARE(parsed.entries.at(0).name, QStringLiteral("GREETING"));
    QCOMPARE(parsed.entries.at(0).value, QStringLiteral("Привет,\n\"world\" $x = 1"));
}

void TestProjectTransfer::nameUsageCombinesSourceAndDeclaredSecrets()
{
    const QString source = path(QStringLiteral("source"));
    makeSource(source);
    auto unbound = ProjectTransfer::nameUsage(*m_vault, m_project);
    QVERIFY(unbound.ok());
    QVERIFY(!unbound->anyMissing());

    QVERIFY(m_vault->setProjectSourceFolder(m_project, source).ok());
    auto usage = ProjectTransfer::nameUsage(*m_vault, m_project);
    QVERIFY(usage.ok());
    QCOMPARE(usage->missingSecrets, QStringList {QStringLiteral("DB_PASSWORD")});
    // Read with a default ("EUR"): optional, not missing.
    QVERIFY(usage->missingVariables.isEmpty());
    QCOMPARE(usage->optionalVariables, QStringList {QStringLiteral("CURRENCY")});
    QCOMPARE(usage->unusedVariables, QStringList {QStringLiteral("LOCAL_ONLY")});
    QVERIFY(usage->unusedSecrets.isEmpty());
}

BOTVAULT_TEST_MAIN(TestProjectTransfer)
#include "TestProjectTransfer.moc"
