// The visit page and home's today's visits in an offscreen window (S2): booking, starting, the timer with the
// 80 % warning, "customer declined" and the cool-down; the visit survives closing the page.
#include "test_customer_pages.h"

#include <models/visitcontroller.h>

using namespace kakunin;
using namespace kakunin::pagetest;

namespace {

constexpr qint64 Minute = 60'000;

VisitController *controller(Tablet &tablet)
{
    auto *page = tablet.item(QStringLiteral("visitPage"));
    auto *c = page->findChild<VisitController *>();
    REQUIRE(c != nullptr);
    return c;
}

} // namespace

TEST_CASE(
    "visit page: S2 from today's visits to the timer, the 80 % warning and customer declined", "[visit][page][S2]")
{
    test::TempStore t;
    t.clock.setUtc(tokyo(2026, 2, 2, 9, 55));
    Tablet tablet(t);

    // Home: today's appointments in time order (the demo books 10:00, 13:30 and 16:00).
    REQUIRE(tablet.visible(QStringLiteral("todaysVisits")));
    CHECK(tablet.count(QStringLiteral("visitTime")) == 3);
    CHECK(tablet.visible(QStringLiteral("todaysVisit_demo-a01")));
    CHECK_FALSE(tablet.visible(QStringLiteral("todaysVisitsEmpty")));
    tablet.click(QStringLiteral("todaysVisit_demo-a01"));
    REQUIRE(tablet.visible(QStringLiteral("visitPage")));
    CHECK(tablet.text(QStringLiteral("pageTitle")).contains(QStringLiteral("伊藤 花子")));
    CHECK(tablet.item(QStringLiteral("startVisitButton"))->isEnabled());
    CHECK_FALSE(tablet.visible(QStringLiteral("startBlocked")));
    tablet.shot(QStringLiteral("visit-ready"));

    tablet.click(QStringLiteral("startVisitButton"));
    REQUIRE(tablet.visible(QStringLiteral("visitElapsed")));
    CHECK(tablet.text(QStringLiteral("visitElapsed")) == QLatin1String("0:00:00"));
    CHECK(tablet.visible(QStringLiteral("declinedButton")));
    CHECK(tablet.visible(QStringLiteral("endVisitButton")));
    CHECK_FALSE(tablet.visible(QStringLiteral("visitWarning")));

    tablet.clock().advance(42 * Minute + 13'000);
    controller(tablet)->refresh();
    tablet.settle();
    CHECK(tablet.text(QStringLiteral("visitElapsed")) == QLatin1String("0:42:13"));
    tablet.shot(QStringLiteral("visit-running"));

    // Closing the page does not end the visit.
    tablet.back();
    tablet.click(QStringLiteral("todaysVisit_demo-a01"));
    REQUIRE(tablet.visible(QStringLiteral("visitElapsed")));
    CHECK(tablet.text(QStringLiteral("visitElapsed")) == QLatin1String("0:42:13"));

    tablet.clock().advance(54 * Minute); // 96 min: 80 % of 120
    controller(tablet)->refresh();
    tablet.settle();
    CHECK(tablet.visible(QStringLiteral("visitWarning")));
    tablet.shot(QStringLiteral("visit-warning"));
    tablet.portraitShot(QStringLiteral("visit-warning-portrait"));

    tablet.click(QStringLiteral("declinedButton"));
    QObject *confirm = tablet.object(QStringLiteral("confirmDecline"));
    REQUIRE(confirm->property("visible").toBool());
    tablet.shot(QStringLiteral("visit-confirm-decline"));
    REQUIRE(QMetaObject::invokeMethod(confirm, "accept"));
    tablet.settle();
    CHECK_FALSE(tablet.visible(QStringLiteral("visitElapsed")));
    CHECK(tablet.visible(QStringLiteral("startBlocked"))); // the cool-down and its end
    CHECK(tablet.text(QStringLiteral("startBlocked")).contains(QLatin1String("Mar 2026")));
    CHECK_FALSE(tablet.item(QStringLiteral("bookButton"))->isEnabled());
    CHECK(tablet.visible(QStringLiteral("lastVisit")));
    CHECK_FALSE(tablet.item(QStringLiteral("startVisitButton"))->isEnabled());
    tablet.shot(QStringLiteral("visit-declined"));

    tablet.back();
    CHECK(tablet.count(QStringLiteral("visitState")) == 3);
}

TEST_CASE("visit page: S2 no visit without an appointment until one is booked on the wheels", "[visit][page][S2]")
{
    test::TempStore t;
    t.clock.setUtc(tokyo(2026, 2, 2, 10, 5));
    Tablet tablet(t);
    tablet.open(QStringLiteral("VisitPage"), {{QStringLiteral("customerId"), QStringLiteral("demo-c05")}});
    REQUIRE(tablet.visible(QStringLiteral("visitPage")));
    CHECK(tablet.visible(QStringLiteral("startBlocked")));
    CHECK_FALSE(tablet.item(QStringLiteral("startVisitButton"))->isEnabled());
    tablet.shot(QStringLiteral("visit-no-appointment"));

    tablet.click(QStringLiteral("bookButton"));
    QObject *popup = tablet.object(QStringLiteral("bookingPopup"));
    REQUIRE(popup->property("visible").toBool());
    CHECK(tablet.text(QStringLiteral("bookingSummary")).contains(QLatin1String("11:00")));
    tablet.shot(QStringLiteral("visit-booking"));
    tablet.click(QStringLiteral("bookingDay_1"));
    CHECK(tablet.text(QStringLiteral("bookingSummary")).contains(QLatin1String("Tomorrow")));
    tablet.click(QStringLiteral("bookingDay_0"));
    tablet.click(QStringLiteral("bookingConfirm"));
    CHECK_FALSE(popup->property("visible").toBool());
    CHECK(tablet.item(QStringLiteral("startVisitButton"))->isEnabled());
    CHECK_FALSE(tablet.visible(QStringLiteral("startBlocked")));
    tablet.shot(QStringLiteral("visit-booked"));
}

TEST_CASE("visit page: S2 outside the allowed hours the reason is asked for", "[visit][page][S2]")
{
    test::TempStore t;
    t.clock.setUtc(tokyo(2026, 2, 2, 8, 0)); // the demo's 10:00 appointment is today; it is 08:00
    Tablet tablet(t);
    tablet.open(QStringLiteral("VisitPage"), {{QStringLiteral("customerId"), QStringLiteral("demo-c01")}});
    REQUIRE(tablet.visible(QStringLiteral("outOfHoursReason")));
    CHECK_FALSE(tablet.item(QStringLiteral("startVisitButton"))->isEnabled());
    tablet.shot(QStringLiteral("visit-out-of-hours"));
    tablet.click(QStringLiteral("outOfHoursReason_customer_requested_time"));
    CHECK(tablet.item(QStringLiteral("startVisitButton"))->isEnabled());
    tablet.click(QStringLiteral("startVisitButton"));
    CHECK(tablet.visible(QStringLiteral("visitElapsed")));
}
