#include "ui/ChangePasswordDialog.h"
#include "ui_ChangePasswordDialog.h"

#include "models/VaultSession.h"
#include "ui/FormMessage.h"

#include <QCheckBox>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

ChangePasswordDialog::ChangePasswordDialog(VaultSession* vault, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ChangePasswordDialog>()), m_vault(vault)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("changePasswordDialog"));
    new WindowHeightFitter(this, true);

    m_ui->newPasswordField->setAccessibleName(tr("New master password"));
    m_ui->newPasswordField->lineEdit()->setObjectName(QStringLiteral("newPasswordEdit"));
    m_ui->confirmPasswordField->setAccessibleName(tr("Confirm new master password"));
    m_ui->confirmPasswordField->lineEdit()->setObjectName(QStringLiteral("confirmNewPasswordEdit"));
    m_ui->confirmPasswordField->revealButton()->setObjectName(QStringLiteral("confirmRevealButton"));
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
    connect(m_ui->newPasswordField, &PasswordField::textChanged, this, &ChangePasswordDialog::updateState);
    connect(m_ui->confirmPasswordField, &PasswordField::textChanged, this, &ChangePasswordDialog::updateState);
    connect(m_ui->rotateKeyCheckBox, &QCheckBox::toggled, this, &ChangePasswordDialog::updateState);

    m_ui->newPasswordField->setFocus();
    updateState();
}

ChangePasswordDialog::~ChangePasswordDialog() = default;

QCheckBox* ChangePasswordDialog::rotateKeyCheckBox() const
{
    return m_ui->rotateKeyCheckBox;
}

void ChangePasswordDialog::done(int result)
{
    m_ui->newPasswordField->clear();
    m_ui->confirmPasswordField->clear();
    QDialog::done(result);
}

void ChangePasswordDialog::updateState()
{
    const bool empty = m_ui->newPasswordField->isEmpty();
    const bool match = m_ui->newPasswordField->hasSameTextAs(*m_ui->confirmPasswordField);
    const bool showMismatch = !m_ui->confirmPasswordField->isEmpty() && !match;
    showFormMessage(m_ui->passwordMismatchLabel, showMismatch ? tr("The passwords do not match.") : QString());
    m_ui->rotateKeyHintLabel->setVisible(!m_ui->rotateKeyCheckBox->isChecked());
    m_changeButton->setEnabled(!empty && match);
    fitWindowHeight(this);
}

void ChangePasswordDialog::change()
{
    if (!m_changeButton->isEnabled() || !m_vault) {
        return;
    }
    showFormMessage(m_ui->errorLabel, {});
    const bool rotate = m_ui->rotateKeyCheckBox->isChecked();
    // Argon2 takes a noticeable moment on purpose, and re-encrypting takes about a second per
    // 10,000 records; both run in this thread, as creating and unlocking do.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<void> changed = m_vault->changePassword(
        m_ui->newPasswordField->value(), rotate ? VaultSession::DataKey::Rotate : VaultSession::DataKey::Keep);
    QGuiApplication::restoreOverrideCursor();
    if (!changed) {
        showFormMessage(m_ui->errorLabel, changed.message());
        fitWindowHeight(this);
        return;
    }
    m_rotated = rotate;
    accept();
}
