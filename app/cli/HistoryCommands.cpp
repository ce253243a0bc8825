#include "app/cli/HistoryCommands.h"

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

QString kindWord(ItemKind kind)
{
    return kind == ItemKind::Secret ? QStringLiteral("secret") : QStringLiteral("variable");
}

// The last version that opened is the item as it is now.
qint64 currentVersion(const QList<ItemVersion>& versions)
{
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        if (!it->damaged) {
            return it->number;
        }
    }
    return 0;
}

// "1-5, 7, 9-12": the numbers of the versions kept (retention may leave gaps).
QString keptNumbers(const QList<ItemVersion>& versions)
{
    QStringList ranges;
    for (qsizetype i = 0; i < versions.size();) {
        qsizetype end = i;
        while (end + 1 < versions.size() && versions.at(end + 1).number == versions.at(end).number + 1) {
            ++end;
        }
        ranges.append(end == i ? QString::number(versions.at(i).number)
                               : QStringLiteral("%1-%2").arg(versions.at(i).number).arg(versions.at(end).number));
        i = end + 1;
    }
    return ranges.join(QStringLiteral(", "));
}

} // namespace

void HistoryCommands::registerCommands(CommandTable& table)
{
    table.add({{QStringLiteral("history")}, {QStringLiteral("PROJECT"), QStringLiteral("NAME")}, {CommandLine::kSecret},
        &HistoryCommands::history,
        QT_TRANSLATE_NOOP("CliApplication",
            "List the versions of a variable (or, with --secret, of a secret), oldest first: when, who, where the "
            "change came from and what it did. A variable's versions show their values; a secret's never do.")});
    table.add({{QStringLiteral("restore")}, {QStringLiteral("PROJECT"), QStringLiteral("NAME")},
        {CommandLine::kVersion, CommandLine::kSecret, CommandLine::kAs}, &HistoryCommands::restore,
        QT_TRANSLATE_NOOP("CliApplication",
            "Make version N of the variable (or secret) its current state again, as a new version. When the "
            "version's name is now another item's, --as NEW_NAME restores it under a free name.")});
}

void HistoryCommands::registerSecretCommands(CommandTable& table)
{
    table.add({{QStringLiteral("secret"), QStringLiteral("forget-old")},
        {QStringLiteral("PROJECT"), QStringLiteral("NAME")}, {CommandLine::kYes}, &HistoryCommands::forgetOld,
        QT_TRANSLATE_NOOP("CliApplication",
            "Destroy every old value of the secret for good (a leaked key), after asking; its current value "
            "stays, and its versions stay listed without a value.")});
}

ItemKind HistoryCommands::kindOf(const CliContext& cli)
{
    return cli.commandLine().isSet(CommandLine::kSecret) ? ItemKind::Secret : ItemKind::Variable;
}

ExitCode HistoryCommands::readVersions(
    CliContext& cli, const Project& project, ItemKind kind, const QString& name, QList<ItemVersion>* versions)
{
    auto read = cli.vault().itemVersions(project.id, kind, name);
    if (!read) {
        return failMissingItem(cli, read.error(), project, kind, name);
    }
    *versions = std::move(read).value();
    return ExitCode::Ok;
}

ExitCode HistoryCommands::failMissingItem(
    CliContext& cli, const Error& error, const Project& project, ItemKind kind, const QString& name)
{
    if (error.code != ErrorCode::NotFound) {
        return cli.fail(error);
    }
    const ItemKind other = kind == ItemKind::Secret ? ItemKind::Variable : ItemKind::Secret;
    if (cli.vault().itemVersions(project.id, other, name)) {
        return cli.fail(ExitCode::NotFound,
            other == ItemKind::Secret
                ? tr("%1 is a secret of project %2, not a variable: add --secret.").arg(name, project.name)
                : tr("%1 is a variable of project %2, not a secret: leave out --secret.").arg(name, project.name));
    }
    if (const auto trash = cli.vault().trashEntries(project.id)) {
        for (const TrashEntry& entry : trash.value()) {
            if (!entry.isProject && !entry.damaged && entry.kind == kind && entry.name == name) {
                return cli.fail(ExitCode::NotFound,
                    tr("%1 was deleted from project %2; it is entry %3 of the recently deleted list. Restore it "
                       "with: %4")
                        .arg(name, project.name)
                        .arg(entry.id)
                        .arg(cli.suggestedCommand(
                            {QStringLiteral("trash"), QStringLiteral("restore"), QString::number(entry.id)})));
            }
        }
    }
    return cli.failItem(error, project.id, kind, name);
}

ExitCode HistoryCommands::history(CliContext& cli, const QStringList& arguments)
{
    Project project;
    if (const ExitCode code = cli.openProject(arguments.at(0), &project); code != ExitCode::Ok) {
        return code;
    }
    QList<ItemVersion> versions;
    if (const ExitCode code = readVersions(cli, project, kindOf(cli), arguments.at(1), &versions);
        code != ExitCode::Ok) {
        return code;
    }
    return printVersions(cli, versions);
}

ExitCode HistoryCommands::printVersions(CliContext& cli, const QList<ItemVersion>& versions)
{
    const qint64 current = currentVersion(versions);
    CliListing listing;
    for (const ItemVersion& version : versions) {
        if (version.damaged) {
            listing.addDamaged(version.number);
            continue;
        }
        const bool secret = version.kind == ItemKind::Secret;
        QJsonObject json {
            {QStringLiteral("version"), version.number},
            {QStringLiteral("time"), jsonTime(version.time)},
            {QStringLiteral("actor"), version.actor},
            {QStringLiteral("origin"), HistoryText::originCode(version.origin)},
            {QStringLiteral("change"), HistoryText::changeCode(version.change)},
            {QStringLiteral("kind"), kindWord(version.kind)},
            {QStringLiteral("name"), version.name},
            {QStringLiteral("includeInExport"), version.includeInExport},
            {QStringLiteral("valueForgotten"), version.valueForgotten},
            {QStringLiteral("current"), version.number == current},
        };
        QString shownValue;
        if (version.valueForgotten) {
            shownValue = tr("(forgotten)");
        } else if (secret) {
            shownValue = tr("(never shown)");
        } else {
            shownValue = printable(version.value);
        }
        // A secret's object has no "value" at all, so no script can come to expect one.
        if (!secret) {
            json.insert(QStringLiteral("value"),
                version.valueForgotten ? QJsonValue(QJsonValue::Null) : QJsonValue(version.value));
        }
        listing.add(json,
            {version.number == current ? tr("%1 (current)").arg(version.number) : QString::number(version.number),
                isoUtc(version.time), version.actor.isEmpty() ? QStringLiteral("-") : printable(version.actor),
                HistoryText::originName(version.origin), HistoryText::changeName(version.change),
                printable(version.name),
                secret ? QStringLiteral("-") : (version.includeInExport ? tr("yes") : tr("no")), shownValue});
    }
    return cli.printListing(
        {tr("VERSION"), tr("TIME"), tr("ACTOR"), tr("ORIGIN"), tr("CHANGE"), tr("NAME"), tr("EXPORT"), tr("VALUE")},
        listing);
}

ExitCode HistoryCommands::readVersionNumber(CliContext& cli, qint64* number)
{
    const QString text = cli.commandLine().value(CommandLine::kVersion);
    if (text.isEmpty()) {
        return cli.usageError(tr("'restore' needs --version N, a version number as 'history' lists them."));
    }
    bool isNumber = false;
    *number = text.toLongLong(&isNumber);
    if (!isNumber || *number <= 0) {
        return cli.usageError(tr("--version needs a version number (1 or more), not '%1'.").arg(printable(text)));
    }
    return ExitCode::Ok;
}

ExitCode HistoryCommands::restore(CliContext& cli, const QStringList& arguments)
{
    const QString& name = arguments.at(1);
    const ItemKind kind = kindOf(cli);
    const QString newName = cli.commandLine().value(CommandLine::kAs);
    qint64 number = 0;
    if (const ExitCode code = readVersionNumber(cli, &number); code != ExitCode::Ok) {
        return code;
    }
    if (cli.commandLine().isSet(CommandLine::kAs)) {
        if (const Result<void> valid = NameRules::validate(newName); !valid) {
            return cli.fail(valid.error());
        }
    }
    Project project;
    if (const ExitCode code = cli.openProject(arguments.at(0), &project); code != ExitCode::Ok) {
        return code;
    }
    QList<ItemVersion> versions;
    if (const ExitCode code = readVersions(cli, project, kind, name, &versions); code != ExitCode::Ok) {
        return code;
    }
    const bool kept = std::any_of(
        versions.cbegin(), versions.cend(), [number](const ItemVersion& version) { return version.number == number; });
    if (!kept) {
        return cli.fail(ExitCode::NotFound,
            tr("%1 has no version %2; the versions kept are %3 (see \"%4\").")
                .arg(name)
                .arg(number)
                .arg(keptNumbers(versions))
                .arg(cli.suggestedCommand(kind == ItemKind::Secret
                        ? QStringList {QStringLiteral("history"), project.name, name, QStringLiteral("--secret")}
                        : QStringList {QStringLiteral("history"), project.name, name})));
    }
    const auto restored = cli.vault().restoreVersion(project.id, kind, name, number, newName);
    if (!restored) {
        if (restored.code() == ErrorCode::AlreadyExists) {
            return cli.fail(ExitCode::InvalidInput,
                restored.message() + u' '
                    + tr("Restore it under another name with --as NEW_NAME, or rename the other item first."));
        }
        return cli.fail(restored.error());
    }
    const QString shownName = newName.isEmpty() ? name : newName;
    if (cli.json()) {
        cli.printJson(QJsonObject {
            {QStringLiteral("project"), project.name},
            {QStringLiteral("kind"), kindWord(kind)},
            {QStringLiteral("name"), shownName},
            {QStringLiteral("restoredVersion"), number},
        });
    } else {
        cli.printLine(kind == ItemKind::Secret
                ? tr("Restored secret %1 of project %2 to version %3.").arg(shownName, project.name).arg(number)
                : tr("Restored variable %1 of project %2 to version %3.").arg(shownName, project.name).arg(number));
    }
    cli.printWarning(restored->warning);
    return ExitCode::Ok;
}

ExitCode HistoryCommands::forgetOld(CliContext& cli, const QStringList& arguments)
{
    const QString& name = arguments.at(1);
    Project project;
    if (const ExitCode code = cli.openProject(arguments.at(0), &project); code != ExitCode::Ok) {
        return code;
    }
    QList<ItemVersion> versions;
    if (const ExitCode code = readVersions(cli, project, ItemKind::Secret, name, &versions); code != ExitCode::Ok) {
        return code;
    }
    const qint64 current = currentVersion(versions);
    const int old
        = static_cast<int>(std::count_if(versions.cbegin(), versions.cend(), [current](const ItemVersion& version) {
              return version.number != current && !version.valueForgotten && !version.damaged;
          }));
    if (old == 0) {
        cli.printLine(tr("Secret %1 of project %2 has no old values to forget.").arg(name, project.name));
        return ExitCode::Ok;
    }
    const QString question = tr("Destroy the %n old value(s) of secret %1 in project %2 for good? Its current value "
                                "stays; its versions stay listed without a value.",
        nullptr, old)
                                 .arg(name, project.name);
    if (const ExitCode code = Confirmation::ask(cli, question); code != ExitCode::Ok) {
        return code;
    }
    if (const Result<void> forgotten = cli.vault().forgetOldValues(project.id, name); !forgotten) {
        return cli.fail(forgotten.error());
    }
    if (cli.json()) {
        cli.printJson(QJsonObject {{QStringLiteral("project"), project.name}, {QStringLiteral("name"), name},
            {QStringLiteral("forgotten"), old}});
    } else {
        cli.printLine(
            tr("Destroyed %n old value(s) of secret %1 in project %2.", nullptr, old).arg(name, project.name));
    }
    return ExitCode::Ok;
}
