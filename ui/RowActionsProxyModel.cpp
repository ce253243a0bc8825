#include "ui/RowActionsProxyModel.h"

int RowActionsProxyModel::actionsColumn() const
{
    return sourceModel() ? sourceModel()->columnCount() : 0;
}

int RowActionsProxyModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !sourceModel()) {
        return 0;
    }
    return sourceModel()->columnCount() + 1;
}

QModelIndex RowActionsProxyModel::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || !sourceModel() || row < 0 || row >= rowCount()) {
        return {};
    }
    if (column == actionsColumn()) {
        return createIndex(row, column);
    }
    return QIdentityProxyModel::index(row, column, parent);
}

QModelIndex RowActionsProxyModel::parent(const QModelIndex&) const
{
    return {};
}

QModelIndex RowActionsProxyModel::sibling(int row, int column, const QModelIndex&) const
{
    return index(row, column);
}

QModelIndex RowActionsProxyModel::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.column() == actionsColumn()) {
        return {};
    }
    return QIdentityProxyModel::mapToSource(proxyIndex);
}

QVariant RowActionsProxyModel::data(const QModelIndex& index, int role) const
{
    if (index.isValid() && index.column() == actionsColumn()) {
        if (role == Qt::AccessibleTextRole || role == Qt::ToolTipRole) {
            return tr("Edit or delete");
        }
        return {};
    }
    return QIdentityProxyModel::data(index, role);
}

QVariant RowActionsProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == actionsColumn()) {
        if (role == Qt::AccessibleTextRole) {
            return tr("Actions");
        }
        return role == Qt::DisplayRole ? QVariant(QString()) : QVariant();
    }
    return QIdentityProxyModel::headerData(section, orientation, role);
}

Qt::ItemFlags RowActionsProxyModel::flags(const QModelIndex& index) const
{
    if (index.isValid() && index.column() == actionsColumn()) {
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    }
    return QIdentityProxyModel::flags(index);
}

void RowActionsProxyModel::sort(int column, Qt::SortOrder order)
{
    if (sourceModel() && column < actionsColumn()) {
        sourceModel()->sort(column, order);
    }
}
