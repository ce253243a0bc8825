#pragma once

#include "models/Ids.h"
#include "models/Result.h"
#include "storage/BotSourceLimits.h"
#include "storage/CredentialRules.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <functional>

class VaultSession;

// Scans a bot's bound source folder for hard-coded credentials (CredentialRules), over the files an
// export would pack: everything but .git, .env and .env.* files and the top-level botvault folder.
// Links are not followed out of the folder and linked folders are not entered; pipes, devices,
// binary files (a NUL byte), unreadable files and files over the limits are skipped with a note, so
// the scan always finishes. No finding, note or error holds more of a value than its preview.
namespace CredentialScan {

struct Limits
{
    qint64 maxFileBytes = BotSource::kMaxFileBytes;
    qint64 maxTotalBytes = BotSource::kMaxTotalBytes;
    // More notes than this are summed up in one last note.
    int maxNotes = BotSource::kMaxWarnings;
};

// Names a finding by its file, kind and value without revealing the value (the vault's keyed MAC,
// VaultSession::findingIdentifier), so the id survives the line moving and says nothing of the key.
using FindingIdentifier = std::function<QString(const QString& file, const QString& kindId, QStringView value)>;

struct FileFinding
{
    QString file; // relative to the folder, '/'-separated
    CredentialRules::Finding finding;
    // Empty when the scan was given no identifier.
    QString id;
    // SHA-256 of the finding's line when it was scanned: a rewrite refuses a line changed since.
    QByteArray lineHash;
    // The secret name the code around the value suggests (CredentialRules::suggestName).
    QString suggestedName;
    // Set when the project's vault ignores this finding, with the admin's reason.
    QString ignoredReason;

    bool isIgnored() const { return !ignoredReason.isEmpty(); }
    // "src/main.js:12"
    QString location() const;
};

struct Report
{
    QList<FileFinding> findings; // by file, then line
    QStringList notes; // what was not scanned, one sentence each
    int filesScanned = 0;
    qint64 bytesScanned = 0;

    // The findings not ignored in the vault: what the export gate and the banner count.
    int unresolvedCount() const;
    const FileFinding* findingById(const QString& id) const;
};

// NotFound when the folder does not exist, InvalidInput when it is not a folder, Io when it cannot
// be listed. With `identify`, every finding gets its id.
Result<Report> scanFolder(const QString& folder, const Limits& limits = {}, const FindingIdentifier& identify = {});

// The scan of a project's bound folder as the CLI and the desktop show it: every finding with its
// id, the ones the project's vault ignores marked with the reason.
Result<Report> scanProject(const VaultSession& session, ProjectId project, const QString& folder);

// Marks the findings whose id has a reason in `reasonsById` as ignored.
void applyIgnores(Report& report, const QHash<QString, QString>& reasonsById);

// The hash FileFinding::lineHash holds for a line (without its line break).
QByteArray lineHash(QStringView line);

} // namespace CredentialScan
