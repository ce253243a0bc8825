#include "crypto/Aead.h"

#include <QCoreApplication>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <pthread.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <limits>
#include <mutex>

namespace {

Error damaged()
{
    return makeError(ErrorCode::Damaged, QCoreApplication::translate("Aead", "The record failed authentication."));
}

Error encryptionFailed()
{
    return makeError(ErrorCode::Internal, QCoreApplication::translate("Aead", "AES-256-GCM encryption failed."));
}

Error wrongKeySize(qsizetype size)
{
    return makeError(ErrorCode::InvalidInput,
        QCoreApplication::translate("Aead", "The record key is %1 bytes long; it must be %2 bytes.")
            .arg(size)
            .arg(Aead::kKeySize));
}

Error wrongNonceSize(qsizetype size)
{
    return makeError(ErrorCode::InvalidInput,
        QCoreApplication::translate("Aead", "The nonce is %1 bytes long; it must be %2 bytes.")
            .arg(size)
            .arg(Aead::kNonceSize));
}

// EVP takes int lengths.
bool fitsInt(QByteArrayView bytes)
{
    return bytes.size() <= std::numeric_limits<int>::max();
}

const unsigned char* bytes(QByteArrayView data)
{
    return reinterpret_cast<const unsigned char*>(data.data());
}

unsigned char* bytes(char* data)
{
    return reinterpret_cast<unsigned char*>(data);
}

QByteArrayView view(const QCA::MemoryRegion& region)
{
    return QByteArrayView(region.constData(), region.size());
}

// Zeroes without relying on the allocator to: the buffer may hold plaintext that failed
// authentication.
void wipe(QCA::SecureArray* buffer)
{
    buffer->fill(0);
    buffer->clear();
}

struct CipherContextDeleter
{
    void operator()(EVP_CIPHER_CTX* context) const { EVP_CIPHER_CTX_free(context); }
};

struct CipherDeleter
{
    void operator()(EVP_CIPHER* cipher) const { EVP_CIPHER_free(cipher); }
};

// Fetched once per process: passing EVP_aes_256_gcm() to every init makes OpenSSL 3 look the
// implementation up in its provider store on every call.
const EVP_CIPHER* aes256Gcm()
{
    static const std::unique_ptr<EVP_CIPHER, CipherDeleter> cipher {EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr)};
    return cipher.get();
}

// Bumped in the child of every fork(): a context seeded before the fork draws a new random start
// before its next nonce, so parent and child never continue the same sequence.
std::atomic<unsigned> forkGeneration {0};

void countFork()
{
    forkGeneration.fetch_add(1, std::memory_order_relaxed);
}

void watchForks()
{
    static std::once_flag registered;
    std::call_once(registered, [] { pthread_atfork(nullptr, nullptr, countFork); });
}

// The GCM nonces of one context: a random 96-bit start from RAND_bytes, then the following values
// (a 64-bit counter added to the last 8 bytes), so only the start costs a call into the generator,
// whose fork check is a getpid() system call per call in OpenSSL 3.0. Two contexts' sequences are
// disjoint unless their random starts fall within the length of a sequence of each other: for n
// contexts sealing N nonces in all, a chance of at most about n·N / 2^96, no worse than N random
// nonces. Threads hold their own contexts (an Aead is not thread-safe), so each has its own start.
class NonceSequence
{
public:
    bool next(char* nonce)
    {
        const unsigned generation = forkGeneration.load(std::memory_order_relaxed);
        if (!m_seeded || generation != m_generation) {
            if (RAND_bytes(m_start.data(), Aead::kNonceSize) != 1) {
                m_seeded = false;
                return false;
            }
            m_seeded = true;
            m_generation = generation;
            m_counter = 0;
        }
        quint64 low = 0;
        for (int i = 4; i < Aead::kNonceSize; ++i) {
            low = (low << 8) | m_start[static_cast<size_t>(i)];
        }
        low += m_counter++;
        std::copy(m_start.begin(), m_start.begin() + 4, nonce);
        for (int i = Aead::kNonceSize - 1; i >= 4; --i) {
            nonce[i] = static_cast<char>(low & 0xff);
            low >>= 8;
        }
        return true;
    }

private:
    std::array<unsigned char, Aead::kNonceSize> m_start {};
    quint64 m_counter = 0;
    unsigned m_generation = 0;
    bool m_seeded = false;
};

} // namespace

struct Aead::Private
{
    NonceSequence nonces;
    // One context reused across calls: a new one per call costs an allocation and a cipher fetch.
    std::unique_ptr<EVP_CIPHER_CTX, CipherContextDeleter> context {EVP_CIPHER_CTX_new()};
    // The key whose expanded schedule the context holds, to skip the key expansion while the same
    // key seals or opens record after record.
    std::array<unsigned char, kKeySize> loadedKey {};
    bool keyLoaded = false;

    void forgetKey()
    {
        OPENSSL_cleanse(loadedKey.data(), loadedKey.size());
        keyLoaded = false;
    }

    bool holdsKey(QByteArrayView key) const
    {
        return keyLoaded && CRYPTO_memcmp(loadedKey.data(), key.data(), loadedKey.size()) == 0;
    }

    // Sets up `direction` (1 encrypt, 0 decrypt) with the key, nonce and associated data. GCM's
    // default nonce length is the 12 bytes the callers were held to.
    bool begin(int direction, QByteArrayView key, QByteArrayView nonce, QByteArrayView associatedData)
    {
        EVP_CIPHER_CTX* c = context.get();
        if (!holdsKey(key)) {
            forgetKey();
            if (!aes256Gcm() || EVP_CipherInit_ex2(c, aes256Gcm(), bytes(key), nullptr, direction, nullptr) != 1) {
                return false;
            }
            std::copy(key.begin(), key.end(), loadedKey.begin());
            keyLoaded = true;
        }
        int length = 0;
        return EVP_CipherInit_ex2(c, nullptr, nullptr, bytes(nonce), direction, nullptr) == 1
            && (associatedData.isEmpty()
                || EVP_CipherUpdate(c, nullptr, &length, bytes(associatedData), static_cast<int>(associatedData.size()))
                    == 1);
    }

    // Runs `input` through the cipher into `output` (GCM writes exactly as many bytes as it reads).
    bool process(QByteArrayView input, char* output)
    {
        if (input.isEmpty()) {
            return true;
        }
        int length = 0;
        return EVP_CipherUpdate(context.get(), bytes(output), &length, bytes(input), static_cast<int>(input.size()))
            == 1
            && length == input.size();
    }

    bool finish()
    {
        unsigned char none[EVP_MAX_BLOCK_LENGTH];
        int length = 0;
        return EVP_CipherFinal_ex(context.get(), none, &length) == 1 && length == 0;
    }

    // After a failure the context's state is unknown: the next call starts from the key again.
    void failed() { forgetKey(); }
};

Aead::Aead() : d(std::make_unique<Private>())
{
    watchForks();
}

Aead::~Aead() = default;

void Aead::forgetKey()
{
    if (d->context) {
        // Clears the key schedule and leaves the context ready for the next setup.
        EVP_CIPHER_CTX_reset(d->context.get());
    }
    d->forgetKey();
}

QByteArray Aead::randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (RAND_bytes(bytes(out.data()), count) != 1) {
        return {};
    }
    return out;
}

QByteArray Aead::randomNonce()
{
    return randomBytes(kNonceSize);
}

Result<void> Aead::encryptInto(QByteArrayView key, QByteArrayView nonce, QByteArrayView associatedData,
    QByteArrayView plaintext, char* ciphertext, char* tag)
{
    if (key.size() != kKeySize) {
        return wrongKeySize(key.size());
    }
    if (nonce.size() != kNonceSize) {
        return wrongNonceSize(nonce.size());
    }
    if (!d->context || !fitsInt(associatedData) || !fitsInt(plaintext)) {
        return encryptionFailed();
    }
    const bool ok = d->begin(1, key, nonce, associatedData) && d->process(plaintext, ciphertext) && d->finish()
        && EVP_CIPHER_CTX_ctrl(d->context.get(), EVP_CTRL_GCM_GET_TAG, kTagSize, tag) == 1;
    if (!ok) {
        d->failed();
        OPENSSL_cleanse(ciphertext, static_cast<size_t>(plaintext.size()));
        return encryptionFailed();
    }
    return {};
}

Result<void> Aead::decryptInto(QByteArrayView key, QByteArrayView nonce, QByteArrayView associatedData,
    QByteArrayView ciphertext, QByteArrayView tag, char* plaintext)
{
    if (key.size() != kKeySize) {
        return wrongKeySize(key.size());
    }
    // A wrong nonce or tag length is what a damaged record carries. Only exactly 16 tag bytes
    // reach OpenSSL: given a shorter tag it would compare only that prefix.
    if (nonce.size() != kNonceSize || tag.size() != kTagSize || !fitsInt(associatedData) || !fitsInt(ciphertext)) {
        return damaged();
    }
    if (!d->context) {
        return encryptionFailed();
    }
    // The tag is checked by finish(); until then `plaintext` holds unauthenticated bytes.
    QByteArray expectedTag = tag.toByteArray();
    const bool ok = d->begin(0, key, nonce, associatedData)
        && EVP_CIPHER_CTX_ctrl(d->context.get(), EVP_CTRL_GCM_SET_TAG, kTagSize, expectedTag.data()) == 1
        && d->process(ciphertext, plaintext) && d->finish();
    if (!ok) {
        d->failed();
        OPENSSL_cleanse(plaintext, static_cast<size_t>(ciphertext.size()));
        return damaged();
    }
    return {};
}

Result<void> Aead::encrypt(const QCA::SymmetricKey& key, const QByteArray& nonce, const QCA::SecureArray& plaintext,
    QByteArray* ciphertext, QByteArray* tag)
{
    QByteArray producedCiphertext(plaintext.size(), Qt::Uninitialized);
    QByteArray producedTag(kTagSize, Qt::Uninitialized);
    if (auto encrypted
        = encryptInto(view(key), nonce, {}, view(plaintext), producedCiphertext.data(), producedTag.data());
        !encrypted) {
        return encrypted;
    }
    *ciphertext = producedCiphertext;
    *tag = producedTag;
    return {};
}

Result<QCA::SecureArray> Aead::decrypt(
    const QCA::SymmetricKey& key, const QByteArray& nonce, const QByteArray& ciphertext, const QByteArray& tag)
{
    return decryptToSecureArray(view(key), nonce, {}, ciphertext, tag);
}

Result<QByteArray> Aead::seal(const QCA::SymmetricKey& key, const QCA::SecureArray& plaintext)
{
    return seal(view(key), {}, view(plaintext));
}

Result<QCA::SecureArray> Aead::open(const QCA::SymmetricKey& key, const QByteArray& sealed)
{
    return open(view(key), {}, sealed);
}

Result<QByteArray> Aead::seal(QByteArrayView key, QByteArrayView associatedData, QByteArrayView plaintext)
{
    QByteArray sealed(kOverhead + plaintext.size(), Qt::Uninitialized);
    if (!d->nonces.next(sealed.data())) {
        return encryptionFailed();
    }
    const QByteArrayView nonce(sealed.constData(), kNonceSize);
    char* ciphertext = sealed.data() + kNonceSize;
    if (auto encrypted = encryptInto(key, nonce, associatedData, plaintext, ciphertext, ciphertext + plaintext.size());
        !encrypted) {
        return encrypted.error();
    }
    return sealed;
}

Result<QCA::SecureArray> Aead::open(QByteArrayView key, QByteArrayView associatedData, QByteArrayView sealed)
{
    if (sealed.size() < kOverhead) {
        return damaged();
    }
    return decryptToSecureArray(key, sealed.first(kNonceSize), associatedData,
        sealed.sliced(kNonceSize, sealed.size() - kOverhead), sealed.last(kTagSize));
}

Result<QCA::SecureArray> Aead::decryptToSecureArray(QByteArrayView key, QByteArrayView nonce,
    QByteArrayView associatedData, QByteArrayView ciphertext, QByteArrayView tag)
{
    if (ciphertext.size() > std::numeric_limits<int>::max()) {
        return damaged();
    }
    QCA::SecureArray plaintext(static_cast<int>(ciphertext.size()));
    if (auto decrypted = decryptInto(key, nonce, associatedData, ciphertext, tag, plaintext.data()); !decrypted) {
        wipe(&plaintext);
        return decrypted.error();
    }
    return plaintext;
}
