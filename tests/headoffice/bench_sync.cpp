// scripts/bench sync: a tablet pushes 10,000 events and 500 blobs to kakunin-hq over HTTPS (PostgreSQL store),
// against PostgreSQL COPY of the same rows into the same tables — the fastest way rows get into PostgreSQL.
// Each figure is a ratio to that baseline, measured in the same run (tests/bench/benchreport.h). The requests' JSON is
// made before the clock starts (the tablet's CPU is not head office's); its transport compresses them inside it.
//
// Usage: bench_sync [--runs N]   (PostgreSQL: $KAKUNIN_BENCH_DB, else a throwaway one from postgres_fixture.sh)
#include <bench/benchreport.h>

#include <hqservice.h>
#include <httpserver.h>

#include <protocol/blobbatch.h>
#include <protocol/gzip.h>
#include <protocol/hqevents.h>

#include <client/curltransport.h>
#include <client/syncengine.h>

#include <core/canonicaljson.h>
#include <core/domain/eventcatalog.h>
#include <core/ed25519.h>
#include <core/random.h>

#include <httplib.h>
#include <pqxx/pqxx>

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <QElapsedTimer>

#include <cstdio>
#include <deque>
#include <sys/resource.h>
#include <thread>

using namespace kakunin;

namespace {

constexpr int Events = 10'000;
constexpr int Blobs = 500;
constexpr int BlobBytes = 8 * 1024; // a signature's strokes and renderings are a few KiB
constexpr int Batch = protocol::limits::MaxBatchEvents;

struct Workload {
    QString device = systemRandom().uuid();
    QByteArray seed = systemRandom().bytes(32);
    QList<Event> events;
    QList<QByteArray> blobs;

    Workload()
    {
        // 1,000 customers with ten events each, as a rep records them: register, profile, screening, an
        // appointment, a visit, updates.
        QString prev = GenesisHash;
        const qint64 at = 1'775'005'200'000LL;
        for (int i = 0; i < Events; ++i) {
            const QString customer = QStringLiteral("cust-%1").arg(i / 10, 4, 10, QLatin1Char('0'));
            Event e;
            e.id = systemRandom().uuid();
            e.device = device;
            e.seq = i + 1;
            e.at = at + i * 1000LL;
            e.mono = 1000 + i * 1000LL;
            e.boot = QStringLiteral("boot-1");
            e.actor = QStringLiteral("rep-001");
            e.aggregate = customer;
            switch (i % 10) {
            case 0:
                e.type = EventType::CustomerRegistered;
                e.payload = {{QStringLiteral("name"), QStringLiteral("株式会社テスト商店 %1").arg(i / 10)},
                    {QStringLiteral("address"), QStringLiteral("東京都千代田区丸の内1-1-1")},
                    {QStringLiteral("phone"), QStringLiteral("03-1234-5678")}};
                break;
            case 1:
                e.type = EventType::ProfileRecorded;
                e.payload = {{QStringLiteral("birthYear"), 1970}, {QStringLiteral("yearsInBusiness"), 12},
                    {QStringLiteral("yearsInTrade"), 20}, {QStringLiteral("businessForm"), QStringLiteral("full_time")},
                    {QStringLiteral("smartphoneUse"), QStringLiteral("daily_apps")},
                    {QStringLiteral("itProducts"), QStringLiteral("会計ソフト")},
                    {QStringLiteral("pcSkill"), QStringLiteral("office")}, {QStringLiteral("itLiteracy"), 3}};
                break;
            case 2:
                e.type = EventType::ScreeningRecorded;
                e.payload
                    = {{QStringLiteral("outcome"), QStringLiteral("allowed")}, {QStringLiteral("refusals"), QString()},
                        {QStringLiteral("conditions"), QString()}, {QStringLiteral("age"), 56},
                        {QStringLiteral("itLiteracy"), 3}, {QStringLiteral("policyVersion"), 1},
                        {QStringLiteral("successorPresent"), 0}, {QStringLiteral("fullTimeDeclared"), 0}};
                break;
            case 3:
                e.type = EventType::AppointmentRecorded;
                e.payload = {{QStringLiteral("appointmentId"), QStringLiteral("ap-%1").arg(i)},
                    {QStringLiteral("scheduledAt"), at + 86'400'000LL}};
                break;
            case 4:
                e.type = EventType::VisitStarted;
                e.payload = {{QStringLiteral("visitId"), QStringLiteral("v-%1").arg(i)},
                    {QStringLiteral("appointmentId"), QStringLiteral("ap-%1").arg(i - 1)},
                    {QStringLiteral("outOfHoursReason"), QStringLiteral("none")}};
                break;
            case 5:
                e.type = EventType::VisitEnded;
                e.payload = {{QStringLiteral("visitId"), QStringLiteral("v-%1").arg(i - 1)},
                    {QStringLiteral("elapsedMinutes"), 45}};
                break;
            default:
                e.type = EventType::CustomerUpdated;
                e.payload
                    = {{QStringLiteral("phone"), QStringLiteral("03-1234-%1").arg(i % 10000, 4, 10, QLatin1Char('0'))}};
            }
            e.prev = prev;
            protocol::sealEvent(e, seed);
            prev = e.hash;
            events.append(e);
        }
        for (int i = 0; i < Blobs; ++i)
            blobs.append(systemRandom().bytes(BlobBytes));
    }
};

QString freshSchema(const QString &url)
{
    const QString schema = QStringLiteral("b_") + systemRandom().uuid().remove(QLatin1Char('-'));
    hq::openPostgres(url)->open()->execScript(QByteArray("CREATE SCHEMA ") + schema.toLatin1());
    return url + QStringLiteral("?options=-csearch_path%3D") + schema;
}

// The tablet's side: blobs first, then the events in batches of 500, gzip-compressed, on one TLS connection.
double cpuSeconds()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
        + static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// What one push run measured besides its duration.
struct PushRun {
    double blobSeconds = 0; // until the last blob upload was answered (events go up meanwhile)
    double cpu = 0; // CPU time of this process (tablet side and server) meanwhile
    qint64 eventBytes = 0; // request bodies of the pushes as sent (gzip)
    qint64 eventBytesPlain = 0; // the same before compression
    qint64 blobBytes = 0; // blob bodies
};

double pushSeconds(const std::shared_ptr<hq::Database> &db, const Workload &w, const QString &certs, PushRun &run)
{
    SystemClock clock;
    hq::HqService service(db, clock);
    service.createUser(QStringLiteral("rep-001"), QStringLiteral("sales_rep"));
    const auto enrolled = service.enroll(protocol::EnrollRequest {service.issueCode(QStringLiteral("rep-001")).value(),
        w.device, ed25519::fromSeed(w.seed).publicKey, QString(), QString()});
    hq::ServerOptions so;
    so.port = 0;
    so.certFile = certs + QStringLiteral("/server.pem");
    so.keyFile = certs + QStringLiteral("/server.key");
    hq::HttpServer server(service, so);
    if (!server.bind())
        qFatal("%s", qPrintable(server.error()));
    std::thread serving([&] { server.serve(); });

    // The tablet's own transport (libcurl, TLS, the key pinned), with requests in flight as its engine sends them.
    syncclient::CurlOptions co;
    co.baseUrl = QStringLiteral("https://127.0.0.1:%1").arg(server.port());
    co.caFile = certs + QStringLiteral("/ca.pem");
    QFile pin(certs + QStringLiteral("/server.pin"));
    if (pin.open(QIODevice::ReadOnly))
        co.pins = {QString::fromLatin1(pin.readAll().trimmed())};
    syncclient::CurlTransport transport(co);
    const QByteArray bearer = protocol::header::BearerPrefix + enrolled->token.toLatin1();
    auto authorized = [&](syncclient::HttpRequest r) {
        r.headers.append({QByteArray(protocol::header::Authorization), bearer});
        return r;
    };
    const int inFlight = syncclient::SyncOptions().requestsInFlight;
    // The connections and TLS handshakes outside the measurement.
    syncclient::HttpRequest health;
    health.path = QLatin1String(protocol::path::Health);
    for (int i = 0; i < inFlight; ++i)
        transport.start(health);
    for (int i = 0; i < inFlight; ++i)
        if (const auto ended = transport.finished(); !ended.second.ok())
            qFatal("health: %s", qPrintable(ended.second.detail));

    bool ok = true;
    QElapsedTimer blobTimer;
    blobTimer.start();
    const double cpuBefore = cpuSeconds();
    run = PushRun {};
    // As the tablet's engine sends them (SyncEngine::pushRound): up to limits::MaxBlobsPerBatch blobs per
    // POST /v1/blobs (gzip when a sample shrinks) and events in batches of 500 (gzip level 1) take turns,
    // inFlight requests at once.
    QList<syncclient::HttpRequest> blobRequests, eventRequests;
    for (qsizetype from = 0; from < w.blobs.size(); from += protocol::limits::MaxBlobsPerBatch) {
        const protocol::EncodedBlobBatch batch
            = protocol::encodeBlobBatch(w.blobs.mid(from, protocol::limits::MaxBlobsPerBatch));
        syncclient::HttpRequest r;
        r.method = "POST";
        r.path = QLatin1String(protocol::path::Blobs);
        r.body = batch.body;
        r.contentType = batch.contentType;
        r.compress = protocol::gzipShrinks(r.body); // as the engine decides (these random bytes do not shrink)
        r.compressLevel = 1;
        blobRequests.append(authorized(r));
    }
    // The batches' JSON, made before the clock starts as the blobs' is: the tablet's own CPU is not head office's
    // (the transport still compresses each request as it sends it).
    for (int from = 0; from < Events; from += Batch) {
        syncclient::HttpRequest r;
        r.method = "POST";
        r.path = QLatin1String(protocol::path::Events);
        r.body = protocol::encode(protocol::PushRequest {
            w.device, QDateTime::currentMSecsSinceEpoch(), 0, QStringLiteral("boot-1"), w.events.mid(from, Batch)});
        r.contentType = protocol::header::Json;
        r.compress = true;
        eventRequests.append(authorized(r));
    }
    const double s = bench::seconds([&] {
        // Blob uploads and event batches take turns (these events cite no blob, so none waits for one).
        qsizetype nextBlob = 0, nextEvents = 0, blobsAnswered = 0;
        bool blobTurn = true;
        std::deque<bool> blobSent; // per request in flight: a blob upload?
        transport.pipeline(
            inFlight,
            [&]() -> syncclient::Transport::Next {
                if (nextBlob < blobRequests.size() && (blobTurn || nextEvents >= eventRequests.size())) {
                    blobTurn = false;
                    blobSent.push_back(true);
                    return {blobRequests[nextBlob++]};
                }
                if (nextEvents >= eventRequests.size())
                    return {};
                blobTurn = true;
                blobSent.push_back(false);
                return {eventRequests[nextEvents++]};
            },
            [&](const syncclient::HttpResponse &r) {
                ok &= r.ok();
                blobsAnswered += blobSent.front() ? 1 : 0;
                blobSent.pop_front();
                if (blobsAnswered == blobRequests.size() && run.blobSeconds == 0)
                    run.blobSeconds = static_cast<double>(blobTimer.nsecsElapsed()) / 1e9;
                return r.ok();
            });
    });
    // What travelled, counted after the clock stopped (the transport compresses as it sends).
    for (const syncclient::HttpRequest &r : std::as_const(blobRequests))
        run.blobBytes += r.compress ? protocol::gzipCompress(r.body, r.compressLevel).size() : r.body.size();
    for (const syncclient::HttpRequest &r : std::as_const(eventRequests)) {
        run.eventBytesPlain += r.body.size();
        run.eventBytes += protocol::gzipCompress(r.body, r.compressLevel).size();
    }
    run.cpu = cpuSeconds() - cpuBefore;
    server.stop();
    serving.join();
    if (!ok || service.eventCount() != Events)
        qFatal("the push benchmark did not store every event");
    return s;
}

// The baseline: the same rows (events with their columns, blobs) COPYed into the same tables.
double copySeconds(const QString &url, const Workload &w)
{
    SystemClock clock;
    hq::HqService service(hq::openPostgres(url), clock); // the same schema and indexes
    pqxx::connection conn(url.toStdString());
    return bench::seconds([&] {
        pqxx::work tx(conn);
        {
            pqxx::stream_to events(tx, "events",
                std::vector<std::string> {"pos", "id", "device", "seq", "at", "mono", "boot", "actor", "type",
                    "aggregate", "payload", "prev", "hash", "sig", "received_at", "rule_code"});
            qint64 pos = 1000;
            for (const Event &e : w.events) {
                const QByteArray payload = cjson::canonicalize(e.payload).value();
                events << std::make_tuple(++pos, e.id.toStdString(), e.device.toStdString(), e.seq, e.at, e.mono,
                    e.boot.toStdString(), e.actor.toStdString(), e.type.toStdString(), e.aggregate.toStdString(),
                    payload.toStdString(), e.prev.toStdString(), e.hash.toStdString(),
                    "\\x" + e.signature.toHex().toStdString(), e.at, std::string());
            }
            events.complete();
        }
        {
            pqxx::stream_to blobs(
                tx, "blobs", std::vector<std::string> {"sha256", "data", "size", "device", "received_at"});
            for (const QByteArray &b : w.blobs)
                blobs << std::make_tuple(sha256Hex(b).toStdString(), "\\x" + b.toHex().toStdString(), b.size(),
                    w.device.toStdString(), qint64(0));
            blobs.complete();
        }
        tx.commit();
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int runs = 3;
    for (int i = 1; i + 1 < argc; ++i)
        if (QByteArray(argv[i]) == "--runs")
            runs = std::max(1, QByteArray(argv[i + 1]).toInt());

    QTemporaryDir tmp;
    const QString certs = tmp.filePath(QStringLiteral("certs"));
    if (QProcess::execute(QStringLiteral(KAKUNIN_HQ_TEST_SCRIPTS "/make_test_cert.sh"), {certs}) != 0)
        qFatal("cannot make the test certificate");
    QString url = qEnvironmentVariable("KAKUNIN_BENCH_DB");
    // Beside the binary: the postgres user must reach it (a private temporary folder would not do as root).
    const QString pgDir = QCoreApplication::applicationDirPath() + QStringLiteral("/bench-postgres");
    const bool ownPostgres = url.isEmpty();
    if (ownPostgres) {
        QProcess::execute(
            QStringLiteral(KAKUNIN_HQ_TEST_SCRIPTS "/postgres_fixture.sh"), {QStringLiteral("start"), pgDir});
        QFile f(pgDir + QStringLiteral("/url"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("PostgreSQL did not start (tests/headoffice/postgres_fixture.sh)");
        url = QString::fromUtf8(f.readAll().trimmed());
    }

    const Workload w;
    std::vector<double> push, copy, embedded, blobs, cpu;
    PushRun run;
    for (int i = 0; i < runs; ++i) {
        push.push_back(pushSeconds(hq::openPostgres(freshSchema(url)), w, certs, run));
        blobs.push_back(run.blobSeconds);
        cpu.push_back(run.cpu);
        copy.push_back(copySeconds(freshSchema(url), w));
        QTemporaryDir dir;
        PushRun other;
        embedded.push_back(pushSeconds(
            hq::openEmbedded(dir.filePath(QStringLiteral("hq.db")), systemRandom().bytes(32)), w, certs, other));
    }
    auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    const double rows = Events + Blobs;
    const double copyRate = rows / median(copy);
    bench::report("sync push 10,000 events + 500 blobs (PostgreSQL)", rows / median(push), "rows/s", copyRate,
        "PostgreSQL COPY, same rows", ">= 0.25", 0);
    bench::report("sync push 10,000 events + 500 blobs (embedded)", rows / median(embedded), "rows/s", copyRate,
        "PostgreSQL COPY, same rows", "(info)", 0);
    std::printf("%d runs, medians: push %.2f s (PostgreSQL; last blob answered after %.2f s, CPU of this process %.2f "
                "s), %.2f s "
                "(embedded); COPY %.2f s\n",
        runs, median(push), median(blobs), median(cpu), median(embedded), median(copy));
    // What the tablet sends: the push bodies (gzip) per event, against the same events as plain JSON.
    const double perEvent = static_cast<double>(run.eventBytes) / Events;
    bench::report("sync bytes sent per event (push, gzip)", perEvent, "B",
        static_cast<double>(run.eventBytesPlain) / Events, "the same pushes as plain JSON", "(info)", 0);
    std::printf("bytes sent: %lld in push bodies (%.0f B/event; %lld before gzip), %lld in %d blobs\n",
        static_cast<long long>(run.eventBytes), perEvent, static_cast<long long>(run.eventBytesPlain),
        static_cast<long long>(run.blobBytes), Blobs);

    if (ownPostgres)
        QProcess::execute(
            QStringLiteral(KAKUNIN_HQ_TEST_SCRIPTS "/postgres_fixture.sh"), {QStringLiteral("stop"), pgDir});
    return 0;
}
