#pragma once

#include "models/Ids.h"
#include "storage/CredentialScan.h"

#include <QFrame>

class QLabel;
class QPushButton;
class VaultSession;

// The strip on the Secrets and variables page that says how many hard-coded keys the scan of the
// bound source folder found (storage/CredentialScan), with Show findings… to list them. Hidden when
// there are none. It holds the report's previews only, never a value.
class CredentialFindingsBanner : public QFrame
{
    Q_OBJECT

public:
    explicit CredentialFindingsBanner(QWidget* parent = nullptr);

    void setReport(const CredentialScan::Report& report);
    // The project the report is of, so its findings can be moved to secrets or ignored.
    void setProject(VaultSession* session, ProjectId project, const QString& folder);
    const CredentialScan::Report& report() const { return m_report; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* showButton() const { return m_show; }

Q_SIGNALS:
    // A finding was moved to a secret or (un)ignored: scan again.
    void findingsChanged();

private:
    void showFindings();

    VaultSession* m_session = nullptr;
    ProjectId m_project = 0;
    QString m_folder;
    QLabel* m_message;
    QPushButton* m_show;
    CredentialScan::Report m_report;
};
