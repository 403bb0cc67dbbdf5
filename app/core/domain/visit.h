#pragma once

#include "policy.h"

#include "core/clock.h"

#include <optional>

namespace kakunin {

// S2 勧誘の節度: no unannounced visits (押しかけ), no overlong stays (長時間居座り).
struct Appointment {
    QString id;
    qint64 recordedAtUtc = 0; // when the rep recorded it
    qint64 scheduledAtUtc = 0; // the agreed visit time
};

// Why a visit outside the allowed hours was nevertheless made; None means no reason was given.
enum class OutOfHoursReason { None, CustomerRequestedTime, CustomerBusinessHours };

enum class VisitError {
    None = 0,
    NoAppointment, // none recorded, or recorded only after the visit began
    AppointmentForAnotherDay, // the appointment is for another day in the company time zone
    OutsideAllowedHours, // refused: outside the policy hours and no reason recorded
    CoolDownActive, // the customer declined within the cool-down
    AlreadyStarted,
    NotStarted,
    AlreadyEnded,
};

struct VisitStatus {
    qint64 elapsedMs = 0;
    int percentOfMax = 0;
    bool warning = false; // ≥ policy.visitWarnPercent of the maximum: tell the rep
    bool maxExceeded = false; // > maximum: flagged to head office
    bool pastAllowedHours = false; // the stay ran past the allowed hours without a recorded reason
    bool wallClockFallback = false; // the device rebooted mid-visit, elapsed time is from the wall clock
};

bool withinAllowedHours(const Policy &policy, qint64 utcMs);
qint64 coolDownEndsUtc(const Policy &policy, qint64 declinedAtUtc);

// Pure check before a sales visit may start.
VisitError checkVisitStart(const Policy &policy, const std::optional<Appointment> &appointment,
    std::optional<qint64> lastDeclinedAtUtc, qint64 nowUtc, OutOfHoursReason reason);

// One sales visit, timed on the monotonic clock.
class VisitConduct {
public:
    explicit VisitConduct(Policy policy) : m_policy(std::move(policy)) { }

    VisitError start(const Clock &clock, const std::optional<Appointment> &appointment,
        std::optional<qint64> lastDeclinedAtUtc, OutOfHoursReason reason = OutOfHoursReason::None);
    VisitStatus status(const Clock &clock) const;
    VisitError end(const Clock &clock);
    // "お帰りください / 結構です": ends the visit at once and starts the cool-down.
    VisitError customerDeclined(const Clock &clock);

    bool active() const { return m_started && !m_ended; }
    bool declined() const { return m_declinedAtUtc.has_value(); }
    std::optional<qint64> declinedAtUtc() const { return m_declinedAtUtc; }
    std::optional<qint64> newVisitAllowedFromUtc() const;
    VisitStatus finalStatus() const { return m_final; }

private:
    Policy m_policy;
    bool m_started = false;
    bool m_ended = false;
    qint64 m_startUtc = 0;
    qint64 m_startMono = 0;
    QString m_startBoot;
    OutOfHoursReason m_reason = OutOfHoursReason::None;
    std::optional<qint64> m_declinedAtUtc;
    VisitStatus m_final;
};

QString outOfHoursReasonName(OutOfHoursReason r);
bool outOfHoursReasonFromName(const QString &name, OutOfHoursReason *out);

} // namespace kakunin
