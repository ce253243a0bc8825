// The reference server's rotation metadata of secrets (issue 14, item 4): `rotatedAt`,
// `rotationPeriodDays` and `expiresAt` through PUT and the /changes batch, their validation (422,
// nothing written), the rule kept by a put without them, the audit entry, and a schema-4 database
// with secrets opened by this build. The handlers run in process over a temporary store.
#include "server/ApiHandlers.h"
#include "server/DeployRunner.h"
#include "server/ServerStore.h"
#include "tests/support/TestMain.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QByteArray kValue = "rotation-value-6130";

QJsonObject parsed(const ApiResponse& response)
{
    return QJsonDocument::fromJson(response.body).object();
}

// The field errors of a 422 answer as "index:field:reason" (index -1 outside a batch).
QStringList fieldErrors(const ApiResponse& response)
{
    QStringList errors;
    const QJsonArray list
        = parsed(response)[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("errors")].toArray();
    for (const QJsonValue& error : list) {
        errors.append(QStringLiteral("%1:%2:%3")
                          .arg(error[QStringLiteral("index")].toInt(-1))
                          .arg(error[QStringLiteral("field")].toString(), error[QStringLiteral("reason")].toString()));
    }
    return errors;
}

QByteArray body(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestServerRotation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void putRoundTripsTheRotation();
    void putWithoutRotationKeepsTheRuleAndStampsTheTime();
    void nullsClearTheRule();
    void futureRotatedAtIsTheTimeOfTheWrite();
    void badRotationIs422AndWritesNothing_data();
    void badRotationIs422AndWritesNothing();
    void batchCarriesRotationForSecretPutsOnly();
    void auditEntryNamesTheNewRule();
    void schemaFourDatabaseOpensWithItsSecrets();

private:
    ApiResponse send(const QByteArray& method, const QString& path, const QByteArray& requestBody = {});
    ApiResponse putSecret(const QString& name, QJsonObject fields);
    QJsonObject getSecret(const QString& name);
    void openStore();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServerStore> m_store;
    std::unique_ptr<DeployRunner> m_runner;
    std::unique_ptr<ApiHandlers> m_handlers;
    Caller m_admin;
    qint64 m_project = 0;
};

void TestServerRotation::openStore()
{
    Result<std::unique_ptr<ServerStore>> store = ServerStore::open(m_dir->filePath(QStringLiteral("server.db")));
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.message()));
    m_store = std::move(store).value();
    m_runner = std::make_unique<DeployRunner>(*m_store);
    m_handlers = std::make_unique<ApiHandlers>(*m_store, Role::SystemAdmin, *m_runner);
}

void TestServerRotation::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    openStore();
    QVERIFY(m_store->begin().ok());
    QVERIFY(m_store->addUser(QStringLiteral("ann"), {Role::SystemAdmin}).ok());
    Result<ServerProject> project = m_store->createProject(QStringLiteral("Shop bot"), QStringLiteral("ann"));
    QVERIFY(project.ok());
    QVERIFY(m_store->commit().ok());
    m_project = project->id;
    m_admin.user = ServerUser {1, QStringLiteral("ann"), {Role::SystemAdmin}};
}

void TestServerRotation::cleanup()
{
    m_handlers.reset();
    m_runner.reset();
    m_store.reset();
    m_dir.reset();
}

ApiResponse TestServerRotation::send(const QByteArray& method, const QString& path, const QByteArray& requestBody)
{
    ApiRequest request;
    request.method = method;
    request.path = QStringLiteral("/api/v1/projects/%1%2").arg(m_project).arg(path);
    request.body = requestBody;
    request.caller = m_admin;
    request.requestId = QStringLiteral("test");
    if (!m_store->begin()) {
        return ApiResponse {599, {}, {}};
    }
    ApiResponse response = m_handlers->handle(request);
    if (response.status < 400) {
        if (!m_store->commit()) {
            return ApiResponse {599, {}, {}};
        }
    } else {
        m_store->rollback();
    }
    return response;
}

ApiResponse TestServerRotation::putSecret(const QString& name, QJsonObject fields)
{
    fields.insert(QStringLiteral("value"), QString::fromLatin1(kValue));
    return send("PUT", QStringLiteral("/secrets/") + name, body(fields));
}

QJsonObject TestServerRotation::getSecret(const QString& name)
{
    const ApiResponse response = send("GET", QStringLiteral("/secrets/") + name);
    return response.status == 200 ? parsed(response) : QJsonObject();
}

void TestServerRotation::putRoundTripsTheRotation()
{
    const QString rotatedAt = QStringLiteral("2025-03-04T09:15:02.117Z");
    const ApiResponse created = putSecret(QStringLiteral("API_KEY"),
        {{QStringLiteral("rotatedAt"), rotatedAt}, {QStringLiteral("rotationPeriodDays"), 30}});
    QCOMPARE(created.status, 201);
    QCOMPARE(parsed(created)[QStringLiteral("rotatedAt")].toString(), rotatedAt);
    QCOMPARE(parsed(created)[QStringLiteral("rotationPeriodDays")].toInt(), 30);
    QVERIFY(parsed(created)[QStringLiteral("expiresAt")].isNull());
    QVERIFY(!created.body.contains(kValue));

    const QJsonObject read = getSecret(QStringLiteral("API_KEY"));
    QCOMPARE(read[QStringLiteral("rotatedAt")].toString(), rotatedAt);
    QCOMPARE(read[QStringLiteral("rotationPeriodDays")].toInt(), 30);
    QVERIFY(read.contains(QStringLiteral("expiresAt")) && read[QStringLiteral("expiresAt")].isNull());

    // An expiry date instead of the period; a time with an offset is kept in UTC.
    QCOMPARE(putSecret(QStringLiteral("API_KEY"),
                 {{QStringLiteral("rotatedAt"), QStringLiteral("2025-03-05T12:00:00+02:00")},
                     {QStringLiteral("rotationPeriodDays"), QJsonValue()},
                     {QStringLiteral("expiresAt"), QStringLiteral("2027-03-31")}})
                 .status,
        200);
    const ApiResponse listing = send("GET", QStringLiteral("/secrets"));
    QCOMPARE(listing.status, 200);
    const QJsonObject listed = parsed(listing)[QStringLiteral("items")].toArray().first().toObject();
    QCOMPARE(listed[QStringLiteral("rotatedAt")].toString(), QStringLiteral("2025-03-05T10:00:00.000Z"));
    QVERIFY(listed[QStringLiteral("rotationPeriodDays")].isNull());
    QCOMPARE(listed[QStringLiteral("expiresAt")].toString(), QStringLiteral("2027-03-31"));
    QVERIFY(!listing.body.contains(kValue));

    // Variables have none of the fields.
    QCOMPARE(send("PUT", QStringLiteral("/variables/GREETING"), R"({"value": "Hello"})").status, 201);
    const QJsonObject variable = parsed(send("GET", QStringLiteral("/variables/GREETING")));
    QVERIFY(!variable.contains(QStringLiteral("rotatedAt")));
    QVERIFY(!variable.contains(QStringLiteral("rotationPeriodDays")));
}

void TestServerRotation::putWithoutRotationKeepsTheRuleAndStampsTheTime()
{
    QCOMPARE(putSecret(QStringLiteral("API_KEY"),
                 {{QStringLiteral("rotatedAt"), QStringLiteral("2025-03-04T09:15:02.117Z")},
                     {QStringLiteral("rotationPeriodDays"), 90}})
                 .status,
        201);
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    const ApiResponse plain = putSecret(QStringLiteral("API_KEY"), {});
    QCOMPARE(plain.status, 200);
    const QJsonObject read = getSecret(QStringLiteral("API_KEY"));
    QCOMPARE(read[QStringLiteral("rotationPeriodDays")].toInt(), 90);
    const QDateTime rotatedAt = QDateTime::fromString(read[QStringLiteral("rotatedAt")].toString(), Qt::ISODateWithMs);
    QVERIFY(rotatedAt >= before);
    QCOMPARE(read[QStringLiteral("rotatedAt")].toString(), read[QStringLiteral("updatedAt")].toString());

    // A new secret without the fields: no rule, replaced at the time of its write.
    QCOMPARE(putSecret(QStringLiteral("OTHER"), {}).status, 201);
    const QJsonObject other = getSecret(QStringLiteral("OTHER"));
    QVERIFY(other[QStringLiteral("rotationPeriodDays")].isNull());
    QVERIFY(other[QStringLiteral("expiresAt")].isNull());
    QCOMPARE(other[QStringLiteral("rotatedAt")].toString(), other[QStringLiteral("updatedAt")].toString());
}

void TestServerRotation::nullsClearTheRule()
{
    QCOMPARE(putSecret(QStringLiteral("API_KEY"), {{QStringLiteral("expiresAt"), QStringLiteral("2027-03-31")}}).status,
        201);
    QCOMPARE(putSecret(QStringLiteral("API_KEY"),
                 {{QStringLiteral("rotationPeriodDays"), QJsonValue()}, {QStringLiteral("expiresAt"), QJsonValue()}})
                 .status,
        200);
    const QJsonObject read = getSecret(QStringLiteral("API_KEY"));
    QVERIFY(read[QStringLiteral("rotationPeriodDays")].isNull());
    QVERIFY(read[QStringLiteral("expiresAt")].isNull());
    // One of them alone is the whole rule too: the period replaces the date.
    QCOMPARE(putSecret(QStringLiteral("API_KEY"), {{QStringLiteral("expiresAt"), QStringLiteral("2027-03-31")}}).status,
        200);
    QCOMPARE(putSecret(QStringLiteral("API_KEY"), {{QStringLiteral("rotationPeriodDays"), 7}}).status, 200);
    const QJsonObject replaced = getSecret(QStringLiteral("API_KEY"));
    QCOMPARE(replaced[QStringLiteral("rotationPeriodDays")].toInt(), 7);
    QVERIFY(replaced[QStringLiteral("expiresAt")].isNull());
}

void TestServerRotation::futureRotatedAtIsTheTimeOfTheWrite()
{
    const ApiResponse put = putSecret(QStringLiteral("API_KEY"),
        {{QStringLiteral("rotatedAt"), QDateTime::currentDateTimeUtc().addDays(3).toString(Qt::ISODateWithMs)}});
    QCOMPARE(put.status, 201);
    const QJsonObject read = parsed(put);
    QCOMPARE(read[QStringLiteral("rotatedAt")].toString(), read[QStringLiteral("updatedAt")].toString());
}

void TestServerRotation::badRotationIs422AndWritesNothing_data()
{
    QTest::addColumn<QByteArray>("fields");
    QTest::addColumn<QString>("error");
    QTest::newRow("both") << QByteArray(R"("rotationPeriodDays": 30, "expiresAt": "2027-03-31")")
                          << QStringLiteral("-1:expiresAt:not_allowed");
    QTest::newRow("zero days") << QByteArray(R"("rotationPeriodDays": 0)")
                               << QStringLiteral("-1:rotationPeriodDays:too_short");
    QTest::newRow("ten years and a day") << QByteArray(R"("rotationPeriodDays": 3651)")
                                         << QStringLiteral("-1:rotationPeriodDays:too_large");
    QTest::newRow("days as text") << QByteArray(R"("rotationPeriodDays": "30")")
                                  << QStringLiteral("-1:rotationPeriodDays:type");
    QTest::newRow("days as a flag") << QByteArray(R"("rotationPeriodDays": true)")
                                    << QStringLiteral("-1:rotationPeriodDays:type");
    QTest::newRow("date as a number") << QByteArray(R"("expiresAt": 20270331)") << QStringLiteral("-1:expiresAt:type");
    QTest::newRow("no such date") << QByteArray(R"("expiresAt": "2027-02-30")")
                                  << QStringLiteral("-1:expiresAt:pattern");
    QTest::newRow("date with a time") << QByteArray(R"("expiresAt": "2027-03-31T00:00:00Z")")
                                      << QStringLiteral("-1:expiresAt:pattern");
    QTest::newRow("time without a zone") << QByteArray(R"("rotatedAt": "2025-03-04T09:15:02")")
                                         << QStringLiteral("-1:rotatedAt:pattern");
    QTest::newRow("time as a word") << QByteArray(R"("rotatedAt": "yesterday")")
                                    << QStringLiteral("-1:rotatedAt:pattern");
    QTest::newRow("null time") << QByteArray(R"("rotatedAt": null)") << QStringLiteral("-1:rotatedAt:type");
}

void TestServerRotation::badRotationIs422AndWritesNothing()
{
    QFETCH(QByteArray, fields);
    QFETCH(QString, error);
    QCOMPARE(putSecret(QStringLiteral("API_KEY"), {{QStringLiteral("rotationPeriodDays"), 90}}).status, 201);
    const QJsonObject before = getSecret(QStringLiteral("API_KEY"));
    const ApiResponse refused
        = send("PUT", QStringLiteral("/secrets/API_KEY"), "{\"value\": \"" + kValue + "-new\", " + fields + "}");
    QCOMPARE(refused.status, 422);
    QCOMPARE(parsed(refused)[QStringLiteral("error")][QStringLiteral("code")].toString(),
        QStringLiteral("validation_failed"));
    QCOMPARE(fieldErrors(refused), QStringList {error});
    QVERIFY(!refused.body.contains(kValue));
    QCOMPARE(getSecret(QStringLiteral("API_KEY")), before);
}

void TestServerRotation::batchCarriesRotationForSecretPutsOnly()
{
    const QByteArray refusedBatch = R"({"changes": [
        {"op": "put", "kind": "variable", "name": "GREETING", "value": "Hi", "rotationPeriodDays": 30},
        {"op": "put", "kind": "secret", "name": "API_KEY", "value": "v1", "rotatedAt": "2025-03-04T09:15:02.117Z"},
        {"op": "delete", "kind": "secret", "name": "OLD_KEY", "expiresAt": null, "ifRevision": 3}]})";
    const ApiResponse refused = send("POST", QStringLiteral("/changes"), refusedBatch);
    QCOMPARE(refused.status, 422);
    QCOMPARE(fieldErrors(refused),
        QStringList({QStringLiteral("0:rotationPeriodDays:not_allowed"), QStringLiteral("2:expiresAt:not_allowed")}));
    QCOMPARE(getSecret(QStringLiteral("API_KEY")), QJsonObject());

    const QByteArray batch = R"({"changes": [
        {"op": "put", "kind": "secret", "name": "API_KEY", "value": "v1", "rotatedAt": "2025-03-04T09:15:02.117Z",
         "rotationPeriodDays": null, "expiresAt": "2027-03-31", "ifRevision": 0},
        {"op": "put", "kind": "secret", "name": "PLAIN", "value": "v2"}]})";
    const ApiResponse applied = send("POST", QStringLiteral("/changes"), batch);
    QCOMPARE(applied.status, 200);
    const QJsonObject secret = getSecret(QStringLiteral("API_KEY"));
    QCOMPARE(secret[QStringLiteral("rotatedAt")].toString(), QStringLiteral("2025-03-04T09:15:02.117Z"));
    QCOMPARE(secret[QStringLiteral("expiresAt")].toString(), QStringLiteral("2027-03-31"));
    const QJsonObject plain = getSecret(QStringLiteral("PLAIN"));
    QVERIFY(plain[QStringLiteral("expiresAt")].isNull());
    QCOMPARE(plain[QStringLiteral("rotatedAt")].toString(), plain[QStringLiteral("updatedAt")].toString());
}

void TestServerRotation::auditEntryNamesTheNewRule()
{
    QCOMPARE(putSecret(QStringLiteral("API_KEY"), {}).status, 201);
    QCOMPARE(putSecret(QStringLiteral("API_KEY"), {{QStringLiteral("rotationPeriodDays"), 30}}).status, 200);
    QCOMPARE(putSecret(QStringLiteral("API_KEY"), {}).status, 200);
    ServerAuditFilter filter;
    filter.projectId = m_project;
    filter.itemName = QStringLiteral("API_KEY");
    Result<QList<ServerAuditEvent>> events = m_store->auditEvents(filter);
    QVERIFY(events.ok());
    QCOMPARE(events->size(), 3);
    // Newest first: the plain put kept the rule and says nothing of it.
    QVERIFY(!events->at(0).details.contains(QStringLiteral("rotationPeriodDays")));
    QCOMPARE(events->at(1).action, QStringLiteral("SECRET_REPLACED"));
    QCOMPARE(events->at(1).details.value(QStringLiteral("rotationPeriodDays")).toInt(), 30);
    QVERIFY(events->at(1).details.value(QStringLiteral("expiresAt")).isNull());
    QVERIFY(!events->at(2).details.contains(QStringLiteral("rotationPeriodDays")));
    for (const ServerAuditEvent& event : events.value()) {
        QVERIFY(!QJsonDocument(AuditTrail::toJson(event)).toJson().contains(kValue));
    }
}

void TestServerRotation::schemaFourDatabaseOpensWithItsSecrets()
{
    QCOMPARE(putSecret(QStringLiteral("API_KEY"), {{QStringLiteral("rotationPeriodDays"), 30}}).status, 201);
    const QString updatedAt = getSecret(QStringLiteral("API_KEY"))[QStringLiteral("updatedAt")].toString();
    m_handlers.reset();
    m_runner.reset();
    m_store.reset();
    // Schema 5 only added the three columns: without them and at version 4 the file is a schema-4 one.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("downgrade"));
        db.setDatabaseName(m_dir->filePath(QStringLiteral("server.db")));
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const char* statement :
            {"ALTER TABLE items DROP COLUMN rotated_at", "ALTER TABLE items DROP COLUMN rotation_period_days",
                "ALTER TABLE items DROP COLUMN expires_at", "PRAGMA user_version = 4"}) {
            QVERIFY2(query.exec(QString::fromLatin1(statement)), statement);
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));

    openStore();
    QVERIFY(m_store);
    const QJsonObject read = getSecret(QStringLiteral("API_KEY"));
    // Every put so far replaced the value: it was last replaced when the secret was last written.
    QCOMPARE(read[QStringLiteral("rotatedAt")].toString(), updatedAt);
    QVERIFY(read[QStringLiteral("rotationPeriodDays")].isNull());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(m_dir->filePath(QStringLiteral("server.db")));
        QVERIFY(db.open());
        QSqlQuery version(db);
        QVERIFY(version.exec(QStringLiteral("PRAGMA user_version")) && version.next());
        QCOMPARE(version.value(0).toInt(), 5);
        version.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    // The upgraded store takes rules like a new one.
    QCOMPARE(putSecret(QStringLiteral("API_KEY"), {{QStringLiteral("rotationPeriodDays"), 14}}).status, 200);
    QCOMPARE(getSecret(QStringLiteral("API_KEY"))[QStringLiteral("rotationPeriodDays")].toInt(), 14);
}

BOTVAULT_TEST_MAIN(TestServerRotation)

#include "TestServerRotation.moc"
