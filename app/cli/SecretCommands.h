#pragma once

#include "app/cli/ExitCode.h"
#include "models/Project.h"
#include "models/RotationPolicy.h"

#include <QCoreApplication>
#include <QStringList>
#include <QtCrypto>

#include <optional>

class CliContext;
class CommandTable;

// The commands on a project's secrets: secret set, list, rotate, rename and rm. A value is read from
// standard input or typed without echo, never taken from the command line, and never printed.
// A secret's rotation rule (a period or an expiry date) is set with `secret set`; `secret list --due`
// lists the secrets due or overdue, with its own exit code for cron when one is overdue.
class SecretCommands
{
    Q_DECLARE_TR_FUNCTIONS(SecretCommands)

public:
    static void registerCommands(CommandTable& table);

private:
    static ExitCode setSecret(CliContext& cli, const QStringList& arguments);
    static ExitCode listSecrets(CliContext& cli, const QStringList& arguments);
    static ExitCode rotateSecret(CliContext& cli, const QStringList& arguments);
    // --rotate-every, --expires or --no-rotation (at most one), checked against today; nullopt
    // without any. Reports a failure itself.
    static ExitCode rotationFromCommandLine(CliContext& cli, std::optional<RotationPolicy>* policy);
    // Sets only the rule of an existing secret; the value stays and is not asked for. NotFound,
    // unreported, when there is no such secret.
    static ExitCode setRotationOnly(
        CliContext& cli, const Project& project, const QString& name, const RotationPolicy& policy);
    // After `secret rotate --publish`: the channels of the platform project that read the new value.
    static void printChannelsReached(CliContext& cli, const Project& project);
    static ExitCode renameSecret(CliContext& cli, const QStringList& arguments);
    static ExitCode removeSecret(CliContext& cli, const QStringList& arguments);
    static ExitCode readSecretValue(CliContext& cli, const QString& name, QCA::SecureArray* value);
};
