#pragma once

#include "models/Result.h"
#include "storage/ProjectArchive.h"

#include <QList>
#include <QString>

#include <zlib.h>

// What reading (ProjectArchiveReader.cpp) and writing (ProjectArchiveWriter.cpp) a project archive
// share: the error kinds, how a path is named in a message, and the rules every path obeys, so that
// an export never holds what an import refuses. Not for use outside ProjectArchive.
namespace ProjectArchive {

// A regular file as a Unix file type, in the upper 16 bits of a ZIP entry's external attributes.
inline constexpr quint32 kUnixRegular = 0100000;
inline constexpr int kMethodDeflated = Z_DEFLATED;

Error refused(QString message);
Error damaged(QString message);
Error ioError(QString message);
Error cancelled();

QString quoted(const QString& path);
qint64 saturatingProduct(qint64 a, qint64 b);

// Where a path comes from decides how a message names it.
enum class PathOrigin
{
    Archive,
    SourceFolder,
    ProjectFiles,
};

QString subject(PathOrigin origin, const QString& path);

// The rules every path in an archive, a source folder or an extraction obeys: relative,
// '/'-separated, every segment a real name. `path` has no trailing '/'; `shownPath` is what the
// message quotes (the entry name as stored).
Result<void> checkPath(const QString& path, const QString& shownPath, PathOrigin origin);

QString firstSegment(const QString& path);
bool isInReservedFolder(const QString& path);

struct PathItem
{
    QString path; // without a trailing '/'
    QString shown;
    bool directory = false;
};

// Refuses two items at the same place (also by case and Unicode form) and a file at a place that
// another path needs as a folder ("src" and "src/a.js").
Result<void> checkCollisions(const QList<PathItem>& items, PathOrigin origin);

// The paths of project files (to write or to extract): valid, not in the reserved folder, unique.
Result<void> checkProjectFiles(const QList<ArchiveFile>& files, PathOrigin origin);

} // namespace ProjectArchive
