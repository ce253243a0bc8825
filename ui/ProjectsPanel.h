#pragma once

#include "models/Ids.h"

#include <QWidget>

class ProjectListModel;
class ProjectStore;
class QListView;
class QPushButton;

// The list of the vault's projects with add, rename and delete. Deleting asks for confirmation and
// names the project and what it holds.
class ProjectsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectsPanel(ProjectStore* store, QWidget* parent = nullptr);

    ProjectListModel* model() const { return m_model; }
    QListView* list() const { return m_list; }
    ProjectId currentProject() const;
    QString currentProjectName() const;
    void selectProject(ProjectId project);

    void addProject();
    void renameProject();
    void deleteProject();

Q_SIGNALS:
    void currentProjectChanged(ProjectId project, const QString& name);
    void statusMessage(const QString& message);

private:
    // Asks for a project name; returns an empty string when cancelled.
    QString askName(const QString& title, const QString& label, const QString& current);
    void emitCurrent();

    ProjectStore* m_store;
    ProjectListModel* m_model;
    QListView* m_list;
    QPushButton* m_add;
    QPushButton* m_rename;
    QPushButton* m_delete;
    ProjectId m_lastEmitted = -1;
    QString m_lastEmittedName;
};
