#pragma once

#include "models/Ids.h"
#include "storage/CredentialScan.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class VaultSession;

// Moves one hard-coded key the scan found to a secret (storage/SourceRewrite): the name suggested
// by the code, editable and checked by the name rules and against the project's secrets; the change
// to the file as a diff (previews only, never the value), updated as the name is typed. Move stores
// the secret, then writes the file (keeping a backup outside the source folder); when the file
// cannot be written the secret is removed again. outcome() then says where the backup is and what
// the check of the names the bot reads found.
class MoveToSecretDialog : public QDialog
{
    Q_OBJECT

public:
    MoveToSecretDialog(VaultSession* session, ProjectId project, const QString& folder,
        const CredentialScan::FileFinding& finding, QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }
    QLabel* problemLabel() const { return m_problem; }
    QPlainTextEdit* diffView() const { return m_diff; }
    QPushButton* moveButton() const { return m_move; }
    // After a move: the backup and the check's result, ready to show.
    const QString& outcome() const { return m_outcome; }

    void accept() override;

private:
    void updatePlan();
    QString checkAfterMove(const QString& name) const;

    VaultSession* m_session;
    ProjectId m_project;
    QString m_folder;
    CredentialScan::FileFinding m_finding;
    QStringList m_secretNames;
    QLineEdit* m_name;
    QLabel* m_problem;
    QPlainTextEdit* m_diff;
    QDialogButtonBox* m_buttons;
    QPushButton* m_move;
    QString m_outcome;
};
