#pragma once

#include "storage/CredentialScan.h"

#include <QDialog>

class QTableWidget;

// Lists the hard-coded keys a scan found: place (file:line), kind and preview, never the value.
class CredentialFindingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CredentialFindingsDialog(const CredentialScan::Report& report, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table;
};
