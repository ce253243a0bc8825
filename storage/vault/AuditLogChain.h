#pragma once

#include "models/Result.h"

#include <QByteArray>
#include <QtCrypto>

#include <vector>

class KeyedHmac;
class SqliteDatabase;

// The chain that makes the audit log tamper-evident, apart from what its entries say: each entry's
// MAC = HMAC-SHA256(audit key, previous MAC ‖ sequence ‖ sealed payload), and the head in the
// vault's header (audit_head) holds the last sequence number with a tag over it and the last MAC.
// The vault (AuditLog), the data-key rotation (VaultRekey) and the vault file's creation and
// upgrade (VaultFile) all use these, so they never disagree on a MAC. See docs/ARCHITECTURE.md
// ("The audit log").
namespace AuditLogChain {

struct Row
{
    qint64 sequence = 0;
    QByteArray sealed;
    QByteArray mac;
};

struct Head
{
    qint64 sequence = 0;
    QByteArray tag;
};

QByteArray link(KeyedHmac& key, const QByteArray& previousMac, qint64 sequence, const QByteArray& sealed);
QByteArray headTag(KeyedHmac& key, qint64 sequence, const QByteArray& lastMac);

// Every entry in sequence order, still sealed.
Result<std::vector<Row>> rows(SqliteDatabase& db);
Result<Head> head(SqliteDatabase& db);
Result<void> writeHead(SqliteDatabase& db, qint64 sequence, const QByteArray& tag);

// The first sequence number where a link or the head does not hold under `key`; 0 when all hold.
qint64 firstBrokenLink(KeyedHmac& key, const std::vector<Row>& rows, const Head& head);
// Recomputes every MAC and the head under `key` over the sealed payloads as they are now, inside
// the caller's transaction: the data-key rotation's last step, after it checked the old chain.
Result<void> relink(SqliteDatabase& db, KeyedHmac& key);
// The head of the empty log under the audit key of `dataKey`, inside the caller's transaction:
// written when a vault is created or upgraded, so that emptying the log later is detected.
Result<void> startHead(SqliteDatabase& db, const QCA::SymmetricKey& dataKey, const QByteArray& vaultId);
// Counts a wrong master password in the header; unauthenticated (see docs/SECURITY.md) and
// best effort: a vault from before the audit log, or one that cannot be written, counts nothing.
void countFailedUnlock(SqliteDatabase& db);

} // namespace AuditLogChain
