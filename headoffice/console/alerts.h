#pragma once
// What compliance must look at (issue 7 "Alerts", docs/console-evidence.md): found in head office's stored
// events with core's rules and the current policy, at the time of an injected clock. Each alert is codes and
// numbers — kind, rule id, sub-code, who, when, facts — never sentences: the page translates.

#include <hqservice.h>

#include <core/clock.h>
#include <core/domain/policy.h>

#include <QList>
#include <QMap>
#include <QString>

namespace kakunin::hq::console {

enum class AlertKind {
    VisitOutsideHours, // S2: a visit started outside the allowed hours (with or without a reason) or ran past them
    VisitOverLength, // S2: a visit longer than the maximum
    VisitUnannounced, // S2: a visit without an appointment for that day recorded beforehand, or in the cool-down
    ScreeningRetried, // P2: a prospect screened again after a refusal
    LectureNearMinimum, // D1: a delivery signed off within N minutes of the lecture minimum
    CoolingOffCancellation, // P3: a cancellation inside the cooling-off period
    UseLapsed, // P5: no use reported for the policy's days after start
    DisputeOverdue, // P6: a dispute open past its period: the credit contract may be cancelled
    RuleRefused, // a stored event the rules refused (head office's flag)
    ClockSkew, // a device whose clock was off by more than the policy allows (head office's flag)
};

// "visit_outside_hours", "visit_over_length", "visit_unannounced", "screening_retried", "lecture_near_minimum",
// "cooling_off_cancellation", "use_lapsed", "dispute_overdue", "rule_refused", "clock_skew".
QString alertKindName(AlertKind kind);

struct Alert {
    AlertKind kind = AlertKind::RuleRefused;
    // The rule id of DOMAIN.md ("S2", "P2", "D1", "P3", "P5", "P6"); for a rule refusal the rules of the
    // refused event's type as the catalog lists them ("D1,D2,M1"); "" for clock skew.
    QString rule;
    // A sub-code, by kind: VisitOutsideHours "outside_allowed_hours" (no reason recorded), the recorded
    // OutOfHoursReason ("customer_requested_time", "customer_business_hours") or "past_allowed_hours";
    // VisitOverLength "max_length_exceeded"; VisitUnannounced "no_appointment",
    // "appointment_for_another_day" or "cool_down_active"; ScreeningRetried the outcome of the latest
    // screening; RuleRefused the lifecycle code; ClockSkew "clock_skew"; others the kind's name.
    QString code;
    QString detail; // codes only: ScreeningRetried the refusal reasons of the first refusal; RuleRefused the event type
    QString customerId;
    QString contractId; // "" for customer-level alerts (visits, screenings)
    QString rep; // the sales rep: the visit's or screening's actor, the contract's rep
    QString installer; // the contract's installer, "" when none
    QString actor; // who recorded the event concerned (user id)
    QString device; // the device concerned, "" when none
    QString eventId; // the event concerned, "" when none
    qint64 at = 0; // when it happened (UTC ms): the event's time, or when a period ran out
    // Numbers, by kind (times in UTC ms, durations in minutes unless named *Ms):
    //  VisitOutsideHours: startMinuteOfDay, endMinuteOfDay, allowedStartMinute, allowedEndMinute
    //  VisitOverLength: elapsedMinutes (measured by head office from the events' monotonic clock),
    //    reportedMinutes (the device's own), maxVisitMinutes, overMinutes, wallClockFallback (0/1)
    //  VisitUnannounced: startedAt, appointmentAt (0: none), declinedAt (0: none)
    //  ScreeningRetried: screenings, refusals, firstRefusedAt
    //  LectureNearMinimum: runningMinutes, runningMs, minimumMinutes, marginMinutes, thresholdMinutes
    //  CoolingOffCancellation: contractedAt, cancelledAt, coolingOffDays, dayOfPeriod, coolingOffDeadline
    //  UseLapsed: startedAt, lastUsedAt (0: never reported), daysWithoutUse, lapsedUseDays
    //  DisputeOverdue: disputedAt, disputeDays, daysOpen
    //  RuleRefused: seq
    //  ClockSkew: skewMs, maxClockSkewMinutes, seq
    QMap<QString, qint64> facts;
    // The head-office event the page may offer for this alert ("" for none): DisputeOverdue offers
    // "credit.cancelled" (立替払い契約の取消), which core would accept now; the page offers it to a
    // compliance_admin and records it through HqService::recordHeadOfficeEvents.
    QString action;
    qint64 flagId = 0; // RuleRefused, ClockSkew: head office's flag
};

struct AlertOptions {
    // D1: a lecture signed off with less than this many minutes above the minimum is worth a look. Policy has
    // no such number (yet), so it is a documented constant here.
    int lectureNearMinimumMinutes = 15;
};

// The scan as a pure function of what head office stored, the policy and the time.
QList<Alert> scanAlerts(const QList<StoredEvent> &events, const QList<Flag> &flags, const Policy &policy, qint64 nowUtc,
    const AlertOptions &options = {});

class AlertScanner {
public:
    AlertScanner(HqService &service, const Clock &clock, AlertOptions options = {});
    // Every alert, newest first (by `at`, then kind).
    QList<Alert> scan() const;

private:
    HqService &m_service;
    const Clock &m_clock;
    AlertOptions m_options;
};

} // namespace kakunin::hq::console
