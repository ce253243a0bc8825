#pragma once

#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;
class VaultSession;

// While it lives, shows the upgrade of a vault written by an older BotVault (its records re-sealed
// in the current format during unlock) in a window-modal progress dialog with a record count, so
// that a long unlock cannot be taken for a hang. The dialog appears with the first progress report
// and goes with this object. The upgrade runs on the GUI thread inside VaultSession::unlock() (the
// vault is not thread-safe), so every report lets the dialog repaint (QProgressDialog::setValue
// processes events while it is modal); it has no Cancel: the upgrade is crash-safe, not cancellable.
class FormatUpgradeProgress : public QObject
{
    Q_OBJECT

public:
    FormatUpgradeProgress(VaultSession* vault, QWidget* parent);
    ~FormatUpgradeProgress() override;

private:
    void showProgress(qint64 done, qint64 total);

    QWidget* m_parent;
    QPointer<QProgressDialog> m_dialog;
};
