#pragma once
// The real head office for the sync tests: kakunin-hq as a child process serving HTTPS on loopback with a
// certificate made for the test, its admin command, and tablets that talk to it through the real
// CurlTransport.

#include <client/curltransport.h>
#include <client/syncengine.h>

#include <core/clock.h>
#include <core/random.h>
#include <store/store.h>

#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

#include <memory>

namespace kakunin::test {

// A self-signed EC P-256 certificate for localhost / 127.0.0.1 (its own CA), as PEM files in `dir`.
struct TlsIdentity {
    QString certFile;
    QString keyFile;
    QString pin; // base64 SHA-256 of the SubjectPublicKeyInfo, as CURLOPT_PINNEDPUBLICKEY wants
};
TlsIdentity makeTlsIdentity(const QString &dir, const QString &name);

class HqServer {
public:
    HqServer(); // a fresh data folder and two identities: `identity()` and `otherIdentity()`
    // The head office of the CTest fixture `hq_server` (tests/headoffice/hq_test_server.sh, users rep-001,
    // rep-002, inst-001, hq-call-001, hq-admin), shared by every test that needs no private server: it cannot
    // be started, stopped or killed from here. Fails the test when the fixture's env file is missing.
    static std::unique_ptr<HqServer> shared();
    ~HqServer();
    HqServer(const HqServer &) = delete;
    HqServer &operator=(const HqServer &) = delete;

    // Serves on `port` (0: any free one) with the given identity.
    void start(const TlsIdentity *id = nullptr, quint16 port = 0);
    void kill(); // SIGKILL: no goodbye, no flush
    void stop(); // SIGTERM
    // Same data and identity on a new free port (tests run in parallel: the old port may be taken by now);
    // tablets reach it through a TcpProxy whose upstream port follows.
    void restart() { start(m_current, 0); }
    bool running() const { return m_shared || (m_process && m_process->state() == QProcess::Running); }
    bool isShared() const { return m_shared; }
    qint64 pid() const { return m_process ? m_process->processId() : 0; }
    quint16 port() const { return m_port; }

    // Runs `kakunin-hq admin ARGS --data-dir DIR`; fails the test unless it exits 0. Returns stdout.
    QString admin(const QStringList &args) const;
    QString createUser(const QString &id, const QString &role) const;
    QString issueCode(const QString &user) const;
    // storedUpTo and headHash of a device, from `admin list-devices`.
    std::pair<qint64, QString> deviceHead(const QString &deviceId) const;

    const TlsIdentity &identity() const { return m_identity; }
    const TlsIdentity &otherIdentity() const { return m_other; }
    // The options a tablet uses: base URL (directly or through a proxy port), the current pin plus a backup
    // pin, the CA file, and timeouts short enough for tests.
    syncclient::CurlOptions curlOptions(quint16 viaPort = 0) const;
    QString dataDir() const { return m_shared ? m_sharedData : m_dir.filePath(QStringLiteral("hq")); }

private:
    struct SharedTag { };
    explicit HqServer(SharedTag);
    bool m_shared = false;
    QString m_sharedData;
    QString m_backupPin = QStringLiteral("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="); // a key nobody holds
    QTemporaryDir m_dir;
    TlsIdentity m_identity;
    TlsIdentity m_other;
    const TlsIdentity *m_current = nullptr;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

// A tablet: its store (keyed with a raw key, so a child process can open it too), the app's connection,
// and a SyncEngine with the real CurlTransport on its own connection.
struct Tablet {
    QTemporaryDir dir;
    ManualClock clock; // starts at the real time: head office compares clocks
    SeededRandom random;
    QByteArray rawKey;
    std::unique_ptr<Store> store;
    std::unique_ptr<syncclient::SyncEngine> engine;
    QString userId;

    explicit Tablet(const QByteArray &seed = "tablet");
    StoreOptions options() const;
    // Makes the engine (after the store exists) talking to `curl`.
    void connect(const syncclient::CurlOptions &curl, syncclient::SyncOptions sync = {});
    void enroll(HqServer &hq, const QString &userId);
    // Records `n` customer events (a new customer, then updates): valid for head office's rules.
    void recordCustomerEvents(int n, const QString &customer);
};

syncclient::SyncOptions fastSyncOptions(); // small batches, short backoff

// Reads what head office holds of one device's chain through the protocol, as another tablet of the same
// user sees it (the rep sees every event of their customers, from any device): GET /v1/changes with the
// real CurlTransport. check() pulls what is new since the last check and fails the test unless the
// device's events continue the chain exactly once each, in seq order, each hash and signature valid, up to
// the expected head.
class FeedChecker {
public:
    FeedChecker(HqServer &hq, const QString &userId);
    void check(const QString &device, const QByteArray &publicKey, qint64 headSeq, const QString &headHash);
    qint64 seen() const { return m_seq; }

private:
    HqServer &m_hq;
    Tablet m_reader;
    std::unique_ptr<syncclient::CurlTransport> m_transport; // kept: one TLS connection while the port holds
    quint16 m_port = 0;
    QString m_cursor;
    qint64 m_seq = 0;
    QString m_hash = GenesisHash;
    QSet<QString> m_ids;
};

} // namespace kakunin::test
