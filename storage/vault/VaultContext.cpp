#include "storage/vault/VaultContext.h"

#include "storage/vault/Sql.h"

Result<RecordId> VaultContext::allocateIds(qint64 count)
{
    auto next = db.scalar("SELECT next_record_id FROM vault_meta WHERE id = 1");
    if (!next) {
        return next.error();
    }
    if (auto result = Sql::execute(db, "UPDATE vault_meta SET next_record_id = ?1 WHERE id = 1", next.value() + count);
        !result) {
        return result.error();
    }
    return next.value();
}
