#include "models/ProjectListModel.h"
#include "storage/Vault.h"
#include "sync/ChannelService.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"
#include "tests/widgets/ChannelTestPlatform.h"
#include "tests/widgets/DialogTestSupport.h"
#include "ui/AppSettings.h"
#include "ui/ChannelsController.h"
#include "ui/ChannelsPanel.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/PasswordField.h"
#include "ui/ProjectsPanel.h"
#include "ui/RemoteBindingDialog.h"
#include "ui/SecretsAndVariablesPage.h"
#include "ui/SyncController.h"
#include "ui/SyncPlanDialog.h"
#include "ui/TestWidgetPanel.h"
#include "ui/Translations.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

#include <algorithm>
#include <memory>

using DialogTestSupport::visibleDialog;
using TestSupport::fastKdfParams;
using TestSupport::secret;
using TestSupport::secure;

namespace {

const QString kPassword = QStringLiteral("correct horse battery staple");
const QString kSecretValue = QStringLiteral("CANARY-s3cr3t-7d2e");

#define CHECKED(call)                                                                                                  \
    do {                                                                                                               \
        call;                                                                                                          \
        if (QTest::currentTestFailed()) {                                                                              \
            return;                                                                                                    \
        }                                                                                                              \
    } while (false)

DeployInfo deploy(qint64 id, const QString& status, const QString& errorMessage = QString())
{
    DeployInfo info;
    info.id = id;
    info.taskId = id + 100;
    info.status = status;
    info.requestedAt = QDateTime(QDate(2025, 3, 4), QTime(9, 50), Qt::UTC);
    info.finishedAt = info.requestedAt.addSecs(1);
    info.requestedBy = QStringLiteral("ann");
    info.variableCount = 3;
    if (!errorMessage.isEmpty()) {
        info.errorCode = QStringLiteral("script_error");
        info.errorMessage = errorMessage;
    }
    return info;
}

ChannelInfo channel(qint64 id, const QString& type, const QString& name)
{
    ChannelInfo info;
    info.id = id;
    info.type = type;
    info.name = name;
    return info;
}

PendingVariable pending(const QString& name, const QString& change)
{
    PendingVariable variable;
    variable.name = name;
    variable.change = change;
    return variable;
}

// A Telegram channel listed before the test widget (the chooser must still pick the test widget),
// one of each status, and a type this client does not know.
QList<ChannelInfo> handMadeChannels()
{
    ChannelInfo telegram = channel(9, QStringLiteral("TELEGRAM"), QStringLiteral("Support bot"));
    telegram.lastDeploy
        = deploy(20, QStringLiteral("FAILED"), QStringLiteral("SyntaxError: Unexpected token at line 14."));
    telegram.activeDeployId = 0;
    telegram.pendingVariableCount = 2;
    telegram.pendingVariables = {pending(QStringLiteral("GREETING"), QStringLiteral("CHANGED")),
        pending(QStringLiteral("OLD_VAR"), QStringLiteral("REMOVED"))};

    ChannelInfo testWidget = channel(7, QStringLiteral("TEST_WIDGET"), QStringLiteral("Test widget"));
    testWidget.lastDeploy = deploy(12, QStringLiteral("SUCCEEDED"));
    testWidget.activeDeployId = 12;

    ChannelInfo chat = channel(11, QStringLiteral("CHAT_WIDGET"), QStringLiteral("Site chat"));
    chat.lastDeploy = deploy(21, QStringLiteral("RUNNING"));
    chat.activeDeployId = 12;
    chat.pendingVariableCount = 1;
    chat.pendingVariables = {pending(QStringLiteral("NEW_VAR"), QStringLiteral("ADDED"))};

    ChannelInfo viber = channel(13, QStringLiteral("VIBER"), QStringLiteral("Viber"));
    return {telegram, testWidget, chat, viber};
}

QTreeWidgetItem* rowNamed(QTreeWidget* tree, const QString& name)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(ChannelsPanel::NameColumn) == name) {
            return tree->topLevelItem(i);
        }
    }
    return nullptr;
}

// Everything the window shows or tells an assistive tool, including the tree's cells and the
// transcript's text and markup.
QString everythingShown(QWidget* window, QTreeWidget* tree, QTextBrowser* transcript)
{
    QStringList strings = DialogTestSupport::exposedStrings(window);
    std::function<void(QTreeWidgetItem*)> walk = [&](QTreeWidgetItem* item) {
        for (int column = 0; column < item->columnCount(); ++column) {
            strings << item->text(column) << item->toolTip(column);
        }
        for (int i = 0; i < item->childCount(); ++i) {
            walk(item->child(i));
        }
    };
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        walk(tree->topLevelItem(i));
    }
    strings << transcript->toPlainText() << transcript->toHtml();
    return strings.join(u'\n');
}

void saveShot(QWidget* widget, const QString& name)
{
    QDir().mkpath(QStringLiteral("/tmp/shots"));
    QApplication::processEvents();
    widget->grab().save(QStringLiteral("/tmp/shots/%1.png").arg(name));
}

// Types `input` and sends it with Ctrl+Enter, as a person at the keyboard would.
void sendInput(TestWidgetPanel* panel, const QString& input)
{
    panel->activateWindow();
    panel->inputEdit()->setFocus();
    QVERIFY(QTest::qWaitFor([panel] { return panel->inputEdit()->hasFocus(); }));
    panel->inputEdit()->clear();
    QTest::keyClicks(panel->inputEdit(), input);
    QTest::keyClick(panel->inputEdit(), Qt::Key_Return, Qt::ControlModifier);
}

} // namespace

class TestChannelsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    // The panels with hand-made data.
    void typeLabels_data();
    void typeLabels();
    void tableShowsEachChannelsDeployAndStatus();
    void pendingVariablesShowInTooltipAndChildRows();
    void unboundPanelOffersToBind();
    void deployButtonsFollowSelectionAndRoles();
    void testWidgetIsTheDefaultChannel();
    void ctrlEnterSendsTheInputAsExpressionOrMessage();
    void transcriptShowsMaskedBadgeErrorsAndTruncation();
    void transcriptShowsWhichSecretValuesTheBotRanWith();
    void deniedRoleDisablesTheTestWidgetWithTheReason();
    void deployAllOrderPutsTheTestWidgetFirst();

    // Through the real main window, a real vault and an in-process reference server.
    void deployAllAsksFirstWhenTheTestWidgetLags_data();
    void deployAllAsksFirstWhenTheTestWidgetLags();
    void publishDeployAndTalkToTheTestWidget();
    void viewerCannotDeployOrTalk();
    void developerTalksWithStandInSecrets();
    void lockingClearsTheTranscript();
    void sentInputIsClearedAndUpDownWalkTheHistory();
    void changingTheProjectClearsTheInput();

private:
    void startServer();
    void openWindow();
    void bindThroughDialog(const QString& token);
    void publishThroughTheWindow();
    void showChannelsAndWaitForListing(int channels);
    // The details of the vault's audit entries of deploys, oldest first.
    QStringList deployAuditDetails() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ChannelTestPlatform> m_platform;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<MainWindow> m_window;
    ProjectId m_project = 0;
};

void TestChannelsPanel::initTestCase()
{
    Translations::install(QCoreApplication::instance(), QStringLiteral("en"));
    QApplication::setQuitOnLastWindowClosed(false);
    qRegisterMetaType<QMessageBox*>();
    qRegisterMetaType<QDialog*>();
}

void TestChannelsPanel::cleanup()
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

// --- Hand-made data ---------------------------------------------------------------------------------

void TestChannelsPanel::typeLabels_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("label");
    QTest::newRow("test widget") << QStringLiteral("TEST_WIDGET") << QStringLiteral("Test widget");
    QTest::newRow("telegram") << QStringLiteral("TELEGRAM") << QStringLiteral("Telegram");
    QTest::newRow("chat widget") << QStringLiteral("CHAT_WIDGET") << QStringLiteral("Chat widget");
    QTest::newRow("chat api") << QStringLiteral("CHAT_API") << QStringLiteral("Chat API");
    QTest::newRow("unknown, as it is") << QStringLiteral("VIBER") << QStringLiteral("VIBER");
}

void TestChannelsPanel::typeLabels()
{
    QFETCH(QString, type);
    QFETCH(QString, label);
    ChannelsPanel panel;
    panel.setBound(true);
    panel.setChannels({channel(1, type, QStringLiteral("x"))});
    QCOMPARE(panel.tree()->topLevelItem(0)->text(ChannelsPanel::TypeColumn), label);
}

void TestChannelsPanel::tableShowsEachChannelsDeployAndStatus()
{
    ChannelsPanel panel;
    panel.setBound(true);
    panel.setChannels(handMadeChannels());
    QTreeWidget* tree = panel.tree();
    QCOMPARE(tree->topLevelItemCount(), 4);

    QTreeWidgetItem* telegram = rowNamed(tree, QStringLiteral("Support bot"));
    QVERIFY(telegram);
    QCOMPARE(telegram->text(ChannelsPanel::DeployedColumn), QStringLiteral("never"));
    QCOMPARE(telegram->text(ChannelsPanel::StatusColumn), QStringLiteral("Failed"));
    QCOMPARE(
        telegram->toolTip(ChannelsPanel::StatusColumn), QStringLiteral("SyntaxError: Unexpected token at line 14."));

    QTreeWidgetItem* testWidget = rowNamed(tree, QStringLiteral("Test widget"));
    QVERIFY(testWidget);
    const QDateTime finished = QDateTime(QDate(2025, 3, 4), QTime(9, 50, 1), Qt::UTC);
    QCOMPARE(testWidget->text(ChannelsPanel::DeployedColumn),
        QLocale().toString(finished.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(testWidget->text(ChannelsPanel::StatusColumn), QStringLiteral("Succeeded"));
    QCOMPARE(testWidget->text(ChannelsPanel::PendingColumn), QStringLiteral("none"));

    // Runs deploy 12 while deploy 21 is under way.
    QTreeWidgetItem* chat = rowNamed(tree, QStringLiteral("Site chat"));
    QVERIFY(chat);
    QCOMPARE(chat->text(ChannelsPanel::StatusColumn), QStringLiteral("Running…"));
    QCOMPARE(chat->text(ChannelsPanel::DeployedColumn), QStringLiteral("earlier"));

    QTreeWidgetItem* viber = rowNamed(tree, QStringLiteral("Viber"));
    QVERIFY(viber);
    QCOMPARE(viber->text(ChannelsPanel::StatusColumn), QStringLiteral("Not deployed"));
}

void TestChannelsPanel::pendingVariablesShowInTooltipAndChildRows()
{
    ChannelsPanel panel;
    panel.setBound(true);
    panel.setChannels(handMadeChannels());
    QTreeWidgetItem* telegram = rowNamed(panel.tree(), QStringLiteral("Support bot"));
    QVERIFY(telegram);
    QCOMPARE(telegram->text(ChannelsPanel::PendingColumn), QStringLiteral("2 to deploy"));
    const QStringList lines = telegram->toolTip(ChannelsPanel::PendingColumn).split(u'\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY2(
        lines.at(0).startsWith(QStringLiteral("Deploying this channel changes 2 variable")), qPrintable(lines.at(0)));
    QCOMPARE(lines.mid(1), (QStringList {QStringLiteral("GREETING (changed)"), QStringLiteral("OLD_VAR (removed)")}));
    QCOMPARE(telegram->childCount(), 2);
    QCOMPARE(telegram->child(0)->text(ChannelsPanel::NameColumn), QStringLiteral("GREETING"));
    QCOMPARE(telegram->child(1)->text(ChannelsPanel::PendingColumn), QStringLiteral("removed"));
    QCOMPARE(rowNamed(panel.tree(), QStringLiteral("Test widget"))->toolTip(ChannelsPanel::PendingColumn), QString());

    // A refresh keeps a row the admin expanded open.
    telegram->setExpanded(true);
    panel.setChannels(handMadeChannels());
    QVERIFY(rowNamed(panel.tree(), QStringLiteral("Support bot"))->isExpanded());
    QVERIFY(!rowNamed(panel.tree(), QStringLiteral("Site chat"))->isExpanded());
}

void TestChannelsPanel::unboundPanelOffersToBind()
{
    ChannelsPanel panel;
    panel.resize(800, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setBound(false);
    QVERIFY(panel.bindButton()->isVisible());
    QVERIFY(!panel.tree()->isVisible());
    QVERIFY(!panel.deployAllButton()->isVisible());
    QSignalSpy bind(&panel, &ChannelsPanel::bindRequested);
    QTest::mouseClick(panel.bindButton(), Qt::LeftButton);
    QCOMPARE(bind.count(), 1);

    panel.setBound(true);
    QVERIFY(!panel.bindButton()->isVisible());
    QVERIFY(panel.tree()->isVisible());
}

void TestChannelsPanel::deployButtonsFollowSelectionAndRoles()
{
    ChannelsPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setBound(true);
    panel.setChannels(handMadeChannels());
    QVERIFY(!panel.deployButton()->isEnabled()); // nothing selected
    QVERIFY(panel.deployAllButton()->isEnabled());

    QSignalSpy deploy(&panel, &ChannelsPanel::deployRequested);
    panel.selectChannel(9);
    QVERIFY(panel.deployButton()->isEnabled());
    QTest::mouseClick(panel.deployButton(), Qt::LeftButton);
    QCOMPARE(deploy.count(), 1);
    QCOMPARE(deploy.at(0).at(0).value<QList<qint64>>(), QList<qint64> {9});

    const QString reason = QStringLiteral("Your platform account vic has the roles VIEWER; deploying needs more.");
    panel.setWriteAllowed(false, reason);
    QVERIFY(!panel.deployButton()->isEnabled());
    QVERIFY(!panel.deployAllButton()->isEnabled());
    QVERIFY(!panel.newChannelButton()->isEnabled());
    QVERIFY(panel.refreshButton()->isEnabled());
    QCOMPARE(panel.deployButton()->toolTip(), reason);
    QCOMPARE(panel.deployAllButton()->toolTip(), reason);

    panel.setWriteAllowed(true, QString());
    panel.setBusy(true, QStringLiteral("Talking to the platform…"));
    QVERIFY(!panel.deployButton()->isEnabled());
    QVERIFY(!panel.refreshButton()->isEnabled());
}

void TestChannelsPanel::testWidgetIsTheDefaultChannel()
{
    TestWidgetPanel panel;
    panel.setChannels(handMadeChannels());
    QCOMPARE(panel.currentChannelId(), qint64(7));
    QCOMPARE(panel.channelCombo()->count(), 4);
    QCOMPARE(panel.channelCombo()->itemText(0), QStringLiteral("Telegram — Support bot"));

    // A refresh keeps the channel the admin chose.
    panel.setCurrentChannel(11);
    panel.setChannels(handMadeChannels());
    QCOMPARE(panel.currentChannelId(), qint64(11));
}

void TestChannelsPanel::ctrlEnterSendsTheInputAsExpressionOrMessage()
{
    TestWidgetPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setChannels(handMadeChannels());
    QSignalSpy sent(&panel, &TestWidgetPanel::sendRequested);
    QVERIFY(!panel.sendButton()->isEnabled()); // nothing to send yet

    CHECKED(sendInput(&panel, QStringLiteral("$env.get(\"V\")")));
    QCOMPARE(sent.count(), 1);
    QCOMPARE(sent.at(0).at(0).toLongLong(), qint64(7));
    QCOMPARE(sent.at(0).at(1).toString(), QStringLiteral("$env.get(\"V\")"));
    QCOMPARE(sent.at(0).at(2).toBool(), false);
    // Ctrl+Enter sends; it does not add a line, and the input is empty for the next one.
    QVERIFY(panel.inputEdit()->toPlainText().isEmpty());

    QTest::mouseClick(panel.messageButton(), Qt::LeftButton);
    CHECKED(sendInput(&panel, QStringLiteral("Hello")));
    QCOMPARE(sent.count(), 2);
    QCOMPARE(sent.at(1).at(2).toBool(), true);

    // Waiting for a reply: a second send waits.
    panel.setBusy(true);
    CHECKED(sendInput(&panel, QStringLiteral("again")));
    QCOMPARE(sent.count(), 2);
}

void TestChannelsPanel::transcriptShowsMaskedBadgeErrorsAndTruncation()
{
    TestWidgetPanel panel;
    BotReply masked;
    masked.reply = QStringLiteral("Hi! token=******");
    masked.masked = true;
    masked.durationMs = 4;
    panel.appendExchange(QStringLiteral("Test widget"), QStringLiteral("$secrets.get(\"S\")"), false, masked);
    QString text = panel.transcript()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("› $secrets.get(\"S\")")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Hi! token=******")));
    QVERIFY(text.contains(QStringLiteral("masked")));
    QVERIFY(text.contains(QStringLiteral("4 ms")));
    QVERIFY(!text.contains(QStringLiteral("truncated")));

    panel.clearTranscript();
    BotReply plain;
    plain.reply = QStringLiteral("<b>hello</b>");
    plain.truncated = true;
    plain.durationMs = 1;
    panel.appendExchange(QStringLiteral("Test widget"), QStringLiteral("$env.get(\"V\")"), false, plain);
    text = panel.transcript()->toPlainText();
    QVERIFY(!text.contains(QStringLiteral("masked")));
    QVERIFY(text.contains(QStringLiteral("truncated")));
    // A reply is text, never markup.
    QVERIFY2(text.contains(QStringLiteral("<b>hello</b>")), qPrintable(text));

    BotReply failed;
    failed.errorName = QStringLiteral("Error");
    failed.errorMessage = QStringLiteral("Secret \"MISSING\" is not defined in this project.");
    panel.appendExchange(QStringLiteral("Test widget"), QStringLiteral("$secrets.get(\"MISSING\")"), false, failed);
    text = panel.transcript()->toPlainText();
    QVERIFY2(
        text.contains(QStringLiteral("Error: Secret \"MISSING\" is not defined in this project.")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("null")));
    // In the error colour (light palette here).
    QVERIFY(panel.transcript()->toHtml().contains(QStringLiteral("#b01c1c")));
    QCOMPARE(panel.exchangeCount(), 2);
}

void TestChannelsPanel::transcriptShowsWhichSecretValuesTheBotRanWith()
{
    TestWidgetPanel panel;
    BotReply standIn;
    standIn.reply = QStringLiteral("token=‹secret S›");
    standIn.secretValues = BotReply::SecretValues::StandIn;
    panel.appendExchange(
        QStringLiteral("Test widget"), QStringLiteral("\"token=\" + $secrets.get(\"S\")"), false, standIn);
    QString text = panel.transcript()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("token=‹secret S›")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("stand-in secrets")));
    QVERIFY(text.contains(TestWidgetPanel::standInExplanation()));
    QVERIFY(!text.contains(QStringLiteral("real secrets")));

    panel.clearTranscript();
    BotReply real;
    real.reply = QStringLiteral("token=******");
    real.masked = true;
    real.secretValues = BotReply::SecretValues::Real;
    panel.appendExchange(
        QStringLiteral("Test widget"), QStringLiteral("\"token=\" + $secrets.get(\"S\")"), false, real);
    text = panel.transcript()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("real secrets")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("stand-in")));

    // A platform that does not say gets no badge either way.
    panel.clearTranscript();
    BotReply unknown;
    unknown.reply = QStringLiteral("42");
    panel.appendExchange(QStringLiteral("Test widget"), QStringLiteral("6 * 7"), false, unknown);
    text = panel.transcript()->toPlainText();
    QVERIFY(!text.contains(QStringLiteral("real secrets")) && !text.contains(QStringLiteral("stand-in")));
}

void TestChannelsPanel::deniedRoleDisablesTheTestWidgetWithTheReason()
{
    TestWidgetPanel panel;
    panel.setChannels(handMadeChannels());
    QTest::keyClicks(panel.inputEdit(), QStringLiteral("1 + 1"));
    QVERIFY(panel.sendButton()->isEnabled());
    const QString reason = ChannelsController::deployDeniedReason(
        RemoteIdentity {QStringLiteral("vic"), QString(), {QStringLiteral("VIEWER")}, QStringLiteral("SYSTEM_ADMIN")});
    panel.setWriteAllowed(false, reason);
    QVERIFY(!panel.sendButton()->isEnabled());
    QVERIFY(!panel.inputEdit()->isEnabled());
    QCOMPARE(panel.hintLabel()->text(), reason);
    QCOMPARE(panel.sendButton()->toolTip(), reason);
    QCOMPARE(reason,
        QStringLiteral("Your platform account vic has the roles VIEWER; deploying channels and talking to their bots "
                       "needs SYSTEM_ADMIN or DEVELOPER."));
}

void TestChannelsPanel::deployAllOrderPutsTheTestWidgetFirst()
{
    QCOMPARE(ChannelsController::deployOrder(handMadeChannels()), (QList<qint64> {7, 9, 11, 13}));
    QVERIFY(!ChannelsController::shouldOfferTestWidgetFirst(handMadeChannels())); // the test widget is current
    QList<ChannelInfo> lagging = handMadeChannels();
    lagging[1].pendingVariableCount = 1;
    QVERIFY(ChannelsController::shouldOfferTestWidgetFirst(lagging));
    // Only the test widget: deploying all is deploying it.
    QVERIFY(!ChannelsController::shouldOfferTestWidgetFirst({lagging.at(1)}));
}

// --- Through the window -----------------------------------------------------------------------------

void TestChannelsPanel::startServer()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString runtime = QStringLiteral(BOTVAULT_BIN_DIR "/botvault-server");
    QVERIFY2(QFileInfo::exists(runtime), qPrintable(runtime));
    m_platform = std::make_unique<ChannelTestPlatform>();
    const QString error = m_platform->start(m_dir->path(), runtime);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestChannelsPanel::openWindow()
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
    m_window = std::make_unique<MainWindow>(m_vault.get(), m_settings.get());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->projectsPanel()->selectProject(m_project);
    QTRY_COMPARE(m_window->page()->project(), m_project);
    m_window->channelsController()->service()->setPollInterval(
        std::chrono::milliseconds(50), std::chrono::milliseconds(100));
}

void TestChannelsPanel::bindThroughDialog(const QString& token)
{
    SyncController* sync = m_window->syncController();
    QVERIFY(sync->bindAction()->isEnabled());
    sync->bindAction()->trigger();
    auto* dialog = visibleDialog<RemoteBindingDialog>(m_window.get());
    QVERIFY(dialog);
    QTest::keyClicks(dialog->urlEdit(), m_platform->url());
    QTest::keyClicks(dialog->tokenField()->lineEdit(), token);
    QTest::mouseClick(dialog->checkButton(), Qt::LeftButton);
    QComboBox* projects = dialog->remoteProjectCombo();
    QTRY_VERIFY_WITH_TIMEOUT(projects->findData(m_platform->projectId()) >= 0, 20000);
    projects->setCurrentIndex(projects->findData(m_platform->projectId()));
    QPointer<RemoteBindingDialog> guard(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("bindOkButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!guard || !guard->isVisible(), 20000);
    QTRY_VERIFY(m_vault->syncBinding(m_project).ok());
}

void TestChannelsPanel::publishThroughTheWindow()
{
    SyncController* sync = m_window->syncController();
    QSignalSpy planSpy(sync, &SyncController::planDialogOpened);
    QTRY_VERIFY(sync->publishAction()->isEnabled());
    sync->publishAction()->trigger();
    QVERIFY(QTest::qWaitFor([&] { return planSpy.count() >= 1; }, 20000));
    auto* plan = planSpy.at(0).at(0).value<SyncPlanDialog*>();
    QVERIFY(plan);
    QTest::mouseClick(plan->acceptButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Published")), 20000);
}

void TestChannelsPanel::showChannelsAndWaitForListing(int channels)
{
    m_window->findChild<QAction*>(QStringLiteral("showChannelsAction"))->trigger();
    QCOMPARE(m_window->page()->tabs()->currentWidget(), m_window->channelsPage());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->channelsPanel()->tree()->topLevelItemCount(), channels, 20000);
}

void TestChannelsPanel::deployAllAsksFirstWhenTheTestWidgetLags_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<int>("deployedChannels"); // -1: nothing deployed
    QTest::newRow("deploy the test widget only") << QStringLiteral("deployTestWidgetOnlyButton") << 1;
    QTest::newRow("deploy all anyway") << QStringLiteral("deployAllAnywayButton") << 2;
    QTest::newRow("cancel") << QStringLiteral("deployCancelButton") << -1;
}

QStringList TestChannelsPanel::deployAuditDetails() const
{
    QStringList details;
    const Result<QList<AuditEntry>> entries = m_vault->auditEntries();
    for (const AuditEntry& entry : entries ? entries.value() : QList<AuditEntry>()) {
        if (entry.action == AuditAction::Deployed) {
            details.append(entry.detail);
        }
    }
    return details;
}

void TestChannelsPanel::deployAllAsksFirstWhenTheTestWidgetLags()
{
    QFETCH(QString, answer);
    QFETCH(int, deployedChannels);
    CHECKED(startServer());
    const qint64 telegram = m_platform->addChannel(QStringLiteral("TELEGRAM"), QStringLiteral("Support bot"));
    QVERIFY(telegram != 0);
    CHECKED(openWindow());
    QVERIFY(m_vault->setVariable(m_project, QStringLiteral("V"), QStringLiteral("v1")).ok());
    CHECKED(bindThroughDialog(m_platform->adminToken()));
    CHECKED(publishThroughTheWindow());
    CHECKED(showChannelsAndWaitForListing(2));
    ChannelsPanel* panel = m_window->channelsPanel();
    QTRY_VERIFY(panel->deployAllButton()->isEnabled());
    const QList<ChannelInfo> listed = panel->channels();
    QVERIFY(ChannelsController::shouldOfferTestWidgetFirst(listed));
    const QList<qint64> order = ChannelsController::deployOrder(listed);
    QCOMPARE(order.last(), telegram);

    ChannelsController* controller = m_window->channelsController();
    QSignalSpy questions(controller, &ChannelsController::deployQuestionOpened);
    QSignalSpy started(controller, &ChannelsController::deployStarted);
    QTest::mouseClick(panel->deployAllButton(), Qt::LeftButton);
    QCOMPARE(questions.count(), 1);
    QPointer<QMessageBox> box = questions.at(0).at(0).value<QMessageBox*>();
    QVERIFY(box && box->isVisible());
    QCOMPARE(box->text(), QStringLiteral("Deploy the test widget first and check it?"));
    QVERIFY(box->informativeText().contains(QStringLiteral("1 variable change")));
    saveShot(box, QStringLiteral("channels-deploy-question"));
    QPushButton* button = box->findChild<QPushButton*>(answer);
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(!box);

    if (deployedChannels < 0) {
        QCOMPARE(started.count(), 0);
        QVERIFY(!controller->runningOperation());
        QVERIFY(deployAuditDetails().isEmpty());
        return;
    }
    QCOMPARE(started.count(), 1);
    QCOMPARE(started.at(0).at(0).value<QList<qint64>>(), order.mid(0, deployedChannels));
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Deployed %1 channel").arg(deployedChannels)),
        20000);
    // The vault's audit log has one entry per channel deployed, in order, with its outcome.
    const QStringList audited = deployAuditDetails();
    QCOMPARE(audited.size(), deployedChannels);
    for (qsizetype i = 0; i < audited.size(); ++i) {
        QVERIFY2(
            audited.at(i).startsWith(QStringLiteral("channel=%1 deploy=").arg(order.at(i))), qPrintable(audited.at(i)));
        QVERIFY2(audited.at(i).endsWith(QStringLiteral(" outcome=succeeded")), qPrintable(audited.at(i)));
    }
    // After the refresh, exactly the deployed channels have nothing pending.
    QTRY_VERIFY_WITH_TIMEOUT(
        panel->tree()->topLevelItem(0)->text(ChannelsPanel::PendingColumn) == QStringLiteral("none"), 20000);
    QCOMPARE(rowNamed(panel->tree(), QStringLiteral("Support bot"))->text(ChannelsPanel::PendingColumn),
        deployedChannels == 2 ? QStringLiteral("none") : QStringLiteral("1 to deploy"));
}

void TestChannelsPanel::publishDeployAndTalkToTheTestWidget()
{
    CHECKED(startServer());
    QVERIFY(m_platform->addChannel(QStringLiteral("TELEGRAM"), QStringLiteral("Support bot")) != 0);
    CHECKED(openWindow());
    QVERIFY(m_vault->setSecret(m_project, QStringLiteral("S"), secret(kSecretValue)).ok());
    QVERIFY(m_vault->setVariable(m_project, QStringLiteral("V"), QStringLiteral("hello-v1")).ok());
    CHECKED(bindThroughDialog(m_platform->adminToken()));
    CHECKED(publishThroughTheWindow());
    CHECKED(showChannelsAndWaitForListing(2));

    ChannelsPanel* panel = m_window->channelsPanel();
    QTreeWidgetItem* testRow = rowNamed(panel->tree(), QStringLiteral("Test widget"));
    QVERIFY(testRow);
    QCOMPARE(testRow->text(ChannelsPanel::TypeColumn), QStringLiteral("Test widget"));
    QCOMPARE(testRow->text(ChannelsPanel::DeployedColumn), QStringLiteral("never"));
    QCOMPARE(testRow->text(ChannelsPanel::PendingColumn), QStringLiteral("1 to deploy"));
    QVERIFY(testRow->toolTip(ChannelsPanel::PendingColumn).contains(QStringLiteral("V (added)")));

    // Deploy the test widget only, through the panel.
    const qint64 testWidgetId = ChannelsController::deployOrder(panel->channels()).first();
    panel->selectChannel(testWidgetId);
    QSignalSpy started(m_window->channelsController(), &ChannelsController::deployStarted);
    QTest::mouseClick(panel->deployButton(), Qt::LeftButton);
    QCOMPARE(started.count(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Deployed 1 channel")), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(panel->tree(), QStringLiteral("Test widget"))->text(ChannelsPanel::StatusColumn)
            == QStringLiteral("Succeeded"),
        20000);
    testRow = rowNamed(panel->tree(), QStringLiteral("Test widget"));
    QCOMPARE(testRow->text(ChannelsPanel::PendingColumn), QStringLiteral("none"));
    QVERIFY(testRow->text(ChannelsPanel::DeployedColumn) != QStringLiteral("never"));
    QCOMPARE(rowNamed(panel->tree(), QStringLiteral("Support bot"))->text(ChannelsPanel::PendingColumn),
        QStringLiteral("1 to deploy"));

    TestWidgetPanel* talk = m_window->testWidgetPanel();
    QCOMPARE(talk->currentChannelId(), testWidgetId);
    CHECKED(sendInput(talk, QStringLiteral("$env.get(\"V\")")));
    QTRY_COMPARE_WITH_TIMEOUT(talk->exchangeCount(), 1, 20000);
    QVERIFY2(talk->transcript()->toPlainText().contains(QStringLiteral("hello-v1")),
        qPrintable(talk->transcript()->toPlainText()));

    CHECKED(sendInput(talk, QStringLiteral("\"token=\" + $secrets.get(\"S\")")));
    QTRY_COMPARE_WITH_TIMEOUT(talk->exchangeCount(), 2, 20000);
    QVERIFY2(talk->transcript()->toPlainText().contains(QStringLiteral("token=******")),
        qPrintable(talk->transcript()->toPlainText()));
    QVERIFY(talk->transcript()->toPlainText().contains(QStringLiteral("masked")));
    QVERIFY(talk->transcript()->toPlainText().contains(QStringLiteral("real secrets")));

    CHECKED(sendInput(talk, QStringLiteral("$secrets.get(\"MISSING\")")));
    QTRY_COMPARE_WITH_TIMEOUT(talk->exchangeCount(), 3, 20000);
    QVERIFY2(talk->transcript()->toPlainText().contains(
                 QStringLiteral("Error: Secret \"MISSING\" is not defined in this project.")),
        qPrintable(talk->transcript()->toPlainText()));

    rowNamed(panel->tree(), QStringLiteral("Support bot"))->setExpanded(true);
    QVERIFY(!everythingShown(m_window.get(), panel->tree(), talk->transcript()).contains(kSecretValue));
    saveShot(m_window.get(), QStringLiteral("channels-window"));
    saveShot(panel, QStringLiteral("channels-panel"));
    saveShot(talk, QStringLiteral("channels-test-widget"));
}

void TestChannelsPanel::viewerCannotDeployOrTalk()
{
    CHECKED(startServer());
    CHECKED(openWindow());
    CHECKED(bindThroughDialog(m_platform->viewerToken()));
    CHECKED(showChannelsAndWaitForListing(1));
    ChannelsPanel* panel = m_window->channelsPanel();
    const QString reason = QStringLiteral("Your platform account vic has the roles VIEWER; deploying channels and "
                                          "talking to their bots needs SYSTEM_ADMIN or DEVELOPER.");
    QTRY_COMPARE(panel->deployAllButton()->toolTip(), reason);
    QVERIFY(!panel->deployAllButton()->isEnabled());
    QVERIFY(!panel->newChannelButton()->isEnabled());
    TestWidgetPanel* talk = m_window->testWidgetPanel();
    QVERIFY(!talk->sendButton()->isEnabled());
    QCOMPARE(talk->hintLabel()->text(), reason);
}

// Issue 11, item 1: a developer's test widget runs with stand-ins, and the transcript says so.
void TestChannelsPanel::developerTalksWithStandInSecrets()
{
    CHECKED(startServer());
    QVERIFY(m_platform->putSecret(QStringLiteral("STRIPE_KEY"), kSecretValue));
    CHECKED(openWindow());
    CHECKED(bindThroughDialog(m_platform->developerToken()));
    CHECKED(showChannelsAndWaitForListing(1));
    TestWidgetPanel* talk = m_window->testWidgetPanel();
    QTRY_VERIFY(talk->inputEdit()->isEnabled());
    CHECKED(sendInput(talk, QStringLiteral("\"key=\" + $secrets.get(\"STRIPE_KEY\")")));
    QTRY_COMPARE_WITH_TIMEOUT(talk->exchangeCount(), 1, 20000);
    CHECKED(sendInput(talk, QStringLiteral("$secrets.get(\"STRIPE_KEY\").split(\"\").reverse().join(\"\")")));
    QTRY_COMPARE_WITH_TIMEOUT(talk->exchangeCount(), 2, 20000);
    const QString text = talk->transcript()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("key=‹secret STRIPE_KEY›")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("›YEK_EPIRTS terces‹")));
    QCOMPARE(text.count(QStringLiteral("stand-in secrets")), 2);
    // Explained once, under the first such reply.
    QCOMPARE(text.count(TestWidgetPanel::standInExplanation()), 1);
    QVERIFY(!text.contains(QStringLiteral("masked")));
    QString reversed = kSecretValue;
    std::reverse(reversed.begin(), reversed.end());
    const QString shown = everythingShown(m_window.get(), m_window->channelsPanel()->tree(), talk->transcript());
    QVERIFY(!shown.contains(kSecretValue) && !shown.contains(reversed));
    saveShot(talk, QStringLiteral("channels-test-widget-stand-in"));
    saveShot(m_window.get(), QStringLiteral("channels-window-stand-in"));
}

void TestChannelsPanel::lockingClearsTheTranscript()
{
    CHECKED(startServer());
    CHECKED(openWindow());
    CHECKED(bindThroughDialog(m_platform->adminToken()));
    CHECKED(showChannelsAndWaitForListing(1));
    TestWidgetPanel* talk = m_window->testWidgetPanel();
    CHECKED(sendInput(talk, QStringLiteral("6 * 7")));
    QTRY_COMPARE_WITH_TIMEOUT(talk->exchangeCount(), 1, 20000);
    QVERIFY(talk->transcript()->toPlainText().contains(QStringLiteral("42")));

    m_window->lockVault();
    QCOMPARE(talk->exchangeCount(), 0);
    QVERIFY(talk->transcript()->toPlainText().isEmpty());
    QVERIFY(talk->inputEdit()->toPlainText().isEmpty());
    QCOMPARE(m_window->channelsPanel()->tree()->topLevelItemCount(), 0);
}

// Issue 17, item 10: the next expression starts on an empty input (it was appended to the last
// one, a syntax error), and Up/Down bring back what was sent, as in a shell.
void TestChannelsPanel::sentInputIsClearedAndUpDownWalkTheHistory()
{
    TestWidgetPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setChannels(handMadeChannels());
    QSignalSpy sent(&panel, &TestWidgetPanel::sendRequested);
    QPlainTextEdit* input = panel.inputEdit();

    CHECKED(sendInput(&panel, QStringLiteral("1 + 1")));
    QVERIFY(input->toPlainText().isEmpty());
    QTest::keyClicks(input, QStringLiteral("2 * 3"));
    QTest::mouseClick(panel.sendButton(), Qt::LeftButton);
    QCOMPARE(sent.count(), 2);
    QCOMPARE(sent.at(1).at(1).toString(), QStringLiteral("2 * 3"));
    QVERIFY(input->toPlainText().isEmpty());
    QVERIFY(input->hasFocus()); // ready for the next one after a click on Send too
    QCOMPARE(panel.history(), QStringList({QStringLiteral("1 + 1"), QStringLiteral("2 * 3")}));

    // A draft is kept while walking: Up, Up, then Down, Down returns to it.
    QTest::keyClicks(input, QStringLiteral("draft"));
    QTest::keyClick(input, Qt::Key_Up);
    QCOMPARE(input->toPlainText(), QStringLiteral("2 * 3"));
    QTest::keyClick(input, Qt::Key_Up);
    QCOMPARE(input->toPlainText(), QStringLiteral("1 + 1"));
    QTest::keyClick(input, Qt::Key_Up); // nothing older
    QCOMPARE(input->toPlainText(), QStringLiteral("1 + 1"));
    QTest::keyClick(input, Qt::Key_Down);
    QCOMPARE(input->toPlainText(), QStringLiteral("2 * 3"));
    QTest::keyClick(input, Qt::Key_Down);
    QCOMPARE(input->toPlainText(), QStringLiteral("draft"));

    // A recalled input is sent again as it is.
    QTest::keyClick(input, Qt::Key_Up);
    QTest::keyClick(input, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(sent.count(), 3);
    QCOMPARE(sent.at(2).at(1).toString(), QStringLiteral("2 * 3"));
    QVERIFY(input->toPlainText().isEmpty());

    // In a multi-line input, Up moves between its lines until the first.
    QTest::keyClicks(input, QStringLiteral("a"));
    QTest::keyClick(input, Qt::Key_Return);
    QTest::keyClicks(input, QStringLiteral("b"));
    QTest::keyClick(input, Qt::Key_Up);
    QCOMPARE(input->toPlainText(), QStringLiteral("a\nb"));
    QTest::keyClick(input, Qt::Key_Up);
    QCOMPARE(input->toPlainText(), QStringLiteral("2 * 3"));

    panel.clearHistory();
    QVERIFY(panel.history().isEmpty());
    QVERIFY(input->toPlainText().isEmpty());
}

void TestChannelsPanel::changingTheProjectClearsTheInput()
{
    CHECKED(startServer());
    CHECKED(openWindow());
    const auto other = m_vault->addProject(QStringLiteral("other"));
    QVERIFY(other.ok());
    CHECKED(bindThroughDialog(m_platform->adminToken()));
    CHECKED(showChannelsAndWaitForListing(1));
    TestWidgetPanel* talk = m_window->testWidgetPanel();
    QTRY_VERIFY(talk->inputEdit()->isEnabled());
    talk->inputEdit()->setFocus();
    QTest::keyClicks(talk->inputEdit(), QStringLiteral("$env.get(\"V\")"));

    QListView* list = m_window->projectsPanel()->list();
    const int row = m_window->projectsPanel()->model()->rowOfId(other->id);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
        list->visualRect(m_window->projectsPanel()->model()->index(row, 0)).center());
    QCOMPARE(m_window->page()->project(), other->id);
    QVERIFY(talk->inputEdit()->toPlainText().isEmpty());
}

BOTVAULT_WIDGET_TEST_MAIN(TestChannelsPanel)
#include "TestChannelsPanel.moc"
