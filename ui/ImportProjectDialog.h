#pragma once

#include "models/Ids.h"
#include "storage/ProjectTransfer.h"

#include <QDialog>
#include <QSet>
#include <QStringList>

#include <memory>

class ProjectStore;
class QComboBox;
class QPushButton;

namespace Ui {
class ImportProjectDialog;
}

// Shows what importing a project archive will do and lets the admin decide before anything is
// written: into a new project (its name checked live; the default) or merged into the current one;
// for each variable whose value differs, keep the current value or replace it (or all at once); the
// new variables; the secrets that will need a value (names only: an archive never carries secret
// values); and, when the archive holds the bot's source files, a new or empty folder to extract them
// into. A new project is bound to that folder; a merge takes the files only when asked to, and keeps
// its own source folder unless asked to change it. Import stays disabled until every choice is
// valid. The archive was read and checked before this dialog opens, so a hostile one never reaches
// it.
class ImportProjectDialog : public QDialog
{
    Q_OBJECT

public:
    // `currentProject` (0 for none) is offered as the merge target.
    ImportProjectDialog(ProjectStore* store, ArchiveContents contents, const QString& zipPath, ProjectId currentProject,
        const QString& currentProjectName, QWidget* parent = nullptr);
    ~ImportProjectDialog() override;

    enum class Target
    {
        NewProject,
        CurrentProject,
    };
    void setTarget(Target target);
    Target target() const;

    // The current plan (for the chosen target).
    const ProjectTransfer::ImportPlan& plan() const { return m_plan; }
    // The conflicting variables currently set to be replaced.
    QSet<QString> replacedVariables() const;
    // Whether the import extracts the archive's source files, and binds the project to them.
    bool extractsSource() const;
    bool bindsSourceFolder() const;
    // The combo box of a conflicting variable, or nullptr.
    QComboBox* conflictChoice(const QString& name) const;

    // After the dialog was accepted: the project written and a summary for the status bar.
    ProjectId importedProject() const { return m_importedProject; }
    QString summary() const { return m_summary; }

    // Imports with the choices made; accepts the dialog on success, shows the error otherwise.
    void import();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void rebuildPlan();
    void fillConflicts();
    void fillNewVariables();
    void updateState();
    void updateSourceChoices();
    void chooseSourceFolder();
    void setAllConflicts(bool replace);
    // A folder next to the ZIP file named after the project that does not exist yet.
    QString suggestedSourceFolder() const;
    // What is wrong with the name or folder, or empty.
    QString projectNameProblem() const;
    QString sourceFolderProblem() const;

    std::unique_ptr<Ui::ImportProjectDialog> m_ui;
    QPushButton* m_importButton = nullptr;
    ProjectStore* m_store;
    ArchiveContents m_contents;
    QString m_zipPath;
    ProjectId m_currentProject;
    QString m_currentProjectName;
    QStringList m_existingProjectNames;
    ProjectTransfer::ImportPlan m_plan;
    QString m_planError;
    // Choices survive switching the target: conflicts the admin chose to replace, by name.
    QSet<QString> m_replace;
    QList<QComboBox*> m_conflictChoices;
    bool m_folderEdited = false;
    QString m_storeError;
    ProjectId m_importedProject = 0;
    QString m_summary;
};
