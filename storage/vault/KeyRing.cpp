#include "storage/vault/KeyRing.h"

#include "storage/VaultKeys.h"
#include "storage/vault/VaultLimits.h"
#include "storage/vault/VaultText.h"

namespace {

QByteArray recordKeyInfo(const QByteArray& vaultId, ProjectId project, quint8 kind, RecordId id)
{
    return VaultKeys::recordKeyInfo(VaultLimits::kFormatVersion, vaultId, project, kind, id);
}

} // namespace

RecordCipher::RecordCipher(Aead& aead, SubkeyDeriver& keys, const QByteArray& vaultId)
    : m_aead(aead), m_keys(keys), m_vaultId(vaultId)
{
}

std::optional<QByteArray> RecordCipher::seal(
    ProjectId project, quint8 kind, RecordId id, const RecordCodec::Record& record)
{
    auto sealed = m_aead.seal(m_keys.derive(recordKeyInfo(m_vaultId, project, kind, id)), RecordCodec::encode(record));
    if (!sealed) {
        return std::nullopt;
    }
    return std::move(sealed.value());
}

std::optional<RecordCodec::Record> RecordCipher::open(
    ProjectId project, quint8 kind, RecordId id, const QByteArray& sealed)
{
    auto plaintext = m_aead.open(m_keys.derive(recordKeyInfo(m_vaultId, project, kind, id)), sealed);
    if (!plaintext) {
        return std::nullopt;
    }
    auto record = RecordCodec::decode(plaintext.value());
    plaintext->fill(0);
    if (!record) {
        return std::nullopt;
    }
    return std::move(record.value());
}

void KeyRing::load(const QByteArray& vaultId, const QCA::SymmetricKey& dataKey)
{
    m_vaultId = vaultId;
    m_dataKey = dataKey;
    m_recordPrk = VaultKeys::recordPrk(m_dataKey, m_vaultId);
    m_recordKeys = std::make_unique<SubkeyDeriver>(m_recordPrk);
    m_nameIndexMac = std::make_unique<KeyedHmac>(VaultKeys::nameIndexKey(m_dataKey, m_vaultId));
    m_auditMac = std::make_unique<KeyedHmac>(VaultKeys::auditKey(m_dataKey, m_vaultId));
}

void KeyRing::wipe()
{
    m_dataKey.fill(0);
    m_dataKey.clear();
    m_nameIndexMac.reset();
    m_auditMac.reset();
    m_recordKeys.reset();
    m_recordPrk.fill(0);
    m_recordPrk.clear();
    m_aead.forgetKey();
}

QByteArray KeyRing::nameIndex(ProjectId project, quint8 kind, const QString& name)
{
    return m_nameIndexMac->mac(VaultKeys::nameIndexMessage(project, kind, name));
}

QByteArray KeyRing::foldIndex(ProjectId project, quint8 kind, const QString& name)
{
    return m_nameIndexMac->mac(VaultKeys::foldIndexMessage(project, kind, name));
}

QByteArray KeyRing::remoteIndex(ProjectId project, ItemKind kind, const QString& name)
{
    return m_nameIndexMac->mac(VaultKeys::remoteIndexMessage(project, kind, name));
}

Result<QByteArray> KeyRing::seal(ProjectId project, quint8 kind, RecordId id, const RecordCodec::Record& record)
{
    return m_aead.seal(m_recordKeys->derive(recordKeyInfo(m_vaultId, project, kind, id)), RecordCodec::encode(record));
}

Result<RecordCodec::Record> KeyRing::open(ProjectId project, quint8 kind, RecordId id, const QByteArray& sealed)
{
    auto record = tryOpen(project, kind, id, sealed);
    if (!record) {
        return VaultText::damagedRecord(id);
    }
    return std::move(*record);
}

std::optional<RecordCodec::Record> KeyRing::tryOpen(
    ProjectId project, quint8 kind, RecordId id, const QByteArray& sealed)
{
    return RecordCipher(m_aead, *m_recordKeys, m_vaultId).open(project, kind, id, sealed);
}
