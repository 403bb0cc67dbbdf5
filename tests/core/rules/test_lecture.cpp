#include <catch2/catch.hpp>

#include "rulessupport.h"

#include <core/domain/lecture.h>

using namespace kakunin;

namespace {

LectureSession openSession(LectureLevel level = LectureLevel::Standard, const Policy &p = Policy())
{
    auto s = LectureSession::open(test::samplePack(), level, p);
    REQUIRE(s.ok());
    return std::move(s).value();
}

void teachAll(LectureSession &s, const Clock &c)
{
    for (const QString &id : s.itemIds()) {
        REQUIRE(s.markTaught(id, c) == LectureError::None);
        REQUIRE(s.markUnderstood(id, c) == LectureError::None);
    }
}

} // namespace

TEST_CASE("D1 only running time counts: pauses and wall-clock changes do not", "[D1]")
{
    ManualClock c;
    LectureClock clock;
    CHECK(clock.pause(c) == LectureError::NotStarted);
    REQUIRE(clock.start(c) == LectureError::None);
    CHECK(clock.start(c) == LectureError::AlreadyStarted);
    c.advance(60 * MsPerMinute);
    REQUIRE(clock.pause(c) == LectureError::None);
    CHECK(clock.pause(c) == LectureError::NotRunning);
    c.advance(45 * MsPerMinute); // lunch: not counted
    CHECK(clock.runningMs(c) == 60 * MsPerMinute);
    REQUIRE(clock.resume(c) == LectureError::None);
    CHECK(clock.resume(c) == LectureError::NotPaused);
    c.advance(30 * MsPerMinute);
    c.setUtc(c.utcMs() + 5 * 60 * MsPerMinute); // someone moves the tablet's clock forward 5 h
    CHECK(clock.runningMs(c) == 90 * MsPerMinute);
    CHECK(clock.state() == LectureClock::State::Running);
}

TEST_CASE("D1 a reboot while running loses that segment rather than trusting the wall clock", "[D1]")
{
    ManualClock c;
    LectureClock clock;
    REQUIRE(clock.start(c) == LectureError::None);
    c.advance(60 * MsPerMinute);
    REQUIRE(clock.pause(c) == LectureError::None);
    REQUIRE(clock.resume(c) == LectureError::None);
    c.advance(20 * MsPerMinute);
    c.reboot(QStringLiteral("boot-2"));
    c.advance(10 * MsPerMinute);
    CHECK(clock.runningMs(c) == 60 * MsPerMinute);
    REQUIRE(clock.pause(c) == LectureError::None);
    REQUIRE(clock.resume(c) == LectureError::None);
    c.advance(5 * MsPerMinute);
    CHECK(clock.runningMs(c) == 65 * MsPerMinute);
}

TEST_CASE("D1 sign-off at 179:59 running minutes is refused, at 180:00 accepted", "[D1][boundary]")
{
    for (const auto &[runningMs, expected] : std::vector<std::pair<qint64, LectureError>> {
             {180 * MsPerMinute - 1000, LectureError::BelowMinimum}, {180 * MsPerMinute, LectureError::None}}) {
        ManualClock c;
        LectureSession s = openSession();
        REQUIRE(s.start(c) == LectureError::None);
        teachAll(s, c);
        c.advance(runningMs);
        INFO(runningMs);
        CHECK(s.checkSignOff(c) == expected);
        CHECK(s.signOff(test::hashOf('e'), c) == expected);
        CHECK(s.signedOff() == (expected == LectureError::None));
    }
}

TEST_CASE("D1 the minimum is the policy's for the product", "[D1]")
{
    Policy p;
    p.products.insert(QStringLiteral("CRM"), ProductPolicy {240, 14});
    ManualClock c;
    LectureSession s = openSession(LectureLevel::Standard, p);
    CHECK(s.minimumMs() == 240 * MsPerMinute);
    REQUIRE(s.start(c) == LectureError::None);
    teachAll(s, c);
    c.advance(200 * MsPerMinute);
    CHECK(s.checkSignOff(c) == LectureError::BelowMinimum);
    c.advance(40 * MsPerMinute);
    CHECK(s.checkSignOff(c) == LectureError::None);
}

TEST_CASE("D1 a paused lecture's clock stands still towards the minimum", "[D1]")
{
    ManualClock c;
    LectureSession s = openSession();
    REQUIRE(s.start(c) == LectureError::None);
    teachAll(s, c);
    c.advance(100 * MsPerMinute);
    REQUIRE(s.pause(c) == LectureError::None);
    c.advance(200 * MsPerMinute);
    CHECK(s.checkSignOff(c) == LectureError::BelowMinimum);
    REQUIRE(s.resume(c) == LectureError::None);
    c.advance(80 * MsPerMinute);
    CHECK(s.checkSignOff(c) == LectureError::None);
}

TEST_CASE("D2 P1 the checklist follows the lecture level", "[D2][P1]")
{
    CHECK(openSession(LectureLevel::Standard).itemIds()
        == QStringList {QStringLiteral("login-1"), QStringLiteral("cust-1")});
    CHECK(openSession(LectureLevel::Extended).itemIds()
        == QStringList {
            QStringLiteral("login-1"), QStringLiteral("login-x"), QStringLiteral("cust-1"), QStringLiteral("cust-x")});
    ContentPack empty = test::samplePack();
    empty.lecture.clear();
    CHECK(LectureSession::open(empty, LectureLevel::Standard, Policy()).error() == LectureError::EmptyChecklist);
}

TEST_CASE("D2 each item is taught by the installer, then understood by the customer, and sign-off needs all", "[D2]")
{
    ManualClock c;
    LectureSession s = openSession(LectureLevel::Extended);
    CHECK(s.markTaught(QStringLiteral("login-1"), c) == LectureError::NotStarted);
    REQUIRE(s.start(c) == LectureError::None);
    CHECK(s.markUnderstood(QStringLiteral("login-1"), c) == LectureError::NotTaught);
    CHECK(s.markTaught(QStringLiteral("zzz"), c) == LectureError::UnknownItem);
    REQUIRE(s.markTaught(QStringLiteral("login-1"), c) == LectureError::None);
    CHECK(s.markTaught(QStringLiteral("login-1"), c) == LectureError::AlreadyDone);
    REQUIRE(s.markUnderstood(QStringLiteral("login-1"), c) == LectureError::None);
    REQUIRE(s.pause(c) == LectureError::None);
    CHECK(s.markTaught(QStringLiteral("login-x"), c) == LectureError::NotRunning);
    REQUIRE(s.resume(c) == LectureError::None);
    c.advance(4 * 60 * MsPerMinute);
    CHECK(s.checkSignOff(c) == LectureError::ItemsOpen);
    CHECK(s.openItems().size() == 3);
    for (const QString &id : s.openItems()) {
        REQUIRE(s.markTaught(id, c) == LectureError::None);
        REQUIRE(s.markUnderstood(id, c) == LectureError::None);
    }
    CHECK(s.signOff(QString(), c) == LectureError::SignatureMissingStrokes);
    REQUIRE(s.signOff(test::hashOf('e'), c) == LectureError::None);
    CHECK(s.markTaught(QStringLiteral("login-1"), c) == LectureError::SignedOff);
    CHECK(s.signOff(test::hashOf('e'), c) == LectureError::SignedOff);
}
