#include "crypto/Aead.h"
#include "storage/KeyDerivation.h"
#include "storage/RecordCodec.h"
#include "storage/Vault.h"
#include "storage/VaultKeys.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QtCrypto>
#include <QtEndian>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>

#include <time.h>

// Figures for docs/PERFORMANCE.md ("Vault"): bulk import, unlock, loading every summary, single
// writes (each keeping a version), what history adds, peak memory and file size of a large vault,
// next to the same rows in plain SQLite with the vault's pragmas and no crypto. Prints a table; never
// passes or fails.
//
//   vault_bench [--variables N] [--secrets M] [--batches B] [--ops K] [--dir FOLDER]

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

struct Percentiles
{
    double median = 0;
    double p95 = 0;
};

Percentiles percentiles(QList<double> samples)
{
    if (samples.isEmpty()) {
        return {};
    }
    std::sort(samples.begin(), samples.end());
    const qsizetype p95Index = qMax<qsizetype>(0, (samples.size() * 95 + 99) / 100 - 1);
    return {samples.at(samples.size() / 2), samples.at(p95Index)};
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

qint64 filesSize(const QString& path)
{
    qint64 total = 0;
    for (const char* suffix : {"", "-wal", "-shm"}) {
        total += QFileInfo(path + QLatin1String(suffix)).size();
    }
    return total;
}

QString variableName(int i)
{
    return QStringLiteral("VARIABLE_%1").arg(i, 6, 10, QLatin1Char('0'));
}

QString secretName(int i)
{
    return QStringLiteral("SECRET_%1").arg(i, 6, 10, QLatin1Char('0'));
}

// Values of a typical size for bot settings and API keys (40 to 80 bytes).
QString variableValue(int i, int version = 0)
{
    return QStringLiteral("https://api.example.com/v%1/endpoint/%2?retries=3").arg(version).arg(i);
}

QByteArray secretValue(int i)
{
    return QByteArrayLiteral("sk_live_") + QByteArray::number(static_cast<qulonglong>(i) * 2654435761ULL, 16)
        + QByteArrayLiteral("0123456789abcdef0123456789abcdef");
}

[[noreturn]] void fail(const QString& what)
{
    std::fprintf(stderr, "vault_bench: %s\n", qPrintable(what));
    std::exit(1);
}

template<typename T>
void check(const Result<T>& result, const char* what)
{
    if (!result) {
        fail(QStringLiteral("%1: %2").arg(QLatin1String(what), result.message()));
    }
}

// The same rows in a plain SQLite table with the vault's pragmas and indexes, names and values in
// clear: what the storage alone costs.
class PlainSqlite
{
public:
    explicit PlainSqlite(const QString& path)
    {
        if (sqlite3_open_v2(
                QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
            != SQLITE_OK) {
            fail(QStringLiteral("plain SQLite: cannot create %1").arg(path));
        }
        exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA secure_delete = ON;"
             "PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY;"
             "CREATE TABLE items (id INTEGER PRIMARY KEY, project_id INTEGER NOT NULL, kind INTEGER NOT NULL,"
             " name TEXT NOT NULL, value BLOB NOT NULL, updated INTEGER NOT NULL, UNIQUE (project_id, kind, name));"
             "CREATE INDEX items_by_project ON items(project_id, kind);");
    }
    ~PlainSqlite() { sqlite3_close(m_db); }

    void exec(const char* sql)
    {
        char* message = nullptr;
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
            const QString text = QString::fromUtf8(message);
            sqlite3_free(message);
            fail(QStringLiteral("plain SQLite: %1").arg(text));
        }
    }

    void insertBatch(int kind, int first, int count)
    {
        exec("BEGIN IMMEDIATE");
        sqlite3_stmt* insert = nullptr;
        sqlite3_prepare_v2(m_db,
            "INSERT INTO items (project_id, kind, name, value, updated) VALUES (1, ?1, ?2, ?3, ?4)", -1, &insert,
            nullptr);
        for (int i = first; i < first + count; ++i) {
            const QByteArray name = (kind == 1 ? secretName(i) : variableName(i)).toUtf8();
            const QByteArray value = kind == 1 ? secretValue(i) : variableValue(i).toUtf8();
            sqlite3_bind_int(insert, 1, kind);
            sqlite3_bind_text(insert, 2, name.constData(), static_cast<int>(name.size()), SQLITE_TRANSIENT);
            sqlite3_bind_blob(insert, 3, value.constData(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
            sqlite3_bind_int64(insert, 4, QDateTime::currentMSecsSinceEpoch());
            if (sqlite3_step(insert) != SQLITE_DONE) {
                fail(QStringLiteral("plain SQLite: insert failed"));
            }
            sqlite3_reset(insert);
        }
        sqlite3_finalize(insert);
        exec("COMMIT");
    }

    // The same result objects the vault hands out, sorted by name as the vault sorts them.
    QList<Variable> variables()
    {
        QList<Variable> items;
        sqlite3_stmt* query = nullptr;
        sqlite3_prepare_v2(
            m_db, "SELECT id, name, value, updated FROM items WHERE project_id = 1 AND kind = 2", -1, &query, nullptr);
        while (sqlite3_step(query) == SQLITE_ROW) {
            Variable variable;
            variable.id = sqlite3_column_int64(query, 0);
            variable.projectId = 1;
            variable.name = QString::fromUtf8(
                reinterpret_cast<const char*>(sqlite3_column_text(query, 1)), sqlite3_column_bytes(query, 1));
            variable.value = QString::fromUtf8(
                static_cast<const char*>(sqlite3_column_blob(query, 2)), sqlite3_column_bytes(query, 2));
            variable.updated = QDateTime::fromMSecsSinceEpoch(sqlite3_column_int64(query, 3), Qt::UTC);
            items.append(variable);
        }
        sqlite3_finalize(query);
        std::sort(items.begin(), items.end(), [](const Variable& a, const Variable& b) { return a.name < b.name; });
        return items;
    }

    QList<SecretSummary> secrets()
    {
        QList<SecretSummary> items;
        sqlite3_stmt* query = nullptr;
        sqlite3_prepare_v2(
            m_db, "SELECT id, name, updated FROM items WHERE project_id = 1 AND kind = 1", -1, &query, nullptr);
        while (sqlite3_step(query) == SQLITE_ROW) {
            SecretSummary secret;
            secret.id = sqlite3_column_int64(query, 0);
            secret.projectId = 1;
            secret.name = QString::fromUtf8(
                reinterpret_cast<const char*>(sqlite3_column_text(query, 1)), sqlite3_column_bytes(query, 1));
            secret.updated = QDateTime::fromMSecsSinceEpoch(sqlite3_column_int64(query, 2), Qt::UTC);
            items.append(secret);
        }
        sqlite3_finalize(query);
        std::sort(
            items.begin(), items.end(), [](const SecretSummary& a, const SecretSummary& b) { return a.name < b.name; });
        return items;
    }

private:
    sqlite3* m_db = nullptr;
};

// Reads every record blob of the vault file straight through SQLite: the I/O part of a load.
QList<QByteArray> readRecordBlobs(const QString& path, int* count)
{
    QList<QByteArray> blobs;
    sqlite3* db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* query = nullptr;
    sqlite3_prepare_v2(db, "SELECT id, record FROM items ORDER BY project_id, kind", -1, &query, nullptr);
    while (sqlite3_step(query) == SQLITE_ROW) {
        blobs.append(
            QByteArray(static_cast<const char*>(sqlite3_column_blob(query, 1)), sqlite3_column_bytes(query, 1)));
    }
    sqlite3_finalize(query);
    sqlite3_close(db);
    *count = static_cast<int>(blobs.size());
    return blobs;
}

struct Row
{
    QString measure;
    QString value;
    QString target;
    QString verdict;
};

void printTable(const QList<Row>& rows)
{
    int widths[4] = {7, 5, 6, 0};
    for (const Row& row : rows) {
        widths[0] = qMax(widths[0], static_cast<int>(row.measure.size()));
        widths[1] = qMax(widths[1], static_cast<int>(row.value.size()));
        widths[2] = qMax(widths[2], static_cast<int>(row.target.size()));
    }
    auto line = [&widths](const QString& a, const QString& b, const QString& c, const QString& d) {
        std::printf("| %s | %s | %s | %s |\n", qPrintable(a.leftJustified(widths[0])),
            qPrintable(b.rightJustified(widths[1])), qPrintable(c.leftJustified(widths[2])),
            qPrintable(d.leftJustified(7)));
    };
    line(QStringLiteral("Measure"), QStringLiteral("Value"), QStringLiteral("Target"), QStringLiteral("Verdict"));
    std::printf("|%s|%s|%s|%s|\n", QByteArray(widths[0] + 2, '-').constData(),
        QByteArray(widths[1] + 2, '-').constData(), QByteArray(widths[2] + 2, '-').constData(),
        QByteArray(9, '-').constData());
    for (const Row& row : rows) {
        line(row.measure, row.value, row.target, row.verdict);
    }
}

QString number(double value, int decimals = 0)
{
    return QLocale(QLocale::English).toString(value, 'f', decimals);
}

// A peak read from /proc/self/status, as the table prints it.
QString megabytes(qint64 kib)
{
    return number(static_cast<double>(kib) / 1024.0, 1) + QStringLiteral(" MB");
}

QString verdict(bool met)
{
    return met ? QStringLiteral("met") : QStringLiteral("MISSED");
}

struct Options
{
    int variableCount = 0;
    int secretCount = 0;
    int total = 0; // variables and secrets
    int batches = 1;
    int ops = 1;
    std::optional<QString> dir;
};

Options parseOptions(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Vault benchmark: prints figures, never fails on time."));
    parser.addHelpOption();
    const QCommandLineOption variablesOption(QStringLiteral("variables"), QStringLiteral("Variables to import."),
        QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption secretsOption(
        QStringLiteral("secrets"), QStringLiteral("Secrets to import."), QStringLiteral("M"), QStringLiteral("10000"));
    const QCommandLineOption batchesOption(QStringLiteral("batches"), QStringLiteral("applyImport calls per kind."),
        QStringLiteral("B"), QStringLiteral("5"));
    const QCommandLineOption opsOption(QStringLiteral("ops"), QStringLiteral("Single writes timed per kind."),
        QStringLiteral("K"), QStringLiteral("200"));
    const QCommandLineOption dirOption(QStringLiteral("dir"),
        QStringLiteral("Folder for the files (default: a temporary folder)."), QStringLiteral("FOLDER"));
    parser.addOptions({variablesOption, secretsOption, batchesOption, opsOption, dirOption});
    parser.process(app);
    Options options;
    options.variableCount = parser.value(variablesOption).toInt();
    options.secretCount = parser.value(secretsOption).toInt();
    options.batches = qMax(1, parser.value(batchesOption).toInt());
    options.ops = qMax(1, parser.value(opsOption).toInt());
    options.total = options.variableCount + options.secretCount;
    if (parser.isSet(dirOption)) {
        options.dir = parser.value(dirOption);
    }
    return options;
}

QString temporaryFolderTemplate(const Options& options)
{
    return options.dir ? QDir(*options.dir).filePath(QStringLiteral("bench-XXXXXX"))
                       : QDir::tempPath() + QStringLiteral("/vault-bench-XXXXXX");
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll().left(14)) : QString();
}

void printHeader(const Options& options, const QString& folder, const KdfParams& kdf)
{
    std::printf("BotVault vault benchmark: %d variables + %d secrets in one project\n", options.variableCount,
        options.secretCount);
    std::printf("Machine: %s, %d logical cores; Qt %s, SQLite %s, QCA %s\n", qPrintable(cpuModel()),
        QThread::idealThreadCount(), qVersion(), sqlite3_libversion(), qcaVersionStr());
    std::printf("Files in %s (KDF: Argon2id %u MiB, %u passes, %u lanes)\n\n", qPrintable(folder), kdf.memoryKiB / 1024,
        kdf.passes, kdf.lanes);
}

struct Creation
{
    double createMs = 0;
    double firstUnlockMs = 0;
    qint64 unlockPeakKiB = 0;
};

// Create and unlock, with the default KDF.
Creation measureCreateAndUnlock(
    Vault& vault, const QString& vaultPath, const QCA::SecureArray& password, const KdfParams& kdf)
{
    Creation creation;
    creation.createMs = timeMs([&] { check(Vault::create(vaultPath, SecretValue(password), kdf), "create"); });
    vault.setAutoLockTimeout(0);
    creation.firstUnlockMs = timeMs([&] { check(vault.unlock(vaultPath, SecretValue(password)), "unlock"); });
    creation.unlockPeakKiB = procStatusKiB("VmHWM");
    return creation;
}

ProjectId addBenchmarkProject(Vault& vault)
{
    auto project = vault.addProject(QStringLiteral("Benchmark"));
    check(project, "addProject");
    return project->id;
}

QList<Vault::ProjectImport> importBatches(const Options& options, ProjectId projectId)
{
    QList<Vault::ProjectImport> imports;
    auto addBatches = [&](ItemKind kind, int count) {
        const int perBatch = (count + options.batches - 1) / options.batches;
        for (int first = 0; first < count; first += perBatch) {
            Vault::ProjectImport batch;
            batch.into = projectId;
            batch.items.reserve(perBatch);
            for (int i = first; i < qMin(count, first + perBatch); ++i) {
                if (kind == ItemKind::Variable) {
                    batch.items.append({kind, variableName(i), variableValue(i), SecretValue(), i % 3 == 0});
                } else {
                    batch.items.append(
                        {kind, secretName(i), QString(), SecretValue(QCA::SecureArray(secretValue(i))), false});
                }
            }
            imports.append(batch);
        }
    };
    addBatches(ItemKind::Variable, options.variableCount);
    addBatches(ItemKind::Secret, options.secretCount);
    return imports;
}

// CPU time of the whole process (all threads): unlike wall time it does not grow when other
// processes compete for the cores, so it compares runs made at different loads.
double processCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

struct BulkImport
{
    // Per batch as well: a rate that falls as the vault grows points at the indexes, not the crypto.
    QList<double> batchRates;
    double importMs = 0;
    double importCpuMs = 0;
    double importRate = 0;
};

// Bulk import: the item lists are built beforehand, so only applyImport is timed.
BulkImport measureImport(Vault& vault, ProjectId projectId, const Options& options)
{
    QList<Vault::ProjectImport> imports = importBatches(options, projectId);
    BulkImport bulk;
    const double cpuStart = processCpuMs();
    bulk.importMs = timeMs([&] {
        for (const auto& batch : std::as_const(imports)) {
            const double batchMs = timeMs([&] { check(vault.applyImport(batch), "applyImport"); });
            bulk.batchRates.append(static_cast<double>(batch.items.size()) / (batchMs / 1000.0));
        }
    });
    bulk.importCpuMs = processCpuMs() - cpuStart;
    imports.clear();
    bulk.importRate = options.total / (bulk.importMs / 1000.0);
    return bulk;
}

struct Load
{
    double unlockMs = 0;
    double firstLoadMs = 0;
    double loadMs = 0;
    double loadCpuMs = 0; // mean of the runs
};

// Unlock (KDF) and load, timed apart; the load is the median of several runs.
Load measureUnlockAndLoad(
    Vault& vault, const QString& vaultPath, const QCA::SecureArray& password, ProjectId projectId, int total)
{
    Load load;
    vault.lock();
    load.unlockMs = timeMs([&] { check(vault.unlock(vaultPath, SecretValue(password)), "unlock"); });
    QList<double> loadSamples;
    qsizetype loaded = 0;
    const double cpuStart = processCpuMs();
    for (int run = 0; run < 5; ++run) {
        loadSamples.append(timeMs([&] {
            auto variables = vault.variables(projectId);
            check(variables, "variables");
            auto secrets = vault.secrets(projectId);
            check(secrets, "secrets");
            loaded = variables->size() + secrets->size();
        }));
    }
    if (loaded != total) {
        fail(QStringLiteral("loaded %1 items, expected %2").arg(loaded).arg(total));
    }
    load.loadCpuMs = (processCpuMs() - cpuStart) / 5;
    load.firstLoadMs = loadSamples.constFirst();
    load.loadMs = percentiles(loadSamples).median;
    return load;
}

struct SingleWrites
{
    Percentiles update;
    Percentiles add;
    Percentiles secretUpdate;
};

// Single writes, each its own transaction (synchronous=FULL: one fsync per commit).
SingleWrites measureSingleWrites(Vault& vault, ProjectId projectId, const Options& options)
{
    QList<double> updateSamples;
    QList<double> addSamples;
    QList<double> secretSamples;
    for (int op = 0; op < options.ops; ++op) {
        const int existing = QRandomGenerator::global()->bounded(qMax(1, options.variableCount));
        updateSamples.append(timeMs([&] {
            check(vault.setVariable(projectId, variableName(existing), variableValue(existing, op + 1)), "update");
        }));
        addSamples.append(timeMs(
            [&] { check(vault.setVariable(projectId, QStringLiteral("NEW_%1").arg(op), variableValue(op)), "add"); }));
        const int secret = QRandomGenerator::global()->bounded(qMax(1, options.secretCount));
        secretSamples.append(timeMs([&] {
            check(
                vault.setSecret(projectId, secretName(secret), SecretValue(QCA::SecureArray(secretValue(secret + op)))),
                "setSecret");
        }));
    }
    return {percentiles(updateSamples), percentiles(addSamples), percentiles(secretSamples)};
}

struct HistoryCost
{
    // Writes of one variable past the retention's 20 versions, each applying the retention.
    Percentiles writeAtRetention;
    Percentiles listVersions;
    double projectAtMs = 0;
};

// What history adds on top of the single writes above (which keep a version each): a write that
// also applies the retention, listing an item's versions, and a whole project at a moment.
HistoryCost measureHistory(Vault& vault, ProjectId projectId, const Options& options)
{
    HistoryCost cost;
    const QString name = variableName(0);
    for (int op = 0; op < HistoryRetention::kDefaultKeepVersions; ++op) {
        check(vault.setVariable(projectId, name, variableValue(0, op + 1000)), "history fill");
    }
    QList<double> writeSamples;
    QList<double> listSamples;
    for (int op = 0; op < qMax(1, options.ops / 4); ++op) {
        writeSamples.append(
            timeMs([&] { check(vault.setVariable(projectId, name, variableValue(0, op + 2000)), "history write"); }));
        listSamples.append(
            timeMs([&] { check(vault.itemVersions(projectId, ItemKind::Variable, name), "itemVersions"); }));
    }
    cost.writeAtRetention = percentiles(writeSamples);
    cost.listVersions = percentiles(listSamples);
    const QDateTime moment = QDateTime::currentDateTimeUtc().addMSecs(-1);
    cost.projectAtMs = timeMs([&] { check(vault.projectAt(projectId, moment), "projectAt"); });
    return cost;
}

struct BlobRead
{
    int blobCount = 0;
    double readBlobsMs = 0;
};

BlobRead measureBlobRead(const QString& vaultPath)
{
    BlobRead read;
    QList<QByteArray> blobs;
    read.readBlobsMs = timeMs([&] { blobs = readRecordBlobs(vaultPath, &read.blobCount); });
    blobs.clear();
    return read;
}

// The vault's record key and cipher, on records of the same shape as the file's: the file's own
// records need the data key, which stays inside Vault. Each record is sealed under the one record
// key with its identity as associated data (format 2).
struct RecordCrypto
{
    const QCA::SymmetricKey key = KeyDerivation::randomKey(32);
    const QByteArray vaultId = QByteArray(16, 'v');
    Aead aead;

    VaultKeys::RecordBinding binding(qint64 id) const
    {
        return VaultKeys::recordBinding(Vault::kFormatVersion, vaultId, 1, 2, id);
    }
    QByteArray seal(qint64 id, const QCA::SecureArray& plaintext)
    {
        const auto bound = binding(id);
        return aead
            .seal(QByteArrayView(key.constData(), key.size()), QByteArrayView(bound.data(), qsizetype(bound.size())),
                QByteArrayView(plaintext.constData(), plaintext.size()))
            .value();
    }
};

QList<QByteArray> sealedRecords(RecordCrypto& crypto, int count)
{
    QList<QByteArray> sealed;
    sealed.reserve(count);
    for (int i = 0; i < count; ++i) {
        RecordCodec::Record record;
        record.name = variableName(i);
        record.value = QCA::SecureArray(variableValue(i).toUtf8());
        record.hasValue = true;
        record.updatedBy = QStringLiteral("benchmark");
        sealed.append(crypto.seal(i, RecordCodec::encode(record)));
    }
    return sealed;
}

struct RecordSteps
{
    qint64 deriveNs = 0;
    qint64 openNs = 0;
    qint64 decodeNs = 0;
    qint64 buildNs = 0;
    double sortMs = 0;
};

// Where a load's time goes: the vault's per-record steps replayed one by one, each timed.
RecordSteps measureRecordSteps(RecordCrypto& crypto, int blobCount)
{
    QList<QByteArray> sealed = sealedRecords(crypto, blobCount);
    RecordSteps steps;
    QElapsedTimer step;
    QList<Variable> replayed;
    for (int i = 0; i < blobCount; ++i) {
        step.start();
        const VaultKeys::RecordBinding bound = crypto.binding(i);
        steps.deriveNs += step.nsecsElapsed();
        step.start();
        auto plaintext = crypto.aead.open(QByteArrayView(crypto.key.constData(), crypto.key.size()),
            QByteArrayView(bound.data(), qsizetype(bound.size())), sealed.at(i));
        steps.openNs += step.nsecsElapsed();
        step.start();
        auto record = RecordCodec::decode(plaintext.value());
        plaintext->fill(0);
        steps.decodeNs += step.nsecsElapsed();
        step.start();
        replayed.append(
            Variable {i, 1, record->name, QString::fromUtf8(record->value.constData(), record->value.size()),
                record->includeInExport, RecordCodec::toDateTime(record->updatedMs), record->updatedBy, false});
        steps.buildNs += step.nsecsElapsed();
    }
    steps.sortMs = timeMs([&] {
        std::sort(
            replayed.begin(), replayed.end(), [](const Variable& a, const Variable& b) { return a.name < b.name; });
    });
    replayed.clear();
    sealed.clear();
    return steps;
}

struct ImportCrypto
{
    int importSample = 0;
    double hmacMs = 0;
    double sealMs = 0;
    double nonceMs = 0;
};

// Where an import's time goes: the cryptographic steps applyImport takes per item.
ImportCrypto measureImportCrypto(RecordCrypto& crypto, int total)
{
    ImportCrypto figures;
    const int importSample = qMin(total, 20000);
    figures.importSample = importSample;
    const QCA::SymmetricKey indexKey = KeyDerivation::randomKey(32);
    KeyedHmac indexMac(indexKey);
    figures.hmacMs = timeMs([&] {
        for (int i = 0; i < importSample; ++i) {
            (void)indexMac.mac(QByteArrayLiteral("name") + variableName(i).toUtf8());
        }
    });
    figures.sealMs = timeMs([&] {
        for (int i = 0; i < importSample; ++i) {
            RecordCodec::Record record;
            record.name = variableName(i);
            record.value = QCA::SecureArray(variableValue(i).toUtf8());
            record.hasValue = true;
            (void)crypto.seal(i, RecordCodec::encode(record));
        }
    });
    figures.nonceMs = timeMs([&] {
        for (int i = 0; i < importSample; ++i) {
            (void)Aead::randomNonce();
        }
    });
    return figures;
}

struct PlainBaseline
{
    double insertMs = 0;
    double insertCpuMs = 0;
    double loadMs = 0;
    double loadCpuMs = 0; // mean of the runs
    double rate = 0;
    qint64 fileBytes = 0;
};

// The baseline: the same rows, the same batches, the same pragmas, no crypto.
PlainBaseline measurePlainSqlite(const QString& plainPath, const Options& options)
{
    PlainBaseline baseline;
    PlainSqlite plain(plainPath);
    double cpuStart = processCpuMs();
    baseline.insertMs = timeMs([&] {
        const int perVariableBatch = (options.variableCount + options.batches - 1) / options.batches;
        for (int first = 0; first < options.variableCount; first += perVariableBatch) {
            plain.insertBatch(2, first, qMin(perVariableBatch, options.variableCount - first));
        }
        const int perSecretBatch = (options.secretCount + options.batches - 1) / options.batches;
        for (int first = 0; first < options.secretCount; first += perSecretBatch) {
            plain.insertBatch(1, first, qMin(perSecretBatch, options.secretCount - first));
        }
    });
    baseline.insertCpuMs = processCpuMs() - cpuStart;
    QList<double> plainLoadSamples;
    cpuStart = processCpuMs();
    for (int run = 0; run < 5; ++run) {
        plainLoadSamples.append(timeMs([&] {
            const auto variables = plain.variables();
            const auto secrets = plain.secrets();
            if (variables.size() + secrets.size() != options.total) {
                fail(QStringLiteral("plain SQLite loaded %1 rows").arg(variables.size() + secrets.size()));
            }
        }));
    }
    baseline.loadCpuMs = (processCpuMs() - cpuStart) / 5;
    baseline.loadMs = percentiles(plainLoadSamples).median;
    baseline.rate = options.total / (baseline.insertMs / 1000.0);
    // With the connection still open: closing the last one folds the WAL into the database file.
    baseline.fileBytes = filesSize(plainPath);
    return baseline;
}

struct Report
{
    Creation creation;
    BulkImport bulkImport;
    Load load;
    SingleWrites writes;
    HistoryCost history;
    qint64 vaultPeakKiB = 0;
    // The peak as each phase ended, so that a high peak names its phase.
    qint64 importPeakKiB = 0;
    qint64 loadPeakKiB = 0;
    qint64 vaultBytes = 0;
    BlobRead blobRead;
    RecordSteps recordSteps;
    ImportCrypto importCrypto;
    PlainBaseline plain;
};

QList<Row> vaultRows(const Report& report, int batches)
{
    const Creation& creation = report.creation;
    const BulkImport& bulk = report.bulkImport;
    const Load& load = report.load;
    const double loadMs = load.loadMs;
    const SingleWrites& writes = report.writes;
    const double peakMb = static_cast<double>(report.vaultPeakKiB) / 1024.0;
    return {
        {QStringLiteral("Create vault (Argon2id)"), number(creation.createMs) + QStringLiteral(" ms"), QString(),
            QString()},
        {QStringLiteral("Unlock, empty vault (Argon2id)"), number(creation.firstUnlockMs) + QStringLiteral(" ms"),
            QString(), QString()},
        {QStringLiteral("Bulk insert, applyImport x%1").arg(batches * 2),
            number(bulk.importRate) + QStringLiteral(" rec/s"), QStringLiteral(">= 50,000 rec/s"),
            verdict(bulk.importRate >= 50000)},
        {QStringLiteral("  total import time"), number(bulk.importMs) + QStringLiteral(" ms"), QString(), QString()},
        {QStringLiteral("Unlock, full vault (Argon2id)"), number(load.unlockMs) + QStringLiteral(" ms"), QString(),
            QString()},
        {QStringLiteral("Load all summaries, median of 5"), number(loadMs) + QStringLiteral(" ms"),
            QStringLiteral("<= 300 ms"), verdict(loadMs <= 300)},
        {QStringLiteral("  first load after unlock"), number(load.firstLoadMs) + QStringLiteral(" ms"), QString(),
            QString()},
        {QStringLiteral("  vault / plain SQLite load"), number(loadMs / report.plain.loadMs, 1) + QStringLiteral("x"),
            QStringLiteral("<= 2x"), verdict(loadMs <= 2 * report.plain.loadMs)},
        {QStringLiteral("setVariable, existing: median"), number(writes.update.median, 2) + QStringLiteral(" ms"),
            QString(), QString()},
        {QStringLiteral("setVariable, existing: p95"), number(writes.update.p95, 2) + QStringLiteral(" ms"), QString(),
            QString()},
        {QStringLiteral("setVariable, new: median"), number(writes.add.median, 2) + QStringLiteral(" ms"), QString(),
            QString()},
        {QStringLiteral("setVariable, new: p95"), number(writes.add.p95, 2) + QStringLiteral(" ms"), QString(),
            QString()},
        {QStringLiteral("setSecret, existing: median"), number(writes.secretUpdate.median, 2) + QStringLiteral(" ms"),
            QString(), QString()},
        {QStringLiteral("setSecret, existing: p95"), number(writes.secretUpdate.p95, 2) + QStringLiteral(" ms"),
            QString(), QString()},
        {QStringLiteral("setVariable at 20 versions (retention): median"),
            number(report.history.writeAtRetention.median, 2) + QStringLiteral(" ms"), QString(), QString()},
        {QStringLiteral("itemVersions, 20 versions: median"),
            number(report.history.listVersions.median, 2) + QStringLiteral(" ms"), QString(), QString()},
        {QStringLiteral("projectAt, whole project"), number(report.history.projectAtMs) + QStringLiteral(" ms"),
            QString(), QString()},
        {QStringLiteral("Peak RSS (VmHWM)"), megabytes(report.vaultPeakKiB), QStringLiteral("<= 150 MB"),
            verdict(peakMb <= 150)},
        {QStringLiteral("  peak before the import (Argon2id)"), megabytes(creation.unlockPeakKiB), QString(),
            QString()},
        {QStringLiteral("  peak after the import"), megabytes(report.importPeakKiB), QString(), QString()},
        {QStringLiteral("  peak after the loads and single writes"), megabytes(report.loadPeakKiB), QString(),
            QString()},
        {QStringLiteral("Vault file size"),
            number(static_cast<double>(report.vaultBytes) / 1048576.0, 1) + QStringLiteral(" MiB"), QString(),
            QString()},
    };
}

QList<Row> plainRows(const Report& report)
{
    const PlainBaseline& plain = report.plain;
    return {
        {QStringLiteral("Plain SQLite: bulk insert"), number(plain.rate) + QStringLiteral(" rec/s"), QString(),
            QString()},
        {QStringLiteral("Plain SQLite: load, median of 5"), number(plain.loadMs) + QStringLiteral(" ms"), QString(),
            QString()},
        {QStringLiteral("Plain SQLite: file size"),
            number(static_cast<double>(plain.fileBytes) / 1048576.0, 1) + QStringLiteral(" MiB"), QString(), QString()},
        {QStringLiteral("Vault / plain: insert time"),
            number(report.bulkImport.importMs / plain.insertMs, 1) + QStringLiteral("x"), QString(), QString()},
        {QStringLiteral("CPU, all threads: import / plain"),
            number(report.bulkImport.importCpuMs) + QStringLiteral(" / ") + number(plain.insertCpuMs)
                + QStringLiteral(" ms"),
            QString(), QString()},
        {QStringLiteral("CPU, all threads: load / plain"),
            number(report.load.loadCpuMs) + QStringLiteral(" / ") + number(plain.loadCpuMs) + QStringLiteral(" ms"),
            QString(), QString()},
    };
}

void printLoadBreakdown(const Report& report)
{
    const int blobCount = report.blobRead.blobCount;
    const double readBlobsMs = report.blobRead.readBlobsMs;
    const RecordSteps& steps = report.recordSteps;
    const double perRecord = 1000.0 / qMax(1, blobCount);
    const double deriveMs = static_cast<double>(steps.deriveNs) / 1e6;
    const double openMs = static_cast<double>(steps.openNs) / 1e6;
    const double decodeMs = static_cast<double>(steps.decodeNs) / 1e6;
    const double buildMs = static_cast<double>(steps.buildNs) / 1e6;
    const double sortMs = steps.sortMs;
    std::printf(
        "\nWhere a load's time goes (%d records, the vault's steps replayed and timed one by one):\n", blobCount);
    std::printf("  SQLite: step and copy every record blob     %8.1f ms  %6.2f us/record\n", readBlobsMs,
        readBlobsMs * perRecord);
    std::printf(
        "  VaultKeys: record binding (assoc. data)     %8.1f ms  %6.2f us/record\n", deriveMs, deriveMs * perRecord);
    std::printf(
        "  Aead::open (AES-256-GCM via EVP, key kept)  %8.1f ms  %6.2f us/record\n", openMs, openMs * perRecord);
    std::printf(
        "  RecordCodec::decode and wipe                %8.1f ms  %6.2f us/record\n", decodeMs, decodeMs * perRecord);
    std::printf(
        "  Build the Variable and append               %8.1f ms  %6.2f us/record\n", buildMs, buildMs * perRecord);
    std::printf(
        "  Sort by name                                %8.1f ms  %6.2f us/record\n", sortMs, sortMs * perRecord);
    std::printf("  Sum of the steps                            %8.1f ms  (measured vault load: %.1f ms)\n",
        readBlobsMs + deriveMs + openMs + decodeMs + buildMs + sortMs, report.load.loadMs);
}

void printBatchRates(const QList<double>& batchRates)
{
    QStringList rates;
    for (const double rate : batchRates) {
        rates.append(number(rate));
    }
    std::printf("\napplyImport rate per batch, in order (rec/s): %s\n", qPrintable(rates.join(QStringLiteral(", "))));
}

void printImportCrypto(const ImportCrypto& figures, double importMs, int total)
{
    const double perItem = 1000.0 / figures.importSample;
    std::printf("\nCryptographic steps of an import, per item (%d items sampled):\n", figures.importSample);
    std::printf(
        "  KeyedHmac (one blind index)                 %6.2f us; applyImport computes 2 per item, on all cores\n",
        figures.hmacMs * perItem);
    std::printf("  encode + Aead::seal (nonce from the context) %5.2f us\n", figures.sealMs * perItem);
    std::printf("  RAND_bytes for one nonce (no longer per seal) %4.2f us\n", figures.nonceMs * perItem);
    std::printf("  measured applyImport                        %6.2f us per item\n", importMs * 1000.0 / total);
}

void printReport(const Report& report, const Options& options)
{
    QList<Row> rows = vaultRows(report, options.batches);
    rows.append(plainRows(report));
    printTable(rows);
    printLoadBreakdown(report);
    printBatchRates(report.bulkImport.batchRates);
    printImportCrypto(report.importCrypto, report.bulkImport.importMs, options.total);
}

} // namespace

int main(int argc, char** argv)
{
    QCA::Initializer qcaInit;
    QCoreApplication app(argc, argv);
    const Options options = parseOptions(app);

    QTemporaryDir temporary(temporaryFolderTemplate(options));
    if (!temporary.isValid()) {
        fail(QStringLiteral("cannot create a temporary folder"));
    }
    const QString vaultPath = temporary.filePath(QStringLiteral("vault.db"));
    const QString plainPath = temporary.filePath(QStringLiteral("plain.db"));
    const QCA::SecureArray password(QByteArrayLiteral("benchmark master password"));
    const KdfParams kdf = KdfParams::defaults();
    printHeader(options, temporary.path(), kdf);
    std::printf("Load average at the start: %s\n", qPrintable(loadAverage()));

    Report report;
    Vault vault;
    report.creation = measureCreateAndUnlock(vault, vaultPath, password, kdf);
    const ProjectId projectId = addBenchmarkProject(vault);
    report.bulkImport = measureImport(vault, projectId, options);
    report.importPeakKiB = procStatusKiB("VmHWM");
    report.load = measureUnlockAndLoad(vault, vaultPath, password, projectId, options.total);
    report.writes = measureSingleWrites(vault, projectId, options);
    report.loadPeakKiB = procStatusKiB("VmHWM");
    report.history = measureHistory(vault, projectId, options);
    report.vaultPeakKiB = procStatusKiB("VmHWM");
    vault.lock();
    report.vaultBytes = filesSize(vaultPath);

    report.blobRead = measureBlobRead(vaultPath);
    RecordCrypto crypto;
    report.recordSteps = measureRecordSteps(crypto, report.blobRead.blobCount);
    report.importCrypto = measureImportCrypto(crypto, options.total);
    report.plain = measurePlainSqlite(plainPath, options);

    printReport(report, options);
    std::printf("Load average at the end: %s\n", qPrintable(loadAverage()));
    return 0;
}
