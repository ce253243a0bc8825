#include "storage/Vault.h"
#include "tests/support/CliDriver.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The real botvault-cli writes to a vault that an in-process session (the desktop's) keeps open:
// the session notices without a call of its own and refuses an edit started before the CLI's.
class TestCliBesideDesktop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sessionFollowsTheCli();
};

void TestCliBesideDesktop::sessionFollowsTheCli()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CliDriver cli(dir.path());
    cli.setFastRetries(false);
    const QString vaultPath = cli.createVault(QStringLiteral("vault"), QStringLiteral("Shop bot"));
    QVERIFY(!vaultPath.isEmpty());
    QCOMPARE(cli.run(vaultPath,
                    {QStringLiteral("var"), QStringLiteral("set"), QStringLiteral("Shop bot"),
                        QStringLiteral("API_URL"), QStringLiteral("https://old")})
                 .exitCode,
        0);

    QFile passwordFile(cli.passwordFile());
    QVERIFY(passwordFile.open(QIODevice::ReadOnly));
    const QByteArray password = passwordFile.readAll().trimmed();
    Vault desktop;
    QVERIFY(desktop.unlock(vaultPath, TestSupport::secret(QString::fromUtf8(password))).ok());
    const ProjectId project = desktop.projectByName(QStringLiteral("Shop bot"))->id;
    const Variable seen = desktop.variable(project, QStringLiteral("API_URL")).value();
    desktop.setExternalChangePolling(50);
    QSignalSpy reload(&desktop, &ProjectStore::reloadRequested);

    QCOMPARE(cli.run(vaultPath,
                    {QStringLiteral("var"), QStringLiteral("set"), QStringLiteral("Shop bot"),
                        QStringLiteral("API_URL"), QStringLiteral("https://from-the-cli")})
                 .exitCode,
        0);
    QCOMPARE(cli.run(vaultPath, {QStringLiteral("project"), QStringLiteral("add"), QStringLiteral("Added by the CLI")})
                 .exitCode,
        0);

    QTRY_VERIFY(reload.count() > 0);
    QVERIFY(desktop.projectByName(QStringLiteral("Added by the CLI")).ok());
    QCOMPARE(desktop.variable(project, QStringLiteral("API_URL"))->value, QStringLiteral("https://from-the-cli"));
    auto stale = desktop.editVariable(project, QStringLiteral("API_URL"), QStringLiteral("API_URL"),
        QStringLiteral("typed"), false, ProjectStore::SeenItem {seen.id, seen.updated});
    QCOMPARE(TestSupport::outcomeName(stale), "Conflict");
    QCOMPARE(desktop.variable(project, QStringLiteral("API_URL"))->value, QStringLiteral("https://from-the-cli"));
}

BOTVAULT_TEST_MAIN(TestCliBesideDesktop)
#include "TestCliBesideDesktop.moc"
