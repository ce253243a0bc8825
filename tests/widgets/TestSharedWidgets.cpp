#include "tests/support/TestMain.h"
#include "ui/Icons.h"
#include "ui/MessageBox.h"
#include "ui/PasswordField.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QImage>
#include <QLineEdit>
#include <QMenu>
#include <QPalette>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

// The small widgets the dialogs share: the message-box wrapper's test seam, the palette-tinted
// icons and the password field.
class TestSharedWidgets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();

    void messageBoxAnswersWithoutShowing();
    void messageBoxShowsWhenNoAnswerIsSet();
    void confirmDeleteLabelsTheButtonDelete();
    void everyIconRenders_data();
    void everyIconRenders();
    void iconsFollowThePalette();
    void unknownIconIsNull();
    void passwordFieldTakeValueClears();
    void passwordFieldSignalsWithoutText();
    void passwordFieldNeverCopies();
    void passwordFieldMasksAgainWhenHidden();
    void passwordFieldsAreNeighboursInTheTabChain();
    void passwordFieldShowsFromTheKeyboard();
};

namespace {

// The colour of the most opaque pixel: the icon's stroke.
QColor strokeColour(const QPixmap& pixmap)
{
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    QColor best(Qt::transparent);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.alpha() > best.alpha()) {
                best = pixel;
            }
        }
    }
    return best;
}

} // namespace

void TestSharedWidgets::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    QApplication::setPalette(QPalette());
}

void TestSharedWidgets::messageBoxAnswersWithoutShowing()
{
    const int before = MessageBox::promptCount();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    const auto answer = MessageBox::question(nullptr, QStringLiteral("Delete secret"),
        QStringLiteral("Delete the secret 'API_KEY'?"), QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    QCOMPARE(answer, QMessageBox::Yes);
    QCOMPARE(MessageBox::lastTitle(), QStringLiteral("Delete secret"));
    QCOMPARE(MessageBox::lastText(), QStringLiteral("Delete the secret 'API_KEY'?"));
    QCOMPARE(MessageBox::promptCount(), before + 1);
    QVERIFY(QApplication::topLevelWidgets().isEmpty() || !QApplication::activeModalWidget());
}

void TestSharedWidgets::messageBoxShowsWhenNoAnswerIsSet()
{
    // The answer is used once; the next prompt is a real message box (closed here by a timer).
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QCOMPARE(MessageBox::information(nullptr, QStringLiteral("t"), QStringLiteral("first")), QMessageBox::Ok);
    bool shown = false;
    QTimer::singleShot(0, this, [&shown] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            shown = box->text() == QStringLiteral("second");
            box->button(QMessageBox::Cancel)->click();
        }
    });
    const auto answer = MessageBox::warning(
        nullptr, QStringLiteral("t"), QStringLiteral("second"), QMessageBox::Ok | QMessageBox::Cancel);
    QVERIFY(shown);
    QCOMPARE(answer, QMessageBox::Cancel);
    QCOMPARE(MessageBox::lastText(), QStringLiteral("second"));
}

void TestSharedWidgets::confirmDeleteLabelsTheButtonDelete()
{
    QString deleteText;
    bool cancelIsDefault = false;
    QTimer::singleShot(0, this, [&] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            QAbstractButton* yes = box->button(QMessageBox::Yes);
            deleteText = yes ? yes->text() : QString();
            cancelIsDefault = static_cast<QAbstractButton*>(box->defaultButton()) == box->button(QMessageBox::Cancel);
            yes->click();
        }
    });
    const auto answer = MessageBox::confirmDelete(
        nullptr, QStringLiteral("Delete variable"), QStringLiteral("Delete the variable 'API_URL'?"));
    QCOMPARE(deleteText, QStringLiteral("&Delete"));
    QVERIFY(cancelIsDefault);
    QCOMPARE(answer, QMessageBox::Yes);
    QCOMPARE(MessageBox::lastText(), QStringLiteral("Delete the variable 'API_URL'?"));

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QCOMPARE(MessageBox::confirmDelete(nullptr, QStringLiteral("t"), QStringLiteral("x")), QMessageBox::Cancel);
}

void TestSharedWidgets::everyIconRenders_data()
{
    QTest::addColumn<QString>("name");
    for (const char* name :
        {"add", "copy", "delete", "edit", "lock", "search", "show", "hide", "project", "botvault"}) {
        QTest::newRow(name) << QString::fromLatin1(name);
    }
}

void TestSharedWidgets::everyIconRenders()
{
    QFETCH(QString, name);
    const QIcon icon = Icons::icon(name);
    QVERIFY(!icon.isNull());
    for (const int size : {16, 24, 48}) {
        const QPixmap pixmap = icon.pixmap(size, size);
        QCOMPARE(pixmap.size(), QSize(size, size));
        QVERIFY2(strokeColour(pixmap).alpha() > 200, "nothing drawn");
    }
    const QString folder = qEnvironmentVariable("BOTVAULT_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        icon.pixmap(48, 48).save(QStringLiteral("%1/icon-%2.png").arg(folder, name));
    }
}

void TestSharedWidgets::iconsFollowThePalette()
{
    QPalette light;
    light.setColor(QPalette::Active, QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    light.setColor(QPalette::Inactive, QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    light.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0xa0, 0xa0, 0xa0));
    QApplication::setPalette(light);
    const QIcon icon = Icons::icon(QStringLiteral("lock"));
    QCOMPARE(strokeColour(icon.pixmap(24, 24)).rgb(), QColor(0x20, 0x20, 0x20).rgb());
    QCOMPARE(strokeColour(icon.pixmap(24, 24, QIcon::Disabled)).rgb(), QColor(0xa0, 0xa0, 0xa0).rgb());

    QPalette dark = light;
    dark.setColor(QPalette::Active, QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Inactive, QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x70, 0x70, 0x70));
    QApplication::setPalette(dark);
    // The same QIcon follows the new palette.
    QCOMPARE(strokeColour(icon.pixmap(24, 24)).rgb(), QColor(0xee, 0xee, 0xee).rgb());
    QCOMPARE(strokeColour(icon.pixmap(24, 24, QIcon::Disabled)).rgb(), QColor(0x70, 0x70, 0x70).rgb());
}

void TestSharedWidgets::unknownIconIsNull()
{
    QVERIFY(Icons::icon(QStringLiteral("no-such-icon")).isNull());
}

void TestSharedWidgets::passwordFieldTakeValueClears()
{
    PasswordField field;
    field.show();
    QVERIFY(field.isEmpty());
    QTest::keyClicks(field.lineEdit(), QStringLiteral("s3cret"));
    QVERIFY(!field.isEmpty());
    QCOMPARE(field.byteSize(), 6);
    const SecretValue value = field.takeValue();
    QCOMPARE(value.size(), 6);
    QVERIFY(field.isEmpty());
    field.lineEdit()->undo();
    QVERIFY(field.isEmpty());
}

void TestSharedWidgets::passwordFieldSignalsWithoutText()
{
    PasswordField field;
    QSignalSpy changed(&field, &PasswordField::textChanged);
    QTest::keyClicks(field.lineEdit(), QStringLiteral("abc"));
    QCOMPARE(changed.count(), 3);
    for (const QList<QVariant>& arguments : std::as_const(changed)) {
        QVERIFY(arguments.isEmpty());
    }
    field.setPlaceholderText(QStringLiteral("Master password"));
    QCOMPARE(field.lineEdit()->placeholderText(), QStringLiteral("Master password"));
}

void TestSharedWidgets::passwordFieldNeverCopies()
{
    PasswordField field;
    field.setAccessibleName(QStringLiteral("Secret value"));
    field.show();
    QTest::keyClicks(field.lineEdit(), QStringLiteral("do-not-copy"));
    QApplication::clipboard()->setText(QStringLiteral("before"));

    field.lineEdit()->selectAll();
    QTest::keyClick(field.lineEdit(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("before"));

    // Not while the text is shown either.
    QTest::mousePress(field.revealButton(), Qt::LeftButton);
    QVERIFY(field.isRevealed());
    field.lineEdit()->selectAll();
    QTest::keyClick(field.lineEdit(), Qt::Key_C, Qt::ControlModifier);
    QTest::keyClick(field.lineEdit(), Qt::Key_X, Qt::ControlModifier);
    QTest::mouseRelease(field.revealButton(), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("before"));
    QVERIFY(!field.isEmpty());
    QVERIFY(!field.lineEdit()->dragEnabled());

    QList<QWidget*> widgets = field.findChildren<QWidget*>();
    widgets.append(&field);
    for (QWidget* widget : std::as_const(widgets)) {
        QVERIFY(!widget->toolTip().contains(QStringLiteral("do-not-copy")));
        QVERIFY(!widget->accessibleDescription().contains(QStringLiteral("do-not-copy")));
        QVERIFY(!widget->accessibleName().contains(QStringLiteral("do-not-copy")));
    }
    QCOMPARE(field.lineEdit()->accessibleName(), QStringLiteral("Secret value"));
    QVERIFY(!field.revealButton()->accessibleName().isEmpty());
    QApplication::clipboard()->clear();
}

void TestSharedWidgets::passwordFieldMasksAgainWhenHidden()
{
    PasswordField field;
    field.show();
    QTest::keyClicks(field.lineEdit(), QStringLiteral("abc"));
    QTest::mousePress(field.revealButton(), Qt::LeftButton);
    QVERIFY(field.isRevealed());
    // The window goes away mid-press (locked, closed): the text must not stay shown.
    field.hide();
    QVERIFY(!field.isRevealed());
    QCOMPARE(field.lineEdit()->echoMode(), QLineEdit::Password);
}

void TestSharedWidgets::passwordFieldsAreNeighboursInTheTabChain()
{
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* first = new PasswordField(&window);
    auto* second = new PasswordField(&window);
    layout->addWidget(first);
    layout->addWidget(second);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    first->setFocus();
    QCOMPARE(QApplication::focusWidget(), first->lineEdit());
    QTest::keyClick(first->lineEdit(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), second->lineEdit());
    QCOMPARE(first->revealButton()->focusPolicy(), Qt::NoFocus);
}

void TestSharedWidgets::passwordFieldShowsFromTheKeyboard()
{
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* field = new PasswordField(&window);
    auto* other = new QLineEdit(&window);
    layout->addWidget(field);
    layout->addWidget(other);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    field->setFocus();
    QTest::keyClicks(field->lineEdit(), QStringLiteral("abc"));
    QTest::keyClick(field->lineEdit(), Qt::Key_H, Qt::ControlModifier);
    QVERIFY(field->isRevealed());
    QCOMPARE(field->lineEdit()->text(), QStringLiteral("abc")); // Ctrl+H typed nothing
    QTest::keyClick(field->lineEdit(), Qt::Key_H, Qt::ControlModifier);
    QVERIFY(!field->isRevealed());
    QTest::keyClick(field->lineEdit(), Qt::Key_H, Qt::ControlModifier);
    QVERIFY(field->isRevealed());
    // Leaving the field masks it again.
    other->setFocus();
    QVERIFY(!field->isRevealed());
}

BOTVAULT_WIDGET_TEST_MAIN(TestSharedWidgets)
#include "TestSharedWidgets.moc"
