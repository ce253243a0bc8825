#include "models/AuditEntry.h"

#include <array>

namespace {

struct ActionCode
{
    AuditAction action;
    const char* code;
};

constexpr std::array<ActionCode, 30> kActionCodes = {{
    {AuditAction::LogStarted, "log.start"},
    {AuditAction::ProjectAdded, "project.add"},
    {AuditAction::ProjectRenamed, "project.rename"},
    {AuditAction::ProjectRemoved, "project.remove"},
    {AuditAction::SourceFolderChanged, "project.source-folder"},
    {AuditAction::ItemAdded, "item.add"},
    {AuditAction::ItemReplaced, "item.replace"},
    {AuditAction::ItemRenamed, "item.rename"},
    {AuditAction::ExportFlagChanged, "item.export-flag"},
    {AuditAction::ItemRemoved, "item.remove"},
    {AuditAction::Imported, "import"},
    {AuditAction::Exported, "export"},
    {AuditAction::Published, "publish"},
    {AuditAction::Pulled, "pull"},
    {AuditAction::Deployed, "deploy"},
    {AuditAction::RemoteBound, "remote.bind"},
    {AuditAction::RemoteUnbound, "remote.unbind"},
    {AuditAction::PasswordChanged, "password.change"},
    {AuditAction::DataKeyRotated, "key.rotate"},
    {AuditAction::FailedUnlocks, "unlock.failed"},
    {AuditAction::RotationChanged, "item.rotation"},
    {AuditAction::VersionRestored, "item.restore-version"},
    {AuditAction::TrashRestored, "trash.restore"},
    {AuditAction::TrashPurged, "trash.purge"},
    {AuditAction::OldValuesForgotten, "item.forget-old-values"},
    {AuditAction::PointInTimeRestored, "project.restore-to-time"},
    {AuditAction::RetentionChanged, "history.retention"},
    {AuditAction::FindingIgnored, "finding.ignore"},
    {AuditAction::FindingUnignored, "finding.unignore"},
    {AuditAction::ItemRotated, "item.rotate"},
}};

} // namespace

namespace AuditText {

QString actionCode(AuditAction action)
{
    for (const ActionCode& entry : kActionCodes) {
        if (entry.action == action) {
            return QString::fromLatin1(entry.code);
        }
    }
    return QStringLiteral("unknown");
}

AuditAction actionFromCode(const QString& code)
{
    for (const ActionCode& entry : kActionCodes) {
        if (code == QLatin1String(entry.code)) {
            return entry.action;
        }
    }
    return AuditAction::Unknown;
}

QString actionName(AuditAction action)
{
    switch (action) {
    case AuditAction::LogStarted:
        return QCoreApplication::translate("AuditText", "Audit log started");
    case AuditAction::ProjectAdded:
        return QCoreApplication::translate("AuditText", "Project added");
    case AuditAction::ProjectRenamed:
        return QCoreApplication::translate("AuditText", "Project renamed");
    case AuditAction::ProjectRemoved:
        return QCoreApplication::translate("AuditText", "Project removed");
    case AuditAction::SourceFolderChanged:
        return QCoreApplication::translate("AuditText", "Source folder changed");
    case AuditAction::ItemAdded:
        return QCoreApplication::translate("AuditText", "Added");
    case AuditAction::ItemReplaced:
        return QCoreApplication::translate("AuditText", "Value replaced");
    case AuditAction::ItemRenamed:
        return QCoreApplication::translate("AuditText", "Renamed");
    case AuditAction::ExportFlagChanged:
        return QCoreApplication::translate("AuditText", "Export flag changed");
    case AuditAction::ItemRemoved:
        return QCoreApplication::translate("AuditText", "Removed");
    case AuditAction::Imported:
        return QCoreApplication::translate("AuditText", "Imported");
    case AuditAction::Exported:
        return QCoreApplication::translate("AuditText", "Exported");
    case AuditAction::Published:
        return QCoreApplication::translate("AuditText", "Published");
    case AuditAction::Pulled:
        return QCoreApplication::translate("AuditText", "Pulled");
    case AuditAction::Deployed:
        return QCoreApplication::translate("AuditText", "Deployed");
    case AuditAction::RemoteBound:
        return QCoreApplication::translate("AuditText", "Bound to a platform project");
    case AuditAction::RemoteUnbound:
        return QCoreApplication::translate("AuditText", "Platform binding removed");
    case AuditAction::PasswordChanged:
        return QCoreApplication::translate("AuditText", "Master password changed");
    case AuditAction::DataKeyRotated:
        return QCoreApplication::translate("AuditText", "Master password changed and data key rotated");
    case AuditAction::FailedUnlocks:
        return QCoreApplication::translate("AuditText", "Failed unlocks");
    case AuditAction::RotationChanged:
        return QCoreApplication::translate("AuditText", "Rotation rule changed");
    case AuditAction::VersionRestored:
        return QCoreApplication::translate("AuditText", "Version restored");
    case AuditAction::TrashRestored:
        return QCoreApplication::translate("AuditText", "Restored from recently deleted");
    case AuditAction::TrashPurged:
        return QCoreApplication::translate("AuditText", "Purged from recently deleted");
    case AuditAction::OldValuesForgotten:
        return QCoreApplication::translate("AuditText", "Old values forgotten");
    case AuditAction::PointInTimeRestored:
        return QCoreApplication::translate("AuditText", "Project restored to a point in time");
    case AuditAction::RetentionChanged:
        return QCoreApplication::translate("AuditText", "History retention changed");
    case AuditAction::FindingIgnored:
        return QCoreApplication::translate("AuditText", "Scan finding ignored");
    case AuditAction::FindingUnignored:
        return QCoreApplication::translate("AuditText", "Scan finding no longer ignored");
    case AuditAction::ItemRotated:
        return QCoreApplication::translate("AuditText", "Value rotated");
    case AuditAction::Unknown:
        break;
    }
    return QCoreApplication::translate("AuditText", "Unknown action");
}

QString kindName(quint8 itemKind)
{
    if (itemKind == static_cast<quint8>(ItemKind::Secret)) {
        return QCoreApplication::translate("AuditText", "secret");
    }
    if (itemKind == static_cast<quint8>(ItemKind::Variable)) {
        return QCoreApplication::translate("AuditText", "variable");
    }
    return {};
}

QString problemCode(AuditVerification::Problem problem)
{
    using Problem = AuditVerification::Problem;
    switch (problem) {
    case Problem::None:
        return QStringLiteral("none");
    case Problem::Edited:
        return QStringLiteral("edited");
    case Problem::Removed:
        return QStringLiteral("removed");
    case Problem::Reordered:
        return QStringLiteral("reordered");
    case Problem::Inserted:
        return QStringLiteral("inserted");
    case Problem::Truncated:
        return QStringLiteral("truncated");
    case Problem::HeadMismatch:
        return QStringLiteral("head-mismatch");
    }
    return QStringLiteral("unknown");
}

} // namespace AuditText
