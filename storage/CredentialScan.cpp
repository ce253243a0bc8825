#include "storage/CredentialScan.h"

#include "models/VaultSession.h"
#include "storage/BotSourceNames.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStringDecoder>

#include <algorithm>
#include <utility>

namespace CredentialScan {

namespace {

// Only the first bytes are looked at to tell a binary file: a text file has no NUL byte.
constexpr qsizetype kBinaryProbeBytes = 8192;

QString filesText(int n)
{
    return n == 1 ? QCoreApplication::translate("CredentialScan", "%n file", nullptr, n)
                  : QCoreApplication::translate("CredentialScan", "%n files", nullptr, n);
}

// The same files an export leaves out (ProjectArchive::collectSourceFolder): .git anywhere, .env
// files, and the top-level folder reserved for the archive's manifest.
bool isLeftOut(const QString& relative)
{
    const QStringList segments = relative.split(u'/');
    const QString& name = segments.last();
    const bool environmentFile = name == QLatin1String(".env") || name.startsWith(QLatin1String(".env."));
    return environmentFile || segments.first().compare(QLatin1String("botvault"), Qt::CaseInsensitive) == 0
        || segments.contains(QLatin1String(".git"));
}

class FolderScan
{
public:
    FolderScan(const QString& root, const Limits& limits, const FindingIdentifier& identify)
        : m_root(root), m_rootDir(root), m_limits(limits), m_identify(identify)
    {
    }

    Report run()
    {
        QStringList pending {m_root};
        while (!pending.isEmpty()) {
            const QDir dir(pending.takeLast());
            const QFileInfoList entries
                = dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
            for (const QFileInfo& entry : entries) {
                const QString relative = m_rootDir.relativeFilePath(entry.absoluteFilePath());
                if (isLeftOut(relative)) {
                    continue;
                }
                if (entry.isDir() && !entry.isSymLink()) {
                    pending.append(entry.absoluteFilePath());
                } else {
                    scanEntry(entry, relative);
                }
            }
        }
        std::sort(m_report.findings.begin(), m_report.findings.end(), [](const FileFinding& a, const FileFinding& b) {
            return a.file != b.file ? a.file < b.file : a.finding.line < b.finding.line;
        });
        if (m_stopped) {
            m_report.notes.append(QCoreApplication::translate(
                "CredentialScan", "The scan stopped after %1; %n file(s) were not scanned.", nullptr, m_notScanned)
                                      .arg(QLocale().formattedDataSize(m_limits.maxTotalBytes)));
        }
        if (m_suppressedNotes > 0) {
            m_report.notes.append(QCoreApplication::translate("CredentialScan", "%1 more were skipped as well.")
                                      .arg(filesText(m_suppressedNotes)));
        }
        return std::move(m_report);
    }

private:
    void note(const QString& message)
    {
        if (m_report.notes.size() < m_limits.maxNotes) {
            m_report.notes.append(message);
        } else {
            ++m_suppressedNotes;
        }
    }

    void scanEntry(const QFileInfo& entry, const QString& relative)
    {
        const QString shown = BotSource::displayPath(relative);
        QString path = entry.absoluteFilePath();
        if (entry.isSymLink()) {
            const QString target = entry.canonicalFilePath();
            const QString prefix = m_root.endsWith(u'/') ? m_root : m_root + u'/';
            if (!target.isEmpty() && !target.startsWith(prefix)) {
                note(QCoreApplication::translate(
                    "CredentialScan", "%1 is a link that leads outside the folder; it was not followed.")
                         .arg(shown));
                return;
            }
            path = target;
        }
        const QFileInfo info(path);
        if (path.isEmpty() || !info.isFile()) {
            // A linked folder, a broken link, a pipe or a device: reading a pipe could block forever.
            note(QCoreApplication::translate("CredentialScan", "%1 is not a regular file; it was not scanned.")
                     .arg(shown));
            return;
        }
        if (info.size() > m_limits.maxFileBytes) {
            note(QCoreApplication::translate("CredentialScan", "%1 is larger than %2; it was not scanned.")
                     .arg(shown, QLocale().formattedDataSize(m_limits.maxFileBytes)));
            return;
        }
        if (m_stopped || m_report.bytesScanned + info.size() > m_limits.maxTotalBytes) {
            m_stopped = true;
            ++m_notScanned;
            return;
        }
        readAndScan(path, relative, shown);
    }

    void readAndScan(const QString& path, const QString& relative, const QString& shown)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            note(QCoreApplication::translate("CredentialScan", "%1 cannot be read (%2); it was not scanned.")
                     .arg(shown, file.errorString()));
            return;
        }
        // The file may have grown since it was measured.
        const QByteArray content = file.read(m_limits.maxFileBytes + 1);
        if (file.error() != QFileDevice::NoError) {
            note(QCoreApplication::translate("CredentialScan", "%1 cannot be read (%2); it was not scanned.")
                     .arg(shown, file.errorString()));
            return;
        }
        if (content.size() > m_limits.maxFileBytes) {
            note(QCoreApplication::translate("CredentialScan", "%1 is larger than %2; it was not scanned.")
                     .arg(shown, QLocale().formattedDataSize(m_limits.maxFileBytes)));
            return;
        }
        if (content.left(kBinaryProbeBytes).contains('\0')) {
            note(QCoreApplication::translate("CredentialScan", "%1 is a binary file; it was not scanned.").arg(shown));
            return;
        }
        m_report.bytesScanned += content.size();
        ++m_report.filesScanned;
        // Tokens are ASCII: a file in another encoding is still searched, its other bytes replaced.
        const QString text = QString::fromUtf8(content);
        const QList<CredentialRules::Finding> findings = CredentialRules::find(text);
        if (findings.isEmpty()) {
            return;
        }
        const QList<QStringView> lines = QStringView(text).split(u'\n');
        for (const CredentialRules::Finding& finding : findings) {
            const QStringView line = lines.value(finding.line - 1);
            FileFinding found {relative, finding, {}, lineHash(line),
                CredentialRules::suggestName(line, finding.column, finding.kind), {}};
            if (m_identify) {
                found.id = m_identify(
                    relative, CredentialRules::kindId(finding.kind), line.mid(finding.column, finding.length));
            }
            m_report.findings.append(std::move(found));
        }
    }

    QString m_root;
    QDir m_rootDir;
    Limits m_limits;
    FindingIdentifier m_identify;
    Report m_report;
    bool m_stopped = false;
    int m_notScanned = 0;
    int m_suppressedNotes = 0;
};

} // namespace

QString FileFinding::location() const
{
    return BotSource::sourceAt(file, finding.line);
}

int Report::unresolvedCount() const
{
    return static_cast<int>(
        std::count_if(findings.cbegin(), findings.cend(), [](const FileFinding& found) { return !found.isIgnored(); }));
}

const FileFinding* Report::findingById(const QString& id) const
{
    const auto it = std::find_if(findings.cbegin(), findings.cend(),
        [&id](const FileFinding& found) { return !id.isEmpty() && found.id == id; });
    return it == findings.cend() ? nullptr : &*it;
}

void applyIgnores(Report& report, const QHash<QString, QString>& reasonsById)
{
    for (FileFinding& found : report.findings) {
        found.ignoredReason = reasonsById.value(found.id);
    }
}

QByteArray lineHash(QStringView line)
{
    if (line.endsWith(u'\r')) {
        line.chop(1);
    }
    return QCryptographicHash::hash(line.toUtf8(), QCryptographicHash::Sha256);
}

Result<Report> scanFolder(const QString& folder, const Limits& limits, const FindingIdentifier& identify)
{
    const QFileInfo info(folder);
    if (!info.exists()) {
        return makeError(ErrorCode::NotFound,
            QCoreApplication::translate("CredentialScan", "The source folder %1 does not exist: bind the folder again.")
                .arg(BotSource::displayPath(folder)));
    }
    if (!info.isDir()) {
        return makeError(ErrorCode::InvalidInput,
            QCoreApplication::translate("CredentialScan", "%1 is not a folder.").arg(BotSource::displayPath(folder)));
    }
    if (!info.isReadable() || !info.isExecutable()) {
        return makeError(ErrorCode::Io,
            QCoreApplication::translate(
                "CredentialScan", "The source folder %1 cannot be read: check its permissions and try again.")
                .arg(BotSource::displayPath(folder)));
    }
    try {
        return FolderScan(info.canonicalFilePath(), limits, identify).run();
    } catch (...) {
        return makeError(ErrorCode::Internal,
            QCoreApplication::translate(
                "CredentialScan", "Scanning the source folder failed unexpectedly; try again."));
    }
}

Result<Report> scanProject(const VaultSession& session, ProjectId project, const QString& folder)
{
    const Result<VaultSession::FindingIdentifier> identify = session.findingIdentifier(project);
    if (!identify) {
        return identify.error();
    }
    Result<Report> report = scanFolder(folder, {}, identify.value());
    if (!report) {
        return report;
    }
    const Result<QList<IgnoredFinding>> ignored = session.ignoredFindings(project);
    if (!ignored) {
        return ignored.error();
    }
    QHash<QString, QString> reasons;
    for (const IgnoredFinding& finding : ignored.value()) {
        reasons.insert(finding.findingId, finding.reason);
    }
    applyIgnores(report.value(), reasons);
    return report;
}

} // namespace CredentialScan
