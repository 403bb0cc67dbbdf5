#pragma once
// The HTTPS front of the sync API (docs/sync-protocol.md): cpp-httplib with a thread pool, TLS 1.2+, the
// limits of protocol::limits, and every failure answered as {"error": {"code", "message"}}.

#include <protocol/protocol.h>

#include <QString>

#include <memory>

namespace kakunin::hq {

class HqService;

struct ServerOptions {
    QString host = QStringLiteral("127.0.0.1");
    int port = 8443; // 0: any free port (see HttpServer::port())
    QString certFile; // PEM certificate chain
    QString keyFile; // PEM private key
    int threads = 8;
    int readTimeoutSeconds = protocol::limits::ReadTimeoutSeconds; // a request must arrive within this
    bool log = false; // one line per request on stderr
};

class HttpServer {
public:
    HttpServer(HqService &service, ServerOptions options);
    ~HttpServer();
    HttpServer(const HttpServer &) = delete;
    HttpServer &operator=(const HttpServer &) = delete;

    bool bind(); // loads certificate and key, binds; false with error()
    int port() const;
    void serve(); // blocks until stop()
    void stop();
    QString error() const;

    struct Private;

private:
    std::unique_ptr<Private> d;
};

} // namespace kakunin::hq
