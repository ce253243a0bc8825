#include "storage/Vault.h"
#include "ui/AppSettings.h"
#include "ui/MainWindow.h"
#include "ui/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>
#include <QtCrypto>

int main(int argc, char** argv)
{
    QCA::Initializer qcaInit;
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("BotVault"));
    QApplication::setApplicationName(QStringLiteral("BotVault"));
    QApplication::setApplicationVersion(QStringLiteral(BOTVAULT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("botvault"));

    AppSettings settings;
    Translations::install(&app, settings.language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Secrets and variables for chatbot projects."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption vaultOption(QStringLiteral("vault"),
        QApplication::translate("main", "The vault file (default: %1).").arg(settings.vaultPath()),
        QStringLiteral("FILE"));
    parser.addOption(vaultOption);
    parser.process(app);

    Vault vault;
    MainWindow window(&vault, &settings);
    if (parser.isSet(vaultOption)) {
        window.setVaultPath(parser.value(vaultOption));
    }
    window.show();
    QTimer::singleShot(0, &window, &MainWindow::start);
    return QApplication::exec();
}
