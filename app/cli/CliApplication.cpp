#include "app/cli/CliApplication.h"

#include "app/cli/AuditCommands.h"
#include "app/cli/ChannelCommands.h"
#include "app/cli/CliOutput.h"
#include "app/cli/CommandHelp.h"
#include "app/cli/EnvCommands.h"
#include "app/cli/HistoryCommands.h"
#include "app/cli/NearMiss.h"
#include "app/cli/PointInTimeCommands.h"
#include "app/cli/ProjectCommands.h"
#include "app/cli/RemoteCommands.h"
#include "app/cli/RunCommands.h"
#include "app/cli/ScanCommands.h"
#include "app/cli/SecretCommands.h"
#include "app/cli/SyncCommands.h"
#include "app/cli/TransferCommands.h"
#include "app/cli/TrashCommands.h"
#include "app/cli/VariableCommands.h"
#include "app/cli/VaultCommands.h"

#include <QDir>

using CliOutput::printable;

CliApplication::CliApplication(QStringList arguments, FILE* out, FILE* err)
    : m_arguments(std::move(arguments)), m_cli(out, err)
{
}

const CommandTable& CliApplication::commands()
{
    static const CommandTable table = [] {
        CommandTable commands;
        // The order of the help.
        VaultCommands::registerCommands(commands);
        ProjectCommands::registerCommands(commands);
        PointInTimeCommands::registerCommands(commands);
        SecretCommands::registerCommands(commands);
        HistoryCommands::registerSecretCommands(commands);
        VariableCommands::registerCommands(commands);
        HistoryCommands::registerCommands(commands);
        TrashCommands::registerCommands(commands);
        TransferCommands::registerCommands(commands);
        EnvCommands::registerCommands(commands);
        RunCommands::registerCommands(commands);
        ScanCommands::registerCommands(commands);
        RemoteCommands::registerCommands(commands);
        SyncCommands::registerCommands(commands);
        ChannelCommands::registerCommands(commands);
        AuditCommands::registerCommands(commands);
        commands.add({{QStringLiteral("help")}, {}, {}, &CliApplication::help,
            QT_TRANSLATE_NOOP("CliApplication", "Show this help.")});
        return commands;
    }();
    return table;
}

QString CliApplication::usage()
{
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
              "  --help, -h              Show this help; after a command or a group (var --help,\n"
              "                          var set --help) only its own, with an example.\n"
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
              "  13  'scan', 'export': the bot's source folder holds hard-coded credentials\n"
              "  14  'audit verify': the audit log's chain is broken\n"
              "  15  'secret list --due': a secret is overdue for rotation\n"
              "  126  'run': the command could not be started (not executable)\n"
              "  127  'run': the command was not found\n"
              "'run' otherwise exits with the command's own status.\n")
        .arg(CommandHelp::commandLines(commands().commands()), QDir::toNativeSeparators(Vault::defaultPath()));
}

ExitCode CliApplication::help(CliContext& cli, const QStringList& /*arguments*/)
{
    CliOutput::write(cli.out(), usage());
    return ExitCode::Ok;
}

ExitCode CliApplication::run()
{
    Result<CommandLine> parsed = CommandLine::parse(m_arguments.mid(1));
    if (!parsed) {
        return m_cli.usageError(parsed.message());
    }
    m_cli.setCommandLine(std::move(parsed).value());
    const CommandLine& commandLine = m_cli.commandLine();

    const QStringList& words = commandLine.positionals();
    if (commandLine.isSet(CommandLine::kHelp) || words.value(0) == QStringLiteral("help")) {
        // `help var` asks about var; `help --help` about help itself.
        const bool helpCommand
            = words.value(0) == QStringLiteral("help") && !(words.size() == 1 && commandLine.isSet(CommandLine::kHelp));
        return helpFor(helpCommand ? words.mid(1) : words);
    }
    // `restore … --version N` names a version; so does a bare --version given to restore.
    const CliCommand* versionTaker = commands().find(words);
    const bool restoresAVersion = versionTaker != nullptr && versionTaker->options.contains(CommandLine::kVersion);
    if (commandLine.isSet(CommandLine::kVersion) && !restoresAVersion) {
        if (!commandLine.value(CommandLine::kVersion).isEmpty()) {
            return m_cli.usageError(tr("The option --version takes no value here; 'restore' takes one."));
        }
        m_cli.printLine(QStringLiteral("%1 %2").arg(CliContext::programName(), QCoreApplication::applicationVersion()));
        return ExitCode::Ok;
    }
    if (commandLine.isSet(CommandLine::kVault) && commandLine.value(CommandLine::kVault).isEmpty()) {
        return m_cli.usageError(tr("The option --vault needs a file name."));
    }
    if (words.isEmpty()) {
        return m_cli.usageError(tr("No command given."));
    }
    ExitCode code = ExitCode::Ok;
    const CliCommand* command = findCommand(&code);
    if (command == nullptr) {
        return code;
    }
    if (code = checkOptions(*command); code != ExitCode::Ok) {
        return code;
    }
    const QStringList arguments = words.mid(command->words.size());
    if (code = checkArguments(*command, arguments); code != ExitCode::Ok) {
        return code;
    }
    return command->handler(m_cli, arguments);
}

ExitCode CliApplication::helpFor(const QStringList& words)
{
    if (words.isEmpty()) {
        return help(m_cli, {});
    }
    const bool group = !commands().subcommands(words.first()).isEmpty() && words.size() == 1;
    if (const CliCommand* command = commands().find(words)) {
        // 'audit' is a command of its own and the group of 'audit list' and 'audit verify'.
        CliOutput::write(m_cli.out(),
            group && command->words.size() == 1 ? CommandHelp::forCommandAndGroup(*command, commands())
                                                : CommandHelp::forCommand(*command));
        return ExitCode::Ok;
    }
    if (group) {
        CliOutput::write(m_cli.out(), CommandHelp::forGroup(words.first(), commands()));
        return ExitCode::Ok;
    }
    ExitCode code = ExitCode::Ok;
    unknownCommand(words, &code);
    return code;
}

const CliCommand* CliApplication::findCommand(ExitCode* code)
{
    const QStringList& words = m_cli.commandLine().positionals();
    const CliCommand* command = commands().find(words);
    // 'audit lst' is a mistyped subcommand, not 'audit' with an argument it does not take.
    const bool mistypedSubcommand = command != nullptr && command->words.size() == 1 && words.size() > 1
        && command->argumentNames.isEmpty() && !commands().subcommands(words.first()).isEmpty();
    if (command != nullptr && !mistypedSubcommand) {
        return command;
    }
    unknownCommand(words, code);
    return nullptr;
}

void CliApplication::unknownCommand(const QStringList& words, ExitCode* code)
{
    const QStringList subcommands = commands().subcommands(words.first());
    if (subcommands.isEmpty()) {
        QStringList firstWords;
        for (const CliCommand& command : commands().commands()) {
            if (!firstWords.contains(command.words.first())) {
                firstWords.append(command.words.first());
            }
        }
        *code = m_cli.usageError(
            tr("Unknown command '%1'.").arg(words.first()) + CliContext::didYouMean(words.first(), firstWords));
    } else if (words.size() == 1) {
        *code
            = m_cli.usageError(tr("'%1' needs one of: %2.").arg(words.first(), subcommands.join(QStringLiteral(", "))));
    } else {
        *code = m_cli.usageError(tr("Unknown command '%1 %2'; '%1' takes one of: %3.")
                                     .arg(words.at(0), words.at(1), subcommands.join(QStringLiteral(", ")))
            + CliContext::didYouMean(words.at(1), subcommands));
    }
}

ExitCode CliApplication::checkOptions(const CliCommand& command)
{
    const CommandLine& commandLine = m_cli.commandLine();
    if (commandLine.isSet(CommandLine::kRoles) && !m_cli.rolesFromCommandLine()) {
        return m_cli.usageError(tr("The option --roles needs one or more of SYSTEM_ADMIN, SECURITY_ADMIN, DEVELOPER "
                                   "and VIEWER, separated by commas, not '%1'.")
                                    .arg(printable(commandLine.value(CommandLine::kRoles))));
    }
    const QString commandName = command.words.join(u' ');
    const QStringList global = CommandLine::globalOptions();
    for (const QString& option : commandLine.givenOptions()) {
        if (!global.contains(option) && !command.options.contains(option)) {
            return m_cli.usageError(tr("The option --%1 does not apply to '%2'.").arg(option, commandName));
        }
    }
    // Checked here so a malformed number is reported before any password is asked for.
    for (const QString& option : {CommandLine::kKdfMemoryMib, CommandLine::kKdfPasses}) {
        bool isNumber = false;
        if (commandLine.isSet(option)) {
            commandLine.value(option).toUInt(&isNumber);
            if (!isNumber) {
                return m_cli.usageError(
                    tr("The option --%1 needs a whole number, not '%2'.").arg(option, commandLine.value(option)));
            }
        }
    }
    return ExitCode::Ok;
}

ExitCode CliApplication::checkArguments(const CliCommand& command, const QStringList& arguments)
{
    const QString commandName = command.words.join(u' ');
    const QString programName = CliContext::programName();
    QStringList requiredNames;
    qsizetype maximum = 0;
    bool unlimited = false;
    qsizetype beforeOptionsEnd = -1;
    for (const QString& name : command.argumentNames) {
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
        return m_cli.usageError(tr("'%1' needs %2 (usage: %3 %4).")
                                    .arg(commandName, requiredNames.mid(arguments.size()).join(u' '), programName,
                                        CommandTable::synopsis(command)));
    }
    if (!unlimited && arguments.size() > maximum) {
        if (command.tooManyArgumentsMessage != nullptr) {
            return m_cli.usageError(QCoreApplication::translate("CliApplication", command.tooManyArgumentsMessage));
        }
        return m_cli.usageError(tr("Too many arguments for '%1' (usage: %2 %3).")
                                    .arg(commandName, programName, CommandTable::synopsis(command)));
    }
    if (beforeOptionsEnd >= 0) {
        const qsizetype given = m_cli.commandLine().positionalsBeforeOptionsEnd();
        if (given < 0 || given > command.words.size() + beforeOptionsEnd) {
            return m_cli.usageError(tr("'%1' needs '--' before the command it runs, so that the command's own "
                                       "options are not taken for botvault-cli's (usage: %2 %3).")
                                        .arg(commandName, programName, CommandTable::synopsis(command)));
        }
    }
    return ExitCode::Ok;
}
