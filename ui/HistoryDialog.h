#pragma once

#include "models/Ids.h"
#include "models/ItemHistory.h"

#include <QDialog>
#include <QList>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;
class VaultSession;

// Edit → History… (Ctrl+Shift+H) on a secret or a variable: its versions (when, who, where the change
// came from, what it did), and Restore, which makes the selected version the current state again.
// When the version's name now belongs to another item, the dialog says so and offers a field for
// another name. For a variable the versions show their values and a diff against the current state;
// a secret's versions never show a value, and "Forget old values…" destroys them for good after a
// confirmation. Reaches the vault only through VaultSession.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        VersionColumn,
        TimeColumn,
        ActorColumn,
        OriginColumn,
        ChangeColumn,
        NameColumn,
        ExportColumn,
        ValueColumn,
        ColumnCount,
    };

    HistoryDialog(
        VaultSession* vault, ProjectId project, ItemKind kind, const QString& name, QWidget* parent = nullptr);

    // Reads the versions again; selects the newest.
    void reload();
    // The item's name now: a restore may rename it.
    QString itemName() const { return m_name; }

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void setUpTable();
    void setUpButtons();
    void layOut();
    void addRow(const ItemVersion& version);
    void showSelected();
    void restoreSelected();
    void forgetOldValues();
    // The version of the current table row, or nullptr.
    const ItemVersion* selectedVersion() const;
    void showMessage(const QString& text);

    VaultSession* m_vault;
    ProjectId m_project;
    ItemKind m_kind;
    QString m_name;
    QList<ItemVersion> m_versions;
    QLabel* m_heading;
    QStandardItemModel* m_model;
    QTableView* m_table;
    QPlainTextEdit* m_diff;
    QLabel* m_message;
    QLabel* m_restoreAsLabel;
    QLineEdit* m_restoreAs;
    QPushButton* m_restore;
    QPushButton* m_forget;
};
