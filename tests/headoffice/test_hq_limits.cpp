// Limits and malformed requests: each is answered with its own error code and changes nothing.
#include "hqtestsupport.h"

#include <catch2/catch.hpp>

#include <protocol/gzip.h>
#include <protocol/hqevents.h>

#include <core/domain/eventcatalog.h>

#include <openssl/ssl.h>

#include <QJsonArray>
#include <QJsonDocument>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace kakunin;
using namespace kakunin::hqtest;

namespace {

const QString Rep = QStringLiteral("rep-001");

struct Office : Harness {
    Office() { user(Rep, QStringLiteral("sales_rep")); }
};

// What the store holds, to show a refused request changed nothing.
QByteArray snapshot(Harness &h)
{
    auto c = h.db->open();
    QByteArray out;
    for (const char *sql : {"SELECT count(*) FROM events", "SELECT count(*) FROM feed",
             "SELECT count(*) FROM aggregates", "SELECT count(*) FROM blobs", "SELECT count(*) FROM flags",
             "SELECT value FROM counters ORDER BY name", "SELECT id, head_seq, head_hash FROM devices ORDER BY id"})
        for (const auto &row : c->query(sql, {}))
            for (size_t i = 0; i < row.values.size(); ++i)
                out += row.text(i).toUtf8() + ';';
    return out;
}

QJsonObject pushJson(const FakeDevice &dev, const QList<Event> &events)
{
    return QJsonDocument::fromJson(dev.pushBody(events)).object();
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// A TLS connection that sends `head` and then nothing more, and reads what the server answers.
QByteArray stalledRequest(int port, const QByteArray &head)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    SSL_CTX_load_verify_locations(ctx, (certDir() + QStringLiteral("/ca.pem")).toLocal8Bit().constData(), nullptr);
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr {};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QByteArray answer;
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0) {
        SSL *ssl = SSL_new(ctx);
        SSL_set_fd(ssl, fd);
        if (SSL_connect(ssl) == 1 && SSL_write(ssl, head.constData(), static_cast<int>(head.size())) > 0) {
            char buf[4096];
            int n = 0;
            while ((n = SSL_read(ssl, buf, sizeof buf)) > 0)
                answer.append(buf, n);
        }
        SSL_free(ssl);
    }
    ::close(fd);
    SSL_CTX_free(ctx);
    return answer;
}

} // namespace

TEST_CASE("malformed push bodies are answered with their codes and change nothing", "[hq][limits]")
{
    Office o;
    FakeDevice dev(o, Rep);
    REQUIRE(dev.push({dev.customer(QStringLiteral("cust-1"))}).status == 200);
    const QByteArray before = snapshot(o);
    const Event next = dev.next(
        EventType::CustomerUpdated, QStringLiteral("cust-1"), {{QStringLiteral("phone"), QStringLiteral("1")}});
    auto post = [&](const QByteArray &body) { return o.post("/v1/events", body, dev.token); };
    auto expect = [&](const Response &r, int status, const char *code) {
        INFO(r.body.toStdString());
        CHECK(r.status == status);
        CHECK(r.code() == QLatin1String(code));
        CHECK(snapshot(o) == before);
    };

    expect(post("{\"deviceId\": "), 400, "malformed_json");
    expect(post("[]"), 400, "malformed_json");
    expect(post("not json at all"), 400, "malformed_json");

    QJsonObject wrongType = pushJson(dev, {next});
    wrongType.insert(QStringLiteral("sentAt"), QStringLiteral("yesterday"));
    expect(post(json(wrongType)), 400, "invalid_field");
    CHECK(post(json(wrongType)).error()->field == QStringLiteral("sentAt"));

    QJsonObject eventWrong = pushJson(dev, {next});
    QJsonArray events = eventWrong.value(QStringLiteral("events")).toArray();
    QJsonObject e0 = events[0].toObject();
    e0.insert(QStringLiteral("seq"), QStringLiteral("2"));
    events[0] = e0;
    eventWrong.insert(QStringLiteral("events"), events);
    expect(post(json(eventWrong)), 400, "invalid_field");

    QByteArray huge = dev.pushBody({next});
    huge.replace("\"sentMono\":", "\"sentMono\":123456789012345678901234567890,\"x\":");
    expect(post(huge), 400, "number_out_of_range");

    QByteArray hugePayload = dev.pushBody({next});
    hugePayload.replace("\"phone\":\"1\"", "\"phone\":123456789012345678");
    expect(post(hugePayload), 400, "number_out_of_range");

    const QByteArray deep = "{\"deviceId\":\"x\",\"nest\":" + QByteArray(100'000, '[') + QByteArray(100'000, ']') + "}";
    expect(post(deep), 400, "too_deep");

    expect(o.post("/v1/events", "{}", dev.token), 400, "invalid_field");
    Event nul = next;
    nul.boot = QStringLiteral("boot") + QChar(0);
    REQUIRE(protocol::sealEvent(nul, dev.seed));
    expect(post(dev.pushBody({nul})), 400, "invalid_field");
    expect(o.post("/v1/enroll",
               protocol::encode(protocol::EnrollRequest {
                   o.code(Rep), QStringLiteral("dev") + QChar(0), QByteArray(32, 'k'), QString(), QString()})),
        400, "invalid_field");
    expect(o.send("POST", "/v1/events", dev.pushBody({next}), {{"Content-Type", "text/plain"}}, dev.token), 415,
        "unsupported_media_type");
    expect(o.send("POST", "/v1/events", dev.pushBody({next}),
               {{"Content-Type", "application/json"}, {"Content-Encoding", "br"}}, dev.token),
        415, "unsupported_encoding");
    expect(o.send("POST", "/v1/events", "this is not gzip",
               {{"Content-Type", "application/json"}, {"Content-Encoding", "gzip"}}, dev.token),
        415, "unsupported_encoding");

    // A well-formed gzip body is taken.
    const Response gz = o.send("POST", "/v1/events", protocol::gzipCompress(dev.pushBody({next})),
        {{"Content-Type", "application/json"}, {"Content-Encoding", "gzip"}}, dev.token);
    INFO(gz.body.toStdString());
    CHECK(gz.status == 200);
    CHECK(protocol::decodePushResponse(gz.body)->storedUpTo == 2);
}

TEST_CASE("size limits: batch, body, inflated body, headers and URI each have their code", "[hq][limits]")
{
    Office o;
    FakeDevice dev(o, Rep);
    const QByteArray before = snapshot(o);

    QList<Event> many {dev.customer(QStringLiteral("cust-1"))};
    for (int i = 0; i < protocol::limits::MaxBatchEvents; ++i)
        many.append(dev.next(EventType::CustomerUpdated, QStringLiteral("cust-1"), {}));
    Response r = dev.push(many);
    CHECK(r.status == 413);
    CHECK(r.code() == QStringLiteral("batch_too_large"));

    const QByteArray padding(protocol::limits::MaxBodyBytes + 1024, ' ');
    r = o.post("/v1/events", "{" + padding + "}", dev.token);
    CHECK(r.status == 413);
    CHECK(r.code() == QStringLiteral("body_too_large"));

    // A gzip bomb: small on the wire, far over the limit inflated.
    const QByteArray bomb
        = protocol::gzipCompress("{\"x\":\"" + QByteArray(2 * protocol::limits::MaxBodyBytes, 'a') + "\"}", 9);
    REQUIRE(bomb.size() < protocol::limits::MaxBodyBytes / 8);
    r = o.send(
        "POST", "/v1/events", bomb, {{"Content-Type", "application/json"}, {"Content-Encoding", "gzip"}}, dev.token);
    CHECK(r.status == 413);
    CHECK(r.code() == QStringLiteral("body_too_large"));

    Headers many_headers;
    for (int i = 0; i < 80; ++i)
        many_headers.emplace("X-Filler-" + std::to_string(i), "x");
    r = o.send("GET", "/v1/device", {}, many_headers, dev.token);
    CHECK(r.status == 431);
    CHECK(r.code() == QStringLiteral("headers_too_large"));
    r = o.send("GET", "/v1/device", {},
        {{"X-Big", std::string(7000, 'a')}, {"X-Big2", std::string(7000, 'a')}, {"X-Big3", std::string(7000, 'a')}},
        dev.token);
    CHECK(r.code() == QStringLiteral("headers_too_large"));

    r = o.get("/v1/changes?since=" + std::string(3000, 'a'), dev.token);
    CHECK(r.status == 414);
    CHECK(r.code() == QStringLiteral("uri_too_long"));

    CHECK(o.get("/v1/nothing-here").code() == QStringLiteral("not_found"));
    r = o.get("/v1/events", dev.token);
    CHECK(r.status == 405);
    CHECK(r.code() == QStringLiteral("method_not_allowed"));
    CHECK(o.get("/v1/changes?since=bogus", dev.token).code() == QStringLiteral("cursor_invalid"));
    CHECK(o.get("/v1/changes?limit=-3", dev.token).code() == QStringLiteral("invalid_field"));
    CHECK(snapshot(o) == before);
}

TEST_CASE("time limit: a body that stops arriving is answered request_timeout", "[hq][limits]")
{
    Office o;
    FakeDevice dev(o, Rep);
    const QByteArray before = snapshot(o);
    const QByteArray head = "POST /v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                            "Content-Type: application/json\r\n"
                            "Authorization: Bearer "
        + dev.token.toLatin1() + "\r\nContent-Length: 1000\r\n\r\n{\"deviceId\":";
    const QByteArray answer = stalledRequest(o.port, head);
    INFO(answer.toStdString());
    CHECK(answer.startsWith("HTTP/1.1 408"));
    CHECK(answer.contains("\"code\":\"request_timeout\""));
    CHECK(snapshot(o) == before);
}

TEST_CASE("TLS below 1.2 is refused", "[hq][tls]")
{
    Office o;
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    SSL_CTX_set_max_proto_version(ctx, TLS1_1_VERSION);
    SSL_CTX_set_security_level(ctx, 0);
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr {};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(o.port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0);
    SSL *ssl = SSL_new(ctx);
    SSL_set_fd(ssl, fd);
    CHECK(SSL_connect(ssl) != 1);
    SSL_free(ssl);
    ::close(fd);
    SSL_CTX_free(ctx);
    CHECK(o.get("/v1/health").status == 200);
}
