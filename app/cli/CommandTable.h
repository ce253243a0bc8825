#pragma once

#include "app/cli/ExitCode.h"

#include <QList>
#include <QString>
#include <QStringList>

class CliContext;

// One row of botvault-cli's command table: the words that name the command, what it takes, the
// function that runs it and its line in the help. Each command group adds its own rows
// (ProjectCommands::registerCommands, …); CliApplication only matches the line against them.
struct CliCommand
{
    using Handler = ExitCode (*)(CliContext& cli, const QStringList& arguments);

    QStringList words;
    // As the synopsis shows them: "[FILE]" is optional, "[ARGS...]" takes every remaining
    // argument, and "--" marks that the arguments after it must follow a "--" on the line.
    QStringList argumentNames;
    QStringList options;
    Handler handler = nullptr;
    // Untranslated, in the context "CliApplication"; shown through translate() in the help.
    const char* description = nullptr;
    // Untranslated, in the context "CliApplication": said instead of "Too many arguments" when the
    // line holds more arguments than the command takes (`secret set` refuses a value there).
    const char* tooManyArgumentsMessage = nullptr;
};

// The commands in the order the help lists them.
class CommandTable
{
public:
    void add(CliCommand command);

    const QList<CliCommand>& commands() const { return m_commands; }
    // The command whose words begin `words`, or nullptr.
    const CliCommand* find(const QStringList& words) const;
    // The second words of the commands whose first word is `first` ("project" → add, list, …).
    QStringList subcommands(const QString& first) const;

    // The command as the help and the usage errors show it: "import FILE [--into PROJECT] …".
    static QString synopsis(const CliCommand& command);
    // What an option's value is called in a synopsis: "--timeout SECONDS" (N when unnamed).
    static QString placeholder(const QString& option);

private:
    QList<CliCommand> m_commands;
};
