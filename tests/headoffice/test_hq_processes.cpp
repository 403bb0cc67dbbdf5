// Stateless servers: two kakunin-hq processes on one PostgreSQL serve the same devices, pushing concurrently, and
// resume each other's TLS sessions.
#include "hqtestsupport.h"

#include <catch2/catch.hpp>

#include <protocol/hqevents.h>

#include <core/chainverifier.h>
#include <core/domain/eventcatalog.h>
#include <core/ed25519.h>
#include <core/random.h>

#include <sessiontickets.h>

#include <httplib.h>

#include <QProcess>
#include <QRegularExpression>

#include <atomic>
#include <mutex>

using namespace kakunin;
using namespace kakunin::hqtest;

namespace {

struct ServerProcess {
    QProcess process;
    int port = 0;

    explicit ServerProcess(const QString &dbUrl)
    {
        process.setProgram(QStringLiteral(KAKUNIN_HQ_BINARY));
        process.setArguments(
            {QStringLiteral("serve"), QStringLiteral("--cert"), certDir() + QStringLiteral("/server.pem"),
                QStringLiteral("--key"), certDir() + QStringLiteral("/server.key"), QStringLiteral("--port"),
                QStringLiteral("0"), QStringLiteral("--threads"), QStringLiteral("4"), QStringLiteral("--db"), dbUrl});
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start();
        REQUIRE(process.waitForStarted(10'000));
        static const QRegularExpression listening(QStringLiteral("listening on https://127.0.0.1:(\\d+)"));
        QByteArray out;
        while (port == 0 && process.waitForReadyRead(15'000)) {
            out += process.readAll();
            if (const auto m = listening.match(QString::fromUtf8(out)); m.hasMatch())
                port = m.captured(1).toInt();
        }
        INFO(out.toStdString());
        REQUIRE(port > 0);
    }
    ~ServerProcess()
    {
        process.terminate(); // SIGTERM: a clean stop
        if (!process.waitForFinished(10'000))
            process.kill();
    }
};

struct Device {
    QString id = systemRandom().uuid();
    QString user;
    QByteArray seed = systemRandom().bytes(32);
    QString token;
    QList<Event> events;

    void make(int count)
    {
        QString prev = GenesisHash;
        const QString customer = QStringLiteral("cust-") + id;
        for (int i = 1; i <= count; ++i) {
            Event e;
            e.id = systemRandom().uuid();
            e.device = id;
            e.seq = i;
            e.at = QDateTime::currentMSecsSinceEpoch();
            e.mono = i;
            e.boot = QStringLiteral("boot");
            e.actor = user;
            e.type = i == 1 ? EventType::CustomerRegistered : EventType::CustomerUpdated;
            e.aggregate = customer;
            e.payload = {{QStringLiteral("name"), QStringLiteral("顧客 %1").arg(i)}};
            e.prev = prev;
            REQUIRE(protocol::sealEvent(e, seed));
            prev = e.hash;
            events.append(e);
        }
    }
    QByteArray body(const QList<Event> &batch) const
    {
        return protocol::encode(
            protocol::PushRequest {id, QDateTime::currentMSecsSinceEpoch(), 0, QStringLiteral("boot"), batch});
    }
};

} // namespace

TEST_CASE("two kakunin-hq processes on one PostgreSQL serve the same devices correctly", "[hq][postgres][stateless]")
{
    const QString url = freshPostgresSchema();
    SystemClock clock;
    hq::HqService office(hq::openPostgres(url), clock); // a third "server" on the same database, for admin
    REQUIRE(office.createUser(QStringLiteral("rep-001"), QStringLiteral("sales_rep")).ok());
    REQUIRE(office.createUser(QStringLiteral("rep-002"), QStringLiteral("sales_rep")).ok());
    ServerProcess one(url);
    ServerProcess two(url);
    const int ports[] = {one.port, two.port};

    constexpr int EventsPerDevice = 60;
    constexpr int Batch = 10;
    std::vector<Device> devices(4);
    for (size_t i = 0; i < devices.size(); ++i) {
        Device &d = devices[i];
        d.user = i % 2 == 0 ? QStringLiteral("rep-001") : QStringLiteral("rep-002");
        // Enrolled through one process, used through both.
        const Response r = request(ports[i % 2], "POST", "/v1/enroll",
            protocol::encode(protocol::EnrollRequest {
                office.issueCode(d.user).value(), d.id, ed25519::fromSeed(d.seed).publicKey, QString(), QString()}));
        REQUIRE(r.status == 201);
        d.token = protocol::decodeEnrollResponse(r.body)->token;
        d.make(EventsPerDevice);
    }

    // Every device pushes its batches in order, alternating between the processes; all devices at once.
    // Device 0 also sends each batch to both processes at the same moment.
    std::mutex m;
    QStringList problems;
    std::atomic<int> duplicates {0};
    std::vector<std::thread> threads;
    for (size_t i = 0; i < devices.size(); ++i) {
        threads.emplace_back([&, i] {
            const Device &d = devices[i];
            for (int from = 0; from < EventsPerDevice; from += Batch) {
                const QByteArray body = d.body(d.events.mid(from, Batch));
                const int port = ports[(from / Batch + static_cast<int>(i)) % 2];
                auto check = [&](const Response &r) {
                    const auto answer = protocol::decodePushResponse(r.body);
                    std::lock_guard lock(m);
                    if (r.status != 200 || !answer || answer->storedUpTo != from + Batch)
                        problems.append(QStringLiteral("device %1 batch %2 on %3: %4 %5")
                                            .arg(i)
                                            .arg(from)
                                            .arg(port)
                                            .arg(r.status)
                                            .arg(QString::fromUtf8(r.body)));
                    else
                        duplicates += answer->duplicates;
                };
                if (i == 0) {
                    Response twin;
                    std::thread other([&] {
                        twin = request(ports[0] == port ? ports[1] : ports[0], "POST", "/v1/events", body, {}, d.token);
                    });
                    const Response r = request(port, "POST", "/v1/events", body, {}, d.token);
                    other.join();
                    check(r);
                    check(twin);
                } else {
                    check(request(port, "POST", "/v1/events", body, {}, d.token));
                }
            }
        });
    }
    for (auto &t : threads)
        t.join();
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
    CHECK(duplicates == EventsPerDevice); // each of device 0's batches was stored once, and seen once as a replay

    // Every chain is whole, in order, and verifies; nothing is stored twice.
    for (const Device &d : devices) {
        QList<Event> chain;
        for (const auto &s : office.eventsOfDevice(d.id))
            chain.append(s.event);
        CHECK(chain.size() == EventsPerDevice);
        CHECK(verifyChain(chain, d.id, ed25519::fromSeed(d.seed).publicKey).ok());
        CHECK(office.device(d.id)->headSeq == EventsPerDevice);
    }
    CHECK(office.eventCount() == static_cast<qint64>(devices.size()) * EventsPerDevice);

    // Pulled through either process, a rep's other device sees exactly the rep's records, in stored order.
    for (int port : ports) {
        const Response r = request(port, "GET", "/v1/changes?limit=1000", {}, {}, devices[0].token);
        REQUIRE(r.status == 200);
        const auto page = protocol::decodeChangesResponse(r.body);
        REQUIRE(page.ok());
        CHECK(page->changes.size() == EventsPerDevice); // device 2's events; device 0's own are not sent back
        qint64 lastSeq = 0;
        for (const auto &c : page->changes) {
            CHECK(c.event.device == devices[2].id);
            CHECK(c.event.seq == lastSeq + 1);
            lastSeq = c.event.seq;
        }
    }
    auto c = hq::openPostgres(url)->open();
    CHECK(c->query("SELECT count(DISTINCT pos) FROM events", {}).front().integer(0) == office.eventCount());
    CHECK(c->query("SELECT count(*) FROM feed", {}).front().integer(0)
        == c->query("SELECT count(DISTINCT fid) FROM feed", {}).front().integer(0));
}

TEST_CASE(
    "session ticket keys change every period, open the previous period's tickets and no other secret's", "[hq][tls]")
{
    const hq::SessionTicketKeys keys(QByteArrayLiteral("secret of one database"));
    const hq::SessionTicketKeys other(QByteArrayLiteral("secret of another"));
    constexpr qint64 Period = hq::SessionTicketKeys::PeriodSeconds;
    const qint64 t0 = 1'775'005'200; // 2026-04-01 10:00 JST
    const auto k = keys.current(t0);
    CHECK(k.name.size() == hq::SessionTicketKeys::NameBytes);
    CHECK(k.cipherKey.size() == 32);
    CHECK(k.macKey.size() == 32);
    CHECK(k.cipherKey != k.macKey);
    REQUIRE(keys.find(k.name, t0));
    CHECK(keys.find(k.name, t0)->cipherKey == k.cipherKey);
    CHECK(keys.current(t0 + Period).name != k.name); // the next period seals with a new key ...
    REQUIRE(keys.find(k.name, t0 + Period)); // ... and still opens this one's tickets
    CHECK(keys.find(k.name, t0 + Period)->macKey == k.macKey);
    CHECK_FALSE(keys.find(k.name, t0 + 2 * Period)); // two periods on: a full handshake
    CHECK_FALSE(other.find(k.name, t0));
    CHECK(other.current(t0).cipherKey != k.cipherKey);
}

TEST_CASE("a TLS session from one kakunin-hq process resumes on the other, and not on another database's",
    "[hq][postgres][stateless][tls]")
{
    const QString url = freshPostgresSchema();
    ServerProcess one(url);
    ServerProcess two(url);
    TlsSession tls;
    // GET /v1/health on a new connection that offers the last session received.
    auto health = [&](int port) {
        httplib::SSLClient c("127.0.0.1", port);
        c.set_ca_cert_path((certDir() + QStringLiteral("/ca.pem")).toStdString().c_str());
        c.enable_server_certificate_verification(true);
        tls.attach(c.ssl_context());
        const auto r = c.Get(protocol::path::Health);
        return r && r->status == 200;
    };
    REQUIRE(health(one.port));
    CHECK(tls.handshakes == 1);
    CHECK(tls.resumed == 0);
    REQUIRE(health(two.port));
    CHECK(tls.handshakes == 2);
    CHECK(tls.resumed == 1);
    REQUIRE(health(one.port)); // the ticket process two gave
    CHECK(tls.resumed == 2);

    ServerProcess elsewhere(freshPostgresSchema()); // the same certificate, another head office's secret
    REQUIRE(health(elsewhere.port));
    CHECK(tls.handshakes == 4);
    CHECK(tls.resumed == 2);
}
