#pragma once

#include "models/Result.h"
#include "models/SecretValue.h"
#include "storage/Argon2Kdf.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QtCrypto>

#include <functional>
#include <optional>

class Aead;
class SqliteDatabase;

// The vault file and its key wrap: creating the file for the owner alone, proving a file is a
// vault, unwrapping the data key with the master password, rewrapping it (and rotating it) on a
// password change, and the checks that run on the open database.
class VaultFile
{
    Q_DECLARE_TR_FUNCTIONS(Vault)

public:
    // What unlocking yields; the caller wipes dataKey once it has taken it.
    struct Opened
    {
        QByteArray vaultId;
        // VaultLimits::kFirstFormatVersion until the format upgrade has re-sealed every record.
        int formatVersion = 0;
        KdfParams kdf;
        QCA::SecureArray dataKey;
        QByteArray wrappedKey;
    };

    struct Rewrapped
    {
        KdfParams kdf;
        QByteArray wrappedKey;
        QCA::SymmetricKey dataKey;
    };

    static Result<void> create(const QString& path, const SecretValue& password, const KdfParams& params);
    // Opens `db` on the vault at `path` and unwraps its data key; `db` is closed again on failure.
    static Result<Opened> open(SqliteDatabase& db, Aead& aead, const QString& path, const SecretValue& password);
    // Wraps the data key (a new random one with `rotate`, every record re-encrypted under it) under
    // the new password in one transaction.
    // `record` runs first inside that transaction, under the old key: it writes the change's audit
    // entry, which a rotation then re-seals with the rest.
    static Result<Rewrapped> rewrap(SqliteDatabase& db, Aead& aead, const QByteArray& vaultId,
        const QCA::SymmetricKey& dataKey, const SecretValue& newPassword, const KdfParams& newParams, bool rotate,
        const std::function<Result<void>()>& record = {});
    // Whether `password` unwraps `wrappedKey` (the master password as of unlocking): the key
    // derivation alone, no database, so it may run on a worker thread.
    static Result<void> checkPassword(
        const QByteArray& vaultId, const KdfParams& kdf, const QByteArray& wrappedKey, const SecretValue& password);
    // Locked when the stored wrapped key is no longer `wrappedKey`: another process changed the
    // password or rotated the data key after this one unlocked.
    static Result<void> checkWrappedKey(SqliteDatabase& db, const QByteArray& wrappedKey);
    // `PRAGMA integrity_check`.
    static Result<void> checkIntegrity(SqliteDatabase& db);

private:
    static Result<void> createOwnerOnlyFile(const QString& path);
    static Result<void> writeNewVault(const QString& path, const QByteArray& vaultId, const KdfParams& params,
        const QByteArray& wrappedKey, const QCA::SymmetricKey& dataKey);
    static Result<void> checkHeader(const QString& path);
    static Result<void> readVaultMeta(SqliteDatabase& db, const QString& path, Opened* opened);
    static Result<Opened> readKeyWrap(SqliteDatabase& db, const QString& path);
    static Result<void> migrate(SqliteDatabase& db, const Opened& opened);
    static Error notAVault(const QString& path);
};
