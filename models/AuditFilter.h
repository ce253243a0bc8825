#pragma once

#include "models/AuditEntry.h"

#include <QDateTime>
#include <QString>

#include <optional>

// Which entries of the audit log to show: by project name, by what the entry is about, by who did
// it and by period. The CLI's `audit --project/--kind/--actor/--since/--until` and the desktop's
// File → Audit log filters are the same rules. A removed project keeps its entries, so projects
// are compared by name, not by id. An entry that did not open matches only the empty filter.
struct AuditFilter
{
    // What an entry is about: one secret, one variable, a project as a whole (added, renamed,
    // exported, …), or the vault itself (its password, its key, failed unlocks).
    enum class Kind
    {
        Any,
        Secret,
        Variable,
        Project,
        Vault,
    };

    // Empty: every project.
    QString project;
    Kind kind = Kind::Any;
    // Empty: everyone.
    QString actor;
    // Invalid: no bound. Both bounds are inclusive.
    QDateTime from;
    QDateTime to;

    bool isEmpty() const;
    bool matches(const AuditEntry& entry) const;

    static Kind kindOf(const AuditEntry& entry);
    // The stable code of a kind ("secret", "variable", "project", "vault"; "" for Any), and back.
    static QString kindCode(Kind kind);
    static std::optional<Kind> kindFromCode(const QString& code);
};
