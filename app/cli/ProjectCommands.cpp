#include "app/cli/ProjectCommands.h"

#include "app/cli/CliContext.h"
#include "app/cli/CliOutput.h"
#include "app/cli/CommandTable.h"

#include <QDir>
#include <QFileInfo>

using CliOutput::isoUtc;
using CliOutput::jsonTime;
using CliOutput::printable;

void ProjectCommands::registerCommands(CommandTable& table)
{
    table.add({{QStringLiteral("project"), QStringLiteral("add")}, {QStringLiteral("NAME")}, {},
        &ProjectCommands::addProject, QT_TRANSLATE_NOOP("CliApplication", "Add a project.")});
    table.add({{QStringLiteral("project"), QStringLiteral("list")}, {}, {}, &ProjectCommands::listProjects,
        QT_TRANSLATE_NOOP("CliApplication", "List the projects.")});
    table.add({{QStringLiteral("project"), QStringLiteral("rename")}, {QStringLiteral("OLD"), QStringLiteral("NEW")},
        {}, &ProjectCommands::renameProject, QT_TRANSLATE_NOOP("CliApplication", "Rename a project.")});
    table.add({{QStringLiteral("project"), QStringLiteral("rm")}, {QStringLiteral("NAME")}, {},
        &ProjectCommands::removeProject,
        QT_TRANSLATE_NOOP("CliApplication", "Remove a project with all its secrets and variables (no confirmation).")});
    table.add({{QStringLiteral("project"), QStringLiteral("bind")}, {QStringLiteral("PROJECT"), QStringLiteral("DIR")},
        {}, &ProjectCommands::bindProject,
        QT_TRANSLATE_NOOP("CliApplication",
            "Bind the project to the folder with the bot's code (chatbot.yaml, src/ …), which 'export' "
            "packs and 'check' reads. DIR must be an existing folder; it is stored as an absolute path.")});
    table.add({{QStringLiteral("project"), QStringLiteral("unbind")}, {QStringLiteral("PROJECT")}, {},
        &ProjectCommands::unbindProject,
        QT_TRANSLATE_NOOP("CliApplication", "Forget the project's source folder; the folder itself is not touched.")});
}

ExitCode ProjectCommands::addProject(CliContext& cli, const QStringList& arguments)
{
    if (const ExitCode code = cli.openVault(); code != ExitCode::Ok) {
        return code;
    }
    const Result<Project> project = cli.vault().addProject(arguments.at(0));
    if (!project) {
        return cli.fail(project.error());
    }
    cli.printLine(tr("Added project '%1'.").arg(project->name));
    return ExitCode::Ok;
}

ExitCode ProjectCommands::listProjects(CliContext& cli, const QStringList& /*arguments*/)
{
    if (const ExitCode code = cli.openVault(); code != ExitCode::Ok) {
        return code;
    }
    const Result<QList<Project>> projects = cli.vault().projects();
    if (!projects) {
        return cli.fail(projects.error());
    }
    CliListing listing;
    for (const Project& project : projects.value()) {
        if (project.damaged) {
            listing.addDamaged(project.id);
            continue;
        }
        const bool bound = !project.sourceFolder.isEmpty();
        // A bound folder is always absolute, so "-" cannot be mistaken for one.
        listing.add(
            QJsonObject {
                {QStringLiteral("id"), project.id},
                {QStringLiteral("name"), project.name},
                {QStringLiteral("created"), jsonTime(project.created)},
                {QStringLiteral("updated"), jsonTime(project.updated)},
                {QStringLiteral("sourceFolder"),
                    bound ? QJsonValue(project.sourceFolder) : QJsonValue(QJsonValue::Null)},
            },
            {printable(project.name), isoUtc(project.created), isoUtc(project.updated),
                bound ? printable(QDir::toNativeSeparators(project.sourceFolder)) : QStringLiteral("-")});
    }
    return cli.printListing({tr("NAME"), tr("CREATED"), tr("UPDATED"), tr("SOURCE FOLDER")}, listing);
}

ExitCode ProjectCommands::renameProject(CliContext& cli, const QStringList& arguments)
{
    Project project;
    if (const ExitCode code = cli.openProject(arguments.at(0), &project); code != ExitCode::Ok) {
        return code;
    }
    if (const Result<void> renamed = cli.vault().renameProject(project.id, arguments.at(1)); !renamed) {
        return cli.fail(renamed.error());
    }
    cli.printLine(tr("Renamed project '%1' to '%2'.").arg(arguments.at(0), arguments.at(1)));
    return ExitCode::Ok;
}

ExitCode ProjectCommands::removeProject(CliContext& cli, const QStringList& arguments)
{
    Project project;
    if (const ExitCode code = cli.openProject(arguments.at(0), &project); code != ExitCode::Ok) {
        return code;
    }
    // Counted before removal: the CLI asks no confirmation, so it says afterwards what went.
    const Result<QList<SecretSummary>> secrets = cli.vault().secrets(project.id);
    if (!secrets) {
        return cli.fail(secrets.error());
    }
    const Result<QList<Variable>> variables = cli.vault().variables(project.id);
    if (!variables) {
        return cli.fail(variables.error());
    }
    if (const Result<void> removed = cli.vault().removeProject(project.id); !removed) {
        return cli.fail(removed.error());
    }
    const auto secretCount = static_cast<int>(secrets->size());
    const auto variableCount = static_cast<int>(variables->size());
    const QString secretsText
        = secretCount == 1 ? tr("%n secret", nullptr, secretCount) : tr("%n secrets", nullptr, secretCount);
    const QString variablesText
        = variableCount == 1 ? tr("%n variable", nullptr, variableCount) : tr("%n variables", nullptr, variableCount);
    cli.printLine(tr("Removed project '%1' with %2 and %3.").arg(arguments.at(0), secretsText, variablesText));
    return ExitCode::Ok;
}

ExitCode ProjectCommands::bindProject(CliContext& cli, const QStringList& arguments)
{
    // Checked before the password is asked for, so nobody types it for a folder that is not there.
    const QFileInfo folder(arguments.at(1));
    if (!folder.exists()) {
        return cli.fail(ExitCode::NotFound,
            tr("The folder '%1' does not exist; give the folder that holds the bot's chatbot.yaml and src/.")
                .arg(QDir::toNativeSeparators(arguments.at(1))));
    }
    if (!folder.isDir()) {
        return cli.fail(ExitCode::InvalidInput,
            tr("'%1' is not a folder; give the folder that holds the bot's chatbot.yaml and src/.")
                .arg(QDir::toNativeSeparators(arguments.at(1))));
    }
    const QString absolute = QDir::cleanPath(folder.absoluteFilePath());
    Project project;
    if (const ExitCode code = cli.openProject(arguments.at(0), &project); code != ExitCode::Ok) {
        return code;
    }
    if (const Result<void> bound = cli.vault().setProjectSourceFolder(project.id, absolute); !bound) {
        return cli.fail(bound.error());
    }
    if (!QFileInfo(QDir(absolute).filePath(QStringLiteral("chatbot.yaml"))).isFile()) {
        cli.printWarning(tr("'%1' has no chatbot.yaml; check that it is the bot's project folder.")
                             .arg(QDir::toNativeSeparators(absolute)));
    }
    cli.printLine(
        tr("Bound project '%1' to the source folder '%2'.").arg(project.name, QDir::toNativeSeparators(absolute)));
    return ExitCode::Ok;
}

ExitCode ProjectCommands::unbindProject(CliContext& cli, const QStringList& arguments)
{
    Project project;
    if (const ExitCode code = cli.openProject(arguments.at(0), &project); code != ExitCode::Ok) {
        return code;
    }
    if (project.sourceFolder.isEmpty()) {
        cli.printLine(tr("Project '%1' has no source folder bound.").arg(project.name));
        return ExitCode::Ok;
    }
    if (const Result<void> unbound = cli.vault().setProjectSourceFolder(project.id, QString()); !unbound) {
        return cli.fail(unbound.error());
    }
    cli.printLine(tr("Unbound project '%1' from the source folder '%2'; the folder itself was not touched.")
                      .arg(project.name, QDir::toNativeSeparators(project.sourceFolder)));
    return ExitCode::Ok;
}
