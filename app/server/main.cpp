#include "ServerCommands.h"

#include <QCoreApplication>

// botvault-server: the reference platform server and its console commands (docs/SERVER.md).
int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("botvault-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BOTVAULT_VERSION));
    return ServerCommands::run(QCoreApplication::arguments().mid(1));
}
