#include "storage/VaultRekey.h"

#include "crypto/Aead.h"
#include "storage/KeyDerivation.h"
#include "storage/RecordCodec.h"
#include "storage/SqliteDatabase.h"
#include "storage/VaultKeys.h"
#include "storage/vault/AuditLogChain.h"
#include "storage/vault/VaultLimits.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>
#include <QThread>

#include <algorithm>
#include <iterator>
#include <optional>
#include <thread>
#include <vector>

namespace {

// Which blind indexes a table keeps beside its records.
enum class Indexes
{
    None,
    Name, // projects: name_index
    NameAndFold, // items: name_index and fold_index
    Remote, // remote_state: name_index over "remote"‖project‖item kind‖name
};

struct Table
{
    const char* name;
    // id, project, kind, name_index, fold_index, record of the rows after ?1, in id order.
    const char* select;
    // ?1 id, ?2 record, then ?3 name_index and ?4 fold_index where the table has them.
    const char* update;
    Indexes indexes;
    // False for a table that came after format 2 (the audit log): it never holds format-1 records,
    // so the format upgrade passes it by (re-sealing its entries would also break their MAC chain).
    bool inFormat1 = true;
};

// Every table that holds records sealed under keys derived from the data key. vault_meta and
// key_wrap hold none (the wrapped key is rewrapped by the caller). The format upgrade walks them in
// this order and stores its position as an index into it: only ever append.
constexpr Table kTables[] = {
    {"projects", "SELECT id, 0, 0, name_index, NULL, record FROM projects WHERE id > ?1 ORDER BY id",
        "UPDATE projects SET record = ?2, name_index = ?3 WHERE id = ?1", Indexes::Name},
    {"items", "SELECT id, project_id, kind, name_index, fold_index, record FROM items WHERE id > ?1 ORDER BY id",
        "UPDATE items SET record = ?2, name_index = ?3, fold_index = ?4 WHERE id = ?1", Indexes::NameAndFold},
    {"outbox", "SELECT id, project_id, 3, NULL, NULL, record FROM outbox WHERE id > ?1 ORDER BY id",
        "UPDATE outbox SET record = ?2 WHERE id = ?1", Indexes::None},
    {"credentials", "SELECT id, project_id, 4, NULL, NULL, record FROM credentials WHERE id > ?1 ORDER BY id",
        "UPDATE credentials SET record = ?2 WHERE id = ?1", Indexes::None},
    {"remote_state", "SELECT id, project_id, 5, name_index, NULL, record FROM remote_state WHERE id > ?1 ORDER BY id",
        "UPDATE remote_state SET record = ?2, name_index = ?3 WHERE id = ?1", Indexes::Remote},
    {"outbox_batches", "SELECT id, project_id, 6, NULL, NULL, record FROM outbox_batches WHERE id > ?1 ORDER BY id",
        "UPDATE outbox_batches SET record = ?2 WHERE id = ?1", Indexes::None},
    // The audit log's MACs are recomputed afterwards, over the new ciphertexts (AuditLogChain::relink).
    {"audit_log", "SELECT id, 0, 7, NULL, NULL, record FROM audit_log WHERE id > ?1 ORDER BY id",
        "UPDATE audit_log SET record = ?2 WHERE id = ?1", Indexes::None, false},
    // History (schema 5): a version is sealed under its item's id in the project's place.
    {"item_versions", "SELECT id, item_id, 8, NULL, NULL, record FROM item_versions WHERE id > ?1 ORDER BY id",
        "UPDATE item_versions SET record = ?2 WHERE id = ?1", Indexes::None, false},
    {"trash", "SELECT id, project_id, 9, NULL, NULL, record FROM trash WHERE id > ?1 ORDER BY id",
        "UPDATE trash SET record = ?2 WHERE id = ?1", Indexes::None, false},
    {"ignored_findings",
        "SELECT id, project_id, 10, NULL, NULL, record FROM ignored_findings WHERE id > ?1 ORDER BY id",
        "UPDATE ignored_findings SET record = ?2 WHERE id = ?1", Indexes::None, false},
};
static_assert(VaultKeys::kOutboxKind == 3 && VaultKeys::kCredentialKind == 4 && VaultKeys::kRemoteStateKind == 5
        && VaultKeys::kBatchKind == 6 && VaultKeys::kAuditKind == 7 && VaultKeys::kVersionKind == 8
        && VaultKeys::kTrashKind == 9 && VaultKeys::kIgnoredFindingKind == 10,
    "the SELECTs above name the record kinds as literals");

// A chunk is read, re-sealed and written before the next is read, so stored batches (up to 8 MiB
// each) never all sit in memory at once.
constexpr size_t kChunkRows = 4096;
constexpr qsizetype kChunkBytes = 32 * 1024 * 1024;
constexpr size_t kRowsPerThread = 1024;

struct Row
{
    RecordId id = 0;
    ProjectId project = 0;
    quint8 kind = 0;
    QByteArray nameIndex;
    QByteArray foldIndex;
    QByteArray record;
    // Filled by the re-sealing pass; `resealed` stays empty when the row is damaged.
    QByteArray resealed;
    QByteArray newNameIndex;
    QByteArray newFoldIndex;
};

Error damagedRow(RecordId id)
{
    return makeError(ErrorCode::Damaged,
        QCoreApplication::translate("VaultRekey",
            "Record #%1 of the vault is damaged or was tampered with, so the data key cannot be replaced without "
            "losing it. Nothing was changed: the old password and key still open the vault.")
            .arg(id));
}

enum class Mode
{
    // Format 2 under the old data key to format 2 under the new one, blind indexes recomputed.
    Rotate,
    // Format 1 under the data key to format 2 under the same one; the blind indexes stay.
    Upgrade,
};

// The keys both sides derive from their data keys (the same data key twice for an upgrade).
struct Keys
{
    Mode mode = Mode::Rotate;
    int formatVersion = 0;
    QByteArray vaultId;
    QCA::SymmetricKey fromRecordKey; // Rotate
    QCA::SymmetricKey legacyPrk; // Upgrade: format 1's per-record keys are expanded from it
    QCA::SymmetricKey toRecordKey;
    QCA::SymmetricKey fromIndexKey; // Rotate
    QCA::SymmetricKey toIndexKey; // Rotate
};

QByteArrayView view(const QCA::MemoryRegion& region)
{
    return QByteArrayView(region.constData(), region.size());
}

QByteArrayView view(const VaultKeys::RecordBinding& binding)
{
    return QByteArrayView(binding.data(), qsizetype(binding.size()));
}

// The crypto objects of one thread: none of them is thread-safe. Opening and sealing use a cipher
// each, so that each keeps its key schedule across the rows.
struct Crypto
{
    explicit Crypto(const Keys& keys)
        : keys(keys), legacyKeys(keys.legacyPrk), fromIndex(keys.fromIndexKey), toIndex(keys.toIndexKey)
    {
    }
    const Keys& keys;
    Aead opening;
    Aead sealing;
    SubkeyDeriver legacyKeys;
    KeyedHmac fromIndex;
    KeyedHmac toIndex;
};

Result<QCA::SecureArray> openRow(Crypto& crypto, const Row& row)
{
    if (crypto.keys.mode == Mode::Upgrade) {
        const QByteArray info = VaultKeys::recordKeyInfo(
            VaultLimits::kFirstFormatVersion, crypto.keys.vaultId, row.project, row.kind, row.id);
        return crypto.opening.open(crypto.legacyKeys.derive(info), row.record);
    }
    const auto binding
        = VaultKeys::recordBinding(crypto.keys.formatVersion, crypto.keys.vaultId, row.project, row.kind, row.id);
    return crypto.opening.open(view(crypto.keys.fromRecordKey), view(binding), row.record);
}

// Whether the row's blind indexes are the ones the old name-index key gives for its name; fills the
// new ones.
bool checkIndexes(Crypto& crypto, Indexes indexes, const QCA::SecureArray& plaintext, Row* row)
{
    auto record = RecordCodec::decode(plaintext);
    if (!record) {
        return false;
    }
    QByteArray message;
    QByteArray foldMessage;
    if (indexes == Indexes::Remote) {
        const bool knownKind = record->itemKind == static_cast<quint8>(ItemKind::Secret)
            || record->itemKind == static_cast<quint8>(ItemKind::Variable);
        if (!knownKind) {
            return false;
        }
        message = VaultKeys::remoteIndexMessage(row->project, static_cast<ItemKind>(record->itemKind), record->name);
    } else {
        message = VaultKeys::nameIndexMessage(row->project, row->kind, record->name);
        foldMessage = VaultKeys::foldIndexMessage(row->project, row->kind, record->name);
    }
    const bool hold = crypto.fromIndex.mac(message) == row->nameIndex
        && (indexes != Indexes::NameAndFold || crypto.fromIndex.mac(foldMessage) == row->foldIndex);
    row->newNameIndex = crypto.toIndex.mac(message);
    if (indexes == Indexes::NameAndFold) {
        row->newFoldIndex = crypto.toIndex.mac(foldMessage);
    }
    return hold;
}

// Opens one row under the old keys, checks its indexes (when rotating) and seals it under the new
// ones; leaves row->resealed empty when anything does not hold.
void resealRow(Crypto& crypto, Indexes indexes, Row* row)
{
    auto plaintext = openRow(crypto, *row);
    if (!plaintext) {
        return;
    }
    const bool indexesHold = crypto.keys.mode == Mode::Upgrade || indexes == Indexes::None
        || checkIndexes(crypto, indexes, plaintext.value(), row);
    if (indexesHold) {
        const auto binding = VaultKeys::recordBinding(
            VaultLimits::kFormatVersion, crypto.keys.vaultId, row->project, row->kind, row->id);
        if (auto sealed = crypto.sealing.seal(view(crypto.keys.toRecordKey), view(binding), view(plaintext.value()))) {
            row->resealed = std::move(sealed).value();
        }
    }
    plaintext->fill(0);
}

// Refuses a database with a record table that kTables does not list: leaving its records under the
// old key would lose them.
Result<void> checkTablesKnown(SqliteDatabase& db)
{
    Error error;
    auto query = db.prepare("SELECT m.name FROM sqlite_master AS m, pragma_table_info(m.name) AS c "
                            "WHERE m.type = 'table' AND c.name = 'record'",
        &error);
    if (!query) {
        return error;
    }
    QSet<QString> known;
    for (const Table& table : kTables) {
        known.insert(QString::fromLatin1(table.name));
    }
    QStringList unknown;
    while (query->next()) {
        if (!known.contains(query->text(0))) {
            unknown.append(query->text(0));
        }
    }
    if (query->failed()) {
        return query->error();
    }
    if (!unknown.isEmpty()) {
        return makeError(ErrorCode::Internal,
            QCoreApplication::translate("VaultRekey",
                "The vault holds records in tables this BotVault cannot re-encrypt (%1); nothing was changed.")
                .arg(unknown.join(QStringLiteral(", "))));
    }
    return {};
}

// The next rows of `table` after `after`, at most kChunkRows rows and about kChunkBytes of records.
Result<std::vector<Row>> readChunk(SqliteStatement& select, RecordId after)
{
    std::vector<Row> rows;
    qsizetype bytes = 0;
    select.reset();
    select.bind(1, after);
    while (rows.size() < kChunkRows && bytes < kChunkBytes && select.next()) {
        Row row;
        row.id = select.int64(0);
        row.project = select.int64(1);
        row.kind = static_cast<quint8>(select.int64(2));
        row.nameIndex = select.blob(3);
        row.foldIndex = select.blob(4);
        row.record = select.blob(5);
        bytes += row.record.size();
        rows.push_back(std::move(row));
    }
    if (select.failed()) {
        return select.error();
    }
    select.reset();
    return rows;
}

// Re-chaining a broken audit log under the new key would launder the break: refused like a damaged
// record.
Result<void> checkAuditChain(SqliteDatabase& db, const QCA::SymmetricKey& from, const QByteArray& vaultId)
{
    auto rows = AuditLogChain::rows(db);
    if (!rows) {
        return rows.error();
    }
    auto head = AuditLogChain::head(db);
    if (!head) {
        return head.error();
    }
    KeyedHmac key(VaultKeys::auditKey(from, vaultId));
    if (const qint64 broken = AuditLogChain::firstBrokenLink(key, rows.value(), head.value()); broken != 0) {
        return makeError(ErrorCode::Damaged,
            QCoreApplication::translate("VaultRekey",
                "The vault's audit log is broken at entry %1, so the data key cannot be replaced without hiding "
                "that. Nothing was changed: the old password and key still open the vault.")
                .arg(broken));
    }
    return {};
}

// The crypto objects, one set per thread (an Aead is not thread-safe).
class CryptoPool
{
public:
    explicit CryptoPool(Keys keys) : m_keys(std::move(keys)) { }

    Crypto& at(size_t thread)
    {
        while (m_crypto.size() <= thread) {
            m_crypto.push_back(std::make_unique<Crypto>(m_keys));
        }
        return *m_crypto[thread];
    }

    const Keys& keys() const { return m_keys; }

private:
    Keys m_keys;
    std::vector<std::unique_ptr<Crypto>> m_crypto;
};

// Re-seals the rows on up to idealThreadCount() threads; a row that does not open keeps an empty
// `resealed`.
void resealChunk(CryptoPool& pool, Indexes indexes, std::vector<Row>& rows)
{
    const size_t maxThreads = static_cast<size_t>(qMax(1, QThread::idealThreadCount()));
    const size_t threads = std::clamp<size_t>(rows.size() / kRowsPerThread, 1, maxThreads);
    for (size_t t = 0; t < threads; ++t) {
        pool.at(t);
    }
    const size_t chunk = (rows.size() + threads - 1) / threads;
    auto work = [&](size_t t) {
        for (size_t i = t * chunk; i < std::min(rows.size(), (t + 1) * chunk); ++i) {
            resealRow(pool.at(t), indexes, &rows[i]);
        }
    };
    std::vector<std::thread> workers;
    for (size_t t = 1; t < threads; ++t) {
        workers.emplace_back(work, t);
    }
    work(0);
    for (auto& worker : workers) {
        worker.join();
    }
}

Result<void> writeChunk(SqliteStatement& update, Indexes indexes, const std::vector<Row>& rows)
{
    for (const Row& row : rows) {
        if (row.resealed.isEmpty()) {
            return damagedRow(row.id);
        }
        update.reset();
        update.bind(1, row.id);
        update.bind(2, row.resealed);
        if (indexes != Indexes::None) {
            update.bind(3, row.newNameIndex);
        }
        if (indexes == Indexes::NameAndFold) {
            update.bind(4, row.newFoldIndex);
        }
        if (auto result = update.run(); !result) {
            return result.error();
        }
    }
    return {};
}

// The rows of a chunk that resealed, written back with their record only (the upgrade keeps the
// blind indexes); the ids of the others are appended to *damaged.
Result<void> writeResealedRecords(
    SqliteDatabase& db, const Table& table, const std::vector<Row>& rows, QList<RecordId>* damaged)
{
    const QByteArray sql = QByteArrayLiteral("UPDATE ") + table.name + " SET record = ?2 WHERE id = ?1";
    Error error;
    auto update = db.prepare(sql.constData(), &error);
    if (!update) {
        return error;
    }
    for (const Row& row : rows) {
        if (row.resealed.isEmpty()) {
            damaged->append(row.id);
            continue;
        }
        update->reset();
        update->bind(1, row.id);
        update->bind(2, row.resealed);
        if (auto result = update->run(); !result) {
            return result.error();
        }
    }
    return {};
}

Error keysNotDerived()
{
    return makeError(ErrorCode::Unsupported,
        QCoreApplication::translate("VaultRekey", "The record keys could not be derived; nothing was changed."));
}

} // namespace

namespace VaultRekey {

Result<qint64> reencryptAll(SqliteDatabase& db, int formatVersion, const QByteArray& vaultId,
    const QCA::SymmetricKey& from, const QCA::SymmetricKey& to)
{
    if (auto known = checkTablesKnown(db); !known) {
        return known.error();
    }
    if (auto chained = checkAuditChain(db, from, vaultId); !chained) {
        return chained.error();
    }
    Keys keys;
    keys.mode = Mode::Rotate;
    keys.formatVersion = formatVersion;
    keys.vaultId = vaultId;
    keys.fromRecordKey = VaultKeys::recordKey(from, vaultId);
    keys.toRecordKey = VaultKeys::recordKey(to, vaultId);
    keys.fromIndexKey = VaultKeys::nameIndexKey(from, vaultId);
    keys.toIndexKey = VaultKeys::nameIndexKey(to, vaultId);
    if (keys.fromRecordKey.isEmpty() || keys.toRecordKey.isEmpty() || keys.fromIndexKey.isEmpty()
        || keys.toIndexKey.isEmpty()) {
        return keysNotDerived();
    }
    CryptoPool pool(std::move(keys));
    pool.at(0);

    qint64 count = 0;
    for (const Table& table : kTables) {
        Error error;
        auto select = db.prepare(table.select, &error);
        auto update = select ? db.prepare(table.update, &error) : nullptr;
        if (!select || !update) {
            return error;
        }
        RecordId after = 0;
        for (;;) {
            auto rows = readChunk(*select, after);
            if (!rows) {
                return rows.error();
            }
            if (rows->empty()) {
                break;
            }
            resealChunk(pool, table.indexes, rows.value());
            if (auto written = writeChunk(*update, table.indexes, rows.value()); !written) {
                return written.error();
            }
            count += static_cast<qint64>(rows->size());
            after = rows->back().id;
        }
    }
    KeyedHmac auditKey(VaultKeys::auditKey(to, vaultId));
    if (auto relinked = AuditLogChain::relink(db, auditKey); !relinked) {
        return relinked.error();
    }
    return count;
}

Result<qint64> recordCount(SqliteDatabase& db, UpgradePosition from)
{
    qint64 count = 0;
    for (int index = qMax(0, from.table); index < int(std::size(kTables)); ++index) {
        if (!kTables[index].inFormat1) {
            continue;
        }
        const RecordId after = index == from.table ? from.after : 0;
        const QByteArray sql = QByteArrayLiteral("SELECT count(*) FROM ") + kTables[index].name + " WHERE id > "
            + QByteArray::number(after);
        auto rows = db.scalar(sql.constData());
        if (!rows) {
            return rows.error();
        }
        count += rows.value();
    }
    return count;
}

Result<UpgradedChunk> upgradeChunk(
    SqliteDatabase& db, const QByteArray& vaultId, const QCA::SymmetricKey& dataKey, UpgradePosition from)
{
    if (auto known = checkTablesKnown(db); !known) {
        return known.error();
    }
    Keys keys;
    keys.mode = Mode::Upgrade;
    keys.formatVersion = VaultLimits::kFormatVersion;
    keys.vaultId = vaultId;
    keys.legacyPrk = VaultKeys::recordPrk(dataKey, vaultId);
    keys.toRecordKey = VaultKeys::recordKey(dataKey, vaultId);
    if (keys.legacyPrk.isEmpty() || keys.toRecordKey.isEmpty()) {
        return keysNotDerived();
    }
    CryptoPool pool(std::move(keys));
    UpgradedChunk chunk;
    chunk.next = from;
    constexpr int kTableCount = int(std::size(kTables));
    while (chunk.next.table >= 0 && chunk.next.table < kTableCount) {
        const Table& table = kTables[chunk.next.table];
        if (!table.inFormat1) {
            chunk.next = UpgradePosition {chunk.next.table + 1, 0};
            continue;
        }
        Error error;
        auto select = db.prepare(table.select, &error);
        if (!select) {
            return error;
        }
        auto rows = readChunk(*select, chunk.next.after);
        if (!rows) {
            return rows.error();
        }
        if (rows->empty()) {
            chunk.next = UpgradePosition {chunk.next.table + 1, 0};
            continue;
        }
        resealChunk(pool, table.indexes, rows.value());
        if (auto written = writeResealedRecords(db, table, rows.value(), &chunk.damaged); !written) {
            return written.error();
        }
        chunk.rows = static_cast<qint64>(rows->size());
        chunk.next.after = rows->back().id;
        return chunk;
    }
    chunk.finished = true;
    return chunk;
}

} // namespace VaultRekey
