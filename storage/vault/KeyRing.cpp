#include "storage/vault/KeyRing.h"

#include "storage/VaultKeys.h"
#include "storage/vault/VaultLimits.h"
#include "storage/vault/VaultText.h"

#include <algorithm>

namespace {

VaultKeys::RecordBinding bindingOf(const QByteArray& vaultId, ProjectId project, quint8 kind, RecordId id)
{
    return VaultKeys::recordBinding(VaultLimits::kFormatVersion, vaultId, project, kind, id);
}

QByteArrayView view(const VaultKeys::RecordBinding& binding)
{
    return QByteArrayView(binding.data(), qsizetype(binding.size()));
}

} // namespace

RecordCipher::RecordCipher(Aead& aead, const QCA::SymmetricKey& recordKey, const QByteArray& vaultId)
    : m_aead(aead), m_key(recordKey.constData(), recordKey.size()), m_vaultId(vaultId)
{
}

std::optional<QByteArray> RecordCipher::seal(
    ProjectId project, quint8 kind, RecordId id, const RecordCodec::Record& record)
{
    const QCA::SecureArray plaintext = RecordCodec::encode(record);
    auto sealed = m_aead.seal(
        m_key, view(bindingOf(m_vaultId, project, kind, id)), QByteArrayView(plaintext.constData(), plaintext.size()));
    if (!sealed) {
        return std::nullopt;
    }
    return std::move(sealed.value());
}

std::optional<qsizetype> RecordCipher::decrypt(ProjectId project, quint8 kind, RecordId id, const QByteArray& sealed)
{
    if (sealed.size() < Aead::kOverhead) {
        return std::nullopt;
    }
    const QByteArrayView whole(sealed);
    const qsizetype size = sealed.size() - Aead::kOverhead;
    if (m_plaintext.size() < size) {
        m_plaintext = QCA::SecureArray(static_cast<int>(qMax<qsizetype>(size, 2 * m_plaintext.size())));
    }
    if (!m_aead.decryptInto(m_key, whole.first(Aead::kNonceSize), view(bindingOf(m_vaultId, project, kind, id)),
            whole.sliced(Aead::kNonceSize, size), whole.last(Aead::kTagSize), m_plaintext.data())) {
        return std::nullopt;
    }
    return size;
}

std::optional<RecordCodec::Record> RecordCipher::open(
    ProjectId project, quint8 kind, RecordId id, const QByteArray& sealed)
{
    const std::optional<qsizetype> size = decrypt(project, kind, id, sealed);
    if (!size) {
        return std::nullopt;
    }
    const WipeOnExit wipe {m_plaintext, *size};
    auto record = RecordCodec::decode(QByteArrayView(m_plaintext.constData(), *size));
    if (!record) {
        return std::nullopt;
    }
    return std::move(record.value());
}

void KeyRing::load(const QByteArray& vaultId, const QCA::SymmetricKey& dataKey)
{
    m_vaultId = vaultId;
    m_dataKey = dataKey;
    m_recordKey = VaultKeys::recordKey(m_dataKey, m_vaultId);
    m_nameIndexMac = std::make_unique<KeyedHmac>(VaultKeys::nameIndexKey(m_dataKey, m_vaultId));
    m_auditMac = std::make_unique<KeyedHmac>(VaultKeys::auditKey(m_dataKey, m_vaultId));
}

void KeyRing::wipe()
{
    m_dataKey.fill(0);
    m_dataKey.clear();
    m_nameIndexMac.reset();
    m_auditMac.reset();
    m_recordKey.fill(0);
    m_recordKey.clear();
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

QCA::SymmetricKey KeyRing::findingKey(ProjectId project)
{
    const QByteArray key = m_nameIndexMac->mac(
        VaultKeys::nameIndexMessage(project, VaultKeys::kIgnoredFindingKind, QStringLiteral("finding-id")));
    return QCA::SymmetricKey(QCA::SecureArray(key));
}

Result<QByteArray> KeyRing::seal(ProjectId project, quint8 kind, RecordId id, const RecordCodec::Record& record)
{
    const QCA::SecureArray plaintext = RecordCodec::encode(record);
    return m_aead.seal(QByteArrayView(m_recordKey.constData(), m_recordKey.size()),
        view(bindingOf(m_vaultId, project, kind, id)), QByteArrayView(plaintext.constData(), plaintext.size()));
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
    return RecordCipher(m_aead, m_recordKey, m_vaultId).open(project, kind, id, sealed);
}
