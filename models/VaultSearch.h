#pragma once

#include "models/Ids.h"
#include "models/Result.h"

#include <QList>
#include <QString>

class ProjectStore;

// Search across every project of the vault: the names of secrets and variables, and the values of
// variables. A secret's value is never searched (the store does not even hand it out for listing).
struct SearchHit
{
    ProjectId project = 0;
    QString projectName;
    ItemKind kind = ItemKind::Variable;
    QString name;
    // The text matched the variable's value, not (only) its name.
    bool inValue = false;
};

// Case-insensitive substring matches of `text` (at least one character), ordered by project, kind
// (secrets first) and name. Damaged records are skipped.
Result<QList<SearchHit>> searchVault(const ProjectStore& store, const QString& text);
