#include "models/NameRules.h"
#include "models/StartupVariables.h"
#include "storage/Vault.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"
#include "tests/widgets/DialogTestSupport.h"
#include "ui/PasswordField.h"
#include "ui/SecretDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using DialogTestSupport::child;
using TestSupport::fastKdfParams;
using TestSupport::secret;
using TestSupport::secure;

// The Add/Edit secret dialog, driven like a person: typing into the fields it finds by object
// name and clicking its buttons, against a real vault in a temporary folder.
class TestSecretDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void addModeStartsEmptyAndDisabled();
    void nameMessages_data();
    void nameMessages();
    void emptyNameAfterEditingSaysSo();
    void caseCollisionWarnsButDoesNotBlock();
    void startupNameWarnsButDoesNotBlock();
    void valueRequiredInAddMode();
    void valueTooLargeIsRefusedLive();
    void addSavesToTheVault();
    void enterSavesAndEscapeCancels();
    void storeErrorKeepsTheDialogOpen();
    void withoutSecretsAdminRoleSaveIsDisabled();
    void editModeNeverShowsTheOldValue();
    void editRenameKeepsTheValue();
    void editReplacesTheValue();
    void editRefusesAnotherSecretsName();
    void pressToShowRevealsOnlyWhilePressed();
    void valueIsClearedAfterCancel();
    void keyboardOrderAndMnemonics();
    void everyControlHasNamesForTestsAndAssistiveTools();

private:
    std::unique_ptr<SecretDialog> openDialog(const QStringList& existingNames = {});
    QString storedValue(const QString& name) const;

    QTemporaryDir m_dir;
    Vault m_vault;
    Actor m_owner;
    ProjectId m_project = 0;
    int m_projectCount = 0;
};

void TestSecretDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("vault.db"));
    QVERIFY(Vault::create(path, secret("correct horse"), fastKdfParams()).ok());
    QVERIFY(m_vault.unlock(path, secret("correct horse")).ok());
    m_owner = m_vault.actor();
}

void TestSecretDialog::init()
{
    auto project = m_vault.addProject(QStringLiteral("shop %1").arg(++m_projectCount));
    QVERIFY(project.ok());
    m_project = project->id;
}

void TestSecretDialog::cleanup()
{
    m_vault.setActor(m_owner);
}

std::unique_ptr<SecretDialog> TestSecretDialog::openDialog(const QStringList& existingNames)
{
    auto dialog = std::make_unique<SecretDialog>(&m_vault, m_project, existingNames);
    dialog->show();
    return dialog;
}

QString TestSecretDialog::storedValue(const QString& name) const
{
    auto value = m_vault.secretValue(m_project, name);
    return value ? QString::fromUtf8(value->bytes().toByteArray()) : QStringLiteral("<%1>").arg(value.message());
}

void TestSecretDialog::addModeStartsEmptyAndDisabled()
{
    auto dialog = openDialog();
    auto* name = child<QLineEdit>(dialog.get(), "secretNameEdit");
    auto* value = child<PasswordField>(dialog.get(), "secretValueField");
    auto* save = child<QPushButton>(dialog.get(), "saveSecretButton");
    auto* message = child<QLabel>(dialog.get(), "secretNameMessage");
    QVERIFY(name && value && save && message);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Add secret"));
    QCOMPARE(save->text(), QStringLiteral("&Add"));
    QVERIFY(!save->isEnabled());
    QVERIFY(!message->isVisible());
    QVERIFY(value->isEmpty());
    QCOMPARE(value->lineEdit()->echoMode(), QLineEdit::Password);
    QVERIFY(!child<QLabel>(dialog.get(), "secretValueNote")->isVisible());
    DialogTestSupport::saveScreenshot(dialog.get(), QStringLiteral("secret-add-empty"));
}

void TestSecretDialog::nameMessages_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("messageParts");

    QTest::newRow("hyphen") << QStringLiteral("api-key") << QStringList {QStringLiteral("'api-key' contains '-'")};
    QTest::newRow("space") << QStringLiteral("API KEY") << QStringList {QStringLiteral("space")};
    QTest::newRow("cyrillic") << QStringLiteral("API_КЕY")
                              << QStringList {QStringLiteral("A-Z"), QStringLiteral("U+041A")};
    QTest::newRow("129 characters") << QString(129, QLatin1Char('A'))
                                    << QStringList {QStringLiteral("129 characters"), QStringLiteral("at most 128")};
    QTest::newRow("duplicate") << QStringLiteral(
        "API_KEY") << QStringList {QStringLiteral("A secret named 'API_KEY' already exists in this project.")};
}

void TestSecretDialog::nameMessages()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, messageParts);

    auto dialog = openDialog({QStringLiteral("API_KEY"), QStringLiteral("OTHER")});
    auto* name = child<QLineEdit>(dialog.get(), "secretNameEdit");
    auto* value = child<PasswordField>(dialog.get(), "secretValueField");
    auto* save = child<QPushButton>(dialog.get(), "saveSecretButton");
    auto* message = child<QLabel>(dialog.get(), "secretNameMessage");

    QTest::keyClicks(value->lineEdit(), QStringLiteral("some value"));
    DialogTestSupport::typeText(name, typed);
    QVERIFY(message->isVisible());
    for (const QString& part : messageParts) {
        QVERIFY2(message->text().contains(part), qPrintable(message->text()));
    }
    QVERIFY(!save->isEnabled());

    // Fixing the name clears the message and enables saving.
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("API_KEY_2"));
    QVERIFY(!message->isVisible());
    QVERIFY(save->isEnabled());
}

void TestSecretDialog::emptyNameAfterEditingSaysSo()
{
    auto dialog = openDialog();
    auto* name = child<QLineEdit>(dialog.get(), "secretNameEdit");
    auto* message = child<QLabel>(dialog.get(), "secretNameMessage");
    QTest::keyClicks(name, QStringLiteral("A"));
    QVERIFY(!message->isVisible());
    QTest::keyClick(name, Qt::Key_Backspace);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("empty")), qPrintable(message->text()));
    QVERIFY(!child<QPushButton>(dialog.get(), "saveSecretButton")->isEnabled());
}

void TestSecretDialog::startupNameWarnsButDoesNotBlock()
{
    auto dialog = openDialog();
    auto* message = child<QLabel>(dialog.get(), "secretNameMessage");
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "secretNameEdit"), QStringLiteral("NODE_OPTIONS"));

    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), StartupVariables::warning(QStringLiteral("NODE_OPTIONS")));
    QVERIFY(message->text().contains(QStringLiteral("--allow NODE_OPTIONS")));
}

void TestSecretDialog::caseCollisionWarnsButDoesNotBlock()
{
    QVERIFY(m_vault.setSecret(m_project, QStringLiteral("Token"), secret("t1")).ok());
    auto dialog = openDialog({QStringLiteral("Token")});
    auto* name = child<QLineEdit>(dialog.get(), "secretNameEdit");
    auto* value = child<PasswordField>(dialog.get(), "secretValueField");
    auto* save = child<QPushButton>(dialog.get(), "saveSecretButton");
    auto* message = child<QLabel>(dialog.get(), "secretNameMessage");

    QTest::keyClicks(name, QStringLiteral("TOKEN"));
    QTest::keyClicks(value->lineEdit(), QStringLiteral("t2"));
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), NameRules::caseCollisionWarning(QStringLiteral("TOKEN"), {QStringLiteral("Token")}));
    QVERIFY2(message->text().contains(QStringLiteral("'Token'")), qPrintable(message->text()));
    QVERIFY(save->isEnabled());
    DialogTestSupport::saveScreenshot(dialog.get(), QStringLiteral("secret-add-case-warning"));

    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QVERIFY(!dialog->savedWarning().isEmpty());
    QCOMPARE(storedValue(QStringLiteral("TOKEN")), QStringLiteral("t2"));
    QCOMPARE(storedValue(QStringLiteral("Token")), QStringLiteral("t1"));
}

void TestSecretDialog::valueRequiredInAddMode()
{
    auto dialog = openDialog();
    auto* save = child<QPushButton>(dialog.get(), "saveSecretButton");
    auto* value = child<PasswordField>(dialog.get(), "secretValueField");
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "secretNameEdit"), QStringLiteral("API_KEY"));
    QVERIFY(!save->isEnabled());
    QTest::keyClicks(value->lineEdit(), QStringLiteral("x"));
    QVERIFY(save->isEnabled());
    QTest::keyClick(value->lineEdit(), Qt::Key_Backspace);
    QVERIFY(!save->isEnabled());
}

void TestSecretDialog::valueTooLargeIsRefusedLive()
{
    QCOMPARE(SecretDialog::kMaxValueBytes, Vault::kMaxValueBytes);
    auto dialog = openDialog();
    auto* save = child<QPushButton>(dialog.get(), "saveSecretButton");
    auto* value = child<PasswordField>(dialog.get(), "secretValueField");
    auto* message = child<QLabel>(dialog.get(), "secretValueMessage");
    QVERIFY(message);
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "secretNameEdit"), QStringLiteral("CERTIFICATE"));

    // 22,000 euro signs are 66,000 UTF-8 bytes: within the line edit's length, over the vault's.
    DialogTestSupport::paste(value->lineEdit(), QString(22000, QChar(0x20AC)));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("66000 bytes long; the limit is 65536 bytes")),
        qPrintable(message->text()));
    QVERIFY(!save->isEnabled());

    value->clear();
    DialogTestSupport::paste(value->lineEdit(), QString(21845, QChar(0x20AC))); // 65,535 bytes
    QVERIFY(!message->isVisible());
    QVERIFY(save->isEnabled());
}

void TestSecretDialog::addSavesToTheVault()
{
    auto dialog = openDialog({QStringLiteral("OTHER")});
    auto* value = child<PasswordField>(dialog.get(), "secretValueField");
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "secretNameEdit"), QStringLiteral("API_KEY"));
    QTest::keyClicks(value->lineEdit(), QStringLiteral("s3cr3t value"));
    DialogTestSupport::saveScreenshot(dialog.get(), QStringLiteral("secret-add-filled"));
    QTest::mouseClick(child<QPushButton>(dialog.get(), "saveSecretButton"), Qt::LeftButton);

    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QVERIFY(!dialog->isVisible());
    QCOMPARE(dialog->name(), QStringLiteral("API_KEY"));
    QVERIFY(value->isEmpty());
    QCOMPARE(storedValue(QStringLiteral("API_KEY")), QStringLiteral("s3cr3t value"));
}

void TestSecretDialog::enterSavesAndEscapeCancels()
{
    {
        auto dialog = openDialog();
        auto* name = child<QLineEdit>(dialog.get(), "secretNameEdit");
        auto* value = child<PasswordField>(dialog.get(), "secretValueField");
        // Enter does nothing while Save is disabled.
        QTest::keyClicks(name, QStringLiteral("ENTER_KEY"));
        QTest::keyClick(name, Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QTest::keyClicks(value->lineEdit(), QStringLiteral("v"));
        QTest::keyClick(value->lineEdit(), Qt::Key_Return);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(storedValue(QStringLiteral("ENTER_KEY")), QStringLiteral("v"));
    }
    {
        auto dialog = openDialog();
        auto* name = child<QLineEdit>(dialog.get(), "secretNameEdit");
        QTest::keyClicks(name, QStringLiteral("ESCAPED"));
        QTest::keyClicks(child<PasswordField>(dialog.get(), "secretValueField")->lineEdit(), QStringLiteral("v"));
        QTest::keyClick(name, Qt::Key_Escape);
        QVERIFY(!dialog->isVisible());
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
        QVERIFY(!m_vault.secretValue(m_project, QStringLiteral("ESCAPED")).ok());
    }
}

void TestSecretDialog::storeErrorKeepsTheDialogOpen()
{
    auto dialog = openDialog();
    auto* value = child<PasswordField>(dialog.get(), "secretValueField");
    auto* save = child<QPushButton>(dialog.get(), "saveSecretButton");
    auto* error = child<QLabel>(dialog.get(), "secretDialogError");
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "secretNameEdit"), QStringLiteral("LATE"));
    QTest::keyClicks(value->lineEdit(), QStringLiteral("mine"));
    QVERIFY(save->isEnabled());

    // Someone else (another window, the CLI) adds the same name while the dialog is open.
    QVERIFY(m_vault.setSecret(m_project, QStringLiteral("LATE"), secret("theirs")).ok());
    QTest::mouseClick(save, Qt::LeftButton);

    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("already has a secret named 'LATE'")), qPrintable(error->text()));
    // The dialog now knows the name is taken, keeps the typed value for a retry under another name
    // and does not overwrite the other value.
    QVERIFY(!save->isEnabled());
    QVERIFY(!value->isEmpty());
    QCOMPARE(storedValue(QStringLiteral("LATE")), QStringLiteral("theirs"));
    DialogTestSupport::saveScreenshot(dialog.get(), QStringLiteral("secret-add-store-error"));

    QTest::keyClicks(child<QLineEdit>(dialog.get(), "secretNameEdit"), QStringLiteral("_2"));
    QVERIFY(!error->isVisible());
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(storedValue(QStringLiteral("LATE_2")), QStringLiteral("mine"));
}

void TestSecretDialog::withoutSecretsAdminRoleSaveIsDisabled()
{
    m_vault.setActor(Actor {QStringLiteral("dev"), {Role::Developer}});
    const QString reason = m_vault.accessPolicy().manageSecretsDeniedReason();
    auto dialog = openDialog();
    auto* save = child<QPushButton>(dialog.get(), "saveSecretButton");
    auto* error = child<QLabel>(dialog.get(), "secretDialogError");
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "secretNameEdit"), QStringLiteral("API_KEY"));
    QTest::keyClicks(child<PasswordField>(dialog.get(), "secretValueField")->lineEdit(), QStringLiteral("v"));

    QVERIFY(!save->isEnabled());
    QCOMPARE(save->toolTip(), reason);
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), reason);
    QVERIFY(reason.contains(QStringLiteral("SYSTEM_ADMIN")));
    DialogTestSupport::saveScreenshot(dialog.get(), QStringLiteral("secret-add-no-role"));

    // Enter cannot get around the disabled button.
    QTest::keyClick(child<QLineEdit>(dialog.get(), "secretNameEdit"), Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QVERIFY(!m_vault.secretValue(m_project, QStringLiteral("API_KEY")).ok());
}

void TestSecretDialog::editModeNeverShowsTheOldValue()
{
    const QString oldValue = QStringLiteral("old-value-9f8e7d");
    QVERIFY(m_vault.setSecret(m_project, QStringLiteral("API_KEY"), secret(oldValue)).ok());
    auto dialog = openDialog({QStringLiteral("API_KEY")});
    dialog->setEditing(QStringLiteral("API_KEY"));

    auto* name = child<QLineEdit>(dialog.get(), "secretNameEdit");
    auto* value = child<PasswordField>(dialog.get(), "secretValueField");
    auto* save = child<QPushButton>(dialog.get(), "saveSecretButton");
    auto* note = child<QLabel>(dialog.get(), "secretValueNote");
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Edit secret"));
    QCOMPARE(save->text(), QStringLiteral("&Save"));
    QCOMPARE(name->text(), QStringLiteral("API_KEY"));
    QVERIFY(value->isEmpty());
    QCOMPARE(value->placeholderText(), QStringLiteral("Enter a new value to replace the current one"));
    QVERIFY(note->isVisible());
    QCOMPARE(note->text(), QStringLiteral("The current value is never shown."));
    // Nothing changed yet: the own name is not a duplicate, but there is nothing to save.
    QVERIFY(!child<QLabel>(dialog.get(), "secretNameMessage")->isVisible());
    QVERIFY(!save->isEnabled());
    DialogTestSupport::saveScreenshot(dialog.get(), QStringLiteral("secret-edit"));

    for (const QString& text : DialogTestSupport::exposedStrings(dialog.get())) {
        QVERIFY2(!text.contains(oldValue), qPrintable(text));
    }
}

void TestSecretDialog::editRenameKeepsTheValue()
{
    QVERIFY(m_vault.setSecret(m_project, QStringLiteral("OLD_NAME"), secret("kept")).ok());
    auto dialog = openDialog({QStringLiteral("OLD_NAME")});
    dialog->setEditing(QStringLiteral("OLD_NAME"));
    auto* name = child<QLineEdit>(dialog.get(), "secretNameEdit");
    auto* save = child<QPushButton>(dialog.get(), "saveSecretButton");

    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("NEW_NAME"));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);

    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(storedValue(QStringLiteral("NEW_NAME")), QStringLiteral("kept"));
    QVERIFY(!m_vault.secretValue(m_project, QStringLiteral("OLD_NAME")).ok());
}

void TestSecretDialog::editReplacesTheValue()
{
    QVERIFY(m_vault.setSecret(m_project, QStringLiteral("API_KEY"), secret("before")).ok());
    auto dialog = openDialog({QStringLiteral("API_KEY")});
    dialog->setEditing(QStringLiteral("API_KEY"));
    auto* value = child<PasswordField>(dialog.get(), "secretValueField");
    auto* save = child<QPushButton>(dialog.get(), "saveSecretButton");

    QTest::keyClicks(value->lineEdit(), QStringLiteral("after"));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);

    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QVERIFY(value->isEmpty());
    QCOMPARE(storedValue(QStringLiteral("API_KEY")), QStringLiteral("after"));
}

void TestSecretDialog::editRefusesAnotherSecretsName()
{
    auto dialog = openDialog({QStringLiteral("FIRST"), QStringLiteral("SECOND")});
    dialog->setEditing(QStringLiteral("FIRST"));
    auto* name = child<QLineEdit>(dialog.get(), "secretNameEdit");
    auto* message = child<QLabel>(dialog.get(), "secretNameMessage");
    auto* save = child<QPushButton>(dialog.get(), "saveSecretButton");

    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("SECOND"));
    QCOMPARE(message->text(), QStringLiteral("A secret named 'SECOND' already exists in this project."));
    QVERIFY(!save->isEnabled());

    // Changing only the case of its own name is a rename, not a collision with itself.
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("First"));
    QVERIFY(!message->isVisible());
    QVERIFY(save->isEnabled());
}

void TestSecretDialog::pressToShowRevealsOnlyWhilePressed()
{
    auto dialog = openDialog();
    auto* value = child<PasswordField>(dialog.get(), "secretValueField");
    QToolButton* reveal = value->revealButton();
    QVERIFY(reveal);
    QTest::keyClicks(value->lineEdit(), QStringLiteral("hunter2"));
    QCOMPARE(value->lineEdit()->echoMode(), QLineEdit::Password);
    QVERIFY(value->lineEdit()->displayText() != QStringLiteral("hunter2"));

    QTest::mousePress(reveal, Qt::LeftButton);
    QCOMPARE(value->lineEdit()->echoMode(), QLineEdit::Normal);
    QCOMPARE(value->lineEdit()->displayText(), QStringLiteral("hunter2"));
    DialogTestSupport::saveScreenshot(dialog.get(), QStringLiteral("secret-add-revealed"));
    QTest::mouseRelease(reveal, Qt::LeftButton);
    QCOMPARE(value->lineEdit()->echoMode(), QLineEdit::Password);

    // Holding Space on the focused button works the same for keyboard users.
    QTest::keyPress(reveal, Qt::Key_Space);
    QCOMPARE(value->lineEdit()->echoMode(), QLineEdit::Normal);
    QTest::keyRelease(reveal, Qt::Key_Space);
    QCOMPARE(value->lineEdit()->echoMode(), QLineEdit::Password);

    // The text is never copied into a tooltip or an accessible description.
    for (const QString& text : DialogTestSupport::exposedStrings(dialog.get())) {
        if (text != value->lineEdit()->text()) {
            QVERIFY2(!text.contains(QStringLiteral("hunter2")), qPrintable(text));
        }
    }
}

void TestSecretDialog::valueIsClearedAfterCancel()
{
    auto dialog = openDialog();
    auto* value = child<PasswordField>(dialog.get(), "secretValueField");
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "secretNameEdit"), QStringLiteral("API_KEY"));
    QTest::keyClicks(value->lineEdit(), QStringLiteral("typed then cancelled"));
    auto* buttons = child<QDialogButtonBox>(dialog.get(), "buttonBox");
    QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);

    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QVERIFY(value->isEmpty());
    // Undo cannot bring it back either.
    value->lineEdit()->undo();
    QVERIFY(value->isEmpty());
}

void TestSecretDialog::keyboardOrderAndMnemonics()
{
    auto dialog = openDialog();
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
    auto* name = child<QLineEdit>(dialog.get(), "secretNameEdit");
    auto* value = child<PasswordField>(dialog.get(), "secretValueField");
    QCOMPARE(QApplication::focusWidget(), name); // typing starts with the name

    QTest::keyClick(name, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), value->lineEdit());
    QTest::keyClick(value->lineEdit(), Qt::Key_Tab);
    QVERIFY(QApplication::focusWidget() != value->revealButton()); // not a tab stop
    QVERIFY(QApplication::focusWidget() != value->lineEdit());

    QTest::keyClick(dialog.get(), Qt::Key_N, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), name);
    QTest::keyClick(dialog.get(), Qt::Key_V, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), value->lineEdit());
}

void TestSecretDialog::everyControlHasNamesForTestsAndAssistiveTools()
{
    auto dialog = openDialog();
    const QList<QWidget*> widgets = dialog->findChildren<QWidget*>();
    int interactive = 0;
    for (QWidget* widget : widgets) {
        if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(dialog.get())) {
            continue;
        }
        ++interactive;
        QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
    QVERIFY(interactive >= 5); // name, value field and its line edit, reveal, Add, Cancel
}

BOTVAULT_WIDGET_TEST_MAIN(TestSecretDialog)
#include "TestSecretDialog.moc"
