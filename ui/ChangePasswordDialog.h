#pragma once

#include "models/Result.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QPushButton;
class VaultSession;

namespace Ui {
class ChangePasswordDialog;
}

// Changes the master password of the unlocked vault. The current password is asked first (checked
// on a worker thread, with progress when the key derivation is slow; a wrong one changes nothing),
// the new one is typed twice under the same strength bar as Create vault, and a weak one is used
// only once confirmed. "Replace the data key" (on by default) also re-encrypts every record under a
// new random data key in the same transaction, so a copy of the vault file made before the change,
// opened with the old password, opens nothing written afterwards; off, only the key-wrap record is
// rewritten. Errors are shown and the dialog stays open; it closes (accepted) once the change is
// committed.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ChangePasswordDialog(VaultSession* vault, QWidget* parent = nullptr);
    ~ChangePasswordDialog() override;

    QCheckBox* rotateKeyCheckBox() const;
    // Whether the accepted change replaced the data key.
    bool rotatedDataKey() const { return m_rotated; }

    void done(int result) override;

private:
    void updateState();
    void change();
    // Whether the current password field holds the master password, checked on a worker thread.
    Result<void> checkCurrentPassword();
    void showError(const QString& message);

    std::unique_ptr<Ui::ChangePasswordDialog> m_ui;
    QPushButton* m_changeButton = nullptr;
    VaultSession* m_vault;
    bool m_rotated = false;
};
