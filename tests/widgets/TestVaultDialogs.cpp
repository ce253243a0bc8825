#include "storage/Vault.h"
#include "storage/VaultAccess.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"
#include "tests/widgets/DialogTestSupport.h"
#include "ui/ChangePasswordDialog.h"
#include "ui/CreateVaultDialog.h"
#include "ui/MessageBox.h"
#include "ui/PasswordField.h"
#include "ui/PasswordStrengthView.h"
#include "ui/Translations.h"
#include "ui/UnlockDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

#include <sqlite3.h>

using DialogTestSupport::child;
using TestSupport::fastKdfParams;
using TestSupport::secret;
using TestSupport::secure;

// The first-run dialog that creates the vault and the dialog that unlocks it, driven like a
// person against real vault files in a temporary folder.
class TestVaultDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The English catalog holds the plural forms ("3 passes"), as in the application.
    void initTestCase() { Translations::install(qApp, QStringLiteral("en")); }
    void init();
    void cleanup();

    void createShowsPathAndKdfSettings();
    void createNeedsMatchingPasswords();
    void createShowsStrengthLive();
    void createMakesTheVaultAndUnlocksIt();
    void createErrorKeepsTheDialogOpen();
    void createClearsPasswordsOnCancel();
    void createAsksBeforeUsingAWeakPassword();
    void unlockNeedsAPassword();
    void unlockWrongPasswordThenRetry();
    void unlockShowsOtherErrors();
    void unlockShowsTheUpgradeOfAnOlderVault();
    void everyControlHasNamesForTestsAndAssistiveTools();
    void vaultAccessPassesThePasswordOn();
    void changePasswordReplacesTheDataKeyByDefault();
    void changePasswordWithoutTheBoxRewrapsOnly();
    void changePasswordRefusesAWrongCurrentPassword();
    void changePasswordShowsStrengthAndAsksForAWeakOne();

private:
    // A vault at m_path with one project and one secret, unlocked in `vault`.
    void createFilledVault(Vault& vault);
    // Changes the password to `newPassword` through the dialog, the box set to `rotate`.
    void changeThroughDialog(Vault& vault, const QString& newPassword, std::optional<bool> rotate);
    // The ciphertexts of the vault's items and projects, read from the file.
    QList<QByteArray> storedRecords() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestVaultDialogs::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("vault.db"));
}

void TestVaultDialogs::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_dir.reset();
}

void TestVaultDialogs::createShowsPathAndKdfSettings()
{
    Vault vault;
    CreateVaultDialog dialog(&vault, m_path);
    dialog.show();
    auto* path = child<QLabel>(&dialog, "vaultPathLabel");
    auto* kdf = child<QLabel>(&dialog, "kdfLabel");
    QVERIFY(path && kdf);
    QCOMPARE(path->text(), m_path);
    QCOMPARE(path->toolTip(), m_path);
    QCOMPARE(kdf->text(), QStringLiteral("Argon2id, 64 MiB memory, 3 passes, 2 lanes"));
    DialogTestSupport::saveScreenshot(&dialog, QStringLiteral("create-vault-empty"));

    dialog.setKdfParams(fastKdfParams());
    QCOMPARE(kdf->text(), QStringLiteral("Argon2id, 19 MiB memory, 2 passes, 1 lane"));
}

void TestVaultDialogs::createNeedsMatchingPasswords()
{
    Vault vault;
    CreateVaultDialog dialog(&vault, m_path);
    dialog.show();
    auto* password = child<PasswordField>(&dialog, "passwordField");
    auto* confirm = child<PasswordField>(&dialog, "confirmPasswordField");
    auto* create = child<QPushButton>(&dialog, "createVaultButton");
    auto* mismatch = child<QLabel>(&dialog, "passwordMismatchLabel");
    QVERIFY(password && confirm && create && mismatch);
    QVERIFY(!create->isEnabled());

    QTest::keyClicks(password->lineEdit(), QStringLiteral("blue kettle 42"));
    QVERIFY(!create->isEnabled());
    QVERIFY(!mismatch->isVisible()); // nothing typed in the confirmation yet

    QTest::keyClicks(confirm->lineEdit(), QStringLiteral("blue kettle 43"));
    QVERIFY(mismatch->isVisible());
    QCOMPARE(mismatch->text(), QStringLiteral("The passwords do not match."));
    QVERIFY(!create->isEnabled());
    DialogTestSupport::saveScreenshot(&dialog, QStringLiteral("create-vault-mismatch"));

    QTest::keyClick(confirm->lineEdit(), Qt::Key_Backspace);
    QTest::keyClicks(confirm->lineEdit(), QStringLiteral("2"));
    QVERIFY(!mismatch->isVisible());
    QVERIFY(create->isEnabled());

    // Changing the first password again breaks the match.
    QTest::keyClicks(password->lineEdit(), QStringLiteral("!"));
    QVERIFY(mismatch->isVisible());
    QVERIFY(!create->isEnabled());
}

void TestVaultDialogs::createShowsStrengthLive()
{
    Vault vault;
    CreateVaultDialog dialog(&vault, m_path);
    dialog.show();
    auto* password = child<PasswordField>(&dialog, "passwordField");
    auto* bar = child<QProgressBar>(&dialog, "strengthBar");
    auto* hint = child<QLabel>(&dialog, "strengthLabel");
    QVERIFY(bar && hint);
    QCOMPARE(bar->value(), 0);
    QVERIFY(hint->text().isEmpty());

    QTest::keyClicks(password->lineEdit(), QStringLiteral("password"));
    QCOMPARE(bar->value(), 1);
    QVERIFY2(hint->text().startsWith(QStringLiteral("Very weak:")), qPrintable(hint->text()));
    DialogTestSupport::saveScreenshot(&dialog, QStringLiteral("create-vault-weak"));

    password->clear();
    QTest::keyClicks(password->lineEdit(), QStringLiteral("Grey-Otter sings 7 tunes!"));
    QCOMPARE(bar->value(), bar->maximum());
    QCOMPARE(hint->text(), QStringLiteral("Strong"));
    // The bar describes the strength, never the password.
    QCOMPARE(bar->accessibleDescription(), QStringLiteral("Strong"));
}

void TestVaultDialogs::createMakesTheVaultAndUnlocksIt()
{
    Vault vault;
    CreateVaultDialog dialog(&vault, m_path);
    const KdfParams params = fastKdfParams();
    dialog.setKdfParams(params);
    dialog.show();
    auto* password = child<PasswordField>(&dialog, "passwordField");
    auto* confirm = child<PasswordField>(&dialog, "confirmPasswordField");
    QTest::keyClicks(password->lineEdit(), QStringLiteral("Grey-Otter sings 7 tunes!"));
    QTest::keyClicks(confirm->lineEdit(), QStringLiteral("Grey-Otter sings 7 tunes!"));
    DialogTestSupport::saveScreenshot(&dialog, QStringLiteral("create-vault-filled"));
    QTest::mouseClick(child<QPushButton>(&dialog, "createVaultButton"), Qt::LeftButton);

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(QFile::exists(m_path));
    QVERIFY(vault.isUnlocked());
    QCOMPARE(vault.path(), m_path);
    QCOMPARE(vault.kdfParams().memoryKiB, params.memoryKiB);
    QCOMPARE(vault.kdfParams().passes, params.passes);
    QCOMPARE(vault.kdfParams().salt.size(), KdfParams::kSaltSize);
    QVERIFY(vault.kdfParams().salt != params.salt); // a fresh salt for every attempt
    QVERIFY(password->isEmpty());
    QVERIFY(confirm->isEmpty());

    // The password typed is the one that opens it.
    vault.lock();
    QVERIFY(vault.unlock(m_path, secret("Grey-Otter sings 7 tunes!")).ok());
}

void TestVaultDialogs::createErrorKeepsTheDialogOpen()
{
    {
        QFile existing(m_path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("not a vault");
    }
    Vault vault;
    CreateVaultDialog dialog(&vault, m_path);
    dialog.setKdfParams(fastKdfParams());
    dialog.show();
    auto* error = child<QLabel>(&dialog, "errorLabel");
    QVERIFY(error);
    QVERIFY(!error->isVisible());
    QTest::keyClicks(child<PasswordField>(&dialog, "passwordField")->lineEdit(), QStringLiteral("pw pw pw"));
    QTest::keyClicks(child<PasswordField>(&dialog, "confirmPasswordField")->lineEdit(), QStringLiteral("pw pw pw"));
    MessageBox::setNextAnswer(QMessageBox::Yes); // use the weak password
    QTest::mouseClick(child<QPushButton>(&dialog, "createVaultButton"), Qt::LeftButton);

    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("already exists")), qPrintable(error->text()));
    QVERIFY(!vault.isUnlocked());
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("not a vault"));
    DialogTestSupport::saveScreenshot(&dialog, QStringLiteral("create-vault-error"));
}

void TestVaultDialogs::createClearsPasswordsOnCancel()
{
    Vault vault;
    CreateVaultDialog dialog(&vault, m_path);
    dialog.show();
    auto* password = child<PasswordField>(&dialog, "passwordField");
    QTest::keyClicks(password->lineEdit(), QStringLiteral("typed"));
    QTest::keyClick(password->lineEdit(), Qt::Key_Escape);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(password->isEmpty());
    QVERIFY(!QFile::exists(m_path));
}

// Issue 17, item 12: a "Very weak" or "Weak" password is used only after "Use this weak password?",
// whose default answer is No; a fair one goes through without a question.
void TestVaultDialogs::createAsksBeforeUsingAWeakPassword()
{
    Vault vault;
    CreateVaultDialog dialog(&vault, m_path);
    dialog.setKdfParams(fastKdfParams());
    dialog.show();
    auto* password = child<PasswordField>(&dialog, "passwordField");
    auto* confirm = child<PasswordField>(&dialog, "confirmPasswordField");
    auto* create = child<QPushButton>(&dialog, "createVaultButton");
    QTest::keyClicks(password->lineEdit(), QStringLiteral("abcd"));
    QTest::keyClicks(confirm->lineEdit(), QStringLiteral("abcd"));
    QVERIFY(create->isEnabled());
    QVERIFY(password->strength().score <= PasswordStrengthView::kWeakScore);

    // The question is shown for real once, to check its default answer, and answered with Enter.
    QString defaultButtonText;
    QTimer poll;
    connect(&poll, &QTimer::timeout, &dialog, [&poll, &defaultButtonText] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box || !box->isVisible()) {
            return;
        }
        poll.stop();
        defaultButtonText = box->defaultButton() ? box->defaultButton()->text() : QStringLiteral("(none)");
        QTest::keyClick(box, Qt::Key_Return);
    });
    poll.start(10);
    QTest::mouseClick(create, Qt::LeftButton);
    poll.stop();
    QCOMPARE(MessageBox::lastTitle(), QStringLiteral("Weak master password"));
    QVERIFY2(MessageBox::lastText().startsWith(QStringLiteral("Use this weak password?")),
        qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Very weak")));
    QCOMPARE(defaultButtonText, QStringLiteral("&No"));
    QVERIFY(!QFile::exists(m_path));
    QVERIFY(dialog.isVisible());
    QVERIFY(!vault.isUnlocked());
    QVERIFY(!password->isEmpty()); // nothing typed is lost

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY(QFile::exists(m_path));
    QVERIFY(vault.isUnlocked());
    vault.lock();
    QVERIFY(QFile::remove(m_path));

    // A strong password asks nothing.
    CreateVaultDialog strongDialog(&vault, m_path);
    strongDialog.setKdfParams(fastKdfParams());
    strongDialog.show();
    const int prompts = MessageBox::promptCount();
    QTest::keyClicks(
        child<PasswordField>(&strongDialog, "passwordField")->lineEdit(), QStringLiteral("Grey-Otter sings 7 tunes!"));
    QTest::keyClicks(child<PasswordField>(&strongDialog, "confirmPasswordField")->lineEdit(),
        QStringLiteral("Grey-Otter sings 7 tunes!"));
    QTest::mouseClick(child<QPushButton>(&strongDialog, "createVaultButton"), Qt::LeftButton);
    QCOMPARE(MessageBox::promptCount(), prompts);
    QVERIFY(vault.isUnlocked());
}

void TestVaultDialogs::unlockNeedsAPassword()
{
    QVERIFY(createVault(m_path, SecretValue::fromText(QStringLiteral("right")), fastKdfParams()).ok());
    Vault vault;
    UnlockDialog dialog(&vault, m_path);
    dialog.show();
    auto* path = child<QLabel>(&dialog, "vaultPathLabel");
    auto* password = child<PasswordField>(&dialog, "passwordField");
    auto* unlock = child<QPushButton>(&dialog, "unlockButton");
    QVERIFY(path && password && unlock);
    QCOMPARE(path->text(), m_path);
    QVERIFY(!unlock->isEnabled());
    QTest::keyClicks(password->lineEdit(), QStringLiteral("r"));
    QVERIFY(unlock->isEnabled());
    QTest::keyClick(password->lineEdit(), Qt::Key_Backspace);
    QVERIFY(!unlock->isEnabled());
    // Enter with an empty field does nothing.
    QTest::keyClick(password->lineEdit(), Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    DialogTestSupport::saveScreenshot(&dialog, QStringLiteral("unlock-empty"));
}

void TestVaultDialogs::unlockWrongPasswordThenRetry()
{
    QVERIFY(createVault(m_path, SecretValue::fromText(QStringLiteral("the right one")), fastKdfParams()).ok());
    Vault vault;
    UnlockDialog dialog(&vault, m_path);
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto* password = child<PasswordField>(&dialog, "passwordField");
    auto* unlock = child<QPushButton>(&dialog, "unlockButton");
    auto* error = child<QLabel>(&dialog, "errorLabel");
    QVERIFY(error);

    QTest::keyClicks(password->lineEdit(), QStringLiteral("the wrong one"));
    QTest::mouseClick(unlock, Qt::LeftButton);

    QVERIFY(dialog.isVisible());
    QVERIFY(!vault.isUnlocked());
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("The master password is wrong."));
    QVERIFY(password->isEmpty());
    QCOMPARE(QApplication::focusWidget(), password->lineEdit());
    QVERIFY(!unlock->isEnabled());
    DialogTestSupport::saveScreenshot(&dialog, QStringLiteral("unlock-wrong-password"));

    // Typing straight away (the focus is back in the field) and Enter unlock.
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("the right one"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(vault.isUnlocked());
    QVERIFY(password->isEmpty());
}

void TestVaultDialogs::unlockShowsOtherErrors()
{
    Vault vault;
    UnlockDialog dialog(&vault, m_path); // no vault there
    dialog.show();
    auto* password = child<PasswordField>(&dialog, "passwordField");
    QTest::keyClicks(password->lineEdit(), QStringLiteral("anything"));
    QTest::mouseClick(child<QPushButton>(&dialog, "unlockButton"), Qt::LeftButton);

    auto* error = child<QLabel>(&dialog, "errorLabel");
    QVERIFY(dialog.isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("There is no vault at")), qPrintable(error->text()));
    QVERIFY(!vault.isUnlocked());
}

void TestVaultDialogs::unlockShowsTheUpgradeOfAnOlderVault()
{
    // A vault in record format 1, written by the BotVault before format 2 (tests/data/README.md).
    QVERIFY(QFile::copy(QStringLiteral(BOTVAULT_SOURCE_DIR "/tests/data/vault-format1.bvault"), m_path));
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    Vault vault;
    UnlockDialog dialog(&vault, m_path);
    dialog.show();
    // What the progress dialog showed when the next report came.
    QStringList shown;
    connect(&vault, &Vault::formatUpgradeProgress, &dialog, [&dialog, &shown] {
        auto* progress = dialog.findChild<QProgressDialog*>(QStringLiteral("formatUpgradeProgressDialog"));
        if (progress && progress->isVisible()) {
            shown.append(
                QStringLiteral("%1/%2 %3").arg(progress->value()).arg(progress->maximum()).arg(progress->labelText()));
        }
    });
    QTest::keyClicks(child<PasswordField>(&dialog, "passwordField")->lineEdit(), QStringLiteral("format one fixture"));
    QTest::mouseClick(child<QPushButton>(&dialog, "unlockButton"), Qt::LeftButton);

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(vault.isUnlocked());
    QVERIFY2(!shown.isEmpty(), "no progress dialog was visible during the upgrade");
    QVERIFY2(shown.last().contains(QStringLiteral("/12 ")) && shown.last().contains(QStringLiteral(" of 12 done")),
        qPrintable(shown.last()));
    // Gone once the vault is open.
    QVERIFY(!dialog.findChild<QProgressDialog*>(QStringLiteral("formatUpgradeProgressDialog")));
}

void TestVaultDialogs::everyControlHasNamesForTestsAndAssistiveTools()
{
    Vault vault;
    CreateVaultDialog create(&vault, m_path);
    UnlockDialog unlock(&vault, m_path);
    ChangePasswordDialog change(&vault);
    for (QDialog* dialog :
        {static_cast<QDialog*>(&create), static_cast<QDialog*>(&unlock), static_cast<QDialog*>(&change)}) {
        dialog->show();
        int interactive = 0;
        for (QWidget* widget : dialog->findChildren<QWidget*>()) {
            if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(dialog)) {
                continue;
            }
            ++interactive;
            QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
        QVERIFY(interactive >= 4);
    }
}

void TestVaultDialogs::vaultAccessPassesThePasswordOn()
{
    // What the dialogs use, free of QCA: create (with a salt drawn for an empty one), then unlock and
    // change the password through the VaultSession interface.
    KdfParams params = fastKdfParams();
    params.salt.clear();
    QVERIFY(!vaultFileExists(m_path));
    QVERIFY(createVault(m_path, SecretValue::fromText(QStringLiteral("first")), params).ok());
    QVERIFY(vaultFileExists(m_path));
    Vault vault;
    VaultSession& session = vault;
    QCOMPARE(TestSupport::outcomeName(session.unlock(m_path, SecretValue::fromText(QStringLiteral("wrong")))),
        "WrongPassword");
    QVERIFY(session.unlock(m_path, SecretValue::fromText(QStringLiteral("first"))).ok());
    QCOMPARE(vault.kdfParams().salt.size(), KdfParams::kSaltSize);
    QVERIFY(session.changePassword(SecretValue::fromText(QStringLiteral("second")), VaultSession::DataKey::Keep).ok());
    session.lock();
    QCOMPARE(TestSupport::outcomeName(session.unlock(m_path, SecretValue::fromText(QStringLiteral("first")))),
        "WrongPassword");
    QVERIFY(session.unlock(m_path, SecretValue::fromText(QStringLiteral("second"))).ok());
    QCOMPARE(defaultVaultPath(), Vault::defaultPath());
}

void TestVaultDialogs::createFilledVault(Vault& vault)
{
    QVERIFY(Vault::create(m_path, secret("old password"), fastKdfParams()).ok());
    QVERIFY(vault.unlock(m_path, secret("old password")).ok());
    auto project = vault.addProject(QStringLiteral("Shop bot"));
    QVERIFY(project.ok());
    QVERIFY(vault.setSecret(project->id, QStringLiteral("API_KEY"), secret("k3y")).ok());
}

QList<QByteArray> TestVaultDialogs::storedRecords() const
{
    QList<QByteArray> records;
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(m_path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt* statement = nullptr;
        sqlite3_prepare_v2(
            db, "SELECT record FROM projects UNION ALL SELECT record FROM items", -1, &statement, nullptr);
        while (sqlite3_step(statement) == SQLITE_ROW) {
            records.append(QByteArray(
                static_cast<const char*>(sqlite3_column_blob(statement, 0)), sqlite3_column_bytes(statement, 0)));
        }
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return records;
}

void TestVaultDialogs::changeThroughDialog(Vault& vault, const QString& newPassword, std::optional<bool> rotate)
{
    ChangePasswordDialog dialog(&vault);
    dialog.show();
    auto* box = child<QCheckBox>(&dialog, "rotateKeyCheckBox");
    auto* change = child<QPushButton>(&dialog, "changePasswordButton");
    auto* field = child<PasswordField>(&dialog, "newPasswordField");
    auto* confirm = child<PasswordField>(&dialog, "confirmPasswordField");
    auto* current = child<PasswordField>(&dialog, "currentPasswordField");
    QVERIFY(box && change && field && confirm && current);
    QTest::keyClicks(current->lineEdit(), QStringLiteral("old password"));
    QVERIFY(box->isChecked());
    QCOMPARE(box->accessibleName(), QStringLiteral("Replace the data key and re-encrypt every record"));
    QVERIFY(!change->isEnabled());
    if (rotate && !*rotate) {
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(4, box->height() / 2));
        QVERIFY(!box->isChecked());
        QVERIFY(child<QLabel>(&dialog, "rotateKeyHintLabel")->isVisible());
    }
    QTest::keyClicks(field->lineEdit(), newPassword);
    QTest::keyClicks(confirm->lineEdit(), newPassword + QStringLiteral("x"));
    QVERIFY(!change->isEnabled());
    QTest::keyClick(confirm->lineEdit(), Qt::Key_Backspace);
    QVERIFY(change->isEnabled());
    QVERIFY(field->strength().score > PasswordStrengthView::kWeakScore); // no question in between
    DialogTestSupport::saveScreenshot(&dialog, QStringLiteral("change-password"));
    QTest::mouseClick(change, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.rotatedDataKey(), !rotate || *rotate);
    QVERIFY(field->isEmpty());
    QVERIFY(confirm->isEmpty());
}

void TestVaultDialogs::changePasswordReplacesTheDataKeyByDefault()
{
    Vault vault;
    createFilledVault(vault);
    vault.lock();
    const QList<QByteArray> before = storedRecords();
    QCOMPARE(before.size(), 2);
    QVERIFY(vault.unlock(m_path, secret("old password")).ok());

    changeThroughDialog(vault, QStringLiteral("Blue-Heron 8 flies"), std::nullopt);
    vault.lock();
    const QList<QByteArray> after = storedRecords();
    QCOMPARE(after.size(), 2);
    for (const QByteArray& record : after) {
        QVERIFY(!before.contains(record));
    }
    QCOMPARE(TestSupport::outcomeName(vault.unlock(m_path, secret("old password"))), "WrongPassword");
    QVERIFY(vault.unlock(m_path, secret("Blue-Heron 8 flies")).ok());
    auto project = vault.projectByName(QStringLiteral("Shop bot"));
    QVERIFY(project.ok());
    QCOMPARE(vault.secretValue(project->id, QStringLiteral("API_KEY"))->bytes().toByteArray(), QByteArray("k3y"));
}

void TestVaultDialogs::changePasswordWithoutTheBoxRewrapsOnly()
{
    Vault vault;
    createFilledVault(vault);
    vault.lock();
    const QList<QByteArray> before = storedRecords();
    QVERIFY(vault.unlock(m_path, secret("old password")).ok());

    changeThroughDialog(vault, QStringLiteral("Blue-Heron 8 flies"), false);
    vault.lock();
    QCOMPARE(storedRecords(), before);
    QVERIFY(vault.unlock(m_path, secret("Blue-Heron 8 flies")).ok());
}

// Issue 17, addition a: the desktop asks for the current password as the CLI does (it unlocks with
// it); a wrong one is said plainly and changes nothing.
void TestVaultDialogs::changePasswordRefusesAWrongCurrentPassword()
{
    Vault vault;
    createFilledVault(vault);
    vault.lock();
    const QList<QByteArray> before = storedRecords();
    QVERIFY(vault.unlock(m_path, secret("old password")).ok());

    ChangePasswordDialog dialog(&vault);
    dialog.show();
    auto* current = child<PasswordField>(&dialog, "currentPasswordField");
    auto* field = child<PasswordField>(&dialog, "newPasswordField");
    auto* confirm = child<PasswordField>(&dialog, "confirmPasswordField");
    auto* change = child<QPushButton>(&dialog, "changePasswordButton");
    auto* error = child<QLabel>(&dialog, "errorLabel");
    QVERIFY(current && field && confirm && change && error);
    QTest::keyClicks(field->lineEdit(), QStringLiteral("Blue-Heron 8 flies"));
    QTest::keyClicks(confirm->lineEdit(), QStringLiteral("Blue-Heron 8 flies"));
    QVERIFY(!change->isEnabled()); // the current password is needed too
    QTest::keyClicks(current->lineEdit(), QStringLiteral("not the password"));
    QVERIFY(change->isEnabled());
    QTest::mouseClick(change, Qt::LeftButton);

    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(error->isVisible());
    QCOMPARE(
        error->text(), QStringLiteral("The current master password is wrong; the master password was not changed."));
    QVERIFY(current->isEmpty());
    QVERIFY(!field->isEmpty()); // the new password stays typed for another try
    QVERIFY(vault.isUnlocked());
    DialogTestSupport::saveScreenshot(&dialog, QStringLiteral("change-password-wrong-current"));
    vault.lock();
    QCOMPARE(storedRecords(), before);
    QVERIFY(vault.unlock(m_path, secret("old password")).ok());
    QCOMPARE(TestSupport::outcomeName(vault.passwordCheck(secret("Blue-Heron 8 flies"))()), "WrongPassword");
    QVERIFY(vault.passwordCheck(secret("old password"))().ok());
}

void TestVaultDialogs::changePasswordShowsStrengthAndAsksForAWeakOne()
{
    Vault vault;
    createFilledVault(vault);
    ChangePasswordDialog dialog(&vault);
    dialog.show();
    auto* current = child<PasswordField>(&dialog, "currentPasswordField");
    auto* field = child<PasswordField>(&dialog, "newPasswordField");
    auto* confirm = child<PasswordField>(&dialog, "confirmPasswordField");
    auto* bar = child<QProgressBar>(&dialog, "strengthBar");
    auto* hint = child<QLabel>(&dialog, "strengthLabel");
    QVERIFY(current && field && confirm && bar && hint);
    QCOMPARE(bar->value(), 0);
    QTest::keyClicks(current->lineEdit(), QStringLiteral("old password"));
    QTest::keyClicks(field->lineEdit(), QStringLiteral("abcd"));
    QCOMPARE(bar->value(), 1);
    QVERIFY2(hint->text().startsWith(QStringLiteral("Very weak:")), qPrintable(hint->text()));
    QTest::keyClicks(confirm->lineEdit(), QStringLiteral("abcd"));

    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(child<QPushButton>(&dialog, "changePasswordButton"), Qt::LeftButton);
    QCOMPARE(MessageBox::lastTitle(), QStringLiteral("Weak master password"));
    QVERIFY(dialog.isVisible());
    vault.lock();
    QVERIFY(vault.unlock(m_path, secret("old password")).ok()); // unchanged
}

BOTVAULT_WIDGET_TEST_MAIN(TestVaultDialogs)
#include "TestVaultDialogs.moc"
