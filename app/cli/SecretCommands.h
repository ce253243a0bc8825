#pragma once

#include "app/cli/ExitCode.h"

#include <QCoreApplication>
#include <QStringList>
#include <QtCrypto>

class CliContext;
class CommandTable;

// The commands on a project's secrets: secret set, list, rename and rm. A value is read from
// standard input or typed without echo, never taken from the command line, and never printed.
class SecretCommands
{
    Q_DECLARE_TR_FUNCTIONS(SecretCommands)

public:
    static void registerCommands(CommandTable& table);

private:
    static ExitCode setSecret(CliContext& cli, const QStringList& arguments);
    static ExitCode listSecrets(CliContext& cli, const QStringList& arguments);
    static ExitCode renameSecret(CliContext& cli, const QStringList& arguments);
    static ExitCode removeSecret(CliContext& cli, const QStringList& arguments);
    static ExitCode readSecretValue(CliContext& cli, const QString& name, QCA::SecureArray* value);
};
