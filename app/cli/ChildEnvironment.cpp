#include "app/cli/ChildEnvironment.h"

#include "models/NameRules.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ChildEnvironment", text);
}

} // namespace

ChildEnvironment::ChildEnvironment(const QStringList& withheld)
{
    QList<QByteArray> withheldNames;
    for (const QString& name : withheld) {
        withheldNames.append(QFile::encodeName(name));
    }
    for (char** variable = environ; variable != nullptr && *variable != nullptr; ++variable) {
        const char* entry = *variable;
        const char* equals = std::strchr(entry, '=');
        if (equals == nullptr) {
            continue;
        }
        const QByteArray name(entry, equals - entry);
        if (withheldNames.contains(name)) {
            continue;
        }
        const auto length = static_cast<int>(std::strlen(entry));
        QCA::SecureArray bytes(length);
        std::memcpy(bytes.data(), entry, static_cast<size_t>(length));
        m_entries.append({name, bytes});
    }
}

Result<void> ChildEnvironment::set(const QString& name, const QCA::SecureArray& value)
{
    if (const Result<void> valid = NameRules::validate(name); !valid) {
        return makeError(ErrorCode::InvalidInput,
            tr("%1 cannot be passed as an environment variable: %2").arg(name, valid.message()));
    }
    if (value.size() > 0 && std::memchr(value.constData(), '\0', static_cast<size_t>(value.size())) != nullptr) {
        return makeError(ErrorCode::InvalidInput,
            tr("The value of %1 contains a NUL character, which an environment variable cannot hold.").arg(name));
    }
    const QByteArray nameBytes = name.toUtf8();
    QCA::SecureArray entry(static_cast<int>(nameBytes.size()) + 1 + value.size());
    char* out = entry.data();
    std::memcpy(out, nameBytes.constData(), static_cast<size_t>(nameBytes.size()));
    out[nameBytes.size()] = '=';
    if (value.size() > 0) {
        std::memcpy(out + nameBytes.size() + 1, value.constData(), static_cast<size_t>(value.size()));
    }
    for (auto& [existingName, existingEntry] : m_entries) {
        if (existingName == nameBytes) {
            existingEntry = entry;
            return {};
        }
    }
    m_entries.append({nameBytes, entry});
    return {};
}

bool ChildEnvironment::contains(const QString& name) const
{
    const QByteArray nameBytes = name.toUtf8();
    for (const auto& [existingName, entry] : m_entries) {
        if (existingName == nameBytes) {
            return true;
        }
    }
    return false;
}

int ChildEnvironment::exec(const QStringList& arguments) const
{
    if (arguments.isEmpty()) {
        return ENOENT;
    }
    // One block for every entry with its terminating NUL; the pointers into it are taken only once
    // it is filled, so nothing reallocates underneath them.
    int total = 0;
    for (const auto& [name, entry] : m_entries) {
        total += entry.size() + 1;
    }
    QCA::SecureArray block(qMax(total, 1));
    char* base = block.data();
    std::vector<char*> envp;
    envp.reserve(static_cast<size_t>(m_entries.size()) + 1);
    int offset = 0;
    for (const auto& [name, entry] : m_entries) {
        std::memcpy(base + offset, entry.constData(), static_cast<size_t>(entry.size()));
        base[offset + entry.size()] = '\0';
        envp.push_back(base + offset);
        offset += entry.size() + 1;
    }
    envp.push_back(nullptr);

    QList<QByteArray> argumentBytes;
    for (const QString& argument : arguments) {
        argumentBytes.append(QFile::encodeName(argument));
    }
    std::vector<char*> argv;
    argv.reserve(static_cast<size_t>(argumentBytes.size()) + 1);
    for (QByteArray& argument : argumentBytes) {
        argv.push_back(argument.data());
    }
    argv.push_back(nullptr);

    ::execvpe(argv.front(), argv.data(), envp.data());
    return errno;
}
