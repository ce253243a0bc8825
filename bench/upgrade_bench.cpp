#include "storage/Argon2Kdf.h"
#include "storage/Vault.h"
#include "tests/support/LegacyFormat.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>
#include <QtCrypto>

#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>

#include <time.h>

// Figures for docs/PERFORMANCE.md ("Record format upgrade"): the in-place upgrade of a format-1
// vault (a per-record HKDF subkey each) to format 2 (one record key, associated data) at unlock,
// next to plain SQLite rewriting the same rows in the same chunked transactions with the vault's
// pragmas. The KDF is excluded: the same vault is unlocked again once it is upgraded, and that
// unlock's time is subtracted. Prints figures; never passes or fails.
//
//   upgrade_bench [RECORDS]      (default 110,000: 100,000 variables and 10,000 secrets)

namespace {

[[noreturn]] void fail(const QString& message)
{
    std::fprintf(stderr, "upgrade_bench: %s\n", qPrintable(message));
    std::exit(1);
}

template<typename T>
void check(const Result<T>& result, const char* what)
{
    if (!result) {
        fail(QStringLiteral("%1: %2").arg(QLatin1String(what), result.message()));
    }
}

double msSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// The weakest parameters the vault accepts: the KDF is not what is measured.
KdfParams benchKdf()
{
    KdfParams params = KdfParams::defaults();
    params.memoryKiB = 19 * 1024;
    params.passes = 2;
    params.lanes = 1;
    return params;
}

void fillVault(const QString& path, const SecretValue& password, int records)
{
    check(Vault::create(path, password, benchKdf()), "create");
    Vault vault;
    check(vault.unlock(path, password), "unlock");
    auto project = vault.addProject(QStringLiteral("Benchmark"));
    check(project, "addProject");
    const int secrets = records / 11;
    constexpr int kBatch = 10000;
    for (int first = 0; first < records; first += kBatch) {
        Vault::ProjectImport batch;
        batch.into = project->id;
        for (int i = first; i < qMin(records, first + kBatch); ++i) {
            if (i < secrets) {
                const QByteArray value = "secret-value-" + QByteArray::number(i) + QByteArray(24, 's');
                batch.items.append({ItemKind::Secret, QStringLiteral("SECRET_%1").arg(i), QString(),
                    SecretValue(QCA::SecureArray(value)), false});
            } else {
                batch.items.append({ItemKind::Variable, QStringLiteral("VARIABLE_%1").arg(i),
                    QStringLiteral("value %1 %2").arg(i).arg(QString(i % 40, u'v')), SecretValue(), i % 3 == 0});
            }
        }
        check(vault.applyImport(batch), "applyImport");
    }
}

// CPU time of the whole process (all threads): on a shared machine it does not grow with the
// competition for the cores the way wall time does.
double processCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

// The same number of rows rewritten in plain SQLite, 4,096 rows a transaction like the upgrade.
double plainRewriteMs(const QString& path, int records, double* cpuMs)
{
    sqlite3* db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK) {
        fail(QStringLiteral("cannot open %1").arg(path));
    }
    sqlite3_exec(db,
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA secure_delete = ON;"
        "CREATE TABLE items (id INTEGER PRIMARY KEY, record BLOB NOT NULL);",
        nullptr, nullptr, nullptr);
    const QByteArray blob(160, 'x');
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt* insert = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO items (id, record) VALUES (?1, ?2)", -1, &insert, nullptr);
    for (int i = 1; i <= records; ++i) {
        sqlite3_bind_int64(insert, 1, i);
        sqlite3_bind_blob(insert, 2, blob.constData(), int(blob.size()), SQLITE_STATIC);
        sqlite3_step(insert);
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);

    const QByteArray rewritten(160, 'y');
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = processCpuMs();
    sqlite3_stmt* select = nullptr;
    sqlite3_stmt* update = nullptr;
    sqlite3_prepare_v2(db, "SELECT id, record FROM items WHERE id > ?1 ORDER BY id LIMIT 4096", -1, &select, nullptr);
    sqlite3_prepare_v2(db, "UPDATE items SET record = ?2 WHERE id = ?1", -1, &update, nullptr);
    qint64 after = 0;
    for (bool more = true; more;) {
        sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        sqlite3_bind_int64(select, 1, after);
        more = false;
        while (sqlite3_step(select) == SQLITE_ROW) {
            after = sqlite3_column_int64(select, 0);
            more = true;
            sqlite3_bind_int64(update, 1, after);
            sqlite3_bind_blob(update, 2, rewritten.constData(), int(rewritten.size()), SQLITE_STATIC);
            sqlite3_step(update);
            sqlite3_reset(update);
        }
        sqlite3_reset(select);
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    }
    const double ms = msSince(timer);
    *cpuMs = processCpuMs() - cpuStart;
    sqlite3_finalize(select);
    sqlite3_finalize(update);
    sqlite3_close(db);
    return ms;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll().left(14)) : QString();
}

} // namespace

int main(int argc, char** argv)
{
    QCA::Initializer qcaInit;
    QCoreApplication app(argc, argv);
    const int records = app.arguments().size() > 1 ? app.arguments().at(1).toInt() : 110000;
    if (records < 1) {
        fail(QStringLiteral("RECORDS must be a positive number"));
    }
    QTemporaryDir temporary;
    if (!temporary.isValid()) {
        fail(QStringLiteral("cannot create a temporary folder"));
    }
    const QString path = temporary.filePath(QStringLiteral("vault.db"));
    const SecretValue password(QCA::SecureArray(QByteArrayLiteral("benchmark master password")));
    std::printf("upgrade_bench: %d records (%d secrets), %d cores (idealThreadCount)\n", records, records / 11,
        QThread::idealThreadCount());
    fillVault(path, password, records);
    QString error;
    if (!LegacyFormat::downgrade(path, password, &error)) {
        fail(error);
    }

    int chunks = 0;
    QElapsedTimer timer;
    double upgradeUnlockMs = 0;
    double upgradeUnlockCpuMs = 0;
    {
        Vault vault;
        QObject::connect(&vault, &Vault::formatUpgradeProgress, [&chunks] { ++chunks; });
        timer.start();
        const double cpuStart = processCpuMs();
        check(vault.unlock(path, password), "unlock with upgrade");
        upgradeUnlockMs = msSince(timer);
        upgradeUnlockCpuMs = processCpuMs() - cpuStart;
        if (!vault.damagedByUpgrade().isEmpty()) {
            fail(QStringLiteral("the upgrade reported damaged records"));
        }
    }
    double plainUnlockMs = 0;
    double plainUnlockCpuMs = 0;
    {
        Vault vault;
        timer.start();
        const double cpuStart = processCpuMs();
        check(vault.unlock(path, password), "unlock");
        plainUnlockMs = msSince(timer);
        plainUnlockCpuMs = processCpuMs() - cpuStart;
    }
    const double upgradeMs = upgradeUnlockMs - plainUnlockMs;
    const double upgradeCpuMs = upgradeUnlockCpuMs - plainUnlockCpuMs;
    double sqliteCpuMs = 0;
    const double sqliteMs = plainRewriteMs(temporary.filePath(QStringLiteral("plain.db")), records, &sqliteCpuMs);
    std::printf("unlock with upgrade            %8.1f ms\n", upgradeUnlockMs);
    std::printf("unlock of the upgraded vault   %8.1f ms   (KDF and opening: subtracted)\n", plainUnlockMs);
    std::printf(
        "upgrade                        %8.1f ms   %.0f records/s, %d progress reports   target <= 2000 ms: %s\n",
        upgradeMs, records / (upgradeMs / 1000.0), chunks, upgradeMs <= 2000 ? "met" : "MISSED");
    std::printf("plain SQLite, same rewrite     %8.1f ms   ratio %.2f\n", sqliteMs, upgradeMs / sqliteMs);
    std::printf("CPU time (all threads): upgrade %.1f ms, plain SQLite %.1f ms, ratio %.2f\n", upgradeCpuMs,
        sqliteCpuMs, upgradeCpuMs / sqliteCpuMs);
    std::printf("load average at the end: %s\n", qPrintable(loadAverage()));
    return 0;
}
