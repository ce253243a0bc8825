#pragma once

#include <QtGlobal>

// The sizes the vault accepts, shared with the readers and writers of files that feed it (EnvFile)
// without pulling in the vault itself.
namespace VaultLimits {

// The version of the record format, part of every record's associated data: never change it in
// place. Format 1 sealed each record under its own HKDF subkey without associated data; its vaults
// are re-sealed to format 2 when they are unlocked (FormatUpgrade).
inline constexpr int kFormatVersion = 2;
inline constexpr int kFirstFormatVersion = 1;
// The version mixed into the key-wrap key (VaultKeys::wrapInfo): the key wrap did not change with
// format 2, so an upgraded vault keeps its wrapped key.
inline constexpr int kKeyWrapVersion = 1;
inline constexpr qsizetype kMaxValueBytes = 64 * 1024;
inline constexpr qsizetype kMaxTokenBytes = 4096;
// A stored /changes request: the API's 8 MiB body limit plus room for the JSON around it.
inline constexpr qsizetype kMaxBatchBodyBytes = 8 * 1024 * 1024 + 64 * 1024;
inline constexpr qsizetype kMaxIdempotencyKeyBytes = 255;
// The platform's ids are JSON numbers: the largest integer a double holds exactly.
inline constexpr qint64 kMaxRemoteId = (qint64(1) << 53) - 1;

} // namespace VaultLimits
