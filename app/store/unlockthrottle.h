#pragma once

#include <QString>

namespace kakunin {

class Clock;

// Wrong-PIN counter that survives restarts (a file beside the database, mode 0600),
// with delays that grow after the first few tries.
class UnlockThrottle {
public:
    static constexpr int FreeAttempts = 4;

    UnlockThrottle(QString path, const Clock &clock);

    int failures() const { return m_failures; }
    // Milliseconds until the next try is allowed (0: now).
    qint64 retryAfterMs() const;
    void recordFailure();
    void recordSuccess();

    // Delay imposed after the n-th consecutive failure: none for the first four, then 30 s doubling to 1 h.
    static qint64 delayAfter(int failures);

private:
    void save() const;

    QString m_path;
    const Clock &m_clock;
    int m_failures = 0;
    qint64 m_lastFailureUtcMs = 0;
};

} // namespace kakunin
