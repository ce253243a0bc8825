#include "tests/support/TestMain.h"

#include "ui/ClipboardGuard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QSignalSpy>

#include <memory>

// The guard clears only what it put on the clipboard, after the timeout, on clearNow() and when
// it is destroyed.
class TestClipboardGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void copyPutsTextWithConcealmentHints();
    void copyDoesNotTouchTheSelection();
    void clearedAfterTheTimeout();
    void userCopyIsLeftAlone();
    void sameTextCopiedByTheUserIsLeftAlone();
    void newCopyRestartsTheTimer();
    void clearNowClearsOurCopyOnce();
    void clearNowLeavesTheUsersCopy();
    void destructionClearsOurCopy();
    void destructionLeavesTheUsersCopy();

private:
    QClipboard* m_clipboard = nullptr;
};

namespace {
const QString kSecret = QStringLiteral("s3cr3t-t0ken-value");
}

void TestClipboardGuard::init()
{
    m_clipboard = QGuiApplication::clipboard();
    QVERIFY(m_clipboard);
    m_clipboard->clear(QClipboard::Clipboard);
    if (m_clipboard->supportsSelection()) {
        m_clipboard->clear(QClipboard::Selection);
    }
}

void TestClipboardGuard::copyPutsTextWithConcealmentHints()
{
    ClipboardGuard guard(m_clipboard);
    guard.copy(kSecret, 60'000);

    QCOMPARE(m_clipboard->text(), kSecret);
    const QMimeData* data = m_clipboard->mimeData();
    QVERIFY(data);
    QVERIFY(data->hasText());
    QVERIFY(data->hasFormat(QStringLiteral("text/plain")));
    QVERIFY(data->hasFormat(QStringLiteral("x-kde-passwordManagerHint")));
    QCOMPARE(data->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArrayLiteral("secret"));
    QVERIFY(data->hasFormat(QStringLiteral("application/x-nspasteboard-concealed-type")));
    QVERIFY(guard.isGuarding());
}

void TestClipboardGuard::copyDoesNotTouchTheSelection()
{
    if (!m_clipboard->supportsSelection()) {
        QSKIP("The platform has no selection clipboard");
    }
    ClipboardGuard guard(m_clipboard);
    guard.copy(kSecret, 60'000);
    QVERIFY(m_clipboard->text(QClipboard::Selection).isEmpty());
}

void TestClipboardGuard::clearedAfterTheTimeout()
{
    ClipboardGuard guard(m_clipboard);
    QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
    guard.copy(kSecret, 100);
    QCOMPARE(m_clipboard->text(), kSecret);

    QTRY_VERIFY(m_clipboard->text().isEmpty());
    QCOMPARE(cleared.count(), 1);
    QVERIFY(!guard.isGuarding());
    const QMimeData* data = m_clipboard->mimeData();
    QVERIFY(!data || !data->hasFormat(QStringLiteral("x-kde-passwordManagerHint")));
}

void TestClipboardGuard::userCopyIsLeftAlone()
{
    ClipboardGuard guard(m_clipboard);
    QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
    guard.copy(kSecret, 100);
    m_clipboard->setText(QStringLiteral("something the user copied"));

    QTest::qWait(400);
    QCOMPARE(m_clipboard->text(), QStringLiteral("something the user copied"));
    QCOMPARE(cleared.count(), 0);
    QVERIFY(!guard.isGuarding());
}

void TestClipboardGuard::sameTextCopiedByTheUserIsLeftAlone()
{
    // The user copied the same text from another application: it is theirs now.
    ClipboardGuard guard(m_clipboard);
    QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
    guard.copy(kSecret, 100);
    m_clipboard->setText(kSecret);

    QTest::qWait(400);
    QCOMPARE(m_clipboard->text(), kSecret);
    QCOMPARE(cleared.count(), 0);
}

void TestClipboardGuard::newCopyRestartsTheTimer()
{
    ClipboardGuard guard(m_clipboard);
    QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
    guard.copy(kSecret, 100);
    guard.copy(QStringLiteral("second value"), 60'000);

    QTest::qWait(400);
    QCOMPARE(m_clipboard->text(), QStringLiteral("second value"));
    QCOMPARE(cleared.count(), 0);
    QVERIFY(guard.isGuarding());
}

void TestClipboardGuard::clearNowClearsOurCopyOnce()
{
    ClipboardGuard guard(m_clipboard);
    QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
    guard.copy(kSecret, 60'000);

    guard.clearNow();
    QVERIFY(m_clipboard->text().isEmpty());
    QCOMPARE(cleared.count(), 1);

    // Nothing is left to clear: a text copied afterwards by the user stays.
    m_clipboard->setText(QStringLiteral("later"));
    guard.clearNow();
    QCOMPARE(m_clipboard->text(), QStringLiteral("later"));
    QCOMPARE(cleared.count(), 1);
}

void TestClipboardGuard::clearNowLeavesTheUsersCopy()
{
    ClipboardGuard guard(m_clipboard);
    QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
    guard.copy(kSecret, 60'000);
    m_clipboard->setText(QStringLiteral("the user's text"));

    guard.clearNow();
    QCOMPARE(m_clipboard->text(), QStringLiteral("the user's text"));
    QCOMPARE(cleared.count(), 0);
}

void TestClipboardGuard::destructionClearsOurCopy()
{
    {
        ClipboardGuard guard(m_clipboard);
        guard.copy(kSecret, 60'000);
        QCOMPARE(m_clipboard->text(), kSecret);
    }
    QVERIFY(m_clipboard->text().isEmpty());
}

void TestClipboardGuard::destructionLeavesTheUsersCopy()
{
    {
        ClipboardGuard guard(m_clipboard);
        guard.copy(kSecret, 60'000);
        m_clipboard->setText(QStringLiteral("the user's text"));
    }
    QCOMPARE(m_clipboard->text(), QStringLiteral("the user's text"));
}

BOTVAULT_WIDGET_TEST_MAIN(TestClipboardGuard)
#include "TestClipboardGuard.moc"
