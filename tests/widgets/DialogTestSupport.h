#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStringList>
#include <QTest>
#include <QWidget>

// Helpers shared by the dialog widget tests (header-only, included by each test's one source).
namespace DialogTestSupport {

// The child named `name`, or nullptr. Pair with QVERIFY so a renamed widget fails loudly.
template<typename T>
T* child(const QWidget* root, const char* name)
{
    return root->findChild<T*>(QLatin1String(name));
}

// The visible dialog of type T under `root`, or nullptr: a dialog that was closed with
// WA_DeleteOnClose lingers hidden until its deferred delete runs, so "the first child" could be a
// stale one.
template<typename T>
T* visibleDialog(const QWidget* root)
{
    const QList<T*> dialogs = root->findChildren<T*>();
    for (T* dialog : dialogs) {
        if (dialog->isVisible()) {
            return dialog;
        }
    }
    return nullptr;
}

// Every string a person or an assistive tool could get out of `root` and its children: texts,
// placeholders, titles, tooltips, accessible names and descriptions, "What's this" help.
inline QStringList exposedStrings(QWidget* root)
{
    QStringList strings;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* widget : widgets) {
        strings << widget->windowTitle() << widget->toolTip() << widget->accessibleName()
                << widget->accessibleDescription() << widget->whatsThis() << widget->statusTip();
        if (auto* label = qobject_cast<QLabel*>(widget)) {
            strings << label->text();
        } else if (auto* lineEdit = qobject_cast<QLineEdit*>(widget)) {
            strings << lineEdit->text() << lineEdit->displayText() << lineEdit->placeholderText();
        } else if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            strings << button->text();
        } else if (auto* plain = qobject_cast<QPlainTextEdit*>(widget)) {
            strings << plain->toPlainText() << plain->placeholderText();
        } else if (auto* group = qobject_cast<QGroupBox*>(widget)) {
            strings << group->title();
        }
    }
    strings.removeAll(QString());
    return strings;
}

// Types `text` key by key, including characters beyond Latin-1 (QTest::keyClicks takes Latin-1
// only), as a person with the matching keyboard layout would.
inline void typeText(QWidget* target, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(target, c.toLatin1());
        } else {
            QTest::sendKeyEvent(QTest::Press, target, Qt::Key_unknown, QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, target, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
}

// Pastes `text` with Ctrl+V, as a person would put a long value in.
inline void paste(QWidget* target, const QString& text)
{
    QApplication::clipboard()->setText(text);
    QTest::keyClick(target, Qt::Key_V, Qt::ControlModifier);
    QApplication::clipboard()->clear();
}

// With BOTVAULT_SCREENSHOT_DIR set, saves a picture of `widget` there as `<name>.png` (to look at
// the dialogs without a display).
inline void saveScreenshot(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("BOTVAULT_SCREENSHOT_DIR");
    if (folder.isEmpty()) {
        return;
    }
    QDir().mkpath(folder);
    // Let pending layout requests run, as the event loop would before the next paint.
    QApplication::processEvents();
    widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

} // namespace DialogTestSupport
