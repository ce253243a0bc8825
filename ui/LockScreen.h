#pragma once

#include <QWidget>

#include <functional>

class PasswordField;
class QLabel;
class QPushButton;
class VaultSession;

// The main window's page while the vault is locked: the master password field sits on the page
// itself (as KeePassXC does), so after Ctrl+L or the auto-lock the keyboard is already in it and
// Enter unlocks. A wrong password is said under the field, which is cleared and keeps the focus.
// Before a vault file exists the page offers to create one instead.
class LockScreen : public QWidget
{
    Q_OBJECT

public:
    // `vaultPath` gives the vault file to open at the moment of unlocking.
    LockScreen(VaultSession* vault, std::function<QString()> vaultPath, QWidget* parent = nullptr);

    PasswordField* passwordField() const { return m_password; }
    QPushButton* unlockButton() const { return m_unlock; }
    QLabel* errorLabel() const { return m_error; }
    // Shows the password field when the vault file exists, clears it and the last error, and gives
    // it the keyboard focus.
    void prepare();

Q_SIGNALS:
    // There is no vault file yet: the window offers to create one.
    void createVaultRequested();

protected:
    void hideEvent(QHideEvent* event) override;

private:
    void unlock();
    void updateState();

    VaultSession* m_vault;
    std::function<QString()> m_vaultPath;
    PasswordField* m_password;
    QPushButton* m_unlock;
    QLabel* m_error;
    bool m_vaultExists = false;
};
