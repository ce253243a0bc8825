#pragma once

#include "models/ItemHistory.h"
#include "models/Result.h"
#include "storage/RecordCodec.h"

#include <QCoreApplication>
#include <QList>

#include <vector>

struct VaultContext;

// The versions of the vault's items: every write of an item keeps the state it leaves as a new
// version, in the write's transaction. A version is the whole item record (name, value, flags) with
// who, when, where from and what changed, sealed as its own kind under the item's id and its row's
// id, so that it opens for that item and row only. Retention is applied to an item whenever it gets
// a version. An item that has no version yet (it predates history) first gets its current state as
// version 1, so that nothing it held since history started is lost.
class ItemHistory
{
    Q_DECLARE_TR_FUNCTIONS(Vault)

public:
    struct Version
    {
        RecordId row = 0;
        RecordId item = 0;
        qint64 number = 0;
        quint8 kind = 0;
        // Empty when damaged.
        RecordCodec::Record record;
        bool damaged = false;

        qint64 timeMs() const { return record.updatedMs; }
        VersionChange change() const { return static_cast<VersionChange>(record.history.change); }
    };

    // One change to record; `before` is the state the change replaced (nullptr for an addition).
    struct Change
    {
        quint8 kind = 0;
        RecordId item = 0;
        const RecordCodec::Record* before = nullptr;
        const RecordCodec::Record* after = nullptr;
        VersionChange change = VersionChange::Added;
        HistoryOrigin origin = HistoryOrigin::Local;
    };

    explicit ItemHistory(VaultContext& vault);

    // What an edit from `before` to `after` changed.
    static VersionChange editKind(const RecordCodec::Record& before, const RecordCodec::Record& after);
    static ItemVersion toItemVersion(const Version& version);

    // Inside the caller's transaction: keeps the change's `after` as the item's newest version, then
    // applies the retention to the item. The version's time and actor are `after`'s updated time
    // and author.
    Result<void> record(ProjectId project, const Change& change);
    // The same for many items of one project at once (an import), sealed in parallel. An item that
    // had no version and no `before` gets a version 1 that says it existed with a value not kept.
    Result<void> recordMany(ProjectId project, const std::vector<Change>& changes);
    // The item's versions, oldest first.
    Result<std::vector<Version>> versionsOf(RecordId item);
    // Every version of every item of the project (the items in the trash included), by item and number.
    Result<std::vector<Version>> versionsOfProject(ProjectId project);
    // Inside the caller's transaction: strips the value from every version of the item but the
    // newest; a version that does not open is removed (it may hold an old value).
    Result<int> forgetOldValues(RecordId item);
    Result<void> removeOfItem(RecordId item);
    Result<void> removeOfProject(ProjectId project);

    Result<HistoryRetention> retention();
    // Inside the caller's transaction, applied to every item at once.
    Result<void> setRetention(const HistoryRetention& retention);
    // When history started: no moment before it can be shown.
    Result<qint64> startedMs();
    // The oldest moment every item of the vault can still be shown at.
    Result<qint64> shownSinceMs();

private:
    Result<void> insert(ProjectId project, RecordId item, quint8 kind, qint64 number, RecordCodec::Record record,
        VersionChange change, HistoryOrigin origin);
    Result<void> applyRetention(RecordId item, const HistoryRetention& retention);
    static RecordCodec::Record versionRecord(ProjectId project, quint8 kind, qint64 number,
        const RecordCodec::Record& state, VersionChange change, HistoryOrigin origin);
    Result<std::vector<Version>> select(const char* sql, qint64 key);

    VaultContext& m_vault;
};
