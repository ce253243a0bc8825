#pragma once

#include "models/Ids.h"
#include "models/ProjectStore.h"
#include "models/Result.h"
#include "models/Secret.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <string>
#include <string_view>
#include <vector>

// The secrets of one project as the Secrets tab shows them: name, a fixed mask for the value, when
// and by whom each was last changed. The model never holds a secret value (the store hands out
// summaries only), so no role of any column can leak one.
//
// The model filters and sorts by itself instead of sitting behind a QSortFilterProxyModel, for the
// same reason as VariablesTableModel (whose design it shares): the Secrets and variables page must
// stay within 16 ms per filter keystroke with 10,000 secrets and 100,000 variables on a slow
// two-core machine, and the proxy re-sorts every accepted row on each filter change. Every secret is
// kept once in m_items; m_order holds the item indexes sorted by the current column (recomputed by
// sort() only); m_visible is the filtered subsequence of m_order that the rows show. Typing more
// characters rescans only the visible items, any other filter change rescans all of them once, and
// neither sorts; the scan reads one buffer of case-folded UTF-8 names (m_foldedText). Filter changes
// and loads reset the model; store signals for single items become row inserts, moves, updates and
// removals at the item's sorted position.
class SecretsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        ValueColumn,
        UpdatedColumn,
        UpdatedByColumn,
        ColumnCount
    };

    enum Roles
    {
        IdRole = Qt::UserRole + 1,
        NameRole,
        DamagedRole,
        SortRole
    };

    explicit SecretsTableModel(ProjectStore* store, QObject* parent = nullptr);
    ~SecretsTableModel() override;

    // Shows the secrets of `project` (0 = none). On a store error the model stays empty and
    // lastError() says why.
    void setProject(ProjectId project);
    ProjectId project() const;
    // The error of the last load that failed; a successful load clears it.
    Error lastError() const;
    bool hasError() const;

    // Case-insensitive substring of the name; empty shows every secret.
    void setFilterText(const QString& text);
    QString filterText() const;

    // Every secret of the project, filtered out or not.
    int totalCount() const;
    // The secret of a visible row; a default SecretSummary (id 0) for a row out of range.
    SecretSummary secretAt(int row) const;
    // The visible row of a secret, or -1 when it is filtered out or unknown.
    int rowOfId(RecordId id) const;
    // Every name of the project (not only the visible ones), for duplicate checks in dialogs.
    QStringList allNames() const;

    // What the Value column shows for every secret: the same length whatever the value, so not even
    // its size shows.
    static QString valueMask();

    // QFont lives in Qt GUI, which models/ does not link: the page hands over the font for damaged
    // rows (an italic QFont with nothing else set) and FontRole returns it for them.
    void setDamagedRowFont(const QVariant& font);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // A column out of range sorts by name. Damaged records stay last in both orders.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const;
    Qt::SortOrder sortOrder() const;

Q_SIGNALS:
    // A reload after a store signal (unlock, bulk import) failed; the model is empty.
    void loadFailed(const QString& message);

private:
    // A valid index of this model in range; views also ask about the root, which is no error.
    bool isValidIndex(const QModelIndex& index) const;
    // What sorting and filtering read about an item, kept apart from the SecretSummary so that a
    // scan over many items touches little memory. The item's case-folded UTF-8 text lies in
    // m_foldedText at textOffset: name, a NUL, "updated by", a NUL.
    struct Keys
    {
        qsizetype textOffset = 0;
        quint32 nameSize = 0;
        quint32 updatedBySize = 0;
        qint64 updatedMs = 0;
        bool damaged = false;
    };
    enum class SortField
    {
        Name,
        UpdatedBy,
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
    // Appends the secret's folded text to m_foldedText (padding not included) and returns its keys.
    Keys appendText(const SecretSummary& secret);
    // Stores `secret` in slot `index` (appended when index == size) with its keys and filter state.
    void setItem(size_t index, const SecretSummary& secret);
    void compactFoldedText();
    std::string_view foldedName(int index) const;
    std::string_view foldedUpdatedBy(int index) const;
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
    void insertItem(const SecretSummary& secret);
    void replaceItem(int index, const SecretSummary& secret);
    void removeItem(int index);

    void onSecretSaved(ProjectId project, const SecretSummary& secret);
    void onSecretRemoved(ProjectId project, RecordId id);
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
    int m_sortColumn = NameColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QVariant m_damagedRowFont;

    // Indexed by item: m_items, m_keys and m_matches (the item passes the current filter; items left
    // unscanned when the filter narrows keep 0). m_order and m_visible hold item indexes.
    std::vector<SecretSummary> m_items;
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
