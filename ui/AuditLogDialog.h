#pragma once

#include "models/AuditEntry.h"

#include <QDialog>

class AuditFilterBar;
class AuditLogProxyModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;
class VaultSession;

// File → Audit log…: the vault's audit log (time, actor, action, project, kind, name, detail;
// never a value) with filters by project, kind, who and period (AuditFilterBar), a filter box over
// every column, and Verify, which recomputes the log's chain and says whether it is intact or where
// it breaks. Reaches the vault only through VaultSession.
class AuditLogDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        SequenceColumn,
        TimeColumn,
        ActorColumn,
        ActionColumn,
        ProjectColumn,
        KindColumn,
        NameColumn,
        DetailColumn,
        ColumnCount,
    };

    explicit AuditLogDialog(VaultSession* vault, QWidget* parent = nullptr);

    // Reads the log again from the vault.
    void reload();
    // Recomputes the chain and shows the verdict.
    void verify();

private:
    void addRow(const AuditEntry& entry);

    VaultSession* m_vault;
    QList<AuditEntry> m_entries;
    QStandardItemModel* m_model;
    AuditLogProxyModel* m_proxy;
    AuditFilterBar* m_filterBar;
    QLineEdit* m_filter;
    QTableView* m_table;
    QPushButton* m_verifyButton;
    QLabel* m_result;
};
