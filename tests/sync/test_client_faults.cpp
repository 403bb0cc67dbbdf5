// Faults with random timing between the real CurlTransport and the real kakunin-hq over loopback TLS.
// After every run: every event is on the server exactly once, in order, with its chain intact, and the
// outbox is empty after the next sync. 110 runs in all; seeds are fixed so a failure repeats.
#include "client_hq.h"
#include "client_journey.h"
#include "tcpproxy.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>

#include <atomic>
#include <chrono>
#include <csignal>
#include <functional>
#include <thread>

using namespace kakunin;
using namespace kakunin::syncclient;
using test::TcpProxy;

namespace {

bool isTransientError(SyncError e)
{
    return e == SyncError::Timeout || e == SyncError::Unreachable || e == SyncError::ServerBusy
        || e == SyncError::ServerError;
}

// A tablet talking to head office through the fault proxy, and a second tablet of the same user that reads
// head office's feed directly to check what arrived.
struct FaultRig {
    test::HqServer hq;
    std::unique_ptr<TcpProxy> proxy;
    test::Tablet tablet;
    std::unique_ptr<test::FeedChecker> feed;
    QRandomGenerator rng;
    CurlOptions options; // the tablet's, through the proxy
    int journeys = 0;

    explicit FaultRig(quint32 seed, const std::function<void(CurlOptions &)> &adjust = {})
        : tablet("fault tablet"), rng(seed)
    {
        hq.createUser(QStringLiteral("rep-001"), QStringLiteral("sales_rep"));
        hq.start();
        proxy = std::make_unique<TcpProxy>(hq.port(), hq.identity().certFile, hq.identity().keyFile);
        options = hq.curlOptions(proxy->port());
        if (adjust)
            adjust(options);
        tablet.connect(options, test::fastSyncOptions());
        tablet.enroll(hq, QStringLiteral("rep-001"));
        feed = std::make_unique<test::FeedChecker>(hq, QStringLiteral("rep-001"));
    }

    // Some customer events, and now and then a whole journey with its signature blobs.
    void record()
    {
        if (rng.bounded(6) == 0) {
            ++journeys;
            test::recordJourney(*tablet.store, QStringLiteral("rep-001"), QStringLiteral("cust-j%1").arg(journeys),
                QStringLiteral("ctr-j%1").arg(journeys));
        } else {
            tablet.recordCustomerEvents(1 + rng.bounded(40), QStringLiteral("cust-%1").arg(rng.bounded(5)));
        }
    }

    // What the timer would do: run the scheduled retry when it is due on the injected clock.
    void syncUntilDone()
    {
        SyncEngine &e = *tablet.engine;
        for (int i = 0; i < 30; ++i) {
            if (e.report().phase == SyncPhase::Idle && e.report().lastError == SyncError::None
                && tablet.store->unsentCount() == 0 && tablet.store->unsentBlobCount() == 0)
                break;
            if (e.report().phase == SyncPhase::WaitingToRetry) {
                tablet.clock.advance(std::max<qint64>(0, e.nextAttemptMono() - tablet.clock.monotonicMs()));
                e.tick();
            } else {
                e.syncOnce();
            }
        }
        INFO(syncPhaseName(e.report().phase)
            << " " << syncErrorName(e.report().lastError) << " " << e.report().serverCode.toStdString());
        REQUIRE(e.report().lastError == SyncError::None);
        REQUIRE(tablet.store->unsentCount() == 0);
        REQUIRE(tablet.store->unsentBlobCount() == 0);
    }

    void verify()
    {
        feed->check(tablet.store->deviceId(), tablet.store->devicePublicKey(), tablet.store->headSeq(),
            tablet.store->headHash());
    }

    void verifyHead()
    {
        const auto head = hq.deviceHead(tablet.store->deviceId());
        CHECK(head.first == tablet.store->headSeq());
        CHECK(head.second == tablet.store->headHash());
    }
};

// storedUpTo of a device, read by `kakunin-hq admin list-devices` without Catch (runs on a helper thread).
qint64 storedUpTo(const QString &dataDir, const QString &device)
{
    QProcess p;
    p.start(QStringLiteral(KAKUNIN_HQ),
        {QStringLiteral("admin"), QStringLiteral("list-devices"), QStringLiteral("--data-dir"), dataDir});
    if (!p.waitForFinished(10'000))
        return -1;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value(QStringLiteral("id")).toString() == device)
            return o.value(QStringLiteral("storedUpTo")).toInteger();
    }
    return -1;
}

} // namespace

TEST_CASE("a large outbox goes up with two pushes in flight, on two connections, each stored once and in order",
    "[sync][pipeline]")
{
    FaultRig rig(20261129);
    rig.tablet.recordCustomerEvents(240, QStringLiteral("cust-many")); // ten batches of 25
    rig.proxy->dropAll(); // the enrollment's connection: this sync opens its own
    const int before = rig.proxy->accepted();
    REQUIRE(rig.tablet.engine->syncOnce() == SyncError::None);
    // One connection is enough for one exchange at a time: the second is the next push travelling while head
    // office stores the one before it. The pull after them reuses one of the two.
    CHECK(rig.proxy->accepted() - before == 2);
    CHECK(rig.tablet.store->unsentCount() == 0);
    CHECK(rig.tablet.engine->report().progressDone == 240);
    rig.verify();
    rig.verifyHead();
}

TEST_CASE(
    "proxy faults: connections dropped or reset or truncated at random points arrive exactly once", "[sync][faults]")
{
    FaultRig rig(20261128);
    int failed = 0;
    for (int run = 0; run < 50; ++run) {
        rig.record();
        TcpProxy::Fault f;
        f.action = rig.rng.bounded(2) == 0 ? TcpProxy::Action::Close : TcpProxy::Action::Reset;
        f.direction = rig.rng.bounded(2) == 0 ? TcpProxy::Direction::Up : TcpProxy::Direction::Down;
        // Anywhere in the handshake, the request or the answer (several exchanges per sync).
        f.afterBytes = rig.rng.bounded(f.direction == TcpProxy::Direction::Up ? 5'000 : 4'000);
        rig.proxy->setFault(f, 1 + rig.rng.bounded(3));
        const SyncError e = rig.tablet.engine->syncOnce();
        INFO("run " << run << ": " << syncErrorName(e) << " " << rig.tablet.engine->report().serverCode.toStdString());
        REQUIRE((e == SyncError::None || isTransientError(e)));
        failed += e == SyncError::None ? 0 : 1;
        rig.proxy->clearFault();
        rig.syncUntilDone();
        rig.verify();
    }
    rig.verifyHead();
    WARN("dropped-connection runs that failed first: " << failed
                                                       << " of 50; faults fired: " << rig.proxy->faultsFired());
    CHECK(failed >= 10);
}

TEST_CASE("connect and low-speed timeouts end a stalled connection and a slow one still succeeds", "[sync][faults]")
{
    FaultRig rig(777, [](CurlOptions &o) {
        o.connectTimeoutMs = 1'500;
        o.lowSpeedLimitBytes = 200;
        o.lowSpeedTimeS = 1;
    });
    for (int run = 0; run < 10; ++run) {
        TcpProxy::Fault f;
        f.action = TcpProxy::Action::Stall;
        if (run == 0) {
            // The push stops moving mid-upload: the low-speed limit ends it. curl averages the speed over the
            // last ~5 s, so a limit above what the first bytes averaged shows it within a second or two.
            CurlOptions quick = rig.hq.curlOptions(rig.proxy->port());
            quick.lowSpeedLimitBytes = 50'000;
            quick.lowSpeedTimeS = 1;
            rig.tablet.connect(quick, test::fastSyncOptions());
            rig.tablet.recordCustomerEvents(40, QStringLiteral("cust-s"));
            f.direction = TcpProxy::Direction::Up;
            f.afterBytes = 1'200;
            f.stallMs = 8'000;
        } else if (run == 1) {
            // Head office's half of the TLS handshake never arrives: the connect timeout ends it.
            rig.record();
            f.direction = TcpProxy::Direction::Down;
            f.afterBytes = 0;
            f.stallMs = 5'000;
        } else {
            // Slow, but moving: no timeout.
            rig.record();
            f.direction = rig.rng.bounded(2) == 0 ? TcpProxy::Direction::Up : TcpProxy::Direction::Down;
            f.afterBytes = rig.rng.bounded(3'000);
            f.stallMs = 100 + rig.rng.bounded(300);
        }
        rig.proxy->setFault(f, 1);
        QElapsedTimer elapsed;
        elapsed.start();
        const SyncError e = rig.tablet.engine->syncOnce();
        INFO("run " << run << ": " << syncErrorName(e) << " after " << elapsed.elapsed() << " ms");
        if (run < 2) {
            CHECK(e == SyncError::Timeout);
            CHECK(elapsed.elapsed() < f.stallMs); // ended by the timeout, not by the stall ending
            CHECK(rig.tablet.engine->report().phase == SyncPhase::WaitingToRetry);
            if (run == 0)
                rig.tablet.connect(rig.options, test::fastSyncOptions());
        } else {
            CHECK(e == SyncError::None);
        }
        rig.proxy->clearFault();
        rig.syncUntilDone();
        rig.verify();
    }
    rig.verifyHead();
}

TEST_CASE("500 and 503 and 429 with Retry-After are retried on the timer no sooner than asked", "[sync][faults]")
{
    FaultRig rig(4242);
    for (int run = 0; run < 15; ++run) {
        rig.record();
        const int statuses[] = {500, 503, 429};
        const int status = statuses[run % 3];
        const char *code = status == 500 ? "internal_error" : status == 503 ? "unavailable" : "rate_limited";
        qint64 retryAfterMs = 0;
        QByteArray retryAfter;
        switch (rig.rng.bounded(3)) {
        case 0:
            retryAfterMs = 1'000 * (1 + rig.rng.bounded(120));
            retryAfter = QByteArray::number(retryAfterMs / 1000);
            break;
        case 1: // an HTTP date, relative to the tablet's clock
            retryAfterMs = 60'000;
            retryAfter = QDateTime::fromMSecsSinceEpoch(rig.tablet.clock.utcMs() + retryAfterMs, Qt::UTC)
                             .toString(QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                             .toLatin1();
            break;
        default:
            break; // no Retry-After: plain backoff
        }
        const int times = 1 + rig.rng.bounded(3);
        TcpProxy::Fault f;
        f.action = TcpProxy::Action::Respond;
        f.response = TcpProxy::httpError(status, code, retryAfter);
        rig.proxy->setFault(f, times);
        const SyncError e = rig.tablet.engine->syncOnce();
        INFO("run " << run << ": " << syncErrorName(e) << " status " << status << " Retry-After "
                    << retryAfter.toStdString());
        CHECK(e == (status == 500 ? SyncError::ServerError : SyncError::ServerBusy));
        CHECK(rig.tablet.engine->report().httpStatus == status);
        CHECK(rig.tablet.engine->report().serverCode == QLatin1String(code));
        CHECK(rig.tablet.engine->report().phase == SyncPhase::WaitingToRetry);
        const qint64 wait = rig.tablet.engine->nextAttemptMono() - rig.tablet.clock.monotonicMs();
        CHECK(wait >= retryAfterMs - 1'000); // an HTTP date has whole seconds
        rig.syncUntilDone();
        CHECK(rig.proxy->faultsFired() > 0);
        rig.verify();
    }
    rig.verifyHead();
}

TEST_CASE("server killed mid-batch and restarted: nothing lost and nothing twice", "[sync][faults]")
{
    FaultRig rig(99);
    int killedDuringSync = 0;
    for (int run = 0; run < 15; ++run) {
        rig.tablet.recordCustomerEvents(60 + rig.rng.bounded(80), QStringLiteral("cust-k%1").arg(run % 4));
        const qint64 pid = rig.hq.pid();
        // Within the sync: with two pushes in flight a sync of this size takes some tens of milliseconds.
        const int delayMs = rig.rng.bounded(60);
        std::thread killer([pid, delayMs] {
            std::this_thread::sleep_for(std::chrono::milliseconds(delayMs));
            ::kill(static_cast<pid_t>(pid), SIGKILL);
        });
        const SyncError e = rig.tablet.engine->syncOnce();
        killer.join();
        INFO("run " << run << ": " << syncErrorName(e));
        REQUIRE((e == SyncError::None || isTransientError(e)));
        killedDuringSync += e == SyncError::None ? 0 : 1;
        rig.hq.kill(); // reap
        rig.hq.restart(); // same data
        rig.proxy->setUpstreamPort(rig.hq.port());
        rig.syncUntilDone();
        rig.verify();
    }
    rig.verifyHead();
    WARN("kills that landed during a sync: " << killedDuringSync << " of 15");
    CHECK(killedDuringSync >= 5);
}

TEST_CASE("head office restarted between storing a batch and answering it", "[sync][faults]")
{
    FaultRig rig(31337);
    for (int run = 0; run < 10; ++run) {
        rig.tablet.recordCustomerEvents(20 + rig.rng.bounded(5), QStringLiteral("cust-a%1").arg(run % 3));
        const qint64 before = rig.tablet.store->headSeq() - rig.tablet.store->unsentCount();
        // The request goes through; its answer never comes back.
        TcpProxy::Fault f;
        f.action = TcpProxy::Action::Blackhole;
        f.direction = TcpProxy::Direction::Up;
        f.afterBytes = 1'500; // past the TLS handshake, inside the first push
        rig.proxy->setFault(f, 1);
        // Once head office has stored the batch, it goes down before its answer can be delivered.
        const qint64 pid = rig.hq.pid();
        const QString dataDir = rig.hq.dataDir();
        const QString device = rig.tablet.store->deviceId();
        std::atomic_bool stored {false};
        std::thread killer([&, pid] {
            for (int i = 0; i < 100 && !stored.load(); ++i) {
                if (storedUpTo(dataDir, device) > before)
                    stored.store(true);
                else
                    std::this_thread::sleep_for(std::chrono::milliseconds(20));
            }
            ::kill(static_cast<pid_t>(pid), SIGKILL);
        });
        const SyncError e = rig.tablet.engine->syncOnce();
        killer.join();
        INFO("run " << run << ": " << syncErrorName(e));
        CHECK(stored.load());
        CHECK(isTransientError(e));
        CHECK(rig.tablet.store->unsentCount() > 0); // not marked: the answer never came
        rig.hq.kill();
        rig.hq.restart();
        rig.proxy->setUpstreamPort(rig.hq.port());
        rig.proxy->clearFault();
        rig.syncUntilDone(); // the same events again: duplicates, then the rest
        rig.verify();
    }
    rig.verifyHead();
}

TEST_CASE("the tablet killed mid-push resumes where head office stands", "[sync][faults]")
{
    FaultRig rig(2468);
    int killedMidPush = 0;
    for (int run = 0; run < 12; ++run) {
        // Enough batches that a push with two in flight still lasts a while.
        rig.tablet.recordCustomerEvents(150 + rig.rng.bounded(150), QStringLiteral("cust-t%1").arg(run % 4));
        QProcess child;
        child.start(QStringLiteral(CLIENT_PUSHER),
            {rig.tablet.options().directory, QString::fromLatin1(rig.tablet.rawKey.toHex()),
                rig.hq.curlOptions().baseUrl, rig.hq.identity().certFile, rig.hq.identity().pin});
        REQUIRE(child.waitForStarted(10'000));
        QByteArray out;
        while (!out.contains("ready") && child.state() == QProcess::Running)
            if (child.waitForReadyRead(10'000))
                out += child.readAllStandardOutput();
        REQUIRE(out.contains("ready"));
        // SIGKILL at a random moment of the push (sometimes before its first batch, sometimes after its last).
        std::this_thread::sleep_for(std::chrono::milliseconds(rig.rng.bounded(150)));
        child.kill();
        REQUIRE(child.waitForFinished(10'000));
        out += child.readAllStandardOutput();
        INFO("run " << run << ": " << out.toStdString());
        CHECK_FALSE(out.contains("error"));
        if (child.exitStatus() == QProcess::CrashExit && out.contains("sent "))
            ++killedMidPush;
        // The app starts again: its engine carries on from the outbox the child left.
        rig.syncUntilDone();
        rig.verify();
    }
    rig.verifyHead();
    WARN("pushers killed after some but not all batches: " << killedMidPush << " of 12");
    CHECK(killedMidPush >= 3);
}
