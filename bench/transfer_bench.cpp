#include "storage/ProjectTransfer.h"
#include "storage/Vault.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtCrypto>

#include <array>
#include <cstdio>
#include <functional>
#include <optional>

// Figures for docs/PERFORMANCE.md ("Export and import"): a project with N variables (all marked for
// export) exported to a ZIP and imported into a new project, each step timed apart, so the archive's
// own cost can be told from the vault's per-record crypto; then the same project's items replaced
// in an unbound and in a bound project, which also queues an outbox entry per item. Prints a table;
// never passes or fails.
//
//   transfer_bench [--variables N] [--runs R] [--dir FOLDER]

namespace {

double timeMs(const std::function<void()>& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

[[noreturn]] void die(const QString& what, const Error& error)
{
    std::fprintf(stderr, "transfer_bench: %s: %s\n", qPrintable(what), qPrintable(error.message));
    std::exit(1);
}

template<typename T>
T check(Result<T> result, const QString& what)
{
    if (!result) {
        die(what, result.error());
    }
    return std::move(result).value();
}

void check(const Result<void>& result, const QString& what)
{
    if (!result) {
        die(what, result.error());
    }
}

QString value(int i)
{
    // 20 to 60 bytes, like real configuration values.
    return QStringLiteral("https://api.example.org/v%1/").arg(i) + QString(i % 32, u'x');
}

QString variableName(int i)
{
    return QStringLiteral("VAR_%1").arg(i, 6, 10, QLatin1Char('0'));
}

struct Options
{
    int count = 0;
    int runs = 1;
    std::optional<QString> dir;
};

Options parseOptions(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("variables"), QStringLiteral("Variables in the project."), QStringLiteral("N"),
        QStringLiteral("100000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Repetitions (the best is reported)."),
        QStringLiteral("R"), QStringLiteral("3")});
    parser.addOption(
        {QStringLiteral("dir"), QStringLiteral("Folder for the vault and archives."), QStringLiteral("FOLDER")});
    parser.process(app);
    Options options;
    options.count = parser.value(QStringLiteral("variables")).toInt();
    options.runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());
    if (parser.isSet(QStringLiteral("dir"))) {
        options.dir = parser.value(QStringLiteral("dir"));
    }
    return options;
}

// Creates and unlocks the vault with a cheap key derivation and fills one project with `count`
// variables, all marked for export.
Project createFilledProject(Vault& vault, const QString& vaultPath, int count)
{
    KdfParams kdf = KdfParams::defaults();
    kdf.memoryKiB = 19 * 1024;
    kdf.passes = 2;
    kdf.lanes = 1;
    check(Vault::create(vaultPath, SecretValue(QCA::SecureArray("bench")), kdf), QStringLiteral("create"));
    check(vault.unlock(vaultPath, SecretValue(QCA::SecureArray("bench"))), QStringLiteral("unlock"));
    const Project source = check(vault.addProject(QStringLiteral("Bench")), QStringLiteral("add project"));
    Vault::ProjectImport fill;
    fill.into = source.id;
    fill.items.reserve(count);
    for (int i = 0; i < count; ++i) {
        fill.items.append({ItemKind::Variable, variableName(i), value(i), SecretValue(), true});
    }
    check(vault.applyImport(fill), QStringLiteral("fill"));
    return source;
}

constexpr int kTransferSteps = 7;
using TransferTimes = std::array<double, kTransferSteps>;

struct TransferRun
{
    TransferTimes times {};
    qint64 zipBytes = 0;
};

// One export of the project to `zip` and its import into a new project, which is removed again.
TransferRun timeTransfer(Vault& vault, ProjectId sourceId, const QString& zip, int run)
{
    TransferRun result;
    TransferTimes& times = result.times;
    ProjectTransfer::ExportPlan plan;
    times[0] = timeMs([&] { plan = check(ProjectTransfer::planExport(vault, sourceId), QStringLiteral("plan")); });
    times[1] = timeMs([&] { check(ProjectTransfer::writeExport(plan, zip), QStringLiteral("write")); });
    result.zipBytes = QFileInfo(zip).size();
    ArchiveContents contents;
    times[2] = timeMs([&] { contents = check(ProjectTransfer::readArchive(zip), QStringLiteral("read")); });
    ProjectTransfer::ImportPlan importPlan;
    times[3] = timeMs([&] {
        importPlan
            = check(ProjectTransfer::planImport(vault, contents, std::nullopt, zip), QStringLiteral("plan import"));
    });
    ProjectTransfer::ImportChoices choices;
    choices.newProjectName = QStringLiteral("Imported %1").arg(run);
    ProjectId imported = 0;
    times[4] = timeMs(
        [&] { imported = check(ProjectTransfer::applyImport(vault, importPlan, choices), QStringLiteral("apply")); });
    QByteArray env;
    times[5] = timeMs([&] { env = check(ProjectTransfer::exportEnv(vault, sourceId), QStringLiteral("env")); });
    times[6] = timeMs([&] { (void)EnvFile::parse(env); });
    check(vault.removeProject(imported), QStringLiteral("remove"));
    return result;
}

// The best time of each step over the runs, and the size of the last archive.
TransferRun bestTransfer(Vault& vault, ProjectId sourceId, const QTemporaryDir& temporary, int runs)
{
    TransferRun best;
    best.times.fill(1e300);
    for (int run = 0; run < runs; ++run) {
        const QString zip = temporary.filePath(QStringLiteral("bench-%1.zip").arg(run));
        const TransferRun times = timeTransfer(vault, sourceId, zip, run);
        best.zipBytes = times.zipBytes;
        for (int i = 0; i < kTransferSteps; ++i) {
            best.times[i] = qMin(best.times[i], times.times[i]);
        }
    }
    return best;
}

struct ReplaceTimes
{
    double unbound = 1e300;
    double bound = 1e300;
};

// Replacing every variable of the project, unbound and then bound to a platform, where each
// item also queues an outbox entry in the same transaction: the outbox's share of an import.
ReplaceTimes bestReplaceAll(Vault& vault, ProjectId sourceId, int count, int runs)
{
    Vault::ProjectImport replaceAll;
    replaceAll.into = sourceId;
    replaceAll.items.reserve(count);
    for (int i = 0; i < count; ++i) {
        Vault::ImportItem item;
        item.name = variableName(i);
        item.value = value(i + 1);
        item.includeInExport = true;
        replaceAll.items.append(item);
    }
    ReplaceTimes best;
    for (int run = 0; run < runs; ++run) {
        best.unbound = qMin(
            best.unbound, timeMs([&] { check(vault.applyImport(replaceAll), QStringLiteral("replace, unbound")); }));
    }
    for (int run = 0; run < runs; ++run) {
        check(vault.setRemoteBinding(sourceId, QStringLiteral("https://bots.example.com"), 1 + run,
                  SecretValue(QCA::SecureArray("bv_bench"))),
            QStringLiteral("bind"));
        best.bound
            = qMin(best.bound, timeMs([&] { check(vault.applyImport(replaceAll), QStringLiteral("replace, bound")); }));
        check(vault.clearRemoteBinding(sourceId), QStringLiteral("unbind"));
    }
    return best;
}

void printReport(const Options& options, const TransferRun& transfer, const ReplaceTimes& replace)
{
    const TransferTimes& best = transfer.times;
    std::printf("transfer_bench: %d variables, best of %d runs, archive %lld bytes\n", options.count, options.runs,
        static_cast<long long>(transfer.zipBytes));
    std::printf("%-44s %10s\n", "step", "ms");
    const char* names[kTransferSteps] = {"export: read the project from the vault", "export: write the ZIP",
        "import: read and validate the ZIP", "import: compare with the vault", "import: write the project (vault)",
        ".env export (vault listing + write)", ".env parse"};
    for (int i = 0; i < kTransferSteps; ++i) {
        std::printf("%-44s %10.1f\n", names[i], best[i]);
    }
    std::printf("%-44s %10.1f\n", "export total", best[0] + best[1]);
    std::printf("%-44s %10.1f\n", "import total", best[2] + best[3] + best[4]);
    std::printf("%-44s %10.2f\n", "archive share of export (write / total)", best[1] / (best[0] + best[1]));
    std::printf("%-44s %10.2f\n", "archive share of import (read / total)", best[2] / (best[2] + best[3] + best[4]));
    std::printf("%-44s %10.1f\n", "replace all items, unbound project", replace.unbound);
    std::printf("%-44s %10.1f\n", "replace all items, bound (+ outbox entries)", replace.bound);
}

} // namespace

int main(int argc, char** argv)
{
    QCA::Initializer qca;
    QCoreApplication app(argc, argv);
    const Options options = parseOptions(app);
    QTemporaryDir temporary(options.dir ? *options.dir + QStringLiteral("/transfer-XXXXXX") : QString());
    Vault vault;
    const Project source = createFilledProject(vault, temporary.filePath(QStringLiteral("vault.db")), options.count);
    const TransferRun transfer = bestTransfer(vault, source.id, temporary, options.runs);
    const ReplaceTimes replace = bestReplaceAll(vault, source.id, options.count, options.runs);
    printReport(options, transfer, replace);
    return 0;
}
