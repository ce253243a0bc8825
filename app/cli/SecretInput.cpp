#include "app/cli/SecretInput.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace SecretInput {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SecretInput", text);
}

QString systemReason(int errorNumber)
{
    return QString::fromLocal8Bit(std::strerror(errorNumber));
}

enum class ReadStatus
{
    Ok,
    TooLarge,
    Failed,
};

// Reads up to one byte more than allowed so "exactly at the limit" and "too large" differ.
ReadStatus readDescriptor(int fd, qsizetype maxBytes, QCA::SecureArray* contents, int* errorNumber)
{
    QCA::SecureArray buffer(static_cast<int>(maxBytes + 1));
    qsizetype length = 0;
    while (length < buffer.size()) {
        const ssize_t n = ::read(fd, buffer.data() + length, static_cast<size_t>(buffer.size() - length));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            *errorNumber = errno;
            return ReadStatus::Failed;
        }
        if (n == 0) {
            break;
        }
        length += n;
    }
    if (length > maxBytes) {
        return ReadStatus::TooLarge;
    }
    buffer.resize(static_cast<int>(length));
    *contents = buffer;
    return ReadStatus::Ok;
}

} // namespace

Result<QCA::SecureArray> readFile(const QString& path, qsizetype maxBytes)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        const int openError = errno;
        if (openError == ENOENT) {
            return makeError(ErrorCode::NotFound, tr("The file '%1' does not exist.").arg(path));
        }
        return makeError(ErrorCode::Io, tr("Could not open the file '%1': %2.").arg(path, systemReason(openError)));
    }
    QCA::SecureArray contents;
    int errorNumber = 0;
    const ReadStatus status = readDescriptor(fd, maxBytes, &contents, &errorNumber);
    ::close(fd);
    switch (status) {
    case ReadStatus::Ok:
        return contents;
    case ReadStatus::TooLarge:
        return makeError(ErrorCode::InvalidInput, tr("The file '%1' is larger than %2 bytes.").arg(path).arg(maxBytes));
    case ReadStatus::Failed:
        break;
    }
    return makeError(ErrorCode::Io, tr("Could not read the file '%1': %2.").arg(path, systemReason(errorNumber)));
}

Result<QCA::SecureArray> readStandardInput(qsizetype maxBytes)
{
    QCA::SecureArray contents;
    int errorNumber = 0;
    switch (readDescriptor(STDIN_FILENO, maxBytes, &contents, &errorNumber)) {
    case ReadStatus::Ok:
        return contents;
    case ReadStatus::TooLarge:
        return makeError(ErrorCode::InvalidInput, tr("Standard input holds more than %1 bytes.").arg(maxBytes));
    case ReadStatus::Failed:
        break;
    }
    return makeError(ErrorCode::Io, tr("Could not read standard input: %1.").arg(systemReason(errorNumber)));
}

std::optional<QCA::SecureArray> fromEnvironment(const char* variableName)
{
    const char* value = std::getenv(variableName);
    if (value == nullptr || *value == '\0') {
        return std::nullopt;
    }
    const auto length = std::strlen(value);
    QCA::SecureArray bytes(static_cast<int>(length));
    std::memcpy(bytes.data(), value, length);
    return bytes;
}

void stripOneLineEnding(QCA::SecureArray& bytes)
{
    const int size = bytes.size();
    if (size >= 2 && bytes.constData()[size - 2] == '\r' && bytes.constData()[size - 1] == '\n') {
        bytes.resize(size - 2);
    } else if (size >= 1 && bytes.constData()[size - 1] == '\n') {
        bytes.resize(size - 1);
    }
}

} // namespace SecretInput
