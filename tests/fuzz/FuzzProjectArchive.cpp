#include "storage/ProjectArchive.h"

#include <QBuffer>
#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>

// Reads arbitrary bytes as a project archive. read() must never crash, whatever the bytes; and an
// archive it accepts must come back unchanged through write() and read(): everything the import
// accepts can be exported again. A broken promise aborts, which libFuzzer records as a crash with
// the input that caused it.

namespace {

void fail(const char* what, const Error* error = nullptr)
{
    std::fprintf(stderr, "FuzzProjectArchive: %s\n", what);
    if (error != nullptr) {
        std::fprintf(stderr, "  error: %s\n", qUtf8Printable(error->message));
    }
    std::abort();
}

// Small enough that one input never takes long, large enough for every limit to be reachable.
ArchiveLimits fuzzLimits()
{
    ArchiveLimits limits;
    limits.maxEntries = 200;
    limits.maxTotalBytes = 4 * 1024 * 1024;
    limits.ratioGraceBytes = 64 * 1024;
    return limits;
}

const QString& roundTripPath()
{
    static QTemporaryDir dir;
    static const QString path = dir.filePath(QStringLiteral("round-trip.zip"));
    if (!dir.isValid()) {
        fail("no temporary folder for the round trip");
    }
    return path;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const ArchiveLimits limits = fuzzLimits();
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QBuffer buffer;
    buffer.setData(bytes);
    const Result<ArchiveContents> first = ProjectArchive::read(&buffer, limits);
    if (!first) {
        if (first.message().isEmpty()) {
            fail("read() refused an archive without saying why");
        }
        return 0;
    }

    ArchiveManifest placeholder;
    placeholder.projectName = QStringLiteral("Fuzz");
    const ArchiveManifest manifest = first->manifest.value_or(placeholder);
    const Result<void> written = ProjectArchive::write(roundTripPath(), manifest, first->files);
    if (!written) {
        fail("write() refused what read() accepted", &written.error());
    }

    // Deflate may compress far better than the input did, escaping may lengthen the manifest, and the
    // manifest adds an entry: the second read checks the contents, not the limits.
    ArchiveLimits relaxed = limits;
    relaxed.maxEntries = limits.maxEntries + 1;
    relaxed.maxRatio = std::numeric_limits<qint64>::max();
    relaxed.maxTotalBytes = std::numeric_limits<qint64>::max();
    const Result<ArchiveContents> second = ProjectArchive::readFile(roundTripPath(), relaxed);
    if (!second) {
        fail("read() refused what write() wrote", &second.error());
    }
    if (second->files != first->files) {
        fail("write() then read() changed the files");
    }
    if (!second->manifest || *second->manifest != manifest) {
        fail("write() then read() changed the manifest");
    }
    return 0;
}
