#pragma once

#include "models/Ids.h"
#include "models/ProjectStore.h"
#include "models/Result.h"
#include "models/Variable.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <string>
#include <string_view>
#include <vector>

// The environment variables of one project as the Environment variables tab shows them: name,
// value (one line in the cell, in full in the tooltip and for editing), the "In export" checkbox,
// which writes through to the store, and when each was last changed.
//
// The model filters and sorts by itself instead of sitting behind a QSortFilterProxyModel: a project
// may hold 100,000 variables, the page must paint within 500 ms of unlocking and each filter
// keystroke must take at most 16 ms on a slow two-core machine, and the proxy re-sorts every
// accepted row on each filter change. Here every variable is kept once in m_items; m_order holds the
// item indexes sorted by the current column (recomputed by sort() only); m_visible is the filtered
// subsequence of m_order that the rows show. Typing more characters rescans only the visible items,
// any other filter change rescans all of them once, and neither sorts. The scan reads one buffer of
// case-folded UTF-8 text (m_foldedText) with an SSE2 substring search, not the items' QStrings.
// Filter changes and loads reset the model, since a reset costs nothing per row while row-by-row
// removals would. Store signals for single items become row inserts, moves, updates and removals at
// the item's sorted position, so a selected row stays selected when it is renamed.
class VariablesTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        ValueColumn,
        InExportColumn,
        UpdatedColumn,
        ColumnCount
    };

    enum Roles
    {
        IdRole = Qt::UserRole + 1,
        NameRole,
        DamagedRole,
        SortRole,
        // The exact value, newlines and all (EditRole of the Value column gives the same).
        ValueRole,
        IncludeInExportRole
    };

    // Cell text is cut after this many characters, tooltips after kMaxToolTipLength.
    static constexpr int kMaxDisplayLength = 200;
    static constexpr int kMaxToolTipLength = 2000;

    explicit VariablesTableModel(ProjectStore* store, QObject* parent = nullptr);
    ~VariablesTableModel() override;

    // Shows the variables of `project` (0 = none). On a store error the model stays empty and
    // lastError() says why.
    void setProject(ProjectId project);
    ProjectId project() const;
    // The error of the last load or checkbox write that failed; a successful load clears it.
    Error lastError() const;
    bool hasError() const;

    // Case-insensitive substring of the name or the value; empty shows every variable.
    void setFilterText(const QString& text);
    QString filterText() const;

    // Every variable of the project, filtered out or not.
    int totalCount() const;
    // The variable of a visible row; a default Variable (id 0) for a row out of range.
    Variable variableAt(int row) const;
    // The visible row of a variable, or -1 when it is filtered out or unknown.
    int rowOfId(RecordId id) const;
    // Every name of the project (not only the visible ones), for duplicate checks in dialogs.
    QStringList allNames() const;

    // QFont lives in Qt GUI, which models/ does not link: the page hands over the font for damaged
    // rows (an italic QFont with nothing else set) and FontRole returns it for them.
    void setDamagedRowFont(const QVariant& font);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    // Only Qt::CheckStateRole of the In export column: writes the flag to the store and returns
    // false (with lastError() and writeFailed()) when the store refuses.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // A column out of range sorts by name. Damaged records stay last in both orders.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const;
    Qt::SortOrder sortOrder() const;

    // The Value cell's text: one line (newlines shown as "⏎ "), cut after kMaxDisplayLength.
    static QString singleLineValue(const QString& value);

Q_SIGNALS:
    // Toggling "In export" failed; the row keeps its old state.
    void writeFailed(const QString& message);
    // A reload after a store signal (unlock, bulk import) failed; the model is empty.
    void loadFailed(const QString& message);

private:
    // A valid index of this model in range; views also ask about the root, which is no error.
    bool isValidIndex(const QModelIndex& index) const;
    // What sorting and filtering read about an item, kept apart from the Variable so that a scan
    // over 100,000 items touches little memory. The item's case-folded UTF-8 text lies in
    // m_foldedText at textOffset: name, a NUL, value, a NUL.
    struct Keys
    {
        qsizetype textOffset = 0;
        quint32 nameSize = 0;
        quint32 valueSize = 0;
        qint64 updatedMs = 0;
        bool damaged = false;
        bool includeInExport = false;
    };
    enum class SortField
    {
        Name,
        Value,
        InExport,
        Updated
    };
    struct SortEntry
    {
        quint64 high;
        quint64 low;
        int index;
    };

    void clearItems();
    // Fills the items from the store; call between beginResetModel() and endResetModel().
    bool load();
    void reload();
    // Appends the variable's folded text to m_foldedText (padding not included) and returns its keys.
    Keys appendText(const Variable& variable);
    // Stores `variable` in slot `index` (appended when index == size) with its keys and filter state.
    void setItem(size_t index, const Variable& variable);
    void compactFoldedText();
    std::string_view foldedName(int index) const;
    std::string_view foldedValue(int index) const;
    bool matchesFilter(int index) const;
    // A strict total order for the current sort column and order (ties end at the record id).
    bool precedes(int a, int b) const;
    int compareKeys(int a, int b) const;
    void sortOrderVector();
    // Sorts [first, last) by fields[0] from byte `depth` on, then each tied group by the next field.
    void sortEntries(SortEntry* first, SortEntry* last, const SortField* fields, int fieldCount, size_t depth) const;
    // Where item `index` is, or would go, in `sequence` (sorted by precedes()) once the entry at
    // `skip` (if any) is taken out; used while that entry is out of place.
    int lowerBound(const std::vector<int>& sequence, int index, int skip = -1) const;
    void insertItem(const Variable& variable);
    void replaceItem(int index, const Variable& variable);
    void removeItem(int index);

    void onVariableSaved(ProjectId project, const Variable& variable);
    void onVariableRemoved(ProjectId project, RecordId id);
    void onItemsReset(ProjectId project);
    void onLockedChanged(bool locked);
    void onProjectsChanged();

    QPointer<ProjectStore> m_store;
    ProjectId m_project = 0;
    Error m_lastError;
    bool m_hasError = false;
    // Store signals are applied only to a complete list: not while locked or after a failed load.
    bool m_loaded = false;
    QString m_filterText;
    // The filter, case-folded, in UTF-8 like m_foldedText.
    std::string m_foldedFilter;
    bool m_filterHasNul = false;
    int m_sortColumn = NameColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QVariant m_damagedRowFont;

    // Indexed by item: m_items, m_keys and m_matches (the item passes the current filter; items left
    // unscanned when the filter narrows keep 0). m_order and m_visible hold item indexes.
    std::vector<Variable> m_items;
    std::vector<Keys> m_keys;
    std::vector<quint8> m_matches;
    std::vector<int> m_order;
    std::vector<int> m_visible;
    QHash<RecordId, int> m_itemById;
    // Every item's folded text back to back, then zero padding that lets the substring search read
    // whole 16-byte blocks past an item's end. Replaced text stays until compactFoldedText().
    std::vector<char> m_foldedText;
    qsizetype m_staleTextSize = 0;
};
