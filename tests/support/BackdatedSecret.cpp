#include "tests/support/BackdatedSecret.h"

#include "crypto/Aead.h"
#include "models/Ids.h"
#include "storage/RecordCodec.h"
#include "storage/SqliteDatabase.h"
#include "storage/VaultKeys.h"
#include "storage/vault/VaultFile.h"
#include "storage/vault/VaultLimits.h"

#include <QDateTime>

namespace BackdatedSecret {

bool backdate(const QString& path, const SecretValue& password, const QString& name, int days, QString* error)
{
    SqliteDatabase db;
    Aead aead;
    auto opened = VaultFile::open(db, aead, path, password);
    if (!opened) {
        *error = opened.message();
        return false;
    }
    const QCA::SymmetricKey recordKey = VaultKeys::recordKey(QCA::SymmetricKey(opened->dataKey), opened->vaultId);
    const QByteArrayView key(recordKey.constData(), recordKey.size());
    const auto kind = static_cast<quint8>(ItemKind::Secret);
    auto select = db.prepare("SELECT id, project_id, record FROM items WHERE kind = ?1");
    select->bind(1, qint64(kind));
    bool found = false;
    while (select->next()) {
        const RecordId id = select->int64(0);
        const auto binding
            = VaultKeys::recordBinding(VaultLimits::kFormatVersion, opened->vaultId, select->int64(1), kind, id);
        const QByteArrayView associated(binding.data(), qsizetype(binding.size()));
        auto plaintext = aead.open(key, associated, select->blob(2));
        auto record
            = plaintext ? RecordCodec::decode(plaintext.value()) : Result<RecordCodec::Record>(plaintext.error());
        if (!record || record->name != name) {
            continue;
        }
        record->rotatedMs = QDateTime::currentMSecsSinceEpoch() - qint64(days) * 24 * 60 * 60 * 1000;
        const QCA::SecureArray encoded = RecordCodec::encode(record.value());
        auto sealed = aead.seal(key, associated, QByteArrayView(encoded.constData(), encoded.size()));
        if (!sealed) {
            *error = sealed.message();
            return false;
        }
        auto update = db.prepare("UPDATE items SET record = ?2 WHERE id = ?1");
        update->bind(1, id);
        update->bind(2, sealed.value());
        if (auto done = update->run(); !done) {
            *error = done.message();
            return false;
        }
        found = true;
    }
    if (!found) {
        *error = QStringLiteral("no secret named %1").arg(name);
    }
    return found;
}

} // namespace BackdatedSecret
