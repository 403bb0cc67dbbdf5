#include "clock.h"

#include <QDateTime>
#include <QFile>

#include <ctime>

namespace kakunin {

qint64 SystemClock::utcMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

qint64 SystemClock::monotonicMs() const
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts); // CLOCK_MONOTONIC does not move when the user sets the clock
    return static_cast<qint64>(ts.tv_sec) * 1000 + ts.tv_nsec / 1'000'000;
}

QString SystemClock::bootId() const
{
    static const QString id = [] {
        QFile f(QStringLiteral("/proc/sys/kernel/random/boot_id"));
        if (f.open(QIODevice::ReadOnly))
            return QString::fromLatin1(f.readAll().trimmed());
        return QStringLiteral("unknown");
    }();
    return id;
}

} // namespace kakunin
