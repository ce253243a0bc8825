#include "ui/InactivityWatcher.h"

#include <QCoreApplication>
#include <QEvent>

#include <algorithm>

namespace {

bool isUserInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
        return true;
    default:
        return false;
    }
}

} // namespace

InactivityWatcher::InactivityWatcher(QObject* parent) : QObject(parent)
{
    if (QCoreApplication* app = QCoreApplication::instance()) {
        app->installEventFilter(this);
    }
}

InactivityWatcher::~InactivityWatcher()
{
    if (QCoreApplication* app = QCoreApplication::instance()) {
        app->removeEventFilter(this);
    }
}

void InactivityWatcher::setThrottleInterval(int milliseconds)
{
    m_throttleMs = std::max(0, milliseconds);
}

bool InactivityWatcher::eventFilter(QObject* watched, QEvent* event)
{
    // This runs for every event the application delivers, so the common case returns at once.
    if (isUserInput(event->type())
        && (!m_sinceLastActivity.isValid() || m_sinceLastActivity.elapsed() >= m_throttleMs)) {
        m_sinceLastActivity.start();
        Q_EMIT activity();
    }
    return QObject::eventFilter(watched, event);
}
