#include "models/NameRules.h"
#include "models/StartupVariables.h"
#include "storage/Vault.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"
#include "tests/widgets/DialogTestSupport.h"
#include "ui/VariableDialog.h"
#include "ui/VariablesTab.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using DialogTestSupport::child;
using TestSupport::fastKdfParams;
using TestSupport::secret;
using TestSupport::secure;

// The Add/Edit variable dialog, driven like a person against a real vault in a temporary folder.
class TestVariableDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void addModeStartsEmptyAndDisabled();
    void nameMessages_data();
    void nameMessages();
    void emptyNameAfterEditingSaysSo();
    void caseCollisionWarnsButDoesNotBlock();
    void startupNameWarnsButDoesNotBlock();
    void emptyValueIsAllowed();
    void multiLineValueAndKeyboard();
    void includeInExportIsSaved();
    void valueTooLargeIsRefusedLive();
    void storeErrorKeepsTheDialogOpen();
    void editPrefillsAndSavesChanges();
    void editRename();
    void editRefusesAnotherVariablesName();
    void escapeCancels();
    void developerMayEditVariables();
    void everyControlHasNamesForTestsAndAssistiveTools();
    void savedStatusMentionsPublishingInABoundProject();

private:
    std::unique_ptr<VariableDialog> openDialog(const QStringList& existingNames = {});
    Variable stored(const QString& name) const;

    QTemporaryDir m_dir;
    Vault m_vault;
    ProjectId m_project = 0;
    int m_projectCount = 0;
};

void TestVariableDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("vault.db"));
    QVERIFY(Vault::create(path, secret("correct horse"), fastKdfParams()).ok());
    QVERIFY(m_vault.unlock(path, secret("correct horse")).ok());
}

void TestVariableDialog::init()
{
    auto project = m_vault.addProject(QStringLiteral("bot %1").arg(++m_projectCount));
    QVERIFY(project.ok());
    m_project = project->id;
}

std::unique_ptr<VariableDialog> TestVariableDialog::openDialog(const QStringList& existingNames)
{
    auto dialog = std::make_unique<VariableDialog>(&m_vault, m_project, existingNames);
    dialog->show();
    return dialog;
}

Variable TestVariableDialog::stored(const QString& name) const
{
    auto variable = m_vault.variable(m_project, name);
    if (!variable) {
        Variable missing;
        missing.value = QStringLiteral("<%1>").arg(variable.message());
        return missing;
    }
    return variable.value();
}

void TestVariableDialog::addModeStartsEmptyAndDisabled()
{
    auto dialog = openDialog();
    auto* save = child<QPushButton>(dialog.get(), "saveVariableButton");
    auto* include = child<QCheckBox>(dialog.get(), "includeInExportCheckBox");
    QVERIFY(save && include && child<QLineEdit>(dialog.get(), "variableNameEdit")
        && child<QPlainTextEdit>(dialog.get(), "variableValueEdit"));
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Add variable"));
    QCOMPARE(save->text(), QStringLiteral("&Add"));
    QVERIFY(!save->isEnabled());
    QCOMPARE(include->text(), QStringLiteral("Include into project export ZIP file"));
    QVERIFY(!include->isChecked());
    QVERIFY(!child<QLabel>(dialog.get(), "variableNameMessage")->isVisible());
    QVERIFY(!child<QLabel>(dialog.get(), "variableDialogError")->isVisible());
    DialogTestSupport::saveScreenshot(dialog.get(), QStringLiteral("variable-add-empty"));
}

void TestVariableDialog::nameMessages_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("messageParts");

    QTest::newRow("hyphen") << QStringLiteral("api-url") << QStringList {QStringLiteral("'api-url' contains '-'")};
    QTest::newRow("dot") << QStringLiteral("api.url") << QStringList {QStringLiteral("'.'")};
    QTest::newRow("129 characters") << QString(129, QLatin1Char('v'))
                                    << QStringList {QStringLiteral("129 characters"), QStringLiteral("at most 128")};
    QTest::newRow("duplicate") << QStringLiteral(
        "API_URL") << QStringList {QStringLiteral("A variable named 'API_URL' already exists in this project.")};
}

void TestVariableDialog::nameMessages()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, messageParts);

    auto dialog = openDialog({QStringLiteral("API_URL")});
    auto* name = child<QLineEdit>(dialog.get(), "variableNameEdit");
    auto* save = child<QPushButton>(dialog.get(), "saveVariableButton");
    auto* message = child<QLabel>(dialog.get(), "variableNameMessage");

    DialogTestSupport::typeText(name, typed);
    QVERIFY(message->isVisible());
    for (const QString& part : messageParts) {
        QVERIFY2(message->text().contains(part), qPrintable(message->text()));
    }
    QVERIFY(!save->isEnabled());
    DialogTestSupport::saveScreenshot(
        dialog.get(), QStringLiteral("variable-name-%1").arg(QString::fromLatin1(QTest::currentDataTag())));

    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("API_URL_2"));
    QVERIFY(!message->isVisible());
    QVERIFY(save->isEnabled());
}

void TestVariableDialog::emptyNameAfterEditingSaysSo()
{
    auto dialog = openDialog();
    auto* name = child<QLineEdit>(dialog.get(), "variableNameEdit");
    auto* message = child<QLabel>(dialog.get(), "variableNameMessage");
    QTest::keyClicks(name, QStringLiteral("X"));
    QTest::keyClick(name, Qt::Key_Backspace);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("empty")), qPrintable(message->text()));
    QVERIFY(!child<QPushButton>(dialog.get(), "saveVariableButton")->isEnabled());
}

void TestVariableDialog::startupNameWarnsButDoesNotBlock()
{
    auto dialog = openDialog();
    auto* save = child<QPushButton>(dialog.get(), "saveVariableButton");
    auto* message = child<QLabel>(dialog.get(), "variableNameMessage");
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "variableNameEdit"), QStringLiteral("PYTHONPATH"));

    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), StartupVariables::warning(QStringLiteral("PYTHONPATH")));
    QVERIFY(message->text().contains(QStringLiteral("--allow PYTHONPATH")));
    QVERIFY(save->isEnabled());
    // One more letter makes it an ordinary name, and the warning goes.
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "variableNameEdit"), QStringLiteral("_NOTE"));
    QVERIFY(!message->isVisible());
}

void TestVariableDialog::caseCollisionWarnsButDoesNotBlock()
{
    QVERIFY(m_vault.setVariable(m_project, QStringLiteral("apiUrl"), QStringLiteral("a")).ok());
    auto dialog = openDialog({QStringLiteral("apiUrl")});
    auto* save = child<QPushButton>(dialog.get(), "saveVariableButton");
    auto* message = child<QLabel>(dialog.get(), "variableNameMessage");
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "variableNameEdit"), QStringLiteral("APIURL"));

    QCOMPARE(message->text(), NameRules::caseCollisionWarning(QStringLiteral("APIURL"), {QStringLiteral("apiUrl")}));
    QVERIFY(message->isVisible());
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(stored(QStringLiteral("APIURL")).name, QStringLiteral("APIURL"));
    QCOMPARE(stored(QStringLiteral("apiUrl")).value, QStringLiteral("a"));
}

void TestVariableDialog::emptyValueIsAllowed()
{
    auto dialog = openDialog();
    auto* save = child<QPushButton>(dialog.get(), "saveVariableButton");
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "variableNameEdit"), QStringLiteral("FEATURE_FLAG"));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(dialog->name(), QStringLiteral("FEATURE_FLAG"));
    const Variable variable = stored(QStringLiteral("FEATURE_FLAG"));
    QCOMPARE(variable.name, QStringLiteral("FEATURE_FLAG"));
    QCOMPARE(variable.value, QString());
    QVERIFY(!variable.includeInExport);
}

void TestVariableDialog::multiLineValueAndKeyboard()
{
    auto dialog = openDialog();
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
    auto* name = child<QLineEdit>(dialog.get(), "variableNameEdit");
    auto* value = child<QPlainTextEdit>(dialog.get(), "variableValueEdit");
    auto* include = child<QCheckBox>(dialog.get(), "includeInExportCheckBox");

    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("GREETING"));
    QTest::keyClick(name, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), value);
    // Return makes a new line inside the value rather than saving.
    QTest::keyClicks(value, QStringLiteral("Hello,"));
    QTest::keyClick(value, Qt::Key_Return);
    QTest::keyClicks(value, QStringLiteral("world"));
    QVERIFY(dialog->isVisible());
    QCOMPARE(value->toPlainText(), QStringLiteral("Hello,\nworld"));
    // Tab leaves the value for the next control instead of inserting a tab character.
    QTest::keyClick(value, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), include);
    QCOMPARE(value->toPlainText(), QStringLiteral("Hello,\nworld"));
    DialogTestSupport::saveScreenshot(dialog.get(), QStringLiteral("variable-add-filled"));

    // Ctrl+Return saves from inside the value.
    value->setFocus();
    QTest::keyClick(value, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(stored(QStringLiteral("GREETING")).value, QStringLiteral("Hello,\nworld"));
}

void TestVariableDialog::includeInExportIsSaved()
{
    auto dialog = openDialog();
    auto* include = child<QCheckBox>(dialog.get(), "includeInExportCheckBox");
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "variableNameEdit"), QStringLiteral("REGION"));
    QTest::keyClicks(child<QPlainTextEdit>(dialog.get(), "variableValueEdit"), QStringLiteral("eu-west"));
    QTest::mouseClick(include, Qt::LeftButton, {}, QPoint(8, include->height() / 2));
    QVERIFY(include->isChecked());
    QTest::mouseClick(child<QPushButton>(dialog.get(), "saveVariableButton"), Qt::LeftButton);

    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    const Variable variable = stored(QStringLiteral("REGION"));
    QCOMPARE(variable.value, QStringLiteral("eu-west"));
    QVERIFY(variable.includeInExport);
}

void TestVariableDialog::valueTooLargeIsRefusedLive()
{
    QCOMPARE(VariableDialog::kMaxValueBytes, Vault::kMaxValueBytes);
    auto dialog = openDialog();
    auto* value = child<QPlainTextEdit>(dialog.get(), "variableValueEdit");
    auto* save = child<QPushButton>(dialog.get(), "saveVariableButton");
    auto* message = child<QLabel>(dialog.get(), "variableValueMessage");
    QVERIFY(message);
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "variableNameEdit"), QStringLiteral("BIG"));

    DialogTestSupport::paste(value, QString(64 * 1024, QLatin1Char('x')));
    QVERIFY(!message->isVisible());
    QVERIFY(save->isEnabled());

    QTest::keyClicks(value, QStringLiteral("y"));
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), QStringLiteral("The value is 65537 bytes long; the limit is 65536 bytes (64 KiB)."));
    QVERIFY(!save->isEnabled());
    DialogTestSupport::saveScreenshot(dialog.get(), QStringLiteral("variable-add-too-large"));

    QTest::keyClick(value, Qt::Key_Backspace);
    QVERIFY(!message->isVisible());
    QVERIFY(save->isEnabled());
}

void TestVariableDialog::storeErrorKeepsTheDialogOpen()
{
    auto dialog = openDialog();
    auto* save = child<QPushButton>(dialog.get(), "saveVariableButton");
    auto* error = child<QLabel>(dialog.get(), "variableDialogError");
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "variableNameEdit"), QStringLiteral("LATE"));
    QTest::keyClicks(child<QPlainTextEdit>(dialog.get(), "variableValueEdit"), QStringLiteral("mine"));

    QVERIFY(m_vault.setVariable(m_project, QStringLiteral("LATE"), QStringLiteral("theirs")).ok());
    QTest::mouseClick(save, Qt::LeftButton);

    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("already has a variable named 'LATE'")), qPrintable(error->text()));
    QVERIFY(!save->isEnabled());
    QCOMPARE(stored(QStringLiteral("LATE")).value, QStringLiteral("theirs"));
}

void TestVariableDialog::editPrefillsAndSavesChanges()
{
    QVERIFY(m_vault.setVariable(m_project, QStringLiteral("API_URL"), QStringLiteral("https://old"), true).ok());
    auto dialog = openDialog({QStringLiteral("API_URL")});
    dialog->setEditing(stored(QStringLiteral("API_URL")));
    auto* name = child<QLineEdit>(dialog.get(), "variableNameEdit");
    auto* value = child<QPlainTextEdit>(dialog.get(), "variableValueEdit");
    auto* include = child<QCheckBox>(dialog.get(), "includeInExportCheckBox");
    auto* save = child<QPushButton>(dialog.get(), "saveVariableButton");

    QCOMPARE(dialog->windowTitle(), QStringLiteral("Edit variable"));
    QCOMPARE(save->text(), QStringLiteral("&Save"));
    QCOMPARE(name->text(), QStringLiteral("API_URL"));
    QCOMPARE(value->toPlainText(), QStringLiteral("https://old"));
    QVERIFY(include->isChecked());
    QVERIFY(!child<QLabel>(dialog.get(), "variableNameMessage")->isVisible());
    // Nothing to save until something changes.
    QVERIFY(!save->isEnabled());
    DialogTestSupport::saveScreenshot(dialog.get(), QStringLiteral("variable-edit"));

    value->selectAll();
    QTest::keyClicks(value, QStringLiteral("https://new"));
    QTest::mouseClick(include, Qt::LeftButton, {}, QPoint(8, include->height() / 2));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);

    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    const Variable variable = stored(QStringLiteral("API_URL"));
    QCOMPARE(variable.value, QStringLiteral("https://new"));
    QVERIFY(!variable.includeInExport);
}

void TestVariableDialog::editRename()
{
    QVERIFY(m_vault.setVariable(m_project, QStringLiteral("OLD"), QStringLiteral("v"), true).ok());
    auto dialog = openDialog({QStringLiteral("OLD")});
    dialog->setEditing(stored(QStringLiteral("OLD")));
    auto* name = child<QLineEdit>(dialog.get(), "variableNameEdit");
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("NEW"));
    QTest::mouseClick(child<QPushButton>(dialog.get(), "saveVariableButton"), Qt::LeftButton);

    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(dialog->name(), QStringLiteral("NEW"));
    const Variable renamed = stored(QStringLiteral("NEW"));
    QCOMPARE(renamed.value, QStringLiteral("v"));
    QVERIFY(renamed.includeInExport);
    QVERIFY(!m_vault.variable(m_project, QStringLiteral("OLD")).ok());
}

void TestVariableDialog::editRefusesAnotherVariablesName()
{
    QVERIFY(m_vault.setVariable(m_project, QStringLiteral("FIRST"), QStringLiteral("1")).ok());
    auto dialog = openDialog({QStringLiteral("FIRST"), QStringLiteral("SECOND")});
    dialog->setEditing(stored(QStringLiteral("FIRST")));
    auto* name = child<QLineEdit>(dialog.get(), "variableNameEdit");
    auto* message = child<QLabel>(dialog.get(), "variableNameMessage");
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("SECOND"));
    QCOMPARE(message->text(), QStringLiteral("A variable named 'SECOND' already exists in this project."));
    QVERIFY(!child<QPushButton>(dialog.get(), "saveVariableButton")->isEnabled());
}

void TestVariableDialog::escapeCancels()
{
    auto dialog = openDialog();
    auto* name = child<QLineEdit>(dialog.get(), "variableNameEdit");
    QTest::keyClicks(name, QStringLiteral("NOT_SAVED"));
    QTest::keyClick(name, Qt::Key_Escape);
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QVERIFY(!dialog->isVisible());
    QVERIFY(!m_vault.variable(m_project, QStringLiteral("NOT_SAVED")).ok());
}

void TestVariableDialog::developerMayEditVariables()
{
    const Actor owner = m_vault.actor();
    m_vault.setActor(Actor {QStringLiteral("dev"), {Role::Developer}});
    auto dialog = openDialog();
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "variableNameEdit"), QStringLiteral("DEV_VAR"));
    auto* save = child<QPushButton>(dialog.get(), "saveVariableButton");
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    m_vault.setActor(owner);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(stored(QStringLiteral("DEV_VAR")).updatedBy, QStringLiteral("dev"));
}

void TestVariableDialog::everyControlHasNamesForTestsAndAssistiveTools()
{
    auto dialog = openDialog();
    int interactive = 0;
    for (QWidget* widget : dialog->findChildren<QWidget*>()) {
        if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(dialog.get())) {
            continue;
        }
        ++interactive;
        QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
    QVERIFY(interactive >= 5);
}

// Issue 17, item 14: in a bound project a saved variable reaches the channels only after it is
// published and then deployed, and the status says both; an unbound project has nothing to publish.
void TestVariableDialog::savedStatusMentionsPublishingInABoundProject()
{
    VariablesTab tab(&m_vault, nullptr);
    tab.setProject(m_project, QStringLiteral("bot"));
    tab.show();
    QSignalSpy status(&tab, &VariablesTab::statusMessage);
    auto addThroughDialog = [&tab](const QString& name) {
        tab.addVariable();
        auto* dialog = DialogTestSupport::visibleDialog<VariableDialog>(&tab);
        QVERIFY(dialog);
        QTest::keyClicks(child<QLineEdit>(dialog, "variableNameEdit"), name);
        QTest::mouseClick(child<QPushButton>(dialog, "saveVariableButton"), Qt::LeftButton);
    };
    addThroughDialog(QStringLiteral("LOCAL_ONLY"));
    QCOMPARE(status.count(), 1);
    QCOMPARE(status.at(0).at(0).toString(),
        QStringLiteral("Added variable LOCAL_ONLY. Deploy a channel to apply it there."));

    QVERIFY(m_vault.setRemoteBinding(m_project, QStringLiteral("https://bots.example"), 7, secret("api-token")).ok());
    addThroughDialog(QStringLiteral("GREETING"));
    QCOMPARE(status.count(), 2);
    QCOMPARE(status.at(1).at(0).toString(),
        QStringLiteral("Added variable GREETING. Publish it, then deploy a channel to apply it there."));

    tab.editVariable(tab.view()->currentRow() >= 0 ? tab.view()->currentRow() : 0);
    auto* edit = DialogTestSupport::visibleDialog<VariableDialog>(&tab);
    QVERIFY(edit);
    QTest::keyClicks(child<QPlainTextEdit>(edit, "variableValueEdit"), QStringLiteral("x"));
    QTest::mouseClick(child<QPushButton>(edit, "saveVariableButton"), Qt::LeftButton);
    QCOMPARE(status.count(), 3);
    QVERIFY2(status.at(2).at(0).toString().endsWith(
                 QStringLiteral(". Publish it, then deploy a channel to apply it there.")),
        qPrintable(status.at(2).at(0).toString()));
}

BOTVAULT_WIDGET_TEST_MAIN(TestVariableDialog)
#include "TestVariableDialog.moc"
