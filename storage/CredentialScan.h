#pragma once

#include "models/Result.h"
#include "storage/BotSourceLimits.h"
#include "storage/CredentialRules.h"

#include <QList>
#include <QString>
#include <QStringList>

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

struct FileFinding
{
    QString file; // relative to the folder, '/'-separated
    CredentialRules::Finding finding;

    // "src/main.js:12"
    QString location() const;
};

struct Report
{
    QList<FileFinding> findings; // by file, then line
    QStringList notes; // what was not scanned, one sentence each
    int filesScanned = 0;
    qint64 bytesScanned = 0;
};

// NotFound when the folder does not exist, InvalidInput when it is not a folder, Io when it cannot
// be listed.
Result<Report> scanFolder(const QString& folder, const Limits& limits = {});

} // namespace CredentialScan
