#pragma once

#include "transport.h"

#include <QStringList>
#include <QThread>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace kakunin {
class Clock;
}

namespace kakunin::syncclient {

struct CurlOptions {
    QString baseUrl; // "https://hq.example.jp:8443"; only https is allowed
    // Base64 SHA-256 of the server's SubjectPublicKeyInfo ("sha256//" in front is allowed): the current key
    // first, then the backup key (the one head office will roll to). Empty: no pinning, the CA chain alone
    // (development only).
    QStringList pins;
    QString caFile; // PEM file with the CA that issued the server certificate; empty: the system's CAs
    qint64 connectTimeoutMs = 10'000;
    long lowSpeedLimitBytes = 64; // abort when slower than this ...
    long lowSpeedTimeS = 20; // ... for this many seconds
    qint64 totalTimeoutMs = 120'000; // one exchange never takes longer than this
    bool verifyHost = true;
    QByteArray userAgent = "kakunin-tablet";
    const Clock *clock = nullptr; // for Retry-After dates; the system clock when null
};

// The real transport: libcurl, TLS 1.2 or newer, public-key pinning with a backup pin, connect and
// low-speed timeouts, gzip request bodies, compressed answers accepted. The connections stay open between
// the requests of one sync (one per exchange that runs at the same time); after a failure or a non-2xx answer
// the next request starts on new ones.
class CurlTransport final : public Transport {
public:
    explicit CurlTransport(CurlOptions options);
    ~CurlTransport() override;
    CurlTransport(const CurlTransport &) = delete;
    CurlTransport &operator=(const CurlTransport &) = delete;

    HttpResponse send(const HttpRequest &request) override;
    int start(const HttpRequest &request) override;
    std::pair<int, HttpResponse> finished() override;
    // Thread-safe: the exchange in progress (if any) and every later one end with Cancelled.
    void cancel() { m_cancelled.store(true); }
    const CurlOptions &options() const { return m_options; }
    // The thread that ran the last exchange (null before the first): tests prove it is never the UI thread.
    QThread *lastThread() const { return m_lastThread.load(); }

    // "sha256//current;sha256//backup", as CURLOPT_PINNEDPUBLICKEY wants it.
    static QByteArray pinnedKeyOption(const QStringList &pins);

    void endRun() override { freshConnection(); }

    // TLS handshakes of the exchanges so far, and how many resumed a session of an earlier connection.
    struct TlsCounts {
        int handshakes = 0;
        int resumed = 0;
    };
    TlsCounts tlsCounts() const { return m_tls; }

private:
    struct Prepared;
    struct Flight;
    struct Handle;
    struct Sessions;
    bool prepare(void *curl, const HttpRequest &request, Prepared &p);
    bool finish(void *curl, Prepared &p);
    HttpResponse await(int ticket);
    std::pair<int, HttpResponse> take(std::optional<int> ticket);
    void end(void *curl, int rc);
    void freshConnection();
    CurlOptions m_options;
    std::unique_ptr<Sessions> m_sessions; // before m_handle: the handles' easy handles use it
    std::unique_ptr<Handle> m_handle;
    TlsCounts m_tls;
    std::vector<Flight> m_flights; // exchanges under way
    bool m_stale = false; // a failed exchange: new connections once nothing is in flight
    std::atomic_bool m_cancelled {false};
    std::atomic<QThread *> m_lastThread {nullptr};
};

} // namespace kakunin::syncclient
