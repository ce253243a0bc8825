#include "app/cli/CommandHelp.h"

#include "app/cli/CliContext.h"
#include "app/cli/CommandLine.h"

#include <QHash>

namespace {

constexpr qsizetype kDescriptionColumn = 34;
constexpr qsizetype kHelpWidth = 100;

// Splits `text` at spaces into lines of at most `width` characters (a longer word gets a line of its own).
QStringList wrapped(const QString& text, qsizetype width)
{
    QStringList lines;
    QString line;
    for (const QString& word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines.append(line);
            line.clear();
        }
        line += line.isEmpty() ? word : u' ' + word;
    }
    if (!line.isEmpty()) {
        lines.append(line);
    }
    return lines;
}

// `left` in the first column and `description` wrapped beside it (or below, when `left` is long).
QString helpRow(const QString& left, const QString& description)
{
    const QString line = QStringLiteral("  ") + left;
    const QString indent(kDescriptionColumn, u' ');
    const QStringList lines = wrapped(description, kHelpWidth - kDescriptionColumn);
    if (line.size() + 2 <= kDescriptionColumn) {
        return line.leftJustified(kDescriptionColumn) + lines.join(u'\n' + indent) + u'\n';
    }
    return line + u'\n' + indent + lines.join(u'\n' + indent) + u'\n';
}

// What each command-specific option does, untranslated in the context "CliApplication".
const char* optionDescription(const QString& option)
{
    static const QHash<QString, const char*> descriptions {
        {CommandLine::kNewPasswordFile,
            QT_TRANSLATE_NOOP("CliApplication", "Read the new master password from FILE instead of asking twice.")},
        {CommandLine::kKdfMemoryMib,
            QT_TRANSLATE_NOOP("CliApplication", "Argon2id memory in MiB, 19 to 1024 (default 64).")},
        {CommandLine::kKdfPasses, QT_TRANSLATE_NOOP("CliApplication", "Argon2id passes, 2 to 100 (default 3).")},
        {CommandLine::kRotateKey,
            QT_TRANSLATE_NOOP("CliApplication", "Also replace the data key and re-encrypt every record.")},
        {CommandLine::kExport, QT_TRANSLATE_NOOP("CliApplication", "Include the variable in the project export.")},
        {CommandLine::kNoExport, QT_TRANSLATE_NOOP("CliApplication", "Leave the variable out of the project export.")},
        {CommandLine::kForce, QT_TRANSLATE_NOOP("CliApplication", "Replace FILE when it exists.")},
        {CommandLine::kInto, QT_TRANSLATE_NOOP("CliApplication", "Merge into this existing project.")},
        {CommandLine::kName,
            QT_TRANSLATE_NOOP("CliApplication", "Name the new project (import) or the new secret (scan --move) NAME.")},
        {CommandLine::kIgnore,
            QT_TRANSLATE_NOOP("CliApplication", "Ignore the finding with this id, saying why with --reason.")},
        {CommandLine::kUnignore, QT_TRANSLATE_NOOP("CliApplication", "Report the finding with this id again.")},
        {CommandLine::kReason, QT_TRANSLATE_NOOP("CliApplication", "Why the finding is not a credential.")},
        {CommandLine::kMove,
            QT_TRANSLATE_NOOP("CliApplication",
                "Store the finding's value as the secret --name and read it with $secrets.get in the code.")},
        {CommandLine::kYes, QT_TRANSLATE_NOOP("CliApplication", "Write the change without asking.")},
        {CommandLine::kSourceDir,
            QT_TRANSLATE_NOOP("CliApplication", "A new or empty folder for the archive's source files.")},
        {CommandLine::kNoSource,
            QT_TRANSLATE_NOOP("CliApplication", "Import the variables and secret names only; extract no files.")},
        {CommandLine::kKeepBinding,
            QT_TRANSLATE_NOOP("CliApplication", "With --into, extract the files but keep the project's folder.")},
        {CommandLine::kReplace, QT_TRANSLATE_NOOP("CliApplication", "On a conflict, take the incoming value.")},
        {CommandLine::kKeep, QT_TRANSLATE_NOOP("CliApplication", "On a conflict, keep the project's value.")},
        {CommandLine::kDryRun, QT_TRANSLATE_NOOP("CliApplication", "Print the plan and write or send nothing.")},
        {CommandLine::kAsSecrets, QT_TRANSLATE_NOOP("CliApplication", "Import every line as a secret.")},
        {CommandLine::kRemoteProject, QT_TRANSLATE_NOOP("CliApplication", "The platform project's id.")},
        {CommandLine::kCaFile,
            QT_TRANSLATE_NOOP("CliApplication", "Also trust the certificate authorities in this PEM file.")},
        {CommandLine::kTimeout,
            QT_TRANSLATE_NOOP("CliApplication", "End a request that moves no data for this long (default 30).")},
        {CommandLine::kKeepLocal,
            QT_TRANSLATE_NOOP("CliApplication", "On a conflict, send this vault's side over the platform's.")},
        {CommandLine::kTakeRemote, QT_TRANSLATE_NOOP("CliApplication", "On a conflict, take the platform's value.")},
        {CommandLine::kDeleteRemoteOnly,
            QT_TRANSLATE_NOOP("CliApplication", "Delete the items that exist only on the platform.")},
        {CommandLine::kAll,
            QT_TRANSLATE_NOOP(
                "CliApplication", "deploy: every channel, the test widget first; scan: list ignored findings too.")},
        {CommandLine::kRotateEvery,
            QT_TRANSLATE_NOOP("CliApplication", "The value is due for rotation DAYS after it was last replaced.")},
        {CommandLine::kExpires,
            QT_TRANSLATE_NOOP("CliApplication", "The value is due by DATE (YYYY-MM-DD, after today).")},
        {CommandLine::kNoRotation, QT_TRANSLATE_NOOP("CliApplication", "Clear the rotation period or expiry date.")},
        {CommandLine::kDue,
            QT_TRANSLATE_NOOP(
                "CliApplication", "Only the secrets due within 14 days or overdue; exit code 15 when one is overdue.")},
        {CommandLine::kPublish,
            QT_TRANSLATE_NOOP(
                "CliApplication", "Publish the project at once and list the channels the value reaches.")},
        {CommandLine::kMessage, QT_TRANSLATE_NOOP("CliApplication", "Run the bot's onMessage(TEXT) instead.")},
        {CommandLine::kAllow, QT_TRANSLATE_NOOP("CliApplication", "Pass this start-up variable too (repeatable).")},
        {CommandLine::kProject, QT_TRANSLATE_NOOP("CliApplication", "Only the entries of this project.")},
        {CommandLine::kKind,
            QT_TRANSLATE_NOOP("CliApplication",
                "Only entries about a secret, a variable, a project as a whole or the vault itself.")},
        {CommandLine::kActor, QT_TRANSLATE_NOOP("CliApplication", "Only what this actor did.")},
        {CommandLine::kSince,
            QT_TRANSLATE_NOOP("CliApplication", "From this date (UTC) or ISO 8601 date and time on.")},
        {CommandLine::kSecret, QT_TRANSLATE_NOOP("CliApplication", "NAME is a secret (without it, a variable).")},
        {CommandLine::kVersion,
            QT_TRANSLATE_NOOP("CliApplication", "The version to restore, as 'history' numbers it.")},
        {CommandLine::kAs,
            QT_TRANSLATE_NOOP("CliApplication", "Restore under this name instead (when the old one is taken).")},
        {CommandLine::kAt,
            QT_TRANSLATE_NOOP("CliApplication", "The moment: an ISO 8601 date (midnight UTC) or date and time.")},
        {CommandLine::kYes, QT_TRANSLATE_NOOP("CliApplication", "Do not ask for confirmation.")},
        {CommandLine::kUntil,
            QT_TRANSLATE_NOOP("CliApplication", "Up to the end of this date (UTC) or up to this date and time.")},
    };
    return descriptions.value(option, nullptr);
}

// One example line per command, by its words.
QString exampleOf(const CliCommand& command)
{
    static const QHash<QString, QString> examples {
        {QStringLiteral("init"), QStringLiteral("init")},
        {QStringLiteral("passwd"), QStringLiteral("passwd --new-password-file ~/.config/botvault/new-password")},
        {QStringLiteral("project add"), QStringLiteral("project add \"Support bot\"")},
        {QStringLiteral("project list"), QStringLiteral("project list --json")},
        {QStringLiteral("project rename"), QStringLiteral("project rename \"Support bot\" \"Help desk bot\"")},
        {QStringLiteral("project rm"), QStringLiteral("project rm \"Support bot\"")},
        {QStringLiteral("project bind"), QStringLiteral("project bind \"Support bot\" ~/bots/support")},
        {QStringLiteral("project unbind"), QStringLiteral("project unbind \"Support bot\"")},
        {QStringLiteral("secret set"), QStringLiteral("secret set \"Support bot\" API_TOKEN < token.txt")},
        {QStringLiteral("secret list"), QStringLiteral("secret list \"Support bot\" --due")},
        {QStringLiteral("secret rotate"),
            QStringLiteral("secret rotate \"Support bot\" API_TOKEN --publish < token.txt")},
        {QStringLiteral("secret rename"), QStringLiteral("secret rename \"Support bot\" TOKEN API_TOKEN")},
        {QStringLiteral("secret rm"), QStringLiteral("secret rm \"Support bot\" API_TOKEN")},
        {QStringLiteral("var set"),
            QStringLiteral("var set \"Support bot\" BASE_URL https://crm.example.org --export")},
        {QStringLiteral("var get"), QStringLiteral("var get \"Support bot\" BASE_URL")},
        {QStringLiteral("var list"), QStringLiteral("var list \"Support bot\"")},
        {QStringLiteral("var rename"), QStringLiteral("var rename \"Support bot\" URL BASE_URL")},
        {QStringLiteral("var rm"), QStringLiteral("var rm \"Support bot\" BASE_URL")},
        {QStringLiteral("export"), QStringLiteral("export \"Support bot\" support.zip")},
        {QStringLiteral("import"), QStringLiteral("import support.zip --source-dir ~/bots/support --dry-run")},
        {QStringLiteral("env import"), QStringLiteral("env import \"Support bot\" .env --keep")},
        {QStringLiteral("env export"), QStringLiteral("env export \"Support bot\" support.env")},
        {QStringLiteral("run"), QStringLiteral("run \"Support bot\" -- node src/local-runner.js")},
        {QStringLiteral("check"), QStringLiteral("check \"Support bot\"")},
        {QStringLiteral("scan"), QStringLiteral("scan \"Support bot\" --json")},
        {QStringLiteral("audit list"), QStringLiteral("audit list \"Support bot\" --since 2026-12-01")},
        {QStringLiteral("audit verify"), QStringLiteral("audit verify")},
        {QStringLiteral("project show"), QStringLiteral("project show \"Support bot\" --at 2026-12-07T10:00:00Z")},
        {QStringLiteral("project restore"),
            QStringLiteral("project restore \"Support bot\" --at 2026-12-07T10:00:00Z")},
        {QStringLiteral("secret forget-old"), QStringLiteral("secret forget-old \"Support bot\" API_KEY")},
        {QStringLiteral("history"), QStringLiteral("history \"Support bot\" API_KEY --secret")},
        {QStringLiteral("restore"), QStringLiteral("restore \"Support bot\" GREETING --version 3")},
        {QStringLiteral("trash list"), QStringLiteral("trash list \"Support bot\"")},
        {QStringLiteral("trash restore"), QStringLiteral("trash restore 7 --as OLD_GREETING")},
        {QStringLiteral("trash purge"), QStringLiteral("trash purge 7")},
        {QStringLiteral("audit"),
            QStringLiteral("audit --project \"Support bot\" --kind secret --since 2026-12-01 --until 2026-12-07")},
        {QStringLiteral("remote set"),
            QStringLiteral("remote set \"Support bot\" https://bots.example.com --remote-project 3 < token.txt")},
        {QStringLiteral("remote show"), QStringLiteral("remote show \"Support bot\"")},
        {QStringLiteral("remote unset"), QStringLiteral("remote unset \"Support bot\"")},
        {QStringLiteral("remote audit"), QStringLiteral("remote audit \"Support bot\" --since 2026-12-01")},
        {QStringLiteral("publish"), QStringLiteral("publish \"Support bot\" --dry-run")},
        {QStringLiteral("pull"), QStringLiteral("pull \"Support bot\"")},
        {QStringLiteral("channels"), QStringLiteral("channels \"Support bot\"")},
        {QStringLiteral("channel add"), QStringLiteral("channel add \"Support bot\" TELEGRAM Support")},
        {QStringLiteral("deploy"), QStringLiteral("deploy \"Support bot\" --all")},
        {QStringLiteral("eval"), QStringLiteral("eval \"Support bot\" \"Test widget\" '$env.get(\"GREETING\")'")},
        {QStringLiteral("help"), QStringLiteral("var --help")},
    };
    const QString example = examples.value(command.words.join(u' '));
    return example.isEmpty() ? QString() : CliContext::programName() + u' ' + example;
}

} // namespace

QString CommandHelp::commandLines(const QList<CliCommand>& commands)
{
    QString text;
    for (const CliCommand& command : commands) {
        text += helpRow(
            CommandTable::synopsis(command), QCoreApplication::translate("CliApplication", command.description));
    }
    return text;
}

QString CommandHelp::forCommand(const CliCommand& command)
{
    QString text = tr("Usage: %1 %2").arg(CliContext::programName(), CommandTable::synopsis(command)) + u'\n';
    text += u'\n' + wrapped(QCoreApplication::translate("CliApplication", command.description), kHelpWidth).join(u'\n')
        + u'\n';
    QString options;
    for (const QString& option : command.options) {
        if (const char* description = optionDescription(option)) {
            const QString shown = CommandLine::takesValue(option)
                ? QStringLiteral("--%1 %2").arg(option, CommandTable::placeholder(option))
                : QStringLiteral("--%1").arg(option);
            options += helpRow(shown, QCoreApplication::translate("CliApplication", description));
        }
    }
    if (!options.isEmpty()) {
        text += u'\n' + tr("Options:") + u'\n' + options;
    }
    text += u'\n'
        + tr("Global options: --vault FILE, --password-file FILE, --json, --roles LIST (see '%1 --help').")
              .arg(CliContext::programName())
        + u'\n';
    if (const QString example = exampleOf(command); !example.isEmpty()) {
        text += u'\n' + tr("Example:") + u'\n' + QStringLiteral("  ") + example + u'\n';
    }
    return text;
}

QString CommandHelp::forCommandAndGroup(const CliCommand& command, const CommandTable& table)
{
    QList<CliCommand> others;
    for (const CliCommand& other : table.commands()) {
        if (other.words.first() == command.words.first() && other.words.size() > 1) {
            others.append(other);
        }
    }
    return forCommand(command) + u'\n' + tr("Commands:") + u'\n' + commandLines(others);
}

QString CommandHelp::forGroup(const QString& group, const CommandTable& table)
{
    QList<CliCommand> commands;
    for (const CliCommand& command : table.commands()) {
        if (command.words.first() == group) {
            commands.append(command);
        }
    }
    QString text = tr("Usage: %1 %2 COMMAND [ARGUMENTS]").arg(CliContext::programName(), group) + u'\n';
    text += u'\n' + tr("Commands:") + u'\n' + commandLines(commands);
    text += u'\n'
        + tr("Run '%1 %2 COMMAND --help' for a command's options and an example.").arg(CliContext::programName(), group)
        + u'\n';
    if (!commands.isEmpty()) {
        if (const QString example = exampleOf(commands.constFirst()); !example.isEmpty()) {
            text += u'\n' + tr("Example:") + u'\n' + QStringLiteral("  ") + example + u'\n';
        }
    }
    return text;
}
