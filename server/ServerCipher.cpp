#include "server/ServerCipher.h"

#include <QFile>

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr char kFormatVersion = 1;

struct CipherContextDeleter
{
    void operator()(EVP_CIPHER_CTX* context) const { EVP_CIPHER_CTX_free(context); }
};
using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, CipherContextDeleter>;

const unsigned char* bytes(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}

unsigned char* bytes(QByteArray& data)
{
    return reinterpret_cast<unsigned char*>(data.data());
}

Error cipherFailure()
{
    return makeError(ErrorCode::Internal, QStringLiteral("The server could not encrypt or decrypt a stored value."));
}

} // namespace

Result<ServerCipher> ServerCipher::openKeyFile(const QString& path)
{
    const QByteArray nativePath = QFile::encodeName(path);
    // O_EXCL with mode 0600: the key exists with the right permissions from its first byte, and two
    // servers starting at once cannot both write one.
    const int fd = ::open(nativePath.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd >= 0) {
        const QByteArray key = randomBytes(kKeyBytes);
        const bool written
            = key.size() == kKeyBytes && ::write(fd, key.constData(), kKeyBytes) == kKeyBytes && ::fsync(fd) == 0;
        ::close(fd);
        if (!written) {
            ::unlink(nativePath.constData());
            return makeError(ErrorCode::Io,
                QStringLiteral("Could not write the key file '%1'. Check the free space and permissions "
                               "of its folder.")
                    .arg(path));
        }
        return ServerCipher(key);
    }
    if (errno != EEXIST) {
        return makeError(ErrorCode::Io,
            QStringLiteral("Could not create the key file '%1'. Check the permissions of its folder.").arg(path));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(
            ErrorCode::Io, QStringLiteral("Could not read the key file '%1'. Check its permissions.").arg(path));
    }
    const QByteArray key = file.read(kKeyBytes + 1);
    if (key.size() != kKeyBytes) {
        return makeError(ErrorCode::Damaged,
            QStringLiteral("The key file '%1' is not %2 bytes long. Restore it from a backup; without "
                           "it the stored secrets cannot be read.")
                .arg(path)
                .arg(kKeyBytes));
    }
    return ServerCipher(key);
}

ServerCipher::ServerCipher(QByteArray key) : m_key(std::move(key)) { }

QByteArray ServerCipher::randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (RAND_bytes(bytes(out), count) != 1) {
        return {};
    }
    return out;
}

Result<QByteArray> ServerCipher::seal(const QByteArray& plaintext, const QByteArray& associatedData) const
{
    if (m_key.size() != kKeyBytes) {
        return cipherFailure();
    }
    const QByteArray nonce = randomBytes(kNonceBytes);
    CipherContext context(EVP_CIPHER_CTX_new());
    if (nonce.size() != kNonceBytes || !context) {
        return cipherFailure();
    }
    QByteArray sealed(1 + kNonceBytes + plaintext.size() + kTagBytes, Qt::Uninitialized);
    sealed[0] = kFormatVersion;
    std::copy(nonce.cbegin(), nonce.cend(), sealed.begin() + 1);
    unsigned char* out = bytes(sealed) + 1 + kNonceBytes;
    int length = 0;
    int finalLength = 0;
    const bool ok = EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) == 1
        && EVP_EncryptInit_ex(context.get(), nullptr, nullptr, bytes(m_key), bytes(nonce)) == 1
        && EVP_EncryptUpdate(
               context.get(), nullptr, &length, bytes(associatedData), static_cast<int>(associatedData.size()))
            == 1
        && EVP_EncryptUpdate(context.get(), out, &length, bytes(plaintext), static_cast<int>(plaintext.size())) == 1
        && EVP_EncryptFinal_ex(context.get(), out + length, &finalLength) == 1
        && length + finalLength == plaintext.size()
        && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes, out + plaintext.size()) == 1;
    if (!ok) {
        return cipherFailure();
    }
    return sealed;
}

Result<QByteArray> ServerCipher::open(const QByteArray& sealed, const QByteArray& associatedData) const
{
    const qsizetype textSize = sealed.size() - 1 - kNonceBytes - kTagBytes;
    if (m_key.size() != kKeyBytes || textSize < 0 || sealed.at(0) != kFormatVersion) {
        return makeError(ErrorCode::Damaged, QStringLiteral("A stored value is damaged and cannot be read."));
    }
    CipherContext context(EVP_CIPHER_CTX_new());
    if (!context) {
        return cipherFailure();
    }
    const unsigned char* nonce = bytes(sealed) + 1;
    const unsigned char* text = nonce + kNonceBytes;
    QByteArray tag = sealed.right(kTagBytes);
    QByteArray plaintext(textSize, Qt::Uninitialized);
    int length = 0;
    int finalLength = 0;
    const bool ok = EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) == 1
        && EVP_DecryptInit_ex(context.get(), nullptr, nullptr, bytes(m_key), nonce) == 1
        && EVP_DecryptUpdate(
               context.get(), nullptr, &length, bytes(associatedData), static_cast<int>(associatedData.size()))
            == 1
        && EVP_DecryptUpdate(context.get(), bytes(plaintext), &length, text, static_cast<int>(textSize)) == 1
        && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, bytes(tag)) == 1;
    // The tag is checked by the final call; nothing leaves before it succeeds.
    if (!ok || EVP_DecryptFinal_ex(context.get(), bytes(plaintext) + length, &finalLength) != 1) {
        plaintext.fill('\0');
        return makeError(ErrorCode::Damaged, QStringLiteral("A stored value is damaged and cannot be read."));
    }
    return plaintext;
}
