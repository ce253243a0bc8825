#pragma once

#include "models/Result.h"

#include <QString>
#include <QStringList>

// The naming rule shared by projects' secrets and variables, the vault, the CLI and the platform
// server: ^[A-Za-z0-9_]+$, 1 to 128 characters, case-sensitive.
namespace NameRules {

inline constexpr int kMaxLength = 128;

// An InvalidInput error whose message names the exact rule broken and, for a bad character, the
// character and its position ("The name may contain only Latin letters, digits and underscores:
// 'api-key' contains '-' at position 4.").
Result<void> validate(const QString& name);

// The existing names that differ from `name` only by case (empty when none). Such a name is allowed,
// with caseCollisionWarning() shown to the user.
QStringList caseCollisions(const QString& name, const QStringList& existingNames);
QString caseCollisionWarning(const QString& name, const QStringList& collisions);

// A project's display name: 1 to 128 characters, no control characters, not only whitespace.
Result<void> validateProjectName(const QString& name);

} // namespace NameRules
