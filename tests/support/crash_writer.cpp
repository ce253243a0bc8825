#include "storage/Vault.h"
#include "tests/support/TestSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QtCrypto>

#include <cstdio>

// Writes items W_<start>, W_<start+1>, … into a vault as fast as it can and reports each one on
// stdout only after the vault said it was saved, so TestCrashSafety can SIGKILL it at any moment
// and then demand that every reported item survived.
//
//   crash_writer <vault path> <password file> <project name> <start index> [<count>]
int main(int argc, char** argv)
{
    QCA::Initializer qcaInit;
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 5) {
        std::fprintf(stderr, "usage: crash_writer <vault> <password file> <project> <start> [<count>]\n");
        return 2;
    }
    QFile passwordFile(args.at(2));
    if (!passwordFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read the password file\n");
        return 2;
    }
    const QCA::SecureArray password(passwordFile.readAll().trimmed());
    const qint64 start = args.at(4).toLongLong();
    // A bound, so a writer orphaned by a crashed test does not fill the disk.
    const qint64 count = args.size() > 5 ? args.at(5).toLongLong() : 1000000;

    Vault vault;
    if (auto unlocked = vault.unlock(args.at(1), SecretValue(password)); !unlocked) {
        std::fprintf(stderr, "unlock failed: %s\n", qPrintable(unlocked.message()));
        return 1;
    }
    const auto project = vault.projectByName(args.at(3));
    if (!project) {
        std::fprintf(stderr, "no project: %s\n", qPrintable(project.message()));
        return 1;
    }
    for (qint64 n = start; n < start + count; ++n) {
        const QString name = TestSupport::crashWriterName(n);
        const QString value = TestSupport::crashWriterValue(n);
        const bool saved = TestSupport::crashWriterIsSecret(n)
            ? vault.setSecret(project->id, name, SecretValue(QCA::SecureArray(value.toUtf8()))).ok()
            : vault.setVariable(project->id, name, value).ok();
        if (!saved) {
            std::fprintf(stderr, "write %lld failed\n", static_cast<long long>(n));
            return 1;
        }
        std::printf("committed %lld\n", static_cast<long long>(n));
        std::fflush(stdout);
    }
    return 0;
}
