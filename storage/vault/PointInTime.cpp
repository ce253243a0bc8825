#include "storage/vault/PointInTime.h"

#include "storage/vault/AuditLog.h"
#include "storage/vault/ItemHistory.h"
#include "storage/vault/Items.h"
#include "storage/vault/Outbox.h"
#include "storage/vault/Projects.h"
#include "storage/vault/Trash.h"
#include "storage/vault/VaultContext.h"
#include "storage/vault/VaultText.h"

#include <QDateTime>

#include <algorithm>

namespace {

constexpr auto kSecret = static_cast<quint8>(ItemKind::Secret);

QString moment(qint64 ms)
{
    return RecordCodec::toDateTime(ms).toString(Qt::ISODate);
}

bool sameState(const RecordCodec::Record& a, const RecordCodec::Record& b)
{
    return a.name == b.name && a.value == b.value && a.hasValue == b.hasValue && a.includeInExport == b.includeInExport;
}

} // namespace

PointInTime::PointInTime(
    VaultContext& vault, Projects& projects, Items& items, Outbox& outbox, ItemHistory& history, Trash& trash)
    : m_vault(vault), m_projects(projects), m_items(items), m_outbox(outbox), m_history(history), m_trash(trash)
{
}

Result<void> PointInTime::checkMoment(const RecordCodec::Record& project, qint64 atMs)
{
    if (atMs > QDateTime::currentMSecsSinceEpoch()) {
        return makeError(ErrorCode::InvalidInput, tr("%1 is in the future.").arg(moment(atMs)));
    }
    if (atMs < project.createdMs) {
        return makeError(ErrorCode::InvalidInput,
            tr("Project '%1' did not exist at %2: it was created at %3.")
                .arg(project.name, moment(atMs), moment(project.createdMs)));
    }
    auto shownSince = m_history.shownSinceMs();
    if (!shownSince) {
        return shownSince.error();
    }
    if (atMs < shownSince.value()) {
        return makeError(ErrorCode::InvalidInput,
            tr("The vault's history goes back to %1 only (what it keeps, or when it started): %2 is older.")
                .arg(moment(shownSince.value()), moment(atMs)));
    }
    return {};
}

Result<PointInTime::States> PointInTime::current(ProjectId project, const std::set<RecordId>* skipped)
{
    States states;
    for (const quint8 kind : {kSecret, static_cast<quint8>(ItemKind::Variable)}) {
        auto rows = m_items.rowsOf(project, kind);
        if (!rows) {
            return rows.error();
        }
        for (const Items::Row& row : rows.value()) {
            if (skipped != nullptr && skipped->count(row.id) != 0) {
                continue;
            }
            auto record = m_vault.keys.open(project, kind, row.id, row.sealed);
            if (!record) {
                return record.error();
            }
            states[row.id] = State {kind, std::move(record.value())};
        }
    }
    return states;
}

Result<PointInTime::States> PointInTime::stateAt(ProjectId project, qint64 atMs)
{
    auto versions = m_history.versionsOfProject(project);
    if (!versions) {
        return versions.error();
    }
    States states;
    std::set<RecordId> versioned;
    // Sorted by item and number: the last version at or before the moment wins.
    for (ItemHistory::Version& version : versions.value()) {
        if (version.damaged) {
            return VaultText::damagedRecord(version.row);
        }
        versioned.insert(version.item);
        if (version.timeMs() > atMs) {
            continue;
        }
        if (version.change() == VersionChange::Removed) {
            states.erase(version.item);
            continue;
        }
        RecordCodec::Record record = std::move(version.record);
        record.history = {};
        states[version.item] = State {version.kind, std::move(record)};
    }
    // Only the items without a version (unchanged since history started) take their state from
    // now: opening every item would hold a second decrypted copy of the whole project.
    auto unversioned = current(project, &versioned);
    if (!unversioned) {
        return unversioned.error();
    }
    for (auto& [id, state] : unversioned.value()) {
        if (state.record.createdMs <= atMs) {
            states[id] = std::move(state);
        }
    }
    return states;
}

ProjectSnapshot::Item PointInTime::shown(RecordId id, const State& state)
{
    ProjectSnapshot::Item item;
    item.id = id;
    item.kind = static_cast<ItemKind>(state.kind);
    item.name = state.record.name;
    if (item.kind == ItemKind::Variable) {
        item.value = QString::fromUtf8(state.record.value.constData(), state.record.value.size());
        item.includeInExport = state.record.includeInExport;
    }
    item.updated = RecordCodec::toDateTime(state.record.updatedMs);
    item.updatedBy = state.record.updatedBy;
    return item;
}

Result<ProjectSnapshot> PointInTime::show(ProjectId project, qint64 atMs)
{
    auto projectRecord = m_projects.require(project);
    if (!projectRecord) {
        return projectRecord.error();
    }
    if (auto valid = checkMoment(projectRecord.value(), atMs); !valid) {
        return valid.error();
    }
    auto states = stateAt(project, atMs);
    if (!states) {
        return states.error();
    }
    ProjectSnapshot snapshot;
    snapshot.project = project;
    snapshot.projectName = projectRecord->name;
    snapshot.at = RecordCodec::toDateTime(atMs);
    for (const auto& [id, state] : states.value()) {
        snapshot.items.append(shown(id, state));
    }
    std::sort(snapshot.items.begin(), snapshot.items.end(),
        [](const auto& a, const auto& b) { return a.kind != b.kind ? a.kind == ItemKind::Secret : a.name < b.name; });
    return snapshot;
}

Result<PointInTime::Comparison> PointInTime::compare(ProjectId project, qint64 atMs)
{
    auto projectRecord = m_projects.require(project);
    if (!projectRecord) {
        return projectRecord.error();
    }
    if (auto valid = checkMoment(projectRecord.value(), atMs); !valid) {
        return valid.error();
    }
    auto target = stateAt(project, atMs);
    auto now = current(project);
    if (!target || !now) {
        return target ? now.error() : target.error();
    }
    Comparison comparison {
        std::move(projectRecord.value()), std::move(target.value()), std::move(now.value()), {}, {}, {}};
    for (const auto& [id, state] : comparison.now) {
        const auto wanted = comparison.target.find(id);
        if (wanted == comparison.target.end()) {
            comparison.removed.push_back(id);
        } else if (!sameState(state.record, wanted->second.record)) {
            comparison.changed.push_back(id);
        }
    }
    for (const auto& [id, state] : comparison.target) {
        if (!comparison.now.count(id)) {
            comparison.added.push_back(id);
        }
    }
    return comparison;
}

Result<PointInTimePlan> PointInTime::plan(ProjectId project, qint64 atMs)
{
    auto comparison = compare(project, atMs);
    if (!comparison) {
        return comparison.error();
    }
    PointInTimePlan plan;
    for (const RecordId id : comparison->added) {
        plan.added.append(shown(id, comparison->target.at(id)));
    }
    for (const RecordId id : comparison->changed) {
        plan.changed.append(shown(id, comparison->target.at(id)));
    }
    for (const RecordId id : comparison->removed) {
        plan.removed.append(shown(id, comparison->now.at(id)));
    }
    return plan;
}

Result<void> PointInTime::checkRestorable(const Comparison& comparison)
{
    bool touchesSecrets = false;
    for (const auto* ids : {&comparison.added, &comparison.changed}) {
        for (const RecordId id : *ids) {
            const State& state = comparison.target.at(id);
            touchesSecrets = touchesSecrets || state.kind == kSecret;
            if (!state.record.hasValue) {
                return makeError(ErrorCode::InvalidInput,
                    tr("The value %1 '%2' had at that moment is not kept (it was forgotten, or it predates "
                       "history); nothing was changed.")
                        .arg(VaultText::kindName(state.kind), state.record.name));
            }
        }
    }
    for (const RecordId id : comparison.removed) {
        touchesSecrets = touchesSecrets || comparison.now.at(id).kind == kSecret;
    }
    return touchesSecrets ? m_vault.policy.checkManageSecrets(m_vault.actor) : Result<void>();
}

Result<void> PointInTime::bringBack(ProjectId project, bool bound, RecordId id, const State& target, qint64 previousMs)
{
    RecordCodec::Record record = target.record;
    record.updatedMs = std::max(QDateTime::currentMSecsSinceEpoch(), previousMs + 1);
    record.updatedBy = m_vault.actor.name;
    if (auto inserted = m_items.insertAs(project, target.kind, id, record); !inserted) {
        return inserted.error();
    }
    if (auto queued = m_outbox.queueChange(project, bound, target.kind, record.name, OutboxEntry::Op::Put, &record);
        !queued) {
        return queued;
    }
    return m_history.record(
        project, {target.kind, id, nullptr, &record, VersionChange::Restored, HistoryOrigin::Restore});
}

// Every row that goes or changes leaves first, so that no name is held twice on the way back.
Result<void> PointInTime::leave(ProjectId project, bool bound, const Comparison& comparison)
{
    for (const RecordId id : comparison.removed) {
        const State& state = comparison.now.at(id);
        if (auto moved = m_trash.moveItem(project, state.kind, id, state.record, HistoryOrigin::Restore); !moved) {
            return moved;
        }
        if (auto queued
            = m_outbox.queueChange(project, bound, state.kind, state.record.name, OutboxEntry::Op::Delete, nullptr);
            !queued) {
            return queued;
        }
    }
    for (const RecordId id : comparison.changed) {
        const State& state = comparison.now.at(id);
        if (auto removed = m_items.removeRow(id); !removed) {
            return removed;
        }
        if (comparison.target.at(id).record.name == state.record.name) {
            continue;
        }
        if (auto queued
            = m_outbox.queueChange(project, bound, state.kind, state.record.name, OutboxEntry::Op::Delete, nullptr);
            !queued) {
            return queued;
        }
    }
    return {};
}

Result<PointInTimeOutcome> PointInTime::restore(ProjectId project, qint64 atMs)
{
    SqliteDatabase::Transaction transaction(m_vault.db);
    if (!transaction.begun()) {
        return transaction.begun().error();
    }
    auto comparison = compare(project, atMs);
    if (!comparison) {
        return comparison.error();
    }
    if (auto restorable = checkRestorable(comparison.value()); !restorable) {
        return restorable.error();
    }
    const bool bound = comparison->project.remoteProjectId != 0;
    if (auto left = leave(project, bound, comparison.value()); !left) {
        return left.error();
    }
    for (const RecordId id : comparison->changed) {
        const qint64 previousMs = comparison->now.at(id).record.updatedMs;
        if (auto back = bringBack(project, bound, id, comparison->target.at(id), previousMs); !back) {
            return back.error();
        }
    }
    for (const RecordId id : comparison->added) {
        // An item that was deleted since comes back from the trash, its entry gone.
        if (auto fromTrash = m_trash.takeItem(project, id); !fromTrash) {
            return fromTrash.error();
        }
        if (auto back = bringBack(project, bound, id, comparison->target.at(id), 0); !back) {
            return back.error();
        }
    }
    const PointInTimeOutcome outcome {
        int(comparison->added.size()), int(comparison->changed.size()), int(comparison->removed.size())};
    const QString detail = QStringLiteral("%1: %2 added, %3 changed, %4 removed")
                               .arg(moment(atMs))
                               .arg(outcome.added)
                               .arg(outcome.changed)
                               .arg(outcome.removed);
    if (auto logged
        = m_vault.audit->append({AuditAction::PointInTimeRestored, comparison->project.name, 0, {}, detail});
        !logged) {
        return logged.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return outcome;
}
