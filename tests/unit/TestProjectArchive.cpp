#include "storage/ProjectArchive.h"

#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <quazip/quazip.h>
#include <quazip/quazipfileinfo.h>
#include <zlib.h>

#include <sys/stat.h>

#include <optional>

Q_DECLARE_METATYPE(ArchiveLimits)

using TestSupport::errorMessage;
using TestSupport::outcomeName;

namespace {

// Planted in the content of hostile entries: no error message may quote an entry's content.
const QByteArray kCanary = QByteArrayLiteral("CANARY-c0ntent-7f3a");

constexpr quint16 kUtf8Flag = 0x0800;
constexpr quint16 kDataDescriptorFlag = 0x0008;
constexpr quint16 kMadeByUnix = (3 << 8) | 20;
constexpr quint16 kMadeByDos = 20;
constexpr quint32 kRegularFile = 0100644u << 16;
constexpr quint32 kDirectory = 0040755u << 16;
constexpr quint16 kStored = 0;
constexpr quint16 kDeflated = 8;

QByteArray deflateRaw(const QByteArray& data)
{
    z_stream stream {};
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        return {};
    }
    QByteArray out(static_cast<qsizetype>(deflateBound(&stream, static_cast<uLong>(data.size()))), '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(static_cast<qsizetype>(stream.total_out));
    deflateEnd(&stream);
    return out;
}

// `size` zero bytes, deflated without ever holding them all in memory.
QByteArray deflatedZeros(qint64 size)
{
    z_stream stream {};
    deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    const QByteArray zeros(1024 * 1024, '\0');
    QByteArray out;
    QByteArray buffer(256 * 1024, '\0');
    qint64 left = size;
    int flush = Z_NO_FLUSH;
    do {
        const qint64 take = std::min<qint64>(left, zeros.size());
        left -= take;
        flush = left == 0 ? Z_FINISH : Z_NO_FLUSH;
        stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(zeros.constData()));
        stream.avail_in = static_cast<uInt>(take);
        do {
            stream.next_out = reinterpret_cast<Bytef*>(buffer.data());
            stream.avail_out = static_cast<uInt>(buffer.size());
            deflate(&stream, flush);
            out.append(buffer.constData(), buffer.size() - static_cast<qsizetype>(stream.avail_out));
        } while (stream.avail_out == 0);
    } while (flush != Z_FINISH);
    deflateEnd(&stream);
    return out;
}

quint32 crcOf(const QByteArray& data)
{
    return static_cast<quint32>(
        crc32(0, reinterpret_cast<const Bytef*>(data.constData()), static_cast<uInt>(data.size())));
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray bytes(size, '\0');
    for (char& byte : bytes) {
        byte = static_cast<char>(generator.bounded(256));
    }
    return bytes;
}

void put16(QByteArray& out, quint32 value)
{
    out.append(static_cast<char>(value & 0xFF));
    out.append(static_cast<char>((value >> 8) & 0xFF));
}

void put32(QByteArray& out, quint32 value)
{
    put16(out, value & 0xFFFF);
    put16(out, value >> 16);
}

// One entry as the test wants it to look, lies included.
struct EntrySpec
{
    QByteArray name;
    QByteArray content;
    quint16 method = kDeflated;
    quint16 flags = kUtf8Flag;
    quint16 madeBy = kMadeByUnix;
    quint32 externalAttr = kRegularFile;
    std::optional<quint32> declaredSize;
    std::optional<quint32> crc;
    std::optional<QByteArray> compressed; // stored as the entry's data instead of `content` compressed
    std::optional<QByteArray> localName;
};

struct CentralRecord
{
    QByteArray name;
    quint16 madeBy = kMadeByUnix;
    quint16 flags = 0;
    quint16 method = kStored;
    quint32 crc = 0;
    quint32 compressedSize = 0;
    quint32 uncompressedSize = 0;
    quint32 externalAttr = kRegularFile;
    quint32 localOffset = 0;
};

// Writes ZIP files byte by byte, so that the test can produce every lie a hostile archive tells:
// wrong sizes and CRCs, overlapping entries, links, duplicate names, foreign local names.
class ZipBuilder
{
public:
    static QByteArray localHeader(const QByteArray& name, quint16 flags, quint16 method, quint32 crc,
        quint32 compressedSize, quint32 uncompressedSize)
    {
        QByteArray header;
        put32(header, 0x04034b50);
        put16(header, 20);
        put16(header, flags);
        put16(header, method);
        put16(header, 0); // time
        put16(header, 0x21); // 1980-01-01
        put32(header, crc);
        put32(header, compressedSize);
        put32(header, uncompressedSize);
        put16(header, static_cast<quint32>(name.size()));
        put16(header, 0);
        return header + name;
    }

    ZipBuilder& add(const EntrySpec& spec)
    {
        const QByteArray data = spec.compressed ? *spec.compressed
            : spec.method == kDeflated          ? deflateRaw(spec.content)
                                                : spec.content;
        CentralRecord record;
        record.name = spec.name;
        record.madeBy = spec.madeBy;
        record.flags = spec.flags;
        record.method = spec.method;
        record.crc = spec.crc.value_or(crcOf(spec.content));
        record.compressedSize = static_cast<quint32>(data.size());
        record.uncompressedSize = spec.declaredSize.value_or(static_cast<quint32>(spec.content.size()));
        record.externalAttr = spec.externalAttr;
        record.localOffset = static_cast<quint32>(m_locals.size());
        m_locals += localHeader(spec.localName.value_or(spec.name), record.flags, record.method, record.crc,
            record.compressedSize, record.uncompressedSize);
        m_locals += data;
        m_central.append(record);
        return *this;
    }

    ZipBuilder& file(const QByteArray& name, const QByteArray& content, quint16 method = kDeflated)
    {
        EntrySpec spec;
        spec.name = name;
        spec.content = content;
        spec.method = method;
        return add(spec);
    }

    ZipBuilder& folder(const QByteArray& name)
    {
        EntrySpec spec;
        spec.name = name;
        spec.method = kStored;
        spec.externalAttr = kDirectory | 0x10;
        return add(spec);
    }

    QByteArray& locals() { return m_locals; }
    QList<CentralRecord>& central() { return m_central; }

    QByteArray build() const
    {
        QByteArray directory;
        for (const CentralRecord& record : m_central) {
            put32(directory, 0x02014b50);
            put16(directory, record.madeBy);
            put16(directory, 20);
            put16(directory, record.flags);
            put16(directory, record.method);
            put16(directory, 0);
            put16(directory, 0x21);
            put32(directory, record.crc);
            put32(directory, record.compressedSize);
            put32(directory, record.uncompressedSize);
            put16(directory, static_cast<quint32>(record.name.size()));
            put16(directory, 0); // extra
            put16(directory, 0); // comment
            put16(directory, 0); // disk
            put16(directory, 0); // internal attributes
            put32(directory, record.externalAttr);
            put32(directory, record.localOffset);
            directory += record.name;
        }
        QByteArray end;
        put32(end, 0x06054b50);
        put16(end, 0);
        put16(end, 0);
        put16(end, static_cast<quint32>(m_central.size()));
        put16(end, static_cast<quint32>(m_central.size()));
        put32(end, static_cast<quint32>(directory.size()));
        put32(end, static_cast<quint32>(m_locals.size()));
        put16(end, 0);
        return m_locals + directory + end;
    }

private:
    QByteArray m_locals;
    QList<CentralRecord> m_central;
};

QByteArray manifestWith(const QByteArray& variables, const QByteArray& secrets, const QByteArray& version = "1")
{
    return QByteArrayLiteral("{\"format\":\"botvault-project\",\"version\":") + version
        + QByteArrayLiteral(",\"project\":{\"name\":\"Shop\"},\"variables\":") + variables
        + QByteArrayLiteral(",\"secrets\":") + secrets + QByteArrayLiteral("}");
}

// A small valid project with the given manifest text.
QByteArray projectWithManifest(const QByteArray& manifest)
{
    return ZipBuilder().file("chatbot.yaml", "name: shop\n" + kCanary).file("botvault/project.json", manifest).build();
}

const QByteArray& zipBomb()
{
    static const QByteArray compressed = deflatedZeros(200LL * 1024 * 1024);
    return compressed;
}

ArchiveManifest sampleManifest()
{
    ArchiveManifest manifest;
    manifest.projectName = QStringLiteral("Магазин 🛒 bot");
    manifest.variables = {
        {QStringLiteral("GREETING"), QStringLiteral("Hello,\nworld!\r\n\tsecond line")},
        {QStringLiteral("CITY"), QStringLiteral("Москва — «столица»")},
        {QStringLiteral("EMPTY"), QString()},
        {QStringLiteral("EMOJI"), QStringLiteral("😀 \"quoted\" \\ back")},
        {QStringLiteral("CONTROL"), QStringLiteral("bell\a unit\x1f del\x7f nul\u0000 line\u2028sep /")},
    };
    manifest.secretNames = {QStringLiteral("API_KEY"), QStringLiteral("TOKEN_2")};
    return manifest;
}

QList<ArchiveFile> sampleFiles()
{
    QByteArray binary;
    for (int i = 0; i < 4096; ++i) {
        binary.append(static_cast<char>(i % 256));
    }
    QList<ArchiveFile> files = {
        {QStringLiteral("chatbot.yaml"), QByteArrayLiteral("name: shop\ninjector:\n  secrets: [API_KEY]\n")},
        {QStringLiteral("descriptor.json"), QByteArrayLiteral("{\"botEngine\":\"v2\"}\n")},
        {QStringLiteral("src/main.js"), QByteArrayLiteral("const k = $secrets.get(\"API_KEY\");\r\n// end\n")},
        {QStringLiteral("src/данные/привет.txt"), QStringLiteral("Привет, мир\n").toUtf8()},
        {QStringLiteral("test/empty.txt"), QByteArray()},
        {QStringLiteral("assets/blob.bin"), binary},
    };
    std::sort(files.begin(), files.end(), [](const ArchiveFile& a, const ArchiveFile& b) { return a.path < b.path; });
    return files;
}

Result<ArchiveContents> readBytes(
    const QByteArray& bytes, const ArchiveLimits& limits = {}, const ProjectArchive::Progress& progress = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    return ProjectArchive::read(&buffer, limits, progress);
}

QStringList pathsOf(const QList<ArchiveFile>& files)
{
    QStringList paths;
    for (const ArchiveFile& file : files) {
        paths.append(file.path);
    }
    return paths;
}

QStringList folderEntries(const QString& path)
{
    return QDir(path).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QByteArray readWholeFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestProjectArchive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostileArchiveIsRefused_data();
    void hostileArchiveIsRefused();
    void missingArchiveFileIsNotFound();

    void plainPlatformZipHasNoManifest();
    void folderEntriesAreAcceptedButNotReturned();
    void gitHostRootFolderIsStripped();
    void singleFolderWithoutChatbotYamlIsKept();
    void readReportsProgressUpToTheTotal();
    void readCanBeCancelled();

    void roundTripKeepsFilesAndManifest();
    void writtenArchiveIsSortedDeflatedAndUtf8();
    void writtenArchivePassesUnzipTest();
    void failedWriteKeepsPreviousFile_data();
    void failedWriteKeepsPreviousFile();
    void cancelledWriteLeavesNoFile();
    void writeIntoMissingFolderFails();

    void manifestJsonNeverCarriesSecretValues();
    void manifestRoundTrip();
    void archiveKeepsRotationDates();
    void parseManifestRefuses_data();
    void parseManifestRefuses();

    void collectSkipsGitEnvAndReservedFolder();
    void collectStoresLinkInsideAsFile();
    void collectRefuses_data();
    void collectRefuses();
    void collectMissingFolderIsNotFound();

    void extractWritesIntoNewFolder();
    void extractIntoEmptyFolder();
    void extractRefusesNonEmptyFolder();
    void extractFailureLeavesNothing();
    void extractRefusesUnsafePaths();

    void measureLargeManifest();
};

void TestProjectArchive::hostileArchiveIsRefused_data()
{
    QTest::addColumn<QByteArray>("archive");
    QTest::addColumn<ArchiveLimits>("limits");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QStringList>("mentions");

    const ArchiveLimits defaults;
    const auto single = [](const EntrySpec& spec) { return ZipBuilder().file("chatbot.yaml", "x").add(spec).build(); };
    const auto named = [&single](const QByteArray& name) {
        EntrySpec spec;
        spec.name = name;
        spec.content = kCanary;
        return single(spec);
    };
    const auto row = [&](const char* tag, const QByteArray& archive, const char* outcome, const QStringList& mentions,
                         const ArchiveLimits& limits) {
        QTest::newRow(tag) << archive << limits << QString::fromLatin1(outcome) << mentions;
    };

    // Paths
    row("dot-dot", named("../evil.txt"), "InvalidInput", {QStringLiteral("../evil.txt"), QStringLiteral("'..'")},
        defaults);
    row("dot-dot inside", named("src/../../evil.txt"), "InvalidInput",
        {QStringLiteral("src/../../evil.txt"), QStringLiteral("'..'")}, defaults);
    row("absolute", named("/etc/evil"), "InvalidInput", {QStringLiteral("/etc/evil"), QStringLiteral("absolute path")},
        defaults);
    row("drive with slash", named("C:/evil.txt"), "InvalidInput",
        {QStringLiteral("C:/evil.txt"), QStringLiteral("drive letter")}, defaults);
    row("drive relative", named("C:evil.txt"), "InvalidInput",
        {QStringLiteral("C:evil.txt"), QStringLiteral("drive letter")}, defaults);
    row("colon", named("src/a:b.js"), "InvalidInput", {QStringLiteral("src/a:b.js"), QStringLiteral("':'")}, defaults);
    row("backslash", named("src\\evil.js"), "InvalidInput", {QStringLiteral("evil.js"), QStringLiteral("backslash")},
        defaults);
    row("backslash dot-dot", named("..\\evil.js"), "InvalidInput",
        {QStringLiteral("evil.js"), QStringLiteral("backslash")}, defaults);
    row("empty segment", named("src//a.js"), "InvalidInput",
        {QStringLiteral("src//a.js"), QStringLiteral("empty path segment")}, defaults);
    row("leading dot segment", named("./a.js"), "InvalidInput",
        {QStringLiteral("./a.js"), QStringLiteral("'.' segment")}, defaults);
    row("inner dot segment", named("src/./a.js"), "InvalidInput",
        {QStringLiteral("src/./a.js"), QStringLiteral("'.' segment")}, defaults);
    row("empty name", named(""), "InvalidInput", {QStringLiteral("empty name")}, defaults);
    row("control character", named("a\nb.txt"), "InvalidInput", {QStringLiteral("control"), QStringLiteral("control")},
        defaults);
    row("direction override", named(QStringLiteral("evil\u202Etxt.exe").toUtf8()), "InvalidInput",
        {QStringLiteral("evil"), QStringLiteral("text-direction")}, defaults);
    row("not utf-8", named("\xff\xfe.txt"), "InvalidInput", {QStringLiteral("UTF-8")}, defaults);

    // Entry types
    {
        EntrySpec spec;
        spec.name = "link";
        spec.content = "/etc/passwd";
        spec.method = kStored;
        spec.externalAttr = 0120777u << 16;
        row("unix symlink", single(spec), "InvalidInput", {QStringLiteral("'link'"), QStringLiteral("symbolic link")},
            defaults);
        spec.madeBy = kMadeByDos;
        spec.externalAttr = 0x400;
        row("ntfs reparse point", single(spec), "InvalidInput",
            {QStringLiteral("'link'"), QStringLiteral("symbolic link")}, defaults);
    }
    {
        EntrySpec spec;
        spec.name = "pipe";
        spec.externalAttr = 0010644u << 16;
        row("fifo", single(spec), "InvalidInput", {QStringLiteral("'pipe'"), QStringLiteral("not a regular file")},
            defaults);
        spec.externalAttr = 0020644u << 16;
        row("device", single(spec), "InvalidInput", {QStringLiteral("'pipe'"), QStringLiteral("not a regular file")},
            defaults);
        spec.externalAttr = 0040755u << 16;
        row("folder without slash", single(spec), "InvalidInput",
            {QStringLiteral("'pipe'"), QStringLiteral("not a regular file")}, defaults);
        spec.madeBy = kMadeByDos;
        spec.externalAttr = 0x10;
        row("dos folder without slash", single(spec), "InvalidInput",
            {QStringLiteral("'pipe'"), QStringLiteral("not a regular file")}, defaults);
    }
    {
        EntrySpec spec;
        spec.name = "src/";
        spec.content = kCanary;
        spec.method = kStored;
        spec.externalAttr = kDirectory;
        row("folder with data", single(spec), "InvalidInput",
            {QStringLiteral("'src/'"), QStringLiteral("carries data")}, defaults);
    }

    // Duplicates and overlapping places
    row("duplicate", ZipBuilder().file("a.txt", "1").file("a.txt", kCanary).build(), "InvalidInput",
        {QStringLiteral("'a.txt'"), QStringLiteral("more than once")}, defaults);
    row("case duplicate", ZipBuilder().file("README.md", "1").file("readme.md", kCanary).build(), "InvalidInput",
        {QStringLiteral("readme.md"), QStringLiteral("letter case")}, defaults);
    row("unicode form duplicate", ZipBuilder().file("caf\xc3\xa9.txt", "1").file("cafe\xcc\x81.txt", kCanary).build(),
        "InvalidInput", {QStringLiteral("caf"), QStringLiteral("Unicode form")}, defaults);
    row("file then folder", ZipBuilder().file("src", "1").file("src/a.js", kCanary).build(), "InvalidInput",
        {QStringLiteral("'src'"), QStringLiteral("puts a folder")}, defaults);
    row("folder then file", ZipBuilder().file("src/a.js", kCanary).file("SRC", "1").build(), "InvalidInput",
        {QStringLiteral("'SRC'"), QStringLiteral("puts a folder")}, defaults);
    row("folder entry and file", ZipBuilder().folder("src/").file("src", kCanary).build(), "InvalidInput",
        {QStringLiteral("'src'"), QStringLiteral("puts a folder")}, defaults);

    // Entries that share bytes
    {
        ZipBuilder builder;
        builder.file("a.txt", kCanary).file("b.txt", kCanary);
        builder.central()[1].localOffset = builder.central()[0].localOffset;
        builder.central()[1].name = "b.txt";
        row("same local header", builder.build(), "InvalidInput",
            {QStringLiteral("b.txt"), QStringLiteral("share bytes")}, defaults);
    }
    {
        // b.txt's local header and data lie inside a.txt's data: inflating both reads the bytes twice.
        const QByteArray inner = kCanary;
        const QByteArray innerEntry
            = ZipBuilder::localHeader("b.txt", 0, kStored, crcOf(inner), inner.size(), inner.size()) + inner;
        const QByteArray outer = QByteArray(10, 'p') + innerEntry + QByteArray(10, 's');
        ZipBuilder builder;
        builder.file("a.txt", outer, kStored);
        CentralRecord inside;
        inside.name = "b.txt";
        inside.crc = crcOf(inner);
        inside.compressedSize = inside.uncompressedSize = static_cast<quint32>(inner.size());
        inside.localOffset = 30 + 5 + 10;
        builder.central().append(inside);
        row("entry inside another", builder.build(), "InvalidInput",
            {QStringLiteral("b.txt"), QStringLiteral("share bytes")}, defaults);
    }
    {
        EntrySpec spec;
        spec.name = "good.sh";
        spec.localName = QByteArray("evil.sh");
        spec.content = kCanary;
        row("other local name", single(spec), "InvalidInput",
            {QStringLiteral("good.sh"), QStringLiteral("another name in its local header")}, defaults);
        spec.localName = QByteArray("longer-evil.sh");
        row("local name of other length", single(spec), "Damaged",
            {QStringLiteral("good.sh"), QStringLiteral("local header")}, defaults);
    }

    // Limits, counting the bytes really inflated
    {
        ZipBuilder builder;
        for (int i = 0; i <= defaults.maxEntries; ++i) {
            builder.file(QByteArray("f") + QByteArray::number(i), QByteArray(), kStored);
        }
        row("10001 entries", builder.build(), "InvalidInput",
            {QString::number(defaults.maxEntries), QStringLiteral("entries")}, defaults);
        ArchiveLimits three;
        three.maxEntries = 3;
        row("more than maxEntries", ZipBuilder().file("a", "1").file("b", "2").file("c", "3").file("d", "4").build(),
            "InvalidInput", {QStringLiteral("3"), QStringLiteral("entries")}, three);
    }
    {
        EntrySpec spec;
        spec.name = "bomb.bin";
        spec.compressed = zipBomb();
        spec.crc = 0;
        spec.declaredSize = 200u * 1024 * 1024;
        row("200 MiB of zeros", single(spec), "InvalidInput",
            {QStringLiteral("bomb.bin"), QStringLiteral("'bomb.bin' inflates to more than 100 times")}, defaults);
        spec.declaredSize = 1000;
        row("bomb declaring 1000 bytes", single(spec), "Damaged",
            {QStringLiteral("bomb.bin"), QStringLiteral("declares 1000 bytes but holds more")}, defaults);
    }
    {
        // Each entry stays under the grace size; together they inflate far past the ratio.
        ZipBuilder builder;
        const QByteArray zeros(512 * 1024, '\0');
        for (int i = 0; i < 100; ++i) {
            builder.file(QByteArray("zeros-") + QByteArray::number(i) + ".bin", zeros);
        }
        row("overall ratio", builder.build(), "InvalidInput",
            {QStringLiteral("zeros-"),
                QStringLiteral("inflates to more than 100 times its compressed size (stopped at")},
            defaults);
    }
    {
        ArchiveLimits small;
        small.maxTotalBytes = 100 * 1024;
        row("total bytes",
            ZipBuilder()
                .file("random-1.bin", randomBytes(64 * 1024, 1), kStored)
                .file("random-2.bin", randomBytes(64 * 1024, 2), kStored)
                .build(),
            "InvalidInput", {QStringLiteral("random-2.bin"), QStringLiteral("more than 102400 bytes")}, small);
    }

    // Sizes, CRCs, broken data
    {
        EntrySpec spec;
        spec.name = "short.txt";
        spec.content = kCanary;
        spec.method = kStored;
        spec.declaredSize = static_cast<quint32>(kCanary.size() + 10);
        row("stored smaller than declared", single(spec), "Damaged",
            {QStringLiteral("short.txt"), QStringLiteral("declares")}, defaults);
        spec.method = kDeflated;
        row("deflated smaller than declared", single(spec), "Damaged",
            {QStringLiteral("short.txt"), QStringLiteral("declares")}, defaults);
        spec.declaredSize = 3;
        row("deflated larger than declared", single(spec), "Damaged",
            {QStringLiteral("short.txt"), QStringLiteral("declares 3 bytes but holds more")}, defaults);
    }
    {
        EntrySpec spec;
        spec.name = "crc.txt";
        spec.content = kCanary;
        spec.crc = crcOf(kCanary) ^ 1;
        row("bad crc", single(spec), "Damaged", {QStringLiteral("crc.txt"), QStringLiteral("CRC")}, defaults);
        spec.method = kStored;
        row("bad crc stored", single(spec), "Damaged", {QStringLiteral("crc.txt"), QStringLiteral("CRC")}, defaults);
    }
    {
        EntrySpec spec;
        spec.name = "broken.js";
        spec.content = kCanary;
        spec.compressed = QByteArray(32, '\xff');
        row("invalid deflate data", single(spec), "Damaged",
            {QStringLiteral("broken.js"), QStringLiteral("invalid compressed data")}, defaults);
        spec.compressed = deflateRaw(kCanary + kCanary).chopped(4);
        spec.content = kCanary + kCanary;
        row("deflate stream cut short", single(spec), "Damaged",
            {QStringLiteral("broken.js"), QStringLiteral("ends before")}, defaults);
        spec.compressed = deflateRaw(kCanary) + QByteArray("trailing");
        spec.content = kCanary;
        row("data after the stream", single(spec), "Damaged",
            {QStringLiteral("broken.js"), QStringLiteral("after the end")}, defaults);
    }
    {
        EntrySpec spec;
        spec.name = "secret.txt";
        spec.content = kCanary;
        spec.flags = kUtf8Flag | 0x1;
        row("encrypted", single(spec), "InvalidInput", {QStringLiteral("secret.txt"), QStringLiteral("encrypted")},
            defaults);
        spec.flags = kUtf8Flag;
        spec.method = 12; // bzip2
        row("bzip2", single(spec), "Unsupported", {QStringLiteral("secret.txt"), QStringLiteral("method 12")},
            defaults);
    }
    {
        const QByteArray whole = ZipBuilder().file("chatbot.yaml", kCanary).file("src/a.js", kCanary).build();
        row("truncated end", whole.chopped(10), "Damaged", {QStringLiteral("damaged")}, defaults);
        row("truncated middle", whole.left(40) + whole.mid(60), "Damaged", {QStringLiteral("ZIP")}, defaults);
        row("not a zip", randomBytes(4096, 3), "Damaged", {QStringLiteral("ZIP")}, defaults);
        row("empty file", QByteArray(), "Damaged", {QStringLiteral("ZIP")}, defaults);
        // minizip cannot open a ZIP without entries (its central directory would start at offset 0).
        row("no entries", ZipBuilder().build(), "Damaged", {QStringLiteral("ZIP")}, defaults);
        row("folders only", ZipBuilder().folder("src/").folder("test/").build(), "InvalidInput",
            {QStringLiteral("no files")}, defaults);
    }
    {
        // The data-descriptor flag lets the local header differ; the central size points past the end.
        EntrySpec spec;
        spec.name = "cut.bin";
        spec.content = kCanary;
        spec.flags = kUtf8Flag | kDataDescriptorFlag;
        ZipBuilder builder;
        builder.add(spec);
        builder.central()[0].compressedSize = 1u << 20;
        row("data past the end", builder.build(), "Damaged", {QStringLiteral("cut.bin"), QStringLiteral("cut off")},
            defaults);
    }

    // The reserved folder and the manifest
    row("unknown entry under botvault",
        ZipBuilder().file("chatbot.yaml", "x").file("botvault/other.txt", kCanary).build(), "InvalidInput",
        {QStringLiteral("botvault/other.txt"), QStringLiteral("holds only")}, defaults);
    row("reserved folder in other case",
        ZipBuilder().file("chatbot.yaml", "x").file("BotVault/project.json", kCanary).build(), "InvalidInput",
        {QStringLiteral("BotVault/project.json"), QStringLiteral("holds only")}, defaults);
    const QString manifest = QStringLiteral("botvault/project.json");
    row("manifest not utf-8", projectWithManifest("{\"format\":\"\xff\xfe\"}"), "InvalidInput",
        {manifest, QStringLiteral("UTF-8")}, defaults);
    row("manifest not json", projectWithManifest("{\"format\":"), "InvalidInput",
        {manifest, QStringLiteral("not valid JSON")}, defaults);
    row("manifest not an object", projectWithManifest("[]"), "InvalidInput", {manifest, QStringLiteral("JSON object")},
        defaults);
    row("manifest of other format", projectWithManifest(R"({"format":"other","version":1,"project":{"name":"Shop"}})"),
        "InvalidInput", {manifest, QStringLiteral("botvault-project")}, defaults);
    row("manifest of version 2", projectWithManifest(manifestWith("[]", "[]", "2")), "Unsupported",
        {QStringLiteral("version 1")}, defaults);
    row("invalid variable name", projectWithManifest(manifestWith(R"([{"name":"bad-name","value":"v"}])", "[]")),
        "InvalidInput", {QStringLiteral("\"variables\""), QStringLiteral("invalid name")}, defaults);
    row("invalid secret name", projectWithManifest(manifestWith("[]", R"([{"name":"bad name"}])")), "InvalidInput",
        {QStringLiteral("\"secrets\""), QStringLiteral("invalid name")}, defaults);
    row("duplicate variable",
        projectWithManifest(manifestWith(R"([{"name":"A","value":"1"},{"name":"A","value":"2"}])", "[]")),
        "InvalidInput", {QStringLiteral("\"variables\""), QStringLiteral("more than once")}, defaults);
    row("duplicate secret", projectWithManifest(manifestWith("[]", R"([{"name":"KEY"},{"name":"KEY"}])")),
        "InvalidInput", {QStringLiteral("\"secrets\""), QStringLiteral("more than once")}, defaults);
    row("secret with a value",
        projectWithManifest(manifestWith("[]", R"([{"name":"KEY","value":")" + kCanary + R"("}])")), "InvalidInput",
        {QStringLiteral("KEY"), QStringLiteral("carries a value")}, defaults);
    row("secret with another key",
        projectWithManifest(manifestWith("[]", R"([{"name":"KEY","plain":")" + kCanary + R"("}])")), "InvalidInput",
        {QStringLiteral("KEY"), QStringLiteral("'plain'")}, defaults);
}

void TestProjectArchive::hostileArchiveIsRefused()
{
    QFETCH(QByteArray, archive);
    QFETCH(ArchiveLimits, limits);
    QFETCH(QString, outcome);
    QFETCH(QStringList, mentions);

    const Result<ArchiveContents> result = readBytes(archive, limits);
    QCOMPARE(QString::fromLatin1(outcomeName(result)), outcome);
    for (const QString& mention : std::as_const(mentions)) {
        QVERIFY2(result.message().contains(mention), qPrintable(result.message()));
    }
    QVERIFY2(!result.message().contains(QString::fromLatin1(kCanary)), qPrintable(result.message()));

    // A caller extracts only after read() succeeded, so the destination is never created.
    QTemporaryDir dir;
    const QString destination = dir.filePath(QStringLiteral("project"));
    if (result) {
        QVERIFY(ProjectArchive::extract(result.value(), destination));
    }
    QVERIFY(!QFileInfo::exists(destination));
}

void TestProjectArchive::missingArchiveFileIsNotFound()
{
    QTemporaryDir dir;
    const auto result = ProjectArchive::readFile(dir.filePath(QStringLiteral("missing.zip")));
    QCOMPARE(outcomeName(result), "NotFound");
}

void TestProjectArchive::plainPlatformZipHasNoManifest()
{
    const QByteArray archive = ZipBuilder()
                                   .file("chatbot.yaml", "name: shop\n")
                                   .file("src/main.js", "x", kStored)
                                   .file("test/t.xml", "<test/>")
                                   .build();
    const auto result = readBytes(archive);
    QVERIFY2(result, qPrintable(errorMessage(result)));
    QVERIFY(!result->manifest.has_value());
    QCOMPARE(pathsOf(result->files),
        QStringList({QStringLiteral("chatbot.yaml"), QStringLiteral("src/main.js"), QStringLiteral("test/t.xml")}));
    QCOMPARE(result->files.at(1).content, QByteArray("x"));
    QCOMPARE(result->inflatedBytes, qint64(11 + 1 + 7));
}

void TestProjectArchive::folderEntriesAreAcceptedButNotReturned()
{
    const QByteArray archive
        = ZipBuilder().folder("src/").folder("src/lib/").file("src/lib/a.js", "a").file("chatbot.yaml", "y").build();
    const auto result = readBytes(archive);
    QVERIFY2(result, qPrintable(errorMessage(result)));
    QCOMPARE(pathsOf(result->files), QStringList({QStringLiteral("chatbot.yaml"), QStringLiteral("src/lib/a.js")}));
}

void TestProjectArchive::gitHostRootFolderIsStripped()
{
    const QByteArray archive = ZipBuilder()
                                   .folder("shop-main/")
                                   .file("shop-main/chatbot.yaml", "name: shop\n")
                                   .file("shop-main/src/main.js", "x")
                                   .file("shop-main/botvault/project.json", manifestWith("[]", "[]"))
                                   .build();
    const auto result = readBytes(archive);
    QVERIFY2(result, qPrintable(errorMessage(result)));
    QCOMPARE(pathsOf(result->files), QStringList({QStringLiteral("chatbot.yaml"), QStringLiteral("src/main.js")}));
    QVERIFY(result->manifest.has_value());
    QCOMPARE(result->manifest->projectName, QStringLiteral("Shop"));
}

void TestProjectArchive::singleFolderWithoutChatbotYamlIsKept()
{
    const QByteArray archive = ZipBuilder().file("docs/readme.md", "r").file("docs/chatbot.yml", "y").build();
    const auto result = readBytes(archive);
    QVERIFY2(result, qPrintable(errorMessage(result)));
    QCOMPARE(
        pathsOf(result->files), QStringList({QStringLiteral("docs/chatbot.yml"), QStringLiteral("docs/readme.md")}));
}

void TestProjectArchive::readReportsProgressUpToTheTotal()
{
    const QByteArray archive = ZipBuilder()
                                   .file("a.bin", randomBytes(200 * 1024, 4), kStored)
                                   .file("b.bin", randomBytes(100 * 1024, 5))
                                   .build();
    QList<QPair<qint64, qint64>> calls;
    const auto result = readBytes(archive, {}, [&calls](qint64 done, qint64 total) {
        calls.append({done, total});
        return true;
    });
    QVERIFY2(result, qPrintable(errorMessage(result)));
    QVERIFY(calls.size() > 2);
    for (qsizetype i = 1; i < calls.size(); ++i) {
        QVERIFY(calls.at(i).first >= calls.at(i - 1).first);
        QCOMPARE(calls.at(i).second, calls.first().second);
    }
    QCOMPARE(calls.last().first, calls.last().second);
}

void TestProjectArchive::readCanBeCancelled()
{
    const QByteArray archive
        = ZipBuilder().file("chatbot.yaml", "y").file("a.bin", randomBytes(300 * 1024, 6), kStored).build();
    int calls = 0;
    const auto result = readBytes(archive, {}, [&calls](qint64, qint64) { return ++calls < 2; });
    QCOMPARE(outcomeName(result), "Cancelled");
    QCOMPARE(calls, 2);
}

void TestProjectArchive::roundTripKeepsFilesAndManifest()
{
    QTemporaryDir dir;
    const QString zip = dir.filePath(QStringLiteral("export.zip"));
    const ArchiveManifest manifest = sampleManifest();
    QList<ArchiveFile> files = sampleFiles();
    std::reverse(files.begin(), files.end()); // write() sorts by itself

    const auto written = ProjectArchive::write(zip, manifest, files);
    QVERIFY2(written, qPrintable(errorMessage(written)));
    const auto read = ProjectArchive::readFile(zip);
    QVERIFY2(read, qPrintable(errorMessage(read)));
    QVERIFY(read->manifest.has_value());
    QCOMPARE(*read->manifest, manifest);
    QCOMPARE(read->files, sampleFiles());
}

void TestProjectArchive::writtenArchiveIsSortedDeflatedAndUtf8()
{
    QTemporaryDir dir;
    const QString zip = dir.filePath(QStringLiteral("export.zip"));
    QVERIFY(ProjectArchive::write(zip, sampleManifest(), sampleFiles()));

    QuaZip archive(zip);
    QVERIFY(archive.open(QuaZip::mdUnzip));
    const QList<QuaZipFileInfo64> infos = archive.getFileInfoList64();
    QStringList names;
    for (const QuaZipFileInfo64& info : infos) {
        names.append(info.name);
        QCOMPARE(info.method, quint16(Z_DEFLATED));
        QVERIFY2((info.flags & kUtf8Flag) != 0, qPrintable(info.name));
        QCOMPARE((info.externalAttr >> 16) & 0170000u, 0100000u);
    }
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(names, sorted);
    QVERIFY(names.contains(QStringLiteral("botvault/project.json")));
    QVERIFY(names.contains(QStringLiteral("src/данные/привет.txt")));
}

void TestProjectArchive::writtenArchivePassesUnzipTest()
{
    const QString unzip = QStandardPaths::findExecutable(QStringLiteral("unzip"));
    if (unzip.isEmpty()) {
        QSKIP("unzip is not installed");
    }
    QTemporaryDir dir;
    const QString zip = dir.filePath(QStringLiteral("export.zip"));
    QVERIFY(ProjectArchive::write(zip, sampleManifest(), sampleFiles()));
    QProcess process;
    process.start(unzip, {QStringLiteral("-tq"), zip});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0, process.readAllStandardOutput().constData());
}

void TestProjectArchive::failedWriteKeepsPreviousFile_data()
{
    QTest::addColumn<QString>("failure");
    QTest::addColumn<QString>("outcome");
    QTest::newRow("invalid variable name") << QStringLiteral("variable") << QStringLiteral("InvalidInput");
    QTest::newRow("duplicate secret") << QStringLiteral("secret") << QStringLiteral("InvalidInput");
    QTest::newRow("invalid project name") << QStringLiteral("project") << QStringLiteral("InvalidInput");
    QTest::newRow("path leaving the folder") << QStringLiteral("path") << QStringLiteral("InvalidInput");
    QTest::newRow("file in the reserved folder") << QStringLiteral("reserved") << QStringLiteral("InvalidInput");
    QTest::newRow("two files by case") << QStringLiteral("case") << QStringLiteral("InvalidInput");
    QTest::newRow("broken variable value") << QStringLiteral("value") << QStringLiteral("InvalidInput");
    QTest::newRow("cancelled half-way") << QStringLiteral("cancel") << QStringLiteral("Cancelled");
}

void TestProjectArchive::failedWriteKeepsPreviousFile()
{
    QFETCH(QString, failure);
    QFETCH(QString, outcome);

    QTemporaryDir dir;
    const QString zip = dir.filePath(QStringLiteral("export.zip"));
    const QByteArray previous = QByteArrayLiteral("the previous export");
    QVERIFY(writeFile(zip, previous));

    ArchiveManifest manifest = sampleManifest();
    QList<ArchiveFile> files = sampleFiles();
    ProjectArchive::Progress progress;
    if (failure == QLatin1String("variable")) {
        manifest.variables.append({QStringLiteral("bad-name"), QStringLiteral("v")});
    } else if (failure == QLatin1String("secret")) {
        manifest.secretNames.append(manifest.secretNames.first());
    } else if (failure == QLatin1String("value")) {
        manifest.variables.append({QStringLiteral("HALF"), QString(QChar(0xD800))});
    } else if (failure == QLatin1String("project")) {
        manifest.projectName = QStringLiteral(" ");
    } else if (failure == QLatin1String("path")) {
        files.append({QStringLiteral("../outside.txt"), QByteArrayLiteral("x")});
    } else if (failure == QLatin1String("reserved")) {
        files.append({QStringLiteral("botvault/extra.json"), QByteArrayLiteral("{}")});
    } else if (failure == QLatin1String("case")) {
        files.append({QStringLiteral("CHATBOT.yaml"), QByteArrayLiteral("x")});
    } else {
        files.append({QStringLiteral("big.bin"), randomBytes(3 * 1024 * 1024, 7)});
        progress = [](qint64 done, qint64 total) { return done < total / 2; };
    }

    const auto result = ProjectArchive::write(zip, manifest, files, progress);
    QCOMPARE(QString::fromLatin1(outcomeName(result)), outcome);
    QCOMPARE(readWholeFile(zip), previous);
    QCOMPARE(folderEntries(dir.path()), QStringList {QStringLiteral("export.zip")});
}

void TestProjectArchive::cancelledWriteLeavesNoFile()
{
    QTemporaryDir dir;
    const QString zip = dir.filePath(QStringLiteral("export.zip"));
    QList<ArchiveFile> files = sampleFiles();
    files.append({QStringLiteral("big.bin"), randomBytes(3 * 1024 * 1024, 8)});
    qint64 lastDone = -1;
    const auto result = ProjectArchive::write(zip, sampleManifest(), files, [&lastDone](qint64 done, qint64) {
        lastDone = done;
        return false;
    });
    QCOMPARE(outcomeName(result), "Cancelled");
    QVERIFY(lastDone > 0);
    QVERIFY(folderEntries(dir.path()).isEmpty());
}

void TestProjectArchive::writeIntoMissingFolderFails()
{
    QTemporaryDir dir;
    const auto result
        = ProjectArchive::write(dir.filePath(QStringLiteral("missing/export.zip")), sampleManifest(), sampleFiles());
    QCOMPARE(outcomeName(result), "Io");
    QVERIFY(folderEntries(dir.path()).isEmpty());
}

void TestProjectArchive::manifestJsonNeverCarriesSecretValues()
{
    ArchiveManifest manifest = sampleManifest();
    manifest.secretNames = {QStringLiteral("API_KEY"), QStringLiteral("value"), QStringLiteral("TOKEN")};
    const QJsonDocument document = QJsonDocument::fromJson(ProjectArchive::manifestJson(manifest));
    const QJsonArray secrets = document.object().value(QStringLiteral("secrets")).toArray();
    QCOMPARE(secrets.size(), 3);
    for (const QJsonValue& secret : secrets) {
        QCOMPARE(secret.toObject().keys(), QStringList {QStringLiteral("name")});
    }
    QCOMPARE(secrets.at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("value"));
}

void TestProjectArchive::manifestRoundTrip()
{
    const ArchiveManifest manifest = sampleManifest();
    const QByteArray json = ProjectArchive::manifestJson(manifest);
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("botvault-project"));
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
    const auto parsed = ProjectArchive::parseManifest(json);
    QVERIFY2(parsed, qPrintable(errorMessage(parsed)));
    QCOMPARE(parsed.value(), manifest);
}

// Issue 14, item 4: a secret's rotation rule and age travel with the archive, as dates beside its
// name, and come back as they were.
void TestProjectArchive::archiveKeepsRotationDates()
{
    QTemporaryDir dir;
    const QString zip = dir.filePath(QStringLiteral("export.zip"));
    ArchiveManifest manifest = sampleManifest();
    manifest.secretNames = {QStringLiteral("API_KEY"), QStringLiteral("PLAIN"), QStringLiteral("TOKEN")};
    manifest.secretRotations.insert(QStringLiteral("API_KEY"),
        ArchiveSecretRotation {90, {}, QDateTime(QDate(2026, 9, 1), QTime(8, 30, 5), Qt::UTC)});
    manifest.secretRotations.insert(QStringLiteral("TOKEN"), ArchiveSecretRotation {0, QDate(2027, 3, 31), {}});
    const QJsonArray secrets = QJsonDocument::fromJson(ProjectArchive::manifestJson(manifest))
                                   .object()
                                   .value(QStringLiteral("secrets"))
                                   .toArray();
    QCOMPARE(secrets.at(0).toObject().value(QStringLiteral("rotationPeriodDays")).toInt(), 90);
    QCOMPARE(
        secrets.at(0).toObject().value(QStringLiteral("rotatedAt")).toString(), QStringLiteral("2026-09-01T08:30:05Z"));
    QCOMPARE(secrets.at(1).toObject().keys(), QStringList {QStringLiteral("name")});
    QCOMPARE(secrets.at(2).toObject().value(QStringLiteral("expiresAt")).toString(), QStringLiteral("2027-03-31"));

    QVERIFY(ProjectArchive::write(zip, manifest, sampleFiles()));
    const auto read = ProjectArchive::readFile(zip);
    QVERIFY2(read, qPrintable(errorMessage(read)));
    QVERIFY(read->manifest.has_value());
    QCOMPARE(read->manifest->secretRotations, manifest.secretRotations);
    QCOMPARE(*read->manifest, manifest);
}

void TestProjectArchive::parseManifestRefuses_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("mentions");
    const QString invalid = QStringLiteral("InvalidInput");

    QTest::newRow("version as text") << manifestWith("[]", "[]", "\"1\"") << invalid << QStringLiteral("version 1");
    QTest::newRow("version 1.5") << manifestWith("[]", "[]", "1.5") << invalid << QStringLiteral("version 1");
    QTest::newRow("version 0") << manifestWith("[]", "[]", "0") << invalid << QStringLiteral("version 1");
    QTest::newRow("no format") << QByteArray(R"({"version":1,"project":{"name":"Shop"}})") << invalid
                               << QStringLiteral("botvault-project");
    QTest::newRow("no project") << QByteArray(R"({"format":"botvault-project","version":1})") << invalid
                                << QStringLiteral("name the project");
    QTest::newRow("empty project name") << QByteArray(
        R"({"format":"botvault-project","version":1,"project":{"name":""}})")
                                        << invalid << QStringLiteral("project name");
    QTest::newRow("unknown top-level key")
        << QByteArray(R"({"format":"botvault-project","version":1,"project":{"name":"Shop"},"extra":1})") << invalid
        << QStringLiteral("'extra'");
    QTest::newRow("variables not a list") << manifestWith("{}", "[]") << invalid << QStringLiteral("\"variables\"");
    QTest::newRow("variable not an object")
        << manifestWith("[\"A\"]", "[]") << invalid << QStringLiteral("Entry 1 of \"variables\"");
    QTest::newRow("variable without name")
        << manifestWith(R"([{"value":"v"}])", "[]") << invalid << QStringLiteral("Entry 1 of \"variables\"");
    QTest::newRow("variable value a number")
        << manifestWith(R"([{"name":"A","value":1}])", "[]") << invalid << QStringLiteral("'A'");
    QTest::newRow("variable without value")
        << manifestWith(R"([{"name":"A"}])", "[]") << invalid << QStringLiteral("'A'");
    QTest::newRow("variable with extra key")
        << manifestWith(R"([{"name":"A","value":"v","secret":true}])", "[]") << invalid << QStringLiteral("'secret'");
    QTest::newRow("second variable name too long")
        << manifestWith(R"([{"name":"A","value":""},{"name":")" + QByteArray(129, 'N') + R"(","value":""}])", "[]")
        << invalid << QStringLiteral("Entry 2 of \"variables\"");
    QTest::newRow("variable value with half a surrogate pair")
        << manifestWith(R"([{"name":"A","value":"x\ud800y"}])", "[]") << invalid << QStringLiteral("'A'");
    QTest::newRow("secrets not a list") << manifestWith("[]", "\"KEY\"") << invalid << QStringLiteral("\"secrets\"");
    QTest::newRow("secret with null value")
        << manifestWith("[]", R"([{"name":"KEY","value":null}])") << invalid << QStringLiteral("'KEY'");
    QTest::newRow("rotation period as text") << manifestWith("[]", R"([{"name":"KEY","rotationPeriodDays":"90"}])")
                                             << invalid << QStringLiteral("\"rotationPeriodDays\"");
    QTest::newRow("rotation period 0") << manifestWith("[]", R"([{"name":"KEY","rotationPeriodDays":0}])") << invalid
                                       << QStringLiteral("1 to 3650");
    QTest::newRow("rotation period 1.5") << manifestWith("[]", R"([{"name":"KEY","rotationPeriodDays":1.5}])")
                                         << invalid << QStringLiteral("'KEY'");
    QTest::newRow("expiry not a date") << manifestWith("[]", R"([{"name":"KEY","expiresAt":"31.03.2027"}])") << invalid
                                       << QStringLiteral("\"expiresAt\"");
    QTest::newRow("period and expiry") << manifestWith(
        "[]", R"([{"name":"KEY","rotationPeriodDays":9,"expiresAt":"2027-03-31"}])")
                                       << invalid << QStringLiteral("not both");
    QTest::newRow("rotated at without zone")
        << manifestWith("[]", R"([{"name":"KEY","rotatedAt":"2026-09-01T08:30:05"}])") << invalid
        << QStringLiteral("\"rotatedAt\"");
}

void TestProjectArchive::parseManifestRefuses()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, outcome);
    QFETCH(QString, mentions);
    const auto result = ProjectArchive::parseManifest(json);
    QCOMPARE(QString::fromLatin1(outcomeName(result)), outcome);
    QVERIFY2(result.message().contains(mentions), qPrintable(result.message()));
    QVERIFY2(result.message().contains(QStringLiteral("botvault/project.json")), qPrintable(result.message()));
}

void TestProjectArchive::collectSkipsGitEnvAndReservedFolder()
{
    QTemporaryDir dir;
    const QString root = dir.path();
    for (const char* path : {"chatbot.yaml", "src/a.js", ".gitignore", "docs/botvault/z.txt", ".git/config",
             ".git/objects/ab", "src/sub/.git", ".env", "src/.env.local", "botvault/project.json", "BotVault/y.txt"}) {
        QVERIFY(writeFile(root + u'/' + QString::fromLatin1(path), QByteArray("content of ") + path));
    }
    const auto result = ProjectArchive::collectSourceFolder(root);
    QVERIFY2(result, qPrintable(errorMessage(result)));
    QCOMPARE(pathsOf(result.value()),
        QStringList({QStringLiteral(".gitignore"), QStringLiteral("chatbot.yaml"),
            QStringLiteral("docs/botvault/z.txt"), QStringLiteral("src/a.js")}));
    QCOMPARE(result->at(3).content, QByteArray("content of src/a.js"));
}

void TestProjectArchive::collectStoresLinkInsideAsFile()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("src/a.js")), "real"));
    QVERIFY(QFile::link(QStringLiteral("a.js"), dir.filePath(QStringLiteral("src/alias.js"))));
    // Links to what an export leaves out are left out too, so they cannot smuggle it in.
    QVERIFY(writeFile(dir.filePath(QStringLiteral(".env")), kCanary));
    QVERIFY(writeFile(dir.filePath(QStringLiteral(".git/config")), kCanary));
    QVERIFY(QFile::link(QStringLiteral("../.env"), dir.filePath(QStringLiteral("src/settings.txt"))));
    QVERIFY(QFile::link(QStringLiteral("../.git/config"), dir.filePath(QStringLiteral("src/config.txt"))));
    const auto result = ProjectArchive::collectSourceFolder(dir.path());
    QVERIFY2(result, qPrintable(errorMessage(result)));
    QCOMPARE(result.value(),
        QList<ArchiveFile>({{QStringLiteral("src/a.js"), "real"}, {QStringLiteral("src/alias.js"), "real"}}));
}

void TestProjectArchive::collectRefuses_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<ArchiveLimits>("limits");
    QTest::addColumn<QString>("mentions");
    ArchiveLimits twoFiles;
    twoFiles.maxEntries = 2;
    ArchiveLimits tenBytes;
    tenBytes.maxTotalBytes = 10;
    QTest::newRow("link outside") << QStringLiteral("outside") << ArchiveLimits() << QStringLiteral("src/out.js");
    QTest::newRow("dangling link") << QStringLiteral("dangling") << ArchiveLimits() << QStringLiteral("src/gone.js");
    QTest::newRow("link to folder") << QStringLiteral("folder link") << ArchiveLimits() << QStringLiteral("lib");
    QTest::newRow("fifo") << QStringLiteral("fifo") << ArchiveLimits() << QStringLiteral("pipe");
    QTest::newRow("names differing by case") << QStringLiteral("case") << ArchiveLimits() << QStringLiteral("README");
    QTest::newRow("backslash in a name") << QStringLiteral("backslash") << ArchiveLimits() << QStringLiteral("a\\b");
    QTest::newRow("colon in a name") << QStringLiteral("colon") << ArchiveLimits() << QStringLiteral("a:b");
    QTest::newRow("too many files") << QStringLiteral("three") << twoFiles << QStringLiteral("2");
    QTest::newRow("too many bytes") << QStringLiteral("eleven") << tenBytes << QStringLiteral("10");
}

void TestProjectArchive::collectRefuses()
{
    QFETCH(QString, setup);
    QFETCH(ArchiveLimits, limits);
    QFETCH(QString, mentions);

    QTemporaryDir outside;
    QTemporaryDir dir;
    const QString root = dir.path();
    QVERIFY(writeFile(root + QStringLiteral("/chatbot.yaml"), "y"));
    if (setup == QLatin1String("outside")) {
        QVERIFY(writeFile(outside.filePath(QStringLiteral("secret.txt")), kCanary));
        QVERIFY(writeFile(root + QStringLiteral("/src/a.js"), "a"));
        QVERIFY(QFile::link(outside.filePath(QStringLiteral("secret.txt")), root + QStringLiteral("/src/out.js")));
    } else if (setup == QLatin1String("dangling")) {
        QVERIFY(QDir(root).mkdir(QStringLiteral("src")));
        QVERIFY(QFile::link(root + QStringLiteral("/nowhere.js"), root + QStringLiteral("/src/gone.js")));
    } else if (setup == QLatin1String("folder link")) {
        QVERIFY(writeFile(root + QStringLiteral("/src/a.js"), "a"));
        QVERIFY(QFile::link(QStringLiteral("src"), root + QStringLiteral("/lib")));
    } else if (setup == QLatin1String("fifo")) {
        QCOMPARE(::mkfifo(QFile::encodeName(root + QStringLiteral("/pipe")).constData(), 0600), 0);
    } else if (setup == QLatin1String("case")) {
        QVERIFY(writeFile(root + QStringLiteral("/README.md"), "1"));
        QVERIFY(writeFile(root + QStringLiteral("/readme.md"), "2"));
    } else if (setup == QLatin1String("backslash")) {
        QVERIFY(writeFile(root + QStringLiteral("/a\\b.js"), "1"));
    } else if (setup == QLatin1String("colon")) {
        QVERIFY(writeFile(root + QStringLiteral("/a:b.js"), "1"));
    } else if (setup == QLatin1String("three")) {
        QVERIFY(writeFile(root + QStringLiteral("/a.js"), "1"));
        QVERIFY(writeFile(root + QStringLiteral("/b.js"), "2"));
    } else if (setup == QLatin1String("eleven")) {
        QVERIFY(writeFile(root + QStringLiteral("/big.js"), "0123456789"));
    }

    const auto result = ProjectArchive::collectSourceFolder(root, limits);
    QCOMPARE(outcomeName(result), "InvalidInput");
    QVERIFY2(result.message().contains(mentions), qPrintable(result.message()));
    QVERIFY2(!result.message().contains(QString::fromLatin1(kCanary)), qPrintable(result.message()));
}

void TestProjectArchive::collectMissingFolderIsNotFound()
{
    QTemporaryDir dir;
    const auto result = ProjectArchive::collectSourceFolder(dir.filePath(QStringLiteral("missing")));
    QCOMPARE(outcomeName(result), "NotFound");
}

void TestProjectArchive::extractWritesIntoNewFolder()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("shop"));
    ArchiveContents contents;
    contents.files = sampleFiles();
    const auto result = ProjectArchive::extract(contents, folder);
    QVERIFY2(result, qPrintable(errorMessage(result)));
    for (const ArchiveFile& file : std::as_const(contents.files)) {
        QCOMPARE(readWholeFile(folder + u'/' + file.path), file.content);
    }
    QCOMPARE(folderEntries(dir.path()), QStringList {QStringLiteral("shop")});
    const auto collected = ProjectArchive::collectSourceFolder(folder);
    QVERIFY(collected);
    QCOMPARE(collected.value(), contents.files);
}

void TestProjectArchive::extractIntoEmptyFolder()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("shop"));
    QVERIFY(QDir().mkdir(folder));
    ArchiveContents contents;
    contents.files = sampleFiles();
    const auto result = ProjectArchive::extract(contents, folder);
    QVERIFY2(result, qPrintable(errorMessage(result)));
    QCOMPARE(readWholeFile(folder + QStringLiteral("/chatbot.yaml")), contents.files.at(1).content);
    QCOMPARE(folderEntries(dir.path()), QStringList {QStringLiteral("shop")});
}

void TestProjectArchive::extractRefusesNonEmptyFolder()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("shop"));
    QVERIFY(writeFile(folder + QStringLiteral("/.keep"), "mine"));
    ArchiveContents contents;
    contents.files = sampleFiles();
    const auto result = ProjectArchive::extract(contents, folder);
    QCOMPARE(outcomeName(result), "AlreadyExists");
    QCOMPARE(folderEntries(folder), QStringList {QStringLiteral(".keep")});
    QCOMPARE(folderEntries(dir.path()), QStringList {QStringLiteral("shop")});
}

void TestProjectArchive::extractFailureLeavesNothing()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("shop"));
    ArchiveContents contents;
    contents.files = sampleFiles();
    // Sorted after the others, so they are written first; no file system takes a 300-byte name.
    contents.files.append({QStringLiteral("zz/") + QString(300, u'n'), "x"});
    const auto result = ProjectArchive::extract(contents, folder);
    QCOMPARE(outcomeName(result), "Io");
    QVERIFY(folderEntries(dir.path()).isEmpty());
}

void TestProjectArchive::extractRefusesUnsafePaths()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("inner/shop"));
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("inner"))));
    ArchiveContents contents;
    contents.files = {{QStringLiteral("chatbot.yaml"), "y"}, {QStringLiteral("../../escaped.txt"), kCanary}};
    const auto result = ProjectArchive::extract(contents, folder);
    QCOMPARE(outcomeName(result), "InvalidInput");
    QVERIFY(result.message().contains(QStringLiteral("../../escaped.txt")));
    QCOMPARE(folderEntries(dir.path()), QStringList {QStringLiteral("inner")});
    QVERIFY(folderEntries(dir.filePath(QStringLiteral("inner"))).isEmpty());
}

void TestProjectArchive::measureLargeManifest()
{
    constexpr int kVariables = 100000;
    QRandomGenerator generator(42);
    ArchiveManifest manifest;
    manifest.projectName = QStringLiteral("Large");
    manifest.variables.reserve(kVariables);
    for (int i = 1; i <= kVariables; ++i) {
        QString value(20 + static_cast<int>(generator.bounded(41)), Qt::Uninitialized);
        for (QChar& c : value) {
            c = QChar(u'!' + static_cast<char16_t>(generator.bounded(94)));
        }
        manifest.variables.append({QStringLiteral("VAR_%1").arg(i, 6, 10, QLatin1Char('0')), value});
    }
    QTemporaryDir dir;
    const QString zip = dir.filePath(QStringLiteral("large.zip"));

    QElapsedTimer timer;
    timer.start();
    const auto written = ProjectArchive::write(zip, manifest, sampleFiles());
    const qint64 writeMs = timer.elapsed();
    QVERIFY2(written, qPrintable(errorMessage(written)));
    timer.restart();
    const auto read = ProjectArchive::readFile(zip);
    const qint64 readMs = timer.elapsed();
    QVERIFY2(read, qPrintable(errorMessage(read)));
    QCOMPARE(read->manifest->variables.size(), kVariables);
    timer.restart();
    const QByteArray json = ProjectArchive::manifestJson(manifest);
    const qint64 jsonMs = timer.elapsed();
    timer.restart();
    const auto parsed = ProjectArchive::parseManifest(json);
    const qint64 parseMs = timer.elapsed();
    QVERIFY(parsed);
    qInfo("100,000 variables: write %lld ms, read %lld ms (archive %lld bytes, %lld bytes inflated); of which "
          "manifestJson %lld ms, parseManifest %lld ms",
        static_cast<long long>(writeMs), static_cast<long long>(readMs), static_cast<long long>(QFileInfo(zip).size()),
        static_cast<long long>(read->inflatedBytes), static_cast<long long>(jsonMs), static_cast<long long>(parseMs));
}

BOTVAULT_TEST_MAIN(TestProjectArchive)
#include "TestProjectArchive.moc"
