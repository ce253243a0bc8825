#pragma once

#include <QWidget>

#include <functional>

class QAbstractTableModel;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;
class RowActionsDelegate;
class RowActionsProxyModel;

// The shared body of the Secrets and Environment variables tabs: a filter box, an "Add" button, a
// sortable table with per-row edit and delete buttons, and an empty state that says what to do.
// Rows are reported as rows of the source model; the tab decides what editing and deleting mean.
class ItemTableView : public QWidget
{
    Q_OBJECT

public:
    struct Hooks
    {
        std::function<void(const QString&)> setFilterText;
        std::function<int()> totalCount;
        // The empty-state text: no items at all, or none matching the filter.
        QString emptyText;
        std::function<QString(const QString& filter)> noMatchText;
    };

    // `prefix` names the children for tests and accessibility ("secrets" → secretsTable, …).
    ItemTableView(QAbstractTableModel* model, Hooks hooks, const QString& prefix, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    QLineEdit* filterEdit() const { return m_filter; }
    QPushButton* addButton() const { return m_add; }
    RowActionsDelegate* actionsDelegate() const { return m_delegate; }

    void setAddText(const QString& text, const QString& accessibleName);
    // Disables adding, editing and deleting, with `reason` as tooltip ("needs the SYSTEM_ADMIN role").
    void setEditingAllowed(bool allowed, const QString& reason);
    bool editingAllowed() const { return m_editingAllowed; }
    // The source row of the current index, or -1.
    int currentRow() const;
    void selectRow(int sourceRow);
    void focusFilter();
    void refreshEmptyState();
    // Initial widths, in characters of the table's font, and the column that takes the spare width.
    void setColumnLayout(const QList<int>& widthsInCharacters, int stretchColumn);
    // Keeps `column` as wide as the names in it and the tags painted after them, from its initial
    // width up to `maxCharacters` (leaving the stretch column room for a few characters), refitted
    // when rows or tags change; the stretch column takes the rest.
    void fitColumnToContents(int column, int maxCharacters);
    // Fits the column again soon (after a change the model does not signal, such as new tags).
    void scheduleColumnFit();
    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray& state);

Q_SIGNALS:
    void addRequested();
    void editRequested(int row);
    void deleteRequested(int row);
    // Extra entries for the context menu of `row` go into `menu` before it shows.
    void contextMenuAboutToShow(QMenu* menu, int row);
    void copyRequested(int row);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // The filter box, the "Add" button and the empty state, named after `prefix`.
    void setUpFilterAndAdd(const QString& prefix);
    void setUpTable(const QString& prefix);
    void connectSignals();
    void showContextMenu(const QPoint& position);
    void fitColumn();
    void resizeEvent(QResizeEvent* event) override;

    QAbstractTableModel* m_model;
    Hooks m_hooks;
    RowActionsProxyModel* m_proxy;
    RowActionsDelegate* m_delegate;
    QLineEdit* m_filter;
    QPushButton* m_add;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    QTableView* m_table;
    QTimer* m_fitTimer = nullptr;
    int m_fitColumn = -1;
    int m_fitMinimum = 0;
    int m_fitMaxCharacters = 0;
    bool m_fitting = false;
    bool m_editingAllowed = true;
    QString m_deniedReason;
};
