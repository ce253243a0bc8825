#pragma once

#include "models/Ids.h"

#include <QObject>
#include <QString>

class ItemTab;
class ProjectsPanel;
class QAction;
class QMenu;
class SecretsAndVariablesPage;
class QWidget;
class VaultSession;

// The ways into an item's and a project's past: Edit → History… (Ctrl+Shift+H, and the tables'
// context menus) for the current secret or variable, Edit → Recently deleted… for the current
// project (or the whole vault when there is none), and Project → Show project at… (both also in
// the project list's context menu). Each opens its dialog over the window, which closes it on lock.
class HistoryActions : public QObject
{
    Q_OBJECT

public:
    HistoryActions(VaultSession* vault, ProjectsPanel* projects, SecretsAndVariablesPage* page, QWidget* window);

    QAction* itemHistoryAction() const { return m_itemHistory; }
    QAction* recentlyDeletedAction() const { return m_recentlyDeleted; }
    QAction* projectAtTimeAction() const { return m_projectAtTime; }

    // The History dialog of the current row of the visible tab; a status message when there is none.
    void showCurrentItemHistory();
    void showItemHistory(ItemKind kind, const QString& name);
    void showRecentlyDeleted();
    void showProjectAtTime();

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void addHistoryToContextMenu(ItemTab* tab, ItemKind kind);

    VaultSession* m_vault;
    ProjectsPanel* m_projects;
    SecretsAndVariablesPage* m_page;
    QWidget* m_window;
    QAction* m_itemHistory;
    QAction* m_recentlyDeleted;
    QAction* m_projectAtTime;
};
