#include "models/AuditFilter.h"

#include "models/Ids.h"

bool AuditFilter::isEmpty() const
{
    return project.isEmpty() && kind == Kind::Any && actor.isEmpty() && !from.isValid() && !to.isValid();
}

bool AuditFilter::matches(const AuditEntry& entry) const
{
    if (entry.damaged) {
        return isEmpty();
    }
    if (!project.isEmpty() && entry.project != project) {
        return false;
    }
    if (kind != Kind::Any && kindOf(entry) != kind) {
        return false;
    }
    if (!actor.isEmpty() && entry.actor != actor) {
        return false;
    }
    if (from.isValid() && entry.time < from) {
        return false;
    }
    return !to.isValid() || entry.time <= to;
}

AuditFilter::Kind AuditFilter::kindOf(const AuditEntry& entry)
{
    if (entry.itemKind == static_cast<quint8>(ItemKind::Secret)) {
        return Kind::Secret;
    }
    if (entry.itemKind == static_cast<quint8>(ItemKind::Variable)) {
        return Kind::Variable;
    }
    return entry.project.isEmpty() ? Kind::Vault : Kind::Project;
}

QString AuditFilter::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::Any:
        break;
    case Kind::Secret:
        return QStringLiteral("secret");
    case Kind::Variable:
        return QStringLiteral("variable");
    case Kind::Project:
        return QStringLiteral("project");
    case Kind::Vault:
        return QStringLiteral("vault");
    }
    return {};
}

std::optional<AuditFilter::Kind> AuditFilter::kindFromCode(const QString& code)
{
    for (const Kind kind : {Kind::Secret, Kind::Variable, Kind::Project, Kind::Vault}) {
        if (code == kindCode(kind)) {
            return kind;
        }
    }
    return std::nullopt;
}
