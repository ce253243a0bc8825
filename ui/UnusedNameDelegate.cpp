#include "ui/UnusedNameDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace {

constexpr int kTagPadding = 5;
constexpr int kTagGap = 8;

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

void UnusedNameDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (!index.data(m_unusedRole).toBool()) {
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
    const QString tag = tagText();
    const int tagWidth = tagMetrics.horizontalAdvance(tag) + 2 * kTagPadding;
    // The name keeps the room it needs unless the cell is too narrow for both; then it is elided.
    const int nameRoom = qMax(0, textRect.width() - tagWidth - kTagGap);
    const QString shownName = opt.fontMetrics.elidedText(name, Qt::ElideRight, nameRoom);
    const int nameWidth = opt.fontMetrics.horizontalAdvance(shownName);

    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group = opt.state.testFlag(QStyle::State_Enabled)
        ? (opt.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive)
        : QPalette::Disabled;
    const QColor textColour = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);

    painter->save();
    painter->setClipRect(opt.rect);
    painter->setFont(opt.font);
    painter->setPen(textColour);
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, shownName);

    if (textRect.width() >= tagWidth) {
        const int tagHeight = tagMetrics.height() + 2;
        const int left = qMin(textRect.left() + nameWidth + kTagGap, textRect.right() - tagWidth);
        const QRectF tagRect(left, textRect.center().y() - tagHeight / 2.0 + 0.5, tagWidth, tagHeight);
        // Muted: the placeholder colour, which both light and dark palettes keep readable but quiet.
        QColor tagColour = selected ? textColour : opt.palette.color(group, QPalette::PlaceholderText);
        painter->setRenderHint(QPainter::Antialiasing);
        QPainterPath outline;
        outline.addRoundedRect(tagRect.adjusted(0.5, 0.5, -0.5, -0.5), tagHeight / 2.0, tagHeight / 2.0);
        QColor border = tagColour;
        border.setAlphaF(0.6f);
        painter->setPen(QPen(border, 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(outline);
        painter->setFont(smallFont);
        painter->setPen(tagColour);
        painter->drawText(tagRect, Qt::AlignCenter | Qt::TextSingleLine, tag);
    }
    painter->restore();
}

QSize UnusedNameDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(m_unusedRole).toBool()) {
        const QFontMetrics tagMetrics(tagFont(option.font));
        size.rwidth() += tagMetrics.horizontalAdvance(tagText()) + 2 * kTagPadding + kTagGap;
    }
    return size;
}
