#include "app/cli/VariableCommands.h"

#include "app/cli/CliContext.h"
#include "app/cli/CliOutput.h"
#include "app/cli/CommandTable.h"
#include "app/cli/ItemCommands.h"
#include "models/ItemAuthor.h"

using CliOutput::isoUtc;
using CliOutput::jsonTime;

namespace {

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

} // namespace

void VariableCommands::registerCommands(CommandTable& table)
{
    using CL = CommandLine;
    table.add({{QStringLiteral("var"), QStringLiteral("set")},
        {QStringLiteral("PROJECT"), QStringLiteral("NAME"), QStringLiteral("VALUE")}, {CL::kExport, CL::kNoExport},
        &VariableCommands::setVariable,
        QT_TRANSLATE_NOOP("CliApplication",
            "Add a variable or replace its value. --export / --no-export set \"include into project "
            "export\"; without either a new variable is not exported and an existing one keeps its flag.")});
    table.add({{QStringLiteral("var"), QStringLiteral("get")}, {QStringLiteral("PROJECT"), QStringLiteral("NAME")}, {},
        &VariableCommands::getVariable,
        QT_TRANSLATE_NOOP("CliApplication", "Print the variable's value exactly, followed by a newline.")});
    table.add({{QStringLiteral("var"), QStringLiteral("list")}, {QStringLiteral("PROJECT")}, {},
        &VariableCommands::listVariables,
        QT_TRANSLATE_NOOP("CliApplication", "List the variables: name, value, in export, updated, updated by.")});
    table.add({{QStringLiteral("var"), QStringLiteral("rename")},
        {QStringLiteral("PROJECT"), QStringLiteral("OLD"), QStringLiteral("NEW")}, {},
        &VariableCommands::renameVariable, QT_TRANSLATE_NOOP("CliApplication", "Rename a variable.")});
    table.add({{QStringLiteral("var"), QStringLiteral("rm")}, {QStringLiteral("PROJECT"), QStringLiteral("NAME")}, {},
        &VariableCommands::removeVariable, QT_TRANSLATE_NOOP("CliApplication", "Remove a variable.")});
}

ExitCode VariableCommands::setVariable(CliContext& cli, const QStringList& arguments)
{
    if (cli.commandLine().isSet(CommandLine::kExport) && cli.commandLine().isSet(CommandLine::kNoExport)) {
        return cli.usageError(tr("Give --export or --no-export, not both."));
    }
    std::optional<bool> includeInExport;
    if (cli.commandLine().isSet(CommandLine::kExport)) {
        includeInExport = true;
    } else if (cli.commandLine().isSet(CommandLine::kNoExport)) {
        includeInExport = false;
    }
    const QString& name = arguments.at(1);
    const QString& value = arguments.at(2);
    if (value.toUtf8().size() > Vault::kMaxValueBytes) {
        return cli.fail(ExitCode::InvalidInput, ItemCommands::valueTooLargeMessage());
    }
    Project project;
    if (const ExitCode code = cli.openProject(arguments.at(0), &project); code != ExitCode::Ok) {
        return code;
    }
    const Result<Vault::WriteOutcome> outcome = cli.vault().setVariable(project.id, name, value, includeInExport);
    if (!outcome) {
        return cli.fail(outcome.error());
    }
    ItemCommands::reportWrite(cli, outcome.value(), name,
        outcome->created ? tr("Added variable %1 to project %2.").arg(name, project.name)
                         : tr("Updated variable %1 in project %2.").arg(name, project.name));
    return ExitCode::Ok;
}

ExitCode VariableCommands::getVariable(CliContext& cli, const QStringList& arguments)
{
    Project project;
    if (const ExitCode code = cli.openProject(arguments.at(0), &project); code != ExitCode::Ok) {
        return code;
    }
    const Result<Variable> variable = cli.vault().variable(project.id, arguments.at(1));
    if (!variable) {
        return cli.failItem(variable.error(), project.id, ItemKind::Variable, arguments.at(1));
    }
    if (variable->damaged) {
        return cli.fail(ExitCode::Damaged,
            tr("The variable %1 in project %2 is damaged and cannot be read.").arg(arguments.at(1), project.name));
    }
    if (cli.json()) {
        cli.printJson(variableJson(variable.value()));
    } else if (CliOutput::isTerminal(cli.out())) {
        // Read by a person: a value from the platform or a file must not drive the terminal.
        cli.printLine(variable->value);
    } else {
        // Read by a script (`$(botvault-cli var get …)`): the exact value.
        CliOutput::write(cli.out(), variable->value + u'\n');
    }
    return ExitCode::Ok;
}

ExitCode VariableCommands::listVariables(CliContext& cli, const QStringList& arguments)
{
    Project project;
    if (const ExitCode code = cli.openProject(arguments.at(0), &project); code != ExitCode::Ok) {
        return code;
    }
    const QString yes = tr("yes");
    const QString no = tr("no");
    return ItemCommands::list(
        cli, cli.vault().variables(project.id),
        {tr("NAME"), tr("VALUE"), tr("EXPORT"), tr("UPDATED"), tr("UPDATED BY")},
        [](JsonArrayWriter& json, const Variable& variable) {
            json.addInteger("id", variable.id);
            json.addBool("includeInExport", variable.includeInExport);
            json.addString("name", variable.name);
            json.addTime("updated", variable.updated);
            json.addString("updatedBy", variable.updatedBy);
            json.addString("value", variable.value);
        },
        // printTable() escapes every cell for the terminal.
        [&yes, &no](const Variable& variable) {
            return QStringList {variable.name, variable.value, variable.includeInExport ? yes : no,
                isoUtc(variable.updated), ItemAuthor::displayText(variable.updatedBy)};
        });
}

ExitCode VariableCommands::renameVariable(CliContext& cli, const QStringList& arguments)
{
    return ItemCommands::rename(cli, arguments, ItemKind::Variable, tr("Renamed variable %1 to %2 in project %3."));
}

ExitCode VariableCommands::removeVariable(CliContext& cli, const QStringList& arguments)
{
    return ItemCommands::remove(cli, arguments, ItemKind::Variable, tr("Removed variable %1 from project %2."));
}
