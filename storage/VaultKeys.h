#pragma once

#include "models/Ids.h"
#include "storage/Argon2Kdf.h"

#include <QByteArray>
#include <QString>
#include <QtCrypto>

#include <array>

// What the vault derives from its data key and where each derived value is bound: the record key and
// each record's associated data (and format 1's per-record keys), the blind indexes' messages, the
// key-wrap key's info. The vault and the data-key
// rotation (VaultRekey) both use these, so the two can never disagree on a record's key or index.
// See docs/ARCHITECTURE.md ("Key hierarchy").
namespace VaultKeys {

// Record kinds, mixed into record bindings and blind indexes together with ItemKind's values (1 and 2):
// never renumber. A record sealed as one kind fails to open as another.
inline constexpr quint8 kProjectKind = 0;
inline constexpr quint8 kOutboxKind = 3;
inline constexpr quint8 kCredentialKind = 4;
inline constexpr quint8 kRemoteStateKind = 5;
inline constexpr quint8 kBatchKind = 6;
inline constexpr quint8 kAuditKind = 7;
// A version of an item, bound to the item (its id in the project's place) and its row.
inline constexpr quint8 kVersionKind = 8;
inline constexpr quint8 kTrashKind = 9;

inline constexpr auto kKdfName = "argon2id";

// Format 2 (VaultLimits::kFormatVersion): the one key every record is sealed under with AES-256-GCM
// (HKDF-Extract and -Expand of the data key). Its own HKDF label, so that no key is both an AES key
// and the HMAC key of format 1's subkeys while a vault is half upgraded.
QCA::SymmetricKey recordKey(const QCA::SymmetricKey& dataKey, const QByteArray& vaultId);

// The associated data a format-2 record is sealed with: its identity, fixed width, big-endian:
//   format version (4 bytes) ‖ vault id (16) ‖ project id (8) ‖ kind (1) ‖ row id (8)
// so a ciphertext copied to another row, project, kind, vault or format fails to authenticate.
inline constexpr int kVaultIdSize = 16;
inline constexpr int kRecordBindingSize = 4 + kVaultIdSize + 8 + 1 + 8;
using RecordBinding = std::array<char, kRecordBindingSize>;
RecordBinding recordBinding(int formatVersion, const QByteArray& vaultId, ProjectId project, quint8 kind, RecordId id);

// Format 1 (vaults from before format 2, read only by the format upgrade): the pseudorandom key
// every per-record key was expanded from (HKDF-Extract and -Expand of the data key).
QCA::SymmetricKey recordPrk(const QCA::SymmetricKey& dataKey, const QByteArray& vaultId);
// The key of the blind indexes (name_index, fold_index and remote_state's index).
QCA::SymmetricKey nameIndexKey(const QCA::SymmetricKey& dataKey, const QByteArray& vaultId);

// The key of the audit log's chain of MACs (storage/vault/AuditLogChain).
QCA::SymmetricKey auditKey(const QCA::SymmetricKey& dataKey, const QByteArray& vaultId);

// Format 1: HKDF-Expand info of one record's key: a ciphertext copied to another row, project or
// kind is opened with the wrong key and fails to authenticate.
QByteArray recordKeyInfo(int formatVersion, const QByteArray& vaultId, ProjectId project, quint8 kind, RecordId id);

// The messages the name-index key MACs: an item's or project's name, its case-folded name, and the
// name of an item's remote state (a domain of its own).
QByteArray nameIndexMessage(ProjectId project, quint8 kind, const QString& name);
QByteArray foldIndexMessage(ProjectId project, quint8 kind, const QString& name);
QByteArray remoteIndexMessage(ProjectId project, ItemKind kind, const QString& name);

// Everything the key-wrap key depends on besides the password: changing a stored KDF parameter or
// the vault id makes the wrapped key fail to open instead of silently weakening the derivation.
QByteArray wrapInfo(int formatVersion, const QByteArray& vaultId, const KdfParams& params);

} // namespace VaultKeys
