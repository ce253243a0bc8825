#include "app/cli/CliApplication.h"

#include "app/cli/CliOutput.h"
#include "app/cli/SecretInput.h"
#include "app/cli/Terminal.h"
#include "models/NameRules.h"
#include "models/StartupVariables.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <limits>
#include <sys/stat.h>

using CliOutput::isoUtc;
using CliOutput::jsonTime;
using CliOutput::printable;

namespace {

// Long enough for any passphrase a person types or a password manager generates.
constexpr qsizetype kMaxPasswordBytes = 4096;
constexpr qsizetype kDescriptionColumn = 34;
constexpr qsizetype kHelpWidth = 100;

QString programName()
{
    return QStringLiteral("botvault-cli");
}

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

QJsonObject damagedJson(qint64 id)
{
    return QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("damaged"), true}};
}

QStringList damagedRow(qint64 id)
{
    return {QCoreApplication::translate("CliApplication", "<damaged record #%1>").arg(id)};
}

QJsonObject variableJson(const Variable& variable)
{
    return QJsonObject {
        {QStringLiteral("id"), variable.id},
        {QStringLiteral("name"), variable.name},
        {QStringLiteral("value"), variable.value},
        {QStringLiteral("includeInExport"), variable.includeInExport},
        {QStringLiteral("updated"), jsonTime(variable.updated)},
        {QStringLiteral("updatedBy"), variable.updatedBy},
    };
}

QString valueTooLargeMessage()
{
    return QCoreApplication::translate("CliApplication", "The value is larger than %1 KiB (%2 bytes).")
        .arg(Vault::kMaxValueBytes / 1024)
        .arg(Vault::kMaxValueBytes);
}

} // namespace

CliApplication::CliApplication(QStringList arguments) : m_arguments(std::move(arguments)) { }

CliApplication::~CliApplication()
{
    if (m_vault && m_vault->isUnlocked()) {
        m_vault->lock();
    }
}

const QList<CliApplication::Command>& CliApplication::commands()
{
    using CL = CommandLine;
    static const QList<Command> table {
        {{QStringLiteral("init")}, {}, {CL::kKdfMemoryMib, CL::kKdfPasses}, &CliApplication::init,
            QT_TR_NOOP("Create a new vault (never overwrites one).")},
        {{QStringLiteral("passwd")}, {}, {CL::kNewPasswordFile, CL::kKdfMemoryMib, CL::kKdfPasses, CL::kRotateKey},
            &CliApplication::changePassword,
            QT_TR_NOOP("Change the master password. With --rotate-key also replace the data key and re-encrypt every "
                       "record under the new one, so that a copy of the old vault file with the old password opens "
                       "nothing written afterwards.")},
        {{QStringLiteral("project"), QStringLiteral("add")}, {QStringLiteral("NAME")}, {}, &CliApplication::addProject,
            QT_TR_NOOP("Add a project.")},
        {{QStringLiteral("project"), QStringLiteral("list")}, {}, {}, &CliApplication::listProjects,
            QT_TR_NOOP("List the projects.")},
        {{QStringLiteral("project"), QStringLiteral("rename")}, {QStringLiteral("OLD"), QStringLiteral("NEW")}, {},
            &CliApplication::renameProject, QT_TR_NOOP("Rename a project.")},
        {{QStringLiteral("project"), QStringLiteral("rm")}, {QStringLiteral("NAME")}, {},
            &CliApplication::removeProject,
            QT_TR_NOOP("Remove a project with all its secrets and variables (no confirmation).")},
        {{QStringLiteral("project"), QStringLiteral("bind")}, {QStringLiteral("PROJECT"), QStringLiteral("DIR")}, {},
            &CliApplication::bindProject,
            QT_TR_NOOP("Bind the project to the folder with the bot's code (chatbot.yaml, src/ …), which 'export' "
                       "packs and 'check' reads. DIR must be an existing folder; it is stored as an absolute path.")},
        {{QStringLiteral("project"), QStringLiteral("unbind")}, {QStringLiteral("PROJECT")}, {},
            &CliApplication::unbindProject,
            QT_TR_NOOP("Forget the project's source folder; the folder itself is not touched.")},
        {{QStringLiteral("secret"), QStringLiteral("set")}, {QStringLiteral("PROJECT"), QStringLiteral("NAME")}, {},
            &CliApplication::setSecret,
            QT_TR_NOOP("Add a secret or replace its value. The value comes from standard input (one trailing line "
                       "ending removed) or, at a terminal, is typed without echo; never from the command line.")},
        {{QStringLiteral("secret"), QStringLiteral("list")}, {QStringLiteral("PROJECT")}, {},
            &CliApplication::listSecrets,
            QT_TR_NOOP("List the secrets: name, updated, updated by. Values are never shown.")},
        {{QStringLiteral("secret"), QStringLiteral("rename")},
            {QStringLiteral("PROJECT"), QStringLiteral("OLD"), QStringLiteral("NEW")}, {},
            &CliApplication::renameSecret, QT_TR_NOOP("Rename a secret.")},
        {{QStringLiteral("secret"), QStringLiteral("rm")}, {QStringLiteral("PROJECT"), QStringLiteral("NAME")}, {},
            &CliApplication::removeSecret, QT_TR_NOOP("Remove a secret.")},
        {{QStringLiteral("var"), QStringLiteral("set")},
            {QStringLiteral("PROJECT"), QStringLiteral("NAME"), QStringLiteral("VALUE")}, {CL::kExport, CL::kNoExport},
            &CliApplication::setVariable,
            QT_TR_NOOP("Add a variable or replace its value. --export / --no-export set \"include into project "
                       "export\"; without either a new variable is not exported and an existing one keeps its flag.")},
        {{QStringLiteral("var"), QStringLiteral("get")}, {QStringLiteral("PROJECT"), QStringLiteral("NAME")}, {},
            &CliApplication::getVariable, QT_TR_NOOP("Print the variable's value exactly, followed by a newline.")},
        {{QStringLiteral("var"), QStringLiteral("list")}, {QStringLiteral("PROJECT")}, {},
            &CliApplication::listVariables,
            QT_TR_NOOP("List the variables: name, value, in export, updated, updated by.")},
        {{QStringLiteral("var"), QStringLiteral("rename")},
            {QStringLiteral("PROJECT"), QStringLiteral("OLD"), QStringLiteral("NEW")}, {},
            &CliApplication::renameVariable, QT_TR_NOOP("Rename a variable.")},
        {{QStringLiteral("var"), QStringLiteral("rm")}, {QStringLiteral("PROJECT"), QStringLiteral("NAME")}, {},
            &CliApplication::removeVariable, QT_TR_NOOP("Remove a variable.")},
        {{QStringLiteral("export")}, {QStringLiteral("PROJECT"), QStringLiteral("FILE")}, {CL::kForce},
            &CliApplication::exportProject,
            QT_TR_NOOP("Write the project to a ZIP archive: the source folder's files, the variables marked for "
                       "export and the names of the secrets, never their values. An existing FILE is replaced only "
                       "with --force.")},
        {{QStringLiteral("import")}, {QStringLiteral("FILE")},
            {CL::kInto, CL::kName, CL::kSourceDir, CL::kReplace, CL::kKeep, CL::kDryRun},
            &CliApplication::importProject,
            QT_TR_NOOP("Import a project archive as a new project (named as in the archive, or --name) or into an "
                       "existing one (--into). The source files go to --source-dir, a new or empty folder. Variables "
                       "that differ need --replace or --keep. --dry-run shows the plan and writes nothing.")},
        {{QStringLiteral("env"), QStringLiteral("import")}, {QStringLiteral("PROJECT"), QStringLiteral("FILE")},
            {CL::kAsSecrets, CL::kReplace, CL::kKeep}, &CliApplication::importEnv,
            QT_TR_NOOP("Import the NAME=value lines of a .env FILE ('-' for standard input) as variables, or as "
                       "secrets with --as-secrets. A file with any bad line imports nothing. Names that exist with "
                       "another value need --replace or --keep.")},
        {{QStringLiteral("env"), QStringLiteral("export")}, {QStringLiteral("PROJECT"), QStringLiteral("[FILE]")},
            {CL::kForce}, &CliApplication::exportEnv,
            QT_TR_NOOP("Write the project's variables, never its secrets, as a .env file to standard output or to "
                       "FILE (created with mode 0600; an existing one is replaced only with --force).")},
        {{QStringLiteral("run")},
            {QStringLiteral("PROJECT"), QStringLiteral("--"), QStringLiteral("COMMAND"), QStringLiteral("[ARGS...]")},
            {CL::kAllow}, &CliApplication::runCommand,
            QT_TR_NOOP("Run COMMAND with the project's variables and secrets added to the environment. Names that "
                       "change how programs start (LD_PRELOAD, BASH_ENV, NODE_OPTIONS, PATH …) are left out unless "
                       "named with --allow NAME (repeatable). The vault is locked before the command starts; its "
                       "signals and exit status are its own.")},
        {{QStringLiteral("check")}, {QStringLiteral("PROJECT")}, {}, &CliApplication::checkNames,
            QT_TR_NOOP("Compare the names the bot's code expects with the project's secrets and variables: list "
                       "the missing and the unused ones. Exit code 8 when any is missing.")},
        {{QStringLiteral("remote"), QStringLiteral("set")}, {QStringLiteral("PROJECT"), QStringLiteral("URL")},
            {CL::kRemoteProject, CL::kCaFile, CL::kTimeout}, &CliApplication::setRemote,
            QT_TR_NOOP("Bind the project to the platform project --remote-project ID at URL (https, or http to "
                       "127.0.0.1). The API token comes from standard input or, at a terminal, is typed without "
                       "echo. It is checked with the platform first and then kept encrypted in the vault.")},
        {{QStringLiteral("remote"), QStringLiteral("show")}, {QStringLiteral("PROJECT")}, {},
            &CliApplication::showRemote,
            QT_TR_NOOP("Show the project's platform URL, remote project, queued changes and unfinished batches; "
                       "never the token.")},
        {{QStringLiteral("remote"), QStringLiteral("unset")}, {QStringLiteral("PROJECT")}, {},
            &CliApplication::unsetRemote,
            QT_TR_NOOP("Forget the project's platform binding, its token and its queued changes.")},
        {{QStringLiteral("publish")}, {QStringLiteral("PROJECT")},
            {CL::kDryRun, CL::kKeepLocal, CL::kTakeRemote, CL::kDeleteRemoteOnly, CL::kCaFile, CL::kTimeout},
            &CliApplication::publish,
            QT_TR_NOOP("Show the plan (secrets as names only) and send the project's changes to the platform. "
                       "Conflicts need --keep-local or --take-remote; --delete-remote-only deletes what exists only "
                       "on the platform. --dry-run shows the plan and sends nothing.")},
        {{QStringLiteral("pull")}, {QStringLiteral("PROJECT")},
            {CL::kDryRun, CL::kTakeRemote, CL::kCaFile, CL::kTimeout}, &CliApplication::pull,
            QT_TR_NOOP("Bring the platform's variable changes into the project. Secret values never come back; "
                       "secrets only on the platform are listed. Conflicts need --take-remote.")},
        {{QStringLiteral("channels")}, {QStringLiteral("PROJECT")}, {CL::kCaFile, CL::kTimeout},
            &CliApplication::listChannels,
            QT_TR_NOOP("List the platform project's channels: id, type, name, when deployed, the last deploy's "
                       "status and the variables pending in each (changed since its deploy).")},
        {{QStringLiteral("channel"), QStringLiteral("add")},
            {QStringLiteral("PROJECT"), QStringLiteral("TYPE"), QStringLiteral("NAME")}, {CL::kCaFile, CL::kTimeout},
            &CliApplication::addChannel,
            QT_TR_NOOP("Add a channel of TYPE (CHAT_WIDGET, TELEGRAM, CHAT_API, …) named NAME to the platform "
                       "project. Every project has its TEST_WIDGET channel already.")},
        {{QStringLiteral("deploy")}, {QStringLiteral("PROJECT"), QStringLiteral("[CHANNEL]")},
            {CL::kAll, CL::kCaFile, CL::kTimeout}, &CliApplication::deploy,
            QT_TR_NOOP("Deploy the project's variables (and src/main.js of the source folder, when it changed) to "
                       "CHANNEL, an id or a name, or with --all to every channel, the test widget first. Waits for "
                       "each deploy; exit code 1 when one failed.")},
        {{QStringLiteral("eval")},
            {QStringLiteral("PROJECT"), QStringLiteral("CHANNEL"), QStringLiteral("[EXPRESSION]")},
            {CL::kMessage, CL::kCaFile, CL::kTimeout}, &CliApplication::evaluate,
            QT_TR_NOOP("Run EXPRESSION (or, with --message TEXT, the bot's onMessage) in CHANNEL and print the "
                       "reply with every secret value masked. Exit code 11 when the bot throws an error.")},
        {{QStringLiteral("help")}, {}, {}, &CliApplication::help, QT_TR_NOOP("Show this help.")},
    };
    return table;
}

QString CliApplication::synopsis(const Command& command)
{
    // Options that exclude each other are shown as one choice.
    static const QList<QPair<QString, QString>> choices {
        {CommandLine::kExport, CommandLine::kNoExport},
        {CommandLine::kReplace, CommandLine::kKeep},
        {CommandLine::kKeepLocal, CommandLine::kTakeRemote},
    };
    static const QHash<QString, QString> placeholders {
        {CommandLine::kNewPasswordFile, QStringLiteral("FILE")},
        {CommandLine::kInto, QStringLiteral("PROJECT")},
        {CommandLine::kName, QStringLiteral("NAME")},
        {CommandLine::kSourceDir, QStringLiteral("DIR")},
        {CommandLine::kRemoteProject, QStringLiteral("ID")},
        {CommandLine::kCaFile, QStringLiteral("PEM")},
        {CommandLine::kTimeout, QStringLiteral("SECONDS")},
        {CommandLine::kMessage, QStringLiteral("TEXT")},
        {CommandLine::kAllow, QStringLiteral("NAME")},
    };
    QStringList parts;
    for (const QString& option : command.options) {
        bool shown = false;
        for (const auto& [first, second] : choices) {
            if (option == first && command.options.contains(second)) {
                parts.append(QStringLiteral("[--%1|--%2]").arg(first, second));
                shown = true;
            } else if (option == second && command.options.contains(first)) {
                shown = true;
            }
        }
        if (shown) {
            continue;
        }
        if (option == CommandLine::kRemoteProject) {
            // Required by 'remote set': an option only so that the id is named on the line.
            parts.append(QStringLiteral("--%1 %2").arg(option, placeholders.value(option)));
        } else if (option == CommandLine::kAllow) {
            parts.append(QStringLiteral("[--%1 %2]...").arg(option, placeholders.value(option)));
        } else if (CommandLine::takesValue(option)) {
            parts.append(QStringLiteral("[--%1 %2]").arg(option, placeholders.value(option, QStringLiteral("N"))));
        } else {
            parts.append(QStringLiteral("[--%1]").arg(option));
        }
    }
    // Options stand before a "--": what follows it belongs to the command `run` starts.
    QStringList line = command.words + command.argumentNames;
    const qsizetype optionsEnd = line.indexOf(QStringLiteral("--"));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        line.insert(optionsEnd < 0 ? line.size() : optionsEnd + i, parts.at(i));
    }
    return line.join(u' ');
}

QString CliApplication::usage()
{
    QString commandLines;
    for (const Command& command : commands()) {
        const QString line = QStringLiteral("  ") + synopsis(command);
        const QStringList description = wrapped(tr(command.description), kHelpWidth - kDescriptionColumn);
        const QString indent(kDescriptionColumn, u' ');
        if (line.size() + 2 <= kDescriptionColumn) {
            commandLines += line.leftJustified(kDescriptionColumn) + description.join(u'\n' + indent) + u'\n';
        } else {
            commandLines += line + u'\n' + indent + description.join(u'\n' + indent) + u'\n';
        }
    }

    return tr("Usage: botvault-cli [--vault FILE] [--password-file FILE] [--json] COMMAND [ARGUMENTS]\n"
              "\n"
              "Keeps the secrets and variables of bot projects in an encrypted local vault.\n"
              "\n"
              "Commands:\n"
              "%1"
              "\n"
              "Options (anywhere on the line):\n"
              "  --vault FILE            The vault file. Default: %2\n"
              "  --password-file FILE    Read the master password from FILE (one trailing line ending is\n"
              "                          removed).\n"
              "  --json                  Print listings, 'var get', 'export', 'check', 'remote show', the\n"
              "                          plan and summary of 'publish' and 'pull', and 'channels',\n"
              "                          'channel add', 'deploy' and 'eval' as JSON.\n"
              "  --roles LIST            Act with only these roles (SYSTEM_ADMIN, SECURITY_ADMIN,\n"
              "                          DEVELOPER, VIEWER; comma-separated), e.g. so a script cannot\n"
              "                          change or delete secrets. Default: every role (the vault's owner).\n"
              "  --help, -h              Show this help.\n"
              "  --version               Show the version.\n"
              "  --                      End of options: a VALUE that starts with '-' goes after it, and so\n"
              "                          does the COMMAND of 'run'.\n"
              "\n"
              "The master password comes from --password-file, else the environment variable\n"
              "BOTVAULT_PASSWORD, else it is asked for on the terminal without echo.\n"
              "Names of secrets and variables: Latin letters, digits and underscores, 1 to 128 characters.\n"
              "'remote set', 'publish', 'pull' and the channel commands trust the system's certificate\n"
              "authorities and, with --ca-file PEM, the certificates in PEM; --timeout SECONDS (default\n"
              "30) ends a request that moves no data for that long. BOTVAULT_SYNC_BACKOFF_SCALE multiplies\n"
              "every retry wait; it is for tests only.\n"
              "\n"
              "Exit codes:\n"
              "  0  success\n"
              "  1  failure: file system, database or internal error\n"
              "  2  usage: a wrong command line, or no way to get the master password\n"
              "  3  invalid input: a bad name or value, a value over 64 KiB, a name already taken\n"
              "  4  not found: the vault file, a project, a secret or a variable\n"
              "  5  wrong master password\n"
              "  6  damaged vault or record (listings still show the other records)\n"
              "  7  permission denied\n"
              "  8  'check': the bot expects names the project lacks\n"
              "  9  'publish', 'pull': a conflict with the platform; choose a side\n"
              "  10  the platform could not be reached, its certificate was refused, or it answered wrongly\n"
              "  11  'eval': the bot threw an error (a missing secret or variable, a timeout, ...)\n"
              "  12  'publish', 'pull': another publish or pull of the project is running\n"
              "  126  'run': the command could not be started (not executable)\n"
              "  127  'run': the command was not found\n"
              "'run' otherwise exits with the command's own status.\n")
        .arg(commandLines, QDir::toNativeSeparators(Vault::defaultPath()));
}

ExitCode CliApplication::run()
{
    Result<CommandLine> parsed = CommandLine::parse(m_arguments.mid(1));
    if (!parsed) {
        return usageError(parsed.message());
    }
    m_commandLine = std::move(parsed).value();

    const QStringList& words = m_commandLine.positionals();
    if (m_commandLine.isSet(CommandLine::kHelp) || words.value(0) == QStringLiteral("help")) {
        return help({});
    }
    if (m_commandLine.isSet(CommandLine::kVersion)) {
        printLine(QStringLiteral("%1 %2").arg(programName(), QCoreApplication::applicationVersion()));
        return ExitCode::Ok;
    }
    if (m_commandLine.isSet(CommandLine::kVault) && m_commandLine.value(CommandLine::kVault).isEmpty()) {
        return usageError(tr("The option --vault needs a file name."));
    }
    if (words.isEmpty()) {
        return usageError(tr("No command given."));
    }

    const Command* match = nullptr;
    for (const Command& command : commands()) {
        if (words.size() >= command.words.size() && words.mid(0, command.words.size()) == command.words) {
            match = &command;
            break;
        }
    }
    if (match == nullptr) {
        QStringList subcommands;
        for (const Command& command : commands()) {
            if (command.words.size() > 1 && command.words.first() == words.first()) {
                subcommands.append(command.words.at(1));
            }
        }
        if (subcommands.isEmpty()) {
            return usageError(tr("Unknown command '%1'.").arg(words.first()));
        }
        if (words.size() == 1) {
            return usageError(tr("'%1' needs one of: %2.").arg(words.first(), subcommands.join(QStringLiteral(", "))));
        }
        return usageError(tr("Unknown command '%1 %2'; '%1' takes one of: %3.")
                              .arg(words.at(0), words.at(1), subcommands.join(QStringLiteral(", "))));
    }

    if (m_commandLine.isSet(CommandLine::kRoles) && !rolesFromCommandLine()) {
        return usageError(tr("The option --roles needs one or more of SYSTEM_ADMIN, SECURITY_ADMIN, DEVELOPER and "
                             "VIEWER, separated by commas, not '%1'.")
                              .arg(printable(m_commandLine.value(CommandLine::kRoles))));
    }

    const QString commandName = match->words.join(u' ');
    const QStringList global = CommandLine::globalOptions();
    for (const QString& option : m_commandLine.givenOptions()) {
        if (!global.contains(option) && !match->options.contains(option)) {
            return usageError(tr("The option --%1 does not apply to '%2'.").arg(option, commandName));
        }
    }

    // Checked here so a malformed number is reported before any password is asked for.
    for (const QString& option : {CommandLine::kKdfMemoryMib, CommandLine::kKdfPasses}) {
        bool isNumber = false;
        if (m_commandLine.isSet(option)) {
            m_commandLine.value(option).toUInt(&isNumber);
            if (!isNumber) {
                return usageError(
                    tr("The option --%1 needs a whole number, not '%2'.").arg(option, m_commandLine.value(option)));
            }
        }
    }

    const QStringList arguments = words.mid(match->words.size());
    QStringList requiredNames;
    qsizetype maximum = 0;
    bool unlimited = false;
    qsizetype beforeOptionsEnd = -1;
    for (const QString& name : match->argumentNames) {
        if (name == QStringLiteral("--")) {
            beforeOptionsEnd = maximum;
        } else if (name.endsWith(QStringLiteral("...]"))) {
            unlimited = true;
        } else if (name.startsWith(u'[')) {
            ++maximum;
        } else {
            requiredNames.append(name);
            ++maximum;
        }
    }
    if (arguments.size() < requiredNames.size()) {
        return usageError(
            tr("'%1' needs %2 (usage: %3 %4).")
                .arg(commandName, requiredNames.mid(arguments.size()).join(u' '), programName(), synopsis(*match)));
    }
    if (!unlimited && arguments.size() > maximum) {
        if (match->handler == &CliApplication::setSecret) {
            return usageError(tr("'secret set' takes no value on the command line, where other users and the shell "
                                 "history could see it: pipe it on standard input or type it at the prompt."));
        }
        return usageError(
            tr("Too many arguments for '%1' (usage: %2 %3).").arg(commandName, programName(), synopsis(*match)));
    }
    if (beforeOptionsEnd >= 0) {
        const qsizetype given = m_commandLine.positionalsBeforeOptionsEnd();
        if (given < 0 || given > match->words.size() + beforeOptionsEnd) {
            return usageError(tr("'%1' needs '--' before the command it runs, so that the command's own options "
                                 "are not taken for botvault-cli's (usage: %2 %3).")
                                  .arg(commandName, programName(), synopsis(*match)));
        }
    }
    return (this->*match->handler)(arguments);
}

// --- commands ---------------------------------------------------------------------------------

ExitCode CliApplication::init(const QStringList& /*arguments*/)
{
    const QString path = vaultPath();
    if (Vault::exists(path)) {
        return fail(ExitCode::InvalidInput, tr("A vault already exists at '%1'; init never overwrites one.").arg(path));
    }
    KdfParams params;
    if (const ExitCode code = kdfParams(KdfParams::defaults(), &params); code != ExitCode::Ok) {
        return code;
    }
    QCA::SecureArray password;
    if (const ExitCode code = masterPassword(tr("New master password: "), true, &password); code != ExitCode::Ok) {
        return code;
    }
    if (password.isEmpty()) {
        return fail(ExitCode::InvalidInput, tr("The master password must not be empty."));
    }
    if (const ExitCode code = createParentFolder(path); code != ExitCode::Ok) {
        return code;
    }
    if (const Result<void> created = Vault::create(path, SecretValue(password), params); !created) {
        return fail(created.error());
    }
    printLine(tr("Created a vault at '%1'.").arg(QDir::toNativeSeparators(path)));
    return ExitCode::Ok;
}

ExitCode CliApplication::changePassword(const QStringList& /*arguments*/)
{
    if (const ExitCode code = openVault(); code != ExitCode::Ok) {
        return code;
    }
    std::optional<KdfParams> params;
    if (m_commandLine.isSet(CommandLine::kKdfMemoryMib) || m_commandLine.isSet(CommandLine::kKdfPasses)) {
        KdfParams changed;
        if (const ExitCode code = kdfParams(m_vault->kdfParams(), &changed); code != ExitCode::Ok) {
            return code;
        }
        params = changed;
    }
    QCA::SecureArray newPassword;
    if (const ExitCode code = newMasterPassword(&newPassword); code != ExitCode::Ok) {
        return code;
    }
    if (newPassword.isEmpty()) {
        return fail(ExitCode::InvalidInput, tr("The master password must not be empty."));
    }
    const bool rotate = m_commandLine.isSet(CommandLine::kRotateKey);
    if (const Result<void> changed = m_vault->changePassword(
            SecretValue(newPassword), params, rotate ? Vault::DataKey::Rotate : Vault::DataKey::Keep);
        !changed) {
        return fail(changed.error());
    }
    printLine(rotate ? tr("Changed the master password and replaced the data key: every record is re-encrypted under "
                          "the new one.")
                     : tr("Changed the master password."));
    return ExitCode::Ok;
}

ExitCode CliApplication::addProject(const QStringList& arguments)
{
    if (const ExitCode code = openVault(); code != ExitCode::Ok) {
        return code;
    }
    const Result<Project> project = m_vault->addProject(arguments.at(0));
    if (!project) {
        return fail(project.error());
    }
    printLine(tr("Added project '%1'.").arg(project->name));
    return ExitCode::Ok;
}

ExitCode CliApplication::listProjects(const QStringList& /*arguments*/)
{
    if (const ExitCode code = openVault(); code != ExitCode::Ok) {
        return code;
    }
    const Result<QList<Project>> projects = m_vault->projects();
    if (!projects) {
        return fail(projects.error());
    }
    QList<qint64> damaged;
    QJsonArray array;
    QList<QStringList> rows;
    for (const Project& project : projects.value()) {
        if (project.damaged) {
            damaged.append(project.id);
            array.append(damagedJson(project.id));
            rows.append(damagedRow(project.id));
            continue;
        }
        const bool bound = !project.sourceFolder.isEmpty();
        array.append(QJsonObject {
            {QStringLiteral("id"), project.id},
            {QStringLiteral("name"), project.name},
            {QStringLiteral("created"), jsonTime(project.created)},
            {QStringLiteral("updated"), jsonTime(project.updated)},
            {QStringLiteral("sourceFolder"), bound ? QJsonValue(project.sourceFolder) : QJsonValue(QJsonValue::Null)},
        });
        // A bound folder is always absolute, so "-" cannot be mistaken for one.
        rows.append({printable(project.name), isoUtc(project.created), isoUtc(project.updated),
            bound ? printable(QDir::toNativeSeparators(project.sourceFolder)) : QStringLiteral("-")});
    }
    if (json()) {
        printJson(array);
    } else {
        printTable({tr("NAME"), tr("CREATED"), tr("UPDATED"), tr("SOURCE FOLDER")}, rows);
    }
    return reportDamaged(damaged);
}

ExitCode CliApplication::renameProject(const QStringList& arguments)
{
    Project project;
    if (const ExitCode code = openProject(arguments.at(0), &project); code != ExitCode::Ok) {
        return code;
    }
    if (const Result<void> renamed = m_vault->renameProject(project.id, arguments.at(1)); !renamed) {
        return fail(renamed.error());
    }
    printLine(tr("Renamed project '%1' to '%2'.").arg(arguments.at(0), arguments.at(1)));
    return ExitCode::Ok;
}

ExitCode CliApplication::removeProject(const QStringList& arguments)
{
    Project project;
    if (const ExitCode code = openProject(arguments.at(0), &project); code != ExitCode::Ok) {
        return code;
    }
    // Counted before removal: the CLI asks no confirmation, so it says afterwards what went.
    const Result<QList<SecretSummary>> secrets = m_vault->secrets(project.id);
    if (!secrets) {
        return fail(secrets.error());
    }
    const Result<QList<Variable>> variables = m_vault->variables(project.id);
    if (!variables) {
        return fail(variables.error());
    }
    if (const Result<void> removed = m_vault->removeProject(project.id); !removed) {
        return fail(removed.error());
    }
    const auto secretCount = static_cast<int>(secrets->size());
    const auto variableCount = static_cast<int>(variables->size());
    const QString secretsText
        = secretCount == 1 ? tr("%n secret", nullptr, secretCount) : tr("%n secrets", nullptr, secretCount);
    const QString variablesText
        = variableCount == 1 ? tr("%n variable", nullptr, variableCount) : tr("%n variables", nullptr, variableCount);
    printLine(tr("Removed project '%1' with %2 and %3.").arg(arguments.at(0), secretsText, variablesText));
    return ExitCode::Ok;
}

ExitCode CliApplication::bindProject(const QStringList& arguments)
{
    // Checked before the password is asked for, so nobody types it for a folder that is not there.
    const QFileInfo folder(arguments.at(1));
    if (!folder.exists()) {
        return fail(ExitCode::NotFound,
            tr("The folder '%1' does not exist; give the folder that holds the bot's chatbot.yaml and src/.")
                .arg(QDir::toNativeSeparators(arguments.at(1))));
    }
    if (!folder.isDir()) {
        return fail(ExitCode::InvalidInput,
            tr("'%1' is not a folder; give the folder that holds the bot's chatbot.yaml and src/.")
                .arg(QDir::toNativeSeparators(arguments.at(1))));
    }
    const QString absolute = QDir::cleanPath(folder.absoluteFilePath());
    Project project;
    if (const ExitCode code = openProject(arguments.at(0), &project); code != ExitCode::Ok) {
        return code;
    }
    if (const Result<void> bound = m_vault->setProjectSourceFolder(project.id, absolute); !bound) {
        return fail(bound.error());
    }
    if (!QFileInfo(QDir(absolute).filePath(QStringLiteral("chatbot.yaml"))).isFile()) {
        printWarning(tr("'%1' has no chatbot.yaml; check that it is the bot's project folder.")
                         .arg(QDir::toNativeSeparators(absolute)));
    }
    printLine(
        tr("Bound project '%1' to the source folder '%2'.").arg(project.name, QDir::toNativeSeparators(absolute)));
    return ExitCode::Ok;
}

ExitCode CliApplication::unbindProject(const QStringList& arguments)
{
    Project project;
    if (const ExitCode code = openProject(arguments.at(0), &project); code != ExitCode::Ok) {
        return code;
    }
    if (project.sourceFolder.isEmpty()) {
        printLine(tr("Project '%1' has no source folder bound.").arg(project.name));
        return ExitCode::Ok;
    }
    if (const Result<void> unbound = m_vault->setProjectSourceFolder(project.id, QString()); !unbound) {
        return fail(unbound.error());
    }
    printLine(tr("Unbound project '%1' from the source folder '%2'; the folder itself was not touched.")
                  .arg(project.name, QDir::toNativeSeparators(project.sourceFolder)));
    return ExitCode::Ok;
}

ExitCode CliApplication::setSecret(const QStringList& arguments)
{
    const QString& name = arguments.at(1);
    // The name is checked before the value is asked for, so nobody types a secret in vain.
    if (const Result<void> valid = NameRules::validate(name); !valid) {
        return fail(valid.error());
    }
    Project project;
    if (const ExitCode code = openProject(arguments.at(0), &project); code != ExitCode::Ok) {
        return code;
    }
    QCA::SecureArray value;
    if (const ExitCode code = readSecretValue(name, &value); code != ExitCode::Ok) {
        return code;
    }
    const Result<Vault::WriteOutcome> outcome = m_vault->setSecret(project.id, name, SecretValue(value));
    value.clear();
    if (!outcome) {
        return fail(outcome.error());
    }
    printWarning(outcome->warning);
    printWarning(StartupVariables::warning(name));
    printLine(outcome->created ? tr("Added secret %1 to project %2.").arg(name, project.name)
                               : tr("Replaced the value of secret %1 in project %2.").arg(name, project.name));
    return ExitCode::Ok;
}

ExitCode CliApplication::listSecrets(const QStringList& arguments)
{
    Project project;
    if (const ExitCode code = openProject(arguments.at(0), &project); code != ExitCode::Ok) {
        return code;
    }
    const Result<QList<SecretSummary>> secrets = m_vault->secrets(project.id);
    if (!secrets) {
        return fail(secrets.error());
    }
    QList<qint64> damaged;
    QJsonArray array;
    QList<QStringList> rows;
    for (const SecretSummary& secret : secrets.value()) {
        if (secret.damaged) {
            damaged.append(secret.id);
            array.append(damagedJson(secret.id));
            rows.append(damagedRow(secret.id));
            continue;
        }
        array.append(QJsonObject {
            {QStringLiteral("id"), secret.id},
            {QStringLiteral("name"), secret.name},
            {QStringLiteral("updated"), jsonTime(secret.updated)},
            {QStringLiteral("updatedBy"), secret.updatedBy},
        });
        rows.append({secret.name, isoUtc(secret.updated), printable(secret.updatedBy)});
    }
    if (json()) {
        printJson(array);
    } else {
        printTable({tr("NAME"), tr("UPDATED"), tr("UPDATED BY")}, rows);
    }
    return reportDamaged(damaged);
}

ExitCode CliApplication::renameSecret(const QStringList& arguments)
{
    Project project;
    if (const ExitCode code = openProject(arguments.at(0), &project); code != ExitCode::Ok) {
        return code;
    }
    const Result<Vault::WriteOutcome> outcome = m_vault->renameSecret(project.id, arguments.at(1), arguments.at(2));
    if (!outcome) {
        return fail(outcome.error());
    }
    printWarning(outcome->warning);
    printWarning(StartupVariables::warning(arguments.at(2)));
    printLine(tr("Renamed secret %1 to %2 in project %3.").arg(arguments.at(1), arguments.at(2), project.name));
    return ExitCode::Ok;
}

ExitCode CliApplication::removeSecret(const QStringList& arguments)
{
    Project project;
    if (const ExitCode code = openProject(arguments.at(0), &project); code != ExitCode::Ok) {
        return code;
    }
    if (const Result<void> removed = m_vault->removeSecret(project.id, arguments.at(1)); !removed) {
        return fail(removed.error());
    }
    printLine(tr("Removed secret %1 from project %2.").arg(arguments.at(1), project.name));
    return ExitCode::Ok;
}

ExitCode CliApplication::setVariable(const QStringList& arguments)
{
    if (m_commandLine.isSet(CommandLine::kExport) && m_commandLine.isSet(CommandLine::kNoExport)) {
        return usageError(tr("Give --export or --no-export, not both."));
    }
    std::optional<bool> includeInExport;
    if (m_commandLine.isSet(CommandLine::kExport)) {
        includeInExport = true;
    } else if (m_commandLine.isSet(CommandLine::kNoExport)) {
        includeInExport = false;
    }
    const QString& name = arguments.at(1);
    const QString& value = arguments.at(2);
    if (value.toUtf8().size() > Vault::kMaxValueBytes) {
        return fail(ExitCode::InvalidInput, valueTooLargeMessage());
    }
    Project project;
    if (const ExitCode code = openProject(arguments.at(0), &project); code != ExitCode::Ok) {
        return code;
    }
    const Result<Vault::WriteOutcome> outcome = m_vault->setVariable(project.id, name, value, includeInExport);
    if (!outcome) {
        return fail(outcome.error());
    }
    printWarning(outcome->warning);
    printWarning(StartupVariables::warning(name));
    printLine(outcome->created ? tr("Added variable %1 to project %2.").arg(name, project.name)
                               : tr("Updated variable %1 in project %2.").arg(name, project.name));
    return ExitCode::Ok;
}

ExitCode CliApplication::getVariable(const QStringList& arguments)
{
    Project project;
    if (const ExitCode code = openProject(arguments.at(0), &project); code != ExitCode::Ok) {
        return code;
    }
    const Result<Variable> variable = m_vault->variable(project.id, arguments.at(1));
    if (!variable) {
        return fail(variable.error());
    }
    if (variable->damaged) {
        return fail(ExitCode::Damaged,
            tr("The variable %1 in project %2 is damaged and cannot be read.").arg(arguments.at(1), project.name));
    }
    if (json()) {
        printJson(variableJson(variable.value()));
    } else if (CliOutput::isTerminal(stdout)) {
        // Read by a person: a value from the platform or a file must not drive the terminal.
        printLine(variable->value);
    } else {
        // Read by a script (`$(botvault-cli var get …)`): the exact value.
        CliOutput::write(stdout, variable->value + u'\n');
    }
    return ExitCode::Ok;
}

ExitCode CliApplication::listVariables(const QStringList& arguments)
{
    Project project;
    if (const ExitCode code = openProject(arguments.at(0), &project); code != ExitCode::Ok) {
        return code;
    }
    const Result<QList<Variable>> variables = m_vault->variables(project.id);
    if (!variables) {
        return fail(variables.error());
    }
    QList<qint64> damaged;
    QJsonArray array;
    QList<QStringList> rows;
    for (const Variable& variable : variables.value()) {
        if (variable.damaged) {
            damaged.append(variable.id);
            array.append(damagedJson(variable.id));
            rows.append(damagedRow(variable.id));
            continue;
        }
        array.append(variableJson(variable));
        rows.append({variable.name, printable(variable.value), variable.includeInExport ? tr("yes") : tr("no"),
            isoUtc(variable.updated), printable(variable.updatedBy)});
    }
    if (json()) {
        printJson(array);
    } else {
        printTable({tr("NAME"), tr("VALUE"), tr("EXPORT"), tr("UPDATED"), tr("UPDATED BY")}, rows);
    }
    return reportDamaged(damaged);
}

ExitCode CliApplication::renameVariable(const QStringList& arguments)
{
    Project project;
    if (const ExitCode code = openProject(arguments.at(0), &project); code != ExitCode::Ok) {
        return code;
    }
    const Result<Vault::WriteOutcome> outcome = m_vault->renameVariable(project.id, arguments.at(1), arguments.at(2));
    if (!outcome) {
        return fail(outcome.error());
    }
    printWarning(outcome->warning);
    printWarning(StartupVariables::warning(arguments.at(2)));
    printLine(tr("Renamed variable %1 to %2 in project %3.").arg(arguments.at(1), arguments.at(2), project.name));
    return ExitCode::Ok;
}

ExitCode CliApplication::removeVariable(const QStringList& arguments)
{
    Project project;
    if (const ExitCode code = openProject(arguments.at(0), &project); code != ExitCode::Ok) {
        return code;
    }
    if (const Result<void> removed = m_vault->removeVariable(project.id, arguments.at(1)); !removed) {
        return fail(removed.error());
    }
    printLine(tr("Removed variable %1 from project %2.").arg(arguments.at(1), project.name));
    return ExitCode::Ok;
}

ExitCode CliApplication::help(const QStringList& /*arguments*/)
{
    CliOutput::write(stdout, usage());
    return ExitCode::Ok;
}

// --- vault, passwords and values ------------------------------------------------------------

QString CliApplication::vaultPath() const
{
    return m_commandLine.isSet(CommandLine::kVault) ? m_commandLine.value(CommandLine::kVault) : Vault::defaultPath();
}

ExitCode CliApplication::openVault()
{
    const QString path = vaultPath();
    // Checked before the password is asked for, so nobody types it for a file that is not there.
    if (!Vault::exists(path)) {
        return fail(ExitCode::NotFound,
            tr("There is no vault at '%1': create one with 'botvault-cli init' or name "
               "another with --vault FILE.")
                .arg(QDir::toNativeSeparators(path)));
    }
    QCA::SecureArray password;
    if (const ExitCode code = masterPassword(tr("Master password: "), false, &password); code != ExitCode::Ok) {
        return code;
    }
    m_vault = std::make_unique<Vault>();
    Actor actor = Actor::localOwner(Actor::systemUserName());
    if (const std::optional<QSet<Role>> roles = rolesFromCommandLine()) {
        actor.roles = *roles;
    }
    m_vault->setActor(actor);
    const Result<void> unlocked = m_vault->unlock(path, SecretValue(password));
    password.clear();
    if (!unlocked) {
        return fail(unlocked.error());
    }
    return ExitCode::Ok;
}

std::optional<QSet<Role>> CliApplication::rolesFromCommandLine() const
{
    if (!m_commandLine.isSet(CommandLine::kRoles)) {
        return std::nullopt;
    }
    QSet<Role> roles;
    for (const QString& name : m_commandLine.value(CommandLine::kRoles).split(u',')) {
        const std::optional<Role> role = roleFromName(name.trimmed());
        if (!role) {
            return std::nullopt;
        }
        roles.insert(*role);
    }
    return roles;
}

ExitCode CliApplication::masterPassword(const QString& prompt, bool confirm, QCA::SecureArray* password)
{
    if (m_commandLine.isSet(CommandLine::kPasswordFile)) {
        Result<QCA::SecureArray> contents
            = SecretInput::readFile(m_commandLine.value(CommandLine::kPasswordFile), kMaxPasswordBytes);
        if (!contents) {
            return fail(contents.error());
        }
        *password = contents.value();
        SecretInput::stripOneLineEnding(*password);
        return ExitCode::Ok;
    }
    if (std::optional<QCA::SecureArray> fromEnvironment = SecretInput::fromEnvironment(kPasswordVariable)) {
        *password = *fromEnvironment;
        return ExitCode::Ok;
    }
    if (!Terminal::isAvailable()) {
        return fail(ExitCode::Usage,
            tr("No master password given and no terminal to ask for it: use "
               "--password-file FILE or set the environment variable BOTVAULT_PASSWORD."));
    }
    if (confirm) {
        return askTwice(prompt, password);
    }
    Result<QCA::SecureArray> typed = Terminal::readHidden(prompt, kMaxPasswordBytes);
    if (!typed) {
        return fail(typed.error());
    }
    *password = typed.value();
    return ExitCode::Ok;
}

ExitCode CliApplication::newMasterPassword(QCA::SecureArray* password)
{
    if (m_commandLine.isSet(CommandLine::kNewPasswordFile)) {
        Result<QCA::SecureArray> contents
            = SecretInput::readFile(m_commandLine.value(CommandLine::kNewPasswordFile), kMaxPasswordBytes);
        if (!contents) {
            return fail(contents.error());
        }
        *password = contents.value();
        SecretInput::stripOneLineEnding(*password);
        return ExitCode::Ok;
    }
    if (!Terminal::isAvailable()) {
        return fail(ExitCode::Usage,
            tr("No new master password given and no terminal to ask for it: use "
               "--new-password-file FILE."));
    }
    return askTwice(tr("New master password: "), password);
}

ExitCode CliApplication::askTwice(const QString& prompt, QCA::SecureArray* password)
{
    Result<QCA::SecureArray> first = Terminal::readHidden(prompt, kMaxPasswordBytes);
    if (!first) {
        return fail(first.error());
    }
    Result<QCA::SecureArray> second = Terminal::readHidden(tr("Repeat the master password: "), kMaxPasswordBytes);
    if (!second) {
        return fail(second.error());
    }
    if (first.value() != second.value()) {
        return fail(ExitCode::InvalidInput, tr("The two passwords differ; nothing was changed."));
    }
    *password = first.value();
    return ExitCode::Ok;
}

ExitCode CliApplication::kdfParams(const KdfParams& base, KdfParams* params)
{
    // run() has checked that the numbers parse.
    *params = base;
    if (m_commandLine.isSet(CommandLine::kKdfMemoryMib)) {
        const quint64 mebibytes = m_commandLine.value(CommandLine::kKdfMemoryMib).toUInt();
        // Saturates instead of wrapping, so validate() reports an out-of-range value as such.
        params->memoryKiB = static_cast<quint32>(qMin<quint64>(mebibytes * 1024, std::numeric_limits<quint32>::max()));
    }
    if (m_commandLine.isSet(CommandLine::kKdfPasses)) {
        params->passes = m_commandLine.value(CommandLine::kKdfPasses).toUInt();
    }
    if (const Result<void> valid = params->validate(); !valid) {
        return fail(valid.error());
    }
    return ExitCode::Ok;
}

ExitCode CliApplication::readSecretValue(const QString& name, QCA::SecureArray* value)
{
    if (Terminal::stdinIsTerminal()) {
        Result<QCA::SecureArray> typed
            = Terminal::readHidden(tr("Value of secret %1 (not shown): ").arg(name), Vault::kMaxValueBytes);
        if (!typed) {
            return fail(typed.error());
        }
        *value = typed.value();
    } else {
        // Room for the line ending that is stripped below.
        Result<QCA::SecureArray> piped = SecretInput::readStandardInput(Vault::kMaxValueBytes + 2);
        if (!piped) {
            return piped.code() == ErrorCode::InvalidInput ? fail(ExitCode::InvalidInput, valueTooLargeMessage())
                                                           : fail(piped.error());
        }
        *value = piped.value();
        SecretInput::stripOneLineEnding(*value);
        if (value->size() > Vault::kMaxValueBytes) {
            value->clear();
            return fail(ExitCode::InvalidInput, valueTooLargeMessage());
        }
    }
    if (value->isEmpty()) {
        return fail(ExitCode::InvalidInput, tr("The value of secret %1 is empty; a secret needs a value.").arg(name));
    }
    return ExitCode::Ok;
}

ExitCode CliApplication::findProject(const QString& name, Project* project)
{
    Result<Project> found = m_vault->projectByName(name);
    if (!found) {
        return fail(found.error());
    }
    if (found->damaged) {
        return fail(ExitCode::Damaged, tr("The project '%1' is damaged and cannot be read.").arg(name));
    }
    *project = std::move(found).value();
    return ExitCode::Ok;
}

ExitCode CliApplication::openProject(const QString& name, Project* project)
{
    if (const ExitCode code = openVault(); code != ExitCode::Ok) {
        return code;
    }
    return findProject(name, project);
}

ExitCode CliApplication::createParentFolder(const QString& path)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (QFileInfo::exists(folder)) {
        return ExitCode::Ok;
    }
    const QString above = QFileInfo(folder).absolutePath();
    if (!QDir().mkpath(above)) {
        return fail(ExitCode::Failure, tr("Could not create the folder '%1'.").arg(QDir::toNativeSeparators(above)));
    }
    // Only the owner may list the vault's folder: its WAL and journal files appear beside the vault.
    if (::mkdir(QFile::encodeName(folder).constData(), S_IRWXU) != 0 && errno != EEXIST) {
        return fail(ExitCode::Failure,
            tr("Could not create the folder '%1': %2.")
                .arg(QDir::toNativeSeparators(folder), QString::fromLocal8Bit(std::strerror(errno))));
    }
    return ExitCode::Ok;
}

ExitCode CliApplication::checkOutputFile(const QString& path)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        return fail(ExitCode::InvalidInput,
            tr("'%1' is a folder; give the name of the file to write.").arg(QDir::toNativeSeparators(path)));
    }
    if ((info.exists() || info.isSymLink()) && !m_commandLine.isSet(CommandLine::kForce)) {
        return fail(ExitCode::InvalidInput,
            tr("'%1' already exists; give --force to replace it.").arg(QDir::toNativeSeparators(path)));
    }
    if (!QFileInfo(info.absolutePath()).isDir()) {
        return fail(ExitCode::NotFound,
            tr("The folder '%1' does not exist; create it first.").arg(QDir::toNativeSeparators(info.absolutePath())));
    }
    return ExitCode::Ok;
}

ExitCode CliApplication::conflictChoice(std::optional<bool>* replace)
{
    const bool replaceGiven = m_commandLine.isSet(CommandLine::kReplace);
    const bool keepGiven = m_commandLine.isSet(CommandLine::kKeep);
    if (replaceGiven && keepGiven) {
        return usageError(tr("Give --replace or --keep, not both."));
    }
    if (replaceGiven || keepGiven) {
        *replace = replaceGiven;
    }
    return ExitCode::Ok;
}

QString CliApplication::suggestedCommand(const QStringList& words) const
{
    QStringList line {programName()};
    for (const QString& word : words) {
        line.append(CliOutput::shellWord(word));
    }
    // Options may follow the command, so the line stays readable and still names the right vault.
    if (m_commandLine.isSet(CommandLine::kVault)) {
        line.append(QStringLiteral("--vault"));
        line.append(CliOutput::shellWord(m_commandLine.value(CommandLine::kVault)));
    }
    if (m_commandLine.isSet(CommandLine::kPasswordFile)) {
        line.append(QStringLiteral("--password-file"));
        line.append(CliOutput::shellWord(m_commandLine.value(CommandLine::kPasswordFile)));
    }
    return line.join(u' ');
}

// --- output ---------------------------------------------------------------------------------

bool CliApplication::json() const
{
    return m_commandLine.isSet(CommandLine::kJson);
}

// Every line the CLI prints passes through printableLines(): a field a command forgot to escape
// still cannot drive the terminal, though it could still break a line.
void CliApplication::printLine(const QString& text)
{
    CliOutput::write(stdout, CliOutput::printableLines(text) + u'\n');
}

void CliApplication::printJson(const QJsonArray& array)
{
    const QByteArray json = CliOutput::printableJson(QJsonDocument(array).toJson(QJsonDocument::Indented));
    std::fwrite(json.constData(), 1, static_cast<size_t>(json.size()), stdout);
}

void CliApplication::printJson(const QJsonObject& object)
{
    const QByteArray json = CliOutput::printableJson(QJsonDocument(object).toJson(QJsonDocument::Indented));
    std::fwrite(json.constData(), 1, static_cast<size_t>(json.size()), stdout);
}

void CliApplication::printTable(const QStringList& header, const QList<QStringList>& rows)
{
    if (rows.isEmpty()) {
        return;
    }
    // A cell is one line of the table whatever it holds.
    QList<QStringList> cells;
    cells.reserve(rows.size());
    for (const QStringList& row : rows) {
        QStringList escapedRow;
        for (const QString& cell : row) {
            escapedRow.append(printable(cell));
        }
        cells.append(escapedRow);
    }
    QList<qsizetype> widths;
    for (const QString& title : header) {
        widths.append(title.size());
    }
    for (const QStringList& row : std::as_const(cells)) {
        // A one-cell row (a damaged record) spans the table and does not set column widths.
        if (row.size() != header.size()) {
            continue;
        }
        for (qsizetype column = 0; column < row.size(); ++column) {
            widths[column] = qMax(widths[column], row.at(column).size());
        }
    }
    const auto format = [&widths](const QStringList& line) {
        QString text;
        for (qsizetype column = 0; column < line.size(); ++column) {
            const bool last = column + 1 == line.size();
            text += last ? line.at(column) : line.at(column).leftJustified(widths.value(column)) + QStringLiteral("  ");
        }
        return text;
    };
    printLine(format(header));
    for (const QStringList& row : std::as_const(cells)) {
        printLine(format(row));
    }
}

void CliApplication::printWarning(const QString& warning)
{
    if (warning.isEmpty()) {
        return;
    }
    CliOutput::write(stderr, tr("warning: %1").arg(printable(QString(warning).replace(u'\n', u' '))) + u'\n');
}

void CliApplication::printNote(const QString& note)
{
    std::fflush(stdout);
    CliOutput::write(stderr, tr("note: %1").arg(printable(QString(note).replace(u'\n', u' '))) + u'\n');
}

ExitCode CliApplication::fail(const Error& error)
{
    return fail(exitCodeFor(error.code), error.message);
}

ExitCode CliApplication::fail(ExitCode code, const QString& message)
{
    // One line, so scripts can take the message with `2>&1 | tail -1` and logs stay line-oriented.
    QString line = message.simplified();
    if (line.isEmpty()) {
        line = tr("The command failed.");
    }
    std::fflush(stdout);
    CliOutput::write(stderr, programName() + QStringLiteral(": ") + printable(line) + u'\n');
    return code;
}

ExitCode CliApplication::usageError(const QString& message)
{
    return fail(ExitCode::Usage, tr("%1 Run 'botvault-cli --help' for usage.").arg(message));
}

ExitCode CliApplication::reportDamaged(const QList<qint64>& damagedIds)
{
    if (damagedIds.isEmpty()) {
        return ExitCode::Ok;
    }
    QStringList ids;
    for (const qint64 id : damagedIds) {
        ids.append(QStringLiteral("#%1").arg(id));
    }
    return fail(ExitCode::Damaged,
        tr("Damaged records could not be read (%1); the others are shown. Restore the "
           "vault from a backup to recover them.")
            .arg(ids.join(QStringLiteral(", "))));
}
