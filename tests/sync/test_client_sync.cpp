// The tablet's sync engine with the real CurlTransport against the real kakunin-hq over loopback TLS.
#include "client_hq.h"
#include "client_journey.h"
#include "tcpproxy.h"

#include <catch2/catch.hpp>

#include <client/syncservice.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QThread>
#include <QUuid>

using namespace kakunin;
using namespace kakunin::syncclient;

namespace {

// A user of its own on the shared head office, so tests running at the same time never see each other's events.
QString newRep(const test::HqServer &hq)
{
    const QString id = QStringLiteral("rep-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    hq.createUser(id, QStringLiteral("sales_rep"));
    return id;
}

QJsonObject shownState(const test::HqServer &hq, const QString &aggregate)
{
    const QString out = hq.admin({QStringLiteral("show"), QStringLiteral("--aggregate"), aggregate});
    return QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("state")).toObject();
}

} // namespace

TEST_CASE("round trip: a journey reaches head office and a head-office call result comes back M2", "[sync][real]")
{
    const auto shared = test::HqServer::shared(); // the CTest fixture hq_server
    const test::HqServer &hq = *shared;
    const QString rep = newRep(hq);
    const QString ctr = QStringLiteral("ctr-") + rep;
    test::Tablet t;
    t.connect(hq.curlOptions(), test::fastSyncOptions());
    t.enroll(*shared, rep);
    CHECK(t.engine->report().userId == rep);
    const QList<Event> journey = test::recordJourney(*t.store, rep, QStringLiteral("cust-") + rep, ctr);
    CHECK(t.store->unsentBlobCount() == 4);

    SyncError e = t.engine->syncOnce();
    INFO(syncErrorName(e) << " " << t.engine->report().serverCode.toStdString());
    REQUIRE(e == SyncError::None);
    CHECK(t.engine->report().ruleRefusals == 0); // head office's rules agree with the tablet's
    CHECK(t.engine->report().progressDone == journey.size());
    CHECK(t.store->unsentCount() == 0);
    CHECK(t.store->unsentBlobCount() == 0);
    CHECK(t.engine->report().phase == SyncPhase::Idle);
    CHECK_FALSE(t.engine->report().clockSkewFlagged);

    // Head office holds the whole chain, and folded it to the same contract state as the tablet.
    const auto head = hq.deviceHead(t.store->deviceId());
    CHECK(head.first == journey.last().seq);
    CHECK(head.second == journey.last().hash);
    test::FeedChecker feed(*shared, rep);
    feed.check(t.store->deviceId(), t.store->devicePublicKey(), journey.last().seq, journey.last().hash);
    const QJsonObject hqContract = shownState(hq, ctr);
    CHECK(hqContract.value(QStringLiteral("stageName")).toString() == QLatin1String("contracted"));
    CHECK(t.store->projection(ctr)->state.value(QStringLiteral("stageName")).toString() == QLatin1String("contracted"));

    // The confirmation team records the C1 call at head office…
    hq.admin({QStringLiteral("record-call"), QStringLiteral("--actor"), QStringLiteral("hq-call-001"),
        QStringLiteral("--contract"), ctr, QStringLiteral("--stage"), QStringLiteral("C1"), QStringLiteral("--note"),
        QStringLiteral("本人確認済み")});
    // …and the tablet's next sync brings it down and changes the contract's state.
    QSignalSpy applied(t.engine.get(), &SyncEngine::remoteApplied);
    REQUIRE(t.engine->syncOnce() == SyncError::None);
    REQUIRE(applied.size() == 1);
    CHECK(applied.first().at(0).toStringList().contains(ctr));
    const auto contract = t.store->projection(ctr);
    REQUIRE(contract.has_value());
    CHECK(contract->state.value(QStringLiteral("stageName")).toString() == QLatin1String("c1_cleared"));
    const QList<Event> calls = t.store->remoteEvents(ctr);
    REQUIRE(calls.size() == 1);
    CHECK(calls.first().type == QLatin1String("call.recorded"));
    CHECK(calls.first().actor == QLatin1String("hq-call-001"));
    CHECK(t.store->syncCursor().size() > 0);
    CHECK(t.store->verifyChain().ok()); // pulled events never enter the device's own chain

    // Nothing new: the next sync sends and applies nothing, and the cursor holds.
    const QString cursor = t.store->syncCursor();
    REQUIRE(t.engine->syncOnce() == SyncError::None);
    CHECK(applied.size() == 1);
    CHECK(t.store->syncCursor() == cursor);
    CHECK(hq.deviceHead(t.store->deviceId()).first == journey.last().seq);
}

TEST_CASE("pinning: a server with another key is refused as PinMismatch and the backup pin is accepted",
    "[sync][real][pinning]")
{
    test::HqServer hq;
    hq.createUser(QStringLiteral("rep-001"), QStringLiteral("sales_rep"));
    hq.start();
    test::Tablet t;
    t.connect(hq.curlOptions(), test::fastSyncOptions());
    t.enroll(hq, QStringLiteral("rep-001"));
    t.recordCustomerEvents(3, QStringLiteral("cust-p"));

    SECTION("an impostor with a certificate the CA file trusts, but not the pinned key")
    {
        hq.start(&hq.otherIdentity());
        CurlOptions o = hq.curlOptions();
        o.caFile = hq.otherIdentity().certFile; // the chain checks out: only the pin can tell
        t.connect(o, test::fastSyncOptions());
        CHECK(t.engine->syncOnce() == SyncError::PinMismatch);
        CHECK(t.engine->report().serverCode == QLatin1String("pin_mismatch"));
        CHECK(t.engine->report().phase == SyncPhase::Failed); // not hammered with retries
        CHECK(t.engine->report().retryAtUtcMs == 0);
        CHECK(t.store->unsentCount() == 3);
        CHECK(hq.deviceHead(t.store->deviceId()).first == 0); // nothing was sent
    }
    SECTION("an impostor whose certificate the CA file does not trust")
    {
        hq.start(&hq.otherIdentity());
        t.connect(hq.curlOptions(), test::fastSyncOptions());
        CHECK(t.engine->syncOnce() == SyncError::TlsFailed);
        CHECK(t.store->unsentCount() == 3);
        CHECK(hq.deviceHead(t.store->deviceId()).first == 0);
    }
    SECTION("head office rolled its key to the backup pin")
    {
        CurlOptions o = hq.curlOptions();
        o.pins = {QStringLiteral("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="), hq.identity().pin};
        t.connect(o, test::fastSyncOptions());
        CHECK(t.engine->syncOnce() == SyncError::None);
        CHECK(t.store->unsentCount() == 0);
    }
    SECTION("no pin matches even the right server's key")
    {
        CurlOptions o = hq.curlOptions();
        o.pins = {QStringLiteral("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=")};
        t.connect(o, test::fastSyncOptions());
        CHECK(t.engine->syncOnce() == SyncError::PinMismatch);
        CHECK(hq.deviceHead(t.store->deviceId()).first == 0);
    }
}

TEST_CASE("head office down: the failure is transient and retried on the timer", "[sync][real]")
{
    test::HqServer hq;
    hq.createUser(QStringLiteral("rep-001"), QStringLiteral("sales_rep"));
    hq.start();
    test::TcpProxy proxy(hq.port()); // keeps the tablet's address while head office moves
    test::Tablet t;
    t.connect(hq.curlOptions(proxy.port()), test::fastSyncOptions());
    t.enroll(hq, QStringLiteral("rep-001"));
    t.recordCustomerEvents(2, QStringLiteral("cust-o"));
    t.engine->start();
    hq.kill();
    CHECK(t.engine->syncOnce() == SyncError::Unreachable);
    CHECK(t.engine->report().phase == SyncPhase::WaitingToRetry);
    hq.restart();
    proxy.setUpstreamPort(hq.port());
    t.clock.advance(t.engine->nextAttemptMono() - t.clock.monotonicMs());
    t.engine->tick(); // the timer's wake-up: no edit, no "Sync now"
    CHECK(t.engine->report().phase == SyncPhase::Idle);
    CHECK(t.store->unsentCount() == 0);
}

TEST_CASE("TLS sessions: each sync run resumes the last one, on any head-office process of the same database",
    "[sync][real][tls]")
{
    test::HqServer hq;
    hq.createUser(QStringLiteral("rep-001"), QStringLiteral("sales_rep"));
    hq.start();
    test::TcpProxy proxy(hq.port()); // one address for the tablet, whichever process answers behind it
    test::Tablet t;
    t.connect(hq.curlOptions(proxy.port()), test::fastSyncOptions());
    t.enroll(hq, QStringLiteral("rep-001"));
    const auto *transport = dynamic_cast<const CurlTransport *>(t.engine->transport());
    REQUIRE(transport != nullptr);
    CHECK(transport->tlsCounts().handshakes >= 1); // enrollment: the first contact, a full handshake

    // The handshakes of one sync run of two new events on new connections, and how many of them resumed.
    auto syncRun = [&](const QString &customer) {
        proxy.dropAll(); // enrollment's connection may still be open
        const CurlTransport::TlsCounts before = transport->tlsCounts();
        t.recordCustomerEvents(2, customer);
        const SyncError e = t.engine->syncOnce();
        const CurlTransport::TlsCounts after = transport->tlsCounts();
        return std::tuple {e, after.handshakes - before.handshakes, after.resumed - before.resumed};
    };
    SECTION("the same process, then another one on the same data")
    {
        const auto [e1, handshakes1, resumed1] = syncRun(QStringLiteral("cust-t1"));
        CHECK(e1 == SyncError::None);
        CHECK(handshakes1 >= 1);
        CHECK(resumed1 == handshakes1);

        hq.stop();
        hq.restart(); // another process: the ticket keys come from the database, not from the process
        proxy.setUpstreamPort(hq.port());
        const auto [e2, handshakes2, resumed2] = syncRun(QStringLiteral("cust-t2"));
        CHECK(e2 == SyncError::None);
        CHECK(handshakes2 >= 1);
        CHECK(resumed2 == handshakes2);
        CHECK(t.store->unsentCount() == 0);
    }
    SECTION("another head office, with the same certificate but its own database: a full handshake")
    {
        test::HqServer other;
        other.start(&hq.identity()); // the key the tablet pins, so only the ticket tells them apart
        proxy.setUpstreamPort(other.port());
        const auto [e, handshakes, resumed] = syncRun(QStringLiteral("cust-t3"));
        CHECK(e == SyncError::Unauthorized); // it does not know this tablet: nothing was taken for stored
        CHECK(handshakes >= 1);
        CHECK(resumed == 0);
        CHECK(t.store->unsentCount() == 2);
    }
}

TEST_CASE("head office restored from a backup receives the lost end of the chain again", "[sync][real]")
{
    test::HqServer hq;
    hq.createUser(QStringLiteral("rep-001"), QStringLiteral("sales_rep"));
    hq.start();
    test::TcpProxy proxy(hq.port());
    test::Tablet t;
    t.connect(hq.curlOptions(proxy.port()), test::fastSyncOptions());
    t.enroll(hq, QStringLiteral("rep-001"));
    t.recordCustomerEvents(5, QStringLiteral("cust-b"));
    REQUIRE(t.engine->syncOnce() == SyncError::None);

    // Yesterday's backup of head office's data folder…
    hq.stop();
    const QString backup = t.dir.filePath(QStringLiteral("hq-backup"));
    auto copyFolder = [](const QString &from, const QString &to) {
        QDir(to).removeRecursively();
        REQUIRE(QDir().mkpath(to));
        for (const QString &f : QDir(from).entryList(QDir::Files))
            REQUIRE(QFile::copy(QDir(from).filePath(f), QDir(to).filePath(f)));
    };
    copyFolder(hq.dataDir(), backup);
    hq.restart();
    proxy.setUpstreamPort(hq.port());
    t.recordCustomerEvents(4, QStringLiteral("cust-b"));
    REQUIRE(t.engine->syncOnce() == SyncError::None);
    CHECK(hq.deviceHead(t.store->deviceId()).first == 9);
    // …is all that is left after a disaster.
    hq.stop();
    copyFolder(backup, hq.dataDir());
    hq.restart();
    proxy.setUpstreamPort(hq.port());
    CHECK(hq.deviceHead(t.store->deviceId()).first == 5);

    t.recordCustomerEvents(1, QStringLiteral("cust-b"));
    REQUIRE(t.engine->syncOnce() == SyncError::None);
    CHECK(t.store->unsentCount() == 0);
    const auto head = hq.deviceHead(t.store->deviceId());
    CHECK(head.first == 10);
    CHECK(head.second == t.store->headHash());
    test::FeedChecker feed(hq, QStringLiteral("rep-001"));
    feed.check(t.store->deviceId(), t.store->devicePublicKey(), 10, t.store->headHash());
}

TEST_CASE("revoked token: ReauthNeeded and after a new enrollment the chain continues", "[sync][real]")
{
    const auto shared = test::HqServer::shared(); // the CTest fixture hq_server
    test::HqServer &hq = *shared;
    const QString rep = newRep(hq);
    test::Tablet t;
    t.connect(hq.curlOptions(), test::fastSyncOptions());
    t.enroll(hq, rep);
    t.recordCustomerEvents(4, QStringLiteral("cust-v-") + rep);
    REQUIRE(t.engine->syncOnce() == SyncError::None);
    t.recordCustomerEvents(3, QStringLiteral("cust-v-") + rep);

    hq.admin({QStringLiteral("revoke-device"), QStringLiteral("--device"), t.store->deviceId()});
    QSignalSpy reauth(t.engine.get(), &SyncEngine::reauthNeeded);
    CHECK(t.engine->syncOnce() == SyncError::Unauthorized);
    CHECK(reauth.size() == 1);
    CHECK(t.engine->report().serverCode == QLatin1String("token_revoked"));
    CHECK(t.engine->report().phase == SyncPhase::ReauthNeeded);
    CHECK(t.store->unsentCount() == 3);

    t.enroll(hq, rep);
    REQUIRE(t.engine->syncOnce() == SyncError::None);
    CHECK(t.store->unsentCount() == 0);
    CHECK(hq.deviceHead(t.store->deviceId()).first == 7);
}

TEST_CASE("a wipe order erases the tablet's data after telling head office", "[sync][real]")
{
    const auto shared = test::HqServer::shared(); // the CTest fixture hq_server
    test::HqServer &hq = *shared;
    const QString rep = newRep(hq);
    test::Tablet t;
    t.connect(hq.curlOptions(), test::fastSyncOptions());
    t.enroll(hq, rep);
    t.recordCustomerEvents(2, QStringLiteral("cust-w-") + rep);
    REQUIRE(t.engine->syncOnce() == SyncError::None);
    const QString device = t.store->deviceId();
    hq.admin({QStringLiteral("order-wipe"), QStringLiteral("--device"), device});
    QSignalSpy wiped(t.engine.get(), &SyncEngine::wiped);
    CHECK(t.engine->syncOnce() == SyncError::WipeOrdered);
    CHECK(wiped.size() == 1);
    CHECK(t.engine->report().phase == SyncPhase::Wiped);
    t.store.reset(); // the app closes its connection on wiped()
    CHECK_FALSE(Store::exists(t.options().directory));
    CHECK(QDir(t.options().directory).entryList(QDir::Files).isEmpty());
    // The acknowledgement reached head office before the erase.
    bool acknowledged = false;
    for (const QString &line : hq.admin({QStringLiteral("list-devices")}).split(QLatin1Char('\n')))
        acknowledged = acknowledged
            || (line.contains(QStringLiteral("\"id\":\"%1\"").arg(device))
                && line.contains(QLatin1String("\"status\":\"wiped\"")));
    CHECK(acknowledged);
}

TEST_CASE(
    "worker thread: the service runs libcurl on its own QThread and the UI thread only gets signals", "[sync][real]")
{
    const auto shared = test::HqServer::shared(); // the CTest fixture hq_server
    test::HqServer &hq = *shared;
    const QString rep = newRep(hq);
    test::Tablet t;
    StoreError opened = StoreError::Corrupt;
    static const SystemClock clock;
    auto service
        = SyncService::create(*t.store, hq.curlOptions(), test::fastSyncOptions(), clock, systemRandom(), &opened);
    REQUIRE(opened == StoreError::None);
    REQUIRE(service);
    QSignalSpy finished(service.get(), &SyncService::enrollFinished);
    QSignalSpy reports(service.get(), &SyncService::reportChanged);
    service->enroll(hq.issueCode(rep));
    REQUIRE(finished.wait(20'000));
    CHECK(finished.first().at(0).value<SyncError>() == SyncError::None);
    CHECK(finished.first().at(1).toString() == rep);

    test::recordJourney(*t.store, rep, QStringLiteral("cust-s-") + rep, QStringLiteral("ctr-s-") + rep);
    QSignalSpy sent(service.get(), &SyncService::sentUpTo);
    service->requestSync();
    // The UI thread keeps running its event loop while the worker talks to head office.
    for (int i = 0; i < 200 && t.store->unsentCount() > 0; ++i)
        sent.wait(100);
    CHECK(t.store->unsentCount() == 0);
    for (int i = 0; i < 50 && service->report().phase != SyncPhase::Idle; ++i)
        reports.wait(100);
    CHECK(service->report().phase == SyncPhase::Idle);
    CHECK(service->report().pending == 0);
    CHECK(service->report().lastSuccessUtcMs > 0);
    CHECK_FALSE(reports.isEmpty());
    // libcurl ran on the worker thread, never on this one (the UI thread in the app).
    CHECK(service->transport().lastThread() == service->workerThread());
    CHECK(service->transport().lastThread() != QThread::currentThread());
    CHECK(service->workerThread()->isRunning());
    service.reset(); // joins the thread cleanly
    CHECK(t.store->integrityOk());
}
