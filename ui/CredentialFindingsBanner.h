#pragma once

#include "storage/CredentialScan.h"

#include <QFrame>

class QLabel;
class QPushButton;

// The strip on the Secrets and variables page that says how many hard-coded keys the scan of the
// bound source folder found (storage/CredentialScan), with Show findings… to list them. Hidden when
// there are none. It holds the report's previews only, never a value.
class CredentialFindingsBanner : public QFrame
{
    Q_OBJECT

public:
    explicit CredentialFindingsBanner(QWidget* parent = nullptr);

    void setReport(const CredentialScan::Report& report);
    const CredentialScan::Report& report() const { return m_report; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* showButton() const { return m_show; }

private:
    void showFindings();

    QLabel* m_message;
    QPushButton* m_show;
    CredentialScan::Report m_report;
};
