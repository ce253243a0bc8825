#include "ui/ItemTab.h"

#include "models/ProjectStore.h"

#include <QLocale>

ItemTab::ItemTab(ProjectStore* store, QWidget* parent) : QWidget(parent), m_store(store) { }

void ItemTab::connectStoreReset()
{
    connect(m_store, &ProjectStore::itemsReset, this, &ItemTab::emitCount);
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

void ItemTab::showLoadingProgress(int loaded, int total)
{
    const bool loading = loaded < total;
    if (loading) {
        m_loadingLabel->setText(tr("Loading %1 of %2…").arg(QLocale().toString(loaded), QLocale().toString(total)));
    }
    m_loadingLabel->setVisible(loading);
    m_view->refreshEmptyState();
}
