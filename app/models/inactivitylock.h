#pragma once

#include <QObject>
#include <QTimer>

namespace kakunin {

class AppSession;

// Auto-lock (policy autoLockMinutes): locks the session when nobody has touched the tablet for longer than
// the policy allows. Input is seen by an event filter on the application; a coarse timer calls check().
// Idle time is measured on the session's clock: the monotonic clock, and the wall clock as well, since the
// monotonic clock stands still while the tablet sleeps; whichever moved further counts, so neither a sleep
// nor a clock set back keeps a tablet unlocked. Tests call check() with a ManualClock instead of waiting.
//
// Locking closes the store and nothing else: a lecture or visit keeps running, as its clock is the
// recorded start/pause/resume events on the monotonic clock, not a timer on the screen.
class InactivityLock : public QObject {
    Q_OBJECT

public:
    // How often the timer looks; the lock comes at most this late.
    static constexpr int CheckIntervalMs = 10'000;

    explicit InactivityLock(AppSession &session, QObject *parent = nullptr);
    ~InactivityLock() override;

    // Watches input on the application (QCoreApplication::instance()) and, in a GUI app, its state, and
    // starts the timer. Until then only touch() and check() move it (tests).
    void install();
    bool eventFilter(QObject *watched, QEvent *event) override;

    qint64 idleMs() const;
    qint64 limitMs() const; // 0: auto-lock is off

public slots:
    // Someone used the tablet: the idle time starts again.
    void touch();
    // Locks the session when it has been idle for longer than the policy.
    void check();
    // Back from the background: a tablet left for longer than the policy is locked before it is seen.
    void applicationStateChanged(Qt::ApplicationState state);

private:
    AppSession &m_session;
    QTimer m_timer;
    qint64 m_lastMonoMs = 0;
    qint64 m_lastUtcMs = 0;
    bool m_installed = false;
};

} // namespace kakunin
