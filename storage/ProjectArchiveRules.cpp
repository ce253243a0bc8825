#include "storage/ProjectArchiveRules.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <limits>
#include <utility>

namespace ProjectArchive {

namespace {

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

// macOS and Windows keep one file for names that differ only in letter case or Unicode form.
QString collisionKey(const QString& path)
{
    return path.normalized(QString::NormalizationForm_C).toCaseFolded();
}

} // namespace

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

QString firstSegment(const QString& path)
{
    const qsizetype slash = path.indexOf(u'/');
    return slash < 0 ? path : path.left(slash);
}

bool isInReservedFolder(const QString& path)
{
    return collisionKey(firstSegment(path)) == QLatin1String(kReservedFolder);
}

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

} // namespace ProjectArchive
