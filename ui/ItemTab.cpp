#include "ui/ItemTab.h"

#include "models/ProjectStore.h"
#include "ui/Icons.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>

#include <QLocale>

#include <QScrollBar>

ItemTab::ItemTab(ProjectStore* store, QWidget* parent) : QWidget(parent), m_store(store) { }

void ItemTab::connectStoreReset()
{
    connect(m_store, &ProjectStore::itemsReset, this, &ItemTab::emitCount);
    connect(m_store, &ProjectStore::reloadRequested, this, &ItemTab::reloadKeepingView);
}

void ItemTab::reloadKeepingView()
{
    if (m_project == 0) {
        return;
    }
    QTableView* table = m_view->table();
    // Rows move when items come or go elsewhere, so the current row is kept by its record id.
    const int currentRow = m_view->currentRow();
    const RecordId currentId = currentRow >= 0 ? m_idAtRow(currentRow) : 0;
    const int verticalScroll = table->verticalScrollBar()->value();
    const int horizontalScroll = table->horizontalScrollBar()->value();
    m_showProject(m_project);
    if (const int row = currentId != 0 ? m_rowOfId(currentId) : -1; row >= 0) {
        m_view->selectRow(row);
    }
    table->verticalScrollBar()->setValue(verticalScroll);
    table->horizontalScrollBar()->setValue(horizontalScroll);
    m_view->refreshEmptyState();
    Q_EMIT countChanged(m_totalCount());
}

void ItemTab::setProject(ProjectId project, const QString& projectName)
{
    m_project = project;
    m_projectName = projectName;
    m_showProject(project);
    m_view->refreshEmptyState();
    Q_EMIT countChanged(m_totalCount());
}

void ItemTab::setSyncStates(const QHash<QString, ItemSyncState>& states)
{
    m_nameDelegate->setSyncStates(states);
    m_view->table()->viewport()->update();
    // New tags make names wider.
    m_view->scheduleColumnFit();
}

void ItemTab::emitCount()
{
    Q_EMIT countChanged(m_totalCount());
}

void ItemTab::showLoadingProgress(int loaded, int total)
{
    const bool loading = loaded < total;
    if (loading) {
        m_loadingLabel->setText(tr("Loading %1 of %2…").arg(QLocale().toString(loaded), QLocale().toString(total)));
    }
    m_loadingLabel->setVisible(loading);
    m_view->refreshEmptyState();
}

void ItemTab::setUpNameCopy()
{
    // On the table only, so Ctrl+Shift+C in the filter box or a dialog keeps its usual meaning.
    m_copyNameAction = new QAction(Icons::icon(QStringLiteral("copy")), tr("Copy &name"), m_view->table());
    m_copyNameAction->setObjectName(QStringLiteral("copyNameAction"));
    m_copyNameAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyNameAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->table()->addAction(m_copyNameAction);
    connect(m_copyNameAction, &QAction::triggered, this, [this] { copyName(m_view->currentRow()); });
    connect(m_view, &ItemTableView::contextMenuAboutToShow, this, [this](QMenu* menu, int row) {
        QAction* copy = menu->addAction(
            Icons::icon(QStringLiteral("copy")), tr("Copy &name"), this, [this, row] { copyName(row); });
        copy->setObjectName(QStringLiteral("copyNameMenuAction"));
        copy->setShortcut(m_copyNameAction->shortcut());
        copy->setEnabled(!nameAt(row).isEmpty());
    });
}

void ItemTab::copyName(int row)
{
    if (row < 0) {
        return;
    }
    const QString name = nameAt(row);
    if (name.isEmpty()) {
        return;
    }
    QGuiApplication::clipboard()->setText(name);
    Q_EMIT statusMessage(tr("Copied the name %1.").arg(name));
}
