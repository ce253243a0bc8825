#include "storage/VaultSchema.h"

#include "storage/SqliteDatabase.h"

#include <QCoreApplication>

namespace VaultSchema {

namespace {

// Version 1: the key hierarchy, projects and items. Every name and value lives inside `record`
// (an AEAD ciphertext); `name_index` and `fold_index` are keyed blind indexes (HMAC-SHA256).
constexpr const char* kVersion1 = R"sql(
CREATE TABLE vault_meta (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    format_version  INTEGER NOT NULL,
    vault_id        BLOB NOT NULL CHECK (length(vault_id) = 16),
    next_record_id  INTEGER NOT NULL
);
CREATE TABLE key_wrap (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    kdf             TEXT NOT NULL,
    memory_kib      INTEGER NOT NULL,
    passes          INTEGER NOT NULL,
    lanes           INTEGER NOT NULL,
    salt            BLOB NOT NULL,
    wrapped_key     BLOB NOT NULL
);
CREATE TABLE projects (
    id              INTEGER PRIMARY KEY,
    name_index      BLOB NOT NULL UNIQUE,
    record          BLOB NOT NULL
);
CREATE TABLE items (
    id              INTEGER PRIMARY KEY,
    project_id      INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    kind            INTEGER NOT NULL CHECK (kind IN (1, 2)),
    name_index      BLOB NOT NULL UNIQUE,
    fold_index      BLOB NOT NULL,
    record          BLOB NOT NULL
);
CREATE INDEX items_by_project ON items(project_id, kind);
CREATE INDEX items_by_fold ON items(fold_index);
)sql";

// Version 2: what binding a project to a platform project needs. `credentials` holds the binding's
// API token (one per project); `outbox` the changes waiting to be published; `remote_state` what the
// platform held for each item when it was last synced (the sync engine's base), found by a blind
// index over "remote"‖project‖kind‖name; `outbox_batches` each /changes request as it will be sent
// (idempotency key and body, which holds secret values). All of them hold only ciphertexts, sealed
// under their own record kinds, and go with their project. Row ids come from
// vault_meta.next_record_id like every record's, so id order is the order of creation.
//
// remote_state and outbox_batches joined version 2 before it was released; IF NOT EXISTS lets a
// vault that already has them (a database rebuilt as version 1 by dropping only the first two
// tables, as the outbox's migration test does) migrate all the same.
constexpr const char* kVersion2 = R"sql(
CREATE TABLE credentials (
    id              INTEGER PRIMARY KEY,
    project_id      INTEGER NOT NULL UNIQUE REFERENCES projects(id) ON DELETE CASCADE,
    record          BLOB NOT NULL
);
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    project_id      INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    record          BLOB NOT NULL
);
CREATE INDEX outbox_by_project ON outbox(project_id, id);
CREATE TABLE IF NOT EXISTS remote_state (
    id              INTEGER PRIMARY KEY,
    project_id      INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    name_index      BLOB NOT NULL UNIQUE,
    record          BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS remote_state_by_project ON remote_state(project_id);
CREATE TABLE IF NOT EXISTS outbox_batches (
    id              INTEGER PRIMARY KEY,
    project_id      INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    record          BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS outbox_batches_by_project ON outbox_batches(project_id, id);
)sql";

// Version 3: the progress of the upgrade of a format-1 vault's records to format 2 (FormatUpgrade),
// one row while an upgrade is under way: every record of the tables before `table_index` (in
// VaultRekey's table order) and of that table up to id `after_id` is already in format 2.
// vault_meta.format_version turns to 2, and the row goes, in the upgrade's last transaction.
constexpr const char* kVersion3 = R"sql(
CREATE TABLE IF NOT EXISTS format_upgrade (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    table_index     INTEGER NOT NULL,
    after_id        INTEGER NOT NULL
);
)sql";

// Version 4: the audit log (storage/vault/AuditLog). `audit_log` holds one sealed entry per row,
// the row id being its sequence number, and the MAC chaining it to the entry before; `audit_head`
// is the log's head in the vault's header: the last sequence number and a tag over it and the last
// MAC under the audit key, so that removing the last entries is detected too. The tag of the empty
// log is written by the code that holds the data key (AuditLogChain::startHead), in the same
// transaction. `failed_unlocks` counts wrong passwords, which cannot write under a key they could
// not open: the next unlock turns the count into an entry. IF NOT EXISTS, as in versions 2 and 3, lets a
// database rebuilt as an older version by the migration tests migrate all the same.
constexpr const char* kVersion4 = R"sql(
CREATE TABLE IF NOT EXISTS audit_log (
    id              INTEGER PRIMARY KEY,
    record          BLOB NOT NULL,
    mac             BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS audit_head (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    sequence        INTEGER NOT NULL,
    tag             BLOB NOT NULL,
    failed_unlocks  INTEGER NOT NULL DEFAULT 0,
    last_failed_ms  INTEGER NOT NULL DEFAULT 0
);
INSERT OR IGNORE INTO audit_head (id, sequence, tag) VALUES (1, 0, x'');
)sql";

// Version 5: history (storage/vault/ItemHistory, Trash). `item_versions` holds one sealed state of
// an item per row, sealed as kind 8 under the item's id (in the project's place) and the row's id,
// so that a version moved to another item or row fails to open; `number` counts the item's
// versions. It has no foreign key: an item's versions outlive the item while it is in the trash.
// `trash` holds the recently deleted items and projects, sealed as kind 9 under their project and
// row; the items of a deleted project point at the project's entry through `parent_id`.
// `history_settings` is the retention and the moment history started (this migration's, or the
// vault's creation), before which no moment can be shown.
constexpr const char* kVersion5 = R"sql(
CREATE TABLE IF NOT EXISTS item_versions (
    id              INTEGER PRIMARY KEY,
    project_id      INTEGER NOT NULL,
    item_id         INTEGER NOT NULL,
    number          INTEGER NOT NULL,
    record          BLOB NOT NULL,
    UNIQUE (item_id, number)
);
CREATE INDEX IF NOT EXISTS item_versions_by_project ON item_versions(project_id);
CREATE TABLE IF NOT EXISTS trash (
    id              INTEGER PRIMARY KEY,
    project_id      INTEGER NOT NULL,
    parent_id       INTEGER NOT NULL DEFAULT 0,
    record          BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS trash_by_parent ON trash(parent_id);
CREATE TABLE IF NOT EXISTS history_settings (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    keep_versions   INTEGER NOT NULL,
    keep_days       INTEGER NOT NULL,
    trash_days      INTEGER NOT NULL,
    since_ms        INTEGER NOT NULL
);
INSERT OR IGNORE INTO history_settings (id, keep_versions, keep_days, trash_days, since_ms)
    VALUES (1, 20, 90, 30, CAST(strftime('%s', 'now') AS INTEGER) * 1000);
)sql";

struct Migration
{
    int toVersion;
    const char* sql;
};

constexpr Migration kMigrations[] = {
    {1, kVersion1},
    {2, kVersion2},
    {3, kVersion3},
    {4, kVersion4},
    {5, kVersion5},
};

} // namespace

Result<int> version(SqliteDatabase& db)
{
    auto result = db.scalar("PRAGMA user_version");
    if (!result) {
        return result.error();
    }
    return static_cast<int>(result.value());
}

Result<void> migrate(SqliteDatabase& db)
{
    auto current = version(db);
    if (!current) {
        return current.error();
    }
    if (current.value() > kCurrentVersion) {
        return makeError(ErrorCode::Unsupported,
            QCoreApplication::translate("VaultSchema",
                "The vault was written by a newer BotVault (schema %1; this "
                "version reads up to %2). Update BotVault to open it.")
                .arg(current.value())
                .arg(kCurrentVersion));
    }
    for (const Migration& migration : kMigrations) {
        if (migration.toVersion <= current.value()) {
            continue;
        }
        if (auto result = db.exec(migration.sql); !result) {
            return result;
        }
        const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(migration.toVersion);
        if (auto result = db.exec(setVersion.constData()); !result) {
            return result;
        }
    }
    return {};
}

Result<void> configureConnection(SqliteDatabase& db)
{
    // secure_delete overwrites freed pages so a deleted record's ciphertext does not linger;
    // synchronous=FULL makes a commit durable before it is reported as saved.
    return db.exec("PRAGMA journal_mode = WAL;"
                   "PRAGMA synchronous = FULL;"
                   "PRAGMA secure_delete = ON;"
                   "PRAGMA foreign_keys = ON;"
                   "PRAGMA temp_store = MEMORY;");
}

} // namespace VaultSchema
