#include "sync/SyncJob.h"

#include "models/StartupVariables.h"
#include "models/SyncStore.h"
#include "sync/PlatformClient.h"
#include "sync/PlatformReply.h"
#include "sync/SyncFailureMapping.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>
#include <QtCrypto>

#include <algorithm>
#include <memory>
#include <utility>

namespace {

using Action = SyncPlanItem::Action;
using Choice = SyncPlanItem::Choice;

QString itemText(ItemKind kind, const QString& name)
{
    return kind == ItemKind::Secret ? QCoreApplication::translate("SyncEngine", "secret '%1'").arg(name)
                                    : QCoreApplication::translate("SyncEngine", "variable '%1'").arg(name);
}

// 16 random bytes, base64url without padding: the same shape as an outbox entry's key.
QByteArray newIdempotencyKey()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

RemoteIdentity identityFrom(const QJsonObject& body)
{
    RemoteIdentity identity;
    const QJsonObject user = body.value(QLatin1String("user")).toObject();
    identity.login = user.value(QLatin1String("login")).toString();
    identity.displayName = user.value(QLatin1String("displayName")).toString();
    for (const QJsonValue& role : body.value(QLatin1String("roles")).toArray()) {
        identity.roles.append(role.toString());
    }
    identity.secretsAdminRole = body.value(QLatin1String("secretsAdminRole")).toString(QStringLiteral("SYSTEM_ADMIN"));
    const QJsonObject limits = body.value(QLatin1String("limits")).toObject();
    // The server's own figures decide the split; absent or nonsensical ones keep the API's defaults.
    const qint64 maxChanges = limits.value(QLatin1String("maxBatchChanges")).toInteger();
    if (maxChanges >= 1) {
        identity.maxBatchChanges = static_cast<int>(qMin<qint64>(maxChanges, 1'000'000));
    }
    const qint64 maxBytes = limits.value(QLatin1String("maxBatchBytes")).toInteger();
    if (maxBytes >= 1024) {
        identity.maxBatchBytes = maxBytes;
    }
    return identity;
}

RemoteItem remoteItemFrom(ItemKind kind, const QJsonObject& object)
{
    RemoteItem item;
    item.kind = kind;
    item.name = object.value(QLatin1String("name")).toString();
    item.revision = object.value(QLatin1String("revision")).toInteger();
    item.updatedAt = QDateTime::fromString(object.value(QLatin1String("updatedAt")).toString(), Qt::ISODateWithMs);
    item.updatedBy = object.value(QLatin1String("updatedBy")).toString();
    if (kind == ItemKind::Variable) {
        item.value = object.value(QLatin1String("value")).toString();
        item.includeInExport = object.value(QLatin1String("includeInExport")).toBool();
    }
    return item;
}

RemoteItemState stateFromRemote(const SyncPlanItem& item)
{
    RemoteItemState state;
    state.kind = item.kind;
    state.name = item.name;
    state.revision = item.remoteRevision;
    state.updatedAt = item.remoteUpdatedAt;
    state.updatedBy = item.remoteUpdatedBy;
    if (item.kind == ItemKind::Variable) {
        state.value = item.remoteValue;
        state.includeInExport = item.remoteIncludeInExport;
    }
    return state;
}

void wipe(QByteArray& bytes)
{
    bytes.fill('\0');
    bytes.clear();
}

} // namespace

SyncJob::SyncJob(Kind kind, ProjectId project, SyncStore* store, ClientSettings settings, QObject* parent)
    : SyncOperation(kind, project, parent), m_store(store), m_settings(std::move(settings))
{
}

SyncJob::~SyncJob() = default;

void SyncJob::failLater(const Error& error, SyncFailure failure)
{
    QTimer::singleShot(0, this, [this, error, failure] { fail(error, failure); });
}

void SyncJob::fail(const Error& error, SyncFailure failure)
{
    if (isFinished()) {
        return;
    }
    if (m_client) {
        // The token leaves memory with the client; nothing more is sent.
        m_client->setToken(QByteArray());
    }
    m_syncLock.reset();
    finish(error, failure);
}

void SyncJob::succeed()
{
    if (isFinished()) {
        return;
    }
    if (m_client) {
        m_client->setToken(QByteArray());
    }
    m_syncLock.reset();
    finish(m_report, SyncFailure::None);
}

void SyncJob::failFromStore(const Error& error)
{
    fail(error, failureFromStore(error));
}

void SyncJob::failFromReply(PlatformReply* reply)
{
    const OperationFailure failed = failureFromReply(
        *reply, QCoreApplication::translate("SyncEngine", "The operation was cancelled; nothing more was sent."));
    fail(failed.error, failed.failure);
}

void SyncJob::onCancelRequested()
{
    // A listing or /me can be dropped at once; a batch in flight is awaited (m_abandonable is null
    // then) and the chain stops before the next one.
    if (m_abandonable) {
        m_abandonable->cancel();
    }
}

void SyncJob::setProgress(int done, int total, const QString& stage)
{
    Q_EMIT progress(done, total, stage);
}

bool SyncJob::openClient(const QUrl& url, const QByteArray& token)
{
    m_client = new PlatformClient(this);
    if (Result<void> set = m_client->setBaseUrl(url); !set) {
        failLater(set.error(), SyncFailure::NotBound);
        return false;
    }
    m_client->setToken(token);
    if (m_settings.transferTimeout.count() > 0) {
        m_client->setTransferTimeout(m_settings.transferTimeout);
    }
    if (!m_settings.caCertificates.isEmpty()) {
        m_client->addCaCertificates(m_settings.caCertificates);
    }
    if (m_settings.backoff) {
        m_client->setBackoffPolicy(*m_settings.backoff);
    }
    // Every HTTP exchange (pages of a listing and retries included) passes the client's manager.
    if (auto* network = m_client->findChild<QNetworkAccessManager*>()) {
        connect(network, &QNetworkAccessManager::finished, this, [this] { ++m_report.requests; });
    }
    return true;
}

bool SyncJob::openProjectClient()
{
    Result<RemoteBinding> binding = m_store->syncBinding(project());
    if (!binding) {
        const ErrorCode code = binding.code();
        failLater(binding.error(),
            code == ErrorCode::Locked             ? SyncFailure::Locked
                : code == ErrorCode::InvalidInput ? SyncFailure::NotBound
                                                  : SyncFailure::Store);
        return false;
    }
    m_binding = binding.value();
    Result<SecretValue> token = m_store->syncToken(project());
    if (!token) {
        failLater(token.error(), token.code() == ErrorCode::Locked ? SyncFailure::Locked : SyncFailure::NotBound);
        return false;
    }
    // Copied into the client for this operation only; the client zeroes its copy when it goes.
    const QCA::SecureArray& secure = token->bytes();
    QByteArray bytes(secure.constData(), secure.size());
    const bool opened = openClient(QUrl(m_binding.url), bytes);
    wipe(bytes);
    return opened;
}

void SyncJob::await(PlatformReply* reply, bool abandonable, Continuation next)
{
    if (abandonable) {
        m_abandonable = reply;
    }
    connect(reply, &PlatformReply::finished, this, [this, reply, next = std::move(next)] {
        reply->deleteLater();
        if (m_abandonable == reply) {
            m_abandonable = nullptr;
        }
        if (isFinished()) {
            return;
        }
        if (!reply->result()) {
            failFromReply(reply);
            return;
        }
        if (m_cancelRequested && kind() != Kind::Publish) {
            fail(makeError(ErrorCode::Cancelled,
                     QCoreApplication::translate("SyncEngine", "The operation was cancelled; nothing was written.")),
                SyncFailure::Cancelled);
            return;
        }
        next(reply->response());
    });
}

void SyncJob::fetchIdentity(std::function<void()> next)
{
    await(m_client->me(), true, [this, next = std::move(next)](const PlatformResponse& response) {
        m_report.identity = identityFrom(response.body);
        Q_EMIT identityKnown(m_report.identity);
        next();
    });
}

void SyncJob::fetchPlan(std::function<void(SyncPlan)> next)
{
    setProgress(1, 3, QCoreApplication::translate("SyncEngine", "Reading the platform's secrets"));
    await(m_client->listSecrets(m_binding.remoteProjectId), true,
        [this, next = std::move(next)](const PlatformResponse& secrets) {
            QList<RemoteItem> remote;
            for (const QJsonValue& item : secrets.items) {
                remote.append(remoteItemFrom(ItemKind::Secret, item.toObject()));
            }
            setProgress(2, 3, QCoreApplication::translate("SyncEngine", "Reading the platform's variables"));
            await(m_client->listVariables(m_binding.remoteProjectId), true,
                [this, next, remote](const PlatformResponse& variables) mutable {
                    for (const QJsonValue& item : variables.items) {
                        remote.append(remoteItemFrom(ItemKind::Variable, item.toObject()));
                    }
                    SyncPlanInput input;
                    input.remote = std::move(remote);
                    Result<QList<LocalItem>> local = m_store->syncLocalItems(project());
                    if (!local) {
                        failFromStore(local.error());
                        return;
                    }
                    Result<QList<OutboxEntry>> outbox = m_store->outbox(project());
                    if (!outbox) {
                        failFromStore(outbox.error());
                        return;
                    }
                    Result<QList<RemoteItemState>> base = m_store->remoteStates(project());
                    if (!base) {
                        failFromStore(base.error());
                        return;
                    }
                    Result<QList<OutboxBatch>> stored = m_store->outboxBatches(project());
                    if (!stored) {
                        failFromStore(stored.error());
                        return;
                    }
                    for (OutboxBatch& batch : stored.value()) {
                        wipe(batch.body);
                        input.sentEntryIds.unite(QSet<qint64>(batch.entryIds.cbegin(), batch.entryIds.cend()));
                    }
                    input.local = std::move(local).value();
                    input.outbox = std::move(outbox).value();
                    input.base = std::move(base).value();
                    setProgress(3, 3, QCoreApplication::translate("SyncEngine", "Comparing"));
                    SyncPlan plan = computeSyncPlan(project(), m_binding.remoteProjectId, input);
                    if (kind() == Kind::Publish) {
                        m_outbox = std::move(input.outbox);
                    }
                    next(std::move(plan));
                });
        });
}

void SyncJob::reportConflicts(const SyncPlan& plan)
{
    QList<ItemKey> keys;
    for (const SyncPlanItem& item : plan.items) {
        if (item.action == Action::Conflict && item.choice == Choice::Undecided) {
            keys.append(ItemKey {item.kind, item.name});
        }
    }
    for (const SyncPlanItem& item : std::as_const(m_report.conflicts)) {
        keys.append(ItemKey {item.kind, item.name});
    }
    Q_EMIT conflictsKnown(keys);
}

// ---- Check and Prepare

void SyncJob::startCheck(const QUrl& url, const QByteArray& token)
{
    if (!openClient(url, token)) {
        return;
    }
    fetchIdentity([this] { succeed(); });
}

void SyncJob::startPrepare()
{
    if (!openProjectClient()) {
        return;
    }
    fetchIdentity([this] {
        fetchPlan([this](SyncPlan plan) {
            m_report.plan = std::move(plan);
            reportConflicts(m_report.plan);
            succeed();
        });
    });
}

// ---- Choices and resolutions

QSet<ItemKey> SyncJob::carryChoices(SyncPlan& fresh, bool outgoing) const
{
    QHash<ItemKey, const SyncPlanItem*> confirmed;
    for (const SyncPlanItem& item : m_confirmed.items) {
        confirmed.insert(ItemKey {item.kind, item.name}, &item);
    }
    QSet<ItemKey> selected;
    for (SyncPlanItem& item : fresh.items) {
        const ItemKey key {item.kind, item.name};
        const SyncPlanItem* before = confirmed.value(key);
        if (!before) {
            continue;
        }
        // A choice holds for what the admin saw: a conflict whose platform side moved on since is
        // a new conflict.
        if (item.action == Action::Conflict && before->action == Action::Conflict
            && item.remoteRevision == before->remoteRevision && item.remoteExists == before->remoteExists) {
            item.choice = before->choice;
        }
        if ((item.action == Action::RemoteOnly || item.action == Action::PullAdd)
            && (before->action == Action::RemoteOnly || before->action == Action::PullAdd)) {
            item.deleteRemote = before->deleteRemote;
        }
        // Publish also applies the conflicts resolved with the platform's side: the admin settled
        // them in the same plan, and leaving them would keep their queued change pending.
        const bool resolvedConflict = before->action == Action::Conflict && before->choice != Choice::Undecided;
        if (resolvedConflict || (outgoing ? before->isOutgoing() : before->isIncoming())) {
            selected.insert(key);
        }
    }
    return selected;
}

void SyncJob::addResolution(SyncApply& apply, const SyncPlanItem& item)
{
    const ItemKey key {item.kind, item.name};
    apply.dropEntries += item.outboxEntryIds;
    if (item.action == Action::Conflict && item.choice == Choice::TakeRemote) {
        if (!item.remoteExists) {
            if (item.localExists) {
                apply.removeItems.append(key);
                ++m_report.pulled;
            }
        } else if (item.kind == ItemKind::Variable) {
            apply.putVariables.append(PulledVariable {item.name, item.remoteValue, item.remoteIncludeInExport});
            ++m_report.pulled;
        }
        // A secret that exists on both sides never gets here: refuseUnappliableChoices() stopped it.
    }
    if (item.remoteExists) {
        apply.setStates.append(stateFromRemote(item));
    } else {
        apply.clearStates.append(key);
    }
}

// ---- Publish

bool SyncJob::refuseUnappliableChoices(const SyncPlan& plan)
{
    const QList<const SyncPlanItem*> refused = plan.unappliableChoices();
    if (refused.isEmpty()) {
        return false;
    }
    QStringList names;
    for (const SyncPlanItem* item : refused) {
        names.append(item->name);
    }
    failLater(makeError(ErrorCode::Conflict,
                  QCoreApplication::translate("SyncEngine",
                      "Cannot take the platform's side of secret(s) %1: a secret's value never comes back from the "
                      "platform, so this vault would keep a value the platform does not hold. Nothing was sent or "
                      "written. Keep this vault's value instead, or set the secret here to the platform's value "
                      "and publish.")
                      .arg(names.join(QStringLiteral(", ")))),
        SyncFailure::Conflict);
    return true;
}

bool SyncJob::takeSyncLock()
{
    Result<std::unique_ptr<SyncLock>> lock = m_store->lockSync(project());
    if (!lock) {
        failLater(lock.error(), lock.code() == ErrorCode::Busy ? SyncFailure::Busy : failureFromStore(lock.error()));
        return false;
    }
    m_syncLock = std::move(lock).value();
    return true;
}

void SyncJob::startPublish(const SyncPlan& plan)
{
    m_confirmed = plan;
    m_report.plan = plan;
    if (refuseUnappliableChoices(plan) || !takeSyncLock()) {
        return;
    }
    // Batches stored by an earlier publish were decided then and are sent first, whatever the plan
    // says: their answers tell what the platform really holds, so with stored batches the check
    // waits for the fresh plan after they have been resent.
    if (plan.hasUndecidedConflicts() && !hasStoredBatches()) {
        failLater(makeError(ErrorCode::Conflict,
                      QCoreApplication::translate("SyncEngine",
                          "The plan has conflicts without a choice. Choose for each conflict whether to keep the "
                          "local side or take the platform's, then publish again.")),
            SyncFailure::Conflict);
        return;
    }
    if (!plan.damagedEntryIds.isEmpty()) {
        failLater(makeError(ErrorCode::Damaged,
                      QCoreApplication::translate("SyncEngine",
                          "%n queued change(s) could not be opened (damaged). Nothing was published; remove the "
                          "project's remote binding and bind it again to start over.",
                          nullptr, static_cast<int>(plan.damagedEntryIds.size()))),
            SyncFailure::Damaged);
        return;
    }
    if (!openProjectClient()) {
        return;
    }
    fetchIdentity([this] { checkRoles(); });
}

bool SyncJob::hasStoredBatches() const
{
    Result<QList<OutboxBatch>> stored = m_store->outboxBatches(project());
    if (!stored) {
        return false;
    }
    for (OutboxBatch& batch : stored.value()) {
        wipe(batch.body);
    }
    return !stored->isEmpty();
}

void SyncJob::checkRoles()
{
    bool secrets = false;
    bool variables = false;
    for (const SyncPlanItem& item : m_confirmed.items) {
        if (item.isOutgoing()) {
            (item.kind == ItemKind::Secret ? secrets : variables) = true;
        }
    }
    const RemoteIdentity& identity = m_report.identity;
    if (secrets && !identity.canWriteSecrets()) {
        fail(makeError(ErrorCode::PermissionDenied,
                 QCoreApplication::translate("SyncEngine",
                     "Publishing secrets needs the %1 role on the platform, and %2 does not have it. Nothing was "
                     "sent; the changes stay queued. Ask the platform's administrator for the role, or use a "
                     "token of a user who has it.")
                     .arg(identity.secretsAdminRole, identity.login)),
            SyncFailure::Forbidden);
        return;
    }
    if (variables && !identity.canWriteVariables()) {
        fail(makeError(ErrorCode::PermissionDenied,
                 QCoreApplication::translate("SyncEngine",
                     "Publishing variables needs the SYSTEM_ADMIN or DEVELOPER role on the platform, and %1 has "
                     "neither. Nothing was sent; the changes stay queued. Ask the platform's administrator for "
                     "a role, or use another token.")
                     .arg(identity.login)),
            SyncFailure::Forbidden);
        return;
    }
    resendStoredBatches();
}

void SyncJob::resendStoredBatches()
{
    Result<QList<OutboxBatch>> stored = m_store->outboxBatches(project());
    if (!stored) {
        failFromStore(stored.error());
        return;
    }
    QList<OutboxBatch> batches = std::move(stored).value();
    if (batches.isEmpty()) {
        fetchPlan([this](SyncPlan fresh) { publishFresh(std::move(fresh)); });
        return;
    }
    // Every stored batch that completes or is dropped leaves the list, so the first is the next.
    OutboxBatch first = batches.takeFirst();
    for (OutboxBatch& other : batches) {
        wipe(other.body);
    }
    if (first.damaged) {
        fail(makeError(ErrorCode::Damaged,
                 QCoreApplication::translate("SyncEngine",
                     "A stored batch of changes from an earlier publish could not be opened (damaged). Remove the "
                     "project's remote binding and bind it again to start over.")),
            SyncFailure::Damaged);
        return;
    }
    if (m_cancelRequested) {
        fail(makeError(ErrorCode::Cancelled,
                 QCoreApplication::translate(
                     "SyncEngine", "Publishing was cancelled before anything was sent; every change stays queued.")),
            SyncFailure::Cancelled);
        return;
    }
    Result<ChangeBatch> parsed = ChangeBatch::fromStored(first.body);
    wipe(first.body);
    if (!parsed) {
        failFromStore(parsed.error());
        return;
    }
    auto batch = std::make_shared<ChangeBatch>(std::move(parsed).value());
    const qint64 batchId = first.id;
    setProgress(m_doneChanges, m_doneChanges + batch->size(),
        QCoreApplication::translate("SyncEngine", "Sending changes left by an earlier publish"));
    PlatformReply* reply = m_client->postChanges(m_binding.remoteProjectId, batch->body(), first.idempotencyKey);
    connect(reply, &PlatformReply::finished, this, [this, reply, batch, batchId] {
        reply->deleteLater();
        if (!reply->result()) {
            handleBatchFailure(reply, batchId, *batch);
            batch->wipe();
            return;
        }
        Result<SyncApply> apply = batch->completion(reply->response().body, m_report.identity.login);
        batch->wipe();
        if (!apply) {
            fail(apply.error(), SyncFailure::Network);
            return;
        }
        apply->completeBatch = batchId;
        if (Result<void> applied = m_store->applySync(project(), apply.value()); !applied) {
            failFromStore(applied.error());
            return;
        }
        m_report.sent += batch->size();
        m_doneChanges += batch->size();
        ++m_report.batches;
        ++m_report.resentBatches;
        resendStoredBatches();
    });
}

Result<QList<BatchChange>> SyncJob::outgoingChanges(const SyncPlan& fresh, const QSet<ItemKey>& selected,
    const QList<OutboxEntry>& outbox, QList<QByteArray>* encoded) const
{
    QHash<qint64, const OutboxEntry*> entries;
    entries.reserve(outbox.size());
    for (const OutboxEntry& entry : outbox) {
        entries.insert(entry.id, &entry);
    }
    QList<BatchChange> changes;
    for (const SyncPlanItem& item : fresh.items) {
        if (!item.isOutgoing() || !selected.contains(ItemKey {item.kind, item.name})) {
            continue;
        }
        BatchChange change;
        change.kind = item.kind;
        change.name = item.name;
        change.entryIds = item.outboxEntryIds;
        switch (item.action) {
        case Action::Add:
        case Action::Change:
        case Action::Remove:
            change.put = item.localExists;
            change.ifRevision = item.baseRevision;
            break;
        case Action::Conflict:
            // Over whatever the platform holds now (the revision the admin saw): create-only when
            // it holds nothing.
            change.put = item.localExists;
            change.ifRevision = item.remoteExists ? item.remoteRevision : 0;
            break;
        default: // RemoteOnly or PullAdd chosen for deletion
            change.put = false;
            change.ifRevision = item.remoteRevision;
            break;
        }
        if (!change.put && change.ifRevision == 0) {
            continue; // a delete of what the platform does not hold: nothing to send
        }
        if (change.put && change.kind == ItemKind::Variable) {
            change.value = item.localValue;
            change.includeInExport = item.localIncludeInExport;
        }
        if (change.put && change.kind == ItemKind::Secret) {
            const OutboxEntry* last
                = item.outboxEntryIds.isEmpty() ? nullptr : entries.value(item.outboxEntryIds.constLast());
            SecretValue value;
            if (last && last->op == OutboxEntry::Op::Put) {
                value = last->secretValue;
            } else {
                Result<SecretValue> stored = m_store->syncSecretValue(project(), item.name);
                if (!stored) {
                    return stored.error();
                }
                value = std::move(stored).value();
            }
            encoded->append(ChangeBatch::encodeChange(change, value.bytes().constData(), value.size()));
        } else {
            encoded->append(ChangeBatch::encodeChange(change));
        }
        changes.append(change);
    }
    return changes;
}

void SyncJob::publishFresh(SyncPlan fresh)
{
    // Dropped when this function returns, whatever the outcome: it holds secret values.
    const QList<OutboxEntry> outbox = std::exchange(m_outbox, {});
    const QSet<ItemKey> selected = carryChoices(fresh, true);
    m_report.plan = fresh;
    for (const SyncPlanItem& item : fresh.items) {
        if (item.action == Action::Conflict && item.choice == Choice::Undecided) {
            reportConflicts(fresh);
            fail(makeError(ErrorCode::Conflict,
                     QCoreApplication::translate("SyncEngine",
                         "The %1 changed on the platform since the plan was shown, or conflicts now. Nothing more "
                         "was sent; prepare the publish again to see both sides and choose.")
                         .arg(itemText(item.kind, item.name))),
                SyncFailure::Conflict);
            return;
        }
    }
    if (!fresh.damagedEntryIds.isEmpty()) {
        fail(makeError(ErrorCode::Damaged,
                 QCoreApplication::translate("SyncEngine",
                     "A queued change could not be opened (damaged). Nothing more was sent; remove the project's "
                     "remote binding and bind it again to start over.")),
            SyncFailure::Damaged);
        return;
    }

    // The local side of the admin's choices first, in one transaction: a crash after it leaves
    // nothing half-resolved, and the base it writes is what the batches are built over.
    SyncApply resolutions;
    for (const SyncPlanItem& item : std::as_const(fresh.items)) {
        const bool takeRemote = item.action == Action::Conflict && item.choice == Choice::TakeRemote;
        if (item.action == Action::Settle || (takeRemote && selected.contains(ItemKey {item.kind, item.name}))) {
            addResolution(resolutions, item);
        }
    }
    if (!resolutions.dropEntries.isEmpty() || !resolutions.setStates.isEmpty() || !resolutions.clearStates.isEmpty()) {
        if (Result<void> applied = m_store->applySync(project(), resolutions); !applied) {
            failFromStore(applied.error());
            return;
        }
    }

    // The resolutions above only removed entries of items that are not outgoing, so the outbox the
    // plan was computed from still holds every entry an outgoing item lists.
    QList<QByteArray> encoded;
    Result<QList<BatchChange>> changes = outgoingChanges(fresh, selected, outbox, &encoded);
    if (!changes) {
        for (QByteArray& bytes : encoded) {
            wipe(bytes);
        }
        failFromStore(changes.error());
        return;
    }
    m_batches = ChangeBatch::split(
        changes.value(), encoded, m_report.identity.maxBatchChanges, m_report.identity.maxBatchBytes);
    m_totalChanges = m_doneChanges + static_cast<int>(changes->size());
    m_sentChanges = m_doneChanges;
    if (m_batches.empty()) {
        finishPublish();
        return;
    }
    if (m_cancelRequested) {
        failCancelledPublish();
        return;
    }
    if (std::optional<Error> failed = sendBatch(0)) {
        m_batches.clear();
        failFromStore(*failed);
    }
}

std::optional<Error> SyncJob::sendBatch(std::size_t index)
{
    ChangeBatch& batch = m_batches[index];
    const QByteArray key = newIdempotencyKey();
    // Stored before the first byte is sent, so a crash or a lost answer never loses the request
    // and the next publish repeats it with the same key.
    Result<qint64> batchId = m_store->addOutboxBatch(project(), key, batch.body(), batch.entryIds());
    if (!batchId) {
        return batchId.error();
    }
    const QLocale locale;
    setProgress(m_doneChanges, m_totalChanges,
        QCoreApplication::translate("SyncEngine", "Sending changes %1–%2 of %3")
            .arg(locale.toString(m_sentChanges + 1), locale.toString(m_sentChanges + batch.size()),
                locale.toString(m_totalChanges)));
    m_sentChanges += batch.size();
    PlatformReply* reply = m_client->postChanges(m_binding.remoteProjectId, batch.body(), key);
    const qint64 id = batchId.value();
    connect(reply, &PlatformReply::finished, this, [this, reply, index, id] { onBatchAnswered(reply, index, id); });
    // The previous answer is written as soon as this body is on its way (see m_pendingAnswer).
    connect(reply, &PlatformReply::uploadFinished, this, &SyncJob::writePendingAnswer);
    return std::nullopt;
}

void SyncJob::writePendingAnswer()
{
    if (!m_pendingAnswer || isFinished()) {
        return;
    }
    const SyncApply apply = *std::exchange(m_pendingAnswer, std::nullopt);
    if (Result<void> applied = m_store->applySync(project(), apply); !applied) {
        m_deferredStoreFailure = applied.error();
        return;
    }
    m_report.sent += m_pendingAnswerSize;
    m_doneChanges += m_pendingAnswerSize;
    ++m_report.batches;
}

void SyncJob::onBatchAnswered(PlatformReply* reply, std::size_t index, qint64 batchId)
{
    reply->deleteLater();
    if (isFinished() || index >= m_batches.size()) {
        return; // the job ended while this batch was in flight: it stays stored for the next publish
    }
    ChangeBatch& sent = m_batches[index];
    writePendingAnswer();
    if (m_deferredStoreFailure) {
        // The previous answer could not be written: this one is not written either. Both batches
        // stay stored and the next publish resends them with their keys.
        const Error error = *std::exchange(m_deferredStoreFailure, std::nullopt);
        m_batches.clear();
        failFromStore(error);
        return;
    }
    if (!reply->result()) {
        handleBatchFailure(reply, batchId, sent);
        m_batches.clear();
        return;
    }
    Result<SyncApply> apply = sent.completion(reply->response().body, m_report.identity.login);
    sent.wipe();
    if (!apply) {
        m_batches.clear();
        fail(apply.error(), SyncFailure::Network);
        return;
    }
    apply->completeBatch = batchId;
    // The platform has applied this batch: said before the vault write below, so that a cancel
    // prompted by it stops the chain before the next batch goes out.
    setProgress(m_doneChanges + sent.size(), m_totalChanges, QCoreApplication::translate("SyncEngine", "Changes sent"));

    // The next batch goes out before this answer is written into the vault, so that the platform
    // applies it while the vault writes (writePendingAnswer(), once the next body has left or when
    // the next batch answers, whichever comes first). Batches still reach the platform one after
    // another and in order (the next is sent only once this one has succeeded), and their answers
    // are written in order. A crash in between leaves both batches stored, and the next publish
    // resends them with their keys.
    const bool more = index + 1 < m_batches.size();
    bool nextInFlight = false;
    std::optional<Error> storeFailure;
    if (more && !m_cancelRequested) {
        storeFailure = sendBatch(index + 1);
        nextInFlight = !storeFailure;
    }
    m_pendingAnswer = std::move(apply).value();
    m_pendingAnswerSize = sent.size();
    if (nextInFlight) {
        return;
    }
    writePendingAnswer();
    if (m_deferredStoreFailure) {
        m_batches.clear();
        failFromStore(*std::exchange(m_deferredStoreFailure, std::nullopt));
    } else if (storeFailure) {
        m_batches.clear();
        failFromStore(*storeFailure);
    } else if (!more) {
        finishPublish();
    } else {
        failCancelledPublish();
    }
}

void SyncJob::failCancelledPublish()
{
    m_batches.clear();
    fail(makeError(ErrorCode::Cancelled,
             QCoreApplication::translate("SyncEngine",
                 "Publishing was cancelled after %1 of %2 changes; the rest stay queued for the next publish.")
                 .arg(m_report.sent)
                 .arg(m_totalChanges)),
        SyncFailure::Cancelled);
    reportConflicts(SyncPlan());
}

void SyncJob::handleBatchFailure(PlatformReply* reply, qint64 batchId, const ChangeBatch& batch)
{
    const PlatformResponse& response = reply->response();
    const bool final = reply->failure() == PlatformFailure::Http && response.status >= 400 && response.status < 500
        && response.status != 401 && response.status != 408 && response.status != 409 && response.status != 429;
    if (final) {
        // The server refused it for good and applied nothing: the batch goes, its entries stay
        // queued for a new request once the admin has acted on the message.
        SyncApply drop;
        drop.dropBatch = batchId;
        if (Result<void> applied = m_store->applySync(project(), drop); !applied) {
            failFromStore(applied.error());
            return;
        }
    }
    if (final && response.status == 412) {
        m_report.conflicts = batch.conflicts(response.errorDetails);
        reportConflicts(SyncPlan());
        fail(makeError(ErrorCode::Conflict,
                 QCoreApplication::translate("SyncEngine",
                     "%n item(s) changed on the platform while publishing; nothing of that batch was applied. "
                     "Prepare the publish again to see both sides and choose.",
                     nullptr, static_cast<int>(qMax<qsizetype>(1, m_report.conflicts.size())))),
            SyncFailure::Conflict);
        return;
    }
    // Anything not final (network, timeouts, 5xx after the retries, a malformed answer, TLS, 401)
    // keeps the stored batch: the next publish sends it again with the same key, and the server
    // answers with the recorded result if it had applied it.
    failFromReply(reply);
}

void SyncJob::finishPublish()
{
    m_batches.clear();
    setProgress(m_totalChanges, m_totalChanges, QCoreApplication::translate("SyncEngine", "Published"));
    reportConflicts(SyncPlan());
    succeed();
}

// ---- Pull

void SyncJob::startPull(const SyncPlan& plan)
{
    m_confirmed = plan;
    m_report.plan = plan;
    if (refuseUnappliableChoices(plan) || !takeSyncLock()) {
        return;
    }
    if (!openProjectClient()) {
        return;
    }
    fetchIdentity([this] { fetchPlan([this](SyncPlan fresh) { pullFresh(std::move(fresh)); }); });
}

void SyncJob::pullFresh(SyncPlan fresh)
{
    const QSet<ItemKey> selected = carryChoices(fresh, false);
    m_report.plan = fresh;
    SyncApply apply;
    int undecided = 0;
    for (const SyncPlanItem& item : std::as_const(fresh.items)) {
        const ItemKey key {item.kind, item.name};
        if (item.action == Action::Settle) {
            addResolution(apply, item);
            continue;
        }
        if (item.action == Action::Conflict && item.choice == Choice::Undecided) {
            ++undecided;
            continue;
        }
        if (!item.isIncoming() || !selected.contains(key)) {
            continue;
        }
        switch (item.action) {
        case Action::PullAdd:
        case Action::PullChange:
            // A pulled value under such a name would run code in every program `run` starts.
            if (const QString warning = StartupVariables::warning(item.name); !warning.isEmpty()) {
                m_report.warnings.append(warning);
            }
            apply.putVariables.append(PulledVariable {item.name, item.remoteValue, item.remoteIncludeInExport});
            apply.setStates.append(stateFromRemote(item));
            apply.dropEntries += item.outboxEntryIds;
            ++m_report.pulled;
            break;
        case Action::PullRemove:
            apply.removeItems.append(key);
            apply.clearStates.append(key);
            apply.dropEntries += item.outboxEntryIds;
            ++m_report.pulled;
            break;
        case Action::SecretChangedRemotely:
            apply.setStates.append(stateFromRemote(item));
            m_report.warnings.append(QCoreApplication::translate("SyncEngine",
                "Secret '%1' was replaced on the platform by %2; the local value may be out of date. Replace it "
                "here if you know the new value.")
                                         .arg(item.name, item.remoteUpdatedBy));
            break;
        case Action::Conflict:
            addResolution(apply, item);
            break;
        default:
            break;
        }
    }
    if (undecided > 0) {
        m_report.warnings.append(QCoreApplication::translate("SyncEngine",
            "%n conflict(s) were left as they are: choose a side for each and pull or publish again.", nullptr,
            undecided));
    }
    const bool empty = apply.dropEntries.isEmpty() && apply.putVariables.isEmpty() && apply.removeItems.isEmpty()
        && apply.setStates.isEmpty() && apply.clearStates.isEmpty();
    if (!empty) {
        if (Result<void> applied = m_store->applySync(project(), apply); !applied) {
            failFromStore(applied.error());
            return;
        }
    }
    reportConflicts(fresh);
    succeed();
}
