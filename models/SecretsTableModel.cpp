#include "models/SecretsTableModel.h"

#include "models/ItemAuthor.h"

namespace {

// Eight bullets whatever the value: the mask must not reveal a secret's length.
constexpr int kMaskLength = 8;
constexpr char16_t kMaskCharacter = 0x2022;

} // namespace

SecretsTableModel::SecretsTableModel(ProjectStore* store, QObject* parent) : FoldedRowTableModel(store, parent)
{
    connect(store, &ProjectStore::secretSaved, this, &SecretsTableModel::onItemSaved);
    connect(store, &ProjectStore::secretRemoved, this, &SecretsTableModel::onItemRemoved);
}

SecretsTableModel::~SecretsTableModel() = default;

SecretSummary SecretsTableModel::secretAt(int row) const
{
    if (row < 0 || row >= rowCount()) {
        return SecretSummary {};
    }
    return itemAtRow(row);
}

QString SecretsTableModel::valueMask()
{
    return QString(kMaskLength, QChar(kMaskCharacter));
}

QString SecretsTableModel::damagedToolTip()
{
    return tr("This record is damaged or was tampered with, so it cannot be opened. The other secrets "
              "are not affected.");
}

std::optional<QVariant> SecretsTableModel::extraRowRoleData(const SecretSummary&, int)
{
    return std::nullopt;
}

QVariant SecretsTableModel::columnData(const SecretSummary& secret, int column, int role)
{
    switch (column) {
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
    case UpdatedByColumn:
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
        case Qt::AccessibleTextRole:
            return secret.damaged ? QString() : ItemAuthor::displayText(secret.updatedBy);
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

Result<std::unique_ptr<ItemListing<SecretSummary>>> SecretsTableModel::openListing(
    ProjectStore& store, ProjectId project)
{
    return store.secretListing(project);
}

QString SecretsTableModel::searchName(const SecretSummary& secret)
{
    return secret.damaged ? tr("(damaged record #%1)").arg(secret.id) : secret.name;
}

FoldedSortKey SecretsTableModel::sortKey(int column)
{
    switch (column) {
    case UpdatedColumn:
        return FoldedSortKey::Updated;
    case UpdatedByColumn:
        return FoldedSortKey::Detail;
    default:
        return FoldedSortKey::Name;
    }
}
