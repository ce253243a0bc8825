#pragma once

#include <QtGlobal>

// The figures of docs/API.md "Limits" that the reference server enforces and reports in GET /me.
namespace ServerLimits {

inline constexpr qint64 kMaxValueBytes = 65536;
inline constexpr int kMaxBatchChanges = 1000;
inline constexpr qint64 kMaxBatchBytes = 8 * 1024 * 1024;
inline constexpr qint64 kMaxItemBodyBytes = 1024 * 1024;
inline constexpr qint64 kMaxOtherBodyBytes = 64 * 1024;
inline constexpr int kDefaultPageLimit = 100;
inline constexpr int kMaxPageLimit = 1000;
// A page stops growing near this size even when it holds fewer than `limit` items.
inline constexpr qint64 kMaxPageBytes = 8 * 1024 * 1024;
inline constexpr qint64 kIdempotencyKeyTtlSeconds = 7 * 24 * 60 * 60;
inline constexpr int kMaxIdempotencyKeyLength = 255;
// A secret's rotation period, in days (ten years: a longer one is a typing mistake).
inline constexpr int kMaxRotationPeriodDays = 3650;
// Ids and revisions stay exact in any JSON parser.
inline constexpr qint64 kMaxJsonInteger = (qint64(1) << 53) - 1;

} // namespace ServerLimits
