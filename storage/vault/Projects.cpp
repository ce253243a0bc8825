#include "storage/vault/Projects.h"

#include "models/NameRules.h"
#include "storage/VaultKeys.h"
#include "storage/vault/AuditLog.h"
#include "storage/vault/Sql.h"
#include "storage/vault/Trash.h"
#include "storage/vault/VaultContext.h"
#include "storage/vault/VaultText.h"

#include <QDateTime>
#include <QDir>

#include <algorithm>

using VaultKeys::kProjectKind;

namespace {

constexpr auto kSecret = static_cast<quint8>(ItemKind::Secret);

} // namespace

Projects::Projects(VaultContext& vault) : m_vault(vault) { }

Project Projects::projectFrom(ProjectId id, const RecordCodec::Record& record)
{
    Project project;
    project.id = id;
    project.name = record.name;
    project.created = RecordCodec::toDateTime(record.createdMs);
    project.updated = RecordCodec::toDateTime(record.updatedMs);
    project.sourceFolder = record.sourceFolder;
    project.declaredSecrets = record.declaredSecrets;
    project.remoteUrl = record.remoteUrl;
    project.remoteProjectId = record.remoteProjectId;
    return project;
}

QString Projects::normalizedName(const QString& name)
{
    return name.normalized(QString::NormalizationForm_C);
}

Result<std::optional<QByteArray>> Projects::findRow(ProjectId id)
{
    auto query = Sql::query(m_vault.db, "SELECT record FROM projects WHERE id = ?1", id);
    if (!query) {
        return query.error();
    }
    auto found = Sql::step(*query.value());
    if (!found) {
        return found.error();
    }
    if (!found.value()) {
        return std::optional<QByteArray>();
    }
    return std::optional<QByteArray>(query.value()->blob(0));
}

Result<RecordCodec::Record> Projects::require(ProjectId id)
{
    auto row = findRow(id);
    if (!row) {
        return row.error();
    }
    if (!row.value()) {
        return VaultText::projectGone();
    }
    return m_vault.keys.open(0, kProjectKind, id, *row.value());
}

Result<RecordCodec::Record> Projects::requireBound(ProjectId id)
{
    auto record = require(id);
    if (record && record->remoteProjectId == 0) {
        return makeError(ErrorCode::InvalidInput,
            tr("Project '%1' is not bound to a platform project; bind it to one first.").arg(record->name));
    }
    return record;
}

Result<void> Projects::update(ProjectId id, const RecordCodec::Record& record)
{
    auto sealed = m_vault.keys.seal(0, kProjectKind, id, record);
    if (!sealed) {
        return sealed.error();
    }
    return Sql::execute(m_vault.db, "UPDATE projects SET name_index = ?2, record = ?3 WHERE id = ?1", id,
        m_vault.keys.nameIndex(0, kProjectKind, record.name), sealed.value());
}

Result<bool> Projects::nameTaken(const QByteArray& index)
{
    return Sql::exists(m_vault.db, "SELECT 1 FROM projects WHERE name_index = ?1", index);
}

Result<ProjectId> Projects::insert(const QString& displayName, const RecordCodec::Record& record)
{
    const QByteArray index = m_vault.keys.nameIndex(0, kProjectKind, record.name);
    auto taken = nameTaken(index);
    if (!taken) {
        return taken.error();
    }
    if (taken.value()) {
        return makeError(ErrorCode::AlreadyExists, tr("A project named '%1' already exists.").arg(displayName));
    }
    auto id = m_vault.allocateIds(1);
    if (!id) {
        return id.error();
    }
    auto sealed = m_vault.keys.seal(0, kProjectKind, id.value(), record);
    if (!sealed) {
        return sealed.error();
    }
    if (auto result = Sql::execute(m_vault.db, "INSERT INTO projects (id, name_index, record) VALUES (?1, ?2, ?3)",
            id.value(), index, sealed.value());
        !result) {
        return result.error();
    }
    return id.value();
}

Result<QList<Project>> Projects::list()
{
    auto query = Sql::query(m_vault.db, "SELECT id, record FROM projects");
    if (!query) {
        return query.error();
    }
    SqliteStatement& statement = *query.value();
    QList<Project> projects;
    QList<Project> damaged;
    while (statement.next()) {
        const ProjectId id = statement.int64(0);
        if (auto record = m_vault.keys.tryOpen(0, kProjectKind, id, statement.blob(1))) {
            projects.append(projectFrom(id, *record));
        } else {
            Project project;
            project.id = id;
            project.damaged = true;
            damaged.append(project);
        }
    }
    if (statement.failed()) {
        return statement.error();
    }
    std::sort(projects.begin(), projects.end(),
        [](const Project& a, const Project& b) { return a.name.localeAwareCompare(b.name) < 0; });
    projects.append(damaged);
    return projects;
}

Result<Project> Projects::byName(const QString& name)
{
    const QString normalized = normalizedName(name);
    auto query = Sql::query(m_vault.db, "SELECT id, record FROM projects WHERE name_index = ?1",
        m_vault.keys.nameIndex(0, kProjectKind, normalized));
    if (!query) {
        return query.error();
    }
    auto found = Sql::step(*query.value());
    if (!found) {
        return found.error();
    }
    if (!found.value()) {
        return makeError(ErrorCode::NotFound, tr("There is no project named '%1'.").arg(name));
    }
    const ProjectId id = query.value()->int64(0);
    auto record = m_vault.keys.open(0, kProjectKind, id, query.value()->blob(1));
    if (!record) {
        return record.error();
    }
    if (record->name != normalized) {
        return VaultText::damagedRecord(id);
    }
    return projectFrom(id, record.value());
}

Result<Project> Projects::add(const QString& name)
{
    if (auto valid = NameRules::validateProjectName(name); !valid) {
        return valid.error();
    }
    SqliteDatabase::Transaction transaction(m_vault.db);
    if (!transaction.begun()) {
        return transaction.begun().error();
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    RecordCodec::Record record;
    record.name = normalizedName(name);
    record.createdMs = now;
    record.updatedMs = now;
    record.updatedBy = m_vault.actor.name;
    auto id = insert(name, record);
    if (!id) {
        return id.error();
    }
    if (auto logged = m_vault.audit->append({AuditAction::ProjectAdded, record.name, 0, {}, {}}); !logged) {
        return logged.error();
    }
    if (auto result = transaction.commit(); !result) {
        return result.error();
    }
    return projectFrom(id.value(), record);
}

Result<bool> Projects::rename(ProjectId id, const QString& newName)
{
    if (auto valid = NameRules::validateProjectName(newName); !valid) {
        return valid.error();
    }
    const QString normalized = normalizedName(newName);
    const QByteArray index = m_vault.keys.nameIndex(0, kProjectKind, normalized);
    SqliteDatabase::Transaction transaction(m_vault.db);
    if (!transaction.begun()) {
        return transaction.begun().error();
    }
    auto record = require(id);
    if (!record) {
        return record.error();
    }
    if (record->name == normalized) {
        return false;
    }
    auto taken = nameTaken(index);
    if (!taken) {
        return taken.error();
    }
    if (taken.value()) {
        return makeError(ErrorCode::AlreadyExists, tr("A project named '%1' already exists.").arg(newName));
    }
    if (auto logged = m_vault.audit->append({AuditAction::ProjectRenamed, record->name, 0, {}, normalized}); !logged) {
        return logged.error();
    }
    record->name = normalized;
    record->updatedMs = QDateTime::currentMSecsSinceEpoch();
    record->updatedBy = m_vault.actor.name;
    if (auto result = update(id, record.value()); !result) {
        return result.error();
    }
    if (auto result = transaction.commit(); !result) {
        return result.error();
    }
    return true;
}

Result<int> Projects::secretCount(ProjectId id)
{
    // Counted from the rows, not the records, so a damaged project's secrets count too.
    auto query = Sql::query(m_vault.db, "SELECT count(*) FROM items WHERE project_id = ?1 AND kind = ?2", id, kSecret);
    if (!query) {
        return query.error();
    }
    auto found = Sql::step(*query.value());
    if (!found) {
        return found.error();
    }
    return found.value() ? static_cast<int>(query.value()->int64(0)) : 0;
}

Result<void> Projects::remove(ProjectId id)
{
    SqliteDatabase::Transaction transaction(m_vault.db);
    if (!transaction.begun()) {
        return transaction.begun();
    }
    auto row = findRow(id);
    if (!row) {
        return row.error();
    }
    if (!row.value()) {
        return VaultText::projectGone();
    }
    auto secrets = secretCount(id);
    if (!secrets) {
        return secrets.error();
    }
    auto record = m_vault.keys.tryOpen(0, kProjectKind, id, *row.value());
    if (!m_vault.policy.canRemoveProject(m_vault.actor, secrets.value())) {
        return m_vault.policy.checkRemoveProject(m_vault.actor, record ? record->name : QString(), secrets.value());
    }
    // A project that does not open cannot be kept: it is removed as it was before history.
    if (record) {
        if (auto kept = m_vault.trash->moveProject(id, *record); !kept) {
            return kept;
        }
    }
    if (auto result = Sql::execute(m_vault.db, "DELETE FROM projects WHERE id = ?1", id); !result) {
        return result;
    }
    // A damaged project's name is unknown; its entry names its id instead.
    const QString name = record ? record->name : QStringLiteral("#%1").arg(id);
    if (auto logged = m_vault.audit->append({AuditAction::ProjectRemoved, name, 0, {}, {}}); !logged) {
        return logged;
    }
    return transaction.commit();
}

Result<ProjectStore::ProjectCounts> Projects::counts(ProjectId id)
{
    auto query = Sql::query(m_vault.db, "SELECT kind, count(*) FROM items WHERE project_id = ?1 GROUP BY kind", id);
    if (!query) {
        return query.error();
    }
    SqliteStatement& statement = *query.value();
    ProjectStore::ProjectCounts counts;
    while (statement.next()) {
        (statement.int64(0) == kSecret ? counts.secrets : counts.variables) = static_cast<int>(statement.int64(1));
    }
    if (statement.failed()) {
        return statement.error();
    }
    return counts;
}

Result<bool> Projects::setSourceFolder(ProjectId id, const QString& folder)
{
    const QString cleaned = folder.isEmpty() ? QString() : QDir::cleanPath(QDir(folder).absolutePath());
    SqliteDatabase::Transaction transaction(m_vault.db);
    if (!transaction.begun()) {
        return transaction.begun().error();
    }
    auto record = require(id);
    if (!record) {
        return record.error();
    }
    if (record->sourceFolder == cleaned) {
        return false;
    }
    record->sourceFolder = cleaned;
    record->updatedMs = QDateTime::currentMSecsSinceEpoch();
    record->updatedBy = m_vault.actor.name;
    if (auto result = update(id, record.value()); !result) {
        return result.error();
    }
    if (auto logged = m_vault.audit->append({AuditAction::SourceFolderChanged, record->name, 0, {}, {}}); !logged) {
        return logged.error();
    }
    if (auto result = transaction.commit(); !result) {
        return result.error();
    }
    return true;
}
