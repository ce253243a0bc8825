#include "crypto/BundledCrypto.h"
#include "storage/Vault.h"
#include "ui/AppSettings.h"
#include "ui/MainWindow.h"
#include "ui/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>
#include <QtCrypto>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("BotVault"));
    QCoreApplication::setApplicationName(QStringLiteral("BotVault"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BOTVAULT_VERSION));
}

// --help and --version answer without a display: they are read before any window system is needed.
bool onlyAsksForText(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView argument(argv[i]);
        if (argument == "--help" || argument == "-h" || argument == "--help-all" || argument == "--version"
            || argument == "-v") {
            return true;
        }
    }
    return false;
}

struct CommandLine
{
    QCommandLineParser parser;
    QCommandLineOption vault {QStringLiteral("vault"), QString(), QStringLiteral("FILE")};
};

void describeOptions(CommandLine& commandLine, const AppSettings& settings)
{
    commandLine.parser.setApplicationDescription(
        QCoreApplication::translate("main", "Secrets and variables for chatbot projects."));
    commandLine.parser.addHelpOption();
    commandLine.parser.addVersionOption();
    commandLine.vault.setDescription(
        QCoreApplication::translate("main", "The vault file (default: %1).").arg(settings.vaultPath()));
    commandLine.parser.addOption(commandLine.vault);
}

} // namespace

int main(int argc, char** argv)
{
    QCA::Initializer qcaInit;
    if (onlyAsksForText(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        AppSettings settings;
        Translations::install(&app, settings.language());
        CommandLine commandLine;
        describeOptions(commandLine, settings);
        commandLine.parser.process(app);
        return 0;
    }
    QApplication app(argc, argv);
    describeApplication();
    QGuiApplication::setDesktopFileName(QStringLiteral("io.botvault.BotVault"));
    QGuiApplication::setWindowIcon(QIcon::fromTheme(
        QStringLiteral("io.botvault.BotVault"), QIcon(QStringLiteral(":/app/io.botvault.BotVault.svg"))));
    BundledCrypto::usePrivatePlugins();

    AppSettings settings;
    Translations::install(&app, settings.language());
    CommandLine commandLine;
    describeOptions(commandLine, settings);
    commandLine.parser.process(app);

    Vault vault;
    MainWindow window(&vault, &settings);
    if (commandLine.parser.isSet(commandLine.vault)) {
        window.setVaultPath(commandLine.parser.value(commandLine.vault));
    }
    window.show();
    QTimer::singleShot(0, &window, &MainWindow::start);
    return QApplication::exec();
}
