#include "tests/support/TestSupport.h"

#include <QCoreApplication>
#include <QDir>

namespace TestSupport {

KdfParams fastKdfParams()
{
    KdfParams params = KdfParams::defaults();
    params.memoryKiB = KdfParams::kMinMemoryKiB;
    params.passes = KdfParams::kMinPasses;
    params.lanes = 1;
    return params;
}

QCA::SecureArray secure(const char* text)
{
    return QCA::SecureArray(QByteArray(text));
}

QCA::SecureArray secure(const QString& text)
{
    return QCA::SecureArray(text.toUtf8());
}

SecretValue secret(const char* text)
{
    return SecretValue(secure(text));
}

SecretValue secret(const QString& text)
{
    return SecretValue(secure(text));
}

QByteArray plain(const SecretValue& value)
{
    return value.bytes().toByteArray();
}

ProjectStore::ProjectImport importInto(ProjectId project, const QList<ProjectStore::ImportItem>& items)
{
    ProjectStore::ProjectImport import;
    import.into = project;
    import.items = items;
    return import;
}

ProjectStore::ImportItem importedVariable(const QString& name, const QString& value, bool includeInExport)
{
    return ProjectStore::ImportItem {ItemKind::Variable, name, value, SecretValue(), includeInExport};
}

ProjectStore::ImportItem importedSecret(const QString& name, const SecretValue& value)
{
    return ProjectStore::ImportItem {ItemKind::Secret, name, QString(), value, false};
}

QString cliPath()
{
    return QDir(QStringLiteral(BOTVAULT_BIN_DIR)).filePath(QStringLiteral("botvault-cli"));
}

QString testBinaryPath(const QString& name)
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(name);
}

} // namespace TestSupport

namespace TestSupport {

const char* outcomeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return "InvalidInput";
    case ErrorCode::AlreadyExists:
        return "AlreadyExists";
    case ErrorCode::NotFound:
        return "NotFound";
    case ErrorCode::WrongPassword:
        return "WrongPassword";
    case ErrorCode::Damaged:
        return "Damaged";
    case ErrorCode::PermissionDenied:
        return "PermissionDenied";
    case ErrorCode::Locked:
        return "Locked";
    case ErrorCode::Io:
        return "Io";
    case ErrorCode::Unsupported:
        return "Unsupported";
    case ErrorCode::Internal:
        return "Internal";
    case ErrorCode::Cancelled:
        return "Cancelled";
    case ErrorCode::Conflict:
        return "Conflict";
    case ErrorCode::Network:
        return "Network";
    case ErrorCode::Busy:
        return "Busy";
    }
    return "unknown";
}

} // namespace TestSupport
