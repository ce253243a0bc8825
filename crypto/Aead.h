#pragma once

#include "models/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QtCrypto>

#include <memory>

// AES-256-GCM for both sides: the vault's records (storage/) and the reference server's secrets at
// rest (server/ServerCipher), through OpenSSL's EVP interface. It demands a 32-byte key, a 12-byte
// nonce and a 16-byte tag and refuses anything else before OpenSSL sees it (OpenSSL compares only
// as many tag bytes as it is given, and any other nonce length switches GCM to its hashed-IV
// variant). Decryption writes into the caller's buffer before the tag is verified, so a failure
// wipes that buffer: no plaintext leaves unless the tag verified.
//
// The vault's records and the server's values are bound to their rows through associated data; the
// vault's key wrap carries none. The context keeps the expanded key schedule while the key stays the
// same (record after record under the one record key), and the cipher is fetched once per process.
//
// seal() draws its nonces from a random 96-bit start per context and counts up from it, starting
// afresh after a fork, so no seal makes a system call (docs/SECURITY.md, "Nonces").
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

    // Encrypts under the context's next nonce (never repeated: see NonceSequence in Aead.cpp), without
    // associated data (the vault's key wrap).
    Result<QByteArray> seal(const QCA::SymmetricKey& key, const QCA::SecureArray& plaintext);
    // Damaged when the input is too short or the tag does not verify; nothing of the plaintext leaks.
    Result<QCA::SecureArray> open(const QCA::SymmetricKey& key, const QByteArray& sealed);
    // The same, with associated data (the vault's records: their identity).
    Result<QByteArray> seal(QByteArrayView key, QByteArrayView associatedData, QByteArrayView plaintext);
    Result<QCA::SecureArray> open(QByteArrayView key, QByteArrayView associatedData, QByteArrayView sealed);

    // The primitive operations, with the nonce chosen by the caller (known-answer tests).
    Result<void> encrypt(const QCA::SymmetricKey& key, const QByteArray& nonce, const QCA::SecureArray& plaintext,
        QByteArray* ciphertext, QByteArray* tag);
    Result<QCA::SecureArray> decrypt(
        const QCA::SymmetricKey& key, const QByteArray& nonce, const QByteArray& ciphertext, const QByteArray& tag);

    // The same on plain bytes, with associated data. `ciphertext` has room for plaintext.size()
    // bytes and `tag` for kTagSize; both are untouched when the sizes are refused.
    Result<void> encryptInto(QByteArrayView key, QByteArrayView nonce, QByteArrayView associatedData,
        QByteArrayView plaintext, char* ciphertext, char* tag);
    // `plaintext` has room for ciphertext.size() bytes; it is wiped unless the tag verifies.
    Result<void> decryptInto(QByteArrayView key, QByteArrayView nonce, QByteArrayView associatedData,
        QByteArrayView ciphertext, QByteArrayView tag, char* plaintext);

    // Cryptographically random bytes (OpenSSL's RAND_bytes); empty when the generator fails.
    static QByteArray randomBytes(int count);
    // A fresh 12-byte nonce; empty when the generator fails.
    static QByteArray randomNonce();

    // The cipher context keeps the expanded key schedule of the last key until the next call; this
    // wipes it. Call it when the vault locks.
    void forgetKey();

private:
    Result<QCA::SecureArray> decryptToSecureArray(QByteArrayView key, QByteArrayView nonce,
        QByteArrayView associatedData, QByteArrayView ciphertext, QByteArrayView tag);

    struct Private;
    std::unique_ptr<Private> d;
};
