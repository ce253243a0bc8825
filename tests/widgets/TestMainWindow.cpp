#include "models/ProjectListModel.h"
#include "models/SecretsTableModel.h"
#include "models/VariablesTableModel.h"
#include "storage/Vault.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"
#include "tests/widgets/DialogTestSupport.h"
#include "ui/AppSettings.h"
#include "ui/AuditLogDialog.h"
#include "ui/CreateVaultDialog.h"
#include "ui/ItemTableView.h"
#include "ui/LockScreen.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/PasswordField.h"
#include "ui/ProjectsPanel.h"
#include "ui/RowActionsDelegate.h"
#include "ui/SecretDialog.h"
#include "ui/SecretsAndVariablesPage.h"
#include "ui/SecretsTab.h"
#include "ui/Translations.h"
#include "ui/UnlockDialog.h"
#include "ui/VariableDialog.h"
#include "ui/VariablesTab.h"
#include "ui/VaultSearchDialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyleOptionButton>
#include <QStyleOptionViewItem>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using DialogTestSupport::child;
using DialogTestSupport::visibleDialog;
using TestSupport::fastKdfParams;
using TestSupport::secret;
using TestSupport::secure;

namespace {

const QString kPassword = QStringLiteral("correct horse battery staple");

// A helper that failed has already recorded the failure; the test function must stop too.
#define CHECKED(call)                                                                                                  \
    do {                                                                                                               \
        call;                                                                                                          \
        if (QTest::currentTestFailed()) {                                                                              \
            return;                                                                                                    \
        }                                                                                                              \
    } while (false)

// Dialogs shown with exec() (the project name prompt) block the click that opens them, so what the
// person does in them is queued before the click: `action` runs on the visible dialog named
// `objectName` as soon as it is up. A prompt that never shows up fails the test instead of hanging;
// the wait ends with `context` (the test's window), so it never outlives the test that started it.
struct ModalAnswer
{
    bool ran = false;
    // The dialog blocked the rest of the application (QApplication::activeModalWidget()).
    bool wasModal = false;
};

std::shared_ptr<ModalAnswer> whenDialogShows(
    QObject* context, const QString& objectName, std::function<void(QDialog*)> action)
{
    auto answer = std::make_shared<ModalAnswer>();
    auto* poll = new QTimer(context);
    poll->setInterval(10);
    auto attempts = std::make_shared<int>(0);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, answer, attempts, objectName, action] {
        QDialog* shown = nullptr;
        const QList<QWidget*> windows = QApplication::topLevelWidgets();
        for (QWidget* window : windows) {
            auto* dialog = qobject_cast<QDialog*>(window);
            if (dialog && dialog->objectName() == objectName && dialog->isVisible()) {
                shown = dialog;
            }
        }
        if (shown) {
            poll->stop();
            poll->deleteLater();
            answer->ran = true;
            answer->wasModal = QApplication::activeModalWidget() == shown;
            action(shown);
        } else if (++*attempts > 500) {
            poll->stop();
            poll->deleteLater();
        }
    });
    poll->start();
    return answer;
}

// Types `name` over whatever the project name prompt holds and confirms with its OK button.
void answerProjectName(QDialog* dialog, const QString& name)
{
    auto* edit = dialog->findChild<QLineEdit*>();
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    if (!edit || !buttons) {
        dialog->reject();
        return;
    }
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, name);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

// Everything the window shows or tells assistive tools: widget texts (DialogTestSupport), tab
// titles, the status bar and every cell and header of every view, in the roles a view reads.
QStringList windowStrings(QWidget* window)
{
    QStringList strings = DialogTestSupport::exposedStrings(window);
    const QList<QTabBar*> tabBars = window->findChildren<QTabBar*>();
    for (const QTabBar* tabBar : tabBars) {
        for (int tab = 0; tab < tabBar->count(); ++tab) {
            strings << tabBar->tabText(tab) << tabBar->tabToolTip(tab);
        }
    }
    const QList<QStatusBar*> statusBars = window->findChildren<QStatusBar*>();
    for (const QStatusBar* statusBar : statusBars) {
        strings << statusBar->currentMessage();
    }
    const QList<QAbstractItemView*> views = window->findChildren<QAbstractItemView*>();
    for (const QAbstractItemView* view : views) {
        const QAbstractItemModel* model = view->model();
        if (!model) {
            continue;
        }
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                for (int role = 0; role <= Qt::UserRole + 20; ++role) {
                    strings << model->index(row, column).data(role).toString();
                }
            }
        }
    }
    strings.removeAll(QString());
    return strings;
}

bool anyContains(const QStringList& strings, const QString& needle)
{
    for (const QString& text : strings) {
        if (text.contains(needle, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

} // namespace

// The real main window, driven like a person: clicking buttons, table cells and row actions,
// typing into dialogs and using the shortcuts, against a real vault in a temporary folder with its
// settings in an INI file there too.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void firstRunCreatesTheVault();
    void wrongPasswordKeepsTheUnlockDialogOpen();
    void projectsAreAddedRenamedAndDeleted();
    void secretsAreAddedEditedAndDeleted();
    void variablesAreAddedToggledEditedAndDeleted();
    void filterNarrowsTheRows();
    void ctrlFFocusesTheFilterOfTheCurrentTab();
    void withoutTheSecretsAdminRoleSecretsAreReadOnly();
    void secretsAdminRoleFollowsTheSettings();
    void ctrlLLocksAndClosesTheOpenDialog();
    void ctrlLFromADialogLocks();
    void auditLogActionOpensTheLog();
    void inactivityLocks();
    void columnWidthsAndGeometryAreRemembered();
    void newProjectShowsTheGuidance();
    void largeProjectFillsInWhileShown();
    void lockScreenTakesThePasswordAndRestoresProjectAndTab();
    void autoLockRestoresProjectAndTabToo();
    void copyNameCopiesTheNameOnly();
    void searchFindsNamesAndVariableValuesAcrossProjects();

private:
    QString vaultPath() const;
    // A vault with the fast KDF holding `project` with the given secrets and variables, locked.
    void createVault(const QString& project = QString(), const QStringList& secrets = {},
        const QList<QPair<QString, QString>>& variables = {});
    void openWindow();
    void unlockThroughDialog();
    // Clicks the tab (0 = Secrets, 1 = Environment variables) as a person would.
    void clickTab(int index);
    // The proxy index the view shows for source row `row`, column `column`.
    QModelIndex viewIndex(const ItemTableView* view, int row, int column) const;
    void clickCell(const ItemTableView* view, int row, int column);
    void doubleClickCell(const ItemTableView* view, int row, int column);
    void clickEditButton(const ItemTableView* view, int row);
    void clickDeleteButton(const ItemTableView* view, int row);
    QString storedSecret(const QString& name) const;
    ProjectId projectId(const QString& name) const;
    void activateWindow();

    ProjectsPanel* projects() const { return m_window->projectsPanel(); }
    SecretsTab* secretsTab() const { return m_window->page()->secretsTab(); }
    VariablesTab* variablesTab() const { return m_window->page()->variablesTab(); }
    ItemTableView* secretsView() const { return secretsTab()->view(); }
    ItemTableView* variablesView() const { return variablesTab()->view(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    // The count texts ("2 secrets") come from the English translation's plural forms.
    Translations::install(QCoreApplication::instance(), QStringLiteral("en"));
    // Closing a test's window must not quit the application: that would end every later exec().
    QApplication::setQuitOnLastWindowClosed(false);
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_qsettings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("botvault.ini")), QSettings::IniFormat);
    m_settings = std::make_unique<AppSettings>(m_qsettings.get());
    m_settings->setVaultPath(vaultPath());
    m_vault = std::make_unique<Vault>();
}

void TestMainWindow::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_window.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_vault.reset();
    m_settings.reset();
    m_qsettings.reset();
    m_dir.reset();
}

QString TestMainWindow::vaultPath() const
{
    return m_dir->filePath(QStringLiteral("vault.db"));
}

void TestMainWindow::createVault(
    const QString& project, const QStringList& secrets, const QList<QPair<QString, QString>>& variables)
{
    QVERIFY(Vault::create(vaultPath(), secret(kPassword), fastKdfParams()).ok());
    if (project.isEmpty()) {
        return;
    }
    QVERIFY(m_vault->unlock(vaultPath(), secret(kPassword)).ok());
    auto added = m_vault->addProject(project);
    QVERIFY(added.ok());
    for (const QString& name : secrets) {
        QVERIFY(m_vault->setSecret(added->id, name, secret(QStringLiteral("value of %1").arg(name))).ok());
    }
    for (const auto& [name, value] : variables) {
        QVERIFY(m_vault->setVariable(added->id, name, value).ok());
    }
    m_vault->lock();
}

void TestMainWindow::openWindow()
{
    m_window = std::make_unique<MainWindow>(m_vault.get(), m_settings.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::activateWindow()
{
    // Window and widget shortcuts (Ctrl+F, F2) only reach the active window's focus widget.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestMainWindow::unlockThroughDialog()
{
    m_window->start();
    auto* dialog = visibleDialog<UnlockDialog>(m_window.get());
    QVERIFY(dialog);
    auto* password = child<QLineEdit>(dialog, "passwordEdit");
    auto* unlock = child<QPushButton>(dialog, "unlockButton");
    QVERIFY(password && unlock);
    QTest::keyClicks(password, kPassword);
    QTest::mouseClick(unlock, Qt::LeftButton);
    QTRY_VERIFY(m_vault->isUnlocked());
    QCOMPARE(m_window->stack()->currentWidget()->objectName(), QStringLiteral("mainSplitter"));
}

void TestMainWindow::clickTab(int index)
{
    QTabBar* tabBar = m_window->page()->tabs()->tabBar();
    QTest::mouseClick(tabBar, Qt::LeftButton, {}, tabBar->tabRect(index).center());
    QCOMPARE(m_window->page()->tabs()->currentIndex(), index);
}

QModelIndex TestMainWindow::viewIndex(const ItemTableView* view, int row, int column) const
{
    return view->table()->model()->index(row, column);
}

void TestMainWindow::clickCell(const ItemTableView* view, int row, int column)
{
    const QRect cell = view->table()->visualRect(viewIndex(view, row, column));
    QVERIFY(cell.isValid());
    QTest::mouseClick(view->table()->viewport(), Qt::LeftButton, {}, cell.center());
}

void TestMainWindow::doubleClickCell(const ItemTableView* view, int row, int column)
{
    const QRect cell = view->table()->visualRect(viewIndex(view, row, column));
    QVERIFY(cell.isValid());
    // What a mouse sends: press, release, double-click, release. QTest::mouseDClick alone sends only
    // the double-click, which an item view takes for a press when no press on that cell preceded it.
    QWidget* viewport = view->table()->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, {}, cell.center());
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(viewport, Qt::LeftButton, {}, cell.center());
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, cell.center());
}

void TestMainWindow::clickEditButton(const ItemTableView* view, int row)
{
    const int actions = view->table()->model()->columnCount() - 1;
    const QRect cell = view->table()->visualRect(viewIndex(view, row, actions));
    QVERIFY(cell.isValid());
    QTest::mouseClick(view->table()->viewport(), Qt::LeftButton, {}, RowActionsDelegate::editButtonRect(cell).center());
}

void TestMainWindow::clickDeleteButton(const ItemTableView* view, int row)
{
    const int actions = view->table()->model()->columnCount() - 1;
    const QRect cell = view->table()->visualRect(viewIndex(view, row, actions));
    QVERIFY(cell.isValid());
    QTest::mouseClick(
        view->table()->viewport(), Qt::LeftButton, {}, RowActionsDelegate::deleteButtonRect(cell).center());
}

QString TestMainWindow::storedSecret(const QString& name) const
{
    auto value = m_vault->secretValue(m_window->page()->project(), name);
    return value ? QString::fromUtf8(value->bytes().toByteArray()) : QStringLiteral("<%1>").arg(value.message());
}

ProjectId TestMainWindow::projectId(const QString& name) const
{
    auto project = m_vault->projectByName(name);
    return project ? project->id : 0;
}

void TestMainWindow::firstRunCreatesTheVault()
{
    QVERIFY(!QFile::exists(vaultPath()));
    CHECKED(openWindow());
    QCOMPARE(m_window->stack()->currentWidget()->objectName(), QStringLiteral("lockedPage"));

    m_window->start();
    auto* dialog = visibleDialog<CreateVaultDialog>(m_window.get());
    QVERIFY(dialog);
    QVERIFY(!visibleDialog<UnlockDialog>(m_window.get()));
    dialog->setKdfParams(fastKdfParams());
    auto* password = child<QLineEdit>(dialog, "passwordEdit");
    auto* confirm = child<QLineEdit>(dialog, "confirmPasswordEdit");
    auto* mismatch = child<QLabel>(dialog, "passwordMismatchLabel");
    auto* create = child<QPushButton>(dialog, "createVaultButton");
    QVERIFY(password && confirm && mismatch && create);

    QTest::keyClicks(password, kPassword);
    QTest::keyClicks(confirm, QStringLiteral("correct horse battery stapler"));
    QVERIFY(mismatch->isVisible());
    QCOMPARE(mismatch->text(), QStringLiteral("The passwords do not match."));
    QVERIFY(!create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY(!QFile::exists(vaultPath()));
    QVERIFY(dialog->isVisible());

    // One Backspace removes the extra "r": now both fields agree.
    QTest::keyClick(confirm, Qt::Key_Backspace);
    QVERIFY(!mismatch->isVisible());
    QVERIFY(create->isEnabled());
    QPointer<CreateVaultDialog> guard(dialog);
    QTest::mouseClick(create, Qt::LeftButton);

    QVERIFY(QFile::exists(vaultPath()));
    QVERIFY(m_vault->isUnlocked());
    QTRY_VERIFY(!guard || !guard->isVisible());
    QCOMPARE(m_window->stack()->currentWidget(), m_window->findChild<QSplitter*>(QStringLiteral("mainSplitter")));
    auto* lockState = m_window->findChild<QLabel*>(QStringLiteral("lockStateLabel"));
    QVERIFY(lockState);
    QCOMPARE(lockState->text(), QStringLiteral("Unlocked"));
    QCOMPARE(projects()->model()->rowCount(), 0);
    QCOMPARE(
        m_window->findChild<QLabel*>(QStringLiteral("projectHeading"))->text(), QStringLiteral("No project selected"));
}

void TestMainWindow::wrongPasswordKeepsTheUnlockDialogOpen()
{
    CHECKED(createVault(QStringLiteral("Shop bot")));
    QVERIFY(m_vault->unlock(vaultPath(), secret(kPassword)).ok());
    QVERIFY(m_vault->addProject(QStringLiteral("Support bot")).ok());
    m_vault->lock();
    CHECKED(openWindow());

    m_window->start();
    auto* dialog = visibleDialog<UnlockDialog>(m_window.get());
    QVERIFY(dialog);
    QVERIFY(!visibleDialog<CreateVaultDialog>(m_window.get()));
    auto* password = child<QLineEdit>(dialog, "passwordEdit");
    auto* unlock = child<QPushButton>(dialog, "unlockButton");
    auto* error = child<QLabel>(dialog, "errorLabel");
    QVERIFY(password && unlock && error);
    QVERIFY(!unlock->isEnabled());

    QTest::keyClicks(password, QStringLiteral("wrong horse"));
    QTest::mouseClick(unlock, Qt::LeftButton);
    QVERIFY(!m_vault->isUnlocked());
    QVERIFY(dialog->isVisible());
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("The master password is wrong."));
    QVERIFY(password->text().isEmpty());
    QCOMPARE(m_window->stack()->currentWidget()->objectName(), QStringLiteral("lockedPage"));

    QPointer<UnlockDialog> guard(dialog);
    QTest::keyClicks(password, kPassword);
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(m_vault->isUnlocked());
    QTRY_VERIFY(!guard || !guard->isVisible());
    QCOMPARE(m_window->stack()->currentWidget()->objectName(), QStringLiteral("mainSplitter"));
    QCOMPARE(projects()->model()->rowCount(), 2);
    QCOMPARE(projects()->model()->index(0, 0).data().toString(), QStringLiteral("Shop bot"));
    QCOMPARE(projects()->model()->index(1, 0).data().toString(), QStringLiteral("Support bot"));
    // The first project is selected and the page shows it.
    QCOMPARE(projects()->currentProjectName(), QStringLiteral("Shop bot"));
    QCOMPARE(m_window->page()->project(), projectId(QStringLiteral("Shop bot")));
    QCOMPARE(m_window->findChild<QLabel*>(QStringLiteral("projectHeading"))->text(),
        QStringLiteral("Shop bot: secrets and variables"));
}

void TestMainWindow::projectsAreAddedRenamedAndDeleted()
{
    CHECKED(createVault(QStringLiteral("Alpha")));
    CHECKED(openWindow());
    CHECKED(unlockThroughDialog());
    CHECKED(activateWindow());
    auto* heading = m_window->findChild<QLabel*>(QStringLiteral("projectHeading"));
    auto* add = projects()->findChild<QPushButton*>(QStringLiteral("addProjectButton"));
    auto* rename = projects()->findChild<QPushButton*>(QStringLiteral("renameProjectButton"));
    auto* remove = projects()->findChild<QPushButton*>(QStringLiteral("deleteProjectButton"));
    QVERIFY(heading && add && rename && remove);

    // Add: OK follows the name rule while typing; the new project is selected and the page shows it.
    bool okWhenEmpty = true;
    bool okWhenBlank = true;
    bool okWhenNamed = false;
    auto answered = whenDialogShows(m_window.get(), QStringLiteral("projectNameDialog"), [&](QDialog* dialog) {
        QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        auto* edit = dialog->findChild<QLineEdit*>();
        okWhenEmpty = ok->isEnabled();
        QTest::keyClicks(edit, QStringLiteral("   "));
        okWhenBlank = ok->isEnabled();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(edit, QStringLiteral("Shop bot"));
        okWhenNamed = ok->isEnabled();
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(answered->ran);
    QVERIFY(answered->wasModal);
    QVERIFY(!okWhenEmpty);
    QVERIFY(!okWhenBlank);
    QVERIFY(okWhenNamed);
    const ProjectId shop = projectId(QStringLiteral("Shop bot"));
    QVERIFY(shop != 0);
    QCOMPARE(projects()->model()->rowCount(), 2);
    QCOMPARE(projects()->currentProjectName(), QStringLiteral("Shop bot"));
    QCOMPARE(projects()->list()->currentIndex().data().toString(), QStringLiteral("Shop bot"));
    QCOMPARE(m_window->page()->project(), shop);
    QCOMPARE(heading->text(), QStringLiteral("Shop bot: secrets and variables"));

    // Cancelling the prompt adds nothing.
    answered = whenDialogShows(m_window.get(), QStringLiteral("projectNameDialog"), [](QDialog* dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit*>(), QStringLiteral("Never added"));
        QTest::keyClick(dialog->findChild<QLineEdit*>(), Qt::Key_Escape);
    });
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(answered->ran);
    QVERIFY(answered->wasModal);
    QCOMPARE(projects()->model()->rowCount(), 2);
    QCOMPARE(projectId(QStringLiteral("Never added")), ProjectId(0));

    // Rename with F2 on the list: the prompt starts with the current name.
    QString prefilled;
    answered = whenDialogShows(m_window.get(), QStringLiteral("projectNameDialog"), [&prefilled](QDialog* dialog) {
        prefilled = dialog->findChild<QLineEdit*>()->text();
        answerProjectName(dialog, QStringLiteral("Sales bot"));
    });
    CHECKED(activateWindow()); // as the window manager does when the prompt closes
    projects()->list()->setFocus();
    QTest::keyClick(projects()->list(), Qt::Key_F2);
    QVERIFY(answered->ran);
    QVERIFY(answered->wasModal);
    QCOMPARE(prefilled, QStringLiteral("Shop bot"));
    QCOMPARE(projectId(QStringLiteral("Sales bot")), shop);
    QCOMPARE(projectId(QStringLiteral("Shop bot")), ProjectId(0));
    QCOMPARE(projects()->currentProjectName(), QStringLiteral("Sales bot"));
    QCOMPARE(heading->text(), QStringLiteral("Sales bot: secrets and variables"));

    // Rename with the button.
    answered = whenDialogShows(m_window.get(), QStringLiteral("projectNameDialog"),
        [](QDialog* dialog) { answerProjectName(dialog, QStringLiteral("Sales bot 2")); });
    QTest::mouseClick(rename, Qt::LeftButton);
    QVERIFY(answered->ran);
    QVERIFY(answered->wasModal);
    QCOMPARE(projectId(QStringLiteral("Sales bot 2")), shop);
    QCOMPARE(heading->text(), QStringLiteral("Sales bot 2: secrets and variables"));

    // Delete asks first, naming the project and what it holds.
    QVERIFY(m_vault->setSecret(shop, QStringLiteral("API_KEY"), secret("k1")).ok());
    QVERIFY(m_vault->setSecret(shop, QStringLiteral("DB_PASSWORD"), secret("k2")).ok());
    QVERIFY(m_vault->setVariable(shop, QStringLiteral("BASE_URL"), QStringLiteral("https://example.test")).ok());
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(projectId(QStringLiteral("Sales bot 2")), shop);
    QCOMPARE(projects()->model()->rowCount(), 2);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(remove, Qt::LeftButton);
    const QString asked = MessageBox::lastText();
    QVERIFY2(asked.contains(QStringLiteral("“Sales bot 2”")), qPrintable(asked));
    QVERIFY2(asked.contains(QStringLiteral("2 secrets")), qPrintable(asked));
    QVERIFY2(asked.contains(QStringLiteral("1 variable")), qPrintable(asked));
    QVERIFY2(!asked.contains(QStringLiteral("1 variables")), qPrintable(asked));
    QCOMPARE(projectId(QStringLiteral("Sales bot 2")), ProjectId(0));
    QCOMPARE(projects()->model()->rowCount(), 1);
    // The remaining project takes over the page.
    QCOMPARE(projects()->currentProjectName(), QStringLiteral("Alpha"));
    QCOMPARE(heading->text(), QStringLiteral("Alpha: secrets and variables"));
}

void TestMainWindow::secretsAreAddedEditedAndDeleted()
{
    CHECKED(createVault(QStringLiteral("Shop bot")));
    CHECKED(openWindow());
    CHECKED(unlockThroughDialog());
    CHECKED(activateWindow());
    ItemTableView* view = secretsView();
    QTableView* table = view->table();
    QCOMPARE(m_window->page()->tabs()->currentWidget(), secretsTab());

    // Add.
    QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("secretsAddButton")), Qt::LeftButton);
    SecretDialog* dialog = visibleDialog<SecretDialog>(m_window.get());
    QVERIFY(dialog);
    QVERIFY(!dialog->isEditing());
    QTest::keyClicks(child<QLineEdit>(dialog, "secretNameEdit"), QStringLiteral("API_KEY"));
    QTest::keyClicks(child<QLineEdit>(dialog, "secretValueEdit"), QStringLiteral("first value"));
    QTest::mouseClick(child<QPushButton>(dialog, "saveSecretButton"), Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(secretsTab()->model()->rowCount(), 1);
    QVERIFY(table->isVisible());
    QCOMPARE(viewIndex(view, 0, SecretsTableModel::NameColumn).data().toString(), QStringLiteral("API_KEY"));
    QCOMPARE(viewIndex(view, 0, SecretsTableModel::ValueColumn).data().toString(), SecretsTableModel::valueMask());
    QCOMPARE(storedSecret(QStringLiteral("API_KEY")), QStringLiteral("first value"));
    QCOMPARE(m_window->page()->tabs()->tabText(0), QStringLiteral("Secrets (1)"));
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Added secret API_KEY."));

    // Edit by double-clicking the row: edit mode, the value field empty.
    CHECKED(doubleClickCell(view, 0, SecretsTableModel::NameColumn));
    dialog = visibleDialog<SecretDialog>(m_window.get());
    QVERIFY(dialog);
    QVERIFY(dialog->isEditing());
    QCOMPARE(child<QLineEdit>(dialog, "secretNameEdit")->text(), QStringLiteral("API_KEY"));
    QVERIFY(child<QLineEdit>(dialog, "secretValueEdit")->text().isEmpty());
    QTest::keyClicks(child<QLineEdit>(dialog, "secretValueEdit"), QStringLiteral("second value"));
    QTest::mouseClick(child<QPushButton>(dialog, "saveSecretButton"), Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(storedSecret(QStringLiteral("API_KEY")), QStringLiteral("second value"));
    QCOMPARE(viewIndex(view, 0, SecretsTableModel::ValueColumn).data().toString(), SecretsTableModel::valueMask());

    // Edit with Enter on the selected row; Return in the value field saves.
    table->setFocus();
    view->selectRow(0);
    QTest::keyClick(table, Qt::Key_Return);
    dialog = visibleDialog<SecretDialog>(m_window.get());
    QVERIFY(dialog);
    QVERIFY(dialog->isEditing());
    QVERIFY(child<QLineEdit>(dialog, "secretValueEdit")->text().isEmpty());
    QTest::keyClicks(child<QLineEdit>(dialog, "secretValueEdit"), QStringLiteral("third value"));
    QTest::keyClick(child<QLineEdit>(dialog, "secretValueEdit"), Qt::Key_Return);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(storedSecret(QStringLiteral("API_KEY")), QStringLiteral("third value"));

    // Edit with the pencil in the row; Cancel keeps the value.
    CHECKED(clickEditButton(view, 0));
    dialog = visibleDialog<SecretDialog>(m_window.get());
    QVERIFY(dialog);
    QVERIFY(dialog->isEditing());
    QVERIFY(child<QLineEdit>(dialog, "secretValueEdit")->text().isEmpty());
    QTest::keyClicks(child<QLineEdit>(dialog, "secretValueEdit"), QStringLiteral("not saved"));
    QTest::mouseClick(child<QPushButton>(dialog, "cancelSecretButton"), Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(storedSecret(QStringLiteral("API_KEY")), QStringLiteral("third value"));

    // Del asks; Cancel keeps the secret.
    table->setFocus();
    view->selectRow(0);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(table, Qt::Key_Delete);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("“API_KEY”")), qPrintable(MessageBox::lastText()));
    QCOMPARE(storedSecret(QStringLiteral("API_KEY")), QStringLiteral("third value"));
    QCOMPARE(secretsTab()->model()->rowCount(), 1);

    // Del with Delete chosen removes it; the prompt named the secret and the project.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(table, Qt::Key_Delete);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("“API_KEY”")), qPrintable(MessageBox::lastText()));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("“Shop bot”")), qPrintable(MessageBox::lastText()));
    QCOMPARE(secretsTab()->model()->rowCount(), 0);
    QVERIFY(!m_vault->secretValue(m_window->page()->project(), QStringLiteral("API_KEY")).ok());
    QCOMPARE(m_window->page()->tabs()->tabText(0), QStringLiteral("Secrets (0)"));

    // The bin in the row deletes too.
    QVERIFY(m_vault->setSecret(m_window->page()->project(), QStringLiteral("OTHER"), secret("v")).ok());
    QCOMPARE(secretsTab()->model()->rowCount(), 1);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    CHECKED(clickDeleteButton(view, 0));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("“OTHER”")), qPrintable(MessageBox::lastText()));
    QCOMPARE(secretsTab()->model()->rowCount(), 0);
}

void TestMainWindow::variablesAreAddedToggledEditedAndDeleted()
{
    CHECKED(createVault(QStringLiteral("Shop bot")));
    CHECKED(openWindow());
    CHECKED(unlockThroughDialog());
    CHECKED(activateWindow());
    const ProjectId project = m_window->page()->project();
    ItemTableView* view = variablesView();
    QTableView* table = view->table();
    CHECKED(clickTab(1));

    // Add with "Include into project export ZIP file" ticked.
    QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("variablesAddButton")), Qt::LeftButton);
    auto* dialog = visibleDialog<VariableDialog>(m_window.get());
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "variableNameEdit"), QStringLiteral("BASE_URL"));
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "variableValueEdit"), QStringLiteral("https://example.test"));
    auto* include = child<QCheckBox>(dialog, "includeInExportCheckBox");
    QVERIFY(include);
    QCOMPARE(include->text(), QStringLiteral("Include into project export ZIP file"));
    QStyleOptionButton checkOption;
    checkOption.initFrom(include);
    checkOption.text = include->text();
    const QRect indicator = include->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &checkOption, include);
    QTest::mouseClick(include, Qt::LeftButton, {}, indicator.center());
    QVERIFY(include->isChecked());
    QTest::mouseClick(child<QPushButton>(dialog, "saveVariableButton"), Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(variablesTab()->model()->rowCount(), 1);
    QVERIFY(table->isVisible());
    QCOMPARE(viewIndex(view, 0, VariablesTableModel::NameColumn).data().toString(), QStringLiteral("BASE_URL"));
    QCOMPARE(
        viewIndex(view, 0, VariablesTableModel::ValueColumn).data().toString(), QStringLiteral("https://example.test"));
    QCOMPARE(
        viewIndex(view, 0, VariablesTableModel::InExportColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(m_vault->variable(project, QStringLiteral("BASE_URL"))->includeInExport);

    // Untick in place with a click on the cell's check indicator, where the view's delegate
    // (QStyledItemDelegate) takes it; the style says where that is.
    QStyleOptionViewItem cellOption;
    cellOption.initFrom(table);
    cellOption.rect = table->visualRect(viewIndex(view, 0, VariablesTableModel::InExportColumn));
    cellOption.features = QStyleOptionViewItem::HasCheckIndicator;
    cellOption.checkState = Qt::Checked;
    cellOption.widget = table;
    const QRect cellCheck = table->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &cellOption, table);
    QVERIFY(cellOption.rect.contains(cellCheck));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cellCheck.center());
    QVERIFY(!m_vault->variable(project, QStringLiteral("BASE_URL"))->includeInExport);
    QCOMPARE(
        viewIndex(view, 0, VariablesTableModel::InExportColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    // Space on the cell ticks it again (a click beside the indicator makes the cell current).
    CHECKED(clickCell(view, 0, VariablesTableModel::InExportColumn));
    QVERIFY(!cellCheck.contains(table->visualRect(viewIndex(view, 0, VariablesTableModel::InExportColumn)).center()));
    QVERIFY(!m_vault->variable(project, QStringLiteral("BASE_URL"))->includeInExport);
    table->setFocus();
    QCOMPARE(table->currentIndex().column(), int(VariablesTableModel::InExportColumn));
    QTest::keyClick(table, Qt::Key_Space);
    QVERIFY(m_vault->variable(project, QStringLiteral("BASE_URL"))->includeInExport);

    // Edit the value into several lines: Return makes a line, Ctrl+Return saves.
    CHECKED(doubleClickCell(view, 0, VariablesTableModel::ValueColumn));
    dialog = visibleDialog<VariableDialog>(m_window.get());
    QVERIFY(dialog);
    QVERIFY(dialog->isEditing());
    auto* value = child<QPlainTextEdit>(dialog, "variableValueEdit");
    QCOMPARE(value->toPlainText(), QStringLiteral("https://example.test"));
    QVERIFY(child<QCheckBox>(dialog, "includeInExportCheckBox")->isChecked());
    QTest::keyClick(value, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(value, QStringLiteral("line one"));
    QTest::keyClick(value, Qt::Key_Return);
    QTest::keyClicks(value, QStringLiteral("line two"));
    QVERIFY(dialog->isVisible());
    QTest::keyClick(value, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(!dialog->isVisible());
    auto stored = m_vault->variable(project, QStringLiteral("BASE_URL"));
    QVERIFY(stored.ok());
    QCOMPARE(stored->value, QStringLiteral("line one\nline two"));
    QVERIFY(stored->includeInExport);
    QCOMPARE(viewIndex(view, 0, VariablesTableModel::ValueColumn).data().toString(),
        VariablesTableModel::singleLineValue(QStringLiteral("line one\nline two")));

    // Delete with the bin in the row.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    CHECKED(clickDeleteButton(view, 0));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("“BASE_URL”")), qPrintable(MessageBox::lastText()));
    QVERIFY(!m_vault->variable(project, QStringLiteral("BASE_URL")).ok());
    QCOMPARE(variablesTab()->model()->rowCount(), 0);
    QCOMPARE(m_window->page()->tabs()->tabText(1), QStringLiteral("Environment variables (0)"));
}

void TestMainWindow::filterNarrowsTheRows()
{
    CHECKED(createVault(QStringLiteral("Shop bot"),
        {QStringLiteral("API_KEY"), QStringLiteral("DB_PASSWORD"), QStringLiteral("API_SECRET")},
        {{QStringLiteral("BASE_URL"), QStringLiteral("https://example.test")},
            {QStringLiteral("TIMEOUT"), QStringLiteral("30")}}));
    CHECKED(openWindow());
    CHECKED(unlockThroughDialog());
    auto* secretsFilter = m_window->findChild<QLineEdit*>(QStringLiteral("secretsFilterEdit"));
    auto* empty = m_window->findChild<QLabel*>(QStringLiteral("secretsEmptyState"));
    QVERIFY(secretsFilter && empty);
    QCOMPARE(secretsTab()->model()->rowCount(), 3);
    QVERIFY(!empty->isVisible());

    QTest::keyClicks(secretsFilter, QStringLiteral("api"));
    QCOMPARE(secretsTab()->model()->rowCount(), 2);
    QCOMPARE(viewIndex(secretsView(), 0, 0).data().toString(), QStringLiteral("API_KEY"));
    QCOMPARE(viewIndex(secretsView(), 1, 0).data().toString(), QStringLiteral("API_SECRET"));
    QTest::keyClicks(secretsFilter, QStringLiteral("_s"));
    QCOMPARE(secretsTab()->model()->rowCount(), 1);

    // Nothing matches: the empty state says so, naming the filter.
    QTest::keyClick(secretsFilter, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(secretsFilter, QStringLiteral("zzz"));
    QCOMPARE(secretsTab()->model()->rowCount(), 0);
    QVERIFY(empty->isVisible());
    QVERIFY(!secretsView()->table()->isVisible());
    QCOMPARE(empty->text(), QStringLiteral("No secret name contains “zzz”."));
    // The tab title counts every secret, also those the filter hides, as they come and go.
    QCOMPARE(m_window->page()->tabs()->tabText(0), QStringLiteral("Secrets (3)"));
    const ProjectId project = m_window->page()->project();
    QVERIFY(m_vault->setSecret(project, QStringLiteral("WEBHOOK_KEY"), secret("v")).ok());
    QCOMPARE(secretsTab()->model()->rowCount(), 0);
    QCOMPARE(m_window->page()->tabs()->tabText(0), QStringLiteral("Secrets (4)"));
    QVERIFY(m_vault->removeSecret(project, QStringLiteral("WEBHOOK_KEY")).ok());
    QCOMPARE(m_window->page()->tabs()->tabText(0), QStringLiteral("Secrets (3)"));

    // Escape clears the filter and every row is back.
    QTest::keyClick(secretsFilter, Qt::Key_Escape);
    QVERIFY(secretsFilter->text().isEmpty());
    QCOMPARE(secretsTab()->model()->rowCount(), 3);
    QVERIFY(!empty->isVisible());

    // The variables filter looks at values too.
    CHECKED(clickTab(1));
    auto* variablesFilter = m_window->findChild<QLineEdit*>(QStringLiteral("variablesFilterEdit"));
    QVERIFY(variablesFilter);
    QTest::keyClicks(variablesFilter, QStringLiteral("example"));
    QCOMPARE(variablesTab()->model()->rowCount(), 1);
    QCOMPARE(viewIndex(variablesView(), 0, 0).data().toString(), QStringLiteral("BASE_URL"));
    QTest::keyClicks(variablesFilter, QStringLiteral("-nope"));
    QCOMPARE(variablesTab()->model()->rowCount(), 0);
    auto* variablesEmpty = m_window->findChild<QLabel*>(QStringLiteral("variablesEmptyState"));
    QVERIFY(variablesEmpty && variablesEmpty->isVisible());
    QVERIFY(variablesEmpty->text().contains(QStringLiteral("“example-nope”")));
    // The secrets tab kept its own (empty) filter.
    QCOMPARE(secretsTab()->model()->rowCount(), 3);
}

void TestMainWindow::ctrlFFocusesTheFilterOfTheCurrentTab()
{
    CHECKED(createVault(QStringLiteral("Shop bot"), {QStringLiteral("API_KEY")},
        {{QStringLiteral("BASE_URL"), QStringLiteral("https://example.test")}}));
    CHECKED(openWindow());
    CHECKED(unlockThroughDialog());
    CHECKED(activateWindow());
    auto* secretsFilter = m_window->findChild<QLineEdit*>(QStringLiteral("secretsFilterEdit"));
    auto* variablesFilter = m_window->findChild<QLineEdit*>(QStringLiteral("variablesFilterEdit"));
    QVERIFY(secretsFilter && variablesFilter);

    secretsView()->table()->setFocus();
    QCOMPARE(QApplication::focusWidget(), secretsView()->table());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), secretsFilter);
    // Typing goes straight into the filter; Down moves into the list.
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("key"));
    QCOMPARE(secretsFilter->text(), QStringLiteral("key"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), secretsView()->table());
    QCOMPARE(secretsView()->currentRow(), 0);

    CHECKED(clickTab(1));
    variablesView()->table()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), variablesFilter);

    // The Channels tab has no filter: Ctrl+F and Ctrl+N must not reach into the variables tab.
    CHECKED(clickTab(2));
    QWidget* focusedOnChannels = QApplication::focusWidget();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(QApplication::focusWidget() != variablesFilter);
    QCOMPARE(QApplication::focusWidget(), focusedOnChannels);
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    for (const QDialog* dialog : m_window->findChildren<QDialog*>()) {
        QVERIFY2(!dialog->isVisible(), qPrintable(dialog->objectName()));
    }
}

void TestMainWindow::withoutTheSecretsAdminRoleSecretsAreReadOnly()
{
    CHECKED(createVault(QStringLiteral("Shop bot"), {QStringLiteral("API_KEY")},
        {{QStringLiteral("BASE_URL"), QStringLiteral("https://example.test")}}));
    CHECKED(openWindow());
    CHECKED(unlockThroughDialog());
    CHECKED(activateWindow());
    const ProjectId project = m_window->page()->project();
    m_vault->setActor(Actor {QStringLiteral("dev"), {Role::Developer}});
    m_window->applySettings();

    auto* add = m_window->findChild<QPushButton*>(QStringLiteral("secretsAddButton"));
    QVERIFY(add);
    QVERIFY(!add->isEnabled());
    QVERIFY2(add->toolTip().contains(QStringLiteral("SYSTEM_ADMIN")), qPrintable(add->toolTip()));
    QVERIFY(!secretsView()->actionsDelegate()->actionsEnabled());

    // Enter, Del, a double-click and the row's pencil and bin do nothing at all.
    const int prompts = MessageBox::promptCount();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTableView* table = secretsView()->table();
    table->setFocus();
    secretsView()->selectRow(0);
    QTest::keyClick(table, Qt::Key_Return);
    QTest::keyClick(table, Qt::Key_Delete);
    CHECKED(doubleClickCell(secretsView(), 0, SecretsTableModel::NameColumn));
    CHECKED(clickEditButton(secretsView(), 0));
    CHECKED(clickDeleteButton(secretsView(), 0));
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(!visibleDialog<SecretDialog>(m_window.get()));
    QCOMPARE(MessageBox::promptCount(), prompts);
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    QCOMPARE(storedSecret(QStringLiteral("API_KEY")), QStringLiteral("value of API_KEY"));
    QCOMPARE(secretsTab()->model()->rowCount(), 1);

    // Variables stay editable for a developer.
    CHECKED(clickTab(1));
    auto* addVariable = m_window->findChild<QPushButton*>(QStringLiteral("variablesAddButton"));
    QVERIFY(addVariable->isEnabled());
    CHECKED(doubleClickCell(variablesView(), 0, VariablesTableModel::ValueColumn));
    auto* dialog = visibleDialog<VariableDialog>(m_window.get());
    QVERIFY(dialog);
    auto* value = child<QPlainTextEdit>(dialog, "variableValueEdit");
    QTest::keyClick(value, Qt::Key_End);
    QTest::keyClicks(value, QStringLiteral("/v2"));
    QTest::mouseClick(child<QPushButton>(dialog, "saveVariableButton"), Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
    auto stored = m_vault->variable(project, QStringLiteral("BASE_URL"));
    QVERIFY(stored.ok());
    QCOMPARE(stored->value, QStringLiteral("https://example.test/v2"));
    QCOMPARE(stored->updatedBy, QStringLiteral("dev"));
}

void TestMainWindow::secretsAdminRoleFollowsTheSettings()
{
    CHECKED(createVault(QStringLiteral("Shop bot"), {QStringLiteral("API_KEY")}));
    QVERIFY(m_settings->setSecretsAdminRole(Role::SecurityAdmin));
    CHECKED(openWindow());
    CHECKED(unlockThroughDialog());
    CHECKED(activateWindow());
    auto* add = m_window->findChild<QPushButton*>(QStringLiteral("secretsAddButton"));
    QVERIFY(add);

    // A system admin is not enough when the settings name SECURITY_ADMIN.
    m_vault->setActor(Actor {QStringLiteral("sys"), {Role::SystemAdmin}});
    m_window->applySettings();
    QVERIFY(!add->isEnabled());
    QVERIFY2(add->toolTip().contains(QStringLiteral("SECURITY_ADMIN")), qPrintable(add->toolTip()));

    m_vault->setActor(Actor {QStringLiteral("sec"), {Role::SecurityAdmin}});
    m_window->applySettings();
    QVERIFY(add->isEnabled());
    QVERIFY(add->toolTip().isEmpty());
    QTableView* table = secretsView()->table();
    table->setFocus();
    secretsView()->selectRow(0);
    QTest::keyClick(table, Qt::Key_Return);
    auto* dialog = visibleDialog<SecretDialog>(m_window.get());
    QVERIFY(dialog);
    QVERIFY(dialog->isEditing());
    QTest::keyClicks(child<QLineEdit>(dialog, "secretValueEdit"), QStringLiteral("rotated"));
    QTest::mouseClick(child<QPushButton>(dialog, "saveSecretButton"), Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(storedSecret(QStringLiteral("API_KEY")), QStringLiteral("rotated"));
    QCOMPARE(viewIndex(secretsView(), 0, SecretsTableModel::UpdatedByColumn).data().toString(), QStringLiteral("sec"));
}

void TestMainWindow::ctrlLLocksAndClosesTheOpenDialog()
{
    const QString project = QStringLiteral("Hidden project");
    CHECKED(createVault(project, {QStringLiteral("STRIPE_TOKEN")},
        {{QStringLiteral("WEBHOOK_URL"), QStringLiteral("https://hooks.example/abc")}}));
    CHECKED(openWindow());
    CHECKED(unlockThroughDialog());
    CHECKED(activateWindow());
    QVERIFY(anyContains(windowStrings(m_window.get()), QStringLiteral("STRIPE_TOKEN")));

    // A dialog with project data is open while the vault locks.
    QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("secretsAddButton")), Qt::LeftButton);
    QPointer<SecretDialog> dialog = visibleDialog<SecretDialog>(m_window.get());
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "secretNameEdit"), QStringLiteral("HALF_TYPED"));

    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QVERIFY(!m_vault->isUnlocked());
    QCOMPARE(m_window->stack()->currentWidget()->objectName(), QStringLiteral("lockedPage"));
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(m_window->findChild<QLabel*>(QStringLiteral("lockStateLabel"))->text(), QStringLiteral("Locked"));
    QCOMPARE(secretsTab()->model()->rowCount(), 0);
    QCOMPARE(variablesTab()->model()->rowCount(), 0);
    QCOMPARE(projects()->model()->rowCount(), 0);
    const QStringList strings = windowStrings(m_window.get());
    for (const QString& name : {QStringLiteral("STRIPE_TOKEN"), QStringLiteral("WEBHOOK_URL"),
             QStringLiteral("hooks.example"), QStringLiteral("HALF_TYPED"), project}) {
        QVERIFY2(!anyContains(strings, name), qPrintable(name));
    }
    // The actions that need an open vault are off.
    QVERIFY(!m_window->findChild<QAction*>(QStringLiteral("addItemAction"))->isEnabled());
    QVERIFY(!m_window->findChild<QAction*>(QStringLiteral("lockAction"))->isEnabled());
    QVERIFY(!m_window->findChild<QAction*>(QStringLiteral("auditLogAction"))->isEnabled());

    // The password field and Unlock button on the locked page bring the data back.
    QTest::keyClicks(m_window->findChild<QLineEdit*>(QStringLiteral("lockPasswordEdit")), kPassword);
    QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("unlockVaultButton")), Qt::LeftButton);
    QVERIFY(m_vault->isUnlocked());
    QCOMPARE(projects()->currentProjectName(), project);
    QCOMPARE(secretsTab()->model()->rowCount(), 1);
}

void TestMainWindow::auditLogActionOpensTheLog()
{
    CHECKED(createVault(QStringLiteral("Shop bot"), {QStringLiteral("STRIPE_TOKEN")}));
    CHECKED(openWindow());
    CHECKED(unlockThroughDialog());
    auto* action = m_window->findChild<QAction*>(QStringLiteral("auditLogAction"));
    QVERIFY(action && action->isEnabled());
    action->trigger();
    auto* dialog = visibleDialog<AuditLogDialog>(m_window.get());
    QVERIFY(dialog);
    // The project and its secret, as the fixture wrote them.
    QCOMPARE(child<QTableView>(dialog, "auditTable")->model()->rowCount(), 2);
    dialog->reject();
}

void TestMainWindow::ctrlLFromADialogLocks()
{
    CHECKED(createVault(QStringLiteral("Shop bot"), {QStringLiteral("STRIPE_TOKEN")}));
    CHECKED(openWindow());
    CHECKED(unlockThroughDialog());
    CHECKED(activateWindow());

    // The edit dialog is window-modal and has the keyboard: Ctrl+L typed there must still lock.
    secretsView()->table()->setFocus();
    secretsView()->selectRow(0);
    QTest::keyClick(secretsView()->table(), Qt::Key_Return);
    QPointer<SecretDialog> dialog = visibleDialog<SecretDialog>(m_window.get());
    QVERIFY(dialog);
    auto* value = child<QLineEdit>(dialog, "secretValueEdit");
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    value->setFocus();
    QTest::keyClicks(value, QStringLiteral("half typed"));
    QTest::keyClick(value, Qt::Key_L, Qt::ControlModifier);
    QVERIFY(!m_vault->isUnlocked());
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(m_window->stack()->currentWidget()->objectName(), QStringLiteral("lockedPage"));
}

void TestMainWindow::inactivityLocks()
{
    CHECKED(createVault(
        QStringLiteral("Shop bot"), {}, {{QStringLiteral("WEBHOOK_URL"), QStringLiteral("https://hooks.example")}}));
    CHECKED(openWindow());
    CHECKED(unlockThroughDialog());
    CHECKED(clickTab(1));
    CHECKED(doubleClickCell(variablesView(), 0, VariablesTableModel::NameColumn));
    QPointer<VariableDialog> dialog = visibleDialog<VariableDialog>(m_window.get());
    QVERIFY(dialog);

    // The settings allow no less than a minute, so the test sets the vault's timer directly.
    m_vault->setAutoLockTimeout(300);
    QTRY_COMPARE(m_window->stack()->currentWidget()->objectName(), QStringLiteral("lockedPage"));
    QVERIFY(!m_vault->isUnlocked());
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(variablesTab()->model()->rowCount(), 0);
    QVERIFY(!anyContains(windowStrings(m_window.get()), QStringLiteral("hooks.example")));
}

void TestMainWindow::columnWidthsAndGeometryAreRemembered()
{
    CHECKED(createVault(QStringLiteral("Shop bot"), {QStringLiteral("API_KEY")}));
    CHECKED(openWindow());
    CHECKED(unlockThroughDialog());
    QVERIFY(!m_settings->hasMainWindowGeometry());
    m_window->resize(900, 640);
    QHeaderView* header = secretsView()->table()->horizontalHeader();
    QVERIFY(header->isVisible());

    // Drag the right edge of the "Updated" column 40 pixels to the right.
    const int column = SecretsTableModel::UpdatedColumn;
    const int before = header->sectionSize(column);
    const int edge = header->sectionViewportPosition(column) + before - 1;
    const int middle = header->height() / 2;
    QTest::mousePress(header->viewport(), Qt::LeftButton, {}, QPoint(edge, middle));
    QTest::mouseMove(header->viewport(), QPoint(edge + 20, middle));
    QTest::mouseMove(header->viewport(), QPoint(edge + 40, middle));
    QTest::mouseRelease(header->viewport(), Qt::LeftButton, {}, QPoint(edge + 40, middle));
    const int dragged = header->sectionSize(column);
    QCOMPARE(dragged, before + 40);

    QVERIFY(m_window->close());
    QVERIFY(!m_vault->isUnlocked()); // closing locks
    QVERIFY(m_settings->hasMainWindowGeometry());
    QVERIFY(!m_settings->headerState(QStringLiteral("secrets")).isEmpty());
    QVERIFY(!m_settings->headerState(QStringLiteral("variables")).isEmpty());
    m_window.reset();

    // A new window (a new run) comes back with the same widths and size.
    CHECKED(openWindow());
    QCOMPARE(m_window->size(), QSize(900, 640));
    QCOMPARE(secretsView()->table()->horizontalHeader()->sectionSize(column), dragged);
    CHECKED(unlockThroughDialog());
    QCOMPARE(secretsView()->table()->horizontalHeader()->sectionSize(column), dragged);
}

void TestMainWindow::newProjectShowsTheGuidance()
{
    CHECKED(createVault(QStringLiteral("Shop bot"), {QStringLiteral("API_KEY")},
        {{QStringLiteral("BASE_URL"), QStringLiteral("https://example.test")}}));
    CHECKED(openWindow());
    CHECKED(unlockThroughDialog());
    auto* secretsEmpty = m_window->findChild<QLabel*>(QStringLiteral("secretsEmptyState"));
    auto* variablesEmpty = m_window->findChild<QLabel*>(QStringLiteral("variablesEmptyState"));
    QVERIFY(secretsEmpty && variablesEmpty);
    QVERIFY(!secretsEmpty->isVisible());

    auto answered = whenDialogShows(m_window.get(), QStringLiteral("projectNameDialog"),
        [](QDialog* dialog) { answerProjectName(dialog, QStringLiteral("Empty bot")); });
    QTest::mouseClick(projects()->findChild<QPushButton*>(QStringLiteral("addProjectButton")), Qt::LeftButton);
    QVERIFY(answered->ran);
    QVERIFY(answered->wasModal);
    QCOMPARE(projects()->currentProjectName(), QStringLiteral("Empty bot"));
    QVERIFY(secretsEmpty->isVisible());
    QVERIFY(!secretsView()->table()->isVisible());
    QVERIFY2(secretsEmpty->text().startsWith(QStringLiteral("No secrets yet.")), qPrintable(secretsEmpty->text()));
    QVERIFY(secretsEmpty->text().contains(QStringLiteral("“Add secret”")));
    QVERIFY(secretsEmpty->text().contains(QStringLiteral("$secrets.get(\"NAME\", defaultValue)")));
    QCOMPARE(m_window->page()->tabs()->tabText(0), QStringLiteral("Secrets (0)"));

    CHECKED(clickTab(1));
    QVERIFY(variablesEmpty->isVisible());
    QVERIFY2(variablesEmpty->text().startsWith(QStringLiteral("No environment variables yet.")),
        qPrintable(variablesEmpty->text()));

    // Back on the first project the table is there again.
    QListView* list = projects()->list();
    QTest::mouseClick(
        list->viewport(), Qt::LeftButton, {}, list->visualRect(projects()->model()->index(1, 0)).center());
    QCOMPARE(projects()->currentProjectName(), QStringLiteral("Shop bot"));
    QVERIFY(!variablesEmpty->isVisible());
    QVERIFY(variablesView()->table()->isVisible());
}

void TestMainWindow::largeProjectFillsInWhileShown()
{
    QList<QPair<QString, QString>> variables;
    for (int i = 0; i < 45; ++i) {
        variables.append({QStringLiteral("VAR_%1").arg((i * 7) % 45, 2, 10, QLatin1Char('0')), QString::number(i)});
    }
    CHECKED(createVault(QStringLiteral("Big bot"), {}, variables));
    CHECKED(openWindow());
    CHECKED(unlockThroughDialog());
    VariablesTableModel* model = variablesTab()->model();
    model->setLoadChunkSize(10);
    auto* loading = m_window->findChild<QLabel*>(QStringLiteral("variablesLoadingLabel"));
    auto* filter = m_window->findChild<QLineEdit*>(QStringLiteral("variablesFilterEdit"));
    QVERIFY(loading && filter);

    // The first rows are there before the rest is opened, with a count of the whole project.
    CHECKED(clickTab(1));
    QVERIFY(model->isLoading());
    QCOMPARE(model->rowCount(), 10);
    QVERIFY(loading->isVisible());
    QCOMPARE(loading->text(), QStringLiteral("Loading 10 of 45…"));
    QCOMPARE(m_window->page()->tabs()->tabText(1), QStringLiteral("Environment variables (45)"));

    // Typed while it loads: every row that arrives passes the filter, in name order.
    QTest::keyClicks(filter, QStringLiteral("var_1"));
    QTRY_VERIFY(!model->isLoading());
    QVERIFY(!loading->isVisible());
    QStringList shown;
    for (int row = 0; row < model->rowCount(); ++row) {
        shown.append(viewIndex(variablesView(), row, 0).data().toString());
    }
    QStringList expected;
    for (int i = 10; i < 20; ++i) {
        expected.append(QStringLiteral("VAR_%1").arg(i));
    }
    QCOMPARE(shown, expected);

    // Locking in the middle of a load drops it; the next unlock loads the project afresh.
    QTest::keyClick(filter, Qt::Key_Escape);
    m_vault->lock();
    QVERIFY(m_vault->unlock(vaultPath(), secret(kPassword)).ok());
    QVERIFY(model->isLoading());
    m_vault->lock();
    QVERIFY(!model->isLoading());
    QCOMPARE(model->rowCount(), 0);
    QTest::qWait(50);
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(m_vault->unlock(vaultPath(), secret(kPassword)).ok());
    QTRY_VERIFY(!model->isLoading());
    QCOMPARE(model->rowCount(), 45);
    QVERIFY(!loading->isVisible());
}

// Issue 17, items 3 and 11: after Ctrl+L the keyboard is in the lock screen's password field, Enter
// unlocks, a wrong password says so and keeps the focus; the project and tab of before come back, so
// Ctrl+N adds to the project that was being worked on.
void TestMainWindow::lockScreenTakesThePasswordAndRestoresProjectAndTab()
{
    CHECKED(createVault(QStringLiteral("Alpha"), {QStringLiteral("ALPHA_KEY")}));
    QVERIFY(m_vault->unlock(vaultPath(), secret(kPassword)).ok());
    QVERIFY(m_vault->addProject(QStringLiteral("Beta")).ok());
    m_vault->lock();
    CHECKED(openWindow());
    CHECKED(unlockThroughDialog());
    CHECKED(activateWindow());
    QListView* list = projects()->list();
    QTest::mouseClick(
        list->viewport(), Qt::LeftButton, {}, list->visualRect(projects()->model()->index(1, 0)).center());
    QCOMPARE(projects()->currentProjectName(), QStringLiteral("Beta"));
    CHECKED(clickTab(1));

    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QVERIFY(!m_vault->isUnlocked());
    QCOMPARE(m_window->stack()->currentWidget(), static_cast<QWidget*>(m_window->lockScreen()));
    auto* password = m_window->findChild<QLineEdit*>(QStringLiteral("lockPasswordEdit"));
    auto* error = m_window->findChild<QLabel*>(QStringLiteral("lockErrorLabel"));
    QVERIFY(password && error);
    QTRY_VERIFY(password->hasFocus());
    QVERIFY(!error->isVisible());
    DialogTestSupport::saveScreenshot(m_window.get(), QStringLiteral("lock-screen"));
    m_window->resize(900, 600);
    DialogTestSupport::saveScreenshot(m_window.get(), QStringLiteral("lock-screen-900x600"));

    QTest::keyClicks(password, QStringLiteral("wrong horse"));
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(!m_vault->isUnlocked());
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("The master password is wrong."));
    QVERIFY(password->text().isEmpty());
    QVERIFY(password->hasFocus());
    QVERIFY(!visibleDialog<UnlockDialog>(m_window.get()));

    QTest::keyClicks(password, kPassword);
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(m_vault->isUnlocked());
    QCOMPARE(m_window->stack()->currentWidget()->objectName(), QStringLiteral("mainSplitter"));
    QCOMPARE(projects()->currentProjectName(), QStringLiteral("Beta"));
    QCOMPARE(m_window->page()->project(), projectId(QStringLiteral("Beta")));
    QCOMPARE(m_window->page()->tabs()->currentIndex(), 1);
    QVERIFY(password->text().isEmpty());
    QVERIFY(!error->isVisible());

    // Ctrl+N adds a variable to Beta, not to the first project.
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QPointer<VariableDialog> dialog = visibleDialog<VariableDialog>(m_window.get());
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "variableNameEdit"), QStringLiteral("GREETING"));
    QTest::mouseClick(child<QPushButton>(dialog, "saveVariableButton"), Qt::LeftButton);
    QVERIFY(m_vault->variable(projectId(QStringLiteral("Beta")), QStringLiteral("GREETING")).ok());
    QVERIFY(!m_vault->variable(projectId(QStringLiteral("Alpha")), QStringLiteral("GREETING")).ok());
}

void TestMainWindow::autoLockRestoresProjectAndTabToo()
{
    CHECKED(createVault(QStringLiteral("Alpha")));
    QVERIFY(m_vault->unlock(vaultPath(), secret(kPassword)).ok());
    QVERIFY(m_vault->addProject(QStringLiteral("Beta")).ok());
    m_vault->lock();
    CHECKED(openWindow());
    CHECKED(unlockThroughDialog());
    CHECKED(activateWindow());
    projects()->selectProject(projectId(QStringLiteral("Beta")));
    m_window->findChild<QAction*>(QStringLiteral("showChannelsAction"))->trigger();

    m_vault->setAutoLockTimeout(300);
    QTRY_VERIFY(!m_vault->isUnlocked());
    m_vault->setAutoLockTimeout(0);
    auto* password = m_window->findChild<QLineEdit*>(QStringLiteral("lockPasswordEdit"));
    QTRY_VERIFY(password->hasFocus());
    QTest::keyClicks(password, kPassword);
    QTest::keyClick(password, Qt::Key_Enter);
    QVERIFY(m_vault->isUnlocked());
    QCOMPARE(projects()->currentProjectName(), QStringLiteral("Beta"));
    QCOMPARE(m_window->page()->tabs()->currentWidget(), m_window->channelsPage());
}

// Issue 17, addition b: a name can be copied from either table, by shortcut or context menu; the
// clipboard gets the name and nothing of the value.
void TestMainWindow::copyNameCopiesTheNameOnly()
{
    CHECKED(createVault(QStringLiteral("Shop bot"), {QStringLiteral("STRIPE_TOKEN")},
        {{QStringLiteral("WEBHOOK_URL"), QStringLiteral("https://hooks.example/abc")}}));
    CHECKED(openWindow());
    CHECKED(unlockThroughDialog());
    CHECKED(activateWindow());
    QApplication::clipboard()->clear();

    secretsView()->table()->setFocus();
    secretsView()->selectRow(0);
    QTest::keyClick(secretsView()->table(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("STRIPE_TOKEN"));
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Copied the name STRIPE_TOKEN."));

    CHECKED(clickTab(1));
    variablesView()->selectRow(0);
    QMenu menu;
    Q_EMIT variablesView()->contextMenuAboutToShow(&menu, variablesView()->currentRow());
    auto* copyName = menu.findChild<QAction*>(QStringLiteral("copyNameMenuAction"));
    QVERIFY(copyName);
    QCOMPARE(copyName->text(), QStringLiteral("Copy &name"));
    QCOMPARE(copyName->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyName->trigger();
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("WEBHOOK_URL"));
    QVERIFY(!QApplication::clipboard()->text().contains(QStringLiteral("hooks.example")));
}

// Issue 17, addition e: one search over every project's names and variable values, never secret
// values; a result opens its project, tab and row.
void TestMainWindow::searchFindsNamesAndVariableValuesAcrossProjects()
{
    CHECKED(createVault(QStringLiteral("Shop bot"), {QStringLiteral("STRIPE_TOKEN")},
        {{QStringLiteral("WEBHOOK_URL"), QStringLiteral("https://hooks.example/abc")}}));
    QVERIFY(m_vault->unlock(vaultPath(), secret(kPassword)).ok());
    const auto support = m_vault->addProject(QStringLiteral("Support bot"));
    QVERIFY(support.ok());
    QVERIFY(m_vault->setVariable(support->id, QStringLiteral("STRIPE_MODE"), QStringLiteral("live")).ok());
    QVERIFY(m_vault->setSecret(support->id, QStringLiteral("ZENDESK_KEY"), secret("zk-live-123")).ok());
    m_vault->lock();
    CHECKED(openWindow());
    CHECKED(unlockThroughDialog());
    CHECKED(activateWindow());
    QCOMPARE(projects()->currentProjectName(), QStringLiteral("Shop bot"));

    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    auto* dialog = visibleDialog<VaultSearchDialog>(m_window.get());
    QVERIFY(dialog);
    auto resultTexts = [dialog] {
        QStringList rows;
        for (int row = 0; row < dialog->results()->rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < VaultSearchDialog::ColumnCount; ++column) {
                cells << dialog->results()->item(row, column)->text();
            }
            rows << cells.join(QStringLiteral(" | "));
        }
        return rows;
    };
    QTest::keyClicks(dialog->searchEdit(), QStringLiteral("stripe"));
    QTRY_COMPARE(resultTexts(),
        QStringList({QStringLiteral("Shop bot | Secret | STRIPE_TOKEN | name"),
            QStringLiteral("Support bot | Variable | STRIPE_MODE | name")}));
    DialogTestSupport::saveScreenshot(dialog, QStringLiteral("search-all-projects"));
    m_window->resize(900, 600);
    DialogTestSupport::saveScreenshot(m_window.get(), QStringLiteral("search-all-projects-window-900x600"));

    // Variable values are searched; secret values never are.
    dialog->searchEdit()->clear();
    QTest::keyClicks(dialog->searchEdit(), QStringLiteral("HOOKS.example"));
    dialog->searchNow();
    QCOMPARE(resultTexts(), QStringList({QStringLiteral("Shop bot | Variable | WEBHOOK_URL | value")}));
    for (const QString& secretText : {QStringLiteral("value of"), QStringLiteral("zk-live")}) {
        dialog->searchEdit()->clear();
        QTest::keyClicks(dialog->searchEdit(), secretText);
        dialog->searchNow();
        QVERIFY2(resultTexts().isEmpty(), qPrintable(resultTexts().join(QLatin1Char('\n'))));
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("vaultSearchStatus"))
                    ->text()
                    .startsWith(QStringLiteral("Nothing found")));
    }

    // Down into the results, Down to the second, Enter: its project, tab and row are shown.
    dialog->searchEdit()->clear();
    QTest::keyClicks(dialog->searchEdit(), QStringLiteral("stripe"));
    dialog->searchNow();
    QPointer<VaultSearchDialog> guard(dialog);
    QTest::keyClick(dialog->searchEdit(), Qt::Key_Down);
    QTest::keyClick(dialog->results(), Qt::Key_Down);
    QTest::keyClick(dialog->results(), Qt::Key_Return);
    QTRY_VERIFY(!guard || !guard->isVisible());
    QCOMPARE(projects()->currentProjectName(), QStringLiteral("Support bot"));
    QCOMPARE(m_window->page()->tabs()->currentWidget(), static_cast<QWidget*>(variablesTab()));
    const int row = variablesView()->currentRow();
    QVERIFY(row >= 0);
    QCOMPARE(variablesTab()->model()->variableAt(row).name, QStringLiteral("STRIPE_MODE"));
}

BOTVAULT_WIDGET_TEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
