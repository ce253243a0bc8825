// botvault-screenshots: the screenshots of docs/USER_GUIDE.md, taken from the real windows.
//
// Builds a demo vault in a temporary folder (fast Argon2id settings: it is thrown away), opens the
// real MainWindow over temporary settings, drives it through its states the way a user would
// (typing into the fields with key events) and saves QWidget::grab() images. A dialog is drawn over
// the window at the position Qt gave it, each with a plain frame and title bar, since an offscreen
// grab has no window decorations. Meant for QT_QPA_PLATFORM=offscreen (scripts/screenshots.sh).
//
//   botvault-screenshots [--out FOLDER]
//
// The platform screenshots (17–20) bind the Shop bot to an in-process reference server on
// 127.0.0.1 (DemoPlatform) whose bot runtime is the botvault-server binary beside this one.
//
// The texts are demo data, not user interface: nothing here is translated.

#include "app/screenshots/DemoData.h"
#include "app/screenshots/DemoPlatform.h"
#include "app/screenshots/HistoryShots.h"
#include "app/screenshots/ScreenshotKit.h"
#include "models/ProjectStore.h"
#include "models/Role.h"
#include "models/SecretsTableModel.h"
#include "storage/Argon2Kdf.h"
#include "storage/CredentialScan.h"
#include "storage/ProjectArchive.h"
#include "storage/Vault.h"
#include "sync/ChannelService.h"
#include "ui/AppSettings.h"
#include "ui/ChannelsController.h"
#include "ui/ChannelsPanel.h"
#include "ui/ConflictDialog.h"
#include "ui/CreateVaultDialog.h"
#include "ui/EnvImportDialog.h"
#include "ui/ExportProjectDialog.h"
#include "ui/FileDialog.h"
#include "ui/ImportProjectDialog.h"
#include "ui/ItemTableView.h"
#include "ui/MainWindow.h"
#include "ui/MoveToSecretDialog.h"
#include "ui/PasswordField.h"
#include "ui/ProjectsPanel.h"
#include "ui/RemoteBindingDialog.h"
#include "ui/RotateSecretDialog.h"
#include "ui/SecretDialog.h"
#include "ui/SecretTextField.h"
#include "ui/SecretsAndVariablesPage.h"
#include "ui/SecretsTab.h"
#include "ui/SyncController.h"
#include "ui/SyncPlanDialog.h"
#include "ui/TestWidgetPanel.h"
#include "ui/Translations.h"
#include "ui/UnlockDialog.h"
#include "ui/VariableDialog.h"
#include "ui/VariablesTab.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDialog>
#include <QDir>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <QtCrypto>

#include <chrono>
#include <cstdio>
#include <functional>
#include <type_traits>
#include <utility>

namespace {

using namespace Screenshots;
using DemoData::fakeSecret;
using DemoData::fillDemoVault;
using DemoData::writeDemoBot;

constexpr QSize kWindowSize(1100, 680);
// 20-channels.png: the Channels tab shows a table and a transcript one above the other.
constexpr int kChannelsWindowHeight = 800;
constexpr int kChannelsPanelHeight = 235;
// The vault file the dialogs show: the default location of a user "anna" rather than the temporary
// folder the demo vault really lives in.
const QString kShownVaultPath = QStringLiteral("/home/anna/.local/share/botvault/vault.db");
const QString kPassword = QStringLiteral("orange-Kettle-42-river");
const QString kTelegramName = QStringLiteral("@ShopExampleBot");

// The channel listed under `name` in the Channels panel, or nullptr.
QTreeWidgetItem* channelRow(ChannelsPanel* panel, const QString& name)
{
    QTreeWidget* tree = panel->tree();
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(ChannelsPanel::NameColumn) == name) {
            return tree->topLevelItem(i);
        }
    }
    return nullptr;
}

// The panel's listing has `channels` channels and the test widget has `testWidgetPending`
// variables to deploy, the others `otherPending`.
bool channelsListed(ChannelsPanel* panel, int channels, int testWidgetPending, int otherPending)
{
    if (panel->channels().size() != channels || panel->tree()->topLevelItemCount() != channels) {
        return false;
    }
    for (const ChannelInfo& channel : panel->channels()) {
        if (channel.pendingVariableCount != (channel.isTestWidget() ? testWidgetPending : otherPending)) {
            return false;
        }
    }
    return true;
}

// What the scenes share: the real window over the demo vault, and where the images go.
struct Stage
{
    MainWindow& window;
    Vault& vault;
    Shooter& shooter;
    const QTemporaryDir& temporary;
    QString vaultPath;
    // The Shop bot, once the demo vault is unlocked.
    ProjectId shop = 0;
    SecretsAndVariablesPage* page = nullptr;
};

void shootFirstStart(Stage& stage)
{
    MainWindow& window = stage.window;
    Shooter& shooter = stage.shooter;
    // 10: the first start, no vault yet. Only the image is wanted, so the dialog shows the default
    // path and is cancelled.
    window.setVaultPath(kShownVaultPath);
    window.showCreateVaultDialog();
    settle();
    {
        auto* dialog = findVisible<CreateVaultDialog>(&window);
        auto fields = dialog->findChildren<PasswordField*>();
        for (PasswordField* field : fields) {
            typeText(field->lineEdit(), kPassword);
        }
        shooter.save(QStringLiteral("10-create-vault.png"), &window, {dialog});
        dialog->reject();
    }
}

void createDemoVault(Stage& stage)
{
    Vault& vault = stage.vault;
    const QString& vaultPath = stage.vaultPath;
    // The demo vault, filled directly through the vault (cheap Argon2id: it is thrown away).
    KdfParams kdf;
    kdf.memoryKiB = KdfParams::kMinMemoryKiB;
    kdf.passes = 2;
    kdf.lanes = 1;
    kdf.salt = KdfParams::defaults().salt;
    const SecretValue password = SecretValue::fromText(kPassword);
    check(Vault::create(vaultPath, password, kdf), "create");
    check(vault.unlock(vaultPath, password), "unlock");
    fillDemoVault(vault);
    vault.lock();
    settle();
}

void shootLockedAndUnlock(Stage& stage)
{
    MainWindow& window = stage.window;
    Vault& vault = stage.vault;
    Shooter& shooter = stage.shooter;
    const QString& vaultPath = stage.vaultPath;
    // 11: locked, with the lock screen's password field (it offers Create vault… for a path
    // without a vault, so the demo vault's path is set for this shot).
    window.setVaultPath(vaultPath);
    settle();
    shooter.save(QStringLiteral("11-locked.png"), &window);
    window.setVaultPath(kShownVaultPath);
    settle();

    // 01: unlocking; the image shows the default path, then the dialog unlocks the demo vault.
    window.showUnlockDialog();
    settle();
    {
        auto* dialog = findVisible<UnlockDialog>(&window);
        typeText(findVisible<PasswordField>(dialog)->lineEdit(), kPassword);
        shooter.save(QStringLiteral("01-unlock.png"), &window, {dialog});
        dialog->reject();
        settle();
    }
    window.setVaultPath(vaultPath);
    window.showUnlockDialog();
    settle();
    {
        auto* dialog = findVisible<UnlockDialog>(&window);
        typeText(findVisible<PasswordField>(dialog)->lineEdit(), kPassword);
        dialog->findChild<QPushButton*>(QStringLiteral("unlockButton"))->click();
        settle();
        if (!vault.isUnlocked()) {
            fail(QStringLiteral("the unlock dialog did not unlock the demo vault"));
        }
    }
}

void shootSecretsAndVariables(Stage& stage)
{
    MainWindow& window = stage.window;
    Shooter& shooter = stage.shooter;
    SecretsAndVariablesPage* page = stage.page;
    // 02: the Secrets tab, one row selected.
    page->tabs()->setCurrentIndex(0);
    page->secretsTab()->view()->selectRow(1);
    shooter.save(QStringLiteral("02-secrets.png"), &window);

    // 03: the Environment variables tab.
    page->tabs()->setCurrentIndex(1);
    page->variablesTab()->view()->selectRow(0);
    shooter.save(QStringLiteral("03-variables.png"), &window);

    // 04: adding a secret; the value is typed into the masked field.
    page->tabs()->setCurrentIndex(0);
    page->addItemInCurrentTab();
    settle();
    {
        auto* dialog = findVisible<SecretDialog>(&window);
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("secretNameEdit"));
        typeText(name, QStringLiteral("PAYPAL_CLIENT_SECRET"));
        typeText(findVisible<PasswordField>(dialog)->lineEdit(), QStringLiteral("EBWKjlELKMYqRNQ6sYvFo64FtaRLRR5B"));
        shooter.save(QStringLiteral("04-add-secret.png"), &window, {dialog});
        dialog->reject();
    }
    settle();

    // 06: a name that breaks the rule.
    page->addItemInCurrentTab();
    settle();
    {
        auto* dialog = findVisible<SecretDialog>(&window);
        typeText(dialog->findChild<QLineEdit*>(QStringLiteral("secretNameEdit")), QStringLiteral("api-key"));
        typeText(findVisible<PasswordField>(dialog)->lineEdit(), QStringLiteral("sk_test_4eC39HqLyjWDarjtT1zdp7dc"));
        shooter.save(QStringLiteral("06-validation.png"), &window, {dialog});
        dialog->reject();
    }
    settle();

    // 05: adding a variable with a multi-line value, included in the export.
    page->tabs()->setCurrentIndex(1);
    page->addItemInCurrentTab();
    settle();
    {
        auto* dialog = findVisible<VariableDialog>(&window);
        typeText(dialog->findChild<QLineEdit*>(QStringLiteral("variableNameEdit")), QStringLiteral("GOODBYE"));
        typeText(dialog->findChild<QPlainTextEdit*>(QStringLiteral("variableValueEdit")),
            QStringLiteral("Thanks for shopping with us!\nYour order number is in the confirmation e-mail."));
        dialog->findChild<QCheckBox*>(QStringLiteral("includeInExportCheckBox"))->setChecked(true);
        shooter.save(QStringLiteral("05-add-variable.png"), &window, {dialog});
        dialog->reject();
    }
    settle();
}

void shootFilterDeleteAndDark(Stage& stage)
{
    MainWindow& window = stage.window;
    Shooter& shooter = stage.shooter;
    SecretsAndVariablesPage* page = stage.page;
    // 08: the filter narrows the rows as it is typed.
    {
        ItemTableView* view = page->variablesTab()->view();
        view->focusFilter();
        typeText(view->filterEdit(), QStringLiteral("url"));
        shooter.save(QStringLiteral("08-filter.png"), &window);
        view->filterEdit()->clear();
    }

    // 07: the delete confirmation. The message box runs its own modal loop, so it is grabbed and
    // cancelled from a timer inside that loop.
    page->tabs()->setCurrentIndex(0);
    settle();
    {
        ItemTableView* view = page->secretsTab()->view();
        view->selectRow(3);
        bool shot = false;
        QTimer::singleShot(300, &window, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box) {
                fail(QStringLiteral("no message box to grab"));
            }
            shooter.save(QStringLiteral("07-delete-confirm.png"), &window, {box});
            shot = true;
            box->reject();
        });
        page->secretsTab()->deleteSecret(view->currentRow());
        if (!shot) {
            fail(QStringLiteral("the delete confirmation was not shown"));
        }
    }

    // 09: the Secrets tab in a dark palette.
    QApplication::setPalette(darkPalette());
    page->secretsTab()->view()->selectRow(1);
    shooter.save(QStringLiteral("09-dark.png"), &window);
    QApplication::setPalette(lightPalette());
    settle();
}

void shootSourceFolder(Stage& stage)
{
    MainWindow& window = stage.window;
    Vault& vault = stage.vault;
    Shooter& shooter = stage.shooter;
    SecretsAndVariablesPage* page = stage.page;
    const ProjectId shop = stage.shop;
    const QTemporaryDir& temporary = stage.temporary;
    // 12: the Shop bot bound to its code: the banner lists the names the bot expects that the
    // project lacks, and the tables mark the names the code never reads.
    const QString botFolder = writeDemoBot(temporary.filePath(QStringLiteral("shop-bot")));
    check(vault.setProjectSourceFolder(shop, botFolder), "setProjectSourceFolder");
    settle();
    page->tabs()->setCurrentIndex(0);
    page->secretsTab()->view()->selectRow(0);
    shooter.save(QStringLiteral("12-expected-names.png"), &window);

    // 13: the same on the Environment variables tab.
    page->tabs()->setCurrentIndex(1);
    page->variablesTab()->view()->selectRow(0);
    shooter.save(QStringLiteral("13-unused-variables.png"), &window);
}

// 21: Move to a secret… from the findings list: a key left in a script, the suggested name and the
// change as a diff. The script goes again afterwards, so the other screenshots show a clean folder.
void shootMoveToSecret(Stage& stage)
{
    const QString botFolder = stage.temporary.filePath(QStringLiteral("shop-bot"));
    const QString script = QDir(botFolder).filePath(QStringLiteral("src/payments.js"));
    QFile out(script);
    // A made-up key of Stripe's format, assembled so that no file holds one whole.
    const QByteArray key = QByteArray("sk_") + "live_" + "51HqFAKEz8Lm2Nq7Rt4Vx9Kc3Bd6Gh";
    if (!out.open(QIODevice::WriteOnly)
        || out.write("const stripe = require(\"stripe\");\nconst stripeSecretKey = \"" + key + "\";\n") < 0) {
        fail(QStringLiteral("cannot write the demo script"));
    }
    out.close();
    const Result<CredentialScan::Report> report = CredentialScan::scanProject(stage.vault, stage.shop, botFolder);
    if (!report || report->findings.isEmpty()) {
        fail(QStringLiteral("the demo script has no finding"));
    }
    {
        MoveToSecretDialog dialog(&stage.vault, stage.shop, botFolder, report->findings.first(), &stage.window);
        dialog.show();
        settle();
        stage.shooter.save(QStringLiteral("25-move-to-secret.png"), &stage.window, {&dialog});
    }
    QFile::remove(script);
    settle();
}

void shootProjectTransfer(Stage& stage)
{
    MainWindow& window = stage.window;
    Shooter& shooter = stage.shooter;
    const QTemporaryDir& temporary = stage.temporary;
    // 14: File → Export project…, the preview before the file is chosen.
    window.findChild<QAction*>(QStringLiteral("exportProjectAction"))->trigger();
    settle();
    {
        auto* dialog = findVisible<ExportProjectDialog>(&window);
        shooter.save(QStringLiteral("14-export-project.png"), &window, {dialog});
        dialog->reject();
    }
    settle();

    // 15: File → Import project… with a newer export of the Shop bot: merging, with a choice for
    // each variable whose value differs.
    {
        ArchiveManifest manifest;
        manifest.projectName = QStringLiteral("Shop bot");
        manifest.variables = {{QStringLiteral("API_BASE_URL"), QStringLiteral("https://api.shop.example.com/v3")},
            {QStringLiteral("MAX_RETRIES"), QStringLiteral("5")}, {QStringLiteral("CURRENCY"), QStringLiteral("EUR")},
            {QStringLiteral("DELIVERY_ZONES"), QStringLiteral("EU,UK,CH")},
            {QStringLiteral("GREETING"), QStringLiteral("Hi! I'm the Shop bot. Ask me about an order.")}};
        manifest.secretNames = {QStringLiteral("STRIPE_API_KEY"), QStringLiteral("PAYPAL_CLIENT_SECRET")};
        const QString zip = temporary.filePath(QStringLiteral("shop-bot-v3.zip"));
        check(ProjectArchive::write(zip, manifest, {}), "write archive");
        FileDialog::setNextAnswer(zip);
        window.findChild<QAction*>(QStringLiteral("importProjectAction"))->trigger();
        settle();
        auto* dialog = findVisible<ImportProjectDialog>(&window);
        // A new project is the default; merging is the admin's choice.
        dialog->setTarget(ImportProjectDialog::Target::CurrentProject);
        settle();
        dialog->conflictChoice(QStringLiteral("API_BASE_URL"))->setCurrentIndex(1);
        shooter.save(QStringLiteral("15-import-project.png"), &window, {dialog});
        dialog->reject();
    }
    settle();

    // 16: File → Import .env file…: a pasted file, secrets suggested by name and masked, a line
    // that cannot be read listed below.
    window.findChild<QAction*>(QStringLiteral("importEnvAction"))->trigger();
    settle();
    {
        auto* dialog = findVisible<EnvImportDialog>(&window);
        auto* text = dialog->findChild<QPlainTextEdit*>(QStringLiteral("envTextEdit"));
        text->setPlainText(QStringLiteral("# exported from the staging server\n"
                                          "API_BASE_URL=https://staging.shop.example.com/v2\n"
                                          "CURRENCY=EUR\n"
                                          "DELIVERY_ZONES=EU,UK\n"
                                          "PAYPAL_CLIENT_SECRET=EBWKjlELKMYqRNQ6sYvFo64FtaRLRR5B\n"
                                          "export SENTRY_DSN=\"https://key@o1.ingest.example.com/42\"\n"
                                          "FEATURE-FLAGS=reviews\n"));
        dialog->updatePreview();
        shooter.save(QStringLiteral("16-import-env.png"), &window, {dialog});
        dialog->reject();
    }
    settle();
}

// 17–20: the Shop bot on the bot platform. An in-process reference server plays the platform,
// with the project's test widget and a Telegram channel.
class PlatformTour
{
public:
    explicit PlatformTour(Stage& stage);

    // 17: Project → Bind to platform project…, after a successful "Check connection".
    void bind();
    // The first publish, and a deploy of both channels: the platform matches the vault.
    void publishAndDeployAll();
    // Then changes here, and bob changes CURRENCY on the platform too: a conflict.
    void changeBothSides();
    // 18 and 19: the publish plan with the conflict, and both sides of the conflict.
    void shootPublishPlanAndConflict();
    // 20: the Channels tab after deploying the test widget only.
    void shootChannels();

private:
    SyncPlanDialog* openPublishPlan();
    void publishAndWait(SyncPlanDialog* dialog);
    void showChannels(int testWidgetPending, int otherPending);

    Stage& m_stage;
    DemoPlatform m_platform;
    SyncController* m_sync;
    ChannelsController* m_channelsController;
    ChannelsPanel* m_channels;
    // The last status message of the sync and channels controllers.
    QString m_lastMessage;
    QPointer<SyncPlanDialog> m_planDialog;
};

PlatformTour::PlatformTour(Stage& stage)
    : m_stage(stage)
    , m_sync(stage.window.syncController())
    , m_channelsController(stage.window.channelsController())
    , m_channels(stage.window.channelsPanel())
{
    const QString runtime = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("botvault-server"));
    if (!QFileInfo::exists(runtime)) {
        fail(QStringLiteral("%1 is missing: build the botvault-server target").arg(runtime));
    }
    // The port botvault-server serves on by default (docs/SERVER.md), when it is free.
    if (const QString error = m_platform.start(stage.temporary.path(), runtime, 8443); !error.isEmpty()) {
        fail(QStringLiteral("cannot start the platform: %1").arg(error));
    }
    if (m_platform.addChannel(QStringLiteral("TELEGRAM"), kTelegramName) == 0) {
        fail(QStringLiteral("cannot add the Telegram channel"));
    }
    // Deploys are polled at the real pace otherwise; nothing in the images shows it.
    m_channelsController->service()->setPollInterval(std::chrono::milliseconds(50), std::chrono::milliseconds(100));
    QObject::connect(
        m_sync, &SyncController::statusMessage, &stage.window, [this](const QString& text) { m_lastMessage = text; });
    QObject::connect(m_channelsController, &ChannelsController::statusMessage, &stage.window,
        [this](const QString& text) { m_lastMessage = text; });
    QObject::connect(m_sync, &SyncController::planDialogOpened, &stage.window,
        [this](SyncPlanDialog* dialog) { m_planDialog = dialog; });
}

SyncPlanDialog* PlatformTour::openPublishPlan()
{
    m_planDialog = nullptr;
    m_sync->publishAction()->trigger();
    waitFor([this] { return !m_planDialog.isNull() && m_planDialog->isVisible(); }, QStringLiteral("the publish plan"));
    settle();
    return m_planDialog.data();
}

void PlatformTour::publishAndWait(SyncPlanDialog* dialog)
{
    m_lastMessage.clear();
    if (!dialog->acceptButton()->isEnabled()) {
        fail(QStringLiteral("the publish plan cannot be accepted"));
    }
    dialog->acceptButton()->click();
    waitFor([this] { return m_lastMessage.startsWith(QLatin1String("Published")); }, QStringLiteral("the publish"));
}

void PlatformTour::showChannels(int testWidgetPending, int otherPending)
{
    m_stage.window.findChild<QAction*>(QStringLiteral("showChannelsAction"))->trigger();
    QElapsedTimer sinceRefresh;
    sinceRefresh.start();
    waitFor(
        [&] {
            if (channelsListed(m_channels, 2, testWidgetPending, otherPending)) {
                return true;
            }
            // A listing read before the platform had the last publish: read it again.
            if (sinceRefresh.hasExpired(2000) && m_channels->refreshButton()->isEnabled()) {
                m_channels->refreshButton()->click();
                sinceRefresh.restart();
            }
            return false;
        },
        QStringLiteral("the channels"));
    waitFor([this] { return m_channels->deployAllButton()->isEnabled(); }, QStringLiteral("the channels' buttons"));
}

void PlatformTour::bind()
{
    MainWindow& window = m_stage.window;
    Vault& vault = m_stage.vault;
    Shooter& shooter = m_stage.shooter;
    SecretsAndVariablesPage* page = m_stage.page;
    const ProjectId shop = m_stage.shop;
    DemoPlatform& platform = m_platform;
    SyncController* sync = m_sync;
    // 17: Project → Bind to platform project…, after a successful "Check connection".
    page->tabs()->setCurrentIndex(0);
    page->secretsTab()->view()->selectRow(0);
    sync->bindAction()->trigger();
    settle();
    {
        auto* dialog = findVisible<RemoteBindingDialog>(&window);
        typeText(dialog->urlEdit(), platform.url());
        typeText(dialog->tokenField()->lineEdit(), platform.adminToken());
        dialog->checkButton()->click();
        waitFor([dialog] { return dialog->statusLabel()->text().startsWith(QLatin1String("Connected as")); },
            QStringLiteral("the connection check"));
        QComboBox* projects = dialog->remoteProjectCombo();
        projects->setCurrentIndex(projects->findData(platform.projectId()));
        shooter.save(QStringLiteral("17-bind-platform.png"), &window, {dialog});
        QPointer<RemoteBindingDialog> guard(dialog);
        dialog->findChild<QPushButton*>(QStringLiteral("bindOkButton"))->click();
        waitFor([&] { return (guard.isNull() || !guard->isVisible()) && vault.syncBinding(shop).ok(); },
            QStringLiteral("the binding"));
    }
}

void PlatformTour::publishAndDeployAll()
{
    ChannelsController* channelsController = m_channelsController;
    ChannelsPanel* channels = m_channels;
    QString& lastMessage = m_lastMessage;
    // The first publish, and a deploy of both channels: the platform matches the vault.
    publishAndWait(openPublishPlan());
    showChannels(11, 11);
    lastMessage.clear();
    channelsController->deploy(ChannelsController::deployOrder(channels->channels()));
    waitFor([&] { return lastMessage.startsWith(QLatin1String("Deployed 2 channel")); }, QStringLiteral("the deploy"));
    waitFor([&] { return channelsListed(channels, 2, 0, 0); }, QStringLiteral("the deployed channels"));
}

void PlatformTour::changeBothSides()
{
    Vault& vault = m_stage.vault;
    const ProjectId shop = m_stage.shop;
    DemoPlatform& platform = m_platform;
    // Then changes here, and bob changes CURRENCY on the platform too: a conflict.
    check(vault.setVariable(shop, QStringLiteral("CURRENCY"), QStringLiteral("GBP"), true), "setVariable");
    if (!platform.putVariable(QStringLiteral("CURRENCY"), QStringLiteral("USD"), QStringLiteral("bob"))) {
        fail(QStringLiteral("cannot change CURRENCY on the platform"));
    }
    check(vault.setVariable(shop, QStringLiteral("DELIVERY_ZONES"), QStringLiteral("EU,UK,CH"), true), "setVariable");
    check(vault.setVariable(shop, QStringLiteral("MAX_RETRIES"), QStringLiteral("5"), true), "setVariable");
    check(vault.setSecret(
              shop, QStringLiteral("PAYPAL_CLIENT_SECRET"), fakeSecret(QStringLiteral("PAYPAL_CLIENT_SECRET"))),
        "setSecret");
    check(
        vault.setSecret(shop, QStringLiteral("STRIPE_API_KEY"), fakeSecret(QStringLiteral("STRIPE_API_KEY, rotated"))),
        "setSecret");
}

void PlatformTour::shootPublishPlanAndConflict()
{
    MainWindow& window = m_stage.window;
    Shooter& shooter = m_stage.shooter;
    SecretsAndVariablesPage* page = m_stage.page;
    // 18: Project → Publish…: the plan with the conflict, the items to add and to change.
    page->tabs()->setCurrentIndex(1);
    page->variablesTab()->view()->selectRow(0);
    SyncPlanDialog* plan = openPublishPlan();
    // The status bar still tells of the deploy above, which has nothing to do with this plan.
    window.statusBar()->clearMessage();
    // Wide enough for PAYPAL_CLIENT_SECRET, as a user would drag the column.
    plan->tree()->resizeColumnToContents(0);
    shooter.save(QStringLiteral("18-publish-plan.png"), &window, {plan});

    // 19: Resolve… on the conflict: both sides of CURRENCY.
    {
        const QList<SyncPlanItem> items = plan->plan().items;
        int conflict = -1;
        for (int i = 0; i < items.size(); ++i) {
            if (items.at(i).name == QLatin1String("CURRENCY") && items.at(i).action == SyncPlanItem::Action::Conflict) {
                conflict = i;
            }
        }
        if (conflict < 0) {
            fail(QStringLiteral("the publish plan has no conflict on CURRENCY"));
        }
        plan->resolveConflict(conflict);
        settle();
        auto* dialog = findVisible<ConflictDialog>(plan);
        shooter.save(QStringLiteral("19-conflict.png"), &window, {plan, dialog});
        dialog->findChild<QPushButton*>(QStringLiteral("keepMineButton"))->click();
        settle();
    }
    publishAndWait(plan);
}

void PlatformTour::shootChannels()
{
    MainWindow& window = m_stage.window;
    Shooter& shooter = m_stage.shooter;
    ChannelsPanel* channels = m_channels;
    QString& lastMessage = m_lastMessage;
    // 20: the Channels tab after deploying the test widget only: Telegram still waits for the three
    // changed variables; the test widget answers with the new ones, masks a secret and shows an error.
    showChannels(3, 3);
    qint64 testWidget = 0;
    for (const ChannelInfo& channel : channels->channels()) {
        if (channel.isTestWidget()) {
            testWidget = channel.id;
        }
    }
    channels->selectChannel(testWidget);
    lastMessage.clear();
    channels->deployButton()->click();
    waitFor([&] { return lastMessage.startsWith(QLatin1String("Deployed 1 channel")); },
        QStringLiteral("the test widget's deploy"));
    waitFor([&] { return channelsListed(channels, 2, 0, 3); }, QStringLiteral("the channels after the deploy"));
    {
        TestWidgetPanel* talk = window.testWidgetPanel();
        const QStringList inputs = {QStringLiteral("$env.get(\"DELIVERY_ZONES\")"),
            QStringLiteral("\"Bearer \" + $secrets.get(\"STRIPE_API_KEY\")"),
            QStringLiteral("$secrets.get(\"ZENDESK_API_TOKEN\")")};
        for (const QString& input : inputs) {
            const int before = talk->exchangeCount();
            talk->inputEdit()->clear();
            typeText(talk->inputEdit(), input);
            talk->sendButton()->click();
            waitFor(
                [&] { return talk->exchangeCount() > before && !talk->isBusy(); }, QStringLiteral("the bot's reply"));
        }
        talk->inputEdit()->clear();
        QTreeWidgetItem* telegram = channelRow(channels, kTelegramName);
        if (!telegram) {
            fail(QStringLiteral("no Telegram row"));
        }
        telegram->setExpanded(true);
        // Taller than the other images, with the splitter dragged down so that the channels, the
        // pending variables and the whole transcript show without scrolling.
        window.resize(kWindowSize.width(), kChannelsWindowHeight);
        settle();
        auto* splitter = window.findChild<QSplitter*>(QStringLiteral("channelsSplitter"));
        if (!splitter) {
            fail(QStringLiteral("no channels splitter"));
        }
        const int total = splitter->sizes().value(0) + splitter->sizes().value(1);
        splitter->setSizes({kChannelsPanelHeight, total - kChannelsPanelHeight});
        shooter.save(QStringLiteral("20-channels.png"), &window);
    }
}

// 21: Rotate… on the Shop bot's Stripe key, which expires in ten days, in the bound project: the
// Rotation column, the banner's count and the publish offer naming both channels.
void shootRotation(Stage& stage)
{
    MainWindow& window = stage.window;
    window.resize(kWindowSize);
    stage.page->tabs()->setCurrentIndex(0);
    RotationPolicy expiring;
    expiring.expiresOn = QDate::currentDate().addDays(10);
    check(stage.vault.setSecretRotation(stage.shop, QStringLiteral("STRIPE_API_KEY"), expiring), "setSecretRotation");
    RotationPolicy quarterly;
    quarterly.periodDays = 90;
    check(stage.vault.setSecretRotation(stage.shop, QStringLiteral("OPENAI_API_KEY"), quarterly), "setSecretRotation");
    settle();
    SecretsTab* tab = stage.page->secretsTab();
    int row = -1;
    for (int candidate = 0; candidate < tab->model()->rowCount(); ++candidate) {
        if (tab->model()->secretAt(candidate).name == QStringLiteral("STRIPE_API_KEY")) {
            row = candidate;
        }
    }
    tab->view()->selectRow(row);
    tab->rotateSecret(row);
    settle();
    auto* dialog = findVisible<RotateSecretDialog>(&window);
    typeText(dialog->valueField()->editor(), QStringLiteral("rk_demo_51NcYq2LmW4nXv7TpK9sJd3HcY6bNa1"));
    stage.shooter.save(QStringLiteral("26-rotate-secret.png"), &window, {dialog});
    dialog->reject();
    settle();
}

} // namespace

int main(int argc, char** argv)
{
    // The offscreen platform warns about every dialog's size hints; that says nothing here.
    static const QtMessageHandler defaultHandler = qInstallMessageHandler(nullptr);
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext& context, const QString& message) {
        if (defaultHandler && !message.contains(QLatin1String("does not support propagateSizeHints"))) {
            defaultHandler(type, context, message);
        }
    });
    QCA::Initializer qcaInit;
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("BotVault"));
    QApplication::setApplicationName(QStringLiteral("BotVault screenshots"));
    QApplication::setApplicationVersion(QStringLiteral(BOTVAULT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Saves the screenshots of the user guide."));
    parser.addHelpOption();
    const QCommandLineOption outOption(QStringLiteral("out"),
        QStringLiteral("Folder for the PNG files (default: docs/screenshots)."), QStringLiteral("FOLDER"),
        QStringLiteral("docs/screenshots"));
    parser.addOption(outOption);
    parser.process(app);
    const QString outFolder = parser.value(outOption);
    if (!QDir().mkpath(outFolder)) {
        fail(QStringLiteral("cannot create %1").arg(outFolder));
    }

    // One look whatever the machine: Fusion, a light palette, English, a fixed date format.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(lightPalette());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Translations::install(&app, QStringLiteral("en"));

    QTemporaryDir temporary(QDir::tempPath() + QStringLiteral("/botvault-screenshots-XXXXXX"));
    if (!temporary.isValid()) {
        fail(QStringLiteral("cannot create a temporary folder"));
    }
    const QString vaultPath = temporary.filePath(QStringLiteral("vault.db"));
    QSettings iniFile(temporary.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    AppSettings settings(&iniFile);
    settings.setVaultPath(vaultPath);

    Vault vault;
    vault.setActor(Actor::localOwner(QStringLiteral("anna")));
    Shooter shooter(outFolder);

    MainWindow window(&vault, &settings);
    window.resize(kWindowSize);
    window.show();
    window.activateWindow();
    settle();

    Stage stage {window, vault, shooter, temporary, vaultPath};
    shootFirstStart(stage);
    createDemoVault(stage);
    shootLockedAndUnlock(stage);
    stage.shop = check(vault.projectByName(QStringLiteral("Shop bot")), "projectByName").id;
    window.projectsPanel()->selectProject(stage.shop);
    stage.page = window.page();
    settle();

    shootSecretsAndVariables(stage);
    shootFilterDeleteAndDark(stage);
    shootSourceFolder(stage);
    shootProjectTransfer(stage);
    shootMoveToSecret(stage);

    PlatformTour platform(stage);
    platform.bind();
    platform.publishAndDeployAll();
    platform.changeBothSides();
    platform.shootPublishPlanAndConflict();
    platform.shootChannels();
    shootRotation(stage);

    window.resize(kWindowSize);
    window.page()->tabs()->setCurrentIndex(0);
    settle();
    shootHistory(window, vault, shooter, stage.shop);

    window.lockVault();
    settings.sync();
    return 0;
}
