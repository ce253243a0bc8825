#include "tests/support/LegacyFormat.h"

#include "crypto/Aead.h"
#include "storage/KeyDerivation.h"
#include "storage/SqliteDatabase.h"
#include "storage/VaultKeys.h"
#include "storage/vault/VaultFile.h"
#include "storage/vault/VaultLimits.h"
#include "tests/support/RawDatabase.h"

namespace {

struct Table
{
    const char* select;
    const char* update;
};

// id, project, kind, record of every record table (the kinds of VaultKeys).
constexpr Table kTables[] = {
    {"SELECT id, 0, 0, record FROM projects", "UPDATE projects SET record = ?2 WHERE id = ?1"},
    {"SELECT id, project_id, kind, record FROM items", "UPDATE items SET record = ?2 WHERE id = ?1"},
    {"SELECT id, project_id, 3, record FROM outbox", "UPDATE outbox SET record = ?2 WHERE id = ?1"},
    {"SELECT id, project_id, 4, record FROM credentials", "UPDATE credentials SET record = ?2 WHERE id = ?1"},
    {"SELECT id, project_id, 5, record FROM remote_state", "UPDATE remote_state SET record = ?2 WHERE id = ?1"},
    {"SELECT id, project_id, 6, record FROM outbox_batches", "UPDATE outbox_batches SET record = ?2 WHERE id = ?1"},
};

struct Resealer
{
    Resealer(const QByteArray& vaultId, const QCA::SymmetricKey& dataKey)
        : vaultId(vaultId)
        , recordKey(VaultKeys::recordKey(dataKey, vaultId))
        , legacyKeys(VaultKeys::recordPrk(dataKey, vaultId))
    {
    }

    QByteArray reseal(ProjectId project, quint8 kind, RecordId id, const QByteArray& sealed)
    {
        const auto binding = VaultKeys::recordBinding(VaultLimits::kFormatVersion, vaultId, project, kind, id);
        auto plaintext = current.open(QByteArrayView(recordKey.constData(), recordKey.size()),
            QByteArrayView(binding.data(), qsizetype(binding.size())), sealed);
        if (!plaintext) {
            return {};
        }
        const QByteArray info = VaultKeys::recordKeyInfo(VaultLimits::kFirstFormatVersion, vaultId, project, kind, id);
        auto legacy = old.seal(legacyKeys.derive(info), plaintext.value());
        return legacy ? legacy.value() : QByteArray();
    }

    QByteArray vaultId;
    QCA::SymmetricKey recordKey;
    SubkeyDeriver legacyKeys;
    Aead current;
    Aead old;
};

bool resealTable(SqliteDatabase& db, Resealer& resealer, const Table& table, QString* error)
{
    Error failure;
    auto select = db.prepare(table.select, &failure);
    auto update = select ? db.prepare(table.update, &failure) : nullptr;
    if (!select || !update) {
        *error = failure.message;
        return false;
    }
    while (select->next()) {
        const RecordId id = select->int64(0);
        const QByteArray legacy
            = resealer.reseal(select->int64(1), static_cast<quint8>(select->int64(2)), id, select->blob(3));
        if (legacy.isEmpty()) {
            *error = QStringLiteral("record %1 does not open").arg(id);
            return false;
        }
        update->reset();
        update->bind(1, id);
        update->bind(2, legacy);
        if (auto ran = update->run(); !ran) {
            *error = ran.message();
            return false;
        }
    }
    return !select->failed();
}

} // namespace

namespace LegacyFormat {

bool downgrade(const QString& path, const SecretValue& password, QString* error)
{
    SqliteDatabase db;
    Aead aead;
    auto opened = VaultFile::open(db, aead, path, password);
    if (!opened) {
        *error = opened.message();
        return false;
    }
    Resealer resealer(opened->vaultId, QCA::SymmetricKey(opened->dataKey));
    SqliteDatabase::Transaction transaction(db);
    for (const Table& table : kTables) {
        if (!resealTable(db, resealer, table, error)) {
            return false;
        }
    }
    if (!db.exec("UPDATE vault_meta SET format_version = 1; DROP TABLE format_upgrade; PRAGMA user_version = 2;")
        || !transaction.commit() || !db.checkpointTruncate()) {
        *error = QStringLiteral("the format could not be written");
        return false;
    }
    return true;
}

QByteArray resealItemAs(const QString& path, const SecretValue& password, RecordId id, Replay replay)
{
    SqliteDatabase db;
    Aead aead;
    auto opened = VaultFile::open(db, aead, path, password);
    if (!opened) {
        return {};
    }
    auto select = db.prepare("SELECT project_id, kind, record FROM items WHERE id = ?1");
    select->bind(1, id);
    if (!select->next()) {
        return {};
    }
    const ProjectId project = select->int64(0);
    const auto kind = static_cast<quint8>(select->int64(1));
    const QCA::SymmetricKey dataKey(opened->dataKey);
    const QCA::SymmetricKey recordKey = VaultKeys::recordKey(dataKey, opened->vaultId);
    const QByteArrayView key(recordKey.constData(), recordKey.size());
    const auto binding
        = [&](int version) { return VaultKeys::recordBinding(version, opened->vaultId, project, kind, id); };
    const auto current = binding(VaultLimits::kFormatVersion);
    auto plaintext = aead.open(key, QByteArrayView(current.data(), qsizetype(current.size())), select->blob(2));
    if (!plaintext) {
        return {};
    }
    const QByteArrayView bytes(plaintext->constData(), plaintext->size());
    Result<QByteArray> sealed = QByteArray();
    switch (replay) {
    case Replay::Format1Record:
        sealed = aead.seal(SubkeyDeriver(VaultKeys::recordPrk(dataKey, opened->vaultId))
                               .derive(VaultKeys::recordKeyInfo(1, opened->vaultId, project, kind, id)),
            plaintext.value());
        break;
    case Replay::BindingOfFormat1:
    case Replay::BindingOfFormat3: {
        const auto other = binding(replay == Replay::BindingOfFormat1 ? 1 : 3);
        sealed = aead.seal(key, QByteArrayView(other.data(), qsizetype(other.size())), bytes);
        break;
    }
    case Replay::NoAssociatedData:
        sealed = aead.seal(key, {}, bytes);
        break;
    }
    return sealed ? sealed.value() : QByteArray();
}

int storedFormat(const QString& path)
{
    return static_cast<int>(RawDatabase(path).integer("SELECT format_version FROM vault_meta"));
}

bool upgradeUnderWay(const QString& path)
{
    return RawDatabase(path).integer("SELECT count(*) FROM format_upgrade") == 1;
}

} // namespace LegacyFormat
