#include "models/VariablesTableModel.h"
#include "storage/Vault.h"
#include "sync/SyncPlan.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"
#include "tests/widgets/SyncTestPlatform.h"
#include "ui/AppSettings.h"
#include "ui/MainWindow.h"
#include "ui/ProjectsPanel.h"
#include "ui/SecretsAndVariablesPage.h"
#include "ui/SyncController.h"
#include "ui/SyncPlanDialog.h"
#include "ui/Translations.h"
#include "ui/VariablesTab.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using TestSupport::fastKdfParams;
using TestSupport::secret;

namespace {

const QString kPassword = QStringLiteral("correct horse battery staple");
const QString kMine
    = QStringLiteral("https://mine.example.test/webhooks/telegram/a-rather-long-path/that-does-not-fit");
const QString kTheirs
    = QStringLiteral("https://theirs.example.test/webhooks/telegram/another-long-path/that-does-not-fit-either");

#define CHECKED(call)                                                                                                  \
    do {                                                                                                               \
        call;                                                                                                          \
        if (QTest::currentTestFailed()) {                                                                              \
            return;                                                                                                    \
        }                                                                                                              \
    } while (false)

} // namespace

// The sync state told in the status bar and in the publish plan's header never contradicts the
// plan: a conflict is not "nothing to publish", a change waiting on the platform is not "up to
// date", and a conflict row shows both values from their start. Against the in-process platform.
class TestSyncStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void unpulledPlatformChangeIsNotUpToDate();
    void conflictIsNotNothingToPublish();
    void conflictRowShowsBothValuesFromTheirStart();
    void pulledValueKeepsThePlatformsAuthorAndTime();

private:
    // A window on a vault whose project GREETING was published once (the status is "up to date").
    void openPublishedWindow();
    SyncPlanDialog* openPublishPlan();
    QString statusText() const { return m_window->syncController()->statusLabel()->text(); }
    QString summaryOf(SyncPlanDialog* dialog) const
    {
        return dialog->findChild<QLabel*>(QStringLiteral("syncPlanSummary"))->text();
    }
    QTreeWidgetItem* rowNamed(SyncPlanDialog* dialog, const QString& name) const;
    int changeColumn(SyncPlanDialog* dialog) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SyncTestPlatform> m_platform;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<MainWindow> m_window;
    ProjectId m_project = 0;
    int m_plansOpened = 0;
    std::unique_ptr<QSignalSpy> m_planSpy;
};

void TestSyncStatus::initTestCase()
{
    Translations::install(QCoreApplication::instance(), QStringLiteral("en"));
    QApplication::setQuitOnLastWindowClosed(false);
}

void TestSyncStatus::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_platform = std::make_unique<SyncTestPlatform>();
    const QString error = m_platform->start(m_dir->path());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_plansOpened = 0;
}

void TestSyncStatus::cleanup()
{
    m_planSpy.reset();
    m_window.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_vault.reset();
    m_settings.reset();
    m_qsettings.reset();
    m_platform.reset();
    m_dir.reset();
}

void TestSyncStatus::openPublishedWindow()
{
    m_qsettings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("botvault.ini")), QSettings::IniFormat);
    m_settings = std::make_unique<AppSettings>(m_qsettings.get());
    const QString vaultPath = m_dir->filePath(QStringLiteral("vault.db"));
    m_settings->setVaultPath(vaultPath);
    QVERIFY(Vault::create(vaultPath, secret(kPassword), fastKdfParams()).ok());
    m_vault = std::make_unique<Vault>();
    QVERIFY(m_vault->unlock(vaultPath, secret(kPassword)).ok());
    auto added = m_vault->addProject(QStringLiteral("shop"));
    QVERIFY(added.ok());
    m_project = added->id;
    QVERIFY(m_vault->setVariable(m_project, QStringLiteral("GREETING"), QStringLiteral("hello")).ok());
    QVERIFY(
        m_vault
            ->setRemoteBinding(m_project, m_platform->url(), m_platform->projectId(), secret(m_platform->adminToken()))
            .ok());
    m_window = std::make_unique<MainWindow>(m_vault.get(), m_settings.get());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->projectsPanel()->selectProject(m_project);
    QTRY_COMPARE(m_window->page()->project(), m_project);
    m_planSpy = std::make_unique<QSignalSpy>(m_window->syncController(), &SyncController::planDialogOpened);

    SyncPlanDialog* first = openPublishPlan();
    QVERIFY(first);
    QTest::mouseClick(first->acceptButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(statusText().contains(QStringLiteral("up to date")), 20000);
}

SyncPlanDialog* TestSyncStatus::openPublishPlan()
{
    SyncController* sync = m_window->syncController();
    if (!QTest::qWaitFor([sync] { return sync->publishAction()->isEnabled(); }, 20000)) {
        return nullptr;
    }
    sync->publishAction()->trigger();
    ++m_plansOpened;
    if (!QTest::qWaitFor([this] { return m_planSpy->count() >= m_plansOpened; }, 20000)) {
        return nullptr;
    }
    return m_planSpy->at(m_plansOpened - 1).at(0).value<SyncPlanDialog*>();
}

QTreeWidgetItem* TestSyncStatus::rowNamed(SyncPlanDialog* dialog, const QString& name) const
{
    const SyncPlan plan = dialog->plan();
    for (int index = 0; index < plan.items.size(); ++index) {
        if (plan.items.at(index).name == name) {
            return dialog->rowForItem(index);
        }
    }
    return nullptr;
}

int TestSyncStatus::changeColumn(SyncPlanDialog* dialog) const
{
    QTreeWidget* tree = dialog->tree();
    for (int column = 0; column < tree->columnCount(); ++column) {
        if (tree->headerItem()->text(column) == QStringLiteral("Change")) {
            return column;
        }
    }
    return -1;
}

void TestSyncStatus::unpulledPlatformChangeIsNotUpToDate()
{
    CHECKED(openPublishedWindow());
    QVERIFY(m_platform->putVariable(QStringLiteral("GREETING"), QStringLiteral("theirs"), QStringLiteral("bob")));

    // Looking at the plan lists the platform; the header and then the status bar both tell it.
    SyncPlanDialog* plan = openPublishPlan();
    QVERIFY(plan);
    QVERIFY2(summaryOf(plan).contains(QStringLiteral("made on the platform")), qPrintable(summaryOf(plan)));
    plan->reject();
    QTRY_VERIFY2(statusText().contains(QStringLiteral("to pull")), qPrintable(statusText()));
    QVERIFY2(!statusText().contains(QStringLiteral("up to date")), qPrintable(statusText()));
    QVERIFY2(!statusText().contains(QStringLiteral("to publish")), qPrintable(statusText()));

    // A local change counts as to publish beside it, without another look at the platform.
    QVERIFY(m_vault->setVariable(m_project, QStringLiteral("FAREWELL"), QStringLiteral("bye")).ok());
    QTRY_VERIFY2(statusText().contains(QStringLiteral("to publish")), qPrintable(statusText()));
    QVERIFY2(statusText().contains(QStringLiteral("to pull")), qPrintable(statusText()));
}

void TestSyncStatus::conflictIsNotNothingToPublish()
{
    CHECKED(openPublishedWindow());
    QVERIFY(m_vault->setVariable(m_project, QStringLiteral("GREETING"), kMine).ok());
    QVERIFY(m_platform->putVariable(QStringLiteral("GREETING"), kTheirs, QStringLiteral("bob")));

    SyncPlanDialog* plan = openPublishPlan();
    QVERIFY(plan);
    QCOMPARE(summarizeSyncPlan(plan->plan()).conflicts, 1);
    const QString summary = summaryOf(plan);
    QVERIFY2(!summary.contains(QStringLiteral("Nothing changed here needs publishing")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("conflict with the platform project")), qPrintable(summary));
    plan->reject();

    QTRY_VERIFY2(statusText().contains(QStringLiteral("conflict")), qPrintable(statusText()));
    QVERIFY2(!statusText().contains(QStringLiteral("up to date")), qPrintable(statusText()));
    QVERIFY2(!statusText().contains(QStringLiteral("to publish")), qPrintable(statusText()));
}

void TestSyncStatus::conflictRowShowsBothValuesFromTheirStart()
{
    CHECKED(openPublishedWindow());
    QVERIFY(m_vault->setVariable(m_project, QStringLiteral("GREETING"), kMine).ok());
    QVERIFY(m_platform->putVariable(QStringLiteral("GREETING"), kTheirs, QStringLiteral("bob")));
    SyncPlanDialog* plan = openPublishPlan();
    QVERIFY(plan);
    QTreeWidgetItem* row = rowNamed(plan, QStringLiteral("GREETING"));
    QVERIFY(row);

    const int column = changeColumn(plan);
    QVERIFY(column >= 0);
    const QString change = row->text(column);
    const QStringList lines = change.split(u'\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).endsWith(kMine), qPrintable(change));
    QVERIFY2(lines.at(1).endsWith(kTheirs), qPrintable(change));
    QCOMPARE(row->toolTip(column), change);

    // Too long for the column, each side is cut in its middle, so its start stays readable.
    QTreeWidget* tree = plan->tree();
    QCOMPARE(tree->textElideMode(), Qt::ElideMiddle);
    const int width = tree->columnWidth(column);
    const QFontMetrics metrics(tree->font());
    QVERIFY(metrics.horizontalAdvance(lines.at(1)) > width);
    const QString shown = metrics.elidedText(lines.at(1), tree->textElideMode(), width);
    QVERIFY2(shown.contains(QStringLiteral("https://theirs")), qPrintable(shown));
    plan->reject();
}

BOTVAULT_WIDGET_TEST_MAIN(TestSyncStatus)
void TestSyncStatus::pulledValueKeepsThePlatformsAuthorAndTime()
{
    CHECKED(openPublishedWindow());
    // Another login changes the value on the platform, a while after this vault's own write.
    QTest::qWait(50);
    QVERIFY(m_platform->putVariable(QStringLiteral("GREETING"), kTheirs, QStringLiteral("dev")));
    const std::optional<QDateTime> writtenThere = m_platform->variableUpdatedAt(QStringLiteral("GREETING"));
    QVERIFY(writtenThere && writtenThere->isValid());
    QTest::qWait(50); // the pull happens later than the platform's write

    SyncController* sync = m_window->syncController();
    QVERIFY(sync->pullAction()->isEnabled());
    sync->pullAction()->trigger();
    ++m_plansOpened;
    QTRY_VERIFY_WITH_TIMEOUT(m_planSpy->count() >= m_plansOpened, 20000);
    auto* plan = m_planSpy->at(m_plansOpened - 1).at(0).value<SyncPlanDialog*>();
    QVERIFY(plan);
    QVERIFY(plan->acceptButton()->isEnabled());
    QTest::mouseClick(plan->acceptButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Pulled")), 20000);

    auto variables = m_vault->variables(m_project);
    QVERIFY(variables.ok());
    QCOMPARE(variables->size(), 1);
    QCOMPARE(variables->first().value, kTheirs);
    QCOMPARE(variables->first().updatedBy, QStringLiteral("platform:dev"));
    QCOMPARE(variables->first().updated, *writtenThere);

    // The row says whose value it is and when the platform took it, not the pull's actor and time.
    m_window->page()->tabs()->setCurrentWidget(m_window->page()->variablesTab());
    VariablesTableModel* model = m_window->page()->variablesTab()->model();
    QTRY_COMPARE(model->totalCount(), 1);
    QTRY_COMPARE(model->rowCount(), 1);
    const QModelIndex updated = model->index(0, VariablesTableModel::UpdatedColumn);
    QTRY_COMPARE(updated.data().toString(), QLocale().toString(writtenThere->toLocalTime(), QLocale::ShortFormat));
    const QString toolTip = updated.data(Qt::ToolTipRole).toString();
    QVERIFY2(toolTip.contains(QStringLiteral("by dev (platform)")), qPrintable(toolTip));
    QVERIFY2(
        toolTip.startsWith(QLocale().toString(writtenThere->toLocalTime(), QLocale::LongFormat)), qPrintable(toolTip));
}

#include "TestSyncStatus.moc"
