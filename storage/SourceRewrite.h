#pragma once

#include "models/Result.h"
#include "models/SecretValue.h"
#include "storage/CredentialScan.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

// Moves a hard-coded credential a scan found (CredentialScan) out of the bot's code: plans the
// edit of its one line and writes it. In a JavaScript file the quoted literal becomes
// `$secrets.get("NAME")`; a commented-out line that holds it is deleted, a trailing comment that
// holds it is cut off. Other files (chatbot.yaml, .sc scenarios, data files) cannot call
// $secrets.get, so only a comment holding the key may go; anything else is refused. The plan
// carries the value for the vault and a diff that shows only the finding's preview; writing keeps
// a backup of the whole file outside the source folder, refuses a file changed since the plan and
// replaces the file atomically.
namespace SourceRewrite {

enum class Change
{
    ReplaceLiteral,
    DeleteLine,
    RemoveComment,
};

struct Plan
{
    QString path; // the file, absolute
    QString file; // relative to the source folder, '/'-separated
    int line = 0;
    Change change = Change::ReplaceLiteral;
    QString name;
    // A unified diff of the change, every credential in it shown as its preview only.
    QString diff;
    // The credential, to be stored as the secret `name`.
    SecretValue value;
    QByteArray contentHash; // SHA-256 of the file the plan was made from
    QByteArray newContent;
};

// Reads the finding's file in `folder` and plans the change. Conflict when the line changed since
// the scan; Unsupported when the file or the place cannot hold a $secrets.get call (the message says
// why and what to do); Io when the file cannot be read. The name is not checked here.
Result<Plan> plan(const QString& folder, const CredentialScan::FileFinding& found, const QString& name);

// Where a move keeps the file as it was: botvault/source-backups/TIME in the user's data folder,
// outside the source folder, so neither an export nor git picks up the key it still holds.
QString defaultBackupFolder();

// Copies the file as it was to `backupFolder`/file, then writes the new content in its place;
// returns the backup's path. Conflict, writing nothing, when the file changed since the plan.
Result<QString> apply(const Plan& plan, const QString& backupFolder);

} // namespace SourceRewrite
