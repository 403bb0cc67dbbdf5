#include <catch2/catch.hpp>

#include <models/appsession.h>
#include <support/testsupport.h>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

using namespace kakunin;

namespace {

// Waits for the background unlock to finish by running the event loop, never by sleeping blindly.
void waitIdle(AppSession &s)
{
    QElapsedTimer t;
    t.start();
    while (s.busy() && t.elapsed() < 20'000) {
        QEventLoop loop;
        QObject::connect(&s, &AppSession::busyChanged, &loop, &QEventLoop::quit);
        QTimer::singleShot(200, &loop, &QEventLoop::quit);
        loop.exec();
    }
    REQUIRE_FALSE(s.busy());
}

} // namespace

TEST_CASE("first start sets a PIN, then the session locks and unlocks", "[appmodels][session]")
{
    test::TempStore t;
    AppSession s(t.options());
    CHECK(s.stage() == AppSession::Stage::SetUp);
    CHECK_FALSE(s.pinAcceptable(QStringLiteral("12345")));
    CHECK(s.pinAcceptable(QStringLiteral("123456")));

    s.setUpPin(QStringLiteral("123456"), QStringLiteral("123457"));
    CHECK(s.errorCode() == QLatin1String("pin_mismatch"));
    CHECK_FALSE(s.errorMessage().isEmpty());
    CHECK(s.stage() == AppSession::Stage::SetUp);

    s.setUpPin(QStringLiteral("1234"), QStringLiteral("1234"));
    CHECK(s.errorCode() == QLatin1String("pin_too_weak"));

    s.setUpPin(test::DemoPin, test::DemoPin);
    CHECK(s.busy());
    waitIdle(s);
    CHECK(s.stage() == AppSession::Stage::Unlocked);
    CHECK(s.errorCode() == QLatin1String("none"));
    CHECK(s.store() != nullptr);
    CHECK_FALSE(s.deviceId().isEmpty());

    s.lock();
    CHECK(s.stage() == AppSession::Stage::Locked);
    CHECK(s.store() == nullptr);

    s.unlock(QStringLiteral("000000"));
    waitIdle(s);
    CHECK(s.stage() == AppSession::Stage::Locked);
    CHECK(s.errorCode() == QLatin1String("wrong_pin"));
    CHECK(s.failedAttempts() == 1);
    CHECK(s.errorMessage().contains(QLatin1String("1")));

    s.unlock(test::DemoPin);
    waitIdle(s);
    CHECK(s.stage() == AppSession::Stage::Unlocked);
    CHECK(s.failedAttempts() == 0);
}

TEST_CASE("the session shows the lock-out and its remaining time", "[appmodels][session]")
{
    test::TempStore t;
    t.create().reset();
    AppSession s(t.options());
    REQUIRE(s.stage() == AppSession::Stage::Locked);
    for (int i = 0; i <= UnlockThrottle::FreeAttempts; ++i) {
        s.unlock(QStringLiteral("000000"));
        waitIdle(s);
    }
    CHECK(s.retryAfterSeconds() == 30);
    s.unlock(test::DemoPin);
    CHECK_FALSE(s.busy()); // not even tried
    CHECK(s.errorCode() == QLatin1String("locked_out"));
    CHECK(s.errorMessage().contains(QLatin1String("30")));
    t.clock.advance(30'000);
    s.unlock(test::DemoPin);
    waitIdle(s);
    CHECK(s.stage() == AppSession::Stage::Unlocked);
}
