#pragma once

#include "models/ItemHistory.h"
#include "models/Result.h"
#include "storage/RecordCodec.h"

// What a deletion in Items, Projects or RemoteStates needs of the recently deleted list (Trash),
// without including it: Trash itself works through Items and Projects.
class TrashKeeper
{
public:
    virtual ~TrashKeeper() = default;

    // Inside the caller's transaction: removes the item's row and keeps `record` (its last state)
    // in the trash, with a "Removed" version.
    virtual Result<void> moveItem(ProjectId project, quint8 kind, RecordId item, const RecordCodec::Record& record,
        HistoryOrigin origin, qint64 parent = 0)
        = 0;
    // Inside the caller's transaction, before the project's row is deleted: keeps the project's
    // record and every item that opens in the trash. The caller deletes the rows.
    virtual Result<void> moveProject(ProjectId project, const RecordCodec::Record& record) = 0;
};
