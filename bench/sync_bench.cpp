#include "storage/Vault.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTemporaryDir>
#include <QtCrypto>

#include <algorithm>
#include <cstdio>
#include <optional>

// Figures for docs/PERFORMANCE.md ("Publishing"): N pending changes of a bound project published to
// a real botvault-server on 127.0.0.1 (a separate process, so server and client each have a core),
// first as creations, then as replacements of every item. Each publish is timed in its two parts
// (prepare: GET /me, the listings or the revision check, and the plan; publish: the same check and
// plan again, then the batches) and reports the number of HTTP requests, which shows the batching
// and whether the platform was listed. The publish is broken down as its report's timings say: the
// plan (up to the batches built), storing (sealing) the batches, writing their answers into the
// vault, and the rest, which is waiting for the platform. Prints a table; never passes or fails.
//
//   sync_bench [--changes N] [--secrets S] [--runs R] [--server PATH] [--dir FOLDER] [--server-log]

namespace {

[[noreturn]] void die(const QString& what, const QString& message)
{
    std::fprintf(stderr, "sync_bench: %s: %s\n", qPrintable(what), qPrintable(message));
    std::exit(1);
}

template<typename T>
T check(Result<T> result, const QString& what)
{
    if (!result) {
        die(what, result.message());
    }
    return std::move(result).value();
}

void check(const Result<void>& result, const QString& what)
{
    if (!result) {
        die(what, result.message());
    }
}

QString value(int i, int round)
{
    // 20 to 60 bytes, like real configuration values.
    return QStringLiteral("https://api.example.org/r%1/v%2/").arg(round).arg(i) + QString(i % 32, u'x');
}

QByteArray runServerCommand(const QString& server, const QStringList& arguments)
{
    QProcess process;
    process.start(server, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        die(QStringLiteral("botvault-server %1").arg(arguments.join(u' ')),
            QString::fromUtf8(process.readAllStandardError()));
    }
    return process.readAllStandardOutput().trimmed();
}

struct Timing
{
    double prepareMs = 0;
    double publishMs = 0;
    int requests = 0;
    int batches = 0;
    int sent = 0;
    bool preparedListed = false;
    bool publishListed = false;
    SyncTimings parts;
};

// Runs one operation to its end and returns its report.
SyncReport await(SyncOperation* operation, const QString& what)
{
    QEventLoop loop;
    QObject::connect(operation, &SyncOperation::finished, &loop, &QEventLoop::quit);
    if (!operation->isFinished()) {
        loop.exec();
    }
    return check(operation->result(), what);
}

Timing publishAll(SyncEngine& engine, ProjectId project)
{
    Timing timing;
    QElapsedTimer timer;
    timer.start();
    const SyncReport prepared = await(engine.prepare(project), QStringLiteral("prepare"));
    timing.prepareMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    const SyncReport published = await(engine.publish(prepared.plan), QStringLiteral("publish"));
    timing.publishMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    timing.requests = prepared.requests + published.requests;
    timing.batches = published.batches;
    timing.sent = published.sent;
    timing.preparedListed = prepared.listed;
    timing.publishListed = published.listed;
    timing.parts = published.timings;
    return timing;
}

void print(const char* label, const Timing& t, int changes)
{
    const double total = t.prepareMs + t.publishMs;
    const SyncTimings& parts = t.parts;
    const qint64 waiting = parts.totalMs - parts.planMs - parts.storeMs - parts.acknowledgeMs;
    std::printf("%-16s %8.0f %8.0f %8.0f %8.1f %8d %7d %6d %7s | %6lld %6lld %6lld %6lld\n", label, t.prepareMs,
        t.publishMs, total, total * 1000.0 / qMax(1, changes), t.requests, t.batches, t.sent,
        t.preparedListed ? (t.publishListed ? "both" : "prepare") : (t.publishListed ? "publish" : "none"),
        static_cast<long long>(parts.planMs), static_cast<long long>(parts.storeMs),
        static_cast<long long>(parts.acknowledgeMs), static_cast<long long>(waiting));
}

struct Options
{
    int changes = 1;
    int secrets = 0;
    int runs = 1;
    QString server;
    std::optional<QString> dir;
    bool serverLog = false;
};

Options parseOptions(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("changes"), QStringLiteral("Changes to publish."), QStringLiteral("N"),
        QStringLiteral("10000")});
    parser.addOption({QStringLiteral("secrets"), QStringLiteral("How many of them are secrets."), QStringLiteral("S"),
        QStringLiteral("1000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Repetitions (the best is reported)."),
        QStringLiteral("R"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("server"), QStringLiteral("The botvault-server binary."), QStringLiteral("PATH"),
        QCoreApplication::applicationDirPath() + QStringLiteral("/../bin/botvault-server")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Folder for the vault and the server's database."),
        QStringLiteral("FOLDER")});
    parser.addOption({QStringLiteral("server-log"), QStringLiteral("Show the server's request log on stderr.")});
    parser.process(app);
    Options options;
    options.changes = qMax(1, parser.value(QStringLiteral("changes")).toInt());
    options.secrets = std::clamp(parser.value(QStringLiteral("secrets")).toInt(), 0, options.changes);
    options.runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());
    options.server = parser.value(QStringLiteral("server"));
    if (parser.isSet(QStringLiteral("dir"))) {
        options.dir = parser.value(QStringLiteral("dir"));
    }
    options.serverLog = parser.isSet(QStringLiteral("server-log"));
    return options;
}

// The running botvault-server and what a client needs to reach it.
struct BenchServer
{
    QString binary;
    QString database;
    QByteArray token;
    QString url;
};

// Adds the benchmark's user to a new server database, then starts `serving` on a free port.
BenchServer startServer(QProcess& serving, const Options& options, const QString& database)
{
    BenchServer server;
    server.binary = options.server;
    server.database = database;
    server.token = runServerCommand(server.binary,
        {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bench"), QStringLiteral("--role"),
            QStringLiteral("SYSTEM_ADMIN"), QStringLiteral("--db"), database});

    // The server's request log shows each batch's time on the server side.
    serving.setProcessChannelMode(options.serverLog ? QProcess::ForwardedErrorChannel : QProcess::SeparateChannels);
    serving.start(server.binary,
        {QStringLiteral("serve"), QStringLiteral("--db"), database, QStringLiteral("--port"), QStringLiteral("0")});
    if (!serving.waitForReadyRead(15000)) {
        die(QStringLiteral("botvault-server serve"), QString::fromUtf8(serving.readAllStandardError()));
    }
    const QByteArray firstLine = serving.readLine().trimmed();
    const QByteArray prefix = "listening on ";
    if (!firstLine.startsWith(prefix)) {
        die(QStringLiteral("botvault-server serve"), QString::fromUtf8(firstLine));
    }
    server.url = QString::fromUtf8(firstLine.mid(prefix.size()));
    return server;
}

// Creates and unlocks the client's vault with the cheapest key derivation allowed.
void createVault(Vault& vault, const QString& vaultPath)
{
    const QCA::SecureArray password("bench password");
    KdfParams cheap = KdfParams::defaults();
    cheap.memoryKiB = KdfParams::kMinMemoryKiB;
    cheap.passes = KdfParams::kMinPasses;
    check(Vault::create(vaultPath, SecretValue(password), cheap), QStringLiteral("create vault"));
    check(vault.unlock(vaultPath, SecretValue(password)), QStringLiteral("unlock"));
}

// A new project on the server and in the vault, bound to each other.
ProjectId addBoundProject(Vault& vault, const BenchServer& server, int run)
{
    const QByteArray remoteId = runServerCommand(server.binary,
        {QStringLiteral("project"), QStringLiteral("add"), QStringLiteral("bench %1").arg(run), QStringLiteral("--db"),
            server.database});
    const Project project = check(vault.addProject(QStringLiteral("bench %1").arg(run)), QStringLiteral("project"));
    check(vault.setRemoteBinding(
              project.id, server.url, remoteId.toLongLong(), SecretValue(QCA::SecureArray(server.token))),
        QStringLiteral("bind"));
    return project.id;
}

// Writes every item of the project with this round's values in one transaction; the vault queues
// one outbox entry per item (the bound project's pending changes), as it does for any import.
void writeItems(Vault& vault, ProjectId project, const Options& options, int round)
{
    ProjectStore::ProjectImport import;
    import.into = project;
    import.items.reserve(options.changes);
    for (int i = 0; i < options.changes; ++i) {
        ProjectStore::ImportItem item;
        item.name = QStringLiteral("ITEM_%1").arg(i, 6, 10, QLatin1Char('0'));
        if (i < options.secrets) {
            item.kind = ItemKind::Secret;
            item.secretValue = SecretValue::fromText(value(i, round));
        } else {
            item.value = value(i, round);
        }
        import.items.append(item);
    }
    check(vault.applyImport(import), QStringLiteral("write items"));
}

struct BestTimings
{
    std::optional<Timing> create;
    std::optional<Timing> replace;
};

// Each run publishes a new project's items twice: as creations, then as replacements. Prints
// every publish and returns the best of each kind.
BestTimings publishRuns(Vault& vault, SyncEngine& engine, const BenchServer& server, const Options& options)
{
    BestTimings best;
    for (int run = 0; run < options.runs; ++run) {
        const ProjectId project = addBoundProject(vault, server, run);
        for (int round = 0; round < 2; ++round) {
            writeItems(vault, project, options, round);
            const Timing timing = publishAll(engine, project);
            if (timing.sent != options.changes) {
                die(QStringLiteral("publish"),
                    QStringLiteral("sent %1 of %2 changes").arg(timing.sent).arg(options.changes));
            }
            print(round == 0 ? "create (run)" : "replace (run)", timing, options.changes);
            std::optional<Timing>& bestOfRound = round == 0 ? best.create : best.replace;
            if (!bestOfRound || timing.prepareMs + timing.publishMs < bestOfRound->prepareMs + bestOfRound->publishMs) {
                bestOfRound = timing;
            }
        }
    }
    return best;
}

void printHeader(const Options& options, const QString& url)
{
    std::printf("sync_bench: %d changes (%d secrets), best of %d, server %s\n", options.changes, options.secrets,
        options.runs, qPrintable(url));
    std::printf("%-16s %8s %8s %8s %8s %8s %7s %6s %7s | %6s %6s %6s %6s\n", "", "prepare", "publish", "total",
        "us/chg", "requests", "batches", "sent", "listed", "plan", "store", "ack", "wait");
}

} // namespace

int main(int argc, char** argv)
{
    QCA::Initializer qca;
    QCoreApplication app(argc, argv);
    const Options options = parseOptions(app);
    QTemporaryDir temporary(options.dir ? *options.dir + QStringLiteral("/sync-XXXXXX") : QString());
    if (!temporary.isValid()) {
        die(QStringLiteral("temporary folder"), temporary.errorString());
    }
    QProcess serving;
    const BenchServer server = startServer(serving, options, temporary.filePath(QStringLiteral("server.db")));
    Vault vault;
    createVault(vault, temporary.filePath(QStringLiteral("vault.db")));
    SyncEngine engine(&vault);

    printHeader(options, server.url);
    const BestTimings best = publishRuns(vault, engine, server, options);
    std::printf("\n");
    print("create: best", *best.create, options.changes);
    print("replace: best", *best.replace, options.changes);
    serving.terminate();
    serving.waitForFinished(5000);
    return 0;
}
