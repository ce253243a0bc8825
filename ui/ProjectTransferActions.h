#pragma once

#include "models/Ids.h"

#include <QObject>
#include <QString>

class ProjectStore;
class ProjectsPanel;
class QWidget;

// The File menu's ways of moving a project in and out of the vault: export and import of a project
// ZIP archive and of a .env file. Each flow asks for the file (FileDialog), runs long file work on a
// worker thread with a progress dialog (BackgroundTask), opens the dialog that previews and
// confirms it, and reports the outcome in the status bar or, for a failure, in a message box that
// names it. All of them act on the project list's current project.
class ProjectTransferActions : public QObject
{
    Q_OBJECT

public:
    ProjectTransferActions(ProjectStore* store, ProjectsPanel* projects, QWidget* window);

    void exportProject();
    void importProject();
    void importEnv();
    // Writes the current project's variables as a .env file (mode 0600); secrets are never written.
    void exportEnv();

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    // A folder to start a file dialog in: the one used last in this run, else the home folder.
    QString startFolder() const;
    void rememberFolder(const QString& filePath);
    void recordExport(ProjectId project, const QString& format);
    // Scans the source folder about to be packed; when it holds hard-coded keys, asks whether to
    // export anyway. True to go on.
    bool exportDespiteFindings(ProjectId project, const QString& sourceFolder);

    ProjectStore* m_store;
    ProjectsPanel* m_projects;
    QWidget* m_window;
    QString m_lastFolder;
};
