#include "ui/ProjectsPanel.h"

#include "models/AccessPolicy.h"
#include "models/NameRules.h"
#include "models/ProjectListModel.h"
#include "models/ProjectStore.h"
#include "ui/FileDialog.h"
#include "ui/Icons.h"
#include "ui/MessageBox.h"
#include "ui/ProjectNameDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

ProjectsPanel::ProjectsPanel(ProjectStore* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new ProjectListModel(store, this))
    , m_list(new QListView(this))
    , m_add(new QPushButton(Icons::icon(QStringLiteral("add")), QString(), this))
    , m_rename(new QPushButton(Icons::icon(QStringLiteral("edit")), QString(), this))
    , m_delete(new QPushButton(Icons::icon(QStringLiteral("delete")), QString(), this))
    , m_deleteAction(new QAction(tr("&Delete…"), this))
    , m_bindAction(new QAction(tr("&Bind source folder…"), this))
    , m_unbindAction(new QAction(tr("&Unbind source folder"), this))
{
    setUpList();
    QHBoxLayout* bar = makeButtonBar();
    setUpActions();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 0, 8);
    layout->addLayout(bar);
    layout->addWidget(m_list, 1);

    connectSignals();
    emitCurrent();
}

void ProjectsPanel::setUpList()
{
    QFont damagedFont;
    damagedFont.setItalic(true);
    m_model->setDamagedRowFont(QVariant::fromValue(damagedFont));
    m_list->setObjectName(QStringLiteral("projectList"));
    m_list->setAccessibleName(tr("Projects"));
    m_list->setModel(m_model);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSpacing(2);
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
}

// The "Projects" title with the add, rename and delete buttons.
QHBoxLayout* ProjectsPanel::makeButtonBar()
{
    auto* title = new QLabel(tr("Projects"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);

    const struct
    {
        QPushButton* button;
        const char* objectName;
        QString toolTip;
    } buttons[] = {
        {m_add, "addProjectButton", tr("Add project")},
        {m_rename, "renameProjectButton", tr("Rename project")},
        {m_delete, "deleteProjectButton", tr("Delete project")},
    };
    auto* bar = new QHBoxLayout;
    bar->addWidget(title, 1);
    for (const auto& entry : buttons) {
        entry.button->setObjectName(QLatin1String(entry.objectName));
        entry.button->setToolTip(entry.toolTip);
        entry.button->setAccessibleName(entry.toolTip);
        entry.button->setFlat(true);
        bar->addWidget(entry.button);
    }
    return bar;
}

// The list's context menu: rename, delete, bind and unbind the source folder.
void ProjectsPanel::setUpActions()
{
    auto* renameAction = new QAction(tr("&Rename…"), m_list);
    renameAction->setShortcut(QKeySequence(Qt::Key_F2));
    renameAction->setShortcutContext(Qt::WidgetShortcut);
    m_deleteAction->setObjectName(QStringLiteral("deleteProjectAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(renameAction);
    m_list->addAction(m_deleteAction);
    auto* separator = new QAction(m_list);
    separator->setSeparator(true);
    m_list->addAction(separator);
    m_bindAction->setObjectName(QStringLiteral("bindSourceFolderAction"));
    m_bindAction->setToolTip(tr("Choose the folder with the bot's code (chatbot.yaml, src/), so the page can check "
                                "the names the bot expects."));
    m_unbindAction->setObjectName(QStringLiteral("unbindSourceFolderAction"));
    m_unbindAction->setToolTip(tr("Forget the source folder; its files stay where they are."));
    m_list->addAction(m_bindAction);
    m_list->addAction(m_unbindAction);

    connect(renameAction, &QAction::triggered, this, &ProjectsPanel::renameProject);
}

void ProjectsPanel::connectSignals()
{
    connect(m_add, &QPushButton::clicked, this, &ProjectsPanel::addProject);
    connect(m_rename, &QPushButton::clicked, this, &ProjectsPanel::renameProject);
    connect(m_delete, &QPushButton::clicked, this, &ProjectsPanel::deleteProject);
    connect(m_deleteAction, &QAction::triggered, this, &ProjectsPanel::deleteProject);
    // A project's first secret, or its last, changes whether it may be deleted.
    connect(m_store, &ProjectStore::secretSaved, this, &ProjectsPanel::updatePermissions);
    connect(m_store, &ProjectStore::secretRemoved, this, &ProjectsPanel::updatePermissions);
    connect(m_store, &ProjectStore::itemsReset, this, &ProjectsPanel::updatePermissions);
    connect(m_bindAction, &QAction::triggered, this, &ProjectsPanel::bindSourceFolder);
    connect(m_unbindAction, &QAction::triggered, this, &ProjectsPanel::unbindSourceFolder);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &ProjectsPanel::emitCurrent);
    // Keep the selected project across reloads; select the first when none is selected.
    auto ensureCurrent = [this] {
        // Unlocking loads the projects row by row: the one selected before the lock is selected
        // again as soon as it is back, even if an earlier row was selected meanwhile.
        if (m_projectBeforeLock != 0) {
            const int row = m_model->rowOfId(m_projectBeforeLock);
            if (row >= 0) {
                m_projectBeforeLock = 0;
                m_list->setCurrentIndex(m_model->index(row, 0));
            }
        }
        if (!m_list->currentIndex().isValid() && m_model->rowCount() > 0) {
            const int row = m_model->rowOfId(m_lastSelected);
            m_list->setCurrentIndex(m_model->index(row >= 0 ? row : 0, 0));
        }
        emitCurrent();
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, ensureCurrent);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, ensureCurrent);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, ensureCurrent);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, ensureCurrent);
    connect(m_model, &QAbstractItemModel::dataChanged, this, ensureCurrent);
}

ProjectId ProjectsPanel::currentProject() const
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid()) {
        return 0;
    }
    const Project project = m_model->projectAt(current.row());
    return project.damaged ? 0 : project.id;
}

QString ProjectsPanel::currentProjectName() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? m_model->projectAt(current.row()).name : QString();
}

QString ProjectsPanel::currentSourceFolder() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? m_model->projectAt(current.row()).sourceFolder : QString();
}

void ProjectsPanel::selectProject(ProjectId project)
{
    const int row = m_model->rowOfId(project);
    if (row >= 0) {
        m_list->setCurrentIndex(m_model->index(row, 0));
    }
}

void ProjectsPanel::emitCurrent()
{
    const ProjectId project = currentProject();
    m_rename->setEnabled(project != 0);
    updatePermissions();
    m_bindAction->setEnabled(project != 0);
    m_unbindAction->setEnabled(project != 0 && !currentSourceFolder().isEmpty());
    // A rename keeps the project but changes its name, which the page's heading and prompts show.
    if (project != 0) {
        m_lastSelected = project;
    } else if (!m_store->isUnlocked() && m_lastSelected != 0) {
        m_projectBeforeLock = m_lastSelected;
    }
    const QString name = currentProjectName();
    if (project != m_lastEmitted || name != m_lastEmittedName) {
        m_lastEmitted = project;
        m_lastEmittedName = name;
        Q_EMIT currentProjectChanged(project, name);
    }
}

void ProjectsPanel::updatePermissions()
{
    const QModelIndex current = m_list->currentIndex();
    QString deniedReason;
    if (current.isValid() && m_store->isUnlocked()) {
        const AccessPolicy policy = m_store->accessPolicy();
        const auto counts = m_store->projectCounts(m_model->projectAt(current.row()).id);
        if (counts && !policy.canRemoveProject(m_store->actor(), counts->secrets)) {
            deniedReason = policy.removeProjectDeniedReason();
        }
    }
    const bool allowed = current.isValid() && deniedReason.isEmpty();
    m_delete->setEnabled(allowed);
    m_deleteAction->setEnabled(allowed);
    const QString toolTip = deniedReason.isEmpty() ? tr("Delete project") : deniedReason;
    m_delete->setToolTip(toolTip);
    m_deleteAction->setToolTip(toolTip);
}

QStringList ProjectsPanel::projectNamesExcept(ProjectId project) const
{
    QStringList names;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Project other = m_model->projectAt(row);
        if (!other.damaged && other.id != project) {
            names << other.name;
        }
    }
    return names;
}

bool ProjectsPanel::askName(const QString& title, const QString& label, const QString& current, ProjectId project,
    const ProjectNameDialog::Save& save)
{
    ProjectNameDialog dialog(title, label, current, projectNamesExcept(project), save, this);
    dialog.setWindowModality(Qt::ApplicationModal);
    return dialog.exec() == QDialog::Accepted;
}

void ProjectsPanel::addProject()
{
    Project added;
    const bool accepted = askName(
        tr("Add project"), tr("Project &name:"), QString(), 0, [this, &added](const QString& name) -> Result<void> {
            auto project = m_store->addProject(name);
            if (!project) {
                return project.error();
            }
            added = project.value();
            return {};
        });
    if (!accepted) {
        return;
    }
    selectProject(added.id);
    Q_EMIT statusMessage(tr("Added project %1.").arg(added.name));
}

void ProjectsPanel::renameProject()
{
    const ProjectId project = currentProject();
    if (project == 0) {
        return;
    }
    const QString oldName = currentProjectName();
    QString newName;
    const bool accepted = askName(tr("Rename project"), tr("New &name for “%1”:").arg(oldName), oldName, project,
        [this, project, &oldName, &newName](const QString& name) -> Result<void> {
            newName = name;
            return name == oldName ? Result<void>() : m_store->renameProject(project, name);
        });
    if (!accepted || newName == oldName) {
        return;
    }
    selectProject(project);
    Q_EMIT statusMessage(tr("Renamed project %1 to %2.").arg(oldName, newName));
}

void ProjectsPanel::deleteProject()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid()) {
        return;
    }
    if (!m_delete->isEnabled()) {
        Q_EMIT statusMessage(m_delete->toolTip());
        return;
    }
    const Project project = m_model->projectAt(current.row());
    QString text;
    if (project.damaged) {
        text = tr("Delete the damaged project record #%1 and everything in it? This cannot be undone.").arg(project.id);
    } else {
        auto counts = m_store->projectCounts(project.id);
        const int secrets = counts ? counts->secrets : 0;
        const int variables = counts ? counts->variables : 0;
        text = tr("Delete project “%1” with %2 and %3?\n\nUntil it is purged, Edit → Recently deleted… brings it "
                  "back, without its platform binding.")
                   .arg(project.name, tr("%n secret(s)", nullptr, secrets), tr("%n variable(s)", nullptr, variables));
    }
    if (MessageBox::confirmDelete(this, tr("Delete project"), text) != QMessageBox::Yes) {
        return;
    }
    if (auto result = m_store->removeProject(project.id); !result) {
        MessageBox::warning(this, tr("Delete project"), result.message(), QMessageBox::Ok, QMessageBox::Ok);
        return;
    }
    Q_EMIT statusMessage(
        project.damaged ? tr("Deleted the damaged project record.") : tr("Deleted project %1.").arg(project.name));
}

void ProjectsPanel::bindSourceFolder()
{
    const ProjectId project = currentProject();
    if (project == 0) {
        return;
    }
    const QString name = currentProjectName();
    const QString current = currentSourceFolder();
    const QString folder
        = FileDialog::existingFolder(this, tr("Source folder of “%1” (the folder with chatbot.yaml)").arg(name),
            current.isEmpty() ? QDir::homePath() : current);
    if (folder.isEmpty()) {
        return;
    }
    if (!QFileInfo::exists(QDir(folder).filePath(QStringLiteral("chatbot.yaml")))) {
        const auto answer = MessageBox::question(this, tr("Bind source folder"),
            tr("“%1” has no chatbot.yaml, so it may not be the bot's project folder: the names the bot expects are "
               "read from chatbot.yaml and the scripts under src/.\n\nBind project “%2” to it anyway?")
                .arg(QDir::toNativeSeparators(folder), name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes) {
            return;
        }
    }
    if (auto result = m_store->setProjectSourceFolder(project, folder); !result) {
        MessageBox::warning(this, tr("Bind source folder"), result.message(), QMessageBox::Ok, QMessageBox::Ok);
        return;
    }
    emitCurrent();
    Q_EMIT sourceFolderBound(project, folder);
    Q_EMIT statusMessage(tr("Bound project %1 to %2.").arg(name, QDir::toNativeSeparators(folder)));
}

void ProjectsPanel::unbindSourceFolder()
{
    const ProjectId project = currentProject();
    if (project == 0 || currentSourceFolder().isEmpty()) {
        return;
    }
    const QString name = currentProjectName();
    if (auto result = m_store->setProjectSourceFolder(project, QString()); !result) {
        MessageBox::warning(this, tr("Unbind source folder"), result.message(), QMessageBox::Ok, QMessageBox::Ok);
        return;
    }
    emitCurrent();
    Q_EMIT statusMessage(tr("Project %1 is no longer bound to a source folder; its files were not touched.").arg(name));
}
