#include "models/SecretsTableModel.h"

#include "models/ItemAuthor.h"
#include <QLocale>

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

SecretsTableModel::RotationCounts SecretsTableModel::rotationCounts() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    RotationCounts counts;
    for (const SecretSummary& secret : loadedItems()) {
        if (secret.damaged) {
            continue;
        }
        switch (RotationRules::state(secret.rotation, secret.rotatedAt, now)) {
        case RotationState::Overdue:
            ++counts.overdue;
            break;
        case RotationState::DueSoon:
            ++counts.dueSoon;
            break;
        default:
            break;
        }
    }
    return counts;
}

void SecretsTableModel::setRotationColors(const QVariant& overdue, const QVariant& dueSoon)
{
    s_overdueColor = overdue;
    s_dueSoonColor = dueSoon;
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, RotationColumn), index(rowCount() - 1, RotationColumn), {Qt::ForegroundRole});
    }
}

bool SecretsTableModel::flag(const SecretSummary& secret)
{
    const RotationState state
        = RotationRules::state(secret.rotation, secret.rotatedAt, QDateTime::currentDateTimeUtc());
    return state == RotationState::Overdue || state == RotationState::DueSoon;
}

std::optional<QVariant> SecretsTableModel::extraRowRoleData(const SecretSummary& secret, int role)
{
    if (role == RotationStateRole) {
        return secret.damaged
            ? int(RotationState::NoPolicy)
            : int(RotationRules::state(secret.rotation, secret.rotatedAt, QDateTime::currentDateTimeUtc()));
    }
    return std::nullopt;
}

QVariant SecretsTableModel::rotationData(const SecretSummary& secret, int role)
{
    if (secret.damaged || !secret.rotatedAt.isValid()) {
        return {};
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const RotationState state = RotationRules::state(secret.rotation, secret.rotatedAt, now);
    const QDateTime due = RotationRules::dueAt(secret.rotation, secret.rotatedAt);
    const int age = static_cast<int>(RotationRules::ageDays(secret.rotatedAt, now));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return state == RotationState::NoPolicy ? tr("%n day(s) old", nullptr, age)
                                                : RotationRules::stateText(state, due, now);
    case Qt::ToolTipRole: {
        QString tip = tr("Value replaced %1, %n day(s) ago.", nullptr, age)
                          .arg(QLocale().toString(secret.rotatedAt.toLocalTime(), QLocale::ShortFormat));
        tip += u'\n' + RotationRules::policyText(secret.rotation);
        if (due.isValid()) {
            tip += u'\n' + tr("Due %1.").arg(QLocale().toString(due.toLocalTime(), QLocale::ShortFormat));
        }
        return tip;
    }
    case Qt::ForegroundRole:
        return state == RotationState::Overdue ? s_overdueColor
            : state == RotationState::DueSoon  ? s_dueSoonColor
                                               : QVariant();
    case SortRole:
        return flag(secret);
    default:
        return {};
    }
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
    case RotationColumn:
        return rotationData(secret, role);
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
    case RotationColumn:
        return tr("Rotation");
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
    case RotationColumn:
        return FoldedSortKey::Flag;
    default:
        return FoldedSortKey::Name;
    }
}
