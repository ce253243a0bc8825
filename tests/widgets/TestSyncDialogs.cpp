#include "models/ProjectListModel.h"
#include "models/SecretsTableModel.h"
#include "models/VariablesTableModel.h"
#include "storage/Vault.h"
#include "sync/SyncEngine.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"
#include "tests/widgets/DialogTestSupport.h"
#include "tests/widgets/SyncTestPlatform.h"
#include "ui/AppSettings.h"
#include "ui/ConflictDialog.h"
#include "ui/ItemTableView.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/PasswordField.h"
#include "ui/ProjectsPanel.h"
#include "ui/RemoteBindingDialog.h"
#include "ui/SecretsAndVariablesPage.h"
#include "ui/SecretsTab.h"
#include "ui/SyncController.h"
#include "ui/SyncPlanDialog.h"
#include "ui/Translations.h"
#include "ui/UnusedNameDelegate.h"
#include "ui/VariablesTab.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

#include <memory>

using DialogTestSupport::child;
using DialogTestSupport::visibleDialog;
using TestSupport::fastKdfParams;
using TestSupport::secret;
using TestSupport::secure;

namespace {

const QString kPassword = QStringLiteral("correct horse battery staple");
// Put into every secret field of the hand-made plans: it must never be shown.
const QString kCanary = QStringLiteral("CANARY-s3cr3t-9f1b");

#define CHECKED(call)                                                                                                  \
    do {                                                                                                               \
        call;                                                                                                          \
        if (QTest::currentTestFailed()) {                                                                              \
            return;                                                                                                    \
        }                                                                                                              \
    } while (false)

using Action = SyncPlanItem::Action;
using Choice = SyncPlanItem::Choice;

SyncPlanItem planItem(Action action, ItemKind kind, const QString& name)
{
    SyncPlanItem item;
    item.action = action;
    item.kind = kind;
    item.name = name;
    const bool secret = kind == ItemKind::Secret;
    item.localExists = action != Action::Remove && action != Action::PullAdd && action != Action::RemoteOnly;
    item.remoteExists = action != Action::Add && action != Action::PullRemove;
    // A plan never carries a secret's value; the dialog must not show one even if it did.
    item.localValue = secret ? kCanary : QStringLiteral("local-%1").arg(name);
    item.remoteValue = secret ? kCanary : QStringLiteral("remote-%1").arg(name);
    item.baseRevision = 3;
    item.remoteRevision = 5;
    item.remoteUpdatedBy = QStringLiteral("bob");
    item.remoteUpdatedAt = QDateTime(QDate(2024, 5, 6), QTime(7, 8), Qt::UTC);
    item.localChangedBy = QStringLiteral("ann");
    return item;
}

// One item of every action, secrets and variables.
SyncPlan fullPlan()
{
    SyncPlan plan;
    plan.project = 1;
    plan.remoteProjectId = 42;
    plan.items = {
        planItem(Action::Add, ItemKind::Secret, QStringLiteral("API_KEY")),
        planItem(Action::Add, ItemKind::Variable, QStringLiteral("NEW_VAR")),
        planItem(Action::Change, ItemKind::Secret, QStringLiteral("DB_PASSWORD")),
        planItem(Action::Change, ItemKind::Variable, QStringLiteral("GREETING")),
        planItem(Action::Remove, ItemKind::Variable, QStringLiteral("OLD_VAR")),
        planItem(Action::PullAdd, ItemKind::Variable, QStringLiteral("THEIR_VAR")),
        planItem(Action::PullChange, ItemKind::Variable, QStringLiteral("THEIR_CHANGE")),
        planItem(Action::PullRemove, ItemKind::Variable, QStringLiteral("THEIR_REMOVAL")),
        planItem(Action::SecretChangedRemotely, ItemKind::Secret, QStringLiteral("ROTATED_TOKEN")),
        planItem(Action::RemoteOnly, ItemKind::Secret, QStringLiteral("ONLY_THERE")),
        planItem(Action::Conflict, ItemKind::Secret, QStringLiteral("BOTH_SECRET")),
        planItem(Action::Conflict, ItemKind::Variable, QStringLiteral("BOTH_VAR")),
    };
    return plan;
}

int indexOf(const SyncPlan& plan, const QString& name)
{
    for (int i = 0; i < plan.items.size(); ++i) {
        if (plan.items.at(i).name == name) {
            return i;
        }
    }
    return -1;
}

// Every text of every item of a tree, in the roles a view or an assistive tool reads.
QStringList treeStrings(const QTreeWidget* tree)
{
    QStringList strings;
    const QAbstractItemModel* model = tree->model();
    std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
        for (int row = 0; row < model->rowCount(parent); ++row) {
            for (int column = 0; column < model->columnCount(parent); ++column) {
                const QModelIndex index = model->index(row, column, parent);
                for (int role : {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole, Qt::StatusTipRole, Qt::WhatsThisRole,
                         Qt::AccessibleTextRole, Qt::AccessibleDescriptionRole}) {
                    strings << index.data(role).toString();
                }
            }
            walk(model->index(row, 0, parent));
        }
    };
    walk(QModelIndex());
    strings.removeAll(QString());
    return strings;
}

QStringList groupTitles(const QTreeWidget* tree)
{
    QStringList titles;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        titles << tree->topLevelItem(i)->text(0);
    }
    return titles;
}

// The names under the group whose title starts with `title`.
QStringList namesInGroup(const QTreeWidget* tree, const QString& title)
{
    QStringList names;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* group = tree->topLevelItem(i);
        if (group->text(0).startsWith(title)) {
            for (int c = 0; c < group->childCount(); ++c) {
                names << group->child(c)->text(0);
            }
        }
    }
    return names;
}

QString shotsFolder()
{
    return QStringLiteral("/tmp/shots");
}

void saveShot(QWidget* widget, const QString& name)
{
    QDir().mkpath(shotsFolder());
    QApplication::processEvents();
    widget->grab().save(QDir(shotsFolder()).filePath(name + QStringLiteral(".png")));
}

} // namespace

class TestSyncDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    // Dialogs with hand-made plans.
    void planDialogGroupsItemsByWhatHappens_data();
    void planDialogGroupsItemsByWhatHappens();
    void planDialogShowsVariableValuesOldToNew();
    void planDialogFitsLongNames();
    void planDialogNeverShowsASecretValue();
    void planDialogCallsARuleChangeARuleChange();
    void publishIsDisabledUntilEveryConflictIsChosen();
    void deleteOnThePlatformIsOffByDefaultAndSetsDeleteRemote();
    void pullLeavesUndecidedConflictsForLater();
    void conflictDialogShowsBothSidesAndReturnsTheChoice_data();
    void conflictDialogShowsBothSidesAndReturnsTheChoice();
    void resolveButtonAppliesTheConflictDialogsChoice();
    void secretOnBothSidesCannotTakeThePlatformsSide();
    void itemAwaitingItsReplaySaysSo();
    void screenshots();

    // Through the real main window, a real vault and an in-process reference server.
    void bindAndPublishThroughTheWindow();
    void bindDialogEnterAfterCheckBinds();
    void bindDialogNeverDropsATypedTokenSilently();
    void bindDialogTabGoesFromTheTokenToCheck();
    void bindDialogRefusesAProjectThePlatformDoesNotHave();
    void developerTokenDisablesTheSecretsTab();
    void conflictFoundWhilePublishingReopensThePlan();
    void cancelDuringALongPublishLeavesTheRestQueued();
    void unbindAsksAndDropsTheQueue();

private:
    void startServer();
    void openWindow(const QString& projectName);
    void bindThroughDialog(const QString& token);
    RemoteBindingDialog* openBindDialog();
    // Triggers `action`, accepts the plan dialog it opens (after `decide`), waits for the outcome.
    SyncPlanDialog* waitForPlanDialog(QSignalSpy& spy, int count);
    ProjectId projectId() const { return m_project; }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SyncTestPlatform> m_platform;
    QString m_url;
    QString m_adminToken;
    QString m_developerToken;
    qint64 m_remoteProject = 0;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<MainWindow> m_window;
    ProjectId m_project = 0;
};

void TestSyncDialogs::initTestCase()
{
    Translations::install(QCoreApplication::instance(), QStringLiteral("en"));
    QApplication::setQuitOnLastWindowClosed(false);
}

void TestSyncDialogs::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_window.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_vault.reset();
    m_settings.reset();
    m_qsettings.reset();
    m_platform.reset();
    m_dir.reset();
}

void TestSyncDialogs::planDialogGroupsItemsByWhatHappens_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QStringList>("names");
    using Group = SyncPlanDialog::Group;
    const int publish = static_cast<int>(SyncPlanDialog::Mode::Publish);
    const int pull = static_cast<int>(SyncPlanDialog::Mode::Pull);
    auto title = [](Group group, int mode) {
        return SyncPlanDialog::groupTitle(group, static_cast<SyncPlanDialog::Mode>(mode));
    };
    QTest::newRow("publish: to add") << publish << title(Group::ToAdd, publish)
                                     << QStringList {QStringLiteral("API_KEY"), QStringLiteral("NEW_VAR")};
    QTest::newRow("publish: to change") << publish << title(Group::ToChange, publish)
                                        << QStringList {QStringLiteral("DB_PASSWORD"), QStringLiteral("GREETING")};
    QTest::newRow("publish: to remove") << publish << title(Group::ToRemove, publish)
                                        << QStringList {QStringLiteral("OLD_VAR")};
    QTest::newRow("publish: conflicts") << publish << title(Group::Conflicts, publish)
                                        << QStringList {QStringLiteral("BOTH_SECRET"), QStringLiteral("BOTH_VAR")};
    QTest::newRow("publish: only on the platform")
        << publish << title(Group::OnlyOnPlatform, publish) << QStringList {QStringLiteral("ONLY_THERE")};
    QTest::newRow("publish: incoming") << publish << title(Group::Incoming, publish)
                                       << QStringList {QStringLiteral("THEIR_VAR"), QStringLiteral("THEIR_CHANGE"),
                                              QStringLiteral("THEIR_REMOVAL"), QStringLiteral("ROTATED_TOKEN")};
    QTest::newRow("pull: to add") << pull << title(Group::ToAdd, pull) << QStringList {QStringLiteral("THEIR_VAR")};
    QTest::newRow("pull: to change") << pull << title(Group::ToChange, pull)
                                     << QStringList {QStringLiteral("THEIR_CHANGE")};
    QTest::newRow("pull: to remove") << pull << title(Group::ToRemove, pull)
                                     << QStringList {QStringLiteral("THEIR_REMOVAL")};
    QTest::newRow("pull: secrets replaced")
        << pull << title(Group::SecretsReplaced, pull) << QStringList {QStringLiteral("ROTATED_TOKEN")};
    QTest::newRow("pull: outgoing") << pull << title(Group::Outgoing, pull)
                                    << QStringList {QStringLiteral("API_KEY"), QStringLiteral("NEW_VAR"),
                                           QStringLiteral("DB_PASSWORD"), QStringLiteral("GREETING"),
                                           QStringLiteral("OLD_VAR")};
}

void TestSyncDialogs::planDialogGroupsItemsByWhatHappens()
{
    QFETCH(int, mode);
    QFETCH(QString, group);
    QFETCH(QStringList, names);
    SyncPlanDialog dialog(fullPlan(), static_cast<SyncPlanDialog::Mode>(mode), QStringLiteral("shop"));
    QCOMPARE(namesInGroup(dialog.tree(), group), names);
    QVERIFY(groupTitles(dialog.tree()).contains(QStringLiteral("%1 (%2)").arg(group).arg(names.size())));
}

void TestSyncDialogs::planDialogShowsVariableValuesOldToNew()
{
    SyncPlanDialog dialog(fullPlan(), SyncPlanDialog::Mode::Publish, QStringLiteral("shop"));
    const SyncPlan plan = dialog.plan();
    QTreeWidgetItem* row = dialog.rowForItem(indexOf(plan, QStringLiteral("GREETING")));
    QVERIFY(row);
    const QString change = row->text(2);
    QVERIFY2(change.indexOf(QStringLiteral("remote-GREETING")) >= 0
            && change.indexOf(QStringLiteral("remote-GREETING")) < change.indexOf(QStringLiteral("local-GREETING")),
        qPrintable(change));
}

void TestSyncDialogs::planDialogFitsLongNames()
{
    SyncPlan plan = fullPlan();
    const QString longName = QStringLiteral("PAYPAL_CLIENT_SECRET_FOR_THE_EU_SHOP");
    plan.items.append(planItem(Action::Add, ItemKind::Variable, longName));
    SyncPlanDialog dialog(plan, SyncPlanDialog::Mode::Publish, QStringLiteral("shop"));
    QTreeWidgetItem* row = dialog.rowForItem(indexOf(dialog.plan(), longName));
    QVERIFY(row);
    const int needed = dialog.tree()->fontMetrics().horizontalAdvance(longName) + dialog.tree()->indentation() * 2;
    QVERIFY2(dialog.tree()->columnWidth(0) >= needed,
        qPrintable(QStringLiteral("%1 < %2").arg(dialog.tree()->columnWidth(0)).arg(needed)));
}

void TestSyncDialogs::planDialogNeverShowsASecretValue()
{
    for (auto mode : {SyncPlanDialog::Mode::Publish, SyncPlanDialog::Mode::Pull}) {
        SyncPlanDialog dialog(fullPlan(), mode, QStringLiteral("shop"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QStringList strings = DialogTestSupport::exposedStrings(&dialog) + treeStrings(dialog.tree());
        // The check can see values: the variables' values are there.
        QVERIFY(strings.join(u'\n').contains(QStringLiteral("local-GREETING")));
        QVERIFY(!strings.join(u'\n').contains(kCanary));
        QVERIFY(strings.join(u'\n').contains(SecretsTableModel::valueMask()));

        // Nor the conflict dialog of a secret.
        const SyncPlan plan = fullPlan();
        ConflictDialog conflict(plan.items.at(indexOf(plan, QStringLiteral("BOTH_SECRET"))), mode);
        conflict.show();
        QVERIFY(QTest::qWaitForWindowExposed(&conflict));
        const QString conflictText = DialogTestSupport::exposedStrings(&conflict).join(u'\n');
        QVERIFY(!conflictText.contains(kCanary));
        QVERIFY(conflictText.contains(SecretsTableModel::valueMask()));
    }
}

void TestSyncDialogs::planDialogCallsARuleChangeARuleChange()
{
    SyncPlan plan = fullPlan();
    SyncPlanItem& ruleOnly = plan.items[indexOf(plan, QStringLiteral("DB_PASSWORD"))];
    ruleOnly.rotationOnly = true;
    ruleOnly.localRotation.policy.periodDays = 30;
    SyncPlanDialog dialog(plan, SyncPlanDialog::Mode::Publish, QStringLiteral("shop"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QString row;
    for (QTreeWidgetItemIterator it(dialog.tree()); *it; ++it) {
        QStringList cells;
        for (int column = 0; column < (*it)->columnCount(); ++column) {
            cells << (*it)->text(column) << (*it)->toolTip(column);
        }
        if (cells.join(u' ').contains(QStringLiteral("DB_PASSWORD"))) {
            row = cells.join(u' ');
        }
    }
    QVERIFY(!row.isEmpty());
    QVERIFY2(row.contains(QStringLiteral("rotation rule changed: Every 30 day")), qPrintable(row));
    QVERIFY2(!row.contains(QStringLiteral("new value")), qPrintable(row));
    QVERIFY(!row.contains(kCanary));
}

void TestSyncDialogs::publishIsDisabledUntilEveryConflictIsChosen()
{
    SyncPlanDialog dialog(fullPlan(), SyncPlanDialog::Mode::Publish, QStringLiteral("shop"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const SyncPlan plan = dialog.plan();
    const int secretConflict = indexOf(plan, QStringLiteral("BOTH_SECRET"));
    const int variableConflict = indexOf(plan, QStringLiteral("BOTH_VAR"));
    QVERIFY(!dialog.acceptButton()->isEnabled());

    auto* keep = dialog.findChild<QRadioButton*>(QStringLiteral("conflictChoice1_%1").arg(secretConflict));
    QVERIFY(keep);
    QTest::mouseClick(keep, Qt::LeftButton, {}, QPoint(4, keep->height() / 2));
    QVERIFY(keep->isChecked());
    QVERIFY(!dialog.acceptButton()->isEnabled());

    auto* take = dialog.findChild<QRadioButton*>(QStringLiteral("conflictChoice2_%1").arg(variableConflict));
    QVERIFY(take);
    QTest::mouseClick(take, Qt::LeftButton, {}, QPoint(4, take->height() / 2));
    QVERIFY(dialog.acceptButton()->isEnabled());
    QCOMPARE(dialog.plan().items.at(secretConflict).choice, Choice::KeepLocal);
    QCOMPARE(dialog.plan().items.at(variableConflict).choice, Choice::TakeRemote);
}

void TestSyncDialogs::deleteOnThePlatformIsOffByDefaultAndSetsDeleteRemote()
{
    SyncPlanDialog dialog(fullPlan(), SyncPlanDialog::Mode::Publish, QStringLiteral("shop"));
    const int index = indexOf(dialog.plan(), QStringLiteral("ONLY_THERE"));
    QTreeWidgetItem* row = dialog.rowForItem(index);
    QVERIFY(row);
    QCOMPARE(row->checkState(3), Qt::Unchecked);
    QVERIFY(!dialog.plan().items.at(index).deleteRemote);
    // As a person ticks it: the check box of the row's Choice cell.
    row->setCheckState(3, Qt::Checked);
    QVERIFY(dialog.plan().items.at(index).deleteRemote);
    row->setCheckState(3, Qt::Unchecked);
    QVERIFY(!dialog.plan().items.at(index).deleteRemote);
}

void TestSyncDialogs::pullLeavesUndecidedConflictsForLater()
{
    SyncPlanDialog dialog(fullPlan(), SyncPlanDialog::Mode::Pull, QStringLiteral("shop"));
    QVERIFY(dialog.acceptButton()->isEnabled());
    QCOMPARE(indexOf(dialog.plan(), QStringLiteral("BOTH_VAR")), -1);
    const int variableConflict = indexOf(fullPlan(), QStringLiteral("BOTH_VAR"));
    dialog.setConflictChoice(variableConflict, Choice::TakeRemote);
    const SyncPlan plan = dialog.plan();
    QCOMPARE(plan.items.at(indexOf(plan, QStringLiteral("BOTH_VAR"))).choice, Choice::TakeRemote);
    QCOMPARE(indexOf(plan, QStringLiteral("BOTH_SECRET")), -1);
}

void TestSyncDialogs::conflictDialogShowsBothSidesAndReturnsTheChoice_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<int>("choice");
    QTest::newRow("keep mine") << QStringLiteral("keepMineButton") << static_cast<int>(Choice::KeepLocal);
    QTest::newRow("take the platform's") << QStringLiteral("takePlatformButton")
                                         << static_cast<int>(Choice::TakeRemote);
}

void TestSyncDialogs::conflictDialogShowsBothSidesAndReturnsTheChoice()
{
    QFETCH(QString, button);
    QFETCH(int, choice);
    ConflictDialog dialog(
        planItem(Action::Conflict, ItemKind::Variable, QStringLiteral("BOTH_VAR")), ConflictDialog::Mode::Publish);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* local = child<QLabel>(&dialog, "localValueLabel");
    auto* remote = child<QLabel>(&dialog, "remoteValueLabel");
    QVERIFY(local && remote);
    QCOMPARE(local->text(), QStringLiteral("local-BOTH_VAR"));
    QCOMPARE(remote->text(), QStringLiteral("remote-BOTH_VAR"));
    QVERIFY(child<QLabel>(&dialog, "remoteChangedLabel")->text().contains(QStringLiteral("bob")));
    QVERIFY(child<QLabel>(&dialog, "remoteRevisionLabel")->text().contains(QStringLiteral("5")));
    QVERIFY(child<QLabel>(&dialog, "baseRevisionLabel")->text().contains(QStringLiteral("3")));

    auto* pushButton = dialog.findChild<QPushButton*>(button);
    QVERIFY(pushButton);
    QTest::mouseClick(pushButton, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(static_cast<int>(dialog.choice()), choice);
}

void TestSyncDialogs::resolveButtonAppliesTheConflictDialogsChoice()
{
    SyncPlanDialog dialog(fullPlan(), SyncPlanDialog::Mode::Publish, QStringLiteral("shop"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const int index = indexOf(dialog.plan(), QStringLiteral("BOTH_VAR"));
    auto* resolve = dialog.findChild<QPushButton*>(QStringLiteral("resolveConflictButton_%1").arg(index));
    QVERIFY(resolve);
    QTest::mouseClick(resolve, Qt::LeftButton);
    ConflictDialog* conflict = visibleDialog<ConflictDialog>(&dialog);
    QVERIFY(conflict);
    QTest::mouseClick(conflict->findChild<QPushButton*>(QStringLiteral("takePlatformButton")), Qt::LeftButton);
    QCOMPARE(dialog.plan().items.at(index).choice, Choice::TakeRemote);
    auto* take = dialog.findChild<QRadioButton*>(QStringLiteral("conflictChoice2_%1").arg(index));
    QVERIFY(take && take->isChecked());
}

// Its value never comes back from the platform: taking that side would leave this vault with a
// value the platform does not hold, so neither the plan nor the conflict dialog offers it.
void TestSyncDialogs::secretOnBothSidesCannotTakeThePlatformsSide()
{
    SyncPlanDialog dialog(fullPlan(), SyncPlanDialog::Mode::Publish, QStringLiteral("shop"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const int secret = indexOf(dialog.plan(), QStringLiteral("BOTH_SECRET"));
    const int variable = indexOf(dialog.plan(), QStringLiteral("BOTH_VAR"));
    auto* takeSecret = dialog.findChild<QRadioButton*>(QStringLiteral("conflictChoice2_%1").arg(secret));
    auto* takeVariable = dialog.findChild<QRadioButton*>(QStringLiteral("conflictChoice2_%1").arg(variable));
    QVERIFY(takeSecret && takeVariable);
    QVERIFY(!takeSecret->isEnabled());
    QVERIFY(takeSecret->toolTip().contains(QStringLiteral("never comes back")));
    QVERIFY(takeVariable->isEnabled());
    QTest::mouseClick(takeSecret, Qt::LeftButton, {}, QPoint(4, takeSecret->height() / 2));
    QCOMPARE(dialog.plan().items.at(secret).choice, Choice::Undecided);

    ConflictDialog conflict(
        planItem(Action::Conflict, ItemKind::Secret, QStringLiteral("BOTH_SECRET")), ConflictDialog::Mode::Publish);
    auto* take = conflict.findChild<QPushButton*>(QStringLiteral("takePlatformButton"));
    QVERIFY(take);
    QVERIFY(!take->isEnabled());
    QVERIFY(take->toolTip().contains(QStringLiteral("never comes back")));

    // Deleted on the platform: taking that side (removing it here) is possible.
    SyncPlanItem deleted = planItem(Action::Conflict, ItemKind::Secret, QStringLiteral("GONE_THERE"));
    deleted.remoteExists = false;
    ConflictDialog gone(deleted, ConflictDialog::Mode::Publish);
    QVERIFY(gone.findChild<QPushButton*>(QStringLiteral("takePlatformButton"))->isEnabled());
}

void TestSyncDialogs::itemAwaitingItsReplaySaysSo()
{
    SyncPlan plan = fullPlan();
    const int index = indexOf(plan, QStringLiteral("DB_PASSWORD"));
    plan.items[index].awaitingReplay = true;
    SyncPlanDialog dialog(plan, SyncPlanDialog::Mode::Publish, QStringLiteral("shop"));
    QTreeWidgetItem* row = dialog.rowForItem(index);
    QVERIFY(row);
    QVERIFY2(row->text(2).contains(QStringLiteral("answer was lost")), qPrintable(row->text(2)));
    QVERIFY(!treeStrings(dialog.findChild<QTreeWidget*>()).join(u' ').contains(kCanary));
}

void TestSyncDialogs::screenshots()
{
    SyncPlanDialog publish(fullPlan(), SyncPlanDialog::Mode::Publish, QStringLiteral("shop"));
    publish.show();
    QVERIFY(QTest::qWaitForWindowExposed(&publish));
    saveShot(&publish, QStringLiteral("sync-plan-publish"));
    SyncPlanDialog pull(fullPlan(), SyncPlanDialog::Mode::Pull, QStringLiteral("shop"));
    pull.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pull));
    saveShot(&pull, QStringLiteral("sync-plan-pull"));
    for (ItemKind kind : {ItemKind::Variable, ItemKind::Secret}) {
        ConflictDialog conflict(
            planItem(Action::Conflict, kind,
                kind == ItemKind::Secret ? QStringLiteral("BOTH_SECRET") : QStringLiteral("BOTH_VAR")),
            ConflictDialog::Mode::Publish);
        conflict.show();
        QVERIFY(QTest::qWaitForWindowExposed(&conflict));
        saveShot(&conflict,
            kind == ItemKind::Secret ? QStringLiteral("sync-conflict-secret")
                                     : QStringLiteral("sync-conflict-variable"));
    }
}

// --- Through the window ---------------------------------------------------------------------------

void TestSyncDialogs::startServer()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_platform = std::make_unique<SyncTestPlatform>();
    const QString error = m_platform->start(m_dir->path());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_url = m_platform->url();
    m_adminToken = m_platform->adminToken();
    m_developerToken = m_platform->developerToken();
    m_remoteProject = m_platform->projectId();
}

void TestSyncDialogs::openWindow(const QString& projectName)
{
    m_qsettings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("botvault.ini")), QSettings::IniFormat);
    m_settings = std::make_unique<AppSettings>(m_qsettings.get());
    const QString vaultPath = m_dir->filePath(QStringLiteral("vault.db"));
    m_settings->setVaultPath(vaultPath);
    QVERIFY(Vault::create(vaultPath, secret(kPassword), fastKdfParams()).ok());
    m_vault = std::make_unique<Vault>();
    QVERIFY(m_vault->unlock(vaultPath, secret(kPassword)).ok());
    auto added = m_vault->addProject(projectName);
    QVERIFY(added.ok());
    m_project = added->id;
    m_window = std::make_unique<MainWindow>(m_vault.get(), m_settings.get());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->projectsPanel()->selectProject(m_project);
    QTRY_COMPARE(m_window->page()->project(), m_project);
}

void TestSyncDialogs::bindThroughDialog(const QString& token)
{
    SyncController* sync = m_window->syncController();
    QVERIFY(sync->bindAction()->isEnabled());
    sync->bindAction()->trigger();
    auto* dialog = visibleDialog<RemoteBindingDialog>(m_window.get());
    QVERIFY(dialog);
    QTest::keyClicks(dialog->urlEdit(), m_url);
    QTest::keyClicks(dialog->tokenField()->lineEdit(), token);
    QTest::mouseClick(dialog->checkButton(), Qt::LeftButton);
    QTRY_VERIFY2(dialog->statusLabel()->text().startsWith(QStringLiteral("Connected as")),
        qPrintable(dialog->statusLabel()->text()));
    QComboBox* projects = dialog->remoteProjectCombo();
    QVERIFY(projects->findData(m_remoteProject) >= 0);
    projects->setCurrentIndex(projects->findData(m_remoteProject));
    saveShot(dialog, QStringLiteral("sync-binding-dialog"));
    QPointer<RemoteBindingDialog> guard(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("bindOkButton")), Qt::LeftButton);
    // Accepted, it closes and deletes itself; a failed check keeps it open with the reason.
    QString status;
    QTRY_VERIFY2((guard && (status = guard->statusLabel()->text()).isEmpty(), !guard || !guard->isVisible()),
        qPrintable(status));
    auto binding = m_vault->syncBinding(m_project);
    QVERIFY(binding.ok());
    QCOMPARE(binding->remoteProjectId, m_remoteProject);
}

RemoteBindingDialog* TestSyncDialogs::openBindDialog()
{
    m_window->syncController()->bindAction()->trigger();
    return visibleDialog<RemoteBindingDialog>(m_window.get());
}

void TestSyncDialogs::bindDialogEnterAfterCheckBinds()
{
    CHECKED(startServer());
    CHECKED(openWindow(QStringLiteral("shop")));
    RemoteBindingDialog* dialog = openBindDialog();
    QVERIFY(dialog);
    QComboBox* projects = dialog->remoteProjectCombo();
    QCOMPARE(projects->count(), 0); // no id to guess: the list comes from the platform
    QTest::keyClicks(dialog->urlEdit(), m_url);
    QTest::keyClicks(dialog->tokenField()->lineEdit(), m_adminToken);
    QTest::mouseClick(dialog->checkButton(), Qt::LeftButton);
    QTRY_VERIFY2(dialog->statusLabel()->text().startsWith(QStringLiteral("Connected as")),
        qPrintable(dialog->statusLabel()->text()));
    QCOMPARE(projects->count(), 1);
    QCOMPARE(projects->currentData().toLongLong(), m_remoteProject);
    QCOMPARE(projects->currentText(), QStringLiteral("#%1  shop").arg(m_remoteProject));

    // The focus is where the admin goes on, never on Cancel, and Enter runs Bind.
    QWidget* focus = QApplication::focusWidget();
    QVERIFY(focus);
    QVERIFY2(
        focus != dialog->findChild<QPushButton*>(QStringLiteral("bindCancelButton")), qPrintable(focus->objectName()));
    QCOMPARE(focus, projects);
    QPointer<RemoteBindingDialog> guard(dialog);
    QTest::keyClick(focus, Qt::Key_Return);
    QTRY_VERIFY(!guard || !guard->isVisible());
    auto binding = m_vault->syncBinding(m_project);
    QVERIFY(binding.ok());
    QCOMPARE(binding->remoteProjectId, m_remoteProject);
    QCOMPARE(binding->url, m_url);
}

void TestSyncDialogs::bindDialogNeverDropsATypedTokenSilently()
{
    CHECKED(startServer());
    CHECKED(openWindow(QStringLiteral("shop")));
    RemoteBindingDialog* dialog = openBindDialog();
    QVERIFY(dialog);
    QPointer<RemoteBindingDialog> guard(dialog);
    QTest::keyClicks(dialog->urlEdit(), m_url);
    QTest::keyClicks(dialog->tokenField()->lineEdit(), m_adminToken);

    // Escape asks; "Cancel" in the question keeps the dialog and the token.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    const int asked = MessageBox::promptCount();
    QTest::keyClick(dialog->urlEdit(), Qt::Key_Escape);
    QCOMPARE(MessageBox::promptCount(), asked + 1);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Discard the API token you typed?")),
        qPrintable(MessageBox::lastText()));
    QVERIFY(!MessageBox::lastText().contains(m_adminToken));
    QVERIFY(guard && guard->isVisible());
    QVERIFY(dialog->tokenField()->value().bytes().toByteArray() == m_adminToken.toUtf8());

    // So does the Cancel button.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("bindCancelButton")), Qt::LeftButton);
    QCOMPARE(MessageBox::promptCount(), asked + 2);
    QVERIFY(guard && guard->isVisible());
    QVERIFY(!dialog->tokenField()->isEmpty());

    // Discarding is a choice the admin makes; then nothing is bound.
    MessageBox::setNextAnswer(QMessageBox::Discard);
    QTest::keyClick(dialog->urlEdit(), Qt::Key_Escape);
    QTRY_VERIFY(!guard || !guard->isVisible());
    QVERIFY(!m_vault->syncBinding(m_project).ok());

    // Without a typed token there is nothing to lose, and nothing is asked.
    dialog = openBindDialog();
    QVERIFY(dialog);
    guard = dialog;
    const int before = MessageBox::promptCount();
    QTest::keyClick(dialog->urlEdit(), Qt::Key_Escape);
    QTRY_VERIFY(!guard || !guard->isVisible());
    QCOMPARE(MessageBox::promptCount(), before);
}

void TestSyncDialogs::bindDialogTabGoesFromTheTokenToCheck()
{
    CHECKED(startServer());
    CHECKED(openWindow(QStringLiteral("shop")));
    RemoteBindingDialog* dialog = openBindDialog();
    QVERIFY(dialog);
    // As in Create vault: the eye button is no stop (Ctrl+H shows the token), so with a token
    // typed, Tab goes from the token straight to Check.
    PasswordField* token = dialog->tokenField();
    QTest::keyClicks(dialog->urlEdit(), m_url);
    token->lineEdit()->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), token->lineEdit());
    QTest::keyClicks(token->lineEdit(), m_adminToken);
    QTest::keyClick(token->lineEdit(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(dialog->checkButton()));
    QCOMPARE(token->revealButton()->focusPolicy(), Qt::NoFocus);
}

void TestSyncDialogs::bindDialogRefusesAProjectThePlatformDoesNotHave()
{
    CHECKED(startServer());
    CHECKED(openWindow(QStringLiteral("shop")));
    const qint64 missing = m_remoteProject + 987654;
    QVERIFY(m_vault->setRemoteBinding(m_project, m_url, missing, secret(m_adminToken)).ok());
    RemoteBindingDialog* dialog = openBindDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isEditing());
    QPointer<RemoteBindingDialog> guard(dialog);
    // Save with the stored token: the check finds no such project and nothing changes.
    QTest::keyClick(dialog->urlEdit(), Qt::Key_Return);
    QTRY_VERIFY(!guard || guard->statusLabel()->text().contains(QStringLiteral("has no project #%1").arg(missing)));
    QVERIFY2(guard && guard->isVisible(), "the dialog closed: the missing project was accepted");
    QVERIFY2(dialog->statusLabel()->text().contains(QStringLiteral("nothing was bound")),
        qPrintable(dialog->statusLabel()->text()));
    QCOMPARE(m_vault->syncBinding(m_project)->remoteProjectId, missing);
    // The projects that exist are offered instead, and one of them is bound with Enter.
    QComboBox* projects = dialog->remoteProjectCombo();
    QCOMPARE(projects->count(), 1);
    QCOMPARE(projects->currentData().toLongLong(), m_remoteProject);
    QCOMPARE(QApplication::focusWidget(), projects);
    QTest::keyClick(projects, Qt::Key_Return);
    QTRY_VERIFY(!guard || !guard->isVisible());
    QCOMPARE(m_vault->syncBinding(m_project)->remoteProjectId, m_remoteProject);
}

SyncPlanDialog* TestSyncDialogs::waitForPlanDialog(QSignalSpy& spy, int count)
{
    if (!QTest::qWaitFor([&] { return spy.count() >= count; }, 20000)) {
        return nullptr;
    }
    return spy.at(count - 1).at(0).value<SyncPlanDialog*>();
}

void TestSyncDialogs::bindAndPublishThroughTheWindow()
{
    CHECKED(startServer());
    CHECKED(openWindow(QStringLiteral("shop")));
    QVERIFY(m_vault->setSecret(m_project, QStringLiteral("API_KEY"), secret(kCanary)).ok());
    QVERIFY(m_vault->setVariable(m_project, QStringLiteral("GREETING"), QStringLiteral("Привет,\nмир")).ok());
    SyncController* sync = m_window->syncController();
    QVERIFY(!sync->statusLabel()->isVisible()); // nothing for an unbound project
    QVERIFY(!sync->publishAction()->isEnabled());

    CHECKED(bindThroughDialog(m_adminToken));
    saveShot(m_window.get(), QStringLiteral("sync-window-bound"));
    QTRY_VERIFY(sync->statusLabel()->isVisible());
    QTRY_VERIFY2(
        sync->statusLabel()->text().contains(QStringLiteral("2 change")), qPrintable(sync->statusLabel()->text()));
    SecretsTab* secrets = m_window->page()->secretsTab();
    QTableView* table = secrets->view()->table();
    const QModelIndex nameIndex = table->model()->index(0, SecretsTableModel::NameColumn);
    QTRY_COMPARE(secrets->nameDelegate()->tagsFor(nameIndex), QStringList {UnusedNameDelegate::pendingTagText()});

    QSignalSpy planSpy(sync, &SyncController::planDialogOpened);
    QVERIFY(sync->publishAction()->isEnabled());
    sync->publishAction()->trigger();
    SyncPlanDialog* plan = waitForPlanDialog(planSpy, 1);
    QVERIFY(plan);
    QCOMPARE(namesInGroup(plan->tree(), SyncPlanDialog::groupTitle(SyncPlanDialog::Group::ToAdd, plan->mode())),
        (QStringList {QStringLiteral("API_KEY"), QStringLiteral("GREETING")}));
    QVERIFY(!(DialogTestSupport::exposedStrings(plan) + treeStrings(plan->tree())).join(u'\n').contains(kCanary));
    saveShot(plan, QStringLiteral("sync-plan-first-publish"));
    QVERIFY(plan->acceptButton()->isEnabled());
    QTest::mouseClick(plan->acceptButton(), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Published")), 20000);
    QCOMPARE(m_platform->variableValue(QStringLiteral("GREETING")), std::optional(QStringLiteral("Привет,\nмир")));
    QCOMPARE(m_platform->secretValue(QStringLiteral("API_KEY")), std::optional(kCanary));
    // The vault's audit log records the publish with its counts and outcome.
    const Result<QList<AuditEntry>> entries = m_vault->auditEntries();
    QVERIFY(entries.ok());
    QCOMPARE(entries->constLast().action, AuditAction::Published);
    QCOMPARE(entries->constLast().detail, QStringLiteral("written=2 deleted=0 sent=2 outcome=done"));

    QTRY_VERIFY2(
        sync->statusLabel()->text().contains(QStringLiteral("up to date")), qPrintable(sync->statusLabel()->text()));
    QVERIFY(sync->statusLabel()->text().contains(QStringLiteral("ann @ 127.0.0.1")));
    QTRY_VERIFY(secrets->nameDelegate()->tagsFor(nameIndex).isEmpty());
    QVERIFY(!DialogTestSupport::exposedStrings(m_window.get()).join(u'\n').contains(kCanary));
}

void TestSyncDialogs::developerTokenDisablesTheSecretsTab()
{
    CHECKED(startServer());
    CHECKED(openWindow(QStringLiteral("shop")));
    QVERIFY(m_vault->setVariable(m_project, QStringLiteral("GREETING"), QStringLiteral("hello")).ok());
    CHECKED(bindThroughDialog(m_developerToken));
    SyncController* sync = m_window->syncController();
    QSignalSpy planSpy(sync, &SyncController::planDialogOpened);
    sync->publishAction()->trigger();
    SyncPlanDialog* plan = waitForPlanDialog(planSpy, 1);
    QVERIFY(plan);
    plan->reject();

    ItemTableView* view = m_window->page()->secretsTab()->view();
    QTRY_VERIFY(!view->editingAllowed());
    QVERIFY(!view->addButton()->isEnabled());
    QCOMPARE(view->addButton()->toolTip(),
        QStringLiteral("Your platform account dev has the roles DEVELOPER; adding, editing and deleting secrets needs "
                       "SYSTEM_ADMIN."));
    // Variables stay writable for a developer.
    QVERIFY(m_window->page()->variablesTab()->view()->editingAllowed());
}

void TestSyncDialogs::conflictFoundWhilePublishingReopensThePlan()
{
    CHECKED(startServer());
    CHECKED(openWindow(QStringLiteral("shop")));
    QVERIFY(m_vault->setVariable(m_project, QStringLiteral("GREETING"), QStringLiteral("hello")).ok());
    CHECKED(bindThroughDialog(m_adminToken));
    SyncController* sync = m_window->syncController();
    QSignalSpy planSpy(sync, &SyncController::planDialogOpened);
    sync->publishAction()->trigger();
    SyncPlanDialog* first = waitForPlanDialog(planSpy, 1);
    QVERIFY(first);
    QTest::mouseClick(first->acceptButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(sync->statusLabel()->text().contains(QStringLiteral("up to date")), 20000);

    // Changed here; the plan shows it; then someone changes it on the platform before Publish.
    QVERIFY(m_vault->setVariable(m_project, QStringLiteral("GREETING"), QStringLiteral("mine")).ok());
    sync->publishAction()->trigger();
    SyncPlanDialog* second = waitForPlanDialog(planSpy, 2);
    QVERIFY(second);
    QVERIFY(m_platform->putVariable(QStringLiteral("GREETING"), QStringLiteral("theirs"), QStringLiteral("bob")));
    QTest::mouseClick(second->acceptButton(), Qt::LeftButton);

    SyncPlanDialog* reopened = waitForPlanDialog(planSpy, 3);
    QVERIFY(reopened);
    QVERIFY(reopened->findChild<QLabel*>(QStringLiteral("syncPlanNotice"))->isVisible());
    QCOMPARE(
        namesInGroup(reopened->tree(), SyncPlanDialog::groupTitle(SyncPlanDialog::Group::Conflicts, reopened->mode())),
        QStringList {QStringLiteral("GREETING")});
    QVERIFY(!reopened->acceptButton()->isEnabled());
    saveShot(reopened, QStringLiteral("sync-plan-reopened-conflict"));
    const SyncPlan plan = reopened->plan();
    const int index = indexOf(plan, QStringLiteral("GREETING"));
    QCOMPARE(plan.items.at(index).remoteValue, QStringLiteral("theirs"));
    auto* keep = reopened->findChild<QRadioButton*>(QStringLiteral("conflictChoice1_%1").arg(index));
    QVERIFY(keep);
    QTest::mouseClick(keep, Qt::LeftButton, {}, QPoint(4, keep->height() / 2));
    QVERIFY(reopened->acceptButton()->isEnabled());
    QSignalSpy messages(sync, &SyncController::statusMessage);
    QTest::mouseClick(reopened->acceptButton(), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(!messages.isEmpty(), 20000);
    QVERIFY2(messages.constFirst().constFirst().toString().startsWith(QStringLiteral("Published")),
        qPrintable(messages.constFirst().constFirst().toString()));
    QCOMPARE(m_platform->variableValue(QStringLiteral("GREETING")).value_or(QStringLiteral("(none)")),
        QStringLiteral("mine"));
    QTRY_VERIFY(sync->statusLabel()->text().contains(QStringLiteral("up to date")));
}

void TestSyncDialogs::cancelDuringALongPublishLeavesTheRestQueued()
{
    CHECKED(startServer());
    CHECKED(openWindow(QStringLiteral("shop")));
    CHECKED(bindThroughDialog(m_adminToken));
    constexpr int kCount = 2500;
    QList<Vault::ImportItem> items;
    for (int i = 0; i < kCount; ++i) {
        items.append(TestSupport::importedVariable(
            QStringLiteral("VAR_%1").arg(i, 4, 10, QLatin1Char('0')), QStringLiteral("value %1").arg(i)));
    }
    QVERIFY(m_vault->applyImport(TestSupport::importInto(m_project, items)).ok());
    QCOMPARE(m_vault->outboxCount(m_project).value(), kCount);

    SyncController* sync = m_window->syncController();
    QSignalSpy planSpy(sync, &SyncController::planDialogOpened);
    sync->publishAction()->trigger();
    SyncPlanDialog* plan = waitForPlanDialog(planSpy, 1);
    QVERIFY(plan);
    QTest::mouseClick(plan->acceptButton(), Qt::LeftButton);
    SyncOperation* operation = sync->runningOperation();
    QVERIFY(operation);
    QCOMPARE(operation->kind(), SyncOperation::Kind::Publish);
    // Cancel as soon as some changes were sent, as a person pressing Cancel in the progress dialog.
    bool cancelled = false;
    connect(operation, &SyncOperation::progress, this, [&cancelled, sync](int done, int total) {
        if (done > 0 && total == kCount && !cancelled && sync->progressDialog()) {
            cancelled = true;
            sync->progressDialog()->findChild<QPushButton*>(QStringLiteral("syncCancelButton"))->click();
        }
    });
    QTRY_VERIFY_WITH_TIMEOUT(m_window->statusBar()->currentMessage().contains(QStringLiteral("cancelled")), 30000);
    QVERIFY(cancelled);
    const int queued = m_vault->outboxCount(m_project).value();
    const int onServer = m_platform->variableCount();
    QVERIFY2(queued > 0 && queued < kCount,
        qPrintable(QStringLiteral("%1 queued, %2 on the platform").arg(queued).arg(onServer)));
    // Nothing lost: what was not delivered is still queued.
    QCOMPARE(onServer + queued, kCount);
    QTRY_VERIFY(sync->statusLabel()->text().contains(QStringLiteral("to publish")));
}

void TestSyncDialogs::unbindAsksAndDropsTheQueue()
{
    CHECKED(startServer());
    CHECKED(openWindow(QStringLiteral("shop")));
    CHECKED(bindThroughDialog(m_adminToken));
    QVERIFY(m_vault->setVariable(m_project, QStringLiteral("GREETING"), QStringLiteral("hello")).ok());
    SyncController* sync = m_window->syncController();
    QTRY_VERIFY(sync->unbindAction()->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    sync->unbindAction()->trigger();
    // "1 change(s)" until the English plural forms of the new strings are in botvault_en.ts.
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("1 change")), qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("not published yet will be dropped")));
    QVERIFY(m_vault->syncBinding(m_project).ok());

    MessageBox::setNextAnswer(QMessageBox::Yes);
    sync->unbindAction()->trigger();
    QVERIFY(!m_vault->syncBinding(m_project).ok());
    QTRY_VERIFY(!sync->statusLabel()->isVisible());
    QVERIFY(!sync->publishAction()->isEnabled());
}

BOTVAULT_WIDGET_TEST_MAIN(TestSyncDialogs)
#include "TestSyncDialogs.moc"
