#include "models/ProjectListModel.h"

#include <QSet>

#include <algorithm>
#include <utility>

ProjectListModel::ProjectListModel(ProjectStore* store, QObject* parent) : QAbstractListModel(parent), m_store(store)
{
    Q_ASSERT(store);
    connect(store, &ProjectStore::projectsChanged, this, &ProjectListModel::reload);
    connect(store, &ProjectStore::lockedChanged, this, &ProjectListModel::onLockedChanged);
    reload();
}

ProjectListModel::~ProjectListModel() = default;

Project ProjectListModel::projectAt(int row) const
{
    if (row < 0 || row >= m_projects.size()) {
        return Project {};
    }
    return m_projects.at(row);
}

int ProjectListModel::rowOfId(ProjectId id) const
{
    for (qsizetype row = 0; row < m_projects.size(); ++row) {
        if (m_projects.at(row).id == id) {
            return static_cast<int>(row);
        }
    }
    return -1;
}

void ProjectListModel::reload()
{
    if (!m_store || !m_store->isUnlocked()) {
        clear();
        return;
    }
    auto projects = m_store->projects();
    if (!projects) {
        m_lastError = projects.error();
        m_hasError = true;
        clear();
        Q_EMIT loadFailed(m_lastError.message);
        return;
    }
    m_hasError = false;
    m_lastError = Error {};
    update(std::move(projects.value()));
}

Error ProjectListModel::lastError() const
{
    return m_lastError;
}

bool ProjectListModel::hasError() const
{
    return m_hasError;
}

void ProjectListModel::setDamagedRowFont(const QVariant& font)
{
    m_damagedRowFont = font;
    if (!m_projects.isEmpty()) {
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {Qt::FontRole});
    }
}

bool ProjectListModel::isValidIndex(const QModelIndex& index) const
{
    return index.isValid() && checkIndex(index, CheckIndexOption::ParentIsInvalid);
}

int ProjectListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_projects.size());
}

QVariant ProjectListModel::data(const QModelIndex& index, int role) const
{
    if (!isValidIndex(index)) {
        return {};
    }
    const Project& project = m_projects.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::AccessibleTextRole:
        return project.damaged ? tr("(damaged project #%1)").arg(project.id) : project.name;
    case Qt::ToolTipRole:
        return project.damaged ? tr("This project's record is damaged or was tampered with, so its name cannot be "
                                    "read. The other projects are not affected.")
                               : project.name;
    case Qt::FontRole:
        return project.damaged ? m_damagedRowFont : QVariant();
    case IdRole:
        return project.id;
    case DamagedRole:
        return project.damaged;
    default:
        return {};
    }
}

Qt::ItemFlags ProjectListModel::flags(const QModelIndex& index) const
{
    if (!isValidIndex(index)) {
        return Qt::NoItemFlags;
    }
    // Renaming goes through a dialog, which checks the name rules.
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

void ProjectListModel::clear()
{
    if (m_projects.isEmpty()) {
        return;
    }
    beginResetModel();
    m_projects.clear();
    endResetModel();
}

void ProjectListModel::update(QList<Project> projects)
{
    // Applied as removals, one reordering and insertions rather than a reset, so that adding or
    // renaming a project keeps the current project selected in the view.
    sortProjects(projects);
    QSet<ProjectId> newIds;
    for (const Project& project : std::as_const(projects)) {
        newIds.insert(project.id);
    }
    for (qsizetype row = m_projects.size() - 1; row >= 0; --row) {
        if (!newIds.contains(m_projects.at(row).id)) {
            beginRemoveRows(QModelIndex(), static_cast<int>(row), static_cast<int>(row));
            m_projects.removeAt(row);
            endRemoveRows();
        }
    }

    // The projects that stay, in their new order and with their new data.
    QSet<ProjectId> oldIds;
    for (const Project& project : std::as_const(m_projects)) {
        oldIds.insert(project.id);
    }
    QList<Project> kept;
    kept.reserve(m_projects.size());
    for (const Project& project : std::as_const(projects)) {
        if (oldIds.contains(project.id)) {
            kept.append(project);
        }
    }
    const bool reordered = !std::equal(m_projects.cbegin(), m_projects.cend(), kept.cbegin(), kept.cend(),
        [](const Project& a, const Project& b) { return a.id == b.id; });
    if (reordered) {
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList persistent = persistentIndexList();
        QList<ProjectId> persistentIds;
        persistentIds.reserve(persistent.size());
        for (const QModelIndex& index : persistent) {
            persistentIds.append(m_projects.at(index.row()).id);
        }
        m_projects = kept;
        QModelIndexList moved;
        moved.reserve(persistent.size());
        for (const ProjectId id : std::as_const(persistentIds)) {
            moved.append(index(rowOfId(id)));
        }
        changePersistentIndexList(persistent, moved);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    } else {
        m_projects = kept;
    }
    if (!m_projects.isEmpty()) {
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
    }

    // What is left of the new list are insertions: the kept rows already stand in its order.
    for (qsizetype row = 0; row < projects.size(); ++row) {
        if (row >= m_projects.size() || m_projects.at(row).id != projects.at(row).id) {
            beginInsertRows(QModelIndex(), static_cast<int>(row), static_cast<int>(row));
            m_projects.insert(row, projects.at(row));
            endInsertRows();
        }
    }
    Q_ASSERT(m_projects.size() == projects.size());
}

void ProjectListModel::sortProjects(QList<Project>& projects) const
{
    std::sort(projects.begin(), projects.end(), [](const Project& a, const Project& b) {
        if (a.damaged != b.damaged) {
            return b.damaged;
        }
        if (!a.damaged) {
            if (const int order = QString::localeAwareCompare(a.name, b.name); order != 0) {
                return order < 0;
            }
        }
        return a.id < b.id;
    });
}

void ProjectListModel::onLockedChanged(bool locked)
{
    if (locked) {
        m_hasError = false;
        m_lastError = Error {};
        clear();
    } else {
        reload();
    }
}
