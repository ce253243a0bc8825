#include "ui/FormatUpgradeProgress.h"

#include "models/VaultSession.h"

#include <QLocale>
#include <QProgressDialog>

#include <limits>

FormatUpgradeProgress::FormatUpgradeProgress(VaultSession* vault, QWidget* parent) : m_parent(parent)
{
    connect(vault, &VaultSession::formatUpgradeProgress, this, &FormatUpgradeProgress::showProgress);
}

FormatUpgradeProgress::~FormatUpgradeProgress()
{
    delete m_dialog.data();
}

void FormatUpgradeProgress::showProgress(qint64 done, qint64 total)
{
    if (!m_dialog) {
        m_dialog = new QProgressDialog(m_parent);
        m_dialog->setObjectName(QStringLiteral("formatUpgradeProgressDialog"));
        m_dialog->setAccessibleName(tr("Vault upgrade progress"));
        m_dialog->setWindowTitle(tr("Upgrading the vault"));
        m_dialog->setCancelButton(nullptr);
        m_dialog->setWindowModality(Qt::WindowModal);
        m_dialog->setMinimumDuration(0);
        m_dialog->setAutoClose(false);
        m_dialog->setAutoReset(false);
    }
    // QProgressDialog counts in int.
    const int scale = total > std::numeric_limits<int>::max() ? 1000 : 1;
    m_dialog->setMaximum(static_cast<int>(qMax<qint64>(total, 1) / scale));
    m_dialog->setLabelText(tr("This vault was written by an older BotVault. Its records are being re-sealed in the "
                              "current format, once: %1 of %2 done. The vault opens when this is finished.")
                               .arg(QLocale().toString(done), QLocale().toString(total)));
    m_dialog->show();
    m_dialog->setValue(static_cast<int>(done / scale));
}
