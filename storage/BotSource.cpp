#include "storage/BotSource.h"

#include "storage/BotSourceNames.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <utility>

namespace BotSource {

namespace {

const QString kSourceFolder = QStringLiteral("src");

bool isScript(const QString& path)
{
    const QStringList suffixes = scriptSuffixes();
    return std::any_of(suffixes.cbegin(), suffixes.cend(),
        [&path](const QString& suffix) { return path.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive); });
}

// One scan over the files of a bot: the limits, the bytes read so far and the names found.
class SourceScan
{
public:
    explicit SourceScan(const ScanLimits& limits) : m_limits(limits) { }

    NameCollector& names() { return m_names; }
    const ScanLimits& limits() const { return m_limits; }

    // Whether a file of `size` bytes may be read: false, with a warning, past a limit.
    bool admit(const QString& path, qint64 size)
    {
        if (m_stopped) {
            ++m_notScanned;
            return false;
        }
        if (size > m_limits.maxFileBytes) {
            warnTooLarge(path);
            return false;
        }
        if (m_usedBytes + size > m_limits.maxTotalBytes) {
            m_stopped = true;
            ++m_notScanned;
            return false;
        }
        return true;
    }

    void warnTooLarge(const QString& path)
    {
        m_names.warn(QCoreApplication::translate("BotSource", "%1 is larger than %2; BotVault did not scan it.")
                         .arg(displayPath(path), QLocale().formattedDataSize(m_limits.maxFileBytes)));
    }

    // `path` is relative to the bot's root: chatbot.yaml or a script under src/.
    void scanContent(const QString& path, const QByteArray& content)
    {
        m_usedBytes += content.size();
        QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
        const QString text = decoder.decode(content);
        if (decoder.hasError()) {
            m_names.warn(QCoreApplication::translate(
                "BotSource", "%1 is not UTF-8 text; BotVault did not scan it. Save it as UTF-8 to have it checked.")
                             .arg(displayPath(path)));
            return;
        }
        if (path == kChatbotYaml) {
            scanChatbotYaml(content, m_names);
        } else {
            scanScript(path, text, m_names);
        }
    }

    ExpectedNames finish()
    {
        QStringList finalWarnings;
        if (m_stopped) {
            finalWarnings.append(QCoreApplication::translate("BotSource",
                "BotVault stopped reading the bot's files after %1; %n file(s) were not scanned.", nullptr,
                m_notScanned)
                                     .arg(QLocale().formattedDataSize(m_limits.maxTotalBytes)));
        }
        return m_names.finish(finalWarnings);
    }

private:
    ScanLimits m_limits;
    NameCollector m_names;
    qint64 m_usedBytes = 0;
    bool m_stopped = false;
    int m_notScanned = 0;
};

bool isInside(const QString& root, const QString& path)
{
    const QString prefix = root.endsWith(QLatin1Char('/')) ? root : root + QLatin1Char('/');
    return path == root || path.startsWith(prefix);
}

// Reads the bot's files from disk. `m_root` is canonical, so a link's canonical target can be
// compared with it.
class FolderReader
{
public:
    FolderReader(const QString& root, SourceScan& scan) : m_root(root), m_scan(scan) { }

    bool scanChatbotYaml()
    {
        const QFileInfo info(m_root + QLatin1Char('/') + kChatbotYaml);
        if (!info.exists() && !info.isSymLink()) {
            return false;
        }
        scanFile(kChatbotYaml);
        return true;
    }

    bool scanSourceFolder()
    {
        const QString folder = m_root + QLatin1Char('/') + kSourceFolder;
        const QFileInfo info(folder);
        if (info.isSymLink() && !isInside(m_root, info.canonicalFilePath())) {
            warnLeadsOutside(kSourceFolder);
            return true;
        }
        if (!info.isDir()) {
            return false;
        }
        // Without FollowSymlinks the iterator does not enter linked folders; linked files are
        // listed and checked one by one in scanFile().
        QStringList paths;
        const QDir rootDir(m_root);
        QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (isScript(path)) {
                paths.append(rootDir.relativeFilePath(path));
            }
        }
        std::sort(paths.begin(), paths.end());
        for (const QString& path : std::as_const(paths)) {
            scanFile(path);
        }
        return true;
    }

private:
    void scanFile(const QString& relativePath)
    {
        const QString path = m_root + QLatin1Char('/') + relativePath;
        const QFileInfo info(path);
        const QString canonical = info.canonicalFilePath();
        if (info.isSymLink() && !canonical.isEmpty() && !isInside(m_root, canonical)) {
            warnLeadsOutside(relativePath);
            return;
        }
        if (!info.isFile()) {
            // A folder, a broken link, a pipe or a device: reading a pipe could block forever.
            m_scan.names().warn(
                QCoreApplication::translate("BotSource", "%1 is not a regular file; BotVault did not scan it.")
                    .arg(displayPath(relativePath)));
            return;
        }
        if (m_scanned.contains(canonical)) {
            return;
        }
        m_scanned.insert(canonical);
        if (!m_scan.admit(relativePath, info.size())) {
            return;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_scan.names().warn(QCoreApplication::translate("BotSource", "%1 cannot be read: %2")
                                    .arg(displayPath(relativePath), file.errorString()));
            return;
        }
        // The file may have grown since it was measured.
        const qint64 maxFileBytes = m_scan.limits().maxFileBytes;
        const QByteArray content = file.read(maxFileBytes + 1);
        if (content.size() > maxFileBytes) {
            m_scan.warnTooLarge(relativePath);
            return;
        }
        m_scan.scanContent(relativePath, content);
    }

    void warnLeadsOutside(const QString& relativePath)
    {
        m_scan.names().warn(QCoreApplication::translate(
            "BotSource", "%1 is a link that leads outside the bot's folder; BotVault did not follow it.")
                                .arg(displayPath(relativePath)));
    }

    QString m_root;
    SourceScan& m_scan;
    QSet<QString> m_scanned;
};

void warnNoProjectLayout(NameCollector& names)
{
    names.warn(QCoreApplication::translate("BotSource",
        "The bot has neither chatbot.yaml nor a src folder, so BotVault found no names it expects. Check "
        "that this is the bot's project folder."));
}

Error unexpectedFailure()
{
    return makeError(ErrorCode::Internal,
        QCoreApplication::translate("BotSource", "Scanning the bot's files failed unexpectedly; try again."));
}

} // namespace

QStringList scriptSuffixes()
{
    return {
        QStringLiteral("sc"), QStringLiteral("js"), QStringLiteral("mjs"), QStringLiteral("cjs"), QStringLiteral("ts")};
}

Result<ExpectedNames> scanFolder(const QString& folder, const ScanLimits& limits)
{
    const QFileInfo info(folder);
    if (!info.exists()) {
        return makeError(ErrorCode::NotFound,
            QCoreApplication::translate("BotSource", "The bot's folder %1 does not exist: choose the folder again.")
                .arg(displayPath(folder)));
    }
    if (!info.isDir()) {
        return makeError(ErrorCode::InvalidInput,
            QCoreApplication::translate(
                "BotSource", "%1 is not a folder: choose the folder that holds the bot's chatbot.yaml and src folder.")
                .arg(displayPath(folder)));
    }
    if (!info.isReadable() || !info.isExecutable()) {
        return makeError(ErrorCode::Io,
            QCoreApplication::translate(
                "BotSource", "The bot's folder %1 cannot be read: check its permissions and try again.")
                .arg(displayPath(folder)));
    }
    try {
        SourceScan scan(limits);
        FolderReader reader(info.canonicalFilePath(), scan);
        const bool hasYaml = reader.scanChatbotYaml();
        const bool hasSource = reader.scanSourceFolder();
        if (!hasYaml && !hasSource) {
            warnNoProjectLayout(scan.names());
        }
        return scan.finish();
    } catch (...) {
        return unexpectedFailure();
    }
}

Result<ExpectedNames> scanFiles(const QList<QPair<QString, QByteArray>>& files, const ScanLimits& limits)
{
    try {
        SourceScan scan(limits);
        QList<QPair<QString, const QByteArray*>> selected;
        QSet<QString> seen;
        bool hasLayout = false;
        for (const auto& [path, content] : files) {
            if (path.endsWith(QLatin1Char('/'))) {
                continue; // an archive's folder entry
            }
            const QString cleaned = QDir::cleanPath(path);
            if (cleaned.isEmpty() || QDir::isAbsolutePath(cleaned) || cleaned == QStringLiteral("..")
                || cleaned.startsWith(QStringLiteral("../"))) {
                scan.names().warn(QCoreApplication::translate(
                    "BotSource", "%1 is not a path inside the bot's folder; BotVault did not scan it.")
                                      .arg(displayPath(path)));
                continue;
            }
            const bool inSource = cleaned.startsWith(kSourceFolder + QLatin1Char('/'));
            hasLayout = hasLayout || inSource || cleaned == kChatbotYaml;
            if ((cleaned == kChatbotYaml || (inSource && isScript(cleaned))) && !seen.contains(cleaned)) {
                seen.insert(cleaned);
                selected.append({cleaned, &content});
            }
        }
        // chatbot.yaml sorts before src/, so its names are read first, as from a folder.
        std::sort(selected.begin(), selected.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        for (const auto& [path, content] : std::as_const(selected)) {
            if (scan.admit(path, content->size())) {
                scan.scanContent(path, *content);
            }
        }
        if (!hasLayout) {
            warnNoProjectLayout(scan.names());
        }
        return scan.finish();
    } catch (...) {
        return unexpectedFailure();
    }
}

} // namespace BotSource
