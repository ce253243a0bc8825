#pragma once

#include "models/AccessPolicy.h"
#include "models/Ids.h"
#include "models/Result.h"
#include "storage/SqliteDatabase.h"
#include "storage/vault/KeyRing.h"

// What every room of an unlocked vault works on: the open database, the key ring, who writes and
// what they may do. Vault owns it; the rooms hold a reference and never outlive it.
class AuditLog;
class ItemHistory;
class Trash;

struct VaultContext
{
    SqliteDatabase db;
    KeyRing keys;
    Actor actor = Actor::localOwner(Actor::systemUserName());
    AccessPolicy policy;
    // Set when a write queued outbox entries; Vault emits outboxChanged after the commit.
    bool queued = false;
    // Where every write records what it did, in its own transaction (Vault sets it).
    AuditLog* audit = nullptr;
    // Where every write of an item keeps its version and every deletion its trash entry, in the
    // write's transaction (Vault sets them).
    ItemHistory* history = nullptr;
    Trash* trash = nullptr;

    // Reserves `count` consecutive record ids inside the caller's transaction; returns the first.
    Result<RecordId> allocateIds(qint64 count);
};
