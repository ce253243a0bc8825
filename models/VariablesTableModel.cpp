#include "models/VariablesTableModel.h"

#include <algorithm>

namespace {

constexpr char16_t kNewlineSymbol = 0x23CE; // ⏎
constexpr char16_t kEllipsis = 0x2026; // …

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
}

// Cuts `text` to `length` characters without splitting a surrogate pair and marks the cut.
QString truncated(const QString& text, qsizetype length)
{
    if (text.size() <= length) {
        return text;
    }
    if (text.at(length - 1).isHighSurrogate()) {
        --length;
    }
    return text.left(length) + QChar(kEllipsis);
}

} // namespace

VariablesTableModel::VariablesTableModel(ProjectStore* store, QObject* parent) : FoldedRowTableModel(store, parent)
{
    connect(store, &ProjectStore::variableSaved, this, &VariablesTableModel::onItemSaved);
    connect(store, &ProjectStore::variableRemoved, this, &VariablesTableModel::onItemRemoved);
}

VariablesTableModel::~VariablesTableModel() = default;

Variable VariablesTableModel::variableAt(int row) const
{
    if (row < 0 || row >= rowCount()) {
        return Variable {};
    }
    return itemAtRow(row);
}

QString VariablesTableModel::singleLineValue(const QString& value)
{
    // Only the start of a (possibly 64 KiB) value is looked at: the cell shows no more.
    QString line;
    line.reserve(std::min<qsizetype>(value.size(), kMaxDisplayLength) + 2);
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (line.size() >= kMaxDisplayLength) {
            if (line.back().isHighSurrogate()) {
                line.chop(1);
            }
            line += QChar(kEllipsis);
            break;
        }
        const QChar c = value.at(i);
        if (isLineBreak(c)) {
            if (c == u'\r' && i + 1 < value.size() && value.at(i + 1) == u'\n') {
                ++i;
            }
            line += QChar(kNewlineSymbol);
            line += u' ';
        } else {
            line += c;
        }
    }
    return line;
}

QString VariablesTableModel::damagedToolTip()
{
    return tr("This record is damaged or was tampered with, so it cannot be opened. The other variables "
              "are not affected.");
}

std::optional<QVariant> VariablesTableModel::extraRowRoleData(const Variable& variable, int role)
{
    switch (role) {
    case ValueRole:
        return variable.value;
    case IncludeInExportRole:
        return variable.includeInExport;
    default:
        return std::nullopt;
    }
}

QVariant VariablesTableModel::columnData(const Variable& variable, int column, int role)
{
    switch (column) {
    case ValueColumn:
        return valueColumnData(variable, role);
    case InExportColumn:
        return inExportColumnData(variable, role);
    default:
        return {};
    }
}

QVariant VariablesTableModel::valueColumnData(const Variable& variable, int role)
{
    switch (role) {
    case Qt::DisplayRole:
        return singleLineValue(variable.value);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        // Variables are not secret: the tooltip shows the value in full, up to a size a tooltip
        // can still show.
        return truncated(variable.value, kMaxToolTipLength);
    case Qt::EditRole:
    case SortRole:
        return variable.value;
    default:
        return {};
    }
}

QVariant VariablesTableModel::inExportColumnData(const Variable& variable, int role)
{
    switch (role) {
    case Qt::CheckStateRole:
        if (variable.damaged) {
            return {};
        }
        return variable.includeInExport ? Qt::Checked : Qt::Unchecked;
    case Qt::AccessibleTextRole:
        if (variable.damaged) {
            return {};
        }
        return variable.includeInExport ? tr("Included in export") : tr("Not included in export");
    case Qt::ToolTipRole:
        return tr("Include into project export ZIP file");
    case SortRole:
        return variable.includeInExport;
    default:
        return {};
    }
}

bool VariablesTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!isValidIndex(index) || index.column() != InExportColumn || role != Qt::CheckStateRole || !store()) {
        return false;
    }
    const Variable& variable = itemAtRow(index.row());
    if (variable.damaged) {
        return false;
    }
    const bool include = value.toInt() == Qt::Checked;
    if (include == variable.includeInExport) {
        return true;
    }
    // The store's variableSaved signal updates (and may move) the row before the call returns, so
    // nothing of `variable` is used after it.
    const QString name = variable.name;
    auto written = store()->setVariableIncludeInExport(project(), name, include);
    if (!written) {
        setLastError(written.error(), true);
        Q_EMIT writeFailed(written.message());
        return false;
    }
    return true;
}

QVariant VariablesTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::ToolTipRole && section == InExportColumn) {
        return tr("Include into project export ZIP file");
    }
    if (role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ValueColumn:
        return tr("Value");
    case InExportColumn:
        return tr("In export");
    case UpdatedColumn:
        return tr("Updated");
    default:
        return {};
    }
}

Qt::ItemFlags VariablesTableModel::flags(const QModelIndex& index) const
{
    if (!isValidIndex(index)) {
        return Qt::NoItemFlags;
    }
    // Names and values change through the variable dialog only; the checkbox writes in place.
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (index.column() == InExportColumn && !itemAtRow(index.row()).damaged) {
        flags |= Qt::ItemIsUserCheckable;
    }
    return flags;
}

Result<std::unique_ptr<ItemListing<Variable>>> VariablesTableModel::openListing(ProjectStore& store, ProjectId project)
{
    return store.variableListing(project);
}

QString VariablesTableModel::searchName(const Variable& variable)
{
    return variable.damaged ? tr("(damaged record #%1)").arg(variable.id) : variable.name;
}

FoldedSortKey VariablesTableModel::sortKey(int column)
{
    switch (column) {
    case ValueColumn:
        return FoldedSortKey::Detail;
    case InExportColumn:
        return FoldedSortKey::Flag;
    case UpdatedColumn:
        return FoldedSortKey::Updated;
    default:
        return FoldedSortKey::Name;
    }
}
