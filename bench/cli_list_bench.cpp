#include "storage/KdfParams.h"
#include "storage/Vault.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>
#include <QTemporaryDir>
#include <QtCrypto>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

// Figures for docs/PERFORMANCE.md ("Command-line listings"): the whole-process wall time and peak
// RSS of `botvault-cli secret list` and `var list`, as text and as JSON, over a project of many items
// in a vault at the lowest key derivation the vault accepts (Argon2id 19 MiB, 2 passes, 1 lane).
// Each listing runs as its own process (posix_spawn, output to /dev/null) and wait4() gives its peak
// RSS, as /usr/bin/time -v reports it. Linux keeps a process's peak RSS across exec, and a spawned
// child starts inside this program's memory, so the vault is filled by another child (this program
// with --fill): this program stays small, and each listing's peak is the listing's own. The CLI is named on the command
// line, so the same vault can be listed by two builds (before and after a change) in the same run.
//
//   cli_list_bench --cli PATH [--cli PATH2] [--secrets N] [--variables M] [--runs R] [--dir FOLDER]

extern char** environ;

namespace {

const QString kPassword = QStringLiteral("cli list bench password");
const QString kProjectName = QStringLiteral("bench");

[[noreturn]] void fail(const QString& what)
{
    std::fprintf(stderr, "cli_list_bench: %s\n", qPrintable(what));
    std::exit(1);
}

template<typename T>
void check(const Result<T>& result, const char* step)
{
    if (!result) {
        fail(QStringLiteral("%1: %2").arg(QLatin1String(step), result.message()));
    }
}

void fill(Vault& vault, ProjectId project, ItemKind kind, int count)
{
    constexpr int kBatch = 20000;
    for (int first = 0; first < count; first += kBatch) {
        Vault::ProjectImport batch;
        batch.into = project;
        for (int i = first; i < std::min(count, first + kBatch); ++i) {
            const QString number = QStringLiteral("%1").arg(i, 6, 10, QLatin1Char('0'));
            if (kind == ItemKind::Variable) {
                batch.items.append({kind, QStringLiteral("VARIABLE_") + number,
                    QStringLiteral("https://service-%1.example.com/api/v2?region=eu").arg(i), SecretValue(),
                    i % 3 == 0});
            } else {
                const QByteArray value = QByteArray("sk_live_") + QByteArray::number(i * 7919) + "_abcdefghijklmnop";
                batch.items.append(
                    {kind, QStringLiteral("SECRET_") + number, QString(), SecretValue(QCA::SecureArray(value)), false});
            }
        }
        check(vault.applyImport(batch), "applyImport");
    }
}

struct Run
{
    double wallMs = 0;
    // User plus system CPU time of the process, all threads: unlike the wall time it does not grow
    // with the competition for the cores.
    double cpuMs = 0;
    long peakRssKiB = 0;
    int exitCode = -1;
};

Run runOnce(const QString& cli, const QStringList& arguments)
{
    QList<QByteArray> storage {QFile::encodeName(cli)};
    for (const QString& argument : arguments) {
        storage.append(argument.toUtf8());
    }
    std::vector<char*> argv;
    for (QByteArray& bytes : storage) {
        argv.push_back(bytes.data());
    }
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0) {
        fail(QStringLiteral("cannot start %1").arg(cli));
    }
    posix_spawn_file_actions_destroy(&actions);
    int status = 0;
    rusage usage {};
    if (wait4(pid, &status, 0, &usage) != pid) {
        fail(QStringLiteral("wait4 failed"));
    }
    Run run;
    run.wallMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    run.peakRssKiB = usage.ru_maxrss;
    run.cpuMs = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
        + static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(u' ', 0, 2) : QString();
}

struct Setup
{
    QString vaultPath;
    QString passwordPath;
    KdfParams kdf;
};

KdfParams lowestKdf()
{
    KdfParams kdf = KdfParams::defaults();
    kdf.memoryKiB = KdfParams::kMinMemoryKiB;
    kdf.passes = KdfParams::kMinPasses;
    kdf.lanes = KdfParams::kMinLanes;
    return kdf;
}

// The child's work (--fill): a vault at the lowest key derivation the vault accepts, with one
// project of `secrets` and `variables`.
int fillVault(const QString& vaultPath, int secrets, int variables)
{
    const SecretValue secret(QCA::SecureArray(kPassword.toUtf8()));
    check(Vault::create(vaultPath, secret, lowestKdf()), "create");
    Vault vault;
    check(vault.unlock(vaultPath, secret), "unlock");
    const auto project = vault.addProject(kProjectName);
    check(project, "addProject");
    fill(vault, project->id, ItemKind::Secret, secrets);
    fill(vault, project->id, ItemKind::Variable, variables);
    return 0;
}

Setup prepareVault(const QTemporaryDir& folder, int secrets, int variables)
{
    Setup setup;
    setup.vaultPath = folder.filePath(QStringLiteral("vault.db"));
    setup.passwordPath = folder.filePath(QStringLiteral("password"));
    setup.kdf = lowestKdf();
    QFile password(setup.passwordPath);
    if (!folder.isValid() || !password.open(QIODevice::WriteOnly) || password.write(kPassword.toUtf8()) < 0) {
        fail(QStringLiteral("cannot prepare %1").arg(folder.path()));
    }
    password.close();
    const Run filled = runOnce(QCoreApplication::applicationFilePath(),
        {QStringLiteral("--fill"), setup.vaultPath, QStringLiteral("--secrets"), QString::number(secrets),
            QStringLiteral("--variables"), QString::number(variables)});
    if (filled.exitCode != 0) {
        fail(QStringLiteral("filling the vault failed (exit %1)").arg(filled.exitCode));
    }
    return setup;
}

// Runs `command` with each CLI `runs` times, the builds alternating so that a change in the
// machine's load touches them alike, and prints one table row per CLI.
void measureCommand(const QStringList& clis, const QStringList& command, const Setup& setup, int runs)
{
    QList<QList<double>> wall(clis.size());
    QList<QList<double>> cpu(clis.size());
    QList<long> peak(clis.size(), 0);
    const QStringList vaultOptions {
        QStringLiteral("--vault"), setup.vaultPath, QStringLiteral("--password-file"), setup.passwordPath};
    for (int run = 0; run < runs; ++run) {
        for (qsizetype i = 0; i < clis.size(); ++i) {
            const Run result = runOnce(clis.at(i), command + vaultOptions);
            if (result.exitCode != 0) {
                fail(QStringLiteral("%1 %2 exited with %3").arg(clis.at(i), command.join(u' ')).arg(result.exitCode));
            }
            wall[i].append(result.wallMs);
            cpu[i].append(result.cpuMs);
            peak[i] = std::max(peak[i], result.peakRssKiB);
        }
    }
    for (qsizetype i = 0; i < clis.size(); ++i) {
        std::printf("| `%s` | %lld | %.0f | %.0f | %.1f |\n", qPrintable(command.join(u' ')),
            static_cast<long long>(i + 1), median(wall[i]), median(cpu[i]), static_cast<double>(peak[i]) / 1024.0);
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCA::Initializer qcaInit;
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption cliOption(
        QStringLiteral("cli"), QStringLiteral("A botvault-cli to run (repeatable)."), QStringLiteral("path"));
    const QCommandLineOption secretsOption(QStringLiteral("secrets"), QStringLiteral("Secrets in the project."),
        QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption variablesOption(QStringLiteral("variables"), QStringLiteral("Variables in the project."),
        QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption runsOption(
        QStringLiteral("runs"), QStringLiteral("Runs of each listing."), QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("Folder for the vault."),
        QStringLiteral("folder"), QStringLiteral("/tmp"));
    const QCommandLineOption fillOption(QStringLiteral("fill"),
        QStringLiteral("Internal: create and fill the vault at this path, then exit."), QStringLiteral("path"));
    parser.addOptions({cliOption, secretsOption, variablesOption, runsOption, dirOption, fillOption});
    parser.addHelpOption();
    parser.process(app);
    if (parser.isSet(fillOption)) {
        return fillVault(
            parser.value(fillOption), parser.value(secretsOption).toInt(), parser.value(variablesOption).toInt());
    }
    const QStringList clis = parser.values(cliOption);
    if (clis.isEmpty()) {
        fail(QStringLiteral("name at least one botvault-cli with --cli"));
    }
    const int runs = std::max(1, parser.value(runsOption).toInt());
    QTemporaryDir folder(parser.value(dirOption) + QStringLiteral("/cli_list_bench-XXXXXX"));
    const Setup setup
        = prepareVault(folder, parser.value(secretsOption).toInt(), parser.value(variablesOption).toInt());

    std::printf("botvault-cli listings: %s secrets and %s variables in one project, Argon2id %u MiB, %u passes, "
                "%u lane(s); median of %d runs\n",
        qPrintable(parser.value(secretsOption)), qPrintable(parser.value(variablesOption)), setup.kdf.memoryKiB / 1024,
        setup.kdf.passes, setup.kdf.lanes, runs);
    for (qsizetype i = 0; i < clis.size(); ++i) {
        std::printf("cli %lld: %s\n", static_cast<long long>(i + 1), qPrintable(clis.at(i)));
    }
    std::printf("Load average before: %s\n\n", qPrintable(loadAverage()));
    std::printf("| command | cli | wall ms | CPU ms | peak RSS MiB |\n|---|---|---:|---:|---:|\n");
    for (const QString& kind : {QStringLiteral("secret"), QStringLiteral("var")}) {
        measureCommand(clis, {kind, QStringLiteral("list"), kProjectName, QStringLiteral("--json")}, setup, runs);
        measureCommand(clis, {kind, QStringLiteral("list"), kProjectName}, setup, runs);
    }
    std::printf("\nLoad average after: %s\n", qPrintable(loadAverage()));
    return 0;
}
