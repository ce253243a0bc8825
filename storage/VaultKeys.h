#pragma once

#include "models/Ids.h"
#include "storage/Argon2Kdf.h"

#include <QByteArray>
#include <QString>
#include <QtCrypto>

// What the vault derives from its data key and where each derived value is bound: the record keys'
// HKDF info, the blind indexes' messages, the key-wrap key's info. The vault and the data-key
// rotation (VaultRekey) both use these, so the two can never disagree on a record's key or index.
// See docs/ARCHITECTURE.md ("Key hierarchy").
namespace VaultKeys {

// Record kinds, mixed into record keys and blind indexes together with ItemKind's values (1 and 2):
// never renumber. A record sealed as one kind fails to open as another.
inline constexpr quint8 kProjectKind = 0;
inline constexpr quint8 kOutboxKind = 3;
inline constexpr quint8 kCredentialKind = 4;
inline constexpr quint8 kRemoteStateKind = 5;
inline constexpr quint8 kBatchKind = 6;
inline constexpr quint8 kAuditKind = 7;

inline constexpr auto kKdfName = "argon2id";

// The pseudorandom key every record key is expanded from (HKDF-Extract and -Expand of the data key).
QCA::SymmetricKey recordPrk(const QCA::SymmetricKey& dataKey, const QByteArray& vaultId);
// The key of the blind indexes (name_index, fold_index and remote_state's index).
QCA::SymmetricKey nameIndexKey(const QCA::SymmetricKey& dataKey, const QByteArray& vaultId);

// The key of the audit log's chain of MACs (storage/vault/AuditLogChain).
QCA::SymmetricKey auditKey(const QCA::SymmetricKey& dataKey, const QByteArray& vaultId);

// HKDF-Expand info of one record's key: a ciphertext copied to another row, project or kind is
// opened with the wrong key and fails to authenticate.
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
