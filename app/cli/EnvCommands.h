#pragma once

#include "app/cli/ExitCode.h"
#include "storage/ProjectTransfer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class CliContext;
class CommandTable;

// The commands that move a project's values in and out of .env files: env import, env export.
class EnvCommands
{
    Q_DECLARE_TR_FUNCTIONS(EnvCommands)

public:
    static void registerCommands(CommandTable& table);

private:
    static ExitCode importEnv(CliContext& cli, const QStringList& arguments);

    // The lines of a .env file sorted by what importing them would do to the project.
    struct EnvLines
    {
        QList<ProjectTransfer::EnvLine> added;
        // Names the project holds with another value.
        QList<ProjectTransfer::EnvLine> conflicts;
        // Lines that would store a value as the other kind than the project holds under that name: a
        // secret's value as a visible variable, or a secret beside a variable. --replace and --keep
        // choose between values, not kinds, so they do not settle these.
        QList<ProjectTransfer::EnvLine> kindConflicts;
        int unchanged = 0;
    };
    // The file's text, refused with every bad line listed when it does not parse.
    static ExitCode readEnvFile(CliContext& cli, const QString& source, const QString& sourceName, QByteArray* text);
    static ExitCode sortEnvLines(CliContext& cli, const Project& project, const ProjectTransfer::EnvImportPlan& plan,
        bool asSecrets, EnvLines* lines);
    static ExitCode refuseKindConflicts(CliContext& cli, const Project& project,
        const QList<ProjectTransfer::EnvLine>& kindConflicts, const QString& sourceName);
    static ExitCode writeEnvLines(CliContext& cli, const Project& project, const EnvLines& lines, bool replace);
    static ExitCode exportEnv(CliContext& cli, const QStringList& arguments);
};
