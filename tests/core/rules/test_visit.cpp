#include <catch2/catch.hpp>

#include "rulessupport.h"

#include <core/domain/visit.h>

using namespace kakunin;
using test::tokyo;

namespace {

Appointment appointmentFor(qint64 visitAt)
{
    return Appointment {QStringLiteral("apt-1"), visitAt - 2 * MsPerDay, visitAt};
}

} // namespace

TEST_CASE("S2 a sales visit needs an appointment recorded beforehand for that day", "[S2]")
{
    const Policy p;
    const qint64 now = tokyo(2026, 4, 1, 10, 0);
    CHECK(checkVisitStart(p, std::nullopt, std::nullopt, now, OutOfHoursReason::None) == VisitError::NoAppointment);
    Appointment late {QStringLiteral("apt"), now + 1, now};
    CHECK(checkVisitStart(p, late, std::nullopt, now, OutOfHoursReason::None) == VisitError::NoAppointment);
    Appointment otherDay {QStringLiteral("apt"), now - 5 * MsPerDay, now - MsPerDay};
    CHECK(checkVisitStart(p, otherDay, std::nullopt, now, OutOfHoursReason::None)
        == VisitError::AppointmentForAnotherDay);
    CHECK(checkVisitStart(p, appointmentFor(now), std::nullopt, now, OutOfHoursReason::None) == VisitError::None);
}

TEST_CASE("S2 allowed hours are evaluated in the company time zone", "[S2][boundary]")
{
    const Policy p;
    struct Row {
        int h, m;
        bool allowed;
    };
    const std::vector<Row> rows {
        {8, 59, false}, {9, 0, true}, {12, 0, true}, {17, 59, true}, {18, 0, false}, {23, 0, false}};
    for (const Row &r : rows) {
        const qint64 at = tokyo(2026, 4, 1, r.h, r.m);
        INFO(r.h << ":" << r.m);
        CHECK(withinAllowedHours(p, at) == r.allowed);
        CHECK(checkVisitStart(p, appointmentFor(at), std::nullopt, at, OutOfHoursReason::None)
            == (r.allowed ? VisitError::None : VisitError::OutsideAllowedHours));
        // A recorded reason lets an out-of-hours visit happen.
        CHECK(checkVisitStart(p, appointmentFor(at), std::nullopt, at, OutOfHoursReason::CustomerRequestedTime)
            == VisitError::None);
    }
    // 10:00 UTC is 19:00 in Tokyo: outside, although it looks like office hours in UTC.
    const qint64 utc10 = QDateTime(QDate(2026, 4, 1), QTime(10, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    CHECK_FALSE(withinAllowedHours(p, utc10));
}

TEST_CASE("S2 a visit starting at 17:59 may start and is flagged once it runs past 18:00", "[S2][boundary]")
{
    const Policy p;
    ManualClock clock(tokyo(2026, 4, 1, 17, 59), 5'000);
    VisitConduct v(p);
    REQUIRE(v.start(clock, appointmentFor(clock.utcMs()), std::nullopt) == VisitError::None);
    clock.advance(MsPerMinute - 1);
    CHECK_FALSE(v.status(clock).pastAllowedHours);
    clock.advance(1);
    CHECK(v.status(clock).pastAllowedHours);
    CHECK_FALSE(v.status(clock).warning);
}

TEST_CASE("S2 overlong stay: warning at 80 % of the maximum, flag when exceeded, on the monotonic clock", "[S2]")
{
    const Policy p;
    ManualClock clock(tokyo(2026, 4, 1, 10, 0), 5'000);
    VisitConduct v(p);
    REQUIRE(v.start(clock, appointmentFor(clock.utcMs()), std::nullopt) == VisitError::None);
    clock.advance(96 * MsPerMinute - 1); // 80 % of 120 min is 96 min
    CHECK_FALSE(v.status(clock).warning);
    clock.advance(1);
    CHECK(v.status(clock).warning);
    CHECK(v.status(clock).percentOfMax == 80);
    CHECK_FALSE(v.status(clock).maxExceeded);
    clock.advance(24 * MsPerMinute);
    CHECK_FALSE(v.status(clock).maxExceeded); // exactly 120 min is not yet over
    clock.advance(1);
    CHECK(v.status(clock).maxExceeded);

    // Turning the wall clock back does not shorten the stay.
    clock.setUtc(tokyo(2026, 4, 1, 10, 5));
    CHECK(v.status(clock).maxExceeded);
    CHECK(v.status(clock).elapsedMs == 120 * MsPerMinute + 1);
}

TEST_CASE("S2 the maximum and the warning follow the policy", "[S2]")
{
    Policy p;
    p.maxVisitMinutes = 60;
    p.visitWarnPercent = 50;
    ManualClock clock(tokyo(2026, 4, 1, 10, 0), 5'000);
    VisitConduct v(p);
    REQUIRE(v.start(clock, appointmentFor(clock.utcMs()), std::nullopt) == VisitError::None);
    clock.advance(30 * MsPerMinute);
    CHECK(v.status(clock).warning);
    clock.advance(30 * MsPerMinute + 1);
    CHECK(v.status(clock).maxExceeded);
}

TEST_CASE("S2 customer declined ends the visit at once and blocks a new visit for the cool-down", "[S2]")
{
    const Policy p;
    ManualClock clock(tokyo(2026, 4, 1, 10, 0), 5'000);
    VisitConduct v(p);
    REQUIRE(v.start(clock, appointmentFor(clock.utcMs()), std::nullopt) == VisitError::None);
    clock.advance(10 * MsPerMinute);
    REQUIRE(v.customerDeclined(clock) == VisitError::None);
    CHECK_FALSE(v.active());
    CHECK(v.finalStatus().elapsedMs == 10 * MsPerMinute);
    CHECK(v.customerDeclined(clock) == VisitError::AlreadyEnded);
    const qint64 declinedAt = *v.declinedAtUtc();
    CHECK(*v.newVisitAllowedFromUtc() == declinedAt + 30 * MsPerDay);

    const qint64 justBefore = declinedAt + 30 * MsPerDay - 1;
    CHECK(checkVisitStart(p, appointmentFor(justBefore), declinedAt, justBefore, OutOfHoursReason::None)
        == VisitError::CoolDownActive);
    const qint64 after = declinedAt + 30 * MsPerDay;
    CHECK(checkVisitStart(p, appointmentFor(after), declinedAt, after, OutOfHoursReason::None) == VisitError::None);

    // A new VisitConduct for the same customer is refused while the cool-down runs.
    VisitConduct again(p);
    clock.advance(MsPerDay);
    CHECK(again.start(clock, appointmentFor(clock.utcMs()), declinedAt) == VisitError::CoolDownActive);
    CHECK_FALSE(again.active());
}

TEST_CASE("S2 visit state changes are checked", "[S2]")
{
    const Policy p;
    ManualClock clock(tokyo(2026, 4, 1, 10, 0), 5'000);
    VisitConduct v(p);
    CHECK(v.end(clock) == VisitError::NotStarted);
    REQUIRE(v.start(clock, appointmentFor(clock.utcMs()), std::nullopt) == VisitError::None);
    CHECK(v.start(clock, appointmentFor(clock.utcMs()), std::nullopt) == VisitError::AlreadyStarted);
    CHECK(v.end(clock) == VisitError::None);
    CHECK(v.end(clock) == VisitError::AlreadyEnded);
    CHECK_FALSE(v.declined());
}

TEST_CASE("S2 a reboot mid-visit falls back to the wall clock and says so", "[S2]")
{
    const Policy p;
    ManualClock clock(tokyo(2026, 4, 1, 10, 0), 5'000);
    VisitConduct v(p);
    REQUIRE(v.start(clock, appointmentFor(clock.utcMs()), std::nullopt) == VisitError::None);
    clock.advance(30 * MsPerMinute);
    clock.reboot(QStringLiteral("boot-2"));
    const VisitStatus s = v.status(clock);
    CHECK(s.wallClockFallback);
    CHECK(s.elapsedMs == 30 * MsPerMinute);
}
