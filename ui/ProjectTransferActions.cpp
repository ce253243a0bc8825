#include "ui/ProjectTransferActions.h"

#include "models/ProjectStore.h"
#include "models/VaultSession.h"
#include "storage/CredentialScan.h"
#include "storage/ProjectTransfer.h"
#include "ui/BackgroundTask.h"
#include "ui/EnvImportDialog.h"
#include "ui/ExportProjectDialog.h"
#include "ui/FileDialog.h"
#include "ui/ImportProjectDialog.h"
#include "ui/MessageBox.h"
#include "ui/ProjectsPanel.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QSaveFile>

ProjectTransferActions::ProjectTransferActions(ProjectStore* store, ProjectsPanel* projects, QWidget* window)
    : QObject(window), m_store(store), m_projects(projects), m_window(window)
{
}

QString ProjectTransferActions::startFolder() const
{
    return !m_lastFolder.isEmpty() && QFileInfo(m_lastFolder).isDir() ? m_lastFolder : QDir::homePath();
}

void ProjectTransferActions::rememberFolder(const QString& filePath)
{
    m_lastFolder = QFileInfo(filePath).absolutePath();
}

void ProjectTransferActions::exportProject()
{
    const ProjectId project = m_projects->currentProject();
    if (project == 0 || !m_store->isUnlocked()) {
        return;
    }
    // Collecting the source folder reads its files; it is bounded by the archive limits.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto plan = ProjectTransfer::planExport(*m_store, project);
    QApplication::restoreOverrideCursor();
    if (!plan) {
        MessageBox::warning(m_window, tr("Export project"),
            tr("Project “%1” cannot be exported.\n\n%2").arg(m_projects->currentProjectName(), plan.message()),
            QMessageBox::Ok, QMessageBox::Ok);
        return;
    }
    if (!exportDespiteFindings(plan->project.id, plan->project.sourceFolder)) {
        return;
    }
    auto* dialog = new ExportProjectDialog(std::move(plan.value()), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, project] {
        recordExport(project, QStringLiteral("zip"));
        Q_EMIT statusMessage(dialog->summary());
    });
    dialog->open();
}

void ProjectTransferActions::recordExport(ProjectId project, const QString& format)
{
    // The vault does not see an export; its audit log records it through the session. Best effort:
    // the file has been written.
    if (auto* session = qobject_cast<VaultSession*>(m_store)) {
        (void)session->recordAudit(project, AuditAction::Exported, format);
    }
}

bool ProjectTransferActions::exportDespiteFindings(ProjectId project, const QString& sourceFolder)
{
    if (sourceFolder.isEmpty()) {
        return true;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto* session = qobject_cast<VaultSession*>(m_store);
    const Result<CredentialScan::Report> report = session ? CredentialScan::scanProject(*session, project, sourceFolder)
                                                          : CredentialScan::scanFolder(sourceFolder);
    QApplication::restoreOverrideCursor();
    const int count = report ? report->unresolvedCount() : 0;
    if (count == 0) {
        return true;
    }
    QStringList places;
    for (const CredentialScan::FileFinding& found : report->findings) {
        if (!found.isIgnored() && places.size() < 3) {
            places.append(found.location());
        }
    }
    const QString keys
        = count == 1 ? tr("%n hard-coded key", nullptr, count) : tr("%n hard-coded keys", nullptr, count);
    return MessageBox::question(m_window, tr("Export project"),
               tr("The source folder holds %1 (%2); anyone with the archive can use them. Move them to secrets "
                  "first (Show findings… on the project's page), or export anyway?")
                   .arg(keys, places.join(QStringLiteral(", "))),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

void ProjectTransferActions::importProject()
{
    if (!m_store->isUnlocked()) {
        return;
    }
    const QString path = FileDialog::openFile(
        m_window, tr("Import project"), startFolder(), tr("Project ZIP files (*.zip);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    rememberFolder(path);
    const QString fileName = QFileInfo(path).fileName();
    QPointer<QWidget> window(m_window);
    auto contents = BackgroundTask::run<ArchiveContents>(m_window, tr("Import project"),
        tr("Reading and checking %1…").arg(fileName),
        [path](const BackgroundTask::Progress& progress) { return ProjectTransfer::readArchive(path, progress); });
    if (!window || !m_store->isUnlocked()) {
        return; // the vault locked meanwhile
    }
    if (!contents) {
        if (contents.code() == ErrorCode::Cancelled) {
            Q_EMIT statusMessage(tr("Import of %1 cancelled; nothing was changed.").arg(fileName));
        } else {
            MessageBox::warning(m_window, tr("Import project"),
                tr("%1 was not imported; nothing was changed.\n\n%2").arg(fileName, contents.message()),
                QMessageBox::Ok, QMessageBox::Ok);
        }
        return;
    }
    auto* dialog = new ImportProjectDialog(m_store, std::move(contents.value()), path, m_projects->currentProject(),
        m_projects->currentProjectName(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_projects->selectProject(dialog->importedProject());
        Q_EMIT statusMessage(dialog->summary());
    });
    dialog->open();
}

void ProjectTransferActions::importEnv()
{
    const ProjectId project = m_projects->currentProject();
    if (project == 0 || !m_store->isUnlocked()) {
        return;
    }
    auto* dialog = new EnvImportDialog(m_store, project, m_projects->currentProjectName(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { Q_EMIT statusMessage(dialog->summary()); });
    dialog->open();
}

void ProjectTransferActions::exportEnv()
{
    const ProjectId project = m_projects->currentProject();
    if (project == 0 || !m_store->isUnlocked()) {
        return;
    }
    const QString projectName = m_projects->currentProjectName();
    auto bytes = ProjectTransfer::exportEnv(*m_store, project);
    if (!bytes) {
        MessageBox::warning(m_window, tr("Export .env file"),
            tr("The variables of “%1” cannot be exported.\n\n%2").arg(projectName, bytes.message()), QMessageBox::Ok,
            QMessageBox::Ok);
        return;
    }
    const QString suggested
        = QDir(startFolder()).filePath(ExportProjectDialog::suggestedFileName(projectName, QStringLiteral(".env")));
    const QString path
        = FileDialog::saveFile(m_window, tr("Export the variables of “%1” (secrets are not exported)").arg(projectName),
            suggested, tr("Environment files (*.env);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    rememberFolder(path);
    // Atomic, and readable by the owner only from the start: variables are not secrets, but they
    // are the project's configuration.
    QSaveFile file(path);
    const bool written = file.open(QIODevice::WriteOnly)
        && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        && file.write(bytes.value()) == bytes->size() && file.commit();
    if (!written) {
        const QString reason = file.errorString();
        file.cancelWriting();
        MessageBox::warning(m_window, tr("Export .env file"),
            tr("%1 could not be written: %2\n\nChoose another folder or free some space, then export again.")
                .arg(QDir::toNativeSeparators(path), reason),
            QMessageBox::Ok, QMessageBox::Ok);
        return;
    }
    recordExport(project, QStringLiteral("env"));
    const auto counts = m_store->projectCounts(project);
    Q_EMIT statusMessage(tr("Exported %1 of %2 to %3; secrets are not exported.")
                             .arg(tr("%n variable(s)", nullptr, counts ? counts->variables : 0), projectName,
                                 QDir::toNativeSeparators(path)));
}
