#include "storage/VaultKeys.h"

#include "storage/KeyDerivation.h"

#include <QtEndian>

#include <algorithm>

namespace {

QByteArray bigEndian32(quint32 value)
{
    QByteArray bytes(4, Qt::Uninitialized);
    qToBigEndian(value, bytes.data());
    return bytes;
}

QByteArray bigEndian64(qint64 value)
{
    QByteArray bytes(8, Qt::Uninitialized);
    qToBigEndian(value, bytes.data());
    return bytes;
}

QByteArray indexMessage(const QByteArray& domain, ProjectId project, quint8 kind, const QByteArray& name)
{
    return domain + bigEndian64(project) + QByteArray(1, static_cast<char>(kind)) + name;
}

} // namespace

namespace VaultKeys {

QCA::SymmetricKey recordKey(const QCA::SymmetricKey& dataKey, const QByteArray& vaultId)
{
    return KeyDerivation::hkdf(dataKey, vaultId, QByteArrayLiteral("BotVault record key"));
}

RecordBinding recordBinding(int formatVersion, const QByteArray& vaultId, ProjectId project, quint8 kind, RecordId id)
{
    RecordBinding binding {};
    char* out = binding.data();
    qToBigEndian(static_cast<quint32>(formatVersion), out);
    // The schema holds vault ids to 16 bytes (CHECK); a shorter one would leave zeros, never overrun.
    std::copy_n(vaultId.constData(), std::min<qsizetype>(vaultId.size(), kVaultIdSize), out + 4);
    qToBigEndian(static_cast<qint64>(project), out + 4 + kVaultIdSize);
    out[4 + kVaultIdSize + 8] = static_cast<char>(kind);
    qToBigEndian(static_cast<qint64>(id), out + 4 + kVaultIdSize + 9);
    return binding;
}

QCA::SymmetricKey recordPrk(const QCA::SymmetricKey& dataKey, const QByteArray& vaultId)
{
    return KeyDerivation::hkdf(dataKey, vaultId, QByteArrayLiteral("BotVault record keys"));
}

QCA::SymmetricKey nameIndexKey(const QCA::SymmetricKey& dataKey, const QByteArray& vaultId)
{
    return KeyDerivation::hkdf(dataKey, vaultId, QByteArrayLiteral("BotVault name index"));
}

QCA::SymmetricKey auditKey(const QCA::SymmetricKey& dataKey, const QByteArray& vaultId)
{
    return KeyDerivation::hkdf(dataKey, vaultId, QByteArrayLiteral("BotVault audit chain"));
}

QByteArray recordKeyInfo(int formatVersion, const QByteArray& vaultId, ProjectId project, quint8 kind, RecordId id)
{
    return QByteArrayLiteral("BotVault record") + bigEndian32(static_cast<quint32>(formatVersion)) + vaultId
        + bigEndian64(project) + QByteArray(1, static_cast<char>(kind)) + bigEndian64(id);
}

QByteArray nameIndexMessage(ProjectId project, quint8 kind, const QString& name)
{
    return indexMessage(QByteArrayLiteral("name"), project, kind, name.toUtf8());
}

QByteArray foldIndexMessage(ProjectId project, quint8 kind, const QString& name)
{
    return indexMessage(QByteArrayLiteral("fold"), project, kind, name.toLower().toUtf8());
}

QByteArray remoteIndexMessage(ProjectId project, ItemKind kind, const QString& name)
{
    return indexMessage(QByteArrayLiteral("remote"), project, static_cast<quint8>(kind), name.toUtf8());
}

QByteArray wrapInfo(int formatVersion, const QByteArray& vaultId, const KdfParams& params)
{
    return QByteArrayLiteral("BotVault key wrap") + bigEndian32(static_cast<quint32>(formatVersion)) + vaultId
        + QByteArray(kKdfName) + bigEndian32(params.memoryKiB) + bigEndian32(params.passes) + bigEndian32(params.lanes)
        + params.salt;
}

} // namespace VaultKeys
