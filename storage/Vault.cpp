#include "storage/Vault.h"

#include "models/NameRules.h"
#include "storage/Aead.h"
#include "storage/KeyDerivation.h"
#include "storage/RecordCodec.h"
#include "storage/SqliteDatabase.h"
#include "storage/VaultKeys.h"
#include "storage/VaultRekey.h"
#include "storage/VaultSchema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <sys/stat.h>
#include <thread>
#include <tuple>
#include <unistd.h>
#include <utility>
#include <vector>

namespace {

using VaultKeys::kBatchKind;
using VaultKeys::kCredentialKind;
using VaultKeys::kKdfName;
using VaultKeys::kOutboxKind;
using VaultKeys::kProjectKind;
using VaultKeys::kRemoteStateKind;
using VaultKeys::wrapInfo;
constexpr qint64 kMaxRemoteId = (qint64(1) << 53) - 1;

QString kindName(quint8 kind)
{
    return kind == static_cast<quint8>(ItemKind::Secret) ? Vault::tr("secret") : Vault::tr("variable");
}

constexpr auto kSecret = static_cast<quint8>(ItemKind::Secret);
constexpr auto kVariable = static_cast<quint8>(ItemKind::Variable);

SecretSummary secretSummary(RecordId id, ProjectId project, const RecordCodec::Record& record)
{
    return SecretSummary {id, project, record.name, RecordCodec::toDateTime(record.updatedMs), record.updatedBy, false};
}

Variable variableFrom(RecordId id, ProjectId project, const RecordCodec::Record& record)
{
    return Variable {id, project, record.name, QString::fromUtf8(record.value.constData(), record.value.size()),
        record.includeInExport, RecordCodec::toDateTime(record.updatedMs), record.updatedBy, false};
}

QString normalizedProjectName(const QString& name)
{
    return name.normalized(QString::NormalizationForm_C);
}

Error lockedError()
{
    return makeError(ErrorCode::Locked, Vault::tr("The vault is locked; unlock it with the master password."));
}

Error damagedRecord(RecordId id)
{
    return makeError(ErrorCode::Damaged,
        Vault::tr("Record #%1 of the vault is damaged or was tampered with; it cannot be opened. The other "
                  "records are not affected.")
            .arg(id));
}

Error valueTooLarge(qsizetype size);

Project projectFromRecord(ProjectId id, const RecordCodec::Record& record)
{
    Project project;
    project.id = id;
    project.name = record.name;
    project.created = RecordCodec::toDateTime(record.createdMs);
    project.updated = RecordCodec::toDateTime(record.updatedMs);
    project.sourceFolder = record.sourceFolder;
    project.declaredSecrets = record.declaredSecrets;
    project.remoteUrl = record.remoteUrl;
    project.remoteProjectId = record.remoteProjectId;
    return project;
}

// A fresh idempotency key for an outbox entry: 16 random bytes as base64url, which the API's
// Idempotency-Key header accepts as it is.
QString idempotencyKeyFrom(const char* randomBytes)
{
    return QString::fromLatin1(
        QByteArray(randomBytes, 16).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// The record of an outbox entry; a put carries the item's value and flag as they are now (the
// value shares the item record's secure memory).
RecordCodec::Record outboxRecord(quint8 kind, const QString& name, OutboxEntry::Op op, const RecordCodec::Record* item,
    const QString& idempotencyKey, qint64 now, const QString& author)
{
    RecordCodec::Record record;
    record.name = name;
    record.itemKind = kind;
    record.op = static_cast<quint8>(op);
    if (op == OutboxEntry::Op::Put && item) {
        record.value = item->value;
        record.hasValue = true;
        record.includeInExport = item->includeInExport;
    }
    record.idempotencyKey = idempotencyKey;
    record.createdMs = now;
    record.updatedMs = now;
    record.updatedBy = author;
    return record;
}

// An authenticated outbox record that does not describe a change of a known kind is treated as
// damaged, so the sync engine never publishes a guess.
std::optional<OutboxEntry> outboxEntryFrom(qint64 id, ProjectId project, const RecordCodec::Record& record)
{
    const bool knownKind = record.itemKind == static_cast<quint8>(ItemKind::Secret)
        || record.itemKind == static_cast<quint8>(ItemKind::Variable);
    const bool put = record.op == static_cast<quint8>(OutboxEntry::Op::Put);
    const bool knownOp = put || record.op == static_cast<quint8>(OutboxEntry::Op::Delete);
    if (!knownKind || !knownOp || record.name.isEmpty() || record.idempotencyKey.isEmpty() || put != record.hasValue) {
        return std::nullopt;
    }
    OutboxEntry entry;
    entry.id = id;
    entry.projectId = project;
    entry.kind = static_cast<ItemKind>(record.itemKind);
    entry.name = record.name;
    entry.op = static_cast<OutboxEntry::Op>(record.op);
    if (put && entry.kind == ItemKind::Secret) {
        entry.secretValue = SecretValue(record.value);
    } else if (put) {
        entry.value = QString::fromUtf8(record.value.constData(), record.value.size());
    }
    entry.includeInExport = entry.kind == ItemKind::Variable && record.includeInExport;
    entry.baseRevision = record.baseRevision;
    entry.idempotencyKey = record.idempotencyKey;
    entry.created = RecordCodec::toDateTime(record.createdMs);
    entry.createdBy = record.updatedBy;
    return entry;
}

// Where a token may be sent: https anywhere, plain http only to this machine (as docs/API.md
// allows, for tests). No user name, password, query or fragment, which would end up in the
// project record and on screen; the messages do not repeat those parts either.
Result<QString> checkRemoteUrl(const QString& text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    const QString host = url.host().toLower();
    const bool loopback
        = host == QLatin1String("127.0.0.1") || host == QLatin1String("::1") || host == QLatin1String("localhost");
    if (!url.isValid() || host.isEmpty() || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        return makeError(ErrorCode::InvalidInput,
            Vault::tr("The platform address is not valid; enter one such as https://bots.example.com."));
    }
    if (scheme == QLatin1String("http") && !loopback) {
        return makeError(ErrorCode::InvalidInput,
            Vault::tr("The platform address must use https (plain http is allowed only for this computer); "
                      "change '%1' to https.")
                .arg(url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)));
    }
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()) {
        return makeError(ErrorCode::InvalidInput,
            Vault::tr("The platform address may not contain a user name, password, query or fragment; enter "
                      "only the scheme, host, port and path."));
    }
    // One spelling per address, so that a renewed token for the same remote keeps its queue.
    QUrl clean = url.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    if (clean.path() == QLatin1String("/")) {
        clean.setPath(QString());
    }
    return clean.toString();
}

Result<void> checkSecretValue(const QString& name, const SecretValue& value)
{
    if (value.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, Vault::tr("The value of secret '%1' is empty.").arg(name));
    }
    if (value.size() > Vault::kMaxValueBytes) {
        return valueTooLarge(value.size());
    }
    return {};
}

bool isItemKind(ItemKind kind)
{
    return kind == ItemKind::Secret || kind == ItemKind::Variable;
}

Error unknownKind()
{
    return makeError(ErrorCode::InvalidInput,
        Vault::tr("A change names an item that is neither a secret nor a variable; nothing was saved."));
}

Error notBound(const QString& projectName)
{
    return makeError(ErrorCode::InvalidInput,
        Vault::tr("Project '%1' is not bound to a platform project; bind it to one first.").arg(projectName));
}

// A remote state's record: what the platform held for one item. A secret's value never comes back
// from the platform, so only a variable's record carries one. An invalid time is stored as 0.
RecordCodec::Record remoteStateRecord(const RemoteItemState& state, qint64 now)
{
    RecordCodec::Record record;
    record.name = state.name;
    record.itemKind = static_cast<quint8>(state.kind);
    record.revision = state.revision;
    record.createdMs = now;
    record.updatedMs = state.updatedAt.isValid() ? state.updatedAt.toMSecsSinceEpoch() : 0;
    record.updatedBy = state.updatedBy;
    if (state.kind == ItemKind::Variable) {
        record.value = QCA::SecureArray(state.value.toUtf8());
        record.hasValue = true;
        record.includeInExport = state.includeInExport;
    }
    return record;
}

// An authenticated state record that does not describe an item of a known kind is treated as
// damaged, so the engine never compares against a guess.
std::optional<RemoteItemState> remoteStateFrom(const RecordCodec::Record& record)
{
    const bool variable = record.itemKind == static_cast<quint8>(ItemKind::Variable);
    const bool knownKind = variable || record.itemKind == static_cast<quint8>(ItemKind::Secret);
    if (!knownKind || record.name.isEmpty() || record.revision < 0 || variable != record.hasValue) {
        return std::nullopt;
    }
    RemoteItemState state;
    state.kind = static_cast<ItemKind>(record.itemKind);
    state.name = record.name;
    state.revision = record.revision;
    state.updatedAt = record.updatedMs != 0 ? RecordCodec::toDateTime(record.updatedMs) : QDateTime();
    state.updatedBy = record.updatedBy;
    if (variable) {
        state.value = QString::fromUtf8(record.value.constData(), record.value.size());
        state.includeInExport = record.includeInExport;
    }
    return state;
}

std::optional<OutboxBatch> outboxBatchFrom(qint64 id, const RecordCodec::Record& record)
{
    if (record.idempotencyKey.isEmpty() || !record.hasValue || record.value.isEmpty()) {
        return std::nullopt;
    }
    OutboxBatch batch;
    batch.id = id;
    batch.idempotencyKey = record.idempotencyKey.toLatin1();
    batch.body = record.value.toByteArray();
    batch.entryIds = record.entryIds;
    batch.created = RecordCodec::toDateTime(record.createdMs);
    return batch;
}

Error damagedBatch(qint64 id)
{
    return makeError(ErrorCode::Damaged,
        Vault::tr("Stored publish request #%1 is damaged or was tampered with; its changes cannot be "
                  "resent. Drop it and publish again.")
            .arg(id));
}

Error valueTooLarge(qsizetype size)
{
    return makeError(ErrorCode::InvalidInput,
        Vault::tr("The value is %1 bytes long; the limit is %2 bytes (64 KiB).").arg(size).arg(Vault::kMaxValueBytes));
}

// Creates the empty vault file, and its folder when missing, for the owner alone from the first
// system call: mkdir(0700) and open(O_CREAT | O_EXCL, 0600), so there is no moment in which another
// user could open them (an open file descriptor outlives a later chmod). The umask can only take
// bits away; the owner's are put back only if it took those. SQLite creates the -wal, -shm and
// -journal files with the database file's mode. An existing folder is left as it is.
using FileStatus = struct stat;

Result<void> createOwnerOnlyFile(const QString& path)
{
    const QString folder = QFileInfo(path).absolutePath();
    const QByteArray encodedFolder = QFile::encodeName(folder);
    if (!QFileInfo::exists(folder)) {
        const QString above = QFileInfo(folder).absolutePath();
        if (!QDir().mkpath(above) || (::mkdir(encodedFolder.constData(), S_IRWXU) != 0 && errno != EEXIST)) {
            return makeError(ErrorCode::Io,
                Vault::tr("The folder %1 could not be created: %2.")
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
            Vault::tr("The vault file %1 could not be created: %2.")
                .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    }
    FileStatus status {};
    if (::fstat(fd, &status) == 0 && (status.st_mode & 07777) != (S_IRUSR | S_IWUSR)) {
        (void)::fchmod(fd, S_IRUSR | S_IWUSR);
    }
    ::close(fd);
    return {};
}

} // namespace

struct Vault::Private
{
    SqliteDatabase db;
    QString path;
    QByteArray vaultId;
    KdfParams kdf;
    QCA::SymmetricKey dataKey;
    // The wrapped key this process unlocked (or rewrapped) with: when the stored one differs, another
    // process changed the password or rotated the data key, and this one's keys are stale.
    QByteArray wrappedKey;
    std::unique_ptr<KeyedHmac> nameIndexMac;
    QCA::SymmetricKey recordPrk;
    std::unique_ptr<SubkeyDeriver> recordKeys;
    Aead aead;
    Actor actor = Actor::localOwner(Actor::systemUserName());
    AccessPolicy policy;
    QTimer autoLockTimer;
    bool unlocked = false;
    // Set when a write queued outbox entries; the public method emits outboxChanged after commit.
    bool queued = false;

    struct Row
    {
        RecordId id = 0;
        ProjectId projectId = 0;
        QByteArray record;
    };

    // Every public method starts here, so a flag left by a failed write never reaches the next one.
    Result<void> ready()
    {
        queued = false;
        if (!unlocked) {
            return lockedError();
        }
        if (autoLockTimer.interval() > 0) {
            autoLockTimer.start();
        }
        return checkKeyWrap();
    }

    // Also run inside every write transaction (SqliteDatabase::setTransactionCheck), so that a record
    // is never sealed under a data key another process has replaced: it would open for nobody.
    Result<void> checkKeyWrap()
    {
        if (!unlocked) {
            return {};
        }
        Error error;
        auto query = db.prepare("SELECT wrapped_key FROM key_wrap WHERE id = 1", &error);
        if (!query) {
            return error;
        }
        if (query->next() && query->blob(0) == wrappedKey) {
            return {};
        }
        if (query->failed()) {
            return query->error();
        }
        return makeError(ErrorCode::Locked,
            Vault::tr("Another BotVault program changed the master password or the data key of this vault after it "
                      "was unlocked here; nothing was read or written. Lock the vault and unlock it with the "
                      "current master password."));
    }

    void deriveKeys()
    {
        recordPrk = VaultKeys::recordPrk(dataKey, vaultId);
        recordKeys = std::make_unique<SubkeyDeriver>(recordPrk);
        nameIndexMac = std::make_unique<KeyedHmac>(VaultKeys::nameIndexKey(dataKey, vaultId));
    }

    void wipeKeys()
    {
        dataKey.fill(0);
        dataKey.clear();
        nameIndexMac.reset();
        recordKeys.reset();
        recordPrk.fill(0);
        recordPrk.clear();
        aead.forgetKey();
    }

    QByteArray nameIndex(ProjectId project, quint8 kind, const QString& name)
    {
        return nameIndexMac->mac(VaultKeys::nameIndexMessage(project, kind, name));
    }

    QByteArray foldIndex(ProjectId project, quint8 kind, const QString& name)
    {
        return nameIndexMac->mac(VaultKeys::foldIndexMessage(project, kind, name));
    }

    // Each record has its own key, bound to where it belongs: a ciphertext copied to another row,
    // project or kind is opened with the wrong key and fails to authenticate.
    static QByteArray recordKeyInfo(const QByteArray& vaultId, ProjectId project, quint8 kind, RecordId id)
    {
        return VaultKeys::recordKeyInfo(kFormatVersion, vaultId, project, kind, id);
    }

    QCA::SymmetricKey recordKey(ProjectId project, quint8 kind, RecordId id)
    {
        return recordKeys->derive(recordKeyInfo(vaultId, project, kind, id));
    }

    Result<QByteArray> seal(ProjectId project, quint8 kind, RecordId id, const RecordCodec::Record& record)
    {
        return aead.seal(recordKey(project, kind, id), RecordCodec::encode(record));
    }

    // With the crypto objects passed in, so that several threads can open records at once.
    static std::optional<RecordCodec::Record> openWith(Aead& aead, SubkeyDeriver& keys, const QByteArray& vaultId,
        ProjectId project, quint8 kind, RecordId id, const QByteArray& sealed)
    {
        auto plaintext = aead.open(keys.derive(recordKeyInfo(vaultId, project, kind, id)), sealed);
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

    Result<RecordCodec::Record> open(ProjectId project, quint8 kind, RecordId id, const QByteArray& sealed)
    {
        auto record = openWith(aead, *recordKeys, vaultId, project, kind, id, sealed);
        if (!record) {
            return damagedRecord(id);
        }
        return std::move(*record);
    }

    // A row found through a blind index must hold the name it was looked up by: otherwise its
    // index was swapped with another row's.
    Result<RecordCodec::Record> openNamed(const Row& row, quint8 kind, const QString& name)
    {
        auto record = open(row.projectId, kind, row.id, row.record);
        if (record && record->name != name) {
            return damagedRecord(row.id);
        }
        return record;
    }

    Result<RecordId> allocateIds(qint64 count)
    {
        auto next = db.scalar("SELECT next_record_id FROM vault_meta WHERE id = 1");
        if (!next) {
            return next.error();
        }
        Error error;
        auto update = db.prepare("UPDATE vault_meta SET next_record_id = ?1 WHERE id = 1", &error);
        if (!update) {
            return error;
        }
        update->bind(1, next.value() + count);
        if (auto result = update->run(); !result) {
            return result.error();
        }
        return next.value();
    }

    Result<std::optional<Row>> findProjectRow(ProjectId id)
    {
        Error error;
        auto query = db.prepare("SELECT record FROM projects WHERE id = ?1", &error);
        if (!query) {
            return error;
        }
        query->bind(1, id);
        if (query->next()) {
            return std::optional<Row>(Row {id, 0, query->blob(0)});
        }
        if (query->failed()) {
            return query->error();
        }
        return std::optional<Row>();
    }

    Result<RecordCodec::Record> requireProject(ProjectId id)
    {
        auto row = findProjectRow(id);
        if (!row) {
            return row.error();
        }
        if (!row.value()) {
            return makeError(ErrorCode::NotFound, Vault::tr("The project no longer exists."));
        }
        return open(0, kProjectKind, id, row.value()->record);
    }

    // Rewrites a project's record (and its name index) inside the caller's transaction.
    Result<void> updateProject(ProjectId id, const RecordCodec::Record& record)
    {
        auto sealed = seal(0, kProjectKind, id, record);
        if (!sealed) {
            return sealed.error();
        }
        Error error;
        auto update = db.prepare("UPDATE projects SET name_index = ?2, record = ?3 WHERE id = ?1", &error);
        if (!update) {
            return error;
        }
        update->bind(1, id);
        update->bind(2, nameIndex(0, kProjectKind, record.name));
        update->bind(3, sealed.value());
        return update->run();
    }

    // Inserts a project inside the caller's transaction; AlreadyExists when the name is taken.
    Result<ProjectId> insertProject(const QString& displayName, const RecordCodec::Record& record)
    {
        const QByteArray index = nameIndex(0, kProjectKind, record.name);
        Error error;
        auto taken = db.prepare("SELECT 1 FROM projects WHERE name_index = ?1", &error);
        if (!taken) {
            return error;
        }
        taken->bind(1, index);
        if (taken->next()) {
            return makeError(
                ErrorCode::AlreadyExists, Vault::tr("A project named '%1' already exists.").arg(displayName));
        }
        taken.reset();
        auto id = allocateIds(1);
        if (!id) {
            return id.error();
        }
        auto sealed = seal(0, kProjectKind, id.value(), record);
        if (!sealed) {
            return sealed.error();
        }
        auto insert = db.prepare("INSERT INTO projects (id, name_index, record) VALUES (?1, ?2, ?3)", &error);
        if (!insert) {
            return error;
        }
        insert->bind(1, id.value());
        insert->bind(2, index);
        insert->bind(3, sealed.value());
        if (auto result = insert->run(); !result) {
            return result.error();
        }
        return id.value();
    }

    Result<std::optional<Row>> findItem(ProjectId project, quint8 kind, const QString& name)
    {
        Error error;
        auto query = db.prepare("SELECT id, record, project_id, kind FROM items WHERE name_index = ?1", &error);
        if (!query) {
            return error;
        }
        query->bind(1, nameIndex(project, kind, name));
        if (query->next()) {
            // The index names this project and kind, so a row that says otherwise was tampered with:
            // it must not be served under either.
            if (query->int64(2) != project || query->int64(3) != kind) {
                return damagedRecord(query->int64(0));
            }
            return std::optional<Row>(Row {query->int64(0), project, query->blob(1)});
        }
        if (query->failed()) {
            return query->error();
        }
        return std::optional<Row>();
    }

    struct FoundItem
    {
        RecordId id = 0;
        RecordCodec::Record record;
        bool projectBound = false;
    };

    // The item `name` of a project, opened and checked against its name; NotFound or Damaged otherwise.
    Result<FoundItem> readItem(ProjectId project, quint8 kind, const QString& name)
    {
        auto projectRecord = requireProject(project);
        if (!projectRecord) {
            return projectRecord.error();
        }
        auto row = findItem(project, kind, name);
        if (!row) {
            return row.error();
        }
        if (!row.value()) {
            return itemNotFound(projectRecord->name, kind, name);
        }
        auto record = openNamed(*row.value(), kind, name);
        if (!record) {
            return record.error();
        }
        return FoundItem {row.value()->id, std::move(record.value()), projectRecord->remoteProjectId != 0};
    }

    Error itemNotFound(const QString& projectName, quint8 kind, const QString& name)
    {
        return makeError(ErrorCode::NotFound,
            Vault::tr("Project '%1' has no %2 named '%3'.").arg(projectName, kindName(kind), name));
    }

    // The warning for names that differ from `name` only by case, or an empty string.
    QString caseWarning(ProjectId project, quint8 kind, const QString& name, RecordId self)
    {
        Error error;
        // Project and kind are compared here, not in SQL, so that SQLite keeps using the fold index
        // instead of scanning the whole project through items_by_project.
        auto query
            = db.prepare("SELECT id, record, project_id, kind FROM items WHERE fold_index = ?1 AND id != ?2", &error);
        if (!query) {
            return {};
        }
        query->bind(1, foldIndex(project, kind, name));
        query->bind(2, self);
        QStringList others;
        while (query->next()) {
            if (query->int64(2) != project || query->int64(3) != kind) {
                continue;
            }
            if (auto record = open(project, kind, query->int64(0), query->blob(1))) {
                others.append(record->name);
            }
        }
        const QStringList collisions = NameRules::caseCollisions(name, others);
        return collisions.isEmpty() ? QString() : NameRules::caseCollisionWarning(name, collisions);
    }

    // Queues one change of a bound project's item inside the caller's transaction, so the change
    // and its entry commit or roll back together. An unbound project queues nothing.
    Result<void> queueChange(ProjectId project, bool bound, quint8 kind, const QString& name, OutboxEntry::Op op,
        const RecordCodec::Record* item)
    {
        if (!bound) {
            return {};
        }
        auto id = allocateIds(1);
        if (!id) {
            return id.error();
        }
        const QByteArray random = QCA::Random::randomArray(16).toByteArray();
        const RecordCodec::Record record = outboxRecord(kind, name, op, item, idempotencyKeyFrom(random.constData()),
            QDateTime::currentMSecsSinceEpoch(), actor.name);
        auto sealed = seal(project, kOutboxKind, id.value(), record);
        if (!sealed) {
            return sealed.error();
        }
        Error error;
        auto insert = db.prepare("INSERT INTO outbox (id, project_id, record) VALUES (?1, ?2, ?3)", &error);
        if (!insert) {
            return error;
        }
        insert->bind(1, id.value());
        insert->bind(2, project);
        insert->bind(3, sealed.value());
        if (auto result = insert->run(); !result) {
            return result;
        }
        queued = true;
        return {};
    }

    Result<WriteOutcome> insertItem(ProjectId project, quint8 kind, RecordCodec::Record record)
    {
        auto id = allocateIds(1);
        if (!id) {
            return id.error();
        }
        auto sealed = seal(project, kind, id.value(), record);
        if (!sealed) {
            return sealed.error();
        }
        Error error;
        auto insert = db.prepare(
            "INSERT INTO items (id, project_id, kind, name_index, fold_index, record) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            &error);
        if (!insert) {
            return error;
        }
        insert->bind(1, id.value());
        insert->bind(2, project);
        insert->bind(3, kind);
        insert->bind(4, nameIndex(project, kind, record.name));
        insert->bind(5, foldIndex(project, kind, record.name));
        insert->bind(6, sealed.value());
        if (auto result = insert->run(); !result) {
            return result.error();
        }
        return WriteOutcome {id.value(), true, {}};
    }

    Result<void> updateItem(ProjectId project, quint8 kind, RecordId id, const RecordCodec::Record& record)
    {
        auto sealed = seal(project, kind, id, record);
        if (!sealed) {
            return sealed.error();
        }
        Error error;
        auto update
            = db.prepare("UPDATE items SET name_index = ?2, fold_index = ?3, record = ?4 WHERE id = ?1", &error);
        if (!update) {
            return error;
        }
        update->bind(1, id);
        update->bind(2, nameIndex(project, kind, record.name));
        update->bind(3, foldIndex(project, kind, record.name));
        update->bind(4, sealed.value());
        return update->run();
    }

    // Adds or replaces an item in one transaction; `apply` fills in the record's content and
    // *saved receives the record as written.
    template<typename Apply>
    Result<WriteOutcome> upsertItem(
        ProjectId project, quint8 kind, const QString& name, WriteMode mode, Apply apply, RecordCodec::Record* saved)
    {
        if (auto valid = NameRules::validate(name); !valid) {
            return valid.error();
        }
        SqliteDatabase::Transaction transaction(db);
        if (!transaction.begun()) {
            return transaction.begun().error();
        }
        auto projectRecord = requireProject(project);
        if (!projectRecord) {
            return projectRecord.error();
        }
        auto row = findItem(project, kind, name);
        if (!row) {
            return row.error();
        }
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        Result<WriteOutcome> outcome = WriteOutcome {};
        if (row.value() && mode == WriteMode::CreateOnly) {
            return makeError(ErrorCode::AlreadyExists,
                Vault::tr("Project '%1' already has a %2 named '%3'.").arg(projectRecord->name, kindName(kind), name));
        }
        if (row.value()) {
            auto record = openNamed(*row.value(), kind, name);
            if (!record) {
                return record.error();
            }
            apply(record.value(), false);
            record->updatedMs = now;
            record->updatedBy = actor.name;
            if (auto result = updateItem(project, kind, row.value()->id, record.value()); !result) {
                return result.error();
            }
            if (auto result = queueChange(
                    project, projectRecord->remoteProjectId != 0, kind, name, OutboxEntry::Op::Put, &record.value());
                !result) {
                return result.error();
            }
            outcome = WriteOutcome {row.value()->id, false, {}};
            *saved = std::move(record.value());
        } else {
            RecordCodec::Record record;
            record.name = name;
            record.createdMs = now;
            record.updatedMs = now;
            record.updatedBy = actor.name;
            apply(record, true);
            outcome = insertItem(project, kind, record);
            if (!outcome) {
                return outcome.error();
            }
            if (auto result
                = queueChange(project, projectRecord->remoteProjectId != 0, kind, name, OutboxEntry::Op::Put, &record);
                !result) {
                return result.error();
            }
            *saved = std::move(record);
        }
        if (auto result = transaction.commit(); !result) {
            return result.error();
        }
        outcome->warning = caseWarning(project, kind, name, outcome->id);
        return outcome;
    }

    // Renames an item and lets `apply` change its content, in one transaction.
    template<typename Apply>
    Result<WriteOutcome> editItem(ProjectId project, quint8 kind, const QString& name, const QString& newName,
        Apply apply, RecordCodec::Record* saved)
    {
        if (auto valid = NameRules::validate(newName); !valid) {
            return valid.error();
        }
        SqliteDatabase::Transaction transaction(db);
        if (!transaction.begun()) {
            return transaction.begun().error();
        }
        auto projectRecord = requireProject(project);
        if (!projectRecord) {
            return projectRecord.error();
        }
        auto row = findItem(project, kind, name);
        if (!row) {
            return row.error();
        }
        if (!row.value()) {
            return itemNotFound(projectRecord->name, kind, name);
        }
        if (newName != name) {
            auto taken = findItem(project, kind, newName);
            if (!taken) {
                return taken.error();
            }
            if (taken.value()) {
                return makeError(ErrorCode::AlreadyExists,
                    Vault::tr("Project '%1' already has a %2 named '%3'.")
                        .arg(projectRecord->name, kindName(kind), newName));
            }
        }
        auto record = openNamed(*row.value(), kind, name);
        if (!record) {
            return record.error();
        }
        record->name = newName;
        apply(record.value());
        record->updatedMs = QDateTime::currentMSecsSinceEpoch();
        record->updatedBy = actor.name;
        if (auto result = updateItem(project, kind, row.value()->id, record.value()); !result) {
            return result.error();
        }
        // The platform knows items by name: a rename is the old name's delete and the new name's put.
        const bool bound = projectRecord->remoteProjectId != 0;
        if (newName != name) {
            if (auto result = queueChange(project, bound, kind, name, OutboxEntry::Op::Delete, nullptr); !result) {
                return result.error();
            }
        }
        if (auto result = queueChange(project, bound, kind, newName, OutboxEntry::Op::Put, &record.value()); !result) {
            return result.error();
        }
        if (auto result = transaction.commit(); !result) {
            return result.error();
        }
        *saved = std::move(record.value());
        return WriteOutcome {row.value()->id, false, caseWarning(project, kind, newName, row.value()->id)};
    }

    Result<void> removeItem(ProjectId project, quint8 kind, const QString& name, RecordId* removed)
    {
        SqliteDatabase::Transaction transaction(db);
        if (!transaction.begun()) {
            return transaction.begun();
        }
        auto projectRecord = requireProject(project);
        if (!projectRecord) {
            return projectRecord.error();
        }
        auto row = findItem(project, kind, name);
        if (!row) {
            return row.error();
        }
        if (!row.value()) {
            return itemNotFound(projectRecord->name, kind, name);
        }
        Error error;
        auto remove = db.prepare("DELETE FROM items WHERE id = ?1", &error);
        if (!remove) {
            return error;
        }
        remove->bind(1, row.value()->id);
        if (auto result = remove->run(); !result) {
            return result;
        }
        if (auto result
            = queueChange(project, projectRecord->remoteProjectId != 0, kind, name, OutboxEntry::Op::Delete, nullptr);
            !result) {
            return result;
        }
        if (auto result = transaction.commit(); !result) {
            return result;
        }
        *removed = row.value()->id;
        return db.checkpointTruncate();
    }

    QByteArray remoteIndex(ProjectId project, ItemKind kind, const QString& name)
    {
        return nameIndexMac->mac(VaultKeys::remoteIndexMessage(project, kind, name));
    }

    // The project's record when it has a remote binding; InvalidInput "not bound" otherwise.
    Result<RecordCodec::Record> requireBound(ProjectId project)
    {
        auto record = requireProject(project);
        if (record && record->remoteProjectId == 0) {
            return notBound(record->name);
        }
        return record;
    }

    // Runs `sql` (a DELETE … RETURNING 1) with ?1 = project and then ?2 = each of `ids`; returns the
    // rows it deleted. The rows returned count them, with no second statement per id.
    Result<qint64> runForEach(const char* sql, ProjectId project, const QList<qint64>& ids)
    {
        Error error;
        auto statement = db.prepare(sql, &error);
        if (!statement) {
            return error;
        }
        qint64 changed = 0;
        for (const qint64 id : ids) {
            statement->bind(1, project);
            statement->bind(2, id);
            while (statement->next()) {
                ++changed;
            }
            if (statement->failed()) {
                return statement->error();
            }
            statement->reset();
        }
        return changed;
    }

    Result<void> deleteProjectRows(const char* sql, ProjectId project)
    {
        Error error;
        auto remove = db.prepare(sql, &error);
        if (!remove) {
            return error;
        }
        remove->bind(1, project);
        return remove->run();
    }

    // What belonged to the remote the project was bound to: its queued changes, the requests
    // stored for it and the base of the last sync.
    Result<void> dropRemoteData(ProjectId project)
    {
        for (const char* sql :
            {"DELETE FROM outbox WHERE project_id = ?1", "DELETE FROM outbox_batches WHERE project_id = ?1",
                "DELETE FROM remote_state WHERE project_id = ?1"}) {
            if (auto result = deleteProjectRows(sql, project); !result) {
                return result;
            }
        }
        return {};
    }

    struct StoredBatch
    {
        qint64 id = 0;
        std::optional<OutboxBatch> batch;
    };

    // The project's stored batches in id order; one that fails to open has no batch.
    Result<std::vector<StoredBatch>> storedBatches(ProjectId project)
    {
        Error error;
        auto query = db.prepare("SELECT id, record FROM outbox_batches WHERE project_id = ?1 ORDER BY id", &error);
        if (!query) {
            return error;
        }
        query->bind(1, project);
        std::vector<StoredBatch> batches;
        while (query->next()) {
            StoredBatch stored;
            stored.id = query->int64(0);
            if (auto record = openWith(aead, *recordKeys, vaultId, project, kBatchKind, stored.id, query->blob(1))) {
                stored.batch = outboxBatchFrom(stored.id, *record);
            }
            batches.push_back(std::move(stored));
        }
        if (query->failed()) {
            return query->error();
        }
        return batches;
    }

    Result<bool> batchExists(ProjectId project, qint64 id)
    {
        Error error;
        auto query = db.prepare("SELECT 1 FROM outbox_batches WHERE id = ?1 AND project_id = ?2", &error);
        if (!query) {
            return error;
        }
        query->bind(1, id);
        query->bind(2, project);
        const bool found = query->next();
        if (query->failed()) {
            return query->error();
        }
        return found;
    }

    // Upserts the states inside the caller's transaction, in order (a later state of the same item
    // wins). A batch answer brings a thousand states at once, so the statements are prepared once,
    // the new rows take their ids in one allocation and the records are sealed in parallel.
    Result<void> putRemoteStates(ProjectId project, const QList<RemoteItemState>& states, qint64 now)
    {
        if (states.isEmpty()) {
            return {};
        }
        const auto count = static_cast<size_t>(states.size());
        std::vector<QByteArray> indexes(count);
        std::vector<RecordId> ids(count, 0);
        Error error;
        auto find = db.prepare("SELECT id, project_id FROM remote_state WHERE name_index = ?1", &error);
        if (!find) {
            return error;
        }
        QHash<QByteArray, size_t> firstWithIndex;
        std::vector<size_t> needIds;
        for (size_t i = 0; i < count; ++i) {
            indexes[i]
                = remoteIndex(project, states[static_cast<qsizetype>(i)].kind, states[static_cast<qsizetype>(i)].name);
            if (firstWithIndex.contains(indexes[i])) {
                continue; // the id is settled with the first state of this item
            }
            firstWithIndex.insert(indexes[i], i);
            find->bind(1, indexes[i]);
            if (find->next()) {
                ids[i] = find->int64(0);
                // The index names this project, so a row that says otherwise was tampered with.
                if (find->int64(1) != project) {
                    return damagedRecord(ids[i]);
                }
            } else if (find->failed()) {
                return find->error();
            } else {
                needIds.push_back(i);
            }
            find->reset();
        }
        find.reset();
        if (!needIds.empty()) {
            auto allocated = allocateIds(static_cast<qint64>(needIds.size()));
            if (!allocated) {
                return allocated.error();
            }
            RecordId next = allocated.value();
            for (const size_t i : needIds) {
                ids[i] = next++;
            }
        }
        for (size_t i = 0; i < count; ++i) {
            ids[i] = ids[firstWithIndex.value(indexes[i])];
        }

        std::vector<std::optional<QByteArray>> sealed(count);
        forEachInParallel(count, [&](Aead& rangeAead, SubkeyDeriver& keys, size_t begin, size_t end) {
            for (size_t i = begin; i < end; ++i) {
                auto record = rangeAead.seal(keys.derive(recordKeyInfo(vaultId, project, kRemoteStateKind, ids[i])),
                    RecordCodec::encode(remoteStateRecord(states[static_cast<qsizetype>(i)], now)));
                if (record) {
                    sealed[i] = std::move(record).value();
                }
            }
        });
        auto write = db.prepare("INSERT INTO remote_state (id, project_id, name_index, record) VALUES (?1, ?2, ?3, ?4) "
                                "ON CONFLICT (id) DO UPDATE SET record = excluded.record",
            &error);
        if (!write) {
            return error;
        }
        for (size_t i = 0; i < count; ++i) {
            if (!sealed[i]) {
                return makeError(ErrorCode::Internal, Vault::tr("Encrypting a record failed."));
            }
            write->bind(1, ids[i]);
            write->bind(2, project);
            write->bind(3, indexes[i]);
            write->bind(4, *sealed[i]);
            if (auto result = write->run(); !result) {
                return result;
            }
            write->reset();
        }
        return {};
    }

    // Creates or replaces a variable with the platform's value, recording the actor as its author.
    Result<void> putPulledVariable(ProjectId project, const PulledVariable& pulled, qint64 now)
    {
        auto row = findItem(project, kVariable, pulled.name);
        if (!row) {
            return row.error();
        }
        RecordCodec::Record record;
        if (row.value()) {
            auto existing = openNamed(*row.value(), kVariable, pulled.name);
            if (!existing) {
                return existing.error();
            }
            record = std::move(existing.value());
        } else {
            record.name = pulled.name;
            record.createdMs = now;
        }
        record.value = QCA::SecureArray(pulled.value.toUtf8());
        record.hasValue = true;
        record.includeInExport = pulled.includeInExport;
        record.updatedMs = now;
        record.updatedBy = actor.name;
        if (row.value()) {
            return updateItem(project, kVariable, row.value()->id, record);
        }
        auto inserted = insertItem(project, kVariable, record);
        if (!inserted) {
            return inserted.error();
        }
        return {};
    }

    // Every item of one kind in a project, in name order; damaged records come last with only their id.
    // Runs work(aead, keys, begin, end) over [0, count) split across the machine's cores, each
    // thread with its own crypto objects: sealing or opening a record costs a key derivation and
    // an AES-GCM pass through QCA, which dominates bulk reads and writes.
    template<typename Work>
    void forEachInParallel(size_t count, Work work)
    {
        constexpr size_t kRowsPerThread = 4096;
        const size_t threads
            = std::clamp<size_t>(count / kRowsPerThread, 1, static_cast<size_t>(qMax(1, QThread::idealThreadCount())));
        const size_t chunk = (count + threads - 1) / threads;
        std::vector<std::thread> workers;
        for (size_t t = 1; t < threads; ++t) {
            workers.emplace_back([&, t] {
                Aead threadAead;
                SubkeyDeriver threadKeys(recordPrk);
                work(threadAead, threadKeys, t * chunk, std::min(count, (t + 1) * chunk));
            });
        }
        work(aead, *recordKeys, 0, std::min(count, chunk));
        for (auto& worker : workers) {
            worker.join();
        }
    }

    template<typename Make>
    auto listItems(ProjectId project, quint8 kind, Make make)
        -> Result<QList<decltype(make(RecordId {}, RecordCodec::Record {}))>>
    {
        using Item = decltype(make(RecordId {}, RecordCodec::Record {}));
        if (auto projectRecord = requireProject(project); !projectRecord) {
            return projectRecord.error();
        }
        Error error;
        auto query = db.prepare("SELECT id, record FROM items WHERE project_id = ?1 AND kind = ?2", &error);
        if (!query) {
            return error;
        }
        query->bind(1, project);
        query->bind(2, kind);
        struct Sealed
        {
            RecordId id;
            QByteArray record;
        };
        std::vector<Sealed> rows;
        while (query->next()) {
            rows.push_back({query->int64(0), query->blob(1)});
        }
        if (query->failed()) {
            return query->error();
        }

        std::vector<std::optional<Item>> opened(rows.size());
        forEachInParallel(rows.size(), [&](Aead& rangeAead, SubkeyDeriver& keys, size_t begin, size_t end) {
            for (size_t i = begin; i < end; ++i) {
                if (auto record = openWith(rangeAead, keys, vaultId, project, kind, rows[i].id, rows[i].record)) {
                    opened[i] = make(rows[i].id, *record);
                }
            }
        });

        QList<Item> items;
        items.reserve(static_cast<qsizetype>(rows.size()));
        QList<Item> damaged;
        for (size_t i = 0; i < rows.size(); ++i) {
            if (opened[i]) {
                items.append(std::move(*opened[i]));
            } else {
                Item item;
                item.id = rows[i].id;
                item.projectId = project;
                item.damaged = true;
                damaged.append(item);
            }
        }
        std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.name < b.name; });
        items.append(damaged);
        return items;
    }
};

Vault::Vault(QObject* parent) : VaultSession(parent), d(std::make_unique<Private>())
{
    d->autoLockTimer.setSingleShot(true);
    d->autoLockTimer.setInterval(kDefaultAutoLockMinutes * 60 * 1000);
    d->db.setTransactionCheck([p = d.get()] { return p->checkKeyWrap(); });
    connect(&d->autoLockTimer, &QTimer::timeout, this, &Vault::lock);
}

Vault::~Vault()
{
    lock();
}

bool Vault::exists(const QString& path)
{
    return QFileInfo::exists(path);
}

QString Vault::defaultPath()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (folder.isEmpty()) {
        folder = QDir::home().filePath(QStringLiteral(".local/share"));
    }
    return QDir(folder).filePath(QStringLiteral("botvault/vault.db"));
}

Result<void> Vault::create(const QString& path, const QCA::SecureArray& password, const KdfParams& params)
{
    if (auto valid = params.validate(); !valid) {
        return valid;
    }
    if (QFileInfo::exists(path)) {
        return makeError(ErrorCode::AlreadyExists,
            Vault::tr("A file already exists at %1; BotVault will not overwrite it.").arg(path));
    }
    if (auto created = createOwnerOnlyFile(path); !created) {
        return created;
    }
    auto removeFiles = [&path] {
        for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
            QFile::remove(path + QLatin1String(suffix));
        }
    };

    auto kek = Argon2Kdf::deriveKey(password, params);
    if (!kek) {
        removeFiles();
        return kek.error();
    }
    const QByteArray vaultId = QCA::Random::randomArray(16).toByteArray();
    const QCA::SymmetricKey dataKey = KeyDerivation::randomKey(32);
    const QCA::SymmetricKey wrapKey
        = KeyDerivation::hkdf(kek.value(), vaultId, wrapInfo(kFormatVersion, vaultId, params));
    Aead aead;
    auto wrapped = aead.seal(wrapKey, dataKey);
    if (!wrapped) {
        removeFiles();
        return wrapped.error();
    }

    Result<void> result = [&]() -> Result<void> {
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
        Error error;
        auto meta = db.prepare(
            "INSERT INTO vault_meta (id, format_version, vault_id, next_record_id) VALUES (1, ?1, ?2, 1)", &error);
        if (!meta) {
            return error;
        }
        meta->bind(1, kFormatVersion);
        meta->bind(2, vaultId);
        if (auto inserted = meta->run(); !inserted) {
            return inserted;
        }
        auto wrap = db.prepare("INSERT INTO key_wrap (id, kdf, memory_kib, passes, lanes, salt, wrapped_key) "
                               "VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6)",
            &error);
        if (!wrap) {
            return error;
        }
        wrap->bindText(1, QLatin1String(kKdfName));
        wrap->bind(2, params.memoryKiB);
        wrap->bind(3, params.passes);
        wrap->bind(4, params.lanes);
        wrap->bind(5, params.salt);
        wrap->bind(6, wrapped.value());
        if (auto inserted = wrap->run(); !inserted) {
            return inserted;
        }
        if (auto committed = transaction.commit(); !committed) {
            return committed;
        }
        return db.checkpointTruncate();
    }();
    if (!result) {
        removeFiles();
    }
    return result;
}

Result<void> Vault::unlock(const QString& path, const QCA::SecureArray& password)
{
    lock();
    if (!QFileInfo::exists(path)) {
        return makeError(ErrorCode::NotFound, Vault::tr("There is no vault at %1.").arg(path));
    }
    auto fail = [this](Error error) -> Result<void> {
        d->db.close();
        return error;
    };
    const Error notAVault
        = makeError(ErrorCode::Damaged, Vault::tr("%1 is not a BotVault vault, or its header is damaged.").arg(path));
    {
        // Checked before SQLite opens the file, which would otherwise turn an empty file into a database.
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return makeError(
                ErrorCode::Io, Vault::tr("The vault file %1 could not be read: %2.").arg(path, file.errorString()));
        }
        if (file.read(16) != QByteArrayLiteral("SQLite format 3\0")) {
            return notAVault;
        }
    }
    if (auto opened = d->db.open(path, SqliteDatabase::OpenMode::ExistingOnly); !opened) {
        return fail(opened.error());
    }
    // Nothing is written (not even the journal mode) until the file has proven to be our vault.
    auto schema = VaultSchema::version(d->db);
    if (!schema) {
        return fail(schema.error());
    }
    if (schema.value() > VaultSchema::kCurrentVersion) {
        return fail(VaultSchema::migrate(d->db).error());
    }
    Error error;
    auto meta = d->db.prepare("SELECT format_version, vault_id FROM vault_meta WHERE id = 1", &error);
    if (!meta) {
        return fail(notAVault);
    }
    if (!meta->next()) {
        return fail(meta->failed() ? meta->error() : notAVault);
    }
    if (meta->int64(0) != kFormatVersion) {
        return fail(makeError(ErrorCode::Unsupported,
            Vault::tr("The vault uses format %1, which this BotVault cannot read.").arg(meta->int64(0))));
    }
    const QByteArray vaultId = meta->blob(1);
    meta.reset();

    auto wrap
        = d->db.prepare("SELECT kdf, memory_kib, passes, lanes, salt, wrapped_key FROM key_wrap WHERE id = 1", &error);
    if (!wrap || !wrap->next()) {
        return fail(wrap && wrap->failed() ? wrap->error() : notAVault);
    }
    // The stored parameters are untrusted until the wrapped key opens: bound them before use so a
    // tampered header cannot make the KDF allocate gigabytes.
    const auto inRange = [](qint64 value) { return value >= 0 && value <= 0xFFFFFFFFLL; };
    if (wrap->text(0) != QLatin1String(kKdfName) || !inRange(wrap->int64(1)) || !inRange(wrap->int64(2))
        || !inRange(wrap->int64(3))) {
        return fail(notAVault);
    }
    KdfParams params;
    params.memoryKiB = static_cast<quint32>(wrap->int64(1));
    params.passes = static_cast<quint32>(wrap->int64(2));
    params.lanes = static_cast<quint32>(wrap->int64(3));
    params.salt = wrap->blob(4);
    const QByteArray wrappedKey = wrap->blob(5);
    wrap.reset();
    if (auto valid = params.validate(); !valid) {
        return fail(makeError(ErrorCode::Damaged,
            Vault::tr("The vault's key parameters are out of range (%1); the file is damaged or was "
                      "tampered with.")
                .arg(valid.message())));
    }

    auto kek = Argon2Kdf::deriveKey(password, params);
    if (!kek) {
        return fail(kek.error());
    }
    const QCA::SymmetricKey wrapKey
        = KeyDerivation::hkdf(kek.value(), vaultId, wrapInfo(kFormatVersion, vaultId, params));
    auto dataKey = d->aead.open(wrapKey, wrappedKey);
    if (!dataKey || dataKey->size() != Aead::kKeySize) {
        return fail(makeError(ErrorCode::WrongPassword, Vault::tr("The master password is wrong.")));
    }

    if (auto configured = VaultSchema::configureConnection(d->db); !configured) {
        return fail(configured.error());
    }
    if (schema.value() < VaultSchema::kCurrentVersion) {
        SqliteDatabase::Transaction transaction(d->db);
        if (!transaction.begun()) {
            return fail(transaction.begun().error());
        }
        if (auto migrated = VaultSchema::migrate(d->db); !migrated) {
            return fail(migrated.error());
        }
        if (auto committed = transaction.commit(); !committed) {
            return fail(committed.error());
        }
    }

    d->path = path;
    d->vaultId = vaultId;
    d->kdf = params;
    d->dataKey = QCA::SymmetricKey(dataKey.value());
    d->wrappedKey = wrappedKey;
    dataKey->fill(0);
    d->deriveKeys();
    d->unlocked = true;
    if (d->autoLockTimer.interval() > 0) {
        d->autoLockTimer.start();
    }
    Q_EMIT lockedChanged(false);
    return {};
}

void Vault::lock()
{
    d->autoLockTimer.stop();
    const bool wasUnlocked = d->unlocked;
    d->unlocked = false;
    d->wipeKeys();
    if (d->db.isOpen()) {
        (void)d->db.checkpointTruncate();
        d->db.close();
    }
    if (wasUnlocked) {
        Q_EMIT lockedChanged(true);
    }
}

bool Vault::isUnlocked() const
{
    return d->unlocked;
}

QString Vault::path() const
{
    return d->path;
}

KdfParams Vault::kdfParams() const
{
    return d->kdf;
}

Result<void> Vault::changePassword(
    const QCA::SecureArray& newPassword, std::optional<KdfParams> params, DataKey dataKey)
{
    if (auto ready = d->ready(); !ready) {
        return ready;
    }
    KdfParams newParams = params.value_or(d->kdf);
    if (!params || newParams.salt == d->kdf.salt) {
        newParams.salt = KdfParams::defaults().salt;
    }
    if (auto valid = newParams.validate(); !valid) {
        return valid;
    }
    auto kek = Argon2Kdf::deriveKey(newPassword, newParams);
    if (!kek) {
        return kek.error();
    }
    const QCA::SymmetricKey wrapKey
        = KeyDerivation::hkdf(kek.value(), d->vaultId, wrapInfo(kFormatVersion, d->vaultId, newParams));
    const bool rotate = dataKey == DataKey::Rotate;
    const QCA::SymmetricKey newDataKey = rotate ? KeyDerivation::randomKey(Aead::kKeySize) : d->dataKey;
    if (newDataKey.size() != Aead::kKeySize) {
        return makeError(ErrorCode::Unsupported, Vault::tr("No secure random source for a new data key."));
    }
    auto wrapped = d->aead.seal(wrapKey, newDataKey);
    if (!wrapped) {
        return wrapped.error();
    }
    SqliteDatabase::Transaction transaction(d->db);
    if (!transaction.begun()) {
        return transaction.begun();
    }
    if (rotate) {
        if (auto reencrypted = VaultRekey::reencryptAll(d->db, kFormatVersion, d->vaultId, d->dataKey, newDataKey);
            !reencrypted) {
            return reencrypted.error();
        }
    }
    Error error;
    auto update = d->db.prepare(
        "UPDATE key_wrap SET kdf = ?1, memory_kib = ?2, passes = ?3, lanes = ?4, salt = ?5, wrapped_key = ?6 "
        "WHERE id = 1",
        &error);
    if (!update) {
        return error;
    }
    update->bindText(1, QLatin1String(kKdfName));
    update->bind(2, newParams.memoryKiB);
    update->bind(3, newParams.passes);
    update->bind(4, newParams.lanes);
    update->bind(5, newParams.salt);
    update->bind(6, wrapped.value());
    if (auto result = update->run(); !result) {
        return result;
    }
    if (auto result = transaction.commit(); !result) {
        return result;
    }
    d->kdf = newParams;
    d->wrappedKey = wrapped.value();
    if (rotate) {
        d->wipeKeys();
        d->dataKey = newDataKey;
        d->deriveKeys();
    }
    // Moves the re-encrypted pages into the database file, whose old ones secure_delete overwrote.
    return d->db.checkpointTruncate();
}

void Vault::setAutoLockTimeout(int milliseconds)
{
    d->autoLockTimer.setInterval(qMax(0, milliseconds));
    if (milliseconds > 0 && d->unlocked) {
        d->autoLockTimer.start();
    } else {
        d->autoLockTimer.stop();
    }
}

void Vault::noteActivity()
{
    if (d->unlocked && d->autoLockTimer.interval() > 0) {
        d->autoLockTimer.start();
    }
}

int Vault::autoLockTimeout() const
{
    return d->autoLockTimer.interval();
}

void Vault::setActor(const Actor& actor)
{
    d->actor = actor;
}

Actor Vault::actor() const
{
    return d->actor;
}

void Vault::setAccessPolicy(const AccessPolicy& policy)
{
    d->policy = policy;
}

AccessPolicy Vault::accessPolicy() const
{
    return d->policy;
}

Result<QList<Project>> Vault::projects() const
{
    if (auto ready = d->ready(); !ready) {
        return ready.error();
    }
    Error error;
    auto query = d->db.prepare("SELECT id, record FROM projects", &error);
    if (!query) {
        return error;
    }
    QList<Project> projects;
    QList<Project> damaged;
    while (query->next()) {
        const ProjectId id = query->int64(0);
        if (auto record = d->open(0, kProjectKind, id, query->blob(1))) {
            projects.append(projectFromRecord(id, record.value()));
        } else {
            Project project;
            project.id = id;
            project.damaged = true;
            damaged.append(project);
        }
    }
    if (query->failed()) {
        return query->error();
    }
    std::sort(projects.begin(), projects.end(),
        [](const Project& a, const Project& b) { return a.name.localeAwareCompare(b.name) < 0; });
    projects.append(damaged);
    return projects;
}

Result<Project> Vault::projectByName(const QString& name) const
{
    if (auto ready = d->ready(); !ready) {
        return ready.error();
    }
    const QString normalized = normalizedProjectName(name);
    Error error;
    auto query = d->db.prepare("SELECT id, record FROM projects WHERE name_index = ?1", &error);
    if (!query) {
        return error;
    }
    query->bind(1, d->nameIndex(0, kProjectKind, normalized));
    if (!query->next()) {
        if (query->failed()) {
            return query->error();
        }
        return makeError(ErrorCode::NotFound, Vault::tr("There is no project named '%1'.").arg(name));
    }
    const ProjectId id = query->int64(0);
    auto record = d->open(0, kProjectKind, id, query->blob(1));
    if (!record) {
        return record.error();
    }
    if (record->name != normalized) {
        return damagedRecord(id);
    }
    return projectFromRecord(id, record.value());
}

Result<Project> Vault::addProject(const QString& name)
{
    if (auto ready = d->ready(); !ready) {
        return ready.error();
    }
    if (auto valid = NameRules::validateProjectName(name); !valid) {
        return valid.error();
    }
    SqliteDatabase::Transaction transaction(d->db);
    if (!transaction.begun()) {
        return transaction.begun().error();
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    RecordCodec::Record record;
    record.name = normalizedProjectName(name);
    record.createdMs = now;
    record.updatedMs = now;
    record.updatedBy = d->actor.name;
    auto id = d->insertProject(name, record);
    if (!id) {
        return id.error();
    }
    if (auto result = transaction.commit(); !result) {
        return result.error();
    }
    Q_EMIT projectsChanged();
    return projectFromRecord(id.value(), record);
}

Result<void> Vault::renameProject(ProjectId id, const QString& newName)
{
    if (auto ready = d->ready(); !ready) {
        return ready;
    }
    if (auto valid = NameRules::validateProjectName(newName); !valid) {
        return valid;
    }
    const QString normalized = normalizedProjectName(newName);
    const QByteArray index = d->nameIndex(0, kProjectKind, normalized);
    SqliteDatabase::Transaction transaction(d->db);
    if (!transaction.begun()) {
        return transaction.begun();
    }
    auto record = d->requireProject(id);
    if (!record) {
        return record.error();
    }
    if (record->name == normalized) {
        return {};
    }
    auto taken = d->db.prepare("SELECT 1 FROM projects WHERE name_index = ?1");
    taken->bind(1, index);
    if (taken->next()) {
        return makeError(ErrorCode::AlreadyExists, Vault::tr("A project named '%1' already exists.").arg(newName));
    }
    taken.reset();
    record->name = normalized;
    record->updatedMs = QDateTime::currentMSecsSinceEpoch();
    record->updatedBy = d->actor.name;
    if (auto result = d->updateProject(id, record.value()); !result) {
        return result;
    }
    if (auto result = transaction.commit(); !result) {
        return result;
    }
    Q_EMIT projectsChanged();
    return {};
}

Result<void> Vault::removeProject(ProjectId id)
{
    if (auto ready = d->ready(); !ready) {
        return ready;
    }
    SqliteDatabase::Transaction transaction(d->db);
    if (!transaction.begun()) {
        return transaction.begun();
    }
    auto row = d->findProjectRow(id);
    if (!row) {
        return row.error();
    }
    if (!row.value()) {
        return makeError(ErrorCode::NotFound, Vault::tr("The project no longer exists."));
    }
    Error error;
    // Counted from the rows, not the records, so a damaged project's secrets count too.
    auto secrets = d->db.prepare("SELECT count(*) FROM items WHERE project_id = ?1 AND kind = ?2", &error);
    if (!secrets) {
        return error;
    }
    secrets->bind(1, id);
    secrets->bind(2, kSecret);
    const int secretCount = secrets->next() ? static_cast<int>(secrets->int64(0)) : 0;
    if (secrets->failed()) {
        return secrets->error();
    }
    secrets.reset();
    if (!d->policy.canRemoveProject(d->actor, secretCount)) {
        auto record = d->open(0, kProjectKind, id, row.value()->record);
        return d->policy.checkRemoveProject(d->actor, record ? record->name : QString(), secretCount);
    }
    auto remove = d->db.prepare("DELETE FROM projects WHERE id = ?1", &error);
    if (!remove) {
        return error;
    }
    remove->bind(1, id);
    if (auto result = remove->run(); !result) {
        return result;
    }
    if (auto result = transaction.commit(); !result) {
        return result;
    }
    Q_EMIT projectsChanged();
    return d->db.checkpointTruncate();
}

Result<Vault::ProjectCounts> Vault::projectCounts(ProjectId id) const
{
    if (auto ready = d->ready(); !ready) {
        return ready.error();
    }
    Error error;
    auto query = d->db.prepare("SELECT kind, count(*) FROM items WHERE project_id = ?1 GROUP BY kind", &error);
    if (!query) {
        return error;
    }
    query->bind(1, id);
    ProjectCounts counts;
    while (query->next()) {
        (query->int64(0) == kSecret ? counts.secrets : counts.variables) = static_cast<int>(query->int64(1));
    }
    if (query->failed()) {
        return query->error();
    }
    return counts;
}

Result<void> Vault::setProjectSourceFolder(ProjectId id, const QString& folder)
{
    if (auto ready = d->ready(); !ready) {
        return ready;
    }
    const QString cleaned = folder.isEmpty() ? QString() : QDir::cleanPath(QDir(folder).absolutePath());
    SqliteDatabase::Transaction transaction(d->db);
    if (!transaction.begun()) {
        return transaction.begun();
    }
    auto record = d->requireProject(id);
    if (!record) {
        return record.error();
    }
    if (record->sourceFolder == cleaned) {
        return {};
    }
    record->sourceFolder = cleaned;
    record->updatedMs = QDateTime::currentMSecsSinceEpoch();
    record->updatedBy = d->actor.name;
    if (auto result = d->updateProject(id, record.value()); !result) {
        return result;
    }
    if (auto result = transaction.commit(); !result) {
        return result;
    }
    Q_EMIT projectsChanged();
    return {};
}

Result<ProjectId> Vault::applyImport(const ProjectImport& import)
{
    if (auto ready = d->ready(); !ready) {
        return ready.error();
    }
    if (import.into == 0) {
        if (auto valid = NameRules::validateProjectName(import.newProjectName); !valid) {
            return valid.error();
        }
    }
    QSet<QByteArray> seen;
    seen.reserve(import.items.size());
    bool anySecret = false;
    for (const ImportItem& item : import.items) {
        if (auto valid = NameRules::validate(item.name); !valid) {
            return valid.error();
        }
        const qsizetype size = item.kind == ItemKind::Secret ? item.secretValue.size() : item.value.toUtf8().size();
        if (size > kMaxValueBytes) {
            return makeError(ErrorCode::InvalidInput,
                Vault::tr("The value of '%1' is %2 bytes long; the limit is %3 bytes (64 KiB).")
                    .arg(item.name)
                    .arg(size)
                    .arg(kMaxValueBytes));
        }
        if (item.kind == ItemKind::Secret) {
            anySecret = true;
            if (auto checked = checkSecretValue(item.name, item.secretValue); !checked) {
                return checked.error();
            }
        }
        const auto kind = static_cast<quint8>(item.kind);
        // Hashed with project 0: only duplicates within this import matter here.
        const QByteArray key = d->nameIndex(0, kind, item.name);
        if (seen.contains(key)) {
            return makeError(ErrorCode::AlreadyExists,
                Vault::tr("The %1 '%2' appears more than once.").arg(kindName(kind), item.name));
        }
        seen.insert(key);
    }
    for (const QString& name : import.declaredSecrets) {
        if (auto valid = NameRules::validate(name); !valid) {
            return valid.error();
        }
    }
    if (anySecret) {
        if (auto allowed = d->policy.checkManageSecrets(d->actor); !allowed) {
            return allowed.error();
        }
    }

    SqliteDatabase::Transaction transaction(d->db);
    if (!transaction.begun()) {
        return transaction.begun().error();
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    ProjectId project = import.into;
    RecordCodec::Record projectRecord;
    if (project == 0) {
        projectRecord.name = normalizedProjectName(import.newProjectName);
        projectRecord.createdMs = now;
        projectRecord.updatedMs = now;
        projectRecord.updatedBy = d->actor.name;
        projectRecord.sourceFolder = import.sourceFolder.value_or(QString());
        projectRecord.declaredSecrets = import.declaredSecrets;
        projectRecord.declaredSecrets.removeDuplicates();
        auto id = d->insertProject(import.newProjectName, projectRecord);
        if (!id) {
            return id.error();
        }
        project = id.value();
    } else {
        auto existing = d->requireProject(project);
        if (!existing) {
            return existing.error();
        }
        projectRecord = std::move(existing.value());
        if (import.sourceFolder) {
            projectRecord.sourceFolder = *import.sourceFolder;
        }
        projectRecord.declaredSecrets += import.declaredSecrets;
        projectRecord.declaredSecrets.removeDuplicates();
        projectRecord.updatedMs = now;
        projectRecord.updatedBy = d->actor.name;
        if (auto result = d->updateProject(project, projectRecord); !result) {
            return result.error();
        }
    }

    // Existing items keep their row and creation time; in a new project nothing can exist yet.
    Error error;
    auto find = d->db.prepare("SELECT id, record, project_id, kind FROM items WHERE name_index = ?1", &error);
    if (!find) {
        return error;
    }
    const size_t count = static_cast<size_t>(import.items.size());
    std::vector<RecordCodec::Record> records(count);
    std::vector<RecordId> ids(count, 0);
    std::vector<QByteArray> nameIndexes(count);
    std::vector<bool> replaces(count, false);
    qint64 added = 0;
    for (size_t i = 0; i < count; ++i) {
        const ImportItem& item = import.items.at(static_cast<qsizetype>(i));
        const auto kind = static_cast<quint8>(item.kind);
        nameIndexes[i] = d->nameIndex(project, kind, item.name);
        RecordCodec::Record& record = records[i];
        if (import.into != 0) {
            find->bind(1, nameIndexes[i]);
            if (find->next()) {
                const Private::Row row {find->int64(0), project, find->blob(1)};
                if (find->int64(2) != project || find->int64(3) != kind) {
                    return damagedRecord(row.id);
                }
                auto existing = d->openNamed(row, kind, item.name);
                if (!existing) {
                    return existing.error();
                }
                record = std::move(existing.value());
                ids[i] = row.id;
                replaces[i] = true;
            } else if (find->failed()) {
                return find->error();
            }
            find->reset();
        }
        if (!replaces[i]) {
            record.name = item.name;
            record.createdMs = now;
            ++added;
        }
        record.value = item.kind == ItemKind::Secret ? item.secretValue.bytes() : QCA::SecureArray(item.value.toUtf8());
        record.hasValue = true;
        record.includeInExport = item.kind == ItemKind::Variable && item.includeInExport;
        record.updatedMs = now;
        record.updatedBy = d->actor.name;
    }
    find.reset();
    auto firstId = d->allocateIds(added);
    if (!firstId) {
        return firstId.error();
    }
    RecordId nextId = firstId.value();
    for (size_t i = 0; i < count; ++i) {
        if (!replaces[i]) {
            ids[i] = nextId++;
        }
    }
    // A bound project queues one put per item, in the items' order. The entries are built and
    // sealed in the same parallel pass as the items, so they add no serial crypto work.
    const bool bound = projectRecord.remoteProjectId != 0 && count > 0;
    qint64 firstOutboxId = 0;
    QByteArray idempotencyRandom;
    if (bound) {
        auto outboxIds = d->allocateIds(static_cast<qint64>(count));
        if (!outboxIds) {
            return outboxIds.error();
        }
        firstOutboxId = outboxIds.value();
        idempotencyRandom = QCA::Random::randomArray(static_cast<int>(count * 16)).toByteArray();
    }

    std::vector<std::optional<QByteArray>> sealed(count);
    std::vector<std::optional<QByteArray>> sealedOutbox(bound ? count : 0);
    d->forEachInParallel(count, [&](Aead& rangeAead, SubkeyDeriver& keys, size_t begin, size_t end) {
        for (size_t i = begin; i < end; ++i) {
            const ImportItem& item = import.items.at(static_cast<qsizetype>(i));
            const auto kind = static_cast<quint8>(item.kind);
            auto result = rangeAead.seal(keys.derive(Private::recordKeyInfo(d->vaultId, project, kind, ids[i])),
                RecordCodec::encode(records[i]));
            if (result) {
                sealed[i] = std::move(result.value());
            }
            if (!bound) {
                continue;
            }
            const RecordCodec::Record entry = outboxRecord(kind, item.name, OutboxEntry::Op::Put, &records[i],
                idempotencyKeyFrom(idempotencyRandom.constData() + i * 16), now, records[i].updatedBy);
            const qint64 entryId = firstOutboxId + static_cast<qint64>(i);
            auto entrySealed
                = rangeAead.seal(keys.derive(Private::recordKeyInfo(d->vaultId, project, kOutboxKind, entryId)),
                    RecordCodec::encode(entry));
            if (entrySealed) {
                sealedOutbox[i] = std::move(entrySealed.value());
            }
        }
    });

    auto insert = d->db.prepare(
        "INSERT INTO items (id, project_id, kind, name_index, fold_index, record) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        &error);
    auto update = d->db.prepare("UPDATE items SET record = ?2 WHERE id = ?1", &error);
    if (!insert || !update) {
        return error;
    }
    for (size_t i = 0; i < count; ++i) {
        if (!sealed[i]) {
            return makeError(ErrorCode::Internal, Vault::tr("Encrypting a record failed."));
        }
        const ImportItem& item = import.items.at(static_cast<qsizetype>(i));
        if (replaces[i]) {
            update->bind(1, ids[i]);
            update->bind(2, *sealed[i]);
            if (auto result = update->run(); !result) {
                return result.error();
            }
            update->reset();
            continue;
        }
        const auto kind = static_cast<quint8>(item.kind);
        insert->bind(1, ids[i]);
        insert->bind(2, project);
        insert->bind(3, kind);
        insert->bind(4, nameIndexes[i]);
        insert->bind(5, d->foldIndex(project, kind, item.name));
        insert->bind(6, *sealed[i]);
        if (auto result = insert->run(); !result) {
            return result.error();
        }
        insert->reset();
    }
    update.reset();
    insert.reset();
    if (bound) {
        auto queue = d->db.prepare("INSERT INTO outbox (id, project_id, record) VALUES (?1, ?2, ?3)", &error);
        if (!queue) {
            return error;
        }
        for (size_t i = 0; i < count; ++i) {
            if (!sealedOutbox[i]) {
                return makeError(ErrorCode::Internal, Vault::tr("Encrypting a record failed."));
            }
            queue->bind(1, firstOutboxId + static_cast<qint64>(i));
            queue->bind(2, project);
            queue->bind(3, *sealedOutbox[i]);
            if (auto result = queue->run(); !result) {
                return result.error();
            }
            queue->reset();
        }
    }
    if (auto result = transaction.commit(); !result) {
        return result.error();
    }
    Q_EMIT projectsChanged();
    Q_EMIT itemsReset(project);
    if (bound) {
        Q_EMIT outboxChanged(project);
    }
    return project;
}

Result<QList<SecretSummary>> Vault::secrets(ProjectId project) const
{
    if (auto ready = d->ready(); !ready) {
        return ready.error();
    }
    return d->listItems(project, kSecret,
        [project](RecordId id, const RecordCodec::Record& record) { return secretSummary(id, project, record); });
}

Result<Vault::WriteOutcome> Vault::setSecret(ProjectId project, const QString& name, const QCA::SecureArray& value)
{
    return setSecret(project, name, SecretValue(value));
}

Result<Vault::WriteOutcome> Vault::setSecret(
    ProjectId project, const QString& name, const SecretValue& value, WriteMode mode)
{
    if (auto ready = d->ready(); !ready) {
        return ready.error();
    }
    if (auto allowed = d->policy.checkManageSecrets(d->actor); !allowed) {
        return allowed.error();
    }
    if (auto valid = checkSecretValue(name, value); !valid) {
        return valid.error();
    }
    RecordCodec::Record saved;
    auto outcome = d->upsertItem(
        project, kSecret, name, mode,
        [&value](RecordCodec::Record& record, bool) {
            record.value = value.bytes();
            record.hasValue = true;
        },
        &saved);
    // Taken before any signal: a slot that calls back into the vault starts a new call.
    const bool queued = std::exchange(d->queued, false);
    if (outcome) {
        Q_EMIT secretSaved(project, secretSummary(outcome->id, project, saved));
    }
    if (queued && outcome) {
        Q_EMIT outboxChanged(project);
    }
    return outcome;
}

Result<Vault::WriteOutcome> Vault::editSecret(
    ProjectId project, const QString& name, const QString& newName, const std::optional<SecretValue>& newValue)
{
    if (auto ready = d->ready(); !ready) {
        return ready.error();
    }
    if (auto allowed = d->policy.checkManageSecrets(d->actor); !allowed) {
        return allowed.error();
    }
    if (newValue) {
        if (auto valid = checkSecretValue(newName, *newValue); !valid) {
            return valid.error();
        }
    }
    RecordCodec::Record saved;
    auto outcome = d->editItem(
        project, kSecret, name, newName,
        [&newValue](RecordCodec::Record& record) {
            if (newValue) {
                record.value = newValue->bytes();
                record.hasValue = true;
            }
        },
        &saved);
    // Taken before any signal: a slot that calls back into the vault starts a new call.
    const bool queued = std::exchange(d->queued, false);
    if (outcome) {
        Q_EMIT secretSaved(project, secretSummary(outcome->id, project, saved));
    }
    if (queued && outcome) {
        Q_EMIT outboxChanged(project);
    }
    return outcome;
}

Result<Vault::WriteOutcome> Vault::renameSecret(ProjectId project, const QString& name, const QString& newName)
{
    return editSecret(project, name, newName, std::nullopt);
}

Result<void> Vault::removeSecret(ProjectId project, const QString& name)
{
    if (auto ready = d->ready(); !ready) {
        return ready;
    }
    if (auto allowed = d->policy.checkManageSecrets(d->actor); !allowed) {
        return allowed;
    }
    RecordId removed = 0;
    auto result = d->removeItem(project, kSecret, name, &removed);
    // Taken before any signal: a slot that calls back into the vault starts a new call.
    const bool queued = std::exchange(d->queued, false);
    if (removed != 0) {
        Q_EMIT secretRemoved(project, removed);
    }
    if (queued && removed != 0) {
        Q_EMIT outboxChanged(project);
    }
    return result;
}

Result<QCA::SecureArray> Vault::secretValue(ProjectId project, const QString& name) const
{
    if (auto ready = d->ready(); !ready) {
        return ready.error();
    }
    auto item = d->readItem(project, kSecret, name);
    if (!item) {
        return item.error();
    }
    return item->record.value;
}

Result<QList<Variable>> Vault::variables(ProjectId project) const
{
    if (auto ready = d->ready(); !ready) {
        return ready.error();
    }
    return d->listItems(project, kVariable,
        [project](RecordId id, const RecordCodec::Record& record) { return variableFrom(id, project, record); });
}

Result<Variable> Vault::variable(ProjectId project, const QString& name) const
{
    if (auto ready = d->ready(); !ready) {
        return ready.error();
    }
    auto item = d->readItem(project, kVariable, name);
    if (!item) {
        return item.error();
    }
    return variableFrom(item->id, project, item->record);
}

Result<Vault::WriteOutcome> Vault::setVariable(
    ProjectId project, const QString& name, const QString& value, std::optional<bool> includeInExport, WriteMode mode)
{
    if (auto ready = d->ready(); !ready) {
        return ready.error();
    }
    const QByteArray utf8 = value.toUtf8();
    if (utf8.size() > kMaxValueBytes) {
        return valueTooLarge(utf8.size());
    }
    RecordCodec::Record saved;
    auto outcome = d->upsertItem(
        project, kVariable, name, mode,
        [&utf8, includeInExport](RecordCodec::Record& record, bool created) {
            record.value = QCA::SecureArray(utf8);
            record.hasValue = true;
            if (includeInExport) {
                record.includeInExport = *includeInExport;
            } else if (created) {
                record.includeInExport = false;
            }
        },
        &saved);
    // Taken before any signal: a slot that calls back into the vault starts a new call.
    const bool queued = std::exchange(d->queued, false);
    if (outcome) {
        Q_EMIT variableSaved(project, variableFrom(outcome->id, project, saved));
    }
    if (queued && outcome) {
        Q_EMIT outboxChanged(project);
    }
    return outcome;
}

Result<Vault::WriteOutcome> Vault::editVariable(
    ProjectId project, const QString& name, const QString& newName, const QString& value, bool includeInExport)
{
    if (auto ready = d->ready(); !ready) {
        return ready.error();
    }
    const QByteArray utf8 = value.toUtf8();
    if (utf8.size() > kMaxValueBytes) {
        return valueTooLarge(utf8.size());
    }
    RecordCodec::Record saved;
    auto outcome = d->editItem(
        project, kVariable, name, newName,
        [&utf8, includeInExport](RecordCodec::Record& record) {
            record.value = QCA::SecureArray(utf8);
            record.hasValue = true;
            record.includeInExport = includeInExport;
        },
        &saved);
    // Taken before any signal: a slot that calls back into the vault starts a new call.
    const bool queued = std::exchange(d->queued, false);
    if (outcome) {
        Q_EMIT variableSaved(project, variableFrom(outcome->id, project, saved));
    }
    if (queued && outcome) {
        Q_EMIT outboxChanged(project);
    }
    return outcome;
}

Result<Vault::WriteOutcome> Vault::renameVariable(ProjectId project, const QString& name, const QString& newName)
{
    if (auto ready = d->ready(); !ready) {
        return ready.error();
    }
    RecordCodec::Record saved;
    auto outcome = d->editItem(
        project, kVariable, name, newName, [](RecordCodec::Record&) {}, &saved);
    // Taken before any signal: a slot that calls back into the vault starts a new call.
    const bool queued = std::exchange(d->queued, false);
    if (outcome) {
        Q_EMIT variableSaved(project, variableFrom(outcome->id, project, saved));
    }
    if (queued && outcome) {
        Q_EMIT outboxChanged(project);
    }
    return outcome;
}

Result<void> Vault::setVariableIncludeInExport(ProjectId project, const QString& name, bool include)
{
    if (auto ready = d->ready(); !ready) {
        return ready;
    }
    SqliteDatabase::Transaction transaction(d->db);
    if (!transaction.begun()) {
        return transaction.begun();
    }
    auto item = d->readItem(project, kVariable, name);
    if (!item) {
        return item.error();
    }
    item->record.includeInExport = include;
    item->record.updatedMs = QDateTime::currentMSecsSinceEpoch();
    item->record.updatedBy = d->actor.name;
    if (auto result = d->updateItem(project, kVariable, item->id, item->record); !result) {
        return result;
    }
    if (auto result = d->queueChange(project, item->projectBound, kVariable, name, OutboxEntry::Op::Put, &item->record);
        !result) {
        return result;
    }
    if (auto result = transaction.commit(); !result) {
        return result;
    }
    const bool queued = std::exchange(d->queued, false);
    Q_EMIT variableSaved(project, variableFrom(item->id, project, item->record));
    if (queued) {
        Q_EMIT outboxChanged(project);
    }
    return {};
}

Result<void> Vault::removeVariable(ProjectId project, const QString& name)
{
    if (auto ready = d->ready(); !ready) {
        return ready;
    }
    RecordId removed = 0;
    auto result = d->removeItem(project, kVariable, name, &removed);
    // Taken before any signal: a slot that calls back into the vault starts a new call.
    const bool queued = std::exchange(d->queued, false);
    if (removed != 0) {
        Q_EMIT variableRemoved(project, removed);
    }
    if (queued && removed != 0) {
        Q_EMIT outboxChanged(project);
    }
    return result;
}

Result<void> Vault::importItems(ProjectId project, const QList<NewItem>& items)
{
    if (auto ready = d->ready(); !ready) {
        return ready;
    }
    QSet<QByteArray> seen;
    seen.reserve(items.size());
    QList<QByteArray> indexes;
    indexes.reserve(items.size());
    bool anySecret = false;
    for (const NewItem& item : items) {
        if (auto valid = NameRules::validate(item.name); !valid) {
            return valid;
        }
        if (item.value.size() > kMaxValueBytes) {
            return makeError(ErrorCode::InvalidInput,
                Vault::tr("The value of '%1' is %2 bytes long; the limit is %3 bytes (64 KiB).")
                    .arg(item.name)
                    .arg(item.value.size())
                    .arg(kMaxValueBytes));
        }
        const auto kind = static_cast<quint8>(item.kind);
        anySecret = anySecret || item.kind == ItemKind::Secret;
        indexes.append(d->nameIndex(project, kind, item.name));
        if (seen.contains(indexes.last())) {
            return makeError(ErrorCode::AlreadyExists,
                Vault::tr("The %1 '%2' appears more than once.").arg(kindName(kind), item.name));
        }
        seen.insert(indexes.last());
    }
    if (anySecret) {
        if (auto allowed = d->policy.checkManageSecrets(d->actor); !allowed) {
            return allowed;
        }
    }
    SqliteDatabase::Transaction transaction(d->db);
    if (!transaction.begun()) {
        return transaction.begun();
    }
    auto projectRecord = d->requireProject(project);
    if (!projectRecord) {
        return projectRecord.error();
    }
    auto firstId = d->allocateIds(items.size());
    if (!firstId) {
        return firstId.error();
    }
    Error error;
    auto insert = d->db.prepare(
        "INSERT INTO items (id, project_id, kind, name_index, fold_index, record) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        &error);
    auto exists = d->db.prepare("SELECT 1 FROM items WHERE name_index = ?1", &error);
    if (!insert || !exists) {
        return error;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    RecordId id = firstId.value();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const NewItem& item = items.at(i);
        const auto kind = static_cast<quint8>(item.kind);
        const QByteArray& index = indexes.at(i);
        exists->bind(1, index);
        if (exists->next()) {
            return makeError(ErrorCode::AlreadyExists,
                Vault::tr("Project '%1' already has a %2 named '%3'.")
                    .arg(projectRecord->name, kindName(kind), item.name));
        }
        exists->reset();
        RecordCodec::Record record;
        record.name = item.name;
        record.value = item.value;
        record.hasValue = true;
        record.includeInExport = item.kind == ItemKind::Variable && item.includeInExport;
        record.createdMs = now;
        record.updatedMs = now;
        record.updatedBy = d->actor.name;
        auto sealed = d->seal(project, kind, id, record);
        if (!sealed) {
            return sealed.error();
        }
        insert->bind(1, id);
        insert->bind(2, project);
        insert->bind(3, kind);
        insert->bind(4, index);
        insert->bind(5, d->foldIndex(project, kind, item.name));
        insert->bind(6, sealed.value());
        if (auto result = insert->run(); !result) {
            return result;
        }
        insert->reset();
        ++id;
        if (auto result = d->queueChange(
                project, projectRecord->remoteProjectId != 0, kind, item.name, OutboxEntry::Op::Put, &record);
            !result) {
            return result;
        }
    }
    if (auto result = transaction.commit(); !result) {
        return result;
    }
    const bool queued = std::exchange(d->queued, false);
    Q_EMIT itemsReset(project);
    if (queued) {
        Q_EMIT outboxChanged(project);
    }
    return {};
}

Result<void> Vault::setRemoteBinding(
    ProjectId project, const QString& url, qint64 remoteProjectId, const QCA::SecureArray& token)
{
    if (auto ready = d->ready(); !ready) {
        return ready;
    }
    auto cleanUrl = checkRemoteUrl(url);
    if (!cleanUrl) {
        return cleanUrl.error();
    }
    if (remoteProjectId < 1 || remoteProjectId > kMaxRemoteId) {
        return makeError(ErrorCode::InvalidInput,
            Vault::tr("The remote project id must be a whole number from 1 to %1; check the id shown by the "
                      "platform.")
                .arg(kMaxRemoteId));
    }
    // The token goes into an Authorization header: printable ASCII only, so it cannot split it.
    const auto printable = [&token] {
        for (int i = 0; i < token.size(); ++i) {
            const auto byte = static_cast<unsigned char>(token.constData()[i]);
            if (byte < 0x21 || byte > 0x7e) {
                return false;
            }
        }
        return true;
    };
    if (token.isEmpty() || token.size() > kMaxTokenBytes || !printable()) {
        return makeError(ErrorCode::InvalidInput,
            Vault::tr("The API token must be 1 to %1 printable characters without spaces; copy it again from "
                      "the platform.")
                .arg(kMaxTokenBytes));
    }
    SqliteDatabase::Transaction transaction(d->db);
    if (!transaction.begun()) {
        return transaction.begun();
    }
    auto record = d->requireProject(project);
    if (!record) {
        return record.error();
    }
    const bool rebound = record->remoteProjectId != 0
        && (record->remoteUrl != cleanUrl.value() || record->remoteProjectId != remoteProjectId);
    const bool changed = record->remoteUrl != cleanUrl.value() || record->remoteProjectId != remoteProjectId;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (changed) {
        record->remoteUrl = cleanUrl.value();
        record->remoteProjectId = remoteProjectId;
        record->updatedMs = now;
        record->updatedBy = d->actor.name;
        if (auto result = d->updateProject(project, record.value()); !result) {
            return result;
        }
    }
    Error error;
    if (rebound) {
        // The queued changes, stored requests and remote states belong to the other remote
        // project; the engine compares the whole project with the new one on its first publish.
        if (auto result = d->dropRemoteData(project); !result) {
            return result;
        }
    }
    // The credential record also names the URL it belongs to, so remoteToken() hands the token out
    // only for that address.
    RecordCodec::Record credential;
    credential.name = QStringLiteral("token");
    credential.value = token;
    credential.hasValue = true;
    credential.remoteUrl = cleanUrl.value();
    credential.createdMs = now;
    credential.updatedMs = now;
    credential.updatedBy = d->actor.name;
    auto existing = d->db.prepare("SELECT id FROM credentials WHERE project_id = ?1", &error);
    if (!existing) {
        return error;
    }
    existing->bind(1, project);
    RecordId credentialId = 0;
    if (existing->next()) {
        credentialId = existing->int64(0);
    } else if (existing->failed()) {
        return existing->error();
    }
    existing.reset();
    if (credentialId == 0) {
        auto id = d->allocateIds(1);
        if (!id) {
            return id.error();
        }
        credentialId = id.value();
    }
    auto sealed = d->seal(project, kCredentialKind, credentialId, credential);
    if (!sealed) {
        return sealed.error();
    }
    auto write = d->db.prepare("INSERT INTO credentials (id, project_id, record) VALUES (?1, ?2, ?3) "
                               "ON CONFLICT (id) DO UPDATE SET record = excluded.record",
        &error);
    if (!write) {
        return error;
    }
    write->bind(1, credentialId);
    write->bind(2, project);
    write->bind(3, sealed.value());
    if (auto result = write->run(); !result) {
        return result;
    }
    if (auto result = transaction.commit(); !result) {
        return result;
    }
    if (changed) {
        Q_EMIT projectsChanged();
    }
    if (rebound) {
        Q_EMIT outboxChanged(project);
    }
    return d->db.checkpointTruncate();
}

Result<void> Vault::clearRemoteBinding(ProjectId project)
{
    if (auto ready = d->ready(); !ready) {
        return ready;
    }
    SqliteDatabase::Transaction transaction(d->db);
    if (!transaction.begun()) {
        return transaction.begun();
    }
    auto record = d->requireProject(project);
    if (!record) {
        return record.error();
    }
    Error error;
    auto hasCredential = d->db.prepare("SELECT 1 FROM credentials WHERE project_id = ?1", &error);
    if (!hasCredential) {
        return error;
    }
    hasCredential->bind(1, project);
    const bool credentialStored = hasCredential->next();
    hasCredential.reset();
    if (record->remoteProjectId == 0 && record->remoteUrl.isEmpty() && !credentialStored) {
        return {};
    }
    record->remoteUrl.clear();
    record->remoteProjectId = 0;
    record->updatedMs = QDateTime::currentMSecsSinceEpoch();
    record->updatedBy = d->actor.name;
    if (auto result = d->updateProject(project, record.value()); !result) {
        return result;
    }
    if (auto result = d->deleteProjectRows("DELETE FROM credentials WHERE project_id = ?1", project); !result) {
        return result;
    }
    if (auto result = d->dropRemoteData(project); !result) {
        return result;
    }
    if (auto result = transaction.commit(); !result) {
        return result;
    }
    Q_EMIT projectsChanged();
    Q_EMIT outboxChanged(project);
    return d->db.checkpointTruncate();
}

Result<SecretValue> Vault::remoteToken(ProjectId project) const
{
    if (auto ready = d->ready(); !ready) {
        return ready.error();
    }
    auto record = d->requireProject(project);
    if (!record) {
        return record.error();
    }
    if (record->remoteProjectId == 0) {
        return makeError(ErrorCode::NotFound,
            Vault::tr("Project '%1' is not bound to a platform project; bind it first.").arg(record->name));
    }
    Error error;
    auto query = d->db.prepare("SELECT id, record FROM credentials WHERE project_id = ?1", &error);
    if (!query) {
        return error;
    }
    query->bind(1, project);
    if (!query->next()) {
        if (query->failed()) {
            return query->error();
        }
        return makeError(ErrorCode::Damaged,
            Vault::tr("The API token of project '%1' is missing from the vault; bind the project again.")
                .arg(record->name));
    }
    const RecordId id = query->int64(0);
    auto credential = d->open(project, kCredentialKind, id, query->blob(1));
    if (!credential) {
        return credential.error();
    }
    if (!credential->hasValue || credential->remoteUrl != record->remoteUrl) {
        return damagedRecord(id);
    }
    return SecretValue(credential->value);
}

Result<QList<OutboxEntry>> Vault::outbox(ProjectId project) const
{
    if (auto ready = d->ready(); !ready) {
        return ready.error();
    }
    if (auto projectRecord = d->requireProject(project); !projectRecord) {
        return projectRecord.error();
    }
    Error error;
    auto query = d->db.prepare("SELECT id, record FROM outbox WHERE project_id = ?1 ORDER BY id", &error);
    if (!query) {
        return error;
    }
    query->bind(1, project);
    std::vector<std::pair<qint64, QByteArray>> rows;
    while (query->next()) {
        rows.emplace_back(query->int64(0), query->blob(1));
    }
    if (query->failed()) {
        return query->error();
    }
    std::vector<std::optional<OutboxEntry>> opened(rows.size());
    d->forEachInParallel(rows.size(), [&](Aead& rangeAead, SubkeyDeriver& keys, size_t begin, size_t end) {
        for (size_t i = begin; i < end; ++i) {
            if (auto record
                = Private::openWith(rangeAead, keys, d->vaultId, project, kOutboxKind, rows[i].first, rows[i].second)) {
                opened[i] = outboxEntryFrom(rows[i].first, project, *record);
            }
        }
    });
    QList<OutboxEntry> entries;
    entries.reserve(static_cast<qsizetype>(rows.size()));
    for (size_t i = 0; i < rows.size(); ++i) {
        if (opened[i]) {
            entries.append(std::move(*opened[i]));
        } else {
            OutboxEntry entry;
            entry.id = rows[i].first;
            entry.projectId = project;
            entry.damaged = true;
            entries.append(std::move(entry));
        }
    }
    return entries;
}

Result<int> Vault::outboxCount(ProjectId project) const
{
    if (auto ready = d->ready(); !ready) {
        return ready.error();
    }
    Error error;
    auto query = d->db.prepare("SELECT count(*) FROM outbox WHERE project_id = ?1", &error);
    if (!query) {
        return error;
    }
    query->bind(1, project);
    if (!query->next()) {
        return query->error();
    }
    return static_cast<int>(query->int64(0));
}

Result<void> Vault::acknowledgeOutbox(ProjectId project, const QList<qint64>& ids)
{
    if (auto ready = d->ready(); !ready) {
        return ready;
    }
    if (ids.isEmpty()) {
        return {};
    }
    SqliteDatabase::Transaction transaction(d->db);
    if (!transaction.begun()) {
        return transaction.begun();
    }
    Error error;
    auto remove = d->db.prepare("DELETE FROM outbox WHERE id = ?1 AND project_id = ?2", &error);
    if (!remove) {
        return error;
    }
    for (const qint64 id : ids) {
        remove->bind(1, id);
        remove->bind(2, project);
        if (auto result = remove->run(); !result) {
            return result;
        }
        remove->reset();
    }
    remove.reset();
    if (auto result = transaction.commit(); !result) {
        return result;
    }
    Q_EMIT outboxChanged(project);
    return d->db.checkpointTruncate();
}

Result<RemoteBinding> Vault::syncBinding(ProjectId project) const
{
    if (auto ready = d->ready(); !ready) {
        return ready.error();
    }
    auto record = d->requireBound(project);
    if (!record) {
        return record.error();
    }
    return RemoteBinding {record->remoteUrl, record->remoteProjectId, record->sourceFolder};
}

Result<QList<LocalItem>> Vault::syncLocalItems(ProjectId project) const
{
    if (auto ready = d->ready(); !ready) {
        return ready.error();
    }
    if (auto record = d->requireBound(project); !record) {
        return record.error();
    }
    auto secrets = d->listItems(project, kSecret,
        [project](RecordId id, const RecordCodec::Record& record) { return secretSummary(id, project, record); });
    if (!secrets) {
        return secrets.error();
    }
    auto variables = d->listItems(project, kVariable,
        [project](RecordId id, const RecordCodec::Record& record) { return variableFrom(id, project, record); });
    if (!variables) {
        return variables.error();
    }
    // An item left out would look deleted to the engine, which would then delete it on the platform.
    QList<LocalItem> items;
    items.reserve(secrets->size() + variables->size());
    for (const SecretSummary& secret : secrets.value()) {
        if (secret.damaged) {
            return damagedRecord(secret.id);
        }
        items.append(LocalItem {ItemKind::Secret, secret.name, QString(), false});
    }
    for (const Variable& variable : variables.value()) {
        if (variable.damaged) {
            return damagedRecord(variable.id);
        }
        items.append(LocalItem {ItemKind::Variable, variable.name, variable.value, variable.includeInExport});
    }
    return items;
}

Result<SecretValue> Vault::syncToken(ProjectId project) const
{
    if (auto ready = d->ready(); !ready) {
        return ready.error();
    }
    if (auto record = d->requireBound(project); !record) {
        return record.error();
    }
    return remoteToken(project);
}

Result<SecretValue> Vault::syncSecretValue(ProjectId project, const QString& name) const
{
    if (auto ready = d->ready(); !ready) {
        return ready.error();
    }
    if (auto record = d->requireBound(project); !record) {
        return record.error();
    }
    auto item = d->readItem(project, kSecret, name);
    if (!item) {
        return item.error();
    }
    return SecretValue(item->record.value);
}

Result<QList<RemoteItemState>> Vault::remoteStates(ProjectId project) const
{
    if (auto ready = d->ready(); !ready) {
        return ready.error();
    }
    if (auto record = d->requireBound(project); !record) {
        return record.error();
    }
    Error error;
    auto query = d->db.prepare("SELECT id, name_index, record FROM remote_state WHERE project_id = ?1", &error);
    if (!query) {
        return error;
    }
    query->bind(1, project);
    struct Sealed
    {
        RecordId id;
        QByteArray index;
        QByteArray record;
    };
    std::vector<Sealed> rows;
    while (query->next()) {
        rows.push_back({query->int64(0), query->blob(1), query->blob(2)});
    }
    if (query->failed()) {
        return query->error();
    }
    query.reset();
    // Opened in parallel like the items and the outbox: a publish reads every state of the project.
    std::vector<std::optional<RemoteItemState>> opened(rows.size());
    d->forEachInParallel(rows.size(), [&](Aead& rangeAead, SubkeyDeriver& keys, size_t begin, size_t end) {
        for (size_t i = begin; i < end; ++i) {
            if (auto record = Private::openWith(
                    rangeAead, keys, d->vaultId, project, kRemoteStateKind, rows[i].id, rows[i].record)) {
                opened[i] = remoteStateFrom(*record);
            }
        }
    });
    QList<RemoteItemState> states;
    states.reserve(static_cast<qsizetype>(rows.size()));
    for (size_t i = 0; i < rows.size(); ++i) {
        // The index must name what the record holds: otherwise two rows' indexes were swapped and
        // an upsert would overwrite the wrong item's base.
        if (!opened[i] || d->remoteIndex(project, opened[i]->kind, opened[i]->name) != rows[i].index) {
            return damagedRecord(rows[i].id);
        }
        states.append(std::move(*opened[i]));
    }
    std::sort(states.begin(), states.end(), [](const RemoteItemState& a, const RemoteItemState& b) {
        return std::tie(a.kind, a.name) < std::tie(b.kind, b.name);
    });
    return states;
}

Result<qint64> Vault::addOutboxBatch(
    ProjectId project, const QByteArray& idempotencyKey, const QByteArray& body, const QList<qint64>& entryIds)
{
    if (auto ready = d->ready(); !ready) {
        return ready.error();
    }
    const bool keyPrintable = std::all_of(idempotencyKey.cbegin(), idempotencyKey.cend(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte >= 0x21 && byte <= 0x7e;
    });
    if (idempotencyKey.isEmpty() || idempotencyKey.size() > kMaxIdempotencyKeyBytes || !keyPrintable) {
        return makeError(ErrorCode::InvalidInput,
            Vault::tr("The idempotency key of a publish request must be 1 to %1 printable characters without "
                      "spaces; nothing was stored.")
                .arg(kMaxIdempotencyKeyBytes));
    }
    if (body.isEmpty() || body.size() > kMaxBatchBodyBytes) {
        return makeError(ErrorCode::InvalidInput,
            Vault::tr("A publish request of %1 bytes cannot be stored; the limit is 1 to %2 bytes. Send fewer "
                      "changes per request.")
                .arg(body.size())
                .arg(kMaxBatchBodyBytes));
    }
    QSet<qint64> listed;
    listed.reserve(entryIds.size());
    for (const qint64 id : entryIds) {
        if (listed.contains(id)) {
            return makeError(ErrorCode::InvalidInput,
                Vault::tr("Outbox entry #%1 appears twice in one publish request; nothing was stored.").arg(id));
        }
        listed.insert(id);
    }
    SqliteDatabase::Transaction transaction(d->db);
    if (!transaction.begun()) {
        return transaction.begun().error();
    }
    auto projectRecord = d->requireBound(project);
    if (!projectRecord) {
        return projectRecord.error();
    }
    Error error;
    auto queued = d->db.prepare("SELECT 1 FROM outbox WHERE id = ?1 AND project_id = ?2", &error);
    if (!queued) {
        return error;
    }
    for (const qint64 id : entryIds) {
        queued->bind(1, id);
        queued->bind(2, project);
        const bool found = queued->next();
        if (queued->failed()) {
            return queued->error();
        }
        if (!found) {
            return makeError(ErrorCode::InvalidInput,
                Vault::tr("Outbox entry #%1 is not queued for project '%2'; nothing was stored.")
                    .arg(id)
                    .arg(projectRecord->name));
        }
        queued->reset();
    }
    queued.reset();
    auto stored = d->storedBatches(project);
    if (!stored) {
        return stored.error();
    }
    for (const Private::StoredBatch& other : stored.value()) {
        if (!other.batch) {
            return damagedBatch(other.id);
        }
        for (const qint64 id : other.batch->entryIds) {
            if (listed.contains(id)) {
                return makeError(ErrorCode::InvalidInput,
                    Vault::tr("Outbox entry #%1 is already part of stored publish request #%2; nothing was stored.")
                        .arg(id)
                        .arg(other.id));
            }
        }
    }
    auto id = d->allocateIds(1);
    if (!id) {
        return id.error();
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    RecordCodec::Record record;
    record.idempotencyKey = QString::fromLatin1(idempotencyKey);
    // The body holds secret values: from here on it lives in secure memory until it is sealed.
    record.value = QCA::SecureArray(body);
    record.hasValue = true;
    record.entryIds = entryIds;
    record.createdMs = now;
    record.updatedMs = now;
    record.updatedBy = d->actor.name;
    auto sealed = d->seal(project, kBatchKind, id.value(), record);
    record.value.fill(0);
    if (!sealed) {
        return sealed.error();
    }
    auto insert = d->db.prepare("INSERT INTO outbox_batches (id, project_id, record) VALUES (?1, ?2, ?3)", &error);
    if (!insert) {
        return error;
    }
    insert->bind(1, id.value());
    insert->bind(2, project);
    insert->bind(3, sealed.value());
    if (auto result = insert->run(); !result) {
        return result.error();
    }
    insert.reset();
    if (auto result = transaction.commit(); !result) {
        return result.error();
    }
    return id.value();
}

Result<QList<OutboxBatch>> Vault::outboxBatches(ProjectId project) const
{
    if (auto ready = d->ready(); !ready) {
        return ready.error();
    }
    if (auto record = d->requireBound(project); !record) {
        return record.error();
    }
    auto stored = d->storedBatches(project);
    if (!stored) {
        return stored.error();
    }
    QList<OutboxBatch> batches;
    batches.reserve(static_cast<qsizetype>(stored->size()));
    for (Private::StoredBatch& batch : stored.value()) {
        if (batch.batch) {
            batches.append(std::move(*batch.batch));
        } else {
            OutboxBatch damaged;
            damaged.id = batch.id;
            damaged.damaged = true;
            batches.append(std::move(damaged));
        }
    }
    return batches;
}

Result<void> Vault::applySync(ProjectId project, const SyncApply& apply)
{
    if (auto ready = d->ready(); !ready) {
        return ready;
    }
    // Everything that can be checked without the database is checked before the transaction.
    for (const PulledVariable& variable : apply.putVariables) {
        if (auto valid = NameRules::validate(variable.name); !valid) {
            return valid;
        }
        if (const qsizetype size = variable.value.toUtf8().size(); size > kMaxValueBytes) {
            return makeError(ErrorCode::InvalidInput,
                Vault::tr("The value of '%1' is %2 bytes long; the limit is %3 bytes (64 KiB).")
                    .arg(variable.name)
                    .arg(size)
                    .arg(kMaxValueBytes));
        }
    }
    for (const QList<ItemKey>* keys : {&apply.removeItems, &apply.clearStates}) {
        for (const ItemKey& key : *keys) {
            if (!isItemKind(key.kind)) {
                return unknownKind();
            }
            if (auto valid = NameRules::validate(key.name); !valid) {
                return valid;
            }
        }
    }
    for (const RemoteItemState& state : apply.setStates) {
        if (!isItemKind(state.kind)) {
            return unknownKind();
        }
        if (auto valid = NameRules::validate(state.name); !valid) {
            return valid;
        }
        if (state.revision < 0) {
            return makeError(ErrorCode::InvalidInput,
                Vault::tr("The platform's revision of '%1' is negative; nothing was saved.").arg(state.name));
        }
        if (const qsizetype size = state.value.toUtf8().size(); size > kMaxValueBytes) {
            return valueTooLarge(size);
        }
    }

    SqliteDatabase::Transaction transaction(d->db);
    if (!transaction.begun()) {
        return transaction.begun();
    }
    if (auto record = d->requireBound(project); !record) {
        return record.error();
    }
    const auto missingBatch = [](qint64 id) {
        return makeError(ErrorCode::NotFound,
            Vault::tr("Publish request #%1 is no longer stored for this project; nothing was saved.").arg(id));
    };
    QList<qint64> completedEntries;
    if (apply.completeBatch) {
        auto stored = d->storedBatches(project);
        if (!stored) {
            return stored.error();
        }
        const auto found = std::find_if(stored->cbegin(), stored->cend(),
            [&apply](const Private::StoredBatch& batch) { return batch.id == *apply.completeBatch; });
        if (found == stored->cend()) {
            return missingBatch(*apply.completeBatch);
        }
        if (!found->batch) {
            return damagedBatch(found->id);
        }
        completedEntries = found->batch->entryIds;
    }
    if (apply.dropBatch) {
        auto exists = d->batchExists(project, *apply.dropBatch);
        if (!exists) {
            return exists.error();
        }
        if (!exists.value()) {
            return missingBatch(*apply.dropBatch);
        }
    }

    bool outboxTouched = false;
    bool itemsTouched = false;
    QList<qint64> batches;
    if (apply.completeBatch) {
        batches.append(*apply.completeBatch);
    }
    if (apply.dropBatch) {
        batches.append(*apply.dropBatch);
    }
    auto batchesDeleted
        = d->runForEach("DELETE FROM outbox_batches WHERE project_id = ?1 AND id = ?2 RETURNING 1", project, batches);
    auto entriesDeleted = d->runForEach("DELETE FROM outbox WHERE project_id = ?1 AND id = ?2 RETURNING 1", project,
        completedEntries + apply.dropEntries);
    if (!batchesDeleted || !entriesDeleted) {
        return batchesDeleted ? entriesDeleted.error() : batchesDeleted.error();
    }
    outboxTouched = batchesDeleted.value() + entriesDeleted.value() > 0;

    // No role check and no outbox entries: these writes come from the platform, which has already
    // applied (and authorised) them, so there is nothing to publish back.
    Error error;
    for (const ItemKey& key : apply.removeItems) {
        auto row = d->findItem(project, static_cast<quint8>(key.kind), key.name);
        if (!row) {
            return row.error();
        }
        if (!row.value()) {
            continue;
        }
        auto remove = d->db.prepare("DELETE FROM items WHERE id = ?1", &error);
        if (!remove) {
            return error;
        }
        remove->bind(1, row.value()->id);
        if (auto result = remove->run(); !result) {
            return result;
        }
        itemsTouched = true;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const PulledVariable& variable : apply.putVariables) {
        if (auto result = d->putPulledVariable(project, variable, now); !result) {
            return result;
        }
        itemsTouched = true;
    }
    auto clear = d->db.prepare("DELETE FROM remote_state WHERE project_id = ?1 AND name_index = ?2", &error);
    if (!clear) {
        return error;
    }
    for (const ItemKey& key : apply.clearStates) {
        clear->bind(1, project);
        clear->bind(2, d->remoteIndex(project, key.kind, key.name));
        if (auto result = clear->run(); !result) {
            return result;
        }
        clear->reset();
    }
    clear.reset();
    if (auto result = d->putRemoteStates(project, apply.setStates, now); !result) {
        return result;
    }
    if (auto result = transaction.commit(); !result) {
        return result;
    }
    if (itemsTouched) {
        Q_EMIT itemsReset(project);
    }
    if (outboxTouched) {
        Q_EMIT outboxChanged(project);
    }
    // Deleted batches held secret values: move the freed pages out of the WAL.
    return d->db.checkpointTruncate();
}

Result<void> Vault::checkIntegrity() const
{
    if (!d->db.isOpen()) {
        return lockedError();
    }
    Error error;
    auto query = d->db.prepare("PRAGMA integrity_check", &error);
    if (!query) {
        return error;
    }
    QStringList problems;
    while (query->next()) {
        const QString line = query->text(0);
        if (line != QLatin1String("ok")) {
            problems.append(line);
        }
    }
    if (query->failed()) {
        return query->error();
    }
    if (!problems.isEmpty()) {
        return makeError(ErrorCode::Damaged,
            Vault::tr("The vault database failed its integrity check: %1").arg(problems.join(QStringLiteral("; "))));
    }
    return {};
}
