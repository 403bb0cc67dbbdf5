// RetryPolicy, Retry-After parsing and the CurlTransport's pin option: pure functions, no network.
#include <catch2/catch.hpp>

#include <client/curltransport.h>
#include <client/retrypolicy.h>

#include <core/random.h>

#include <QDateTime>

using namespace kakunin;
using namespace kakunin::syncclient;

TEST_CASE("retry only timeouts and lost connections and HTTP 408 429 5xx", "[sync][retry]")
{
    for (int s : {408, 429, 500, 502, 503, 504})
        CHECK(RetryPolicy::isTransientStatus(s));
    for (int s : {200, 201, 301, 400, 401, 403, 404, 409, 413, 415, 422})
        CHECK_FALSE(RetryPolicy::isTransientStatus(s));
    CHECK(RetryPolicy::isTransient(TransportError::Timeout));
    CHECK(RetryPolicy::isTransient(TransportError::ConnectFailed));
    CHECK(RetryPolicy::isTransient(TransportError::ConnectionLost));
    CHECK_FALSE(RetryPolicy::isTransient(TransportError::PinMismatch));
    CHECK_FALSE(RetryPolicy::isTransient(TransportError::TlsFailed));
    CHECK_FALSE(RetryPolicy::isTransient(TransportError::BadRequest));
    CHECK_FALSE(RetryPolicy::isTransient(TransportError::Cancelled));

    HttpResponse r;
    r.status = 503;
    CHECK(RetryPolicy::isTransient(r));
    r.status = 401;
    CHECK_FALSE(RetryPolicy::isTransient(r));
    r.error = TransportError::Timeout;
    r.status = 0;
    CHECK(RetryPolicy::isTransient(r));
}

TEST_CASE("backoff doubles from the base up to the cap", "[sync][retry]")
{
    RetryPolicy p;
    p.baseMs = 1'000;
    p.capMs = 60'000;
    CHECK(p.ceilingMs(1) == 1'000);
    CHECK(p.ceilingMs(2) == 2'000);
    CHECK(p.ceilingMs(3) == 4'000);
    CHECK(p.ceilingMs(6) == 32'000);
    CHECK(p.ceilingMs(7) == 60'000);
    CHECK(p.ceilingMs(1'000) == 60'000);
    CHECK(p.ceilingMs(0) == 1'000);
}

TEST_CASE("full jitter spreads delays over the whole window repeatably for one seed", "[sync][retry]")
{
    RetryPolicy p;
    p.baseMs = 1'000;
    p.capMs = 16'000;
    SeededRandom a("jitter");
    SeededRandom b("jitter");
    qint64 lowest = p.capMs;
    qint64 highest = 0;
    for (int i = 0; i < 400; ++i) {
        const qint64 d = p.delayMs(5, a);
        CHECK(d == p.delayMs(5, b));
        CHECK(d >= 0);
        CHECK(d <= 16'000);
        lowest = std::min(lowest, d);
        highest = std::max(highest, d);
    }
    // Full jitter: the whole range [0, ceiling] is used, so tablets that failed together do not retry together.
    CHECK(lowest < 1'000);
    CHECK(highest > 15'000);
    SeededRandom c("other seed");
    SeededRandom d("jitter");
    int same = 0;
    for (int i = 0; i < 20; ++i)
        same += p.delayMs(3, c) == p.delayMs(3, d) ? 1 : 0;
    CHECK(same < 5);
}

TEST_CASE("Retry-After is a floor capped so a broken header cannot park the tablet", "[sync][retry]")
{
    RetryPolicy p;
    p.baseMs = 1'000;
    p.capMs = 4'000;
    p.maxRetryAfterMs = 600'000;
    SeededRandom r("retry-after");
    for (int i = 0; i < 50; ++i) {
        CHECK(p.delayMs(1, r, 30'000) == 30'000);
        const qint64 small = p.delayMs(3, r, 10);
        CHECK(small >= 10);
        CHECK(small <= 4'000);
    }
    CHECK(p.delayMs(1, r, 99'999'999) == 600'000);
    CHECK(p.delayMs(1, r, 0) <= 1'000);
}

TEST_CASE("Retry-After reads seconds and HTTP dates", "[sync][retry]")
{
    const qint64 now = QDateTime::fromString(QStringLiteral("2026-11-28T10:00:00Z"), Qt::ISODate).toMSecsSinceEpoch();
    CHECK(parseRetryAfter("120", now) == 120'000);
    CHECK(parseRetryAfter(" 0 ", now) == 0);
    CHECK(parseRetryAfter("Sat, 28 Nov 2026 10:00:30 GMT", now) == 30'000);
    CHECK(parseRetryAfter("Sat, 28 Nov 2026 09:00:00 GMT", now) == 0); // in the past: now
    CHECK_FALSE(parseRetryAfter("", now).has_value());
    CHECK_FALSE(parseRetryAfter("-5", now).has_value());
    CHECK_FALSE(parseRetryAfter("1.5", now).has_value());
    CHECK_FALSE(parseRetryAfter("soon", now).has_value());
    CHECK_FALSE(parseRetryAfter("99999999999999999999", now).has_value());
}

TEST_CASE("the pinned key option names the current and the backup key", "[sync][pinning]")
{
    CHECK(CurlTransport::pinnedKeyOption({QStringLiteral("AAAA="), QStringLiteral(" BBBB= ")})
        == "sha256//AAAA=;sha256//BBBB=");
    CHECK(CurlTransport::pinnedKeyOption({QStringLiteral("sha256//AAAA="), QStringLiteral("BBBB=")})
        == "sha256//AAAA=;sha256//BBBB=");
    CHECK(CurlTransport::pinnedKeyOption({}).isEmpty());
}
