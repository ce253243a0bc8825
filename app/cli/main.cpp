#include "app/cli/CliApplication.h"
#include "crypto/BundledCrypto.h"

#include <QCoreApplication>
#include <QtCrypto>

int main(int argc, char** argv)
{
    QCA::Initializer qcaInit;
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("botvault-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BOTVAULT_VERSION));
    BundledCrypto::usePrivatePlugins();

    CliApplication cli(QCoreApplication::arguments());
    return static_cast<int>(cli.run());
}
