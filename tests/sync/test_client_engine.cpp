// The engine's decisions with an in-memory head office (FakeHq): what is marked sent and when, the order of
// blobs and events, which failures are retried and when (on a ManualClock, no sleeping), 401 and wipe orders.
// The same behaviour against the real server over TLS is in test_client_sync*.cpp.
#include "client_fakehq.h"

#include <catch2/catch.hpp>

#include <client/syncengine.h>
#include <support/testsupport.h>

#include <protocol/messages.h>

#include <QSignalSpy>

using namespace kakunin;
using namespace kakunin::syncclient;

namespace {

struct Rig {
    test::TempStore t;
    std::unique_ptr<Store> app; // the app's connection
    test::FakeHq *hq = nullptr;
    SeededRandom random {"engine"};
    std::unique_ptr<SyncEngine> engine;

    explicit Rig(bool enrolled = true, SyncOptions options = {})
    {
        app = t.create();
        auto conn = app->openConnection();
        REQUIRE(conn.ok());
        auto fake = std::make_unique<test::FakeHq>();
        hq = fake.get();
        options.retry.baseMs = 1'000;
        options.retry.capMs = 64'000;
        engine = std::make_unique<SyncEngine>(std::move(conn).value(), std::move(fake), t.clock, random, options);
        if (enrolled)
            REQUIRE(engine->enrollNow(hq->code) == SyncError::None);
    }
    void record(int n, const QString &customer = QStringLiteral("cust-1"))
    {
        for (int i = 0; i < n; ++i)
            REQUIRE(app->append(test::customerDraft(customer, QStringLiteral("顧客 %1").arg(i))).ok());
    }
    // An event that cites a stored blob, as a signature cites its strokes.
    void cite(const QString &sha)
    {
        REQUIRE(app->append({EventType::CustomerUpdated, QStringLiteral("cust-1"), QStringLiteral("rep-001"),
                                QJsonObject {{QStringLiteral("signatureHash"), sha}}})
                    .ok());
    }
    int requests(const QByteArray &prefix) const
    {
        return static_cast<int>(
            std::count_if(hq->log.cbegin(), hq->log.cend(), [&](const QByteArray &l) { return l.startsWith(prefix); }));
    }
    // Advances the injected clock to the scheduled attempt and lets the timer's slot run.
    void runDue()
    {
        REQUIRE(engine->nextAttemptMono() > 0);
        t.clock.advance(engine->nextAttemptMono() - t.clock.monotonicMs());
        engine->tick();
    }
};

} // namespace

TEST_CASE("push sends the outbox in order and marks only what head office stored", "[sync][engine]")
{
    Rig r;
    r.record(7);
    QSignalSpy sent(r.engine.get(), &SyncEngine::sentUpTo);
    CHECK(r.engine->syncOnce() == SyncError::None);
    INFO(r.engine->report().serverCode.toStdString());
    REQUIRE(r.hq->stored.size() == 7);
    for (int i = 0; i < 7; ++i)
        CHECK(r.hq->stored.at(i).seq == i + 1);
    CHECK(r.app->unsentCount() == 0);
    CHECK(r.engine->report().phase == SyncPhase::Idle);
    CHECK(r.engine->report().pending == 0);
    CHECK(r.engine->report().progressDone == 7);
    CHECK(r.engine->report().lastSuccessUtcMs == r.t.clock.utcMs());
    REQUIRE_FALSE(sent.isEmpty());
    CHECK(sent.last().at(0).toLongLong() == 7);
}

TEST_CASE("large outboxes go in batches", "[sync][engine]")
{
    SyncOptions o;
    o.batchEvents = 10;
    Rig r(true, o);
    r.record(35);
    CHECK(r.engine->syncOnce() == SyncError::None);
    CHECK(r.requests("POST /v1/events") == 4);
    CHECK(r.hq->stored.size() == 35);
    CHECK(r.app->unsentCount() == 0);
}

TEST_CASE(
    "a push that reached head office before the one in front of it was stored goes again behind it", "[sync][engine]")
{
    // Two pushes travel at once; another head-office process took the first, so the second found the chain one
    // batch short and was answered seq_gap. It is sent again once the first is stored, and nothing is requeued.
    SyncOptions o;
    o.batchEvents = 10;
    Rig r(true, o);
    r.record(30);
    int refused = 0;
    r.hq->before = [&](const HttpRequest &req) -> std::optional<HttpResponse> {
        if (req.path != QLatin1String(protocol::path::Events) || refused > 0)
            return std::nullopt;
        const auto push = protocol::decodePushRequest(req.body); // compression is the real transport's job
        if (!push || push->events.first().seq != 11)
            return std::nullopt;
        ++refused;
        return test::errorAnswer(QStringLiteral("seq_gap"), std::nullopt, 0);
    };
    CHECK(r.engine->syncOnce() == SyncError::None);
    CHECK(refused == 1);
    // 1–10; 21–30, sent behind the refused 11–20 and answered seq_gap by head office; then 11–20 and 21–30
    // again. (The refusal of 11–20 was answered before the log.)
    CHECK(r.requests("POST /v1/events") == 4);
    REQUIRE(r.hq->stored.size() == 30);
    for (int i = 0; i < 30; ++i)
        CHECK(r.hq->stored.at(i).seq == i + 1);
    CHECK(r.hq->duplicates == 0); // the first batch was not sent again
    CHECK(r.app->unsentCount() == 0);
    CHECK(r.engine->report().progressDone == 30);
}

TEST_CASE("blobs are uploaded before the events that cite them", "[sync][engine]")
{
    Rig r;
    const auto sha = r.app->putBlob("stroke data of a signature");
    REQUIRE(sha.ok());
    r.cite(sha.value());
    CHECK(r.engine->syncOnce() == SyncError::None);
    const qsizetype put = r.hq->log.indexOf("POST /v1/blobs");
    const qsizetype post = r.hq->log.indexOf("POST /v1/events");
    REQUIRE(put >= 0);
    REQUIRE(post >= 0);
    CHECK(put < post);
    CHECK(r.hq->blobs.value(sha.value()) == QByteArray("stroke data of a signature"));
    CHECK(r.app->unsentBlobCount() == 0);
}

TEST_CASE("blobs go up in batches: 250 signatures in three requests", "[sync][engine]")
{
    Rig r;
    QStringList names;
    for (int i = 0; i < 250; ++i) {
        const auto sha = r.app->putBlob(QByteArray("signature strokes ") + QByteArray::number(i));
        REQUIRE(sha.ok());
        names.append(sha.value());
    }
    r.cite(names.last());
    CHECK(r.engine->syncOnce() == SyncError::None);
    CHECK(r.hq->log.count("POST /v1/blobs") == 3); // protocol::limits::MaxBlobsPerBatch = 100
    CHECK(std::none_of(r.hq->log.begin(), r.hq->log.end(), [](const QByteArray &l) { return l.startsWith("PUT "); }));
    for (int i = 0; i < 250; ++i)
        CHECK(r.hq->blobs.value(names.at(i)) == QByteArray("signature strokes ") + QByteArray::number(i));
    CHECK(r.app->unsentBlobCount() == 0);
}

TEST_CASE("blob uploads and pushes take turns, and an event waits only for the blob it cites", "[sync][engine]")
{
    // Head office stores blobs while it checks events: the two kinds alternate. The last event cites a blob of
    // the third upload, so it goes after that upload's answer.
    SyncOptions o;
    o.batchEvents = 10;
    Rig r(true, o);
    QStringList names;
    for (int i = 0; i < 250; ++i) {
        const auto sha = r.app->putBlob(QByteArray("a rendering ") + QByteArray::number(i));
        REQUIRE(sha.ok());
        names.append(sha.value());
    }
    r.record(20);
    r.cite(names.last());
    CHECK(r.engine->syncOnce() == SyncError::None);
    const qsizetype first = r.hq->log.indexOf("POST /v1/blobs");
    REQUIRE(first >= 0);
    CHECK(r.hq->log.mid(first, 5)
        == QList<QByteArray> {
            "POST /v1/blobs", "POST /v1/events", "POST /v1/blobs", "POST /v1/events", "POST /v1/blobs"});
    CHECK(r.hq->log.lastIndexOf("POST /v1/blobs") < r.hq->log.lastIndexOf("POST /v1/events"));
    REQUIRE(r.hq->stored.size() == 21);
    CHECK(r.hq->stored.last().payload.value(QStringLiteral("signatureHash")).toString() == names.last());
    CHECK(r.app->unsentBlobCount() == 0);
    CHECK(r.app->unsentCount() == 0);
}

TEST_CASE("a lost answer leaves the outbox and the retry counts the events as duplicates", "[sync][engine]")
{
    Rig r;
    r.record(5);
    bool dropped = false;
    r.hq->after = [&](const HttpRequest &q) -> std::optional<HttpResponse> {
        if (!dropped && q.path == QLatin1String(protocol::path::Events)) {
            dropped = true;
            return test::lost(); // stored by head office, the answer never arrives
        }
        return std::nullopt;
    };
    CHECK(r.engine->syncOnce() == SyncError::Unreachable);
    CHECK(r.hq->stored.size() == 5);
    CHECK(r.app->unsentCount() == 5); // not marked: no durable ack was read
    CHECK(r.engine->report().phase == SyncPhase::WaitingToRetry);
    // The retry needs no new edit: the timer runs it on the injected clock.
    r.runDue();
    CHECK(r.engine->report().phase == SyncPhase::Idle);
    CHECK(r.hq->stored.size() == 5);
    CHECK(r.hq->duplicates == 5);
    CHECK(r.app->unsentCount() == 0);
}

TEST_CASE("transient failures back off exponentially with jitter on the injected clock", "[sync][engine]")
{
    Rig r;
    r.engine->start();
    r.record(3);
    int failures = 0;
    r.hq->before = [&](const HttpRequest &) -> std::optional<HttpResponse> {
        if (failures < 6) {
            ++failures;
            return test::errorAnswer(QStringLiteral("internal_error"));
        }
        return std::nullopt;
    };
    CHECK(r.engine->syncOnce() == SyncError::ServerError);
    for (int n = 1; n <= 6; ++n) {
        CHECK(r.engine->report().failuresInRow == n);
        CHECK(r.engine->report().phase == SyncPhase::WaitingToRetry);
        const qint64 wait = r.engine->nextAttemptMono() - r.t.clock.monotonicMs();
        CHECK(wait >= 0);
        CHECK(wait <= RetryPolicy {1'000, 64'000}.ceilingMs(n));
        CHECK(r.engine->report().retryAtUtcMs == r.t.clock.utcMs() + wait);
        // Nothing happens before it is due.
        if (wait > 0) {
            const int before = failures;
            r.t.clock.advance(wait - 1);
            r.engine->tick();
            CHECK(failures == before);
        }
        r.runDue();
    }
    CHECK(r.engine->report().phase == SyncPhase::Idle);
    CHECK(r.engine->report().failuresInRow == 0);
    CHECK(r.hq->stored.size() == 3);
    CHECK(r.app->unsentCount() == 0);
}

TEST_CASE("429 with Retry-After waits at least that long even when the user asks", "[sync][engine]")
{
    Rig r;
    r.record(1);
    bool busy = true;
    r.hq->before = [&](const HttpRequest &) -> std::optional<HttpResponse> {
        if (busy)
            return test::errorAnswer(QStringLiteral("rate_limited"), 45'000);
        return std::nullopt;
    };
    CHECK(r.engine->syncOnce() == SyncError::ServerBusy);
    CHECK(r.engine->report().httpStatus == 429);
    CHECK(r.engine->report().serverCode == QLatin1String("rate_limited"));
    CHECK(r.engine->nextAttemptMono() - r.t.clock.monotonicMs() >= 45'000);
    busy = false;
    const qsizetype requests = r.hq->log.size();
    r.engine->requestSync(); // "Sync now" during the server's wait
    r.t.clock.advance(44'000);
    r.engine->tick();
    CHECK(r.hq->log.size() == requests);
    r.runDue();
    CHECK(r.app->unsentCount() == 0);
}

TEST_CASE("503 is retried but a refused record is not retried on backoff", "[sync][engine]")
{
    Rig r;
    r.record(2);
    r.hq->before = [](const HttpRequest &) { return std::optional(test::errorAnswer(QStringLiteral("unavailable"))); };
    CHECK(r.engine->syncOnce() == SyncError::ServerBusy);
    CHECK(r.engine->report().phase == SyncPhase::WaitingToRetry);

    r.hq->before = [](const HttpRequest &q) -> std::optional<HttpResponse> {
        if (q.path == QLatin1String(protocol::path::Events))
            return test::errorAnswer(QStringLiteral("event_invalid"));
        return std::nullopt;
    };
    r.runDue();
    CHECK(r.engine->report().lastError == SyncError::Rejected);
    CHECK(r.engine->report().serverCode == QLatin1String("event_invalid"));
    CHECK(r.engine->report().phase == SyncPhase::Failed);
    CHECK(r.engine->report().retryAtUtcMs == 0);
    CHECK(r.app->unsentCount() == 2); // kept: never dropped because head office refused it
    // Only the periodic sync looks again.
    CHECK(r.engine->nextAttemptMono() - r.t.clock.monotonicMs() == SyncOptions {}.periodicMs);
}

TEST_CASE("an answer naming another head than ours marks nothing", "[sync][engine]")
{
    Rig r;
    r.record(3);
    r.hq->after = [](const HttpRequest &q) -> std::optional<HttpResponse> {
        if (q.path != QLatin1String(protocol::path::Events))
            return std::nullopt;
        protocol::PushResponse a;
        a.storedUpTo = 3;
        a.headHash = QString(64, QLatin1Char('f'));
        return test::jsonAnswer(200, protocol::encode(a));
    };
    CHECK(r.engine->syncOnce() == SyncError::Rejected);
    CHECK(r.engine->report().serverCode == QLatin1String("head_mismatch"));
    CHECK(r.app->unsentCount() == 3);
}

TEST_CASE("head office restored from a backup gets the lost end of the chain again", "[sync][engine]")
{
    Rig r;
    r.record(6);
    REQUIRE(r.engine->syncOnce() == SyncError::None);
    r.hq->stored.resize(3); // head office lost seq 4–6
    r.record(2);
    CHECK(r.engine->syncOnce() == SyncError::None);
    REQUIRE(r.hq->stored.size() == 8);
    for (int i = 0; i < 8; ++i)
        CHECK(r.hq->stored.at(i).seq == i + 1);
    CHECK(r.app->unsentCount() == 0);
}

TEST_CASE("401 means reauth needed: the tablet locks and the outbox survives", "[sync][engine]")
{
    Rig r;
    r.engine->start();
    r.record(2);
    REQUIRE(r.engine->syncOnce() == SyncError::None);
    r.record(2);
    r.hq->revoked = true;
    QSignalSpy reauth(r.engine.get(), &SyncEngine::reauthNeeded);
    CHECK(r.engine->syncOnce() == SyncError::Unauthorized);
    CHECK(reauth.size() == 1);
    CHECK(r.engine->report().phase == SyncPhase::ReauthNeeded);
    CHECK(r.engine->report().serverCode == QLatin1String("token_revoked"));
    CHECK(r.app->syncValue(QStringLiteral("token")).isEmpty());
    CHECK_FALSE(r.engine->isEnrolled());
    CHECK(r.engine->nextAttemptMono() == 0);
    const qsizetype requests = r.hq->log.size();
    r.t.clock.advance(3'600'000);
    r.engine->tick();
    r.engine->requestSync();
    CHECK(r.hq->log.size() == requests); // nothing more is tried with a dead token
    CHECK(r.app->unsentCount() == 2);
    {
        // The app restarts: the tablet still says why it does not sync.
        auto conn = r.app->openConnection();
        REQUIRE(conn.ok());
        SyncEngine again(std::move(conn).value(), std::make_unique<test::FakeHq>(), r.t.clock, r.random);
        CHECK(again.report().phase == SyncPhase::ReauthNeeded);
        CHECK(again.report().lastError == SyncError::Unauthorized);
        CHECK(again.report().serverCode == QLatin1String("token_revoked"));
    }

    CHECK(r.engine->enrollNow(r.hq->code) == SyncError::None);
    CHECK(r.engine->syncOnce() == SyncError::None);
    CHECK(r.hq->stored.size() == 4);
    CHECK(r.app->unsentCount() == 0);
}

TEST_CASE("wipe order: wipe-ack first and then every local record is erased", "[sync][engine]")
{
    Rig r;
    r.record(3);
    REQUIRE(r.app->setSyncValue(QStringLiteral("note"), QStringLiteral("x")) == StoreError::None);
    r.hq->wipeOrdered = true;
    bool dataThereAtAck = false;
    r.hq->before = [&](const HttpRequest &req) -> std::optional<HttpResponse> {
        if (req.path == QLatin1String(protocol::path::WipeAck))
            dataThereAtAck = Store::exists(r.t.dir.path()) && r.app->unsentCount() == 3;
        return std::nullopt;
    };
    QSignalSpy wiped(r.engine.get(), &SyncEngine::wiped);
    CHECK(r.engine->syncOnce() == SyncError::WipeOrdered);
    CHECK(wiped.size() == 1);
    CHECK(r.hq->wipeAcks == 1);
    CHECK(dataThereAtAck); // the acknowledgement went out before anything was erased
    CHECK(r.engine->report().phase == SyncPhase::Wiped);
    CHECK(r.engine->store() == nullptr);
    CHECK_FALSE(Store::exists(r.t.dir.path()));
    CHECK(Store::unlock(r.t.options(), test::DemoPin).error() == StoreError::NotInitialized);
    r.engine->requestSync(); // harmless afterwards
    r.engine->tick();
    CHECK(r.hq->wipeAcks == 1);
}

TEST_CASE("pull: head-office events are checked and applied with their cursor in one transaction", "[sync][engine]")
{
    Rig r;
    r.hq->appendHqEvent(QStringLiteral("customer.updated"), QStringLiteral("cust-9"),
        QJsonObject {{QStringLiteral("name"), QStringLiteral("本部更新")}});
    r.hq->appendHqEvent(QStringLiteral("customer.updated"), QStringLiteral("cust-9"),
        QJsonObject {{QStringLiteral("phone"), QStringLiteral("06-1234")}});
    QSignalSpy applied(r.engine.get(), &SyncEngine::remoteApplied);
    CHECK(r.engine->syncOnce() == SyncError::None);
    REQUIRE(applied.size() == 1);
    CHECK(applied.first().at(0).toStringList() == QStringList {QStringLiteral("cust-9")});
    CHECK(r.app->syncCursor() == protocol::encodeCursor(2));
    const auto p = r.app->projection(QStringLiteral("cust-9"));
    REQUIRE(p.has_value());
    CHECK(p->state.value(QStringLiteral("phone")).toString() == QLatin1String("06-1234"));

    // A forged event (content changed after signing) stops the pull; nothing of its page is applied.
    Event forged = r.hq->appendHqEvent(QStringLiteral("customer.updated"), QStringLiteral("cust-9"),
        QJsonObject {{QStringLiteral("phone"), QStringLiteral("real")}});
    r.hq->feed.last().payload.insert(QStringLiteral("phone"), QStringLiteral("forged"));
    CHECK(r.engine->syncOnce() == SyncError::BadAnswer);
    CHECK(r.engine->report().serverCode == QLatin1String("event_unverified"));
    CHECK(r.app->syncCursor() == protocol::encodeCursor(2));
    CHECK(r.app->projection(QStringLiteral("cust-9"))->state.value(QStringLiteral("phone")).toString()
        == QLatin1String("06-1234"));
}

TEST_CASE("pull follows pages until head office has no more", "[sync][engine]")
{
    SyncOptions o;
    o.pullLimit = 4;
    Rig r(true, o);
    for (int i = 0; i < 10; ++i)
        r.hq->appendHqEvent(QStringLiteral("customer.updated"), QStringLiteral("cust-%1").arg(i % 3),
            QJsonObject {{QStringLiteral("note"), QString::number(i)}});
    CHECK(r.engine->syncOnce() == SyncError::None);
    CHECK(r.requests("GET /v1/changes") == 3);
    CHECK(r.app->syncCursor() == protocol::encodeCursor(10));
    CHECK(r.app->remoteEvents(QStringLiteral("cust-0")).size() == 4);
}

TEST_CASE("offline nothing is tried and going online syncs", "[sync][engine]")
{
    Rig r;
    r.engine->start();
    r.record(1);
    r.engine->setOnline(false);
    const qsizetype requests = r.hq->log.size();
    CHECK(r.engine->syncOnce() == SyncError::Offline);
    r.engine->requestSync();
    CHECK(r.hq->log.size() == requests);
    CHECK(r.engine->report().lastError == SyncError::Offline);
    r.engine->setOnline(true);
    CHECK(r.app->unsentCount() == 0);
    CHECK(r.engine->report().lastError == SyncError::None);
}

TEST_CASE("enrollment keeps the token in the store and a wrong code is refused", "[sync][engine][enroll]")
{
    Rig r(false);
    CHECK(r.engine->report().phase == SyncPhase::NotEnrolled);
    CHECK(r.engine->syncOnce() == SyncError::NotEnrolled);
    CHECK(r.hq->log.isEmpty());
    CHECK(r.engine->enrollNow(QStringLiteral("not a code!")) == SyncError::EnrollmentRefused);
    CHECK(r.hq->log.isEmpty()); // refused before anything was sent
    CHECK(r.engine->enrollNow(QStringLiteral("ZZZZ-ZZZZ-ZZZZ-ZZZZ")) == SyncError::EnrollmentRefused);
    CHECK(r.engine->report().serverCode == QLatin1String("enrollment_code_invalid"));
    CHECK_FALSE(r.engine->isEnrolled());
    QSignalSpy finished(r.engine.get(), &SyncEngine::enrollFinished);
    r.engine->enroll(QStringLiteral("abcd efgh jkmn pqrs")); // typed loosely
    REQUIRE(finished.size() == 1);
    CHECK(finished.first().at(0).value<SyncError>() == SyncError::None);
    CHECK(finished.first().at(1).toString() == QLatin1String("rep-001"));
    CHECK(r.app->syncValue(QStringLiteral("token")) == r.hq->token);
    CHECK(r.app->syncValue(QStringLiteral("serverKey")) == QString::fromLatin1(r.hq->serverKey().toBase64()));
    CHECK(r.engine->report().userId == QLatin1String("rep-001"));
}

TEST_CASE("a token close to expiry is refreshed before the sync", "[sync][engine][enroll]")
{
    Rig r(false);
    r.hq->tokenExpiresAt = r.t.clock.utcMs() + 3LL * 24 * 3600'000; // 3 days left
    REQUIRE(r.engine->enrollNow(r.hq->code) == SyncError::None);
    const QString first = r.app->syncValue(QStringLiteral("token"));
    CHECK(r.engine->syncOnce() == SyncError::None);
    CHECK(r.requests("POST /v1/token/refresh") == 1);
    CHECK(r.app->syncValue(QStringLiteral("token")) != first);
    CHECK(r.app->syncValue(QStringLiteral("token")) == r.hq->token);
    CHECK(r.engine->syncOnce() == SyncError::None);
    CHECK(r.requests("POST /v1/token/refresh") == 1); // now far from expiry
}

TEST_CASE("a failed upload is retried by the timer without a new edit", "[sync][engine]")
{
    Rig r;
    r.engine->start();
    r.record(2);
    int drops = 3;
    r.hq->before = [&](const HttpRequest &) -> std::optional<HttpResponse> {
        if (drops > 0) {
            --drops;
            HttpResponse t;
            t.error = TransportError::Timeout;
            return t;
        }
        return std::nullopt;
    };
    CHECK(r.engine->syncOnce() == SyncError::Timeout);
    // No record(), no requestSync(): only time passes.
    for (int i = 0; i < 10 && r.app->unsentCount() > 0; ++i)
        r.runDue();
    CHECK(r.app->unsentCount() == 0);
    CHECK(drops == 0);
    CHECK(r.engine->report().phase == SyncPhase::Idle);
}
