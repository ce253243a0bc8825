#include "ui/HistoryActions.h"

#include "models/VaultSession.h"
#include "ui/HistoryDialog.h"
#include "ui/ProjectAtTimeDialog.h"
#include "ui/ProjectsPanel.h"
#include "ui/SecretsAndVariablesPage.h"
#include "ui/SecretsTab.h"
#include "ui/TrashDialog.h"
#include "ui/VariablesTab.h"

#include <QAction>
#include <QListView>
#include <QMenu>
#include <QTabWidget>

HistoryActions::HistoryActions(
    VaultSession* vault, ProjectsPanel* projects, SecretsAndVariablesPage* page, QWidget* window)
    : QObject(window)
    , m_vault(vault)
    , m_projects(projects)
    , m_page(page)
    , m_window(window)
    , m_itemHistory(new QAction(tr("&History…"), this))
    , m_recentlyDeleted(new QAction(tr("Recently &deleted…"), this))
    , m_projectAtTime(new QAction(tr("Show project &at…"), this))
{
    m_itemHistory->setObjectName(QStringLiteral("itemHistoryAction"));
    m_itemHistory->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_itemHistory->setStatusTip(tr("The versions of the selected secret or variable, and restoring one."));
    connect(m_itemHistory, &QAction::triggered, this, &HistoryActions::showCurrentItemHistory);
    m_recentlyDeleted->setObjectName(QStringLiteral("recentlyDeletedAction"));
    m_recentlyDeleted->setStatusTip(tr("Restore or purge the secrets, variables and projects deleted recently."));
    connect(m_recentlyDeleted, &QAction::triggered, this, &HistoryActions::showRecentlyDeleted);
    m_projectAtTime->setObjectName(QStringLiteral("projectAtTimeAction"));
    m_projectAtTime->setStatusTip(tr("The project as it was at a moment, and restoring it to that moment."));
    connect(m_projectAtTime, &QAction::triggered, this, &HistoryActions::showProjectAtTime);

    addHistoryToContextMenu(m_page->secretsTab(), ItemKind::Secret);
    addHistoryToContextMenu(m_page->variablesTab(), ItemKind::Variable);
    auto* separator = new QAction(m_projects->list());
    separator->setSeparator(true);
    m_projects->list()->addAction(separator);
    m_projects->list()->addAction(m_recentlyDeleted);
    m_projects->list()->addAction(m_projectAtTime);
}

void HistoryActions::addHistoryToContextMenu(ItemTab* tab, ItemKind kind)
{
    connect(tab->view(), &ItemTableView::contextMenuAboutToShow, this, [this, tab, kind](QMenu* menu, int row) {
        const QString name = tab->itemName(row);
        QAction* history = menu->addAction(tr("&History…"), this, [this, kind, name] { showItemHistory(kind, name); });
        history->setObjectName(QStringLiteral("historyMenuAction"));
        history->setShortcut(m_itemHistory->shortcut());
        history->setEnabled(!name.isEmpty());
    });
}

void HistoryActions::showCurrentItemHistory()
{
    ItemTab* tab = nullptr;
    ItemKind kind = ItemKind::Secret;
    if (m_page->tabs()->currentWidget() == m_page->secretsTab()) {
        tab = m_page->secretsTab();
    } else if (m_page->tabs()->currentWidget() == m_page->variablesTab()) {
        tab = m_page->variablesTab();
        kind = ItemKind::Variable;
    }
    const QString name = tab != nullptr ? tab->itemName(tab->view()->currentRow()) : QString();
    if (name.isEmpty()) {
        Q_EMIT statusMessage(tr("Select a secret or a variable to see its history."));
        return;
    }
    showItemHistory(kind, name);
}

void HistoryActions::showItemHistory(ItemKind kind, const QString& name)
{
    if (m_page->project() == 0 || name.isEmpty()) {
        return;
    }
    auto* dialog = new HistoryDialog(m_vault, m_page->project(), kind, name, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &HistoryDialog::statusMessage, this, &HistoryActions::statusMessage);
    dialog->open();
}

void HistoryActions::showRecentlyDeleted()
{
    auto* dialog = new TrashDialog(m_vault, m_projects->currentProject(), m_projects->currentProjectName(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TrashDialog::statusMessage, this, &HistoryActions::statusMessage);
    dialog->open();
}

void HistoryActions::showProjectAtTime()
{
    const ProjectId project = m_projects->currentProject();
    if (project == 0) {
        Q_EMIT statusMessage(tr("Select a project first."));
        return;
    }
    auto* dialog = new ProjectAtTimeDialog(m_vault, project, m_projects->currentProjectName(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProjectAtTimeDialog::statusMessage, this, &HistoryActions::statusMessage);
    dialog->open();
}
