#pragma once

#include "app/cli/ExitCode.h"
#include "storage/ProjectTransfer.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class CliContext;
class CommandTable;

// The commands that move a whole project in and out of the vault as a ZIP archive: export and
// import. The rules about archives live in storage/ProjectTransfer; these functions parse the
// options, print the plan and the outcome, and map failures to exit codes.
class TransferCommands
{
    Q_DECLARE_TR_FUNCTIONS(TransferCommands)

public:
    static void registerCommands(CommandTable& table);

private:
    static ExitCode exportProject(CliContext& cli, const QStringList& arguments);
    static ExitCode importProject(CliContext& cli, const QStringList& arguments);

    // What `import` was asked for, filled step by step.
    struct ImportRequest
    {
        QString zipPath;
        // --replace (true) or --keep (false).
        std::optional<bool> replace;
        // --name, empty when not given.
        QString newName;
        int fileCount = 0;
        // Absolute; empty when the archive holds no source files or they are not extracted.
        QString sourceFolder;
        // --no-source: only the variables and secret names come in.
        bool skipSource = false;
        // --keep-binding: a merge extracts the files but the project keeps its source folder.
        bool keepBinding = false;
        // --into's project; none for a new project.
        std::optional<ProjectId> target;
        QString projectName;
    };
    static ExitCode readImportOptions(CliContext& cli, ImportRequest* request);
    static ExitCode readImportArchive(CliContext& cli, const QString& zipPath, ArchiveContents* contents);
    // --source-dir checked against the archive's files: a new or empty folder, needed when there are
    // files unless --no-source leaves them out.
    static ExitCode chooseSourceFolder(CliContext& cli, ImportRequest* request);
    // Opens the vault and finds --into's project.
    static ExitCode findImportTarget(CliContext& cli, ImportRequest* request);
    static ExitCode checkNewProjectName(CliContext& cli, const QString& projectName);
    static void printImportPlan(CliContext& cli, const ImportRequest& request, const ProjectTransfer::ImportPlan& plan);
    static ExitCode applyImport(CliContext& cli, const ImportRequest& request, const ProjectTransfer::ImportPlan& plan);
};
