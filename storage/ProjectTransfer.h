#pragma once

#include "models/ExpectedNames.h"
#include "models/ProjectStore.h"
#include "storage/EnvFile.h"
#include "storage/ProjectArchive.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

// Moving a project in and out of the vault: project export/import as a ZIP archive and variables
// as .env files. The desktop app and botvault-cli share it, so both preview the same plan and
// apply it the same way. Every import is validated as a whole before anything is written, and is
// then applied in one vault transaction; secret values never leave the vault through here.
namespace ProjectTransfer {

using Progress = ProjectArchive::Progress;

// What an export will write, for the preview before the file is chosen.
struct ExportPlan
{
    Project project;
    ArchiveManifest manifest; // the variables marked "Include into project export ZIP file"
    QStringList excludedVariables;
    QList<ArchiveFile> sourceFiles; // empty when no source folder is bound
    qint64 sourceBytes = 0;
};

Result<ExportPlan> planExport(const ProjectStore& store, ProjectId project);
// Writes the archive atomically: a failed or cancelled export leaves no file behind and never
// replaces an existing file with a partial one.
Result<void> writeExport(const ExportPlan& plan, const QString& zipPath, const Progress& progress = {});

// A variable present both in the project and in the archive with a different value.
struct VariableConflict
{
    QString name;
    QString currentValue;
    QString incomingValue;
    bool currentIncludeInExport = false;
};

struct ImportPlan
{
    ArchiveContents contents;
    // The target: an existing project (into != 0) or a new one named projectName.
    ProjectId into = 0;
    QString projectName;
    bool isBotVaultExport = false;
    QList<QPair<QString, QString>> newVariables;
    QList<VariableConflict> conflicts;
    int unchangedVariables = 0;
    // Secrets listed in the archive or expected by the bot that the target project lacks.
    QStringList secretsNeedingValues;
    ExpectedNames expected;
};

// Reads and checks the archive (ProjectArchive::read refuses hostile ones). Touches no store, so
// it may run on a worker thread while the GUI shows progress.
Result<ArchiveContents> readArchive(const QString& zipPath, const Progress& progress = {});
// Compares the archive with the target: `into` names an existing project; without it a new
// project takes the archive's project name, or the ZIP file's base name for a plain platform ZIP.
Result<ImportPlan> planImport(
    const ProjectStore& store, ArchiveContents contents, std::optional<ProjectId> into, const QString& zipPath);

struct ImportChoices
{
    // Overrides the plan's project name for a new project.
    QString newProjectName;
    // Conflicting variables to replace; the others keep their current value.
    QSet<QString> replace;
    // Whether the archive's source files are extracted; without them only the variables and the
    // secret names come in.
    bool extractSource = true;
    // Where the source files go: a folder that does not exist yet or is empty. Required when the
    // archive holds files and extractSource is set.
    QString sourceFolder;
    // Whether the project is bound to that folder afterwards (a merge may keep its own binding).
    bool bindSourceFolder = true;
};

// Extracts the source files, then writes the project in one transaction; if the vault refuses,
// the extracted folder is removed again.
Result<ProjectId> applyImport(ProjectStore& store, const ImportPlan& plan, const ImportChoices& choices);

// --- .env files ---------------------------------------------------------------------------------

enum class EnvConflictPolicy
{
    Keep, // an existing name keeps its value
    Replace, // an existing name takes the file's value
};

struct EnvLine
{
    int line = 0;
    QString name;
    QString value;
    ItemKind kind = ItemKind::Variable; // suggested: Secret when the name looks like one
    bool exists = false; // the project already has an item of this kind and name
    bool sameValue = false; // an existing variable already holds this value
};

struct EnvImportPlan
{
    QList<EnvLine> lines;
    QList<EnvLineError> errors;
};

// Parses the .env text and compares it with the project. With `allSecrets` every line is
// suggested as a secret.
Result<EnvImportPlan> planEnvImport(
    const ProjectStore& store, ProjectId project, const QByteArray& text, bool allSecrets = false);
// Writes the chosen lines (their `kind` as the admin set it) in one transaction. Returns how
// many items were written.
Result<int> applyEnvImport(
    ProjectStore& store, ProjectId project, const QList<EnvLine>& lines, EnvConflictPolicy policy);
// The project's variables as a .env file; secrets are never written.
Result<QByteArray> exportEnv(const ProjectStore& store, ProjectId project);

// --- the names the bot expects ------------------------------------------------------------------

// Scans the project's bound source folder; an empty ExpectedNames when none is bound.
Result<ExpectedNames> expectedNames(const ProjectStore& store, ProjectId project);
// expectedNames() compared with what the project defines; declared secret names from an import
// count as expected.
Result<NameUsage> nameUsage(const ProjectStore& store, ProjectId project);

} // namespace ProjectTransfer
