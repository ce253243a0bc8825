#pragma once

#include "models/Project.h"
#include "models/ProjectStore.h"
#include "models/Result.h"
#include "storage/RecordCodec.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

struct VaultContext;

// The projects table: one sealed record per project (name, source folder, declared secrets, remote
// binding) found by the blind index of its normalized name. The methods that take no transaction
// of their own run inside the caller's.
class Projects
{
    Q_DECLARE_TR_FUNCTIONS(Vault)

public:
    explicit Projects(VaultContext& vault);

    static Project projectFrom(ProjectId id, const RecordCodec::Record& record);
    // Project names are compared in Unicode NFC, so that two spellings of one name collide.
    static QString normalizedName(const QString& name);

    // The project's sealed record, or nothing when there is no such row.
    Result<std::optional<QByteArray>> findRow(ProjectId id);
    // The project's opened record; NotFound or Damaged otherwise.
    Result<RecordCodec::Record> require(ProjectId id);
    // The project's record when it has a remote binding; InvalidInput "not bound" otherwise.
    Result<RecordCodec::Record> requireBound(ProjectId id);
    // Rewrites a project's record (and its name index).
    Result<void> update(ProjectId id, const RecordCodec::Record& record);
    // Inserts a project; AlreadyExists naming `displayName` when the name is taken.
    Result<ProjectId> insert(const QString& displayName, const RecordCodec::Record& record);

    // Each of these is one transaction of its own.
    Result<QList<Project>> list();
    Result<Project> byName(const QString& name);
    Result<Project> add(const QString& name);
    // False when nothing changed (the name was already the project's).
    Result<bool> rename(ProjectId id, const QString& newName);
    Result<void> remove(ProjectId id);
    Result<ProjectStore::ProjectCounts> counts(ProjectId id);
    // False when nothing changed.
    Result<bool> setSourceFolder(ProjectId id, const QString& folder);

private:
    Result<bool> nameTaken(const QByteArray& index);
    Result<int> secretCount(ProjectId id);

    VaultContext& m_vault;
};
