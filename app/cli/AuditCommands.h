#pragma once

#include "app/cli/ExitCode.h"
#include "models/AuditEntry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <optional>

class CliContext;
class CommandTable;

// The commands over the vault's audit log: audit list, audit verify.
class AuditCommands
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommands)

public:
    static void registerCommands(CommandTable& table);

    // Records what the vault does not see itself (an export, …) in its audit log; a failure to
    // record is a warning, since the action itself has already happened.
    static void record(CliContext& cli, ProjectId project, AuditAction action, const QString& detail);

    // --since as a point in time: an ISO 8601 date (midnight UTC) or date and time.
    static std::optional<QDateTime> parseSince(const QString& text);

private:
    static ExitCode list(CliContext& cli, const QStringList& arguments);
    static ExitCode verify(CliContext& cli, const QStringList& arguments);
};
