#include "tests/support/TestMain.h"

#include "ui/InactivityWatcher.h"

#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QWheelEvent>

#include <memory>

// User input anywhere in the application is reported as activity, at most once per interval.
class TestInactivityWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void keyPressIsActivity();
    void mouseClickIsActivity();
    void mouseMoveIsActivity();
    void wheelIsActivity();
    void otherEventsAreNot();
    void activityIsThrottledToOncePerSecond();
    void shorterIntervalForTests();

private:
    std::unique_ptr<QLineEdit> m_widget;
};

void TestInactivityWatcher::init()
{
    m_widget = std::make_unique<QLineEdit>();
    m_widget->setObjectName(QStringLiteral("inputEdit"));
    m_widget->resize(200, 40);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
    // Let the events of showing the window settle before a watcher exists.
    QCoreApplication::processEvents();
}

void TestInactivityWatcher::cleanup()
{
    m_widget.reset();
}

void TestInactivityWatcher::keyPressIsActivity()
{
    InactivityWatcher watcher;
    QSignalSpy activity(&watcher, &InactivityWatcher::activity);
    QTest::keyClick(m_widget.get(), Qt::Key_A);
    QCOMPARE(activity.count(), 1);
}

void TestInactivityWatcher::mouseClickIsActivity()
{
    InactivityWatcher watcher;
    QSignalSpy activity(&watcher, &InactivityWatcher::activity);
    QTest::mouseClick(m_widget.get(), Qt::LeftButton, Qt::NoModifier, QPoint(10, 10));
    QCOMPARE(activity.count(), 1);
}

void TestInactivityWatcher::mouseMoveIsActivity()
{
    InactivityWatcher watcher;
    QSignalSpy activity(&watcher, &InactivityWatcher::activity);
    QTest::mouseMove(m_widget.get(), QPoint(20, 20));
    QTRY_COMPARE(activity.count(), 1);
}

void TestInactivityWatcher::wheelIsActivity()
{
    InactivityWatcher watcher;
    QSignalSpy activity(&watcher, &InactivityWatcher::activity);
    QWheelEvent wheel(QPointF(10, 10), m_widget->mapToGlobal(QPointF(10, 10)), QPoint(), QPoint(0, 120), Qt::NoButton,
        Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_widget.get(), &wheel);
    QCOMPARE(activity.count(), 1);
}

void TestInactivityWatcher::otherEventsAreNot()
{
    InactivityWatcher watcher;
    QSignalSpy activity(&watcher, &InactivityWatcher::activity);
    m_widget->resize(300, 50);
    m_widget->update();
    QEvent enter(QEvent::Enter);
    QApplication::sendEvent(m_widget.get(), &enter);
    m_widget->setText(QStringLiteral("typed by a program, not a person"));
    QTest::qWait(50);
    QCOMPARE(activity.count(), 0);
}

void TestInactivityWatcher::activityIsThrottledToOncePerSecond()
{
    InactivityWatcher watcher;
    QCOMPARE(watcher.throttleInterval(), 1000);
    QSignalSpy activity(&watcher, &InactivityWatcher::activity);

    QTest::keyClicks(m_widget.get(), QStringLiteral("typing fast"));
    QTest::mouseClick(m_widget.get(), Qt::LeftButton, Qt::NoModifier, QPoint(10, 10));
    QCOMPARE(activity.count(), 1);

    QTest::qWait(1100);
    QTest::keyClick(m_widget.get(), Qt::Key_B);
    QCOMPARE(activity.count(), 2);
}

void TestInactivityWatcher::shorterIntervalForTests()
{
    InactivityWatcher watcher;
    watcher.setThrottleInterval(0);
    QSignalSpy activity(&watcher, &InactivityWatcher::activity);
    // A key click is a press and a release; only the press counts.
    QTest::keyClick(m_widget.get(), Qt::Key_A);
    QTest::keyClick(m_widget.get(), Qt::Key_B);
    QCOMPARE(activity.count(), 2);
}

BOTVAULT_WIDGET_TEST_MAIN(TestInactivityWatcher)
#include "TestInactivityWatcher.moc"
