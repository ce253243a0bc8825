#pragma once

#include "app/cli/CliTime.h"
#include "app/cli/ExitCode.h"
#include "models/AuditEntry.h"
#include "models/AuditFilter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

class CliContext;
class CommandTable;

// The commands over the vault's audit log: audit (list) with its filters, audit verify.
class AuditCommands
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommands)

public:
    static void registerCommands(CommandTable& table);

    // Records what the vault does not see itself (an export, …) in its audit log; a failure to
    // record is a warning, since the action itself has already happened.
    static void record(CliContext& cli, ProjectId project, AuditAction action, const QString& detail);

    // The time given with `option`, if any (`time` is left alone otherwise); reports a bad one itself.
    static ExitCode readTime(CliContext& cli, const QString& option, CliTime::DateMeans dateMeans, QDateTime* time);

private:
    // PROJECT or --project, --kind, --actor, --since and --until; reports a bad one itself.
    static ExitCode readFilter(CliContext& cli, const QStringList& arguments, AuditFilter* filter);
    static ExitCode list(CliContext& cli, const QStringList& arguments);
    static ExitCode verify(CliContext& cli, const QStringList& arguments);
};
