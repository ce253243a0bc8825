#include "models/ProjectListModel.h"
#include "storage/Vault.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"
#include "tests/widgets/DialogTestSupport.h"
#include "ui/Icons.h"
#include "ui/MessageBox.h"
#include "ui/ProjectNameDialog.h"
#include "ui/ProjectsPanel.h"
#include "ui/Translations.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
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
    void addProjectChecksADuplicateNameWhileTyping();
    void aRefusedNameKeepsTheDialogAndTheTypedName();
    void renameTitleIsNotClipped();
    void deleteConfirmationCarriesTheDeleteIcon();

private:
    void select(const QString& name);
    // Runs `action` on the first visible top-level widget named `objectName` once it shows (the
    // prompts run their own event loop); gives up after about five seconds.
    void whenShown(const QString& objectName, std::function<void(QWidget*)> action);

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

void TestProjectsPanel::whenShown(const QString& objectName, std::function<void(QWidget*)> action)
{
    auto* poll = new QTimer(m_panel.get());
    auto attempts = std::make_shared<int>(0);
    connect(poll, &QTimer::timeout, poll, [poll, attempts, objectName, action] {
        const QList<QWidget*> windows = QApplication::topLevelWidgets();
        for (QWidget* window : windows) {
            if (window->objectName() == objectName && window->isVisible()) {
                poll->deleteLater();
                poll->stop();
                action(window);
                return;
            }
        }
        if (++*attempts > 500) {
            poll->stop();
            poll->deleteLater();
        }
    });
    poll->start(10);
}

// Issue 17, item 14: the name is checked against the other projects while it is typed, so OK never
// leads to an error box that closes the prompt and loses the name.
void TestProjectsPanel::addProjectChecksADuplicateNameWhileTyping()
{
    const int promptsBefore = MessageBox::promptCount();
    bool okForDuplicate = true;
    QString message;
    bool okForNew = false;
    whenShown(QStringLiteral("projectNameDialog"), [&](QWidget* window) {
        auto* dialog = qobject_cast<ProjectNameDialog*>(window);
        QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Shop bot"));
        okForDuplicate = ok->isEnabled();
        message = dialog->errorLabel()->isVisible() ? dialog->errorLabel()->text() : QString();
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral(" 2"));
        okForNew = ok->isEnabled() && !dialog->errorLabel()->isVisible();
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(m_panel->findChild<QPushButton*>(QStringLiteral("addProjectButton")), Qt::LeftButton);
    QVERIFY(!okForDuplicate);
    QCOMPARE(message, QStringLiteral("A project named 'Shop bot' already exists."));
    QVERIFY(okForNew);
    QCOMPARE(m_panel->currentProjectName(), QStringLiteral("Shop bot 2"));
    QCOMPARE(MessageBox::promptCount(), promptsBefore);

    // Renaming to its own name is no conflict; to another project's name it is.
    bool okForOwnName = false;
    bool okForOther = true;
    whenShown(QStringLiteral("projectNameDialog"), [&](QWidget* window) {
        auto* dialog = qobject_cast<ProjectNameDialog*>(window);
        QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        okForOwnName = ok->isEnabled();
        dialog->nameEdit()->selectAll();
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Plain bot"));
        okForOther = ok->isEnabled();
        dialog->reject();
    });
    QTest::mouseClick(m_panel->findChild<QPushButton*>(QStringLiteral("renameProjectButton")), Qt::LeftButton);
    QVERIFY(okForOwnName);
    QVERIFY(!okForOther);
    QCOMPARE(m_panel->currentProjectName(), QStringLiteral("Shop bot 2"));
}

void TestProjectsPanel::aRefusedNameKeepsTheDialogAndTheTypedName()
{
    // A name taken after the prompt opened (by the CLI, say): the vault refuses it at OK.
    int saves = 0;
    ProjectNameDialog dialog(QStringLiteral("Add project"), QStringLiteral("Project &name:"), QString(), {},
        [this, &saves](const QString& name) -> Result<void> {
            ++saves;
            auto added = m_vault->addProject(name);
            return added ? Result<void>() : Result<void>(added.error());
        });
    dialog.show();
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Plain bot"));
    QPushButton* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(saves, 1);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("Plain bot"));
    QVERIFY(dialog.errorLabel()->isVisible());
    QCOMPARE(dialog.errorLabel()->text(), QStringLiteral("A project named 'Plain bot' already exists."));

    QTest::keyClicks(dialog.nameEdit(), QStringLiteral(" 3"));
    QTest::keyClick(dialog.nameEdit(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(m_vault->projectByName(QStringLiteral("Plain bot 3")).ok());
}

void TestProjectsPanel::renameTitleIsNotClipped()
{
    select(QStringLiteral("Shop bot"));
    int width = 0;
    int titleWidth = 0;
    QString title;
    whenShown(QStringLiteral("projectNameDialog"), [&](QWidget* dialog) {
        title = dialog->windowTitle();
        DialogTestSupport::saveScreenshot(dialog, QStringLiteral("rename-project"));
        width = dialog->width();
        titleWidth = dialog->fontMetrics().horizontalAdvance(title);
        qobject_cast<QDialog*>(dialog)->reject();
    });
    QTest::mouseClick(m_panel->findChild<QPushButton*>(QStringLiteral("renameProjectButton")), Qt::LeftButton);
    QCOMPARE(title, QStringLiteral("Rename project"));
    // Room for the title in a title bar's bold font and for the bar's icon and buttons.
    QVERIFY2(width >= titleWidth * 3 / 2 + 150, qPrintable(QStringLiteral("%1 < %2").arg(width).arg(titleWidth)));
}

// Issue 17, item 14: the destructive button carries the bin, not the style's OK tick.
void TestProjectsPanel::deleteConfirmationCarriesTheDeleteIcon()
{
    select(QStringLiteral("Plain bot"));
    QImage shown;
    QString buttonText;
    whenShown(QStringLiteral("messageBox"), [&](QWidget* window) {
        auto* box = qobject_cast<QMessageBox*>(window);
        auto* remove = box->findChild<QAbstractButton*>(QStringLiteral("deleteButton"));
        if (remove) {
            buttonText = remove->text();
            shown = remove->icon().pixmap(16, 16).toImage();
        }
        box->button(QMessageBox::Cancel)->click();
    });
    QTest::mouseClick(m_panel->findChild<QPushButton*>(QStringLiteral("deleteProjectButton")), Qt::LeftButton);
    QCOMPARE(buttonText, QStringLiteral("&Delete"));
    QVERIFY(!shown.isNull());
    QCOMPARE(shown, Icons::icon(QStringLiteral("delete")).pixmap(16, 16).toImage());
    QVERIFY(m_vault->projectByName(QStringLiteral("Plain bot")).ok());
}

BOTVAULT_WIDGET_TEST_MAIN(TestProjectsPanel)
#include "TestProjectsPanel.moc"
