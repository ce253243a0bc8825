#pragma once

#include "models/Ids.h"
#include "ui/ProjectNameDialog.h"

#include <QWidget>

class ProjectListModel;
class ProjectStore;
class QAction;
class QHBoxLayout;
class QListView;
class QPushButton;

// The list of the vault's projects with add, rename and delete, and binding a project to the folder
// with its bot's code. Deleting asks for confirmation and names the project and what it holds.
class ProjectsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectsPanel(ProjectStore* store, QWidget* parent = nullptr);

    ProjectListModel* model() const { return m_model; }
    QListView* list() const { return m_list; }
    ProjectId currentProject() const;
    QString currentProjectName() const;
    // The current project's bound source folder, or empty.
    QString currentSourceFolder() const;
    void selectProject(ProjectId project);

    void addProject();
    void renameProject();
    void deleteProject();
    // Asks for the folder with the bot's code (chatbot.yaml, src/) and binds the current project to
    // it; a folder without chatbot.yaml is bound only after a confirmation.
    void bindSourceFolder();
    void unbindSourceFolder();

    // Enables deleting the current project unless it holds secrets and the actor lacks the
    // secrets-admin role (the vault refuses that anyway); the tooltip then says why. Call it when the
    // access policy changes; item and project changes update it by themselves.
    void updatePermissions();
    QAction* deleteProjectAction() const { return m_deleteAction; }

    // The context menu's actions, for the main window's Project menu too.
    QAction* bindSourceFolderAction() const { return m_bindAction; }
    QAction* unbindSourceFolderAction() const { return m_unbindAction; }

Q_SIGNALS:
    void currentProjectChanged(ProjectId project, const QString& name);
    void statusMessage(const QString& message);
    // The project was bound to `folder` (also when it already was: its code may have changed).
    void sourceFolderBound(ProjectId project, const QString& folder);

private:
    void setUpList();
    QHBoxLayout* makeButtonBar();
    void setUpActions();
    void connectSignals();
    // Asks for a project name and saves it with `save` (the dialog stays open while that fails);
    // returns whether it was saved. `project` is the one renamed (0 when adding).
    bool askName(const QString& title, const QString& label, const QString& current, ProjectId project,
        const ProjectNameDialog::Save& save);
    QStringList projectNamesExcept(ProjectId project) const;
    void emitCurrent();

    ProjectStore* m_store;
    ProjectListModel* m_model;
    QListView* m_list;
    QPushButton* m_add;
    QPushButton* m_rename;
    QPushButton* m_delete;
    QAction* m_deleteAction;
    QAction* m_bindAction;
    QAction* m_unbindAction;
    ProjectId m_lastEmitted = -1;
    QString m_lastEmittedName;
    // The last project that was selected: locking empties the list, and unlocking selects it again.
    ProjectId m_lastSelected = 0;
    // Set while locked: the project to select again once unlocking has loaded it.
    ProjectId m_projectBeforeLock = 0;
};
