#pragma once

#include "models/Result.h"
#include "server/AuditTrail.h"
#include "server/ServerCipher.h"
#include "server/ServerRecords.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <map>
#include <memory>
#include <optional>

class QSqlDatabase;
class QSqlError;
class QSqlQuery;

// The reference server's own store: one SQLite file (Qt SQL, WAL, synchronous=FULL) with users,
// token hashes, projects, items with their per-project revision counter, and idempotency records.
// Secret values are sealed with ServerCipher under a key file kept beside the database; tokens are
// stored as SHA-256 only. The store runs no transaction of its own in the write calls: the caller
// brackets one request (or one console command) with begin() and commit(), so a request and its
// idempotency record land together.
class ServerStore
{
public:
    // One change of a /changes batch, already validated and checked against its precondition.
    struct ItemWrite
    {
        bool put = true;
        ItemKind kind = ItemKind::Variable;
        QString name;
        // Puts only.
        QString value;
        bool includeInExport = false;
        // Puts of secrets only.
        RotationWrite rotation {};
    };

    // Opens or creates the database and its key file (`databasePath` + ".key", mode 0600).
    static Result<std::unique_ptr<ServerStore>> open(const QString& databasePath);
    ~ServerStore();
    ServerStore(const ServerStore&) = delete;
    ServerStore& operator=(const ServerStore&) = delete;

    Result<void> begin();
    Result<void> commit();
    void rollback();

    // What `token list` shows of a token: never its value (only a hash of it is stored).
    struct TokenInfo
    {
        qint64 id = 0;
        QString login;
        QString name;
        QString createdAt;
        QString expiresAt; // empty: never
        bool revoked = false;
        bool expired = false;
        bool userDisabled = false;
    };

    // Creates the user with a first token and returns the token's value, which is not stored. The
    // token expires after `expiresInDays` days (0: never).
    Result<QString> addUser(const QString& login, const QList<Role>& roles, int expiresInDays = 0);
    // The user and token for a presented token value; nullopt when it is unknown, revoked or expired,
    // or its user is disabled. Read per request, so a change made beside a running server counts at once.
    Result<std::optional<Caller>> findCaller(const QByteArray& tokenValue);
    // Every token, by id.
    Result<QList<TokenInfo>> tokens();
    // False when the token was already revoked; NotFound when there is no such token.
    Result<bool> revokeToken(qint64 tokenId);
    // False when the user already was in that state; NotFound when there is no such user.
    Result<bool> setUserDisabled(const QString& login, bool disabled);

    Result<ServerProject> createProject(const QString& name, const QString& createdBy);
    Result<std::optional<ServerProject>> project(qint64 id);
    // Projects with an id above `afterId`, by id, at most `limit`.
    Result<QList<ServerProject>> projects(qint64 afterId, int limit);

    Result<std::optional<ServerItem>> item(qint64 projectId, ItemKind kind, const QString& name);
    // Items whose name sorts after `afterName` in byte order, at most `limit`.
    Result<QList<ServerItem>> items(qint64 projectId, ItemKind kind, const QString& afterName, int limit);
    // Creates or replaces the item under the project's next revision and returns the stored row
    // (a secret's row without its value). `rotation` is a secret's (see RotationWrite).
    Result<ServerItem> putItem(qint64 projectId, ItemKind kind, const QString& name, const QString& value,
        bool includeInExport, const QString& updatedBy, const RotationWrite& rotation = {});
    // Removes the row only: a delete through the API goes through applyItemWrites(), which moves the
    // project revision.
    Result<void> deleteItem(qint64 projectId, ItemKind kind, const QString& name);
    // Applies the writes in order, inside the caller's transaction. Every write takes the project's
    // next revision in request order, a delete too (one counter update for the whole batch), so the
    // project revision moves by exactly writes.size(); the puts share one timestamp.
    // Returns one row per write: a put's stored row (a secret's without its value), a delete's kind
    // and name only. On failure the caller rolls back: some writes may have been made.
    Result<QList<ServerItem>> applyItemWrites(
        qint64 projectId, const QList<ItemWrite>& writes, const QString& updatedBy);
    // The project revision (docs/API.md, "Project revision"): the counter's last value, which every
    // write of an item or the bot script moves. NotFound for an unknown project.
    Result<qint64> projectRevision(qint64 projectId);
    // A secret's plaintext, for the bot runtime only: never for an API response.
    Result<QString> secretValue(qint64 projectId, const QString& name);

    // Every secret of the project with its plaintext, for the bot runtime only (it masks them in
    // replies): never for an API response.
    Result<QList<QPair<QString, QString>>> secretValues(qint64 projectId);

    // Bot channels (schema 2). createProject() also creates the project's TEST_WIDGET channel; a
    // second one fails with AlreadyExists.
    Result<ServerChannel> createChannel(
        qint64 projectId, const QString& type, const QString& name, const QString& createdBy);
    Result<std::optional<ServerChannel>> channel(qint64 channelId);
    // The project's channels with an id above `afterId`, by id, at most `limit`.
    Result<QList<ServerChannel>> channels(qint64 projectId, qint64 afterId, int limit);
    Result<qint64> testWidgetChannelId(qint64 projectId);
    // Variables whose deploy would change what the channel reads, by name after `afterName`.
    Result<QList<PendingVariable>> pendingVariables(const ServerChannel& channel, const QString& afterName, int limit);
    Result<qint64> pendingVariableCount(const ServerChannel& channel);
    // The variables of a deploy's snapshot, by name after `afterName`.
    Result<QList<DeployedVariable>> deployedVariables(qint64 deployId, const QString& afterName, int limit);
    // What the channel runs now: its active snapshot (empty when it was never deployed).
    Result<ChannelRuntimeInput> channelRuntimeInput(const ServerChannel& channel);

    // Creates a QUEUED deploy with its task and the snapshot of the project's variables and bot
    // script as they are now, and forgets the channel's deploys past the latest 1,000 (never the
    // active one).
    Result<ServerDeploy> createDeploy(const ServerChannel& channel, const QString& requestedBy);
    Result<std::optional<ServerDeploy>> deploy(qint64 deployId);
    // The deploy behind a task; nullopt when there is no such task or it finished over 7 days ago.
    Result<std::optional<ServerDeploy>> deployOfTask(qint64 taskId);
    Result<std::optional<ServerDeploy>> latestDeploy(qint64 channelId);
    // The channel's QUEUED or RUNNING deploy, if any.
    Result<std::optional<ServerDeploy>> unfinishedDeploy(qint64 channelId);
    // The channel's deploys with an id below `beforeId` (0: from the newest), newest first.
    Result<QList<ServerDeploy>> deploys(qint64 channelId, qint64 beforeId, int limit);
    Result<QByteArray> deployScript(qint64 deployId);
    // QUEUED → RUNNING; false when the deploy is not QUEUED (gone, or already run).
    Result<bool> startDeploy(qint64 deployId);
    // RUNNING → SUCCEEDED (an empty `errorCode`: the channel's active deploy becomes this one) or
    // FAILED (the channel keeps its previous snapshot).
    Result<void> finishDeploy(qint64 deployId, const QString& errorCode, const QString& errorMessage);
    // After a crash or a stop: RUNNING deploys go back to QUEUED; returns every QUEUED deploy, oldest first.
    Result<QList<qint64>> requeueUnfinishedDeploys();
    // Forgets tasks that finished over 7 days ago (their deploys stay in the history).
    Result<void> purgeExpiredTasks();

    // The project's bot script; nullopt when none was written.
    Result<std::optional<ServerBotScript>> botScript(qint64 projectId);
    // Writes the script under the project's next revision.
    Result<ServerBotScript> putBotScript(qint64 projectId, const QByteArray& source, const QString& updatedBy);

    // The project's audit trail (schema 4): appended inside the caller's transaction, so an entry
    // lands with the write it records or not at all. The `at` of an entry left empty is now().
    Result<void> appendAuditEvents(const QList<ServerAuditEvent>& events);
    // The entries that match `filter`, newest first, at most `filter.limit`.
    Result<QList<ServerAuditEvent>> auditEvents(const ServerAuditFilter& filter);

    // HMAC-SHA256 of the request under the server's own random key, so no plain hash of a secret
    // value is ever stored with an idempotency record.
    QByteArray fingerprint(const QByteArray& method, const QByteArray& pathWithQuery, const QByteArray& body) const;
    // The record for (user, key) if it is younger than the key lifetime.
    Result<std::optional<IdempotencyRecord>> idempotencyRecord(qint64 userId, const QString& key);
    Result<void> saveIdempotencyRecord(qint64 userId, const QString& key, const IdempotencyRecord& record);
    // Forgets the records past the key lifetime (7 days).
    Result<void> purgeExpiredIdempotencyRecords();

    // The time format of the API: RFC 3339 UTC with milliseconds.
    static QString now();

private:
    ServerStore(QString connectionName, ServerCipher cipher);
    Result<void> migrate();
    Result<void> loadFingerprintKey();
    Result<void> exec(const QString& statement);
    // The project counter's next value: every write of an item or the bot script takes one.
    Result<qint64> takeRevision(qint64 projectId);
    // Takes `count` consecutive revisions at once and returns the first of them.
    Result<qint64> takeRevisions(qint64 projectId, qint64 count);
    // A statement prepared once per connection and reused: preparing (parsing and planning the
    // SQL) costs far more than running a point query, and a batch runs the same few statements a
    // thousand times. The query is reset (finish()) before it is handed out again.
    Result<QSqlQuery*> cachedQuery(const QString& sql);
    QSqlDatabase db() const;
    static Error databaseError(const QSqlError& error);

    QString m_connectionName;
    ServerCipher m_cipher;
    QByteArray m_fingerprintKey;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_queries;
};
