// scripts/bench sync (fleet): 200 simulated tablets push and pull at once against TWO kakunin-hq processes on ONE
// PostgreSQL, each tablet with its own device key, enrolled with a one-time code from the admin command line
// (`kakunin-hq admin issue-code`), pushing its own chain of signed events. Figures: p50/p99 latency of every
// request (goal p99 <= 500 ms), errors (goal 0), and duplicates, counted in head office's database (goal 0:
// every event stored exactly once). Baseline in the same run: the same requests from one tablet alone.
//
// Two phases: "steady" (each tablet syncs every KAKUNIN_FLEET_INTERVAL_MS, 5 s by default, its first sync at a
// random moment of the first interval: all 200 are active together), then "burst" (all 200 sync at the same
// instant, as after a network outage), KAKUNIN_FLEET_BURSTS times (3), each after a second of quiet; each burst figure
// is the median of the bursts' figures, each burst's p50 and p99 printed too. A sync run is what the tablet's engine
// does: one new keep-alive TLS connection that resumes the tablet's TLS session (its first handshake is a full one),
// one signature blob, one push of its new events (gzip), pulls until `more` is false, close.
//
// Environment: KAKUNIN_BENCH_DB (PostgreSQL URL; else a throwaway one from postgres_fixture.sh beside the binary),
// KAKUNIN_FLEET_HISTORY (past events already stored, 100000), KAKUNIN_FLEET_TABLETS (200), KAKUNIN_FLEET_ROUNDS (steady
// syncs per tablet, 6), KAKUNIN_FLEET_EVENTS (events per sync, 10), KAKUNIN_FLEET_INTERVAL_MS (5000),
// KAKUNIN_FLEET_THREADS (HTTP threads per process; default: kakunin-hq's own), KAKUNIN_HQ_BIN (the kakunin-hq to run;
// default: the one built with this benchmark), KAKUNIN_FLEET_KEEP_ALIVE=1 (leave each tablet's connection open after
// its sync run, as libcurl does, until the server's keep-alive time closes it), KAKUNIN_FLEET_RESUME=0 (every handshake
// a full one).
#include "hqtestsupport.h"

#include <bench/benchreport.h>

#include <catch2/catch.hpp>

#include <protocol/gzip.h>
#include <protocol/hqevents.h>

#include <core/chainverifier.h>
#include <core/domain/eventcatalog.h>
#include <core/ed25519.h>
#include <core/projection.h>
#include <core/random.h>

#include <httplib.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QThread>

#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <deque>
#include <latch>
#include <mutex>
#include <random>

#include <csignal>
#include <unistd.h>

using namespace kakunin;
using namespace kakunin::hqtest;
using SteadyClock = std::chrono::steady_clock;

namespace {

std::string caFile; // set once before the tablets start (certDir() checks the disk)

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

// The kakunin-hq under test: $KAKUNIN_HQ_BIN, else the one built beside this benchmark.
QString binary()
{
    const QString bin = qEnvironmentVariable("KAKUNIN_HQ_BIN");
    return bin.isEmpty() ? QStringLiteral(KAKUNIN_HQ_BINARY) : bin;
}

// A kakunin-hq process on a free loopback port, as production runs it (`serve --db`).
struct ServerProcess {
    QProcess process;
    int port = 0;
    QString portFile;

    ServerProcess(const QString &url, const QString &dir, int index, int threads)
    {
        portFile = dir + QStringLiteral("/port-%1").arg(index);
        QFile::remove(portFile);
        process.setProgram(binary());
        process.setArguments(
            {QStringLiteral("serve"), QStringLiteral("--cert"), certDir() + QStringLiteral("/server.pem"),
                QStringLiteral("--key"), certDir() + QStringLiteral("/server.key"), QStringLiteral("--port"),
                QStringLiteral("0"), QStringLiteral("--port-file"), portFile, QStringLiteral("--db"), url});
        if (threads > 0) // else the server's own default
            process.setArguments(process.arguments() << QStringLiteral("--threads") << QString::number(threads));
        process.setStandardOutputFile(dir + QStringLiteral("/server-%1.log").arg(index));
        process.setStandardErrorFile(dir + QStringLiteral("/server-%1.log").arg(index), QIODevice::Append);
        process.start();
        REQUIRE(process.waitForStarted(10'000));
        for (int i = 0; i < 600 && port == 0 && process.state() == QProcess::Running; ++i) {
            QFile f(portFile);
            if (f.open(QIODevice::ReadOnly))
                port = f.readAll().trimmed().toInt();
            if (port == 0)
                QThread::msleep(50); // waiting for another process to start: no clock to inject
        }
        REQUIRE(port > 0);
    }
    ~ServerProcess()
    {
        process.terminate(); // SIGTERM: a clean stop
        if (!process.waitForFinished(10'000))
            process.kill();
    }
};

enum Kind { Blob, Push, Pull, Health, Kinds };
const char *const KindNames[] = {"blob", "push", "pull", "health"};

struct Sample {
    Kind kind;
    double ms;
};

struct Tally {
    std::vector<Sample> samples;
    int errors = 0; // answers other than the expected status, or no answer at all
    int failed = 0; // still failing after the retries
    int duplicates = 0; // events the server reported as already stored
    int handshakes = 0; // TLS handshakes the sync runs made ...
    int resumed = 0; // ... and how many of them resumed a session
    QStringList problems;
    void merge(const Tally &o)
    {
        handshakes += o.handshakes;
        resumed += o.resumed;
        samples.insert(samples.end(), o.samples.begin(), o.samples.end());
        errors += o.errors;
        failed += o.failed;
        duplicates += o.duplicates;
        problems += o.problems;
    }
};

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto i = static_cast<size_t>(std::ceil(p * static_cast<double>(v.size()))) - 1;
    return v[std::min(i, v.size() - 1)];
}

std::vector<double> latencies(const Tally &t, int kind = -1)
{
    std::vector<double> v;
    for (const Sample &s : t.samples)
        if (kind < 0 || s.kind == kind)
            v.push_back(s.ms);
    return v;
}

// One simulated tablet: its own key and chain, one sync's worth of events and a blob per round, made before the
// clock starts (the tablet's own CPU is not head office's).
struct SimTablet {
    QString id = systemRandom().uuid();
    QString user;
    QByteArray seed = systemRandom().bytes(ed25519::SeedSize);
    QString token;
    QList<QList<Event>> rounds;
    std::vector<std::string> bodies; // gzip-compressed push requests
    QList<QByteArray> blobs;
    QString cursor;
    QSet<QString> pulled; // ids of the events this tablet pulled
    int pulledTwice = 0;
    qint64 pushed = 0;

    void make(int roundCount, int perRound)
    {
        QString prev = GenesisHash;
        qint64 seq = 0;
        const qint64 at = QDateTime::currentMSecsSinceEpoch();
        for (int r = 0; r < roundCount; ++r) {
            QList<Event> events;
            const QString customer = QStringLiteral("c-%1-%2").arg(id).arg(r);
            for (int i = 0; i < perRound; ++i) {
                Event e;
                e.id = systemRandom().uuid();
                e.device = id;
                e.seq = ++seq;
                e.at = at + seq;
                e.mono = seq;
                e.boot = QStringLiteral("boot-1");
                e.actor = user;
                e.type = i == 0 ? EventType::CustomerRegistered : EventType::CustomerUpdated;
                e.aggregate = customer;
                e.payload = i == 0
                    ? QJsonObject {{QStringLiteral("name"), QStringLiteral("株式会社フリート商店 %1").arg(r)}}
                    : QJsonObject {
                        {QStringLiteral("phone"), QStringLiteral("03-1234-%1").arg(i, 4, 10, QLatin1Char('0'))}};
                e.prev = prev;
                REQUIRE(protocol::sealEvent(e, seed));
                prev = e.hash;
                events.append(e);
            }
            rounds.append(events);
            bodies.push_back(protocol::gzipCompress(
                protocol::encode(protocol::PushRequest {id, at, 0, QStringLiteral("boot-1"), events}))
                                 .toStdString());
            blobs.append(systemRandom().bytes(8 * 1024)); // a signature's strokes
        }
    }

    // The tablet's client for one of the two processes: made once, so its CA is read once (the tablet's own set-up
    // is not head office's CPU); each sync run still opens a new connection with its own handshake.
    httplib::SSLClient &client(int slot, int port)
    {
        auto &cli = clients[slot];
        if (!cli) {
            cli = std::make_unique<httplib::SSLClient>("127.0.0.1", port);
            cli->set_ca_cert_path(caFile.c_str());
            cli->enable_server_certificate_verification(true);
            cli->set_keep_alive(true);
            cli->set_tcp_nodelay(true);
            cli->set_connection_timeout(10, 0);
            cli->set_read_timeout(60, 0);
            tls.attach(cli->ssl_context());
        }
        return *cli;
    }
    void closeConnection()
    {
        for (auto &cli : clients)
            if (cli)
                cli->stop();
        open = -1;
    }

    // One sync run on `port` (retried on the other process when a request fails, as the engine retries).
    // keep: leave the connection open after the run, as libcurl does (the server closes it after its keep-alive
    // time), instead of closing it when the run is over.
    void sync(int round, const int ports[2], int first, Tally &t, bool keep = false)
    {
        const int handshakes = tls.handshakes, resumed = tls.resumed;
        syncRun(round, ports, first, t, keep);
        t.handshakes += tls.handshakes - handshakes;
        t.resumed += tls.resumed - resumed;
    }
    void syncRun(int round, const int ports[2], int first, Tally &t, bool keep)
    {
        // gzip answers only, as the engine's CurlTransport asks (cpp-httplib would otherwise offer brotli).
        const httplib::Headers auth {{"Authorization", "Bearer " + token.toStdString()}, {"Accept-Encoding", "gzip"}};
        for (int attempt = 0; attempt < 3; ++attempt) {
            if (attempt > 0)
                QThread::msleep(200 * attempt); // the engine's backoff
            const int slot = (first + attempt) % 2;
            if (!keep || open != slot) {
                closeConnection();
                open = slot;
            }
            httplib::SSLClient *cli = &client(slot, ports[slot]);
            auto timed = [&](Kind kind, auto &&call) {
                const auto start = SteadyClock::now();
                auto res = call();
                t.samples.push_back(
                    {kind, std::chrono::duration<double, std::milli>(SteadyClock::now() - start).count()});
                return res;
            };
            const QByteArray &blob = blobs[round];
            const auto b = timed(Blob, [&] {
                return cli->Put(protocol::path::blob(sha256Hex(blob)).toStdString().c_str(), auth, blob.toStdString(),
                    "application/octet-stream");
            });
            if (!b || (b->status != 201 && b->status != 200)) {
                ++t.errors;
                t.problems.append(QStringLiteral("blob: %1").arg(b ? b->status : -static_cast<int>(b.error())));
                closeConnection();
                continue;
            }
            httplib::Headers gz = auth;
            gz.emplace("Content-Encoding", "gzip");
            // The outbox: this round's events, and those of earlier rounds head office has not confirmed (after a
            // run that failed), as the engine pushes them.
            std::string body = bodies[round];
            if (pushed + 1 != rounds[round].first().seq) {
                QList<Event> outbox;
                for (const auto &r : rounds)
                    for (const Event &e : r)
                        if (e.seq > pushed && e.seq <= rounds[round].last().seq)
                            outbox.append(e);
                body = protocol::gzipCompress(
                    protocol::encode(protocol::PushRequest {
                        id, QDateTime::currentMSecsSinceEpoch(), 0, QStringLiteral("boot-1"), outbox}))
                           .toStdString();
            }
            const auto p = timed(Push, [&] { return cli->Post(protocol::path::Events, gz, body, "application/json"); });
            std::optional<protocol::PushResponse> answer;
            if (p && p->status == 200)
                if (auto decoded = protocol::decodePushResponse(QByteArray::fromStdString(p->body)))
                    answer = decoded.value();
            if (!answer || answer->storedUpTo != rounds[round].last().seq) {
                ++t.errors;
                t.problems.append(QStringLiteral("push: %1 %2")
                                      .arg(p ? p->status : -static_cast<int>(p.error()))
                                      .arg(p ? QString::fromStdString(p->body).left(200) : QString()));
                closeConnection();
                continue;
            }
            t.duplicates += answer->duplicates;
            pushed = rounds[round].last().seq;
            if (!pullAll(*cli, auth, t)) {
                closeConnection();
                continue;
            }
            if (!keep)
                closeConnection(); // the sync run is over: the connection closes
            return;
        }
        closeConnection();
        ++t.failed;
    }
    std::unique_ptr<httplib::SSLClient> clients[2];
    int open = -1; // the process whose connection is open, if any
    // The tablet's TLS session, offered to either process: they stand behind one address for a real tablet, and
    // share their ticket keys.
    TlsSession tls;

    bool pullAll(httplib::SSLClient &cli, const httplib::Headers &auth, Tally &t)
    {
        for (int page = 0; page < 100; ++page) {
            const auto start = SteadyClock::now();
            const auto r = cli.Get(protocol::path::changes(cursor, 500).toStdString().c_str(), auth);
            t.samples.push_back({Pull, std::chrono::duration<double, std::milli>(SteadyClock::now() - start).count()});
            std::optional<protocol::ChangesResponse> answer;
            if (r && r->status == 200)
                if (auto decoded = protocol::decodeChangesResponse(QByteArray::fromStdString(r->body)))
                    answer = decoded.value();
            if (!answer) {
                ++t.errors;
                t.problems.append(QStringLiteral("pull: %1").arg(r ? r->status : -static_cast<int>(r.error())));
                return false;
            }
            for (const protocol::Change &c : answer->changes) {
                if (pulled.contains(c.event.id))
                    ++pulledTwice;
                pulled.insert(c.event.id);
            }
            cursor = answer->cursor;
            if (!answer->more)
                return true;
        }
        return true;
    }
};

// CPU seconds (user + system) of a process: this one (pid 0) or a server.
double cpuSeconds(qint64 pid = 0)
{
    QFile f(pid == 0 ? QStringLiteral("/proc/self/stat") : QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = f.readAll();
    // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return static_cast<double>(fields.at(11).toLongLong() + fields.at(12).toLongLong())
        / static_cast<double>(sysconf(_SC_CLK_TCK));
}

// CPU seconds of every PostgreSQL process on this machine (its backends serve both servers).
double postgresCpuSeconds()
{
    double sum = 0;
    for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
        if (pid.toLongLong() > 0 && comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() == "postgres")
            sum += cpuSeconds(pid.toLongLong());
    }
    return sum;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().split(' ').value(0)) : QString();
}

// Connections the kernel refused because a listen queue was full (machine-wide: TcpExt ListenOverflows). The
// client then retries its SYN after 1 s, 3 s, …
qint64 listenOverflows()
{
    QFile f(QStringLiteral("/proc/net/netstat"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (!lines[i].startsWith("TcpExt:") || !lines[i + 1].startsWith("TcpExt:"))
            continue;
        const QList<QByteArray> names = lines[i].split(' '), values = lines[i + 1].split(' ');
        const qsizetype at = names.indexOf("ListenOverflows");
        return at >= 0 && at < values.size() ? values[at].toLongLong() : 0;
    }
    return 0;
}

QString freshSchema(const QString &url)
{
    const QString schema = QStringLiteral("fleet_") + systemRandom().uuid().remove(QLatin1Char('-'));
    hq::openPostgres(url)->open()->execScript(QByteArray("CREATE SCHEMA ") + schema.toLatin1());
    return url + QStringLiteral("?options=-csearch_path%3D") + schema;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n == 0 ? 0 : n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// Each figure of a phase; a phase measured several times (the bursts) reports the median of its runs.
void reportLatency(const char *phase, const std::vector<Tally> &runs, const Tally &alone)
{
    auto figure = [&](double p, int kind) {
        std::vector<double> each;
        for (const Tally &t : runs)
            each.push_back(percentile(latencies(t, kind), p));
        return median(each);
    };
    const char *of = runs.size() > 1 ? ", median of the bursts" : "";
    char what[160];
    std::snprintf(what, sizeof what, "fleet %s: p50 latency, all requests%s", phase, of);
    bench::report(
        what, figure(0.50, -1), "ms", percentile(latencies(alone), 0.50), "one tablet alone, p50", "(info)", 1);
    std::snprintf(what, sizeof what, "fleet %s: p99 latency, all requests%s", phase, of);
    bench::report(
        what, figure(0.99, -1), "ms", percentile(latencies(alone), 0.99), "one tablet alone, p99", "<= 500 ms", 1);
    for (int k = Blob; k <= Pull; ++k) {
        std::snprintf(what, sizeof what, "fleet %s: p99 latency, %s%s", phase, KindNames[k], of);
        bench::report(
            what, figure(0.99, k), "ms", percentile(latencies(alone, k), 0.99), "one tablet alone, p99", "(info)", 1);
    }
}

} // namespace

TEST_CASE(
    "fleet: 200 tablets push and pull at once through two kakunin-hq processes on one PostgreSQL", "[bench][fleet]")
{
    const int tabletCount = envInt("KAKUNIN_FLEET_TABLETS", 200);
    const int rounds = envInt("KAKUNIN_FLEET_ROUNDS", 6);
    const int perRound = envInt("KAKUNIN_FLEET_EVENTS", 10);
    const int intervalMs = envInt("KAKUNIN_FLEET_INTERVAL_MS", 5000);
    const int threads = envInt("KAKUNIN_FLEET_THREADS", 0);
    const int bursts = envInt("KAKUNIN_FLEET_BURSTS", 3);
    const bool keep = envInt("KAKUNIN_FLEET_KEEP_ALIVE", 0) != 0;
    const bool resume = qEnvironmentVariable("KAKUNIN_FLEET_RESUME") != QLatin1String("0");

    std::signal(SIGPIPE, SIG_IGN); // a connection the server closed fails the write, as in libcurl, not the process
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    caFile = (certDir() + QStringLiteral("/ca.pem")).toStdString();
    QString base = qEnvironmentVariable("KAKUNIN_BENCH_DB");
    // Beside the binary: the postgres user must reach it (a private temporary folder would not do as root).
    const QString pgDir = QCoreApplication::applicationDirPath() + QStringLiteral("/fleet-postgres");
    const QString fixture = QStringLiteral(KAKUNIN_HQ_TEST_SCRIPTS "/postgres_fixture.sh");
    const bool ownPostgres = base.isEmpty();
    if (ownPostgres) {
        REQUIRE(QProcess::execute(fixture, {QStringLiteral("start"), pgDir}) == 0);
        QFile f(pgDir + QStringLiteral("/url"));
        REQUIRE(f.open(QIODevice::ReadOnly));
        base = QString::fromUtf8(f.readAll().trimmed());
    }
    struct StopPostgres {
        bool own;
        QString fixture, dir;
        ~StopPostgres()
        {
            if (own)
                QProcess::execute(fixture, {QStringLiteral("stop"), dir});
        }
    } stopPostgres {ownPostgres, fixture, pgDir};
    const QString url = freshSchema(base);

    // Head office's users: one sales rep per two tablets (each rep's second tablet pulls what the first pushed),
    // made through a service on the same database, as the console will; codes come from the command line.
    SystemClock clock;
    hq::HqService office(hq::openPostgres(url), clock);
    // Head office's history: a database in use, not an empty one, so that a statement that scans a table instead of
    // looking rows up shows. Past events of past devices, ten to a customer, each customer granted to and fed to a
    // past rep; then ANALYZE, as autovacuum keeps a database in use analyzed.
    const int history = envInt("KAKUNIN_FLEET_HISTORY", 100'000);
    {
        QElapsedTimer took;
        took.start();
        const QByteArray n = QByteArray::number(history);
        hq::openPostgres(url)->open()->execScript(QByteArray(R"sql(
INSERT INTO events SELECT g, 'past-' || g, 'past-device-' || (g / 100), g % 100 + 1, g, g, 'boot-1',
    'rep-past-' || (g / 1000), CASE WHEN g % 10 = 0 THEN 'customer.registered' ELSE 'customer.updated' END,
    'c-past-' || (g / 10), '{}', md5(CAST(g - 1 AS TEXT)), md5(CAST(g AS TEXT)), '\x00', g, ''
    FROM generate_series(1, :n) g;
INSERT INTO feed SELECT g, 'rep-past-' || (g / 1000), g FROM generate_series(1, :n) g;
INSERT INTO aggregates SELECT 'c-past-' || g, 'customer', 'c-past-' || g, 'rep-past-' || (g / 100), '{}', g * 10
    FROM generate_series(0, :n / 10) g;
INSERT INTO grants SELECT 'rep-past-' || (g / 100), 'c-past-' || g, 0 FROM generate_series(0, :n / 10) g;
UPDATE counters SET value = :n WHERE name IN ('pos', 'feed');
ANALYZE;
)sql")
                                                      .replace(":n", n));
        std::printf("fleet: head office's history: %d past events of %d customers, stored and analyzed in %.1f s\n",
            history, history / 10 + 1, static_cast<double>(took.elapsed()) / 1000.0);
    }
    std::vector<SimTablet> tablets(static_cast<size_t>(tabletCount) + 1); // the last one: the baseline, alone
    for (SimTablet &t : tablets)
        t.tls.offer = resume;
    QElapsedTimer setup;
    setup.start();
    for (size_t i = 0; i < tablets.size(); ++i) {
        SimTablet &t = tablets[i];
        const bool solo = i + 1 == tablets.size();
        t.user = solo ? QStringLiteral("rep-solo") : QStringLiteral("rep-%1").arg(i / 2, 3, 10, QLatin1Char('0'));
        if (i % 2 == 0 || solo)
            REQUIRE(office.createUser(t.user, QStringLiteral("sales_rep")).ok());
        t.make(rounds + bursts, perRound);
    }
    std::printf("fleet: %d tablets + 1 alone, %d steady syncs each every %d ms + %d bursts, %d events a sync, "
                "connection %s after each sync run; events made in %.1f s\n",
        tabletCount, rounds, intervalMs, bursts, perRound, keep ? "left open (keep-alive)" : "closed",
        static_cast<double>(setup.restart()) / 1000.0);

    ServerProcess one(url, tmp.path(), 1, threads);
    ServerProcess two(url, tmp.path(), 2, threads);
    const int ports[2] = {one.port, two.port};

    // Enrollment: a one-time code per tablet from `kakunin-hq admin issue-code` (eight commands at a time),
    // redeemed through either process.
    QStringList codes;
    for (size_t from = 0; from < tablets.size(); from += 8) {
        std::vector<std::unique_ptr<QProcess>> running;
        for (size_t i = from; i < std::min(tablets.size(), from + 8); ++i) {
            running.push_back(std::make_unique<QProcess>());
            running.back()->start(binary(),
                {QStringLiteral("admin"), QStringLiteral("issue-code"), QStringLiteral("--user"), tablets[i].user,
                    QStringLiteral("--db"), url});
        }
        for (auto &p : running) {
            REQUIRE(p->waitForFinished(60'000));
            INFO(p->readAllStandardError().toStdString());
            REQUIRE(p->exitCode() == 0);
            codes.append(QString::fromUtf8(p->readAllStandardOutput().trimmed()));
        }
    }
    for (size_t i = 0; i < tablets.size(); ++i) {
        SimTablet &t = tablets[i];
        const Response r = request(ports[i % 2], "POST", protocol::path::Enroll,
            protocol::encode(protocol::EnrollRequest {codes.at(static_cast<qsizetype>(i)), t.id,
                ed25519::fromSeed(t.seed).publicKey, QStringLiteral("fleet tablet %1").arg(i), QString()}));
        INFO(r.body.toStdString());
        REQUIRE(r.status == 201);
        t.token = protocol::decodeEnrollResponse(r.body)->token;
    }
    std::printf("fleet: %zu tablets enrolled with codes from `kakunin-hq admin issue-code` in %.1f s\n", tablets.size(),
        static_cast<double>(setup.restart()) / 1000.0);

    // Baselines, nothing else running: one tablet's syncs, and GET /v1/health on a fresh connection.
    Tally alone;
    SimTablet &solo = tablets.back();
    for (int r = 0; r <= rounds; ++r)
        solo.sync(r, ports, r, alone);
    Tally healthIdle;
    for (int i = 0; i < 50; ++i) {
        const auto start = SteadyClock::now();
        const Response h = request(ports[i % 2], "GET", protocol::path::Health);
        healthIdle.samples.push_back(
            {Health, std::chrono::duration<double, std::milli>(SteadyClock::now() - start).count()});
        healthIdle.errors += h.status == 200 ? 0 : 1;
    }

    // Steady phase: every tablet syncs every interval, starting at a random moment of the first one.
    std::vector<Tally> steady(static_cast<size_t>(tabletCount));
    std::vector<std::vector<Tally>> burst(
        static_cast<size_t>(bursts), std::vector<Tally>(static_cast<size_t>(tabletCount)));
    Tally healthLoaded;
    std::atomic<bool> running {true};
    // Each burst: every tablet waits at its start, which this thread opens, and counts itself done at its end.
    std::latch steadyDone(tabletCount);
    std::deque<std::latch> burstStart, burstDone;
    for (int b = 0; b < bursts; ++b) {
        burstStart.emplace_back(tabletCount + 1);
        burstDone.emplace_back(tabletCount);
    }
    const auto t0 = SteadyClock::now() + std::chrono::milliseconds(500);
    std::vector<std::thread> workers;
    std::mt19937 rng(20260401);
    std::uniform_int_distribution<int> offset(0, intervalMs - 1);
    for (int i = 0; i < tabletCount; ++i) {
        const int start = offset(rng);
        workers.emplace_back([&, i, start] {
            SimTablet &t = tablets[static_cast<size_t>(i)];
            for (int r = 0; r < rounds; ++r) {
                std::this_thread::sleep_until(t0 + std::chrono::milliseconds(start + r * intervalMs));
                t.sync(r, ports, i + r, steady[static_cast<size_t>(i)], keep);
            }
            steadyDone.count_down();
            for (int b = 0; b < bursts; ++b) {
                burstStart[static_cast<size_t>(b)].arrive_and_wait(); // all at the same instant
                t.sync(rounds + b, ports, i + rounds + b, burst[static_cast<size_t>(b)][static_cast<size_t>(i)], keep);
                burstDone[static_cast<size_t>(b)].count_down();
            }
        });
    }
    std::thread healthProbe([&] {
        for (int i = 0; running; ++i) {
            const auto start = SteadyClock::now();
            const Response h = request(ports[i % 2], "GET", protocol::path::Health);
            healthLoaded.samples.push_back(
                {Health, std::chrono::duration<double, std::milli>(SteadyClock::now() - start).count()});
            if (h.status != 200) {
                ++healthLoaded.errors;
                healthLoaded.problems.append(QStringLiteral("health under load: %1").arg(h.status));
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
    });
    auto serverCpu = [&] { return cpuSeconds(one.process.processId()) + cpuSeconds(two.process.processId()); };
    const double serverCpu0 = serverCpu(), ownCpu0 = cpuSeconds(), pgCpu0 = postgresCpuSeconds();
    const qint64 overflows0 = listenOverflows();
    const QString load0 = loadAverage();
    steadyDone.wait(); // every tablet is done with its steady syncs: the bursts start now
    const double serverCpu1 = serverCpu(), ownCpu1 = cpuSeconds(), pgCpu1 = postgresCpuSeconds();
    const qint64 overflows1 = listenOverflows();
    std::vector<Tally> burstRuns(static_cast<size_t>(bursts)); // each burst's requests
    QStringList burstLines;
    double burstSeconds = 0, burstServerCpu = 0, burstPgCpu = 0, burstOwnCpu = 0;
    for (int b = 0; b < bursts; ++b) {
        std::this_thread::sleep_for(std::chrono::seconds(1)); // a second of quiet: the last answers' aftermath settles
        const double s0 = serverCpu(), o0 = cpuSeconds(), p0 = postgresCpuSeconds();
        const auto start = SteadyClock::now();
        burstStart[static_cast<size_t>(b)].count_down();
        burstDone[static_cast<size_t>(b)].wait();
        const double seconds = std::chrono::duration<double>(SteadyClock::now() - start).count();
        const double s1 = serverCpu(), o1 = cpuSeconds(), p1 = postgresCpuSeconds();
        Tally &all = burstRuns[static_cast<size_t>(b)];
        for (const Tally &t : burst[static_cast<size_t>(b)])
            all.merge(t);
        burstLines.append(QStringLiteral("burst %1: %2 s, p50 %3 ms, p99 %4 ms; CPU servers %5 s, PostgreSQL %6 s, "
                                         "tablets %7 s")
                              .arg(b + 1)
                              .arg(seconds, 0, 'f', 1)
                              .arg(percentile(latencies(all), 0.50), 0, 'f', 1)
                              .arg(percentile(latencies(all), 0.99), 0, 'f', 1)
                              .arg(s1 - s0, 0, 'f', 1)
                              .arg(p1 - p0, 0, 'f', 1)
                              .arg(o1 - o0, 0, 'f', 1));
        burstSeconds += seconds / bursts;
        burstServerCpu += (s1 - s0) / bursts;
        burstPgCpu += (p1 - p0) / bursts;
        burstOwnCpu += (o1 - o0) / bursts;
    }
    for (auto &w : workers)
        w.join();
    const qint64 overflows2 = listenOverflows();
    const QString load1 = loadAverage();
    const double loadSeconds = std::chrono::duration<double>(SteadyClock::now() - t0).count();
    running = false;
    healthProbe.join();

    // A last pull by every tablet, then the server's record: each event exactly once, every chain whole.
    Tally last;
    for (int i = 0; i < tabletCount; ++i) {
        SimTablet &t = tablets[static_cast<size_t>(i)];
        t.pullAll(t.client(i % 2, ports[i % 2]), {{"Authorization", "Bearer " + t.token.toStdString()}}, last);
        t.closeConnection();
    }
    Tally steadyAll, burstAll;
    for (const Tally &t : steady)
        steadyAll.merge(t);
    for (const Tally &t : burstRuns)
        burstAll.merge(t);

    auto db = hq::openPostgres(url)->open();
    const hq::SqlRow counts
        = db->query("SELECT count(*), count(DISTINCT id), count(DISTINCT (device, seq)) FROM events").front();
    const qint64 stored = counts.integer(0);
    const qint64 storedTwice = stored - std::min(counts.integer(1), counts.integer(2));
    const qint64 feedTwice = db->query("SELECT count(*) - count(DISTINCT (user_id, pos)) FROM feed").front().integer(0);
    qint64 expected = 0, missing = 0, brokenChains = 0, pulledTwice = 0, notPulled = 0;
    for (size_t i = 0; i < tablets.size(); ++i) {
        const SimTablet &t = tablets[i];
        expected += t.pushed;
        QList<Event> chain;
        for (const auto &s : office.eventsOfDevice(t.id))
            chain.append(s.event);
        missing += t.pushed - chain.size();
        if (!verifyChain(chain, t.id, ed25519::fromSeed(t.seed).publicKey).ok())
            ++brokenChains;
        pulledTwice += t.pulledTwice;
        // The rep's other tablet pulled every event this one pushed (P4: and nothing of other reps).
        if ((i ^ 1) < static_cast<size_t>(tabletCount) && i < static_cast<size_t>(tabletCount)) {
            const SimTablet &sibling = tablets[i ^ 1];
            for (const auto &round : t.rounds)
                for (const Event &e : round)
                    if (e.seq <= t.pushed && !sibling.pulled.contains(e.id))
                        ++notPulled;
        }
    }

    const int requests = static_cast<int>(steadyAll.samples.size() + burstAll.samples.size());
    std::printf("fleet: %d requests in %.1f s (%.0f/s) from %d tablets to 2 kakunin-hq processes (%s)\n", requests,
        loadSeconds, requests / loadSeconds, tabletCount,
        threads > 0 ? qPrintable(QStringLiteral("%1 threads each").arg(threads)) : "their default threads");
    std::printf("fleet: CPU used, steady phase: servers %.1f s, PostgreSQL %.1f s, tablets (this process) %.1f s; "
                "a burst, on average of %d (%.1f s from the first request to the last answer): servers %.1f s, "
                "PostgreSQL %.1f s, tablets %.1f s; load average %s -> %s on %ld cores\n",
        serverCpu1 - serverCpu0, pgCpu1 - pgCpu0, ownCpu1 - ownCpu0, bursts, burstSeconds, burstServerCpu, burstPgCpu,
        burstOwnCpu, qPrintable(load0), qPrintable(load1), sysconf(_SC_NPROCESSORS_ONLN));
    for (const QString &line : std::as_const(burstLines))
        std::printf("fleet: %s\n", qPrintable(line));
    std::printf("fleet: TLS handshakes, steady %d (%d resumed), bursts %d (%d resumed); %s\n", steadyAll.handshakes,
        steadyAll.resumed, burstAll.handshakes, burstAll.resumed,
        resume ? "each tablet offers its last session" : "no session offered (KAKUNIN_FLEET_RESUME=0)");
    std::printf("fleet: connections dropped by a full listen queue (machine-wide, TcpExt ListenOverflows): steady "
                "%lld, burst %lld\n",
        static_cast<long long>(overflows1 - overflows0), static_cast<long long>(overflows2 - overflows1));
    reportLatency("steady", {steadyAll}, alone);
    reportLatency("burst", burstRuns, alone);
    bench::report("fleet: GET /v1/health p99 under load", percentile(latencies(healthLoaded), 0.99), "ms",
        percentile(latencies(healthIdle), 0.99), "GET /v1/health idle, p99", "(info)", 1);
    const int errors = steadyAll.errors + burstAll.errors + last.errors + healthLoaded.errors;
    const int failed = steadyAll.failed + burstAll.failed;
    std::printf("fleet: errors %d (failed after retries %d; goal 0), events expected %lld, stored %lld, missing %lld, "
                "stored twice %lld (goal 0), feed rows twice %lld, chains broken %lld, pulled twice %lld, not pulled "
                "by the rep's other tablet %lld; replays answered as duplicates %d\n",
        errors, failed, static_cast<long long>(expected), static_cast<long long>(stored),
        static_cast<long long>(missing), static_cast<long long>(storedTwice), static_cast<long long>(feedTwice),
        static_cast<long long>(brokenChains), static_cast<long long>(pulledTwice), static_cast<long long>(notPulled),
        steadyAll.duplicates + burstAll.duplicates);
    QStringList problems = steadyAll.problems + burstAll.problems + last.problems + healthLoaded.problems;
    problems.removeDuplicates();
    for (const QString &p : problems.mid(0, 10))
        std::printf("  problem: %s\n", qPrintable(p));

    // What must hold whatever the timing: nothing lost, nothing doubled, every chain whole.
    CHECK(missing == 0);
    CHECK(storedTwice == 0);
    CHECK(feedTwice == 0);
    CHECK(brokenChains == 0);
    CHECK(pulledTwice == 0);
    CHECK(notPulled == 0);
    CHECK(failed == 0);
}
