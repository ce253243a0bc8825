#include "storage/Vault.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"
#include "tests/widgets/DialogTestSupport.h"
#include "ui/AppSettings.h"
#include "ui/HistoryActions.h"
#include "ui/HistoryDialog.h"
#include "ui/ItemTableView.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/ProjectAtTimeDialog.h"
#include "ui/ProjectsPanel.h"
#include "ui/SecretsAndVariablesPage.h"
#include "ui/SecretsTab.h"
#include "ui/TrashDialog.h"
#include "ui/VariablesTab.h"
#include "ui/VersionDiff.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using DialogTestSupport::child;
using DialogTestSupport::exposedStrings;
using DialogTestSupport::visibleDialog;
using TestSupport::fastKdfParams;
using TestSupport::secret;

namespace {

const QString kPassword = QStringLiteral("history dialogs password");

} // namespace

// The History, Recently deleted and Show project at… dialogs on a real vault, driven like a person:
// clicks, keys, the confirmations answered through MessageBox's test seam; and the ways into them
// from the main window (Ctrl+Shift+H, the tables' context menus, the Edit and Project menus).
class TestHistoryDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void lineDiffMarksRemovedAndAddedLines();
    void variableHistoryShowsValuesAndADiff();
    void restoreMakesTheSelectedVersionCurrent();
    void restoreOverATakenNameAsksForAnother();
    void secretHistoryNeverShowsAValue();
    void forgetOldValuesAsksAndDestroys();
    void historyIsKeyboardDriven();
    void trashRestoresAndPurges();
    void trashRestoreOverATakenNameAsksForAnother();
    void trashShowsDeletedProjectsForTheWholeVault();
    void projectAtShowsTheMomentAndRestoresIt();
    void projectAtSaysWhenTheMomentIsBad();
    void mainWindowOpensTheDialogs();
    void everyControlHasNamesForTestsAndAssistiveTools();

private:
    // The table's rows as shown.
    static int rows(QWidget* dialog, const char* table);
    // Selects `row` of the table by keyboard: focus, Home, then Down.
    static void selectRow(QTableView* table, int row);
    QString variableValue(const QString& name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Vault> m_vault;
    ProjectId m_project = 0;
};

void TestHistoryDialogs::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("vault.db"));
    QVERIFY(Vault::create(m_path, secret(kPassword), fastKdfParams()).ok());
    m_vault = std::make_unique<Vault>();
    QVERIFY(m_vault->unlock(m_path, secret(kPassword)).ok());
    auto project = m_vault->addProject(QStringLiteral("Support bot"));
    QVERIFY(project.ok());
    m_project = project->id;
}

void TestHistoryDialogs::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_vault.reset();
    m_dir.reset();
}

int TestHistoryDialogs::rows(QWidget* dialog, const char* table)
{
    auto* view = child<QTableView>(dialog, table);
    return view && view->isVisible() ? view->model()->rowCount() : 0;
}

void TestHistoryDialogs::selectRow(QTableView* table, int row)
{
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
    for (int step = 0; step < row; ++step) {
        QTest::keyClick(table, Qt::Key_Down);
    }
    QCOMPARE(table->currentIndex().row(), row);
}

QString TestHistoryDialogs::variableValue(const QString& name) const
{
    const auto variable = m_vault->variable(m_project, name);
    return variable ? variable->value : QStringLiteral("<missing>");
}

void TestHistoryDialogs::lineDiffMarksRemovedAndAddedLines()
{
    QCOMPARE(VersionDiff::lineDiff(QStringLiteral("a\nb\nc"), QStringLiteral("a\nc\nd")),
        QStringLiteral("  a\n- b\n  c\n+ d"));
    QCOMPARE(VersionDiff::lineDiff(QStringLiteral("same"), QStringLiteral("same")), QStringLiteral("  same"));
    QCOMPARE(VersionDiff::lineDiff(QStringLiteral("old"), QStringLiteral("new")), QStringLiteral("- old\n+ new"));
}

void TestHistoryDialogs::variableHistoryShowsValuesAndADiff()
{
    QVERIFY(m_vault->setVariable(m_project, QStringLiteral("GREETING"), QStringLiteral("Hello\nHow can I help?")).ok());
    QVERIFY(
        m_vault->setVariable(m_project, QStringLiteral("GREETING"), QStringLiteral("Hi\nHow can I help?"), true).ok());
    HistoryDialog dialog(m_vault.get(), m_project, ItemKind::Variable, QStringLiteral("GREETING"));
    dialog.show();
    auto* table = child<QTableView>(&dialog, "historyTable");
    auto* diff = child<QPlainTextEdit>(&dialog, "historyDiffView");
    QVERIFY(table && diff);
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(table->model()->index(1, HistoryDialog::VersionColumn).data().toString(), QStringLiteral("2 (current)"));
    QCOMPARE(table->model()->index(0, HistoryDialog::ValueColumn).data().toString(), QStringLiteral("Hello …"));
    QCOMPARE(table->currentIndex().row(), 1);
    QCOMPARE(diff->toPlainText(), QStringLiteral("This is the current state."));
    selectRow(table, 0);
    QCOMPARE(diff->toPlainText(),
        QStringLiteral("Export: left out → included (now)\nValue (- this version, + now):\n- Hello\n+ Hi\n  How can I "
                       "help?"));
}

void TestHistoryDialogs::restoreMakesTheSelectedVersionCurrent()
{
    QVERIFY(m_vault->setVariable(m_project, QStringLiteral("GREETING"), QStringLiteral("Hello")).ok());
    QVERIFY(m_vault->setVariable(m_project, QStringLiteral("GREETING"), QStringLiteral("Broken")).ok());
    HistoryDialog dialog(m_vault.get(), m_project, ItemKind::Variable, QStringLiteral("GREETING"));
    dialog.show();
    auto* table = child<QTableView>(&dialog, "historyTable");
    auto* restore = child<QPushButton>(&dialog, "restoreVersionButton");
    QVERIFY(table && restore);
    QVERIFY(!restore->isEnabled()); // the current version is selected
    selectRow(table, 0);
    QVERIFY(restore->isEnabled());
    QTest::mouseClick(restore, Qt::LeftButton);
    QCOMPARE(variableValue(QStringLiteral("GREETING")), QStringLiteral("Hello"));
    QCOMPARE(table->model()->rowCount(), 3);
    QCOMPARE(table->currentIndex().row(), 2);
    QCOMPARE(child<QLabel>(&dialog, "historyMessage")->text(), QStringLiteral("Restored version 1 of GREETING."));
}

void TestHistoryDialogs::restoreOverATakenNameAsksForAnother()
{
    QVERIFY(m_vault->setVariable(m_project, QStringLiteral("GREETING"), QStringLiteral("Hello")).ok());
    QVERIFY(m_vault
                ->editVariable(
                    m_project, QStringLiteral("GREETING"), QStringLiteral("WELCOME"), QStringLiteral("Hello"), false)
                .ok());
    QVERIFY(m_vault->setVariable(m_project, QStringLiteral("GREETING"), QStringLiteral("Another")).ok());
    HistoryDialog dialog(m_vault.get(), m_project, ItemKind::Variable, QStringLiteral("WELCOME"));
    dialog.show();
    auto* table = child<QTableView>(&dialog, "historyTable");
    auto* restore = child<QPushButton>(&dialog, "restoreVersionButton");
    auto* restoreAs = child<QLineEdit>(&dialog, "restoreAsEdit");
    auto* message = child<QLabel>(&dialog, "historyMessage");
    QVERIFY(table && restore && restoreAs && message);
    QVERIFY(!restoreAs->isVisible());
    selectRow(table, 0);
    QTest::mouseClick(restore, Qt::LeftButton);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("Type another name below")), qPrintable(message->text()));
    QVERIFY(restoreAs->isVisible());
    QCOMPARE(dialog.focusWidget(), restoreAs);
    QCOMPARE(variableValue(QStringLiteral("GREETING")), QStringLiteral("Another"));
    QCOMPARE(variableValue(QStringLiteral("WELCOME")), QStringLiteral("Hello"));

    restoreAs->clear();
    QTest::keyClicks(restoreAs, QStringLiteral("OLD_GREETING"));
    QTest::keyClick(restoreAs, Qt::Key_Return);
    QCOMPARE(variableValue(QStringLiteral("OLD_GREETING")), QStringLiteral("Hello"));
    QCOMPARE(variableValue(QStringLiteral("GREETING")), QStringLiteral("Another"));
    QVERIFY(!restoreAs->isVisible());
    QCOMPARE(dialog.itemName(), QStringLiteral("OLD_GREETING"));
}

void TestHistoryDialogs::secretHistoryNeverShowsAValue()
{
    QVERIFY(m_vault->setSecret(m_project, QStringLiteral("API_KEY"), secret("canary-one")).ok());
    QVERIFY(m_vault->setSecret(m_project, QStringLiteral("API_KEY"), secret("canary-two")).ok());
    HistoryDialog dialog(m_vault.get(), m_project, ItemKind::Secret, QStringLiteral("API_KEY"));
    dialog.show();
    auto* table = child<QTableView>(&dialog, "historyTable");
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 2);
    QVERIFY(!child<QPlainTextEdit>(&dialog, "historyDiffView")->isVisible());
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        for (int column = 0; column < HistoryDialog::ColumnCount; ++column) {
            QVERIFY(!table->model()->index(row, column).data().toString().contains(QLatin1String("canary")));
        }
    }
    QCOMPARE(table->model()->index(0, HistoryDialog::ValueColumn).data().toString(), QStringLiteral("(never shown)"));
    for (const QString& shown : exposedStrings(&dialog)) {
        QVERIFY2(!shown.contains(QLatin1String("canary")), qPrintable(shown));
    }
    selectRow(table, 0);
    QTest::mouseClick(child<QPushButton>(&dialog, "restoreVersionButton"), Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), 3);
}

void TestHistoryDialogs::forgetOldValuesAsksAndDestroys()
{
    QVERIFY(m_vault->setSecret(m_project, QStringLiteral("API_KEY"), secret("canary-leaked")).ok());
    QVERIFY(m_vault->setSecret(m_project, QStringLiteral("API_KEY"), secret("canary-fresh")).ok());
    HistoryDialog dialog(m_vault.get(), m_project, ItemKind::Secret, QStringLiteral("API_KEY"));
    dialog.show();
    auto* forget = child<QPushButton>(&dialog, "forgetOldValuesButton");
    auto* table = child<QTableView>(&dialog, "historyTable");
    QVERIFY(forget && table && forget->isVisible() && forget->isEnabled());

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(forget, Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("API_KEY")), qPrintable(MessageBox::lastText()));
    QCOMPARE(table->model()->index(0, HistoryDialog::ValueColumn).data().toString(), QStringLiteral("(never shown)"));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(forget, Qt::LeftButton);
    QCOMPARE(table->model()->index(0, HistoryDialog::ValueColumn).data().toString(), QStringLiteral("(forgotten)"));
    QVERIFY(!forget->isEnabled());
    selectRow(table, 0);
    QVERIFY(!child<QPushButton>(&dialog, "restoreVersionButton")->isEnabled());
    const auto versions = m_vault->itemVersions(m_project, ItemKind::Secret, QStringLiteral("API_KEY"));
    QVERIFY(versions.ok());
    QCOMPARE(versions->at(0).valueForgotten, true);
    QCOMPARE(versions->at(1).valueForgotten, false);
}

void TestHistoryDialogs::historyIsKeyboardDriven()
{
    QVERIFY(m_vault->setVariable(m_project, QStringLiteral("GREETING"), QStringLiteral("Hello")).ok());
    QVERIFY(m_vault->setVariable(m_project, QStringLiteral("GREETING"), QStringLiteral("Broken")).ok());
    HistoryDialog dialog(m_vault.get(), m_project, ItemKind::Variable, QStringLiteral("GREETING"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto* table = child<QTableView>(&dialog, "historyTable");
    QVERIFY(table->hasFocus());
    QVERIFY(child<QPushButton>(&dialog, "closeHistoryButton")->isDefault());
    QTest::keyClick(table, Qt::Key_Up);
    QCOMPARE(table->currentIndex().row(), 0);
    auto* restore = child<QPushButton>(&dialog, "restoreVersionButton");
    QVERIFY(restore->isEnabled());
    restore->setFocus();
    QTest::keyClick(restore, Qt::Key_Space);
    QCOMPARE(variableValue(QStringLiteral("GREETING")), QStringLiteral("Hello"));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestHistoryDialogs::trashRestoresAndPurges()
{
    QVERIFY(m_vault->setVariable(m_project, QStringLiteral("GREETING"), QStringLiteral("Hello"), true).ok());
    QVERIFY(m_vault->setSecret(m_project, QStringLiteral("API_KEY"), secret("canary")).ok());
    QVERIFY(m_vault->removeVariable(m_project, QStringLiteral("GREETING")).ok());
    QVERIFY(m_vault->removeSecret(m_project, QStringLiteral("API_KEY")).ok());
    TrashDialog dialog(m_vault.get(), m_project, QStringLiteral("Support bot"));
    dialog.show();
    auto* table = child<QTableView>(&dialog, "trashTable");
    auto* restore = child<QPushButton>(&dialog, "restoreTrashButton");
    auto* purge = child<QPushButton>(&dialog, "purgeTrashButton");
    QVERIFY(table && restore && purge);
    QCOMPARE(rows(&dialog, "trashTable"), 2);
    QVERIFY(restore->isDefault());
    // Newest first: the secret, then the variable.
    QCOMPARE(table->model()->index(0, TrashDialog::NameColumn).data().toString(), QStringLiteral("API_KEY"));
    selectRow(table, 1);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(variableValue(QStringLiteral("GREETING")), QStringLiteral("Hello"));
    QCOMPARE(m_vault->variable(m_project, QStringLiteral("GREETING"))->includeInExport, true);
    QCOMPARE(rows(&dialog, "trashTable"), 1);

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(purge, Qt::LeftButton);
    QCOMPARE(rows(&dialog, "trashTable"), 1);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(purge, Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("API_KEY")), qPrintable(MessageBox::lastText()));
    QCOMPARE(rows(&dialog, "trashTable"), 0);
    QVERIFY(child<QLabel>(&dialog, "trashEmptyLabel")->isVisible());
    QVERIFY(!restore->isEnabled() && !purge->isEnabled());
    QCOMPARE(m_vault->trashEntries(0)->size(), 0);
}

void TestHistoryDialogs::trashRestoreOverATakenNameAsksForAnother()
{
    QVERIFY(m_vault->setVariable(m_project, QStringLiteral("GREETING"), QStringLiteral("Hello")).ok());
    QVERIFY(m_vault->removeVariable(m_project, QStringLiteral("GREETING")).ok());
    QVERIFY(m_vault->setVariable(m_project, QStringLiteral("GREETING"), QStringLiteral("New")).ok());
    TrashDialog dialog(m_vault.get(), m_project, QStringLiteral("Support bot"));
    dialog.show();
    auto* restoreAs = child<QLineEdit>(&dialog, "trashRestoreAsEdit");
    QVERIFY(restoreAs && !restoreAs->isVisible());
    QTest::mouseClick(child<QPushButton>(&dialog, "restoreTrashButton"), Qt::LeftButton);
    QVERIFY(restoreAs->isVisible());
    QCOMPARE(dialog.focusWidget(), restoreAs);
    QCOMPARE(variableValue(QStringLiteral("GREETING")), QStringLiteral("New"));
    restoreAs->clear();
    QTest::keyClicks(restoreAs, QStringLiteral("OLD_GREETING"));
    QTest::keyClick(restoreAs, Qt::Key_Return);
    QCOMPARE(variableValue(QStringLiteral("OLD_GREETING")), QStringLiteral("Hello"));
    QCOMPARE(rows(&dialog, "trashTable"), 0);
}

void TestHistoryDialogs::trashShowsDeletedProjectsForTheWholeVault()
{
    auto other = m_vault->addProject(QStringLiteral("Shop bot"));
    QVERIFY(other.ok());
    QVERIFY(m_vault->setVariable(other->id, QStringLiteral("CURRENCY"), QStringLiteral("EUR")).ok());
    QVERIFY(m_vault->removeProject(other->id).ok());
    TrashDialog dialog(m_vault.get(), m_project, QStringLiteral("Support bot"));
    dialog.show();
    auto* scope = child<QComboBox>(&dialog, "trashScopeCombo");
    QVERIFY(scope);
    QCOMPARE(rows(&dialog, "trashTable"), 0);
    QVERIFY(child<QLabel>(&dialog, "trashEmptyLabel")->isVisible());
    scope->setFocus();
    QTest::keyClick(scope, Qt::Key_Down);
    QCOMPARE(rows(&dialog, "trashTable"), 1);
    auto* table = child<QTableView>(&dialog, "trashTable");
    QCOMPARE(table->model()->index(0, TrashDialog::KindColumn).data().toString(), QStringLiteral("Project"));
    QVERIFY(table->model()->index(0, TrashDialog::NameColumn).data().toString().startsWith(QStringLiteral("Shop bot")));
    QTest::mouseClick(child<QPushButton>(&dialog, "restoreTrashButton"), Qt::LeftButton);
    const auto restored = m_vault->projectByName(QStringLiteral("Shop bot"));
    QVERIFY(restored.ok());
    QCOMPARE(m_vault->variable(restored->id, QStringLiteral("CURRENCY"))->value, QStringLiteral("EUR"));
}

void TestHistoryDialogs::projectAtShowsTheMomentAndRestoresIt()
{
    QVERIFY(m_vault->setVariable(m_project, QStringLiteral("GREETING"), QStringLiteral("Hello")).ok());
    QVERIFY(m_vault->setSecret(m_project, QStringLiteral("API_KEY"), secret("canary")).ok());
    // The picker shows whole seconds: the moment lies a second clear of the changes either side.
    QTest::qWait(1100);
    const QDateTime moment = QDateTime::currentDateTime();
    QTest::qWait(1100);
    QVERIFY(m_vault->setVariable(m_project, QStringLiteral("GREETING"), QStringLiteral("Broken")).ok());
    QVERIFY(m_vault->setVariable(m_project, QStringLiteral("DEBUG"), QStringLiteral("1")).ok());

    ProjectAtTimeDialog dialog(m_vault.get(), m_project, QStringLiteral("Support bot"));
    dialog.show();
    auto* time = child<QDateTimeEdit>(&dialog, "projectAtTimeEdit");
    auto* show = child<QPushButton>(&dialog, "showSnapshotButton");
    auto* restore = child<QPushButton>(&dialog, "restoreProjectButton");
    auto* plan = child<QLabel>(&dialog, "restorePlanLabel");
    QVERIFY(time && show && restore && plan);
    time->setFocus();
    time->setDateTime(moment);
    QVERIFY(!restore->isEnabled());
    QVERIFY(show->isDefault());
    QTest::keyClick(time, Qt::Key_Return);
    QCOMPARE(rows(&dialog, "snapshotTable"), 2);
    auto* table = child<QTableView>(&dialog, "snapshotTable");
    QCOMPARE(table->model()->index(0, ProjectAtTimeDialog::NameColumn).data().toString(), QStringLiteral("API_KEY"));
    QCOMPARE(
        table->model()->index(0, ProjectAtTimeDialog::ValueColumn).data().toString(), QStringLiteral("(never shown)"));
    QCOMPARE(table->model()->index(1, ProjectAtTimeDialog::ValueColumn).data().toString(), QStringLiteral("Hello"));
    // "item(s)" until the English plural forms are filled in.
    QVERIFY2(plan->text().startsWith(QStringLiteral("Restoring would add back 0 item")), qPrintable(plan->text()));
    QVERIFY2(plan->text().contains(QStringLiteral("change 1 item")), qPrintable(plan->text()));
    QVERIFY2(plan->text().contains(QStringLiteral("remove 1 item")), qPrintable(plan->text()));
    QVERIFY(restore->isEnabled());

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(restore, Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Changed: GREETING")), qPrintable(MessageBox::lastText()));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Removed: DEBUG")), qPrintable(MessageBox::lastText()));
    QCOMPARE(variableValue(QStringLiteral("GREETING")), QStringLiteral("Broken"));
    QVERIFY(dialog.isVisible());

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(restore, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(variableValue(QStringLiteral("GREETING")), QStringLiteral("Hello"));
    QVERIFY(!m_vault->variable(m_project, QStringLiteral("DEBUG")).ok());
    for (const QString& shown : exposedStrings(&dialog)) {
        QVERIFY2(!shown.contains(QLatin1String("canary")), qPrintable(shown));
    }
}

void TestHistoryDialogs::projectAtSaysWhenTheMomentIsBad()
{
    ProjectAtTimeDialog dialog(m_vault.get(), m_project, QStringLiteral("Support bot"));
    dialog.show();
    auto* time = child<QDateTimeEdit>(&dialog, "projectAtTimeEdit");
    auto* plan = child<QLabel>(&dialog, "restorePlanLabel");
    time->setDateTime(QDateTime(QDate(2001, 1, 1), QTime(12, 0)));
    QTest::mouseClick(child<QPushButton>(&dialog, "showSnapshotButton"), Qt::LeftButton);
    QVERIFY(plan->isVisible());
    QVERIFY(!plan->text().isEmpty());
    QCOMPARE(rows(&dialog, "snapshotTable"), 0);
    QVERIFY(!child<QPushButton>(&dialog, "restoreProjectButton")->isEnabled());
}

void TestHistoryDialogs::mainWindowOpensTheDialogs()
{
    QVERIFY(m_vault->setVariable(m_project, QStringLiteral("GREETING"), QStringLiteral("Hello")).ok());
    QSettings qsettings(m_dir->filePath(QStringLiteral("botvault.ini")), QSettings::IniFormat);
    AppSettings settings(&qsettings);
    settings.setVaultPath(m_path);
    MainWindow window(m_vault.get(), &settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.projectsPanel()->selectProject(m_project);
    window.page()->tabs()->setCurrentWidget(window.page()->variablesTab());
    ItemTableView* view = window.page()->variablesTab()->view();
    QTRY_COMPARE(view->table()->model()->rowCount(), 1);

    view->table()->setFocus();
    view->selectRow(0);
    QTest::keyClick(view->table(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    auto* history = visibleDialog<HistoryDialog>(&window);
    QVERIFY(history);
    QCOMPARE(history->windowTitle(), QStringLiteral("History of variable GREETING"));
    history->reject();

    QMenu menu;
    Q_EMIT view->contextMenuAboutToShow(&menu, 0);
    auto* entry = menu.findChild<QAction*>(QStringLiteral("historyMenuAction"));
    QVERIFY(entry && entry->isEnabled());
    QCOMPARE(entry->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    entry->trigger();
    QVERIFY(visibleDialog<HistoryDialog>(&window));
    visibleDialog<HistoryDialog>(&window)->reject();

    const QList<QAction*> listActions = window.projectsPanel()->list()->actions();
    QVERIFY(listActions.contains(window.historyActions()->recentlyDeletedAction()));
    QVERIFY(listActions.contains(window.historyActions()->projectAtTimeAction()));
    window.historyActions()->recentlyDeletedAction()->trigger();
    QVERIFY(visibleDialog<TrashDialog>(&window));
    window.historyActions()->projectAtTimeAction()->trigger();
    QVERIFY(visibleDialog<ProjectAtTimeDialog>(&window));
    // Locking closes them: nothing that shows project data outlives the lock.
    window.lockVault();
    QVERIFY(!visibleDialog<TrashDialog>(&window));
    QVERIFY(!visibleDialog<ProjectAtTimeDialog>(&window));
}

void TestHistoryDialogs::everyControlHasNamesForTestsAndAssistiveTools()
{
    QVERIFY(m_vault->setVariable(m_project, QStringLiteral("GREETING"), QStringLiteral("Hello")).ok());
    HistoryDialog history(m_vault.get(), m_project, ItemKind::Variable, QStringLiteral("GREETING"));
    TrashDialog trash(m_vault.get(), m_project, QStringLiteral("Support bot"));
    ProjectAtTimeDialog projectAt(m_vault.get(), m_project, QStringLiteral("Support bot"));
    const QList<QPair<QWidget*, QList<const char*>>> dialogs {
        {&history,
            {"historyTable", "historyDiffView", "restoreVersionButton", "forgetOldValuesButton", "restoreAsEdit",
                "historyMessage"}},
        {&trash,
            {"trashScopeCombo", "trashTable", "restoreTrashButton", "purgeTrashButton", "trashRestoreAsEdit",
                "trashMessage"}},
        {&projectAt,
            {"projectAtTimeEdit", "showSnapshotButton", "snapshotTable", "restorePlanLabel", "restoreProjectButton"}},
    };
    for (const auto& [dialog, names] : dialogs) {
        for (const char* name : names) {
            auto* widget = child<QWidget>(dialog, name);
            QVERIFY2(widget, name);
            QVERIFY2(!widget->accessibleName().isEmpty(), name);
        }
    }
}

BOTVAULT_WIDGET_TEST_MAIN(TestHistoryDialogs)
#include "TestHistoryDialogs.moc"
