#pragma once

#include "crypto/Aead.h"
#include "models/Result.h"

#include <QByteArray>
#include <QString>

// The reference server's values at rest (secrets): its key file and its sealed format over the
// shared AES-256-GCM (crypto/Aead). Every sealed value is bound to associated data (project, kind,
// name), so a ciphertext moved to another row fails to open.
class ServerCipher
{
public:
    static constexpr int kKeyBytes = Aead::kKeySize;
    static constexpr int kNonceBytes = Aead::kNonceSize;
    static constexpr int kTagBytes = Aead::kTagSize;

    // Reads the 32-byte key file, or creates it with mode 0600 (and a random key) when it does not
    // exist yet. A file of another size is refused rather than silently replaced.
    static Result<ServerCipher> openKeyFile(const QString& path);

    // `key` must be kKeyBytes long; a cipher with another key length refuses every call.
    explicit ServerCipher(QByteArray key);

    // version byte ‖ random nonce ‖ ciphertext ‖ tag.
    Result<QByteArray> seal(const QByteArray& plaintext, const QByteArray& associatedData) const;
    // The plaintext, only after the tag has been verified.
    Result<QByteArray> open(const QByteArray& sealed, const QByteArray& associatedData) const;

    // Cryptographically random bytes (OpenSSL's RAND_bytes); empty when the generator fails.
    static QByteArray randomBytes(int count) { return Aead::randomBytes(count); }

private:
    QByteArray m_key;
};
