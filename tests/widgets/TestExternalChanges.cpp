#include "models/ProjectListModel.h"
#include "models/VariablesTableModel.h"
#include "storage/Vault.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"
#include "tests/widgets/DialogTestSupport.h"
#include "ui/AppSettings.h"
#include "ui/ItemTableView.h"
#include "ui/MainWindow.h"
#include "ui/PasswordField.h"
#include "ui/ProjectsPanel.h"
#include "ui/SecretDialog.h"
#include "ui/SecretsAndVariablesPage.h"
#include "ui/SecretsTab.h"
#include "ui/Translations.h"
#include "ui/UnlockDialog.h"
#include "ui/VariableDialog.h"
#include "ui/VariablesTab.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using DialogTestSupport::child;
using DialogTestSupport::visibleDialog;
using TestSupport::fastKdfParams;
using TestSupport::secret;

namespace {

const QString kPassword = QStringLiteral("correct horse battery staple");
const QString kProject = QStringLiteral("Shop bot");

#define CHECKED(call)                                                                                                  \
    do {                                                                                                               \
        call;                                                                                                          \
        if (QTest::currentTestFailed()) {                                                                              \
            return;                                                                                                    \
        }                                                                                                              \
    } while (false)

} // namespace

// The desktop open on a vault while another program writes to the same file: `m_other` is a second
// Vault on it, as botvault-cli would be. The page follows without user action (the window polls),
// View → Reload does the same by hand, and an edit dialog opened before the other program's change
// is refused on save and keeps what was typed.
class TestExternalChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void changedValueAndNewProjectAppearWithoutUserAction();
    void reloadKeepsSelectionSortFilterAndScroll();
    void staleVariableEditIsRefusedAndKeepsTheText();
    void staleSecretEditIsRefusedAndKeepsTheValue();

private:
    QString vaultPath() const { return m_dir->filePath(QStringLiteral("vault.db")); }
    void createVault(int variableCount);
    void openAndUnlock();
    ProjectId projectId() const;
    // The view's row (source row) of the variable `name`, or -1.
    int rowOf(const QString& name) const;
    QString shownValue(const QString& name) const;
    void doubleClickRow(ItemTableView* view, int row, int column);

    ItemTableView* variablesView() const { return m_window->page()->variablesTab()->view(); }
    ItemTableView* secretsView() const { return m_window->page()->secretsTab()->view(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<Vault> m_other;
    std::unique_ptr<MainWindow> m_window;
};

void TestExternalChanges::initTestCase()
{
    Translations::install(QCoreApplication::instance(), QStringLiteral("en"));
    QApplication::setQuitOnLastWindowClosed(false);
}

void TestExternalChanges::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_qsettings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("botvault.ini")), QSettings::IniFormat);
    m_settings = std::make_unique<AppSettings>(m_qsettings.get());
    m_settings->setVaultPath(vaultPath());
    m_vault = std::make_unique<Vault>();
    m_other = std::make_unique<Vault>();
    m_other->setActor(Actor::localOwner(QStringLiteral("cli-admin")));
}

void TestExternalChanges::cleanup()
{
    m_window.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_other.reset();
    m_vault.reset();
    m_settings.reset();
    m_qsettings.reset();
    m_dir.reset();
}

void TestExternalChanges::createVault(int variableCount)
{
    QVERIFY(Vault::create(vaultPath(), secret(kPassword), fastKdfParams()).ok());
    QVERIFY(m_other->unlock(vaultPath(), secret(kPassword)).ok());
    auto added = m_other->addProject(kProject);
    QVERIFY(added.ok());
    QVERIFY(m_other->setSecret(added->id, QStringLiteral("BOT_TOKEN"), secret("first token")).ok());
    for (int i = 0; i < variableCount; ++i) {
        const QString name = QStringLiteral("V_%1").arg(i, 3, 10, QLatin1Char('0'));
        QVERIFY(m_other->setVariable(added->id, name, QStringLiteral("value %1").arg(i)).ok());
    }
}

void TestExternalChanges::openAndUnlock()
{
    m_window = std::make_unique<MainWindow>(m_vault.get(), m_settings.get());
    m_window->resize(900, 600);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->start();
    auto* dialog = visibleDialog<UnlockDialog>(m_window.get());
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "passwordEdit"), kPassword);
    QTest::mouseClick(child<QPushButton>(dialog, "unlockButton"), Qt::LeftButton);
    QTRY_VERIFY(m_vault->isUnlocked());
    QTRY_COMPARE(m_window->page()->project(), projectId());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTabBar* tabBar = m_window->page()->tabs()->tabBar();
    QTest::mouseClick(tabBar, Qt::LeftButton, {}, tabBar->tabRect(1).center());
}

ProjectId TestExternalChanges::projectId() const
{
    auto project = m_other->projectByName(kProject);
    return project ? project->id : 0;
}

int TestExternalChanges::rowOf(const QString& name) const
{
    const QAbstractItemModel* model = variablesView()->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, VariablesTableModel::NameColumn).data().toString() == name) {
            return row;
        }
    }
    return -1;
}

QString TestExternalChanges::shownValue(const QString& name) const
{
    const int row = rowOf(name);
    return row < 0 ? QString()
                   : variablesView()->table()->model()->index(row, VariablesTableModel::ValueColumn).data().toString();
}

void TestExternalChanges::doubleClickRow(ItemTableView* view, int row, int column)
{
    QTableView* table = view->table();
    const QModelIndex index = table->model()->index(row, column);
    table->scrollTo(index);
    const QRect cell = table->visualRect(index);
    QVERIFY(cell.isValid());
    QWidget* viewport = table->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, {}, cell.center());
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(viewport, Qt::LeftButton, {}, cell.center());
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, cell.center());
}

void TestExternalChanges::changedValueAndNewProjectAppearWithoutUserAction()
{
    CHECKED(createVault(3));
    CHECKED(openAndUnlock());
    QCOMPARE(shownValue(QStringLiteral("V_001")), QStringLiteral("value 1"));

    QVERIFY(m_other->setVariable(projectId(), QStringLiteral("V_001"), QStringLiteral("changed by the CLI")).ok());
    QVERIFY(m_other->addProject(QStringLiteral("Added by the CLI")).ok());

    QTRY_COMPARE(shownValue(QStringLiteral("V_001")), QStringLiteral("changed by the CLI"));
    const ProjectListModel* projects = m_window->projectsPanel()->model();
    QTRY_VERIFY(projects->rowOfId(m_other->projectByName(QStringLiteral("Added by the CLI"))->id) >= 0);
    // The selected project stays selected.
    QCOMPARE(m_window->projectsPanel()->currentProjectName(), kProject);
    QCOMPARE(m_window->page()->project(), projectId());
}

void TestExternalChanges::reloadKeepsSelectionSortFilterAndScroll()
{
    CHECKED(createVault(300));
    CHECKED(openAndUnlock());
    // By hand only: the poll must not do the work this test asks of View → Reload.
    m_vault->setExternalChangePolling(0);
    ItemTableView* view = variablesView();
    QTableView* table = view->table();

    // Sorted by name, descending; filtered to the names with a 1 in them.
    QHeaderView* header = table->horizontalHeader();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
        QPoint(header->sectionViewportPosition(VariablesTableModel::NameColumn) + 10, header->height() / 2));
    if (header->sortIndicatorOrder() != Qt::DescendingOrder) {
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
            QPoint(header->sectionViewportPosition(VariablesTableModel::NameColumn) + 10, header->height() / 2));
    }
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QTest::keyClicks(view->filterEdit(), QStringLiteral("V_1"));
    const int filteredRows = table->model()->rowCount();
    QCOMPARE(filteredRows, 100);

    // The 60th row current, scrolled somewhere in the middle.
    const int selectedRow = 60;
    const QString selectedName = table->model()->index(selectedRow, VariablesTableModel::NameColumn).data().toString();
    table->setCurrentIndex(table->model()->index(selectedRow, VariablesTableModel::NameColumn));
    table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum() / 2);
    const int scroll = table->verticalScrollBar()->value();
    QVERIFY(scroll > 0);

    // Elsewhere: the selected value changes and a row is added before it in this order.
    QVERIFY(m_other->setVariable(projectId(), selectedName, QStringLiteral("changed elsewhere")).ok());
    QVERIFY(m_other->setVariable(projectId(), QStringLiteral("V_199X"), QStringLiteral("new")).ok());
    QCOMPARE(shownValue(selectedName), QStringLiteral("value %1").arg(selectedName.mid(2).toInt()));

    QTest::keyClick(m_window.get(), Qt::Key_F5);

    QCOMPARE(shownValue(selectedName), QStringLiteral("changed elsewhere"));
    QCOMPARE(table->model()->rowCount(), filteredRows + 1);
    QCOMPARE(view->filterEdit()->text(), QStringLiteral("V_1"));
    QCOMPARE(header->sortIndicatorSection(), int(VariablesTableModel::NameColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(table->model()->index(0, VariablesTableModel::NameColumn).data().toString(), QStringLiteral("V_199X"));
    QCOMPARE(view->currentRow(), rowOf(selectedName));
    QCOMPARE(table->verticalScrollBar()->value(), scroll);
}

void TestExternalChanges::staleVariableEditIsRefusedAndKeepsTheText()
{
    CHECKED(createVault(3));
    CHECKED(openAndUnlock());
    m_vault->setExternalChangePolling(0);

    CHECKED(doubleClickRow(variablesView(), rowOf(QStringLiteral("V_002")), VariablesTableModel::ValueColumn));
    auto* dialog = visibleDialog<VariableDialog>(m_window.get());
    QVERIFY(dialog);
    auto* value = child<QPlainTextEdit>(dialog, "variableValueEdit");
    QTest::keyClick(value, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(value, QStringLiteral("typed in the desktop"));

    QVERIFY(m_other->setVariable(projectId(), QStringLiteral("V_002"), QStringLiteral("saved by the CLI")).ok());
    QTest::mouseClick(child<QPushButton>(dialog, "saveVariableButton"), Qt::LeftButton);

    QVERIFY(dialog->isVisible());
    auto* error = child<QLabel>(dialog, "variableDialogError");
    QVERIFY(error->isVisible());
    QVERIFY2(
        error->text().contains(QStringLiteral("was changed elsewhere (by cli-admin, at ")), qPrintable(error->text()));
    QVERIFY2(error->text().contains(QStringLiteral("reload and try again")), qPrintable(error->text()));
    QCOMPARE(value->toPlainText(), QStringLiteral("typed in the desktop"));
    QCOMPARE(m_vault->variable(projectId(), QStringLiteral("V_002"))->value, QStringLiteral("saved by the CLI"));
    dialog->reject();
}

void TestExternalChanges::staleSecretEditIsRefusedAndKeepsTheValue()
{
    CHECKED(createVault(0));
    CHECKED(openAndUnlock());
    m_vault->setExternalChangePolling(0);
    QTabBar* tabBar = m_window->page()->tabs()->tabBar();
    QTest::mouseClick(tabBar, Qt::LeftButton, {}, tabBar->tabRect(0).center());

    CHECKED(doubleClickRow(secretsView(), 0, 0));
    auto* dialog = visibleDialog<SecretDialog>(m_window.get());
    QVERIFY(dialog);
    QVERIFY(dialog->isEditing());
    auto* valueField = child<PasswordField>(dialog, "secretValueField");
    QVERIFY(valueField);
    QLineEdit* field = valueField->lineEdit();
    QTest::keyClicks(field, QStringLiteral("typed token"));

    QVERIFY(m_other->setSecret(projectId(), QStringLiteral("BOT_TOKEN"), secret("token from the CLI")).ok());
    QTest::mouseClick(child<QPushButton>(dialog, "saveSecretButton"), Qt::LeftButton);

    QVERIFY(dialog->isVisible());
    auto* error = child<QLabel>(dialog, "secretDialogError");
    QVERIFY2(error->text().contains(QStringLiteral("was changed elsewhere")), qPrintable(error->text()));
    QCOMPARE(field->text(), QStringLiteral("typed token"));
    QCOMPARE(TestSupport::plain(m_vault->secretValue(projectId(), QStringLiteral("BOT_TOKEN")).value()),
        QByteArray("token from the CLI"));
    dialog->reject();
}

BOTVAULT_WIDGET_TEST_MAIN(TestExternalChanges)
#include "TestExternalChanges.moc"
