#include "models/ItemHistory.h"

#include <QCoreApplication>

namespace HistoryText {

QString originCode(HistoryOrigin origin)
{
    switch (origin) {
    case HistoryOrigin::Local:
        return QStringLiteral("local");
    case HistoryOrigin::Import:
        return QStringLiteral("import");
    case HistoryOrigin::Pull:
        return QStringLiteral("pull");
    case HistoryOrigin::Restore:
        return QStringLiteral("restore");
    case HistoryOrigin::BeforeHistory:
        return QStringLiteral("before-history");
    }
    return QStringLiteral("unknown");
}

QString changeCode(VersionChange change)
{
    switch (change) {
    case VersionChange::Added:
        return QStringLiteral("added");
    case VersionChange::Replaced:
        return QStringLiteral("replaced");
    case VersionChange::Renamed:
        return QStringLiteral("renamed");
    case VersionChange::ExportFlagChanged:
        return QStringLiteral("export-flag");
    case VersionChange::Edited:
        return QStringLiteral("edited");
    case VersionChange::Removed:
        return QStringLiteral("removed");
    case VersionChange::Restored:
        return QStringLiteral("restored");
    case VersionChange::Existing:
        return QStringLiteral("existing");
    }
    return QStringLiteral("unknown");
}

QString originName(HistoryOrigin origin)
{
    switch (origin) {
    case HistoryOrigin::Local:
        return QCoreApplication::translate("HistoryText", "This vault");
    case HistoryOrigin::Import:
        return QCoreApplication::translate("HistoryText", "Import");
    case HistoryOrigin::Pull:
        return QCoreApplication::translate("HistoryText", "Pulled from the platform");
    case HistoryOrigin::Restore:
        return QCoreApplication::translate("HistoryText", "Restore");
    case HistoryOrigin::BeforeHistory:
        return QCoreApplication::translate("HistoryText", "Before history started");
    }
    return {};
}

QString changeName(VersionChange change)
{
    switch (change) {
    case VersionChange::Added:
        return QCoreApplication::translate("HistoryText", "Added");
    case VersionChange::Replaced:
        return QCoreApplication::translate("HistoryText", "Value replaced");
    case VersionChange::Renamed:
        return QCoreApplication::translate("HistoryText", "Renamed");
    case VersionChange::ExportFlagChanged:
        return QCoreApplication::translate("HistoryText", "Export flag changed");
    case VersionChange::Edited:
        return QCoreApplication::translate("HistoryText", "Edited");
    case VersionChange::Removed:
        return QCoreApplication::translate("HistoryText", "Removed");
    case VersionChange::Restored:
        return QCoreApplication::translate("HistoryText", "Restored");
    case VersionChange::Existing:
        return QCoreApplication::translate("HistoryText", "State when history started");
    }
    return {};
}

} // namespace HistoryText
