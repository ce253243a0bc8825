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

#include "app/screenshots/DemoPlatform.h"
#include "models/ProjectStore.h"
#include "models/Role.h"
#include "storage/Argon2Kdf.h"
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
#include "ui/PasswordField.h"
#include "ui/ProjectsPanel.h"
#include "ui/RemoteBindingDialog.h"
#include "ui/SecretDialog.h"
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

constexpr QSize kWindowSize(1100, 680);
// 20-channels.png: the Channels tab shows a table and a transcript one above the other.
constexpr int kChannelsWindowHeight = 800;
constexpr int kChannelsPanelHeight = 235;
// The vault file the dialogs show: the default location of a user "anna" rather than the temporary
// folder the demo vault really lives in.
const QString kShownVaultPath = QStringLiteral("/home/anna/.local/share/botvault/vault.db");
const QString kPassword = QStringLiteral("orange-Kettle-42-river");

[[noreturn]] void fail(const QString& what)
{
    std::fprintf(stderr, "botvault-screenshots: %s\n", qPrintable(what));
    std::exit(1);
}

template<typename T>
T check(Result<T> result, const char* what)
{
    if (!result) {
        fail(QStringLiteral("%1: %2").arg(QLatin1String(what), result.message()));
    }
    if constexpr (!std::is_void_v<T>) {
        return std::move(result).value();
    }
}

// Runs the event loop for `ms` milliseconds: layouts, deferred resizes and repaints settle.
void settle(int ms = 120)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Runs the event loop until `done` holds. The in-process platform answers within a second or two;
// the limit only keeps a broken run from hanging.
void waitFor(const std::function<bool()>& done, const QString& what)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.hasExpired(60000)) {
            fail(QStringLiteral("timed out waiting for %1").arg(what));
        }
        settle(25);
    }
}

// Types `text` into `widget` as key presses and releases, as a user would.
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        const int key = c == u'\n' ? int(Qt::Key_Return) : int(c.toUpper().unicode());
        const QString keyText = c == u'\n' ? QStringLiteral("\r") : QString(c);
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, keyText);
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, keyText);
        QApplication::sendEvent(widget, &release);
    }
}

QPalette lightPalette()
{
    return QApplication::style()->standardPalette();
}

// A dark palette for Fusion, close to the dark themes of common desktops.
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xdf, 0xe1, 0xe5);
    const QColor disabledText(0x80, 0x83, 0x88);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x25, 0x27, 0x2a));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9d, 0xa3));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x36, 0x38, 0x3c));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4d));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x40));
    p.setColor(QPalette::Mid, QColor(0x24, 0x25, 0x28));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x58, 0x9d, 0xf6));
    p.setColor(QPalette::LinkVisited, QColor(0xa3, 0x7a, 0xf0));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, disabledText);
    }
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x45, 0x48, 0x4d));
    return p;
}

// A plain window frame around a grabbed window: a title bar with the window's title, a border and
// a soft shadow, so that a dialog reads as a window of its own over the main window.
class Framer
{
public:
    static constexpr int kTitleHeight = 30;
    static constexpr int kShadow = 14;

    // The size of the framed image of a `content`-sized window, shadow included.
    static QSize framedSize(const QSize& content)
    {
        return {content.width() + 2 * kShadow + 2, content.height() + kTitleHeight + 2 * kShadow + 2};
    }

    // Where the content's top-left corner lies inside the framed image.
    static QPoint contentOffset() { return {kShadow + 1, kShadow + 1 + kTitleHeight}; }

    // Paints `window`'s frame and `content` with the content's top-left corner at `at`.
    static void paint(QPainter& painter, const QPoint& at, const QPixmap& content, const QString& title,
        const QPalette& palette, bool active)
    {
        const QSize size(content.deviceIndependentSize().toSize());
        const QRect outer(at.x() - 1, at.y() - kTitleHeight - 1, size.width() + 2, size.height() + kTitleHeight + 2);
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing);
        for (int i = kShadow; i > 0; --i) {
            const int alpha = (kShadow - i + 1) * 34 / kShadow / 3;
            QPainterPath path;
            path.addRoundedRect(QRectF(outer).adjusted(-i, -i + 3, i, i + 3), 8 + i, 8 + i);
            painter.fillPath(path, QColor(0, 0, 0, alpha));
        }
        const bool dark = palette.color(QPalette::Window).lightness() < 128;
        const QColor titleColour = dark ? (active ? QColor(0x3a, 0x3c, 0x41) : QColor(0x32, 0x34, 0x38))
                                        : (active ? QColor(0xe3, 0xe5, 0xe8) : QColor(0xee, 0xef, 0xf1));
        QPainterPath frame;
        frame.addRoundedRect(QRectF(outer).adjusted(0.5, 0.5, -0.5, -0.5), 7, 7);
        painter.fillPath(frame, titleColour);
        painter.setPen(QPen(dark ? QColor(0x12, 0x12, 0x14) : QColor(0xa8, 0xab, 0xb0), 1));
        painter.drawPath(frame);
        painter.setRenderHint(QPainter::Antialiasing, false);
        QFont font = QApplication::font();
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(palette.color(active ? QPalette::Active : QPalette::Inactive, QPalette::WindowText));
        painter.drawText(QRect(outer.left(), outer.top(), outer.width(), kTitleHeight), Qt::AlignCenter, title);
        painter.drawPixmap(at, content);
        painter.restore();
    }
};

// Saves the window and, over it, every visible dialog (`dialogs` in stacking order), each framed.
class Shooter
{
public:
    explicit Shooter(QString folder) : m_folder(std::move(folder)) { }

    void save(const QString& name, QWidget* window, const QList<QWidget*>& dialogs = {})
    {
        settle();
        const QPixmap windowPixmap = window->grab();
        const QPoint origin = window->mapToGlobal(QPoint(0, 0));
        QImage image(Framer::framedSize(window->size()), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        Framer::paint(painter, Framer::contentOffset(), windowPixmap, window->windowTitle(), window->palette(),
            dialogs.isEmpty());
        for (QWidget* dialog : dialogs) {
            const QPixmap dialogPixmap = dialog->grab();
            QPoint at = Framer::contentOffset() + dialog->mapToGlobal(QPoint(0, 0)) - origin;
            // Keep the dialog, title bar included, inside the image.
            at.setX(qBound(Framer::kShadow + 1, at.x(), image.width() - Framer::kShadow - 1 - dialog->width()));
            at.setY(qBound(Framer::kShadow + 1 + Framer::kTitleHeight, at.y(),
                image.height() - Framer::kShadow - 1 - dialog->height()));
            Framer::paint(painter, at, dialogPixmap, dialog->windowTitle(), dialog->palette(), true);
        }
        painter.end();
        const QString path = QDir(m_folder).filePath(name);
        if (!image.save(path)) {
            fail(QStringLiteral("cannot write %1").arg(path));
        }
        std::printf("wrote %s (%dx%d)\n", qPrintable(path), image.width(), image.height());
    }

private:
    QString m_folder;
};

template<typename T>
T* findVisible(QWidget* parent)
{
    for (T* child : parent->findChildren<T*>()) {
        if (child->isVisible()) {
            return child;
        }
    }
    fail(QStringLiteral("no visible %1").arg(QLatin1String(T::staticMetaObject.className())));
}

struct DemoVariable
{
    const char* name;
    QString value;
    bool includeInExport;
};

struct DemoProject
{
    QString name;
    QStringList secrets;
    QList<DemoVariable> variables;
};

QList<DemoProject> demoProjects()
{
    return {
        {QStringLiteral("Shop bot"),
            {QStringLiteral("STRIPE_API_KEY"), QStringLiteral("TELEGRAM_BOT_TOKEN"), QStringLiteral("OPENAI_API_KEY"),
                QStringLiteral("DB_PASSWORD"), QStringLiteral("STRIPE_WEBHOOK_SECRET"),
                QStringLiteral("SMTP_PASSWORD")},
            {
                {"GREETING",
                    QStringLiteral("Hi! I'm the Shop bot.\nAsk me about an order, a delivery or a refund.\nType /help "
                                   "to see everything I can do."),
                    true},
                {"API_BASE_URL", QStringLiteral("https://api.shop.example.com/v2"), true},
                {"MAX_RETRIES", QStringLiteral("3"), true},
                {"SUPPORT_EMAIL", QStringLiteral("support@shop.example.com"), false},
                {"FEATURE_FLAGS", QStringLiteral(R"({"gift_cards": true, "express_delivery": false, "reviews": true})"),
                    true},
                {"CURRENCY", QStringLiteral("EUR"), true},
                {"ORDER_WEBHOOK_URL", QStringLiteral("https://hooks.shop.example.com/orders"), false},
                {"STATUS_PAGE_URL", QStringLiteral("https://status.shop.example.com"), true},
                {"CATALOG_PAGE_SIZE", QStringLiteral("20"), true},
                {"TIMEZONE", QStringLiteral("Europe/Berlin"), true},
                {"LOG_LEVEL", QStringLiteral("info"), false},
            }},
        {QStringLiteral("Support bot"),
            {QStringLiteral("TELEGRAM_BOT_TOKEN"), QStringLiteral("ZENDESK_API_TOKEN"),
                QStringLiteral("OPENAI_API_KEY")},
            {
                {"GREETING", QStringLiteral("Hello! Describe your problem and I'll find the right person."), true},
                {"API_BASE_URL", QStringLiteral("https://support.example.com/api"), true},
                {"SUPPORT_EMAIL", QStringLiteral("help@example.com"), true},
                {"ESCALATION_TIMEOUT_MIN", QStringLiteral("15"), false},
            }},
        {QStringLiteral("Weather bot"), {QStringLiteral("TELEGRAM_BOT_TOKEN"), QStringLiteral("WEATHER_API_KEY")},
            {
                {"DEFAULT_CITY", QStringLiteral("Lisbon"), true},
                {"UNITS", QStringLiteral("metric"), true},
                {"MAX_RETRIES", QStringLiteral("5"), false},
            }},
    };
}

// Plausible-looking fake values: never real credentials.
QCA::SecureArray fakeSecret(const QString& name)
{
    const QByteArray seed = QCA::Hash(QStringLiteral("sha256")).hashToString(name.toUtf8()).toLatin1();
    if (name.startsWith(QLatin1String("STRIPE"))) {
        return QCA::SecureArray(QByteArrayLiteral("sk_test_") + seed.left(40));
    }
    if (name.startsWith(QLatin1String("TELEGRAM"))) {
        return QCA::SecureArray(QByteArrayLiteral("123456789:AA") + seed.left(33));
    }
    if (name.startsWith(QLatin1String("OPENAI"))) {
        return QCA::SecureArray(QByteArrayLiteral("sk-demo-") + seed.left(48));
    }
    return QCA::SecureArray(seed.left(24));
}

// The Shop bot's code in the platform's layout: chatbot.yaml names what it injects and src/ reads
// more with $env.get and $secrets.get. PAYPAL_CLIENT_SECRET and DELIVERY_ZONES are expected but
// not in the demo vault, so the page shows them as missing.
QString writeDemoBot(const QString& folder)
{
    const QList<QPair<QString, QByteArray>> files = {
        {QStringLiteral("chatbot.yaml"),
            "name: shop-bot\n"
            "entryPoint: main.sc\n"
            "injector:\n"
            "  secrets: [STRIPE_API_KEY, TELEGRAM_BOT_TOKEN, OPENAI_API_KEY, PAYPAL_CLIENT_SECRET]\n"
            "  variables: [GREETING, API_BASE_URL, CURRENCY]\n"},
        {QStringLiteral("src/main.sc"),
            "theme: /\n"
            "    state: Start\n"
            "        q!: $regex</start>\n"
            "        a: {{ $env.get(\"GREETING\") }}\n"},
        {QStringLiteral("src/orders.js"),
            "const base = $env.get(\"API_BASE_URL\");\n"
            "const zones = $env.get(\"DELIVERY_ZONES\", \"EU\");\n"
            "const retries = Number($env.get(\"MAX_RETRIES\", \"3\"));\n"
            "const db = $secrets.get(\"DB_PASSWORD\");\n"
            "const hook = $secrets.get(\"STRIPE_WEBHOOK_SECRET\");\n"},
    };
    for (const auto& [path, content] : files) {
        const QString file = QDir(folder).filePath(path);
        QDir().mkpath(QFileInfo(file).absolutePath());
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size()) {
            fail(QStringLiteral("cannot write %1").arg(file));
        }
    }
    return folder;
}

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

void fillDemoVault(Vault& vault)
{
    for (const DemoProject& demo : demoProjects()) {
        const Project project = check(vault.addProject(demo.name), "addProject");
        for (const QString& secret : demo.secrets) {
            check(vault.setSecret(project.id, secret, SecretValue(fakeSecret(secret))), "setSecret");
        }
        for (const DemoVariable& variable : demo.variables) {
            check(vault.setVariable(project.id, QLatin1String(variable.name), variable.value, variable.includeInExport),
                "setVariable");
        }
    }
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

    // 11: locked.
    shooter.save(QStringLiteral("11-locked.png"), &window);

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
    const ProjectId shop = check(vault.projectByName(QStringLiteral("Shop bot")), "projectByName").id;
    window.projectsPanel()->selectProject(shop);
    SecretsAndVariablesPage* page = window.page();
    settle();

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

    // 17–20: the Shop bot on the bot platform. An in-process reference server plays the platform,
    // with the project's test widget and a Telegram channel.
    const QString runtime = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("botvault-server"));
    if (!QFileInfo::exists(runtime)) {
        fail(QStringLiteral("%1 is missing: build the botvault-server target").arg(runtime));
    }
    DemoPlatform platform;
    // The port botvault-server serves on by default (docs/SERVER.md), when it is free.
    if (const QString error = platform.start(temporary.path(), runtime, 8443); !error.isEmpty()) {
        fail(QStringLiteral("cannot start the platform: %1").arg(error));
    }
    const QString telegramName = QStringLiteral("@ShopExampleBot");
    if (platform.addChannel(QStringLiteral("TELEGRAM"), telegramName) == 0) {
        fail(QStringLiteral("cannot add the Telegram channel"));
    }
    SyncController* sync = window.syncController();
    ChannelsController* channelsController = window.channelsController();
    ChannelsPanel* channels = window.channelsPanel();
    // Deploys are polled at the real pace otherwise; nothing in the images shows it.
    channelsController->service()->setPollInterval(std::chrono::milliseconds(50), std::chrono::milliseconds(100));
    QString lastMessage;
    QPointer<SyncPlanDialog> planDialog;
    QObject::connect(sync, &SyncController::statusMessage, &window, [&](const QString& text) { lastMessage = text; });
    QObject::connect(channelsController, &ChannelsController::statusMessage, &window,
        [&](const QString& text) { lastMessage = text; });
    QObject::connect(
        sync, &SyncController::planDialogOpened, &window, [&](SyncPlanDialog* dialog) { planDialog = dialog; });
    auto openPublishPlan = [&] {
        planDialog = nullptr;
        sync->publishAction()->trigger();
        waitFor([&] { return !planDialog.isNull() && planDialog->isVisible(); }, QStringLiteral("the publish plan"));
        settle();
        return planDialog.data();
    };
    auto publishAndWait = [&](SyncPlanDialog* dialog) {
        lastMessage.clear();
        if (!dialog->acceptButton()->isEnabled()) {
            fail(QStringLiteral("the publish plan cannot be accepted"));
        }
        dialog->acceptButton()->click();
        waitFor([&] { return lastMessage.startsWith(QLatin1String("Published")); }, QStringLiteral("the publish"));
    };
    auto showChannels = [&](int testWidgetPending, int otherPending) {
        window.findChild<QAction*>(QStringLiteral("showChannelsAction"))->trigger();
        QElapsedTimer sinceRefresh;
        sinceRefresh.start();
        waitFor(
            [&] {
                if (channelsListed(channels, 2, testWidgetPending, otherPending)) {
                    return true;
                }
                // A listing read before the platform had the last publish: read it again.
                if (sinceRefresh.hasExpired(2000) && channels->refreshButton()->isEnabled()) {
                    channels->refreshButton()->click();
                    sinceRefresh.restart();
                }
                return false;
            },
            QStringLiteral("the channels"));
        waitFor([&] { return channels->deployAllButton()->isEnabled(); }, QStringLiteral("the channels' buttons"));
    };

    // 17: Project → Bind to platform project…, after a successful "Check connection".
    page->tabs()->setCurrentIndex(0);
    page->secretsTab()->view()->selectRow(0);
    sync->bindAction()->trigger();
    settle();
    {
        auto* dialog = findVisible<RemoteBindingDialog>(&window);
        typeText(dialog->urlEdit(), platform.url());
        dialog->remoteProjectEdit()->setValue(static_cast<double>(platform.projectId()));
        typeText(dialog->tokenField()->lineEdit(), platform.adminToken());
        dialog->checkButton()->click();
        waitFor([dialog] { return dialog->statusLabel()->text().startsWith(QLatin1String("Connected as")); },
            QStringLiteral("the connection check"));
        shooter.save(QStringLiteral("17-bind-platform.png"), &window, {dialog});
        QPointer<RemoteBindingDialog> guard(dialog);
        dialog->findChild<QPushButton*>(QStringLiteral("bindOkButton"))->click();
        waitFor([&] { return (guard.isNull() || !guard->isVisible()) && vault.syncBinding(shop).ok(); },
            QStringLiteral("the binding"));
    }

    // The first publish, and a deploy of both channels: the platform matches the vault.
    publishAndWait(openPublishPlan());
    showChannels(11, 11);
    lastMessage.clear();
    channelsController->deploy(ChannelsController::deployOrder(channels->channels()));
    waitFor([&] { return lastMessage.startsWith(QLatin1String("Deployed 2 channel")); }, QStringLiteral("the deploy"));
    waitFor([&] { return channelsListed(channels, 2, 0, 0); }, QStringLiteral("the deployed channels"));

    // Then changes here, and bob changes CURRENCY on the platform too: a conflict.
    check(vault.setVariable(shop, QStringLiteral("CURRENCY"), QStringLiteral("GBP"), true), "setVariable");
    if (!platform.putVariable(QStringLiteral("CURRENCY"), QStringLiteral("USD"), QStringLiteral("bob"))) {
        fail(QStringLiteral("cannot change CURRENCY on the platform"));
    }
    check(vault.setVariable(shop, QStringLiteral("DELIVERY_ZONES"), QStringLiteral("EU,UK,CH"), true), "setVariable");
    check(vault.setVariable(shop, QStringLiteral("MAX_RETRIES"), QStringLiteral("5"), true), "setVariable");
    check(vault.setSecret(shop, QStringLiteral("PAYPAL_CLIENT_SECRET"),
              SecretValue(fakeSecret(QStringLiteral("PAYPAL_CLIENT_SECRET")))),
        "setSecret");
    check(vault.setSecret(shop, QStringLiteral("STRIPE_API_KEY"),
              SecretValue(fakeSecret(QStringLiteral("STRIPE_API_KEY, rotated")))),
        "setSecret");

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
        QTreeWidgetItem* telegram = channelRow(channels, telegramName);
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

    window.lockVault();
    settings.sync();
    return 0;
}
