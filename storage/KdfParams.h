#pragma once

#include "models/Result.h"

#include <QByteArray>

// Argon2id parameters as stored in the vault's key-wrap row. They come from disk, so they are
// bounds-checked before any memory is allocated.
struct KdfParams
{
    static constexpr quint32 kMinMemoryKiB = 19 * 1024;
    static constexpr quint32 kMaxMemoryKiB = 1024 * 1024;
    static constexpr quint32 kMinPasses = 2;
    static constexpr quint32 kMaxPasses = 100;
    static constexpr quint32 kMinLanes = 1;
    static constexpr quint32 kMaxLanes = 16;
    static constexpr int kSaltSize = 32;

    quint32 memoryKiB = 64 * 1024;
    quint32 passes = 3;
    quint32 lanes = 2;
    QByteArray salt;

    // 64 MiB, 3 passes, 2 lanes and a fresh random salt.
    static KdfParams defaults();
    // InvalidInput naming the parameter and its allowed range.
    Result<void> validate() const;
    bool operator==(const KdfParams&) const = default;
};
