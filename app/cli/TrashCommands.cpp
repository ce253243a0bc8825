#include "app/cli/TrashCommands.h"

#include "app/cli/CliContext.h"
#include "app/cli/CliOutput.h"
#include "app/cli/CommandTable.h"
#include "app/cli/Confirmation.h"
#include "models/NameRules.h"

#include <algorithm>

using CliOutput::isoUtc;
using CliOutput::jsonTime;
using CliOutput::printable;

namespace {

QString kindCode(const TrashEntry& entry)
{
    if (entry.isProject) {
        return QStringLiteral("project");
    }
    return entry.kind == ItemKind::Secret ? QStringLiteral("secret") : QStringLiteral("variable");
}

QJsonObject entryJson(const TrashEntry& entry)
{
    QJsonObject json {
        {QStringLiteral("id"), entry.id},
        {QStringLiteral("kind"), kindCode(entry)},
        {QStringLiteral("project"), entry.projectName},
        {QStringLiteral("name"), entry.isProject ? QJsonValue(QJsonValue::Null) : QJsonValue(entry.name)},
        {QStringLiteral("deleted"), jsonTime(entry.deleted)},
        {QStringLiteral("deletedBy"), entry.deletedBy},
        {QStringLiteral("expires"), jsonTime(entry.expires)},
    };
    if (entry.isProject) {
        json.insert(QStringLiteral("secrets"), entry.secrets);
        json.insert(QStringLiteral("variables"), entry.variables);
    }
    return json;
}

} // namespace

void TrashCommands::registerCommands(CommandTable& table)
{
    table.add(
        {{QStringLiteral("trash"), QStringLiteral("list")}, {QStringLiteral("[PROJECT]")}, {}, &TrashCommands::list,
            QT_TRANSLATE_NOOP("CliApplication",
                "List the recently deleted secrets, variables and projects, newest first, with the ID that restore and "
                "purge take and when each is purged on its own. PROJECT keeps that project's.")});
    table.add({{QStringLiteral("trash"), QStringLiteral("restore")}, {QStringLiteral("ID")}, {CommandLine::kAs},
        &TrashCommands::restore,
        QT_TRANSLATE_NOOP("CliApplication",
            "Bring entry ID back exactly: values, flags and versions (a project with all its items). When its "
            "name is taken, --as NEW_NAME restores it under another.")});
    table.add({{QStringLiteral("trash"), QStringLiteral("purge")}, {QStringLiteral("ID")}, {CommandLine::kYes},
        &TrashCommands::purge,
        QT_TRANSLATE_NOOP("CliApplication", "Destroy entry ID and its versions for good, after asking.")});
}

QString TrashCommands::describe(const TrashEntry& entry)
{
    if (entry.isProject) {
        return tr("project %1").arg(entry.name);
    }
    return entry.kind == ItemKind::Secret ? tr("secret %1 of project %2").arg(entry.name, entry.projectName)
                                          : tr("variable %1 of project %2").arg(entry.name, entry.projectName);
}

ExitCode TrashCommands::readEntries(CliContext& cli, const QString& projectName, QList<TrashEntry>* entries)
{
    if (!projectName.isEmpty()) {
        if (const Result<Project> live = cli.vault().projectByName(projectName)) {
            auto read = cli.vault().trashEntries(live->id);
            if (!read) {
                return cli.fail(read.error());
            }
            *entries = std::move(read).value();
            return ExitCode::Ok;
        }
    }
    auto all = cli.vault().trashEntries(0);
    if (!all) {
        return cli.fail(all.error());
    }
    if (projectName.isEmpty()) {
        *entries = std::move(all).value();
        return ExitCode::Ok;
    }
    for (const TrashEntry& entry : all.value()) {
        if (entry.damaged || entry.projectName == projectName) {
            entries->append(entry);
        }
    }
    if (std::none_of(entries->cbegin(), entries->cend(), [](const TrashEntry& entry) { return !entry.damaged; })) {
        Project unused;
        return cli.findProject(projectName, &unused);
    }
    return ExitCode::Ok;
}

ExitCode TrashCommands::list(CliContext& cli, const QStringList& arguments)
{
    if (const ExitCode code = cli.openVault(); code != ExitCode::Ok) {
        return code;
    }
    QList<TrashEntry> entries;
    if (const ExitCode code = readEntries(cli, arguments.value(0), &entries); code != ExitCode::Ok) {
        return code;
    }
    CliListing listing;
    for (const TrashEntry& entry : std::as_const(entries)) {
        if (entry.damaged) {
            listing.addDamaged(entry.id);
            continue;
        }
        const QString contents = entry.isProject ? tr("%n secret(s)", nullptr, entry.secrets) + QStringLiteral(", ")
                + tr("%n variable(s)", nullptr, entry.variables)
                                                 : QStringLiteral("-");
        listing.add(entryJson(entry),
            {QString::number(entry.id), kindCode(entry), printable(entry.projectName),
                entry.isProject ? contents : printable(entry.name), isoUtc(entry.deleted),
                entry.deletedBy.isEmpty() ? QStringLiteral("-") : printable(entry.deletedBy), isoUtc(entry.expires)});
    }
    return cli.printListing(
        {tr("ID"), tr("KIND"), tr("PROJECT"), tr("NAME"), tr("DELETED"), tr("DELETED BY"), tr("PURGED AFTER")},
        listing);
}

ExitCode TrashCommands::findEntry(CliContext& cli, const QString& text, TrashEntry* entry)
{
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    if (!isNumber || id <= 0) {
        return cli.fail(ExitCode::InvalidInput,
            tr("'%1' is not an entry ID: give the number in the ID column of \"%2\".")
                .arg(printable(text), cli.suggestedCommand({QStringLiteral("trash"), QStringLiteral("list")})));
    }
    if (const ExitCode code = cli.openVault(); code != ExitCode::Ok) {
        return code;
    }
    const auto entries = cli.vault().trashEntries(0);
    if (!entries) {
        return cli.fail(entries.error());
    }
    for (const TrashEntry& candidate : entries.value()) {
        if (candidate.id == id) {
            if (candidate.damaged) {
                return cli.fail(ExitCode::Damaged, tr("Entry %1 of the recently deleted list is damaged.").arg(id));
            }
            *entry = candidate;
            return ExitCode::Ok;
        }
    }
    return cli.fail(ExitCode::NotFound,
        tr("There is no entry %1 in the recently deleted list: it was restored or purged already, or its time ran "
           "out (see \"%2\").")
            .arg(id)
            .arg(cli.suggestedCommand({QStringLiteral("trash"), QStringLiteral("list")})));
}

ExitCode TrashCommands::restore(CliContext& cli, const QStringList& arguments)
{
    const QString newName = cli.commandLine().value(CommandLine::kAs);
    TrashEntry entry;
    if (const ExitCode code = findEntry(cli, arguments.at(0), &entry); code != ExitCode::Ok) {
        return code;
    }
    if (cli.commandLine().isSet(CommandLine::kAs)) {
        const Result<void> valid
            = entry.isProject ? NameRules::validateProjectName(newName) : NameRules::validate(newName);
        if (!valid) {
            return cli.fail(valid.error());
        }
    }
    const auto restored = cli.vault().restoreFromTrash(entry.id, newName);
    if (!restored) {
        if (restored.code() == ErrorCode::AlreadyExists) {
            return cli.fail(ExitCode::InvalidInput,
                restored.message() + u' ' + tr("Restore it under another name with --as NEW_NAME."));
        }
        return cli.fail(restored.error());
    }
    if (!newName.isEmpty()) {
        entry.name = newName;
        if (entry.isProject) {
            entry.projectName = newName;
        }
    }
    if (cli.json()) {
        QJsonObject json = entryJson(entry);
        json.insert(QStringLiteral("restored"), true);
        cli.printJson(json);
    } else {
        cli.printLine(tr("Restored %1.").arg(describe(entry)));
    }
    return ExitCode::Ok;
}

ExitCode TrashCommands::purge(CliContext& cli, const QStringList& arguments)
{
    TrashEntry entry;
    if (const ExitCode code = findEntry(cli, arguments.at(0), &entry); code != ExitCode::Ok) {
        return code;
    }
    const QString question = tr("Destroy %1 (deleted %2) and its versions for good? It cannot be restored afterwards.")
                                 .arg(describe(entry), isoUtc(entry.deleted));
    if (const ExitCode code = Confirmation::ask(cli, question); code != ExitCode::Ok) {
        return code;
    }
    if (const Result<void> purged = cli.vault().purgeFromTrash(entry.id); !purged) {
        return cli.fail(purged.error());
    }
    if (cli.json()) {
        QJsonObject json = entryJson(entry);
        json.insert(QStringLiteral("purged"), true);
        cli.printJson(json);
    } else {
        cli.printLine(tr("Purged %1 for good.").arg(describe(entry)));
    }
    return ExitCode::Ok;
}
