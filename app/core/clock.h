#pragma once

#include <QString>
#include <QtGlobal>

namespace kakunin {

// Time is evidence: wall-clock UTC for "when", the monotonic clock for "how long".
// Injected everywhere so rules and tests never depend on the real time or on sleeping.
class Clock {
public:
    virtual ~Clock() = default;
    virtual qint64 utcMs() const = 0; // milliseconds since the Unix epoch, UTC
    virtual qint64 monotonicMs() const = 0; // steady milliseconds since boot
    virtual QString bootId() const = 0; // monotonic readings compare only within one boot
};

class SystemClock final : public Clock {
public:
    qint64 utcMs() const override;
    qint64 monotonicMs() const override;
    QString bootId() const override;
};

class ManualClock final : public Clock {
public:
    explicit ManualClock(qint64 utcMs = 1'767'225'600'000LL /* 2026-01-01T00:00Z */, qint64 mono = 1'000)
        : m_utc(utcMs), m_mono(mono)
    {
    }
    qint64 utcMs() const override { return m_utc; }
    qint64 monotonicMs() const override { return m_mono; }
    QString bootId() const override { return m_boot; }
    void advance(qint64 ms)
    {
        m_utc += ms;
        m_mono += ms;
    }
    void setUtc(qint64 ms) { m_utc = ms; } // moves the wall clock only, as a user changing the time would
    void reboot(const QString &bootId)
    {
        m_boot = bootId;
        m_mono = 0;
    }

private:
    qint64 m_utc;
    qint64 m_mono;
    QString m_boot = QStringLiteral("manual-boot");
};

} // namespace kakunin
