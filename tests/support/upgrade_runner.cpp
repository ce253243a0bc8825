#include "storage/Vault.h"

#include <QCoreApplication>
#include <QFile>
#include <QtCrypto>

#include <cstdio>

// Unlocks a vault, which upgrades a format-1 vault's records to the current format, printing
// "progress DONE TOTAL" after every committed chunk and "upgraded" at the end, so that
// TestUpgradeCrashSafety can SIGKILL it at any moment of the upgrade.
//
//   upgrade_runner <vault path> <password file>
namespace {

QCA::SecureArray readPassword(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCA::SecureArray(file.readAll().trimmed());
}

} // namespace

int main(int argc, char** argv)
{
    QCA::Initializer qcaInit;
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: upgrade_runner <vault> <password file>\n");
        return 2;
    }
    const QCA::SecureArray password = readPassword(args.at(2));
    if (password.isEmpty()) {
        std::fprintf(stderr, "cannot read the password file\n");
        return 2;
    }
    Vault vault;
    QObject::connect(&vault, &Vault::formatUpgradeProgress, [](qint64 done, qint64 total) {
        std::printf("progress %lld %lld\n", static_cast<long long>(done), static_cast<long long>(total));
        std::fflush(stdout);
    });
    if (auto unlocked = vault.unlock(args.at(1), SecretValue(password)); !unlocked) {
        std::fprintf(stderr, "unlock failed: %s\n", qPrintable(unlocked.message()));
        return 1;
    }
    std::printf("upgraded\n");
    std::fflush(stdout);
    return 0;
}
