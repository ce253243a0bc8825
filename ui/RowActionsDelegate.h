#pragma once

#include <QStyledItemDelegate>

// Paints an edit (pencil) and a delete (bin) button in a table's actions column and turns clicks on
// them into signals. Buttons are painted disabled, and ignore clicks, while editing is not allowed.
class RowActionsDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit RowActionsDelegate(QObject* parent = nullptr);

    void setActionsEnabled(bool enabled);
    bool actionsEnabled() const { return m_enabled; }
    // Where the buttons sit inside a cell (also used by tests to click them).
    static QRect editButtonRect(const QRect& cell);
    static QRect deleteButtonRect(const QRect& cell);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
        const QModelIndex& index) override;
    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
        const QModelIndex& index) override;

Q_SIGNALS:
    void editRequested(int row);
    void deleteRequested(int row);

private:
    bool m_enabled = true;
};
