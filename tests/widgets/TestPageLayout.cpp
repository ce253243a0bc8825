#include "models/VariablesTableModel.h"
#include "storage/Vault.h"
#include "sync/ChannelTypes.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"
#include "ui/AppSettings.h"
#include "ui/ChannelsPanel.h"
#include "ui/ItemTableView.h"
#include "ui/MainWindow.h"
#include "ui/NameUsageBanner.h"
#include "ui/ProjectsPanel.h"
#include "ui/SecretsAndVariablesPage.h"
#include "ui/Translations.h"
#include "ui/UnusedNameDelegate.h"
#include "ui/VariablesTab.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>

using TestSupport::fastKdfParams;
using TestSupport::secret;

namespace {

const QString kPassword = QStringLiteral("correct horse battery staple");
const QString kLongVariable = QStringLiteral("PAYMENT_PROVIDER_WEBHOOK_URL");
const QStringList kChannelNames {QStringLiteral("Test widget of the support bot"),
    QStringLiteral("Website chat (English)"), QStringLiteral("Website chat (Portuguese)"),
    QStringLiteral("Telegram support"), QStringLiteral("Telegram sales"), QStringLiteral("Partner API")};

#define CHECKED(call)                                                                                                  \
    do {                                                                                                               \
        call;                                                                                                          \
        if (QTest::currentTestFailed()) {                                                                              \
            return;                                                                                                    \
        }                                                                                                              \
    } while (false)

QList<ChannelInfo> channels()
{
    QList<ChannelInfo> list;
    for (int i = 0; i < kChannelNames.size(); ++i) {
        ChannelInfo channel;
        channel.id = i + 1;
        channel.type = i == 0 ? QStringLiteral("TEST_WIDGET") : QStringLiteral("TELEGRAM");
        channel.name = kChannelNames.at(i);
        channel.createdAt = QDateTime(QDate(2025, 3, 4), QTime(9, 50), Qt::UTC);
        channel.pendingVariableCount = i % 3;
        list.append(channel);
    }
    return list;
}

int visibleRows(QTreeWidget* tree)
{
    const int rowHeight = tree->visualItemRect(tree->topLevelItem(0)).height();
    return rowHeight > 0 ? tree->viewport()->height() / rowHeight : 0;
}

void saveShot(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("BOTVAULT_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        QDir().mkpath(folder);
        widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
    }
}

} // namespace

// Issue 17, item 9: at 900×600 the banners fold away (and stay folded), the channel table keeps its
// rows, and names are not cut while the value column has room.
class TestPageLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void bannersFoldAndStayFolded();
    void channelTableKeepsRowsAndWholeNames();
    void variableNameWithItsTagIsNotCut();

private:
    // A 900×600 window on a project whose source folder expects names it lacks (the name banner
    // shows), with `variables` set.
    void openWindow(const QStringList& variables = {});
    void reopenWindow();
    void showChannels();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<MainWindow> m_window;
    ProjectId m_project = 0;
};

void TestPageLayout::initTestCase()
{
    Translations::install(QCoreApplication::instance(), QStringLiteral("en"));
    QApplication::setQuitOnLastWindowClosed(false);
}

void TestPageLayout::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_qsettings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("botvault.ini")), QSettings::IniFormat);
    m_settings = std::make_unique<AppSettings>(m_qsettings.get());
}

void TestPageLayout::cleanup()
{
    m_window.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_vault.reset();
    m_settings.reset();
    m_qsettings.reset();
    m_dir.reset();
}

void TestPageLayout::openWindow(const QStringList& variables)
{
    const QString folder = m_dir->filePath(QStringLiteral("bot"));
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/src")));
    QFile yaml(folder + QStringLiteral("/chatbot.yaml"));
    QVERIFY(yaml.open(QIODevice::WriteOnly));
    yaml.write("name: demo\ninjector:\n  secrets:\n    - STRIPE_API_KEY\n    - SMTP_PASSWORD\n  variables:\n"
               "    - GREETING\n    - SUPPORT_EMAIL\n");
    yaml.close();
    const QString vaultPath = m_dir->filePath(QStringLiteral("vault.db"));
    m_settings->setVaultPath(vaultPath);
    QVERIFY(Vault::create(vaultPath, secret(kPassword), fastKdfParams()).ok());
    m_vault = std::make_unique<Vault>();
    QVERIFY(m_vault->unlock(vaultPath, secret(kPassword)).ok());
    auto added = m_vault->addProject(QStringLiteral("Support bot"));
    QVERIFY(added.ok());
    m_project = added->id;
    QVERIFY(m_vault->setProjectSourceFolder(m_project, folder).ok());
    for (const QString& name : variables) {
        QVERIFY(m_vault->setVariable(m_project, name, QStringLiteral("https://pay.example.test/hooks/support")).ok());
    }
    reopenWindow();
}

void TestPageLayout::reopenWindow()
{
    m_window.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_window = std::make_unique<MainWindow>(m_vault.get(), m_settings.get());
    m_window->resize(900, 600);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->projectsPanel()->selectProject(m_project);
    QTRY_COMPARE(m_window->page()->project(), m_project);
    QTRY_VERIFY(m_window->page()->nameUsageBanner()->isVisible());
}

void TestPageLayout::showChannels()
{
    QTabWidget* tabs = m_window->page()->tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->tabText(i).contains(QStringLiteral("Channels"))) {
            tabs->setCurrentIndex(i);
        }
    }
    ChannelsPanel* panel = m_window->channelsPanel();
    QTRY_VERIFY(panel->isVisible());
    panel->setBound(true);
    panel->setChannels(channels());
    QTRY_VERIFY(panel->tree()->isVisible());
    QApplication::processEvents();
}

void TestPageLayout::bannersFoldAndStayFolded()
{
    CHECKED(openWindow());
    NameUsageBanner* names = m_window->page()->nameUsageBanner();
    QVERIFY(!names->isCollapsed());
    const QString full = names->messageLabel()->text();
    QVERIFY2(full.contains(QStringLiteral("STRIPE_API_KEY")), qPrintable(full));
    const int expandedHeight = names->sizeHint().height();

    QTest::mouseClick(names->collapseButton(), Qt::LeftButton);
    QVERIFY(names->isCollapsed());
    QVERIFY2(names->messageLabel()->text().startsWith(QStringLiteral("The bot expects 4 name")),
        qPrintable(names->messageLabel()->text()));
    QVERIFY(!names->messageLabel()->text().contains(QStringLiteral("STRIPE_API_KEY")));
    QVERIFY(names->sizeHint().height() < expandedHeight);

    CHECKED(showChannels());
    ChannelsPanel* panel = m_window->channelsPanel();
    QVERIFY(panel->banner()->isVisible());
    QTest::mouseClick(panel->bannerToggle(), Qt::LeftButton);
    QVERIFY(!panel->banner()->isVisible());
    QVERIFY(panel->isBannerCollapsed());

    // Remembered: a new window starts with both folded, and unfolding is remembered too.
    CHECKED(reopenWindow());
    names = m_window->page()->nameUsageBanner();
    QVERIFY(names->isCollapsed());
    QVERIFY(m_window->channelsPanel()->isBannerCollapsed());
    QTest::mouseClick(names->collapseButton(), Qt::LeftButton);
    QCOMPARE(names->messageLabel()->text(), full);
    QVERIFY(!m_settings->bannerCollapsed(QStringLiteral("nameUsage")));
    QVERIFY(m_settings->bannerCollapsed(QStringLiteral("channelsFlow")));
}

void TestPageLayout::channelTableKeepsRowsAndWholeNames()
{
    CHECKED(openWindow());
    CHECKED(showChannels());
    ChannelsPanel* panel = m_window->channelsPanel();
    QTreeWidget* tree = panel->tree();
    saveShot(m_window.get(), QStringLiteral("layout-channels-900x600-expanded"));
    const int rowsExpanded = visibleRows(tree);

    QTest::mouseClick(m_window->page()->nameUsageBanner()->collapseButton(), Qt::LeftButton);
    QTest::mouseClick(panel->bannerToggle(), Qt::LeftButton);
    QApplication::processEvents();
    saveShot(m_window.get(), QStringLiteral("layout-channels-900x600-folded"));
    const int rowsFolded = visibleRows(tree);
    QVERIFY2(rowsFolded >= 5, qPrintable(QStringLiteral("%1 rows visible").arg(rowsFolded)));
    QVERIFY2(rowsFolded > rowsExpanded, qPrintable(QStringLiteral("%1 → %2").arg(rowsExpanded).arg(rowsFolded)));

    // Every channel name fits its column.
    const QFontMetrics metrics = tree->fontMetrics();
    for (const QString& name : kChannelNames) {
        QVERIFY2(tree->columnWidth(ChannelsPanel::NameColumn) >= metrics.horizontalAdvance(name),
            qPrintable(QStringLiteral("%1: %2 px").arg(name).arg(tree->columnWidth(ChannelsPanel::NameColumn))));
    }
    QVERIFY(tree->columnWidth(ChannelsPanel::TypeColumn)
        >= metrics.horizontalAdvance(ChannelsPanel::typeLabel(QStringLiteral("TEST_WIDGET"))));
}

void TestPageLayout::variableNameWithItsTagIsNotCut()
{
    CHECKED(openWindow({kLongVariable}));
    VariablesTab* variables = m_window->page()->variablesTab();
    m_window->page()->tabs()->setCurrentWidget(variables);
    QTableView* table = variables->view()->table();
    QTRY_COMPARE(table->model()->rowCount(), 1);
    variables->setSyncStates({{kLongVariable, ItemSyncState::Pending}});
    const QModelIndex name = table->model()->index(0, VariablesTableModel::NameColumn);
    QTRY_VERIFY(variables->nameDelegate()->tagsFor(name).contains(UnusedNameDelegate::pendingTagText()));
    QTRY_VERIFY(variables->nameDelegate()->tagsFor(name).contains(UnusedNameDelegate::tagText()));
    QApplication::processEvents();
    saveShot(m_window.get(), QStringLiteral("layout-variables-900x600"));

    // At 900×600 the name column grows for the tags as far as the other columns allow, and the value
    // keeps room for a few characters.
    const QFontMetrics metrics = table->fontMetrics();
    const int initial = metrics.averageCharWidth() * 28 + 16;
    QTRY_VERIFY(table->columnWidth(VariablesTableModel::NameColumn) > initial);
    QVERIFY(table->columnWidth(VariablesTableModel::ValueColumn) >= metrics.averageCharWidth() * 8);

    // With room (the default window size), the whole name and its tags fit, and the value has room.
    m_window->resize(1100, 680);
    const int needed = metrics.horizontalAdvance(
        kLongVariable + u' ' + UnusedNameDelegate::pendingTagText() + u' ' + UnusedNameDelegate::tagText());
    QTRY_VERIFY2(table->columnWidth(VariablesTableModel::NameColumn) >= needed,
        qPrintable(
            QStringLiteral("%1 px < %2 px").arg(table->columnWidth(VariablesTableModel::NameColumn)).arg(needed)));
    QVERIFY(table->columnWidth(VariablesTableModel::ValueColumn) >= metrics.averageCharWidth() * 10);
    saveShot(m_window.get(), QStringLiteral("layout-variables-1100x680"));
}

BOTVAULT_WIDGET_TEST_MAIN(TestPageLayout)
#include "TestPageLayout.moc"
