#include "storage/vault/SealedTable.h"

#include "storage/vault/Sql.h"
#include "storage/vault/VaultContext.h"

SealedTable::SealedTable(VaultContext& vault, const char* table, quint8 kind)
    : m_vault(vault), m_table(table), m_kind(kind)
{
}

QByteArray SealedTable::sql(const char* pattern) const
{
    QByteArray statement(pattern);
    statement.replace("%table", m_table);
    return statement;
}

Result<RecordId> SealedTable::insert(ProjectId project, const RecordCodec::Record& record)
{
    auto id = m_vault.allocateIds(1);
    if (!id) {
        return id.error();
    }
    auto sealed = m_vault.keys.seal(project, m_kind, id.value(), record);
    if (!sealed) {
        return sealed.error();
    }
    if (auto result
        = Sql::execute(m_vault.db, sql("INSERT INTO %table (id, project_id, record) VALUES (?1, ?2, ?3)").constData(),
            id.value(), project, sealed.value());
        !result) {
        return result.error();
    }
    return id.value();
}

Result<void> SealedTable::put(RecordId id, ProjectId project, const RecordCodec::Record& record)
{
    auto sealed = m_vault.keys.seal(project, m_kind, id, record);
    if (!sealed) {
        return sealed.error();
    }
    return Sql::execute(m_vault.db,
        sql("INSERT INTO %table (id, project_id, record) VALUES (?1, ?2, ?3) "
            "ON CONFLICT (id) DO UPDATE SET record = excluded.record")
            .constData(),
        id, project, sealed.value());
}

Result<std::vector<SealedTable::Row>> SealedTable::rows(ProjectId project) const
{
    auto query = Sql::query(
        m_vault.db, sql("SELECT id, record FROM %table WHERE project_id = ?1 ORDER BY id").constData(), project);
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

Result<bool> SealedTable::contains(ProjectId project, RecordId id) const
{
    return Sql::exists(
        m_vault.db, sql("SELECT 1 FROM %table WHERE id = ?1 AND project_id = ?2").constData(), id, project);
}

Result<qint64> SealedTable::count(ProjectId project) const
{
    auto query = Sql::query(m_vault.db, sql("SELECT count(*) FROM %table WHERE project_id = ?1").constData(), project);
    if (!query) {
        return query.error();
    }
    if (!query.value()->next()) {
        return query.value()->error();
    }
    return query.value()->int64(0);
}

Result<void> SealedTable::removeAll(ProjectId project)
{
    return Sql::execute(m_vault.db, sql("DELETE FROM %table WHERE project_id = ?1").constData(), project);
}

Result<qint64> SealedTable::remove(ProjectId project, const QList<qint64>& ids)
{
    // RETURNING counts the deleted rows with no second statement per id.
    auto statement
        = Sql::prepare(m_vault.db, sql("DELETE FROM %table WHERE project_id = ?1 AND id = ?2 RETURNING 1").constData());
    if (!statement) {
        return statement.error();
    }
    SqliteStatement& remove = *statement.value();
    qint64 removed = 0;
    for (const qint64 id : ids) {
        Sql::bindAll(remove, project, id);
        while (remove.next()) {
            ++removed;
        }
        if (remove.failed()) {
            return remove.error();
        }
        remove.reset();
    }
    return removed;
}
