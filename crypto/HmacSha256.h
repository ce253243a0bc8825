#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

// HMAC-SHA256 under one fixed key on OpenSSL's EVP_MAC, for the vault's blind indexes and the
// expansion of per-record subkeys of old vaults: the context is keyed once and duplicated for every
// message, so no call re-keys it or fetches the digest again. The key is wiped with the object.
//
// Not thread-safe: use one object per thread.
class HmacSha256
{
public:
    static constexpr int kSize = 32;

    explicit HmacSha256(QByteArrayView key);
    ~HmacSha256();
    HmacSha256(const HmacSha256&) = delete;
    HmacSha256& operator=(const HmacSha256&) = delete;

    // False when OpenSSL could not set the MAC up (then mac() returns nothing).
    bool isValid() const;
    // HMAC-SHA256(key, message); empty when OpenSSL fails.
    QByteArray mac(QByteArrayView message) const;
    // The same into `out`, which has room for kSize bytes; false when OpenSSL fails.
    bool macInto(QByteArrayView message, char* out) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};
