#include "ui/CreateVaultDialog.h"
#include "ui_CreateVaultDialog.h"

#include "models/VaultSession.h"
#include "storage/Argon2Kdf.h"
#include "storage/VaultAccess.h"
#include "ui/FormMessage.h"
#include "ui/Icons.h"

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

// Red to green along the strength bar, readable on light and dark palettes alike.
QColor strengthColour(int score)
{
    switch (score) {
    case 0:
        return QColor(0xc6, 0x28, 0x28);
    case 1:
        return QColor(0xe6, 0x6a, 0x00);
    case 2:
        return QColor(0xd4, 0xa0, 0x00);
    case 3:
        return QColor(0x7c, 0xb3, 0x42);
    default:
        return QColor(0x2e, 0x8b, 0x3e);
    }
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
    m_ui->strengthBar->setMaximum(PasswordStrength::kMaxScore + 1);
    m_ui->strengthBar->setMaximumHeight(m_ui->strengthBar->fontMetrics().height() / 2 + 4);
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

    if (empty) {
        m_ui->strengthBar->setValue(0);
        m_ui->strengthLabel->clear();
        m_ui->strengthLabel->hide();
        m_ui->strengthBar->setAccessibleDescription({});
    } else {
        const PasswordStrength strength = m_ui->passwordField->strength();
        m_ui->strengthBar->setValue(strength.score + 1);
        QPalette palette = m_ui->strengthBar->palette();
        palette.setColor(QPalette::Highlight, strengthColour(strength.score));
        m_ui->strengthBar->setPalette(palette);
        m_ui->strengthLabel->setText(strength.hint);
        m_ui->strengthLabel->show();
        m_ui->strengthBar->setAccessibleDescription(strength.hint);
    }

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
