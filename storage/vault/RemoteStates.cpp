#include "storage/vault/RemoteStates.h"

#include "models/ItemAuthor.h"
#include "models/NameRules.h"
#include "storage/VaultKeys.h"
#include "storage/vault/AuditLog.h"
#include "storage/vault/Items.h"
#include "storage/vault/Outbox.h"
#include "storage/vault/Projects.h"
#include "storage/vault/Sql.h"
#include "storage/vault/VaultContext.h"
#include "storage/vault/VaultLimits.h"
#include "storage/vault/VaultText.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>
#include <optional>
#include <tuple>

using VaultKeys::kRemoteStateKind;

namespace {

constexpr auto kSecret = static_cast<quint8>(ItemKind::Secret);
constexpr auto kVariable = static_cast<quint8>(ItemKind::Variable);

bool isItemKind(ItemKind kind)
{
    return kind == ItemKind::Secret || kind == ItemKind::Variable;
}

// A remote state's record: what the platform held for one item. A secret's value never comes back
// from the platform, so only a variable's record carries one. An invalid time is stored as 0.
RecordCodec::Record stateRecord(const RemoteItemState& state, qint64 now)
{
    RecordCodec::Record record;
    record.name = state.name;
    record.itemKind = static_cast<quint8>(state.kind);
    record.revision = state.revision;
    record.createdMs = now;
    record.updatedMs = state.updatedAt.isValid() ? state.updatedAt.toMSecsSinceEpoch() : 0;
    record.updatedBy = state.updatedBy;
    if (state.kind == ItemKind::Variable) {
        record.value = QCA::SecureArray(state.value.toUtf8());
        record.hasValue = true;
        record.includeInExport = state.includeInExport;
    }
    return record;
}

// An authenticated state record that does not describe an item of a known kind is treated as
// damaged, so the engine never compares against a guess.
std::optional<RemoteItemState> stateFrom(const RecordCodec::Record& record)
{
    const bool variable = record.itemKind == static_cast<quint8>(ItemKind::Variable);
    const bool knownKind = variable || record.itemKind == static_cast<quint8>(ItemKind::Secret);
    if (!knownKind || record.name.isEmpty() || record.revision < 0 || variable != record.hasValue) {
        return std::nullopt;
    }
    RemoteItemState state;
    state.kind = static_cast<ItemKind>(record.itemKind);
    state.name = record.name;
    state.revision = record.revision;
    state.updatedAt = record.updatedMs != 0 ? RecordCodec::toDateTime(record.updatedMs) : QDateTime();
    state.updatedBy = record.updatedBy;
    if (variable) {
        state.value = QString::fromUtf8(record.value.constData(), record.value.size());
        state.includeInExport = record.includeInExport;
    }
    return state;
}

struct StateRow
{
    RecordId id;
    QByteArray index;
    QByteArray sealed;
};

} // namespace

RemoteStates::RemoteStates(VaultContext& vault, Projects& projects, Items& items, Outbox& outbox)
    : m_vault(vault), m_projects(projects), m_items(items), m_outbox(outbox)
{
}

Result<QList<RemoteItemState>> RemoteStates::states(ProjectId project)
{
    if (auto record = m_projects.requireBound(project); !record) {
        return record.error();
    }
    auto query
        = Sql::query(m_vault.db, "SELECT id, name_index, record FROM remote_state WHERE project_id = ?1", project);
    if (!query) {
        return query.error();
    }
    std::vector<StateRow> rows;
    while (query.value()->next()) {
        rows.push_back({query.value()->int64(0), query.value()->blob(1), query.value()->blob(2)});
    }
    if (query.value()->failed()) {
        return query.value()->error();
    }
    query.value().reset();
    // Opened in parallel like the items and the outbox: a publish reads every state of the project.
    std::vector<std::optional<RemoteItemState>> opened(rows.size());
    m_vault.keys.forEachInParallel(rows.size(), [&](RecordCipher& cipher, size_t begin, size_t end) {
        for (size_t i = begin; i < end; ++i) {
            if (auto record = cipher.open(project, kRemoteStateKind, rows[i].id, rows[i].sealed)) {
                opened[i] = stateFrom(*record);
            }
        }
    });
    QList<RemoteItemState> states;
    states.reserve(static_cast<qsizetype>(rows.size()));
    for (size_t i = 0; i < rows.size(); ++i) {
        // The index must name what the record holds: otherwise two rows' indexes were swapped and
        // an upsert would overwrite the wrong item's base.
        if (!opened[i] || m_vault.keys.remoteIndex(project, opened[i]->kind, opened[i]->name) != rows[i].index) {
            return VaultText::damagedRecord(rows[i].id);
        }
        states.append(std::move(*opened[i]));
    }
    std::sort(states.begin(), states.end(), [](const RemoteItemState& a, const RemoteItemState& b) {
        return std::tie(a.kind, a.name) < std::tie(b.kind, b.name);
    });
    return states;
}

Result<void> RemoteStates::clear(ProjectId project)
{
    return Sql::execute(m_vault.db, "DELETE FROM remote_state WHERE project_id = ?1", project);
}

// Everything that can be checked without the database is checked before the transaction.
Result<void> RemoteStates::checkApply(const SyncApply& apply)
{
    for (const PulledVariable& variable : apply.putVariables) {
        if (auto valid = NameRules::validate(variable.name); !valid) {
            return valid;
        }
        if (const qsizetype size = variable.value.toUtf8().size(); size > VaultLimits::kMaxValueBytes) {
            return VaultText::namedValueTooLarge(variable.name, size);
        }
    }
    for (const PulledSecretRotation& pulled : apply.secretRotations) {
        if (auto valid = NameRules::validate(pulled.name); !valid) {
            return valid;
        }
        const RotationPolicy& policy = pulled.rotation.policy;
        // An expiry date in the past is a rule that is overdue, not a bad one.
        if (policy.periodDays < 0 || policy.periodDays > RotationRules::kMaxPeriodDays
            || (policy.periodDays > 0 && policy.expiresOn.isValid())) {
            return makeError(ErrorCode::InvalidInput,
                tr("The platform's rotation rule of secret '%1' is not valid; nothing was saved.").arg(pulled.name));
        }
    }
    const Error unknownKind = makeError(ErrorCode::InvalidInput,
        tr("A change names an item that is neither a secret nor a variable; nothing was saved."));
    for (const QList<ItemKey>* keys : {&apply.removeItems, &apply.clearStates}) {
        for (const ItemKey& key : *keys) {
            if (!isItemKind(key.kind)) {
                return unknownKind;
            }
            if (auto valid = NameRules::validate(key.name); !valid) {
                return valid;
            }
        }
    }
    for (const RemoteItemState& state : apply.setStates) {
        if (!isItemKind(state.kind)) {
            return unknownKind;
        }
        if (auto valid = NameRules::validate(state.name); !valid) {
            return valid;
        }
        if (state.revision < 0) {
            return makeError(ErrorCode::InvalidInput,
                tr("The platform's revision of '%1' is negative; nothing was saved.").arg(state.name));
        }
        if (const qsizetype size = state.value.toUtf8().size(); size > VaultLimits::kMaxValueBytes) {
            return VaultText::valueTooLarge(size);
        }
    }
    return {};
}

Result<RemoteStates::Applied> RemoteStates::apply(ProjectId project, const SyncApply& apply)
{
    if (auto valid = checkApply(apply); !valid) {
        return valid.error();
    }
    SqliteDatabase::Transaction transaction(m_vault.db);
    if (!transaction.begun()) {
        return transaction.begun().error();
    }
    auto projectRecord = m_projects.requireBound(project);
    if (!projectRecord) {
        return projectRecord.error();
    }
    Applied applied;
    auto outboxTouched = removeBatchesAndEntries(project, apply);
    if (!outboxTouched) {
        return outboxTouched.error();
    }
    applied.outboxTouched = outboxTouched.value();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto itemsTouched = applyItems(project, projectRecord->name, apply, now);
    if (!itemsTouched) {
        return itemsTouched.error();
    }
    applied.itemsTouched = itemsTouched.value();
    if (auto result = clearStates(project, apply.clearStates); !result) {
        return result.error();
    }
    if (auto result = putStates(project, apply.setStates, now); !result) {
        return result.error();
    }
    if (auto result = transaction.commit(); !result) {
        return result.error();
    }
    return applied;
}

// completeBatch, dropBatch and dropEntries; true when a row went.
Result<bool> RemoteStates::removeBatchesAndEntries(ProjectId project, const SyncApply& apply)
{
    const auto missingBatch = [](qint64 id) {
        return makeError(ErrorCode::NotFound,
            tr("Publish request #%1 is no longer stored for this project; nothing was saved.").arg(id));
    };
    QList<qint64> completedEntries;
    QList<qint64> batches;
    if (apply.completeBatch) {
        auto stored = m_outbox.storedBatches(project);
        if (!stored) {
            return stored.error();
        }
        const auto found = std::find_if(stored->cbegin(), stored->cend(),
            [&apply](const Outbox::StoredBatch& batch) { return batch.id == *apply.completeBatch; });
        if (found == stored->cend()) {
            return missingBatch(*apply.completeBatch);
        }
        if (!found->batch) {
            return VaultText::damagedBatch(found->id);
        }
        completedEntries = found->batch->entryIds;
        batches.append(*apply.completeBatch);
    }
    if (apply.dropBatch) {
        auto exists = m_outbox.batchExists(project, *apply.dropBatch);
        if (!exists) {
            return exists.error();
        }
        if (!exists.value()) {
            return missingBatch(*apply.dropBatch);
        }
        batches.append(*apply.dropBatch);
    }
    auto batchesDeleted = m_outbox.removeBatches(project, batches);
    auto entriesDeleted = m_outbox.removeEntries(project, completedEntries + apply.dropEntries);
    if (!batchesDeleted || !entriesDeleted) {
        return batchesDeleted ? entriesDeleted.error() : batchesDeleted.error();
    }
    return batchesDeleted.value() + entriesDeleted.value() > 0;
}

// No role check and no outbox entries: these writes come from the platform, which has already
// applied (and authorised) them, so there is nothing to publish back.
Result<bool> RemoteStates::applyItems(ProjectId project, const QString& projectName, const SyncApply& apply, qint64 now)
{
    bool touched = false;
    for (const ItemKey& key : apply.removeItems) {
        auto row = m_items.find(project, static_cast<quint8>(key.kind), key.name);
        if (!row) {
            return row.error();
        }
        if (!row.value()) {
            continue;
        }
        if (auto result = m_items.removeToTrash(
                project, static_cast<quint8>(key.kind), *row.value(), key.name, HistoryOrigin::Pull);
            !result) {
            return result.error();
        }
        touched = true;
    }
    for (const PulledVariable& variable : apply.putVariables) {
        if (auto result = putPulledVariable(project, variable, now); !result) {
            return result.error();
        }
        touched = true;
    }
    for (const PulledSecretRotation& rotation : apply.secretRotations) {
        auto changed = putPulledRotation(project, projectName, rotation, now);
        if (!changed) {
            return changed.error();
        }
        touched = touched || changed.value();
    }
    return touched;
}

// Takes the platform's rotation rule and time into a secret, never touching its value. Like a
// local rule change it keeps no version (versions are of values, names and flags) and is audited
// as `item.rotation` when the rule changed.
Result<bool> RemoteStates::putPulledRotation(
    ProjectId project, const QString& projectName, const PulledSecretRotation& pulled, qint64 now)
{
    auto row = m_items.find(project, kSecret, pulled.name);
    if (!row) {
        return row.error();
    }
    if (!row.value()) {
        return false; // removed here meanwhile: nothing to take the rule into
    }
    auto record = m_items.openNamed(project, *row.value(), kSecret, pulled.name);
    if (!record) {
        return record.error();
    }
    const RotationPolicy before = Items::rotationOf(record.value());
    // A time ahead of this clock would make the value younger than now.
    const qint64 rotatedMs = pulled.rotation.rotatedAt.isValid()
        ? std::min(pulled.rotation.rotatedAt.toMSecsSinceEpoch(), now)
        : (record->rotatedMs != 0 ? record->rotatedMs : record->updatedMs);
    if (before == pulled.rotation.policy && rotatedMs == record->rotatedMs) {
        return false;
    }
    Items::setRotation(record.value(), pulled.rotation.policy);
    record->rotatedMs = rotatedMs;
    record->updatedMs = std::max(now, record->updatedMs + 1);
    record->updatedBy = pulled.updatedBy.isEmpty() ? m_vault.actor.name : ItemAuthor::fromPlatform(pulled.updatedBy);
    if (auto updated = m_items.update(project, kSecret, row.value()->id, record.value()); !updated) {
        return updated.error();
    }
    if (before != pulled.rotation.policy) {
        const QString detail = QStringLiteral("%1 (pulled, %2)")
                                   .arg(RotationRules::policyCode(pulled.rotation.policy), record->updatedBy);
        if (auto logged
            = m_vault.audit->append({AuditAction::RotationChanged, projectName, kSecret, pulled.name, detail});
            !logged) {
            return logged.error();
        }
    }
    return true;
}

// Creates or replaces a variable with the platform's value, recording the platform's author and time
// of that value (the actor and now when the platform did not say).
Result<void> RemoteStates::putPulledVariable(ProjectId project, const PulledVariable& pulled, qint64 now)
{
    auto row = m_items.find(project, kVariable, pulled.name);
    if (!row) {
        return row.error();
    }
    RecordCodec::Record record;
    std::optional<RecordCodec::Record> before;
    if (row.value()) {
        auto existing = m_items.openNamed(project, *row.value(), kVariable, pulled.name);
        if (!existing) {
            return existing.error();
        }
        record = std::move(existing.value());
        before = record;
    } else {
        record.name = pulled.name;
        record.createdMs = now;
    }
    record.value = QCA::SecureArray(pulled.value.toUtf8());
    record.hasValue = true;
    record.includeInExport = pulled.includeInExport;
    record.updatedMs = pulled.updatedAt.isValid() ? pulled.updatedAt.toMSecsSinceEpoch() : now;
    record.updatedBy = pulled.updatedBy.isEmpty() ? m_vault.actor.name : ItemAuthor::fromPlatform(pulled.updatedBy);
    if (row.value()) {
        if (auto updated = m_items.update(project, kVariable, row.value()->id, record); !updated) {
            return updated;
        }
        return m_items.keepVersion(
            project, kVariable, row.value()->id, before ? &*before : nullptr, record, HistoryOrigin::Pull);
    }
    auto inserted = m_items.insert(project, kVariable, record);
    if (!inserted) {
        return inserted.error();
    }
    return m_items.keepVersion(project, kVariable, inserted->id, nullptr, record, HistoryOrigin::Pull);
}

Result<void> RemoteStates::clearStates(ProjectId project, const QList<ItemKey>& keys)
{
    auto clear = Sql::prepare(m_vault.db, "DELETE FROM remote_state WHERE project_id = ?1 AND name_index = ?2");
    if (!clear) {
        return clear.error();
    }
    for (const ItemKey& key : keys) {
        if (auto result = Sql::runWith(*clear.value(), project, m_vault.keys.remoteIndex(project, key.kind, key.name));
            !result) {
            return result;
        }
    }
    return {};
}

// The row id of each index: the stored row's, or a new one (one allocation for all); a later
// index equal to an earlier one shares its id.
Result<std::vector<RecordId>> RemoteStates::stateIds(ProjectId project, const std::vector<QByteArray>& indexes)
{
    const size_t count = indexes.size();
    std::vector<RecordId> ids(count, 0);
    auto find = Sql::prepare(m_vault.db, "SELECT id, project_id FROM remote_state WHERE name_index = ?1");
    if (!find) {
        return find.error();
    }
    SqliteStatement& statement = *find.value();
    QHash<QByteArray, size_t> firstWithIndex;
    std::vector<size_t> needIds;
    for (size_t i = 0; i < count; ++i) {
        if (firstWithIndex.contains(indexes[i])) {
            continue; // the id is settled with the first state of this item
        }
        firstWithIndex.insert(indexes[i], i);
        Sql::bindAll(statement, indexes[i]);
        auto found = Sql::step(statement);
        if (!found) {
            return found.error();
        }
        if (found.value()) {
            ids[i] = statement.int64(0);
            // The index names this project, so a row that says otherwise was tampered with.
            if (statement.int64(1) != project) {
                return VaultText::damagedRecord(ids[i]);
            }
        } else {
            needIds.push_back(i);
        }
        statement.reset();
    }
    if (!needIds.empty()) {
        auto allocated = m_vault.allocateIds(static_cast<qint64>(needIds.size()));
        if (!allocated) {
            return allocated.error();
        }
        RecordId next = allocated.value();
        for (const size_t i : needIds) {
            ids[i] = next++;
        }
    }
    for (size_t i = 0; i < count; ++i) {
        ids[i] = ids[firstWithIndex.value(indexes[i])];
    }
    return ids;
}

// Upserts the states in order (a later state of the same item wins). A batch answer brings a
// thousand states at once, so the statements are prepared once, the new rows take their ids in one
// allocation and the records are sealed in parallel.
Result<void> RemoteStates::putStates(ProjectId project, const QList<RemoteItemState>& states, qint64 now)
{
    if (states.isEmpty()) {
        return {};
    }
    const auto count = static_cast<size_t>(states.size());
    std::vector<QByteArray> indexes(count);
    for (size_t i = 0; i < count; ++i) {
        const RemoteItemState& state = states[static_cast<qsizetype>(i)];
        indexes[i] = m_vault.keys.remoteIndex(project, state.kind, state.name);
    }
    auto ids = stateIds(project, indexes);
    if (!ids) {
        return ids.error();
    }
    std::vector<std::optional<QByteArray>> sealed(count);
    m_vault.keys.forEachInParallel(count, [&](RecordCipher& cipher, size_t begin, size_t end) {
        for (size_t i = begin; i < end; ++i) {
            sealed[i] = cipher.seal(
                project, kRemoteStateKind, ids.value()[i], stateRecord(states[static_cast<qsizetype>(i)], now));
        }
    });
    auto write = Sql::prepare(m_vault.db,
        "INSERT INTO remote_state (id, project_id, name_index, record) VALUES (?1, ?2, ?3, ?4) "
        "ON CONFLICT (id) DO UPDATE SET record = excluded.record");
    if (!write) {
        return write.error();
    }
    for (size_t i = 0; i < count; ++i) {
        if (!sealed[i]) {
            return VaultText::encryptionFailed();
        }
        if (auto result = Sql::runWith(*write.value(), ids.value()[i], project, indexes[i], *sealed[i]); !result) {
            return result;
        }
    }
    return {};
}
