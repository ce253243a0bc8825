#pragma once

#include "models/Result.h"
#include "storage/SqliteDatabase.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <type_traits>

// The prepare, bind, step and check steps every vault statement goes through, so that each query
// is one call and its failures keep SqliteDatabase's error codes and messages. Parameters bind in
// order from ?1: integers as integers, QByteArray as a blob, QString as text.
namespace Sql {

using Statement = std::unique_ptr<SqliteStatement>;

// The statement, or the error SqliteDatabase::prepare() reports for SQL that does not compile.
Result<Statement> prepare(SqliteDatabase& db, const char* sql);
// True with a row to read, false when done; the statement's error when stepping failed.
Result<bool> step(SqliteStatement& statement);

template<typename Value>
void bindOne(SqliteStatement& statement, int index, const Value& value)
{
    if constexpr (std::is_integral_v<Value> || std::is_enum_v<Value>) {
        statement.bind(index, static_cast<qint64>(value));
    } else if constexpr (std::is_same_v<Value, QString>) {
        statement.bindText(index, value);
    } else {
        statement.bind(index, QByteArray(value));
    }
}

template<typename... Values>
void bindAll(SqliteStatement& statement, const Values&... values)
{
    int index = 0;
    (bindOne(statement, ++index, values), ...);
}

// Prepared and bound, ready for step().
template<typename... Values>
Result<Statement> query(SqliteDatabase& db, const char* sql, const Values&... values)
{
    auto statement = prepare(db, sql);
    if (statement) {
        bindAll(*statement.value(), values...);
    }
    return statement;
}

// Binds, runs to the end and resets a statement prepared once for many rows.
template<typename... Values>
Result<void> runWith(SqliteStatement& statement, const Values&... values)
{
    bindAll(statement, values...);
    auto result = statement.run();
    statement.reset();
    return result;
}

// Prepares, binds and runs a statement that returns no rows.
template<typename... Values>
Result<void> execute(SqliteDatabase& db, const char* sql, const Values&... values)
{
    auto statement = prepare(db, sql);
    if (!statement) {
        return statement.error();
    }
    return runWith(*statement.value(), values...);
}

// Whether the query returns a row.
template<typename... Values>
Result<bool> exists(SqliteDatabase& db, const char* sql, const Values&... values)
{
    auto statement = query(db, sql, values...);
    if (!statement) {
        return statement.error();
    }
    return step(*statement.value());
}

} // namespace Sql
