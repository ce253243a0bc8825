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
// (prepare: GET /me and both listings and the plan; publish: the batches) and reports the number of
// HTTP requests, which shows the batching. Prints a table; never passes or fails.
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
    return timing;
}

void print(const char* label, const Timing& t, int changes)
{
    const double total = t.prepareMs + t.publishMs;
    std::printf("%-28s %9.0f %9.0f %9.0f %9.1f %9d %8d %8d\n", label, t.prepareMs, t.publishMs, total,
        total * 1000.0 / qMax(1, changes), t.requests, t.batches, t.sent);
}

} // namespace

int main(int argc, char** argv)
{
    QCA::Initializer qca;
    QCoreApplication app(argc, argv);
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
    const int changes = qMax(1, parser.value(QStringLiteral("changes")).toInt());
    const int secrets = std::clamp(parser.value(QStringLiteral("secrets")).toInt(), 0, changes);
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());
    const QString server = parser.value(QStringLiteral("server"));

    QTemporaryDir temporary(parser.isSet(QStringLiteral("dir"))
            ? parser.value(QStringLiteral("dir")) + QStringLiteral("/sync-XXXXXX")
            : QString());
    if (!temporary.isValid()) {
        die(QStringLiteral("temporary folder"), temporary.errorString());
    }
    const QString serverDb = temporary.filePath(QStringLiteral("server.db"));
    const QByteArray token = runServerCommand(server,
        {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bench"), QStringLiteral("--role"),
            QStringLiteral("SYSTEM_ADMIN"), QStringLiteral("--db"), serverDb});

    QProcess serving;
    // The server's request log shows each batch's time on the server side.
    serving.setProcessChannelMode(
        parser.isSet(QStringLiteral("server-log")) ? QProcess::ForwardedErrorChannel : QProcess::SeparateChannels);
    serving.start(server,
        {QStringLiteral("serve"), QStringLiteral("--db"), serverDb, QStringLiteral("--port"), QStringLiteral("0")});
    if (!serving.waitForReadyRead(15000)) {
        die(QStringLiteral("botvault-server serve"), QString::fromUtf8(serving.readAllStandardError()));
    }
    const QByteArray firstLine = serving.readLine().trimmed();
    const QByteArray prefix = "listening on ";
    if (!firstLine.startsWith(prefix)) {
        die(QStringLiteral("botvault-server serve"), QString::fromUtf8(firstLine));
    }
    const QString url = QString::fromUtf8(firstLine.mid(prefix.size()));

    const QString vaultPath = temporary.filePath(QStringLiteral("vault.db"));
    const QCA::SecureArray password("bench password");
    KdfParams cheap = KdfParams::defaults();
    cheap.memoryKiB = KdfParams::kMinMemoryKiB;
    cheap.passes = KdfParams::kMinPasses;
    check(Vault::create(vaultPath, SecretValue(password), cheap), QStringLiteral("create vault"));
    Vault vault;
    check(vault.unlock(vaultPath, SecretValue(password)), QStringLiteral("unlock"));
    SyncEngine engine(&vault);

    std::printf(
        "sync_bench: %d changes (%d secrets), best of %d, server %s\n", changes, secrets, runs, qPrintable(url));
    std::printf("%-28s %9s %9s %9s %9s %9s %8s %8s\n", "", "prepare", "publish", "total", "us/chg", "requests",
        "batches", "sent");
    std::optional<Timing> bestCreate;
    std::optional<Timing> bestReplace;
    for (int run = 0; run < runs; ++run) {
        const QByteArray remoteId = runServerCommand(server,
            {QStringLiteral("project"), QStringLiteral("add"), QStringLiteral("bench %1").arg(run),
                QStringLiteral("--db"), serverDb});
        const Project project = check(vault.addProject(QStringLiteral("bench %1").arg(run)), QStringLiteral("project"));
        check(vault.setRemoteBinding(project.id, url, remoteId.toLongLong(), SecretValue(QCA::SecureArray(token))),
            QStringLiteral("bind"));

        for (int round = 0; round < 2; ++round) {
            // One transaction per round; the vault queues one outbox entry per item (the bound
            // project's pending changes), as it does for any import.
            ProjectStore::ProjectImport import;
            import.into = project.id;
            import.items.reserve(changes);
            for (int i = 0; i < changes; ++i) {
                ProjectStore::ImportItem item;
                item.name = QStringLiteral("ITEM_%1").arg(i, 6, 10, QLatin1Char('0'));
                if (i < secrets) {
                    item.kind = ItemKind::Secret;
                    item.secretValue = SecretValue::fromText(value(i, round));
                } else {
                    item.value = value(i, round);
                }
                import.items.append(item);
            }
            check(vault.applyImport(import), QStringLiteral("write items"));
            const Timing timing = publishAll(engine, project.id);
            if (timing.sent != changes) {
                die(QStringLiteral("publish"), QStringLiteral("sent %1 of %2 changes").arg(timing.sent).arg(changes));
            }
            print(round == 0 ? "create (run)" : "replace (run)", timing, changes);
            std::optional<Timing>& best = round == 0 ? bestCreate : bestReplace;
            if (!best || timing.prepareMs + timing.publishMs < best->prepareMs + best->publishMs) {
                best = timing;
            }
        }
    }
    std::printf("\n");
    print("create: best", *bestCreate, changes);
    print("replace: best", *bestReplace, changes);
    serving.terminate();
    serving.waitForFinished(5000);
    return 0;
}
