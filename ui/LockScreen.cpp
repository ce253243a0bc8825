#include "ui/LockScreen.h"

#include "models/VaultSession.h"
#include "storage/VaultAccess.h"
#include "ui/FormMessage.h"
#include "ui/FormatUpgradeProgress.h"
#include "ui/Icons.h"
#include "ui/PasswordField.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

LockScreen::LockScreen(VaultSession* vault, std::function<QString()> vaultPath, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_vaultPath(std::move(vaultPath))
    , m_password(new PasswordField(this))
    , m_unlock(new QPushButton(tr("&Unlock…"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("lockedPage"));
    auto* icon = new QLabel(this);
    icon->setPixmap(Icons::icon(QStringLiteral("lock")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignCenter);
    auto* text = new QLabel(tr("The vault is locked."), this);
    text->setObjectName(QStringLiteral("lockedLabel"));
    text->setAlignment(Qt::AlignCenter);
    QFont font = text->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    text->setFont(font);

    m_password->setObjectName(QStringLiteral("lockPasswordField"));
    m_password->lineEdit()->setObjectName(QStringLiteral("lockPasswordEdit"));
    m_password->setAccessibleName(tr("Master password"));
    m_password->setPlaceholderText(tr("Master password"));
    m_password->setMinimumWidth(m_password->fontMetrics().averageCharWidth() * 36);
    m_unlock->setObjectName(QStringLiteral("unlockVaultButton"));
    m_unlock->setAccessibleName(tr("Unlock the vault"));
    m_unlock->setDefault(true);
    m_error->setObjectName(QStringLiteral("lockErrorLabel"));
    m_error->setAlignment(Qt::AlignCenter);
    m_error->setWordWrap(true);
    showFormMessage(m_error, {});

    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_password);
    row->addWidget(m_unlock);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(icon);
    layout->addWidget(text);
    layout->addLayout(row);
    layout->addWidget(m_error);
    layout->addStretch(2);

    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::unlock);
    connect(m_password, &PasswordField::returnPressed, this, &LockScreen::unlock);
    connect(m_password, &PasswordField::textChanged, this, &LockScreen::updateState);
    prepare();
}

void LockScreen::prepare()
{
    m_vaultExists = vaultFileExists(m_vaultPath());
    m_password->clear();
    m_password->setVisible(m_vaultExists);
    m_unlock->setText(m_vaultExists ? tr("&Unlock") : tr("&Create vault…"));
    m_unlock->setAccessibleName(m_vaultExists ? tr("Unlock the vault") : tr("Create the vault"));
    showFormMessage(m_error, {});
    updateState();
    if (m_vaultExists) {
        m_password->lineEdit()->setFocus();
    }
}

void LockScreen::hideEvent(QHideEvent* event)
{
    m_password->clear();
    showFormMessage(m_error, {});
    QWidget::hideEvent(event);
}

void LockScreen::updateState()
{
    m_unlock->setEnabled(!m_vaultExists || !m_password->isEmpty());
}

void LockScreen::unlock()
{
    if (!m_vaultExists) {
        Q_EMIT createVaultRequested();
        return;
    }
    if (m_password->isEmpty() || m_vault->isUnlocked()) {
        return;
    }
    showFormMessage(m_error, {});
    // Argon2 takes a noticeable moment on purpose.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    Result<void> unlocked;
    {
        // As in the Unlock dialog: a vault written by an older BotVault is upgraded during unlock.
        const FormatUpgradeProgress upgradeProgress(m_vault, window());
        unlocked = m_vault->unlock(m_vaultPath(), m_password->value());
    }
    QGuiApplication::restoreOverrideCursor();
    if (unlocked) {
        m_password->clear();
        return;
    }
    showFormMessage(m_error, unlocked.message());
    if (unlocked.code() == ErrorCode::WrongPassword) {
        m_password->clear();
    }
    m_password->lineEdit()->setFocus();
}
