#pragma once

#include "models/Result.h"
#include "storage/ArchiveManifest.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QIODevice;

// One file of a project: its path relative to the project folder, '/'-separated, and its bytes.
struct ArchiveFile
{
    QString path;
    QByteArray content;

    bool operator==(const ArchiveFile&) const = default;
};

// What read() found in an archive: the manifest (absent for a plain platform project ZIP) and the
// source files sorted by path, without botvault/project.json and without folder entries.
struct ArchiveContents
{
    std::optional<ArchiveManifest> manifest;
    QList<ArchiveFile> files;
    qint64 inflatedBytes = 0; // everything inflated, the manifest included
};

// What an archive may make BotVault inflate or hold. Every figure counts the bytes actually inflated,
// never the sizes an archive declares.
struct ArchiveLimits
{
    int maxEntries = 10000;
    qint64 maxTotalBytes = 100 * 1024 * 1024;
    // Inflated bytes per compressed byte, for each entry and for the archive as a whole.
    qint64 maxRatio = 100;
    // The ratio is checked once an entry (or the whole archive) has inflated past this many bytes:
    // small, repetitive files legitimately compress far better than 100:1.
    qint64 ratioGraceBytes = 1024 * 1024;
};

// The project archive: a ZIP in the bot platform's project layout (the source folder's files at the
// root) plus botvault/project.json (see ArchiveManifest). Reading treats every archive as hostile:
// it validates the whole archive, inflating it under ArchiveLimits, before it returns anything, so
// a caller that writes only after read() succeeded writes nothing for a bad archive.
namespace ProjectArchive {

// done/total in bytes; return false to cancel. Cancelling fails the call with kCancelled.
using Progress = std::function<bool(qint64 done, qint64 total)>;

// The code of the error a cancelled read() or write() returns.
inline constexpr ErrorCode kCancelled = ErrorCode::Cancelled;

// Reads and validates the archive on `device` (opened read-only here if it is closed; it must be
// random-access). Refuses, naming the entry: unsafe paths ('..', absolute, drive, backslash, empty
// or '.' segments, control characters, ':'), links and other non-regular entries, duplicate paths
// (also by case and Unicode normalisation), a file where a folder also is, entries whose data
// overlap or whose local header disagrees with the central directory, encrypted entries, methods
// other than stored and deflated, names that are not UTF-8, unknown entries under botvault/, a bad
// manifest, more than maxEntries entries, more than maxTotalBytes inflated, a ratio above maxRatio,
// a size other than the declared one, and CRC errors. InvalidInput for a refused archive, Damaged
// for a broken one, Unsupported for what this version cannot read.
//
// When every entry lies inside one top-level folder and chatbot.yaml is in that folder rather than
// at the root (a ZIP downloaded from a Git host: "project-main/chatbot.yaml"), that folder is
// stripped from every path.
Result<ArchiveContents> read(QIODevice* device, const ArchiveLimits& limits = {}, const Progress& progress = {});
Result<ArchiveContents> readFile(const QString& path, const ArchiveLimits& limits = {}, const Progress& progress = {});

// The files of a source folder, sorted by path, under the same path rules and limits as read(), so
// that an export never holds what an import refuses. Skips every ".git" file or folder, every
// ".env" and ".env.*" file (they hold secret values in many bot projects), and the top-level
// "botvault" folder (reserved for the manifest, in any letter case). A link to a regular
// file inside the folder is stored as that file's content; links leading outside the folder,
// links to folders, dangling links and other non-regular files are refused. Empty folders are not
// recorded.
Result<QList<ArchiveFile>> collectSourceFolder(const QString& folder, const ArchiveLimits& limits = {});

// Writes the archive atomically (QSaveFile): deflated entries sorted by path, names in UTF-8, the
// manifest as botvault/project.json. The manifest and the paths are validated first; a failed or
// cancelled write leaves no file and never touches an existing one at zipPath.
Result<void> write(const QString& zipPath, const ArchiveManifest& manifest, const QList<ArchiveFile>& sourceFiles,
    const Progress& progress = {});

// Writes contents.files into `folder`, which must not exist or be an empty folder, and whose parent
// must exist. The files are written into a new sibling folder that is renamed into place at the
// end, so a failure leaves `folder` as it was and no partial copy behind.
Result<void> extract(const ArchiveContents& contents, const QString& folder);

} // namespace ProjectArchive
