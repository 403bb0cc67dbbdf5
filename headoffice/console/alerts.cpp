#include "alerts.h"

#include "contractview.h"

#include <core/domain/eventcatalog.h>
#include <core/domain/lifecycle.h>
#include <core/domain/visit.h>
#include <core/projection.h>

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace kakunin::hq::console {

namespace {

QString text(const Event &e, const char *key)
{
    return e.payload.value(QLatin1String(key)).toString();
}

qint64 number(const Event &e, const char *key)
{
    return e.payload.value(QLatin1String(key)).toInteger();
}

// One sales visit as its events tell it (S2).
struct VisitRecord {
    QString customerId;
    std::optional<StoredEvent> start;
    std::optional<StoredEvent> end; // visit.ended or visit.declined
    QList<StoredEvent> flagged; // visit.flagged
    std::optional<Appointment> appointment; // the appointment it cites, as recorded before the visit
    std::optional<qint64> lastDeclinedAt; // the customer's latest "declined" before it
};

struct CustomerRecord {
    QHash<QString, Appointment> appointments;
    std::optional<qint64> lastDeclinedAt;
    QList<StoredEvent> screenings;
};

// A clock that reads what an event recorded: its wall clock, its monotonic clock and boot.
ManualClock clockAt(const Event &e)
{
    ManualClock c(0, 0);
    c.reboot(e.boot);
    c.advance(e.mono);
    c.setUtc(e.at);
    return c;
}

QString visitStartCode(VisitError e)
{
    switch (e) {
    case VisitError::NoAppointment:
        return QStringLiteral("no_appointment");
    case VisitError::AppointmentForAnotherDay:
        return QStringLiteral("appointment_for_another_day");
    case VisitError::CoolDownActive:
        return QStringLiteral("cool_down_active");
    default:
        return QString();
    }
}

class Scan {
public:
    Scan(const Policy &policy, qint64 now, const AlertOptions &options)
        : m_policy(policy), m_now(now), m_options(options)
    {
    }

    void fold(const QList<StoredEvent> &events)
    {
        for (const StoredEvent &s : events) {
            const Event &e = s.event;
            const bool accepted = m_book.apply(e) == 0;
            const QString &t = e.type;
            if (t == EventType::AppointmentRecorded) {
                m_customers[e.aggregate].appointments.insert(
                    text(e, "appointmentId"), Appointment {text(e, "appointmentId"), e.at, number(e, "scheduledAt")});
            } else if (t == EventType::VisitStarted) {
                CustomerRecord &c = m_customers[e.aggregate];
                VisitRecord &v = visit(e);
                v.start = s;
                if (c.appointments.contains(text(e, "appointmentId")))
                    v.appointment = c.appointments.value(text(e, "appointmentId"));
                v.lastDeclinedAt = c.lastDeclinedAt;
            } else if (t == EventType::VisitEnded || t == EventType::VisitDeclined) {
                visit(e).end = s;
                if (t == EventType::VisitDeclined)
                    m_customers[e.aggregate].lastDeclinedAt = e.at;
            } else if (t == EventType::VisitFlagged) {
                visit(e).flagged.append(s);
            } else if (t == EventType::ScreeningRecorded) {
                m_customers[e.aggregate].screenings.append(s);
            }
            if (accepted && isContractEvent(t))
                m_lastAccepted[e.aggregate].insert(t, s);
        }
    }

    void visits()
    {
        for (const VisitRecord &v : std::as_const(m_visits))
            visitAlerts(v);
    }

    void screenings()
    {
        for (auto it = m_customers.cbegin(); it != m_customers.cend(); ++it) {
            const QList<StoredEvent> &list = it->screenings;
            const auto refused = std::find_if(list.cbegin(), list.cend(),
                [](const StoredEvent &s) { return text(s.event, "outcome") == QLatin1String("refused"); });
            if (refused == list.cend() || refused + 1 == list.cend())
                continue; // never refused, or the refusal is the latest word
            const Event &last = list.last().event;
            Alert a = base(AlertKind::ScreeningRetried, QStringLiteral("P2"), last);
            a.customerId = it.key();
            a.rep = last.actor;
            a.code = text(last, "outcome");
            a.detail = text(refused->event, "refusals");
            a.facts.insert(QStringLiteral("screenings"), list.size());
            a.facts.insert(QStringLiteral("refusals"), std::count_if(list.cbegin(), list.cend(), [](const auto &s) {
                return text(s.event, "outcome") == QLatin1String("refused");
            }));
            a.facts.insert(QStringLiteral("firstRefusedAt"), refused->event.at);
            m_alerts.append(a);
        }
    }

    void contracts()
    {
        const auto &all = m_book.aggregates();
        for (auto it = all.cbegin(); it != all.cend(); ++it) {
            if (it->kind != QLatin1String("contract"))
                continue;
            const ContractState s = ContractState::fromJson(it->state);
            lectureNearMinimum(s);
            coolingOff(s);
            lapsedUse(s);
            disputeOverdue(s);
        }
    }

    void flags(const QList<Flag> &flags)
    {
        static const QRegularExpression skewMs(QStringLiteral("(-?\\d+) ms"));
        for (const Flag &f : flags) {
            Alert a;
            a.flagId = f.id;
            a.at = f.at;
            a.actor = f.userId;
            a.device = f.device;
            a.eventId = f.eventId;
            a.facts.insert(QStringLiteral("seq"), f.seq);
            if (f.kind == QLatin1String("clock_skew")) {
                a.kind = AlertKind::ClockSkew;
                a.code = f.code;
                const auto m = skewMs.match(f.detail);
                a.facts.insert(QStringLiteral("skewMs"), m.hasMatch() ? m.captured(1).toLongLong() : 0);
                a.facts.insert(QStringLiteral("maxClockSkewMinutes"), m_policy.maxClockSkewMinutes);
            } else {
                a.kind = AlertKind::RuleRefused;
                a.code = f.code;
                a.detail = f.detail;
                if (const EventSpec *spec = eventSpec(f.detail))
                    a.rule = spec->rules.join(QLatin1Char(','));
                whose(a, f.aggregate);
            }
            m_alerts.append(a);
        }
    }

    QList<Alert> take()
    {
        std::stable_sort(m_alerts.begin(), m_alerts.end(), [](const Alert &a, const Alert &b) {
            if (a.at != b.at)
                return a.at > b.at;
            if (a.kind != b.kind)
                return a.kind < b.kind;
            return a.eventId < b.eventId;
        });
        return std::move(m_alerts);
    }

private:
    VisitRecord &visit(const Event &e)
    {
        VisitRecord &v = m_visits[e.aggregate + QLatin1Char('\n') + text(e, "visitId")];
        v.customerId = e.aggregate;
        return v;
    }

    Alert base(AlertKind kind, const QString &rule, const Event &e) const
    {
        Alert a;
        a.kind = kind;
        a.rule = rule;
        a.code = alertKindName(kind);
        a.actor = e.actor;
        a.device = e.device;
        a.eventId = e.id;
        a.at = e.at;
        return a;
    }

    // Customer, contract, rep and installer of an aggregate, as the rules folded them.
    void whose(Alert &a, const QString &aggregate) const
    {
        const AggregateState agg = m_book.aggregate(aggregate);
        if (agg.kind == QLatin1String("contract")) {
            const ContractState s = ContractState::fromJson(agg.state);
            a.contractId = aggregate;
            a.customerId = s.customerId;
            a.rep = s.salesRep;
            a.installer = s.installer;
        } else if (agg.kind == QLatin1String("customer")) {
            a.customerId = aggregate;
            a.rep = agg.state.value(QStringLiteral("registeredBy")).toString();
        }
    }

    Alert contractAlert(AlertKind kind, const QString &rule, const ContractState &s, const QString &eventType) const
    {
        Alert a;
        const auto events = m_lastAccepted.value(s.id);
        if (events.contains(eventType))
            a = base(kind, rule, events.value(eventType).event);
        else {
            a.kind = kind;
            a.rule = rule;
            a.code = alertKindName(kind);
        }
        a.contractId = s.id;
        a.customerId = s.customerId;
        a.rep = s.salesRep;
        a.installer = s.installer;
        return a;
    }

    void visitAlerts(const VisitRecord &v)
    {
        const QTimeZone zone = m_policy.zone();
        const Event *start = v.start ? &v.start->event : nullptr;
        const Event *end = v.end ? &v.end->event : nullptr;
        auto visitAlert = [&](AlertKind kind, const Event &at) {
            Alert a = base(kind, QStringLiteral("S2"), at);
            a.customerId = v.customerId;
            a.rep = start ? start->actor : at.actor;
            return a;
        };
        bool flaggedLength = false, flaggedHours = false;
        const Event *lengthFlag = nullptr, *hoursFlag = nullptr;
        for (const StoredEvent &f : v.flagged) {
            if (text(f.event, "flag") == QLatin1String("max_length_exceeded")) {
                flaggedLength = true;
                lengthFlag = &f.event;
            } else {
                flaggedHours = true;
                hoursFlag = &f.event;
            }
        }

        bool startedOutside = false;
        OutOfHoursReason reason = OutOfHoursReason::None;
        if (start) {
            outOfHoursReasonFromName(text(*start, "outOfHoursReason"), &reason);
            // Unannounced (no appointment recorded beforehand for that day) or in the cool-down: core's check.
            const VisitError startError = checkVisitStart(m_policy, v.appointment, v.lastDeclinedAt, start->at, reason);
            if (const QString code = visitStartCode(startError); !code.isEmpty()) {
                Alert a = visitAlert(AlertKind::VisitUnannounced, *start);
                a.code = code;
                a.facts.insert(QStringLiteral("startedAt"), start->at);
                a.facts.insert(QStringLiteral("appointmentAt"), v.appointment ? v.appointment->scheduledAtUtc : 0);
                a.facts.insert(QStringLiteral("declinedAt"), v.lastDeclinedAt.value_or(0));
                m_alerts.append(a);
            }
            if (!withinAllowedHours(m_policy, start->at)) {
                startedOutside = true;
                Alert a = visitAlert(AlertKind::VisitOutsideHours, *start);
                a.code = reason == OutOfHoursReason::None ? QStringLiteral("outside_allowed_hours")
                                                          : outOfHoursReasonName(reason);
                hoursFacts(a, start->at, end ? end->at : 0, zone);
                m_alerts.append(a);
            }
        }

        // The visit's length and whether it ran past the hours: core's VisitConduct replayed on the events'
        // clocks (monotonic within one boot, the wall clock after a reboot).
        std::optional<VisitStatus> status;
        if (start && end) {
            VisitConduct conduct(m_policy);
            const ManualClock startClock = clockAt(*start);
            const OutOfHoursReason replayReason = startedOutside && reason == OutOfHoursReason::None
                ? OutOfHoursReason::CustomerRequestedTime // started anyway: its length still counts
                : reason;
            const Appointment replayAppointment {QStringLiteral("replay"), start->at, start->at};
            if (conduct.start(startClock, replayAppointment, std::nullopt, replayReason) == VisitError::None
                && conduct.end(clockAt(*end)) == VisitError::None)
                status = conduct.finalStatus();
        }

        if ((status && status->maxExceeded) || flaggedLength) {
            const Event &at = end ? *end : *lengthFlag;
            Alert a = visitAlert(AlertKind::VisitOverLength, at);
            a.code = QStringLiteral("max_length_exceeded");
            const qint64 reported = end ? number(*end, "elapsedMinutes") : number(*lengthFlag, "elapsedMinutes");
            const qint64 elapsed = status ? status->elapsedMs / MsPerMinute : reported;
            a.facts.insert(QStringLiteral("elapsedMinutes"), elapsed);
            a.facts.insert(QStringLiteral("reportedMinutes"), reported);
            a.facts.insert(QStringLiteral("maxVisitMinutes"), m_policy.maxVisitMinutes);
            a.facts.insert(QStringLiteral("overMinutes"), std::max<qint64>(0, elapsed - m_policy.maxVisitMinutes));
            a.facts.insert(QStringLiteral("wallClockFallback"), status && status->wallClockFallback ? 1 : 0);
            m_alerts.append(a);
        }
        if (!startedOutside && ((status && status->pastAllowedHours) || flaggedHours)) {
            const Event &at = end ? *end : *hoursFlag;
            Alert a = visitAlert(AlertKind::VisitOutsideHours, at);
            a.code = QStringLiteral("past_allowed_hours");
            hoursFacts(a, start ? start->at : 0, at.at, zone);
            m_alerts.append(a);
        }
    }

    void hoursFacts(Alert &a, qint64 startAt, qint64 endAt, const QTimeZone &zone) const
    {
        a.facts.insert(QStringLiteral("startMinuteOfDay"), startAt > 0 ? localMinuteOfDay(zone, startAt) : -1);
        a.facts.insert(QStringLiteral("endMinuteOfDay"), endAt > 0 ? localMinuteOfDay(zone, endAt) : -1);
        a.facts.insert(QStringLiteral("allowedStartMinute"), m_policy.visitStartMinute);
        a.facts.insert(QStringLiteral("allowedEndMinute"), m_policy.visitEndMinute);
    }

    // D1: signed off, but only just above the minimum.
    void lectureNearMinimum(const ContractState &s)
    {
        if (!s.lectureMet || s.deliveredAt == 0)
            return;
        const qint64 minimumMs = s.lectureMinimumMinutes * MsPerMinute;
        const qint64 margin = s.lectureRunningMs - minimumMs;
        if (margin < 0 || margin >= m_options.lectureNearMinimumMinutes * MsPerMinute)
            return;
        Alert a = contractAlert(AlertKind::LectureNearMinimum, QStringLiteral("D1"), s, EventType::DeliverySigned);
        a.at = s.deliveredAt;
        a.facts.insert(QStringLiteral("runningMinutes"), s.lectureRunningMs / MsPerMinute);
        a.facts.insert(QStringLiteral("runningMs"), s.lectureRunningMs);
        a.facts.insert(QStringLiteral("minimumMinutes"), s.lectureMinimumMinutes);
        a.facts.insert(QStringLiteral("marginMinutes"), margin / MsPerMinute);
        a.facts.insert(QStringLiteral("thresholdMinutes"), m_options.lectureNearMinimumMinutes);
        m_alerts.append(a);
    }

    // P3: cancelled inside the cooling-off period (the rules classified it).
    void coolingOff(const ContractState &s)
    {
        if (s.stage != ContractStage::Cancelled || s.cancellation != CancellationKind::CoolingOff)
            return;
        Alert a
            = contractAlert(AlertKind::CoolingOffCancellation, QStringLiteral("P3"), s, EventType::ContractCancelled);
        a.at = s.cancelledAt;
        const QTimeZone zone(s.timeZone.toUtf8());
        a.facts.insert(QStringLiteral("contractedAt"), s.contractedAt);
        a.facts.insert(QStringLiteral("cancelledAt"), s.cancelledAt);
        a.facts.insert(QStringLiteral("coolingOffDays"), s.coolingOffDays);
        a.facts.insert(QStringLiteral("dayOfPeriod"),
            localDate(zone, s.contractedAt).daysTo(localDate(zone, s.cancelledAt)) + 1); // the contract day is day 1
        a.facts.insert(QStringLiteral("coolingOffDeadline"), s.coolingOffDeadline());
        m_alerts.append(a);
    }

    // P5: core's useLapsed under the current policy.
    void lapsedUse(const ContractState &s)
    {
        if (!useLapsed(s, m_now, m_policy))
            return;
        const bool reported = s.lastUsedAt > 0;
        Alert a = contractAlert(AlertKind::UseLapsed, QStringLiteral("P5"), s,
            reported ? EventType::UsageReported : EventType::ContractStarted);
        const qint64 since = reported ? s.lastUsedAt : s.startedAt;
        a.at = since + m_policy.lapsedUseDays * MsPerDay;
        a.facts.insert(QStringLiteral("startedAt"), s.startedAt);
        a.facts.insert(QStringLiteral("lastUsedAt"), s.lastUsedAt);
        a.facts.insert(QStringLiteral("daysWithoutUse"), (m_now - since) / MsPerDay);
        a.facts.insert(QStringLiteral("lapsedUseDays"), m_policy.lapsedUseDays);
        a.facts.insert(QStringLiteral("followUps"), s.followUps);
        m_alerts.append(a);
    }

    // P6: open past its period — exactly when core would accept credit.cancelled now.
    void disputeOverdue(const ContractState &s)
    {
        if (!s.disputed || s.terminated())
            return;
        if (askLifecycle(s, EventType::CreditCancelled, {}, m_now) != LifecycleError::None)
            return;
        Alert a = contractAlert(AlertKind::DisputeOverdue, QStringLiteral("P6"), s, EventType::DisputeOpened);
        a.at = s.disputedAt + s.disputeDays * MsPerDay;
        a.facts.insert(QStringLiteral("disputedAt"), s.disputedAt);
        a.facts.insert(QStringLiteral("disputeDays"), s.disputeDays);
        a.facts.insert(QStringLiteral("daysOpen"), (m_now - s.disputedAt) / MsPerDay);
        a.action = EventType::CreditCancelled;
        m_alerts.append(a);
    }

    const Policy &m_policy;
    qint64 m_now;
    AlertOptions m_options;
    ProjectionBook m_book;
    QHash<QString, CustomerRecord> m_customers;
    QMap<QString, VisitRecord> m_visits; // ordered, so alerts come out the same every time
    QHash<QString, QHash<QString, StoredEvent>> m_lastAccepted; // contract → type → last accepted event
    QList<Alert> m_alerts;
};

} // namespace

QString alertKindName(AlertKind kind)
{
    switch (kind) {
    case AlertKind::VisitOutsideHours:
        return QStringLiteral("visit_outside_hours");
    case AlertKind::VisitOverLength:
        return QStringLiteral("visit_over_length");
    case AlertKind::VisitUnannounced:
        return QStringLiteral("visit_unannounced");
    case AlertKind::ScreeningRetried:
        return QStringLiteral("screening_retried");
    case AlertKind::LectureNearMinimum:
        return QStringLiteral("lecture_near_minimum");
    case AlertKind::CoolingOffCancellation:
        return QStringLiteral("cooling_off_cancellation");
    case AlertKind::UseLapsed:
        return QStringLiteral("use_lapsed");
    case AlertKind::DisputeOverdue:
        return QStringLiteral("dispute_overdue");
    case AlertKind::RuleRefused:
        return QStringLiteral("rule_refused");
    case AlertKind::ClockSkew:
        return QStringLiteral("clock_skew");
    }
    return QString();
}

QList<Alert> scanAlerts(const QList<StoredEvent> &events, const QList<Flag> &flags, const Policy &policy, qint64 nowUtc,
    const AlertOptions &options)
{
    Scan scan(policy, nowUtc, options);
    scan.fold(events);
    scan.visits();
    scan.screenings();
    scan.contracts();
    scan.flags(flags);
    return scan.take();
}

AlertScanner::AlertScanner(HqService &service, const Clock &clock, AlertOptions options)
    : m_service(service), m_clock(clock), m_options(options)
{
}

QList<Alert> AlertScanner::scan() const
{
    return scanAlerts(
        allStoredEvents(m_service), m_service.flags(), m_service.currentPolicy(), m_clock.utcMs(), m_options);
}

} // namespace kakunin::hq::console
