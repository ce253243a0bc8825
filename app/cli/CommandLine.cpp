#include "app/cli/CommandLine.h"

#include <QSet>

#include <algorithm>

namespace {

const QSet<QString>& optionsWithValue()
{
    static const QSet<QString> options {CommandLine::kVault, CommandLine::kPasswordFile, CommandLine::kNewPasswordFile,
        CommandLine::kKdfMemoryMib, CommandLine::kKdfPasses, CommandLine::kInto, CommandLine::kName,
        CommandLine::kSourceDir, CommandLine::kRemoteProject, CommandLine::kCaFile, CommandLine::kTimeout,
        CommandLine::kMessage, CommandLine::kAllow, CommandLine::kRoles, CommandLine::kSince, CommandLine::kRotateEvery,
        CommandLine::kExpires, CommandLine::kIgnore, CommandLine::kUnignore, CommandLine::kReason, CommandLine::kMove,
        CommandLine::kUntil, CommandLine::kProject, CommandLine::kActor, CommandLine::kKind, CommandLine::kAs,
        CommandLine::kAt};
    return options;
}

// Options that may be given more than once, each time with another value.
const QSet<QString>& repeatable()
{
    static const QSet<QString> options {CommandLine::kAllow};
    return options;
}

const QSet<QString>& flags()
{
    static const QSet<QString> options {CommandLine::kJson, CommandLine::kHelp, CommandLine::kVersion,
        CommandLine::kExport, CommandLine::kNoExport, CommandLine::kForce, CommandLine::kReplace, CommandLine::kKeep,
        CommandLine::kDryRun, CommandLine::kAsSecrets, CommandLine::kKeepLocal, CommandLine::kTakeRemote,
        CommandLine::kDeleteRemoteOnly, CommandLine::kAll, CommandLine::kRotateKey, CommandLine::kAllowFindings,
        CommandLine::kNoRotation, CommandLine::kDue, CommandLine::kPublish, CommandLine::kNoSource,
        CommandLine::kKeepBinding, CommandLine::kSecret, CommandLine::kYes};
    return options;
}

} // namespace

QStringList CommandLine::globalOptions()
{
    return {kVault, kPasswordFile, kJson, kHelp, kVersion, kRoles};
}

bool CommandLine::takesValue(const QString& option)
{
    return optionsWithValue().contains(option) || option == kVersion;
}

namespace {

bool isWholeNumber(const QString& text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

} // namespace

Result<CommandLine> CommandLine::parse(const QStringList& arguments)
{
    CommandLine commandLine;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (optionsEnded || argument == u'-' || !argument.startsWith(u'-')) {
            commandLine.m_positionals.append(argument);
            continue;
        }
        if (argument == QStringLiteral("--")) {
            optionsEnded = true;
            commandLine.m_positionalsBeforeEnd = commandLine.m_positionals.size();
            continue;
        }

        QString name;
        QString value;
        bool hasInlineValue = false;
        if (argument == QStringLiteral("-h")) {
            name = kHelp;
        } else if (argument.startsWith(QStringLiteral("--"))) {
            name = argument.mid(2);
            const qsizetype equals = name.indexOf(u'=');
            if (equals >= 0) {
                value = name.mid(equals + 1);
                name.truncate(equals);
                hasInlineValue = true;
            }
        } else {
            return makeError(ErrorCode::InvalidInput, tr("Unknown option '%1'.").arg(argument));
        }

        if (name == kVersion) {
            if (!hasInlineValue && i + 1 < arguments.size() && isWholeNumber(arguments.at(i + 1))) {
                value = arguments.at(++i);
            }
        } else if (optionsWithValue().contains(name)) {
            if (!hasInlineValue) {
                if (i + 1 >= arguments.size()) {
                    return makeError(ErrorCode::InvalidInput, tr("The option --%1 needs a value.").arg(name));
                }
                value = arguments.at(++i);
            }
        } else if (flags().contains(name)) {
            if (hasInlineValue) {
                return makeError(ErrorCode::InvalidInput, tr("The option --%1 takes no value.").arg(name));
            }
        } else {
            return makeError(ErrorCode::InvalidInput, tr("Unknown option '--%1'.").arg(name));
        }

        if (repeatable().contains(name)) {
            commandLine.m_repeated[name].append(value);
        } else if (commandLine.m_values.contains(name)) {
            return makeError(ErrorCode::InvalidInput, tr("The option --%1 is given twice.").arg(name));
        }
        commandLine.m_values.insert(name, value);
        commandLine.m_given.append(name);
    }
    return commandLine;
}
