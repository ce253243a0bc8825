#include "app/cli/AuditCommands.h"

#include "app/cli/CliContext.h"
#include "app/cli/CliOutput.h"
#include "app/cli/CliTime.h"
#include "app/cli/CommandTable.h"

#include <QJsonObject>

using CliOutput::isoUtc;
using CliOutput::jsonTime;
using CliOutput::printable;

namespace {

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString orDash(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("-") : printable(text);
}

QString kindCode(quint8 itemKind)
{
    if (itemKind == static_cast<quint8>(ItemKind::Secret)) {
        return QStringLiteral("secret");
    }
    if (itemKind == static_cast<quint8>(ItemKind::Variable)) {
        return QStringLiteral("variable");
    }
    return {};
}

} // namespace

void AuditCommands::registerCommands(CommandTable& table)
{
    const QStringList filterOptions {
        CommandLine::kProject, CommandLine::kKind, CommandLine::kActor, CommandLine::kSince, CommandLine::kUntil};
    table.add({{QStringLiteral("audit"), QStringLiteral("list")}, {QStringLiteral("[PROJECT]")}, filterOptions,
        &AuditCommands::list,
        QT_TRANSLATE_NOOP("CliApplication",
            "List the vault's audit log, oldest first: who did what to which project and name, never a value. "
            "PROJECT keeps that project's entries; --since keeps entries from that date or time on.")});
    table.add({{QStringLiteral("audit"), QStringLiteral("verify")}, {}, {}, &AuditCommands::verify,
        QT_TRANSLATE_NOOP("CliApplication",
            "Recompute the audit log's chain of MACs and say where it breaks: an entry edited, removed, "
            "reordered or inserted, or the last entries cut off.")});
    // After the two above, which begin with the same word.
    table.add({{QStringLiteral("audit")}, {}, filterOptions, &AuditCommands::list,
        QT_TRANSLATE_NOOP("CliApplication",
            "The same as 'audit list': the entries of one project, of one kind (secret, variable, project, vault), "
            "by one actor, in a period.")});
}

void AuditCommands::record(CliContext& cli, ProjectId project, AuditAction action, const QString& detail)
{
    if (const Result<void> recorded = cli.vault().recordAudit(project, action, detail); !recorded) {
        cli.printWarning(tr("The audit log could not record this: %1").arg(recorded.message()));
    }
}

ExitCode AuditCommands::readTime(CliContext& cli, const QString& option, CliTime::DateMeans dateMeans, QDateTime* time)
{
    if (!cli.commandLine().isSet(option)) {
        return ExitCode::Ok;
    }
    const QString text = cli.commandLine().value(option);
    const std::optional<QDateTime> parsed = CliTime::parse(text, dateMeans);
    if (!parsed) {
        return cli.fail(ExitCode::InvalidInput,
            tr("--%1 takes a date or a time in ISO 8601 form (2026-12-01 or 2026-12-01T10:00:00Z): '%2' is neither.")
                .arg(option, printable(text)));
    }
    *time = *parsed;
    return ExitCode::Ok;
}

ExitCode AuditCommands::readFilter(CliContext& cli, const QStringList& arguments, AuditFilter* filter)
{
    const CommandLine& line = cli.commandLine();
    if (!arguments.isEmpty() && line.isSet(CommandLine::kProject)) {
        return cli.usageError(tr("Name the project once: as PROJECT or with --project."));
    }
    filter->project = arguments.isEmpty() ? line.value(CommandLine::kProject) : arguments.at(0);
    filter->actor = line.value(CommandLine::kActor);
    if (line.isSet(CommandLine::kKind)) {
        const std::optional<AuditFilter::Kind> kind = AuditFilter::kindFromCode(line.value(CommandLine::kKind));
        if (!kind) {
            return cli.fail(ExitCode::InvalidInput,
                tr("--kind takes secret, variable, project or vault, not '%1'.")
                    .arg(printable(line.value(CommandLine::kKind))));
        }
        filter->kind = *kind;
    }
    if (const ExitCode code = readTime(cli, CommandLine::kSince, CliTime::DateMeans::StartOfDay, &filter->from);
        code != ExitCode::Ok) {
        return code;
    }
    if (const ExitCode code = readTime(cli, CommandLine::kUntil, CliTime::DateMeans::EndOfDay, &filter->to);
        code != ExitCode::Ok) {
        return code;
    }
    if (filter->from.isValid() && filter->to.isValid() && filter->to < filter->from) {
        return cli.fail(ExitCode::InvalidInput, tr("--until is before --since: the period holds no moment."));
    }
    return ExitCode::Ok;
}

ExitCode AuditCommands::list(CliContext& cli, const QStringList& arguments)
{
    AuditFilter filter;
    if (const ExitCode code = readFilter(cli, arguments, &filter); code != ExitCode::Ok) {
        return code;
    }
    if (const ExitCode code = cli.openVault(); code != ExitCode::Ok) {
        return code;
    }
    const auto entries = cli.vault().auditEntries();
    if (!entries) {
        return cli.fail(entries.error());
    }
    CliListing listing;
    for (const AuditEntry& entry : entries.value()) {
        if (entry.damaged) {
            listing.addDamaged(entry.sequence);
            continue;
        }
        if (!filter.matches(entry)) {
            continue;
        }
        listing.add(
            QJsonObject {
                {QStringLiteral("sequence"), entry.sequence},
                {QStringLiteral("time"), jsonTime(entry.time)},
                {QStringLiteral("actor"), entry.actor},
                {QStringLiteral("action"), AuditText::actionCode(entry.action)},
                {QStringLiteral("project"), orNull(entry.project)},
                {QStringLiteral("kind"), orNull(kindCode(entry.itemKind))},
                {QStringLiteral("name"), orNull(entry.name)},
                {QStringLiteral("detail"), orNull(entry.detail)},
            },
            {QString::number(entry.sequence), isoUtc(entry.time), orDash(entry.actor),
                AuditText::actionName(entry.action), orDash(entry.project), orDash(AuditText::kindName(entry.itemKind)),
                orDash(entry.name), orDash(entry.detail)});
    }
    return cli.printListing(
        {tr("SEQ"), tr("TIME"), tr("ACTOR"), tr("ACTION"), tr("PROJECT"), tr("KIND"), tr("NAME"), tr("DETAIL")},
        listing);
}

ExitCode AuditCommands::verify(CliContext& cli, const QStringList& /*arguments*/)
{
    if (const ExitCode code = cli.openVault(); code != ExitCode::Ok) {
        return code;
    }
    const auto verified = cli.vault().verifyAudit();
    if (!verified) {
        return cli.fail(verified.error());
    }
    if (cli.json()) {
        cli.printJson(QJsonObject {
            {QStringLiteral("intact"), verified->intact()},
            {QStringLiteral("entries"), verified->entries},
            {QStringLiteral("problem"),
                verified->intact() ? QJsonValue(QJsonValue::Null)
                                   : QJsonValue(AuditText::problemCode(verified->problem))},
            {QStringLiteral("firstBadSequence"),
                verified->intact() ? QJsonValue(QJsonValue::Null) : QJsonValue(verified->firstBadSequence)},
            {QStringLiteral("message"), orNull(verified->message)},
        });
    }
    if (!verified->intact()) {
        return cli.fail(ExitCode::AuditBroken,
            tr("The audit log is broken at entry %1: %2").arg(verified->firstBadSequence).arg(verified->message));
    }
    if (!cli.json()) {
        cli.printLine(tr("The audit log is intact: %n entries checked.", nullptr, static_cast<int>(verified->entries)));
    }
    return ExitCode::Ok;
}
