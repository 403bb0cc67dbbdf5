#pragma once

#include <core/domain/visit.h>
#include <core/event.h>

#include <QList>
#include <QString>

#include <optional>

namespace kakunin {

class Store;

// One sales visit as its events recorded it (S2): visit.started carries the wall clock (`at`) and the
// monotonic clock (`mono`, `boot`) it started on, so a visit in progress is rebuilt from the store after the
// page was closed or the app restarted, never from memory.
struct VisitRecord {
    QString visitId;
    QString appointmentId;
    qint64 startedAt = 0; // UTC ms
    qint64 startMono = 0;
    QString startBoot;
    OutOfHoursReason reason = OutOfHoursReason::None;
    bool warned = false; // visit.warned recorded (once per visit)
    bool flaggedMaxLength = false; // visit.flagged max_length_exceeded recorded
    bool flaggedPastHours = false; // visit.flagged past_allowed_hours recorded
    bool ended = false; // visit.ended or visit.declined
    bool declined = false;
    qint64 endedAt = 0;
    int elapsedMinutes = 0; // as recorded at the end
};

// The visit facts of one customer, folded from that customer's events in recorded order.
struct VisitHistory {
    QList<Appointment> appointments; // in recorded order
    QList<VisitRecord> visits; // in start order
    std::optional<qint64> lastDeclinedAt; // S2 cool-down starts here

    static VisitHistory fromEvents(const QList<Event> &events); // in recorded order, oldest first
    static VisitHistory load(const Store &store, const QString &customerId);

    const VisitRecord *openVisit() const; // started and not ended
    const VisitRecord *lastVisit() const;
    bool appointmentUsed(const QString &appointmentId) const; // a visit started on it
    // The appointment a visit starting now would rest on: an unused one recorded before now, on today's
    // company date if any (the nearest to now), else the nearest other one (checkVisitStart then says
    // it is for another day); none when nothing was recorded.
    std::optional<Appointment> appointmentForStart(const Policy &policy, qint64 nowUtc) const;
    // Unused appointments from the start of today (company date) on, in time order.
    QList<Appointment> upcoming(const Policy &policy, qint64 nowUtc) const;
    // Appointments scheduled on the given company date, in time order (used or not).
    QList<Appointment> on(const Policy &policy, const QDate &day) const;
};

} // namespace kakunin
