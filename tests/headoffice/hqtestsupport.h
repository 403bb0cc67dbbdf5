#pragma once
// Head-office tests: a real kakunin-hq service and HTTPS server in the test process (loopback TLS, test CA),
// over PostgreSQL or the embedded SQLCipher store depending on the test binary, and tablets that talk to it.

#include <hqservice.h>
#include <httpserver.h>

#include <protocol/messages.h>

#include <support/testsupport.h>

#include <core/clock.h>

#include <QByteArray>
#include <QTemporaryDir>

#include <map>
#include <memory>
#include <string>
#include <thread>

struct ssl_ctx_st;
struct ssl_session_st;

namespace kakunin::hqtest {

// "embedded" or "postgresql": each test binary defines it (hqbackend_*.cpp).
const char *backend();
bool onPostgres();

// Where the test CA and server certificate live (made by make_test_cert.sh when missing).
QString certDir();
// PostgreSQL URL of the fixture's database (FAILs when the fixture did not run).
QString postgresUrl();
// A fresh schema in the fixture's database; returns the URL that selects it.
QString freshPostgresSchema();

struct Response {
    int status = 0; // 0: no answer (connection failed)
    QByteArray body;
    std::optional<protocol::ApiError> error() const { return protocol::decodeError(body); }
    QString code() const; // the error code, or "" when the body is no error
};

using Headers = std::multimap<std::string, std::string>;

// An HTTPS client for 127.0.0.1:port that trusts only the test CA.
Response request(int port, const std::string &method, const std::string &path, const QByteArray &body = {},
    const Headers &headers = {}, const QString &token = QString());

// TLS session resumption for cpp-httplib clients, which have no hook for it, through OpenSSL's callbacks on their
// contexts: one session (the last ticket received) offered at every new connection of every client attached,
// as the engine's libcurl keeps it. Counts the handshakes and how many resumed. One thread at a time.
struct TlsSession {
    ssl_session_st *session = nullptr;
    bool offer = true; // false: every handshake a full one, still counted
    int handshakes = 0;
    int resumed = 0;
    TlsSession() = default;
    TlsSession(const TlsSession &) = delete;
    TlsSession &operator=(const TlsSession &) = delete;
    ~TlsSession();
    void attach(ssl_ctx_st *ctx);
};

struct Tablet;

class Harness {
public:
    explicit Harness(hq::HqOptions options = {});
    ~Harness();
    Harness(const Harness &) = delete;
    Harness &operator=(const Harness &) = delete;

    ManualClock clock {1'775'005'200'000LL /* 2026-04-01 10:00 JST */, 10'000'000};
    std::unique_ptr<QTemporaryDir> dir; // embedded store
    QString dbUrl; // PostgreSQL schema URL
    std::shared_ptr<hq::Database> db;
    std::unique_ptr<hq::HqService> service;
    std::unique_ptr<hq::HttpServer> server;
    std::thread serving;
    int port = 0;

    Response get(const std::string &path, const QString &token = QString()) const;
    Response post(const std::string &path, const QByteArray &json, const QString &token = QString()) const;
    Response send(const std::string &method, const std::string &path, const QByteArray &body, const Headers &headers,
        const QString &token = QString()) const;

    void user(const QString &id, const QString &role);
    QString code(const QString &user);
    // Enrolls a device and returns its token (REQUIREs success).
    QString enroll(const QString &user, const QString &deviceId, const QByteArray &publicKey);
    // Moves head office's clock and every tablet's clock together.
    void advance(qint64 ms);
    std::vector<ManualClock *> clocks;
};

// A tablet with a real encrypted store, enrolled for a user.
struct Tablet {
    Tablet(Harness &h, const QString &user);
    Harness &h;
    QString user;
    test::TempStore temp;
    std::unique_ptr<Store> store;
    QString token;

    Event record(const QString &type, const QString &aggregate, const QJsonObject &payload);
    protocol::PushRequest pushRequest(const QList<Event> &events) const;
    Response push(const QList<Event> &events) const;
    // Pushes the whole outbox, REQUIREs 200 and marks what head office stored as sent.
    protocol::PushResponse pushOutbox();
    protocol::ChangesResponse pull(const QString &since = QString(), int limit = 0) const;
    // Every change, following `more` until the end.
    QList<protocol::Change> pullAll() const;
};

// A device made by hand with its own key: events with any tamper, signed or not.
struct FakeDevice {
    FakeDevice(Harness &h, const QString &user, const QString &id = QString());
    Harness &h;
    QString user;
    QString id;
    QByteArray seed;
    QByteArray publicKey;
    QString token;
    qint64 seq = 0;
    QString prev = GenesisHash;

    // The next event of the chain, hashed and signed (the chain head moves on).
    Event next(const QString &type, const QString &aggregate, const QJsonObject &payload);
    Event customer(const QString &customerId, const QString &name = QStringLiteral("山田商店"));
    Response push(const QList<Event> &events, qint64 sentAt = 0) const;
    QByteArray pushBody(const QList<Event> &events, qint64 sentAt = 0) const;
};

} // namespace kakunin::hqtest
