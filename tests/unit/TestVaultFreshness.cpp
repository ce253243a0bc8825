#include "storage/Vault.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using TestSupport::fastKdfParams;
using TestSupport::outcomeName;
using TestSupport::plain;
using TestSupport::secret;

// Two programs on one vault file: the desktop (`m_desktop`) keeps its vault open while another one
// (`m_cli`, as botvault-cli would) writes. The desktop notices the other's commits and refuses an
// edit started from a row that changed since.
class TestVaultFreshness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void noticesAnotherConnectionsCommit();
    void ownWritesAreNotExternal();
    void reloadAnnouncesWithoutAChange();
    void lockedVaultNoticesNothing();
    void pollingNoticesWithoutACall();
    void staleVariableEditIsRefused();
    void staleSecretEditIsRefused();
    void editOfARemovedItemIsRefused();
    void editOfARecreatedItemIsRefused();
    void currentEditIsAccepted();
    void everyWriteMovesTheStamp();

private:
    ProjectId sharedProject();
    Variable desktopVariable(ProjectId project, const QString& name);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Vault> m_desktop;
    std::unique_ptr<Vault> m_cli;
};

void TestVaultFreshness::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("vault.db"));
    QVERIFY(Vault::create(m_path, secret("correct horse"), fastKdfParams()).ok());
    m_desktop = std::make_unique<Vault>();
    m_cli = std::make_unique<Vault>();
    QVERIFY(m_desktop->unlock(m_path, secret("correct horse")).ok());
    QVERIFY(m_cli->unlock(m_path, secret("correct horse")).ok());
    m_cli->setActor(Actor {QStringLiteral("cli-admin"), {Role::SystemAdmin}});
}

void TestVaultFreshness::cleanup()
{
    m_cli.reset();
    m_desktop.reset();
    m_dir.reset();
}

ProjectId TestVaultFreshness::sharedProject()
{
    auto project = m_desktop->addProject(QStringLiteral("Shop bot"));
    return project ? project->id : 0;
}

Variable TestVaultFreshness::desktopVariable(ProjectId project, const QString& name)
{
    auto variable = m_desktop->variable(project, name);
    return variable ? variable.value() : Variable {};
}

void TestVaultFreshness::noticesAnotherConnectionsCommit()
{
    QVERIFY(!m_desktop->checkForExternalChanges());
    QSignalSpy projects(m_desktop.get(), &ProjectStore::projectsChanged);
    QSignalSpy reload(m_desktop.get(), &ProjectStore::reloadRequested);

    QVERIFY(m_cli->addProject(QStringLiteral("Added by the CLI")).ok());

    QVERIFY(m_desktop->checkForExternalChanges());
    QCOMPARE(projects.count(), 1);
    QCOMPARE(reload.count(), 1);
    // Seen once: the next look finds nothing new.
    QVERIFY(!m_desktop->checkForExternalChanges());
    QCOMPARE(reload.count(), 1);
}

void TestVaultFreshness::ownWritesAreNotExternal()
{
    const ProjectId project = sharedProject();
    QVERIFY(m_desktop->setVariable(project, QStringLiteral("API_URL"), QStringLiteral("https://a")).ok());
    QVERIFY(!m_desktop->checkForExternalChanges());
}

void TestVaultFreshness::reloadAnnouncesWithoutAChange()
{
    QSignalSpy projects(m_desktop.get(), &ProjectStore::projectsChanged);
    QSignalSpy reload(m_desktop.get(), &ProjectStore::reloadRequested);
    m_desktop->requestReload();
    QCOMPARE(projects.count(), 1);
    QCOMPARE(reload.count(), 1);
}

void TestVaultFreshness::lockedVaultNoticesNothing()
{
    m_desktop->lock();
    QVERIFY(m_cli->addProject(QStringLiteral("Added while locked")).ok());
    QSignalSpy reload(m_desktop.get(), &ProjectStore::reloadRequested);
    QVERIFY(!m_desktop->checkForExternalChanges());
    m_desktop->requestReload();
    QCOMPARE(reload.count(), 0);
}

void TestVaultFreshness::pollingNoticesWithoutACall()
{
    QSignalSpy reload(m_desktop.get(), &ProjectStore::reloadRequested);
    m_desktop->setExternalChangePolling(20);
    QVERIFY(m_cli->addProject(QStringLiteral("Added by the CLI")).ok());
    QVERIFY(reload.wait(5000));
    m_desktop->setExternalChangePolling(0);
}

void TestVaultFreshness::staleVariableEditIsRefused()
{
    const ProjectId project = sharedProject();
    QVERIFY(m_desktop->setVariable(project, QStringLiteral("API_URL"), QStringLiteral("https://old")).ok());
    const Variable seen = desktopVariable(project, QStringLiteral("API_URL"));

    QVERIFY(m_cli->setVariable(project, QStringLiteral("API_URL"), QStringLiteral("https://newer")).ok());
    QVERIFY(m_desktop->checkForExternalChanges());

    QSignalSpy saved(m_desktop.get(), &ProjectStore::variableSaved);
    auto edit = m_desktop->editVariable(project, QStringLiteral("API_URL"), QStringLiteral("API_BASE"),
        QStringLiteral("https://typed"), true, ProjectStore::SeenItem {seen.id, seen.updated});
    QCOMPARE(outcomeName(edit), "Conflict");
    QVERIFY2(edit.message().contains(QStringLiteral("API_URL")), qPrintable(edit.message()));
    QVERIFY2(edit.message().contains(QStringLiteral("changed elsewhere")), qPrintable(edit.message()));
    QVERIFY2(edit.message().contains(QStringLiteral("cli-admin")), qPrintable(edit.message()));
    QVERIFY2(!edit.message().contains(QStringLiteral("https://")), qPrintable(edit.message()));
    QCOMPARE(saved.count(), 0);

    // Nothing of the edit was written: not the value, not the flag, not the rename.
    const Variable now = desktopVariable(project, QStringLiteral("API_URL"));
    QCOMPARE(now.value, QStringLiteral("https://newer"));
    QCOMPARE(now.includeInExport, false);
    QCOMPARE(m_desktop->variable(project, QStringLiteral("API_BASE")).code(), ErrorCode::NotFound);
    QCOMPARE(m_desktop->variables(project)->size(), 1);
}

void TestVaultFreshness::staleSecretEditIsRefused()
{
    const ProjectId project = sharedProject();
    QVERIFY(m_desktop->setSecret(project, QStringLiteral("BOT_TOKEN"), secret("first")).ok());
    const SecretSummary seen = m_desktop->secrets(project)->value(0);
    QCOMPARE(seen.name, QStringLiteral("BOT_TOKEN"));

    QVERIFY(m_cli->setSecret(project, QStringLiteral("BOT_TOKEN"), secret("second")).ok());

    auto edit = m_desktop->editSecret(project, QStringLiteral("BOT_TOKEN"), QStringLiteral("BOT_TOKEN"),
        secret("typed"), ProjectStore::SeenItem {seen.id, seen.updated});
    QCOMPARE(outcomeName(edit), "Conflict");
    QVERIFY2(!edit.message().contains(QStringLiteral("second")), qPrintable(edit.message()));
    QCOMPARE(plain(m_desktop->secretValue(project, QStringLiteral("BOT_TOKEN")).value()), QByteArray("second"));
}

void TestVaultFreshness::editOfARemovedItemIsRefused()
{
    const ProjectId project = sharedProject();
    QVERIFY(m_desktop->setVariable(project, QStringLiteral("MODE"), QStringLiteral("a")).ok());
    const Variable seen = desktopVariable(project, QStringLiteral("MODE"));
    QVERIFY(m_cli->removeVariable(project, QStringLiteral("MODE")).ok());

    auto edit = m_desktop->editVariable(project, QStringLiteral("MODE"), QStringLiteral("MODE"), QStringLiteral("b"),
        false, ProjectStore::SeenItem {seen.id, seen.updated});
    QCOMPARE(outcomeName(edit), "Conflict");
    QVERIFY2(edit.message().contains(QStringLiteral("removed elsewhere")), qPrintable(edit.message()));
    QCOMPARE(m_desktop->variables(project)->size(), 0);
}

void TestVaultFreshness::editOfARecreatedItemIsRefused()
{
    const ProjectId project = sharedProject();
    QVERIFY(m_desktop->setVariable(project, QStringLiteral("MODE"), QStringLiteral("a")).ok());
    const Variable seen = desktopVariable(project, QStringLiteral("MODE"));
    QVERIFY(m_cli->removeVariable(project, QStringLiteral("MODE")).ok());
    QVERIFY(m_cli->setVariable(project, QStringLiteral("MODE"), QStringLiteral("c")).ok());

    auto edit = m_desktop->editVariable(project, QStringLiteral("MODE"), QStringLiteral("MODE"), QStringLiteral("b"),
        false, ProjectStore::SeenItem {seen.id, seen.updated});
    QCOMPARE(outcomeName(edit), "Conflict");
    QCOMPARE(desktopVariable(project, QStringLiteral("MODE")).value, QStringLiteral("c"));
}

void TestVaultFreshness::currentEditIsAccepted()
{
    const ProjectId project = sharedProject();
    QVERIFY(m_cli->setVariable(project, QStringLiteral("MODE"), QStringLiteral("a")).ok());
    QVERIFY(m_desktop->checkForExternalChanges());
    const Variable seen = desktopVariable(project, QStringLiteral("MODE"));

    auto edit = m_desktop->editVariable(project, QStringLiteral("MODE"), QStringLiteral("MODE"), QStringLiteral("b"),
        false, ProjectStore::SeenItem {seen.id, seen.updated});
    QCOMPARE(outcomeName(edit), "ok");
    QCOMPARE(desktopVariable(project, QStringLiteral("MODE")).value, QStringLiteral("b"));
    // The CLI reads and writes in one command and carries no stamp: it is never refused.
    QVERIFY(
        m_cli->editVariable(project, QStringLiteral("MODE"), QStringLiteral("MODE"), QStringLiteral("c"), false).ok());
}

void TestVaultFreshness::everyWriteMovesTheStamp()
{
    // Two writes within one millisecond must still tell apart, or a stale edit would pass.
    const ProjectId project = sharedProject();
    QVERIFY(m_desktop->setVariable(project, QStringLiteral("MODE"), QStringLiteral("a")).ok());
    const Variable first = desktopVariable(project, QStringLiteral("MODE"));
    QVERIFY(m_cli->setVariable(project, QStringLiteral("MODE"), QStringLiteral("b")).ok());
    QVERIFY(m_cli->setVariableIncludeInExport(project, QStringLiteral("MODE"), true).ok());
    QVERIFY(
        m_cli->editVariable(project, QStringLiteral("MODE"), QStringLiteral("MODE"), QStringLiteral("c"), true).ok());
    const Variable last = desktopVariable(project, QStringLiteral("MODE"));
    QVERIFY(last.updated.toMSecsSinceEpoch() >= first.updated.toMSecsSinceEpoch() + 3);
}

BOTVAULT_TEST_MAIN(TestVaultFreshness)
#include "TestVaultFreshness.moc"
