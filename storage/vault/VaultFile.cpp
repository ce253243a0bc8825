#include "storage/vault/VaultFile.h"

#include "crypto/Aead.h"
#include "storage/KeyDerivation.h"
#include "storage/SqliteDatabase.h"
#include "storage/VaultKeys.h"
#include "storage/VaultRekey.h"
#include "storage/VaultSchema.h"
#include "storage/vault/AuditLogChain.h"
#include "storage/vault/Sql.h"
#include "storage/vault/VaultLimits.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using VaultKeys::kKdfName;
using VaultLimits::kFirstFormatVersion;
using VaultLimits::kFormatVersion;

namespace {

using FileStatus = struct stat;

QCA::SymmetricKey wrapKeyFor(const QCA::SymmetricKey& kek, const QByteArray& vaultId, const KdfParams& params)
{
    return KeyDerivation::hkdf(kek, vaultId, VaultKeys::wrapInfo(VaultLimits::kKeyWrapVersion, vaultId, params));
}

void removeVaultFiles(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        QFile::remove(path + QLatin1String(suffix));
    }
}

} // namespace

// Creates the empty vault file, and its folder when missing, for the owner alone from the first
// system call: mkdir(0700) and open(O_CREAT | O_EXCL, 0600), so there is no moment in which another
// user could open them (an open file descriptor outlives a later chmod). The umask can only take
// bits away; the owner's are put back only if it took those. SQLite creates the -wal, -shm and
// -journal files with the database file's mode. An existing folder is left as it is.
Result<void> VaultFile::createOwnerOnlyFile(const QString& path)
{
    const QString folder = QFileInfo(path).absolutePath();
    const QByteArray encodedFolder = QFile::encodeName(folder);
    if (!QFileInfo::exists(folder)) {
        const QString above = QFileInfo(folder).absolutePath();
        if (!QDir().mkpath(above) || (::mkdir(encodedFolder.constData(), S_IRWXU) != 0 && errno != EEXIST)) {
            return makeError(ErrorCode::Io,
                tr("The folder %1 could not be created: %2.")
                    .arg(folder, QString::fromLocal8Bit(std::strerror(errno))));
        }
        FileStatus status {};
        if (::stat(encodedFolder.constData(), &status) == 0 && (status.st_mode & 07777) != S_IRWXU) {
            (void)::chmod(encodedFolder.constData(), S_IRWXU);
        }
    }
    const int fd = ::open(
        QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        return makeError(ErrorCode::Io,
            tr("The vault file %1 could not be created: %2.").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    }
    FileStatus status {};
    if (::fstat(fd, &status) == 0 && (status.st_mode & 07777) != (S_IRUSR | S_IWUSR)) {
        (void)::fchmod(fd, S_IRUSR | S_IWUSR);
    }
    ::close(fd);
    return {};
}

Result<void> VaultFile::create(const QString& path, const SecretValue& password, const KdfParams& params)
{
    if (auto valid = params.validate(); !valid) {
        return valid;
    }
    if (QFileInfo::exists(path)) {
        return makeError(
            ErrorCode::AlreadyExists, tr("A file already exists at %1; BotVault will not overwrite it.").arg(path));
    }
    if (auto created = createOwnerOnlyFile(path); !created) {
        return created;
    }
    auto kek = Argon2Kdf::deriveKey(password.bytes(), params);
    if (!kek) {
        removeVaultFiles(path);
        return kek.error();
    }
    const QByteArray vaultId = QCA::Random::randomArray(16).toByteArray();
    const QCA::SymmetricKey dataKey = KeyDerivation::randomKey(32);
    Aead aead;
    auto wrapped = aead.seal(wrapKeyFor(kek.value(), vaultId, params), dataKey);
    if (!wrapped) {
        removeVaultFiles(path);
        return wrapped.error();
    }
    auto result = writeNewVault(path, vaultId, params, wrapped.value(), dataKey);
    if (!result) {
        removeVaultFiles(path);
    }
    return result;
}

Result<void> VaultFile::writeNewVault(const QString& path, const QByteArray& vaultId, const KdfParams& params,
    const QByteArray& wrappedKey, const QCA::SymmetricKey& dataKey)
{
    SqliteDatabase db;
    if (auto opened = db.open(path, SqliteDatabase::OpenMode::Create); !opened) {
        return opened;
    }
    if (auto configured = VaultSchema::configureConnection(db); !configured) {
        return configured;
    }
    SqliteDatabase::Transaction transaction(db);
    if (!transaction.begun()) {
        return transaction.begun();
    }
    if (auto migrated = VaultSchema::migrate(db); !migrated) {
        return migrated;
    }
    if (auto inserted = Sql::execute(db,
            "INSERT INTO vault_meta (id, format_version, vault_id, next_record_id) VALUES (1, ?1, ?2, 1)",
            kFormatVersion, vaultId);
        !inserted) {
        return inserted;
    }
    if (auto inserted = Sql::execute(db,
            "INSERT INTO key_wrap (id, kdf, memory_kib, passes, lanes, salt, wrapped_key) "
            "VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6)",
            QString::fromLatin1(kKdfName), params.memoryKiB, params.passes, params.lanes, params.salt, wrappedKey);
        !inserted) {
        return inserted;
    }
    if (auto started = AuditLogChain::startHead(db, dataKey, vaultId); !started) {
        return started;
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed;
    }
    return db.checkpointTruncate();
}

Error VaultFile::notAVault(const QString& path)
{
    return makeError(ErrorCode::Damaged, tr("%1 is not a BotVault vault, or its header is damaged.").arg(path));
}

// Checked before SQLite opens the file, which would otherwise turn an empty file into a database.
Result<void> VaultFile::checkHeader(const QString& path)
{
    if (!QFileInfo::exists(path)) {
        return makeError(ErrorCode::NotFound, tr("There is no vault at %1.").arg(path));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io, tr("The vault file %1 could not be read: %2.").arg(path, file.errorString()));
    }
    if (file.read(16) != QByteArrayLiteral("SQLite format 3\0")) {
        return notAVault(path);
    }
    return {};
}

Result<void> VaultFile::readVaultMeta(SqliteDatabase& db, const QString& path, Opened* opened)
{
    auto meta = Sql::prepare(db, "SELECT format_version, vault_id FROM vault_meta WHERE id = 1");
    if (!meta) {
        return notAVault(path);
    }
    SqliteStatement& statement = *meta.value();
    if (!statement.next()) {
        return statement.failed() ? statement.error() : notAVault(path);
    }
    const qint64 format = statement.int64(0);
    if (format < kFirstFormatVersion || format > kFormatVersion) {
        return makeError(
            ErrorCode::Unsupported, tr("The vault uses format %1, which this BotVault cannot read.").arg(format));
    }
    opened->formatVersion = static_cast<int>(format);
    opened->vaultId = statement.blob(1);
    return {};
}

// The stored parameters are untrusted until the wrapped key opens: they are bounded before use so
// a tampered header cannot make the KDF allocate gigabytes.
Result<VaultFile::Opened> VaultFile::readKeyWrap(SqliteDatabase& db, const QString& path)
{
    Error error;
    auto wrap
        = db.prepare("SELECT kdf, memory_kib, passes, lanes, salt, wrapped_key FROM key_wrap WHERE id = 1", &error);
    if (!wrap || !wrap->next()) {
        return wrap && wrap->failed() ? wrap->error() : notAVault(path);
    }
    const auto inRange = [](qint64 value) { return value >= 0 && value <= 0xFFFFFFFFLL; };
    if (wrap->text(0) != QLatin1String(kKdfName) || !inRange(wrap->int64(1)) || !inRange(wrap->int64(2))
        || !inRange(wrap->int64(3))) {
        return notAVault(path);
    }
    Opened opened;
    opened.kdf.memoryKiB = static_cast<quint32>(wrap->int64(1));
    opened.kdf.passes = static_cast<quint32>(wrap->int64(2));
    opened.kdf.lanes = static_cast<quint32>(wrap->int64(3));
    opened.kdf.salt = wrap->blob(4);
    opened.wrappedKey = wrap->blob(5);
    if (auto valid = opened.kdf.validate(); !valid) {
        return makeError(ErrorCode::Damaged,
            tr("The vault's key parameters are out of range (%1); the file is damaged or was "
               "tampered with.")
                .arg(valid.message()));
    }
    return opened;
}

Result<void> VaultFile::migrate(SqliteDatabase& db, const Opened& opened)
{
    SqliteDatabase::Transaction transaction(db);
    if (!transaction.begun()) {
        return transaction.begun();
    }
    auto before = VaultSchema::version(db);
    if (!before) {
        return before.error();
    }
    if (auto migrated = VaultSchema::migrate(db); !migrated) {
        return migrated;
    }
    // The audit log arrives with schema 3: its empty head is tagged under this vault's key.
    if (auto head = AuditLogChain::head(db);
        before.value() < VaultSchema::kAuditLogVersion && head && head->sequence == 0) {
        if (auto started = AuditLogChain::startHead(db, QCA::SymmetricKey(opened.dataKey), opened.vaultId); !started) {
            return started;
        }
    }
    return transaction.commit();
}

Result<VaultFile::Opened> VaultFile::open(
    SqliteDatabase& db, Aead& aead, const QString& path, const SecretValue& password)
{
    if (auto header = checkHeader(path); !header) {
        return header.error();
    }
    auto fail = [&db](Error error) -> Result<Opened> {
        db.close();
        return error;
    };
    if (auto opened = db.open(path, SqliteDatabase::OpenMode::ExistingOnly); !opened) {
        return fail(opened.error());
    }
    // Nothing is written (not even the journal mode) until the file has proven to be our vault.
    auto schema = VaultSchema::version(db);
    if (!schema) {
        return fail(schema.error());
    }
    if (schema.value() > VaultSchema::kCurrentVersion) {
        return fail(VaultSchema::migrate(db).error());
    }
    Opened meta;
    if (auto read = readVaultMeta(db, path, &meta); !read) {
        return fail(read.error());
    }
    auto opened = readKeyWrap(db, path);
    if (!opened) {
        return fail(opened.error());
    }
    opened->vaultId = meta.vaultId;
    opened->formatVersion = meta.formatVersion;
    auto kek = Argon2Kdf::deriveKey(password.bytes(), opened->kdf);
    if (!kek) {
        return fail(kek.error());
    }
    auto dataKey = aead.open(wrapKeyFor(kek.value(), opened->vaultId, opened->kdf), opened->wrappedKey);
    if (!dataKey || dataKey->size() != Aead::kKeySize) {
        if (schema.value() >= VaultSchema::kAuditLogVersion) {
            AuditLogChain::countFailedUnlock(db);
        }
        return fail(makeError(ErrorCode::WrongPassword, tr("The master password is wrong.")));
    }
    opened->dataKey = std::move(dataKey.value());
    if (auto configured = VaultSchema::configureConnection(db); !configured) {
        return fail(configured.error());
    }
    if (schema.value() < VaultSchema::kCurrentVersion) {
        if (auto migrated = migrate(db, opened.value()); !migrated) {
            return fail(migrated.error());
        }
    }
    return opened;
}

Result<VaultFile::Rewrapped> VaultFile::rewrap(SqliteDatabase& db, Aead& aead, const QByteArray& vaultId,
    const QCA::SymmetricKey& dataKey, const SecretValue& newPassword, const KdfParams& newParams, bool rotate,
    const std::function<Result<void>()>& record)
{
    auto kek = Argon2Kdf::deriveKey(newPassword.bytes(), newParams);
    if (!kek) {
        return kek.error();
    }
    Rewrapped rewrapped;
    rewrapped.kdf = newParams;
    rewrapped.dataKey = rotate ? KeyDerivation::randomKey(Aead::kKeySize) : dataKey;
    if (rewrapped.dataKey.size() != Aead::kKeySize) {
        return makeError(ErrorCode::Unsupported, tr("No secure random source for a new data key."));
    }
    auto wrapped = aead.seal(wrapKeyFor(kek.value(), vaultId, newParams), rewrapped.dataKey);
    if (!wrapped) {
        return wrapped.error();
    }
    rewrapped.wrappedKey = wrapped.value();
    SqliteDatabase::Transaction transaction(db);
    if (!transaction.begun()) {
        return transaction.begun().error();
    }
    if (record) {
        if (auto recorded = record(); !recorded) {
            return recorded.error();
        }
    }
    if (rotate) {
        if (auto reencrypted = VaultRekey::reencryptAll(db, kFormatVersion, vaultId, dataKey, rewrapped.dataKey);
            !reencrypted) {
            return reencrypted.error();
        }
    }
    if (auto result = Sql::execute(db,
            "UPDATE key_wrap SET kdf = ?1, memory_kib = ?2, passes = ?3, lanes = ?4, salt = ?5, wrapped_key = ?6 "
            "WHERE id = 1",
            QString::fromLatin1(kKdfName), newParams.memoryKiB, newParams.passes, newParams.lanes, newParams.salt,
            rewrapped.wrappedKey);
        !result) {
        return result.error();
    }
    if (auto result = transaction.commit(); !result) {
        return result.error();
    }
    return rewrapped;
}

Result<void> VaultFile::checkPassword(
    const QByteArray& vaultId, const KdfParams& kdf, const QByteArray& wrappedKey, const SecretValue& password)
{
    auto kek = Argon2Kdf::deriveKey(password.bytes(), kdf);
    if (!kek) {
        return kek.error();
    }
    Aead aead;
    auto dataKey = aead.open(wrapKeyFor(kek.value(), vaultId, kdf), wrappedKey);
    if (!dataKey || dataKey->size() != Aead::kKeySize) {
        return makeError(ErrorCode::WrongPassword, tr("The master password is wrong."));
    }
    dataKey->fill(0);
    return {};
}

Result<void> VaultFile::checkWrappedKey(SqliteDatabase& db, const QByteArray& wrappedKey)
{
    auto query = Sql::query(db, "SELECT wrapped_key FROM key_wrap WHERE id = 1");
    if (!query) {
        return query.error();
    }
    auto found = Sql::step(*query.value());
    if (!found) {
        return found.error();
    }
    if (found.value() && query.value()->blob(0) == wrappedKey) {
        return {};
    }
    return makeError(ErrorCode::Locked,
        tr("Another BotVault program changed the master password or the data key of this vault after it "
           "was unlocked here; nothing was read or written. Lock the vault and unlock it with the "
           "current master password."));
}

Result<void> VaultFile::checkIntegrity(SqliteDatabase& db)
{
    auto query = Sql::query(db, "PRAGMA integrity_check");
    if (!query) {
        return query.error();
    }
    SqliteStatement& statement = *query.value();
    QStringList problems;
    while (statement.next()) {
        const QString line = statement.text(0);
        if (line != QLatin1String("ok")) {
            problems.append(line);
        }
    }
    if (statement.failed()) {
        return statement.error();
    }
    if (!problems.isEmpty()) {
        return makeError(ErrorCode::Damaged,
            tr("The vault database failed its integrity check: %1").arg(problems.join(QStringLiteral("; "))));
    }
    return {};
}
