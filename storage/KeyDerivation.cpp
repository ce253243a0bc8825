#include "storage/KeyDerivation.h"

#include "crypto/HmacSha256.h"

#include <QCoreApplication>
#include <QStringList>

#include <atomic>
#include <optional>

namespace {

constexpr int kSha256Size = 32;
// RFC 5869: the output of HKDF-Expand is at most 255 hash blocks.
constexpr int kMaxHkdfLength = 255 * kSha256Size;

// Constructing a MessageAuthenticationCode without a provider dereferences a null context, so
// support is checked first. isSupported() rebuilds every provider's feature list (about 12 µs,
// as much as the HMAC itself), and a provider once loaded stays for the QCA::Initializer's life,
// so only the positive answer is remembered.
bool hmacSha256Supported()
{
    static std::atomic<bool> supported {false};
    if (!supported.load(std::memory_order_relaxed) && QCA::isSupported("hmac(sha256)")) {
        supported.store(true, std::memory_order_relaxed);
    }
    return supported.load(std::memory_order_relaxed);
}

} // namespace

namespace KeyDerivation {

QCA::SymmetricKey hkdf(const QCA::SecureArray& inputKey, const QByteArray& salt, const QByteArray& info, int length)
{
    // qca-ossl ignores every OpenSSL return code here and hands back its zero-filled output
    // buffer when the derivation fails (it does for 8161 bytes), so such requests never reach it.
    // An empty input key would work, but in the vault it can only mean a key that was wiped.
    if (length < 1 || length > kMaxHkdfLength || inputKey.isEmpty()) {
        return {};
    }
    QCA::HKDF kdf(QStringLiteral("sha256"));
    if (!kdf.context()) {
        return {};
    }
    return kdf.makeKey(
        inputKey, QCA::InitializationVector(salt), QCA::InitializationVector(info), static_cast<unsigned int>(length));
}

QByteArray hmacSha256(const QCA::SymmetricKey& key, const QByteArray& message)
{
    if (!hmacSha256Supported()) {
        return {};
    }
    QCA::MessageAuthenticationCode mac(QStringLiteral("hmac(sha256)"), key);
    mac.update(QCA::MemoryRegion(message));
    return mac.final().toByteArray();
}

QCA::SymmetricKey randomKey(int length)
{
    // Without qca-ossl, QCA falls back to its default provider, whose "random" is std::rand().
    if (length < 1 || !QCA::haveSecureRandom()) {
        return {};
    }
    return QCA::SymmetricKey(QCA::Random::randomArray(length));
}

bool cryptoAvailable(QString* missing)
{
    QStringList absent;
    for (const char* feature : {"aes256-gcm", "hkdf(sha256)", "hmac(sha256)", "sha256"}) {
        if (!QCA::isSupported(feature)) {
            absent.append(QString::fromLatin1(feature));
        }
    }
    // isSupported("random") is always true, because QCA's built-in provider offers std::rand().
    if (!QCA::haveSecureRandom()) {
        absent.append(QStringLiteral("random"));
    }
    if (missing) {
        missing->clear();
        if (!absent.isEmpty()) {
            const QString text = QCoreApplication::translate(
                "KeyDerivation", "QCA does not offer %1. Install the OpenSSL plugin of QCA (qca-ossl).");
            *missing = text.arg(absent.join(QStringLiteral(", ")));
        }
    }
    return absent.isEmpty();
}

} // namespace KeyDerivation

struct SubkeyDeriver::Private
{
    std::unique_ptr<HmacSha256> keyed;
};

SubkeyDeriver::SubkeyDeriver(const QCA::SymmetricKey& prk) : d(std::make_unique<Private>())
{
    d->keyed = std::make_unique<HmacSha256>(QByteArrayView(prk.constData(), prk.size()));
}

SubkeyDeriver::~SubkeyDeriver() = default;

QCA::SymmetricKey SubkeyDeriver::derive(const QByteArray& info)
{
    QByteArray block;
    block.reserve(info.size() + 1);
    block.append(info).append('\x01');
    QCA::SecureArray key(HmacSha256::kSize);
    if (!d->keyed->macInto(block, key.data())) {
        return {};
    }
    return QCA::SymmetricKey(key);
}

KeyedHmac::KeyedHmac(const QCA::SymmetricKey& key)
    : m_keyed(std::make_unique<HmacSha256>(QByteArrayView(key.constData(), key.size())))
{
}

KeyedHmac::~KeyedHmac() = default;

QByteArray KeyedHmac::mac(const QByteArray& message)
{
    return m_keyed->mac(message);
}
