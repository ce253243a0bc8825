#include "app/cli/CommandTable.h"

#include "app/cli/CommandLine.h"

#include <QHash>
#include <QPair>

#include <optional>

void CommandTable::add(CliCommand command)
{
    m_commands.append(std::move(command));
}

const CliCommand* CommandTable::find(const QStringList& words) const
{
    for (const CliCommand& command : m_commands) {
        if (words.size() >= command.words.size() && words.mid(0, command.words.size()) == command.words) {
            return &command;
        }
    }
    return nullptr;
}

QStringList CommandTable::subcommands(const QString& first) const
{
    QStringList result;
    for (const CliCommand& command : m_commands) {
        if (command.words.size() > 1 && command.words.first() == first) {
            result.append(command.words.at(1));
        }
    }
    return result;
}

QString CommandTable::placeholder(const QString& option)
{
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
        {CommandLine::kSince, QStringLiteral("TIME")},
        {CommandLine::kUntil, QStringLiteral("TIME")},
        {CommandLine::kProject, QStringLiteral("PROJECT")},
        {CommandLine::kActor, QStringLiteral("NAME")},
        {CommandLine::kKind, QStringLiteral("KIND")},
        {CommandLine::kAs, QStringLiteral("NEW_NAME")},
        {CommandLine::kAt, QStringLiteral("TIME")},
        {CommandLine::kRotateEvery, QStringLiteral("DAYS")},
        {CommandLine::kExpires, QStringLiteral("DATE")},
        {CommandLine::kIgnore, QStringLiteral("ID")},
        {CommandLine::kUnignore, QStringLiteral("ID")},
        {CommandLine::kMove, QStringLiteral("ID")},
        {CommandLine::kReason, QStringLiteral("TEXT")},
    };
    return placeholders.value(option, QStringLiteral("N"));
}

namespace {

// How `option` shows in a synopsis: "[--force]", "[--timeout SECONDS]", "[--replace|--keep]", or
// nothing for the second of two options that exclude each other.
std::optional<QString> optionSynopsis(const QString& option, const QStringList& options)
{
    // Options that exclude each other are shown as one choice.
    static const QList<QPair<QString, QString>> choices {
        {CommandLine::kExport, CommandLine::kNoExport},
        {CommandLine::kReplace, CommandLine::kKeep},
        {CommandLine::kKeepLocal, CommandLine::kTakeRemote},
    };
    std::optional<QString> shown;
    bool partOfChoice = false;
    for (const auto& [first, second] : choices) {
        if (option == first && options.contains(second)) {
            shown = QStringLiteral("[--%1|--%2]").arg(first, second);
            partOfChoice = true;
        } else if (option == second && options.contains(first)) {
            partOfChoice = true;
        }
    }
    if (partOfChoice) {
        return shown;
    }
    if (option == CommandLine::kRemoteProject || option == CommandLine::kVersion || option == CommandLine::kAt) {
        // Required by 'remote set', 'restore' and 'project show|restore': an option only so that
        // the value is named on the line.
        return QStringLiteral("--%1 %2").arg(option, CommandTable::placeholder(option));
    }
    if (option == CommandLine::kAllow) {
        return QStringLiteral("[--%1 %2]...").arg(option, CommandTable::placeholder(option));
    }
    if (CommandLine::takesValue(option)) {
        return QStringLiteral("[--%1 %2]").arg(option, CommandTable::placeholder(option));
    }
    return QStringLiteral("[--%1]").arg(option);
}

} // namespace

QString CommandTable::synopsis(const CliCommand& command)
{
    QStringList parts;
    for (const QString& option : command.options) {
        if (const std::optional<QString> part = optionSynopsis(option, command.options)) {
            parts.append(*part);
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
