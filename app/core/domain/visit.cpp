#include "visit.h"

#include <QDateTime>

namespace kakunin {
namespace {

qint64 allowedHoursEndUtc(const Policy &policy, qint64 startUtc)
{
    const QTimeZone zone = policy.zone();
    const QDate day = localDate(zone, startUtc);
    return QDateTime(day, QTime(0, 0), zone).toMSecsSinceEpoch() + policy.visitEndMinute * MsPerMinute;
}

} // namespace

bool withinAllowedHours(const Policy &policy, qint64 utcMs)
{
    const int minute = companyMinuteOfDay(policy, utcMs);
    return minute >= policy.visitStartMinute && minute < policy.visitEndMinute;
}

qint64 coolDownEndsUtc(const Policy &policy, qint64 declinedAtUtc)
{
    return declinedAtUtc + policy.declinedCooldownDays * MsPerDay;
}

VisitError checkVisitStart(const Policy &policy, const std::optional<Appointment> &appointment,
    std::optional<qint64> lastDeclinedAtUtc, qint64 nowUtc, OutOfHoursReason reason)
{
    if (lastDeclinedAtUtc && nowUtc < coolDownEndsUtc(policy, *lastDeclinedAtUtc))
        return VisitError::CoolDownActive;
    if (!appointment || appointment->id.isEmpty() || appointment->recordedAtUtc > nowUtc)
        return VisitError::NoAppointment;
    if (companyDate(policy, appointment->scheduledAtUtc) != companyDate(policy, nowUtc))
        return VisitError::AppointmentForAnotherDay;
    if (!withinAllowedHours(policy, nowUtc) && reason == OutOfHoursReason::None)
        return VisitError::OutsideAllowedHours;
    return VisitError::None;
}

VisitError VisitConduct::start(const Clock &clock, const std::optional<Appointment> &appointment,
    std::optional<qint64> lastDeclinedAtUtc, OutOfHoursReason reason)
{
    if (m_started)
        return m_ended ? VisitError::AlreadyEnded : VisitError::AlreadyStarted;
    const VisitError e = checkVisitStart(m_policy, appointment, lastDeclinedAtUtc, clock.utcMs(), reason);
    if (e != VisitError::None)
        return e;
    m_started = true;
    m_startUtc = clock.utcMs();
    m_startMono = clock.monotonicMs();
    m_startBoot = clock.bootId();
    m_reason = withinAllowedHours(m_policy, m_startUtc) ? OutOfHoursReason::None : reason;
    return VisitError::None;
}

VisitStatus VisitConduct::status(const Clock &clock) const
{
    if (!m_started)
        return {};
    if (m_ended)
        return m_final;
    VisitStatus s;
    if (clock.bootId() == m_startBoot && clock.monotonicMs() >= m_startMono) {
        s.elapsedMs = clock.monotonicMs() - m_startMono;
    } else {
        // The monotonic clock restarted: the wall clock is all that is left, and head office sees that.
        s.wallClockFallback = true;
        s.elapsedMs = std::max<qint64>(0, clock.utcMs() - m_startUtc);
    }
    const qint64 maxMs = m_policy.maxVisitMinutes * MsPerMinute;
    s.percentOfMax = static_cast<int>(s.elapsedMs * 100 / maxMs);
    s.warning = s.elapsedMs * 100 >= maxMs * m_policy.visitWarnPercent;
    s.maxExceeded = s.elapsedMs > maxMs;
    // Running past the end of the allowed hours counts from the start on the monotonic clock, not the wall clock.
    const qint64 nowUtc = m_startUtc + s.elapsedMs;
    s.pastAllowedHours = m_reason == OutOfHoursReason::None && nowUtc >= allowedHoursEndUtc(m_policy, m_startUtc);
    return s;
}

VisitError VisitConduct::end(const Clock &clock)
{
    if (!m_started)
        return VisitError::NotStarted;
    if (m_ended)
        return VisitError::AlreadyEnded;
    m_final = status(clock);
    m_ended = true;
    return VisitError::None;
}

VisitError VisitConduct::customerDeclined(const Clock &clock)
{
    const VisitError e = end(clock);
    if (e != VisitError::None)
        return e;
    m_declinedAtUtc = clock.utcMs();
    return VisitError::None;
}

std::optional<qint64> VisitConduct::newVisitAllowedFromUtc() const
{
    if (!m_declinedAtUtc)
        return std::nullopt;
    return coolDownEndsUtc(m_policy, *m_declinedAtUtc);
}

QString outOfHoursReasonName(OutOfHoursReason r)
{
    switch (r) {
    case OutOfHoursReason::None:
        return QStringLiteral("none");
    case OutOfHoursReason::CustomerRequestedTime:
        return QStringLiteral("customer_requested_time");
    case OutOfHoursReason::CustomerBusinessHours:
        return QStringLiteral("customer_business_hours");
    }
    return QString();
}

bool outOfHoursReasonFromName(const QString &name, OutOfHoursReason *out)
{
    for (auto r :
        {OutOfHoursReason::None, OutOfHoursReason::CustomerRequestedTime, OutOfHoursReason::CustomerBusinessHours}) {
        if (outOfHoursReasonName(r) == name) {
            *out = r;
            return true;
        }
    }
    return false;
}

} // namespace kakunin
