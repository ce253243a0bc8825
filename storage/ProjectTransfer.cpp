#include "storage/ProjectTransfer.h"

#include "models/NameRules.h"
#include "storage/BotSource.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace ProjectTransfer {

namespace {

Result<Project> findProject(const ProjectStore& store, ProjectId id)
{
    auto projects = store.projects();
    if (!projects) {
        return projects.error();
    }
    for (const Project& project : projects.value()) {
        if (project.id == id && !project.damaged) {
            return project;
        }
    }
    return makeError(
        ErrorCode::NotFound, QCoreApplication::translate("ProjectTransfer", "The project no longer exists."));
}

QStringList secretNames(const QList<SecretSummary>& secrets)
{
    QStringList names;
    names.reserve(secrets.size());
    for (const SecretSummary& secret : secrets) {
        if (!secret.damaged) {
            names.append(secret.name);
        }
    }
    return names;
}

QStringList sorted(QStringList list)
{
    list.removeDuplicates();
    std::sort(list.begin(), list.end());
    return list;
}

// An export skips nothing silently: a damaged variable stops it.
Error damagedVariable(RecordId id)
{
    return makeError(ErrorCode::Damaged,
        QCoreApplication::translate(
            "ProjectTransfer", "Variable record #%1 of the project is damaged; the export would be incomplete.")
            .arg(id));
}

// A folder the import may extract into: absent, or an empty directory.
Result<void> checkDestination(const QString& folder)
{
    const QFileInfo info(folder);
    if (!info.exists()) {
        return {};
    }
    if (!info.isDir()) {
        return makeError(ErrorCode::InvalidInput,
            QCoreApplication::translate("ProjectTransfer", "'%1' exists and is not a folder.").arg(folder));
    }
    if (!QDir(folder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
        return makeError(ErrorCode::InvalidInput,
            QCoreApplication::translate("ProjectTransfer",
                "The folder '%1' is not empty; choose a new or empty folder for the bot's source files.")
                .arg(folder));
    }
    return {};
}

} // namespace

Result<ExportPlan> planExport(const ProjectStore& store, ProjectId projectId)
{
    auto project = findProject(store, projectId);
    if (!project) {
        return project.error();
    }
    auto variables = store.variables(projectId);
    if (!variables) {
        return variables.error();
    }
    auto secrets = store.secrets(projectId);
    if (!secrets) {
        return secrets.error();
    }
    ExportPlan plan;
    plan.project = project.value();
    plan.manifest.projectName = project->name;
    for (const Variable& variable : variables.value()) {
        if (variable.damaged) {
            return damagedVariable(variable.id);
        }
        if (variable.includeInExport) {
            plan.manifest.variables.append({variable.name, variable.value});
        } else {
            plan.excludedVariables.append(variable.name);
        }
    }
    plan.manifest.secretNames = sorted(secretNames(secrets.value()));
    for (const SecretSummary& secret : secrets.value()) {
        if (!secret.damaged) {
            plan.manifest.secretRotations.insert(secret.name,
                ArchiveSecretRotation {secret.rotation.periodDays, secret.rotation.expiresOn, secret.rotatedAt});
        }
    }
    if (!project->sourceFolder.isEmpty()) {
        auto files = ProjectArchive::collectSourceFolder(project->sourceFolder);
        if (!files) {
            return files.error();
        }
        plan.sourceFiles = std::move(files.value());
        for (const ArchiveFile& file : plan.sourceFiles) {
            plan.sourceBytes += file.content.size();
        }
    }
    return plan;
}

Result<void> writeExport(const ExportPlan& plan, const QString& zipPath, const Progress& progress)
{
    return ProjectArchive::write(zipPath, plan.manifest, plan.sourceFiles, progress);
}

Result<ArchiveContents> readArchive(const QString& zipPath, const Progress& progress)
{
    return ProjectArchive::readFile(zipPath, ArchiveLimits {}, progress);
}

Result<ImportPlan> planImport(
    const ProjectStore& store, ArchiveContents contents, std::optional<ProjectId> into, const QString& zipPath)
{
    ImportPlan plan;
    plan.contents = std::move(contents);
    plan.isBotVaultExport = plan.contents.manifest.has_value();

    QList<QPair<QString, QByteArray>> files;
    files.reserve(plan.contents.files.size());
    for (const ArchiveFile& file : plan.contents.files) {
        files.append({file.path, file.content});
    }
    auto expected = BotSource::scanFiles(files);
    if (!expected) {
        return expected.error();
    }
    plan.expected = std::move(expected.value());

    QHash<QString, Variable> current;
    QStringList currentSecrets;
    if (into) {
        auto project = findProject(store, *into);
        if (!project) {
            return project.error();
        }
        plan.into = project->id;
        plan.projectName = project->name;
        auto variables = store.variables(project->id);
        if (!variables) {
            return variables.error();
        }
        for (const Variable& variable : variables.value()) {
            if (!variable.damaged) {
                current.insert(variable.name, variable);
            }
        }
        auto secrets = store.secrets(project->id);
        if (!secrets) {
            return secrets.error();
        }
        currentSecrets = secretNames(secrets.value());
    } else if (plan.contents.manifest) {
        plan.projectName = plan.contents.manifest->projectName;
    } else {
        plan.projectName = QFileInfo(zipPath).completeBaseName();
    }

    if (plan.contents.manifest) {
        for (const auto& [name, value] : plan.contents.manifest->variables) {
            const auto existing = current.constFind(name);
            if (existing == current.constEnd()) {
                plan.newVariables.append({name, value});
            } else if (existing->value == value) {
                ++plan.unchangedVariables;
            } else {
                plan.conflicts.append({name, existing->value, value, existing->includeInExport});
            }
        }
    }
    QStringList wanted = plan.expected.secrets;
    if (plan.contents.manifest) {
        wanted += plan.contents.manifest->secretNames;
    }
    for (const QString& name : sorted(wanted)) {
        if (!currentSecrets.contains(name)) {
            plan.secretsNeedingValues.append(name);
        }
    }
    return plan;
}

Result<ProjectId> applyImport(ProjectStore& store, const ImportPlan& plan, const ImportChoices& choices)
{
    ProjectStore::ProjectImport import;
    import.into = plan.into;
    import.newProjectName = choices.newProjectName.isEmpty() ? plan.projectName : choices.newProjectName;
    if (plan.into == 0) {
        if (auto valid = NameRules::validateProjectName(import.newProjectName); !valid) {
            return valid.error();
        }
    }
    import.declaredSecrets = plan.secretsNeedingValues;
    if (plan.contents.manifest) {
        const QHash<QString, ArchiveSecretRotation>& rotations = plan.contents.manifest->secretRotations;
        for (auto rotation = rotations.cbegin(); rotation != rotations.cend(); ++rotation) {
            import.secretRotations.insert(rotation.key(), SecretRotation {rotation->rotatedAt, RotationPolicy {
                                                                              rotation->periodDays,
                                                                              rotation->expiresOn
                                                                          }});
        }
    }
    for (const auto& [name, value] : plan.newVariables) {
        import.items.append({ItemKind::Variable, name, value, SecretValue(), true});
    }
    for (const VariableConflict& conflict : plan.conflicts) {
        if (choices.replace.contains(conflict.name)) {
            import.items.append({ItemKind::Variable, conflict.name, conflict.incomingValue, SecretValue(),
                conflict.currentIncludeInExport});
        }
    }

    QString extracted;
    if (!plan.contents.files.isEmpty() && choices.extractSource) {
        if (choices.sourceFolder.isEmpty()) {
            const int files = static_cast<int>(plan.contents.files.size());
            return makeError(ErrorCode::InvalidInput,
                QCoreApplication::translate("ProjectTransfer",
                    "The archive holds %n source file(s); choose a folder to put them in.", nullptr, files));
        }
        const QString folder = QDir::cleanPath(QDir(choices.sourceFolder).absolutePath());
        if (auto free = checkDestination(folder); !free) {
            return free.error();
        }
        if (auto written = ProjectArchive::extract(plan.contents, folder); !written) {
            return written.error();
        }
        extracted = folder;
        if (choices.bindSourceFolder) {
            import.sourceFolder = folder;
        }
    }
    auto applied = store.applyImport(import);
    if (!applied && !extracted.isEmpty()) {
        QDir(extracted).removeRecursively();
    }
    return applied;
}

Result<EnvImportPlan> planEnvImport(
    const ProjectStore& store, ProjectId project, const QByteArray& text, bool allSecrets)
{
    auto variables = store.variables(project);
    if (!variables) {
        return variables.error();
    }
    auto secrets = store.secrets(project);
    if (!secrets) {
        return secrets.error();
    }
    QHash<QString, QString> currentValues;
    for (const Variable& variable : variables.value()) {
        if (!variable.damaged) {
            currentValues.insert(variable.name, variable.value);
        }
    }
    const QStringList secretList = secretNames(secrets.value());
    const QSet<QString> currentSecrets(secretList.cbegin(), secretList.cend());

    const EnvParseResult parsed = EnvFile::parse(text);
    EnvImportPlan plan;
    plan.errors = parsed.errors;
    for (const EnvEntry& entry : parsed.entries) {
        EnvLine line;
        line.line = entry.line;
        line.name = entry.name;
        line.value = entry.value;
        line.kind = allSecrets || EnvFile::looksLikeSecret(entry.name) ? ItemKind::Secret : ItemKind::Variable;
        if (line.kind == ItemKind::Secret) {
            line.exists = currentSecrets.contains(entry.name);
        } else {
            const auto existing = currentValues.constFind(entry.name);
            line.exists = existing != currentValues.constEnd();
            line.sameValue = line.exists && existing.value() == entry.value;
        }
        plan.lines.append(line);
    }
    return plan;
}

Result<int> applyEnvImport(
    ProjectStore& store, ProjectId project, const QList<EnvLine>& lines, EnvConflictPolicy policy)
{
    auto variables = store.variables(project);
    if (!variables) {
        return variables.error();
    }
    auto secrets = store.secrets(project);
    if (!secrets) {
        return secrets.error();
    }
    // Name → export flag: a replaced variable keeps its flag instead of having it reset.
    QHash<QString, bool> existingVariables;
    for (const Variable& variable : variables.value()) {
        existingVariables.insert(variable.name, variable.includeInExport);
    }
    const QStringList secretList = secretNames(secrets.value());
    const QSet<QString> existingSecrets(secretList.cbegin(), secretList.cend());

    ProjectStore::ProjectImport import;
    import.into = project;
    for (const EnvLine& line : lines) {
        const bool secret = line.kind == ItemKind::Secret;
        const bool exists = secret ? existingSecrets.contains(line.name) : existingVariables.contains(line.name);
        if (exists && policy == EnvConflictPolicy::Keep) {
            continue;
        }
        if (secret) {
            import.items.append({ItemKind::Secret, line.name, QString(), SecretValue::fromText(line.value), false});
        } else {
            import.items.append(
                {ItemKind::Variable, line.name, line.value, SecretValue(), existingVariables.value(line.name, false)});
        }
    }
    if (import.items.isEmpty()) {
        return 0;
    }
    auto applied = store.applyImport(import);
    if (!applied) {
        return applied.error();
    }
    return static_cast<int>(import.items.size());
}

Result<QByteArray> exportEnv(const ProjectStore& store, ProjectId project)
{
    auto variables = store.variables(project);
    if (!variables) {
        return variables.error();
    }
    QList<QPair<QString, QString>> pairs;
    pairs.reserve(variables->size());
    for (const Variable& variable : variables.value()) {
        if (variable.damaged) {
            return damagedVariable(variable.id);
        }
        pairs.append({variable.name, variable.value});
    }
    return EnvFile::write(pairs);
}

Result<ExpectedNames> expectedNames(const ProjectStore& store, ProjectId projectId)
{
    auto project = findProject(store, projectId);
    if (!project) {
        return project.error();
    }
    if (project->sourceFolder.isEmpty()) {
        return ExpectedNames {};
    }
    return BotSource::scanFolder(project->sourceFolder);
}

Result<NameUsage> nameUsage(const ProjectStore& store, ProjectId projectId)
{
    auto project = findProject(store, projectId);
    if (!project) {
        return project.error();
    }
    auto expected = expectedNames(store, projectId);
    if (!expected) {
        return expected.error();
    }
    const ExpectedNames all = withDeclaredSecrets(std::move(expected.value()), project->declaredSecrets);
    auto variables = store.variables(projectId);
    if (!variables) {
        return variables.error();
    }
    auto secrets = store.secrets(projectId);
    if (!secrets) {
        return secrets.error();
    }
    QStringList variableNames;
    for (const Variable& variable : variables.value()) {
        if (!variable.damaged) {
            variableNames.append(variable.name);
        }
    }
    return compareNames(all, secretNames(secrets.value()), variableNames);
}

} // namespace ProjectTransfer
