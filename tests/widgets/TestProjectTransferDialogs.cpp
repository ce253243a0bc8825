#include "models/ProjectListModel.h"
#include "models/SecretsTableModel.h"
#include "models/StartupVariables.h"
#include "models/VariablesTableModel.h"
#include "storage/EnvFile.h"
#include "storage/ProjectArchive.h"
#include "storage/ProjectTransfer.h"
#include "storage/Vault.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"
#include "tests/widgets/DialogTestSupport.h"
#include "ui/AppSettings.h"
#include "ui/BackgroundTask.h"
#include "ui/CredentialFindingsBanner.h"
#include "ui/CredentialFindingsDialog.h"
#include "ui/ElidedLabel.h"
#include "ui/EnvImportDialog.h"
#include "ui/ExportProjectDialog.h"
#include "ui/FileDialog.h"
#include "ui/ImportProjectDialog.h"
#include "ui/ItemTableView.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/NameUsageBanner.h"
#include "ui/ProjectsPanel.h"
#include "ui/SecretDialog.h"
#include "ui/SecretsAndVariablesPage.h"
#include "ui/SecretsTab.h"
#include "ui/Translations.h"
#include "ui/UnusedNameDelegate.h"
#include "ui/VariableDialog.h"
#include "ui/VariablesTab.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <memory>

using DialogTestSupport::child;
using DialogTestSupport::visibleDialog;
using TestSupport::fastKdfParams;
using TestSupport::secret;
using TestSupport::secure;

namespace {

const QString kPassword = QStringLiteral("correct horse battery staple");
const QString kProject = QStringLiteral("Shop bot");
// A secret value that must never show up in a dialog, a preview or an exported file.
const QString kCanary = QStringLiteral("canary-7f3a9c-secret-value");

#define CHECKED(call)                                                                                                  \
    do {                                                                                                               \
        call;                                                                                                          \
        if (QTest::currentTestFailed()) {                                                                              \
            return;                                                                                                    \
        }                                                                                                              \
    } while (false)

// Every text of a table widget's cells, in the roles a view and assistive tools read.
QStringList tableStrings(const QTableWidget* table)
{
    QStringList strings;
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < table->columnCount(); ++column) {
            const QModelIndex index = table->model()->index(row, column);
            for (int role : {Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole, Qt::EditRole}) {
                strings << index.data(role).toString();
            }
        }
    }
    return strings;
}

// A plural text as the installed translation renders it for `n` ("2 secrets"; the source text
// "2 secret(s)" until the translation has the string), so the tests hold either way.
QString plural(const char* context, const char* text, int n)
{
    return QCoreApplication::translate(context, text, nullptr, n);
}

bool anyContains(const QStringList& strings, const QString& needle)
{
    return std::any_of(
        strings.cbegin(), strings.cend(), [&needle](const QString& text) { return text.contains(needle); });
}

QStringList columnTexts(const QTableWidget* table, int column)
{
    QStringList texts;
    for (int row = 0; row < table->rowCount(); ++row) {
        texts << (table->item(row, column) ? table->item(row, column)->text() : QString());
    }
    return texts;
}

// The row of the item named `name` in a table model, or -1.
int rowOfName(const QAbstractItemModel* model, const QString& name, int nameRole)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(nameRole).toString() == name) {
            return row;
        }
    }
    return -1;
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

// The project export and import dialogs, the .env import and export, the source folder binding and
// the expected-names banner, driven through the real main window over a real vault in a temporary
// folder. File dialogs are answered through FileDialog's seam, prompts through MessageBox's.
class TestProjectTransferDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void quickBackgroundWorkShowsNoProgress();
    void longBackgroundWorkShowsProgressAndCancels();
    void lockingDuringBackgroundWorkCancelsIt();
    void exportPreviewListsExactlyTheFlaggedVariables();
    void exportPreviewNeverShowsASecretValue();
    void exportWritesAnArchiveThatReadsBack();
    void exportFailureShowsTheErrorAndKeepsTheDialog();
    void importIntoANewProject();
    void importNameIsValidatedLive();
    void importMergesWithPerRowChoices();
    void keepAllAndReplaceAllSetEveryRow();
    void importNeedsAnEmptyFolderForSourceFiles();
    void importMergeAsksBeforeTakingSourceFilesOrTheBinding();
    void hostileArchiveShowsTheErrorAndChangesNothing();
    void envPreviewListsLinesAndErrors();
    void envPreviewMasksSecretValues();
    void envPasteBoxMasksSecretLines();
    void envFileChooserListsDotfiles();
    void envKindSwitchingDecidesWhatIsWritten();
    void envConflictPolicyKeepsOrReplaces_data();
    void envConflictPolicyKeepsOrReplaces();
    void envLineKeepsTheKindTheProjectHolds();
    void envStartupNamesWarnOnce();
    void envWithoutTheSecretsRoleCannotImportSecrets();
    void envWithNothingImportableDisablesImport();
    void envExportWritesVariablesOnlyOwnerReadable();
    void bindAndUnbindTheSourceFolder();
    void bindingAFolderWithoutChatbotYamlAsksFirst();
    void bannerListsMissingNamesAndLinksOpenPrefilledDialogs();
    void bannerFollowsSavesAndRescan();
    void bannerListsNamesReadWithADefaultApart();
    void hardCodedKeysAreShownWithoutTheirValues();
    void bannerShowsNamesDeclaredByAnImport();
    void bannerReportsAFolderThatCannotBeScanned();
    void unusedNamesAreMarked();
    void unusedMarkerSaysWhenTheCheckIsIncomplete();

private:
    QString path(const QString& name) const { return m_dir->filePath(name); }
    // A vault whose project kProject holds the canary secret API_KEY (and `secrets`) and `variables`
    // (name, value, includeInExport); the window is open and unlocked on that project.
    void openProject(const QStringList& secrets = {}, const QList<std::tuple<QString, QString, bool>>& variables = {});
    // A bot folder: chatbot.yaml with the injector lists and src/main.js with `script`.
    QString makeBotFolder(const QString& name, const QStringList& secrets, const QStringList& variables,
        const QString& script = QString());
    void bindThroughMenu(const QString& folder);
    QAction* action(const char* name) const;
    ProjectId projectId(const QString& name) const;
    ExportProjectDialog* openExportDialog();
    // Answers the file dialog with `zip` and starts File → Import project…
    ImportProjectDialog* openImportDialog(const QString& zip);
    EnvImportDialog* openEnvDialog();
    // Chooses "Merge into …" with the mouse.
    void clickMerge(ImportProjectDialog* dialog);
    void pasteEnv(EnvImportDialog* dialog, const QString& text);
    QString storedSecret(const QString& name) const;
    QString storedVariable(const QString& name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<MainWindow> m_window;
    ProjectId m_project = 0;
};

void TestProjectTransferDialogs::initTestCase()
{
    Translations::install(QCoreApplication::instance(), QStringLiteral("en"));
    QApplication::setQuitOnLastWindowClosed(false);
}

void TestProjectTransferDialogs::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_qsettings = std::make_unique<QSettings>(path(QStringLiteral("botvault.ini")), QSettings::IniFormat);
    m_settings = std::make_unique<AppSettings>(m_qsettings.get());
    m_settings->setVaultPath(path(QStringLiteral("vault.db")));
    m_vault = std::make_unique<Vault>();
    FileDialog::clearAnswers();
}

void TestProjectTransferDialogs::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    FileDialog::clearAnswers();
    m_window.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_vault.reset();
    m_settings.reset();
    m_qsettings.reset();
    m_dir.reset();
    m_project = 0;
}

void TestProjectTransferDialogs::openProject(
    const QStringList& secrets, const QList<std::tuple<QString, QString, bool>>& variables)
{
    const QString vaultPath = path(QStringLiteral("vault.db"));
    QVERIFY(Vault::create(vaultPath, secret(kPassword), fastKdfParams()).ok());
    QVERIFY(m_vault->unlock(vaultPath, secret(kPassword)).ok());
    auto added = m_vault->addProject(kProject);
    QVERIFY(added.ok());
    m_project = added->id;
    QVERIFY(m_vault->setSecret(m_project, QStringLiteral("API_KEY"), secret(kCanary)).ok());
    for (const QString& name : secrets) {
        QVERIFY(m_vault->setSecret(m_project, name, secret(QStringLiteral("value of %1").arg(name))).ok());
    }
    for (const auto& [name, value, include] : variables) {
        QVERIFY(m_vault->setVariable(m_project, name, value, include).ok());
    }
    m_vault->lock();

    m_window = std::make_unique<MainWindow>(m_vault.get(), m_settings.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_vault->unlock(vaultPath, secret(kPassword)).ok());
    QTRY_COMPARE(m_window->page()->project(), m_project);
}

QString TestProjectTransferDialogs::makeBotFolder(
    const QString& name, const QStringList& secrets, const QStringList& variables, const QString& script)
{
    const QString folder = path(name);
    QByteArray yaml = "name: demo\ninjector:\n  secrets:\n";
    for (const QString& secret : secrets) {
        yaml += "    - " + secret.toUtf8() + "\n";
    }
    yaml += "  variables:\n";
    for (const QString& variable : variables) {
        yaml += "    - " + variable.toUtf8() + "\n";
    }
    if (secrets.isEmpty()) {
        yaml.replace("  secrets:\n", "  secrets: []\n");
    }
    if (variables.isEmpty()) {
        yaml.replace("  variables:\n", "  variables: []\n");
    }
    writeFile(QDir(folder).filePath(QStringLiteral("chatbot.yaml")), yaml);
    writeFile(QDir(folder).filePath(QStringLiteral("src/main.js")),
        script.isEmpty() ? QByteArray("function main() { return 1; }\n") : script.toUtf8());
    return QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
}

QAction* TestProjectTransferDialogs::action(const char* name) const
{
    return m_window->findChild<QAction*>(QLatin1String(name));
}

void TestProjectTransferDialogs::bindThroughMenu(const QString& folder)
{
    QAction* bind = action("bindSourceFolderAction");
    QVERIFY(bind);
    QVERIFY(bind->isEnabled());
    FileDialog::setNextAnswer(folder);
    bind->trigger();
    auto project = m_vault->projectByName(kProject);
    QVERIFY(project.ok());
    QCOMPARE(project->sourceFolder, folder);
}

ProjectId TestProjectTransferDialogs::projectId(const QString& name) const
{
    auto project = m_vault->projectByName(name);
    return project ? project->id : 0;
}

ExportProjectDialog* TestProjectTransferDialogs::openExportDialog()
{
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get())) {
        return nullptr;
    }
    // Ctrl+E, as a person would.
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
    return visibleDialog<ExportProjectDialog>(m_window.get());
}

ImportProjectDialog* TestProjectTransferDialogs::openImportDialog(const QString& zip)
{
    FileDialog::setNextAnswer(zip);
    action("importProjectAction")->trigger();
    return visibleDialog<ImportProjectDialog>(m_window.get());
}

void TestProjectTransferDialogs::clickMerge(ImportProjectDialog* dialog)
{
    // On the radio's indicator: a click right of its label misses the button.
    auto* merge = child<QRadioButton>(dialog, "mergeRadio");
    QTest::mouseClick(merge, Qt::LeftButton, {}, QPoint(4, merge->height() / 2));
}

EnvImportDialog* TestProjectTransferDialogs::openEnvDialog()
{
    action("importEnvAction")->trigger();
    return visibleDialog<EnvImportDialog>(m_window.get());
}

void TestProjectTransferDialogs::pasteEnv(EnvImportDialog* dialog, const QString& text)
{
    auto* edit = child<QPlainTextEdit>(dialog, "envTextEdit");
    QVERIFY(edit);
    edit->setFocus();
    DialogTestSupport::paste(edit, text);
    QCOMPARE(edit->toPlainText(), text);
    // The preview follows a moment after the last edit.
    auto* timer = dialog->findChild<QTimer*>(QStringLiteral("envPreviewTimer"));
    QVERIFY(timer);
    QTRY_VERIFY(!timer->isActive());
}

QString TestProjectTransferDialogs::storedSecret(const QString& name) const
{
    auto value = m_vault->secretValue(m_project, name);
    return value ? QString::fromUtf8(value->bytes().toByteArray()) : QStringLiteral("<%1>").arg(value.message());
}

QString TestProjectTransferDialogs::storedVariable(const QString& name) const
{
    auto variable = m_vault->variable(m_project, name);
    return variable ? variable->value : QStringLiteral("<%1>").arg(variable.message());
}

// --- background work ------------------------------------------------------------------------------

namespace {

// Work that reports progress every few milliseconds for about `ms` and stops when told to.
Result<int> slowWork(const BackgroundTask::Progress& progress, int ms)
{
    for (int done = 0; done < ms; done += 5) {
        if (!progress(done, ms)) {
            return makeError(ProjectArchive::kCancelled, QStringLiteral("stopped"));
        }
        QThread::msleep(5);
    }
    return 42;
}

} // namespace

void TestProjectTransferDialogs::quickBackgroundWorkShowsNoProgress()
{
    CHECKED(openProject());
    auto result = BackgroundTask::run<int>(m_window.get(), QStringLiteral("Work"), QStringLiteral("Working"),
        [](const BackgroundTask::Progress& progress) { return slowWork(progress, 20); });
    QVERIFY(result.ok());
    QCOMPARE(result.value(), 42);
    QVERIFY(!m_window->findChild<QProgressDialog*>());
}

void TestProjectTransferDialogs::longBackgroundWorkShowsProgressAndCancels()
{
    CHECKED(openProject());
    bool shown = false;
    int value = -1;
    QTimer::singleShot(BackgroundTask::kShowDelayMs + 300, m_window.get(), [&] {
        auto* dialog = m_window->findChild<QProgressDialog*>(QStringLiteral("backgroundTaskProgress"));
        shown = dialog && dialog->isVisible() && QApplication::activeModalWidget() == dialog;
        value = dialog ? dialog->value() : -1;
        if (auto* cancel = dialog ? dialog->findChild<QPushButton*>() : nullptr) {
            QTest::mouseClick(cancel, Qt::LeftButton);
        }
    });
    auto result = BackgroundTask::run<int>(m_window.get(), QStringLiteral("Work"), QStringLiteral("Working"),
        [](const BackgroundTask::Progress& progress) { return slowWork(progress, 20000); });
    QVERIFY(shown);
    QVERIFY2(value > 0 && value < 1000, qPrintable(QString::number(value)));
    QVERIFY(!result.ok());
    QCOMPARE(result.code(), ErrorCode::Cancelled);
    QVERIFY(!m_window->findChild<QProgressDialog*>());
}

void TestProjectTransferDialogs::lockingDuringBackgroundWorkCancelsIt()
{
    CHECKED(openProject());
    QTimer::singleShot(BackgroundTask::kShowDelayMs + 200, m_window.get(), [this] { m_window->lockVault(); });
    auto result = BackgroundTask::run<int>(m_window.get(), QStringLiteral("Work"), QStringLiteral("Working"),
        [](const BackgroundTask::Progress& progress) { return slowWork(progress, 20000); });
    QVERIFY(!m_vault->isUnlocked());
    QCOMPARE(result.code(), ErrorCode::Cancelled);
}

// --- export --------------------------------------------------------------------------------------

void TestProjectTransferDialogs::exportPreviewListsExactlyTheFlaggedVariables()
{
    CHECKED(openProject({QStringLiteral("DB_PASSWORD")},
        {{QStringLiteral("API_URL"), QStringLiteral("https://api.example.test"), true},
            {QStringLiteral("LOG_LEVEL"), QStringLiteral("debug"), false},
            {QStringLiteral("GREETING"), QStringLiteral("Hello\nthere"), true},
            {QStringLiteral("INTERNAL_HOST"), QStringLiteral("10.0.0.7"), false}}));
    ExportProjectDialog* dialog = openExportDialog();
    QVERIFY(dialog);
    DialogTestSupport::saveScreenshot(dialog, QStringLiteral("export-project"));

    auto* table = child<QTableWidget>(dialog, "exportVariablesTable");
    QVERIFY(table);
    QCOMPARE(columnTexts(table, 0), (QStringList {QStringLiteral("API_URL"), QStringLiteral("GREETING")}));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("https://api.example.test"));
    QCOMPARE(table->item(1, 1)->text(), VariablesTableModel::singleLineValue(QStringLiteral("Hello\nthere")));
    const QString excluded = child<QLabel>(dialog, "exportExcludedLabel")->text();
    QVERIFY2(excluded.startsWith(plural("ExportProjectDialog", "%n variable(s) left out, not marked for export: %1", 2)
                                     .arg(QStringLiteral("INTERNAL_HOST, LOG_LEVEL"))),
        qPrintable(excluded));
    QVERIFY(excluded.contains(QStringLiteral("INTERNAL_HOST")) && excluded.contains(QStringLiteral("LOG_LEVEL")));
    QCOMPARE(child<QLabel>(dialog, "exportSecretNamesLabel")->text(), QStringLiteral("API_KEY, DB_PASSWORD"));
    QCOMPARE(child<QLabel>(dialog, "secretValuesNoteLabel")->text(),
        QStringLiteral("Secret values are never exported: only their names are listed, so an import can ask for "
                       "them."));
    QVERIFY(child<QLabel>(dialog, "exportSourceLabel")->text().startsWith(QStringLiteral("No source folder is bound")));
}

void TestProjectTransferDialogs::exportPreviewNeverShowsASecretValue()
{
    CHECKED(openProject({}, {{QStringLiteral("API_URL"), QStringLiteral("https://api.example.test"), true}}));
    const QString folder
        = makeBotFolder(QStringLiteral("bot"), {QStringLiteral("API_KEY")}, {QStringLiteral("API_URL")});
    QVERIFY(m_vault->setProjectSourceFolder(m_project, folder).ok());
    ExportProjectDialog* dialog = openExportDialog();
    QVERIFY(dialog);

    QStringList strings = DialogTestSupport::exposedStrings(dialog);
    strings << tableStrings(child<QTableWidget>(dialog, "exportVariablesTable"));
    QVERIFY(anyContains(strings, QStringLiteral("API_KEY")));
    QVERIFY(anyContains(strings, QStringLiteral("https://api.example.test")));
    QVERIFY(!anyContains(strings, kCanary));
    // The source folder line counts the bot's two files.
    QVERIFY2(child<QLabel>(dialog, "exportSourceLabel")
                 ->text()
                 .startsWith(plural("ExportProjectDialog", "%n file(s), %1, from %2", 2).section(u',', 0, 0)),
        qPrintable(child<QLabel>(dialog, "exportSourceLabel")->text()));
}

void TestProjectTransferDialogs::exportWritesAnArchiveThatReadsBack()
{
    CHECKED(openProject({QStringLiteral("DB_PASSWORD")},
        {{QStringLiteral("API_URL"), QStringLiteral("https://api.example.test"), true},
            {QStringLiteral("LOG_LEVEL"), QStringLiteral("debug"), false}}));
    const QString folder = makeBotFolder(QStringLiteral("bot"), {QStringLiteral("API_KEY")}, {});
    QVERIFY(m_vault->setProjectSourceFolder(m_project, folder).ok());
    ExportProjectDialog* dialog = openExportDialog();
    QVERIFY(dialog);
    QPointer<ExportProjectDialog> guard(dialog);

    const QString zip = path(QStringLiteral("out/shop.zip"));
    QVERIFY(QDir().mkpath(path(QStringLiteral("out"))));
    FileDialog::setNextAnswer(zip);
    QTest::mouseClick(child<QPushButton>(dialog, "exportProjectButton"), Qt::LeftButton);
    QCOMPARE(FileDialog::lastCaption(), QStringLiteral("Export project “Shop bot”"));
    QCOMPARE(QFileInfo(FileDialog::lastSuggestedPath()).fileName(), QStringLiteral("Shop bot.zip"));
    QTRY_VERIFY(!guard || !guard->isVisible());
    QVERIFY(QFile::exists(zip));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QDir::toNativeSeparators(zip)),
        qPrintable(m_window->statusBar()->currentMessage()));

    auto contents = ProjectTransfer::readArchive(zip);
    QVERIFY2(contents.ok(), qPrintable(TestSupport::errorMessage(contents)));
    QVERIFY(contents->manifest.has_value());
    QCOMPARE(contents->manifest->projectName, kProject);
    QCOMPARE(contents->manifest->variables,
        (QList<QPair<QString, QString>> {{QStringLiteral("API_URL"), QStringLiteral("https://api.example.test")}}));
    QCOMPARE(contents->manifest->secretNames, (QStringList {QStringLiteral("API_KEY"), QStringLiteral("DB_PASSWORD")}));
    QCOMPARE(contents->files.size(), 2);
    QCOMPARE(contents->files.at(0).path, QStringLiteral("chatbot.yaml"));
    QFile file(zip);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(kCanary.toUtf8()));
}

void TestProjectTransferDialogs::exportFailureShowsTheErrorAndKeepsTheDialog()
{
    CHECKED(openProject({}, {{QStringLiteral("API_URL"), QStringLiteral("x"), true}}));
    ExportProjectDialog* dialog = openExportDialog();
    QVERIFY(dialog);
    const QString zip = path(QStringLiteral("missing-folder/shop.zip"));
    FileDialog::setNextAnswer(zip);
    const int prompts = MessageBox::promptCount();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(child<QPushButton>(dialog, "exportProjectButton"), Qt::LeftButton);
    QTRY_COMPARE(MessageBox::promptCount(), prompts + 1);
    QCOMPARE(MessageBox::lastTitle(), QStringLiteral("Export project"));
    QVERIFY2(MessageBox::lastText().startsWith(
                 QStringLiteral("The project was not exported to %1.").arg(QDir::toNativeSeparators(zip))),
        qPrintable(MessageBox::lastText()));
    QVERIFY(dialog->isVisible());
    QVERIFY(child<QPushButton>(dialog, "exportProjectButton")->isEnabled());
    QVERIFY(!QFile::exists(zip));
}

// --- import --------------------------------------------------------------------------------------

void TestProjectTransferDialogs::importIntoANewProject()
{
    CHECKED(openProject());
    ArchiveManifest manifest;
    manifest.projectName = QStringLiteral("Weather bot");
    manifest.variables
        = {{QStringLiteral("CITY"), QStringLiteral("Lisbon")}, {QStringLiteral("UNITS"), QStringLiteral("metric")}};
    manifest.secretNames = {QStringLiteral("WEATHER_API_KEY")};
    const QList<ArchiveFile> files = {{QStringLiteral("chatbot.yaml"), "name: weather\n"},
        {QStringLiteral("src/main.js"), "const key = $secrets.get(\"WEATHER_API_KEY\");\n"}};
    const QString zip = path(QStringLiteral("weather.zip"));
    QVERIFY(ProjectArchive::write(zip, manifest, files).ok());

    ImportProjectDialog* dialog = openImportDialog(zip);
    QVERIFY(dialog);
    DialogTestSupport::saveScreenshot(dialog, QStringLiteral("import-new"));
    QCOMPARE(FileDialog::lastCaption(), QStringLiteral("Import project"));
    QVERIFY(child<QRadioButton>(dialog, "newProjectRadio")->isChecked());
    QCOMPARE(child<QLineEdit>(dialog, "projectNameEdit")->text(), QStringLiteral("Weather bot"));
    auto* newTable = child<QTableWidget>(dialog, "newVariablesTable");
    QCOMPARE(columnTexts(newTable, 0), (QStringList {QStringLiteral("CITY"), QStringLiteral("UNITS")}));
    QCOMPARE(columnTexts(newTable, 1), (QStringList {QStringLiteral("Lisbon"), QStringLiteral("metric")}));
    QVERIFY(!child<QGroupBox>(dialog, "conflictsGroup")->isVisible());
    QVERIFY(child<QLabel>(dialog, "secretsNeedingValuesLabel")
                ->text()
                .startsWith(QStringLiteral("Secrets that need a value: WEATHER_API_KEY")));
    QVERIFY(child<QGroupBox>(dialog, "sourceFilesGroup")->isVisible());

    auto* folderEdit = child<QLineEdit>(dialog, "sourceFolderEdit");
    const QString extractTo = path(QStringLiteral("projects/weather"));
    QVERIFY(QDir().mkpath(path(QStringLiteral("projects"))));
    FileDialog::setNextAnswer(extractTo);
    QTest::mouseClick(child<QPushButton>(dialog, "chooseSourceFolderButton"), Qt::LeftButton);
    QCOMPARE(QDir::fromNativeSeparators(folderEdit->text()), extractTo);
    auto* import = child<QPushButton>(dialog, "importProjectButton");
    QVERIFY(import->isEnabled());
    QPointer<ImportProjectDialog> guard(dialog);
    QTest::mouseClick(import, Qt::LeftButton);
    QTRY_VERIFY(!guard || !guard->isVisible());

    const ProjectId weather = projectId(QStringLiteral("Weather bot"));
    QVERIFY(weather != 0);
    auto variables = m_vault->variables(weather);
    QVERIFY(variables.ok());
    QCOMPARE(variables->size(), 2);
    auto project = m_vault->projectByName(QStringLiteral("Weather bot"));
    QCOMPARE(project->sourceFolder, extractTo);
    QVERIFY(QFile::exists(QDir(extractTo).filePath(QStringLiteral("src/main.js"))));
    // The imported project is selected, and its page asks for the secret's value.
    QCOMPARE(m_window->projectsPanel()->currentProjectName(), QStringLiteral("Weather bot"));
    QCOMPARE(m_window->page()->project(), weather);
    NameUsageBanner* banner = m_window->page()->nameUsageBanner();
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->usage().missingSecrets, QStringList {QStringLiteral("WEATHER_API_KEY")});
    QVERIFY(m_window->statusBar()->currentMessage().startsWith(
        QStringLiteral("Imported weather.zip as project Weather bot")));
}

void TestProjectTransferDialogs::importNameIsValidatedLive()
{
    CHECKED(openProject());
    QVERIFY(m_vault->addProject(QStringLiteral("Weather bot")).ok());
    ArchiveManifest manifest;
    manifest.projectName = QStringLiteral("Weather bot");
    const QString zip = path(QStringLiteral("weather.zip"));
    QVERIFY(ProjectArchive::write(zip, manifest, {}).ok());

    ImportProjectDialog* dialog = openImportDialog(zip);
    QVERIFY(dialog);
    auto* name = child<QLineEdit>(dialog, "projectNameEdit");
    auto* message = child<QLabel>(dialog, "projectNameMessage");
    auto* import = child<QPushButton>(dialog, "importProjectButton");
    // The archive's name is taken, so a free variant is offered.
    QCOMPARE(name->text(), QStringLiteral("Weather bot (2)"));
    QVERIFY(import->isEnabled());

    name->selectAll();
    QTest::keyClick(name, Qt::Key_Delete);
    QVERIFY(!import->isEnabled());
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().startsWith(QStringLiteral("The project name is empty")), qPrintable(message->text()));

    QTest::keyClicks(name, QStringLiteral("Weather bot"));
    QVERIFY(!import->isEnabled());
    QCOMPARE(message->text(),
        QStringLiteral("A project named “Weather bot” already exists: choose another name, or merge into it."));

    QTest::keyClicks(name, QStringLiteral(" EU"));
    QVERIFY(import->isEnabled());
    QVERIFY(!message->isVisible());
    const int before = m_window->projectsPanel()->model()->rowCount();
    QTest::mouseClick(import, Qt::LeftButton);
    QTRY_COMPARE(m_window->projectsPanel()->model()->rowCount(), before + 1);
    QVERIFY(projectId(QStringLiteral("Weather bot EU")) != 0);
}

void TestProjectTransferDialogs::importMergesWithPerRowChoices()
{
    CHECKED(openProject({},
        {{QStringLiteral("API_URL"), QStringLiteral("https://old.example.test"), true},
            {QStringLiteral("TIMEOUT"), QStringLiteral("30"), false},
            {QStringLiteral("CURRENCY"), QStringLiteral("EUR"), true}}));
    ArchiveManifest manifest;
    manifest.projectName = kProject;
    manifest.variables = {{QStringLiteral("API_URL"), QStringLiteral("https://new.example.test")},
        {QStringLiteral("TIMEOUT"), QStringLiteral("60")}, {QStringLiteral("CURRENCY"), QStringLiteral("EUR")},
        {QStringLiteral("LANGUAGE"), QStringLiteral("pt")}};
    manifest.secretNames = {QStringLiteral("API_KEY"), QStringLiteral("SMTP_PASSWORD")};
    const QString zip = path(QStringLiteral("shop.zip"));
    QVERIFY(ProjectArchive::write(zip, manifest, {}).ok());

    ImportProjectDialog* dialog = openImportDialog(zip);
    QVERIFY(dialog);
    // Even for this project's own archive a new project is offered first (issue 17, item 8); merging
    // is a choice.
    QVERIFY(child<QRadioButton>(dialog, "newProjectRadio")->isChecked());
    QCOMPARE(child<QRadioButton>(dialog, "mergeRadio")->text(), QStringLiteral("&Merge into “Shop bot”"));
    clickMerge(dialog);
    QCOMPARE(dialog->target(), ImportProjectDialog::Target::CurrentProject);
    auto* conflicts = child<QTableWidget>(dialog, "conflictsTable");
    QCOMPARE(columnTexts(conflicts, 0), (QStringList {QStringLiteral("API_URL"), QStringLiteral("TIMEOUT")}));
    QCOMPARE(
        columnTexts(conflicts, 1), (QStringList {QStringLiteral("https://old.example.test"), QStringLiteral("30")}));
    QCOMPARE(
        columnTexts(conflicts, 2), (QStringList {QStringLiteral("https://new.example.test"), QStringLiteral("60")}));
    QCOMPARE(
        columnTexts(child<QTableWidget>(dialog, "newVariablesTable"), 0), QStringList {QStringLiteral("LANGUAGE")});
    QCOMPARE(child<QLabel>(dialog, "unchangedVariablesLabel")->text(),
        plural("ImportProjectDialog", "%n variable(s) of the archive already hold the same value here.", 1));
    // API_KEY exists; only SMTP_PASSWORD needs a value. No files: no folder to choose.
    QVERIFY(child<QLabel>(dialog, "secretsNeedingValuesLabel")
                ->text()
                .startsWith(QStringLiteral("Secrets that need a value: SMTP_PASSWORD\n")));
    QVERIFY(!child<QGroupBox>(dialog, "sourceFilesGroup")->isVisible());
    DialogTestSupport::saveScreenshot(dialog, QStringLiteral("import-merge"));

    QComboBox* apiUrl = dialog->conflictChoice(QStringLiteral("API_URL"));
    QComboBox* timeout = dialog->conflictChoice(QStringLiteral("TIMEOUT"));
    QVERIFY(apiUrl && timeout);
    QCOMPARE(apiUrl->currentText(), QStringLiteral("Keep current"));
    apiUrl->setCurrentIndex(apiUrl->findText(QStringLiteral("Replace")));
    QCOMPARE(dialog->replacedVariables(), QSet<QString> {QStringLiteral("API_URL")});

    QPointer<ImportProjectDialog> guard(dialog);
    QTest::mouseClick(child<QPushButton>(dialog, "importProjectButton"), Qt::LeftButton);
    QTRY_VERIFY(!guard || !guard->isVisible());
    QCOMPARE(storedVariable(QStringLiteral("API_URL")), QStringLiteral("https://new.example.test"));
    QCOMPARE(storedVariable(QStringLiteral("TIMEOUT")), QStringLiteral("30"));
    QCOMPARE(storedVariable(QStringLiteral("CURRENCY")), QStringLiteral("EUR"));
    QCOMPARE(storedVariable(QStringLiteral("LANGUAGE")), QStringLiteral("pt"));
    // A replaced variable keeps its export flag.
    QVERIFY(m_vault->variable(m_project, QStringLiteral("API_URL"))->includeInExport);
    QCOMPARE(storedSecret(QStringLiteral("API_KEY")), kCanary);
    QCOMPARE(m_window->projectsPanel()->model()->rowCount(), 1);
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(
                 QStringLiteral("Merged shop.zip into Shop bot: 1 added, 1 replaced, 1 kept.")),
        qPrintable(m_window->statusBar()->currentMessage()));
}

void TestProjectTransferDialogs::keepAllAndReplaceAllSetEveryRow()
{
    CHECKED(openProject(
        {}, {{QStringLiteral("A"), QStringLiteral("1"), true}, {QStringLiteral("B"), QStringLiteral("2"), true}}));
    ArchiveManifest manifest;
    manifest.projectName = kProject;
    manifest.variables = {{QStringLiteral("A"), QStringLiteral("10")}, {QStringLiteral("B"), QStringLiteral("20")}};
    const QString zip = path(QStringLiteral("shop.zip"));
    QVERIFY(ProjectArchive::write(zip, manifest, {}).ok());
    ImportProjectDialog* dialog = openImportDialog(zip);
    QVERIFY(dialog);
    dialog->setTarget(ImportProjectDialog::Target::CurrentProject);

    QTest::mouseClick(child<QPushButton>(dialog, "replaceAllButton"), Qt::LeftButton);
    QCOMPARE(dialog->replacedVariables(), (QSet<QString> {QStringLiteral("A"), QStringLiteral("B")}));
    QCOMPARE(dialog->conflictChoice(QStringLiteral("B"))->currentText(), QStringLiteral("Replace"));
    QTest::mouseClick(child<QPushButton>(dialog, "keepAllButton"), Qt::LeftButton);
    QVERIFY(dialog->replacedVariables().isEmpty());
    QCOMPARE(dialog->conflictChoice(QStringLiteral("A"))->currentText(), QStringLiteral("Keep current"));
    dialog->reject();
}

void TestProjectTransferDialogs::importNeedsAnEmptyFolderForSourceFiles()
{
    CHECKED(openProject());
    const QString zip = path(QStringLiteral("platform-bot.zip"));
    QVERIFY(ProjectArchive::write(zip, ArchiveManifest {QStringLiteral("Platform bot"), {}, {}, {}},
        {{QStringLiteral("chatbot.yaml"), "name: p\n"}})
                .ok());
    ImportProjectDialog* dialog = openImportDialog(zip);
    QVERIFY(dialog);
    auto* folder = child<QLineEdit>(dialog, "sourceFolderEdit");
    auto* message = child<QLabel>(dialog, "sourceFolderMessage");
    auto* import = child<QPushButton>(dialog, "importProjectButton");
    // A suggestion beside the ZIP file that does not exist yet.
    QCOMPARE(QDir::fromNativeSeparators(folder->text()), path(QStringLiteral("Platform bot")));
    QVERIFY(import->isEnabled());

    const QString busy = path(QStringLiteral("busy"));
    QVERIFY(writeFile(QDir(busy).filePath(QStringLiteral("file.txt")), "x"));
    folder->selectAll();
    QTest::keyClicks(folder, QDir::toNativeSeparators(busy));
    QVERIFY(!import->isEnabled());
    QCOMPARE(message->text(), QStringLiteral("“%1” is not empty; choose a new or empty folder.").arg(busy));
    folder->clear();
    QVERIFY(!import->isEnabled());
    QCOMPARE(message->text(), QStringLiteral("Choose a new or empty folder for the source files."));
    QTest::keyClicks(folder, path(QStringLiteral("no/such/parent/bot")));
    QVERIFY(!import->isEnabled());
    dialog->reject();
}

// Issue 17, item 8: merging takes the variables; the source files and the binding only when asked.
void TestProjectTransferDialogs::importMergeAsksBeforeTakingSourceFilesOrTheBinding()
{
    CHECKED(openProject());
    const QString mine = makeBotFolder(QStringLiteral("mine"), {}, {});
    CHECKED(bindThroughMenu(mine));
    ArchiveManifest manifest;
    manifest.projectName = kProject;
    manifest.variables = {{QStringLiteral("LANGUAGE"), QStringLiteral("pt")}};
    const QString zip = path(QStringLiteral("shop.zip"));
    QVERIFY(ProjectArchive::write(zip, manifest, {{QStringLiteral("chatbot.yaml"), "name: shop\n"}}).ok());
    const auto boundFolder = [this] { return m_vault->projectByName(kProject)->sourceFolder; };

    // 1. Merge without the files: nothing is extracted, the binding stays.
    ImportProjectDialog* dialog = openImportDialog(zip);
    QVERIFY(dialog);
    QVERIFY(child<QRadioButton>(dialog, "newProjectRadio")->isChecked());
    QVERIFY(!child<QCheckBox>(dialog, "extractSourceCheck")->isVisible());
    clickMerge(dialog);
    auto* extract = child<QCheckBox>(dialog, "extractSourceCheck");
    auto* rebind = child<QCheckBox>(dialog, "rebindSourceCheck");
    auto* folder = child<QLineEdit>(dialog, "sourceFolderEdit");
    QVERIFY(extract->isVisible() && rebind->isVisible());
    QVERIFY(!extract->isChecked());
    QVERIFY(!rebind->isChecked());
    QVERIFY(!rebind->isEnabled());
    QVERIFY(!folder->isEnabled());
    const QString suggested = QDir::fromNativeSeparators(folder->text());
    DialogTestSupport::saveScreenshot(dialog, QStringLiteral("import-merge-source"));
    QPointer<ImportProjectDialog> guard(dialog);
    QTest::mouseClick(child<QPushButton>(dialog, "importProjectButton"), Qt::LeftButton);
    QTRY_VERIFY(!guard || !guard->isVisible());
    QCOMPARE(storedVariable(QStringLiteral("LANGUAGE")), QStringLiteral("pt"));
    QCOMPARE(boundFolder(), mine);
    QVERIFY(!QFileInfo::exists(suggested));

    // 2. With the files, into a new folder; the project keeps its folder.
    dialog = openImportDialog(zip);
    QVERIFY(dialog);
    clickMerge(dialog);
    extract = child<QCheckBox>(dialog, "extractSourceCheck");
    rebind = child<QCheckBox>(dialog, "rebindSourceCheck");
    folder = child<QLineEdit>(dialog, "sourceFolderEdit");
    QTest::mouseClick(extract, Qt::LeftButton, {}, QPoint(4, extract->height() / 2));
    QVERIFY(extract->isChecked());
    QVERIFY(folder->isEnabled() && rebind->isEnabled());
    QVERIFY(!rebind->isChecked());
    folder->selectAll();
    QTest::keyClicks(folder, path(QStringLiteral("copy")));
    guard = dialog;
    QTest::mouseClick(child<QPushButton>(dialog, "importProjectButton"), Qt::LeftButton);
    QTRY_VERIFY(!guard || !guard->isVisible());
    QVERIFY(QFileInfo::exists(path(QStringLiteral("copy/chatbot.yaml"))));
    QCOMPARE(boundFolder(), mine);

    // 3. With the files and the new binding.
    dialog = openImportDialog(zip);
    QVERIFY(dialog);
    clickMerge(dialog);
    extract = child<QCheckBox>(dialog, "extractSourceCheck");
    rebind = child<QCheckBox>(dialog, "rebindSourceCheck");
    folder = child<QLineEdit>(dialog, "sourceFolderEdit");
    extract->setChecked(true);
    QTest::mouseClick(rebind, Qt::LeftButton, {}, QPoint(4, rebind->height() / 2));
    QVERIFY(rebind->isChecked());
    folder->selectAll();
    QTest::keyClicks(folder, path(QStringLiteral("copy2")));
    guard = dialog;
    QTest::mouseClick(child<QPushButton>(dialog, "importProjectButton"), Qt::LeftButton);
    QTRY_VERIFY(!guard || !guard->isVisible());
    QCOMPARE(boundFolder(), path(QStringLiteral("copy2")));
}

void TestProjectTransferDialogs::hostileArchiveShowsTheErrorAndChangesNothing()
{
    CHECKED(openProject({}, {{QStringLiteral("API_URL"), QStringLiteral("x"), true}}));
    const QString zip = path(QStringLiteral("inbox/evil.zip"));
    QVERIFY(QDir().mkpath(path(QStringLiteral("inbox"))));
    {
        QuaZip archive(zip);
        QVERIFY(archive.open(QuaZip::mdCreate));
        QuaZipFile entry(&archive);
        QVERIFY(entry.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("../evil"))));
        entry.write("pwned");
        entry.close();
        QuaZipFile yaml(&archive);
        QVERIFY(yaml.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("chatbot.yaml"))));
        yaml.write("name: evil\n");
        yaml.close();
        archive.close();
    }
    const int projectsBefore = m_window->projectsPanel()->model()->rowCount();
    const int prompts = MessageBox::promptCount();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    FileDialog::setNextAnswer(zip);
    action("importProjectAction")->trigger();
    QTRY_COMPARE(MessageBox::promptCount(), prompts + 1);
    QCOMPARE(MessageBox::lastTitle(), QStringLiteral("Import project"));
    QVERIFY2(MessageBox::lastText().startsWith(QStringLiteral("evil.zip was not imported; nothing was changed.")),
        qPrintable(MessageBox::lastText()));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("../evil")), qPrintable(MessageBox::lastText()));
    QVERIFY(!visibleDialog<ImportProjectDialog>(m_window.get()));
    QCOMPARE(m_window->projectsPanel()->model()->rowCount(), projectsBefore);
    QCOMPARE(m_vault->variables(m_project)->size(), 1);
    QVERIFY(!QFile::exists(path(QStringLiteral("evil"))));
}

// --- .env ----------------------------------------------------------------------------------------

void TestProjectTransferDialogs::envPreviewListsLinesAndErrors()
{
    CHECKED(openProject({},
        {{QStringLiteral("API_URL"), QStringLiteral("https://old.example.test"), false},
            {QStringLiteral("CURRENCY"), QStringLiteral("EUR"), false}}));
    EnvImportDialog* dialog = openEnvDialog();
    QVERIFY(dialog);
    CHECKED(pasteEnv(dialog,
        QStringLiteral("# shop\nAPI_URL=https://new.example.test\nCURRENCY=EUR\nthis is not a line\nLANGUAGE=pt\n"
                       "BAD-NAME=x\n")));
    DialogTestSupport::saveScreenshot(dialog, QStringLiteral("env-import"));
    QTableWidget* table = dialog->previewTable();
    QCOMPARE(columnTexts(table, EnvImportDialog::LineColumn),
        (QStringList {QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("5")}));
    QCOMPARE(columnTexts(table, EnvImportDialog::NameColumn),
        (QStringList {QStringLiteral("API_URL"), QStringLiteral("CURRENCY"), QStringLiteral("LANGUAGE")}));
    QCOMPARE(columnTexts(table, EnvImportDialog::ValueColumn),
        (QStringList {QStringLiteral("https://new.example.test"), QStringLiteral("EUR"), QStringLiteral("pt")}));
    QCOMPARE(columnTexts(table, EnvImportDialog::StatusColumn),
        (QStringList {QStringLiteral("exists, kept"), QStringLiteral("unchanged"), QStringLiteral("new")}));

    auto* errors = child<QListWidget>(dialog, "envErrorsList");
    QVERIFY(errors->isVisible());
    QCOMPARE(errors->count(), 2);
    QVERIFY2(errors->item(0)->text().startsWith(QStringLiteral("Line 4: ")), qPrintable(errors->item(0)->text()));
    QVERIFY2(errors->item(1)->text().startsWith(QStringLiteral("Line 6: ")), qPrintable(errors->item(1)->text()));
    QCOMPARE(child<QLabel>(dialog, "envErrorsTitle")->text(),
        plural("EnvImportDialog", "%n line(s) cannot be imported:", 2));
    QCOMPARE(dialog->importableCount(), 1);
    dialog->reject();
}

void TestProjectTransferDialogs::envPreviewMasksSecretValues()
{
    CHECKED(openProject());
    EnvImportDialog* dialog = openEnvDialog();
    QVERIFY(dialog);
    const QString pasted = QStringLiteral("STRIPE_API_KEY=%1\nGREETING=hello\n").arg(kCanary);
    CHECKED(pasteEnv(dialog, pasted));
    QTableWidget* table = dialog->previewTable();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(dialog->choice(0), EnvImportDialog::RowChoice::Secret);
    QCOMPARE(dialog->choice(1), EnvImportDialog::RowChoice::Variable);
    QCOMPARE(table->item(0, EnvImportDialog::ValueColumn)->text(), SecretsTableModel::valueMask());
    QCOMPARE(table->item(1, EnvImportDialog::ValueColumn)->text(), QStringLiteral("hello"));
    // Nothing but the paste box itself holds the value: not the table, its tooltips, the summary.
    QStringList strings = tableStrings(table);
    const QList<QWidget*> widgets = dialog->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (widget->objectName() != QLatin1String("envTextEdit") && !widget->inherits("QPlainTextEdit")) {
            strings << widget->toolTip() << widget->accessibleName();
            if (auto* label = qobject_cast<QLabel*>(widget)) {
                strings << label->text();
            }
        }
    }
    QVERIFY(!anyContains(strings, kCanary));
}

// Issue 17, item 7: a pasted line taken as a secret shows only the mask in the paste box too, and
// the import still gets the exact value.
void TestProjectTransferDialogs::envPasteBoxMasksSecretLines()
{
    CHECKED(openProject());
    EnvImportDialog* dialog = openEnvDialog();
    QVERIFY(dialog);
    const QString multiLine = QStringLiteral("-----BEGIN KEY-----\nAAAA%1\n-----END KEY-----").arg(kCanary);
    CHECKED(pasteEnv(dialog,
        QStringLiteral("STRIPE_API_KEY=%1\nGREETING=hello\nTLS_PRIVATE_KEY=\"%2\"\nTEMP=%1\n")
            .arg(kCanary, multiLine)));
    auto* edit = child<QPlainTextEdit>(dialog, "envTextEdit");
    QCOMPARE(dialog->choice(0), EnvImportDialog::RowChoice::Secret);
    QCOMPARE(dialog->choice(2), EnvImportDialog::RowChoice::Secret);
    QCOMPARE(dialog->choice(3), EnvImportDialog::RowChoice::Variable);
    const QString mask = SecretsTableModel::valueMask();
    QStringList lines = edit->toPlainText().split(u'\n');
    QCOMPARE(lines.at(0), QStringLiteral("STRIPE_API_KEY=") + mask);
    QCOMPARE(lines.at(1), QStringLiteral("GREETING=hello"));
    QCOMPARE(lines.at(2), QStringLiteral("TLS_PRIVATE_KEY=") + mask);
    // The preview keeps its line numbers: the key's other lines are left empty.
    QCOMPARE(dialog->previewTable()->item(3, EnvImportDialog::LineColumn)->text(), QStringLiteral("6"));

    // A variable chosen as a secret is masked as well.
    dialog->setChoice(3, EnvImportDialog::RowChoice::Secret);
    QVERIFY2(!edit->toPlainText().contains(kCanary), qPrintable(edit->toPlainText()));
    QVERIFY(!edit->toPlainText().contains(QStringLiteral("BEGIN KEY")));
    // Undo does not bring a value back.
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!edit->toPlainText().contains(kCanary));
    // Neither does anything an assistive tool reads.
    QVERIFY(!DialogTestSupport::exposedStrings(dialog).join(u'\n').contains(kCanary));
    DialogTestSupport::saveScreenshot(dialog, QStringLiteral("env-import-masked"));

    QPointer<EnvImportDialog> guard(dialog);
    QTest::mouseClick(child<QPushButton>(dialog, "importEnvButton"), Qt::LeftButton);
    QTRY_VERIFY(!guard || !guard->isVisible());
    QCOMPARE(storedSecret(QStringLiteral("STRIPE_API_KEY")), kCanary);
    QCOMPARE(storedSecret(QStringLiteral("TLS_PRIVATE_KEY")), multiLine);
    QCOMPARE(storedSecret(QStringLiteral("TEMP")), kCanary);
    QCOMPARE(storedVariable(QStringLiteral("GREETING")), QStringLiteral("hello"));
}

// Issue 17, item 7: the file chooser lists `.env` itself; an opened file is masked like a paste.
void TestProjectTransferDialogs::envFileChooserListsDotfiles()
{
    CHECKED(openProject());
    const QString folder = path(QStringLiteral("bot"));
    QVERIFY(writeFile(QDir(folder).filePath(QStringLiteral(".env")), "API_TOKEN=" + kCanary.toUtf8() + "\n"));
    QVERIFY(writeFile(QDir(folder).filePath(QStringLiteral("bot.env")), "GREETING=hello\n"));
    const QString filter = QStringLiteral("Environment files (*.env .env .env.*);;All files (*)");
    const auto listedNames = [](QFileDialog* chooser) {
        auto* list = chooser->findChild<QListView*>(QStringLiteral("listView"));
        QStringList names;
        for (int row = 0; list && row < list->model()->rowCount(list->rootIndex()); ++row) {
            names << list->model()->index(row, 0, list->rootIndex()).data().toString();
        }
        return names;
    };
    // Qt's own dialog with the default filter leaves dotfiles out …
    auto hiding
        = FileDialog::makeOpenFileDialog(nullptr, QStringLiteral("x"), folder, filter, FileDialog::HiddenFiles::Hide);
    hiding->setOption(QFileDialog::DontUseNativeDialog);
    hiding->show();
    QTRY_VERIFY(listedNames(hiding.get()).contains(QStringLiteral("bot.env")));
    QVERIFY(!listedNames(hiding.get()).contains(QStringLiteral(".env")));
    hiding.reset();
    // … the one the .env import asks for lists them.
    auto showing
        = FileDialog::makeOpenFileDialog(nullptr, QStringLiteral("x"), folder, filter, FileDialog::HiddenFiles::Show);
    QVERIFY(showing->testOption(QFileDialog::DontUseNativeDialog));
    showing->show();
    QTRY_VERIFY(listedNames(showing.get()).contains(QStringLiteral(".env")));
    showing.reset();

    EnvImportDialog* dialog = openEnvDialog();
    QVERIFY(dialog);
    FileDialog::setNextAnswer(QDir(folder).filePath(QStringLiteral(".env")));
    QTest::mouseClick(child<QPushButton>(dialog, "openEnvFileButton"), Qt::LeftButton);
    QCOMPARE(FileDialog::lastHiddenFiles(), FileDialog::HiddenFiles::Show);
    QCOMPARE(FileDialog::lastCaption(), QStringLiteral("Open .env file"));
    auto* edit = child<QPlainTextEdit>(dialog, "envTextEdit");
    QCOMPARE(edit->toPlainText(), QStringLiteral("API_TOKEN=") + SecretsTableModel::valueMask() + u'\n');
    QPointer<EnvImportDialog> guard(dialog);
    QTest::mouseClick(child<QPushButton>(dialog, "importEnvButton"), Qt::LeftButton);
    QTRY_VERIFY(!guard || !guard->isVisible());
    QCOMPARE(storedSecret(QStringLiteral("API_TOKEN")), kCanary);
}

void TestProjectTransferDialogs::envKindSwitchingDecidesWhatIsWritten()
{
    CHECKED(openProject());
    EnvImportDialog* dialog = openEnvDialog();
    QVERIFY(dialog);
    CHECKED(pasteEnv(dialog, QStringLiteral("DB_PASSWORD=hunter2\nAPI_URL=https://api.example.test\nTEMP=1\n")));
    QTableWidget* table = dialog->previewTable();
    QCOMPARE(dialog->choice(0), EnvImportDialog::RowChoice::Secret);

    // DB_PASSWORD as a variable shows its value; back to a secret hides it again.
    dialog->choiceBox(0)->setCurrentIndex(dialog->choiceBox(0)->findText(QStringLiteral("Variable")));
    QCOMPARE(table->item(0, EnvImportDialog::ValueColumn)->text(), QStringLiteral("hunter2"));
    dialog->choiceBox(0)->setCurrentIndex(dialog->choiceBox(0)->findText(QStringLiteral("Secret")));
    QCOMPARE(table->item(0, EnvImportDialog::ValueColumn)->text(), SecretsTableModel::valueMask());
    // API_URL goes in as a secret, TEMP not at all.
    dialog->choiceBox(1)->setCurrentIndex(dialog->choiceBox(1)->findText(QStringLiteral("Secret")));
    dialog->choiceBox(2)->setCurrentIndex(dialog->choiceBox(2)->findText(QStringLiteral("Don't import")));
    QCOMPARE(table->item(2, EnvImportDialog::StatusColumn)->text(), QStringLiteral("not imported"));
    QCOMPARE(child<QLabel>(dialog, "envSummaryLabel")->text(),
        QStringLiteral("Of %1, the import writes %2 and %3.")
            .arg(plural("EnvImportDialog", "%n line(s) read", 3), plural("EnvImportDialog", "%n variable(s)", 0),
                plural("EnvImportDialog", "%n secret(s)", 2)));

    QPointer<EnvImportDialog> guard(dialog);
    QTest::mouseClick(child<QPushButton>(dialog, "importEnvButton"), Qt::LeftButton);
    QTRY_VERIFY(!guard || !guard->isVisible());
    QCOMPARE(storedSecret(QStringLiteral("DB_PASSWORD")), QStringLiteral("hunter2"));
    QCOMPARE(storedSecret(QStringLiteral("API_URL")), QStringLiteral("https://api.example.test"));
    QVERIFY(!m_vault->variable(m_project, QStringLiteral("API_URL")).ok());
    QVERIFY(!m_vault->variable(m_project, QStringLiteral("TEMP")).ok());
    QCOMPARE(m_window->statusBar()->currentMessage(),
        QStringLiteral("Imported %1 and %2 into Shop bot.")
            .arg(plural("EnvImportDialog", "%n variable(s)", 0), plural("EnvImportDialog", "%n secret(s)", 2)));
}

void TestProjectTransferDialogs::envConflictPolicyKeepsOrReplaces_data()
{
    QTest::addColumn<bool>("replace");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("secret");
    QTest::newRow("keep") << false << QStringLiteral("exists, kept") << QStringLiteral("old") << kCanary;
    QTest::newRow("replace") << true << QStringLiteral("replaces existing") << QStringLiteral("new")
                             << QStringLiteral("rotated");
}

void TestProjectTransferDialogs::envConflictPolicyKeepsOrReplaces()
{
    QFETCH(bool, replace);
    QFETCH(QString, status);
    QFETCH(QString, variable);
    QFETCH(QString, secret);
    CHECKED(openProject({}, {{QStringLiteral("MODE"), QStringLiteral("old"), true}}));
    EnvImportDialog* dialog = openEnvDialog();
    QVERIFY(dialog);
    CHECKED(pasteEnv(dialog, QStringLiteral("MODE=new\nAPI_KEY=rotated\nEXTRA=1\n")));
    if (replace) {
        QTest::mouseClick(child<QRadioButton>(dialog, "replaceExistingRadio"), Qt::LeftButton);
    }
    QTableWidget* table = dialog->previewTable();
    QCOMPARE(columnTexts(table, EnvImportDialog::StatusColumn), (QStringList {status, status, QStringLiteral("new")}));
    QCOMPARE(dialog->importableCount(), replace ? 3 : 1);

    QPointer<EnvImportDialog> guard(dialog);
    QTest::mouseClick(child<QPushButton>(dialog, "importEnvButton"), Qt::LeftButton);
    QTRY_VERIFY(!guard || !guard->isVisible());
    QCOMPARE(storedVariable(QStringLiteral("MODE")), variable);
    QCOMPARE(storedSecret(QStringLiteral("API_KEY")), secret);
    QCOMPARE(storedVariable(QStringLiteral("EXTRA")), QStringLiteral("1"));
    QVERIFY(m_vault->variable(m_project, QStringLiteral("MODE"))->includeInExport);
}

void TestProjectTransferDialogs::envLineKeepsTheKindTheProjectHolds()
{
    CHECKED(
        openProject({QStringLiteral("WEBHOOK_URL")}, {{QStringLiteral("DB_PASSWORD"), QStringLiteral("old"), false}}));
    EnvImportDialog* dialog = openEnvDialog();
    QVERIFY(dialog);
    CHECKED(pasteEnv(dialog, QStringLiteral("WEBHOOK_URL=https://hooks.example.test/new\nDB_PASSWORD=new\n")));
    QTableWidget* table = dialog->previewTable();

    // WEBHOOK_URL does not look like a secret, but the project holds it as one: never a variable by default.
    QCOMPARE(dialog->choice(0), EnvImportDialog::RowChoice::Secret);
    QCOMPARE(table->item(0, EnvImportDialog::ValueColumn)->text(), SecretsTableModel::valueMask());
    // DB_PASSWORD looks like a secret, but the project holds it as a variable: no secret beside it by default.
    QCOMPARE(dialog->choice(1), EnvImportDialog::RowChoice::Variable);

    // Only an explicit choice makes it a variable, and the row says what that means.
    dialog->choiceBox(0)->setCurrentIndex(dialog->choiceBox(0)->findText(QStringLiteral("Variable")));
    QCOMPARE(table->item(0, EnvImportDialog::StatusColumn)->text(), QStringLiteral("variable beside the secret"));
    QVERIFY2(table->item(0, EnvImportDialog::StatusColumn)
                 ->toolTip()
                 .contains(QStringLiteral("is a secret of this project")),
        qPrintable(table->item(0, EnvImportDialog::StatusColumn)->toolTip()));
    QVERIFY(dialog->choiceBox(0)->toolTip().contains(QStringLiteral("is a secret of this project")));
    dialog->choiceBox(1)->setCurrentIndex(dialog->choiceBox(1)->findText(QStringLiteral("Secret")));
    QCOMPARE(table->item(1, EnvImportDialog::StatusColumn)->text(), QStringLiteral("secret beside the variable"));

    dialog->choiceBox(0)->setCurrentIndex(dialog->choiceBox(0)->findText(QStringLiteral("Secret")));
    dialog->choiceBox(1)->setCurrentIndex(dialog->choiceBox(1)->findText(QStringLiteral("Variable")));
    QTest::mouseClick(child<QRadioButton>(dialog, "replaceExistingRadio"), Qt::LeftButton);
    QCOMPARE(table->item(0, EnvImportDialog::StatusColumn)->text(), QStringLiteral("replaces existing"));
    QPointer<EnvImportDialog> guard(dialog);
    QTest::mouseClick(child<QPushButton>(dialog, "importEnvButton"), Qt::LeftButton);
    QTRY_VERIFY(!guard || !guard->isVisible());
    QCOMPARE(storedSecret(QStringLiteral("WEBHOOK_URL")), QStringLiteral("https://hooks.example.test/new"));
    QVERIFY(!m_vault->variable(m_project, QStringLiteral("WEBHOOK_URL")).ok());
    QCOMPARE(storedVariable(QStringLiteral("DB_PASSWORD")), QStringLiteral("new"));
    QVERIFY(!m_vault->secretValue(m_project, QStringLiteral("DB_PASSWORD")).ok());
}

void TestProjectTransferDialogs::envStartupNamesWarnOnce()
{
    CHECKED(openProject());
    EnvImportDialog* dialog = openEnvDialog();
    QVERIFY(dialog);
    auto* warning = child<QLabel>(dialog, "envStartupWarning");
    CHECKED(pasteEnv(dialog, QStringLiteral("PORT=1\n")));
    QVERIFY(!warning->isVisible());

    child<QPlainTextEdit>(dialog, "envTextEdit")->clear();
    CHECKED(pasteEnv(dialog, QStringLiteral("PORT=1\nBASH_ENV=/tmp/x\n")));
    QVERIFY(warning->isVisible());
    QCOMPARE(warning->text(), StartupVariables::warning(QStringLiteral("BASH_ENV")));
    // Left out, the line no longer warns.
    dialog->choiceBox(1)->setCurrentIndex(dialog->choiceBox(1)->findText(QStringLiteral("Don't import")));
    QVERIFY(!warning->isVisible());
}

void TestProjectTransferDialogs::envWithoutTheSecretsRoleCannotImportSecrets()
{
    CHECKED(openProject());
    m_vault->setActor(Actor {QStringLiteral("dev"), {Role::Developer}});
    m_window->applySettings();
    EnvImportDialog* dialog = openEnvDialog();
    QVERIFY(dialog);
    CHECKED(pasteEnv(dialog, QStringLiteral("SMTP_PASSWORD=x\nAPI_URL=y\n")));
    DialogTestSupport::saveScreenshot(dialog, QStringLiteral("env-import-no-role"));

    // What looks like a secret is left out rather than stored as a visible variable.
    QCOMPARE(dialog->choice(0), EnvImportDialog::RowChoice::Skip);
    QComboBox* box = dialog->choiceBox(0);
    auto* model = qobject_cast<QStandardItemModel*>(box->model());
    QVERIFY(model);
    QStandardItem* secretItem = model->item(box->findText(QStringLiteral("Secret")));
    QVERIFY(!secretItem->isEnabled());
    QVERIFY2(secretItem->toolTip().contains(QStringLiteral("SYSTEM_ADMIN")), qPrintable(secretItem->toolTip()));
    QVERIFY(box->toolTip().contains(QStringLiteral("SYSTEM_ADMIN")));
    QCOMPARE(dialog->previewTable()->rowCount(), 2);
    QCOMPARE(dialog->importableCount(), 1);

    QPointer<EnvImportDialog> guard(dialog);
    QTest::mouseClick(child<QPushButton>(dialog, "importEnvButton"), Qt::LeftButton);
    QTRY_VERIFY(!guard || !guard->isVisible());
    QCOMPARE(storedVariable(QStringLiteral("API_URL")), QStringLiteral("y"));
    QVERIFY(!m_vault->variable(m_project, QStringLiteral("SMTP_PASSWORD")).ok());
}

void TestProjectTransferDialogs::envWithNothingImportableDisablesImport()
{
    CHECKED(openProject({}, {{QStringLiteral("MODE"), QStringLiteral("same"), false}}));
    EnvImportDialog* dialog = openEnvDialog();
    QVERIFY(dialog);
    auto* import = child<QPushButton>(dialog, "importEnvButton");
    QVERIFY(!import->isEnabled());
    CHECKED(pasteEnv(dialog, QStringLiteral("not a line\n")));
    QVERIFY(!import->isEnabled());
    QCOMPARE(child<QLabel>(dialog, "envSummaryLabel")->text(), QStringLiteral("No line can be imported."));
    // An unchanged value writes nothing either.
    child<QPlainTextEdit>(dialog, "envTextEdit")->clear();
    CHECKED(pasteEnv(dialog, QStringLiteral("MODE=same\n")));
    QCOMPARE(
        columnTexts(dialog->previewTable(), EnvImportDialog::StatusColumn), QStringList {QStringLiteral("unchanged")});
    QVERIFY(!import->isEnabled());
    dialog->reject();
}

void TestProjectTransferDialogs::envExportWritesVariablesOnlyOwnerReadable()
{
    CHECKED(openProject({},
        {{QStringLiteral("API_URL"), QStringLiteral("https://api.example.test"), false},
            {QStringLiteral("GREETING"), QStringLiteral("Hi \"there\""), true},
            {QStringLiteral("TICKS"), QStringLiteral("`touch pwned`"), false}}));
    const QString file = path(QStringLiteral("shop.env"));
    FileDialog::setNextAnswer(file);
    action("exportEnvAction")->trigger();
    QCOMPARE(
        FileDialog::lastCaption(), QStringLiteral("Export the variables of “Shop bot” (secrets are not exported)"));
    QCOMPARE(QFileInfo(FileDialog::lastSuggestedPath()).fileName(), QStringLiteral("Shop bot.env"));
    QVERIFY(QFile::exists(file));
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(QFileInfo(file).permissions() & others, QFileDevice::Permissions());
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray content = written.readAll();
    const EnvParseResult parsed = EnvFile::parse(content);
    QCOMPARE(parsed.entries.size(), 3);
    QCOMPARE(parsed.entries.at(1).value, QStringLiteral("Hi \"there\""));
    // The same writer as `env export`: single quotes, in which no shell runs the backticks.
    QVERIFY2(content.contains("\nTICKS='`touch pwned`'\n"), content.constData());
    QVERIFY(!content.contains("API_KEY"));
    QVERIFY(!content.contains(kCanary.toUtf8()));
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(
                 QStringLiteral("Exported %1 of Shop bot").arg(plural("ProjectTransferActions", "%n variable(s)", 3))),
        qPrintable(m_window->statusBar()->currentMessage()));
    // The vault does not see an export: the window records it in the audit log.
    const auto audit = m_vault->auditEntries();
    QVERIFY(audit.ok() && !audit->isEmpty());
    QCOMPARE(audit->last().action, AuditAction::Exported);
    QCOMPARE(audit->last().project, QStringLiteral("Shop bot"));
    QCOMPARE(audit->last().detail, QStringLiteral("env"));
}

// --- source folder and expected names ------------------------------------------------------------

void TestProjectTransferDialogs::bindAndUnbindTheSourceFolder()
{
    CHECKED(openProject());
    SecretsAndVariablesPage* page = m_window->page();
    ElidedLabel* label = page->sourceFolderLabel();
    QVERIFY(label->fullText().startsWith(QStringLiteral("No source folder bound")));
    QVERIFY(!page->nameUsageBanner()->isVisible());
    QAction* unbind = action("unbindSourceFolderAction");
    QVERIFY(!unbind->isEnabled());

    const QString folder = makeBotFolder(QStringLiteral("bot"), {QStringLiteral("API_KEY")}, {});
    CHECKED(bindThroughMenu(folder));
    QCOMPARE(label->fullText(), folder);
    QVERIFY(label->toolTip().contains(folder));
    QVERIFY(page->nameUsageBanner()->isVisible());
    QVERIFY(unbind->isEnabled());
    QCOMPARE(m_window->statusBar()->currentMessage(),
        QStringLiteral("Bound project Shop bot to %1.").arg(QDir::toNativeSeparators(folder)));
    DialogTestSupport::saveScreenshot(m_window.get(), QStringLiteral("page-bound"));

    unbind->trigger();
    QVERIFY(m_vault->projectByName(kProject)->sourceFolder.isEmpty());
    QVERIFY(label->fullText().startsWith(QStringLiteral("No source folder bound")));
    QVERIFY(!page->nameUsageBanner()->isVisible());
    QVERIFY(!unbind->isEnabled());
    QVERIFY(QFile::exists(QDir(folder).filePath(QStringLiteral("chatbot.yaml"))));
}

void TestProjectTransferDialogs::bindingAFolderWithoutChatbotYamlAsksFirst()
{
    CHECKED(openProject());
    const QString folder = path(QStringLiteral("not-a-bot"));
    QVERIFY(QDir().mkpath(folder));
    const int prompts = MessageBox::promptCount();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    FileDialog::setNextAnswer(folder);
    action("bindSourceFolderAction")->trigger();
    QCOMPARE(MessageBox::promptCount(), prompts + 1);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("has no chatbot.yaml")));
    QVERIFY(m_vault->projectByName(kProject)->sourceFolder.isEmpty());

    MessageBox::setNextAnswer(QMessageBox::Yes);
    FileDialog::setNextAnswer(folder);
    action("bindSourceFolderAction")->trigger();
    QCOMPARE(m_vault->projectByName(kProject)->sourceFolder, folder);
}

void TestProjectTransferDialogs::bannerListsMissingNamesAndLinksOpenPrefilledDialogs()
{
    CHECKED(openProject({}, {{QStringLiteral("API_URL"), QStringLiteral("https://api.example.test"), false}}));
    const QString folder = makeBotFolder(QStringLiteral("bot"),
        {QStringLiteral("API_KEY"), QStringLiteral("DB_PASSWORD"), QStringLiteral("SMTP_PASSWORD")},
        {QStringLiteral("GREETING")}, QStringLiteral("const url = $env.get(\"API_URL\");\n"));
    CHECKED(bindThroughMenu(folder));
    NameUsageBanner* banner = m_window->page()->nameUsageBanner();
    QVERIFY(banner->isVisible());
    const QString text = banner->messageLabel()->text();
    QVERIFY2(text.contains(
                 plural("NameUsageBanner", "The bot expects %n secret(s) this project lacks: %1", 2).arg(QString())),
        qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("<a href=\"%1\">DB_PASSWORD</a>")
                              .arg(NameUsageBanner::secretLink(QStringLiteral("DB_PASSWORD")))));
    QVERIFY(text.contains(
        plural("NameUsageBanner", "The bot expects %n variable(s) this project lacks: %1", 1).arg(QString())));
    QVERIFY(text.contains(NameUsageBanner::variableLink(QStringLiteral("GREETING"))));
    QVERIFY(!text.contains(QStringLiteral("API_KEY")));
    DialogTestSupport::saveScreenshot(m_window.get(), QStringLiteral("banner"));

    // A click on a secret's name opens Add secret with the name filled in.
    Q_EMIT banner->messageLabel()->linkActivated(NameUsageBanner::secretLink(QStringLiteral("DB_PASSWORD")));
    auto* secretDialog = visibleDialog<SecretDialog>(m_window.get());
    QVERIFY(secretDialog);
    QCOMPARE(m_window->page()->tabs()->currentIndex(), 0);
    QCOMPARE(child<QLineEdit>(secretDialog, "secretNameEdit")->text(), QStringLiteral("DB_PASSWORD"));
    QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>(secretDialog, "secretValueEdit"));
    QTest::keyClicks(child<QLineEdit>(secretDialog, "secretValueEdit"), QStringLiteral("s3cret"));
    QTest::mouseClick(child<QPushButton>(secretDialog, "saveSecretButton"), Qt::LeftButton);
    QCOMPARE(storedSecret(QStringLiteral("DB_PASSWORD")), QStringLiteral("s3cret"));
    // The banner follows the save.
    QTRY_COMPARE(banner->usage().missingSecrets, QStringList {QStringLiteral("SMTP_PASSWORD")});

    Q_EMIT banner->messageLabel()->linkActivated(NameUsageBanner::variableLink(QStringLiteral("GREETING")));
    auto* variableDialog = visibleDialog<VariableDialog>(m_window.get());
    QVERIFY(variableDialog);
    QCOMPARE(m_window->page()->tabs()->currentIndex(), 1);
    QCOMPARE(child<QLineEdit>(variableDialog, "variableNameEdit")->text(), QStringLiteral("GREETING"));
    variableDialog->reject();
}

void TestProjectTransferDialogs::bannerFollowsSavesAndRescan()
{
    CHECKED(openProject());
    const QString folder = makeBotFolder(QStringLiteral("bot"), {QStringLiteral("API_KEY")}, {});
    CHECKED(bindThroughMenu(folder));
    NameUsageBanner* banner = m_window->page()->nameUsageBanner();
    QVERIFY(banner->usage().missingSecrets.isEmpty());
    QVERIFY(banner->messageLabel()->text().contains(QStringLiteral("Every secret and variable")));

    // Removing the secret makes it missing.
    QVERIFY(m_vault->removeSecret(m_project, QStringLiteral("API_KEY")).ok());
    QTRY_COMPARE(banner->usage().missingSecrets, QStringList {QStringLiteral("API_KEY")});

    // New code on disk is read on Rescan, not before.
    makeBotFolder(QStringLiteral("bot"), {QStringLiteral("API_KEY"), QStringLiteral("NEW_TOKEN")}, {});
    QTest::qWait(50);
    QCOMPARE(banner->usage().missingSecrets, QStringList {QStringLiteral("API_KEY")});
    QTest::mouseClick(banner->rescanButton(), Qt::LeftButton);
    QCOMPARE(banner->usage().missingSecrets, (QStringList {QStringLiteral("API_KEY"), QStringLiteral("NEW_TOKEN")}));
}

void TestProjectTransferDialogs::bannerListsNamesReadWithADefaultApart()
{
    CHECKED(openProject());
    const QString folder = makeBotFolder(QStringLiteral("bot"), {QStringLiteral("API_KEY")}, {},
        QStringLiteral("const model = $env.get(\"MODEL\", \"small\");\n"
                       "const extra = $secrets.get(\"EXTRA_TOKEN\", null);\n"
                       "$injector.secrets.forEach((secret) => $secrets.get(secret));\n"));
    CHECKED(bindThroughMenu(folder));
    NameUsageBanner* banner = m_window->page()->nameUsageBanner();
    QVERIFY(banner->isVisible());
    // Read only with a default: listed apart, never missing, no attention.
    QVERIFY(!banner->usage().anyMissing());
    QCOMPARE(banner->usage().optionalSecrets, QStringList {QStringLiteral("EXTRA_TOKEN")});
    QCOMPARE(banner->usage().optionalVariables, QStringList {QStringLiteral("MODEL")});
    const QString text = banner->messageLabel()->text();
    const QString readWithDefault = QCoreApplication::translate(
        "NameUsageBanner", "Read with a default (the bot uses its default while this project lacks them): %1");
    QVERIFY2(text.contains(readWithDefault.arg(QString())), qPrintable(text));
    QVERIFY(text.contains(NameUsageBanner::variableLink(QStringLiteral("MODEL"))));
    QVERIFY(text.contains(NameUsageBanner::secretLink(QStringLiteral("EXTRA_TOKEN"))));
    QVERIFY(!text.contains(QStringLiteral("lacks: ")));
    // The injector idiom reads the declared API_KEY: nothing is computed at run time.
    QVERIFY(!text.contains(QStringLiteral("computed at run time")));
    QCOMPARE(banner->messageLabel()->toolTip(), QString());

    // A name read with and without a default is required.
    makeBotFolder(QStringLiteral("bot"), {QStringLiteral("API_KEY")}, {},
        QStringLiteral("$env.get(\"MODEL\", \"small\");\n$env.get(\"MODEL\");\n"));
    QTest::mouseClick(banner->rescanButton(), Qt::LeftButton);
    QCOMPARE(banner->usage().missingVariables, QStringList {QStringLiteral("MODEL")});
    QVERIFY(banner->usage().optionalVariables.isEmpty());
}

void TestProjectTransferDialogs::hardCodedKeysAreShownWithoutTheirValues()
{
    CHECKED(openProject());
    // A made-up token in a real format, assembled here so that no file holds one whole.
    const QString token
        = QStringLiteral("ghp_") + QStringLiteral("FAKE") + QStringLiteral("aB3xY9kLmN2pQ7rS4tU8vW1zC6dE0fG5");
    const QString folder = makeBotFolder(QStringLiteral("bot"), {QStringLiteral("API_KEY")}, {},
        QStringLiteral("const k = $secrets.get(\"API_KEY\");\n// const k = \"%1\";\n").arg(token));
    CHECKED(bindThroughMenu(folder));
    CredentialFindingsBanner* banner = m_window->page()->credentialFindingsBanner();
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->messageLabel()->text().startsWith(QStringLiteral("1 hard-coded key found in the source folder")),
        qPrintable(banner->messageLabel()->text()));
    QVERIFY(!banner->messageLabel()->text().contains(token));

    QTimer::singleShot(0, [this, token] {
        auto* dialog = visibleDialog<CredentialFindingsDialog>(m_window.get());
        QVERIFY(dialog);
        QTableWidget* table = dialog->table();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("src/main.js:2"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("GitHub token"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("ghp_FAKE\u2026 (40 characters)"));
        dialog->reject();
    });
    QTest::mouseClick(banner->showButton(), Qt::LeftButton);

    // Export asks first; No writes nothing and opens no dialog.
    const int prompts = MessageBox::promptCount();
    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(!openExportDialog());
    QCOMPARE(MessageBox::promptCount(), prompts + 1);
    QVERIFY2(MessageBox::lastText().startsWith(
                 QStringLiteral("The source folder holds 1 hard-coded key (src/main.js:2); anyone with the archive")),
        qPrintable(MessageBox::lastText()));
    QVERIFY(!MessageBox::lastText().contains(token));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    ExportProjectDialog* exportDialog = openExportDialog();
    QVERIFY(exportDialog);
    exportDialog->reject();

    // The line moved to a secret: Rescan clears the banner, and export no longer asks.
    makeBotFolder(QStringLiteral("bot"), {QStringLiteral("API_KEY")}, {},
        QStringLiteral("const k = $secrets.get(\"API_KEY\");\n"));
    QTest::mouseClick(m_window->page()->nameUsageBanner()->rescanButton(), Qt::LeftButton);
    QVERIFY(!banner->isVisible());
    ExportProjectDialog* cleanExport = openExportDialog();
    QVERIFY(cleanExport);
    QCOMPARE(MessageBox::promptCount(), prompts + 2);
    cleanExport->reject();
}

void TestProjectTransferDialogs::bannerShowsNamesDeclaredByAnImport()
{
    CHECKED(openProject());
    NameUsageBanner* banner = m_window->page()->nameUsageBanner();
    QVERIFY(!banner->isVisible());
    ProjectStore::ProjectImport import;
    import.into = m_project;
    import.declaredSecrets = {QStringLiteral("API_KEY"), QStringLiteral("PAYPAL_SECRET")};
    QVERIFY(m_vault->applyImport(import).ok());
    // No folder: only the declared name the project lacks, and no Rescan.
    QTRY_VERIFY(banner->isVisible());
    QCOMPARE(banner->usage().missingSecrets, QStringList {QStringLiteral("PAYPAL_SECRET")});
    QVERIFY(!banner->rescanButton()->isVisible());
    QVERIFY(!m_window->page()->secretsTab()->model()->isUnused(QStringLiteral("API_KEY")));
}

void TestProjectTransferDialogs::bannerReportsAFolderThatCannotBeScanned()
{
    CHECKED(openProject());
    const QString folder = makeBotFolder(QStringLiteral("bot"), {QStringLiteral("API_KEY")}, {});
    CHECKED(bindThroughMenu(folder));
    NameUsageBanner* banner = m_window->page()->nameUsageBanner();
    QVERIFY(QDir(folder).removeRecursively());
    QTest::mouseClick(banner->rescanButton(), Qt::LeftButton);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->messageLabel()->text().startsWith(QStringLiteral("The bot's code could not be checked: ")),
        qPrintable(banner->messageLabel()->text()));
    QVERIFY(banner->rescanButton()->isVisible());
}

void TestProjectTransferDialogs::unusedNamesAreMarked()
{
    CHECKED(openProject({QStringLiteral("OLD_TOKEN")},
        {{QStringLiteral("API_URL"), QStringLiteral("u"), false},
            {QStringLiteral("LEFTOVER"), QStringLiteral("x"), false}}));
    const QString folder = makeBotFolder(
        QStringLiteral("bot"), {QStringLiteral("API_KEY")}, {}, QStringLiteral("const url = $env.get(\"API_URL\");\n"));
    CHECKED(bindThroughMenu(folder));
    SecretsTableModel* secrets = m_window->page()->secretsTab()->model();
    const int oldToken = rowOfName(secrets, QStringLiteral("OLD_TOKEN"), SecretsTableModel::NameRole);
    const int apiKey = rowOfName(secrets, QStringLiteral("API_KEY"), SecretsTableModel::NameRole);
    QVERIFY(oldToken >= 0 && apiKey >= 0);
    QVERIFY(secrets->index(oldToken, 0).data(SecretsTableModel::UnusedRole).toBool());
    QCOMPARE(secrets->index(oldToken, 0).data(Qt::ToolTipRole).toString(),
        QStringLiteral("OLD_TOKEN\nNot found in the bot's code (chatbot.yaml, src/)."));
    QVERIFY(!secrets->index(apiKey, 0).data(SecretsTableModel::UnusedRole).toBool());
    QCOMPARE(secrets->index(apiKey, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("API_KEY"));

    m_window->page()->tabs()->setCurrentIndex(1);
    VariablesTableModel* variables = m_window->page()->variablesTab()->model();
    QCOMPARE(variables->rowCount(), 2);
    QCOMPARE(variables->index(0, 0).data(VariablesTableModel::NameRole).toString(), QStringLiteral("API_URL"));
    QVERIFY(!variables->index(0, 0).data(VariablesTableModel::UnusedRole).toBool());
    QVERIFY(variables->index(1, 0).data(VariablesTableModel::UnusedRole).toBool());
    QCOMPARE(variables->index(1, 0).data(Qt::AccessibleDescriptionRole).toString(),
        QStringLiteral("Not found in the bot's code (chatbot.yaml, src/)."));
    DialogTestSupport::saveScreenshot(m_window.get(), QStringLiteral("unused-marker"));

    // Unbinding: nothing is known about the code any more, so nothing is called unused.
    action("unbindSourceFolderAction")->trigger();
    QVERIFY(!variables->index(1, 0).data(VariablesTableModel::UnusedRole).toBool());
}

void TestProjectTransferDialogs::unusedMarkerSaysWhenTheCheckIsIncomplete()
{
    CHECKED(openProject({}, {{QStringLiteral("LEFTOVER"), QStringLiteral("x"), false}}));
    const QString folder = makeBotFolder(QStringLiteral("bot"), {}, {},
        QStringLiteral("const name = \"API_\" + kind;\nconst value = $env.get(name);\n"));
    CHECKED(bindThroughMenu(folder));
    m_window->page()->tabs()->setCurrentIndex(1);
    VariablesTableModel* variables = m_window->page()->variablesTab()->model();
    QVERIFY(variables->index(0, 0).data(VariablesTableModel::UnusedRole).toBool());
    QCOMPARE(variables->index(0, 0).data(Qt::ToolTipRole).toString(),
        QStringLiteral("LEFTOVER\nNot found in the bot's code (chatbot.yaml, src/). The code also reads names computed "
                       "at run time, so this check may be incomplete."));
    QVERIFY(m_window->page()->nameUsageBanner()->messageLabel()->text().contains(
        QStringLiteral("computed at run time, so this check may be incomplete")));
}

BOTVAULT_WIDGET_TEST_MAIN(TestProjectTransferDialogs)
#include "TestProjectTransferDialogs.moc"
