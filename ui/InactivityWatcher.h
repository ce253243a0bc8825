#pragma once

#include <QElapsedTimer>
#include <QObject>

// Notices the user's input anywhere in the application (keys, mouse, wheel, touch, tablet) through
// an event filter on the application object, and reports it as activity() so the vault's auto-lock
// timer can be restarted (Vault::noteActivity()). Input arrives in bursts of hundreds of events a
// second and the lock timeout is counted in minutes, so activity() is emitted at most once per
// throttle interval: at the first event, then at the first event after the interval has passed.
class InactivityWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultThrottleMs = 1000;

    // Installs itself on QCoreApplication::instance(); removes itself when destroyed.
    explicit InactivityWatcher(QObject* parent = nullptr);
    ~InactivityWatcher() override;

    int throttleInterval() const { return m_throttleMs; }
    void setThrottleInterval(int milliseconds);

Q_SIGNALS:
    void activity();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QElapsedTimer m_sinceLastActivity;
    int m_throttleMs = kDefaultThrottleMs;
};
