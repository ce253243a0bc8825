#pragma once

#include <QDialog>
#include <QString>

#include <memory>

class QPushButton;
class VaultSession;

namespace Ui {
class UnlockDialog;
}

// Asks for the master password and unlocks the vault at a path. A wrong password is said plainly,
// the field is cleared for another try and the dialog stays open; it closes (accepted) only once
// the vault is unlocked.
class UnlockDialog : public QDialog
{
    Q_OBJECT

public:
    UnlockDialog(VaultSession* vault, const QString& vaultPath, QWidget* parent = nullptr);
    ~UnlockDialog() override;

    QString vaultPath() const;

    void done(int result) override;

private:
    void updateState();
    void unlock();

    std::unique_ptr<Ui::UnlockDialog> m_ui;
    QPushButton* m_unlockButton = nullptr;
    VaultSession* m_vault;
    QString m_vaultPath;
};
