#pragma once

#include "models/Ids.h"
#include "storage/CredentialScan.h"

#include <QDialog>

class QInputDialog;
class QPushButton;
class QTableWidget;
class VaultSession;

// Lists the hard-coded keys a scan found: place (file:line), kind, preview (never the value) and
// whether the vault ignores it. With the project's vault session, the selected finding can be moved
// to a secret (MoveToSecretDialog) or ignored with a reason; the list is scanned again after each.
class CredentialFindingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CredentialFindingsDialog(const CredentialScan::Report& report, QWidget* parent = nullptr);

    // Enables Move to a secret… and Ignore… for the project's findings.
    void setProject(VaultSession* session, ProjectId project, const QString& folder);

    QTableWidget* table() const { return m_table; }
    QPushButton* moveButton() const { return m_move; }
    QPushButton* ignoreButton() const { return m_ignore; }
    const CredentialScan::Report& report() const { return m_report; }
    // Whether a finding was moved or (un)ignored while the dialog was open.
    bool changed() const { return m_changed; }

private:
    void showReport();
    void rescan();
    void updateButtons();
    const CredentialScan::FileFinding* selectedFinding() const;
    void moveSelected();
    void ignoreSelected();
    void ignoreWithReason(const CredentialScan::FileFinding& finding, const QString& reason);

    CredentialScan::Report m_report;
    VaultSession* m_session = nullptr;
    ProjectId m_project = 0;
    QString m_folder;
    QTableWidget* m_table;
    QPushButton* m_move;
    QPushButton* m_ignore;
    bool m_changed = false;
};
