#include "storage/vault/Items.h"

#include "models/NameRules.h"
#include "storage/vault/AuditLog.h"
#include "storage/vault/ItemHistory.h"
#include "storage/vault/Outbox.h"
#include "storage/vault/Projects.h"
#include "storage/vault/Sql.h"
#include "storage/vault/TrashKeeper.h"
#include "storage/vault/VaultLimits.h"
#include "storage/vault/VaultText.h"

#include <QDate>
#include <QDateTime>

namespace {

constexpr auto kSecret = static_cast<quint8>(ItemKind::Secret);
constexpr auto kVariable = static_cast<quint8>(ItemKind::Variable);

} // namespace

Items::Items(VaultContext& vault, Projects& projects, Outbox& outbox)
    : m_vault(vault), m_projects(projects), m_outbox(outbox)
{
}

SecretSummary Items::secretFrom(RecordId id, ProjectId project, const RecordCodec::Record& record)
{
    SecretSummary secret;
    secret.id = id;
    secret.projectId = project;
    secret.name = record.name;
    secret.updated = RecordCodec::toDateTime(record.updatedMs);
    secret.updatedBy = record.updatedBy;
    secret.rotatedAt = RecordCodec::toDateTime(record.rotatedMs != 0 ? record.rotatedMs : record.updatedMs);
    secret.rotation = rotationOf(record);
    return secret;
}

RotationPolicy Items::rotationOf(const RecordCodec::Record& record)
{
    RotationPolicy policy;
    policy.periodDays
        = static_cast<int>(std::clamp<qint64>(record.rotationPeriodDays, 0, RotationRules::kMaxPeriodDays));
    if (record.expiresOnMs != 0) {
        policy.expiresOn = RecordCodec::toDateTime(record.expiresOnMs).date();
    }
    return policy;
}

void Items::setRotation(RecordCodec::Record& record, const RotationPolicy& policy)
{
    record.rotationPeriodDays = policy.periodDays;
    record.expiresOnMs = policy.expiresOn.isValid() ? policy.expiresOn.startOfDay(Qt::UTC).toMSecsSinceEpoch() : 0;
}

std::optional<RotationPolicy> Items::declaredRotation(const RecordCodec::Record& project, const QString& name)
{
    const QString prefix = name + u'\t';
    for (const QString& line : project.declaredRotations) {
        if (!line.startsWith(prefix)) {
            continue;
        }
        const QStringList parts = line.split(u'\t');
        if (parts.size() != 3) {
            return std::nullopt;
        }
        RotationPolicy policy;
        policy.periodDays = std::clamp(parts.at(1).toInt(), 0, RotationRules::kMaxPeriodDays);
        policy.expiresOn = QDate::fromString(parts.at(2), Qt::ISODate);
        if (policy.periodDays > 0 && policy.expiresOn.isValid()) {
            return std::nullopt; // never both: a damaged line is no rule
        }
        return policy.isSet() ? std::optional<RotationPolicy>(policy) : std::nullopt;
    }
    return std::nullopt;
}

void Items::declareRotation(RecordCodec::Record& project, const QString& name, const RotationPolicy& policy)
{
    const QString prefix = name + u'\t';
    project.declaredRotations.removeIf([&prefix](const QString& line) { return line.startsWith(prefix); });
    if (policy.isSet()) {
        project.declaredRotations.append(
            QStringLiteral("%1\t%2\t%3")
                .arg(name)
                .arg(policy.periodDays)
                .arg(policy.expiresOn.isValid() ? policy.expiresOn.toString(Qt::ISODate) : QString()));
    }
}

Variable Items::variableFrom(RecordId id, ProjectId project, const RecordCodec::Record& record)
{
    return Variable {id, project, record.name, QString::fromUtf8(record.valueBytes()), record.includeInExport,
        RecordCodec::toDateTime(record.updatedMs), record.updatedBy, false};
}

Result<void> Items::checkSecretValue(const QString& name, const SecretValue& value)
{
    if (value.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, tr("The value of secret '%1' is empty.").arg(name));
    }
    if (value.size() > VaultLimits::kMaxValueBytes) {
        return VaultText::valueTooLarge(value.size());
    }
    return {};
}

Result<std::optional<Items::Row>> Items::find(ProjectId project, quint8 kind, const QString& name)
{
    auto query = Sql::query(m_vault.db, "SELECT id, record, project_id, kind FROM items WHERE name_index = ?1",
        m_vault.keys.nameIndex(project, kind, name));
    if (!query) {
        return query.error();
    }
    SqliteStatement& statement = *query.value();
    auto found = Sql::step(statement);
    if (!found) {
        return found.error();
    }
    if (!found.value()) {
        return std::optional<Row>();
    }
    // The index names this project and kind, so a row that says otherwise was tampered with: it
    // must not be served under either.
    if (statement.int64(2) != project || statement.int64(3) != kind) {
        return VaultText::damagedRecord(statement.int64(0));
    }
    return std::optional<Row>(Row {statement.int64(0), statement.blob(1)});
}

Result<RecordCodec::Record> Items::openNamed(ProjectId project, const Row& row, quint8 kind, const QString& name)
{
    auto record = m_vault.keys.open(project, kind, row.id, row.sealed);
    if (record && record->name != name) {
        return VaultText::damagedRecord(row.id);
    }
    return record;
}

Result<Items::WriteOutcome> Items::insert(ProjectId project, quint8 kind, const RecordCodec::Record& record)
{
    auto id = m_vault.allocateIds(1);
    if (!id) {
        return id.error();
    }
    return insertAs(project, kind, id.value(), record);
}

Result<Items::WriteOutcome> Items::insertAs(
    ProjectId project, quint8 kind, RecordId id, const RecordCodec::Record& record)
{
    auto sealed = m_vault.keys.seal(project, kind, id, record);
    if (!sealed) {
        return sealed.error();
    }
    if (auto result = Sql::execute(m_vault.db,
            "INSERT INTO items (id, project_id, kind, name_index, fold_index, record) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            id, project, kind, m_vault.keys.nameIndex(project, kind, record.name),
            m_vault.keys.foldIndex(project, kind, record.name), sealed.value());
        !result) {
        return result.error();
    }
    return WriteOutcome {id, true, {}};
}

Result<void> Items::update(ProjectId project, quint8 kind, RecordId id, const RecordCodec::Record& record)
{
    auto sealed = m_vault.keys.seal(project, kind, id, record);
    if (!sealed) {
        return sealed.error();
    }
    return Sql::execute(m_vault.db, "UPDATE items SET name_index = ?2, fold_index = ?3, record = ?4 WHERE id = ?1", id,
        m_vault.keys.nameIndex(project, kind, record.name), m_vault.keys.foldIndex(project, kind, record.name),
        sealed.value());
}

Result<void> Items::removeRow(RecordId id)
{
    return Sql::execute(m_vault.db, "DELETE FROM items WHERE id = ?1", id);
}

Result<Items::FoundItem> Items::read(ProjectId project, quint8 kind, const QString& name)
{
    auto projectRecord = m_projects.require(project);
    if (!projectRecord) {
        return projectRecord.error();
    }
    auto row = find(project, kind, name);
    if (!row) {
        return row.error();
    }
    if (!row.value()) {
        return VaultText::itemNotFound(projectRecord->name, kind, name);
    }
    auto record = openNamed(project, *row.value(), kind, name);
    if (!record) {
        return record.error();
    }
    return FoundItem {
        row.value()->id, std::move(record.value()), projectRecord->remoteProjectId != 0, projectRecord->name};
}

QString Items::caseWarning(ProjectId project, quint8 kind, const QString& name, RecordId self)
{
    // Project and kind are compared here, not in SQL, so that SQLite keeps using the fold index
    // instead of scanning the whole project through items_by_project.
    auto query
        = Sql::query(m_vault.db, "SELECT id, record, project_id, kind FROM items WHERE fold_index = ?1 AND id != ?2",
            m_vault.keys.foldIndex(project, kind, name), self);
    if (!query) {
        return {};
    }
    SqliteStatement& statement = *query.value();
    QStringList others;
    while (statement.next()) {
        if (statement.int64(2) != project || statement.int64(3) != kind) {
            continue;
        }
        if (auto record = m_vault.keys.tryOpen(project, kind, statement.int64(0), statement.blob(1))) {
            others.append(record->name);
        }
    }
    const QStringList collisions = NameRules::caseCollisions(name, others);
    return collisions.isEmpty() ? QString() : NameRules::caseCollisionWarning(name, collisions);
}

Result<Items::WriteOutcome> Items::upsert(
    ProjectId project, quint8 kind, const QString& name, WriteMode mode, const Fill& fill, RecordCodec::Record* saved)
{
    if (auto valid = NameRules::validate(name); !valid) {
        return valid.error();
    }
    SqliteDatabase::Transaction transaction(m_vault.db);
    if (!transaction.begun()) {
        return transaction.begun().error();
    }
    auto projectRecord = m_projects.require(project);
    if (!projectRecord) {
        return projectRecord.error();
    }
    auto row = find(project, kind, name);
    if (!row) {
        return row.error();
    }
    if (row.value() && mode == WriteMode::CreateOnly) {
        return VaultText::itemExists(projectRecord->name, kind, name);
    }
    const bool bound = projectRecord->remoteProjectId != 0;
    // A secret an imported archive declared takes the archive's rule when it is first given a value.
    const std::optional<RotationPolicy> declared
        = kind == kSecret && !row.value() ? declaredRotation(projectRecord.value(), name) : std::nullopt;
    const Fill fillNew = [&fill, &declared](RecordCodec::Record& record, bool created) {
        fill(record, created);
        if (declared) {
            setRotation(record, *declared);
        }
    };
    auto outcome = row.value() ? replaceExisting(project, bound, kind, name, *row.value(), fill, saved)
                               : insertNew(project, bound, kind, name, fillNew, saved);
    if (!outcome) {
        return outcome;
    }
    const AuditAction action = outcome->created ? AuditAction::ItemAdded : AuditAction::ItemReplaced;
    if (auto logged = m_vault.audit->append({action, projectRecord->name, kind, name, {}}); !logged) {
        return logged.error();
    }
    if (auto result = transaction.commit(); !result) {
        return result.error();
    }
    outcome->warning = caseWarning(project, kind, name, outcome->id);
    return outcome;
}

Result<Items::WriteOutcome> Items::replaceExisting(ProjectId project, bool bound, quint8 kind, const QString& name,
    const Row& row, const Fill& fill, RecordCodec::Record* saved)
{
    auto record = openNamed(project, row, kind, name);
    if (!record) {
        return record.error();
    }
    const RecordCodec::Record before = record.value();
    fill(record.value(), false);
    record->updatedMs = nextUpdatedMs(record->updatedMs);
    record->updatedBy = m_vault.actor.name;
    if (auto result = update(project, kind, row.id, record.value()); !result) {
        return result.error();
    }
    if (auto kept = keepVersion(project, kind, row.id, &before, record.value()); !kept) {
        return kept.error();
    }
    if (auto result = m_outbox.queueChange(project, bound, kind, name, OutboxEntry::Op::Put, &record.value());
        !result) {
        return result.error();
    }
    *saved = std::move(record.value());
    return WriteOutcome {row.id, false, {}};
}

Result<Items::WriteOutcome> Items::insertNew(
    ProjectId project, bool bound, quint8 kind, const QString& name, const Fill& fill, RecordCodec::Record* saved)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    RecordCodec::Record record;
    record.name = name;
    record.createdMs = now;
    record.updatedMs = now;
    record.updatedBy = m_vault.actor.name;
    fill(record, true);
    auto outcome = insert(project, kind, record);
    if (!outcome) {
        return outcome;
    }
    if (auto kept = keepVersion(project, kind, outcome->id, nullptr, record); !kept) {
        return kept.error();
    }
    if (auto result = m_outbox.queueChange(project, bound, kind, name, OutboxEntry::Op::Put, &record); !result) {
        return result.error();
    }
    *saved = std::move(record);
    return outcome;
}

qint64 Items::nextUpdatedMs(qint64 previousMs)
{
    return std::max(QDateTime::currentMSecsSinceEpoch(), previousMs + 1);
}

Result<Items::WriteOutcome> Items::edit(ProjectId project, quint8 kind, const QString& name, const QString& newName,
    const Change& change, const std::optional<SeenItem>& seen, RecordCodec::Record* saved, AuditAction valueAction)
{
    if (auto valid = NameRules::validate(newName); !valid) {
        return valid.error();
    }
    SqliteDatabase::Transaction transaction(m_vault.db);
    if (!transaction.begun()) {
        return transaction.begun().error();
    }
    auto projectRecord = m_projects.require(project);
    if (!projectRecord) {
        return projectRecord.error();
    }
    auto row = find(project, kind, name);
    if (!row) {
        return row.error();
    }
    if (!row.value()) {
        return seen ? VaultText::removedElsewhere(kind, name)
                    : VaultText::itemNotFound(projectRecord->name, kind, name);
    }
    if (newName != name) {
        auto taken = find(project, kind, newName);
        if (!taken) {
            return taken.error();
        }
        if (taken.value()) {
            return VaultText::itemExists(projectRecord->name, kind, newName);
        }
    }
    auto opened = openNamed(project, *row.value(), kind, name);
    if (!opened) {
        return opened.error();
    }
    const RecordId id = row.value()->id;
    if (seen && (seen->id != id || seen->updated.toMSecsSinceEpoch() != opened->updatedMs)) {
        return VaultText::changedElsewhere(kind, name, opened->updatedBy, RecordCodec::toDateTime(opened->updatedMs));
    }
    const bool bound = projectRecord->remoteProjectId != 0;
    RecordCodec::Record& record = opened.value();
    const RecordCodec::Record before = record;
    record.name = newName;
    change(record);
    record.updatedMs = nextUpdatedMs(record.updatedMs);
    record.updatedBy = m_vault.actor.name;
    if (auto result = update(project, kind, id, record); !result) {
        return result.error();
    }
    if (auto kept = keepVersion(project, kind, id, &before, record); !kept) {
        return kept.error();
    }
    // The platform knows items by name: a rename is the old name's delete and the new name's put.
    if (newName != name) {
        if (auto result = m_outbox.queueChange(project, bound, kind, name, OutboxEntry::Op::Delete, nullptr); !result) {
            return result.error();
        }
    }
    if (auto result = m_outbox.queueChange(project, bound, kind, newName, OutboxEntry::Op::Put, &record); !result) {
        return result.error();
    }
    if (auto logged = recordEdit(projectRecord->name, kind, name, before, record, valueAction); !logged) {
        return logged.error();
    }
    if (auto result = transaction.commit(); !result) {
        return result.error();
    }
    *saved = std::move(record);
    return WriteOutcome {id, false, caseWarning(project, kind, newName, id)};
}

Result<void> Items::recordEdit(const QString& projectName, quint8 kind, const QString& name,
    const RecordCodec::Record& before, const RecordCodec::Record& after, AuditAction valueAction)
{
    const bool renamed = after.name != name;
    // Compared in memory only: neither value is ever part of an entry.
    const bool valueChanged = !(before.value == after.value);
    const bool flagChanged = before.includeInExport != after.includeInExport;
    if (renamed) {
        if (auto logged = m_vault.audit->append({AuditAction::ItemRenamed, projectName, kind, name, after.name});
            !logged) {
            return logged;
        }
    }
    if (valueChanged || (!renamed && !flagChanged)) {
        if (auto logged = m_vault.audit->append({valueAction, projectName, kind, after.name, {}}); !logged) {
            return logged;
        }
    }
    if (flagChanged) {
        const QString flag = after.includeInExport ? QStringLiteral("on") : QStringLiteral("off");
        return m_vault.audit->append({AuditAction::ExportFlagChanged, projectName, kind, after.name, flag});
    }
    return {};
}

Result<Items::WriteOutcome> Items::setSecret(
    ProjectId project, const QString& name, const SecretValue& value, WriteMode mode, RecordCodec::Record* saved)
{
    if (auto valid = checkSecretValue(name, value); !valid) {
        return valid.error();
    }
    const Fill fill = [&value](RecordCodec::Record& record, bool) {
        record.value = value.bytes();
        record.hasValue = true;
        record.rotatedMs = QDateTime::currentMSecsSinceEpoch();
    };
    return upsert(project, kSecret, name, mode, fill, saved);
}

Result<Items::WriteOutcome> Items::editSecret(ProjectId project, const QString& name, const QString& newName,
    const std::optional<SecretValue>& newValue, const std::optional<SeenItem>& seen, RecordCodec::Record* saved,
    AuditAction valueAction)
{
    if (newValue) {
        if (auto valid = checkSecretValue(newName, *newValue); !valid) {
            return valid.error();
        }
    }
    const Change change = [&newValue](RecordCodec::Record& record) {
        if (newValue) {
            record.value = newValue->bytes();
            record.hasValue = true;
            record.rotatedMs = QDateTime::currentMSecsSinceEpoch();
        }
    };
    return edit(project, kSecret, name, newName, change, seen, saved, valueAction);
}

Result<Items::WriteOutcome> Items::setVariable(ProjectId project, const QString& name, const QString& value,
    std::optional<bool> includeInExport, WriteMode mode, RecordCodec::Record* saved)
{
    const QByteArray utf8 = value.toUtf8();
    if (utf8.size() > VaultLimits::kMaxValueBytes) {
        return VaultText::valueTooLarge(utf8.size());
    }
    const Fill fill = [&utf8, includeInExport](RecordCodec::Record& record, bool created) {
        record.value = QCA::SecureArray(utf8);
        record.hasValue = true;
        if (includeInExport) {
            record.includeInExport = *includeInExport;
        } else if (created) {
            record.includeInExport = false;
        }
    };
    return upsert(project, kVariable, name, mode, fill, saved);
}

Result<Items::WriteOutcome> Items::editVariable(ProjectId project, const QString& name, const QString& newName,
    const std::optional<QString>& value, std::optional<bool> includeInExport, const std::optional<SeenItem>& seen,
    RecordCodec::Record* saved)
{
    const QByteArray utf8 = value ? value->toUtf8() : QByteArray();
    if (utf8.size() > VaultLimits::kMaxValueBytes) {
        return VaultText::valueTooLarge(utf8.size());
    }
    const Change change = [&utf8, &value, includeInExport](RecordCodec::Record& record) {
        if (value) {
            record.value = QCA::SecureArray(utf8);
            record.hasValue = true;
        }
        if (includeInExport) {
            record.includeInExport = *includeInExport;
        }
    };
    return edit(project, kVariable, name, newName, change, seen, saved);
}

Result<Items::FoundItem> Items::setIncludeInExport(ProjectId project, const QString& name, bool include)
{
    SqliteDatabase::Transaction transaction(m_vault.db);
    if (!transaction.begun()) {
        return transaction.begun().error();
    }
    auto item = read(project, kVariable, name);
    if (!item) {
        return item.error();
    }
    const RecordCodec::Record before = item->record;
    item->record.includeInExport = include;
    item->record.updatedMs = nextUpdatedMs(item->record.updatedMs);
    item->record.updatedBy = m_vault.actor.name;
    if (auto result = update(project, kVariable, item->id, item->record); !result) {
        return result.error();
    }
    if (auto kept = keepVersion(project, kVariable, item->id, &before, item->record); !kept) {
        return kept.error();
    }
    if (auto result
        = m_outbox.queueChange(project, item->projectBound, kVariable, name, OutboxEntry::Op::Put, &item->record);
        !result) {
        return result.error();
    }
    const QString flag = include ? QStringLiteral("on") : QStringLiteral("off");
    if (auto logged = m_vault.audit->append({AuditAction::ExportFlagChanged, item->projectName, kVariable, name, flag});
        !logged) {
        return logged.error();
    }
    if (auto result = transaction.commit(); !result) {
        return result.error();
    }
    return item;
}

Result<Items::FoundItem> Items::setSecretRotation(ProjectId project, const QString& name, const RotationPolicy& policy)
{
    if (auto valid = RotationRules::validate(policy, QDateTime::currentDateTimeUtc()); !valid) {
        return valid.error();
    }
    SqliteDatabase::Transaction transaction(m_vault.db);
    if (!transaction.begun()) {
        return transaction.begun().error();
    }
    auto item = read(project, kSecret, name);
    if (!item) {
        return item.error();
    }
    if (rotationOf(item->record) == policy) {
        return item;
    }
    setRotation(item->record, policy);
    if (item->record.rotatedMs == 0) {
        // The age so far counts from the last write, which set the value as far as the vault knows.
        item->record.rotatedMs = item->record.updatedMs;
    }
    item->record.updatedMs = nextUpdatedMs(item->record.updatedMs);
    item->record.updatedBy = m_vault.actor.name;
    if (auto result = update(project, kSecret, item->id, item->record); !result) {
        return result.error();
    }
    // The platform holds the rule too: a put of the unchanged value carries it there, marked so that
    // a publish plan tells it from a new value.
    if (auto result
        = m_outbox.queueChange(project, item->projectBound, kSecret, name, OutboxEntry::Op::Put, &item->record, true);
        !result) {
        return result.error();
    }
    const QString detail = RotationRules::policyCode(policy);
    if (auto logged = m_vault.audit->append({AuditAction::RotationChanged, item->projectName, kSecret, name, detail});
        !logged) {
        return logged.error();
    }
    if (auto result = transaction.commit(); !result) {
        return result.error();
    }
    return item;
}

Result<void> Items::remove(ProjectId project, quint8 kind, const QString& name, RecordId* removed)
{
    SqliteDatabase::Transaction transaction(m_vault.db);
    if (!transaction.begun()) {
        return transaction.begun();
    }
    auto projectRecord = m_projects.require(project);
    if (!projectRecord) {
        return projectRecord.error();
    }
    auto row = find(project, kind, name);
    if (!row) {
        return row.error();
    }
    if (!row.value()) {
        return VaultText::itemNotFound(projectRecord->name, kind, name);
    }
    if (auto result = removeToTrash(project, kind, *row.value(), name, HistoryOrigin::Local); !result) {
        return result;
    }
    if (auto result = m_outbox.queueChange(
            project, projectRecord->remoteProjectId != 0, kind, name, OutboxEntry::Op::Delete, nullptr);
        !result) {
        return result;
    }
    if (auto logged = m_vault.audit->append({AuditAction::ItemRemoved, projectRecord->name, kind, name, {}}); !logged) {
        return logged;
    }
    if (auto result = transaction.commit(); !result) {
        return result;
    }
    *removed = row.value()->id;
    return m_vault.db.checkpointTruncate();
}

Result<std::vector<Items::Row>> Items::rowsOf(ProjectId project, quint8 kind)
{
    if (auto projectRecord = m_projects.require(project); !projectRecord) {
        return projectRecord.error();
    }
    auto query
        = Sql::query(m_vault.db, "SELECT id, record FROM items WHERE project_id = ?1 AND kind = ?2", project, kind);
    if (!query) {
        return query.error();
    }
    SqliteStatement& statement = *query.value();
    std::vector<Row> rows;
    while (statement.next()) {
        rows.push_back(Row {statement.int64(0), statement.blob(1)});
    }
    if (statement.failed()) {
        return statement.error();
    }
    return rows;
}

Result<void> Items::requireProject(ProjectId project)
{
    if (auto projectRecord = m_projects.require(project); !projectRecord) {
        return projectRecord.error();
    }
    return {};
}

Result<std::vector<Items::Row>> Items::rowsAfter(
    SqliteDatabase& db, ProjectId project, quint8 kind, RecordId after, int limit)
{
    auto query = Sql::query(db,
        "SELECT id, record FROM items WHERE project_id = ?1 AND kind = ?2 AND id > ?3 ORDER BY id LIMIT ?4", project,
        kind, after, qint64(limit));
    if (!query) {
        return query.error();
    }
    SqliteStatement& statement = *query.value();
    std::vector<Row> rows;
    while (statement.next()) {
        rows.push_back(Row {statement.int64(0), statement.blob(1)});
    }
    if (statement.failed()) {
        return statement.error();
    }
    return rows;
}

Result<void> Items::keepVersion(ProjectId project, quint8 kind, RecordId id, const RecordCodec::Record* before,
    const RecordCodec::Record& after, HistoryOrigin origin)
{
    const VersionChange change = before ? ItemHistory::editKind(*before, after) : VersionChange::Added;
    return m_vault.history->record(project, {kind, id, before, &after, change, origin});
}

Result<void> Items::removeToTrash(
    ProjectId project, quint8 kind, const Row& row, const QString& name, HistoryOrigin origin)
{
    // A record that does not open cannot be kept: it is removed as it was before history.
    auto record = openNamed(project, row, kind, name);
    if (!record) {
        return removeRow(row.id);
    }
    return m_vault.trash->moveItem(project, kind, row.id, record.value(), origin);
}
