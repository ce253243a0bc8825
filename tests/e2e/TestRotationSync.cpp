// A secret's rotation beyond one vault (issue 14, item 4), through the real botvault-cli and
// botvault-server: a rule changed in one vault is published as a rule change (value unchanged),
// the platform's summary shows it, another vault bound to the same project pulls it without the
// value; an imported archive's rules reach the project's secrets; `secret rotate` is audited as
// `item.rotate`.
#include "app/cli/ExitCode.h"
#include "tests/support/CliDriver.h"
#include "tests/support/RunningServer.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"

#include <QDate>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTemporaryDir>
#include <QTest>

#include <initializer_list>
#include <memory>

namespace {

const QString kProject = QStringLiteral("Shop bot");
const QString kSecret = QStringLiteral("API_KEY");
const QByteArray kValueA = "rotation-sync-value-a-4417";
const QByteArray kValueB = "rotation-sync-value-b-9023";
const QByteArray kValueNew = "rotation-sync-value-new-3381";

using CliRun = CliDriver::Run;

using CliWords::args;

using CliWords::listed;

} // namespace

class TestRotationSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void ruleChangeTravelsToAnotherVault();
    void importAppliesTheArchiveRules();
    void rotateIsAuditedAsARotation();

private:
    CliRun cli(const QString& vault, const QStringList& arguments, const QByteArray& input = {});
    QByteArray addUser(const QString& login);
    QString addRemoteProject();
    // GET /api/v1/projects/{id}/secrets/{name} with the token.
    QJsonObject remoteSecret(const QString& remoteProject, const QString& name, const QByteArray& token);

    QTemporaryDir m_dir;
    QString m_database;
    RunningServer m_server;
    std::unique_ptr<CliDriver> m_driver;
};

CliRun TestRotationSync::cli(const QString& vault, const QStringList& arguments, const QByteArray& input)
{
    return m_driver->run(vault, arguments, input);
}

void TestRotationSync::initTestCase()
{
    QVERIFY2(QFile::exists(TestSupport::cliPath()), "build the botvault-cli target first");
    QVERIFY2(QFile::exists(TestSupport::serverPath()), "build the botvault-server target first");
    QVERIFY(m_dir.isValid());
    m_database = m_dir.filePath(QStringLiteral("server.db"));
    m_driver = std::make_unique<CliDriver>(m_dir.path());
    // The server database exists before it serves: a user added first.
    QVERIFY(!addUser(QStringLiteral("setup")).isEmpty());
    QVERIFY(m_server.start({QStringLiteral("--db"), m_database}));
}

void TestRotationSync::cleanupTestCase()
{
    m_server.killHard();
    if (m_driver) {
        for (const QByteArray& value : {kValueA, kValueB, kValueNew}) {
            QVERIFY(!m_driver->outputs().contains(value));
            QVERIFY(!m_server.log().contains(value));
        }
    }
}

QByteArray TestRotationSync::addUser(const QString& login)
{
    const TestSupport::ServerCommandRun user
        = TestSupport::runServerCommand({QStringLiteral("user"), QStringLiteral("add"), login, QStringLiteral("--role"),
            QStringLiteral("SYSTEM_ADMIN"), QStringLiteral("--db"), m_database});
    return user.exitCode == 0 ? user.out.trimmed() : QByteArray();
}

QString TestRotationSync::addRemoteProject()
{
    const TestSupport::ServerCommandRun remote = TestSupport::runServerCommand({QStringLiteral("project"),
        QStringLiteral("add"), QStringLiteral("Remote"), QStringLiteral("--db"), m_database});
    return remote.exitCode == 0 ? QString::fromUtf8(remote.out.trimmed()) : QString();
}

QJsonObject TestRotationSync::remoteSecret(const QString& remoteProject, const QString& name, const QByteArray& token)
{
    QNetworkAccessManager network;
    QNetworkRequest request(
        QUrl(m_server.rootUrl() + QStringLiteral("/api/v1/projects/%1/secrets/%2").arg(remoteProject, name)));
    request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply* reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    for (const QByteArray& value : {kValueA, kValueB, kValueNew}) {
        if (body.contains(value)) {
            qWarning("the platform answered a secret's value");
            return {};
        }
    }
    return QJsonDocument::fromJson(body).object();
}

void TestRotationSync::ruleChangeTravelsToAnotherVault()
{
    const QByteArray ann = addUser(QStringLiteral("ann"));
    const QByteArray bob = addUser(QStringLiteral("bob"));
    const QString remote = addRemoteProject();
    QVERIFY(!ann.isEmpty() && !bob.isEmpty() && !remote.isEmpty());
    const QString vaultA = m_driver->createVault(QStringLiteral("ruleA"), kProject);
    const QString vaultB = m_driver->createVault(QStringLiteral("ruleB"), kProject);
    QVERIFY(!vaultA.isEmpty() && !vaultB.isEmpty());

    // Ann publishes the secret; Bob has it too (his own value, published over hers); Ann pulls.
    QCOMPARE(cli(vaultA, args({"secret", "set"}) << kProject << kSecret, kValueA).exitCode, 0);
    QCOMPARE(
        cli(vaultA,
            args({"remote", "set"}) << kProject << m_server.rootUrl() << QStringLiteral("--remote-project") << remote,
            ann + '\n')
            .exitCode,
        0);
    QCOMPARE(cli(vaultA, args({"publish"}) << kProject).exitCode, 0);
    QCOMPARE(cli(vaultB, args({"secret", "set"}) << kProject << kSecret, kValueB).exitCode, 0);
    QCOMPARE(
        cli(vaultB,
            args({"remote", "set"}) << kProject << m_server.rootUrl() << QStringLiteral("--remote-project") << remote,
            bob + '\n')
            .exitCode,
        0);
    QCOMPARE(cli(vaultB, args({"publish", "--keep-local"}) << kProject).exitCode, 0);
    QCOMPARE(cli(vaultA, args({"pull"}) << kProject).exitCode, 0);
    const QJsonObject published = remoteSecret(remote, kSecret, ann);
    QVERIFY(published[QStringLiteral("rotationPeriodDays")].isNull());
    const QString bobsRotation = published[QStringLiteral("rotatedAt")].toString();
    QVERIFY(!bobsRotation.isEmpty());

    // Ann sets a rule: a rule change waits in the outbox and the plan says so, not "a new value".
    QCOMPARE(cli(vaultA, args({"secret", "set", "--rotate-every", "30"}) << kProject << kSecret).exitCode, 0);
    const CliRun plan = cli(vaultA, args({"publish", "--dry-run"}) << kProject);
    QCOMPARE(plan.exitCode, 0);
    // ("day(s)" where no English catalog gives the plural.)
    QVERIFY2(plan.out.contains("secret API_KEY (rotation rule changed: Every 30 day")
            && plan.out.contains("; the value is unchanged)") && !plan.out.contains("(value hidden)"),
        plan.out.constData());
    const CliRun planJson = cli(vaultA, args({"publish", "--dry-run", "--json"}) << kProject);
    QVERIFY2(planJson.out.contains("\"rotationOnly\": true"), planJson.out.constData());
    QCOMPARE(cli(vaultA, args({"publish"}) << kProject).exitCode, 0);

    const QJsonObject ruled = remoteSecret(remote, kSecret, ann);
    QCOMPARE(ruled[QStringLiteral("rotationPeriodDays")].toInt(), 30);
    QVERIFY(ruled[QStringLiteral("expiresAt")].isNull());
    // The value's age is the one Ann's vault took from the platform: the rule changed, not the value.
    QCOMPARE(ruled[QStringLiteral("rotatedAt")].toString(), bobsRotation);
    QVERIFY(ruled[QStringLiteral("revision")].toInteger() > published[QStringLiteral("revision")].toInteger());

    // Bob pulls: his secret takes the rule and the time, and keeps his value.
    const CliRun pulled = cli(vaultB, args({"pull"}) << kProject);
    QCOMPARE(pulled.exitCode, 0);
    QVERIFY2(pulled.all().contains("rotation rule of secret 'API_KEY' was changed on the platform by ann"),
        pulled.all().constData());
    const QJsonObject bobs = listed(cli(vaultB, args({"secret", "list", "--json"}) << kProject), kSecret);
    QCOMPARE(bobs[QStringLiteral("rotationPeriodDays")].toInt(), 30);
    // The listing shows whole seconds.
    QCOMPARE(QDateTime::fromString(bobs[QStringLiteral("rotatedAt")].toString(), Qt::ISODate).toSecsSinceEpoch(),
        QDateTime::fromString(bobsRotation, Qt::ISODateWithMs).toSecsSinceEpoch());
    QCOMPARE(bobs[QStringLiteral("state")].toString(), QStringLiteral("ok"));
    QVERIFY(!bobs.contains(QStringLiteral("value")));
    const CliRun value = cli(vaultB,
        args({"run"}) << kProject << QStringLiteral("--") << QStringLiteral("sh") << QStringLiteral("-c")
                      << QStringLiteral("test \"$API_KEY\" = '%1'").arg(QString::fromUtf8(kValueB)));
    QCOMPARE(value.exitCode, 0);
    // Nothing left to do on either side, and the pulled rule is in Bob's audit log.
    const CliRun again = cli(vaultB, args({"pull", "--dry-run", "--json"}) << kProject);
    QVERIFY2(!again.out.contains("API_KEY"), again.out.constData());
    const CliRun audit = cli(vaultB, args({"audit", "list", "--json"}) << kProject);
    QVERIFY2(audit.out.contains("\"item.rotation\"") && audit.out.contains("platform:ann"), audit.out.constData());
}

void TestRotationSync::importAppliesTheArchiveRules()
{
    const QString vault = m_driver->createVault(QStringLiteral("import"), kProject);
    QVERIFY(!vault.isEmpty());
    const QString expires = QDate::currentDate().addDays(40).toString(Qt::ISODate);
    // The archive: OWNED and DECLARED with rules, KEPT with its own.
    QCOMPARE(cli(vault, args({"project", "add", "Source"})).exitCode, 0);
    QCOMPARE(cli(vault, args({"secret", "set", "--rotate-every", "45", "Source", "OWNED"}), kValueA).exitCode, 0);
    QCOMPARE(cli(vault,
                 QStringList {QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("--expires"), expires,
                     QStringLiteral("Source"), QStringLiteral("DECLARED")},
                 kValueA)
                 .exitCode,
        0);
    QCOMPARE(cli(vault, args({"secret", "set", "--rotate-every", "7", "Source", "KEPT"}), kValueA).exitCode, 0);
    const QString archive = m_dir.filePath(QStringLiteral("source.zip"));
    QCOMPARE(cli(vault, args({"export", "Source"}) << archive).exitCode, 0);

    // The target has OWNED without a rule and KEPT with another one; DECLARED is missing.
    QCOMPARE(cli(vault, args({"secret", "set"}) << kProject << QStringLiteral("OWNED"), kValueB).exitCode, 0);
    QCOMPARE(cli(vault, args({"secret", "set", "--rotate-every", "90"}) << kProject << QStringLiteral("KEPT"), kValueB)
                 .exitCode,
        0);
    const QJsonObject ownedBefore
        = listed(cli(vault, args({"secret", "list", "--json"}) << kProject), QStringLiteral("OWNED"));
    QCOMPARE(cli(vault, args({"import", "--no-source", "--into"}) << kProject << archive).exitCode, 0);

    const CliRun list = cli(vault, args({"secret", "list", "--json"}) << kProject);
    const QJsonObject owned = listed(list, QStringLiteral("OWNED"));
    QCOMPARE(owned[QStringLiteral("rotationPeriodDays")].toInt(), 45);
    // Its own age: the archive's time was the age of a value that did not travel.
    QCOMPARE(owned[QStringLiteral("rotatedAt")], ownedBefore[QStringLiteral("rotatedAt")]);
    QCOMPARE(listed(list, QStringLiteral("KEPT"))[QStringLiteral("rotationPeriodDays")].toInt(), 90);
    QVERIFY(listed(list, QStringLiteral("DECLARED")).isEmpty());

    // The declared secret takes the archive's rule with its first value.
    QCOMPARE(cli(vault, args({"secret", "set"}) << kProject << QStringLiteral("DECLARED"), kValueNew).exitCode, 0);
    const QJsonObject declared
        = listed(cli(vault, args({"secret", "list", "--json"}) << kProject), QStringLiteral("DECLARED"));
    QCOMPARE(declared[QStringLiteral("expiresAt")].toString(), expires);
    QCOMPARE(declared[QStringLiteral("age")].toInt(), 0);
    const CliRun audit = cli(vault, args({"audit", "list", "--json"}) << kProject);
    QVERIFY2(audit.out.contains("every 45 days (import)"), audit.out.constData());
}

void TestRotationSync::rotateIsAuditedAsARotation()
{
    const QString vault = m_driver->createVault(QStringLiteral("audit"), kProject);
    QVERIFY(!vault.isEmpty());
    QCOMPARE(cli(vault, args({"secret", "set"}) << kProject << kSecret, kValueA).exitCode, 0);
    QCOMPARE(cli(vault, args({"secret", "set"}) << kProject << kSecret, kValueB).exitCode, 0);
    QCOMPARE(cli(vault, args({"secret", "rotate"}) << kProject << kSecret, kValueNew).exitCode, 0);
    const CliRun audit = cli(vault, args({"audit", "list", "--json"}) << kProject);
    QCOMPARE(audit.exitCode, 0);
    QStringList actions;
    for (const QJsonValue& entry : QJsonDocument::fromJson(audit.out).array()) {
        if (entry[QStringLiteral("name")].toString() == kSecret) {
            actions.append(entry[QStringLiteral("action")].toString());
        }
    }
    // Oldest first or newest first, the three writes are told apart.
    actions.sort();
    QCOMPARE(actions,
        QStringList({QStringLiteral("item.add"), QStringLiteral("item.replace"), QStringLiteral("item.rotate")}));
    const CliRun text = cli(vault, args({"audit", "list"}) << kProject);
    QVERIFY2(text.out.contains("Value rotated"), text.out.constData());
}

BOTVAULT_TEST_MAIN(TestRotationSync)

#include "TestRotationSync.moc"
