#include "storage/ProjectArchive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QIODevice>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QScopeGuard>
#include <QStringDecoder>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>
#include <zlib.h>

#include <algorithm>
#include <limits>
#include <numeric>
#include <utility>

namespace ProjectArchive {

namespace {

constexpr qint64 kChunkBytes = 64 * 1024;
constexpr qint64 kWriteChunkBytes = 1024 * 1024;
constexpr qint64 kLocalHeaderBytes = 30;
constexpr qsizetype kMaxNameBytes = 0xFFFF;

// Unix file types in the upper 16 bits of a central-directory entry's external attributes.
constexpr quint32 kUnixTypeMask = 0170000;
constexpr quint32 kUnixRegular = 0100000;
constexpr quint32 kUnixDirectory = 0040000;
constexpr quint32 kUnixLink = 0120000;
constexpr quint32 kUnixRegularFile644 = kUnixRegular | 0644;
// MS-DOS attributes in the lower byte(s): a folder, and an NTFS reparse point (a link or junction).
constexpr quint32 kDosDirectory = 0x10;
constexpr quint32 kDosReparsePoint = 0x400;
// General-purpose flags: traditional encryption, strong encryption, masked local headers.
constexpr quint32 kFlagEncrypted = 0x0001;
constexpr quint32 kFlagStrongEncryption = 0x0040;
constexpr quint32 kFlagMaskedHeaders = 0x2000;
constexpr int kMethodStored = 0;
constexpr int kMethodDeflated = Z_DEFLATED;

const QString kChatbotYaml = QStringLiteral("chatbot.yaml");
const QString kGitFolder = QStringLiteral(".git");

Error refused(QString message)
{
    return makeError(ErrorCode::InvalidInput, std::move(message));
}

Error damaged(QString message)
{
    return makeError(ErrorCode::Damaged, std::move(message));
}

Error ioError(QString message)
{
    return makeError(ErrorCode::Io, std::move(message));
}

Error cancelled()
{
    return makeError(kCancelled, QCoreApplication::translate("ProjectArchive", "The operation was cancelled."));
}

QString quoted(const QString& path)
{
    return displayText(path);
}

qint64 saturatingProduct(qint64 a, qint64 b)
{
    if (a > 0 && b > 0 && a > std::numeric_limits<qint64>::max() / b) {
        return std::numeric_limits<qint64>::max();
    }
    return a * b;
}

// Where a path comes from decides how a message names it.
enum class PathOrigin
{
    Archive,
    SourceFolder,
    ProjectFiles,
};

QString subject(PathOrigin origin, const QString& path)
{
    switch (origin) {
    case PathOrigin::Archive:
        return QCoreApplication::translate("ProjectArchive", "The archive entry '%1'").arg(quoted(path));
    case PathOrigin::SourceFolder:
        return QCoreApplication::translate("ProjectArchive", "The file '%1' in the source folder").arg(quoted(path));
    case PathOrigin::ProjectFiles:
        break;
    }
    return QCoreApplication::translate("ProjectArchive", "The project file '%1'").arg(quoted(path));
}

// Characters that make a name lie about itself when shown: controls, and the bidirectional
// overrides that can display "evil<RLO>txt.exe" as "evilexe.txt".
bool isDeceptiveCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return c.category() == QChar::Other_Control || u == 0x061C || u == 0x200E || u == 0x200F
        || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
}

bool isDrivePrefix(const QString& path)
{
    return path.size() >= 2 && path.at(1) == u':' && path.at(0).unicode() < 0x80 && path.at(0).isLetter();
}

// The rules every path in an archive, a source folder or an extraction obeys: relative,
// '/'-separated, every segment a real name. `path` has no trailing '/'; `shownPath` is what the
// message quotes (the entry name as stored).
Result<void> checkPath(const QString& path, const QString& shownPath, PathOrigin origin)
{
    const QString who = subject(origin, shownPath);
    if (path.isEmpty()) {
        return refused(QCoreApplication::translate("ProjectArchive", "%1 has an empty name.").arg(who));
    }
    if (std::any_of(path.cbegin(), path.cend(), isDeceptiveCharacter)) {
        return refused(QCoreApplication::translate("ProjectArchive",
            "%1 has a control or text-direction character in its name, which would hide its real name.")
                           .arg(who));
    }
    if (path.contains(u'\\')) {
        return refused(QCoreApplication::translate("ProjectArchive",
            "%1 contains a backslash, which Windows reads as a folder separator; archive paths use '/' "
            "only.")
                           .arg(who));
    }
    if (path.startsWith(u'/')) {
        return refused(QCoreApplication::translate(
            "ProjectArchive", "%1 is an absolute path; only paths inside the project folder are allowed.")
                           .arg(who));
    }
    if (isDrivePrefix(path)) {
        return refused(QCoreApplication::translate(
            "ProjectArchive", "%1 starts with a drive letter; only paths inside the project folder are allowed.")
                           .arg(who));
    }
    if (path.contains(u':')) {
        return refused(
            QCoreApplication::translate("ProjectArchive", "%1 contains ':', which Windows cannot store in a file name.")
                .arg(who));
    }
    for (const QStringView segment : QStringView(path).split(u'/')) {
        if (segment.isEmpty()) {
            return refused(QCoreApplication::translate(
                "ProjectArchive", "%1 contains an empty path segment ('//' or a trailing '/').")
                               .arg(who));
        }
        if (segment == u"..") {
            return refused(QCoreApplication::translate(
                "ProjectArchive", "%1 contains '..', which would lead outside the project folder.")
                               .arg(who));
        }
        if (segment == u".") {
            return refused(QCoreApplication::translate("ProjectArchive", "%1 contains a '.' segment ('./').").arg(who));
        }
    }
    return Result<void>::success();
}

// macOS and Windows keep one file for names that differ only in letter case or Unicode form.
QString collisionKey(const QString& path)
{
    return path.normalized(QString::NormalizationForm_C).toCaseFolded();
}

QString firstSegment(const QString& path)
{
    const qsizetype slash = path.indexOf(u'/');
    return slash < 0 ? path : path.left(slash);
}

bool isInReservedFolder(const QString& path)
{
    return collisionKey(firstSegment(path)) == QLatin1String(kReservedFolder);
}

struct PathItem
{
    QString path; // without a trailing '/'
    QString shown;
    bool directory = false;
};

// Refuses two items at the same place (also by case and Unicode form) and a file at a place that
// another path needs as a folder ("src" and "src/a.js").
Result<void> checkCollisions(const QList<PathItem>& items, PathOrigin origin)
{
    QHash<QString, qsizetype> byKey;
    QHash<QString, qsizetype> folders; // every folder some item lies in -> that item
    byKey.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const PathItem& item = items.at(i);
        const QString key = collisionKey(item.path);
        const auto existing = byKey.constFind(key);
        if (existing != byKey.constEnd()) {
            const PathItem& other = items.at(existing.value());
            if (other.directory != item.directory) {
                const PathItem& file = item.directory ? other : item;
                const PathItem& folder = item.directory ? item : other;
                return refused(QCoreApplication::translate(
                    "ProjectArchive", "%1 is a file, but '%2' puts a folder at the same place.")
                                   .arg(subject(origin, file.shown), quoted(folder.shown)));
            }
            if (other.path == item.path) {
                return refused(QCoreApplication::translate("ProjectArchive", "%1 appears more than once.")
                                   .arg(subject(origin, item.shown)));
            }
            return refused(QCoreApplication::translate("ProjectArchive",
                "%1 and '%2' differ only in letter case or Unicode form; macOS and Windows would store "
                "them as one file.")
                               .arg(subject(origin, item.shown), quoted(other.shown)));
        }
        byKey.insert(key, i);
        for (qsizetype slash = key.indexOf(u'/'); slash >= 0; slash = key.indexOf(u'/', slash + 1)) {
            folders.insert(key.left(slash), i);
        }
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        const PathItem& item = items.at(i);
        if (item.directory) {
            continue;
        }
        const auto folder = folders.constFind(collisionKey(item.path));
        if (folder != folders.constEnd()) {
            return refused(
                QCoreApplication::translate("ProjectArchive", "%1 is a file, but '%2' puts a folder at the same place.")
                    .arg(subject(origin, item.shown), quoted(items.at(folder.value()).shown)));
        }
    }
    return Result<void>::success();
}

// The paths of project files (to write or to extract): valid, not in the reserved folder, unique.
Result<void> checkProjectFiles(const QList<ArchiveFile>& files, PathOrigin origin)
{
    QList<PathItem> items;
    items.reserve(files.size());
    for (const ArchiveFile& file : files) {
        if (const Result<void> path = checkPath(file.path, file.path, origin); !path) {
            return path;
        }
        if (isInReservedFolder(file.path)) {
            return refused(QCoreApplication::translate("ProjectArchive",
                "%1 is in the folder '%2/', which BotVault reserves for its project file; rename that "
                "folder.")
                               .arg(subject(origin, file.path), QLatin1String(kReservedFolder)));
        }
        items.append({file.path, file.path, false});
    }
    return checkCollisions(items, origin);
}

// ---------------------------------------------------------------------------------------------
// Reading

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

// ---------------------------------------------------------------------------------------------
// Collecting a source folder

// .env files hold secret values in many bot projects (BotVault writes them too); an export must
// never carry one, so they are left out like .git.
bool isEnvironmentFile(const QString& name)
{
    return name == QLatin1String(".env") || name.startsWith(QLatin1String(".env."));
}

// What an export leaves out of a source folder: .git and .env files anywhere, and the top-level
// folder reserved for the manifest. `relative` is '/'-separated, relative to the folder.
bool isLeftOut(const QString& relative)
{
    const QStringList segments = relative.split(u'/');
    return isInReservedFolder(segments.first()) || isEnvironmentFile(segments.last())
        || std::any_of(
            segments.cbegin(), segments.cend(), [](const QString& segment) { return segment == kGitFolder; });
}

struct FoundFile
{
    QString path; // relative, '/'-separated
    QString absolutePath; // what to read (a link's target)
    qint64 size = 0;
};

Result<QList<FoundFile>> findSourceFiles(const QString& root, const ArchiveLimits& limits)
{
    const QDir rootDir(root);
    const QString rootPrefix = root.endsWith(u'/') ? root : root + u'/';
    QList<FoundFile> found;
    QStringList pending {root};
    while (!pending.isEmpty()) {
        const QDir dir(pending.takeLast());
        const QFileInfoList infos
            = dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
        for (const QFileInfo& info : infos) {
            const QString relative = rootDir.relativeFilePath(info.absoluteFilePath());
            if (isLeftOut(relative)) {
                continue;
            }
            const QString who = subject(PathOrigin::SourceFolder, relative);
            QFileInfo target = info;
            if (info.isSymLink()) {
                const QString resolved = info.canonicalFilePath();
                if (resolved.isEmpty()) {
                    return refused(QCoreApplication::translate("ProjectArchive",
                        "%1 is a link to something that does not exist; remove it or replace it with a "
                        "file.")
                                       .arg(who));
                }
                if (!resolved.startsWith(rootPrefix)) {
                    return refused(QCoreApplication::translate("ProjectArchive",
                        "%1 is a link to a file outside the folder; export would copy that file into the "
                        "archive. Replace the link with a copy of the file.")
                                       .arg(who));
                }
                // A link must not bring in what is left out under its own name.
                if (isLeftOut(rootDir.relativeFilePath(resolved))) {
                    continue;
                }
                target = QFileInfo(resolved);
                if (target.isDir()) {
                    return refused(QCoreApplication::translate("ProjectArchive",
                        "%1 is a link to a folder; an archive holds no links. Replace the link with a "
                        "copy of the folder.")
                                       .arg(who));
                }
            } else if (info.isDir()) {
                pending.append(info.absoluteFilePath());
                continue;
            }
            if (!target.isFile()) {
                return refused(QCoreApplication::translate(
                    "ProjectArchive", "%1 is not a regular file (a device, pipe or socket); remove it from the folder.")
                                   .arg(who));
            }
            if (found.size() >= limits.maxEntries) {
                return refused(QCoreApplication::translate(
                    "ProjectArchive", "The source folder holds more than %1 files, more than an archive may hold.")
                                   .arg(limits.maxEntries));
            }
            found.append({relative, target.absoluteFilePath(), target.size()});
        }
    }
    return found;
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

Result<QList<ArchiveFile>> collectSourceFolder(const QString& folder, const ArchiveLimits& limits)
{
    const QFileInfo folderInfo(folder);
    if (!folderInfo.exists()) {
        return makeError(ErrorCode::NotFound,
            QCoreApplication::translate("ProjectArchive", "The source folder %1 does not exist.")
                .arg(QDir::toNativeSeparators(folder)));
    }
    if (!folderInfo.isDir()) {
        return refused(
            QCoreApplication::translate("ProjectArchive", "%1 is not a folder.").arg(QDir::toNativeSeparators(folder)));
    }
    Result<QList<FoundFile>> found = findSourceFiles(folderInfo.canonicalFilePath(), limits);
    if (!found) {
        return found.error();
    }
    QList<PathItem> items;
    items.reserve(found->size());
    qint64 totalBytes = 0;
    for (const FoundFile& file : std::as_const(found.value())) {
        if (const Result<void> path = checkPath(file.path, file.path, PathOrigin::SourceFolder); !path) {
            return path.error();
        }
        items.append({file.path, file.path, false});
        totalBytes += file.size;
    }
    if (const Result<void> collisions = checkCollisions(items, PathOrigin::SourceFolder); !collisions) {
        return collisions.error();
    }
    const QString tooLarge = QCoreApplication::translate(
        "ProjectArchive", "The source folder holds more than %1 bytes, more than an archive may hold.")
                                 .arg(limits.maxTotalBytes);
    if (totalBytes > limits.maxTotalBytes) {
        return refused(tooLarge);
    }

    QList<ArchiveFile> files;
    files.reserve(found->size());
    qint64 budget = limits.maxTotalBytes;
    for (const FoundFile& source : std::as_const(found.value())) {
        const QString who = subject(PathOrigin::SourceFolder, source.path);
        QFile file(source.absolutePath);
        if (!file.open(QIODevice::ReadOnly)) {
            return ioError(
                QCoreApplication::translate("ProjectArchive", "%1 cannot be read: %2").arg(who, file.errorString()));
        }
        // One byte more than listed tells a file that grew since; it is never read past the limit.
        QByteArray content = file.read(std::min(budget, source.size) + 1);
        if (file.error() != QFileDevice::NoError) {
            return ioError(
                QCoreApplication::translate("ProjectArchive", "%1 cannot be read: %2").arg(who, file.errorString()));
        }
        if (content.size() > budget) {
            return refused(tooLarge);
        }
        if (content.size() != source.size) {
            return ioError(QCoreApplication::translate(
                "ProjectArchive", "%1 changed while it was being read; export again once it is saved.")
                               .arg(who));
        }
        budget -= content.size();
        files.append({source.path, std::move(content)});
    }
    std::sort(files.begin(), files.end(), [](const ArchiveFile& a, const ArchiveFile& b) { return a.path < b.path; });
    return files;
}

Result<void> write(const QString& zipPath, const ArchiveManifest& manifest, const QList<ArchiveFile>& sourceFiles,
    const Progress& progress)
{
    if (const Result<void> valid = validateManifest(manifest); !valid) {
        return valid;
    }
    if (const Result<void> paths = checkProjectFiles(sourceFiles, PathOrigin::ProjectFiles); !paths) {
        return paths;
    }
    const QByteArray json = manifestJson(manifest);
    QList<std::pair<QString, const QByteArray*>> entries;
    entries.reserve(sourceFiles.size() + 1);
    entries.append({QString::fromLatin1(kManifestPath), &json});
    qint64 total = json.size();
    for (const ArchiveFile& file : sourceFiles) {
        entries.append({file.path, &file.content});
        total += file.content.size();
    }
    std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.first < b.first; });

    const QString shownPath = QDir::toNativeSeparators(zipPath);
    QSaveFile file(zipPath);
    if (!file.open(QIODevice::WriteOnly)) {
        return ioError(QCoreApplication::translate("ProjectArchive", "%1 cannot be written: %2")
                           .arg(shownPath, file.errorString()));
    }
    const auto writeFailed = [&shownPath, &file] {
        file.cancelWriting();
        return ioError(QCoreApplication::translate(
            "ProjectArchive", "Writing %1 failed (%2); the previous file, if any, is unchanged.")
                           .arg(shownPath, file.errorString()));
    };
    // QuaZip must not close the QSaveFile: only commit() may, once everything succeeded.
    QuaZip zip(&file);
    zip.setAutoClose(false);
    zip.setUtf8Enabled(true);
    zip.setDataDescriptorWritingEnabled(false);
    if (!zip.open(QuaZip::mdCreate)) {
        return writeFailed();
    }
    qint64 done = 0;
    for (const auto& [path, content] : std::as_const(entries)) {
        QuaZipNewInfo info(path);
        info.externalAttr = kUnixRegularFile644 << 16;
        QuaZipFile entry(&zip);
        if (!entry.open(QIODevice::WriteOnly, info, nullptr, 0, kMethodDeflated, Z_DEFAULT_COMPRESSION)) {
            return writeFailed();
        }
        for (qint64 offset = 0; offset < content->size(); offset += kWriteChunkBytes) {
            const qint64 size = std::min(kWriteChunkBytes, content->size() - offset);
            if (entry.write(content->constData() + offset, size) != size) {
                return writeFailed();
            }
            done += size;
            if (progress && !progress(done, total)) {
                file.cancelWriting();
                return cancelled();
            }
        }
        entry.close();
        if (entry.getZipError() != ZIP_OK) {
            return writeFailed();
        }
    }
    zip.close();
    if (zip.getZipError() != ZIP_OK || !file.commit()) {
        return writeFailed();
    }
    return Result<void>::success();
}

Result<void> extract(const ArchiveContents& contents, const QString& folder)
{
    const QFileInfo target(QDir::cleanPath(QFileInfo(folder).absoluteFilePath()));
    const QString shownFolder = QDir::toNativeSeparators(target.filePath());
    QDir parent(target.absolutePath());
    if (!parent.exists()) {
        return makeError(ErrorCode::NotFound,
            QCoreApplication::translate("ProjectArchive", "The folder %1 does not exist; create it first.")
                .arg(QDir::toNativeSeparators(parent.path())));
    }
    const bool targetExists = target.exists() || target.isSymLink();
    if (targetExists) {
        if (target.isSymLink() || !target.isDir()) {
            return makeError(ErrorCode::AlreadyExists,
                QCoreApplication::translate(
                    "ProjectArchive", "%1 already exists and is not a folder; choose a new or empty folder.")
                    .arg(shownFolder));
        }
        if (!QDir(target.filePath()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
            return makeError(ErrorCode::AlreadyExists,
                QCoreApplication::translate("ProjectArchive",
                    "The folder %1 is not empty; choose a new or empty folder so that no file is "
                    "overwritten.")
                    .arg(shownFolder));
        }
    }
    if (const Result<void> paths = checkProjectFiles(contents.files, PathOrigin::ProjectFiles); !paths) {
        return paths;
    }

    // A hidden sibling on the same file system, so that the final rename is atomic.
    QString stagingName;
    for (int attempt = 0; attempt < 16 && stagingName.isEmpty(); ++attempt) {
        const QString candidate = QStringLiteral(".%1.botvault-import-%2")
                                      .arg(target.fileName())
                                      .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
        if (parent.mkdir(candidate)) {
            stagingName = candidate;
        }
    }
    if (stagingName.isEmpty()) {
        return ioError(QCoreApplication::translate("ProjectArchive", "No folder can be created in %1.")
                           .arg(QDir::toNativeSeparators(parent.path())));
    }
    const QString staging = parent.filePath(stagingName);
    bool placed = false;
    const auto removeStaging = qScopeGuard([&staging, &placed] {
        if (!placed) {
            QDir(staging).removeRecursively();
        }
    });

    for (const ArchiveFile& file : contents.files) {
        const QString path = staging + u'/' + file.path;
        const QString failed = QCoreApplication::translate("ProjectArchive", "%1 cannot be written to %2: %3");
        if (!QDir().mkpath(QFileInfo(path).path())) {
            return ioError(failed.arg(subject(PathOrigin::ProjectFiles, file.path), shownFolder,
                QCoreApplication::translate("ProjectArchive", "its folder cannot be created")));
        }
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly) || out.write(file.content) != file.content.size()
            || !out.flush()) {
            return ioError(failed.arg(subject(PathOrigin::ProjectFiles, file.path), shownFolder, out.errorString()));
        }
        out.close();
        if (out.error() != QFileDevice::NoError) {
            return ioError(failed.arg(subject(PathOrigin::ProjectFiles, file.path), shownFolder, out.errorString()));
        }
    }

    if (targetExists && !parent.rmdir(target.fileName())) {
        return ioError(
            QCoreApplication::translate("ProjectArchive", "The empty folder %1 cannot be replaced.").arg(shownFolder));
    }
    if (!parent.rename(stagingName, target.fileName())) {
        if (targetExists) {
            parent.mkdir(target.fileName());
        }
        return ioError(
            QCoreApplication::translate("ProjectArchive", "The files cannot be moved into %1.").arg(shownFolder));
    }
    placed = true;
    return Result<void>::success();
}

} // namespace ProjectArchive
