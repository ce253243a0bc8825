#pragma once

#include "app/cli/ExitCode.h"

#include <QCoreApplication>
#include <QStringList>
#include <QtCrypto>

class CliContext;
class CommandTable;

// The commands that bind a project to a platform project: remote set, show and unset. The API
// token goes from secure memory to the engine and the vault and is never printed.
class RemoteCommands
{
    Q_DECLARE_TR_FUNCTIONS(RemoteCommands)

public:
    static void registerCommands(CommandTable& table);

private:
    static ExitCode setRemote(CliContext& cli, const QStringList& arguments);
    static ExitCode showRemote(CliContext& cli, const QStringList& arguments);
    static ExitCode unsetRemote(CliContext& cli, const QStringList& arguments);
    static ExitCode readApiToken(CliContext& cli, const QString& url, QCA::SecureArray* token);
};
