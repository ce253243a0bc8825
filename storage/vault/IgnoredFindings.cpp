#include "storage/vault/IgnoredFindings.h"

#include "storage/VaultKeys.h"
#include "storage/vault/AuditLog.h"
#include "storage/vault/Projects.h"
#include "storage/vault/VaultContext.h"

#include <QRegularExpression>

using VaultKeys::kIgnoredFindingKind;

IgnoredFindings::IgnoredFindings(VaultContext& vault, Projects& projects)
    : m_vault(vault), m_projects(projects), m_table(vault, "ignored_findings", kIgnoredFindingKind)
{
}

Result<QList<IgnoredFindings::Stored>> IgnoredFindings::stored(ProjectId project)
{
    auto rows = m_table.rows(project);
    if (!rows) {
        return rows.error();
    }
    QList<Stored> result;
    for (const SealedTable::Row& row : rows.value()) {
        auto record = m_vault.keys.open(project, kIgnoredFindingKind, row.id, row.sealed);
        if (!record) {
            return record.error();
        }
        IgnoredFinding finding;
        finding.findingId = record->name;
        finding.reason = QString::fromUtf8(record->value.toByteArray());
        finding.place = record->sourceFolder;
        finding.created = QDateTime::fromMSecsSinceEpoch(record->createdMs);
        finding.createdBy = record->updatedBy;
        result.append({row.id, finding});
    }
    return result;
}

Result<std::optional<IgnoredFindings::Stored>> IgnoredFindings::storedFinding(
    ProjectId project, const QString& findingId)
{
    auto rows = stored(project);
    if (!rows) {
        return rows.error();
    }
    for (const Stored& row : std::as_const(rows.value())) {
        if (row.finding.findingId == findingId) {
            return std::optional<Stored>(row);
        }
    }
    return std::optional<Stored>();
}

Result<QList<IgnoredFinding>> IgnoredFindings::list(ProjectId project)
{
    if (auto record = m_projects.require(project); !record) {
        return record.error();
    }
    auto rows = stored(project);
    if (!rows) {
        return rows.error();
    }
    QList<IgnoredFinding> findings;
    for (const Stored& row : rows.value()) {
        findings.append(row.finding);
    }
    return findings;
}

Result<void> IgnoredFindings::checkInput(const QString& findingId, const QString& reason)
{
    static const QRegularExpression kId(QStringLiteral("^[0-9a-f]{16}$"));
    if (!kId.match(findingId).hasMatch()) {
        return makeError(ErrorCode::InvalidInput,
            tr("'%1' is not a finding id: an id is the 16 hexadecimal digits 'botvault-cli scan' shows.")
                .arg(findingId.left(40)));
    }
    const QString trimmed = reason.trimmed();
    if (trimmed.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, tr("Say why the finding is not a credential: the reason is empty."));
    }
    if (trimmed.size() > kMaxReasonLength) {
        return makeError(
            ErrorCode::InvalidInput, tr("The reason is longer than %1 characters; shorten it.").arg(kMaxReasonLength));
    }
    return {};
}

Result<void> IgnoredFindings::ignore(
    ProjectId project, const QString& findingId, const QString& reason, const QString& place)
{
    if (auto valid = checkInput(findingId, reason); !valid) {
        return valid;
    }
    if (auto allowed = m_vault.policy.checkManageSecrets(m_vault.actor); !allowed) {
        return allowed;
    }
    SqliteDatabase::Transaction transaction(m_vault.db);
    if (!transaction.begun()) {
        return transaction.begun().error();
    }
    auto projectRecord = m_projects.require(project);
    if (!projectRecord) {
        return projectRecord.error();
    }
    auto existing = storedFinding(project, findingId);
    if (!existing) {
        return existing.error();
    }
    RecordId id = existing->has_value() ? existing->value().id : 0;
    if (id == 0) {
        auto allocated = m_vault.allocateIds(1);
        if (!allocated) {
            return allocated.error();
        }
        id = allocated.value();
    }
    RecordCodec::Record record;
    record.name = findingId;
    const QByteArray reasonBytes = reason.trimmed().toUtf8();
    record.value = QCA::SecureArray(reasonBytes);
    record.hasValue = true;
    record.sourceFolder = place;
    record.createdMs = QDateTime::currentMSecsSinceEpoch();
    record.updatedMs = record.createdMs;
    record.updatedBy = m_vault.actor.name;
    if (auto put = m_table.put(id, project, record); !put) {
        return put;
    }
    if (auto logged = m_vault.audit->append({AuditAction::FindingIgnored, projectRecord->name, 0, findingId, place});
        !logged) {
        return logged;
    }
    return transaction.commit();
}

Result<void> IgnoredFindings::unignore(ProjectId project, const QString& findingId)
{
    if (auto allowed = m_vault.policy.checkManageSecrets(m_vault.actor); !allowed) {
        return allowed;
    }
    SqliteDatabase::Transaction transaction(m_vault.db);
    if (!transaction.begun()) {
        return transaction.begun().error();
    }
    auto projectRecord = m_projects.require(project);
    if (!projectRecord) {
        return projectRecord.error();
    }
    auto existing = storedFinding(project, findingId);
    if (!existing) {
        return existing.error();
    }
    if (!existing->has_value()) {
        return makeError(ErrorCode::NotFound,
            tr("No finding with the id '%1' is ignored in project '%2'.").arg(findingId.left(40), projectRecord->name));
    }
    if (auto removed = m_table.remove(project, {existing->value().id}); !removed) {
        return removed.error();
    }
    if (auto logged = m_vault.audit->append(
            {AuditAction::FindingUnignored, projectRecord->name, 0, findingId, existing->value().finding.place});
        !logged) {
        return logged;
    }
    return transaction.commit();
}
