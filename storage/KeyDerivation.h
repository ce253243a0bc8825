#pragma once

#include <QByteArray>
#include <QtCrypto>

#include <memory>

// HKDF-SHA256 and HMAC-SHA256 through QCA, for the vault's key hierarchy and blind indexes.
namespace KeyDerivation {

// HKDF-SHA256 (RFC 5869), extract and expand, `length` bytes. Empty when `inputKey` is empty,
// `length` is outside 1..8160 or the provider lacks HKDF, so callers must check the size.
QCA::SymmetricKey hkdf(const QCA::SecureArray& inputKey, const QByteArray& salt, const QByteArray& info,
                       int length = 32);

// Empty when the provider lacks HMAC-SHA256.
QByteArray hmacSha256(const QCA::SymmetricKey& key, const QByteArray& message);

// `length` bytes from QCA's random source; empty unless that source is a secure one (qca-ossl).
QCA::SymmetricKey randomKey(int length = 32);

// Whether the QCA provider offers everything BotVault needs; when not, *missing names it.
bool cryptoAvailable(QString* missing);

} // namespace KeyDerivation

// HKDF-Expand-SHA256 with one fixed pseudorandom key, for deriving many per-record subkeys quickly
// (one HMAC per key, the keyed MAC state built once and copied). Not thread-safe.
class SubkeyDeriver
{
public:
    // `prk` must already be a uniformly random key (output of HKDF-Extract or of hkdf()).
    explicit SubkeyDeriver(const QCA::SymmetricKey& prk);
    ~SubkeyDeriver();
    SubkeyDeriver(const SubkeyDeriver&) = delete;
    SubkeyDeriver& operator=(const SubkeyDeriver&) = delete;

    // The first 32 bytes of HKDF-Expand(prk, info): HMAC(prk, info ‖ 0x01). Empty when the
    // provider lacks HMAC-SHA256.
    QCA::SymmetricKey derive(const QByteArray& info);

private:
    struct Private;
    std::unique_ptr<Private> d;
};
