#pragma once

#include "models/Result.h"

class SqliteDatabase;

// The vault's tables and their forward migrations. `PRAGMA user_version` holds the schema version;
// each migration runs inside the caller's transaction, so a vault is never left half-migrated.
namespace VaultSchema {

inline constexpr int kCurrentVersion = 5;
// The version that brought the audit log (audit_log, audit_head).
inline constexpr int kAuditLogVersion = 4;

Result<int> version(SqliteDatabase& db);
// Applies every migration from the database's version up to kCurrentVersion. Unsupported when the
// file was written by a newer BotVault.
Result<void> migrate(SqliteDatabase& db);

// The per-connection settings: WAL, synchronous=FULL, secure_delete, foreign keys, temp in memory.
Result<void> configureConnection(SqliteDatabase& db);

} // namespace VaultSchema
