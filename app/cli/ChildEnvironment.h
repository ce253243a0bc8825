#pragma once

#include "models/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtCrypto>

// The environment `botvault-cli run` starts a command with: botvault-cli's own environment with the
// project's variables and secrets laid over it. Every "NAME=value" entry is kept in secure memory
// (QCA::SecureArray) and the block handed to execve() is built there too, so a secret value never
// passes through ordinary heap memory on its way to the command.
class ChildEnvironment
{
public:
    // Starts from the current process environment without the variables named in `withheld`
    // (the master password's variable must not reach the command).
    explicit ChildEnvironment(const QStringList& withheld = {});

    // Adds NAME or replaces its value. InvalidInput when the name breaks the naming rule (which also
    // keeps out '=' and NUL, the characters an environment entry cannot hold in its name) or when
    // the value holds a NUL byte, which would silently cut it short.
    Result<void> set(const QString& name, const QCA::SecureArray& value);

    bool contains(const QString& name) const;

    // Replaces this process with `arguments.first()`, searched for in PATH like execvp(), given
    // `arguments` as its argv and this environment. Returns only when that fails, with errno.
    int exec(const QStringList& arguments) const;

private:
    // Keyed by the name's bytes; each value is the whole "NAME=value" entry without the NUL.
    QList<QPair<QByteArray, QCA::SecureArray>> m_entries;
};
