#include "storage/Vault.h"

#include <QCoreApplication>
#include <QFile>
#include <QtCrypto>

#include <cstdio>

// Changes a vault's master password with a new data key (every record re-encrypted), reporting
// "unlocked" just before the rotation starts and "rotated" once it is committed, so that
// TestRekeyCrashSafety can SIGKILL it at any moment of the rotation.
//
//   rekey_runner <vault path> <current password file> <new password file>
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
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: rekey_runner <vault> <current password file> <new password file>\n");
        return 2;
    }
    const QCA::SecureArray current = readPassword(args.at(2));
    const QCA::SecureArray next = readPassword(args.at(3));
    if (current.isEmpty() || next.isEmpty()) {
        std::fprintf(stderr, "cannot read the password files\n");
        return 2;
    }
    Vault vault;
    if (auto unlocked = vault.unlock(args.at(1), SecretValue(current)); !unlocked) {
        std::fprintf(stderr, "unlock failed: %s\n", qPrintable(unlocked.message()));
        return 1;
    }
    std::printf("unlocked\n");
    std::fflush(stdout);
    if (auto rotated = vault.changePassword(SecretValue(next), {}, Vault::DataKey::Rotate); !rotated) {
        std::fprintf(stderr, "rotation failed: %s\n", qPrintable(rotated.message()));
        return 1;
    }
    std::printf("rotated\n");
    std::fflush(stdout);
    return 0;
}
