#include "hqtestsupport.h"

#include <catch2/catch.hpp>

#include <protocol/hqevents.h>

#include <core/ed25519.h>
#include <core/random.h>

#include <httplib.h>
#include <openssl/ssl.h>

#include <QDir>
#include <QFile>
#include <QProcess>

namespace kakunin::hqtest {

bool onPostgres()
{
    return QLatin1String(backend()) == QLatin1String("postgresql");
}

QString certDir()
{
    const QString dir = QStringLiteral(KAKUNIN_HQ_TEST_DIR "/certs");
    if (!QFile::exists(dir + QStringLiteral("/server.pem"))) {
        // Normally made by the hq_test_certs fixture; made here when a test binary runs on its own.
        const int rc = QProcess::execute(QStringLiteral(KAKUNIN_HQ_TEST_SCRIPTS "/make_test_cert.sh"), {dir});
        REQUIRE(rc == 0);
    }
    return dir;
}

QString postgresUrl()
{
    QFile f(QStringLiteral(KAKUNIN_HQ_TEST_DIR "/postgres/url"));
    INFO("the PostgreSQL fixture (tests/headoffice/postgres_fixture.sh) has not run: " << f.fileName().toStdString());
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll().trimmed());
}

QString freshPostgresSchema()
{
    const QString url = postgresUrl();
    const QString schema = QStringLiteral("t_") + systemRandom().uuid().remove(QLatin1Char('-'));
    auto db = hq::openPostgres(url);
    auto c = db->open();
    c->execScript(QByteArray("CREATE SCHEMA ") + schema.toLatin1());
    return url + QStringLiteral("?options=-csearch_path%3D") + schema;
}

QString Response::code() const
{
    const auto e = error();
    return e ? e->codeName : QString();
}

Response request(int port, const std::string &method, const std::string &path, const QByteArray &body,
    const Headers &headers, const QString &token)
{
    httplib::SSLClient cli("127.0.0.1", port);
    cli.set_ca_cert_path((certDir() + QStringLiteral("/ca.pem")).toStdString().c_str());
    cli.enable_server_certificate_verification(true);
    cli.set_connection_timeout(5, 0);
    cli.set_read_timeout(30, 0);
    httplib::Headers h(headers.begin(), headers.end());
    if (!token.isEmpty())
        h.emplace("Authorization", "Bearer " + token.toStdString());
    httplib::Request req;
    req.method = method;
    req.path = path;
    req.headers = h;
    req.body = body.toStdString();
    if (!body.isEmpty() || method == "POST" || method == "PUT") {
        if (!req.has_header("Content-Type"))
            req.headers.emplace("Content-Type", "application/json");
    }
    auto res = cli.send(req);
    if (!res)
        return Response {};
    return Response {res->status, QByteArray::fromStdString(res->body)};
}

// ---- Harness

Harness::Harness(hq::HqOptions options)
{
    if (onPostgres()) {
        dbUrl = freshPostgresSchema();
        db = hq::openPostgres(dbUrl);
    } else {
        dir = std::make_unique<QTemporaryDir>();
        REQUIRE(dir->isValid());
        db = hq::openEmbedded(dir->filePath(QStringLiteral("hq.db")), systemRandom().bytes(32));
    }
    service = std::make_unique<hq::HqService>(db, clock, options);
    hq::ServerOptions so;
    so.port = 0;
    so.certFile = certDir() + QStringLiteral("/server.pem");
    so.keyFile = certDir() + QStringLiteral("/server.key");
    so.threads = 4;
    so.readTimeoutSeconds = 1; // the request-timeout test waits this long
    server = std::make_unique<hq::HttpServer>(*service, so);
    INFO(server->error().toStdString());
    REQUIRE(server->bind());
    port = server->port();
    serving = std::thread([this] { server->serve(); });
    // Ready once it answers.
    for (int i = 0; i < 200 && get("/v1/health").status != 200; ++i)
        std::this_thread::yield();
    clocks.push_back(&clock);
}

Harness::~Harness()
{
    server->stop();
    if (serving.joinable())
        serving.join();
}

Response Harness::get(const std::string &path, const QString &token) const
{
    return request(port, "GET", path, {}, {}, token);
}

Response Harness::post(const std::string &path, const QByteArray &json, const QString &token) const
{
    return request(port, "POST", path, json, {{"Content-Type", "application/json"}}, token);
}

Response Harness::send(const std::string &method, const std::string &path, const QByteArray &body,
    const Headers &headers, const QString &token) const
{
    return request(port, method, path, body, headers, token);
}

void Harness::user(const QString &id, const QString &role)
{
    const auto r = service->createUser(id, role);
    INFO(r.error().message.toStdString());
    REQUIRE(r.ok());
}

QString Harness::code(const QString &userId)
{
    const auto r = service->issueCode(userId);
    INFO(r.error().message.toStdString());
    REQUIRE(r.ok());
    return r.value();
}

QString Harness::enroll(const QString &userId, const QString &deviceId, const QByteArray &publicKey)
{
    protocol::EnrollRequest req {code(userId), deviceId, publicKey, QStringLiteral("test tablet"), QString()};
    const Response r = post("/v1/enroll", protocol::encode(req));
    INFO(r.body.toStdString());
    REQUIRE(r.status == 201);
    const auto answer = protocol::decodeEnrollResponse(r.body);
    REQUIRE(answer.ok());
    return answer->token;
}

void Harness::advance(qint64 ms)
{
    for (ManualClock *c : clocks)
        c->advance(ms);
}

// ---- Tablet

Tablet::Tablet(Harness &harness, const QString &userId) : h(harness), user(userId)
{
    temp.clock.setUtc(h.clock.utcMs());
    store = temp.create();
    token = h.enroll(user, store->deviceId(), store->devicePublicKey());
    h.clocks.push_back(&temp.clock);
}

Event Tablet::record(const QString &type, const QString &aggregate, const QJsonObject &payload)
{
    auto r = store->append(EventDraft {type, aggregate, user, payload});
    REQUIRE(r.ok());
    return r.value();
}

protocol::PushRequest Tablet::pushRequest(const QList<Event> &events) const
{
    return protocol::PushRequest {
        store->deviceId(), temp.clock.utcMs(), temp.clock.monotonicMs(), temp.clock.bootId(), events};
}

Response Tablet::push(const QList<Event> &events) const
{
    return h.post("/v1/events", protocol::encode(pushRequest(events)), token);
}

protocol::PushResponse Tablet::pushOutbox()
{
    const QList<Event> events = store->unsentEvents(protocol::limits::MaxBatchEvents);
    REQUIRE_FALSE(events.isEmpty());
    const Response r = push(events);
    INFO(r.body.toStdString());
    REQUIRE(r.status == 200);
    const auto answer = protocol::decodePushResponse(r.body);
    REQUIRE(answer.ok());
    REQUIRE(store->markSentUpTo(answer->storedUpTo) == StoreError::None);
    return answer.value();
}

protocol::ChangesResponse Tablet::pull(const QString &since, int limit) const
{
    const Response r = h.get(protocol::path::changes(since, limit).toStdString(), token);
    INFO(r.body.toStdString());
    REQUIRE(r.status == 200);
    const auto answer = protocol::decodeChangesResponse(r.body);
    REQUIRE(answer.ok());
    return answer.value();
}

QList<protocol::Change> Tablet::pullAll() const
{
    QList<protocol::Change> all;
    QString cursor;
    for (int page = 0; page < 100; ++page) {
        const auto r = pull(cursor);
        all += r.changes;
        cursor = r.cursor;
        if (!r.more)
            break;
    }
    return all;
}

// ---- FakeDevice

FakeDevice::FakeDevice(Harness &harness, const QString &userId, const QString &deviceId)
    : h(harness), user(userId), id(deviceId.isEmpty() ? systemRandom().uuid() : deviceId)
{
    seed = systemRandom().bytes(ed25519::SeedSize);
    publicKey = ed25519::fromSeed(seed).publicKey;
    token = h.enroll(user, id, publicKey);
}

Event FakeDevice::next(const QString &type, const QString &aggregate, const QJsonObject &payload)
{
    Event e;
    e.id = systemRandom().uuid();
    e.device = id;
    e.seq = ++seq;
    e.at = h.clock.utcMs();
    e.mono = h.clock.monotonicMs();
    e.boot = h.clock.bootId();
    e.actor = user;
    e.type = type;
    e.aggregate = aggregate;
    e.payload = payload;
    e.prev = prev;
    REQUIRE(protocol::sealEvent(e, seed));
    prev = e.hash;
    return e;
}

Event FakeDevice::customer(const QString &customerId, const QString &name)
{
    return next(EventType::CustomerRegistered, customerId, {{QStringLiteral("name"), name}});
}

QByteArray FakeDevice::pushBody(const QList<Event> &events, qint64 sentAt) const
{
    return protocol::encode(protocol::PushRequest {
        id, sentAt != 0 ? sentAt : h.clock.utcMs(), h.clock.monotonicMs(), h.clock.bootId(), events});
}

Response FakeDevice::push(const QList<Event> &events, qint64 sentAt) const
{
    return h.post("/v1/events", pushBody(events, sentAt), token);
}

namespace {

int tlsSessionIndex()
{
    static const int i = SSL_CTX_get_ex_new_index(0, nullptr, nullptr, nullptr, nullptr);
    return i;
}

TlsSession *tlsSessionOf(const SSL *ssl)
{
    return static_cast<TlsSession *>(SSL_CTX_get_ex_data(SSL_get_SSL_CTX(ssl), tlsSessionIndex()));
}

} // namespace

TlsSession::~TlsSession()
{
    SSL_SESSION_free(session);
}

void TlsSession::attach(SSL_CTX *ctx)
{
    SSL_CTX_set_ex_data(ctx, tlsSessionIndex(), this);
    SSL_CTX_set_session_cache_mode(ctx, SSL_SESS_CACHE_CLIENT | SSL_SESS_CACHE_NO_INTERNAL_STORE);
    SSL_CTX_sess_set_new_cb(ctx, [](SSL *ssl, SSL_SESSION *s) {
        TlsSession *t = tlsSessionOf(ssl);
        SSL_SESSION_free(t->session);
        t->session = s;
        return 1; // the reference is ours
    });
    SSL_CTX_set_info_callback(ctx, [](const SSL *ssl, int where, int) {
        TlsSession *t = tlsSessionOf(ssl);
        if (where == SSL_CB_HANDSHAKE_START) {
            ++t->handshakes;
            if (t->offer && t->session != nullptr && SSL_SESSION_is_resumable(t->session) == 1)
                SSL_set_session(const_cast<SSL *>(ssl), t->session); // before the ClientHello is made
        } else if (where == SSL_CB_HANDSHAKE_DONE && SSL_session_reused(ssl) == 1) {
            ++t->resumed;
        }
    });
}

} // namespace kakunin::hqtest
