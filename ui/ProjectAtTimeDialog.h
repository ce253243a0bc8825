#pragma once

#include "models/Ids.h"
#include "models/ItemHistory.h"

#include <QDialog>

class QDateTimeEdit;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;
class VaultSession;

// Project → Show project at…: the project as it was at a chosen moment, read-only (the secrets'
// names, never a value; the variables' names, values and export flags), what restoring would add
// back, change and remove, and "Restore the project to this moment…", which asks first and then
// makes every change in one transaction. Reaches the vault only through VaultSession.
class ProjectAtTimeDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        KindColumn,
        NameColumn,
        ValueColumn,
        ExportColumn,
        UpdatedColumn,
        UpdatedByColumn,
        ColumnCount,
    };

    ProjectAtTimeDialog(VaultSession* vault, ProjectId project, const QString& projectName, QWidget* parent = nullptr);

    QDateTimeEdit* timeEdit() const { return m_time; }
    // Reads the project at the chosen moment.
    void showSnapshot();

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void setUpWidgets();
    void layOut();
    void fillTable(const ProjectSnapshot& snapshot);
    void showPlan();
    void restoreProject();
    void clearSnapshot(const QString& why);

    VaultSession* m_vault;
    ProjectId m_project;
    QString m_projectName;
    bool m_hasSnapshot = false;
    ProjectSnapshot m_snapshot;
    QDateTimeEdit* m_time;
    QPushButton* m_show;
    QStandardItemModel* m_model;
    QTableView* m_table;
    QLabel* m_plan;
    QPushButton* m_restore;
};
