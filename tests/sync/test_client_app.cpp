// The sync engine inside the app: SyncWiring between AppSession, SyncStatus and a SyncService on its own
// thread, against the shared head office of the CTest fixture `hq_server` (real kakunin-hq, loopback TLS).
#include "client_hq.h"
#include "client_journey.h"

#include <catch2/catch.hpp>

#include <models/appsession.h>
#include <models/syncstatus.h>
#include <models/syncwiring.h>
#include <support/testsupport.h>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QSignalSpy>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <functional>

using namespace kakunin;
using namespace kakunin::syncclient;

namespace {

// Runs the event loop until `done` holds (the worker thread talks to head office meanwhile).
bool waitFor(const std::function<bool()> &done, int ms = 30'000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms) {
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return done();
}

void unlock(AppSession &s)
{
    s.unlock(test::DemoPin);
    REQUIRE(waitFor([&] { return !s.busy(); }));
    INFO(s.errorCode().toStdString());
    REQUIRE(s.stage() == AppSession::Stage::Unlocked);
}

QString unique(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

// An app: a store made with the demo PIN, its session (on the real clock: head office compares clocks), the
// sync status the home screen shows, and the wiring to the shared head office.
struct App {
    std::unique_ptr<test::HqServer> hq = test::HqServer::shared();
    QString user = unique(QStringLiteral("rep-app-")); // a user of its own: tests run side by side
    test::TempStore t;
    SystemClock clock;
    SeededRandom random {"app wiring"};
    std::unique_ptr<AppSession> session;
    SyncStatus status;
    std::unique_ptr<SyncWiring> wiring;

    App()
    {
        hq->createUser(user, QStringLiteral("sales_rep"));
        t.create().reset();
        StoreOptions o = t.options();
        o.clock = &clock;
        session = std::make_unique<AppSession>(o, QStringLiteral("rep-001")); // until enrolled
        status.setSession(session.get());
        const CurlOptions curl = hq->curlOptions();
        SyncOptions sync = test::fastSyncOptions();
        sync.periodicMs = 3'600'000; // nothing periodic gets in the way of what a test asks for
        wiring
            = std::make_unique<SyncWiring>(*session, status, sync, ServerConfig {curl.baseUrl, curl.caFile, curl.pins});
        wiring->setTime(&clock, &random);
    }
    ~App()
    {
        wiring.reset();
        status.setSession(nullptr);
    }
    // A new customer recorded by the session's user (head office refuses events of another actor).
    EventDraft draft(const QString &name) const
    {
        EventDraft d = test::customerDraft(unique(QStringLiteral("cust-app-")), name);
        d.actor = session->userId();
        return d;
    }
    bool upToDate() const
    {
        UNSCOPED_INFO("sync status: " << status.stateText().toStdString() << " / " << status.detailText().toStdString()
                                      << " / pending " << status.pendingCount());
        return status.state() == SyncStatus::State::Idle && status.pendingCount() == 0 && status.hasLastSuccess();
    }
    // Enrolls (the code given before unlock, as --enroll-code does) and waits for the first sync.
    void enrollAndUnlock()
    {
        wiring->enroll(hq->issueCode(user));
        unlock(*session);
        INFO(status.stateText().toStdString() << " / " << status.detailText().toStdString());
        REQUIRE(waitFor([this] { return upToDate(); }));
    }
};

} // namespace

TEST_CASE("app wiring: report in SyncStatus words for every phase and error", "[sync][app]")
{
    SyncReport r;
    r.phase = SyncPhase::Syncing;
    r.progressDone = 3;
    r.progressTotal = 9;
    SyncStatus::Snapshot s = SyncWiring::snapshot(r);
    CHECK(s.state == SyncStatus::State::Syncing);
    CHECK(s.progressDone == 3);
    CHECK(s.progressTotal == 9);

    r = {};
    r.phase = SyncPhase::WaitingToRetry;
    r.lastError = SyncError::ServerBusy;
    r.serverCode = QStringLiteral("rate_limited");
    r.retryAtUtcMs = 1'767'225'660'000LL;
    r.lastSuccessUtcMs = 1'767'225'600'000LL;
    s = SyncWiring::snapshot(r);
    CHECK(s.state == SyncStatus::State::WaitingToRetry);
    CHECK(s.failure == SyncStatus::Failure::ServerBusy);
    CHECK(s.code == QLatin1String("rate_limited"));
    CHECK(s.retryAtUtcMs == r.retryAtUtcMs);
    CHECK(s.lastSuccessUtcMs == r.lastSuccessUtcMs);

    for (SyncPhase p : {SyncPhase::Failed, SyncPhase::ReauthNeeded, SyncPhase::Wiped}) {
        r.phase = p;
        CHECK(SyncWiring::snapshot(r).state == SyncStatus::State::Error);
    }
    r = {};
    r.phase = SyncPhase::Idle;
    r.clockSkewFlagged = true;
    CHECK(SyncWiring::snapshot(r).failure == SyncStatus::Failure::TabletClockOff);

    using F = SyncStatus::Failure;
    const std::pair<SyncError, F> errors[] = {{SyncError::None, F::None}, {SyncError::Offline, F::Offline},
        {SyncError::Timeout, F::ServerUnreachable}, {SyncError::Unreachable, F::ServerUnreachable},
        {SyncError::ServerError, F::ServerUnreachable}, {SyncError::ServerBusy, F::ServerBusy},
        {SyncError::PinMismatch, F::TlsFailure}, {SyncError::TlsFailed, F::TlsFailure},
        {SyncError::Unauthorized, F::Unauthorized}, {SyncError::WipeOrdered, F::Unauthorized},
        {SyncError::Rejected, F::Rejected}, {SyncError::EnrollmentRefused, F::EnrollmentRefused},
        {SyncError::BadAnswer, F::Internal}, {SyncError::StoreFailed, F::Internal}, {SyncError::NotEnrolled, F::None}};
    for (const auto &[error, failure] : errors) {
        INFO(syncErrorName(error));
        CHECK(SyncWiring::failure(error) == failure);
        if (failure != F::None)
            CHECK_FALSE(SyncStatus::failureText(failure).isEmpty()); // always in words
    }
}

TEST_CASE(
    "app wiring: sync on start and after each recorded session and on demand on the worker thread", "[sync][app][real]")
{
    App app;
    QSignalSpy enrolled(app.wiring.get(), &SyncWiring::enrollFinished);
    app.enrollAndUnlock(); // enrolled after unlock, then the first sync
    REQUIRE(enrolled.size() == 1);
    CHECK(enrolled.first().at(0).toBool());
    CHECK(app.status.stateText() == QLatin1String("Up to date"));
    CHECK(app.session->userId() == app.user); // the enrolled user records from now on
    CHECK(app.session->role() == QLatin1String("sales_rep"));
    CHECK(app.status.canSyncNow());
    CHECK_FALSE(app.status.canEnroll());
    SyncService *service = app.wiring->service();
    REQUIRE(service != nullptr);
    // libcurl ran on the service's own thread, never on this (the UI) thread.
    CHECK(service->transport().lastThread() == service->workerThread());
    CHECK(service->transport().lastThread() != QThread::currentThread());
    const QString device = app.session->deviceId();

    // After each completed step: AppSession::record → a sync, with no button pressed.
    REQUIRE(app.session->record({app.draft(QStringLiteral("山田"))}).ok());
    REQUIRE(waitFor([&] { return app.upToDate() && app.hq->deviceHead(device).first == 1; }));

    // On demand: events written past the session wait until "Sync now".
    REQUIRE(app.session->store()->append(app.draft(QStringLiteral("山田 太郎"))).ok());
    app.status.refreshPendingCount();
    CHECK(app.status.pendingCount() == 1);
    CHECK(app.status.pendingText().contains(QLatin1String("1")));
    app.status.syncNow();
    REQUIRE(waitFor([&] { return app.status.pendingCount() == 0 && app.status.state() == SyncStatus::State::Idle; }));
    CHECK(app.hq->deviceHead(device).first == 2);

    // On start: what was recorded while the sync was stopped goes as soon as the app is unlocked again.
    app.session->lock();
    CHECK(app.wiring->service() == nullptr);
    {
        StoreOptions o = app.t.options();
        o.clock = &app.clock;
        auto store = Store::unlock(o, test::DemoPin);
        REQUIRE(store.ok());
        REQUIRE(store.value()->append(app.draft(QStringLiteral("山田 一郎"))).ok());
    }
    unlock(*app.session);
    REQUIRE(waitFor([&] { return app.upToDate() && app.hq->deviceHead(device).first == 3; }));
    CHECK(app.hq->deviceHead(device).second == app.session->store()->headHash());

    // Head office's call result comes down and the views that show the contract are told to reload.
    const QString contract = unique(QStringLiteral("ctr-app-"));
    test::recordJourney(*app.session->store(), app.user, unique(QStringLiteral("cust-j-")), contract);
    app.status.refreshPendingCount();
    CHECK(app.status.pendingCount() > 0);
    app.status.syncNow();
    const qint64 head = app.session->store()->headSeq();
    REQUIRE(waitFor([&] { return app.upToDate() && app.hq->deviceHead(device).first == head; }));
    QSignalSpy recorded(app.session.get(), &AppSession::recorded);
    app.hq->admin({QStringLiteral("record-call"), QStringLiteral("--actor"), QStringLiteral("hq-call-001"),
        QStringLiteral("--contract"), contract, QStringLiteral("--stage"), QStringLiteral("C1")});
    app.status.syncNow();
    REQUIRE(waitFor([&] {
        for (const auto &args : recorded)
            if (args.at(0).toStringList().contains(contract))
                return true;
        return false;
    }));
    CHECK(app.session->store()->projection(contract)->state.value(QStringLiteral("stageName")).toString()
        == QLatin1String("c1_cleared"));
}

TEST_CASE("app wiring: revoked token means ReauthNeeded so the session locks with a message", "[sync][app][real]")
{
    App app;
    app.enrollAndUnlock();
    app.hq->admin({QStringLiteral("revoke-device"), QStringLiteral("--device"), app.session->deviceId()});
    REQUIRE(app.session->record({app.draft(QStringLiteral("佐藤"))}).ok());
    REQUIRE(waitFor([&] { return app.session->stage() == AppSession::Stage::Locked; }));
    CHECK(app.wiring->service() == nullptr);
    CHECK(app.status.notice() == SyncStatus::Notice::Reauth);
    CHECK_FALSE(app.status.noticeText().isEmpty());
    CHECK(app.status.snapshot().failure == SyncStatus::Failure::Unauthorized);
    CHECK(app.status.snapshot().code == QLatin1String("token_revoked"));

    // Unlocked again it still says why; a new code from head office enrolls it and the record goes.
    unlock(*app.session);
    REQUIRE(waitFor([&] { return app.status.state() == SyncStatus::State::Error; }));
    CHECK(app.status.snapshot().failure == SyncStatus::Failure::Unauthorized);
    CHECK(app.status.canEnroll());
    CHECK_FALSE(app.status.canSyncNow());
    CHECK(app.status.pendingCount() == 1); // the outbox survived
    app.status.enroll(app.hq->issueCode(app.user));
    REQUIRE(waitFor([&] { return app.upToDate(); }));
    CHECK(app.status.notice() == SyncStatus::Notice::None);
    CHECK(app.hq->deviceHead(app.session->deviceId()).first == 1);
}

TEST_CASE("app wiring: wipe order closes the erased store and the session leaves unlocked", "[sync][app][real]")
{
    App app;
    app.enrollAndUnlock();
    REQUIRE(app.session->record({app.draft(QStringLiteral("鈴木"))}).ok());
    REQUIRE(waitFor([&] { return app.upToDate(); }));
    const QString device = app.session->deviceId();
    app.hq->admin({QStringLiteral("order-wipe"), QStringLiteral("--device"), device});
    app.status.syncNow();
    REQUIRE(waitFor([&] { return app.session->store() == nullptr; }));
    CHECK(app.session->stage() != AppSession::Stage::Unlocked);
    CHECK(app.wiring->service() == nullptr);
    CHECK_FALSE(Store::exists(app.t.dir.path()));
    CHECK(app.status.notice() == SyncStatus::Notice::Wiped);
    CHECK_FALSE(app.status.noticeText().isEmpty());
    CHECK(app.status.pendingCount() == 0);
    CHECK(app.status.state() == SyncStatus::State::NotEnrolled);
    // Head office got the acknowledgement before the tablet erased itself.
    bool acknowledged = false;
    for (const QString &line : app.hq->admin({QStringLiteral("list-devices")}).split(QLatin1Char('\n')))
        acknowledged = acknowledged
            || (line.contains(QStringLiteral("\"id\":\"%1\"").arg(device))
                && line.contains(QLatin1String("\"status\":\"wiped\"")));
    CHECK(acknowledged);
}
