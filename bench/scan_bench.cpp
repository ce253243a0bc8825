#include "storage/CredentialRules.h"
#include "storage/CredentialScan.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

// Figures for docs/PERFORMANCE.md ("Credential scan"): the scan's precision and recall on the
// labelled corpus of tests/data/credential-corpus (the same file TestCredentialScan pins), then
// its speed on a generated source tree of N files (default 10,000) in the platform's layout, with a
// corpus line planted in one file of every hundred. Prints a table; never passes or fails.
//
//   scan_bench [--corpus FILE] [--files N] [--runs R] [--dir FOLDER]

namespace {

struct CorpusLine
{
    bool secret = false;
    QString kind;
    QString text;
};

QList<CorpusLine> readCorpus(const QString& path)
{
    QList<CorpusLine> lines;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "scan_bench: %s cannot be read\n", qPrintable(path));
        std::exit(1);
    }
    for (const QString& row : QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList columns = row.split(u'\t');
        if (!row.startsWith(u'#') && columns.size() == 3) {
            lines.append({columns.at(0) == QLatin1String("secret"), columns.at(1), columns.at(2)});
        }
    }
    return lines;
}

void printAccuracy(const QList<CorpusLine>& corpus)
{
    int known = 0;
    int knownFound = 0;
    int assigned = 0;
    int assignedFound = 0;
    int findings = 0;
    int correct = 0;
    int clean = 0;
    for (const CorpusLine& line : corpus) {
        QStringList kinds;
        for (const CredentialRules::Finding& finding : CredentialRules::find(line.text)) {
            kinds.append(CredentialRules::kindId(finding.kind));
        }
        const bool isAssigned = line.kind == QLatin1String("assigned-secret");
        known += line.secret && !isAssigned ? 1 : 0;
        assigned += line.secret && isAssigned ? 1 : 0;
        clean += line.secret ? 0 : 1;
        if (line.secret && kinds.contains(line.kind)) {
            (isAssigned ? assignedFound : knownFound) += 1;
        }
        for (const QString& kind : std::as_const(kinds)) {
            ++findings;
            correct += line.secret && kind == line.kind ? 1 : 0;
        }
    }
    std::printf("corpus: %d secret lines (%d of known formats), %d clean lines\n", known + assigned, known, clean);
    std::printf("recall, known formats          %6.1f %%  (%d of %d)\n", 100.0 * knownFound / known, knownFound, known);
    std::printf("recall, assigned high-entropy  %6.1f %%  (%d of %d)\n", 100.0 * assignedFound / assigned,
        assignedFound, assigned);
    std::printf("precision, all findings        %6.1f %%  (%d of %d)\n", 100.0 * correct / findings, correct, findings);
}

// A bot's file of about 2 KB: scenario or module code with the usual reads and text.
QByteArray sourceFile(int index, const QList<CorpusLine>& corpus)
{
    QByteArray text;
    text += "// module " + QByteArray::number(index) + "\n";
    // Key-like names, so the rule for assigned values runs over every file.
    text += "const apiToken = $secrets.get(\"API_TOKEN\"); // the token is read at run time\n";
    text += "const callbackUrl = \"https://bot.example.test/hooks/" + QByteArray::number(index) + "\";\n";
    for (int line = 0; line < 40; ++line) {
        text += "    $temp.value" + QByteArray::number(line) + " = $env.get(\"SETTING_" + QByteArray::number(line % 7)
            + "\", \"default\") + utils.format(\"" + QByteArray::number(index * 31 + line, 16) + "\");\n";
    }
    if (index % 100 == 0) {
        text += corpus.at(index / 100 % corpus.size()).text.toUtf8() + "\n";
    }
    return text;
}

void writeTree(const QString& root, int files, const QList<CorpusLine>& corpus)
{
    QFile yaml(root + QStringLiteral("/chatbot.yaml"));
    if (yaml.open(QIODevice::WriteOnly)) {
        yaml.write("name: bench\nentryPoint: main.sc\ninjector:\n  secrets: [API_KEY]\n");
    }
    for (int i = 0; i < files; ++i) {
        const QString folder = root + QStringLiteral("/src/part%1").arg(i / 100);
        QDir().mkpath(folder);
        QFile file(
            folder + QStringLiteral("/file%1.%2").arg(i).arg(i % 3 == 0 ? QStringLiteral("sc") : QStringLiteral("js")));
        if (!file.open(QIODevice::WriteOnly) || file.write(sourceFile(i, corpus)) < 0) {
            std::fprintf(stderr, "scan_bench: cannot write the tree\n");
            std::exit(1);
        }
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("corpus"), QStringLiteral("The labelled corpus."), QStringLiteral("FILE"),
        QStringLiteral(BOTVAULT_SOURCE_DIR "/tests/data/credential-corpus/corpus.tsv")});
    parser.addOption({QStringLiteral("files"), QStringLiteral("Files in the generated tree."), QStringLiteral("N"),
        QStringLiteral("10000")});
    parser.addOption(
        {QStringLiteral("runs"), QStringLiteral("Scans to time."), QStringLiteral("R"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Where to write the tree."), QStringLiteral("FOLDER")});
    parser.process(app);

    const QList<CorpusLine> corpus = readCorpus(parser.value(QStringLiteral("corpus")));
    printAccuracy(corpus);

    const int files = parser.value(QStringLiteral("files")).toInt();
    QTemporaryDir dir(parser.isSet(QStringLiteral("dir"))
            ? parser.value(QStringLiteral("dir")) + QStringLiteral("/scan-XXXXXX")
            : QDir::tempPath() + QStringLiteral("/scan-bench-XXXXXX"));
    writeTree(dir.path(), files, corpus);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    double best = 0;
    CredentialScan::Report report;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const Result<CredentialScan::Report> scanned = CredentialScan::scanFolder(dir.path());
        const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        if (!scanned) {
            std::fprintf(stderr, "scan_bench: %s\n", qPrintable(scanned.error().message));
            return 1;
        }
        best = run == 0 ? seconds : std::min(best, seconds);
        report = scanned.value();
    }
    const double megabytes = static_cast<double>(report.bytesScanned) / 1e6;
    std::printf("tree: %d files, %.1f MB, %lld findings\n", report.filesScanned, megabytes,
        static_cast<long long>(report.findings.size()));
    std::printf("scan (best of %d): %.2f s, %.0f files/s, %.1f MB/s\n", runs, best, report.filesScanned / best,
        megabytes / best);
    return 0;
}
