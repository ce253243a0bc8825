#pragma once

#include "models/ItemHistory.h"
#include "models/Result.h"
#include "storage/RecordCodec.h"

#include <QCoreApplication>

#include <map>
#include <set>
#include <vector>

struct VaultContext;
class ItemHistory;
class Items;
class Outbox;
class Projects;
class Trash;

// A project as it was at a moment, computed from its items' versions: an item existed at `at` when
// its newest version at or before `at` is not a removal, and an item with no version at all (it
// predates history and never changed since) existed from its creation on. Restoring a project to a
// moment is one transaction of ordinary changes: items that did not exist go to the trash, the
// others get the state they had, each with a version, an outbox entry and, together, an audit entry.
class PointInTime
{
    Q_DECLARE_TR_FUNCTIONS(Vault)

public:
    PointInTime(
        VaultContext& vault, Projects& projects, Items& items, Outbox& outbox, ItemHistory& history, Trash& trash);

    Result<ProjectSnapshot> show(ProjectId project, qint64 atMs);
    Result<PointInTimePlan> plan(ProjectId project, qint64 atMs);
    Result<PointInTimeOutcome> restore(ProjectId project, qint64 atMs);

private:
    struct State
    {
        quint8 kind = 0;
        RecordCodec::Record record;
    };
    using States = std::map<RecordId, State>;

    // The project's states at the moment and now, checked.
    struct Comparison
    {
        RecordCodec::Record project;
        States target;
        States now;
        std::vector<RecordId> added;
        std::vector<RecordId> changed;
        std::vector<RecordId> removed;
    };

    static ProjectSnapshot::Item shown(RecordId id, const State& state);
    Result<Comparison> compare(ProjectId project, qint64 atMs);
    Result<void> leave(ProjectId project, bool bound, const Comparison& comparison);

    Result<void> checkMoment(const RecordCodec::Record& project, qint64 atMs);
    Result<States> stateAt(ProjectId project, qint64 atMs);
    // Every item's state now, apart from the items in `skipped`, which are not even opened.
    Result<States> current(ProjectId project, const std::set<RecordId>* skipped = nullptr);
    // Refuses a restore that needs a secret's value "forget old values" destroyed, or the secrets role.
    Result<void> checkRestorable(const Comparison& comparison);
    Result<void> bringBack(ProjectId project, bool bound, RecordId id, const State& target, qint64 previousMs);

    VaultContext& m_vault;
    Projects& m_projects;
    Items& m_items;
    Outbox& m_outbox;
    ItemHistory& m_history;
    Trash& m_trash;
};
