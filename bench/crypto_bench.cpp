// Per-call cost of the crypto primitives the vault uses, as a table of figures (no pass/fail):
// docs/PERFORMANCE.md quotes them, and they tell whether 110,000 records open within budget.

#include "crypto/Aead.h"
#include "storage/Argon2Kdf.h"
#include "storage/KeyDerivation.h"

#include <QCoreApplication>
#include <QFile>
#include <QtCrypto>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdio>
#include <functional>
#include <string>
#include <thread>
#include <vector>

#include <time.h>

namespace {

using Clock = std::chrono::steady_clock;

// CPU time of the calling thread: unlike wall time it does not grow when other processes share
// the cores, so figures from a busy build machine stay comparable.
double threadCpuMicros()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e6 + static_cast<double>(now.tv_nsec) / 1e3;
}

double processCpuMillis()
{
    timespec now {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

double median(std::vector<double> samples)
{
    const auto middle = samples.begin() + static_cast<std::ptrdiff_t>(samples.size() / 2);
    std::nth_element(samples.begin(), middle, samples.end());
    return *middle;
}

struct Figures
{
    double cpuMicros = 0;
    double wallMicros = 0;
};

// Median per-call cost over batches of calls; a warm-up keeps first-use costs (provider lookup,
// page faults) out of the figures.
Figures measure(int batches, int callsPerBatch, const std::function<void()>& operation)
{
    for (int i = 0; i < callsPerBatch; ++i) {
        operation();
    }
    std::vector<double> cpu;
    std::vector<double> wall;
    for (int batch = 0; batch < batches; ++batch) {
        const double cpuStart = threadCpuMicros();
        const auto wallStart = Clock::now();
        for (int i = 0; i < callsPerBatch; ++i) {
            operation();
        }
        wall.push_back(std::chrono::duration<double, std::micro>(Clock::now() - wallStart).count() / callsPerBatch);
        cpu.push_back((threadCpuMicros() - cpuStart) / callsPerBatch);
    }
    return {median(cpu), median(wall)};
}

void printRow(const char* operation, int calls, const Figures& figures)
{
    std::printf("| %-48s | %7d | %14.2f | %15.2f |\n", operation, calls, figures.cpuMicros, figures.wallMicros);
}

QByteArray recordInfo(int row)
{
    return QByteArrayLiteral("\x01vault-id-0123456project-0001secret") + QByteArray::number(row);
}

// What opening a vault costs in crypto alone: one subkey and one open per record.
double openRecordsMillis(
    int records, int threads, const QCA::SymmetricKey& prk, const std::vector<QByteArray>& sealedRecords)
{
    const auto start = Clock::now();
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&, t] {
            SubkeyDeriver deriver(prk);
            Aead aead;
            for (int row = t; row < records; row += threads) {
                const QCA::SymmetricKey key = deriver.derive(recordInfo(row));
                const auto opened = aead.open(key, sealedRecords[static_cast<size_t>(row)]);
                if (!opened.ok()) {
                    std::fprintf(stderr, "record %d did not open\n", row);
                }
            }
        });
    }
    for (std::thread& worker : workers) {
        worker.join();
    }
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

} // namespace

int main(int argc, char** argv)
{
    QCA::Initializer qcaInit;
    QCoreApplication app(argc, argv);

    // Figures from a busy machine are not comparable, so the load they were taken under is shown.
    QFile loadAverage(QStringLiteral("/proc/loadavg"));
    if (loadAverage.open(QIODevice::ReadOnly)) {
        std::printf("load average: %s\n", loadAverage.readLine().trimmed().constData());
    }

    QString missing;
    if (!KeyDerivation::cryptoAvailable(&missing)) {
        std::fprintf(stderr, "%s\n", qPrintable(missing));
        return 1;
    }

    const QCA::SymmetricKey key = KeyDerivation::randomKey();
    const QCA::SecureArray plaintext(QByteArray(200, 'v'));
    const QByteArray info = recordInfo(42);
    const QByteArray message = QByteArrayLiteral("name") + QByteArray(8, '\x01') + QByteArrayLiteral("OPENAI_API_KEY");

    Aead aead;
    const QByteArray sealed = aead.seal(key, plaintext).value();
    SubkeyDeriver deriver(key);

    std::printf("per call, median over batches\n");
    std::printf("| %-48s | %7s | %14s | %15s |\n", "operation", "calls", "CPU time (us)", "wall time (us)");
    std::printf("|%s|%s|%s|%s|\n", std::string(50, '-').c_str(), std::string(9, '-').c_str(),
        std::string(16, '-').c_str(), std::string(17, '-').c_str());

    const auto row = [](const char* operation, int batches, int callsPerBatch, const std::function<void()>& call) {
        printRow(operation, batches * callsPerBatch, measure(batches, callsPerBatch, call));
    };
    row("Aead::seal, 200 bytes", 200, 100, [&] { (void)aead.seal(key, plaintext); });
    row("Aead::open, 200 bytes", 200, 100, [&] { (void)aead.open(key, sealed); });
    row("Aead::open, 200 bytes, new Aead per call", 100, 50, [&] {
        Aead fresh;
        (void)fresh.open(key, sealed);
    });
    row("SubkeyDeriver::derive", 200, 100, [&] { (void)deriver.derive(info); });
    row("SubkeyDeriver::derive + Aead::open, 200 bytes", 200, 100,
        [&] { (void)aead.open(deriver.derive(info), sealed); });
    row("KeyDerivation::hmacSha256", 200, 100, [&] { (void)KeyDerivation::hmacSha256(key, message); });
    row("KeyDerivation::hkdf, 32 bytes", 100, 50, [&] { (void)KeyDerivation::hkdf(key, info, info); });

    // Argon2 runs its second lane on a thread of its own, so this one is timed for the whole
    // process: wall time is what the user waits, CPU time what both lanes burn.
    const KdfParams params = KdfParams::defaults();
    const QCA::SecureArray password(QByteArrayLiteral("correct horse battery staple"));
    std::vector<double> argonWall;
    std::vector<double> argonCpu;
    for (int run = 0; run < 5; ++run) {
        const double cpuStart = processCpuMillis();
        const auto wallStart = Clock::now();
        (void)Argon2Kdf::deriveKey(password, params);
        argonWall.push_back(std::chrono::duration<double, std::milli>(Clock::now() - wallStart).count());
        argonCpu.push_back(processCpuMillis() - cpuStart);
    }
    std::printf("\nArgon2Kdf::deriveKey, 64 MiB, 3 passes, 2 lanes (median of 5): %.1f ms wall, %.1f ms CPU\n",
        median(argonWall), median(argonCpu));

    constexpr int kRecords = 110000;
    std::vector<QByteArray> sealedRecords;
    sealedRecords.reserve(kRecords);
    for (int record = 0; record < kRecords; ++record) {
        sealedRecords.push_back(aead.seal(deriver.derive(recordInfo(record)), plaintext).value());
    }
    std::printf("\n%d records, SubkeyDeriver::derive + Aead::open (200 bytes) each:\n", kRecords);
    for (int threads : {1, 2}) {
        const double cpuStart = processCpuMillis();
        const double wall = openRecordsMillis(kRecords, threads, key, sealedRecords);
        std::printf("  %d thread%s: %8.1f ms wall, %8.1f ms CPU\n", threads, threads == 1 ? " " : "s", wall,
            processCpuMillis() - cpuStart);
    }
    return 0;
}
