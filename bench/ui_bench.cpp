#include "models/SecretsTableModel.h"
#include "models/VariablesTableModel.h"
#include "storage/Vault.h"
#include "ui/AppSettings.h"
#include "ui/ItemTableView.h"
#include "ui/MainWindow.h"
#include "ui/ProjectsPanel.h"
#include "ui/SecretsAndVariablesPage.h"
#include "ui/SecretsTab.h"
#include "ui/VariablesTab.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QtCrypto>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

// Figures for docs/PERFORMANCE.md ("Desktop page"): how long the Secrets and variables page of a
// project with 100,000 variables and 10,000 secrets takes to paint after an unlock, how long a
// filter keystroke on the Environment variables tab takes, and the peak memory. Runs the real
// MainWindow on the offscreen platform. Prints figures next to the targets; never passes or fails.
//
//   ui_bench [--variables N] [--secrets M] [--batches B] [--rounds R] [--dir FOLDER]
//
// The vault is created and filled by a child process (this program with --prepare), so that the
// import's memory does not count in the peak RSS of the page.

namespace {

double msSince(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

double timeMs(const std::function<void()>& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return msSince(timer);
}

// CPU time of the calling thread or of the whole process, in ms: unlike wall time, it does not
// grow when other programs compete for the cores.
double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

double processCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

struct Percentiles
{
    double median = 0;
    double p95 = 0;
    double max = 0;
};

Percentiles percentiles(QList<double> samples)
{
    if (samples.isEmpty()) {
        return {};
    }
    std::sort(samples.begin(), samples.end());
    const qsizetype p95Index = qMax<qsizetype>(0, (samples.size() * 95 + 99) / 100 - 1);
    return {samples.at(samples.size() / 2), samples.at(p95Index), samples.constLast()};
}

// A line of /proc/self/status in KiB ("VmHWM", "VmRSS"), or -1.
qint64 procStatusKiB(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(prefix)) {
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}

double mb(qint64 kib)
{
    return static_cast<double>(kib) / 1024.0;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly)) {
        return QStringLiteral("unknown");
    }
    const QList<QByteArray> fields = file.readAll().split(' ');
    return QString::fromLatin1(fields.mid(0, 3).join(' '));
}

QString cpuModel()
{
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuinfo.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : cpuinfo.readAll().split('\n')) {
            if (line.startsWith("model name")) {
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
            }
        }
    }
    return QStringLiteral("unknown CPU");
}

// Names that the typed filters below narrow step by step: "var_1" matches VAR_1, VAR_10, … (11,111
// of 100,000), "var_12" matches VAR_12, VAR_120, … (1,111).
QString variableName(int i)
{
    return QStringLiteral("VAR_%1").arg(i);
}

QString secretName(int i)
{
    return QStringLiteral("SECRET_%1").arg(i, 6, 10, QLatin1Char('0'));
}

// Values of the kinds bots keep in variables (addresses, texts, JSON, e-mail addresses, numbers),
// mostly 40 to 80 bytes, so that random filters match some rows and not others.
QString variableValue(int i)
{
    static const QStringList words {QStringLiteral("order"), QStringLiteral("delivery"), QStringLiteral("refund"),
        QStringLiteral("welcome"), QStringLiteral("support"), QStringLiteral("weather"), QStringLiteral("payment"),
        QStringLiteral("catalog"), QStringLiteral("basket"), QStringLiteral("express"), QStringLiteral("review"),
        QStringLiteral("gift"), QStringLiteral("coupon"), QStringLiteral("invoice"), QStringLiteral("return"),
        QStringLiteral("status"), QStringLiteral("profile"), QStringLiteral("channel"), QStringLiteral("region"),
        QStringLiteral("night")};
    const auto word = [&](int salt) {
        return words.at(
            static_cast<int>((static_cast<quint64>(i) * 2654435761ULL + static_cast<quint64>(salt) * 40503ULL)
                % static_cast<quint64>(words.size())));
    };
    switch (i % 5) {
    case 0:
        return QStringLiteral("https://api.example.com/v2/%1/%2?retries=3").arg(word(1)).arg(i);
    case 1:
        return QStringLiteral("Your %1 is on its way; ask me about %2 or %3 any time.").arg(word(1), word(2), word(3));
    case 2:
        return QStringLiteral(R"({"limit": %1, "%2": true, "%3": "eu-west"})").arg(i % 500).arg(word(1), word(2));
    case 3:
        return QStringLiteral("%1.%2+%3@mail.example.org").arg(word(1), word(2)).arg(i);
    default:
        return QString::number((static_cast<quint64>(i) * 7919ULL) % 1000003ULL);
    }
}

QByteArray secretValue(int i)
{
    return QByteArrayLiteral("sk_live_") + QByteArray::number(static_cast<qulonglong>(i) * 2654435761ULL, 16)
        + QByteArrayLiteral("0123456789abcdef0123456789abcdef");
}

[[noreturn]] void fail(const QString& what)
{
    std::fprintf(stderr, "ui_bench: %s\n", qPrintable(what));
    std::exit(1);
}

template<typename T>
void check(const Result<T>& result, const char* what)
{
    if (!result) {
        fail(QStringLiteral("%1: %2").arg(QLatin1String(what), result.message()));
    }
}

const QByteArray kPassword = QByteArrayLiteral("benchmark master password");
const QString kProjectName = QStringLiteral("Benchmark");

// The child process: creates the vault with the default Argon2id settings and imports the items.
int prepare(const QString& vaultPath, int variableCount, int secretCount, int batches)
{
    const QCA::SecureArray password(kPassword);
    check(Vault::create(vaultPath, SecretValue(password), KdfParams::defaults()), "create");
    Vault vault;
    vault.setAutoLockTimeout(0);
    check(vault.unlock(vaultPath, SecretValue(password)), "unlock");
    auto project = vault.addProject(kProjectName);
    check(project, "addProject");
    auto importKind = [&](ItemKind kind, int count) {
        const int perBatch = qMax(1, (count + batches - 1) / batches);
        for (int first = 0; first < count; first += perBatch) {
            Vault::ProjectImport batch;
            batch.into = project->id;
            batch.items.reserve(perBatch);
            for (int i = first; i < qMin(count, first + perBatch); ++i) {
                if (kind == ItemKind::Variable) {
                    batch.items.append({kind, variableName(i), variableValue(i), SecretValue(), i % 3 == 0});
                } else {
                    batch.items.append(
                        {kind, secretName(i), QString(), SecretValue(QCA::SecureArray(secretValue(i))), false});
                }
            }
            check(vault.applyImport(batch), "applyImport");
        }
    };
    importKind(ItemKind::Variable, variableCount);
    importKind(ItemKind::Secret, secretCount);
    vault.lock();
    return 0;
}

// The vault, counting the page's loads and the time spent in them: which part of a step is the
// vault's decryption and which the models, views and painting.
class CountingVault : public Vault
{
public:
    struct Loads
    {
        int variablesCalls = 0;
        int secretsCalls = 0;
        qint64 variablesNs = 0;
        qint64 secretsNs = 0;
    };

    Result<QList<Variable>> variables(ProjectId project) const override
    {
        QElapsedTimer timer;
        timer.start();
        auto result = Vault::variables(project);
        m_loads.variablesNs += timer.nsecsElapsed();
        ++m_loads.variablesCalls;
        return result;
    }

    Result<QList<SecretSummary>> secrets(ProjectId project) const override
    {
        QElapsedTimer timer;
        timer.start();
        auto result = Vault::secrets(project);
        m_loads.secretsNs += timer.nsecsElapsed();
        ++m_loads.secretsCalls;
        return result;
    }

    // A progressive load: counted as one load, timed until its rows are read (the records are opened
    // later, a chunk per turn of the event loop).
    Result<std::unique_ptr<ItemListing<Variable>>> variableListing(ProjectId project) const override
    {
        QElapsedTimer timer;
        timer.start();
        auto result = Vault::variableListing(project);
        m_loads.variablesNs += timer.nsecsElapsed();
        ++m_loads.variablesCalls;
        return result;
    }

    Result<std::unique_ptr<ItemListing<SecretSummary>>> secretListing(ProjectId project) const override
    {
        QElapsedTimer timer;
        timer.start();
        auto result = Vault::secretListing(project);
        m_loads.secretsNs += timer.nsecsElapsed();
        ++m_loads.secretsCalls;
        return result;
    }

    // The loads since the last call.
    Loads takeLoads() const { return std::exchange(m_loads, Loads {}); }

private:
    mutable Loads m_loads;
};

QString describe(const CountingVault::Loads& loads)
{
    return QStringLiteral("%1 x variables() %2 ms, %3 x secrets() %4 ms")
        .arg(loads.variablesCalls)
        .arg(static_cast<double>(loads.variablesNs) / 1e6, 0, 'f', 0)
        .arg(loads.secretsCalls)
        .arg(static_cast<double>(loads.secretsNs) / 1e6, 0, 'f', 0);
}

// Notes the first paint of each watched widget after arm().
class PaintWatch : public QObject
{
public:
    void watch(QWidget* widget) { widget->installEventFilter(this); }
    void arm() { m_painted = false; }
    bool painted() const { return m_painted; }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            m_painted = true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_painted = false;
};

// Processes events until `watch` saw a paint (at most 60 s).
template<typename Model>
void processUntilLoaded(const Model* model)
{
    QElapsedTimer deadline;
    deadline.start();
    while (model->isLoading()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        if (deadline.elapsed() > 120000) {
            fail(QStringLiteral("the page did not finish loading within 120 s"));
        }
    }
}

void processUntilPainted(const PaintWatch& watch)
{
    QElapsedTimer deadline;
    deadline.start();
    while (!watch.painted()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        if (watch.painted()) {
            break;
        }
        if (deadline.elapsed() > 60000) {
            fail(QStringLiteral("nothing was painted within 60 s"));
        }
        QThread::usleep(50);
    }
}

struct Row
{
    QString measure;
    QString value;
    QString target;
};

void printTable(const QList<Row>& rows)
{
    int widths[3] = {7, 5, 6};
    for (const Row& row : rows) {
        widths[0] = qMax(widths[0], static_cast<int>(row.measure.size()));
        widths[1] = qMax(widths[1], static_cast<int>(row.value.size()));
        widths[2] = qMax(widths[2], static_cast<int>(row.target.size()));
    }
    auto line = [&widths](const QString& a, const QString& b, const QString& c) {
        std::printf("| %s | %s | %s |\n", qPrintable(a.leftJustified(widths[0])),
            qPrintable(b.rightJustified(widths[1])), qPrintable(c.leftJustified(widths[2])));
    };
    line(QStringLiteral("Measure"), QStringLiteral("Value"), QStringLiteral("Target"));
    std::printf("|%s|%s|%s|\n", QByteArray(widths[0] + 2, '-').constData(), QByteArray(widths[1] + 2, '-').constData(),
        QByteArray(widths[2] + 2, '-').constData());
    for (const Row& row : rows) {
        line(row.measure, row.value, row.target);
    }
}

QString ms(double value, int decimals = 1)
{
    return QLocale(QLocale::English).toString(value, 'f', decimals) + QStringLiteral(" ms");
}

QString megabytes(qint64 kib)
{
    return QLocale(QLocale::English).toString(mb(kib), 'f', 1) + QStringLiteral(" MB");
}

// "(met)" or "(MISSED)" after a target, for the reader's convenience; the program never fails.
QString target(const QString& text, bool met)
{
    return text + (met ? QStringLiteral(" (met)") : QStringLiteral(" (MISSED)"));
}

struct Options
{
    int variableCount = 0;
    int secretCount = 0;
    int batches = 1;
    int rounds = 1;
    std::optional<QString> dir;
    // Set in the child process that creates and fills the vault at this path.
    std::optional<QString> prepareVaultPath;
};

Options parseOptions(const QApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Desktop page benchmark: prints figures, never fails on time."));
    parser.addHelpOption();
    const QCommandLineOption variablesOption(QStringLiteral("variables"), QStringLiteral("Variables in the project."),
        QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption secretsOption(QStringLiteral("secrets"), QStringLiteral("Secrets in the project."),
        QStringLiteral("M"), QStringLiteral("10000"));
    const QCommandLineOption batchesOption(QStringLiteral("batches"), QStringLiteral("applyImport calls per kind."),
        QStringLiteral("B"), QStringLiteral("5"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"),
        QStringLiteral("How often the typed filter sequence is repeated."), QStringLiteral("R"), QStringLiteral("3"));
    const QCommandLineOption dirOption(QStringLiteral("dir"),
        QStringLiteral("Folder for the files (default: a temporary folder)."), QStringLiteral("FOLDER"));
    const QCommandLineOption prepareOption(QStringLiteral("prepare"),
        QStringLiteral("Internal: create and fill the vault at FILE."), QStringLiteral("FILE"));
    parser.addOptions({variablesOption, secretsOption, batchesOption, roundsOption, dirOption, prepareOption});
    parser.process(app);
    Options options;
    options.variableCount = qMax(0, parser.value(variablesOption).toInt());
    options.secretCount = qMax(0, parser.value(secretsOption).toInt());
    options.batches = qMax(1, parser.value(batchesOption).toInt());
    options.rounds = qMax(1, parser.value(roundsOption).toInt());
    if (parser.isSet(dirOption)) {
        options.dir = parser.value(dirOption);
    }
    if (parser.isSet(prepareOption)) {
        options.prepareVaultPath = parser.value(prepareOption);
    }
    return options;
}

QString temporaryFolderTemplate(const Options& options)
{
    return options.dir ? QDir(*options.dir).filePath(QStringLiteral("ui-bench-XXXXXX"))
                       : QDir::tempPath() + QStringLiteral("/ui-bench-XXXXXX");
}

void printHeader(const Options& options, const QString& folder)
{
    const KdfParams kdf = KdfParams::defaults();
    std::printf("BotVault desktop page benchmark: %d variables + %d secrets in one project\n", options.variableCount,
        options.secretCount);
    std::printf("Machine: %s, %d logical cores; Qt %s, platform %s, style %s\n", qPrintable(cpuModel()),
        QThread::idealThreadCount(), qVersion(), qPrintable(QGuiApplication::platformName()),
        qPrintable(QApplication::style()->name()));
    std::printf("Vault in %s (KDF: Argon2id %u MiB, %u passes, %u lanes)\n", qPrintable(folder), kdf.memoryKiB / 1024,
        kdf.passes, kdf.lanes);
    std::printf("Load average before: %s\n", qPrintable(loadAverage()));
    std::fflush(stdout);
}

// The vault is created and filled in a child process, so that the import's memory does not count here.
void prepareVaultInChildProcess(const QString& vaultPath, const Options& options)
{
    const double prepareMs = timeMs([&] {
        const int exitCode = QProcess::execute(QCoreApplication::applicationFilePath(),
            {QStringLiteral("--prepare"), vaultPath, QStringLiteral("--variables"),
                QString::number(options.variableCount), QStringLiteral("--secrets"),
                QString::number(options.secretCount), QStringLiteral("--batches"), QString::number(options.batches)});
        if (exitCode != 0) {
            fail(QStringLiteral("preparing the vault failed (exit code %1)").arg(exitCode));
        }
    });
    std::printf("Vault created and filled in %.1f s (child process)\n\n", prepareMs / 1000.0);
    std::fflush(stdout);
}

// The window under test and what the measurements watch in it. The paint watches come first so
// that they outlive the window.
struct PageUnderTest
{
    PaintWatch secretsPaint;
    PaintWatch variablesPaint;
    std::unique_ptr<MainWindow> window;
    SecretsAndVariablesPage* page = nullptr;
    QTableView* secretsTable = nullptr;
    QTableView* variablesTable = nullptr;
    ProjectId project = 0;
};

struct UnlockToPaint
{
    double constructMs = 0;
    double showMs = 0;
    double shownMs = 0;
    double secretsPaintedMs = 0;
    double secretsPaintedCpuMs = 0;
    CountingVault::Loads firstLoads;
    qint64 afterSecretsHwmKiB = 0;
    double switchMs = 0;
    double variablesPaintedMs = 0;
    CountingVault::Loads switchLoads;
    // Until both tabs hold every item (the rest of a large project loads after the first paint).
    double allLoadedMs = 0;
};

// Everything from "unlocked" to a painted Secrets tab, then the switch to the variables tab.
UnlockToPaint measureUnlockToPaint(
    CountingVault& vault, AppSettings& settings, const Options& options, PageUnderTest& ui)
{
    UnlockToPaint figures;
    QElapsedTimer sinceUnlock;
    sinceUnlock.start();
    const double cpuAtUnlock = processCpuMs();
    ui.window = std::make_unique<MainWindow>(&vault, &settings);
    figures.constructMs = msSince(sinceUnlock);
    ui.page = ui.window->page();
    ui.secretsTable = ui.page->secretsTab()->view()->table();
    ui.variablesTable = ui.page->variablesTab()->view()->table();
    ui.secretsPaint.watch(ui.secretsTable->viewport());
    ui.variablesPaint.watch(ui.variablesTable->viewport());
    // An empty filter result shows the empty-state label instead of the table.
    if (auto* empty = ui.page->variablesTab()->view()->findChild<QLabel*>(QStringLiteral("variablesEmptyState"))) {
        ui.variablesPaint.watch(empty);
    }
    ui.window->resize(1100, 680);
    ui.window->show();
    figures.showMs = msSince(sinceUnlock);
    const auto project = vault.projectByName(kProjectName);
    check(project, "projectByName");
    ui.window->projectsPanel()->selectProject(project->id);
    ui.page->tabs()->setCurrentIndex(0);
    figures.shownMs = msSince(sinceUnlock);
    processUntilPainted(ui.secretsPaint);
    figures.secretsPaintedMs = msSince(sinceUnlock);
    figures.secretsPaintedCpuMs = processCpuMs() - cpuAtUnlock;
    figures.firstLoads = vault.takeLoads();
    figures.afterSecretsHwmKiB = procStatusKiB("VmHWM");
    ui.project = project->id;
    if (ui.page->project() != ui.project) {
        fail(QStringLiteral("the page does not show the benchmark project"));
    }

    QElapsedTimer sinceSwitch;
    sinceSwitch.start();
    ui.variablesPaint.arm();
    ui.page->tabs()->setCurrentIndex(1);
    processUntilPainted(ui.variablesPaint);
    figures.switchMs = msSince(sinceSwitch);
    figures.variablesPaintedMs = msSince(sinceUnlock);
    figures.switchLoads = vault.takeLoads();
    processUntilLoaded(ui.page->variablesTab()->model());
    processUntilLoaded(ui.page->secretsTab()->model());
    figures.allLoadedMs = msSince(sinceUnlock);
    if (ui.page->secretsTab()->model()->totalCount() != options.secretCount) {
        fail(QStringLiteral("the page does not show the benchmark project with all its secrets"));
    }
    // The variables tab loads when first shown.
    if (ui.page->variablesTab()->model()->totalCount() != options.variableCount) {
        fail(QStringLiteral("the page does not show the benchmark project with all its variables"));
    }
    return figures;
}

struct Keystroke
{
    QString text;
    QString kind;
    double ms;
    // The parts: setText (filter and model reset), processEvents (layout and the queued paint),
    // the forced repaint of the visible table or empty state.
    double setTextMs;
    double eventsMs;
    double repaintMs;
    // CPU time of the main thread for the whole keystroke.
    double cpuMs;
    int rows;
};

// Filter keystrokes on the Environment variables tab: setText, then process events and repaint the
// visible table (or empty state) at once. Leaves the filter empty.
QList<Keystroke> measureKeystrokes(PageUnderTest& ui, int rounds)
{
    QLineEdit* filter = ui.page->variablesTab()->view()->filterEdit();
    auto* stack = ui.page->variablesTab()->view()->findChild<QStackedWidget*>();
    QTableView* variablesTable = ui.variablesTable;
    QList<Keystroke> keystrokes;
    auto keystroke = [&](const QString& text, const QString& kind) {
        ui.variablesPaint.arm();
        const double cpuStart = threadCpuMs();
        QElapsedTimer timer;
        timer.start();
        filter->setText(text);
        const double setTextMs = msSince(timer);
        QCoreApplication::processEvents();
        const double eventsMs = msSince(timer);
        QWidget* shown = stack ? stack->currentWidget() : variablesTable;
        (shown == variablesTable ? variablesTable->viewport() : shown)->repaint();
        processUntilPainted(ui.variablesPaint);
        const double totalMs = msSince(timer);
        keystrokes.append({text, kind, totalMs, setTextMs, eventsMs - setTextMs, totalMs - eventsMs,
            threadCpuMs() - cpuStart, ui.page->variablesTab()->model()->rowCount()});
    };
    const QString typed = QStringLiteral("var_12");
    for (int round = 0; round < rounds; ++round) {
        for (int length = 1; length <= typed.size(); ++length) {
            keystroke(typed.left(length), QStringLiteral("type"));
        }
        for (int length = static_cast<int>(typed.size()) - 1; length >= 0; --length) {
            keystroke(typed.left(length), QStringLiteral("backspace"));
        }
    }
    QRandomGenerator random(20240601);
    const QString alphabet = QStringLiteral("abcdefghijklmnopqrstuvwxyz0123456789_./:?=");
    for (int i = 0; i < 20; ++i) {
        QString text;
        const int length = 1 + static_cast<int>(random.bounded(3));
        for (int c = 0; c < length; ++c) {
            text.append(alphabet.at(static_cast<int>(random.bounded(static_cast<quint32>(alphabet.size())))));
        }
        keystroke(text, QStringLiteral("random"));
    }
    filter->clear();
    QCoreApplication::processEvents();
    return keystrokes;
}

struct AppFlow
{
    qint64 lockedRssKiB = 0;
    double unlockMs = 0;
    double paintedMs = 0;
    CountingVault::Loads loads;
    // How often each tab's model is reset (reloaded) by the one unlock.
    int variablesResets = 0;
    int secretsResets = 0;
    qint64 afterHwmKiB = 0;
};

// The app's own flow for comparison: the window is open and locked, the user unlocks, and
// Vault::unlock's lockedChanged signal reloads the page before the first paint.
AppFlow measureAppFlow(
    CountingVault& vault, PageUnderTest& ui, const QString& vaultPath, const QCA::SecureArray& password)
{
    AppFlow figures;
    ui.page->tabs()->setCurrentIndex(0);
    vault.lock();
    QCoreApplication::processEvents();
    figures.lockedRssKiB = procStatusKiB("VmRSS");
    vault.takeLoads();
    ui.secretsPaint.arm();
    int variablesResets = 0;
    int secretsResets = 0;
    const auto countVariables = QObject::connect(ui.page->variablesTab()->model(), &QAbstractItemModel::modelReset,
        ui.page, [&variablesResets] { ++variablesResets; });
    const auto countSecrets = QObject::connect(ui.page->secretsTab()->model(), &QAbstractItemModel::modelReset, ui.page,
        [&secretsResets] { ++secretsResets; });
    QElapsedTimer appFlow;
    appFlow.start();
    check(vault.unlock(vaultPath, SecretValue(password)), "unlock");
    figures.unlockMs = msSince(appFlow);
    processUntilPainted(ui.secretsPaint);
    figures.paintedMs = msSince(appFlow);
    figures.loads = vault.takeLoads();
    // The rest of a large project loads after the paint; the breakdown below starts once it has.
    processUntilLoaded(ui.page->variablesTab()->model());
    processUntilLoaded(ui.page->secretsTab()->model());
    QObject::disconnect(countVariables);
    QObject::disconnect(countSecrets);
    figures.afterHwmKiB = procStatusKiB("VmHWM");
    figures.variablesResets = variablesResets;
    figures.secretsResets = secretsResets;
    return figures;
}

struct Breakdown
{
    QList<double> variablesLoad;
    QList<double> secretsLoad;
    QList<double> variablesModel;
    QList<double> secretsModel;
    QList<double> variablesRepaint;
    QList<double> secretsRepaint;
};

// Where the time goes, with the vault unlocked and warm: the loads alone, the models over them,
// and a full repaint of each table.
Breakdown measureBreakdown(CountingVault& vault, PageUnderTest& ui)
{
    Breakdown samples;
    const ProjectId project = ui.project;
    for (int run = 0; run < 5; ++run) {
        samples.variablesLoad.append(timeMs([&] { check(vault.variables(project), "variables"); }));
        samples.secretsLoad.append(timeMs([&] { check(vault.secrets(project), "secrets"); }));
        VariablesTableModel variables(&vault);
        samples.variablesModel.append(timeMs([&] {
            variables.setProject(project);
            processUntilLoaded(&variables);
        }));
        SecretsTableModel secrets(&vault);
        samples.secretsModel.append(timeMs([&] {
            secrets.setProject(project);
            processUntilLoaded(&secrets);
        }));
    }
    QTableView* variablesTable = ui.variablesTable;
    QTableView* secretsTable = ui.secretsTable;
    ui.page->tabs()->setCurrentIndex(1);
    QCoreApplication::processEvents();
    for (int run = 0; run < 5; ++run) {
        samples.variablesRepaint.append(timeMs([&] { variablesTable->viewport()->repaint(); }));
    }
    ui.page->tabs()->setCurrentIndex(0);
    QCoreApplication::processEvents();
    for (int run = 0; run < 5; ++run) {
        samples.secretsRepaint.append(timeMs([&] { secretsTable->viewport()->repaint(); }));
    }
    return samples;
}

struct Report
{
    qint64 baseRssKiB = 0;
    double kdfMs = 0;
    qint64 afterUnlockHwmKiB = 0;
    UnlockToPaint unlockToPaint;
    QList<Keystroke> keystrokes;
    qint64 afterKeystrokesHwmKiB = 0;
    AppFlow appFlow;
    Breakdown breakdown;
    qint64 finalHwmKiB = 0;
};

// The keystrokes' times as samples: whole keystrokes, their parts, their CPU time and by kind.
struct KeystrokeSamples
{
    QList<double> all;
    QList<double> setTextParts;
    QList<double> eventsParts;
    QList<double> repaintParts;
    QList<double> natural;
    QList<double> cpu;
    QMap<QString, QList<double>> byKind;
};

KeystrokeSamples keystrokeSamples(const QList<Keystroke>& keystrokes)
{
    KeystrokeSamples samples;
    for (const Keystroke& k : keystrokes) {
        samples.all.append(k.ms);
        samples.natural.append(k.setTextMs + k.eventsMs);
        samples.cpu.append(k.cpuMs);
        samples.setTextParts.append(k.setTextMs);
        samples.eventsParts.append(k.eventsMs);
        samples.repaintParts.append(k.repaintMs);
        samples.byKind[k.kind].append(k.ms);
    }
    return samples;
}

QList<Row> pageRows(const Report& report)
{
    const UnlockToPaint& paint = report.unlockToPaint;
    const AppFlow& app = report.appFlow;
    return {
        {QStringLiteral("Unlock: Vault::unlock (Argon2id)"), ms(report.kdfMs), QStringLiteral("reported apart")},
        {QStringLiteral("Unlocked -> Secrets tab painted"), ms(paint.secretsPaintedMs),
            target(QStringLiteral("<= 500 ms"), paint.secretsPaintedMs <= 500)},
        {QStringLiteral("  process CPU time for it (all threads)"), ms(paint.secretsPaintedCpuMs), QString()},
        {QStringLiteral("  MainWindow constructed"), ms(paint.constructMs), QString()},
        {QStringLiteral("  show()"), ms(paint.showMs - paint.constructMs), QString()},
        {QStringLiteral("  project selected (loads both tabs)"), ms(paint.shownMs - paint.showMs), QString()},
        {QStringLiteral("  first paint"), ms(paint.secretsPaintedMs - paint.shownMs), QString()},
        {QStringLiteral("  of all that, vault loads"), describe(paint.firstLoads), QString()},
        {QStringLiteral("Switch to Environment variables -> painted"), ms(paint.switchMs), QString()},
        {QStringLiteral("  of which vault loads"), describe(paint.switchLoads), QString()},
        {QStringLiteral("Unlocked -> variables tab painted (total)"), ms(paint.variablesPaintedMs),
            target(QStringLiteral("<= 500 ms"), paint.variablesPaintedMs <= 500)},
        {QStringLiteral("Unlocked -> both tabs hold every item"), ms(paint.allLoadedMs), QString()},
        {QStringLiteral("App flow: unlock with the window open"), ms(app.unlockMs), QString()},
        {QStringLiteral("App flow: unlock -> Secrets tab painted"), ms(app.paintedMs), QStringLiteral("KDF + page")},
        {QStringLiteral("  model resets in that unlock: variables / secrets"),
            QStringLiteral("%1 / %2").arg(app.variablesResets).arg(app.secretsResets), QString()},
        {QStringLiteral("  of which vault loads"), describe(app.loads), QString()},
    };
}

QList<Row> keystrokeRows(const KeystrokeSamples& samples)
{
    const Percentiles keys = percentiles(samples.all);
    const Percentiles naturalKeys = percentiles(samples.natural);
    const Percentiles cpuKeys = percentiles(samples.cpu);
    QList<Row> rows {
        {QStringLiteral("Filter keystroke: median (%1 keystrokes)").arg(samples.all.size()), ms(keys.median, 2),
            target(QStringLiteral("<= 16 ms"), keys.median <= 16)},
        {QStringLiteral("Filter keystroke: p95"), ms(keys.p95, 2), QString()},
        {QStringLiteral("Filter keystroke: max"), ms(keys.max, 2), QString()},
        {QStringLiteral("  main-thread CPU time: median / p95"),
            QStringLiteral("%1 / %2").arg(ms(cpuKeys.median, 2), ms(cpuKeys.p95, 2)), QString()},
        {QStringLiteral("  without the forced repaint: median / p95"),
            QStringLiteral("%1 / %2").arg(ms(naturalKeys.median, 2), ms(naturalKeys.p95, 2)), QString()},
    };
    for (auto it = samples.byKind.cbegin(); it != samples.byKind.cend(); ++it) {
        const Percentiles p = percentiles(it.value());
        rows.append({QStringLiteral("  %1 (%2): median / p95").arg(it.key()).arg(it.value().size()),
            QStringLiteral("%1 / %2").arg(ms(p.median, 2), ms(p.p95, 2)), QString()});
    }
    return rows;
}

QList<Row> memoryRows(const Report& report)
{
    const qint64 peakKiB = report.appFlow.afterHwmKiB;
    return {
        {QStringLiteral("Peak RSS (VmHWM), page scenario"), megabytes(peakKiB),
            target(QStringLiteral("<= 200 MB"), mb(peakKiB) <= 200)},
        {QStringLiteral("  RSS before the unlock (Qt, fonts, app)"), megabytes(report.baseRssKiB), QString()},
        {QStringLiteral("  peak after the unlock (Argon2id)"), megabytes(report.afterUnlockHwmKiB), QString()},
        {QStringLiteral("  peak after the Secrets tab painted"), megabytes(report.unlockToPaint.afterSecretsHwmKiB),
            QString()},
        {QStringLiteral("  peak after the keystrokes"), megabytes(report.afterKeystrokesHwmKiB), QString()},
        {QStringLiteral("  RSS once locked again (page cleared)"), megabytes(report.appFlow.lockedRssKiB), QString()},
        {QStringLiteral("  peak after lock and unlock with the window open"), megabytes(peakKiB), QString()},
        {QStringLiteral("  peak incl. the bench-only breakdown below"), megabytes(report.finalHwmKiB), QString()},
        {QStringLiteral("  RSS at the end"), megabytes(procStatusKiB("VmRSS")), QString()},
    };
}

void printBreakdown(const Breakdown& breakdown, const KeystrokeSamples& keystrokes)
{
    const Percentiles vLoad = percentiles(breakdown.variablesLoad);
    const Percentiles sLoad = percentiles(breakdown.secretsLoad);
    const Percentiles vModel = percentiles(breakdown.variablesModel);
    const Percentiles sModel = percentiles(breakdown.secretsModel);
    std::printf("\nWhere the time goes (vault unlocked and warm; median of 5 loads and of 5 repaints):\n");
    std::printf("  Vault::variables()                       %8.1f ms\n", vLoad.median);
    std::printf("  VariablesTableModel::setProject()        %8.1f ms  (model over the load: %.1f ms)\n", vModel.median,
        vModel.median - vLoad.median);
    std::printf("  Vault::secrets()                         %8.1f ms\n", sLoad.median);
    std::printf("  SecretsTableModel::setProject()          %8.1f ms  (model over the load: %.1f ms)\n", sModel.median,
        sModel.median - sLoad.median);
    std::printf("  Keystroke: setText (filter, model reset) %8.2f ms  median; p95 %.2f ms\n",
        percentiles(keystrokes.setTextParts).median, percentiles(keystrokes.setTextParts).p95);
    std::printf("  Keystroke: processEvents (layout, paint) %8.2f ms  median; p95 %.2f ms\n",
        percentiles(keystrokes.eventsParts).median, percentiles(keystrokes.eventsParts).p95);
    std::printf("  Keystroke: forced viewport repaint       %8.2f ms  median; p95 %.2f ms\n",
        percentiles(keystrokes.repaintParts).median, percentiles(keystrokes.repaintParts).p95);
    std::printf(
        "  Variables table: full repaint            %8.2f ms\n", percentiles(breakdown.variablesRepaint).median);
    std::printf("  Secrets table: full repaint              %8.2f ms\n", percentiles(breakdown.secretsRepaint).median);
}

void printKeystrokes(const QList<Keystroke>& keystrokes)
{
    std::printf("\nKeystrokes (filter text, rows shown, ms):\n ");
    int column = 0;
    for (const Keystroke& k : keystrokes) {
        std::printf(" \"%s\" %d %.2f;", qPrintable(k.text), k.rows, k.ms);
        if (++column % 6 == 0) {
            std::printf("\n ");
        }
    }
}

void printReport(const Report& report)
{
    const KeystrokeSamples keystrokes = keystrokeSamples(report.keystrokes);
    printTable(pageRows(report) + keystrokeRows(keystrokes) + memoryRows(report));
    printBreakdown(report.breakdown, keystrokes);
    printKeystrokes(report.keystrokes);
    std::printf("\nLoad average after: %s\n", qPrintable(loadAverage()));
}

} // namespace

int main(int argc, char** argv)
{
    // Offscreen unless the caller chose a platform: the figures must not depend on a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QCA::Initializer qcaInit;
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("BotVault"));
    QApplication::setApplicationName(QStringLiteral("BotVault ui_bench"));
    const Options options = parseOptions(app);
    if (options.prepareVaultPath) {
        return prepare(*options.prepareVaultPath, options.variableCount, options.secretCount, options.batches);
    }

    QTemporaryDir temporary(temporaryFolderTemplate(options));
    if (!temporary.isValid()) {
        fail(QStringLiteral("cannot create a temporary folder"));
    }
    const QString vaultPath = temporary.filePath(QStringLiteral("vault.db"));
    printHeader(options, temporary.path());
    prepareVaultInChildProcess(vaultPath, options);

    Report report;
    report.baseRssKiB = procStatusKiB("VmRSS");
    const QCA::SecureArray password(kPassword);
    QSettings iniFile(temporary.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    AppSettings settings(&iniFile);
    settings.setVaultPath(vaultPath);
    settings.setAutoLockMinutes(0);

    // (1) Unlock: the key derivation alone, then everything from "unlocked" to a painted page.
    CountingVault vault;
    vault.setAutoLockTimeout(0);
    report.kdfMs = timeMs([&] { check(vault.unlock(vaultPath, SecretValue(password)), "unlock"); });
    report.afterUnlockHwmKiB = procStatusKiB("VmHWM");
    PageUnderTest ui;
    report.unlockToPaint = measureUnlockToPaint(vault, settings, options, ui);
    // (2) Filter keystrokes on the Environment variables tab.
    report.keystrokes = measureKeystrokes(ui, options.rounds);
    report.afterKeystrokesHwmKiB = procStatusKiB("VmHWM");
    report.appFlow = measureAppFlow(vault, ui, vaultPath, password);
    report.breakdown = measureBreakdown(vault, ui);
    report.finalHwmKiB = procStatusKiB("VmHWM");

    printReport(report);
    ui.window.reset();
    vault.lock();
    return 0;
}
