#include "ui/ItemTab.h"

#include "models/ProjectStore.h"

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
}

void ItemTab::emitCount()
{
    Q_EMIT countChanged(m_totalCount());
}
