#include "ui/UnusedNameDelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace {

constexpr int kTagPadding = 5;
constexpr int kTagGap = 8;
constexpr int kTagSpacing = 4;

QFont tagFont(const QFont& cellFont)
{
    QFont font = cellFont;
    if (font.pointSizeF() > 0) {
        font.setPointSizeF(font.pointSizeF() * 0.85);
    } else {
        font.setPixelSize(qMax(8, font.pixelSize() * 85 / 100));
    }
    return font;
}

} // namespace

UnusedNameDelegate::UnusedNameDelegate(int unusedRole, QObject* parent)
    : QStyledItemDelegate(parent), m_unusedRole(unusedRole)
{
}

QString UnusedNameDelegate::tagText()
{
    return tr("unused");
}

QString UnusedNameDelegate::pendingTagText()
{
    return tr("pending");
}

QString UnusedNameDelegate::conflictTagText()
{
    return tr("conflict");
}

void UnusedNameDelegate::setSyncStates(const QHash<QString, ItemSyncState>& states)
{
    m_syncStates = states;
}

QList<UnusedNameDelegate::Tag> UnusedNameDelegate::tags(const QModelIndex& index) const
{
    QList<Tag> result;
    if (!m_syncStates.isEmpty()) {
        switch (m_syncStates.value(index.data(Qt::DisplayRole).toString(), ItemSyncState::Synced)) {
        case ItemSyncState::Pending:
            result.append({pendingTagText(), false});
            break;
        case ItemSyncState::Conflict:
            result.append({conflictTagText(), true});
            break;
        case ItemSyncState::Unbound:
        case ItemSyncState::Synced:
            break;
        }
    }
    if (index.data(m_unusedRole).toBool()) {
        result.append({tagText(), false});
    }
    return result;
}

QStringList UnusedNameDelegate::tagsFor(const QModelIndex& index) const
{
    QStringList texts;
    for (const Tag& tag : tags(index)) {
        texts.append(tag.text);
    }
    return texts;
}

void UnusedNameDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QList<Tag> cellTags = tags(index);
    if (cellTags.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();

    // The background, selection and focus of the whole cell, without the text.
    const QString name = opt.text;
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    opt.text = name;

    const QRect textRect
        = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget)
              .adjusted(style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1, 0, 0, 0);
    const QFont smallFont = tagFont(opt.font);
    const QFontMetrics tagMetrics(smallFont);
    QList<int> tagWidths;
    int tagsWidth = 0;
    for (const Tag& tag : cellTags) {
        tagWidths.append(tagMetrics.horizontalAdvance(tag.text) + 2 * kTagPadding);
        tagsWidth += tagWidths.constLast() + (tagWidths.size() > 1 ? kTagSpacing : 0);
    }
    // The name keeps the room it needs unless the cell is too narrow for both; then it is elided.
    const int nameRoom = qMax(0, textRect.width() - tagsWidth - kTagGap);
    const QString shownName = opt.fontMetrics.elidedText(name, Qt::ElideRight, nameRoom);
    const int nameWidth = opt.fontMetrics.horizontalAdvance(shownName);

    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group = opt.state.testFlag(QStyle::State_Enabled)
        ? (opt.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive)
        : QPalette::Disabled;
    const QColor textColour = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const bool dark = opt.palette.color(group, QPalette::Base).lightness() < 128;
    // The same warm colours as the dialogs' warnings, readable on light and dark backgrounds.
    const QColor warningColour = dark ? QColor(0xff, 0xcc, 0x66) : QColor(0x8a, 0x55, 0x00);

    painter->save();
    painter->setClipRect(opt.rect);
    painter->setFont(opt.font);
    painter->setPen(textColour);
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, shownName);

    if (textRect.width() >= tagsWidth) {
        const int tagHeight = tagMetrics.height() + 2;
        int left = qMin(textRect.left() + nameWidth + kTagGap, textRect.right() - tagsWidth);
        painter->setRenderHint(QPainter::Antialiasing);
        for (qsizetype i = 0; i < cellTags.size(); ++i) {
            const Tag& tag = cellTags.at(i);
            const QRectF tagRect(left, textRect.center().y() - tagHeight / 2.0 + 0.5, tagWidths.at(i), tagHeight);
            // Muted: the placeholder colour, which both light and dark palettes keep readable but quiet.
            QColor tagColour = selected ? textColour
                : tag.warning           ? warningColour
                                        : opt.palette.color(group, QPalette::PlaceholderText);
            QPainterPath outline;
            outline.addRoundedRect(tagRect.adjusted(0.5, 0.5, -0.5, -0.5), tagHeight / 2.0, tagHeight / 2.0);
            QColor border = tagColour;
            border.setAlphaF(0.6f);
            painter->setPen(QPen(border, 1));
            painter->setBrush(Qt::NoBrush);
            painter->drawPath(outline);
            painter->setFont(smallFont);
            painter->setPen(tagColour);
            painter->drawText(tagRect, Qt::AlignCenter | Qt::TextSingleLine, tag.text);
            left += tagWidths.at(i) + kTagSpacing;
        }
    }
    painter->restore();
}

QSize UnusedNameDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QList<Tag> cellTags = tags(index);
    if (!cellTags.isEmpty()) {
        const QFontMetrics tagMetrics(tagFont(option.font));
        size.rwidth() += kTagGap;
        for (const Tag& tag : cellTags) {
            size.rwidth() += tagMetrics.horizontalAdvance(tag.text) + 2 * kTagPadding + kTagSpacing;
        }
    }
    return size;
}

bool UnusedNameDelegate::helpEvent(
    QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option, const QModelIndex& index)
{
    // The sync tags explain themselves in the tooltip, before the model's own tooltip.
    if (event && event->type() == QEvent::ToolTip && index.isValid() && !m_syncStates.isEmpty()) {
        QString reason;
        switch (m_syncStates.value(index.data(Qt::DisplayRole).toString(), ItemSyncState::Synced)) {
        case ItemSyncState::Pending:
            reason = tr("Changed in this vault and not published yet.");
            break;
        case ItemSyncState::Conflict:
            reason = tr("Changed here and on the platform; Publish or Pull asks which side to keep.");
            break;
        case ItemSyncState::Unbound:
        case ItemSyncState::Synced:
            break;
        }
        if (!reason.isEmpty()) {
            const QString own = index.data(Qt::ToolTipRole).toString();
            QToolTip::showText(event->globalPos(), own.isEmpty() ? reason : reason + u'\n' + own, view);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}
