#pragma once

#include <QString>
#include <QStringList>

class Vault;

// A vault holding every kind of record, and a way to compare two states of it whole. Used by the
// tests of the data-key rotation (TestVaultRekey, TestRekeyCrashSafety and its rekey_runner).
namespace VaultContents {

// Fills an unlocked, empty vault: `items` secrets and variables over two projects, one of them bound
// to a platform project (so a credential, outbox entries for its items, remote states and a stored
// batch), plus an empty project. False with *error set when a write fails.
bool populate(Vault& vault, int items, QString* error);

// Everything the vault hands out, values included, one line per record in a stable order. Empty
// with *error set when a record does not open (a damaged record is a loss, never a difference to
// tolerate).
QStringList snapshot(Vault& vault, QString* error);

} // namespace VaultContents
