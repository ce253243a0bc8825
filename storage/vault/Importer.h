#pragma once

#include "models/ProjectStore.h"
#include "models/Result.h"
#include "storage/RecordCodec.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

struct VaultContext;
class Items;
class Outbox;
class Projects;

// ProjectStore::applyImport: a whole import (a new project or an existing one's fields, and every
// item) in one transaction. Existing items keep their row and creation time. The records, and a
// bound project's outbox entries, are sealed on all cores.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Vault)

public:
    struct Imported
    {
        ProjectId project = 0;
        // A bound project queued one put per item.
        bool queued = false;
    };

    Importer(VaultContext& vault, Projects& projects, Items& items, Outbox& outbox);

    Result<Imported> apply(const ProjectStore::ProjectImport& import);

private:
    // One item on its way into the items table.
    struct Row
    {
        RecordCodec::Record record;
        RecordId id = 0;
        QByteArray nameIndex;
        QByteArray foldIndex;
        bool replaces = false;
        std::optional<QByteArray> sealed;
        std::optional<QByteArray> sealedEntry;
    };

    Result<void> check(const ProjectStore::ProjectImport& import);
    // How many items the import added and replaced, for its audit entry.
    static QString importDetail(const std::vector<Row>& rows);
    Result<RecordCodec::Record> writeProject(const ProjectStore::ProjectImport& import, qint64 now, ProjectId* project);
    Result<std::vector<Row>> readRows(const ProjectStore::ProjectImport& import, ProjectId project, qint64 now);
    void computeIndexes(const ProjectStore::ProjectImport& import, ProjectId project, std::vector<Row>& rows);
    Result<void> assignIds(std::vector<Row>& rows);
    void seal(const ProjectStore::ProjectImport& import, ProjectId project, std::vector<Row>& rows, qint64 now,
        qint64 firstEntryId);
    Result<void> writeRows(const ProjectStore::ProjectImport& import, ProjectId project, const std::vector<Row>& rows);
    // Every item's new state as a version (ItemHistory::recordMany), in the import's transaction.
    Result<void> keepVersions(
        const ProjectStore::ProjectImport& import, ProjectId project, const std::vector<Row>& rows);
    Result<void> writeEntries(ProjectId project, const std::vector<Row>& rows, qint64 firstEntryId);
    // The archive's rules into the project's secrets that have none (ProjectImport::secretRotations);
    // true when one changed.
    Result<bool> applyRotations(
        const ProjectStore::ProjectImport& import, ProjectId project, const RecordCodec::Record& projectRecord);

    VaultContext& m_vault;
    Projects& m_projects;
    Items& m_items;
    Outbox& m_outbox;
};
