#include "server/ServerStore.h"

#include "server/ServerLimits.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

// 1: users, tokens, projects, items, idempotency. 2: channels, deploys, tasks, bot scripts.
// 3: token expiry, disabled users. 4: the projects' audit trail. 5: secrets' rotation metadata.
constexpr int kSchemaVersion = 5;
constexpr int kFingerprintKeyBytes = 32;
constexpr int kTokenBytes = 32;
const char kTokenPrefix[] = "bv_";

} // namespace

Error ServerStore::databaseError(const QSqlError& error)
{
    // SQLite's messages name the statement's failure, never a bound value.
    return makeError(ErrorCode::Io,
        QStringLiteral("The server's database failed (%1). Check the free space and the permissions of "
                       "the database folder.")
            .arg(error.text()));
}

namespace {

QSqlDatabase database(const QString& connectionName)
{
    return QSqlDatabase::database(connectionName, false);
}

// Binding for a sealed secret: a ciphertext copied to another project or name fails to open.
QByteArray secretBinding(qint64 projectId, const QString& name)
{
    return QByteArrayLiteral("botvault-server secret v1|") + QByteArray::number(projectId) + '|' + name.toUtf8();
}

QString rolesText(const QList<Role>& roles)
{
    QStringList names;
    for (Role role : roles) {
        names.append(roleName(role));
    }
    return names.join(QLatin1Char(','));
}

QList<Role> rolesFromText(const QString& text)
{
    QList<Role> roles;
    for (const QString& name : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const std::optional<Role> role = roleFromName(name)) {
            roles.append(*role);
        }
    }
    return roles;
}

ServerItem itemFromQuery(const QSqlQuery& query, ItemKind kind)
{
    ServerItem item;
    item.kind = kind;
    item.name = query.value(0).toString();
    if (kind == ItemKind::Variable) {
        item.value = QString::fromUtf8(query.value(1).toByteArray());
    }
    item.includeInExport = query.value(2).toBool();
    item.revision = query.value(3).toLongLong();
    item.createdAt = query.value(4).toString();
    item.updatedAt = query.value(5).toString();
    item.updatedBy = query.value(6).toString();
    if (kind == ItemKind::Secret) {
        item.rotatedAt = query.value(7).toString();
        item.rotationPeriodDays = query.value(8).toInt();
        item.expiresAt = query.value(9).toString();
    }
    return item;
}

// The rotation columns of a secret put: the given time (never after the write's own time, so a
// client's clock running ahead cannot make a value younger than its write) or the write's time.
QString rotatedAtOf(const RotationWrite& rotation, const QString& timestamp)
{
    if (rotation.rotatedAt.isEmpty()) {
        return timestamp;
    }
    const QDateTime given = QDateTime::fromString(rotation.rotatedAt, Qt::ISODateWithMs);
    const QDateTime now = QDateTime::fromString(timestamp, Qt::ISODateWithMs);
    if (!given.isValid() || given > now) {
        return timestamp;
    }
    return given.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

ServerStore::ServerStore(QString connectionName, ServerCipher cipher)
    : m_connectionName(std::move(connectionName)), m_cipher(std::move(cipher))
{
}

ServerStore::~ServerStore()
{
    // Prepared statements belong to the connection and must go before it closes.
    m_queries.clear();
    {
        QSqlDatabase db = database(m_connectionName);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<ServerStore>> ServerStore::open(const QString& databasePath)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        return makeError(ErrorCode::Unsupported,
            QStringLiteral("Qt's SQLite driver is missing. Install the package libqt6sql6-sqlite."));
    }
    Result<ServerCipher> cipher = ServerCipher::openKeyFile(databasePath + QStringLiteral(".key"));
    if (!cipher) {
        return cipher.error();
    }
    // The database holds token hashes and sealed secrets: owner-only from its first byte (SQLite
    // gives the -wal and -shm files the database's mode).
    const QByteArray nativePath = QFile::encodeName(databasePath);
    const int fd = ::open(nativePath.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        return makeError(ErrorCode::Io,
            QStringLiteral("Could not create the server database '%1'. Check the path and the "
                           "permissions of its folder.")
                .arg(databasePath));
    }
    ::close(fd);
    static std::atomic<int> s_connectionCount {0};
    const QString connectionName = QStringLiteral("botvault-server-%1").arg(++s_connectionCount);
    std::unique_ptr<ServerStore> store(new ServerStore(connectionName, std::move(cipher).value()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            return makeError(ErrorCode::Io,
                QStringLiteral("Could not open the server database '%1' (%2). Check the path and its "
                               "permissions.")
                    .arg(databasePath, db.lastError().text()));
        }
    }
    for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON",
             "PRAGMA secure_delete=ON", "PRAGMA temp_store=MEMORY"}) {
        if (Result<void> done = store->exec(QString::fromLatin1(pragma)); !done) {
            return done.error();
        }
    }
    if (Result<void> migrated = store->migrate(); !migrated) {
        return migrated.error();
    }
    if (Result<void> loaded = store->loadFingerprintKey(); !loaded) {
        return loaded.error();
    }
    return store;
}

Result<void> ServerStore::exec(const QString& statement)
{
    QSqlQuery query(database(m_connectionName));
    if (!query.exec(statement)) {
        return databaseError(query.lastError());
    }
    return {};
}

namespace {

// Schema 1: users, tokens, projects and their items, idempotency records.
QStringList schemaVersion1()
{
    return {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB NOT NULL)"),
        QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY AUTOINCREMENT, login TEXT NOT NULL UNIQUE, "
                       "roles TEXT NOT NULL, created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE tokens (id INTEGER PRIMARY KEY AUTOINCREMENT, user_id INTEGER NOT NULL "
                       "REFERENCES users(id), name TEXT NOT NULL, token_hash BLOB NOT NULL UNIQUE, "
                       "created_at TEXT NOT NULL, revoked INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE projects (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, "
                       "created_at TEXT NOT NULL, created_by TEXT NOT NULL, "
                       "revision_counter INTEGER NOT NULL DEFAULT 0)"),
        // The primary key is the listing's index: names in byte order (BINARY collation).
        QStringLiteral("CREATE TABLE items (project_id INTEGER NOT NULL REFERENCES projects(id), "
                       "kind INTEGER NOT NULL, name TEXT NOT NULL, value BLOB NOT NULL, "
                       "include_in_export INTEGER NOT NULL DEFAULT 0, revision INTEGER NOT NULL, "
                       "created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL, "
                       "PRIMARY KEY (project_id, kind, name)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE idempotency (user_id INTEGER NOT NULL REFERENCES users(id), key TEXT NOT "
                       "NULL, fingerprint BLOB NOT NULL, status INTEGER NOT NULL, headers BLOB NOT NULL, "
                       "body BLOB NOT NULL, created_at INTEGER NOT NULL, PRIMARY KEY (user_id, key))"),
    };
}

// Schema 2: channels, deploys and their tasks, the bot scripts.
QStringList schemaVersion2()
{
    return {
        QStringLiteral("CREATE TABLE channels (id INTEGER PRIMARY KEY AUTOINCREMENT, project_id INTEGER NOT NULL "
                       "REFERENCES projects(id), type TEXT NOT NULL, name TEXT NOT NULL, created_at TEXT NOT NULL, "
                       "created_by TEXT NOT NULL, active_deploy_id INTEGER REFERENCES deploys(id))"),
        QStringLiteral("CREATE INDEX channels_by_project ON channels (project_id, id)"),
        // Exactly one test widget per project, whoever tries to make a second one.
        QStringLiteral("CREATE UNIQUE INDEX channels_one_test_widget ON channels (project_id) "
                       "WHERE type = 'TEST_WIDGET'"),
        QStringLiteral("CREATE TABLE deploys (id INTEGER PRIMARY KEY AUTOINCREMENT, channel_id INTEGER NOT NULL "
                       "REFERENCES channels(id), task_id INTEGER NOT NULL DEFAULT 0, status TEXT NOT NULL, "
                       "requested_at TEXT NOT NULL, started_at TEXT, finished_at TEXT, requested_by TEXT NOT "
                       "NULL, variable_count INTEGER NOT NULL DEFAULT 0, script BLOB, script_revision INTEGER, "
                       "error_code TEXT, error_message TEXT)"),
        QStringLiteral("CREATE INDEX deploys_by_channel ON deploys (channel_id, id)"),
        QStringLiteral("CREATE TABLE deploy_variables (deploy_id INTEGER NOT NULL REFERENCES deploys(id) "
                       "ON DELETE CASCADE, name TEXT NOT NULL, value BLOB NOT NULL, revision INTEGER NOT NULL, "
                       "PRIMARY KEY (deploy_id, name)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE tasks (id INTEGER PRIMARY KEY AUTOINCREMENT, deploy_id INTEGER NOT NULL "
                       "UNIQUE REFERENCES deploys(id) ON DELETE CASCADE, created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE bot_scripts (project_id INTEGER PRIMARY KEY REFERENCES projects(id), "
                       "source BLOB NOT NULL, revision INTEGER NOT NULL, created_at TEXT NOT NULL, "
                       "updated_at TEXT NOT NULL, updated_by TEXT NOT NULL)"),
        // Projects made before channels existed get the test widget every project has.
        QStringLiteral("INSERT INTO channels (project_id, type, name, created_at, created_by) SELECT id, "
                       "'TEST_WIDGET', 'Test widget', created_at, created_by FROM projects"),
    };
}

// Schema 3: tokens expire, users can be disabled.
QStringList schemaVersion3()
{
    return {
        QStringLiteral("ALTER TABLE tokens ADD COLUMN expires_at TEXT"),
        QStringLiteral("ALTER TABLE users ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0"),
    };
}

// Schema 4: the projects' audit trail (docs/API.md "Audit log"), listed newest first per project.
QStringList schemaVersion4()
{
    return {
        QStringLiteral("CREATE TABLE audit_events (id INTEGER PRIMARY KEY AUTOINCREMENT, project_id INTEGER NOT "
                       "NULL REFERENCES projects(id), at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, "
                       "item_kind TEXT, item_name TEXT, channel_id INTEGER, deploy_id INTEGER, revision INTEGER, "
                       "details TEXT NOT NULL, request_id TEXT)"),
        QStringLiteral("CREATE INDEX audit_events_by_project ON audit_events (project_id, id)"),
    };
}

// Schema 5: a secret's rotation metadata (docs/API.md "Secrets"), never a value. Every put has
// replaced the value so far, so a secret's value was last replaced when it was last written.
QStringList schemaVersion5()
{
    return {
        QStringLiteral("ALTER TABLE items ADD COLUMN rotated_at TEXT"),
        QStringLiteral("ALTER TABLE items ADD COLUMN rotation_period_days INTEGER"),
        QStringLiteral("ALTER TABLE items ADD COLUMN expires_at TEXT"),
        QStringLiteral("UPDATE items SET rotated_at = updated_at WHERE kind = 1"),
    };
}

} // namespace

Result<void> ServerStore::migrate()
{
    QSqlQuery version(database(m_connectionName));
    if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next()) {
        return databaseError(version.lastError());
    }
    const int current = version.value(0).toInt();
    version.finish();
    if (current == kSchemaVersion) {
        return {};
    }
    if (current > kSchemaVersion) {
        return makeError(ErrorCode::Unsupported,
            QStringLiteral("The server database was written by a newer botvault-server (schema %1). "
                           "Run that version.")
                .arg(current));
    }
    QStringList statements;
    if (current < 1) {
        statements += schemaVersion1();
    }
    if (current < 2) {
        statements += schemaVersion2();
    }
    if (current < 3) {
        statements += schemaVersion3();
    }
    if (current < 4) {
        statements += schemaVersion4();
    }
    if (current < 5) {
        statements += schemaVersion5();
    }
    statements.append(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion));
    if (Result<void> begun = begin(); !begun) {
        return begun;
    }
    for (const QString& statement : statements) {
        if (Result<void> done = exec(statement); !done) {
            rollback();
            return done;
        }
    }
    return commit();
}

Result<void> ServerStore::loadFingerprintKey()
{
    QSqlQuery query(database(m_connectionName));
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'idempotency_key'"));
    if (!query.exec()) {
        return databaseError(query.lastError());
    }
    if (query.next()) {
        m_fingerprintKey = query.value(0).toByteArray();
    } else {
        m_fingerprintKey = ServerCipher::randomBytes(kFingerprintKeyBytes);
        QSqlQuery insert(database(m_connectionName));
        insert.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('idempotency_key', ?)"));
        insert.addBindValue(m_fingerprintKey);
        if (m_fingerprintKey.size() != kFingerprintKeyBytes || !insert.exec()) {
            return databaseError(insert.lastError());
        }
    }
    if (m_fingerprintKey.size() != kFingerprintKeyBytes) {
        return makeError(ErrorCode::Damaged, QStringLiteral("The server database's idempotency key is damaged."));
    }
    return {};
}

Result<void> ServerStore::begin()
{
    // IMMEDIATE takes the write lock at once, so a command run beside the server waits for it
    // instead of failing half-way.
    return exec(QStringLiteral("BEGIN IMMEDIATE"));
}

Result<void> ServerStore::commit()
{
    return exec(QStringLiteral("COMMIT"));
}

void ServerStore::rollback()
{
    QSqlQuery query(database(m_connectionName));
    query.exec(QStringLiteral("ROLLBACK"));
}

QString ServerStore::now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Result<QString> ServerStore::addUser(const QString& login, const QList<Role>& roles, int expiresInDays)
{
    const QByteArray random = ServerCipher::randomBytes(kTokenBytes);
    if (random.size() != kTokenBytes) {
        return makeError(ErrorCode::Internal, QStringLiteral("The random number generator failed."));
    }
    const QString token = QLatin1String(kTokenPrefix)
        + QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const QString createdAt = now();

    QSqlQuery insertUser(database(m_connectionName));
    insertUser.prepare(QStringLiteral("INSERT INTO users (login, roles, created_at) VALUES (?, ?, ?)"));
    insertUser.addBindValue(login);
    insertUser.addBindValue(rolesText(roles));
    insertUser.addBindValue(createdAt);
    if (!insertUser.exec()) {
        QSqlQuery exists(database(m_connectionName));
        exists.prepare(QStringLiteral("SELECT 1 FROM users WHERE login = ?"));
        exists.addBindValue(login);
        if (exists.exec() && exists.next()) {
            return makeError(ErrorCode::AlreadyExists,
                QStringLiteral("A user named '%1' already exists. Choose another name.").arg(login));
        }
        return databaseError(insertUser.lastError());
    }
    const qint64 userId = insertUser.lastInsertId().toLongLong();

    QSqlQuery insertToken(database(m_connectionName));
    insertToken.prepare(QStringLiteral(
        "INSERT INTO tokens (user_id, name, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?)"));
    insertToken.addBindValue(userId);
    insertToken.addBindValue(login + QStringLiteral("-token"));
    insertToken.addBindValue(QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256));
    insertToken.addBindValue(createdAt);
    insertToken.addBindValue(expiresInDays > 0
            ? QVariant(QDateTime::currentDateTimeUtc().addDays(expiresInDays).toString(Qt::ISODateWithMs))
            : QVariant(QMetaType(QMetaType::QString)));
    if (!insertToken.exec()) {
        return databaseError(insertToken.lastError());
    }
    return token;
}

Result<std::optional<Caller>> ServerStore::findCaller(const QByteArray& tokenValue)
{
    QSqlQuery query(database(m_connectionName));
    query.prepare(
        QStringLiteral("SELECT users.id, users.login, users.roles, tokens.id, tokens.name, tokens.created_at, "
                       "tokens.expires_at "
                       "FROM tokens JOIN users ON users.id = tokens.user_id "
                       "WHERE tokens.token_hash = ? AND tokens.revoked = 0 AND users.disabled = 0 "
                       "AND (tokens.expires_at IS NULL OR tokens.expires_at > ?)"));
    query.addBindValue(QCryptographicHash::hash(tokenValue, QCryptographicHash::Sha256));
    // Both times are RFC 3339 UTC with milliseconds, so they compare as text.
    query.addBindValue(now());
    if (!query.exec()) {
        return databaseError(query.lastError());
    }
    if (!query.next()) {
        return std::optional<Caller>();
    }
    Caller caller;
    caller.user.id = query.value(0).toLongLong();
    caller.user.login = query.value(1).toString();
    caller.user.roles = rolesFromText(query.value(2).toString());
    caller.tokenId = query.value(3).toLongLong();
    caller.tokenName = query.value(4).toString();
    caller.tokenCreatedAt = query.value(5).toString();
    caller.tokenExpiresAt = query.value(6).toString();
    return std::optional<Caller>(caller);
}

Result<QList<ServerStore::TokenInfo>> ServerStore::tokens()
{
    QSqlQuery query(database(m_connectionName));
    if (!query.exec(QStringLiteral("SELECT tokens.id, users.login, tokens.name, tokens.created_at, tokens.expires_at, "
                                   "tokens.revoked, users.disabled FROM tokens JOIN users ON users.id = tokens.user_id "
                                   "ORDER BY tokens.id"))) {
        return databaseError(query.lastError());
    }
    const QString current = now();
    QList<TokenInfo> found;
    while (query.next()) {
        TokenInfo token;
        token.id = query.value(0).toLongLong();
        token.login = query.value(1).toString();
        token.name = query.value(2).toString();
        token.createdAt = query.value(3).toString();
        token.expiresAt = query.value(4).toString();
        token.revoked = query.value(5).toInt() != 0;
        token.userDisabled = query.value(6).toInt() != 0;
        token.expired = !token.expiresAt.isEmpty() && token.expiresAt <= current;
        found.append(token);
    }
    return found;
}

Result<bool> ServerStore::revokeToken(qint64 tokenId)
{
    QSqlQuery query(database(m_connectionName));
    query.prepare(QStringLiteral("SELECT revoked FROM tokens WHERE id = ?"));
    query.addBindValue(tokenId);
    if (!query.exec()) {
        return databaseError(query.lastError());
    }
    if (!query.next()) {
        return makeError(ErrorCode::NotFound,
            QStringLiteral("There is no token with id %1. 'botvault-server token list' shows the ids.").arg(tokenId));
    }
    if (query.value(0).toInt() != 0) {
        return false;
    }
    QSqlQuery update(database(m_connectionName));
    update.prepare(QStringLiteral("UPDATE tokens SET revoked = 1 WHERE id = ?"));
    update.addBindValue(tokenId);
    if (!update.exec()) {
        return databaseError(update.lastError());
    }
    return true;
}

Result<bool> ServerStore::setUserDisabled(const QString& login, bool disabled)
{
    QSqlQuery query(database(m_connectionName));
    query.prepare(QStringLiteral("SELECT disabled FROM users WHERE login = ?"));
    query.addBindValue(login);
    if (!query.exec()) {
        return databaseError(query.lastError());
    }
    if (!query.next()) {
        return makeError(ErrorCode::NotFound, QStringLiteral("There is no user '%1'.").arg(login));
    }
    if ((query.value(0).toInt() != 0) == disabled) {
        return false;
    }
    QSqlQuery update(database(m_connectionName));
    update.prepare(QStringLiteral("UPDATE users SET disabled = ? WHERE login = ?"));
    update.addBindValue(disabled ? 1 : 0);
    update.addBindValue(login);
    if (!update.exec()) {
        return databaseError(update.lastError());
    }
    return true;
}

Result<ServerProject> ServerStore::createProject(const QString& name, const QString& createdBy)
{
    ServerProject project;
    project.name = name;
    project.createdAt = now();
    project.createdBy = createdBy;
    QSqlQuery query(database(m_connectionName));
    query.prepare(QStringLiteral("INSERT INTO projects (name, created_at, created_by) VALUES (?, ?, ?)"));
    query.addBindValue(project.name);
    query.addBindValue(project.createdAt);
    query.addBindValue(project.createdBy);
    if (!query.exec()) {
        return databaseError(query.lastError());
    }
    project.id = query.lastInsertId().toLongLong();
    // Every project has its test widget from the start (docs/API.md "Projects").
    Result<ServerChannel> testWidget
        = createChannel(project.id, QStringLiteral("TEST_WIDGET"), QStringLiteral("Test widget"), createdBy);
    if (!testWidget) {
        return testWidget.error();
    }
    return project;
}

Result<std::optional<ServerProject>> ServerStore::project(qint64 id)
{
    QSqlQuery query(database(m_connectionName));
    query.prepare(
        QStringLiteral("SELECT id, name, created_at, created_by, revision_counter FROM projects WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        return databaseError(query.lastError());
    }
    if (!query.next()) {
        return std::optional<ServerProject>();
    }
    return std::optional<ServerProject>(ServerProject {query.value(0).toLongLong(), query.value(1).toString(),
        query.value(2).toString(), query.value(3).toString(), query.value(4).toLongLong()});
}

Result<QList<ServerProject>> ServerStore::projects(qint64 afterId, int limit)
{
    QSqlQuery query(database(m_connectionName));
    query.prepare(QStringLiteral("SELECT id, name, created_at, created_by, revision_counter FROM projects WHERE id > ? "
                                 "ORDER BY id LIMIT ?"));
    query.addBindValue(afterId);
    query.addBindValue(limit);
    if (!query.exec()) {
        return databaseError(query.lastError());
    }
    QList<ServerProject> projects;
    while (query.next()) {
        projects.append(ServerProject {query.value(0).toLongLong(), query.value(1).toString(),
            query.value(2).toString(), query.value(3).toString(), query.value(4).toLongLong()});
    }
    return projects;
}

Result<std::optional<ServerItem>> ServerStore::item(qint64 projectId, ItemKind kind, const QString& name)
{
    // A secret's value is not even read here: it has no business in a response.
    Result<QSqlQuery*> prepared
        = cachedQuery(QStringLiteral("SELECT name, CASE WHEN kind = 2 THEN value ELSE NULL END, include_in_export, "
                                     "revision, created_at, updated_at, updated_by, rotated_at, rotation_period_days, "
                                     "expires_at FROM items WHERE project_id = ? AND kind = ? AND name = ?"));
    if (!prepared) {
        return prepared.error();
    }
    QSqlQuery& query = *prepared.value();
    query.bindValue(0, projectId);
    query.bindValue(1, static_cast<int>(kind));
    query.bindValue(2, name);
    if (!query.exec()) {
        return databaseError(query.lastError());
    }
    std::optional<ServerItem> found;
    if (query.next()) {
        found = itemFromQuery(query, kind);
    }
    query.finish();
    return found;
}

Result<QList<ServerItem>> ServerStore::items(qint64 projectId, ItemKind kind, const QString& afterName, int limit)
{
    Result<QSqlQuery*> prepared
        = cachedQuery(QStringLiteral("SELECT name, CASE WHEN kind = 2 THEN value ELSE NULL END, include_in_export, "
                                     "revision, created_at, updated_at, updated_by, rotated_at, rotation_period_days, "
                                     "expires_at FROM items WHERE project_id = ? AND kind = ? AND name > ? "
                                     "ORDER BY name LIMIT ?"));
    if (!prepared) {
        return prepared.error();
    }
    QSqlQuery& query = *prepared.value();
    query.bindValue(0, projectId);
    query.bindValue(1, static_cast<int>(kind));
    // A null QString binds as NULL, and "name > NULL" matches nothing.
    query.bindValue(2, afterName.isNull() ? QStringLiteral("") : afterName);
    query.bindValue(3, limit);
    if (!query.exec()) {
        return databaseError(query.lastError());
    }
    QList<ServerItem> items;
    while (query.next()) {
        items.append(itemFromQuery(query, kind));
    }
    const QSqlError error = query.lastError();
    query.finish();
    if (error.isValid()) {
        return databaseError(error);
    }
    return items;
}

Result<ServerItem> ServerStore::putItem(qint64 projectId, ItemKind kind, const QString& name, const QString& value,
    bool includeInExport, const QString& updatedBy, const RotationWrite& rotation)
{
    Result<QList<ServerItem>> written
        = applyItemWrites(projectId, {ItemWrite {true, kind, name, value, includeInExport, rotation}}, updatedBy);
    if (!written) {
        return written.error();
    }
    return written->constFirst();
}

Result<QList<ServerItem>> ServerStore::applyItemWrites(
    qint64 projectId, const QList<ItemWrite>& writes, const QString& updatedBy)
{
    // Every write takes one revision in request order, a delete too (no item keeps it), so the
    // project revision moves by exactly the batch's size.
    qint64 revision = 0;
    if (!writes.isEmpty()) {
        Result<qint64> first = takeRevisions(projectId, writes.size());
        if (!first) {
            return first.error();
        }
        revision = first.value();
    }
    const QString timestamp = now();
    // A put without rule fields (the last two parameters 0) keeps the stored rule.
    Result<QSqlQuery*> upsertQuery = cachedQuery(QStringLiteral(
        "INSERT INTO items (project_id, kind, name, value, include_in_export, revision, created_at, updated_at, "
        "updated_by, rotated_at, rotation_period_days, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (project_id, kind, name) DO UPDATE SET value = excluded.value, "
        "include_in_export = excluded.include_in_export, revision = excluded.revision, "
        "updated_at = excluded.updated_at, updated_by = excluded.updated_by, rotated_at = excluded.rotated_at, "
        "rotation_period_days = CASE WHEN ? THEN excluded.rotation_period_days ELSE items.rotation_period_days END, "
        "expires_at = CASE WHEN ? THEN excluded.expires_at ELSE items.expires_at END "
        "RETURNING created_at, rotation_period_days, expires_at"));
    if (!upsertQuery) {
        return upsertQuery.error();
    }
    QSqlQuery& upsert = *upsertQuery.value();

    QList<ServerItem> rows;
    rows.reserve(writes.size());
    for (const ItemWrite& write : writes) {
        ServerItem row;
        row.kind = write.kind;
        row.name = write.name;
        if (!write.put) {
            if (Result<void> deleted = deleteItem(projectId, write.kind, write.name); !deleted) {
                return deleted.error();
            }
            ++revision;
            rows.append(std::move(row));
            continue;
        }
        QByteArray stored = write.value.toUtf8();
        if (write.kind == ItemKind::Secret) {
            Result<QByteArray> sealed = m_cipher.seal(stored, secretBinding(projectId, write.name));
            stored.fill('\0');
            if (!sealed) {
                return sealed.error();
            }
            stored = std::move(sealed).value();
        } else {
            row.value = write.value;
            row.includeInExport = write.includeInExport;
        }
        row.revision = revision++;
        row.updatedAt = timestamp;
        row.updatedBy = updatedBy;
        upsert.bindValue(0, projectId);
        upsert.bindValue(1, static_cast<int>(write.kind));
        upsert.bindValue(2, write.name);
        upsert.bindValue(3, stored);
        upsert.bindValue(4, row.includeInExport ? 1 : 0);
        upsert.bindValue(5, row.revision);
        upsert.bindValue(6, timestamp);
        upsert.bindValue(7, timestamp);
        upsert.bindValue(8, updatedBy);
        const bool secret = write.kind == ItemKind::Secret;
        const RotationWrite& rotation = write.rotation;
        if (secret) {
            row.rotatedAt = rotatedAtOf(rotation, timestamp);
        }
        upsert.bindValue(9, secret ? QVariant(row.rotatedAt) : QVariant());
        upsert.bindValue(10, secret && rotation.periodDays > 0 ? QVariant(rotation.periodDays) : QVariant());
        upsert.bindValue(11, secret && !rotation.expiresAt.isEmpty() ? QVariant(rotation.expiresAt) : QVariant());
        const int ruleGiven = !secret || rotation.ruleGiven ? 1 : 0;
        upsert.bindValue(12, ruleGiven);
        upsert.bindValue(13, ruleGiven);
        const bool ran = upsert.exec() && upsert.next();
        if (ran) {
            row.createdAt = upsert.value(0).toString();
            if (secret) {
                row.rotationPeriodDays = upsert.value(1).toInt();
                row.expiresAt = upsert.value(2).toString();
            }
        }
        const QSqlError error = upsert.lastError();
        upsert.finish();
        if (!ran) {
            return databaseError(error);
        }
        rows.append(std::move(row));
    }
    return rows;
}

Result<qint64> ServerStore::projectRevision(qint64 projectId)
{
    Result<QSqlQuery*> prepared = cachedQuery(QStringLiteral("SELECT revision_counter FROM projects WHERE id = ?"));
    if (!prepared) {
        return prepared.error();
    }
    QSqlQuery& query = *prepared.value();
    query.bindValue(0, projectId);
    const bool found = query.exec() && query.next();
    const qint64 revision = found ? query.value(0).toLongLong() : 0;
    const QSqlError error = query.lastError();
    query.finish();
    if (!found) {
        return error.isValid()
            ? databaseError(error)
            : makeError(ErrorCode::NotFound, QStringLiteral("There is no project %1.").arg(projectId));
    }
    return revision;
}

Result<qint64> ServerStore::takeRevision(qint64 projectId)
{
    return takeRevisions(projectId, 1);
}

Result<qint64> ServerStore::takeRevisions(qint64 projectId, qint64 count)
{
    Result<QSqlQuery*> prepared = cachedQuery(QStringLiteral(
        "UPDATE projects SET revision_counter = revision_counter + ? WHERE id = ? RETURNING revision_counter"));
    if (!prepared) {
        return prepared.error();
    }
    QSqlQuery& counter = *prepared.value();
    counter.bindValue(0, count);
    counter.bindValue(1, projectId);
    if (!counter.exec() || !counter.next()) {
        const QSqlError error = counter.lastError();
        counter.finish();
        return databaseError(error);
    }
    const qint64 last = counter.value(0).toLongLong();
    counter.finish();
    return last - count + 1;
}

Result<void> ServerStore::deleteItem(qint64 projectId, ItemKind kind, const QString& name)
{
    Result<QSqlQuery*> prepared
        = cachedQuery(QStringLiteral("DELETE FROM items WHERE project_id = ? AND kind = ? AND name = ?"));
    if (!prepared) {
        return prepared.error();
    }
    QSqlQuery& query = *prepared.value();
    query.bindValue(0, projectId);
    query.bindValue(1, static_cast<int>(kind));
    query.bindValue(2, name);
    const bool ran = query.exec();
    const QSqlError error = query.lastError();
    query.finish();
    if (!ran) {
        return databaseError(error);
    }
    return {};
}

Result<QSqlQuery*> ServerStore::cachedQuery(const QString& sql)
{
    auto found = m_queries.find(sql);
    if (found == m_queries.end()) {
        auto query = std::make_unique<QSqlQuery>(database(m_connectionName));
        // Forward only: rows are read once, and Qt then keeps no copy of them.
        query->setForwardOnly(true);
        if (!query->prepare(sql)) {
            return databaseError(query->lastError());
        }
        found = m_queries.emplace(sql, std::move(query)).first;
    }
    found->second->finish();
    return found->second.get();
}

Result<QString> ServerStore::secretValue(qint64 projectId, const QString& name)
{
    QSqlQuery query(database(m_connectionName));
    query.prepare(QStringLiteral("SELECT value FROM items WHERE project_id = ? AND kind = ? AND name = ?"));
    query.addBindValue(projectId);
    query.addBindValue(static_cast<int>(ItemKind::Secret));
    query.addBindValue(name);
    if (!query.exec()) {
        return databaseError(query.lastError());
    }
    if (!query.next()) {
        return makeError(ErrorCode::NotFound, QStringLiteral("Secret '%1' does not exist.").arg(name));
    }
    Result<QByteArray> plaintext = m_cipher.open(query.value(0).toByteArray(), secretBinding(projectId, name));
    if (!plaintext) {
        return plaintext.error();
    }
    return QString::fromUtf8(plaintext.value());
}

QByteArray ServerStore::fingerprint(
    const QByteArray& method, const QByteArray& pathWithQuery, const QByteArray& body) const
{
    QMessageAuthenticationCode code(QCryptographicHash::Sha256, m_fingerprintKey);
    // Lengths first, so no split of the three parts can collide with another.
    code.addData(QByteArray::number(method.size()) + ':' + method);
    code.addData(QByteArray::number(pathWithQuery.size()) + ':' + pathWithQuery);
    code.addData(QByteArray::number(body.size()) + ':');
    code.addData(body);
    return code.result();
}

Result<std::optional<IdempotencyRecord>> ServerStore::idempotencyRecord(qint64 userId, const QString& key)
{
    const qint64 oldest = QDateTime::currentMSecsSinceEpoch() - ServerLimits::kIdempotencyKeyTtlSeconds * 1000;
    QSqlQuery query(database(m_connectionName));
    query.prepare(QStringLiteral("SELECT fingerprint, status, headers, body FROM idempotency "
                                 "WHERE user_id = ? AND key = ? AND created_at >= ?"));
    query.addBindValue(userId);
    query.addBindValue(key);
    query.addBindValue(oldest);
    if (!query.exec()) {
        return databaseError(query.lastError());
    }
    if (!query.next()) {
        return std::optional<IdempotencyRecord>();
    }
    return std::optional<IdempotencyRecord>(IdempotencyRecord {query.value(0).toByteArray(), query.value(1).toInt(),
        query.value(2).toByteArray(), query.value(3).toByteArray()});
}

Result<void> ServerStore::saveIdempotencyRecord(qint64 userId, const QString& key, const IdempotencyRecord& record)
{
    // A key past its lifetime is forgotten: the new request replaces it.
    QSqlQuery query(database(m_connectionName));
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO idempotency (user_id, key, fingerprint, status, headers, "
                                 "body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(userId);
    query.addBindValue(key);
    query.addBindValue(record.fingerprint);
    query.addBindValue(record.status);
    query.addBindValue(record.headers);
    query.addBindValue(record.body);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec()) {
        return databaseError(query.lastError());
    }
    return {};
}

Result<void> ServerStore::purgeExpiredIdempotencyRecords()
{
    QSqlQuery query(database(m_connectionName));
    query.prepare(QStringLiteral("DELETE FROM idempotency WHERE created_at < ?"));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch() - ServerLimits::kIdempotencyKeyTtlSeconds * 1000);
    if (!query.exec()) {
        return databaseError(query.lastError());
    }
    return {};
}

QSqlDatabase ServerStore::db() const
{
    return database(m_connectionName);
}

Result<QList<QPair<QString, QString>>> ServerStore::secretValues(qint64 projectId)
{
    QSqlQuery query(database(m_connectionName));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT name, value FROM items WHERE project_id = ? AND kind = ? ORDER BY name"));
    query.addBindValue(projectId);
    query.addBindValue(static_cast<int>(ItemKind::Secret));
    if (!query.exec()) {
        return databaseError(query.lastError());
    }
    QList<QPair<QString, QString>> secrets;
    while (query.next()) {
        const QString name = query.value(0).toString();
        Result<QByteArray> plaintext = m_cipher.open(query.value(1).toByteArray(), secretBinding(projectId, name));
        if (!plaintext) {
            return plaintext.error();
        }
        secrets.append({name, QString::fromUtf8(plaintext.value())});
    }
    return secrets;
}
