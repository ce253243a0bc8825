#pragma once

#include <QStyledItemDelegate>

// Paints the Name cells of the Secrets and Environment variables tables with a small, muted
// "unused" tag after a name the bot's code does not read (the model answers `unusedRole` with
// true). The tag only points the admin at the name; the cell's tooltip says why, so nothing depends
// on seeing the tag.
class UnusedNameDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    UnusedNameDelegate(int unusedRole, QObject* parent = nullptr);

    // The tag's text, for tests and the user guide.
    static QString tagText();

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_unusedRole;
};
