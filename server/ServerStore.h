#pragma once

#include "models/Result.h"
#include "server/ServerCipher.h"
#include "server/ServerRecords.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

// The reference server's own store: one SQLite file (Qt SQL, WAL, synchronous=FULL) with users,
// token hashes, projects, items with their per-project revision counter, and idempotency records.
// Secret values are sealed with ServerCipher under a key file kept beside the database; tokens are
// stored as SHA-256 only. The store runs no transaction of its own in the write calls: the caller
// brackets one request (or one console command) with begin() and commit(), so a request and its
// idempotency record land together.
class ServerStore
{
public:
    // Opens or creates the database and its key file (`databasePath` + ".key", mode 0600).
    static Result<std::unique_ptr<ServerStore>> open(const QString& databasePath);
    ~ServerStore();
    ServerStore(const ServerStore&) = delete;
    ServerStore& operator=(const ServerStore&) = delete;

    Result<void> begin();
    Result<void> commit();
    void rollback();

    // Creates the user with a first token and returns the token's value, which is not stored.
    Result<QString> addUser(const QString& login, const QList<Role>& roles);
    // The user and token for a presented token value; nullopt when it is unknown or revoked.
    Result<std::optional<Caller>> findCaller(const QByteArray& tokenValue);

    Result<ServerProject> createProject(const QString& name, const QString& createdBy);
    Result<std::optional<ServerProject>> project(qint64 id);
    // Projects with an id above `afterId`, by id, at most `limit`.
    Result<QList<ServerProject>> projects(qint64 afterId, int limit);

    Result<std::optional<ServerItem>> item(qint64 projectId, ItemKind kind, const QString& name);
    // Items whose name sorts after `afterName` in byte order, at most `limit`.
    Result<QList<ServerItem>> items(qint64 projectId, ItemKind kind, const QString& afterName, int limit);
    // Creates or replaces the item under the project's next revision and returns the stored row
    // (a secret's row without its value).
    Result<ServerItem> putItem(qint64 projectId, ItemKind kind, const QString& name, const QString& value,
        bool includeInExport, const QString& updatedBy);
    Result<void> deleteItem(qint64 projectId, ItemKind kind, const QString& name);
    // A secret's plaintext, for the bot runtime only: never for an API response.
    Result<QString> secretValue(qint64 projectId, const QString& name);

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

    QString m_connectionName;
    ServerCipher m_cipher;
    QByteArray m_fingerprintKey;
};
