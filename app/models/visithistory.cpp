#include "visithistory.h"

#include <core/domain/eventcatalog.h>
#include <store/store.h>

#include <QDateTime>

#include <algorithm>

namespace kakunin {

namespace {

constexpr int AllEvents = 100'000;

VisitRecord *findVisit(QList<VisitRecord> &visits, const QString &visitId)
{
    for (VisitRecord &v : visits)
        if (v.visitId == visitId)
            return &v;
    return nullptr;
}

void sortByTime(QList<Appointment> &l)
{
    std::stable_sort(l.begin(), l.end(),
        [](const Appointment &a, const Appointment &b) { return a.scheduledAtUtc < b.scheduledAtUtc; });
}

} // namespace

VisitHistory VisitHistory::fromEvents(const QList<Event> &events)
{
    VisitHistory h;
    for (const Event &e : events) {
        const QJsonObject &p = e.payload;
        const QString visitId = p.value(QStringLiteral("visitId")).toString();
        if (e.type == EventType::AppointmentRecorded) {
            h.appointments.append(Appointment {p.value(QStringLiteral("appointmentId")).toString(), e.at,
                p.value(QStringLiteral("scheduledAt")).toInteger()});
        } else if (e.type == EventType::VisitStarted) {
            VisitRecord v;
            v.visitId = visitId;
            v.appointmentId = p.value(QStringLiteral("appointmentId")).toString();
            v.startedAt = e.at;
            v.startMono = e.mono;
            v.startBoot = e.boot;
            outOfHoursReasonFromName(p.value(QStringLiteral("outOfHoursReason")).toString(), &v.reason);
            h.visits.append(v);
        } else if (VisitRecord *v = findVisit(h.visits, visitId)) {
            if (e.type == EventType::VisitWarned) {
                v->warned = true;
            } else if (e.type == EventType::VisitFlagged) {
                const QString flag = p.value(QStringLiteral("flag")).toString();
                v->flaggedMaxLength |= flag == QLatin1String("max_length_exceeded");
                v->flaggedPastHours |= flag == QLatin1String("past_allowed_hours");
            } else if (e.type == EventType::VisitEnded || e.type == EventType::VisitDeclined) {
                v->ended = true;
                v->declined = e.type == EventType::VisitDeclined;
                v->endedAt = e.at;
                v->elapsedMinutes = static_cast<int>(p.value(QStringLiteral("elapsedMinutes")).toInteger());
                if (v->declined)
                    h.lastDeclinedAt = e.at;
            }
        }
    }
    return h;
}

VisitHistory VisitHistory::load(const Store &store, const QString &customerId)
{
    QList<Event> events = store.latestEvents(customerId, AllEvents); // newest first
    std::reverse(events.begin(), events.end());
    return fromEvents(events);
}

const VisitRecord *VisitHistory::openVisit() const
{
    for (auto it = visits.crbegin(); it != visits.crend(); ++it)
        if (!it->ended)
            return &*it;
    return nullptr;
}

const VisitRecord *VisitHistory::lastVisit() const
{
    return visits.isEmpty() ? nullptr : &visits.constLast();
}

bool VisitHistory::appointmentUsed(const QString &appointmentId) const
{
    return std::any_of(
        visits.cbegin(), visits.cend(), [&](const VisitRecord &v) { return v.appointmentId == appointmentId; });
}

std::optional<Appointment> VisitHistory::appointmentForStart(const Policy &policy, qint64 nowUtc) const
{
    const QDate today = companyDate(policy, nowUtc);
    std::optional<Appointment> best;
    bool bestToday = false;
    for (const Appointment &a : appointments) {
        if (a.recordedAtUtc > nowUtc || appointmentUsed(a.id))
            continue;
        const bool isToday = companyDate(policy, a.scheduledAtUtc) == today;
        const bool nearer = !best || qAbs(a.scheduledAtUtc - nowUtc) < qAbs(best->scheduledAtUtc - nowUtc);
        if ((isToday && !bestToday) || (isToday == bestToday && nearer)) {
            best = a;
            bestToday = isToday;
        }
    }
    return best;
}

QList<Appointment> VisitHistory::upcoming(const Policy &policy, qint64 nowUtc) const
{
    const QDate today = companyDate(policy, nowUtc);
    QList<Appointment> l;
    for (const Appointment &a : appointments)
        if (!appointmentUsed(a.id) && companyDate(policy, a.scheduledAtUtc) >= today)
            l.append(a);
    sortByTime(l);
    return l;
}

QList<Appointment> VisitHistory::on(const Policy &policy, const QDate &day) const
{
    QList<Appointment> l;
    for (const Appointment &a : appointments)
        if (companyDate(policy, a.scheduledAtUtc) == day)
            l.append(a);
    sortByTime(l);
    return l;
}

} // namespace kakunin
