#include "storage/Vault.h"
#include "tests/support/TestMain.h"
#include "tests/support/TestSupport.h"
#include "tests/widgets/DialogTestSupport.h"
#include "ui/AppSettings.h"
#include "ui/ItemTableView.h"
#include "ui/MainWindow.h"
#include "ui/SecretDialog.h"
#include "ui/SecretsAndVariablesPage.h"
#include "ui/SecretsTab.h"
#include "ui/UnlockDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAccessibleInterface>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMetaProperty>
#include <QMimeData>
#include <QMutex>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSet>
#include <QSettings>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>
#include <QUrl>

#include <memory>

using DialogTestSupport::child;
using DialogTestSupport::visibleDialog;
using TestSupport::fastKdfParams;
using TestSupport::secret;
using TestSupport::secure;

namespace {

const QString kPassword = QStringLiteral("correct horse battery staple");
const QString kProject = QStringLiteral("Leak check");
const QString kSecretName = QStringLiteral("LEAK_CHECK_TOKEN");

// Every message Qt and the application log while the test runs (qDebug … qFatal), then handed on
// to QtTest's own handler.
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        const QMutexLocker lock(&g_logMutex);
        g_log << message << QString::fromUtf8(context.category ? context.category : "")
              << QString::fromUtf8(context.function ? context.function : "");
    }
    if (g_previousHandler) {
        g_previousHandler(type, context, message);
    }
}

QStringList capturedLog()
{
    const QMutexLocker lock(&g_logMutex);
    return g_log;
}

// "canary-" and 16 random hex digits: a value nothing else in the process can contain by chance.
QString newCanary()
{
    return QStringLiteral("canary-%1").arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
}

QString describe(const QObject* object)
{
    if (!object) {
        return QStringLiteral("(null)");
    }
    const QString name = object->objectName();
    return QString::fromLatin1(object->metaObject()->className())
        + (name.isEmpty() ? QString() : QLatin1Char('#') + name);
}

// Looks for canaries in everything the running application could show a person, hand to an
// assistive tool, put on the clipboard, log or write next to the vault: widget texts and every
// string property, every cell, role and header of every item model, the accessibility tree, the
// clipboard, the captured log and given files. Each canary is looked for as typed and as the hex
// and base64 of its UTF-8 and UTF-16 bytes. A finding names where, never the canary, so a failure
// message leaks nothing either.
class LeakWalker
{
public:
    explicit LeakWalker(const QStringList& canaries)
    {
        for (const QString& canary : canaries) {
            const QByteArray utf8 = canary.toUtf8();
            QByteArray utf16Le;
            QByteArray utf16Be;
            for (const QChar c : canary) {
                utf16Le.append(static_cast<char>(c.unicode() & 0xff)).append(static_cast<char>(c.unicode() >> 8));
                utf16Be.append(static_cast<char>(c.unicode() >> 8)).append(static_cast<char>(c.unicode() & 0xff));
            }
            m_textNeedles.append({QStringLiteral("as typed"), canary, Qt::CaseInsensitive});
            for (const auto& [form, bytes] :
                {std::pair {QStringLiteral("UTF-8"), utf8}, std::pair {QStringLiteral("UTF-16LE"), utf16Le},
                    std::pair {QStringLiteral("UTF-16BE"), utf16Be}}) {
                m_textNeedles.append(
                    {QStringLiteral("hex of ") + form, QString::fromLatin1(bytes.toHex()), Qt::CaseInsensitive});
                // Base64 of the value alone; inside a longer encoded text it would only match when
                // aligned, so the trailing partial group is left out.
                const QByteArray base64 = bytes.toBase64(QByteArray::OmitTrailingEquals);
                const QByteArray base64Url
                    = bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
                const qsizetype whole = (bytes.size() / 3) * 4;
                m_textNeedles.append(
                    {QStringLiteral("base64 of ") + form, QString::fromLatin1(base64.left(whole)), Qt::CaseSensitive});
                m_textNeedles.append({QStringLiteral("base64url of ") + form,
                    QString::fromLatin1(base64Url.left(whole)), Qt::CaseSensitive});
            }
            m_byteNeedles.append({QStringLiteral("UTF-8 bytes"), utf8});
            m_byteNeedles.append({QStringLiteral("UTF-16LE bytes"), utf16Le});
            m_byteNeedles.append({QStringLiteral("UTF-16BE bytes"), utf16Be});
        }
    }

    QStringList findings() const { return m_findings; }

    void walkEverything(const QStringList& files)
    {
        walkWidgets();
        walkModels();
        walkAccessibility();
        walkClipboard();
        walkLog(capturedLog());
        for (const QString& file : files) {
            walkFile(file);
        }
    }

    void walkWidgets()
    {
        const QList<QWidget*> widgets = QApplication::allWidgets();
        for (QWidget* widget : widgets) {
            const QString where = describe(widget);
            checkText(where + QStringLiteral(" windowTitle"), widget->windowTitle());
            checkText(where + QStringLiteral(" windowIconText"), widget->windowIconText());
            checkText(where + QStringLiteral(" windowFilePath"), widget->windowFilePath());
            checkText(where + QStringLiteral(" toolTip"), widget->toolTip());
            checkText(where + QStringLiteral(" statusTip"), widget->statusTip());
            checkText(where + QStringLiteral(" whatsThis"), widget->whatsThis());
            checkText(where + QStringLiteral(" accessibleName"), widget->accessibleName());
            checkText(where + QStringLiteral(" accessibleDescription"), widget->accessibleDescription());
            walkProperties(where, widget);
            walkClassSpecific(where, widget);
            QList<QAction*> actions = widget->actions();
            actions += widget->findChildren<QAction*>(Qt::FindDirectChildrenOnly);
            for (const QAction* action : std::as_const(actions)) {
                const QString at = where + QStringLiteral(" action ") + describe(action);
                checkText(at, action->text());
                checkText(at, action->iconText());
                checkText(at, action->toolTip());
                checkText(at, action->statusTip());
                checkText(at, action->whatsThis());
                checkVariant(at, action->data());
            }
        }
    }

    void walkModels()
    {
        QSet<const QAbstractItemModel*> models;
        auto addModel = [&models](const QAbstractItemModel* model) {
            // A proxy's source holds what the proxy filters out, so it is walked too.
            while (model && !models.contains(model)) {
                models.insert(model);
                const auto* proxy = qobject_cast<const QAbstractProxyModel*>(model);
                model = proxy ? proxy->sourceModel() : nullptr;
            }
        };
        const QList<QWidget*> widgets = QApplication::allWidgets();
        for (QWidget* widget : widgets) {
            if (const auto* view = qobject_cast<QAbstractItemView*>(widget)) {
                addModel(view->model());
            }
            if (const auto* combo = qobject_cast<QComboBox*>(widget)) {
                addModel(combo->model());
            }
            if (const auto* lineEdit = qobject_cast<QLineEdit*>(widget); lineEdit && lineEdit->completer()) {
                addModel(lineEdit->completer()->model());
                addModel(lineEdit->completer()->completionModel());
            }
            const QList<QAbstractItemModel*> owned
                = widget->findChildren<QAbstractItemModel*>(Qt::FindDirectChildrenOnly);
            for (const QAbstractItemModel* model : owned) {
                addModel(model);
            }
        }
        for (const QAbstractItemModel* model : std::as_const(models)) {
            walkModel(describe(model), model);
        }
    }

    void walkAccessibility()
    {
        const QList<QWidget*> widgets = QApplication::allWidgets();
        for (QWidget* widget : widgets) {
            walkInterface(
                describe(widget) + QStringLiteral(" accessible"), QAccessible::queryAccessibleInterface(widget), 0);
        }
    }

    void walkClipboard()
    {
        QClipboard* clipboard = QGuiApplication::clipboard();
        QList<QClipboard::Mode> modes {QClipboard::Clipboard};
        if (clipboard->supportsSelection()) {
            modes << QClipboard::Selection;
        }
        if (clipboard->supportsFindBuffer()) {
            modes << QClipboard::FindBuffer;
        }
        for (const QClipboard::Mode mode : std::as_const(modes)) {
            const QString where = QStringLiteral("clipboard (mode %1)").arg(int(mode));
            checkText(where + QStringLiteral(" text"), clipboard->text(mode));
            if (const QMimeData* data = clipboard->mimeData(mode)) {
                checkText(where + QStringLiteral(" html"), data->html());
                for (const QUrl& url : data->urls()) {
                    checkText(where + QStringLiteral(" url"), url.toString());
                }
                const QStringList formats = data->formats();
                for (const QString& format : formats) {
                    checkBytes(where + QLatin1Char(' ') + format, data->data(format));
                }
            }
        }
    }

    void walkLog(const QStringList& log)
    {
        for (const QString& line : log) {
            checkText(QStringLiteral("log"), line);
        }
    }

    void walkFile(const QString& path)
    {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            checkBytes(QStringLiteral("file ") + QFileInfo(path).fileName(), file.readAll());
        }
    }

private:
    struct TextNeedle
    {
        QString form;
        QString text;
        Qt::CaseSensitivity sensitivity;
    };
    struct ByteNeedle
    {
        QString form;
        QByteArray bytes;
    };

    void checkText(const QString& where, const QString& text)
    {
        if (text.isEmpty()) {
            return;
        }
        for (const TextNeedle& needle : std::as_const(m_textNeedles)) {
            if (text.contains(needle.text, needle.sensitivity)) {
                m_findings << QStringLiteral("%1 (%2)").arg(where, needle.form);
            }
        }
    }

    void checkBytes(const QString& where, const QByteArray& bytes)
    {
        if (bytes.isEmpty()) {
            return;
        }
        for (const ByteNeedle& needle : std::as_const(m_byteNeedles)) {
            if (bytes.contains(needle.bytes)) {
                m_findings << QStringLiteral("%1 (%2)").arg(where, needle.form);
            }
        }
        checkText(where, QString::fromLatin1(bytes));
    }

    void checkVariant(const QString& where, const QVariant& value, int depth = 0)
    {
        if (!value.isValid() || depth > 4) {
            return;
        }
        switch (value.typeId()) {
        case QMetaType::QString:
            checkText(where, value.toString());
            break;
        case QMetaType::QStringList:
            for (const QString& text : value.toStringList()) {
                checkText(where, text);
            }
            break;
        case QMetaType::QByteArray:
            checkBytes(where, value.toByteArray());
            break;
        case QMetaType::QUrl:
            checkText(where, value.toUrl().toString());
            break;
        case QMetaType::QVariantList:
            for (const QVariant& item : value.toList()) {
                checkVariant(where, item, depth + 1);
            }
            break;
        case QMetaType::QVariantMap: {
            const QVariantMap map = value.toMap();
            for (auto it = map.cbegin(); it != map.cend(); ++it) {
                checkText(where, it.key());
                checkVariant(where, it.value(), depth + 1);
            }
            break;
        }
        default:
            if (value.canConvert<QString>()) {
                checkText(where, value.toString());
            }
            break;
        }
    }

    // Every readable Q_PROPERTY (text, placeholderText, plainText, html, currentText, …) and every
    // dynamic property, so a widget class nobody thought of is covered too.
    void walkProperties(const QString& where, QObject* object)
    {
        const QMetaObject* meta = object->metaObject();
        for (int i = 0; i < meta->propertyCount(); ++i) {
            const QMetaProperty property = meta->property(i);
            if (property.isReadable()) {
                checkVariant(where + QLatin1Char('.') + QString::fromLatin1(property.name()), property.read(object));
            }
        }
        const QList<QByteArray> dynamicNames = object->dynamicPropertyNames();
        for (const QByteArray& name : dynamicNames) {
            checkVariant(where + QLatin1Char('.') + QString::fromLatin1(name), object->property(name.constData()));
        }
    }

    void walkClassSpecific(const QString& where, QWidget* widget)
    {
        if (const auto* label = qobject_cast<QLabel*>(widget)) {
            checkText(where + QStringLiteral(" text"), label->text());
        } else if (const auto* lineEdit = qobject_cast<QLineEdit*>(widget)) {
            checkText(where + QStringLiteral(" text"), lineEdit->text());
            checkText(where + QStringLiteral(" displayText"), lineEdit->displayText());
            checkText(where + QStringLiteral(" placeholderText"), lineEdit->placeholderText());
        } else if (const auto* button = qobject_cast<QAbstractButton*>(widget)) {
            checkText(where + QStringLiteral(" text"), button->text());
        } else if (const auto* plain = qobject_cast<QPlainTextEdit*>(widget)) {
            checkText(where + QStringLiteral(" plainText"), plain->toPlainText());
            checkText(where + QStringLiteral(" placeholderText"), plain->placeholderText());
        } else if (const auto* rich = qobject_cast<QTextEdit*>(widget)) {
            checkText(where + QStringLiteral(" plainText"), rich->toPlainText());
            checkText(where + QStringLiteral(" html"), rich->toHtml());
        } else if (const auto* combo = qobject_cast<QComboBox*>(widget)) {
            checkText(where + QStringLiteral(" currentText"), combo->currentText());
            for (int item = 0; item < combo->count(); ++item) {
                checkText(where + QStringLiteral(" item"), combo->itemText(item));
                checkVariant(where + QStringLiteral(" item data"), combo->itemData(item));
            }
        } else if (const auto* tabBar = qobject_cast<QTabBar*>(widget)) {
            for (int tab = 0; tab < tabBar->count(); ++tab) {
                checkText(where + QStringLiteral(" tab"), tabBar->tabText(tab));
                checkText(where + QStringLiteral(" tab toolTip"), tabBar->tabToolTip(tab));
                checkText(where + QStringLiteral(" tab whatsThis"), tabBar->tabWhatsThis(tab));
                checkVariant(where + QStringLiteral(" tab data"), tabBar->tabData(tab));
            }
        } else if (const auto* statusBar = qobject_cast<QStatusBar*>(widget)) {
            checkText(where + QStringLiteral(" message"), statusBar->currentMessage());
        } else if (const auto* group = qobject_cast<QGroupBox*>(widget)) {
            checkText(where + QStringLiteral(" title"), group->title());
        } else if (const auto* menu = qobject_cast<QMenu*>(widget)) {
            checkText(where + QStringLiteral(" title"), menu->title());
        } else if (const auto* progress = qobject_cast<QProgressBar*>(widget)) {
            checkText(where + QStringLiteral(" text"), progress->text());
        } else if (const auto* spin = qobject_cast<QAbstractSpinBox*>(widget)) {
            checkText(where + QStringLiteral(" text"), spin->text());
        }
    }

    void walkModel(const QString& where, const QAbstractItemModel* model, const QModelIndex& parent = {}, int depth = 0)
    {
        constexpr int kLastRole = Qt::UserRole + 20;
        const int rows = model->rowCount(parent);
        const int columns = model->columnCount(parent);
        QModelIndexList indexes;
        for (int row = 0; row < rows; ++row) {
            for (int column = 0; column < columns; ++column) {
                const QModelIndex index = model->index(row, column, parent);
                indexes << index;
                const QString at = QStringLiteral("%1 [%2,%3]").arg(where).arg(row).arg(column);
                for (int role = 0; role <= kLastRole; ++role) {
                    checkVariant(QStringLiteral("%1 role %2").arg(at).arg(role), model->data(index, role));
                }
                if (column == 0 && depth < 8 && model->hasChildren(index)) {
                    walkModel(where, model, index, depth + 1);
                }
            }
        }
        if (depth == 0) {
            for (int role = 0; role <= kLastRole; ++role) {
                for (int column = 0; column < columns; ++column) {
                    checkVariant(QStringLiteral("%1 header %2 role %3").arg(where).arg(column).arg(role),
                        model->headerData(column, Qt::Horizontal, role));
                }
                for (int row = 0; row < rows; ++row) {
                    checkVariant(QStringLiteral("%1 row header %2 role %3").arg(where).arg(row).arg(role),
                        model->headerData(row, Qt::Vertical, role));
                }
            }
        }
        // What dragging or copying the rows out of a view would carry.
        if (!indexes.isEmpty()) {
            const std::unique_ptr<QMimeData> data(model->mimeData(indexes));
            if (data) {
                const QStringList formats = data->formats();
                for (const QString& format : formats) {
                    checkBytes(where + QStringLiteral(" mime ") + format, data->data(format));
                }
            }
        }
    }

    void walkInterface(const QString& where, QAccessibleInterface* interface, int depth)
    {
        if (!interface || !interface->isValid() || depth > 6) {
            return;
        }
        for (const QAccessible::Text text : {QAccessible::Name, QAccessible::Description, QAccessible::Value,
                 QAccessible::Help, QAccessible::Accelerator}) {
            checkText(QStringLiteral("%1 text %2").arg(where).arg(int(text)), interface->text(text));
        }
        if (QAccessibleTextInterface* textInterface = interface->textInterface()) {
            checkText(
                where + QStringLiteral(" text interface"), textInterface->text(0, textInterface->characterCount()));
        }
        if (QAccessibleValueInterface* value = interface->valueInterface()) {
            checkVariant(where + QStringLiteral(" value interface"), value->currentValue());
        }
        // Child widgets are walked on their own; this goes into the parts that are no widget of
        // their own (table cells and headers, list items, tabs).
        const int children = interface->childCount();
        for (int i = 0; i < children && i < 10000; ++i) {
            QAccessibleInterface* child = interface->child(i);
            if (!child || (child->object() && child->object()->isWidgetType())) {
                continue;
            }
            walkInterface(QStringLiteral("%1/%2").arg(where).arg(i), child, depth + 1);
        }
    }

    QList<TextNeedle> m_textNeedles;
    QList<ByteNeedle> m_byteNeedles;
    QStringList m_findings;
};

// The findings of `walker` that start with `where`.
QStringList findingsAt(const LeakWalker& walker, const QString& where)
{
    QStringList matching;
    const QStringList findings = walker.findings();
    for (const QString& finding : findings) {
        if (finding.startsWith(where)) {
            matching << finding;
        }
    }
    return matching;
}

} // namespace

// A secret's value, typed into the real Add and Edit secret dialogs of the real main window, must
// show up nowhere else: in no widget, item model, accessibility interface, on the clipboard, in the
// log or in the settings file, while the window is open, after the dialogs closed, and after
// locking. The walker that looks is first shown to find a value planted in each of those places.
class TestNoSecretLeak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void walkerFindsAPlantedValueEverywhereItLooks();
    void typedSecretValuesShowUpNowhere();
};

void TestNoSecretLeak::initTestCase()
{
    g_previousHandler = qInstallMessageHandler(captureMessage);
    QApplication::setQuitOnLastWindowClosed(false);
}

void TestNoSecretLeak::cleanupTestCase()
{
    qInstallMessageHandler(g_previousHandler);
}

void TestNoSecretLeak::walkerFindsAPlantedValueEverywhereItLooks()
{
    // A canary of its own: the log keeps it for the rest of the run, and the real test must not
    // trip over it.
    const QString canary = newCanary();
    const QStringList canaries {canary};

    {
        auto label = std::make_unique<QLabel>(QStringLiteral("before %1 after").arg(canary));
        label->setObjectName(QStringLiteral("plantedLabel"));
        LeakWalker walker(canaries);
        walker.walkWidgets();
        QVERIFY2(!findingsAt(walker, QStringLiteral("QLabel#plantedLabel")).isEmpty(),
            qPrintable(walker.findings().join(QLatin1Char('\n'))));
    }
    {
        QPushButton button;
        button.setObjectName(QStringLiteral("plantedButton"));
        button.setToolTip(canary.toUpper());
        LeakWalker walker(canaries);
        walker.walkWidgets();
        QVERIFY(!findingsAt(walker, QStringLiteral("QPushButton#plantedButton toolTip")).isEmpty());
    }
    {
        QTableView view;
        QStandardItemModel model(1, 2);
        model.setObjectName(QStringLiteral("plantedModel"));
        model.setData(model.index(0, 1), canary, Qt::UserRole + 5);
        view.setModel(&model);
        LeakWalker walker(canaries);
        walker.walkModels();
        QVERIFY(!findingsAt(walker, QStringLiteral("QStandardItemModel#plantedModel [0,1] role")).isEmpty());
    }
    {
        QLineEdit edit;
        edit.setObjectName(QStringLiteral("plantedEdit"));
        edit.setText(canary);
        LeakWalker walker(canaries);
        walker.walkAccessibility();
        QVERIFY2(!findingsAt(walker, QStringLiteral("QLineEdit#plantedEdit accessible")).isEmpty(),
            qPrintable(walker.findings().join(QLatin1Char('\n'))));
    }
    {
        QGuiApplication::clipboard()->setText(QString::fromLatin1(canary.toUtf8().toHex()));
        LeakWalker walker(canaries);
        walker.walkClipboard();
        QGuiApplication::clipboard()->clear();
        QVERIFY(!findingsAt(walker, QStringLiteral("clipboard")).isEmpty());
    }
    {
        auto* data = new QMimeData;
        data->setData(QStringLiteral("application/x-planted"), canary.toUtf8().toBase64());
        QGuiApplication::clipboard()->setMimeData(data);
        LeakWalker walker(canaries);
        walker.walkClipboard();
        QGuiApplication::clipboard()->clear();
        QVERIFY(!findingsAt(walker, QStringLiteral("clipboard")).isEmpty());
    }
    {
        qDebug("planted %s", canary.toUtf8().toBase64().constData());
        LeakWalker walker(canaries);
        walker.walkLog(capturedLog());
        QVERIFY(!findingsAt(walker, QStringLiteral("log")).isEmpty());
    }
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("planted.ini"));
        QSettings settings(path, QSettings::IniFormat);
        settings.setValue(QStringLiteral("planted"), canary);
        settings.sync();
        LeakWalker walker(canaries);
        walker.walkFile(path);
        QVERIFY(!findingsAt(walker, QStringLiteral("file planted.ini")).isEmpty());
    }

    // Everything planted is gone again, and the walker says so (the log is left out: it keeps
    // the planted line).
    LeakWalker walker(canaries);
    walker.walkWidgets();
    walker.walkModels();
    walker.walkAccessibility();
    walker.walkClipboard();
    QVERIFY2(walker.findings().isEmpty(), qPrintable(walker.findings().join(QLatin1Char('\n'))));
}

void TestNoSecretLeak::typedSecretValuesShowUpNowhere()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString vaultPath = dir.filePath(QStringLiteral("vault.db"));
    const QString settingsPath = dir.filePath(QStringLiteral("botvault.ini"));
    QSettings qsettings(settingsPath, QSettings::IniFormat);
    AppSettings settings(&qsettings);
    settings.setVaultPath(vaultPath);
    Vault vault;
    QVERIFY(Vault::create(vaultPath, secret(kPassword), fastKdfParams()).ok());
    QVERIFY(vault.unlock(vaultPath, secret(kPassword)).ok());
    QVERIFY(vault.addProject(kProject).ok());
    vault.lock();

    const QString added = newCanary();
    const QString replaced = newCanary();
    const QString cancelled = newCanary();
    const QStringList canaries {added, replaced, cancelled};
    auto storedValue = [&vault](ProjectId project) {
        auto value = vault.secretValue(project, kSecretName);
        return value ? QString::fromUtf8(value->bytes().toByteArray()) : QString();
    };
    const QStringList files {settingsPath, vaultPath, vaultPath + QStringLiteral("-wal")};

    auto window = std::make_unique<MainWindow>(&vault, &settings);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    window->start();
    auto* unlock = visibleDialog<UnlockDialog>(window.get());
    QVERIFY(unlock);
    QTest::keyClicks(child<QLineEdit>(unlock, "passwordEdit"), kPassword);
    QTest::mouseClick(child<QPushButton>(unlock, "unlockButton"), Qt::LeftButton);
    QVERIFY(vault.isUnlocked());
    const ProjectId project = window->page()->project();
    QVERIFY(project != 0);
    ItemTableView* view = window->page()->secretsTab()->view();
    QTableView* table = view->table();

    // Add, trying the ways a value could slip out of the field: copy, cut, holding "show".
    QTest::mouseClick(window->findChild<QPushButton*>(QStringLiteral("secretsAddButton")), Qt::LeftButton);
    auto* dialog = visibleDialog<SecretDialog>(window.get());
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "secretNameEdit"), kSecretName);
    auto* value = child<QLineEdit>(dialog, "secretValueEdit");
    QTest::keyClicks(value, added);
    QTest::keyClick(value, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(value, Qt::Key_C, Qt::ControlModifier);
    QTest::keyClick(value, Qt::Key_X, Qt::ControlModifier);
    auto* reveal = child<QToolButton>(dialog, "secretValueRevealButton");
    QVERIFY(reveal);
    QTest::mousePress(reveal, Qt::LeftButton);
    QCOMPARE(value->echoMode(), QLineEdit::Normal);
    QTest::mouseRelease(reveal, Qt::LeftButton);
    QCOMPARE(value->echoMode(), QLineEdit::Password);
    {
        // The value is in its field, where it belongs, and the walker sees it there: the
        // positive control on the real window.
        LeakWalker walker(canaries);
        walker.walkWidgets();
        QVERIFY(!findingsAt(walker, QStringLiteral("QLineEdit#secretValueEdit")).isEmpty());
    }
    QTest::mouseClick(child<QPushButton>(dialog, "saveSecretButton"), Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
    QVERIFY(storedValue(project) == added);

    {
        // The name is shown on purpose, and the walker finds it in the real window's model, in its
        // table's accessible cells and in the status bar: it reaches every place it should.
        LeakWalker walker({kSecretName});
        walker.walkEverything(files);
        QVERIFY(!findingsAt(walker, QStringLiteral("SecretsTableModel [0,0]")).isEmpty());
        QVERIFY(!findingsAt(walker, QStringLiteral("RowActionsProxyModel [0,0]")).isEmpty());
        QVERIFY(!findingsAt(walker, QStringLiteral("QTableView#secretsTable accessible/")).isEmpty());
        QVERIFY(!findingsAt(walker, QStringLiteral("QStatusBar message")).isEmpty());
    }
    // Edit with Enter: the dialog starts empty, nothing of the stored value is anywhere.
    table->setFocus();
    view->selectRow(0);
    QTest::keyClick(table, Qt::Key_Return);
    dialog = visibleDialog<SecretDialog>(window.get());
    QVERIFY(dialog);
    QVERIFY(dialog->isEditing());
    {
        LeakWalker walker(canaries);
        walker.walkEverything(files);
        QVERIFY2(walker.findings().isEmpty(), qPrintable(walker.findings().join(QLatin1Char('\n'))));
    }
    QTest::keyClicks(child<QLineEdit>(dialog, "secretValueEdit"), replaced);
    QTest::mouseClick(child<QPushButton>(dialog, "saveSecretButton"), Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
    QVERIFY(storedValue(project) == replaced);

    // Edit again, type a value and cancel.
    QTest::keyClick(table, Qt::Key_Return);
    dialog = visibleDialog<SecretDialog>(window.get());
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "secretValueEdit"), cancelled);
    QTest::mouseClick(child<QPushButton>(dialog, "cancelSecretButton"), Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
    QVERIFY(storedValue(project) == replaced);

    // Ctrl+C on the secret's row copies nothing.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);

    // The closed dialogs are deleted (WA_DeleteOnClose) once the event loop gets to them.
    QTRY_VERIFY(window->findChildren<SecretDialog*>().isEmpty());
    settings.sync();
    {
        LeakWalker walker(canaries);
        walker.walkEverything(files);
        QVERIFY2(walker.findings().isEmpty(), qPrintable(walker.findings().join(QLatin1Char('\n'))));
    }

    // Nor after locking and closing.
    QTest::keyClick(window.get(), Qt::Key_L, Qt::ControlModifier);
    QVERIFY(!vault.isUnlocked());
    QVERIFY(window->close());
    settings.sync();
    {
        LeakWalker walker(canaries);
        walker.walkEverything(files);
        QVERIFY2(walker.findings().isEmpty(), qPrintable(walker.findings().join(QLatin1Char('\n'))));
    }
}

BOTVAULT_WIDGET_TEST_MAIN(TestNoSecretLeak)
#include "TestNoSecretLeak.moc"
