#include "app/cli/SecretCommands.h"

#include "app/cli/ChannelCommands.h"
#include "app/cli/CliContext.h"
#include "app/cli/CliOutput.h"
#include "app/cli/CommandTable.h"
#include "app/cli/ItemCommands.h"
#include "app/cli/SecretInput.h"
#include "app/cli/SyncCommands.h"
#include "app/cli/Terminal.h"
#include "models/ItemAuthor.h"
#include "models/NameRules.h"

#include <QJsonObject>

using CliOutput::isoUtc;
using CliOutput::jsonTime;

namespace {

// A listed secret in both forms: the rotation fields are there whether or not it has a rule.
// The fields in the order of their keys, as JsonArrayWriter needs them.
void writeSecretJson(JsonArrayWriter& json, const SecretSummary& secret, const QDateTime& now)
{
    const QDateTime due = RotationRules::dueAt(secret.rotation, secret.rotatedAt);
    json.addInteger("age", RotationRules::ageDays(secret.rotatedAt, now));
    json.addTime("dueAt", due);
    if (secret.rotation.expiresOn.isValid()) {
        json.addString("expiresAt", secret.rotation.expiresOn.toString(Qt::ISODate));
    } else {
        json.addNull("expiresAt");
    }
    json.addInteger("id", secret.id);
    json.addString("name", secret.name);
    json.addTime("rotatedAt", secret.rotatedAt);
    if (secret.rotation.periodDays > 0) {
        json.addInteger("rotationPeriodDays", secret.rotation.periodDays);
    } else {
        json.addNull("rotationPeriodDays");
    }
    json.addString("state", RotationRules::stateCode(RotationRules::state(secret.rotation, secret.rotatedAt, now)));
    json.addTime("updated", secret.updated);
    json.addString("updatedBy", secret.updatedBy);
}

QStringList secretRow(const SecretSummary& secret, const QDateTime& now)
{
    const RotationState state = RotationRules::state(secret.rotation, secret.rotatedAt, now);
    const QDateTime due = RotationRules::dueAt(secret.rotation, secret.rotatedAt);
    const qint64 age = RotationRules::ageDays(secret.rotatedAt, now);
    const QString none = QStringLiteral("-");
    return {secret.name, isoUtc(secret.updated), ItemAuthor::displayText(secret.updatedBy),
        SecretCommands::tr("%n day(s)", nullptr, static_cast<int>(age)),
        secret.rotation.isSet() ? RotationRules::policyText(secret.rotation) : none, due.isValid() ? isoUtc(due) : none,
        state == RotationState::NoPolicy ? none : RotationRules::stateText(state, due, now)};
}

} // namespace

void SecretCommands::registerCommands(CommandTable& table)
{
    using CL = CommandLine;
    table.add({{QStringLiteral("secret"), QStringLiteral("set")}, {QStringLiteral("PROJECT"), QStringLiteral("NAME")},
        {CL::kRotateEvery, CL::kExpires, CL::kNoRotation}, &SecretCommands::setSecret,
        QT_TRANSLATE_NOOP("CliApplication",
            "Add a secret or replace its value. The value comes from standard input (one trailing line "
            "ending removed) or, at a terminal, is typed without echo; never from the command line. "
            "--rotate-every DAYS or --expires DATE (YYYY-MM-DD) sets when the value is due for rotation, "
            "--no-rotation clears it; for an existing secret these change only the rule, not the value."),
        QT_TRANSLATE_NOOP("CliApplication",
            "'secret set' takes no value on the command line, where other users and the "
            "shell history could see it: pipe it on standard input or type it at the prompt.")});
    table.add({{QStringLiteral("secret"), QStringLiteral("list")}, {QStringLiteral("PROJECT")}, {CL::kDue},
        &SecretCommands::listSecrets,
        QT_TRANSLATE_NOOP("CliApplication",
            "List the secrets: name, updated, updated by, age, rotation rule, due date and state. Values are "
            "never shown. With --due only the secrets due within 14 days or overdue; exit code 15 when one "
            "is overdue.")});
    table.add(
        {{QStringLiteral("secret"), QStringLiteral("rotate")}, {QStringLiteral("PROJECT"), QStringLiteral("NAME")},
            {CL::kPublish, CL::kCaFile, CL::kTimeout}, &SecretCommands::rotateSecret,
            QT_TRANSLATE_NOOP("CliApplication",
                "Replace the value of an existing secret (read like 'secret set') and restart its age. With "
                "--publish, publish the project at once and list the channels that read the new value: a "
                "secret reaches every channel without a deploy."),
            QT_TRANSLATE_NOOP("CliApplication",
                "'secret rotate' takes no value on the command line, where other users and the shell history "
                "could see it: pipe it on standard input or type it at the prompt.")});
    table.add({{QStringLiteral("secret"), QStringLiteral("rename")},
        {QStringLiteral("PROJECT"), QStringLiteral("OLD"), QStringLiteral("NEW")}, {}, &SecretCommands::renameSecret,
        QT_TRANSLATE_NOOP("CliApplication", "Rename a secret.")});
    table.add({{QStringLiteral("secret"), QStringLiteral("rm")}, {QStringLiteral("PROJECT"), QStringLiteral("NAME")},
        {}, &SecretCommands::removeSecret, QT_TRANSLATE_NOOP("CliApplication", "Remove a secret.")});
}

ExitCode SecretCommands::setSecret(CliContext& cli, const QStringList& arguments)
{
    const QString& name = arguments.at(1);
    // The name is checked before the value is asked for, so nobody types a secret in vain.
    if (const Result<void> valid = NameRules::validate(name); !valid) {
        return cli.fail(valid.error());
    }
    std::optional<RotationPolicy> rotation;
    if (const ExitCode code = rotationFromCommandLine(cli, &rotation); code != ExitCode::Ok) {
        return code;
    }
    Project project;
    if (const ExitCode code = cli.openProject(arguments.at(0), &project); code != ExitCode::Ok) {
        return code;
    }
    if (rotation) {
        // An existing secret gets the rule only; a new one needs its value first.
        const ExitCode ruled = setRotationOnly(cli, project, name, *rotation);
        if (ruled != ExitCode::NotFound) {
            return ruled;
        }
    }
    QCA::SecureArray value;
    if (const ExitCode code = readSecretValue(cli, name, &value); code != ExitCode::Ok) {
        return code;
    }
    const Result<Vault::WriteOutcome> outcome = cli.vault().setSecret(project.id, name, SecretValue(value));
    value.clear();
    if (!outcome) {
        return cli.fail(outcome.error());
    }
    if (rotation) {
        if (const Result<void> ruled = cli.vault().setSecretRotation(project.id, name, *rotation); !ruled) {
            return cli.fail(ruled.error());
        }
    }
    ItemCommands::reportWrite(cli, outcome.value(), name,
        outcome->created ? tr("Added secret %1 to project %2.").arg(name, project.name)
                         : tr("Replaced the value of secret %1 in project %2.").arg(name, project.name));
    if (rotation && rotation->isSet()) {
        cli.printLine(tr("Rotation of secret %1: %2.").arg(name, RotationRules::policyText(*rotation)));
    }
    return ExitCode::Ok;
}

ExitCode SecretCommands::rotationFromCommandLine(CliContext& cli, std::optional<RotationPolicy>* policy)
{
    const CommandLine& line = cli.commandLine();
    const int given = int(line.isSet(CommandLine::kRotateEvery)) + int(line.isSet(CommandLine::kExpires))
        + int(line.isSet(CommandLine::kNoRotation));
    if (given == 0) {
        return ExitCode::Ok;
    }
    if (given > 1) {
        return cli.usageError(tr("Give one of --rotate-every, --expires and --no-rotation, not several."));
    }
    RotationPolicy rule;
    if (line.isSet(CommandLine::kRotateEvery)) {
        const Result<int> days = RotationRules::parsePeriod(line.value(CommandLine::kRotateEvery));
        if (!days) {
            return cli.fail(days.error());
        }
        rule.periodDays = days.value();
    } else if (line.isSet(CommandLine::kExpires)) {
        const Result<QDate> date = RotationRules::parseDate(line.value(CommandLine::kExpires));
        if (!date) {
            return cli.fail(date.error());
        }
        rule.expiresOn = date.value();
    }
    if (const Result<void> valid = RotationRules::validate(rule, QDateTime::currentDateTimeUtc()); !valid) {
        return cli.fail(valid.error());
    }
    *policy = rule;
    return ExitCode::Ok;
}

ExitCode SecretCommands::setRotationOnly(
    CliContext& cli, const Project& project, const QString& name, const RotationPolicy& policy)
{
    if (const Result<void> ruled = cli.vault().setSecretRotation(project.id, name, policy); !ruled) {
        return ruled.code() == ErrorCode::NotFound ? ExitCode::NotFound : cli.fail(ruled.error());
    }
    cli.printLine(policy.isSet()
            ? tr("Rotation of secret %1 in project %2: %3.").arg(name, project.name, RotationRules::policyText(policy))
            : tr("Secret %1 in project %2 has no rotation rule now.").arg(name, project.name));
    cli.printNote(
        tr("The value was not changed; replace it with \"%1\".")
            .arg(cli.suggestedCommand({QStringLiteral("secret"), QStringLiteral("rotate"), project.name, name})));
    return ExitCode::Ok;
}

ExitCode SecretCommands::listSecrets(CliContext& cli, const QStringList& arguments)
{
    Project project;
    if (const ExitCode code = cli.openProject(arguments.at(0), &project); code != ExitCode::Ok) {
        return code;
    }
    Result<QList<SecretSummary>> secrets = cli.vault().secrets(project.id);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool dueOnly = cli.commandLine().isSet(CommandLine::kDue);
    QStringList overdue;
    if (secrets) {
        QList<SecretSummary> shown;
        for (SecretSummary& secret : secrets.value()) {
            const RotationState state = RotationRules::state(secret.rotation, secret.rotatedAt, now);
            if (!secret.damaged && state == RotationState::Overdue) {
                overdue.append(secret.name);
            }
            if (dueOnly && (secret.damaged || state == RotationState::DueSoon || state == RotationState::Overdue)) {
                shown.append(std::move(secret));
            }
        }
        if (dueOnly) {
            secrets = std::move(shown);
        }
    }
    const ExitCode listed = ItemCommands::list(
        cli, secrets, {tr("NAME"), tr("UPDATED"), tr("UPDATED BY"), tr("AGE"), tr("ROTATION"), tr("DUE"), tr("STATE")},
        [&now](JsonArrayWriter& json, const SecretSummary& secret) { writeSecretJson(json, secret, now); },
        // printTable() escapes every cell for the terminal.
        [&now](const SecretSummary& secret) { return secretRow(secret, now); });
    if (listed != ExitCode::Ok || !dueOnly || overdue.isEmpty()) {
        return listed;
    }
    return cli.fail(ExitCode::RotationOverdue,
        tr("Overdue for rotation in project %1: %2. Replace each value with \"%3\".")
            .arg(project.name, overdue.join(QStringLiteral(", ")),
                cli.suggestedCommand(
                    {QStringLiteral("secret"), QStringLiteral("rotate"), project.name, QStringLiteral("NAME")})));
}

ExitCode SecretCommands::rotateSecret(CliContext& cli, const QStringList& arguments)
{
    const QString& name = arguments.at(1);
    if (const Result<void> valid = NameRules::validate(name); !valid) {
        return cli.fail(valid.error());
    }
    Project project;
    if (const ExitCode code = cli.openProject(arguments.at(0), &project); code != ExitCode::Ok) {
        return code;
    }
    // Checked before the value is asked for, so nobody types a new value for a name that is not there.
    if (const Result<SecretValue> existing = cli.vault().secretValue(project.id, name); !existing) {
        return cli.failItem(existing.error(), project.id, ItemKind::Secret, name);
    }
    QCA::SecureArray value;
    if (const ExitCode code = readSecretValue(cli, name, &value); code != ExitCode::Ok) {
        return code;
    }
    const Result<Vault::WriteOutcome> outcome = cli.vault().rotateSecret(project.id, name, SecretValue(value));
    value.clear();
    if (!outcome) {
        return cli.failItem(outcome.error(), project.id, ItemKind::Secret, name);
    }
    cli.printLine(tr("Rotated secret %1 in project %2: the new value replaced the old one.").arg(name, project.name));
    if (!cli.commandLine().isSet(CommandLine::kPublish)) {
        if (!project.remoteUrl.isEmpty()) {
            cli.printNote(tr("Publish it to reach every channel: \"%1\".")
                              .arg(cli.suggestedCommand({QStringLiteral("publish"), project.name})));
        }
        return ExitCode::Ok;
    }
    if (const ExitCode published = SyncCommands::publishProject(cli, project.name); published != ExitCode::Ok) {
        return published;
    }
    printChannelsReached(cli, project);
    return ExitCode::Ok;
}

void SecretCommands::printChannelsReached(CliContext& cli, const Project& project)
{
    const Result<QStringList> channels = ChannelCommands::channelNames(cli, project);
    if (!channels) {
        cli.printWarning(tr("The channels could not be listed: %1").arg(channels.message()));
        return;
    }
    if (channels->isEmpty()) {
        cli.printLine(tr("The platform project has no channels yet; every channel added will read the new value."));
        return;
    }
    cli.printLine(
        tr("The new value reaches every channel without a deploy: %1.").arg(channels->join(QStringLiteral(", "))));
}

ExitCode SecretCommands::renameSecret(CliContext& cli, const QStringList& arguments)
{
    return ItemCommands::rename(cli, arguments, ItemKind::Secret, tr("Renamed secret %1 to %2 in project %3."));
}

ExitCode SecretCommands::removeSecret(CliContext& cli, const QStringList& arguments)
{
    return ItemCommands::remove(cli, arguments, ItemKind::Secret, tr("Removed secret %1 from project %2."));
}

ExitCode SecretCommands::readSecretValue(CliContext& cli, const QString& name, QCA::SecureArray* value)
{
    if (Terminal::stdinIsTerminal()) {
        Result<QCA::SecureArray> typed
            = Terminal::readHidden(tr("Value of secret %1 (not shown): ").arg(name), Vault::kMaxValueBytes);
        if (!typed) {
            return cli.fail(typed.error());
        }
        *value = typed.value();
    } else {
        // Room for the line ending that is stripped below.
        Result<QCA::SecureArray> piped = SecretInput::readStandardInput(Vault::kMaxValueBytes + 2);
        if (!piped) {
            return piped.code() == ErrorCode::InvalidInput
                ? cli.fail(ExitCode::InvalidInput, ItemCommands::valueTooLargeMessage())
                : cli.fail(piped.error());
        }
        *value = piped.value();
        SecretInput::stripOneLineEnding(*value);
        if (value->size() > Vault::kMaxValueBytes) {
            value->clear();
            return cli.fail(ExitCode::InvalidInput, ItemCommands::valueTooLargeMessage());
        }
    }
    if (value->isEmpty()) {
        return cli.fail(
            ExitCode::InvalidInput, tr("The value of secret %1 is empty; a secret needs a value.").arg(name));
    }
    return ExitCode::Ok;
}
