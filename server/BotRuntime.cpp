#include "server/BotRuntime.h"

BotRuntime::BotRuntime(QString program, QStringList arguments)
    : m_program(std::move(program)), m_arguments(std::move(arguments))
{
}

QString BotRuntime::standInValue(const QString& name)
{
    return QStringLiteral("‹secret %1›").arg(name);
}
