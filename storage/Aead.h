#pragma once

#include "models/Result.h"

#include <QByteArray>
#include <QtCrypto>

#include <memory>

// AES-256-GCM, the only place in BotVault that touches a QCA cipher. QCA's GCM has sharp edges
// (no associated data, the tag is checked only when a non-empty tag is passed, update() returns
// plaintext before final() has verified it), so this class demands a 32-byte key, a 12-byte nonce
// and a 16-byte tag, refuses anything else before QCA sees it, and hands out plaintext only after
// final() has verified the tag. Binding a ciphertext to its context is done by the caller's key
// derivation (see Vault), since there is no associated-data input.
//
// Not thread-safe: use one Aead per thread.
class Aead
{
public:
    static constexpr int kKeySize = 32;
    static constexpr int kNonceSize = 12;
    static constexpr int kTagSize = 16;
    // seal() output: nonce ‖ ciphertext ‖ tag.
    static constexpr int kOverhead = kNonceSize + kTagSize;

    Aead();
    ~Aead();
    Aead(const Aead&) = delete;
    Aead& operator=(const Aead&) = delete;

    // Encrypts under a fresh random nonce.
    Result<QByteArray> seal(const QCA::SymmetricKey& key, const QCA::SecureArray& plaintext);
    // Damaged when the input is too short or the tag does not verify; nothing of the plaintext leaks.
    Result<QCA::SecureArray> open(const QCA::SymmetricKey& key, const QByteArray& sealed);

    // The primitive operations, with the nonce chosen by the caller (known-answer tests).
    Result<void> encrypt(const QCA::SymmetricKey& key, const QByteArray& nonce, const QCA::SecureArray& plaintext,
                         QByteArray* ciphertext, QByteArray* tag);
    Result<QCA::SecureArray> decrypt(const QCA::SymmetricKey& key, const QByteArray& nonce,
                                     const QByteArray& ciphertext, const QByteArray& tag);

    // A fresh 12-byte nonce from QCA's random source.
    static QByteArray randomNonce();

    // QCA keeps a reference to the last key and OpenSSL its expanded key schedule until the next
    // call; this drops both. Call it when the vault locks.
    void forgetKey();

private:
    struct Private;
    std::unique_ptr<Private> d;
};
