#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace kakunin::test {

// A TCP proxy on 127.0.0.1 between the tablet's CurlTransport and kakunin-hq, for fault tests: it passes
// TLS through untouched, and can drop, reset, stall or truncate a connection after a chosen number of bytes
// in either direction. With the server's certificate and key it can also answer a request itself (TLS ends
// in the proxy, the request never reaches the server): 500, 503 or 429 with Retry-After. One thread,
// non-blocking sockets, poll().
class TcpProxy {
public:
    enum class Direction { Up, Down }; // Up: tablet → server (requests), Down: server → tablet (answers)
    enum class Action {
        None,
        Close, // both sides closed cleanly (FIN) once the threshold is reached
        Reset, // the tablet's side reset (RST), the server's side closed
        Stall, // nothing moves for stallMs (longer than the low-speed limit: a timeout)
        Refuse, // the connection is closed as soon as it is accepted
        Respond, // TLS is accepted by the proxy, the request read, and `response` (raw HTTP) sent back
        Blackhole, // once `afterBytes` went in `direction`, whatever the server sends is dropped: the request
                   // arrives, its answer never does
    };
    struct Fault {
        Action action = Action::None;
        Direction direction = Direction::Up;
        qint64 afterBytes = 0; // forwarded in `direction` before the action
        int stallMs = 0;
        QByteArray response; // Respond: the whole HTTP answer
    };
    // A raw HTTP/1.1 answer with a JSON error body in the protocol's form, and Retry-After when given.
    static QByteArray httpError(int status, const char *code, const QByteArray &retryAfter = QByteArray());

    // certFile/keyFile: the server's identity, needed only for Respond.
    explicit TcpProxy(quint16 upstreamPort, const QString &certFile = QString(), const QString &keyFile = QString());
    ~TcpProxy();
    TcpProxy(const TcpProxy &) = delete;
    TcpProxy &operator=(const TcpProxy &) = delete;

    quint16 port() const { return m_port; }
    // The fault for the next `connections` connections accepted; later ones pass untouched. Open
    // connections are closed first (dropAll), so the tablet's next request opens a connection that has it.
    void setFault(const Fault &fault, int connections = 1);
    // Closes every open connection and returns once they are closed (call between requests, not during one).
    void dropAll();
    void clearFault() { setFault({}, 0); }
    void setUpstreamPort(quint16 port) { m_upstream.store(port); }
    int accepted() const { return m_accepted.load(); }
    int faultsFired() const { return m_fired.load(); }

private:
    struct Conn;
    void run();
    void respond(int client, const QByteArray &response);

    quint16 m_port = 0;
    std::atomic<quint16> m_upstream;
    int m_listen = -1;
    int m_wake[2] = {-1, -1};
    std::mutex m_mutex;
    Fault m_fault;
    int m_faultConnections = 0;
    std::atomic_int m_accepted {0};
    std::atomic_int m_fired {0};
    std::atomic_bool m_stop {false};
    void *m_ssl = nullptr; // SSL_CTX, for Respond
    bool m_dropRequested = false; // under m_mutex
    std::condition_variable m_dropped;
    std::thread m_thread;
};

} // namespace kakunin::test
