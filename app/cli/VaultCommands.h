#pragma once

#include "app/cli/ExitCode.h"
#include "storage/Argon2Kdf.h"

#include <QCoreApplication>
#include <QStringList>
#include <QtCrypto>

class CliContext;
class CommandTable;

// The commands that create a vault and change its master password: init, passwd.
class VaultCommands
{
    Q_DECLARE_TR_FUNCTIONS(VaultCommands)

public:
    static void registerCommands(CommandTable& table);

private:
    static ExitCode init(CliContext& cli, const QStringList& arguments);
    static ExitCode changePassword(CliContext& cli, const QStringList& arguments);
    static ExitCode newMasterPassword(CliContext& cli, QCA::SecureArray* password);
    static ExitCode kdfParams(CliContext& cli, const KdfParams& base, KdfParams* params);
    static ExitCode createParentFolder(CliContext& cli, const QString& path);
};
