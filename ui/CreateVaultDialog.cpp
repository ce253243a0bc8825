#include "ui/CreateVaultDialog.h"
#include "ui_CreateVaultDialog.h"

#include "models/PasswordStrength.h"
#include "models/VaultSession.h"
#include "storage/Argon2Kdf.h"
#include "storage/VaultAccess.h"
#include "ui/FormMessage.h"
#include "ui/Icons.h"
#include "ui/PasswordStrengthView.h"

#include <QDir>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

namespace {

QString describeKdf(const KdfParams& params)
{
    const QString memory = params.memoryKiB % 1024 == 0 ? CreateVaultDialog::tr("%1 MiB").arg(params.memoryKiB / 1024)
                                                        : CreateVaultDialog::tr("%1 KiB").arg(params.memoryKiB);
    const QString passes = CreateVaultDialog::tr("%n pass(es)", nullptr, static_cast<int>(params.passes));
    const QString lanes = CreateVaultDialog::tr("%n lane(s)", nullptr, static_cast<int>(params.lanes));
    return CreateVaultDialog::tr("Argon2id, %1 memory, %2, %3").arg(memory, passes, lanes);
}

} // namespace

CreateVaultDialog::CreateVaultDialog(VaultSession* vault, const QString& vaultPath, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CreateVaultDialog>())
    , m_kdfParams(std::make_unique<KdfParams>())
    , m_vault(vault)
    , m_vaultPath(vaultPath)
{
    m_ui->setupUi(this);
    new WindowHeightFitter(this, true);
    m_ui->vaultIconLabel->setPixmap(Icons::icon(QStringLiteral("botvault")).pixmap(32, 32));

    // A long path is shortened in the middle; the tooltip has all of it.
    const QString path = QDir::toNativeSeparators(vaultPath);
    m_ui->vaultPathLabel->setText(m_ui->vaultPathLabel->fontMetrics().elidedText(path, Qt::ElideMiddle, 360));
    m_ui->vaultPathLabel->setToolTip(path);
    m_ui->vaultPathLabel->setAccessibleName(tr("Vault file"));
    m_ui->vaultPathLabel->setAccessibleDescription(path);

    m_ui->passwordField->setAccessibleName(tr("Master password"));
    m_ui->passwordField->lineEdit()->setObjectName(QStringLiteral("passwordEdit"));
    m_ui->confirmPasswordField->setAccessibleName(tr("Confirm master password"));
    m_ui->confirmPasswordField->lineEdit()->setObjectName(QStringLiteral("confirmPasswordEdit"));
    m_ui->confirmPasswordField->revealButton()->setObjectName(QStringLiteral("confirmRevealButton"));
    PasswordStrengthView::setUp(m_ui->strengthBar);
    m_ui->kdfLabel->setText(describeKdf(*m_kdfParams));
    showFormMessage(m_ui->passwordMismatchLabel, {});
    showFormMessage(m_ui->errorLabel, {});

    m_createButton = m_ui->buttonBox->addButton(tr("C&reate"), QDialogButtonBox::AcceptRole);
    m_createButton->setObjectName(QStringLiteral("createVaultButton"));
    m_createButton->setAccessibleName(tr("Create vault"));
    m_createButton->setDefault(true);
    QPushButton* cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelCreateVaultButton"));
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setAutoDefault(false);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CreateVaultDialog::create);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CreateVaultDialog::reject);
    connect(m_ui->passwordField, &PasswordField::textChanged, this, &CreateVaultDialog::updateState);
    connect(m_ui->confirmPasswordField, &PasswordField::textChanged, this, &CreateVaultDialog::updateState);

    m_ui->passwordField->setFocus();
    updateState();
}

CreateVaultDialog::~CreateVaultDialog() = default;

QString CreateVaultDialog::vaultPath() const
{
    return m_vaultPath;
}

void CreateVaultDialog::setKdfParams(const KdfParams& params)
{
    *m_kdfParams = params;
    m_ui->kdfLabel->setText(describeKdf(params));
}

void CreateVaultDialog::done(int result)
{
    m_ui->passwordField->clear();
    m_ui->confirmPasswordField->clear();
    QDialog::done(result);
}

void CreateVaultDialog::updateState()
{
    const bool empty = m_ui->passwordField->isEmpty();
    const bool match = m_ui->passwordField->hasSameTextAs(*m_ui->confirmPasswordField);

    PasswordStrengthView::show(*m_ui->passwordField, m_ui->strengthBar, m_ui->strengthLabel);

    const bool showMismatch = !m_ui->confirmPasswordField->isEmpty() && !match;
    showFormMessage(m_ui->passwordMismatchLabel, showMismatch ? tr("The passwords do not match.") : QString());
    m_createButton->setEnabled(!empty && match);
    fitWindowHeight(this);
}

void CreateVaultDialog::create()
{
    if (!m_createButton->isEnabled()) {
        return;
    }
    showFormMessage(m_ui->errorLabel, {});
    if (!PasswordStrengthView::confirmWeakPassword(this, m_ui->passwordField->strength())) {
        m_ui->passwordField->setFocus();
        return;
    }
    KdfParams params = *m_kdfParams;
    params.salt.clear(); // createVault() draws a fresh one

    const SecretValue password = m_ui->passwordField->value();
    // Argon2 takes a noticeable moment on purpose, twice: once to create and once to unlock.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<void> created = createVault(m_vaultPath, password, params);
    Result<void> unlocked;
    if (created && m_vault) {
        unlocked = m_vault->unlock(m_vaultPath, password);
    }
    QGuiApplication::restoreOverrideCursor();

    if (!created) {
        showFormMessage(m_ui->errorLabel, created.message());
        fitWindowHeight(this);
        return;
    }
    if (!unlocked) {
        showFormMessage(
            m_ui->errorLabel, tr("The vault was created but could not be opened: %1").arg(unlocked.message()));
        fitWindowHeight(this);
        return;
    }
    accept();
}
