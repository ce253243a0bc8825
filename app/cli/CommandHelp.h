#pragma once

#include "app/cli/CommandTable.h"

#include <QCoreApplication>
#include <QString>

// The help texts of botvault-cli: the list of commands in the general help, and the help of one
// group (`botvault-cli var --help`: its commands) or of one command (`botvault-cli var set --help`:
// what it does, its options and an example).
class CommandHelp
{
    Q_DECLARE_TR_FUNCTIONS(CommandHelp)

public:
    // Each command's synopsis with its description beside or below it.
    static QString commandLines(const QList<CliCommand>& commands);
    static QString forCommand(const CliCommand& command);
    // A one-word command that also names a group ('audit'): its own help, then the group's commands.
    static QString forCommandAndGroup(const CliCommand& command, const CommandTable& table);
    // The commands whose first word is `group`.
    static QString forGroup(const QString& group, const CommandTable& table);
};
