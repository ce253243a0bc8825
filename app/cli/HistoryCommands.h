#pragma once

#include "app/cli/ExitCode.h"
#include "models/Ids.h"
#include "models/ItemHistory.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class CliContext;
class CommandTable;
struct Project;

// The commands on the versions of one secret or variable: history (the versions, never a secret's
// value), restore (a version back as the current state, under another name when its own is taken)
// and secret forget-old (destroys a secret's old values for good, after asking).
class HistoryCommands
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommands)

public:
    // history and restore.
    static void registerCommands(CommandTable& table);
    // secret forget-old, listed with the other secret commands.
    static void registerSecretCommands(CommandTable& table);

private:
    static ExitCode history(CliContext& cli, const QStringList& arguments);
    static ExitCode restore(CliContext& cli, const QStringList& arguments);
    static ExitCode forgetOld(CliContext& cli, const QStringList& arguments);

    // --secret or not.
    static ItemKind kindOf(const CliContext& cli);
    // The item's versions; a missing item is reported with what the user probably meant: the other
    // kind (--secret), a near name, or its entry in the recently deleted list.
    static ExitCode readVersions(
        CliContext& cli, const Project& project, ItemKind kind, const QString& name, QList<ItemVersion>* versions);
    static ExitCode failMissingItem(
        CliContext& cli, const Error& error, const Project& project, ItemKind kind, const QString& name);
    static ExitCode printVersions(CliContext& cli, const QList<ItemVersion>& versions);
    // --version N as a number; reports a missing or malformed one.
    static ExitCode readVersionNumber(CliContext& cli, qint64* number);
};
