#include "ui/RowActionsDelegate.h"

#include "ui/Icons.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace {

constexpr int kButtonSize = 22;
constexpr int kSpacing = 4;

} // namespace

RowActionsDelegate::RowActionsDelegate(QObject* parent) : QStyledItemDelegate(parent) { }

void RowActionsDelegate::setActionsEnabled(bool enabled)
{
    m_enabled = enabled;
}

QRect RowActionsDelegate::editButtonRect(const QRect& cell)
{
    const int top = cell.top() + (cell.height() - kButtonSize) / 2;
    return {cell.left() + kSpacing, top, kButtonSize, kButtonSize};
}

QRect RowActionsDelegate::deleteButtonRect(const QRect& cell)
{
    return editButtonRect(cell).translated(kButtonSize + kSpacing, 0);
}

void RowActionsDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const QIcon::Mode mode = m_enabled ? QIcon::Normal : QIcon::Disabled;
    const QSize iconSize(16, 16);
    for (const auto& [rect, name] : {std::pair {editButtonRect(option.rect), QStringLiteral("edit")},
             std::pair {deleteButtonRect(option.rect), QStringLiteral("delete")}}) {
        const QRect iconRect(rect.center() - QPoint(iconSize.width() / 2, iconSize.height() / 2), iconSize);
        Icons::icon(name).paint(painter, iconRect, Qt::AlignCenter, mode);
    }
}

QSize RowActionsDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(2 * kButtonSize + 3 * kSpacing);
    size.setHeight(qMax(size.height(), kButtonSize + 2));
    return size;
}

bool RowActionsDelegate::editorEvent(
    QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option, const QModelIndex& index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() != Qt::LeftButton || !m_enabled) {
            return false;
        }
        const QPoint position = mouse->position().toPoint();
        // An item view hands mouse events to the delegate with the cell's buddy, and the actions
        // cells of RowActionsProxyModel have none (no source cell lies behind them), so the index
        // comes invalid with an empty rect: then the view tells which cell was clicked.
        QRect cell = option.rect;
        int row = index.row();
        if (!index.isValid()) {
            const auto* view = qobject_cast<const QAbstractItemView*>(option.widget);
            const QModelIndex clicked = view ? view->indexAt(position) : QModelIndex();
            if (!clicked.isValid()) {
                return false;
            }
            cell = view->visualRect(clicked);
            row = clicked.row();
        }
        if (editButtonRect(cell).contains(position)) {
            Q_EMIT editRequested(row);
            return true;
        }
        if (deleteButtonRect(cell).contains(position)) {
            Q_EMIT deleteRequested(row);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

bool RowActionsDelegate::helpEvent(
    QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option, const QModelIndex& index)
{
    if (event->type() == QEvent::ToolTip) {
        if (editButtonRect(option.rect).contains(event->pos())) {
            QToolTip::showText(event->globalPos(), tr("Edit (Enter)"), view);
            return true;
        }
        if (deleteButtonRect(option.rect).contains(event->pos())) {
            QToolTip::showText(event->globalPos(), tr("Delete (Del)"), view);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}
