#include "ui/UnlockDialog.h"
#include "ui_UnlockDialog.h"

#include "models/VaultSession.h"
#include "ui/FormMessage.h"
#include "ui/FormatUpgradeProgress.h"
#include "ui/Icons.h"

#include <QDir>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

UnlockDialog::UnlockDialog(VaultSession* vault, const QString& vaultPath, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::UnlockDialog>()), m_vault(vault), m_vaultPath(vaultPath)
{
    m_ui->setupUi(this);
    new WindowHeightFitter(this, true);
    m_ui->lockIconLabel->setPixmap(Icons::icon(QStringLiteral("lock")).pixmap(32, 32));
    // A long path is shortened in the middle; the tooltip has all of it.
    const QString path = QDir::toNativeSeparators(vaultPath);
    m_ui->vaultPathLabel->setText(m_ui->vaultPathLabel->fontMetrics().elidedText(path, Qt::ElideMiddle, 340));
    m_ui->vaultPathLabel->setToolTip(path);
    m_ui->vaultPathLabel->setAccessibleName(tr("Vault file"));
    m_ui->vaultPathLabel->setAccessibleDescription(path);
    m_ui->passwordField->setAccessibleName(tr("Master password"));
    m_ui->passwordField->lineEdit()->setObjectName(QStringLiteral("passwordEdit"));
    showFormMessage(m_ui->errorLabel, {});

    m_unlockButton = m_ui->buttonBox->addButton(tr("&Unlock"), QDialogButtonBox::AcceptRole);
    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
    m_unlockButton->setAccessibleName(tr("Unlock vault"));
    m_unlockButton->setDefault(true);
    QPushButton* cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelUnlockButton"));
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setAutoDefault(false);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &UnlockDialog::unlock);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &UnlockDialog::reject);
    connect(m_ui->passwordField, &PasswordField::textChanged, this, &UnlockDialog::updateState);

    m_ui->passwordField->setFocus();
    updateState();
}

UnlockDialog::~UnlockDialog() = default;

QString UnlockDialog::vaultPath() const
{
    return m_vaultPath;
}

void UnlockDialog::done(int result)
{
    m_ui->passwordField->clear();
    QDialog::done(result);
}

void UnlockDialog::updateState()
{
    m_unlockButton->setEnabled(m_vault && !m_ui->passwordField->isEmpty());
}

void UnlockDialog::unlock()
{
    if (!m_unlockButton->isEnabled()) {
        return;
    }
    showFormMessage(m_ui->errorLabel, {});
    // Argon2 takes a noticeable moment on purpose.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    Result<void> unlocked;
    {
        // A vault written by an older BotVault is upgraded during unlock: show how far it got.
        const FormatUpgradeProgress upgradeProgress(m_vault, this);
        unlocked = m_vault->unlock(m_vaultPath, m_ui->passwordField->value());
    }
    QGuiApplication::restoreOverrideCursor();
    if (unlocked) {
        accept();
        return;
    }
    showFormMessage(m_ui->errorLabel, unlocked.message());
    fitWindowHeight(this);
    if (unlocked.code() == ErrorCode::WrongPassword) {
        m_ui->passwordField->clear();
        m_ui->passwordField->setFocus();
    }
}
