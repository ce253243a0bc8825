#pragma once

#include "models/Ids.h"
#include "models/Result.h"

#include <QByteArray>
#include <QList>
#include <QtCrypto>

#include <functional>

class SqliteDatabase;

// Re-seals the records of a format-1 vault (a per-record HKDF subkey, no associated data) to
// format 2 (one record key, the record's identity as associated data) in place, when it is
// unlocked. It works in chunks of a few thousand records, each one transaction that also stores
// how far it got (the format_upgrade row), so a crash at any moment leaves a vault whose records
// are each in exactly one format and whose next unlock resumes where it stopped. The last
// transaction turns vault_meta.format_version to 2. A record that does not open is left as it is
// (it stays reported as damaged) and never stops the upgrade.
class FormatUpgrade
{
public:
    // Records done so far and the total of this run; called after every committed chunk.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    struct Report
    {
        qint64 records = 0;
        QList<RecordId> damaged;
    };

    // Upgrades the vault whose records are still (partly) in format 1; the data key is the one
    // unlocking yielded.
    static Result<Report> run(
        SqliteDatabase& db, const QByteArray& vaultId, const QCA::SymmetricKey& dataKey, const Progress& progress);
};
