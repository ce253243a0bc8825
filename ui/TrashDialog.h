#pragma once

#include "models/Ids.h"
#include "models/ItemHistory.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;
class VaultSession;

// Edit → Recently deleted…: the secrets and variables deleted from a project, or (the other scope)
// everything deleted from the vault, projects too. Restore brings the selected entry back exactly,
// under another name when its own is taken now; Purge destroys it for good after a confirmation.
// Reaches the vault only through VaultSession.
class TrashDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        KindColumn,
        NameColumn,
        ProjectColumn,
        DeletedColumn,
        DeletedByColumn,
        ExpiresColumn,
        ColumnCount,
    };

    // `project` 0 opens on the whole vault.
    TrashDialog(VaultSession* vault, ProjectId project, const QString& projectName, QWidget* parent = nullptr);

    void reload();

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void setUpWidgets(const QString& projectName);
    void layOut();
    void addRow(const TrashEntry& entry);
    const TrashEntry* selectedEntry() const;
    void updateButtons();
    void restoreSelected();
    void purgeSelected();
    void askForAnotherName(const TrashEntry& entry, const QString& why);
    void hideAnotherName();
    QString describe(const TrashEntry& entry) const;

    VaultSession* m_vault;
    ProjectId m_project;
    QList<TrashEntry> m_entries;
    QComboBox* m_scope;
    QStandardItemModel* m_model;
    QTableView* m_table;
    QLabel* m_empty;
    QLabel* m_message;
    QLabel* m_restoreAsLabel;
    QLineEdit* m_restoreAs;
    QPushButton* m_restore;
    QPushButton* m_purge;
};
