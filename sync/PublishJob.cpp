#include "sync/PublishJob.h"

#include "sync/PlatformClient.h"
#include "sync/PlatformReply.h"

#include <QCoreApplication>
#include <QLocale>
#include <QNetworkReply>
#include <QtCrypto>

#include <memory>
#include <utility>

namespace {

using Action = SyncPlanItem::Action;
using Choice = SyncPlanItem::Choice;

} // namespace

PublishJob::PublishJob(ProjectId project, SyncStore* store, PlatformSettings settings, QObject* parent)
    : SyncJob(Kind::Publish, project, store, std::move(settings), parent)
{
}

PublishJob::~PublishJob() = default;

void PublishJob::start(const SyncPlan& plan)
{
    m_clock.start();
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
    learnIdentity([this] { checkRoles(); });
}

bool PublishJob::hasStoredBatches() const
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

void PublishJob::checkRoles()
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

void PublishJob::resendStoredBatches()
{
    Result<QList<OutboxBatch>> stored = m_store->outboxBatches(project());
    if (!stored) {
        failFromStore(stored.error());
        return;
    }
    QList<OutboxBatch> batches = std::move(stored).value();
    if (batches.isEmpty()) {
        fetchPlan(
            [this](SyncPlan fresh, QList<OutboxEntry> outbox) { publishFresh(std::move(fresh), std::move(outbox)); });
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
    connect(reply, &PlatformReply::finished, this,
        [this, reply, batch, batchId] { onStoredBatchAnswered(reply, *batch, batchId); });
}

void PublishJob::onStoredBatchAnswered(PlatformReply* reply, ChangeBatch& batch, qint64 batchId)
{
    reply->deleteLater();
    if (!reply->result()) {
        recordBatchFailure(reply, batchId, batch);
        batch.wipe();
        settleWhenIdle();
        return;
    }
    Result<SyncApply> apply = batch.completion(reply->response().body, m_report.identity.login);
    batch.wipe();
    if (!apply) {
        fail(apply.error(), SyncFailure::Network);
        return;
    }
    apply->completeBatch = batchId;
    if (Result<void> applied = m_store->applySync(project(), apply.value()); !applied) {
        failFromStore(applied.error());
        return;
    }
    m_report.sent += batch.size();
    m_doneChanges += batch.size();
    ++m_report.batches;
    ++m_report.resentBatches;
    resendStoredBatches();
}

Result<QList<BatchChange>> PublishJob::outgoingChanges(const SyncPlan& fresh, const QSet<ItemKey>& selected,
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
            // The rule and age as this vault holds them now (a secret of the vault always has a
            // rotation time), so a rule-only change reaches the platform with its value unchanged.
            if (item.localRotation.rotatedAt.isValid()) {
                change.rotation = item.localRotation;
            }
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

void PublishJob::publishFresh(SyncPlan fresh, const QList<OutboxEntry>& outbox)
{
    const QSet<ItemKey> selected = carryChoices(fresh, true);
    m_report.plan = fresh;
    if (refuseFreshPlan(fresh) || !applyResolutions(fresh, selected)) {
        return;
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
    m_confirmedChanges = m_doneChanges;
    m_report.timings.planMs = m_clock.elapsed();
    sendMoreBatches();
}

bool PublishJob::refuseFreshPlan(const SyncPlan& fresh)
{
    for (const SyncPlanItem& item : fresh.items) {
        if (item.action == Action::Conflict && item.choice == Choice::Undecided) {
            reportConflicts(fresh);
            fail(makeError(ErrorCode::Conflict,
                     QCoreApplication::translate("SyncEngine",
                         "The %1 changed on the platform since the plan was shown, or conflicts now. Nothing more "
                         "was sent; prepare the publish again to see both sides and choose.")
                         .arg(itemText(item.kind, item.name))),
                SyncFailure::Conflict);
            return true;
        }
    }
    if (!fresh.damagedEntryIds.isEmpty()) {
        fail(makeError(ErrorCode::Damaged,
                 QCoreApplication::translate("SyncEngine",
                     "A queued change could not be opened (damaged). Nothing more was sent; remove the project's "
                     "remote binding and bind it again to start over.")),
            SyncFailure::Damaged);
        return true;
    }
    return false;
}

bool PublishJob::applyResolutions(const SyncPlan& fresh, const QSet<ItemKey>& selected)
{
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
            return false;
        }
    }
    return true;
}

void PublishJob::sendMoreBatches()
{
    while (m_inFlight < kMaxBatchesInFlight && m_nextBatch < m_batches.size() && !m_stop && !m_cancelRequested) {
        if (std::optional<Error> failed = sendBatch(m_nextBatch)) {
            stopWith(*failed, storeFailure(*failed));
            break;
        }
        ++m_nextBatch;
    }
    settleWhenIdle();
}

std::optional<Error> PublishJob::sendBatch(std::size_t index)
{
    ChangeBatch& batch = m_batches[index];
    const QByteArray key = newIdempotencyKey();
    // Stored before the first byte is sent, so a crash or a lost answer never loses the request
    // and the next publish repeats it with the same key.
    QElapsedTimer storing;
    storing.start();
    Result<qint64> batchId = m_store->addOutboxBatch(project(), key, batch.body(), batch.entryIds());
    m_report.timings.storeMs += storing.elapsed();
    if (!batchId) {
        return batchId.error();
    }
    const QLocale locale;
    setProgress(m_confirmedChanges, m_totalChanges,
        QCoreApplication::translate("SyncEngine", "Sending changes %1–%2 of %3")
            .arg(locale.toString(m_sentChanges + 1), locale.toString(m_sentChanges + batch.size()),
                locale.toString(m_totalChanges)));
    m_sentChanges += batch.size();
    PlatformReply* reply = m_client->postChanges(m_binding.remoteProjectId, batch.body(), key);
    ++m_inFlight;
    const qint64 id = batchId.value();
    connect(reply, &PlatformReply::finished, this, [this, reply, index, id] { onBatchAnswered(reply, index, id); });
    // The answers checked so far are written as soon as this body is on its way.
    connect(reply, &PlatformReply::uploadFinished, this, &PublishJob::writeCheckedAnswers);
    return std::nullopt;
}

void PublishJob::onBatchAnswered(PlatformReply* reply, std::size_t index, qint64 batchId)
{
    reply->deleteLater();
    --m_inFlight;
    if (isFinished() || index >= m_batches.size()) {
        return; // the job ended while this batch was in flight: it stays stored for the next publish
    }
    ChangeBatch& sent = m_batches[index];
    if (!reply->result()) {
        recordBatchFailure(reply, batchId, sent);
        sent.wipe();
        settleWhenIdle();
        return;
    }
    Result<SyncApply> apply = sent.completion(reply->response().body, m_report.identity.login);
    sent.wipe();
    if (!apply) {
        stopWith(apply.error(), SyncFailure::Network);
        settleWhenIdle();
        return;
    }
    apply->completeBatch = batchId;
    m_checkedAnswers.push_back(
        CheckedAnswer {std::move(apply).value(), sent.size(), reply->response().projectRevision});
    m_confirmedChanges += sent.size();
    // The platform has applied this batch: said before anything else, so that a cancel prompted by
    // it stops the chain before the next batch goes out.
    setProgress(m_confirmedChanges, m_totalChanges, QCoreApplication::translate("SyncEngine", "Changes sent"));

    // The next batch goes out before this answer is written into the vault, so that the platform
    // has one to apply while the vault writes (writeCheckedAnswers(), once that body has left). The
    // batches hold different items, so the order in which the platform applies two of them does
    // not matter; each item's ifRevision still guards it. A crash in between leaves the unanswered
    // batches stored, and the next publish resends them with their keys.
    const int inFlightBefore = m_inFlight;
    sendMoreBatches();
    if (!isFinished() && m_inFlight == inFlightBefore) {
        writeCheckedAnswers();
        settleWhenIdle();
    }
}

void PublishJob::writeCheckedAnswers()
{
    QElapsedTimer writing;
    writing.start();
    while (!m_checkedAnswers.empty() && !isFinished()) {
        const CheckedAnswer answer = std::move(m_checkedAnswers.front());
        m_checkedAnswers.pop_front();
        if (Result<void> applied = m_store->applySync(project(), answer.apply); !applied) {
            // This batch and those after it stay stored: the next publish resends them with their
            // keys and the platform repeats its answers.
            m_checkedAnswers.clear();
            stopWith(applied.error(), storeFailure(applied.error()));
            break;
        }
        m_report.sent += answer.size;
        m_doneChanges += answer.size;
        ++m_report.batches;
        if (answer.projectRevision) {
            Q_EMIT projectRevisionMoved(*answer.projectRevision - answer.size, *answer.projectRevision);
        }
    }
    m_report.timings.acknowledgeMs += writing.elapsed();
}

void PublishJob::stopWith(const Error& error, SyncFailure failure)
{
    if (!m_stop) {
        m_stop = std::make_pair(error, failure);
    }
}

void PublishJob::settleWhenIdle()
{
    if (m_inFlight > 0 || isFinished()) {
        return;
    }
    writeCheckedAnswers();
    if (m_stop) {
        m_batches.clear();
        fail(m_stop->first, m_stop->second);
    } else if (m_nextBatch < m_batches.size()) {
        failCancelledPublish();
    } else {
        finishPublish();
    }
}

void PublishJob::failCancelledPublish()
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

void PublishJob::recordBatchFailure(PlatformReply* reply, qint64 batchId, const ChangeBatch& batch)
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
            stopWith(applied.error(), storeFailure(applied.error()));
            return;
        }
    }
    if (final && response.status == 412) {
        m_report.conflicts += batch.conflicts(response.errorDetails);
        reportConflicts(SyncPlan());
        stopWith(makeError(ErrorCode::Conflict,
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
    const auto [error, failure] = replyFailure(reply);
    stopWith(error, failure);
}

void PublishJob::finishPublish()
{
    m_batches.clear();
    m_report.timings.totalMs = m_clock.elapsed();
    setProgress(m_totalChanges, m_totalChanges, QCoreApplication::translate("SyncEngine", "Published"));
    reportConflicts(SyncPlan());
    succeed();
}
