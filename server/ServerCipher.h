#pragma once

#include "models/Result.h"

#include <QByteArray>
#include <QString>

// AES-256-GCM for the values the server keeps at rest (secrets). The reference server calls OpenSSL
// directly: QCA belongs to the client side (storage/), and the server must not link it. Every
// sealed value is bound to associated data (project, kind, name), so a ciphertext moved to another
// row fails to open.
class ServerCipher
{
public:
    static constexpr int kKeyBytes = 32;
    static constexpr int kNonceBytes = 12;
    static constexpr int kTagBytes = 16;

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
    static QByteArray randomBytes(int count);

private:
    QByteArray m_key;
};
