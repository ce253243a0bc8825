#include "server/BotRuntime.h"

#include "server/BotRun.h"

BotRuntime::BotRuntime(QString program, QStringList arguments)
    : m_program(std::move(program)), m_arguments(std::move(arguments))
{
}

BotRun* BotRuntime::start(const Request& request, Done done, QObject* parent) const
{
    if (!isConfigured()) {
        return nullptr;
    }
    return new BotRun(m_program, m_arguments, request, std::move(done), parent);
}

QString BotRuntime::standInValue(const QString& name)
{
    return QStringLiteral("‹secret %1›").arg(name);
}
