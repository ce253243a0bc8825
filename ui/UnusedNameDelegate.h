#pragma once

#include "sync/SyncEngine.h"

#include <QHash>
#include <QStyledItemDelegate>

// Paints the Name cells of the Secrets and Environment variables tables with small tags after the
// name: a muted "unused" tag for a name the bot's code does not read (the model answers
// `unusedRole` with true), and for a project bound to the platform a "pending" tag (a change not
// published yet) or a "conflict" tag (changed on both sides). The tags only point the admin at the
// name; the cell's tooltip says why, so nothing depends on seeing a tag or its colour.
class UnusedNameDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    UnusedNameDelegate(int unusedRole, QObject* parent = nullptr);

    // The tags' texts, for tests and the user guide.
    static QString tagText();
    static QString pendingTagText();
    static QString conflictTagText();

    // The sync state of each name of the table's kind; empty for an unbound project (no tags).
    void setSyncStates(const QHash<QString, ItemSyncState>& states);
    // The tags painted after the name in `index`'s cell, in order.
    QStringList tagsFor(const QModelIndex& index) const;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
        const QModelIndex& index) override;

private:
    struct Tag
    {
        QString text;
        bool warning = false;
    };
    QList<Tag> tags(const QModelIndex& index) const;

    int m_unusedRole;
    QHash<QString, ItemSyncState> m_syncStates;
};
