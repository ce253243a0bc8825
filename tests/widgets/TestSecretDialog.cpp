#include "models/NameRules.h"
#include "models/StartupVariables.h"
#include "storage/Vault.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"
#include "tests/widgets/DialogTestSupport.h"
#include "ui/PasswordField.h"
#include "ui/PasswordGeneratorDialog.h"
#include "ui/SecretDialog.h"
#include "ui/SecretTextField.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <functional>
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
    void generatorFillsTheMaskedValue();
    void generatorNeedsACharacterSet();
    void multiLineValueTakesAPemKeyMasked();
    void multiLineTypingAndBrokenPem();

private:
    // Clicks "Generate…" and, once the generator shows, runs `action` on it.
    void generateWith(SecretDialog* dialog, const std::function<void(PasswordGeneratorDialog*)>& action);
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

void TestSecretDialog::generateWith(SecretDialog* dialog, const std::function<void(PasswordGeneratorDialog*)>& action)
{
    bool shown = false;
    QTimer::singleShot(0, dialog, [&shown, &action] {
        auto* generator = qobject_cast<PasswordGeneratorDialog*>(QApplication::activeModalWidget());
        if (!generator) {
            const QList<QWidget*> windows = QApplication::topLevelWidgets();
            for (QWidget* window : windows) {
                if (window->objectName() == QStringLiteral("passwordGeneratorDialog") && window->isVisible()) {
                    generator = qobject_cast<PasswordGeneratorDialog*>(window);
                }
            }
        }
        if (generator) {
            shown = true;
            action(generator);
        }
    });
    QTest::mouseClick(child<QPushButton>(dialog, "generateValueButton"), Qt::LeftButton);
    QVERIFY(shown);
}

// Issue 17, addition c: a new token is drawn at random from the chosen sets and goes straight into
// the masked field, where only the eye button shows it.
void TestSecretDialog::generatorFillsTheMaskedValue()
{
    auto dialog = openDialog();
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "secretNameEdit"), QStringLiteral("WEBHOOK_SECRET"));
    auto* value = child<PasswordField>(dialog.get(), "secretValueField");
    auto* note = child<QLabel>(dialog.get(), "secretValueShapeLabel");
    QVERIFY(value && note);
    generateWith(dialog.get(), [](PasswordGeneratorDialog* generator) {
        DialogTestSupport::saveScreenshot(generator, QStringLiteral("secret-generator"));
        generator->lengthSpin()->setValue(40);
        auto* symbols = generator->findChild<QCheckBox*>(QStringLiteral("generatorSymbolsCheck"));
        if (!symbols->isChecked()) {
            QTest::mouseClick(symbols, Qt::LeftButton, {}, QPoint(4, symbols->height() / 2));
        }
        QTest::mouseClick(generator->findChild<QPushButton*>(QStringLiteral("generatorUseButton")), Qt::LeftButton);
    });
    if (QTest::currentTestFailed()) {
        return;
    }
    QCOMPARE(value->byteSize(), 40);
    QVERIFY(!value->isRevealed());
    QCOMPARE(value->lineEdit()->echoMode(), QLineEdit::Password);
    QVERIFY(note->isVisible());
    QCOMPARE(note->text(), QStringLiteral("Generated a 40-character value; hold the eye button to see it."));
    const QString generated = value->lineEdit()->text();
    QVERIFY(!note->text().contains(generated));
    QTest::mouseClick(child<QPushButton>(dialog.get(), "saveSecretButton"), Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    const QString stored = storedValue(QStringLiteral("WEBHOOK_SECRET"));
    QCOMPARE(stored.size(), 40);
    PasswordGenerator::Options options;
    options.symbols = true;
    for (QChar c : stored) {
        QVERIFY(PasswordGenerator::alphabet(options).contains(c));
    }

    // A second draw differs from the first.
    auto second = openDialog();
    generateWith(second.get(), [](PasswordGeneratorDialog* generator) {
        generator->lengthSpin()->setValue(40);
        generator->accept();
    });
    QVERIFY(child<PasswordField>(second.get(), "secretValueField")->lineEdit()->text() != stored);
}

void TestSecretDialog::generatorNeedsACharacterSet()
{
    PasswordGeneratorDialog generator;
    generator.show();
    auto* use = generator.findChild<QPushButton*>(QStringLiteral("generatorUseButton"));
    auto* error = generator.findChild<QLabel*>(QStringLiteral("generatorErrorLabel"));
    QVERIFY(use && error);
    QVERIFY(use->isEnabled());
    for (const char* name : {"generatorLowercaseCheck", "generatorUppercaseCheck", "generatorDigitsCheck"}) {
        auto* box = generator.findChild<QCheckBox*>(QLatin1String(name));
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(4, box->height() / 2));
        QVERIFY(!box->isChecked());
    }
    QVERIFY(!use->isEnabled());
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("Choose at least one set of characters."));
    QTest::mouseClick(use, Qt::LeftButton);
    QCOMPARE(generator.result(), int(QDialog::Rejected));
    QVERIFY(generator.takeValue().isEmpty());
}

// Issue 17, addition d: a PEM key pasted into the multi-line field stays masked, is checked before it
// is saved, and is stored exactly, line breaks included; it cannot be copied back out.
void TestSecretDialog::multiLineValueTakesAPemKeyMasked()
{
    const QString pem = QStringLiteral("-----BEGIN PRIVATE KEY-----\n"
                                       "MIIBVQIBADANBgkqhkiG9w0BAQEFAASCAT8wggE7AgEAAkEAqPfgaTEWEP3S9w0t\n"
                                       "gsicURfo+nLW09/0KfOPinhYZ4ouzU+3xC4pSlEp8Ut9FgL0AgqNslNaK34Kq+NZ\n"
                                       "-----END PRIVATE KEY-----\n");
    auto dialog = openDialog();
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "secretNameEdit"), QStringLiteral("TLS_KEY"));
    auto* multiLine = child<QCheckBox>(dialog.get(), "multiLineCheckBox");
    auto* field = child<SecretTextField>(dialog.get(), "secretValueText");
    auto* shape = child<QLabel>(dialog.get(), "secretValueShapeLabel");
    QVERIFY(multiLine && field && shape);
    QVERIFY(!field->isVisible());
    QTest::mouseClick(multiLine, Qt::LeftButton, {}, QPoint(4, multiLine->height() / 2));
    QVERIFY(field->isVisible());
    QVERIFY(!child<PasswordField>(dialog.get(), "secretValueField")->isVisible());
    QCOMPARE(QApplication::focusWidget(), field->editor());

    QApplication::clipboard()->setText(pem);
    QTest::keyClick(field->editor(), Qt::Key_V, Qt::ControlModifier);
    QApplication::clipboard()->setText(QStringLiteral("unrelated"));
    QCOMPARE(field->byteSize(), pem.toUtf8().size());
    const QString shown = field->editor()->toPlainText();
    QVERIFY(!shown.contains(QStringLiteral("MIIB")));
    QVERIFY(!shown.contains(QStringLiteral("PRIVATE")));
    QCOMPARE(shown.count(QLatin1Char('\n')), pem.count(QLatin1Char('\n')));
    QVERIFY(shape->isVisible());
    QCOMPARE(shape->text(),
        QStringLiteral("Lines: 4, bytes: %1: looks like a PEM private key (PRIVATE KEY).").arg(pem.toUtf8().size()));
    // Several lines cannot go back into the one-line field.
    QVERIFY(!multiLine->isEnabled());

    // Copying and cutting give nothing; holding the eye shows the text only while held.
    QTest::keyClick(field->editor(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field->editor(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("unrelated"));
    QTest::mousePress(field->revealButton(), Qt::LeftButton);
    QCOMPARE(field->editor()->toPlainText(), pem);
    QVERIFY(field->editor()->isReadOnly());
    QTest::mouseRelease(field->revealButton(), Qt::LeftButton);
    QVERIFY(!field->editor()->toPlainText().contains(QStringLiteral("MIIB")));
    DialogTestSupport::saveScreenshot(dialog.get(), QStringLiteral("secret-multi-line"));

    QTest::mouseClick(child<QPushButton>(dialog.get(), "saveSecretButton"), Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(storedValue(QStringLiteral("TLS_KEY")), pem);
    QVERIFY(field->isEmpty());
}

void TestSecretDialog::multiLineTypingAndBrokenPem()
{
    auto dialog = openDialog();
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "secretNameEdit"), QStringLiteral("CERT"));
    auto* single = child<PasswordField>(dialog.get(), "secretValueField");
    QTest::keyClicks(single->lineEdit(), QStringLiteral("-----BEGIN CERTIFICATE-----"));
    auto* multiLine = child<QCheckBox>(dialog.get(), "multiLineCheckBox");
    QTest::mouseClick(multiLine, Qt::LeftButton, {}, QPoint(4, multiLine->height() / 2));
    auto* field = child<SecretTextField>(dialog.get(), "secretValueText");
    auto* shape = child<QLabel>(dialog.get(), "secretValueShapeLabel");
    // What was typed moved over, and the one-line field holds nothing any more.
    QCOMPARE(field->textForCheck(), QStringLiteral("-----BEGIN CERTIFICATE-----"));
    QVERIFY(single->isEmpty());

    QTest::keyClick(field->editor(), Qt::Key_Return);
    QTest::keyClicks(field->editor(), QStringLiteral("QUJDx"));
    QTest::keyClick(field->editor(), Qt::Key_Backspace);
    QCOMPARE(field->textForCheck(), QStringLiteral("-----BEGIN CERTIFICATE-----\nQUJD"));
    QVERIFY2(shape->text().endsWith(
                 QStringLiteral("The PEM block “CERTIFICATE” has no END line: the value may be cut short.")),
        qPrintable(shape->text()));
    // A warning, not a block: such a value may still be saved.
    QVERIFY(child<QPushButton>(dialog.get(), "saveSecretButton")->isEnabled());

    // Ctrl+A, then typing replaces it all.
    QTest::keyClick(field->editor(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field->editor(), QStringLiteral("x"));
    QCOMPARE(field->textForCheck(), QStringLiteral("x"));
    QVERIFY(multiLine->isEnabled());
    QTest::mouseClick(multiLine, Qt::LeftButton, {}, QPoint(4, multiLine->height() / 2));
    QCOMPARE(single->lineEdit()->text(), QStringLiteral("x"));
    QVERIFY(field->isEmpty());
}

BOTVAULT_WIDGET_TEST_MAIN(TestSecretDialog)
#include "TestSecretDialog.moc"
