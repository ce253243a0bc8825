#include "models/SecretsTableModel.h"

#include <QLocale>
#include <QStringView>

#include <algorithm>
#include <cstring>
#include <limits>
#include <numeric>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace {

// Eight bullets whatever the value: the mask must not reveal a secret's length.
constexpr int kMaskLength = 8;
constexpr char16_t kMaskCharacter = 0x2022;

// m_foldedText ends with this many zero bytes: the substring search reads 16-byte blocks that may
// run up to 15 bytes past the end of the last item's text.
constexpr size_t kTextPadding = 16;

template<typename T>
int threeWay(const T& a, const T& b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

// Appends `text` case-folded and in UTF-8. Names and most values are ASCII, which is folded here
// without allocating; the rest goes through QString::toCaseFolded(). The filter text is folded the
// same way, so a byte-wise substring match is a case-insensitive one, and UTF-8 being
// self-synchronising, a match always starts and ends on whole characters.
void appendFolded(std::vector<char>& out, QStringView text)
{
    const size_t start = out.size();
    out.resize(start + static_cast<size_t>(text.size()));
    char* ascii = out.data() + start;
    qsizetype i = 0;
    for (; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x80) {
            break;
        }
        ascii[i] = static_cast<char>(c >= u'A' && c <= u'Z' ? c + (u'a' - u'A') : c);
    }
    if (i < text.size()) {
        out.resize(start + static_cast<size_t>(i));
        const QByteArray rest = text.mid(i).toString().toCaseFolded().toUtf8();
        out.insert(out.end(), rest.cbegin(), rest.cend());
    }
}

std::string foldedUtf8(const QString& text)
{
    std::vector<char> folded;
    appendFolded(folded, text);
    return std::string(folded.data(), folded.size());
}

// Whether haystack[0, size) contains `needle`. The haystack must be followed by at least 15
// readable bytes (kTextPadding). With SSE2 (every x86-64) it tests 16 positions at once for the
// needle's first and last byte and compares the rest only there: a full scan of 100,000 names and
// values takes a few milliseconds, where QString::contains() took tens.
bool containsFolded(const char* haystack, size_t size, std::string_view needle)
{
    const size_t length = needle.size();
    if (length == 0) {
        return true;
    }
    if (length > size) {
        return false;
    }
    if (length == 1) {
        return std::memchr(haystack, needle[0], size) != nullptr;
    }
#if defined(__SSE2__)
    const __m128i first = _mm_set1_epi8(needle[0]);
    const __m128i last = _mm_set1_epi8(needle[length - 1]);
    const size_t positions = size - length + 1;
    for (size_t i = 0; i < positions; i += 16) {
        const __m128i blockFirst = _mm_loadu_si128(reinterpret_cast<const __m128i*>(haystack + i));
        const __m128i blockLast = _mm_loadu_si128(reinterpret_cast<const __m128i*>(haystack + i + length - 1));
        auto candidates = static_cast<unsigned>(
            _mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(blockFirst, first), _mm_cmpeq_epi8(blockLast, last))));
        if (positions - i < 16) {
            // Positions past the end of this haystack read the padding or the next item.
            candidates &= (1u << (positions - i)) - 1;
        }
        while (candidates != 0) {
            const auto offset = static_cast<size_t>(__builtin_ctz(candidates));
            if (length == 2 || std::memcmp(haystack + i + offset + 1, needle.data() + 1, length - 2) == 0) {
                return true;
            }
            candidates &= candidates - 1;
        }
    }
    return false;
#else
    return std::string_view(haystack, size).find(needle) != std::string_view::npos;
#endif
}

// Up to eight bytes of `text` from `from`, big-endian and zero-padded, so that comparing two of
// them as integers orders like comparing the bytes (a shorter text first).
quint64 prefixKey(std::string_view text, size_t from)
{
    quint64 key = 0;
    for (size_t i = 0; i < 8; ++i) {
        const size_t at = from + i;
        key = (key << 8) | (at < text.size() ? static_cast<unsigned char>(text[at]) : 0u);
    }
    return key;
}

} // namespace

SecretsTableModel::SecretsTableModel(ProjectStore* store, QObject* parent) : QAbstractTableModel(parent), m_store(store)
{
    Q_ASSERT(store);
    connect(store, &ProjectStore::secretSaved, this, &SecretsTableModel::onSecretSaved);
    connect(store, &ProjectStore::secretRemoved, this, &SecretsTableModel::onSecretRemoved);
    connect(store, &ProjectStore::itemsReset, this, &SecretsTableModel::onItemsReset);
    connect(store, &ProjectStore::lockedChanged, this, &SecretsTableModel::onLockedChanged);
    connect(store, &ProjectStore::projectsChanged, this, &SecretsTableModel::onProjectsChanged);
    m_foldedText.assign(kTextPadding, '\0');
}

SecretsTableModel::~SecretsTableModel() = default;

void SecretsTableModel::setProject(ProjectId project)
{
    beginResetModel();
    m_project = project;
    clearItems();
    m_hasError = false;
    m_lastError = Error {};
    if (project != 0) {
        load();
    }
    endResetModel();
}

ProjectId SecretsTableModel::project() const
{
    return m_project;
}

Error SecretsTableModel::lastError() const
{
    return m_lastError;
}

bool SecretsTableModel::hasError() const
{
    return m_hasError;
}

void SecretsTableModel::setFilterText(const QString& text)
{
    if (text == m_filterText) {
        return;
    }
    std::string folded = foldedUtf8(text);
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

QString SecretsTableModel::filterText() const
{
    return m_filterText;
}

int SecretsTableModel::totalCount() const
{
    return static_cast<int>(m_items.size());
}

SecretSummary SecretsTableModel::secretAt(int row) const
{
    if (row < 0 || row >= rowCount()) {
        return SecretSummary {};
    }
    return m_items[m_visible[row]];
}

int SecretsTableModel::rowOfId(RecordId id) const
{
    const int index = m_itemById.value(id, -1);
    if (index < 0 || !m_matches[index]) {
        return -1;
    }
    const int row = lowerBound(m_visible, index);
    Q_ASSERT(row < rowCount() && m_visible[row] == index);
    return row;
}

QStringList SecretsTableModel::allNames() const
{
    QStringList names;
    names.reserve(static_cast<qsizetype>(m_items.size()));
    for (const SecretSummary& secret : m_items) {
        if (!secret.damaged) {
            names.append(secret.name);
        }
    }
    return names;
}

QString SecretsTableModel::valueMask()
{
    return QString(kMaskLength, QChar(kMaskCharacter));
}

void SecretsTableModel::setDamagedRowFont(const QVariant& font)
{
    m_damagedRowFont = font;
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, NameColumn), index(rowCount() - 1, NameColumn), {Qt::FontRole});
    }
}

bool SecretsTableModel::isValidIndex(const QModelIndex& index) const
{
    return index.isValid() && checkIndex(index, CheckIndexOption::ParentIsInvalid);
}

int SecretsTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_visible.size());
}

int SecretsTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SecretsTableModel::data(const QModelIndex& index, int role) const
{
    if (!isValidIndex(index)) {
        return {};
    }
    const SecretSummary& secret = m_items[m_visible[index.row()]];
    switch (role) {
    case IdRole:
        return secret.id;
    case NameRole:
        return secret.damaged ? QString() : secret.name;
    case DamagedRole:
        return secret.damaged;
    default:
        break;
    }

    switch (index.column()) {
    case NameColumn:
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
        case Qt::AccessibleTextRole:
            return secret.damaged ? tr("(damaged record #%1)").arg(secret.id) : secret.name;
        case Qt::ToolTipRole:
            return secret.damaged ? tr("This record is damaged or was tampered with, so it cannot be opened. The "
                                       "other secrets are not affected.")
                                  : secret.name;
        case Qt::FontRole:
            return secret.damaged ? m_damagedRowFont : QVariant();
        case SortRole:
            return secret.damaged ? QString() : secret.name;
        default:
            return {};
        }
    case ValueColumn:
        // Every textual role gets the mask, so no delegate, tooltip or screen reader can be handed
        // anything else; the model has no value to give anyway.
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
        case Qt::ToolTipRole:
        case Qt::StatusTipRole:
        case Qt::WhatsThisRole:
        case Qt::AccessibleTextRole:
        case Qt::AccessibleDescriptionRole:
        case SortRole:
            return valueMask();
        default:
            return {};
        }
    case UpdatedColumn: {
        if (secret.damaged || !secret.updated.isValid()) {
            return {};
        }
        const QDateTime local = secret.updated.toLocalTime();
        switch (role) {
        case Qt::DisplayRole:
            return QLocale().toString(local, QLocale::ShortFormat);
        case Qt::ToolTipRole:
        case Qt::AccessibleTextRole:
            return QLocale().toString(local, QLocale::LongFormat);
        case SortRole:
            return local;
        default:
            return {};
        }
    }
    case UpdatedByColumn:
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
        case Qt::AccessibleTextRole:
        case SortRole:
            return secret.damaged ? QString() : secret.updatedBy;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant SecretsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ValueColumn:
        return tr("Value");
    case UpdatedColumn:
        return tr("Updated");
    case UpdatedByColumn:
        return tr("Updated by");
    default:
        return {};
    }
}

Qt::ItemFlags SecretsTableModel::flags(const QModelIndex& index) const
{
    if (!isValidIndex(index)) {
        return Qt::NoItemFlags;
    }
    // Not editable in place: names and values change through the secret dialog only.
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

void SecretsTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount) {
        column = NameColumn;
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

int SecretsTableModel::sortColumn() const
{
    return m_sortColumn;
}

Qt::SortOrder SecretsTableModel::sortOrder() const
{
    return m_sortOrder;
}

void SecretsTableModel::clearItems()
{
    m_items.clear();
    m_keys.clear();
    m_matches.clear();
    m_order.clear();
    m_visible.clear();
    m_itemById.clear();
    m_foldedText.assign(kTextPadding, '\0');
    m_staleTextSize = 0;
    m_loaded = false;
}

bool SecretsTableModel::load()
{
    if (!m_store) {
        return false;
    }
    auto secrets = m_store->secrets(m_project);
    if (!secrets) {
        m_lastError = secrets.error();
        m_hasError = true;
        return false;
    }
    m_hasError = false;
    m_lastError = Error {};
    const QList<SecretSummary>& list = secrets.value();
    const auto count = static_cast<size_t>(list.size());
    size_t textSize = kTextPadding;
    for (const SecretSummary& secret : list) {
        textSize += static_cast<size_t>(secret.name.size() + secret.updatedBy.size()) + 2;
    }
    m_foldedText.clear();
    m_foldedText.reserve(textSize);
    m_items.assign(list.cbegin(), list.cend());
    m_keys.reserve(count);
    m_itemById.reserve(list.size());
    for (size_t index = 0; index < count; ++index) {
        m_keys.push_back(appendText(m_items[index]));
        m_itemById.insert(m_items[index].id, static_cast<int>(index));
    }
    m_foldedText.resize(m_foldedText.size() + kTextPadding, '\0');
    m_matches.resize(count);
    for (size_t index = 0; index < count; ++index) {
        m_matches[index] = matchesFilter(static_cast<int>(index)) ? 1 : 0;
    }
    m_order.resize(count);
    std::iota(m_order.begin(), m_order.end(), 0);
    sortOrderVector();
    m_visible.reserve(count);
    for (const int index : m_order) {
        if (m_matches[index]) {
            m_visible.push_back(index);
        }
    }
    m_loaded = true;
    return true;
}

void SecretsTableModel::reload()
{
    beginResetModel();
    clearItems();
    const bool loaded = load();
    endResetModel();
    if (!loaded) {
        Q_EMIT loadFailed(m_lastError.message);
    }
}

SecretsTableModel::Keys SecretsTableModel::appendText(const SecretSummary& secret)
{
    Keys keys;
    keys.damaged = secret.damaged;
    keys.updatedMs = secret.updated.isValid() ? secret.updated.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    keys.textOffset = static_cast<qsizetype>(m_foldedText.size());
    // A damaged record has no name: filtering sees what the row shows.
    appendFolded(m_foldedText, secret.damaged ? tr("(damaged record #%1)").arg(secret.id) : secret.name);
    keys.nameSize = static_cast<quint32>(static_cast<qsizetype>(m_foldedText.size()) - keys.textOffset);
    m_foldedText.push_back('\0');
    appendFolded(m_foldedText, secret.updatedBy);
    keys.updatedBySize
        = static_cast<quint32>(static_cast<qsizetype>(m_foldedText.size()) - keys.textOffset) - keys.nameSize - 1;
    m_foldedText.push_back('\0');
    return keys;
}

void SecretsTableModel::setItem(size_t index, const SecretSummary& secret)
{
    // The new text goes at the end, before the padding; a replaced item's old text becomes stale.
    m_foldedText.resize(m_foldedText.size() - kTextPadding);
    const Keys keys = appendText(secret);
    m_foldedText.resize(m_foldedText.size() + kTextPadding, '\0');
    if (index == m_items.size()) {
        m_itemById.insert(secret.id, static_cast<int>(index));
        m_items.push_back(secret);
        m_keys.push_back(keys);
        m_matches.push_back(0);
    } else {
        const Keys& old = m_keys[index];
        m_staleTextSize += static_cast<qsizetype>(old.nameSize + old.updatedBySize) + 2;
        m_items[index] = secret;
        m_keys[index] = keys;
    }
    m_matches[index] = matchesFilter(static_cast<int>(index)) ? 1 : 0;
}

void SecretsTableModel::compactFoldedText()
{
    std::vector<char> text;
    text.reserve(m_foldedText.size() - static_cast<size_t>(m_staleTextSize));
    for (Keys& keys : m_keys) {
        const auto begin = m_foldedText.cbegin() + keys.textOffset;
        keys.textOffset = static_cast<qsizetype>(text.size());
        text.insert(text.end(), begin, begin + keys.nameSize + keys.updatedBySize + 2);
    }
    text.resize(text.size() + kTextPadding, '\0');
    m_foldedText = std::move(text);
    m_staleTextSize = 0;
}

std::string_view SecretsTableModel::foldedName(int index) const
{
    const Keys& keys = m_keys[index];
    return std::string_view(m_foldedText.data() + keys.textOffset, static_cast<size_t>(keys.nameSize));
}

std::string_view SecretsTableModel::foldedUpdatedBy(int index) const
{
    const Keys& keys = m_keys[index];
    return std::string_view(
        m_foldedText.data() + keys.textOffset + keys.nameSize + 1, static_cast<size_t>(keys.updatedBySize));
}

bool SecretsTableModel::matchesFilter(int index) const
{
    const Keys& keys = m_keys[index];
    return containsFolded(m_foldedText.data() + keys.textOffset, keys.nameSize, m_foldedFilter);
}

bool SecretsTableModel::precedes(int a, int b) const
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

int SecretsTableModel::compareKeys(int a, int b) const
{
    const Keys& x = m_keys[a];
    const Keys& y = m_keys[b];
    int order = 0;
    switch (m_sortColumn) {
    case UpdatedByColumn:
        order = foldedUpdatedBy(a).compare(foldedUpdatedBy(b));
        break;
    case UpdatedColumn:
        order = threeWay(x.updatedMs, y.updatedMs);
        break;
    default:
        break;
    }
    if (order == 0) {
        order = foldedName(a).compare(foldedName(b));
    }
    const SecretSummary& first = m_items[a];
    const SecretSummary& second = m_items[b];
    if (order == 0) {
        // Names that differ only by case may coexist.
        order = first.name.compare(second.name);
    }
    if (order == 0) {
        order = threeWay(first.id, second.id);
    }
    return order;
}

void SecretsTableModel::sortOrderVector()
{
    // Comparing texts directly, 100,000 items take hundreds of milliseconds to sort, mostly in
    // cache misses. So the items are sorted by integer keys, one column after another: a text
    // column 16 bytes at a time (items whose first 16 bytes tie are sorted again by the next 16),
    // then the name for ties, and precedes() only for what is still tied or for small groups. The
    // result is exactly the order of precedes(), which the row updates rely on.
    std::vector<SortEntry> entries;
    entries.reserve(m_order.size());
    std::vector<int> damaged;
    for (const int index : m_order) {
        if (m_keys[index].damaged) {
            damaged.push_back(index);
        } else {
            entries.push_back(SortEntry {0, 0, index});
        }
    }
    SortField fields[2] = {SortField::Name, SortField::Name};
    int fieldCount = 1;
    switch (m_sortColumn) {
    case UpdatedByColumn:
        fields[0] = SortField::UpdatedBy;
        fieldCount = 2;
        break;
    case UpdatedColumn:
        fields[0] = SortField::Updated;
        fieldCount = 2;
        break;
    default:
        break;
    }
    sortEntries(entries.data(), entries.data() + entries.size(), fields, fieldCount, 0);
    std::sort(damaged.begin(), damaged.end(), [this](int a, int b) { return precedes(a, b); });
    m_order.clear();
    for (const SortEntry& entry : entries) {
        m_order.push_back(entry.index);
    }
    m_order.insert(m_order.end(), damaged.cbegin(), damaged.cend());
}

void SecretsTableModel::sortEntries(
    SortEntry* first, SortEntry* last, const SortField* fields, int fieldCount, size_t depth) const
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
    const SortField field = fields[0];
    const bool isText = field == SortField::Name || field == SortField::UpdatedBy;
    for (SortEntry* entry = first; entry != last; ++entry) {
        const Keys& keys = m_keys[entry->index];
        switch (field) {
        case SortField::Name:
        case SortField::UpdatedBy: {
            const std::string_view text
                = field == SortField::Name ? foldedName(entry->index) : foldedUpdatedBy(entry->index);
            entry->high = prefixKey(text, depth);
            entry->low = prefixKey(text, depth + 8);
            break;
        }
        case SortField::Updated:
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
                    = field == SortField::Name ? m_keys[group->index].nameSize : m_keys[group->index].updatedBySize;
                for (const SortEntry* entry = group; entry != end; ++entry) {
                    const Keys& keys = m_keys[entry->index];
                    const size_t entrySize = field == SortField::Name ? keys.nameSize : keys.updatedBySize;
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

int SecretsTableModel::lowerBound(const std::vector<int>& sequence, int index, int skip) const
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

void SecretsTableModel::insertItem(const SecretSummary& secret)
{
    const auto index = static_cast<int>(m_items.size());
    setItem(m_items.size(), secret);
    m_order.insert(m_order.begin() + lowerBound(m_order, index), index);
    if (m_matches.back()) {
        const int row = lowerBound(m_visible, index);
        beginInsertRows(QModelIndex(), row, row);
        m_visible.insert(m_visible.begin() + row, index);
        endInsertRows();
    }
}

void SecretsTableModel::replaceItem(int index, const SecretSummary& secret)
{
    const auto slot = static_cast<size_t>(index);
    const bool wasVisible = m_matches[slot] != 0;
    // Positions are found while the item still has its old keys. Its m_order entry is taken out
    // first; its m_visible entry stays (out of place) until the row signals below.
    const int from = wasVisible ? lowerBound(m_visible, index) : -1;
    m_order.erase(m_order.begin() + lowerBound(m_order, index));
    setItem(slot, secret);
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
        Q_EMIT dataChanged(this->index(row, 0), this->index(row, ColumnCount - 1));
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
    if (m_staleTextSize > static_cast<qsizetype>(m_foldedText.size()) / 2) {
        compactFoldedText();
    }
}

void SecretsTableModel::removeItem(int index)
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
    m_staleTextSize += static_cast<qsizetype>(m_keys[slot].nameSize + m_keys[slot].updatedBySize) + 2;

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
    if (m_staleTextSize > static_cast<qsizetype>(m_foldedText.size()) / 2) {
        compactFoldedText();
    }
}

void SecretsTableModel::onSecretSaved(ProjectId project, const SecretSummary& secret)
{
    if (project != m_project || !m_loaded) {
        return;
    }
    const int index = m_itemById.value(secret.id, -1);
    if (index < 0) {
        insertItem(secret);
    } else {
        replaceItem(index, secret);
    }
}

void SecretsTableModel::onSecretRemoved(ProjectId project, RecordId id)
{
    if (project != m_project || !m_loaded) {
        return;
    }
    const int index = m_itemById.value(id, -1);
    if (index >= 0) {
        removeItem(index);
    }
}

void SecretsTableModel::onItemsReset(ProjectId project)
{
    if (project == m_project && project != 0) {
        reload();
    }
}

void SecretsTableModel::onLockedChanged(bool locked)
{
    if (locked) {
        // The project id stays, so unlocking shows the same project again.
        beginResetModel();
        clearItems();
        m_hasError = false;
        m_lastError = Error {};
        endResetModel();
    } else if (m_project != 0) {
        reload();
    }
}

void SecretsTableModel::onProjectsChanged()
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
