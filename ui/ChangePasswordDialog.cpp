#include "ui/ChangePasswordDialog.h"
#include "ui_ChangePasswordDialog.h"

#include "models/VaultSession.h"
#include "ui/BackgroundTask.h"
#include "ui/FormMessage.h"
#include "ui/PasswordStrengthView.h"

#include <QCheckBox>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QToolButton>

ChangePasswordDialog::ChangePasswordDialog(VaultSession* vault, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ChangePasswordDialog>()), m_vault(vault)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("changePasswordDialog"));
    new WindowHeightFitter(this, true);

    m_ui->currentPasswordField->setAccessibleName(tr("Current master password"));
    m_ui->currentPasswordField->lineEdit()->setObjectName(QStringLiteral("currentPasswordEdit"));
    m_ui->newPasswordField->setAccessibleName(tr("New master password"));
    m_ui->newPasswordField->lineEdit()->setObjectName(QStringLiteral("newPasswordEdit"));
    m_ui->confirmPasswordField->setAccessibleName(tr("Confirm new master password"));
    m_ui->confirmPasswordField->lineEdit()->setObjectName(QStringLiteral("confirmNewPasswordEdit"));
    m_ui->confirmPasswordField->revealButton()->setObjectName(QStringLiteral("confirmRevealButton"));
    PasswordStrengthView::setUp(m_ui->strengthBar);
    showFormMessage(m_ui->passwordMismatchLabel, {});
    showFormMessage(m_ui->errorLabel, {});
    showFormMessage(m_ui->rotateKeyHintLabel, m_ui->rotateKeyHintLabel->text(), FormMessageKind::Warning);

    m_changeButton = m_ui->buttonBox->addButton(tr("C&hange"), QDialogButtonBox::AcceptRole);
    m_changeButton->setObjectName(QStringLiteral("changePasswordButton"));
    m_changeButton->setAccessibleName(tr("Change master password"));
    m_changeButton->setDefault(true);
    QPushButton* cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelChangePasswordButton"));
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setAutoDefault(false);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::change);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);
    connect(m_ui->currentPasswordField, &PasswordField::textChanged, this, &ChangePasswordDialog::updateState);
    connect(m_ui->newPasswordField, &PasswordField::textChanged, this, &ChangePasswordDialog::updateState);
    connect(m_ui->confirmPasswordField, &PasswordField::textChanged, this, &ChangePasswordDialog::updateState);
    connect(m_ui->rotateKeyCheckBox, &QCheckBox::toggled, this, &ChangePasswordDialog::updateState);

    m_ui->currentPasswordField->setFocus();
    updateState();
}

ChangePasswordDialog::~ChangePasswordDialog() = default;

QCheckBox* ChangePasswordDialog::rotateKeyCheckBox() const
{
    return m_ui->rotateKeyCheckBox;
}

void ChangePasswordDialog::done(int result)
{
    m_ui->currentPasswordField->clear();
    m_ui->newPasswordField->clear();
    m_ui->confirmPasswordField->clear();
    QDialog::done(result);
}

void ChangePasswordDialog::updateState()
{
    const bool empty = m_ui->newPasswordField->isEmpty();
    const bool match = m_ui->newPasswordField->hasSameTextAs(*m_ui->confirmPasswordField);
    const bool showMismatch = !m_ui->confirmPasswordField->isEmpty() && !match;
    PasswordStrengthView::show(*m_ui->newPasswordField, m_ui->strengthBar, m_ui->strengthLabel);
    showFormMessage(m_ui->passwordMismatchLabel, showMismatch ? tr("The passwords do not match.") : QString());
    m_ui->rotateKeyHintLabel->setVisible(!m_ui->rotateKeyCheckBox->isChecked());
    m_changeButton->setEnabled(!m_ui->currentPasswordField->isEmpty() && !empty && match);
    fitWindowHeight(this);
}

void ChangePasswordDialog::change()
{
    if (!m_changeButton->isEnabled() || !m_vault) {
        return;
    }
    showFormMessage(m_ui->errorLabel, {});
    if (!PasswordStrengthView::confirmWeakPassword(this, m_ui->newPasswordField->strength())) {
        m_ui->newPasswordField->setFocus();
        return;
    }
    QPointer<ChangePasswordDialog> alive(this);
    const Result<void> checked = checkCurrentPassword();
    if (!alive || !m_vault->isUnlocked()) {
        return; // locked meanwhile: the dialog is closed and nothing was changed
    }
    if (!checked) {
        showError(checked.code() == ErrorCode::WrongPassword
                ? tr("The current master password is wrong; the master password was not changed.")
                : checked.message());
        m_ui->currentPasswordField->clear();
        m_ui->currentPasswordField->setFocus();
        return;
    }
    const bool rotate = m_ui->rotateKeyCheckBox->isChecked();
    // The vault and its database belong to this thread (timers and the auto-lock use them too), so
    // the rewrap runs here; the slow check of the current password ran on a worker thread.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<void> changed = m_vault->changePassword(
        m_ui->newPasswordField->value(), rotate ? VaultSession::DataKey::Rotate : VaultSession::DataKey::Keep);
    QGuiApplication::restoreOverrideCursor();
    if (!changed) {
        showError(changed.message());
        return;
    }
    m_rotated = rotate;
    accept();
}

Result<void> ChangePasswordDialog::checkCurrentPassword()
{
    // The key derivation takes a noticeable moment on purpose: a progress dialog shows if it is slow.
    const std::function<Result<void>()> check = m_vault->passwordCheck(m_ui->currentPasswordField->value());
    return BackgroundTask::run<void>(this, tr("Change master password"), tr("Checking the current master password…"),
        [check](const BackgroundTask::Progress& progress) -> Result<void> {
            const Result<void> checked = check();
            if (!progress(1, 1)) {
                return makeError(ErrorCode::Cancelled, QString());
            }
            return checked;
        });
}

void ChangePasswordDialog::showError(const QString& message)
{
    showFormMessage(m_ui->errorLabel, message);
    fitWindowHeight(this);
}
