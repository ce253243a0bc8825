#pragma once

#include <QDialog>
#include <QString>

#include <memory>

class QPushButton;
class VaultSession;
struct KdfParams;

namespace Ui {
class CreateVaultDialog;
}

// First run: chooses the master password of a new vault, creates the vault file and unlocks it.
// The password is typed twice; its estimated strength and the key-derivation settings are shown.
// Errors (a file already there, a folder that cannot be written) are shown and the dialog stays
// open; it closes (accepted) once the new vault is unlocked.
class CreateVaultDialog : public QDialog
{
    Q_OBJECT

public:
    CreateVaultDialog(VaultSession* vault, const QString& vaultPath, QWidget* parent = nullptr);
    ~CreateVaultDialog() override;

    QString vaultPath() const;
    // The Argon2id settings of the new vault (default: 64 MiB, 3 passes, 2 lanes). The salt is
    // always fresh; tests pass cheaper settings here.
    void setKdfParams(const KdfParams& params);

    void done(int result) override;

private:
    void updateState();
    void create();

    std::unique_ptr<Ui::CreateVaultDialog> m_ui;
    std::unique_ptr<KdfParams> m_kdfParams;
    QPushButton* m_createButton = nullptr;
    VaultSession* m_vault;
    QString m_vaultPath;
};
