// The vault's audit log of the actions it does not see itself (issue 13, item 4): a publish, a pull
// and a deploy against the real botvault-server, and the ZIP and .env imports, through the real
// botvault-cli in temporary folders. Each leaves its entry with counts and outcome, never a value,
// and the chain still verifies.
#include "tests/support/CliDriver.h"
#include "tests/support/RunningServer.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <initializer_list>
#include <memory>

namespace {

const QString kProject = QStringLiteral("Bot");
const QByteArray kSecretValue = "audit-secret-canary-6021";
const QByteArray kVariableValue = "audit-variable-canary-6022";
const QByteArray kPulledValue = "audit-pulled-canary-6023";

using CliRun = CliDriver::Run;

using CliWords::args;

} // namespace

class TestCliAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void publishPullAndDeployAreRecorded();
    void importsAreRecorded();
    void aRefusedPublishIsRecordedAsFailed();
    void remoteAuditShowsThePlatformsLog();
    void remoteAuditNeedsTheAdminRole();

private:
    CliRun cli(const QString& vault, const QStringList& arguments, const QByteArray& input = {});
    // A vault with kProject bound to the remote project `remoteId` with the admin's token.
    QString boundVault(const QString& name, const QString& remoteId, const QByteArray& token);
    QString newRemoteProject();
    // The entries of `action` in the vault's audit log (audit list --json), oldest first.
    QJsonArray entries(const QString& vault, const QString& action);
    void checkChainAndValues(const QString& vault);

    QTemporaryDir m_dir;
    QString m_database;
    RunningServer m_server;
    QByteArray m_adminToken;
    QByteArray m_viewerToken;
    std::unique_ptr<CliDriver> m_cli;
    int m_remoteProjects = 0;
};

CliRun TestCliAudit::cli(const QString& vault, const QStringList& arguments, const QByteArray& input)
{
    return m_cli->run(vault, arguments, input);
}

QString TestCliAudit::newRemoteProject()
{
    const TestSupport::ServerCommandRun remote
        = TestSupport::runServerCommand({QStringLiteral("project"), QStringLiteral("add"),
            QStringLiteral("Remote %1").arg(++m_remoteProjects), QStringLiteral("--db"), m_database});
    return QString::fromUtf8(remote.out.trimmed());
}

QString TestCliAudit::boundVault(const QString& name, const QString& remoteId, const QByteArray& token)
{
    const QString vault = m_dir.filePath(name + QStringLiteral(".db"));
    const QList<std::pair<QStringList, QByteArray>> steps {
        {args({"init", "--kdf-memory-mib", "19", "--kdf-passes", "2"}), {}},
        {args({"project", "add"}) << kProject, {}},
        {args({"remote", "set"}) << kProject << m_server.rootUrl() << QStringLiteral("--remote-project") << remoteId,
            token + '\n'},
    };
    for (const auto& [arguments, input] : steps) {
        const CliRun run = cli(vault, arguments, input);
        if (run.exitCode != 0) {
            qWarning("%s failed: %s", qPrintable(arguments.join(u' ')), run.err.constData());
            return {};
        }
    }
    return vault;
}

QJsonArray TestCliAudit::entries(const QString& vault, const QString& action)
{
    const CliRun run = cli(vault, args({"audit", "list", "--json"}));
    if (run.exitCode != 0) {
        qWarning("audit list failed: %s", run.err.constData());
        return {};
    }
    QJsonArray matching;
    for (const QJsonValue& entry : QJsonDocument::fromJson(run.out).array()) {
        if (entry[QStringLiteral("action")].toString() == action) {
            matching.append(entry);
        }
    }
    return matching;
}

void TestCliAudit::checkChainAndValues(const QString& vault)
{
    const CliRun verified = cli(vault, args({"audit", "verify", "--json"}));
    QCOMPARE(verified.exitCode, 0);
    QCOMPARE(verified.json().value(QStringLiteral("intact")).toBool(), true);
    // Variables are visible values that other commands print; the audit log holds none of them.
    const CliRun listed = cli(vault, args({"audit", "list", "--json"}));
    QCOMPARE(listed.exitCode, 0);
    for (const QByteArray& value : {kSecretValue, kVariableValue, kPulledValue}) {
        QVERIFY2(!listed.out.contains(value), value.constData());
    }
    for (const QByteArray& value : {kSecretValue, m_adminToken, m_viewerToken}) {
        QVERIFY2(!m_cli->outputs().contains(value), value.constData());
    }
}

void TestCliAudit::initTestCase()
{
    QVERIFY2(QFile::exists(TestSupport::serverPath()), "build the botvault-server target first");
    QVERIFY2(QFile::exists(TestSupport::cliPath()), "build the botvault-cli target first");
    QVERIFY(m_dir.isValid());
    m_database = m_dir.filePath(QStringLiteral("server.db"));
    const auto addUser = [this](const QString& login, const QString& role) {
        const TestSupport::ServerCommandRun run = TestSupport::runServerCommand({QStringLiteral("user"),
            QStringLiteral("add"), login, QStringLiteral("--role"), role, QStringLiteral("--db"), m_database});
        return run.exitCode == 0 ? run.out.trimmed() : QByteArray();
    };
    m_adminToken = addUser(QStringLiteral("ann"), QStringLiteral("SYSTEM_ADMIN"));
    m_viewerToken = addUser(QStringLiteral("vic"), QStringLiteral("VIEWER"));
    QVERIFY(!m_adminToken.isEmpty() && !m_viewerToken.isEmpty());
    QVERIFY(m_server.start({QStringLiteral("--db"), m_database}));
    m_cli = std::make_unique<CliDriver>(m_dir.path());
}

void TestCliAudit::publishPullAndDeployAreRecorded()
{
    const QString remoteId = newRemoteProject();
    const QString vault = boundVault(QStringLiteral("first"), remoteId, m_adminToken);
    QVERIFY(!vault.isEmpty());
    QCOMPARE(cli(vault, args({"secret", "set"}) << kProject << QStringLiteral("S"), kSecretValue).exitCode, 0);
    QCOMPARE(cli(vault, args({"var", "set"}) << kProject << QStringLiteral("V") << QString::fromLatin1(kVariableValue))
                 .exitCode,
        0);
    QCOMPARE(cli(vault, args({"publish"}) << kProject).exitCode, 0);
    const QJsonArray published = entries(vault, QStringLiteral("publish"));
    QCOMPARE(published.size(), 1);
    QCOMPARE(published.at(0)[QStringLiteral("project")].toString(), kProject);
    QCOMPARE(published.at(0)[QStringLiteral("detail")].toString(),
        QStringLiteral("written=2 deleted=0 sent=2 outcome=done"));

    // A second vault on the same platform project adds W and removes V; the first pulls both.
    const QString other = boundVault(QStringLiteral("second"), remoteId, m_adminToken);
    QVERIFY(!other.isEmpty());
    QCOMPARE(cli(other, args({"pull"}) << kProject).exitCode, 0);
    QCOMPARE(cli(other, args({"var", "set"}) << kProject << QStringLiteral("W") << QString::fromLatin1(kPulledValue))
                 .exitCode,
        0);
    QCOMPARE(cli(other, args({"var", "rm"}) << kProject << QStringLiteral("V")).exitCode, 0);
    QCOMPARE(cli(other, args({"publish"}) << kProject).exitCode, 0);
    QCOMPARE(entries(other, QStringLiteral("publish")).last()[QStringLiteral("detail")].toString(),
        QStringLiteral("written=1 deleted=1 sent=2 outcome=done"));
    QCOMPARE(cli(vault, args({"pull"}) << kProject).exitCode, 0);
    const QJsonArray pulled = entries(vault, QStringLiteral("pull"));
    QCOMPARE(pulled.size(), 1);
    QCOMPARE(pulled.at(0)[QStringLiteral("detail")].toString(),
        QStringLiteral("added=1 changed=0 removed=1 pulled=2 outcome=done"));

    const CliRun channels = cli(vault, args({"channels", "--json"}) << kProject);
    QCOMPARE(channels.exitCode, 0);
    const qint64 testWidget = channels.json()[QStringLiteral("channels")][0][QStringLiteral("id")].toInteger();
    QVERIFY(testWidget > 0);
    const CliRun deployed = cli(vault, args({"deploy", "--json"}) << kProject << QString::number(testWidget));
    QCOMPARE(deployed.exitCode, 0);
    const qint64 deployId = deployed.json()[QStringLiteral("deploys")][0][QStringLiteral("id")].toInteger();
    const QJsonArray deploys = entries(vault, QStringLiteral("deploy"));
    QCOMPARE(deploys.size(), 1);
    QCOMPARE(deploys.at(0)[QStringLiteral("detail")].toString(),
        QStringLiteral("channel=%1 deploy=%2 outcome=succeeded").arg(testWidget).arg(deployId));
    checkChainAndValues(vault);
    checkChainAndValues(other);
}

void TestCliAudit::importsAreRecorded()
{
    const QString vault = m_dir.filePath(QStringLiteral("imports.db"));
    QCOMPARE(cli(vault, args({"init", "--kdf-memory-mib", "19", "--kdf-passes", "2"})).exitCode, 0);
    QCOMPARE(cli(vault, args({"project", "add"}) << kProject).exitCode, 0);
    QCOMPARE(
        cli(vault, args({"var", "set", "--export"}) << kProject << QStringLiteral("A") << QStringLiteral("1")).exitCode,
        0);
    QCOMPARE(cli(vault, args({"env", "import"}) << kProject << QStringLiteral("-") << QStringLiteral("--replace"),
                 "A=2\nB=" + kVariableValue + '\n')
                 .exitCode,
        0);
    const QString archive = m_dir.filePath(QStringLiteral("bot.zip"));
    QCOMPARE(cli(vault, args({"export"}) << kProject << archive).exitCode, 0);
    QCOMPARE(cli(vault, args({"import"}) << archive << QStringLiteral("--name") << QStringLiteral("Copy")).exitCode, 0);

    const QJsonArray imports = entries(vault, QStringLiteral("import"));
    QCOMPARE(imports.size(), 2);
    QCOMPARE(imports.at(0)[QStringLiteral("project")].toString(), kProject);
    QCOMPARE(imports.at(0)[QStringLiteral("detail")].toString(), QStringLiteral("added=1 replaced=1"));
    QCOMPARE(imports.at(1)[QStringLiteral("project")].toString(), QStringLiteral("Copy"));
    // The archive holds A only: B is not marked for export.
    QCOMPARE(imports.at(1)[QStringLiteral("detail")].toString(), QStringLiteral("added=1 replaced=0"));
    checkChainAndValues(vault);
}

void TestCliAudit::aRefusedPublishIsRecordedAsFailed()
{
    // A viewer may read but not write: the platform refuses the batch and nothing is sent.
    const QString vault = boundVault(QStringLiteral("viewer"), newRemoteProject(), m_viewerToken);
    QVERIFY(!vault.isEmpty());
    QCOMPARE(cli(vault, args({"var", "set"}) << kProject << QStringLiteral("V") << QStringLiteral("x")).exitCode, 0);
    QVERIFY(cli(vault, args({"publish"}) << kProject).exitCode != 0);
    const QJsonArray published = entries(vault, QStringLiteral("publish"));
    QCOMPARE(published.size(), 1);
    QCOMPARE(published.at(0)[QStringLiteral("detail")].toString(),
        QStringLiteral("written=1 deleted=0 sent=0 outcome=failed"));
    checkChainAndValues(vault);
}

void TestCliAudit::remoteAuditShowsThePlatformsLog()
{
    const QString remoteId = newRemoteProject();
    const QString vault = boundVault(QStringLiteral("remote-audit"), remoteId, m_adminToken);
    QVERIFY(!vault.isEmpty());
    QCOMPARE(cli(vault, args({"secret", "set"}) << kProject << QStringLiteral("S"), kSecretValue).exitCode, 0);
    QCOMPARE(cli(vault, args({"publish"}) << kProject).exitCode, 0);

    const CliRun listed = cli(vault, args({"remote", "audit", "--json"}) << kProject);
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.json()[QStringLiteral("remoteProjectId")].toInteger(), remoteId.toLongLong());
    const QJsonArray entries = listed.json()[QStringLiteral("entries")].toArray();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0)[QStringLiteral("action")].toString(), QStringLiteral("SECRET_CREATED"));
    QCOMPARE(entries.at(0)[QStringLiteral("name")].toString(), QStringLiteral("S"));
    QCOMPARE(entries.at(0)[QStringLiteral("actor")].toString(), QStringLiteral("ann"));
    QCOMPARE(entries.at(1)[QStringLiteral("action")].toString(), QStringLiteral("PROJECT_CREATED"));

    const CliRun table = cli(vault, args({"remote", "audit"}) << kProject);
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.startsWith("ID"));
    QVERIFY(table.out.contains("SECRET_CREATED"));
    QVERIFY(table.out.contains("batchIndex=0 batchSize=1"));
    const CliRun later = cli(vault, args({"remote", "audit", "--json", "--since", "2999-01-01"}) << kProject);
    QCOMPARE(later.exitCode, 0);
    QCOMPARE(later.json()[QStringLiteral("entries")].toArray().size(), 0);
    const CliRun badSince = cli(vault, args({"remote", "audit", "--since", "yesterday"}) << kProject);
    QCOMPARE(badSince.exitCode, 3);
    QVERIFY(badSince.err.contains("'yesterday' is neither"));
    checkChainAndValues(vault);
}

void TestCliAudit::remoteAuditNeedsTheAdminRole()
{
    const QString vault = boundVault(QStringLiteral("viewer-audit"), newRemoteProject(), m_viewerToken);
    QVERIFY(!vault.isEmpty());
    const CliRun refused = cli(vault, args({"remote", "audit"}) << kProject);
    QCOMPARE(refused.exitCode, 7);
    QVERIFY2(refused.err.contains("SYSTEM_ADMIN"), refused.err.constData());
    QVERIFY(refused.out.isEmpty());
}

BOTVAULT_TEST_MAIN(TestCliAudit)
#include "TestCliAudit.moc"
