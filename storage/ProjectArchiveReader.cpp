#include "storage/ProjectArchive.h"

#include "storage/ProjectArchiveRules.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QIODevice>
#include <QScopeGuard>
#include <QStringDecoder>

#include <quazip/quazip.h>
#include <zlib.h>

#include <algorithm>
#include <limits>
#include <numeric>
#include <utility>

namespace ProjectArchive {

namespace {

constexpr qint64 kChunkBytes = 64 * 1024;
constexpr qint64 kLocalHeaderBytes = 30;
constexpr qsizetype kMaxNameBytes = 0xFFFF;

// Unix file types in the upper 16 bits of a central-directory entry's external attributes.
constexpr quint32 kUnixTypeMask = 0170000;
constexpr quint32 kUnixDirectory = 0040000;
constexpr quint32 kUnixLink = 0120000;
// MS-DOS attributes in the lower byte(s): a folder, and an NTFS reparse point (a link or junction).
constexpr quint32 kDosDirectory = 0x10;
constexpr quint32 kDosReparsePoint = 0x400;
// General-purpose flags: traditional encryption, strong encryption, masked local headers.
constexpr quint32 kFlagEncrypted = 0x0001;
constexpr quint32 kFlagStrongEncryption = 0x0040;
constexpr quint32 kFlagMaskedHeaders = 0x2000;
constexpr int kMethodStored = 0;

const QString kChatbotYaml = QStringLiteral("chatbot.yaml");

struct Entry
{
    QByteArray rawName;
    QString shown; // the name as stored, for messages
    QString path; // validated, without a trailing '/', after the common root is stripped
    bool directory = false;
    int method = kMethodStored;
    quint32 crc = 0;
    qint64 compressedSize = 0;
    qint64 declaredSize = 0;
    unz64_file_pos position {};
    qint64 headerStart = 0;
    qint64 dataStart = 0;
    qint64 dataEnd = 0;
    QByteArray content;
};

QString decodeUtf8(const QByteArray& bytes, bool* ok)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    *ok = !decoder.hasError();
    return text;
}

Error tooManyEntries(const ArchiveLimits& limits)
{
    return refused(QCoreApplication::translate("ProjectArchive",
        "The archive holds more than %1 entries, more than BotVault imports; it is not a bot project "
        "export.")
                       .arg(limits.maxEntries));
}

// Checks what the central directory says about the current entry, before any of its data is read.
Result<Entry> readEntryHeader(unzFile zip, QByteArray& nameBuffer, qsizetype index)
{
    unz_file_info64 info {};
    const int status = unzGetCurrentFileInfo64(
        zip, &info, nameBuffer.data(), static_cast<uLong>(nameBuffer.size()), nullptr, 0, nullptr, 0);
    if (status != UNZ_OK) {
        return damaged(QCoreApplication::translate("ProjectArchive",
            "Entry %1 of the archive's central directory cannot be read: the archive is truncated or damaged.")
                           .arg(index + 1));
    }
    Entry entry;
    entry.rawName = QByteArray(nameBuffer.constData(), static_cast<qsizetype>(info.size_filename));
    bool utf8 = false;
    entry.shown = decodeUtf8(entry.rawName, &utf8);
    if (!utf8) {
        return refused(QCoreApplication::translate("ProjectArchive",
            "Entry %1 of the archive ('%2') has a name that is not valid UTF-8; BotVault cannot tell "
            "where it would be written.")
                           .arg(QString::number(index + 1), quoted(entry.shown)));
    }
    const QString who = subject(PathOrigin::Archive, entry.shown);
    if ((info.flag & (kFlagEncrypted | kFlagStrongEncryption | kFlagMaskedHeaders)) != 0) {
        return refused(QCoreApplication::translate(
            "ProjectArchive", "%1 is encrypted; BotVault imports only unencrypted archives.")
                           .arg(who));
    }
    entry.method = static_cast<int>(info.compression_method);
    if (entry.method != kMethodStored && entry.method != kMethodDeflated) {
        return makeError(ErrorCode::Unsupported,
            QCoreApplication::translate("ProjectArchive",
                "%1 uses compression method %2; BotVault reads only stored and deflated entries. "
                "Create the archive again with ZIP's standard compression.")
                .arg(who)
                .arg(entry.method));
    }
    entry.directory = entry.shown.endsWith(u'/');
    const quint32 attributes = static_cast<quint32>(info.external_fa);
    const quint32 unixType = (attributes >> 16) & kUnixTypeMask;
    if (unixType == kUnixLink || (attributes & kDosReparsePoint) != 0) {
        return refused(QCoreApplication::translate(
            "ProjectArchive", "%1 is a symbolic link; a project archive may hold only files and folders.")
                           .arg(who));
    }
    const bool markedDirectory = unixType == kUnixDirectory || (unixType == 0 && (attributes & kDosDirectory) != 0);
    const bool typeAgrees = unixType == 0 || unixType == (entry.directory ? kUnixDirectory : kUnixRegular);
    if (!typeAgrees || markedDirectory != entry.directory) {
        return refused(QCoreApplication::translate("ProjectArchive",
            "%1 is not a regular file or folder (a device, pipe, socket, or a folder without a trailing "
            "'/'); a project archive may hold only files and folders.")
                           .arg(who));
    }
    entry.path = entry.directory ? entry.shown.chopped(1) : entry.shown;
    if (const Result<void> path = checkPath(entry.path, entry.shown, PathOrigin::Archive); !path) {
        return path.error();
    }
    // ZIP64 sizes are 64-bit unsigned; anything past qint64 cannot fit in any archive we read.
    constexpr auto kMaxSize = static_cast<ZPOS64_T>(std::numeric_limits<qint64>::max() / 2);
    if (info.compressed_size > kMaxSize || info.uncompressed_size > kMaxSize) {
        return damaged(
            QCoreApplication::translate("ProjectArchive", "%1 declares an impossible size: the archive is damaged.")
                .arg(who));
    }
    entry.compressedSize = static_cast<qint64>(info.compressed_size);
    entry.declaredSize = static_cast<qint64>(info.uncompressed_size);
    entry.crc = static_cast<quint32>(info.crc);
    if (unzGetFilePos64(zip, &entry.position) != UNZ_OK) {
        return damaged(QCoreApplication::translate(
            "ProjectArchive", "%1 cannot be located in the archive: the archive is damaged.")
                           .arg(who));
    }
    return entry;
}

Result<QList<Entry>> readCentralDirectory(unzFile zip, const ArchiveLimits& limits)
{
    unz_global_info64 global {};
    if (unzGetGlobalInfo64(zip, &global) != UNZ_OK) {
        return damaged(QCoreApplication::translate(
            "ProjectArchive", "The archive's central directory cannot be read: the archive is damaged."));
    }
    if (global.number_entry > static_cast<ZPOS64_T>(std::max(limits.maxEntries, 0))) {
        return tooManyEntries(limits);
    }
    QList<Entry> entries;
    if (global.number_entry == 0) {
        return entries;
    }
    entries.reserve(static_cast<qsizetype>(global.number_entry));
    QByteArray nameBuffer(kMaxNameBytes + 1, '\0');
    int status = unzGoToFirstFile(zip);
    while (status == UNZ_OK) {
        if (entries.size() >= limits.maxEntries) {
            return tooManyEntries(limits);
        }
        Result<Entry> entry = readEntryHeader(zip, nameBuffer, entries.size());
        if (!entry) {
            return entry.error();
        }
        entries.append(std::move(entry).value());
        status = unzGoToNextFile(zip);
    }
    if (status != UNZ_END_OF_LIST_OF_FILE) {
        return damaged(QCoreApplication::translate("ProjectArchive",
            "Entry %1 of the archive's central directory cannot be read: the archive is truncated or damaged.")
                           .arg(entries.size() + 1));
    }
    return entries;
}

// A ZIP downloaded from a Git host wraps the project in one folder ("project-main/chatbot.yaml").
// That folder is removed when it holds everything and chatbot.yaml is in it rather than at the root.
void stripCommonRoot(QList<Entry>& entries)
{
    if (entries.isEmpty()) {
        return;
    }
    const QString root = firstSegment(entries.first().path);
    const QString prefix = root + u'/';
    bool hasChatbotYaml = false;
    for (const Entry& entry : std::as_const(entries)) {
        const bool isRootFolder = entry.directory && entry.path == root;
        if (!isRootFolder && !entry.path.startsWith(prefix)) {
            return;
        }
        hasChatbotYaml = hasChatbotYaml || (!entry.directory && entry.path == prefix + kChatbotYaml);
    }
    if (!hasChatbotYaml) {
        return;
    }
    entries.removeIf([&root](const Entry& entry) { return entry.directory && entry.path == root; });
    for (Entry& entry : entries) {
        entry.path.remove(0, prefix.size());
    }
}

Result<void> checkArchivePaths(const QList<Entry>& entries)
{
    QList<PathItem> items;
    items.reserve(entries.size());
    for (const Entry& entry : entries) {
        const bool allowed = entry.directory ? entry.path == QLatin1String(kReservedFolder)
                                             : entry.path == QLatin1String(kManifestPath);
        if (isInReservedFolder(entry.path) && !allowed) {
            return refused(QCoreApplication::translate("ProjectArchive",
                "%1 is in the folder '%2/', which holds only %3 in a BotVault archive; BotVault does not "
                "know this entry.")
                               .arg(subject(PathOrigin::Archive, entry.shown), QLatin1String(kReservedFolder),
                                   QLatin1String(kManifestPath)));
        }
        items.append({entry.path, entry.shown, entry.directory});
    }
    return checkCollisions(items, PathOrigin::Archive);
}

// Opens the current entry without inflating it (raw), so its position can be read.
Result<void> openRaw(unzFile zip, const Entry& entry)
{
    unz64_file_pos position = entry.position;
    if (unzGoToFilePos64(zip, &position) != UNZ_OK || unzOpenCurrentFile2(zip, nullptr, nullptr, 1) != UNZ_OK) {
        return damaged(QCoreApplication::translate("ProjectArchive",
            "%1 has a missing local header, or one that disagrees with the central directory: the "
            "archive is damaged.")
                           .arg(subject(PathOrigin::Archive, entry.shown)));
    }
    return Result<void>::success();
}

// Finds where each entry's local header and data lie, and refuses entries that share bytes: an
// overlapping layout lets a small archive inflate the same data many times (a "zip bomb").
Result<void> locateEntries(unzFile zip, QIODevice* device, QList<Entry>& entries)
{
    const qint64 deviceSize = device->size();
    for (Entry& entry : entries) {
        if (const Result<void> opened = openRaw(zip, entry); !opened) {
            return opened;
        }
        const auto dataStart = static_cast<qint64>(unzGetCurrentFileZStreamPos64(zip));
        const int localExtraBytes = unzGetLocalExtrafield(zip, nullptr, 0);
        unzCloseCurrentFile(zip);
        entry.dataStart = dataStart;
        entry.headerStart = dataStart - kLocalHeaderBytes - entry.rawName.size() - localExtraBytes;
        entry.dataEnd = dataStart + entry.compressedSize;
        if (localExtraBytes < 0 || entry.headerStart < 0 || entry.compressedSize > deviceSize
            || entry.dataEnd > deviceSize) {
            return damaged(
                QCoreApplication::translate("ProjectArchive", "%1 is cut off: the archive is truncated or damaged.")
                    .arg(subject(PathOrigin::Archive, entry.shown)));
        }
    }

    QList<qsizetype> order(entries.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
        [&entries](qsizetype a, qsizetype b) { return entries.at(a).headerStart < entries.at(b).headerStart; });
    qsizetype furthest = -1;
    for (const qsizetype i : std::as_const(order)) {
        if (furthest >= 0 && entries.at(i).headerStart < entries.at(furthest).dataEnd) {
            return refused(
                QCoreApplication::translate("ProjectArchive",
                    "%1 and '%2' share bytes in the archive; overlapping entries are a way to build a zip "
                    "bomb.")
                    .arg(subject(PathOrigin::Archive, entries.at(i).shown), quoted(entries.at(furthest).shown)));
        }
        if (furthest < 0 || entries.at(i).dataEnd > entries.at(furthest).dataEnd) {
            furthest = i;
        }
    }

    // Readers differ on which name they trust, so a local header that names another file is refused.
    for (const Entry& entry : std::as_const(entries)) {
        if (!device->seek(entry.headerStart + kLocalHeaderBytes)
            || device->read(entry.rawName.size()) != entry.rawName) {
            return refused(QCoreApplication::translate(
                "ProjectArchive", "%1 has another name in its local header; the archive was altered.")
                               .arg(subject(PathOrigin::Archive, entry.shown)));
        }
    }
    return Result<void>::success();
}

// Inflates every entry, counting the bytes it really produces against the limits, and checks each
// entry's size and CRC. Nothing a header declares is trusted to bound the work.
class Inflater
{
public:
    Inflater(unzFile zip, const ArchiveLimits& limits, const Progress& progress, qint64 totalCompressed)
        : m_zip(zip)
        , m_limits(limits)
        , m_progress(progress)
        , m_totalCompressed(totalCompressed)
        , m_totalBound(ratioBound(totalCompressed))
        , m_input(kChunkBytes, '\0')
        , m_output(kChunkBytes, '\0')
    {
    }

    qint64 inflatedBytes() const { return m_totalInflated; }

    Result<void> inflateEntry(Entry& entry)
    {
        if (const Result<void> opened = openRaw(m_zip, entry); !opened) {
            return opened;
        }
        const Result<void> result = inflateOpenEntry(entry);
        unzCloseCurrentFile(m_zip);
        return result;
    }

private:
    qint64 ratioBound(qint64 compressed) const
    {
        return std::max(
            m_limits.ratioGraceBytes, saturatingProduct(std::max<qint64>(compressed, 1), m_limits.maxRatio));
    }

    QString who(const Entry& entry) const { return subject(PathOrigin::Archive, entry.shown); }

    Result<void> inflateOpenEntry(Entry& entry)
    {
        z_stream stream {};
        const bool deflated = entry.method == kMethodDeflated;
        if (deflated && inflateInit2(&stream, -MAX_WBITS) != Z_OK) {
            return ioError(QCoreApplication::translate("ProjectArchive", "Not enough memory to read the archive."));
        }
        const auto endStream = qScopeGuard([&stream, deflated] {
            if (deflated) {
                inflateEnd(&stream);
            }
        });
        m_entryBound = ratioBound(entry.compressedSize);
        m_crc = crc32(0, nullptr, 0);
        bool streamEnded = !deflated;
        for (;;) {
            const int read = unzReadCurrentFile(m_zip, m_input.data(), static_cast<unsigned>(m_input.size()));
            if (read < 0) {
                return damaged(QCoreApplication::translate(
                    "ProjectArchive", "%1 cannot be read: the archive is truncated or damaged.")
                                   .arg(who(entry)));
            }
            if (read == 0) {
                break;
            }
            if (deflated && streamEnded) {
                return damaged(QCoreApplication::translate(
                    "ProjectArchive", "%1 has data after the end of its compressed stream: the archive is damaged.")
                                   .arg(who(entry)));
            }
            m_compressedDone += read;
            if (m_progress && !m_progress(m_compressedDone, m_totalCompressed)) {
                return cancelled();
            }
            if (!deflated) {
                if (const Result<void> kept = keep(entry, m_input.constData(), read); !kept) {
                    return kept;
                }
                continue;
            }
            stream.next_in = reinterpret_cast<Bytef*>(m_input.data());
            stream.avail_in = static_cast<uInt>(read);
            while (!streamEnded && (stream.avail_in > 0 || stream.avail_out == 0)) {
                stream.next_out = reinterpret_cast<Bytef*>(m_output.data());
                stream.avail_out = static_cast<uInt>(m_output.size());
                const int status = inflate(&stream, Z_NO_FLUSH);
                if (status == Z_STREAM_END) {
                    streamEnded = true;
                } else if (status != Z_OK && status != Z_BUF_ERROR) {
                    return damaged(QCoreApplication::translate(
                        "ProjectArchive", "%1 holds invalid compressed data: the archive is damaged.")
                                       .arg(who(entry)));
                }
                const qint64 produced = m_output.size() - static_cast<qint64>(stream.avail_out);
                if (const Result<void> kept = keep(entry, m_output.constData(), produced); !kept) {
                    return kept;
                }
                if (status == Z_BUF_ERROR) {
                    break;
                }
            }
            if (streamEnded && stream.avail_in > 0) {
                return damaged(QCoreApplication::translate(
                    "ProjectArchive", "%1 has data after the end of its compressed stream: the archive is damaged.")
                                   .arg(who(entry)));
            }
        }
        if (!streamEnded) {
            return damaged(QCoreApplication::translate(
                "ProjectArchive", "%1 ends before its compressed data does: the archive is truncated or damaged.")
                               .arg(who(entry)));
        }
        if (entry.content.size() != entry.declaredSize) {
            return damaged(
                QCoreApplication::translate(
                    "ProjectArchive", "%1 declares %2 bytes but holds %3: the archive is damaged or was altered.")
                    .arg(who(entry), QString::number(entry.declaredSize), QString::number(entry.content.size())));
        }
        if (m_crc != entry.crc) {
            return damaged(
                QCoreApplication::translate("ProjectArchive", "%1 fails its CRC check: the archive is damaged.")
                    .arg(who(entry)));
        }
        return Result<void>::success();
    }

    // Accepts `size` inflated bytes of `entry` if every limit still holds; stops at the first byte
    // past a limit, so a bomb never inflates further than that.
    Result<void> keep(Entry& entry, const char* data, qint64 size)
    {
        if (size == 0) {
            return Result<void>::success();
        }
        const qint64 entryBytes = entry.content.size() + size;
        const qint64 totalBytes = m_totalInflated + size;
        if (entry.directory) {
            return refused(
                QCoreApplication::translate("ProjectArchive", "%1 is a folder but carries data.").arg(who(entry)));
        }
        if (entryBytes > entry.declaredSize) {
            return damaged(QCoreApplication::translate(
                "ProjectArchive", "%1 declares %2 bytes but holds more: the archive is damaged or was altered.")
                               .arg(who(entry), QString::number(entry.declaredSize)));
        }
        if (entryBytes > m_entryBound) {
            return refused(QCoreApplication::translate("ProjectArchive",
                "%1 inflates to more than %2 times its compressed size; BotVault refuses it as a likely "
                "zip bomb.")
                               .arg(who(entry), QString::number(m_limits.maxRatio)));
        }
        if (totalBytes > m_totalBound) {
            return refused(QCoreApplication::translate("ProjectArchive",
                "The archive inflates to more than %1 times its compressed size (stopped at '%2'); "
                "BotVault refuses it as a likely zip bomb.")
                               .arg(QString::number(m_limits.maxRatio), quoted(entry.shown)));
        }
        if (totalBytes > m_limits.maxTotalBytes) {
            return refused(QCoreApplication::translate(
                "ProjectArchive", "The archive holds more than %1 bytes (stopped at '%2'), more than BotVault imports.")
                               .arg(QString::number(m_limits.maxTotalBytes), quoted(entry.shown)));
        }
        entry.content.append(data, size);
        m_crc = crc32_z(m_crc, reinterpret_cast<const Bytef*>(data), static_cast<z_size_t>(size));
        m_totalInflated = totalBytes;
        return Result<void>::success();
    }

    unzFile m_zip;
    const ArchiveLimits& m_limits;
    const Progress& m_progress;
    const qint64 m_totalCompressed;
    const qint64 m_totalBound;
    QByteArray m_input;
    QByteArray m_output;
    qint64 m_compressedDone = 0;
    qint64 m_totalInflated = 0;
    qint64 m_entryBound = 0;
    uLong m_crc = 0;
};

Result<ArchiveContents> readOpenArchive(
    unzFile zip, QIODevice* device, const ArchiveLimits& limits, const Progress& progress)
{
    Result<QList<Entry>> read = readCentralDirectory(zip, limits);
    if (!read) {
        return read.error();
    }
    QList<Entry> entries = std::move(read).value();
    stripCommonRoot(entries);
    if (const Result<void> paths = checkArchivePaths(entries); !paths) {
        return paths.error();
    }
    if (const Result<void> located = locateEntries(zip, device, entries); !located) {
        return located.error();
    }

    qint64 totalCompressed = 0;
    for (const Entry& entry : std::as_const(entries)) {
        totalCompressed += entry.compressedSize;
    }
    Inflater inflater(zip, limits, progress, totalCompressed);
    for (Entry& entry : entries) {
        if (const Result<void> inflated = inflater.inflateEntry(entry); !inflated) {
            return inflated.error();
        }
    }

    ArchiveContents contents;
    contents.inflatedBytes = inflater.inflatedBytes();
    for (Entry& entry : entries) {
        if (entry.directory) {
            continue;
        }
        if (entry.path == QLatin1String(kManifestPath)) {
            Result<ArchiveManifest> manifest = parseManifest(entry.content);
            if (!manifest) {
                return manifest.error();
            }
            contents.manifest = std::move(manifest).value();
            continue;
        }
        contents.files.append({std::move(entry.path), std::move(entry.content)});
    }
    if (contents.files.isEmpty() && !contents.manifest) {
        return refused(QCoreApplication::translate(
            "ProjectArchive", "The archive holds no files; choose the ZIP file of a bot project."));
    }
    std::sort(contents.files.begin(), contents.files.end(),
        [](const ArchiveFile& a, const ArchiveFile& b) { return a.path < b.path; });
    if (progress && !progress(totalCompressed, totalCompressed)) {
        return cancelled();
    }
    return contents;
}

} // namespace

Result<ArchiveContents> read(QIODevice* device, const ArchiveLimits& limits, const Progress& progress)
{
    if (device == nullptr) {
        return ioError(QCoreApplication::translate("ProjectArchive", "There is no archive to read."));
    }
    const bool openHere = !device->isOpen();
    if (openHere && !device->open(QIODevice::ReadOnly)) {
        return ioError(QCoreApplication::translate("ProjectArchive", "The archive cannot be opened: %1")
                           .arg(device->errorString()));
    }
    const auto closeDevice = qScopeGuard([device, openHere] {
        if (openHere) {
            device->close();
        }
    });
    if (!device->isReadable()) {
        return ioError(QCoreApplication::translate("ProjectArchive", "The archive is not open for reading."));
    }
    if (device->isSequential()) {
        return makeError(ErrorCode::Unsupported,
            QCoreApplication::translate("ProjectArchive",
                "The archive must be read from a file; a stream cannot be checked before it is used."));
    }
    QuaZip zip(device);
    zip.setAutoClose(false);
    if (!zip.open(QuaZip::mdUnzip)) {
        return damaged(QCoreApplication::translate("ProjectArchive",
            "The file is not a ZIP archive, or it is truncated or damaged: its central directory cannot be "
            "found."));
    }
    Result<ArchiveContents> contents = readOpenArchive(zip.getUnzFile(), device, limits, progress);
    zip.close();
    return contents;
}

Result<ArchiveContents> readFile(const QString& path, const ArchiveLimits& limits, const Progress& progress)
{
    QFile file(path);
    if (!file.exists()) {
        return makeError(ErrorCode::NotFound,
            QCoreApplication::translate("ProjectArchive", "The archive %1 does not exist.")
                .arg(QDir::toNativeSeparators(path)));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return ioError(QCoreApplication::translate("ProjectArchive", "The archive %1 cannot be opened: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return read(&file, limits, progress);
}

} // namespace ProjectArchive
