#pragma once

#include "models/Ids.h"
#include "models/Result.h"
#include "storage/RecordCodec.h"

#include <QByteArray>
#include <QList>

#include <vector>

struct VaultContext;

// One of the vault's tables of sealed records that belong to a project by id alone
// (`id, project_id, record`: outbox, outbox_batches, credentials): every record is sealed as
// `kind` under its row's id and project. Each method runs inside the caller's transaction.
class SealedTable
{
public:
    struct Row
    {
        RecordId id = 0;
        QByteArray sealed;
    };

    SealedTable(VaultContext& vault, const char* table, quint8 kind);

    // Seals and inserts a record under a new id; returns the id.
    Result<RecordId> insert(ProjectId project, const RecordCodec::Record& record);
    // Seals and inserts or replaces the record of row `id`.
    Result<void> put(RecordId id, ProjectId project, const RecordCodec::Record& record);
    // The project's rows in id order, still sealed.
    Result<std::vector<Row>> rows(ProjectId project) const;
    Result<bool> contains(ProjectId project, RecordId id) const;
    Result<qint64> count(ProjectId project) const;
    Result<void> removeAll(ProjectId project);
    // Removes the project's rows `ids`; ids not stored are ignored. Returns how many were removed.
    Result<qint64> remove(ProjectId project, const QList<qint64>& ids);

private:
    QByteArray sql(const char* pattern) const;

    VaultContext& m_vault;
    QByteArray m_table;
    quint8 m_kind;
};
