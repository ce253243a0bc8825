#pragma once

#include <QByteArray>
#include <QtCrypto>

class HmacSha256;

#include <memory>
#include <optional>

// HKDF-SHA256 and HMAC-SHA256 through QCA, for the vault's key hierarchy and blind indexes.
namespace KeyDerivation {

// HKDF-SHA256 (RFC 5869), extract and expand, `length` bytes. Empty when `inputKey` is empty,
// `length` is outside 1..8160 or the provider lacks HKDF, so callers must check the size.
QCA::SymmetricKey hkdf(
    const QCA::SecureArray& inputKey, const QByteArray& salt, const QByteArray& info, int length = 32);

// Empty when the provider lacks HMAC-SHA256.
QByteArray hmacSha256(const QCA::SymmetricKey& key, const QByteArray& message);

// `length` bytes from QCA's random source; empty unless that source is a secure one (qca-ossl).
QCA::SymmetricKey randomKey(int length = 32);

// Whether the QCA provider offers everything BotVault needs; when not, *missing names it.
bool cryptoAvailable(QString* missing);

} // namespace KeyDerivation

// HKDF-Expand-SHA256 with one fixed pseudorandom key, for deriving many per-record subkeys quickly
// (one HMAC per key, the keyed MAC state built once and copied): the record keys of format-1
// vaults, which the format upgrade opens. Not thread-safe.
class SubkeyDeriver
{
public:
    // `prk` must already be a uniformly random key (output of HKDF-Extract or of hkdf()).
    explicit SubkeyDeriver(const QCA::SymmetricKey& prk);
    ~SubkeyDeriver();
    SubkeyDeriver(const SubkeyDeriver&) = delete;
    SubkeyDeriver& operator=(const SubkeyDeriver&) = delete;

    // The first 32 bytes of HKDF-Expand(prk, info): HMAC(prk, info ‖ 0x01). Empty when OpenSSL
    // fails.
    QCA::SymmetricKey derive(const QByteArray& info);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// HMAC-SHA256 under one fixed key, for the vault's blind indexes: a pre-keyed EVP MAC context
// (crypto/HmacSha256) duplicated per message, never re-keyed. Not thread-safe.
class KeyedHmac
{
public:
    explicit KeyedHmac(const QCA::SymmetricKey& key);
    ~KeyedHmac();
    KeyedHmac(const KeyedHmac&) = delete;
    KeyedHmac& operator=(const KeyedHmac&) = delete;

    // HMAC-SHA256(key, message); empty when OpenSSL fails.
    QByteArray mac(const QByteArray& message);

private:
    std::unique_ptr<HmacSha256> m_keyed;
};
