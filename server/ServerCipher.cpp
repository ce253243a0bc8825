#include "server/ServerCipher.h"

#include <QFile>

#include <algorithm>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace {

constexpr char kFormatVersion = 1;

Error cipherFailure()
{
    return makeError(ErrorCode::Internal, QStringLiteral("The server could not encrypt or decrypt a stored value."));
}

Error damagedValue()
{
    return makeError(ErrorCode::Damaged, QStringLiteral("A stored value is damaged and cannot be read."));
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

Result<QByteArray> ServerCipher::seal(const QByteArray& plaintext, const QByteArray& associatedData) const
{
    if (m_key.size() != kKeyBytes) {
        return cipherFailure();
    }
    const QByteArray nonce = Aead::randomNonce();
    if (nonce.size() != kNonceBytes) {
        return cipherFailure();
    }
    QByteArray sealed(1 + kNonceBytes + plaintext.size() + kTagBytes, Qt::Uninitialized);
    sealed[0] = kFormatVersion;
    std::copy(nonce.cbegin(), nonce.cend(), sealed.begin() + 1);
    char* ciphertext = sealed.data() + 1 + kNonceBytes;
    Aead aead;
    if (!aead.encryptInto(m_key, nonce, associatedData, plaintext, ciphertext, ciphertext + plaintext.size())) {
        return cipherFailure();
    }
    return sealed;
}

Result<QByteArray> ServerCipher::open(const QByteArray& sealed, const QByteArray& associatedData) const
{
    const qsizetype textSize = sealed.size() - 1 - kNonceBytes - kTagBytes;
    if (m_key.size() != kKeyBytes || textSize < 0 || sealed.at(0) != kFormatVersion) {
        return damagedValue();
    }
    const QByteArrayView parts(sealed);
    QByteArray plaintext(textSize, Qt::Uninitialized);
    Aead aead;
    // Aead wipes `plaintext` unless the tag verifies.
    const Result<void> opened = aead.decryptInto(m_key, parts.sliced(1, kNonceBytes), associatedData,
        parts.sliced(1 + kNonceBytes, textSize), parts.last(kTagBytes), plaintext.data());
    if (!opened) {
        return opened.code() == ErrorCode::Internal ? cipherFailure() : damagedValue();
    }
    return plaintext;
}
