#pragma once

#include "app/cli/ExitCode.h"
#include "models/ItemHistory.h"

#include <QCoreApplication>
#include <QStringList>

class CliContext;
class CommandTable;

// The commands on the vault's recently deleted list: trash list, trash restore and trash purge.
// Entries are addressed by the id `trash list` shows: a name can be deleted, added again and
// deleted again, so several entries may carry it, while an id names one.
class TrashCommands
{
    Q_DECLARE_TR_FUNCTIONS(TrashCommands)

public:
    static void registerCommands(CommandTable& table);

private:
    static ExitCode list(CliContext& cli, const QStringList& arguments);
    static ExitCode restore(CliContext& cli, const QStringList& arguments);
    static ExitCode purge(CliContext& cli, const QStringList& arguments);

    // The entries of PROJECT: of the live project by that name, else the entries that name it (a
    // project that is itself in the list).
    static ExitCode readEntries(CliContext& cli, const QString& projectName, QList<TrashEntry>* entries);
    // The entry with the id in `text`; reports a malformed id and an entry that is not (or no
    // longer) in the list.
    static ExitCode findEntry(CliContext& cli, const QString& text, TrashEntry* entry);
    // "secret API_KEY of project Support bot", "project Support bot".
    static QString describe(const TrashEntry& entry);
};
