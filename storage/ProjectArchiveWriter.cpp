#include "storage/ProjectArchive.h"

#include "storage/ProjectArchiveRules.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QScopeGuard>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>
#include <zlib.h>

#include <algorithm>
#include <utility>

namespace ProjectArchive {

namespace {

constexpr qint64 kWriteChunkBytes = 1024 * 1024;
constexpr quint32 kUnixRegularFile644 = kUnixRegular | 0644;

const QString kGitFolder = QStringLiteral(".git");

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

// `target` must not exist, or be an empty folder that is not a link.
Result<void> checkExtractTarget(const QFileInfo& target, const QString& shownFolder)
{
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
    return Result<void>::success();
}

// A hidden sibling on the same file system, so that the final rename is atomic. Returns its name.
Result<QString> makeStagingFolder(QDir& parent, const QString& targetName)
{
    for (int attempt = 0; attempt < 16; ++attempt) {
        const QString candidate = QStringLiteral(".%1.botvault-import-%2")
                                      .arg(targetName)
                                      .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
        if (parent.mkdir(candidate)) {
            return candidate;
        }
    }
    return ioError(QCoreApplication::translate("ProjectArchive", "No folder can be created in %1.")
                       .arg(QDir::toNativeSeparators(parent.path())));
}

Result<void> writeFiles(const QList<ArchiveFile>& files, const QString& staging, const QString& shownFolder)
{
    for (const ArchiveFile& file : files) {
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
    return Result<void>::success();
}

// Renames the staging folder to the target's name, replacing the empty target folder if there is one.
Result<void> moveIntoPlace(
    QDir& parent, const QString& stagingName, const QFileInfo& target, bool targetExists, const QString& shownFolder)
{
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
    return Result<void>::success();
}

} // namespace

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
        if (const Result<void> usable = checkExtractTarget(target, shownFolder); !usable) {
            return usable;
        }
    }
    if (const Result<void> paths = checkProjectFiles(contents.files, PathOrigin::ProjectFiles); !paths) {
        return paths;
    }

    const Result<QString> stagingName = makeStagingFolder(parent, target.fileName());
    if (!stagingName) {
        return stagingName.error();
    }
    const QString staging = parent.filePath(stagingName.value());
    bool placed = false;
    const auto removeStaging = qScopeGuard([&staging, &placed] {
        if (!placed) {
            QDir(staging).removeRecursively();
        }
    });
    if (const Result<void> written = writeFiles(contents.files, staging, shownFolder); !written) {
        return written;
    }
    if (const Result<void> moved = moveIntoPlace(parent, stagingName.value(), target, targetExists, shownFolder);
        !moved) {
        return moved;
    }
    placed = true;
    return Result<void>::success();
}

} // namespace ProjectArchive
