#include "storage/vault/ItemHistory.h"

#include "storage/VaultKeys.h"
#include "storage/vault/Sql.h"
#include "storage/vault/VaultContext.h"
#include "storage/vault/VaultText.h"

#include <QDateTime>

#include <map>
#include <optional>
#include <set>

using VaultKeys::kVersionKind;

namespace {

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

} // namespace

ItemHistory::ItemHistory(VaultContext& vault) : m_vault(vault) { }

VersionChange ItemHistory::editKind(const RecordCodec::Record& before, const RecordCodec::Record& after)
{
    const bool renamed = before.name != after.name;
    const bool valueChanged = !(before.value == after.value);
    const bool flagChanged = before.includeInExport != after.includeInExport;
    if (int(renamed) + int(valueChanged) + int(flagChanged) > 1) {
        return VersionChange::Edited;
    }
    if (renamed) {
        return VersionChange::Renamed;
    }
    return flagChanged ? VersionChange::ExportFlagChanged : VersionChange::Replaced;
}

ItemVersion ItemHistory::toItemVersion(const Version& version)
{
    ItemVersion shown;
    shown.number = version.number;
    shown.kind = static_cast<ItemKind>(version.kind);
    shown.damaged = version.damaged;
    if (version.damaged) {
        return shown;
    }
    const RecordCodec::Record& record = version.record;
    shown.time = RecordCodec::toDateTime(record.updatedMs);
    shown.actor = record.updatedBy;
    shown.origin = static_cast<HistoryOrigin>(record.history.origin);
    shown.change = version.change();
    shown.name = record.name;
    shown.includeInExport = record.includeInExport;
    shown.valueForgotten = !record.hasValue;
    if (shown.kind == ItemKind::Variable) {
        shown.value = QString::fromUtf8(record.value.constData(), record.value.size());
    }
    return shown;
}

Result<void> ItemHistory::record(ProjectId project, const Change& change)
{
    auto counted = Sql::query(
        m_vault.db, "SELECT count(*), coalesce(max(number), 0) FROM item_versions WHERE item_id = ?1", change.item);
    if (!counted) {
        return counted.error();
    }
    if (auto stepped = Sql::step(*counted.value()); !stepped) {
        return stepped.error();
    }
    qint64 count = counted.value()->int64(0);
    qint64 number = counted.value()->int64(1);
    counted.value().reset();
    if (count == 0 && change.before != nullptr) {
        // The item predates history: its state until now is worth keeping too.
        if (auto kept = insert(project, change.item, change.kind, ++number, *change.before, VersionChange::Existing,
                HistoryOrigin::BeforeHistory);
            !kept) {
            return kept;
        }
        ++count;
    }
    if (auto kept = insert(project, change.item, change.kind, ++number, *change.after, change.change, change.origin);
        !kept) {
        return kept;
    }
    auto retention = this->retention();
    if (!retention) {
        return retention.error();
    }
    if (count + 1 <= retention->keepVersions) {
        return {};
    }
    return applyRetention(change.item, retention.value());
}

Result<void> ItemHistory::insert(ProjectId project, RecordId item, quint8 kind, qint64 number,
    RecordCodec::Record record, VersionChange change, HistoryOrigin origin)
{
    auto id = m_vault.allocateIds(1);
    if (!id) {
        return id.error();
    }
    record = versionRecord(project, kind, number, record, change, origin);
    auto sealed = m_vault.keys.seal(item, kVersionKind, id.value(), record);
    if (!sealed) {
        return sealed.error();
    }
    return Sql::execute(m_vault.db,
        "INSERT INTO item_versions (id, project_id, item_id, number, record) VALUES (?1, ?2, ?3, ?4, ?5)", id.value(),
        project, item, number, sealed.value());
}

RecordCodec::Record ItemHistory::versionRecord(ProjectId project, quint8 kind, qint64 number,
    const RecordCodec::Record& state, VersionChange change, HistoryOrigin origin)
{
    RecordCodec::Record record = state;
    record.itemKind = kind;
    record.history.present = true;
    record.history.origin = static_cast<quint8>(origin);
    record.history.change = static_cast<quint8>(change);
    record.history.number = number;
    record.history.owner = project;
    return record;
}

Result<void> ItemHistory::recordMany(ProjectId project, const std::vector<Change>& changes)
{
    if (changes.empty()) {
        return {};
    }
    auto retention = this->retention();
    if (!retention) {
        return retention.error();
    }
    // Only the items that already existed are looked up, each on the (item_id, number) index: a
    // grouping over the whole project's versions made a small import into a large project pay for
    // every version of the project. An added item's id was allocated in this transaction (ids are
    // never reused), so it has no versions yet.
    auto counted
        = Sql::prepare(m_vault.db, "SELECT count(*), coalesce(max(number), 0) FROM item_versions WHERE item_id = ?1");
    if (!counted) {
        return counted.error();
    }
    std::map<RecordId, std::pair<qint64, qint64>> known;
    for (const Change& change : changes) {
        if (change.change == VersionChange::Added || known.contains(change.item)) {
            continue;
        }
        SqliteStatement& statement = *counted.value();
        Sql::bindAll(statement, change.item);
        auto stepped = Sql::step(statement);
        if (!stepped) {
            return stepped.error();
        }
        known[change.item] = {statement.int64(0), statement.int64(1)};
        statement.reset();
    }
    std::vector<PendingVersion> pending;
    std::set<RecordId> crowded;
    for (const Change& change : changes) {
        auto [count, number] = known[change.item];
        if (count == 0 && change.change != VersionChange::Added) {
            RecordCodec::Record unknown = change.before ? *change.before : *change.after;
            if (!change.before) {
                unknown.value.clear();
                unknown.hasValue = false;
                unknown.updatedMs = unknown.createdMs;
            }
            pending.push_back({change.item,
                versionRecord(
                    project, change.kind, ++number, unknown, VersionChange::Existing, HistoryOrigin::BeforeHistory),
                {}});
            ++count;
        }
        pending.push_back({change.item,
            versionRecord(project, change.kind, ++number, *change.after, change.change, change.origin), {}});
        known[change.item] = {++count, number};
        if (count > retention->keepVersions) {
            crowded.insert(change.item);
        }
    }
    if (auto inserted = insertMany(project, pending); !inserted) {
        return inserted;
    }
    for (const RecordId item : crowded) {
        if (auto applied = applyRetention(item, retention.value()); !applied) {
            return applied;
        }
    }
    return {};
}

Result<void> ItemHistory::insertMany(ProjectId project, std::vector<PendingVersion>& pending)
{
    auto firstId = m_vault.allocateIds(static_cast<qint64>(pending.size()));
    if (!firstId) {
        return firstId.error();
    }
    m_vault.keys.forEachInParallel(pending.size(), [&](RecordCipher& cipher, size_t begin, size_t end) {
        for (size_t i = begin; i < end; ++i) {
            pending[i].sealed
                = cipher.seal(pending[i].item, kVersionKind, firstId.value() + qint64(i), pending[i].record);
        }
    });
    auto insert = Sql::prepare(
        m_vault.db, "INSERT INTO item_versions (id, project_id, item_id, number, record) VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!insert) {
        return insert.error();
    }
    for (size_t i = 0; i < pending.size(); ++i) {
        if (!pending[i].sealed) {
            return VaultText::encryptionFailed();
        }
        if (auto inserted = Sql::runWith(*insert.value(), firstId.value() + qint64(i), project, pending[i].item,
                pending[i].record.history.number, *pending[i].sealed);
            !inserted) {
            return inserted;
        }
    }
    return {};
}

Result<std::vector<ItemHistory::Version>> ItemHistory::select(const char* sql, qint64 key)
{
    auto query = Sql::query(m_vault.db, sql, key);
    if (!query) {
        return query.error();
    }
    SqliteStatement& statement = *query.value();
    std::vector<Version> versions;
    while (statement.next()) {
        Version version;
        version.row = statement.int64(0);
        version.item = statement.int64(1);
        version.number = statement.int64(2);
        const ProjectId project = statement.int64(3);
        auto record = m_vault.keys.tryOpen(version.item, kVersionKind, version.row, statement.blob(4));
        // The columns are not sealed: a record must agree with the row that holds it.
        if (record && record->history.number == version.number && record->history.owner == project) {
            version.kind = record->itemKind;
            version.record = std::move(*record);
        } else {
            version.damaged = true;
        }
        versions.push_back(std::move(version));
    }
    if (statement.failed()) {
        return statement.error();
    }
    return versions;
}

Result<std::vector<ItemHistory::Version>> ItemHistory::versionsOf(RecordId item)
{
    return select("SELECT id, item_id, number, project_id, record FROM item_versions WHERE item_id = ?1 "
                  "ORDER BY number",
        item);
}

Result<std::vector<ItemHistory::Version>> ItemHistory::versionsOfProject(ProjectId project)
{
    return select("SELECT id, item_id, number, project_id, record FROM item_versions WHERE project_id = ?1 "
                  "ORDER BY item_id, number",
        project);
}

Result<int> ItemHistory::forgetOldValues(RecordId item)
{
    auto versions = versionsOf(item);
    if (!versions) {
        return versions.error();
    }
    int forgotten = 0;
    for (size_t i = 0; i + 1 < versions->size(); ++i) {
        Version& version = versions.value()[i];
        if (version.damaged) {
            if (auto removed = Sql::execute(m_vault.db, "DELETE FROM item_versions WHERE id = ?1", version.row);
                !removed) {
                return removed.error();
            }
            ++forgotten;
            continue;
        }
        if (!version.record.hasValue) {
            continue;
        }
        version.record.value.clear();
        version.record.hasValue = false;
        auto sealed = m_vault.keys.seal(item, kVersionKind, version.row, version.record);
        if (!sealed) {
            return sealed.error();
        }
        if (auto updated = Sql::execute(
                m_vault.db, "UPDATE item_versions SET record = ?2 WHERE id = ?1", version.row, sealed.value());
            !updated) {
            return updated.error();
        }
        ++forgotten;
    }
    return forgotten;
}

Result<void> ItemHistory::removeOfItem(RecordId item)
{
    return Sql::execute(m_vault.db, "DELETE FROM item_versions WHERE item_id = ?1", item);
}

Result<void> ItemHistory::removeOfProject(ProjectId project)
{
    return Sql::execute(m_vault.db, "DELETE FROM item_versions WHERE project_id = ?1", project);
}

Result<HistoryRetention> ItemHistory::retention()
{
    auto query = Sql::query(m_vault.db, "SELECT keep_versions, keep_days, trash_days FROM history_settings");
    if (!query) {
        return query.error();
    }
    auto found = Sql::step(*query.value());
    if (!found) {
        return found.error();
    }
    HistoryRetention retention;
    if (found.value()) {
        retention.keepVersions = static_cast<int>(query.value()->int64(0));
        retention.keepDays = static_cast<int>(query.value()->int64(1));
        retention.trashDays = static_cast<int>(query.value()->int64(2));
    }
    return retention;
}

Result<void> ItemHistory::setRetention(const HistoryRetention& retention)
{
    if (retention.keepVersions < 1 || retention.keepVersions > HistoryRetention::kMaxKeepVersions
        || retention.keepDays < 0 || retention.keepDays > HistoryRetention::kMaxDays || retention.trashDays < 0
        || retention.trashDays > HistoryRetention::kMaxDays) {
        return makeError(ErrorCode::InvalidInput,
            tr("History keeps 1 to %1 versions per item, and versions and deleted items for 0 to %2 days.")
                .arg(HistoryRetention::kMaxKeepVersions)
                .arg(HistoryRetention::kMaxDays));
    }
    if (auto updated = Sql::execute(m_vault.db,
            "UPDATE history_settings SET keep_versions = ?1, keep_days = ?2, trash_days = ?3 WHERE id = 1",
            retention.keepVersions, retention.keepDays, retention.trashDays);
        !updated) {
        return updated;
    }
    auto items = Sql::query(
        m_vault.db, "SELECT item_id FROM item_versions GROUP BY item_id HAVING count(*) > ?1", retention.keepVersions);
    if (!items) {
        return items.error();
    }
    std::vector<RecordId> crowded;
    while (items.value()->next()) {
        crowded.push_back(items.value()->int64(0));
    }
    if (items.value()->failed()) {
        return items.value()->error();
    }
    for (const RecordId item : crowded) {
        if (auto applied = applyRetention(item, retention); !applied) {
            return applied;
        }
    }
    return {};
}

Result<qint64> ItemHistory::startedMs()
{
    return m_vault.db.scalar("SELECT since_ms FROM history_settings WHERE id = 1");
}

Result<qint64> ItemHistory::shownSinceMs()
{
    auto started = startedMs();
    auto retention = this->retention();
    if (!started || !retention) {
        return started ? retention.error() : started.error();
    }
    return std::max(started.value(), QDateTime::currentMSecsSinceEpoch() - retention->keepDays * kDayMs);
}

// Keeps the item's last `keepVersions`, every version younger than `keepDays`, and the newest one
// older than that (the state the item had `keepDays` ago); removes the rest. A version that does not
// open is kept: its age is unknown.
Result<void> ItemHistory::applyRetention(RecordId item, const HistoryRetention& retention)
{
    auto versions = versionsOf(item);
    if (!versions) {
        return versions.error();
    }
    const qint64 cutoff = QDateTime::currentMSecsSinceEpoch() - retention.keepDays * kDayMs;
    bool boundaryKept = false;
    qint64 newest = 0;
    for (auto it = versions->rbegin(); it != versions->rend(); ++it) {
        ++newest;
        if (it->damaged) {
            continue;
        }
        const bool old = it->timeMs() < cutoff;
        if (!old || newest <= retention.keepVersions) {
            boundaryKept = boundaryKept || old;
            continue;
        }
        if (!boundaryKept) {
            boundaryKept = true;
            continue;
        }
        if (auto removed = Sql::execute(m_vault.db, "DELETE FROM item_versions WHERE id = ?1", it->row); !removed) {
            return removed;
        }
    }
    return {};
}
