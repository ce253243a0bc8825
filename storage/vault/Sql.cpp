#include "storage/vault/Sql.h"

namespace Sql {

Result<Statement> prepare(SqliteDatabase& db, const char* sql)
{
    Error error;
    Statement statement = db.prepare(sql, &error);
    if (!statement) {
        return error;
    }
    return statement;
}

Result<bool> step(SqliteStatement& statement)
{
    if (statement.next()) {
        return true;
    }
    if (statement.failed()) {
        return statement.error();
    }
    return false;
}

} // namespace Sql
