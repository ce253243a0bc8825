#include "ui/ItemTableView.h"

#include "ui/Icons.h"
#include "ui/RowActionsDelegate.h"
#include "ui/RowActionsProxyModel.h"

#include <QAbstractTableModel>
#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

ItemTableView::ItemTableView(QAbstractTableModel* model, Hooks hooks, const QString& prefix, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_hooks(std::move(hooks))
    , m_proxy(new RowActionsProxyModel(this))
    , m_delegate(new RowActionsDelegate(this))
    , m_filter(new QLineEdit(this))
    , m_add(new QPushButton(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_table(new QTableView(this))
{
    setUpFilterAndAdd(prefix);
    setUpTable(prefix);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_table);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_add);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    connectSignals();
    refreshEmptyState();
}

void ItemTableView::setUpFilterAndAdd(const QString& prefix)
{
    m_filter->setObjectName(prefix + QStringLiteral("FilterEdit"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(Icons::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_filter->setPlaceholderText(tr("Filter (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter"));
    m_filter->installEventFilter(this);

    m_add->setObjectName(prefix + QStringLiteral("AddButton"));
    m_add->setIcon(Icons::icon(QStringLiteral("add")));
    m_add->setDefault(false);
    m_add->setAutoDefault(false);

    m_empty->setObjectName(prefix + QStringLiteral("EmptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setMargin(24);
    m_empty->setAccessibleName(tr("Empty list"));
}

void ItemTableView::setUpTable(const QString& prefix)
{
    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(prefix + QStringLiteral("Table"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegateForColumn(m_proxy->actionsColumn(), m_delegate);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(m_proxy->actionsColumn(), QHeaderView::Fixed);
    m_table->horizontalHeader()->resizeSection(m_proxy->actionsColumn(), 64);
    m_table->horizontalHeader()->setHighlightSections(false);
    // Titles line up with the left-aligned cells under them, not centred over a wide column.
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->installEventFilter(this);
}

void ItemTableView::connectSignals()
{
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_hooks.setFilterText(text);
        refreshEmptyState();
    });
    connect(m_add, &QPushButton::clicked, this, &ItemTableView::addRequested);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.isValid() && index.column() != m_proxy->actionsColumn() && m_editingAllowed) {
            Q_EMIT editRequested(index.row());
        }
    });
    connect(m_table, &QTableView::customContextMenuRequested, this, &ItemTableView::showContextMenu);
    connect(m_delegate, &RowActionsDelegate::editRequested, this, &ItemTableView::editRequested);
    connect(m_delegate, &RowActionsDelegate::deleteRequested, this, &ItemTableView::deleteRequested);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ItemTableView::refreshEmptyState);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &ItemTableView::refreshEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ItemTableView::refreshEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ItemTableView::refreshEmptyState);
}

void ItemTableView::setAddText(const QString& text, const QString& accessibleName)
{
    m_add->setText(text);
    m_add->setAccessibleName(accessibleName);
}

void ItemTableView::setEditingAllowed(bool allowed, const QString& reason)
{
    m_editingAllowed = allowed;
    m_deniedReason = allowed ? QString() : reason;
    m_add->setEnabled(allowed);
    m_add->setToolTip(m_deniedReason);
    m_delegate->setActionsEnabled(allowed);
    m_table->viewport()->update();
}

int ItemTableView::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ItemTableView::selectRow(int sourceRow)
{
    if (sourceRow < 0 || sourceRow >= m_model->rowCount()) {
        return;
    }
    m_table->setCurrentIndex(m_proxy->index(sourceRow, 0));
    m_table->scrollTo(m_proxy->index(sourceRow, 0));
}

void ItemTableView::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void ItemTableView::refreshEmptyState()
{
    const bool hasRows = m_model->rowCount() > 0;
    if (!hasRows) {
        const QString filter = m_filter->text();
        m_empty->setText(
            filter.isEmpty() || m_hooks.totalCount() == 0 ? m_hooks.emptyText : m_hooks.noMatchText(filter));
    }
    m_stack->setCurrentWidget(hasRows ? static_cast<QWidget*>(m_table) : m_empty);
}

void ItemTableView::setColumnLayout(const QList<int>& widthsInCharacters, int stretchColumn)
{
    QHeaderView* header = m_table->horizontalHeader();
    const int character = m_table->fontMetrics().averageCharWidth();
    for (int column = 0; column < widthsInCharacters.size(); ++column) {
        header->resizeSection(column, widthsInCharacters.at(column) * character + 16);
    }
    header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
}

void ItemTableView::fitColumnToContents(int column, int maxCharacters)
{
    m_fitColumn = column;
    m_fitMinimum = m_table->horizontalHeader()->sectionSize(column);
    m_fitMaxCharacters = maxCharacters;
    if (!m_fitTimer) {
        m_fitTimer = new QTimer(this);
        m_fitTimer->setSingleShot(true);
        connect(m_fitTimer, &QTimer::timeout, this, &ItemTableView::fitColumn);
        connect(m_proxy, &QAbstractItemModel::modelReset, this, &ItemTableView::scheduleColumnFit);
        connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ItemTableView::scheduleColumnFit);
        connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ItemTableView::scheduleColumnFit);
        connect(m_proxy, &QAbstractItemModel::dataChanged, this, &ItemTableView::scheduleColumnFit);
        // A width the admin drags to (or a restored one) is kept as the least width.
        connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this,
            [this](int logicalIndex, int, int newSize) {
                if (!m_fitting && logicalIndex == m_fitColumn) {
                    m_fitMinimum = newSize;
                }
            });
    }
    scheduleColumnFit();
}

void ItemTableView::scheduleColumnFit()
{
    if (m_fitTimer) {
        m_fitTimer->start(0);
    }
}

void ItemTableView::fitColumn()
{
    constexpr int kStretchReserveCharacters = 10;
    // The rows on screen and a first page: enough to fit what is seen, cheap with 100,000 rows.
    constexpr int kSampledRows = 200;
    const int rows = m_proxy->rowCount();
    const int firstVisible = std::max(0, m_table->rowAt(0));
    QStyleOptionViewItem option;
    option.initFrom(m_table);
    option.font = m_table->font();
    option.widget = m_table;
    option.features |= QStyleOptionViewItem::HasDisplay;
    int width = m_fitMinimum;
    const auto measure = [&](int row) {
        const QModelIndex index = m_proxy->index(row, m_fitColumn);
        QAbstractItemDelegate* delegate = m_table->itemDelegateForIndex(index);
        width = std::max(width, delegate->sizeHint(option, index).width() + 8);
    };
    for (int row = 0; row < std::min(rows, kSampledRows); ++row) {
        measure(row);
    }
    for (int row = std::max(firstVisible, kSampledRows); row < std::min(rows, firstVisible + kSampledRows); ++row) {
        measure(row);
    }
    // The stretch column keeps room for a few characters; the other columns keep their widths.
    const int character = m_table->fontMetrics().averageCharWidth();
    QHeaderView* header = m_table->horizontalHeader();
    int room = m_table->viewport()->width() - kStretchReserveCharacters * character;
    for (int column = 0; column < header->count(); ++column) {
        if (column != m_fitColumn && header->sectionResizeMode(column) != QHeaderView::Stretch) {
            room -= header->sectionSize(column);
        }
    }
    const int maximum = std::max(m_fitMinimum, std::min(character * m_fitMaxCharacters, room));
    m_fitting = true;
    m_table->horizontalHeader()->resizeSection(m_fitColumn, std::min(width, maximum));
    m_fitting = false;
}

void ItemTableView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    scheduleColumnFit();
}

QByteArray ItemTableView::headerState() const
{
    return m_table->horizontalHeader()->saveState();
}

void ItemTableView::restoreHeaderState(const QByteArray& state)
{
    if (!state.isEmpty()) {
        m_table->horizontalHeader()->restoreState(state);
        // A state saved by an older version also holds its (centred) title alignment.
        m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    }
}

bool ItemTableView::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress) {
        return QWidget::eventFilter(watched, event);
    }
    const auto* key = static_cast<QKeyEvent*>(event);
    if (watched == m_table) {
        const int row = currentRow();
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && row >= 0) {
            if (m_editingAllowed) {
                Q_EMIT editRequested(row);
            }
            return true;
        }
        if (key->key() == Qt::Key_Delete && row >= 0) {
            if (m_editingAllowed) {
                Q_EMIT deleteRequested(row);
            }
            return true;
        }
        if (key->matches(QKeySequence::Copy) && row >= 0) {
            Q_EMIT copyRequested(row);
            return true;
        }
    } else if (watched == m_filter) {
        // Down from the filter moves into the list, so the keyboard never has to leave the keys.
        if (key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
            m_table->setFocus(Qt::TabFocusReason);
            if (!m_table->currentIndex().isValid()) {
                selectRow(0);
            }
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_filter->text().isEmpty()) {
            m_filter->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ItemTableView::showContextMenu(const QPoint& position)
{
    const QModelIndex index = m_table->indexAt(position);
    if (!index.isValid()) {
        return;
    }
    m_table->setCurrentIndex(index);
    const int row = index.row();
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("itemContextMenu"));
    QAction* edit = menu.addAction(
        Icons::icon(QStringLiteral("edit")), tr("&Edit…"), this, [this, row] { Q_EMIT editRequested(row); });
    edit->setShortcut(QKeySequence(Qt::Key_Return));
    edit->setEnabled(m_editingAllowed);
    edit->setToolTip(m_deniedReason);
    Q_EMIT contextMenuAboutToShow(&menu, row);
    menu.addSeparator();
    QAction* remove = menu.addAction(
        Icons::icon(QStringLiteral("delete")), tr("&Delete…"), this, [this, row] { Q_EMIT deleteRequested(row); });
    remove->setShortcut(QKeySequence::Delete);
    remove->setEnabled(m_editingAllowed);
    menu.exec(m_table->viewport()->mapToGlobal(position));
}
