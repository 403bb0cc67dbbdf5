#include "tcpproxy.h"

#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QByteArrayList>

#include <openssl/ssl.h>

#include <chrono>
#include <list>
#include <stdexcept>
#include <vector>

namespace kakunin::test {

namespace {

using SteadyClock = std::chrono::steady_clock;
constexpr qsizetype MaxBuffered = 1 << 20;

void setNonBlocking(int fd)
{
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL, 0) | O_NONBLOCK);
}

sockaddr_in loopback(quint16 port)
{
    sockaddr_in a {};
    a.sin_family = AF_INET;
    a.sin_port = htons(port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return a;
}

// Writes what the socket takes now; the rest stays in the buffer.
bool flush(int fd, QByteArray &buffer)
{
    while (!buffer.isEmpty()) {
        const ssize_t n = ::send(fd, buffer.constData(), static_cast<size_t>(buffer.size()), MSG_NOSIGNAL);
        if (n > 0) {
            buffer.remove(0, n);
            continue;
        }
        return n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR);
    }
    return true;
}

void closeFd(int &fd)
{
    if (fd >= 0)
        ::close(fd);
    fd = -1;
}

} // namespace

struct TcpProxy::Conn {
    int client = -1;
    int server = -1;
    QByteArray up; // waiting to be written to the server
    QByteArray down; // waiting to be written to the tablet
    qint64 upCount = 0;
    qint64 downCount = 0;
    Fault fault;
    bool armed = false;
    SteadyClock::time_point stallUntil {};
    bool clientEof = false;
    bool serverEof = false;
    bool serverShut = false;
    bool clientShut = false;
    bool dead = false;
    bool blackhole = false; // server → tablet bytes are dropped

    void closeAll()
    {
        closeFd(client);
        closeFd(server);
        dead = true;
    }
};

TcpProxy::TcpProxy(quint16 upstreamPort, const QString &certFile, const QString &keyFile) : m_upstream(upstreamPort)
{
    if (!certFile.isEmpty()) {
        SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
        if (ctx == nullptr || SSL_CTX_use_certificate_chain_file(ctx, certFile.toLocal8Bit().constData()) != 1
            || SSL_CTX_use_PrivateKey_file(ctx, keyFile.toLocal8Bit().constData(), SSL_FILETYPE_PEM) != 1)
            throw std::runtime_error("tcpproxy: cannot load the certificate");
        m_ssl = ctx;
    }
    m_listen = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const int one = 1;
    setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in a = loopback(0);
    if (::bind(m_listen, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0 || ::listen(m_listen, 64) != 0)
        throw std::runtime_error("tcpproxy: cannot listen");
    socklen_t len = sizeof a;
    getsockname(m_listen, reinterpret_cast<sockaddr *>(&a), &len);
    m_port = ntohs(a.sin_port);
    setNonBlocking(m_listen);
    if (::pipe2(m_wake, O_CLOEXEC | O_NONBLOCK) != 0)
        throw std::runtime_error("tcpproxy: pipe");
    m_thread = std::thread([this] { run(); });
}

TcpProxy::~TcpProxy()
{
    m_stop.store(true);
    const char c = 'x';
    [[maybe_unused]] const ssize_t n = ::write(m_wake[1], &c, 1);
    m_thread.join();
    closeFd(m_listen);
    closeFd(m_wake[0]);
    closeFd(m_wake[1]);
    SSL_CTX_free(static_cast<SSL_CTX *>(m_ssl));
}

void TcpProxy::setFault(const Fault &fault, int connections)
{
    dropAll();
    std::lock_guard lock(m_mutex);
    m_fault = fault;
    m_faultConnections = connections;
}

void TcpProxy::dropAll()
{
    std::unique_lock lock(m_mutex);
    m_dropRequested = true;
    const char c = 'd';
    [[maybe_unused]] const ssize_t n = ::write(m_wake[1], &c, 1);
    m_dropped.wait(lock, [this] { return !m_dropRequested || m_stop.load(); });
}

QByteArray TcpProxy::httpError(int status, const char *code, const QByteArray &retryAfter)
{
    const QByteArray body
        = QByteArray("{\"error\":{\"code\":\"") + code + "\",\"message\":\"injected by the test proxy\"}}";
    const char *reason = status == 429 ? "Too Many Requests"
        : status == 503                ? "Service Unavailable"
                                       : "Internal Server Error";
    QByteArray r = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    r += "Content-Type: application/json\r\nConnection: close\r\n";
    if (!retryAfter.isEmpty())
        r += "Retry-After: " + retryAfter + "\r\n";
    r += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    return r;
}

// TLS ends here: read one request (headers and Content-Length body) and answer it, blocking. Used for one
// connection at a time in the tests, so blocking the proxy's thread briefly is fine.
void TcpProxy::respond(int client, const QByteArray &response)
{
    fcntl(client, F_SETFL, fcntl(client, F_GETFL, 0) & ~O_NONBLOCK);
    const timeval limit {5, 0};
    setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &limit, sizeof limit);
    setsockopt(client, SOL_SOCKET, SO_SNDTIMEO, &limit, sizeof limit);
    SSL *ssl = SSL_new(static_cast<SSL_CTX *>(m_ssl));
    SSL_set_fd(ssl, client);
    if (SSL_accept(ssl) == 1) {
        QByteArray request;
        char buf[16 * 1024];
        qsizetype needed = -1;
        for (;;) {
            const int n = SSL_read(ssl, buf, sizeof buf);
            if (n <= 0)
                break;
            request.append(buf, n);
            const qsizetype end = request.indexOf("\r\n\r\n");
            if (end >= 0 && needed < 0) {
                needed = end + 4;
                for (const QByteArray &line : request.left(end).split('\n'))
                    if (line.toLower().startsWith("content-length:"))
                        needed += line.mid(15).trimmed().toLongLong();
            }
            if (needed >= 0 && request.size() >= needed)
                break;
        }
        SSL_write(ssl, response.constData(), static_cast<int>(response.size()));
        SSL_shutdown(ssl);
    }
    SSL_free(ssl);
    ::close(client);
}

void TcpProxy::run()
{
    std::list<Conn> conns;
    std::vector<char> buf(64 * 1024);

    // Applies the armed fault when `count` bytes in `dir` reach its threshold; returns the bytes to forward.
    auto receive = [&](Conn &c, Direction dir, QByteArray data) {
        qint64 &count = dir == Direction::Up ? c.upCount : c.downCount;
        QByteArray &target = dir == Direction::Up ? c.up : c.down;
        if (dir == Direction::Down && c.blackhole) {
            count += data.size();
            return;
        }
        if (!c.armed || c.fault.direction != dir || count + data.size() < c.fault.afterBytes) {
            count += data.size();
            target += data;
            return;
        }
        const qint64 keep = std::max<qint64>(0, c.fault.afterBytes - count);
        target += data.left(keep);
        count += keep;
        c.armed = false;
        m_fired.fetch_add(1);
        switch (c.fault.action) {
        case Action::Close:
        case Action::Reset:
            flush(dir == Direction::Up ? c.server : c.client, target);
            if (c.fault.action == Action::Reset) {
                const linger hard {1, 0};
                setsockopt(c.client, SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
            }
            c.closeAll();
            return;
        case Action::Blackhole:
            c.blackhole = true;
            if (dir == Direction::Up)
                target += data.mid(keep);
            count += data.size() - keep;
            return;
        case Action::Stall:
            target += data.mid(keep);
            count += data.size() - keep;
            c.stallUntil = SteadyClock::now() + std::chrono::milliseconds(c.fault.stallMs);
            return;
        case Action::None:
        case Action::Refuse:
        case Action::Respond:
            target += data.mid(keep);
            count += data.size() - keep;
            return;
        }
    };

    while (!m_stop.load()) {
        const auto now = SteadyClock::now();
        std::vector<pollfd> fds {{m_listen, POLLIN, 0}, {m_wake[0], POLLIN, 0}};
        int timeoutMs = 500;
        for (Conn &c : conns) {
            const bool stalled = now < c.stallUntil;
            if (stalled)
                timeoutMs = std::min<int>(timeoutMs,
                    1
                        + static_cast<int>(
                            std::chrono::duration_cast<std::chrono::milliseconds>(c.stallUntil - now).count()));
            short ce = 0;
            short se = 0;
            if (!stalled) {
                if (!c.clientEof && c.up.size() < MaxBuffered)
                    ce |= POLLIN;
                if (!c.down.isEmpty())
                    ce |= POLLOUT;
                if (!c.serverEof && c.down.size() < MaxBuffered)
                    se |= POLLIN;
                if (!c.up.isEmpty())
                    se |= POLLOUT;
            }
            fds.push_back({c.client, ce, 0});
            fds.push_back({c.server, se, 0});
        }
        if (::poll(fds.data(), fds.size(), timeoutMs) < 0 && errno != EINTR)
            break;
        if (m_stop.load())
            break;

        size_t i = 2;
        for (Conn &c : conns) {
            const short cr = fds[i].revents;
            const short sr = fds[i + 1].revents;
            i += 2;
            if (c.dead || SteadyClock::now() < c.stallUntil)
                continue;
            // Tablet → server.
            if ((cr & (POLLIN | POLLHUP | POLLERR)) != 0 && !c.clientEof) {
                const ssize_t n = ::recv(c.client, buf.data(), buf.size(), 0);
                if (n > 0)
                    receive(c, Direction::Up, QByteArray(buf.data(), n));
                else if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR))
                    c.clientEof = true;
            }
            if (c.dead)
                continue;
            // Server → tablet.
            if ((sr & (POLLIN | POLLHUP | POLLERR)) != 0 && !c.serverEof) {
                const ssize_t n = ::recv(c.server, buf.data(), buf.size(), 0);
                if (n > 0)
                    receive(c, Direction::Down, QByteArray(buf.data(), n));
                else if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR))
                    c.serverEof = true;
            }
            if (c.dead)
                continue;
            if (SteadyClock::now() >= c.stallUntil) {
                if (!flush(c.server, c.up) || !flush(c.client, c.down)) {
                    c.closeAll();
                    continue;
                }
            }
            // Pass half-closes on once everything before them has been delivered.
            if (c.clientEof && c.up.isEmpty() && !c.serverShut) {
                ::shutdown(c.server, SHUT_WR);
                c.serverShut = true;
            }
            if (c.serverEof && c.down.isEmpty() && !c.clientShut) {
                ::shutdown(c.client, SHUT_WR);
                c.clientShut = true;
            }
            if ((c.clientEof && c.serverEof && c.up.isEmpty() && c.down.isEmpty())
                || (c.clientEof && c.serverShut && c.serverEof) || (c.serverEof && c.clientShut && c.clientEof))
                c.closeAll();
        }
        conns.remove_if([](const Conn &c) { return c.dead; });

        if ((fds[1].revents & POLLIN) != 0) {
            char drain[16];
            while (::read(m_wake[0], drain, sizeof drain) > 0) { }
        }
        {
            std::lock_guard lock(m_mutex);
            if (m_dropRequested) {
                for (Conn &c : conns)
                    c.closeAll();
                conns.clear();
                m_dropRequested = false;
                m_dropped.notify_all();
            }
        }
        if ((fds[0].revents & POLLIN) != 0) {
            for (;;) {
                const int client = ::accept4(m_listen, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
                if (client < 0)
                    break;
                m_accepted.fetch_add(1);
                Fault fault;
                {
                    std::lock_guard lock(m_mutex);
                    if (m_faultConnections > 0) {
                        fault = m_fault;
                        --m_faultConnections;
                    }
                }
                if (fault.action == Action::Refuse) {
                    m_fired.fetch_add(1);
                    ::close(client);
                    continue;
                }
                if (fault.action == Action::Respond && m_ssl != nullptr) {
                    m_fired.fetch_add(1);
                    respond(client, fault.response);
                    continue;
                }
                const int server = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
                sockaddr_in a = loopback(m_upstream.load());
                if (server < 0 || ::connect(server, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0) {
                    // The server is down: the tablet sees the connection closed at once.
                    if (server >= 0)
                        ::close(server);
                    ::close(client);
                    continue;
                }
                setNonBlocking(server);
                const int one = 1;
                setsockopt(server, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
                setsockopt(client, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
                Conn &c = conns.emplace_back();
                c.client = client;
                c.server = server;
                c.fault = fault;
                c.armed = fault.action != Action::None;
            }
        }
    }
    for (Conn &c : conns)
        c.closeAll();
    std::lock_guard lock(m_mutex);
    m_dropRequested = false;
    m_dropped.notify_all();
}

} // namespace kakunin::test
