#pragma once

#include "models/AccessPolicy.h"
#include "models/Ids.h"
#include "models/ItemListing.h"
#include "models/Project.h"
#include "models/Result.h"
#include "models/Role.h"
#include "models/Secret.h"
#include "models/SecretValue.h"
#include "models/Variable.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

// The projects, secrets and variables as the item models and pages see them. The vault in storage/
// implements it, so models/ and ui/ depend on this interface and not on SQLite or crypto. Every
// write is one transaction; after it commits the store emits the matching signal, which the item
// models turn into row inserts, updates and removals.
class ProjectStore : public QObject
{
    Q_OBJECT

public:
    // What a write did; `warning` is set when the name differs from another only by case.
    struct WriteOutcome
    {
        RecordId id = 0;
        bool created = false;
        QString warning;
    };

    struct ProjectCounts
    {
        int secrets = 0;
        int variables = 0;
    };

    enum class WriteMode
    {
        CreateOrReplace,
        CreateOnly, // AlreadyExists when the name is taken
    };

    // One item of an import: a variable (value, includeInExport) or a secret (secretValue).
    struct ImportItem
    {
        ItemKind kind = ItemKind::Variable;
        QString name;
        QString value;
        SecretValue secretValue;
        bool includeInExport = false;
    };

    // What applyImport() writes: into an existing project (`into`), or a new one named
    // `newProjectName` when `into` is 0. Items whose name exists are replaced, the rest added;
    // the caller leaves out the items the admin chose to keep.
    struct ProjectImport
    {
        ProjectId into = 0;
        QString newProjectName;
        std::optional<QString> sourceFolder;
        QStringList declaredSecrets;
        QList<ImportItem> items;
        // The archive's rotation rules by secret name (its dates, never a value): a secret of the
        // project without a rule takes the archive's, one with its own rule keeps it, and each keeps
        // its own age (the archive's time was the age of a value it did not carry). A declared name
        // keeps the rule until the secret is first given a value, which then takes it.
        QHash<QString, SecretRotation> secretRotations {};
    };

    // The row an edit started from, as the dialog saw it: its id and "updated" time. An edit that
    // carries it is refused with Conflict when the row changed (or went) since, so a value another
    // program saved meanwhile is never overwritten unseen.
    struct SeenItem
    {
        RecordId id = 0;
        QDateTime updated;
    };

    using QObject::QObject;
    ~ProjectStore() override = default;

    virtual bool isUnlocked() const = 0;
    virtual Actor actor() const = 0;
    virtual AccessPolicy accessPolicy() const = 0;

    virtual Result<QList<Project>> projects() const = 0;
    virtual Result<Project> addProject(const QString& name) = 0;
    virtual Result<void> renameProject(ProjectId id, const QString& newName) = 0;
    // Removes the project with all its secrets and variables.
    virtual Result<void> removeProject(ProjectId id) = 0;
    virtual Result<ProjectCounts> projectCounts(ProjectId id) const = 0;
    // Binds the project to the folder with the bot's code; an empty folder unbinds it.
    virtual Result<void> setProjectSourceFolder(ProjectId id, const QString& folder) = 0;
    // The whole import in one transaction: every item and the project's fields, or nothing.
    virtual Result<ProjectId> applyImport(const ProjectImport& import) = 0;

    virtual Result<QList<SecretSummary>> secrets(ProjectId project) const = 0;
    // The same items a chunk at a time, for tables that fill progressively; this default reads them
    // all at once.
    virtual Result<std::unique_ptr<ItemListing<SecretSummary>>> secretListing(ProjectId project) const
    {
        return listedAtOnce(secrets(project));
    }
    virtual Result<WriteOutcome> setSecret(
        ProjectId project, const QString& name, const SecretValue& value, WriteMode mode = WriteMode::CreateOrReplace)
        = 0;
    // Renames and/or replaces the value in one transaction; the old value is never read out.
    virtual Result<WriteOutcome> editSecret(ProjectId project, const QString& name, const QString& newName,
        const std::optional<SecretValue>& newValue, const std::optional<SeenItem>& seen = std::nullopt)
        = 0;
    // Replaces the value of an existing secret as a rotation: like editSecret without a rename, but
    // audited as `item.rotate` so that the log tells a rotation from another replacement.
    virtual Result<WriteOutcome> rotateSecret(ProjectId project, const QString& name, const SecretValue& newValue,
        const std::optional<SeenItem>& seen = std::nullopt)
        = 0;
    // Sets a secret's rotation period or expiry date, or clears it with an empty policy. InvalidInput
    // (and nothing changed) for a period out of range, a date not after today, or both at once. The
    // value and its age stay as they are; replacing the value (setSecret, editSecret) restarts the age.
    virtual Result<void> setSecretRotation(ProjectId project, const QString& name, const RotationPolicy& policy) = 0;
    virtual Result<void> removeSecret(ProjectId project, const QString& name) = 0;

    virtual Result<QList<Variable>> variables(ProjectId project) const = 0;
    virtual Result<std::unique_ptr<ItemListing<Variable>>> variableListing(ProjectId project) const
    {
        return listedAtOnce(variables(project));
    }
    virtual Result<Variable> variable(ProjectId project, const QString& name) const = 0;
    // includeInExport unset keeps the current flag (false for a new variable).
    virtual Result<WriteOutcome> setVariable(ProjectId project, const QString& name, const QString& value,
        std::optional<bool> includeInExport = {}, WriteMode mode = WriteMode::CreateOrReplace)
        = 0;
    virtual Result<WriteOutcome> editVariable(ProjectId project, const QString& name, const QString& newName,
        const QString& value, bool includeInExport, const std::optional<SeenItem>& seen = std::nullopt)
        = 0;
    virtual Result<void> setVariableIncludeInExport(ProjectId project, const QString& name, bool include) = 0;
    virtual Result<void> removeVariable(ProjectId project, const QString& name) = 0;

protected:
    template<typename Item>
    static Result<std::unique_ptr<ItemListing<Item>>> listedAtOnce(Result<QList<Item>> items)
    {
        if (!items) {
            return items.error();
        }
        return std::unique_ptr<ItemListing<Item>>(std::make_unique<ListedItems<Item>>(std::move(items).value()));
    }

Q_SIGNALS:
    void lockedChanged(bool locked);
    void projectsChanged();
    void secretSaved(ProjectId project, const SecretSummary& secret);
    void secretRemoved(ProjectId project, RecordId id);
    void variableSaved(ProjectId project, const Variable& variable);
    void variableRemoved(ProjectId project, RecordId id);
    // Many items changed at once (a bulk import): reload the project.
    void itemsReset(ProjectId project);
    // Anything may have changed (another program wrote to the vault file, or the user asked to
    // reload): views read the vault again and keep their selection, sort, filter and scroll position.
    // Emitted after projectsChanged().
    void reloadRequested();
};
