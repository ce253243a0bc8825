#include "models/AccessPolicy.h"
#include "models/Role.h"

#include "tests/support/TestMain.h"

#include <QObject>
#include <QTest>

#include <optional>

Q_DECLARE_METATYPE(Role)

class TestAccessPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void roleNames_data();
    void roleNames();
    void unknownRoleNames_data();
    void unknownRoleNames();
    void localOwnerHoldsEveryRole();
    void systemUserNameFromUser();
    void systemUserNameFromUsername();
    void systemUserNameFallsBackToLocal();

    void defaultPolicyNeedsSystemAdmin();
    void manageSecrets_data();
    void manageSecrets();
    void deniedReasonNamesTheRole_data();
    void deniedReasonNamesTheRole();

private:
    std::optional<QByteArray> m_user;
    std::optional<QByteArray> m_username;
};

namespace {

std::optional<QByteArray> environmentVariable(const char* name)
{
    if (!qEnvironmentVariableIsSet(name)) {
        return std::nullopt;
    }
    return qgetenv(name);
}

void restoreEnvironmentVariable(const char* name, const std::optional<QByteArray>& value)
{
    if (value) {
        qputenv(name, *value);
    } else {
        qunsetenv(name);
    }
}

Actor actorWith(const QSet<Role>& roles)
{
    return Actor {QStringLiteral("someone"), roles};
}

} // namespace

void TestAccessPolicy::init()
{
    m_user = environmentVariable("USER");
    m_username = environmentVariable("USERNAME");
}

void TestAccessPolicy::cleanup()
{
    restoreEnvironmentVariable("USER", m_user);
    restoreEnvironmentVariable("USERNAME", m_username);
}

void TestAccessPolicy::roleNames_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<QString>("name");

    QTest::newRow("system admin") << Role::SystemAdmin << QStringLiteral("SYSTEM_ADMIN");
    QTest::newRow("security admin") << Role::SecurityAdmin << QStringLiteral("SECURITY_ADMIN");
    QTest::newRow("developer") << Role::Developer << QStringLiteral("DEVELOPER");
    QTest::newRow("viewer") << Role::Viewer << QStringLiteral("VIEWER");
}

void TestAccessPolicy::roleNames()
{
    QFETCH(Role, role);
    QFETCH(QString, name);

    QCOMPARE(roleName(role), name);
    const std::optional<Role> parsed = roleFromName(name);
    QVERIFY(parsed.has_value());
    QVERIFY(*parsed == role);
    QVERIFY(allRoles().contains(role));
}

void TestAccessPolicy::unknownRoleNames_data()
{
    QTest::addColumn<QString>("name");

    QTest::newRow("empty") << QString();
    QTest::newRow("lower case") << QStringLiteral("system_admin");
    QTest::newRow("mixed case") << QStringLiteral("Viewer");
    QTest::newRow("surrounding space") << QStringLiteral(" VIEWER");
    QTest::newRow("trailing space") << QStringLiteral("DEVELOPER ");
    QTest::newRow("not a role") << QStringLiteral("ADMIN");
    QTest::newRow("enum spelling") << QStringLiteral("SystemAdmin");
}

void TestAccessPolicy::unknownRoleNames()
{
    QFETCH(QString, name);

    QVERIFY(!roleFromName(name).has_value());
}

void TestAccessPolicy::localOwnerHoldsEveryRole()
{
    const Actor owner = Actor::localOwner(QStringLiteral("alice"));

    QCOMPARE(owner.name, QStringLiteral("alice"));
    QCOMPARE(owner.roles.size(), 4);
    for (const Role role : {Role::SystemAdmin, Role::SecurityAdmin, Role::Developer, Role::Viewer}) {
        QVERIFY2(owner.roles.contains(role), qPrintable(roleName(role)));
    }
}

void TestAccessPolicy::systemUserNameFromUser()
{
    qputenv("USER", "alice");
    qputenv("USERNAME", "bob");

    QCOMPARE(Actor::systemUserName(), QStringLiteral("alice"));
}

void TestAccessPolicy::systemUserNameFromUsername()
{
    qunsetenv("USER");
    qputenv("USERNAME", "bob");

    QCOMPARE(Actor::systemUserName(), QStringLiteral("bob"));
}

void TestAccessPolicy::systemUserNameFallsBackToLocal()
{
    qunsetenv("USER");
    qunsetenv("USERNAME");

    QCOMPARE(Actor::systemUserName(), QStringLiteral("local"));
}

void TestAccessPolicy::defaultPolicyNeedsSystemAdmin()
{
    const AccessPolicy policy;

    QVERIFY(policy.secretsAdminRole() == Role::SystemAdmin);
    QVERIFY(policy.canManageSecrets(actorWith({Role::SystemAdmin})));
    QVERIFY(!policy.canManageSecrets(actorWith({Role::SecurityAdmin})));
}

void TestAccessPolicy::manageSecrets_data()
{
    QTest::addColumn<Role>("secretsAdminRole");
    QTest::addColumn<QSet<Role>>("actorRoles");
    QTest::addColumn<bool>("allowed");

    QTest::newRow("system admin under default policy") << Role::SystemAdmin << QSet<Role> {Role::SystemAdmin} << true;
    QTest::newRow("security admin under default policy")
        << Role::SystemAdmin << QSet<Role> {Role::SecurityAdmin} << false;
    QTest::newRow("developer under default policy") << Role::SystemAdmin << QSet<Role> {Role::Developer} << false;
    QTest::newRow("viewer under default policy") << Role::SystemAdmin << QSet<Role> {Role::Viewer} << false;
    QTest::newRow("no roles under default policy") << Role::SystemAdmin << QSet<Role> {} << false;
    QTest::newRow("several roles including system admin")
        << Role::SystemAdmin << QSet<Role> {Role::Viewer, Role::SystemAdmin} << true;
    QTest::newRow("security admin under security policy")
        << Role::SecurityAdmin << QSet<Role> {Role::SecurityAdmin} << true;
    QTest::newRow("system admin under security policy")
        << Role::SecurityAdmin << QSet<Role> {Role::SystemAdmin} << false;
    QTest::newRow("developer under security policy")
        << Role::SecurityAdmin << QSet<Role> {Role::Developer, Role::Viewer} << false;
    QTest::newRow("local owner under security policy")
        << Role::SecurityAdmin << Actor::localOwner(QStringLiteral("alice")).roles << true;
}

void TestAccessPolicy::manageSecrets()
{
    QFETCH(Role, secretsAdminRole);
    QFETCH(QSet<Role>, actorRoles);
    QFETCH(bool, allowed);

    const AccessPolicy policy(secretsAdminRole);
    const Actor actor = actorWith(actorRoles);

    QCOMPARE(policy.canManageSecrets(actor), allowed);
    const Result<void> check = policy.checkManageSecrets(actor);
    QCOMPARE(check.ok(), allowed);
    if (!allowed) {
        QVERIFY(check.code() == ErrorCode::PermissionDenied);
        QCOMPARE(check.message(), policy.manageSecretsDeniedReason());
        QVERIFY2(check.message().contains(roleName(secretsAdminRole)), qPrintable(check.message()));
    }
}

void TestAccessPolicy::deniedReasonNamesTheRole_data()
{
    QTest::addColumn<Role>("secretsAdminRole");
    QTest::addColumn<QString>("reason");

    QTest::newRow("system admin") << Role::SystemAdmin
                                  << QStringLiteral(
                                         "Adding, editing and deleting secrets needs the SYSTEM_ADMIN role.");
    QTest::newRow("security admin") << Role::SecurityAdmin
                                    << QStringLiteral(
                                           "Adding, editing and deleting secrets needs the SECURITY_ADMIN role.");
}

void TestAccessPolicy::deniedReasonNamesTheRole()
{
    QFETCH(Role, secretsAdminRole);
    QFETCH(QString, reason);

    const AccessPolicy policy(secretsAdminRole);
    QCOMPARE(policy.manageSecretsDeniedReason(), reason);
    const Result<void> check = policy.checkManageSecrets(actorWith({Role::Viewer}));
    QVERIFY(check.code() == ErrorCode::PermissionDenied);
    QCOMPARE(check.message(), reason);
}

BOTVAULT_TEST_MAIN(TestAccessPolicy)

#include "TestAccessPolicy.moc"
