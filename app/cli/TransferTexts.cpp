#include "app/cli/TransferTexts.h"

#include <QCoreApplication>
#include <QDir>

namespace TransferTexts {

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString counted(int n, const QString& one, const QString& many)
{
    return n == 1 ? one : many;
}

QString variablesText(int n)
{
    return counted(n, QCoreApplication::translate("CliApplication", "%n variable", nullptr, n),
        QCoreApplication::translate("CliApplication", "%n variables", nullptr, n));
}

QString secretsText(int n)
{
    return counted(n, QCoreApplication::translate("CliApplication", "%n secret", nullptr, n),
        QCoreApplication::translate("CliApplication", "%n secrets", nullptr, n));
}

QString namesText(int n)
{
    return counted(n, QCoreApplication::translate("CliApplication", "%n name", nullptr, n),
        QCoreApplication::translate("CliApplication", "%n names", nullptr, n));
}

QString filesText(int n)
{
    return counted(n, QCoreApplication::translate("CliApplication", "%n source file", nullptr, n),
        QCoreApplication::translate("CliApplication", "%n source files", nullptr, n));
}

QString bytesText(qint64 n)
{
    return n == 1 ? QCoreApplication::translate("CliApplication", "1 byte")
                  : QCoreApplication::translate("CliApplication", "%1 bytes").arg(n);
}

QString nameList(const QStringList& names)
{
    return names.join(QStringLiteral(", "));
}

QJsonArray jsonStrings(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

int size(const QList<QString>& list)
{
    return static_cast<int>(list.size());
}

} // namespace TransferTexts
