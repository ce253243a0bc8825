#pragma once

#include "models/Ids.h"
#include "models/IgnoredFinding.h"
#include "models/Result.h"
#include "storage/vault/SealedTable.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

struct VaultContext;
class Projects;

// The findings of a project's credential scan that an admin ignored, with the reason: one sealed
// record per finding in `ignored_findings` (name: the finding id; value: the reason; source folder:
// the place it was found). Ignoring and unignoring need the secrets-admin role and write their
// audit entry in the same transaction.
class IgnoredFindings
{
    Q_DECLARE_TR_FUNCTIONS(Vault)

public:
    static constexpr int kMaxReasonLength = 500;

    IgnoredFindings(VaultContext& vault, Projects& projects);

    Result<QList<IgnoredFinding>> list(ProjectId project);
    Result<void> ignore(ProjectId project, const QString& findingId, const QString& reason, const QString& place);
    Result<void> unignore(ProjectId project, const QString& findingId);

private:
    struct Stored
    {
        RecordId id = 0;
        IgnoredFinding finding;
    };
    Result<QList<Stored>> stored(ProjectId project);
    // The stored row of `findingId`, or nullopt when it is not ignored.
    Result<std::optional<Stored>> storedFinding(ProjectId project, const QString& findingId);
    static Result<void> checkInput(const QString& findingId, const QString& reason);

    VaultContext& m_vault;
    Projects& m_projects;
    SealedTable m_table;
};
