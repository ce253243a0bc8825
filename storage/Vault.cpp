#include "storage/Vault.h"

#include "storage/vault/AuditLog.h"
#include "storage/vault/ChangeWatch.h"
#include "storage/vault/FormatUpgrade.h"
#include "storage/vault/HistoryRoom.h"
#include "storage/vault/IgnoredFindings.h"
#include "storage/vault/Importer.h"
#include "storage/vault/Items.h"
#include "storage/vault/ItemsListing.h"
#include "storage/vault/Outbox.h"
#include "storage/vault/Projects.h"
#include "storage/vault/RemoteLink.h"
#include "storage/vault/RemoteStates.h"
#include "storage/vault/VaultContext.h"
#include "storage/vault/VaultFile.h"
#include "storage/vault/VaultText.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>

#include <utility>

namespace {

constexpr auto kSecret = static_cast<quint8>(ItemKind::Secret);
constexpr auto kVariable = static_cast<quint8>(ItemKind::Variable);

} // namespace

struct Vault::Private
{
    explicit Private(Vault* vault) : q(vault) { }

    Vault* q;
    VaultContext context;
    Projects projects {context};
    Outbox outbox {context, projects};
    Items items {context, projects, outbox};
    RemoteStates remoteStates {context, projects, items, outbox};
    RemoteLink remoteLink {context, projects, outbox, remoteStates};
    Importer importer {context, projects, items, outbox};
    AuditLog audit {context};
    HistoryRoom history {context, projects, items, outbox};
    IgnoredFindings ignoredFindings {context, projects};
    QString path;
    KdfParams kdf;
    // The wrapped key this process unlocked (or rewrapped) with: when the stored one differs, another
    // process changed the password or rotated the data key, and this one's keys are stale.
    QByteArray wrappedKey;
    QTimer autoLockTimer;
    QTimer changePollTimer;
    ChangeWatch changeWatch {context};
    // Set while the views reread the vault after another program's change: those reads are not the
    // user's activity and do not postpone the auto-lock.
    bool rereading = false;
    bool unlocked = false;
    // Lives from an unlock to the next lock; listings hold it weakly and stop once it is gone.
    std::shared_ptr<const int> session;
    QList<RecordId> damagedByUpgrade;

    // Every public method starts here, so a flag left by a failed write never reaches the next one.
    Result<void> ready()
    {
        context.queued = false;
        if (!unlocked) {
            return VaultText::locked();
        }
        if (autoLockTimer.interval() > 0 && !rereading) {
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
        return VaultFile::checkWrappedKey(context.db, wrappedKey);
    }

    Result<QList<SecretSummary>> listSecrets(ProjectId project)
    {
        return items.list(project, kSecret, [project](RecordId id, const RecordCodec::Record& record) {
            return Items::secretFrom(id, project, record);
        });
    }

    Result<QList<Variable>> listVariables(ProjectId project)
    {
        return items.list(project, kVariable, [project](RecordId id, const RecordCodec::Record& record) {
            return Items::variableFrom(id, project, record);
        });
    }

    template<typename Item, typename Make>
    Result<std::unique_ptr<ItemListing<Item>>> openListing(ProjectId project, quint8 kind, Make make)
    {
        if (auto ready = this->ready(); !ready) {
            return ready.error();
        }
        if (auto projectRecord = projects.require(project); !projectRecord) {
            return projectRecord.error();
        }
        auto counted
            = Sql::query(context.db, "SELECT COUNT(*) FROM items WHERE project_id = ?1 AND kind = ?2", project, kind);
        if (!counted) {
            return counted.error();
        }
        SqliteStatement& statement = *counted.value();
        const qint64 count = statement.next() ? statement.int64(0) : 0;
        if (statement.failed()) {
            return statement.error();
        }
        return std::unique_ptr<ItemListing<Item>>(
            std::make_unique<SealedItemListing<Item, Make>>(context, session, project, kind, count, std::move(make)));
    }

    // Emits what an item write changed. The queued flag is taken before any signal: a slot that calls
    // back into the vault starts a new call.
    template<typename Saved>
    void emitItemWrite(ProjectId project, bool written, Saved emitSaved)
    {
        const bool queued = std::exchange(context.queued, false);
        if (written) {
            emitSaved();
        }
        if (queued && written) {
            Q_EMIT q->outboxChanged(project);
        }
    }

    Result<WriteOutcome> secretWritten(
        ProjectId project, Result<WriteOutcome> outcome, const RecordCodec::Record& saved)
    {
        emitItemWrite(project, outcome.ok(),
            [&] { Q_EMIT q->secretSaved(project, Items::secretFrom(outcome->id, project, saved)); });
        return outcome;
    }

    Result<WriteOutcome> variableWritten(
        ProjectId project, Result<WriteOutcome> outcome, const RecordCodec::Record& saved)
    {
        emitItemWrite(project, outcome.ok(),
            [&] { Q_EMIT q->variableSaved(project, Items::variableFrom(outcome->id, project, saved)); });
        return outcome;
    }
};

Vault::Vault(QObject* parent) : VaultSession(parent), d(std::make_unique<Private>(this))
{
    d->autoLockTimer.setSingleShot(true);
    d->autoLockTimer.setInterval(kDefaultAutoLockMinutes * 60 * 1000);
    d->context.db.setTransactionCheck([p = d.get()] { return p->checkKeyWrap(); });
    d->context.audit = &d->audit;
    d->context.history = &d->history.versions;
    d->context.trash = &d->history.trash;
    connect(&d->autoLockTimer, &QTimer::timeout, this, &Vault::lock);
    d->changePollTimer.setInterval(0);
    connect(&d->changePollTimer, &QTimer::timeout, this, [this] { (void)checkForExternalChanges(); });
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

Result<void> Vault::create(const QString& path, const SecretValue& password, const KdfParams& params)
{
    return VaultFile::create(path, password, params);
}

Result<void> Vault::unlock(const QString& path, const SecretValue& password)
{
    lock();
    auto opened = VaultFile::open(d->context.db, d->context.keys.aead(), path, password);
    if (!opened) {
        return opened.error();
    }
    d->path = path;
    d->kdf = opened->kdf;
    d->wrappedKey = opened->wrappedKey;
    d->context.keys.load(opened->vaultId, QCA::SymmetricKey(opened->dataKey));
    opened->dataKey.fill(0);
    d->damagedByUpgrade.clear();
    if (opened->formatVersion != VaultLimits::kFormatVersion) {
        if (auto upgraded = upgradeFormat(); !upgraded) {
            d->context.keys.wipe();
            d->context.db.close();
            return upgraded;
        }
    }
    d->unlocked = true;
    // Best effort: when it fails the count stays in the header for the next unlock.
    (void)d->audit.recordFailedUnlocks();
    // Best effort too: what expired is purged by the next unlock or deletion.
    (void)d->history.purgeExpired();
    d->session = std::make_shared<const int>(0);
    d->changeWatch.rememberCurrent();
    if (d->autoLockTimer.interval() > 0) {
        d->autoLockTimer.start();
    }
    if (d->changePollTimer.interval() > 0) {
        d->changePollTimer.start();
    }
    Q_EMIT lockedChanged(false);
    return {};
}

Result<void> Vault::upgradeFormat()
{
    KeyRing& keys = d->context.keys;
    const auto progress = [this](qint64 done, qint64 total) { Q_EMIT formatUpgradeProgress(done, total); };
    auto report = FormatUpgrade::run(d->context.db, keys.vaultId(), keys.dataKey(), progress);
    if (!report) {
        return report.error();
    }
    d->damagedByUpgrade = report->damaged;
    return {};
}

QList<RecordId> Vault::damagedByUpgrade() const
{
    return d->damagedByUpgrade;
}

void Vault::lock()
{
    d->autoLockTimer.stop();
    d->changePollTimer.stop();
    const bool wasUnlocked = d->unlocked;
    d->unlocked = false;
    d->session.reset();
    d->context.keys.wipe();
    if (d->context.db.isOpen()) {
        (void)d->context.db.checkpointTruncate();
        d->context.db.close();
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

Result<void> Vault::changePassword(const SecretValue& newPassword, std::optional<KdfParams> params, DataKey dataKey)
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
    KeyRing& keys = d->context.keys;
    const bool rotate = dataKey == DataKey::Rotate;
    const AuditAction action = rotate ? AuditAction::DataKeyRotated : AuditAction::PasswordChanged;
    auto rewrapped = VaultFile::rewrap(
        d->context.db, keys.aead(), keys.vaultId(), keys.dataKey(), newPassword, newParams, rotate, [this, action] {
            return d->audit.append({action, {}, 0, {}, {}});
        });
    if (!rewrapped) {
        return rewrapped.error();
    }
    d->kdf = rewrapped->kdf;
    d->wrappedKey = rewrapped->wrappedKey;
    if (rotate) {
        const QByteArray vaultId = keys.vaultId();
        keys.wipe();
        keys.load(vaultId, rewrapped->dataKey);
    }
    // Moves the re-encrypted pages into the database file, whose old ones secure_delete overwrote.
    return d->context.db.checkpointTruncate();
}

std::function<Result<void>()> Vault::passwordCheck(const SecretValue& password) const
{
    if (!d->unlocked) {
        return [] { return Result<void>(VaultText::locked()); };
    }
    return [vaultId = d->context.keys.vaultId(), kdf = d->kdf, wrappedKey = d->wrappedKey, password] {
        return VaultFile::checkPassword(vaultId, kdf, wrappedKey, password);
    };
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

bool Vault::checkForExternalChanges()
{
    if (!d->unlocked || !d->changeWatch.changedSinceLastLook()) {
        return false;
    }
    d->rereading = true;
    Q_EMIT projectsChanged();
    Q_EMIT reloadRequested();
    // The views read now and in the zero-time timers they start; the flag ends after those.
    QTimer::singleShot(0, this, [this] { d->rereading = false; });
    return true;
}

void Vault::setExternalChangePolling(int milliseconds)
{
    d->changePollTimer.setInterval(qMax(0, milliseconds));
    if (milliseconds > 0 && d->unlocked) {
        d->changePollTimer.start();
    } else {
        d->changePollTimer.stop();
    }
}

void Vault::requestReload()
{
    if (!d->unlocked) {
        return;
    }
    d->changeWatch.rememberCurrent();
    Q_EMIT projectsChanged();
    Q_EMIT reloadRequested();
}

int Vault::autoLockTimeout() const
{
    return d->autoLockTimer.interval();
}

void Vault::setActor(const Actor& actor)
{
    d->context.actor = actor;
}

Actor Vault::actor() const
{
    return d->context.actor;
}

void Vault::setAccessPolicy(const AccessPolicy& policy)
{
    d->context.policy = policy;
}

AccessPolicy Vault::accessPolicy() const
{
    return d->context.policy;
}

Result<QList<Project>> Vault::projects() const
{
    if (auto ready = d->ready(); !ready) {
        return ready.error();
    }
    return d->projects.list();
}

Result<Project> Vault::projectByName(const QString& name) const
{
    if (auto ready = d->ready(); !ready) {
        return ready.error();
    }
    return d->projects.byName(name);
}

Result<Project> Vault::addProject(const QString& name)
{
    if (auto ready = d->ready(); !ready) {
        return ready.error();
    }
    auto project = d->projects.add(name);
    if (project) {
        Q_EMIT projectsChanged();
    }
    return project;
}

Result<void> Vault::renameProject(ProjectId id, const QString& newName)
{
    if (auto ready = d->ready(); !ready) {
        return ready;
    }
    auto changed = d->projects.rename(id, newName);
    if (!changed) {
        return changed.error();
    }
    if (changed.value()) {
        Q_EMIT projectsChanged();
    }
    return {};
}

Result<void> Vault::removeProject(ProjectId id)
{
    if (auto ready = d->ready(); !ready) {
        return ready;
    }
    if (auto removed = d->projects.remove(id); !removed) {
        return removed;
    }
    Q_EMIT projectsChanged();
    return d->context.db.checkpointTruncate();
}

Result<Vault::ProjectCounts> Vault::projectCounts(ProjectId id) const
{
    if (auto ready = d->ready(); !ready) {
        return ready.error();
    }
    return d->projects.counts(id);
}

Result<void> Vault::setProjectSourceFolder(ProjectId id, const QString& folder)
{
    if (auto ready = d->ready(); !ready) {
        return ready;
    }
    auto changed = d->projects.setSourceFolder(id, folder);
    if (!changed) {
        return changed.error();
    }
    if (changed.value()) {
        Q_EMIT projectsChanged();
    }
    return {};
}

Result<ProjectId> Vault::applyImport(const ProjectImport& import)
{
    if (auto ready = d->ready(); !ready) {
        return ready.error();
    }
    auto imported = d->importer.apply(import);
    if (!imported) {
        return imported.error();
    }
    Q_EMIT projectsChanged();
    Q_EMIT itemsReset(imported->project);
    if (imported->queued) {
        Q_EMIT outboxChanged(imported->project);
    }
    return imported->project;
}

Result<QList<SecretSummary>> Vault::secrets(ProjectId project) const
{
    if (auto ready = d->ready(); !ready) {
        return ready.error();
    }
    return d->listSecrets(project);
}

Result<std::unique_ptr<ItemListing<SecretSummary>>> Vault::secretListing(ProjectId project) const
{
    return d->openListing<SecretSummary>(project, kSecret,
        [project](RecordId id, const RecordCodec::Record& record) { return Items::secretFrom(id, project, record); });
}

Result<Vault::WriteOutcome> Vault::setSecret(
    ProjectId project, const QString& name, const SecretValue& value, WriteMode mode)
{
    if (auto ready = d->ready(); !ready) {
        return ready.error();
    }
    if (auto allowed = d->context.policy.checkManageSecrets(d->context.actor); !allowed) {
        return allowed.error();
    }
    RecordCodec::Record saved;
    auto outcome = d->items.setSecret(project, name, value, mode, &saved);
    return d->secretWritten(project, std::move(outcome), saved);
}

Result<Vault::WriteOutcome> Vault::editSecret(ProjectId project, const QString& name, const QString& newName,
    const std::optional<SecretValue>& newValue, const std::optional<SeenItem>& seen)
{
    if (auto ready = d->ready(); !ready) {
        return ready.error();
    }
    if (auto allowed = d->context.policy.checkManageSecrets(d->context.actor); !allowed) {
        return allowed.error();
    }
    RecordCodec::Record saved;
    auto outcome = d->items.editSecret(project, name, newName, newValue, seen, &saved);
    return d->secretWritten(project, std::move(outcome), saved);
}

Result<Vault::WriteOutcome> Vault::rotateSecret(
    ProjectId project, const QString& name, const SecretValue& newValue, const std::optional<SeenItem>& seen)
{
    if (auto ready = d->ready(); !ready) {
        return ready.error();
    }
    if (auto allowed = d->context.policy.checkManageSecrets(d->context.actor); !allowed) {
        return allowed.error();
    }
    RecordCodec::Record saved;
    auto outcome = d->items.editSecret(project, name, name, newValue, seen, &saved, AuditAction::ItemRotated);
    return d->secretWritten(project, std::move(outcome), saved);
}

Result<void> Vault::setSecretRotation(ProjectId project, const QString& name, const RotationPolicy& policy)
{
    if (auto ready = d->ready(); !ready) {
        return ready;
    }
    if (auto allowed = d->context.policy.checkManageSecrets(d->context.actor); !allowed) {
        return allowed;
    }
    auto item = d->items.setSecretRotation(project, name, policy);
    if (!item) {
        return item.error();
    }
    d->emitItemWrite(
        project, true, [&] { Q_EMIT secretSaved(project, Items::secretFrom(item->id, project, item->record)); });
    return {};
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
    if (auto allowed = d->context.policy.checkManageSecrets(d->context.actor); !allowed) {
        return allowed;
    }
    RecordId removed = 0;
    auto result = d->items.remove(project, kSecret, name, &removed);
    d->emitItemWrite(project, removed != 0, [&] { Q_EMIT secretRemoved(project, removed); });
    return result;
}

Result<SecretValue> Vault::secretValue(ProjectId project, const QString& name) const
{
    if (auto ready = d->ready(); !ready) {
        return ready.error();
    }
    auto item = d->items.read(project, kSecret, name);
    if (!item) {
        return item.error();
    }
    return SecretValue(item->record.value);
}

Result<QList<Variable>> Vault::variables(ProjectId project) const
{
    if (auto ready = d->ready(); !ready) {
        return ready.error();
    }
    return d->listVariables(project);
}

Result<std::unique_ptr<ItemListing<Variable>>> Vault::variableListing(ProjectId project) const
{
    return d->openListing<Variable>(project, kVariable,
        [project](RecordId id, const RecordCodec::Record& record) { return Items::variableFrom(id, project, record); });
}

Result<Variable> Vault::variable(ProjectId project, const QString& name) const
{
    if (auto ready = d->ready(); !ready) {
        return ready.error();
    }
    auto item = d->items.read(project, kVariable, name);
    if (!item) {
        return item.error();
    }
    return Items::variableFrom(item->id, project, item->record);
}

Result<Vault::WriteOutcome> Vault::setVariable(
    ProjectId project, const QString& name, const QString& value, std::optional<bool> includeInExport, WriteMode mode)
{
    if (auto ready = d->ready(); !ready) {
        return ready.error();
    }
    RecordCodec::Record saved;
    auto outcome = d->items.setVariable(project, name, value, includeInExport, mode, &saved);
    return d->variableWritten(project, std::move(outcome), saved);
}

Result<Vault::WriteOutcome> Vault::editVariable(ProjectId project, const QString& name, const QString& newName,
    const QString& value, bool includeInExport, const std::optional<SeenItem>& seen)
{
    if (auto ready = d->ready(); !ready) {
        return ready.error();
    }
    RecordCodec::Record saved;
    auto outcome = d->items.editVariable(project, name, newName, value, includeInExport, seen, &saved);
    return d->variableWritten(project, std::move(outcome), saved);
}

Result<Vault::WriteOutcome> Vault::renameVariable(ProjectId project, const QString& name, const QString& newName)
{
    if (auto ready = d->ready(); !ready) {
        return ready.error();
    }
    RecordCodec::Record saved;
    auto outcome = d->items.editVariable(project, name, newName, std::nullopt, std::nullopt, std::nullopt, &saved);
    return d->variableWritten(project, std::move(outcome), saved);
}

Result<void> Vault::setVariableIncludeInExport(ProjectId project, const QString& name, bool include)
{
    if (auto ready = d->ready(); !ready) {
        return ready;
    }
    auto item = d->items.setIncludeInExport(project, name, include);
    if (!item) {
        return item.error();
    }
    d->emitItemWrite(
        project, true, [&] { Q_EMIT variableSaved(project, Items::variableFrom(item->id, project, item->record)); });
    return {};
}

Result<void> Vault::removeVariable(ProjectId project, const QString& name)
{
    if (auto ready = d->ready(); !ready) {
        return ready;
    }
    RecordId removed = 0;
    auto result = d->items.remove(project, kVariable, name, &removed);
    d->emitItemWrite(project, removed != 0, [&] { Q_EMIT variableRemoved(project, removed); });
    return result;
}

Result<void> Vault::setRemoteBinding(
    ProjectId project, const QString& url, qint64 remoteProjectId, const SecretValue& token)
{
    if (auto ready = d->ready(); !ready) {
        return ready;
    }
    auto bound = d->remoteLink.bind(project, url, remoteProjectId, token);
    if (!bound) {
        return bound.error();
    }
    if (bound->projectChanged) {
        Q_EMIT projectsChanged();
    }
    if (bound->rebound) {
        Q_EMIT outboxChanged(project);
    }
    return d->context.db.checkpointTruncate();
}

Result<void> Vault::clearRemoteBinding(ProjectId project)
{
    if (auto ready = d->ready(); !ready) {
        return ready;
    }
    auto cleared = d->remoteLink.clear(project);
    if (!cleared) {
        return cleared.error();
    }
    if (!cleared.value()) {
        return {};
    }
    Q_EMIT projectsChanged();
    Q_EMIT outboxChanged(project);
    return d->context.db.checkpointTruncate();
}

Result<SecretValue> Vault::remoteToken(ProjectId project) const
{
    if (auto ready = d->ready(); !ready) {
        return ready.error();
    }
    return d->remoteLink.token(project);
}

Result<QList<OutboxEntry>> Vault::outbox(ProjectId project) const
{
    if (auto ready = d->ready(); !ready) {
        return ready.error();
    }
    return d->outbox.entries(project);
}

Result<int> Vault::outboxCount(ProjectId project) const
{
    if (auto ready = d->ready(); !ready) {
        return ready.error();
    }
    return d->outbox.count(project);
}

Result<void> Vault::acknowledgeOutbox(ProjectId project, const QList<qint64>& ids)
{
    if (auto ready = d->ready(); !ready) {
        return ready;
    }
    if (ids.isEmpty()) {
        return {};
    }
    if (auto result = d->outbox.acknowledge(project, ids); !result) {
        return result;
    }
    Q_EMIT outboxChanged(project);
    return d->context.db.checkpointTruncate();
}

Result<RemoteBinding> Vault::syncBinding(ProjectId project) const
{
    if (auto ready = d->ready(); !ready) {
        return ready.error();
    }
    auto record = d->projects.requireBound(project);
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
    if (auto record = d->projects.requireBound(project); !record) {
        return record.error();
    }
    auto secrets = d->listSecrets(project);
    if (!secrets) {
        return secrets.error();
    }
    auto variables = d->listVariables(project);
    if (!variables) {
        return variables.error();
    }
    // An item left out would look deleted to the engine, which would then delete it on the platform.
    QList<LocalItem> items;
    items.reserve(secrets->size() + variables->size());
    for (const SecretSummary& secret : secrets.value()) {
        if (secret.damaged) {
            return VaultText::damagedRecord(secret.id);
        }
        items.append(LocalItem {ItemKind::Secret, secret.name, QString(), false, {secret.rotatedAt, secret.rotation}});
    }
    for (const Variable& variable : variables.value()) {
        if (variable.damaged) {
            return VaultText::damagedRecord(variable.id);
        }
        items.append(LocalItem {ItemKind::Variable, variable.name, variable.value, variable.includeInExport, {}});
    }
    return items;
}

Result<SecretValue> Vault::syncToken(ProjectId project) const
{
    if (auto ready = d->ready(); !ready) {
        return ready.error();
    }
    if (auto record = d->projects.requireBound(project); !record) {
        return record.error();
    }
    return d->remoteLink.token(project);
}

Result<SecretValue> Vault::syncSecretValue(ProjectId project, const QString& name) const
{
    if (auto ready = d->ready(); !ready) {
        return ready.error();
    }
    if (auto record = d->projects.requireBound(project); !record) {
        return record.error();
    }
    auto item = d->items.read(project, kSecret, name);
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
    return d->remoteStates.states(project);
}

Result<qint64> Vault::addOutboxBatch(
    ProjectId project, const QByteArray& idempotencyKey, const QByteArray& body, const QList<qint64>& entryIds)
{
    if (auto ready = d->ready(); !ready) {
        return ready.error();
    }
    return d->outbox.addBatch(project, idempotencyKey, body, entryIds);
}

Result<QList<OutboxBatch>> Vault::outboxBatches(ProjectId project) const
{
    if (auto ready = d->ready(); !ready) {
        return ready.error();
    }
    if (auto record = d->projects.requireBound(project); !record) {
        return record.error();
    }
    return d->outbox.batches(project);
}

Result<void> Vault::applySync(ProjectId project, const SyncApply& apply)
{
    if (auto ready = d->ready(); !ready) {
        return ready;
    }
    auto applied = d->remoteStates.apply(project, apply);
    if (!applied) {
        return applied.error();
    }
    if (applied->itemsTouched) {
        Q_EMIT itemsReset(project);
    }
    if (applied->outboxTouched) {
        Q_EMIT outboxChanged(project);
    }
    // Deleted batches held secret values: move the freed pages out of the WAL.
    return d->context.db.checkpointTruncate();
}

Result<QList<AuditEntry>> Vault::auditEntries() const
{
    if (auto ready = d->ready(); !ready) {
        return ready.error();
    }
    return d->audit.entries();
}

Result<AuditVerification> Vault::verifyAudit() const
{
    if (auto ready = d->ready(); !ready) {
        return ready.error();
    }
    return d->audit.verify();
}

Result<void> Vault::recordAudit(ProjectId project, AuditAction action, const QString& detail)
{
    if (auto ready = d->ready(); !ready) {
        return ready;
    }
    QString projectName;
    if (project != 0) {
        auto record = d->projects.require(project);
        if (!record) {
            return record.error();
        }
        projectName = record->name;
    }
    return d->audit.appendAlone({action, projectName, 0, {}, detail});
}

Result<HistoryRoom*> Vault::historyRoom() const
{
    if (auto ready = d->ready(); !ready) {
        return ready.error();
    }
    return &d->history;
}

void Vault::historyWritten(ProjectId project)
{
    d->emitItemWrite(project, true, [&] { Q_EMIT itemsReset(project); });
}

Result<void> Vault::checkIntegrity() const
{
    if (!d->context.db.isOpen()) {
        return VaultText::locked();
    }
    return VaultFile::checkIntegrity(d->context.db);
}

Result<VaultSession::FindingIdentifier> Vault::findingIdentifier(ProjectId project) const
{
    if (auto ready = d->ready(); !ready) {
        return ready.error();
    }
    if (auto record = d->projects.require(project); !record) {
        return record.error();
    }
    return FindingIdentifier(
        [key = d->context.keys.findingKey(project)](const QString& file, const QString& kindId, QStringView value) {
            KeyedHmac mac(key);
            const QByteArray digest = mac.mac(file.toUtf8() + '\0' + kindId.toUtf8() + '\0' + value.toUtf8());
            return QString::fromLatin1(digest.toHex().left(16));
        });
}

Result<QList<IgnoredFinding>> Vault::ignoredFindings(ProjectId project) const
{
    if (auto ready = d->ready(); !ready) {
        return ready.error();
    }
    return d->ignoredFindings.list(project);
}

Result<void> Vault::ignoreFinding(
    ProjectId project, const QString& findingId, const QString& reason, const QString& place)
{
    if (auto ready = d->ready(); !ready) {
        return ready;
    }
    return d->ignoredFindings.ignore(project, findingId, reason, place);
}

Result<void> Vault::unignoreFinding(ProjectId project, const QString& findingId)
{
    if (auto ready = d->ready(); !ready) {
        return ready;
    }
    return d->ignoredFindings.unignore(project, findingId);
}
