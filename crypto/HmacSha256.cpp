#include "crypto/HmacSha256.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>

namespace {

struct MacDeleter
{
    void operator()(EVP_MAC* mac) const { EVP_MAC_free(mac); }
};

struct MacContextDeleter
{
    void operator()(EVP_MAC_CTX* context) const { EVP_MAC_CTX_free(context); }
};

using MacContext = std::unique_ptr<EVP_MAC_CTX, MacContextDeleter>;

const unsigned char* bytes(QByteArrayView data)
{
    return reinterpret_cast<const unsigned char*>(data.data());
}

} // namespace

struct HmacSha256::Private
{
    // Freeing the context cleanses the key and the HMAC's inner and outer pads.
    MacContext keyed;
};

HmacSha256::HmacSha256(QByteArrayView key) : d(std::make_unique<Private>())
{
    const std::unique_ptr<EVP_MAC, MacDeleter> hmac {EVP_MAC_fetch(nullptr, "HMAC", nullptr)};
    if (!hmac) {
        return;
    }
    MacContext context {EVP_MAC_CTX_new(hmac.get())};
    char digest[] = "SHA256";
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_end(),
    };
    if (context && EVP_MAC_init(context.get(), bytes(key), static_cast<size_t>(key.size()), params) == 1) {
        d->keyed = std::move(context);
    }
}

HmacSha256::~HmacSha256() = default;

bool HmacSha256::isValid() const
{
    return d->keyed != nullptr;
}

bool HmacSha256::macInto(QByteArrayView message, char* out) const
{
    if (!d->keyed) {
        return false;
    }
    const MacContext context {EVP_MAC_CTX_dup(d->keyed.get())};
    size_t length = 0;
    return context && EVP_MAC_update(context.get(), bytes(message), static_cast<size_t>(message.size())) == 1
        && EVP_MAC_final(context.get(), reinterpret_cast<unsigned char*>(out), &length, kSize) == 1 && length == kSize;
}

QByteArray HmacSha256::mac(QByteArrayView message) const
{
    QByteArray out(kSize, Qt::Uninitialized);
    if (!macInto(message, out.data())) {
        return {};
    }
    return out;
}
