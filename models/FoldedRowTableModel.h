#pragma once

#include "models/FoldedText.h"
#include "models/Ids.h"
#include "models/ItemAuthor.h"
#include "models/ItemListing.h"
#include "models/ProjectStore.h"
#include "models/Result.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QTimer>
#include <QVariant>

#include <algorithm>
#include <limits>
#include <memory>
#include <numeric>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// What a column of a FoldedRowTableModel sorts by.
enum class FoldedSortKey
{
    Name,
    // The item's second text (a variable's value, a secret's "updated by").
    Detail,
    Flag,
    Updated
};

// The engine that SecretsTableModel and VariablesTableModel share: the items of one project from a
// ProjectStore, filtered by a case-insensitive substring and sorted by a column, without a
// QSortFilterProxyModel. The Secrets and variables page must stay within 16 ms per filter keystroke
// with 100,000 items on a slow two-core machine and paint within 500 ms of unlocking, and the proxy
// re-sorts every accepted row on each filter change. Here every item is kept once in m_items;
// m_order holds the item indexes sorted by the current column (recomputed by sort() only);
// m_visible is the filtered subsequence of m_order that the rows show. Typing more characters
// rescans only the visible items, any other filter change rescans all of them once, and neither
// sorts. The scan reads one buffer of case-folded UTF-8 text (m_foldedText) with an SSE2 substring
// search, not the items' QStrings. Filter changes and loads reset the model, since a reset costs
// nothing per row while row-by-row removals would. Store signals for single items become row
// inserts, moves, updates and removals at the item's sorted position, so a selected row stays
// selected when it is renamed.
//
// A large project loads progressively (FoldedRowLoading.h): the first chunk of the store's
// ItemListing is opened before the reset ends, so the first screenful paints at once, and the rest
// arrive a chunk per turn of the event loop, each merged into the current sort order and filter
// under a layout change that keeps the selection. Store signals apply while it loads.
//
// `Model` (the derived class, which befriends this one) supplies, as static members: openListing()
// (the project's items from the store, a chunk at a time), searchName() (the name text filtering and sorting see),
// detailText(), flag(), sortKey(column) and kFilterDetail (whether the filter also searches the
// detail text), plus the NameColumn, UpdatedColumn and ColumnCount enumerators and a
// loadFailed(QString) and loadingProgress(int loaded, int total) signals. They are resolved at compile time, so the hot
// loops make no virtual calls. For data(), which answers alike for the roles of a whole row (Model::IdRole, NameRole,
// DamagedRole, UnusedRole) and for the Name and Updated columns, `Model` also supplies
// damagedToolTip(), extraRowRoleData(item, role) (its own roles of a whole row, or nullopt) and
// columnData(item, column, role) (its other columns), so each model keeps its own texts.
template<typename Model, typename Item>
class FoldedRowTableModel : public QAbstractTableModel
{
public:
    // Shows the items of `project` (0 = none). On a store error the model stays empty and
    // lastError() says why.
    void setProject(ProjectId project)
    {
        beginResetModel();
        m_project = project;
        clearItems();
        setLastError(Error {}, false);
        if (project != 0) {
            load();
        }
        endResetModel();
        emitLoadingProgress();
    }
    ProjectId project() const { return m_project; }
    // The error of the last load (or write) that failed; a successful load clears it.
    Error lastError() const { return m_lastError; }
    bool hasError() const { return m_hasError; }

    // Case-insensitive substring; empty shows every item.
    void setFilterText(const QString& text);
    QString filterText() const { return m_filterText; }

    // Every item of the project loaded so far, filtered out or not.
    int totalCount() const { return static_cast<int>(m_items.size()); }
    // While a large project loads: the records handed over so far and in all.
    bool isLoading() const { return m_listing != nullptr; }
    int loadedCount() const { return m_listing ? m_listing->done() : totalCount(); }
    int expectedCount() const { return m_listing ? m_listing->total() : totalCount(); }
    // How many records are opened before a load's reset ends and then per turn of the event loop; a
    // project of at most this many loads at once.
    void setLoadChunkSize(int size) { m_loadChunkSize = std::max(1, size); }
    // The visible row of an item, or -1 when it is filtered out or unknown.
    int rowOfId(RecordId id) const
    {
        const int index = m_itemById.value(id, -1);
        if (index < 0 || !m_matches[index]) {
            return -1;
        }
        const int row = lowerBound(m_visible, index);
        Q_ASSERT(row < rowCount() && m_visible[row] == index);
        return row;
    }
    // Every name of the project (not only the visible ones), for duplicate checks in dialogs.
    QStringList allNames() const
    {
        QStringList names;
        names.reserve(static_cast<qsizetype>(m_items.size()));
        for (const Item& item : m_items) {
            if (!item.damaged) {
                names.append(item.name);
            }
        }
        return names;
    }

    // QFont lives in Qt GUI, which models/ does not link: the page hands over the font for damaged
    // rows (an italic QFont with nothing else set) and FontRole returns it for them.
    void setDamagedRowFont(const QVariant& font)
    {
        m_damagedRowFont = font;
        if (rowCount() > 0) {
            Q_EMIT dataChanged(index(0, Model::NameColumn), index(rowCount() - 1, Model::NameColumn), {Qt::FontRole});
        }
    }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_visible.size());
    }
    int columnCount(const QModelIndex& parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : Model::ColumnCount;
    }
    // A column out of range sorts by name. Damaged records stay last in both orders.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // The names the bot's code does not read (from a scan of the project's source folder). Their
    // rows answer UnusedRole with true, and the name's tooltip and accessible description add
    // `note`, which says so (and whether the scan could be incomplete). An empty set clears it.
    void setUnusedNames(const QSet<QString>& names, const QString& note)
    {
        if (names == m_unusedNames && note == m_unusedNote) {
            return;
        }
        m_unusedNames = names;
        m_unusedNote = note;
        if (rowCount() > 0) {
            Q_EMIT dataChanged(index(0, Model::NameColumn), index(rowCount() - 1, Model::NameColumn),
                {Model::UnusedRole, Qt::ToolTipRole, Qt::AccessibleDescriptionRole});
        }
    }
    bool isUnused(const QString& name) const { return m_unusedNames.contains(name); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override
    {
        if (!isValidIndex(index)) {
            return {};
        }
        const Item& item = itemAtRow(index.row());
        if (std::optional<QVariant> value = rowRoleData(item, role)) {
            return *value;
        }
        switch (index.column()) {
        case Model::NameColumn:
            return nameColumnData(item, role);
        case Model::UpdatedColumn:
            return updatedColumnData(item, role);
        default:
            return Model::columnData(item, index.column(), role);
        }
    }

protected:
    FoldedRowTableModel(ProjectStore* store, QObject* parent) : QAbstractTableModel(parent), m_store(store)
    {
        Q_ASSERT(store);
        m_loadTimer.setSingleShot(true);
        m_loadTimer.setInterval(0);
        connect(&m_loadTimer, &QTimer::timeout, this, [this] { loadNextChunk(); });
        connect(store, &ProjectStore::itemsReset, this, &FoldedRowTableModel::onItemsReset);
        connect(store, &ProjectStore::lockedChanged, this, &FoldedRowTableModel::onLockedChanged);
        connect(store, &ProjectStore::projectsChanged, this, &FoldedRowTableModel::onProjectsChanged);
        m_foldedText.assign(FoldedText::kPadding, '\0');
    }

    // A valid index of this model in range; views also ask about the root, which is no error.
    bool isValidIndex(const QModelIndex& index) const
    {
        return index.isValid() && checkIndex(index, CheckIndexOption::ParentIsInvalid);
    }
    const Item& itemAtRow(int row) const { return m_items[m_visible[row]]; }
    // Every item loaded so far, filtered out or not, in no particular order.
    const std::vector<Item>& loadedItems() const { return m_items; }
    ProjectStore* store() const { return m_store; }
    const QVariant& damagedRowFont() const { return m_damagedRowFont; }
    void setLastError(const Error& error, bool failed)
    {
        m_lastError = error;
        m_hasError = failed;
    }

    // The store's signals for a single item of `project`.
    void onItemSaved(ProjectId project, const Item& item)
    {
        if (project != m_project || !m_loaded) {
            return;
        }
        const int index = m_itemById.value(item.id, -1);
        if (index < 0) {
            insertItem(item);
        } else {
            replaceItem(index, item);
        }
    }
    void onItemRemoved(ProjectId project, RecordId id)
    {
        if (project != m_project || !m_loaded) {
            return;
        }
        const int index = m_itemById.value(id, -1);
        if (index >= 0) {
            removeItem(index);
        }
        if (m_listing) {
            // The listing still holds the record as it was when the load began.
            m_removedWhileLoading.insert(id);
        }
    }

private:
    std::optional<QVariant> rowRoleData(const Item& item, int role) const
    {
        switch (role) {
        case Model::IdRole:
            return QVariant(item.id);
        case Model::NameRole:
            return item.damaged ? QString() : item.name;
        case Model::DamagedRole:
            return item.damaged;
        case Model::UnusedRole:
            return !item.damaged && m_unusedNames.contains(item.name);
        default:
            return Model::extraRowRoleData(item, role);
        }
    }
    QVariant nameColumnData(const Item& item, int role) const
    {
        const bool unused = !item.damaged && m_unusedNames.contains(item.name);
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
        case Qt::AccessibleTextRole:
            return Model::searchName(item);
        case Qt::ToolTipRole:
            if (item.damaged) {
                return Model::damagedToolTip();
            }
            return unused ? item.name + u'\n' + m_unusedNote : item.name;
        case Qt::AccessibleDescriptionRole:
            return unused ? m_unusedNote : QString();
        case Qt::FontRole:
            return item.damaged ? m_damagedRowFont : QVariant();
        case Model::SortRole:
            return item.damaged ? QString() : item.name;
        default:
            return {};
        }
    }
    static QVariant updatedColumnData(const Item& item, int role)
    {
        if (item.damaged || !item.updated.isValid()) {
            return {};
        }
        const QDateTime local = item.updated.toLocalTime();
        switch (role) {
        case Qt::DisplayRole:
            return QLocale().toString(local, QLocale::ShortFormat);
        case Qt::ToolTipRole:
        case Qt::AccessibleTextRole:
            // A value taken from the platform says whose it is, also on the Variables tab, which has
            // no Updated by column.
            if (!ItemAuthor::isFromPlatform(item.updatedBy)) {
                return QLocale().toString(local, QLocale::LongFormat);
            }
            return QCoreApplication::translate("FoldedRowTableModel", "%1, by %2")
                .arg(QLocale().toString(local, QLocale::LongFormat), ItemAuthor::displayText(item.updatedBy));
        case Model::SortRole:
            return local;
        default:
            return {};
        }
    }

    // What sorting and filtering read about an item, kept apart from the Item so that a scan over
    // 100,000 items touches little memory. The item's case-folded UTF-8 text lies in m_foldedText at
    // textOffset: name, a NUL, detail, a NUL.
    struct Keys
    {
        qsizetype textOffset = 0;
        quint32 nameSize = 0;
        quint32 detailSize = 0;
        qint64 updatedMs = 0;
        bool damaged = false;
        bool flag = false;
    };
    struct SortEntry
    {
        quint64 high;
        quint64 low;
        int index;
    };

    void clearItems();
    // Opens the store's listing and its first chunk; call between beginResetModel() and
    // endResetModel(). The rest follows from loadNextChunk().
    bool load();
    void reload();
    void loadNextChunk();
    void finishLoading();
    void emitLoadingProgress();
    // Adds the items of a chunk that no store signal has superseded, in sorted position; with
    // `notify`, under a layout change that moves the persistent indexes along.
    void appendChunk(const QList<Item>& chunk, bool notify);
    void mergeIntoOrder(std::vector<int> added);
    // Appends the item's folded text to m_foldedText (padding not included) and returns its keys.
    Keys appendText(const Item& item);
    // Stores `item` in slot `index` (appended when index == size) with its keys and filter state.
    void setItem(size_t index, const Item& item);
    void compactFoldedText();
    std::string_view foldedName(int index) const
    {
        const Keys& keys = m_keys[index];
        return std::string_view(m_foldedText.data() + keys.textOffset, static_cast<size_t>(keys.nameSize));
    }
    std::string_view foldedDetail(int index) const
    {
        const Keys& keys = m_keys[index];
        return std::string_view(
            m_foldedText.data() + keys.textOffset + keys.nameSize + 1, static_cast<size_t>(keys.detailSize));
    }
    bool matchesFilter(int index) const;
    // A strict total order for the current sort column and order (ties end at the record id).
    bool precedes(int a, int b) const;
    int compareKeys(int a, int b) const;
    void sortOrderVector();
    // `indexes` in the order of precedes().
    void sortIndexes(std::vector<int>& indexes) const;
    // Sorts [first, last) by fields[0] from byte `depth` on, then each tied group by the next field.
    void sortEntries(
        SortEntry* first, SortEntry* last, const FoldedSortKey* fields, int fieldCount, size_t depth) const;
    // Where item `index` is, or would go, in `sequence` (sorted by precedes()) once the entry at
    // `skip` (if any) is taken out; used while that entry is out of place.
    int lowerBound(const std::vector<int>& sequence, int index, int skip = -1) const;
    void insertItem(const Item& item);
    void replaceItem(int index, const Item& item);
    void removeItem(int index);
    void compactIfStale()
    {
        if (m_staleTextSize > static_cast<qsizetype>(m_foldedText.size()) / 2) {
            compactFoldedText();
        }
    }

    void onItemsReset(ProjectId project)
    {
        if (project == m_project && project != 0) {
            reload();
        }
    }
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
    int m_sortColumn = Model::NameColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QVariant m_damagedRowFont;
    QSet<QString> m_unusedNames;
    QString m_unusedNote;
    // Set while a load is in progress.
    std::unique_ptr<ItemListing<Item>> m_listing;
    QTimer m_loadTimer;
    int m_loadChunkSize = 4096;
    QSet<RecordId> m_removedWhileLoading;

    // Indexed by item: m_items, m_keys and m_matches (the item passes the current filter; items left
    // unscanned when the filter narrows keep 0). m_order and m_visible hold item indexes.
    std::vector<Item> m_items;
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

template<typename Model, typename Item>
void FoldedRowTableModel<Model, Item>::setFilterText(const QString& text)
{
    if (text == m_filterText) {
        return;
    }
    std::string folded = FoldedText::folded(text);
    if (folded == m_foldedFilter) {
        // Only the case changed: the same rows match.
        m_filterText = text;
        return;
    }
    // A row that contains the longer text contains the shorter one too, so typing more can only
    // hide visible rows: scanning those is enough. Items are scanned in storage order, which walks
    // m_keys and m_foldedText front to back.
    const bool narrowing = folded.find(m_foldedFilter) != std::string::npos;
    beginResetModel();
    m_filterText = text;
    m_foldedFilter = std::move(folded);
    m_filterHasNul = m_foldedFilter.find('\0') != std::string::npos;
    for (size_t index = 0; index < m_items.size(); ++index) {
        if (!narrowing || m_matches[index]) {
            m_matches[index] = matchesFilter(static_cast<int>(index));
        }
    }
    std::vector<int> visible;
    const std::vector<int>& candidates = narrowing ? m_visible : m_order;
    visible.reserve(candidates.size());
    for (const int index : candidates) {
        if (m_matches[index]) {
            visible.push_back(index);
        }
    }
    m_visible = std::move(visible);
    endResetModel();
}

template<typename Model, typename Item>
void FoldedRowTableModel<Model, Item>::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= Model::ColumnCount) {
        column = Model::NameColumn;
    }
    if (column == m_sortColumn && order == m_sortOrder) {
        return;
    }
    // Selection models turn their selection into persistent indexes on layoutAboutToBeChanged, so
    // the list is taken after it.
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    std::vector<int> persistentItems;
    persistentItems.reserve(static_cast<size_t>(persistent.size()));
    for (const QModelIndex& index : persistent) {
        persistentItems.push_back(m_visible[index.row()]);
    }

    m_sortColumn = column;
    m_sortOrder = order;
    sortOrderVector();
    m_visible.clear();
    for (const int index : m_order) {
        if (m_matches[index]) {
            m_visible.push_back(index);
        }
    }

    if (!persistent.isEmpty()) {
        std::vector<int> rowOfItem(m_items.size(), -1);
        for (size_t row = 0; row < m_visible.size(); ++row) {
            rowOfItem[static_cast<size_t>(m_visible[row])] = static_cast<int>(row);
        }
        QModelIndexList moved;
        moved.reserve(persistent.size());
        for (qsizetype i = 0; i < persistent.size(); ++i) {
            const int item = persistentItems[i];
            moved.append(index(rowOfItem[item], persistent[i].column()));
        }
        changePersistentIndexList(persistent, moved);
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

template<typename Model, typename Item>
auto FoldedRowTableModel<Model, Item>::appendText(const Item& item) -> Keys
{
    Keys keys;
    keys.damaged = item.damaged;
    keys.flag = Model::flag(item);
    keys.updatedMs = item.updated.isValid() ? item.updated.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    keys.textOffset = static_cast<qsizetype>(m_foldedText.size());
    FoldedText::append(m_foldedText, Model::searchName(item));
    keys.nameSize = static_cast<quint32>(static_cast<qsizetype>(m_foldedText.size()) - keys.textOffset);
    m_foldedText.push_back('\0');
    FoldedText::append(m_foldedText, Model::detailText(item));
    keys.detailSize
        = static_cast<quint32>(static_cast<qsizetype>(m_foldedText.size()) - keys.textOffset) - keys.nameSize - 1;
    m_foldedText.push_back('\0');
    return keys;
}

template<typename Model, typename Item>
void FoldedRowTableModel<Model, Item>::setItem(size_t index, const Item& item)
{
    // The new text goes at the end, before the padding; a replaced item's old text becomes stale.
    m_foldedText.resize(m_foldedText.size() - FoldedText::kPadding);
    const Keys keys = appendText(item);
    m_foldedText.resize(m_foldedText.size() + FoldedText::kPadding, '\0');
    if (index == m_items.size()) {
        m_itemById.insert(item.id, static_cast<int>(index));
        m_items.push_back(item);
        m_keys.push_back(keys);
        m_matches.push_back(0);
    } else {
        const Keys& old = m_keys[index];
        m_staleTextSize += static_cast<qsizetype>(old.nameSize + old.detailSize) + 2;
        m_items[index] = item;
        m_keys[index] = keys;
    }
    m_matches[index] = matchesFilter(static_cast<int>(index)) ? 1 : 0;
}

template<typename Model, typename Item>
void FoldedRowTableModel<Model, Item>::compactFoldedText()
{
    std::vector<char> text;
    text.reserve(m_foldedText.size() - static_cast<size_t>(m_staleTextSize));
    for (Keys& keys : m_keys) {
        const auto begin = m_foldedText.cbegin() + keys.textOffset;
        keys.textOffset = static_cast<qsizetype>(text.size());
        text.insert(text.end(), begin, begin + keys.nameSize + keys.detailSize + 2);
    }
    text.resize(text.size() + FoldedText::kPadding, '\0');
    m_foldedText = std::move(text);
    m_staleTextSize = 0;
}

template<typename Model, typename Item>
bool FoldedRowTableModel<Model, Item>::matchesFilter(int index) const
{
    const Keys& keys = m_keys[index];
    const char* text = m_foldedText.data() + keys.textOffset;
    if constexpr (!Model::kFilterDetail) {
        return FoldedText::contains(text, keys.nameSize, m_foldedFilter);
    } else {
        if (m_foldedFilter.empty()) {
            return true;
        }
        if (!m_filterHasNul) {
            // One pass over "name NUL detail": the NUL keeps a match from spanning both.
            return FoldedText::contains(text, keys.nameSize + 1 + keys.detailSize, m_foldedFilter);
        }
        return FoldedText::contains(text, keys.nameSize, m_foldedFilter)
            || FoldedText::contains(text + keys.nameSize + 1, keys.detailSize, m_foldedFilter);
    }
}

template<typename Model, typename Item>
bool FoldedRowTableModel<Model, Item>::precedes(int a, int b) const
{
    const Keys& x = m_keys[a];
    const Keys& y = m_keys[b];
    if (x.damaged != y.damaged) {
        return y.damaged;
    }
    if (x.damaged) {
        return m_items[a].id < m_items[b].id;
    }
    const int order = compareKeys(a, b);
    return m_sortOrder == Qt::AscendingOrder ? order < 0 : order > 0;
}

template<typename Model, typename Item>
int FoldedRowTableModel<Model, Item>::compareKeys(int a, int b) const
{
    const Keys& x = m_keys[a];
    const Keys& y = m_keys[b];
    int order = 0;
    switch (Model::sortKey(m_sortColumn)) {
    case FoldedSortKey::Detail:
        order = foldedDetail(a).compare(foldedDetail(b));
        break;
    case FoldedSortKey::Flag:
        order = FoldedText::threeWay(x.flag, y.flag);
        break;
    case FoldedSortKey::Updated:
        order = FoldedText::threeWay(x.updatedMs, y.updatedMs);
        break;
    case FoldedSortKey::Name:
        break;
    }
    if (order == 0) {
        order = foldedName(a).compare(foldedName(b));
    }
    const Item& first = m_items[a];
    const Item& second = m_items[b];
    if (order == 0) {
        // Names that differ only by case may coexist.
        order = first.name.compare(second.name);
    }
    if (order == 0) {
        order = FoldedText::threeWay(first.id, second.id);
    }
    return order;
}

template<typename Model, typename Item>
void FoldedRowTableModel<Model, Item>::sortOrderVector()
{
    sortIndexes(m_order);
}

template<typename Model, typename Item>
void FoldedRowTableModel<Model, Item>::sortIndexes(std::vector<int>& indexes) const
{
    // Comparing texts directly, 100,000 items take hundreds of milliseconds to sort, mostly in
    // cache misses. So the items are sorted by integer keys, one column after another: a text
    // column 16 bytes at a time (items whose first 16 bytes tie are sorted again by the next 16),
    // then the name for ties, and precedes() only for what is still tied or for small groups. The
    // result is exactly the order of precedes(), which the row updates rely on.
    std::vector<SortEntry> entries;
    entries.reserve(indexes.size());
    std::vector<int> damaged;
    for (const int index : indexes) {
        if (m_keys[index].damaged) {
            damaged.push_back(index);
        } else {
            entries.push_back(SortEntry {0, 0, index});
        }
    }
    const FoldedSortKey key = Model::sortKey(m_sortColumn);
    const FoldedSortKey fields[2] = {key, FoldedSortKey::Name};
    const int fieldCount = key == FoldedSortKey::Name ? 1 : 2;
    sortEntries(entries.data(), entries.data() + entries.size(), fields, fieldCount, 0);
    std::sort(damaged.begin(), damaged.end(), [this](int a, int b) { return precedes(a, b); });
    indexes.clear();
    for (const SortEntry& entry : entries) {
        indexes.push_back(entry.index);
    }
    indexes.insert(indexes.end(), damaged.cbegin(), damaged.cend());
}

template<typename Model, typename Item>
void FoldedRowTableModel<Model, Item>::sortEntries(
    SortEntry* first, SortEntry* last, const FoldedSortKey* fields, int fieldCount, size_t depth) const
{
    // Below this size, or this deep into equal texts, precedes() sorts faster than more rounds.
    constexpr std::ptrdiff_t kSmallGroup = 16;
    constexpr size_t kMaxDepth = 256;
    const auto byPrecedes = [this](const SortEntry& a, const SortEntry& b) { return precedes(a.index, b.index); };
    if (last - first < 2) {
        return;
    }
    if (fieldCount == 0 || last - first <= kSmallGroup || depth >= kMaxDepth) {
        std::sort(first, last, byPrecedes);
        return;
    }
    const FoldedSortKey field = fields[0];
    const bool isText = field == FoldedSortKey::Name || field == FoldedSortKey::Detail;
    for (SortEntry* entry = first; entry != last; ++entry) {
        const Keys& keys = m_keys[entry->index];
        switch (field) {
        case FoldedSortKey::Name:
        case FoldedSortKey::Detail: {
            const std::string_view text
                = field == FoldedSortKey::Name ? foldedName(entry->index) : foldedDetail(entry->index);
            entry->high = FoldedText::prefixKey(text, depth);
            entry->low = FoldedText::prefixKey(text, depth + 8);
            break;
        }
        case FoldedSortKey::Flag:
            entry->high = keys.flag ? 1 : 0;
            entry->low = 0;
            break;
        case FoldedSortKey::Updated:
            // Flipping the sign bit makes the unsigned order the signed one.
            entry->high = static_cast<quint64>(keys.updatedMs) ^ (quint64(1) << 63);
            entry->low = 0;
            break;
        }
    }
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    std::sort(first, last, [ascending](const SortEntry& a, const SortEntry& b) {
        if (a.high != b.high) {
            return ascending == (a.high < b.high);
        }
        return a.low != b.low && ascending == (a.low < b.low);
    });
    for (SortEntry* group = first; group != last;) {
        SortEntry* end = group + 1;
        while (end != last && end->high == group->high && end->low == group->low) {
            ++end;
        }
        if (end - group > 1) {
            if (!isText) {
                sortEntries(group, end, fields + 1, fieldCount - 1, 0);
            } else {
                // The group's texts agree on their first depth + 16 bytes (zero-padded).
                bool continues = false;
                bool sameSize = true;
                const size_t size
                    = field == FoldedSortKey::Name ? m_keys[group->index].nameSize : m_keys[group->index].detailSize;
                for (const SortEntry* entry = group; entry != end; ++entry) {
                    const Keys& keys = m_keys[entry->index];
                    const size_t entrySize = field == FoldedSortKey::Name ? keys.nameSize : keys.detailSize;
                    continues = continues || entrySize > depth + 16;
                    sameSize = sameSize && entrySize == size;
                }
                if (continues) {
                    sortEntries(group, end, fields, fieldCount, depth + 16);
                } else if (sameSize) {
                    sortEntries(group, end, fields + 1, fieldCount - 1, 0);
                } else {
                    // Equal but for trailing NULs: only precedes() tells them apart.
                    std::sort(group, end, byPrecedes);
                }
            }
        }
        group = end;
    }
}

template<typename Model, typename Item>
int FoldedRowTableModel<Model, Item>::lowerBound(const std::vector<int>& sequence, int index, int skip) const
{
    const auto before = [this, index](int other) { return precedes(other, index); };
    if (skip < 0) {
        return static_cast<int>(std::partition_point(sequence.cbegin(), sequence.cend(), before) - sequence.cbegin());
    }
    // Without the entry at `skip` the sequence is sorted: search the part before it, then after it.
    const auto skipped = sequence.cbegin() + skip;
    const auto head = std::partition_point(sequence.cbegin(), skipped, before);
    if (head != skipped) {
        return static_cast<int>(head - sequence.cbegin());
    }
    const auto tail = std::partition_point(skipped + 1, sequence.cend(), before);
    return static_cast<int>(tail - sequence.cbegin()) - 1;
}

template<typename Model, typename Item>
void FoldedRowTableModel<Model, Item>::insertItem(const Item& item)
{
    const auto index = static_cast<int>(m_items.size());
    setItem(m_items.size(), item);
    m_order.insert(m_order.begin() + lowerBound(m_order, index), index);
    if (m_matches.back()) {
        const int row = lowerBound(m_visible, index);
        beginInsertRows(QModelIndex(), row, row);
        m_visible.insert(m_visible.begin() + row, index);
        endInsertRows();
    }
}

template<typename Model, typename Item>
void FoldedRowTableModel<Model, Item>::replaceItem(int index, const Item& item)
{
    const auto slot = static_cast<size_t>(index);
    const bool wasVisible = m_matches[slot] != 0;
    // Positions are found while the item still has its old keys. Its m_order entry is taken out
    // first; its m_visible entry stays (out of place) until the row signals below.
    const int from = wasVisible ? lowerBound(m_visible, index) : -1;
    m_order.erase(m_order.begin() + lowerBound(m_order, index));
    setItem(slot, item);
    m_order.insert(m_order.begin() + lowerBound(m_order, index), index);
    const bool isVisible = m_matches[slot] != 0;

    if (wasVisible && isVisible) {
        const int row = lowerBound(m_visible, index, from);
        if (row != from) {
            // A move, not a removal and an insertion, keeps a renamed row selected and current.
            beginMoveRows(QModelIndex(), from, from, QModelIndex(), row > from ? row + 1 : row);
            m_visible.erase(m_visible.begin() + from);
            m_visible.insert(m_visible.begin() + row, index);
            endMoveRows();
        }
        Q_EMIT dataChanged(this->index(row, 0), this->index(row, Model::ColumnCount - 1));
    } else if (wasVisible) {
        beginRemoveRows(QModelIndex(), from, from);
        m_visible.erase(m_visible.begin() + from);
        endRemoveRows();
    } else if (isVisible) {
        const int row = lowerBound(m_visible, index);
        beginInsertRows(QModelIndex(), row, row);
        m_visible.insert(m_visible.begin() + row, index);
        endInsertRows();
    }
    compactIfStale();
}

template<typename Model, typename Item>
void FoldedRowTableModel<Model, Item>::removeItem(int index)
{
    const auto slot = static_cast<size_t>(index);
    if (m_matches[slot]) {
        const int row = lowerBound(m_visible, index);
        beginRemoveRows(QModelIndex(), row, row);
        m_visible.erase(m_visible.begin() + row);
        endRemoveRows();
    }
    m_order.erase(m_order.begin() + lowerBound(m_order, index));
    m_itemById.remove(m_items[slot].id);
    m_staleTextSize += static_cast<qsizetype>(m_keys[slot].nameSize + m_keys[slot].detailSize) + 2;

    // The last item moves into the freed slot, so no other index changes; its entries in m_order
    // and m_visible are found by its (unchanged) keys and repointed.
    const auto last = static_cast<int>(m_items.size()) - 1;
    if (index != last) {
        m_order[static_cast<size_t>(lowerBound(m_order, last))] = index;
        if (m_matches.back()) {
            m_visible[static_cast<size_t>(lowerBound(m_visible, last))] = index;
        }
        m_items[slot] = std::move(m_items.back());
        m_keys[slot] = m_keys.back();
        m_matches[slot] = m_matches.back();
        m_itemById.insert(m_items[slot].id, index);
    }
    m_items.pop_back();
    m_keys.pop_back();
    m_matches.pop_back();
    compactIfStale();
}

template<typename Model, typename Item>
void FoldedRowTableModel<Model, Item>::onProjectsChanged()
{
    if (m_project == 0 || !m_store || !m_store->isUnlocked()) {
        return;
    }
    auto projects = m_store->projects();
    if (!projects) {
        return;
    }
    const bool exists = std::any_of(
        projects->cbegin(), projects->cend(), [this](const Project& project) { return project.id == m_project; });
    if (!exists) {
        setProject(0);
    }
}

#include "models/FoldedRowLoading.h"
