#include "unlockthrottle.h"

#include <core/clock.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace kakunin {

UnlockThrottle::UnlockThrottle(QString path, const Clock &clock) : m_path(std::move(path)), m_clock(clock)
{
    QFile f(m_path);
    if (f.open(QIODevice::ReadOnly)) {
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        m_failures = static_cast<int>(std::max<qint64>(0, o.value(QStringLiteral("failures")).toInteger()));
        m_lastFailureUtcMs = o.value(QStringLiteral("lastFailureUtcMs")).toInteger();
    }
}

qint64 UnlockThrottle::delayAfter(int failures)
{
    if (failures <= FreeAttempts)
        return 0;
    const int doublings = std::min(failures - FreeAttempts - 1, 7);
    return std::min<qint64>(30'000LL << doublings, 3'600'000LL);
}

qint64 UnlockThrottle::retryAfterMs() const
{
    const qint64 now = m_clock.utcMs();
    const qint64 until = m_lastFailureUtcMs + delayAfter(m_failures);
    // A wall clock set backwards must not shorten the wait beyond the full delay.
    return std::clamp<qint64>(until - now, 0, delayAfter(m_failures));
}

void UnlockThrottle::recordFailure()
{
    ++m_failures;
    m_lastFailureUtcMs = m_clock.utcMs();
    save();
}

void UnlockThrottle::recordSuccess()
{
    if (m_failures == 0)
        return;
    m_failures = 0;
    m_lastFailureUtcMs = 0;
    save();
}

void UnlockThrottle::save() const
{
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly))
        return;
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QJsonObject o {
        {QStringLiteral("failures"), m_failures}, {QStringLiteral("lastFailureUtcMs"), m_lastFailureUtcMs}};
    f.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
    f.commit();
}

} // namespace kakunin
