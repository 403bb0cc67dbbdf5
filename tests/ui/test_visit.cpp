#include "test_customer_session.h"

#include <models/appointmentform.h>
#include <models/appointmentlistmodel.h>
#include <models/visitcontroller.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace kakunin;
using kakunin::test::companyTime;
using kakunin::test::Rep;
using kakunin::test::SignedIn;

namespace {

const QString Customer = QStringLiteral("c1");
constexpr qint64 Minute = 60'000;

// Books an appointment through the form: `dayOffset` days from today at hour:minute, company time.
QString book(SignedIn &s, int dayOffset, int hour, int minute = 0, const QString &customer = Customer)
{
    AppointmentForm form;
    form.setSession(s.session.get());
    form.setCustomerId(customer);
    form.setDayOffset(dayOffset);
    form.setHour(hour);
    form.setMinute(minute);
    QSignalSpy booked(&form, &AppointmentForm::booked);
    INFO(form.errorText().toStdString());
    REQUIRE(form.book());
    REQUIRE(booked.size() == 1);
    return booked.first().first().toString();
}

struct Visit {
    VisitController c;
    explicit Visit(SignedIn &s, const QString &customer = Customer)
    {
        c.setSession(s.session.get());
        c.setCustomerId(customer);
    }
};

} // namespace

TEST_CASE("S2 a visit needs an appointment recorded beforehand for today", "[appmodels][visit][S2]")
{
    SignedIn s; // Mon 2 Feb 2026, 10:00 in Tokyo
    s.registerCustomer(Customer, QStringLiteral("伊藤 花子"));
    Visit v(s);
    REQUIRE(v.c.found());
    CHECK(v.c.canBook());
    CHECK_FALSE(v.c.canStart());
    CHECK(v.c.startBlockedCode() == QLatin1String("no_appointment"));
    CHECK_FALSE(v.c.startBlockedText().isEmpty());
    CHECK_FALSE(v.c.start());
    CHECK_FALSE(v.c.errorText().isEmpty());
    CHECK(s.events(Customer, EventType::VisitStarted).isEmpty());

    // Tomorrow's appointment does not admit a visit today.
    book(s, 1, 11);
    v.c.refresh();
    CHECK(v.c.startBlockedCode() == QLatin1String("appointment_for_another_day"));
    CHECK(v.c.appointments().size() == 1);

    // Today's does.
    const QString today = book(s, 0, 10, 30);
    v.c.refresh();
    CHECK(v.c.canStart());
    CHECK(v.c.startBlockedText().isEmpty());
    CHECK_FALSE(v.c.appointmentText().isEmpty());
    CHECK(v.c.appointments().size() == 2);
    REQUIRE(v.c.start());
    CHECK(v.c.active());
    const QList<Event> started = s.events(Customer, EventType::VisitStarted);
    REQUIRE(started.size() == 1);
    CHECK(validateEvent(started.first(), Role::SalesRep) == EventError::None);
    CHECK(started.first().payload.value(QStringLiteral("appointmentId")).toString() == today);
    CHECK(started.first().payload.value(QStringLiteral("outOfHoursReason")).toString() == QLatin1String("none"));
    CHECK(v.c.startBlockedCode() == QLatin1String("already_started"));

    // Ending it records visit.ended with the minutes on the monotonic clock.
    s.t.clock.advance(45 * Minute);
    v.c.refresh();
    CHECK(v.c.elapsedSeconds() == 45 * 60);
    CHECK(v.c.elapsedText() == QLatin1String("0:45:00"));
    REQUIRE(v.c.end());
    CHECK_FALSE(v.c.active());
    const QList<Event> ended = s.events(Customer, EventType::VisitEnded);
    REQUIRE(ended.size() == 1);
    CHECK(ended.first().payload.value(QStringLiteral("elapsedMinutes")).toInteger() == 45);
    CHECK(validateEvent(ended.first(), Role::SalesRep) == EventError::None);
    CHECK_FALSE(v.c.lastVisitText().isEmpty());

    // The appointment is used up: another visit today needs another appointment.
    CHECK(v.c.startBlockedCode() == QLatin1String("appointment_for_another_day"));
    CHECK_FALSE(v.c.end());
}

TEST_CASE("S2 outside the allowed hours a visit needs a recorded reason", "[appmodels][visit][S2]")
{
    SignedIn s;
    s.registerCustomer(Customer, QStringLiteral("伊藤 花子"));
    s.t.clock.setUtc(companyTime(2026, 2, 2, 19)); // 19:00, after the allowed hours (09:00–18:00)
    AppointmentForm form;
    form.setSession(s.session.get());
    form.setCustomerId(Customer);
    form.setDayOffset(0);
    form.setHour(19);
    form.setMinute(30);
    CHECK(form.canBook());
    CHECK_FALSE(form.warningText().isEmpty()); // may be booked, but says what it means
    REQUIRE(form.book());

    s.t.clock.advance(30 * Minute);
    Visit v(s);
    CHECK(v.c.outsideAllowedHours());
    CHECK(v.c.startBlockedCode() == QLatin1String("outside_allowed_hours"));
    CHECK(v.c.startBlockedText().contains(v.c.allowedHoursText()));
    CHECK_FALSE(v.c.start());
    CHECK(s.events(Customer, EventType::VisitStarted).isEmpty());

    CHECK(VisitController::outOfHoursReasonOptions().size() == 2);
    v.c.setOutOfHoursReason(QStringLiteral("customer_business_hours"));
    CHECK(v.c.canStart());
    REQUIRE(v.c.start());
    const QList<Event> started = s.events(Customer, EventType::VisitStarted);
    REQUIRE(started.size() == 1);
    CHECK(started.first().payload.value(QStringLiteral("outOfHoursReason")).toString()
        == QLatin1String("customer_business_hours"));
    CHECK(v.c.outOfHoursReason() == QLatin1String("none")); // asked again for the next visit
}

TEST_CASE("S2 the 80 % warning is recorded once, the maximum flagged once", "[appmodels][visit][S2]")
{
    SignedIn s;
    s.registerCustomer(Customer, QStringLiteral("伊藤 花子"));
    book(s, 0, 10, 0);
    Visit v(s);
    REQUIRE(v.c.start());
    CHECK(v.c.maxMinutes() == 120);
    CHECK(v.c.warnPercent() == 80);

    s.t.clock.advance(95 * Minute);
    v.c.refresh();
    CHECK_FALSE(v.c.warning());
    CHECK(v.c.percentOfMax() == 79);
    CHECK(v.c.conductText().isEmpty());
    CHECK(s.events(Customer, EventType::VisitWarned).isEmpty());

    s.t.clock.advance(1 * Minute); // 96 min = 80 % of 120
    QSignalSpy ticked(&v.c, &VisitController::tick);
    v.c.refresh();
    CHECK(ticked.size() >= 1);
    CHECK(v.c.warning());
    CHECK(v.c.percentOfMax() == 80);
    CHECK_FALSE(v.c.conductText().isEmpty());
    REQUIRE(s.events(Customer, EventType::VisitWarned).size() == 1);
    CHECK(s.events(Customer, EventType::VisitWarned).first().payload.value(QStringLiteral("elapsedMinutes")).toInteger()
        == 96);

    for (int i = 0; i < 5; ++i) {
        s.t.clock.advance(Minute);
        v.c.refresh();
    }
    CHECK(s.events(Customer, EventType::VisitWarned).size() == 1); // once per visit
    CHECK(s.events(Customer, EventType::VisitFlagged).isEmpty());

    s.t.clock.advance(20 * Minute); // 121 min
    v.c.refresh();
    CHECK(v.c.maxExceeded());
    CHECK_FALSE(v.c.remainingText().isEmpty());
    v.c.refresh();
    const QList<Event> flagged = s.events(Customer, EventType::VisitFlagged);
    REQUIRE(flagged.size() == 1);
    CHECK(flagged.first().payload.value(QStringLiteral("flag")).toString() == QLatin1String("max_length_exceeded"));
    CHECK(validateEvent(flagged.first(), Role::SalesRep) == EventError::None);

    // A controller opened later (the page closed and opened again) does not warn twice.
    Visit reopened(s);
    reopened.c.refresh();
    CHECK(reopened.c.active());
    CHECK(s.events(Customer, EventType::VisitWarned).size() == 1);
    CHECK(s.events(Customer, EventType::VisitFlagged).size() == 1);
}

TEST_CASE("S2 a visit running past the allowed hours is flagged", "[appmodels][visit][S2]")
{
    SignedIn s;
    s.registerCustomer(Customer, QStringLiteral("伊藤 花子"));
    s.t.clock.setUtc(companyTime(2026, 2, 2, 17, 30));
    book(s, 0, 17, 30);
    Visit v(s);
    REQUIRE(v.c.start());
    s.t.clock.advance(29 * Minute);
    v.c.refresh();
    CHECK_FALSE(v.c.pastAllowedHours());
    s.t.clock.advance(1 * Minute); // 18:00
    v.c.refresh();
    CHECK(v.c.pastAllowedHours());
    const QList<Event> flagged = s.events(Customer, EventType::VisitFlagged);
    REQUIRE(flagged.size() == 1);
    CHECK(flagged.first().payload.value(QStringLiteral("flag")).toString() == QLatin1String("past_allowed_hours"));
}

TEST_CASE("S2 customer declined ends the visit at once and starts the cool-down", "[appmodels][visit][S2]")
{
    SignedIn s;
    s.registerCustomer(Customer, QStringLiteral("伊藤 花子"));
    book(s, 0, 10, 0);
    Visit v(s);
    REQUIRE(v.c.start());
    s.t.clock.advance(12 * Minute);
    CHECK_FALSE(v.c.declineConsequenceText().isEmpty());
    REQUIRE(v.c.customerDeclined());
    CHECK_FALSE(v.c.active());
    const QList<Event> declined = s.events(Customer, EventType::VisitDeclined);
    REQUIRE(declined.size() == 1);
    CHECK(declined.first().payload.value(QStringLiteral("elapsedMinutes")).toInteger() == 12);
    CHECK(validateEvent(declined.first(), Role::SalesRep) == EventError::None);
    CHECK(s.events(Customer, EventType::VisitEnded).isEmpty());

    // No new appointment inside the cool-down, and no visit even with one booked before.
    AppointmentForm form;
    form.setSession(s.session.get());
    form.setCustomerId(Customer);
    form.setDayOffset(1);
    form.setHour(10);
    CHECK(form.errorCode() == QLatin1String("cool_down_active"));
    CHECK_FALSE(form.errorText().isEmpty());
    CHECK_FALSE(form.book());

    v.c.refresh();
    CHECK(v.c.startBlockedCode() == QLatin1String("cool_down_active"));
    CHECK_FALSE(v.c.coolDownText().isEmpty());
    CHECK(v.c.coolDownText() == v.c.startBlockedText());
    CHECK_FALSE(v.c.start());

    // 30 days later (the policy's cool-down) visits may be booked and made again.
    s.t.clock.advance(30LL * 24 * 60 * Minute);
    v.c.refresh();
    CHECK(v.c.coolDownText().isEmpty());
    book(s, 0, 14, 0);
    v.c.refresh();
    CHECK(v.c.canStart());
}

TEST_CASE("S2 a visit in progress is rebuilt from the store after it was reopened", "[appmodels][visit][S2]")
{
    SignedIn s;
    s.registerCustomer(Customer, QStringLiteral("伊藤 花子"));
    book(s, 0, 10, 0);
    QString visitId;
    {
        Visit v(s);
        REQUIRE(v.c.start());
        visitId = v.c.visitId();
        REQUIRE_FALSE(visitId.isEmpty());
    } // the page is closed

    s.t.clock.advance(30 * Minute);
    s.reopen(); // locked and unlocked: nothing in memory survives
    Visit v(s);
    CHECK(v.c.active());
    CHECK(v.c.visitId() == visitId);
    CHECK(v.c.elapsedSeconds() == 30 * 60);
    CHECK_FALSE(v.c.wallClockFallback());
    CHECK_FALSE(v.c.startedText().isEmpty());

    // Moving the wall clock does not change a duration measured on the monotonic clock.
    s.t.clock.setUtc(s.t.clock.utcMs() + 90 * Minute);
    v.c.refresh();
    CHECK(v.c.elapsedSeconds() == 30 * 60);
    CHECK_FALSE(v.c.warning());

    // After a reboot only the wall clock is left, and the visit says so.
    s.t.clock.reboot(QStringLiteral("second-boot"));
    v.c.refresh();
    CHECK(v.c.wallClockFallback());
    CHECK(v.c.elapsedSeconds() == 120 * 60);
    CHECK_FALSE(v.c.conductText().isEmpty());

    // Locked: nothing shown; unlocked again: the same visit.
    s.session->lock();
    CHECK_FALSE(v.c.found());
    CHECK_FALSE(v.c.active());
    s.session->unlock(test::DemoPin);
    test::waitIdle(*s.session);
    CHECK(v.c.active());
    REQUIRE(v.c.end());
    CHECK(s.events(Customer, EventType::VisitEnded).size() == 1);
}

TEST_CASE(
    "appointments: not in the past, not twice at the same time, P4 only for my customers", "[appmodels][visit][S2][P4]")
{
    SignedIn s;
    s.registerCustomer(Customer, QStringLiteral("伊藤 花子"));
    s.registerCustomer(QStringLiteral("theirs"), QStringLiteral("山田 太郎"), test::OtherRep);
    AppointmentForm form;
    form.setSession(s.session.get());
    form.setCustomerId(Customer);
    CHECK(form.days().size() == AppointmentForm::DaysAhead);
    CHECK_FALSE(form.days().first().toMap().value(QStringLiteral("text")).toString().isEmpty());

    // The next slot: today 11:00 (it is 10:00).
    CHECK(form.dayOffset() == 0);
    CHECK(form.hour() == 11);
    CHECK(form.minute() == 0);
    CHECK(form.scheduledAtUtc() == companyTime(2026, 2, 2, 11));
    CHECK(form.warningText().isEmpty());
    CHECK(form.canBook());

    form.setHour(9);
    CHECK(form.errorCode() == QLatin1String("in_past"));
    CHECK_FALSE(form.book());
    form.setMinute(7); // rounded to the 5-minute step
    CHECK(form.minute() == 5);
    form.setDayOffset(2);
    form.setHour(7);
    CHECK(form.canBook());
    CHECK_FALSE(form.warningText().isEmpty()); // 07:05 is before the allowed hours
    form.setHour(10);
    form.setMinute(0);
    REQUIRE(form.book());
    const QList<Event> booked = s.events(Customer, EventType::AppointmentRecorded);
    REQUIRE(booked.size() == 1);
    CHECK(booked.first().payload.value(QStringLiteral("scheduledAt")).toInteger() == companyTime(2026, 2, 4, 10));
    CHECK(validateEvent(booked.first(), Role::SalesRep) == EventError::None);
    CHECK(form.errorCode() == QLatin1String("already_booked"));

    AppointmentForm theirs;
    theirs.setSession(s.session.get());
    theirs.setCustomerId(QStringLiteral("theirs"));
    CHECK(theirs.errorCode() == QLatin1String("not_mine"));
    CHECK_FALSE(theirs.book());

    // Late in the day the next slot is tomorrow at opening time.
    s.t.clock.setUtc(companyTime(2026, 2, 2, 17, 20));
    form.resetToNextSlot();
    CHECK(form.dayOffset() == 1);
    CHECK(form.hour() == 9);
}

TEST_CASE("today's visits: my appointments today in time order with their state, a correct list model",
    "[appmodels][visit][S2][P4]")
{
    SignedIn s;
    s.registerCustomer(QStringLiteral("a"), QStringLiteral("伊藤 花子"));
    s.registerCustomer(QStringLiteral("b"), QStringLiteral("高橋 美咲"));
    s.registerCustomer(QStringLiteral("c"), QStringLiteral("加藤 翔太"));

    AppointmentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    model.setSession(s.session.get());
    CHECK(model.count() == 0);
    CHECK_FALSE(model.dateText().isEmpty());

    book(s, 0, 15, 0, QStringLiteral("a"));
    book(s, 0, 11, 30, QStringLiteral("b"));
    book(s, 1, 9, 0, QStringLiteral("c")); // tomorrow: not today's
    // Another rep's customer with an appointment today never shows (P4).
    s.registerCustomer(QStringLiteral("theirs"), QStringLiteral("山田 太郎"), test::OtherRep);
    REQUIRE(s.store()
                .append({EventType::AppointmentRecorded, QStringLiteral("theirs"), test::OtherRep,
                    QJsonObject {{QStringLiteral("appointmentId"), QStringLiteral("x")},
                        {QStringLiteral("scheduledAt"), companyTime(2026, 2, 2, 12)}}})
                .ok());
    model.reload();

    REQUIRE(model.count() == 2); // reloaded on recorded()
    CHECK(model.data(model.index(0, 0), AppointmentListModel::CustomerIdRole).toString() == QLatin1String("b"));
    CHECK(model.data(model.index(0, 0), AppointmentListModel::TimeTextRole).toString() == QLatin1String("11:30"));
    CHECK(model.data(model.index(1, 0), AppointmentListModel::CustomerIdRole).toString() == QLatin1String("a"));
    CHECK(model.data(model.index(1, 0), AppointmentListModel::CustomerNameRole).toString()
        == QStringLiteral("伊藤 花子"));
    CHECK(model.data(model.index(0, 0), AppointmentListModel::StateRole).toString() == QLatin1String("upcoming"));
    CHECK(model.roleNames().value(AppointmentListModel::CustomerIdRole) == "customerId");

    // A visit on b's appointment: in progress, then visited.
    s.t.clock.setUtc(companyTime(2026, 2, 2, 11, 30));
    Visit v(s, QStringLiteral("b"));
    REQUIRE(v.c.start());
    CHECK(model.data(model.index(0, 0), AppointmentListModel::StateRole).toString() == QLatin1String("in_progress"));
    CHECK(model.data(model.index(0, 0), AppointmentListModel::StateTextRole).toString()
        == AppointmentListModel::stateText(QStringLiteral("in_progress")));
    REQUIRE(v.c.end());
    CHECK(model.data(model.index(0, 0), AppointmentListModel::StateRole).toString() == QLatin1String("visited"));

    // a's time has come.
    s.t.clock.setUtc(companyTime(2026, 2, 2, 15, 5));
    model.reload();
    CHECK(model.data(model.index(1, 0), AppointmentListModel::StateRole).toString() == QLatin1String("due"));

    // The next day shows the next day's.
    s.t.clock.setUtc(companyTime(2026, 2, 3, 8));
    QSignalSpy dated(&model, &AppointmentListModel::dateChanged);
    model.reload();
    CHECK(dated.size() == 1);
    REQUIRE(model.count() == 1);
    CHECK(model.data(model.index(0, 0), AppointmentListModel::CustomerIdRole).toString() == QLatin1String("c"));

    // Locked: nothing.
    s.session->lock();
    CHECK(model.count() == 0);

    // Every state has words.
    QStringList words;
    for (const char *state : {"upcoming", "due", "in_progress", "visited", "declined", "refused"})
        words.append(AppointmentListModel::stateText(QLatin1String(state)));
    words.removeDuplicates();
    CHECK(words.size() == 6);

    TodayVisits today;
    today.setSession(s.session.get());
    CHECK(today.appointments()->session() == s.session.get());
}
