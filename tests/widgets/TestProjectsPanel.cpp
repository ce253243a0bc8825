#include "models/ProjectListModel.h"
#include "storage/Vault.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"
#include "ui/MessageBox.h"
#include "ui/ProjectsPanel.h"
#include "ui/Translations.h"

#include <QAction>
#include <QApplication>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using TestSupport::fastKdfParams;
using TestSupport::secret;
using TestSupport::secure;

// The project list's delete controls mirror the vault's rule: a project that holds secrets may be
// deleted only with the secrets-admin role, like a single secret; without it the button and the
// Delete action are disabled and say why, and nothing is removed.
class TestProjectsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Translations::install(qApp, QStringLiteral("en")); }
    void init();
    void cleanup();

    void deletingAProjectWithSecretsNeedsTheRole();

private:
    void select(const QString& name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<ProjectsPanel> m_panel;
};

void TestProjectsPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString path = m_dir->filePath(QStringLiteral("vault.db"));
    QVERIFY(Vault::create(path, secret("pw"), fastKdfParams()).ok());
    m_vault = std::make_unique<Vault>();
    QVERIFY(m_vault->unlock(path, secret("pw")).ok());
    auto shop = m_vault->addProject(QStringLiteral("Shop bot"));
    auto plain = m_vault->addProject(QStringLiteral("Plain bot"));
    QVERIFY(shop.ok() && plain.ok());
    QVERIFY(m_vault->setSecret(shop->id, QStringLiteral("API_KEY"), secret("k3y")).ok());
    QVERIFY(m_vault->setVariable(plain->id, QStringLiteral("GREETING"), QStringLiteral("hi")).ok());
    m_panel = std::make_unique<ProjectsPanel>(m_vault.get());
    m_panel->show();
}

void TestProjectsPanel::cleanup()
{
    m_panel.reset();
    m_vault.reset();
    m_dir.reset();
}

void TestProjectsPanel::select(const QString& name)
{
    m_panel->selectProject(m_vault->projectByName(name)->id);
    QCOMPARE(m_panel->currentProjectName(), name);
}

void TestProjectsPanel::deletingAProjectWithSecretsNeedsTheRole()
{
    auto* button = m_panel->findChild<QPushButton*>(QStringLiteral("deleteProjectButton"));
    QAction* action = m_panel->deleteProjectAction();
    QVERIFY(button && action);
    QCOMPARE(action->objectName(), QStringLiteral("deleteProjectAction"));
    const QString reason = QStringLiteral(
        "Deleting a project that holds secrets needs the SYSTEM_ADMIN role, as deleting a secret does.");

    // The owner holds every role.
    select(QStringLiteral("Shop bot"));
    QVERIFY(button->isEnabled());
    QCOMPARE(button->toolTip(), QStringLiteral("Delete project"));

    m_vault->setActor(Actor {QStringLiteral("dev"), {Role::Developer}});
    m_panel->updatePermissions();
    QVERIFY(!button->isEnabled());
    QVERIFY(!action->isEnabled());
    QCOMPARE(button->toolTip(), reason);
    QCOMPARE(action->toolTip(), reason);
    QCOMPARE(button->accessibleName(), QStringLiteral("Delete project"));
    // The Delete key goes nowhere: the action is disabled; asked directly, the panel says why.
    QSignalSpy messages(m_panel.get(), &ProjectsPanel::statusMessage);
    m_panel->list()->setFocus();
    QTest::keyClick(m_panel->list(), Qt::Key_Delete);
    m_panel->deleteProject();
    QCOMPARE(MessageBox::promptCount(), 0);
    QCOMPARE(messages.count(), 1);
    QCOMPARE(messages.at(0).at(0).toString(), reason);
    QVERIFY(m_vault->projectByName(QStringLiteral("Shop bot")).ok());

    // A project without secrets may go.
    select(QStringLiteral("Plain bot"));
    QVERIFY(button->isEnabled());
    QVERIFY(action->isEnabled());
    QCOMPARE(button->toolTip(), QStringLiteral("Delete project"));

    // Its first secret (saved by someone with the role) disables it at once; removing it enables it again.
    const ProjectId plain = m_vault->projectByName(QStringLiteral("Plain bot"))->id;
    m_vault->setActor(Actor::localOwner(QStringLiteral("owner")));
    QVERIFY(m_vault->setSecret(plain, QStringLiteral("TOKEN"), secret("t")).ok());
    m_vault->setActor(Actor {QStringLiteral("dev"), {Role::Developer}});
    m_panel->updatePermissions();
    QVERIFY(!button->isEnabled());
    m_vault->setActor(Actor::localOwner(QStringLiteral("owner")));
    QVERIFY(m_vault->removeSecret(plain, QStringLiteral("TOKEN")).ok());
    m_vault->setActor(Actor {QStringLiteral("dev"), {Role::Developer}});
    m_panel->updatePermissions();
    QVERIFY(button->isEnabled());

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(TestSupport::outcomeName(m_vault->projectByName(QStringLiteral("Plain bot"))), "NotFound");
}

BOTVAULT_WIDGET_TEST_MAIN(TestProjectsPanel)
#include "TestProjectsPanel.moc"
