#include "httpserver.h"

#include "console/routes.h"
#include "hqservice.h"
#include "sessiontickets.h"

#include <protocol/gzip.h>
#include <protocol/messages.h>

#include <httplib.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/ssl.h>

#include <QElapsedTimer>

#include <sys/socket.h>

#include <cstdio>
#include <cstring>

namespace kakunin::hq {

using protocol::ApiError;
using protocol::ErrorCode;
namespace limits = protocol::limits;
namespace path = protocol::path;

namespace {

// Set by the pre-routing handler when the body arrives gzip-compressed: the server inflates it itself,
// bounded, instead of letting the HTTP layer inflate without a limit.
constexpr char GzipMarker[] = "X-Kakunin-Gzip-Body";

constexpr size_t MinCompressedAnswerBytes = 1024;

std::string s(const QByteArray &b)
{
    return b.toStdString();
}

void sendJson(httplib::Response &res, int status, const QByteArray &body)
{
    res.status = status;
    res.set_content(s(body), protocol::header::Json);
}

void sendError(httplib::Response &res, const ApiError &e)
{
    const int status = protocol::httpStatus(e.code);
    if (status == 503 || status == 429)
        res.set_header(protocol::header::RetryAfter, "2");
    sendJson(res, status, protocol::encodeError(e));
}

void sendError(httplib::Response &res, ErrorCode code, const QString &message, const QString &field = QString())
{
    sendError(res, ApiError::make(code, message, field));
}

template <typename T> void answer(httplib::Response &res, const ApiResult<T> &r, int okStatus = 200)
{
    if (r)
        sendJson(res, okStatus, protocol::encode(r.value()));
    else
        sendError(res, r.error());
}

void sendDecodeError(httplib::Response &res, const protocol::DecodeError &e)
{
    ApiError a = ApiError::make(e.code, QStringLiteral("the request body is refused"), e.field);
    a.detail = e.detail;
    sendError(res, a);
}

QString header(const httplib::Request &req, const char *name)
{
    return QString::fromStdString(req.get_header_value(name));
}

// The method an endpoint answers, or nullptr for a path that is no endpoint.
const char *methodOf(const std::string &p)
{
    static const std::pair<const char *, const char *> endpoints[]
        = {{path::Health, "GET"}, {path::Enroll, "POST"}, {path::Events, "POST"}, {path::Changes, "GET"},
            {path::Device, "GET"}, {path::WipeAck, "POST"}, {path::TokenRefresh, "POST"}};
    for (const auto &[known, method] : endpoints)
        if (p == known)
            return method;
    return p.rfind(path::BlobPrefix, 0) == 0 ? "PUT" : nullptr;
}

ErrorCode codeForStatus(int status)
{
    switch (status) {
    case 404:
        return ErrorCode::NotFound;
    case 405:
        return ErrorCode::MethodNotAllowed;
    case 408:
        return ErrorCode::RequestTimeout;
    case 413:
        return ErrorCode::BodyTooLarge;
    case 414:
        return ErrorCode::UriTooLong;
    case 415:
        return ErrorCode::UnsupportedMediaType;
    case 431:
        return ErrorCode::HeadersTooLarge;
    case 503:
        return ErrorCode::Unavailable;
    default:
        return status >= 500 ? ErrorCode::InternalError : ErrorCode::MalformedRequest;
    }
}

struct Body {
    QByteArray data;
    std::optional<ApiError> error;
};

// Reads the body through the content reader, never more than `max` bytes, inflating gzip bodies bounded.
Body readBody(const httplib::Request &req, const httplib::ContentReader &reader, qint64 max, ErrorCode tooLarge,
    int timeoutSeconds)
{
    Body b;
    const auto expected = req.get_header_value_count("Content-Length") > 0
        ? std::strtoll(req.get_header_value("Content-Length").c_str(), nullptr, 10)
        : -1;
    // Bytes past the limit are read and dropped (the HTTP layer itself drains bodies over MaxBodyBytes), so
    // the client, still sending, gets to read the answer.
    bool over = expected > max;
    if (expected > 2 * limits::MaxBodyBytes) { // not worth draining: answer and close
        b.error = ApiError::make(tooLarge, QStringLiteral("the body is over %1 bytes").arg(max));
        return b;
    }
    const bool ok = reader([&](const char *data, size_t n) {
        if (over || b.data.size() + static_cast<qint64>(n) > max) {
            over = true;
            return true;
        }
        b.data.append(data, static_cast<qsizetype>(n));
        return true;
    });
    if (over) {
        b.error = ApiError::make(tooLarge, QStringLiteral("the body is over %1 bytes").arg(max));
        return b;
    }
    if (!ok) {
        if (expected < 0 || b.data.size() < expected)
            b.error = ApiError::make(
                ErrorCode::RequestTimeout, QStringLiteral("the body did not arrive within %1 s").arg(timeoutSeconds));
        else
            b.error = ApiError::make(ErrorCode::MalformedRequest, QStringLiteral("the body could not be read"));
        return b;
    }
    if (req.has_header(GzipMarker)) {
        auto inflated = protocol::gzipDecompress(b.data, max);
        if (!inflated) {
            b.error = inflated.error() == protocol::GzipError::TooLarge
                ? ApiError::make(tooLarge, QStringLiteral("the inflated body is over %1 bytes").arg(max))
                : ApiError::make(ErrorCode::UnsupportedEncoding, QStringLiteral("the gzip body does not inflate"));
            return b;
        }
        b.data = std::move(inflated).value();
    }
    return b;
}

bool hasContentType(const httplib::Request &req, const char *type)
{
    const QString ct = header(req, protocol::header::ContentType).trimmed().toLower();
    const QString want = QLatin1String(type);
    return ct == want || ct.startsWith(want + QLatin1Char(';'));
}

} // namespace

struct HttpServer::Private {
    HqService &service;
    ServerOptions options;
    std::unique_ptr<httplib::SSLServer> server;
    int port = 0;
    int listenSocket = -1; // the last socket cpp-httplib bound: the one that listens once bind succeeded
    QString error;
    std::optional<SessionTicketKeys> tickets;

    static int ticketIndex()
    {
        static const int index = SSL_CTX_get_ex_new_index(0, nullptr, nullptr, nullptr, nullptr);
        return index;
    }

    // OpenSSL's session-ticket callback: seals a new ticket (enc 1) with this period's key, or opens one (enc 0)
    // with the key its name picks. 0 on opening: not ours or too old, so the handshake is a full one.
    static int sealOrOpenTicket(
        SSL *ssl, unsigned char *name, unsigned char *iv, EVP_CIPHER_CTX *cipher, EVP_MAC_CTX *mac, int enc)
    {
        const auto *d = static_cast<const Private *>(SSL_CTX_get_ex_data(SSL_get_SSL_CTX(ssl), ticketIndex()));
        if (d == nullptr || !d->tickets)
            return enc == 1 ? -1 : 0;
        const qint64 now = d->service.clock().utcMs() / 1000;
        std::optional<SessionTicketKeys::Key> key;
        int opened = 1;
        if (enc == 1) {
            key = d->tickets->current(now);
            std::memcpy(name, key->name.constData(), SessionTicketKeys::NameBytes);
            if (RAND_bytes(iv, EVP_CIPHER_get_iv_length(EVP_aes_256_cbc())) != 1)
                return -1;
        } else {
            key = d->tickets->find(QByteArray(reinterpret_cast<const char *>(name), SessionTicketKeys::NameBytes), now);
            if (!key)
                return 0;
            opened = 2; // a new ticket for every resumption: a TLS 1.3 client uses each ticket once
        }
        char digest[] = "SHA256";
        const OSSL_PARAM params[] = {OSSL_PARAM_construct_octet_string(OSSL_MAC_PARAM_KEY, key->macKey.data(),
                                         static_cast<size_t>(key->macKey.size())),
            OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0), OSSL_PARAM_construct_end()};
        if (EVP_MAC_CTX_set_params(mac, params) != 1)
            return -1;
        const auto *k = reinterpret_cast<const unsigned char *>(key->cipherKey.constData());
        const int ok = enc == 1 ? EVP_EncryptInit_ex(cipher, EVP_aes_256_cbc(), nullptr, k, iv)
                                : EVP_DecryptInit_ex(cipher, EVP_aes_256_cbc(), nullptr, k, iv);
        return ok == 1 ? opened : -1;
    }

    // TLS session resumption on any process of this database (SessionTicketKeys): one ticket per handshake, valid
    // for a ticket period.
    void resumableSessions()
    {
        SSL_CTX *ctx = server->ssl_context();
        tickets.emplace(service.sessionTicketSecret());
        SSL_CTX_set_ex_data(ctx, ticketIndex(), this);
        SSL_CTX_set_tlsext_ticket_key_evp_cb(ctx, sealOrOpenTicket);
        SSL_CTX_set_num_tickets(ctx, 1);
        SSL_CTX_set_timeout(ctx, SessionTicketKeys::PeriodSeconds);
    }

    // The HTTP layer gzips every JSON answer a client accepts gzip for. Below a kilobyte that saves no packet and
    // costs both ends a compressor's state, so such answers go plain: the accepted encodings are taken off the
    // request, which is ours (httplib hands it out const), as the pre-routing handler does with Content-Encoding.
    static void leaveSmallAnswersPlain(const httplib::Request &req, httplib::Response &res)
    {
        if (res.body.size() < MinCompressedAnswerBytes)
            const_cast<httplib::Request &>(req).headers.erase("Accept-Encoding");
    }

    // Runs a handler; database trouble is answered 503 (clients retry), anything else 500.
    template <typename F> void guarded(const httplib::Request &req, httplib::Response &res, F &&f)
    {
        try {
            f();
        } catch (const SqlError &e) {
            std::fprintf(stderr, "kakunin-hq: database: %s\n", e.what());
            sendError(res, e.kind() == SqlError::Kind::Unavailable ? ErrorCode::Unavailable : ErrorCode::InternalError,
                e.kind() == SqlError::Kind::Unavailable ? QStringLiteral("the database is unavailable")
                                                        : QStringLiteral("internal error"));
        } catch (const std::exception &e) {
            std::fprintf(stderr, "kakunin-hq: %s\n", e.what());
            sendError(res, ErrorCode::InternalError, QStringLiteral("internal error"));
        }
        leaveSmallAnswersPlain(req, res);
    }

    std::optional<DeviceAuth> auth(const httplib::Request &req, httplib::Response &res, bool allowWipe = false)
    {
        auto a = service.authenticate(header(req, protocol::header::Authorization), allowWipe);
        if (!a) {
            sendError(res, a.error());
            return std::nullopt;
        }
        return a.value();
    }

    // A JSON body for a JSON endpoint, or the error already sent.
    std::optional<QByteArray> jsonBody(
        const httplib::Request &req, httplib::Response &res, const httplib::ContentReader &reader)
    {
        if (!hasContentType(req, protocol::header::Json)) {
            sendError(res, ErrorCode::UnsupportedMediaType, QStringLiteral("send application/json"));
            return std::nullopt;
        }
        Body b = readBody(req, reader, limits::MaxBodyBytes, ErrorCode::BodyTooLarge, options.readTimeoutSeconds);
        if (b.error) {
            sendError(res, *b.error);
            return std::nullopt;
        }
        return b.data;
    }

    void routes()
    {
        httplib::SSLServer &svr = *server;
        svr.Get(path::Health, [this](const httplib::Request &req, httplib::Response &res) {
            guarded(req, res, [&] { sendJson(res, 200, protocol::encode(service.health())); });
        });

        svr.Post(path::Enroll,
            [this](const httplib::Request &req, httplib::Response &res, const httplib::ContentReader &reader) {
                guarded(req, res, [&] {
                    const auto body = jsonBody(req, res, reader);
                    if (!body)
                        return;
                    const auto m = protocol::decodeEnrollRequest(*body);
                    if (!m)
                        return sendDecodeError(res, m.error());
                    answer(res, service.enroll(m.value()), 201);
                });
            });

        svr.Post(path::Events,
            [this](const httplib::Request &req, httplib::Response &res, const httplib::ContentReader &reader) {
                guarded(req, res, [&] {
                    const auto a = auth(req, res);
                    if (!a)
                        return;
                    const auto body = jsonBody(req, res, reader);
                    if (!body)
                        return;
                    const auto m = protocol::decodePushRequest(*body);
                    if (!m)
                        return sendDecodeError(res, m.error());
                    answer(res, service.push(*a, m.value()));
                });
            });

        svr.Put(R"(/v1/blobs/([^/]*))",
            [this](const httplib::Request &req, httplib::Response &res, const httplib::ContentReader &reader) {
                guarded(req, res, [&] {
                    const auto a = auth(req, res);
                    if (!a)
                        return;
                    if (!hasContentType(req, protocol::header::OctetStream))
                        return sendError(
                            res, ErrorCode::UnsupportedMediaType, QStringLiteral("send application/octet-stream"));
                    const Body b = readBody(
                        req, reader, limits::MaxBlobBytes, ErrorCode::BlobTooLarge, options.readTimeoutSeconds);
                    if (b.error)
                        return sendError(res, *b.error);
                    const auto r = service.putBlob(*a, QString::fromStdString(req.matches[1]), b.data);
                    answer(res, r, r && r->created ? 201 : 200);
                });
            });

        svr.Post(path::Blobs,
            [this](const httplib::Request &req, httplib::Response &res, const httplib::ContentReader &reader) {
                guarded(req, res, [&] {
                    const auto a = auth(req, res);
                    if (!a)
                        return;
                    const QByteArray contentType = QByteArray::fromStdString(req.get_header_value("Content-Type"));
                    if (!contentType.trimmed().toLower().startsWith("multipart/mixed"))
                        return sendError(res, ErrorCode::UnsupportedMediaType, QStringLiteral("send multipart/mixed"));
                    const Body b = readBody(
                        req, reader, limits::MaxBodyBytes, ErrorCode::BodyTooLarge, options.readTimeoutSeconds);
                    if (b.error)
                        return sendError(res, *b.error);
                    const auto parts = protocol::decodeBlobBatch(contentType, b.data);
                    if (!parts)
                        return sendDecodeError(res, parts.error());
                    answer(res, service.putBlobs(*a, parts.value()));
                });
            });

        svr.Get(path::Changes, [this](const httplib::Request &req, httplib::Response &res) {
            guarded(req, res, [&] {
                const auto a = auth(req, res);
                if (!a)
                    return;
                int limit = 0;
                if (req.has_param("limit")) {
                    bool ok = false;
                    limit = QString::fromStdString(req.get_param_value("limit")).toInt(&ok);
                    if (!ok || limit < 1)
                        return sendError(res, ErrorCode::InvalidField, QStringLiteral("limit is a positive integer"),
                            QStringLiteral("limit"));
                }
                answer(res, service.changes(*a, QString::fromStdString(req.get_param_value("since")), limit));
            });
        });

        svr.Get(path::Device, [this](const httplib::Request &req, httplib::Response &res) {
            guarded(req, res, [&] {
                if (const auto a = auth(req, res))
                    answer(res, service.deviceStatus(*a));
            });
        });

        svr.Post(path::WipeAck,
            [this](const httplib::Request &req, httplib::Response &res, const httplib::ContentReader &reader) {
                guarded(req, res, [&] {
                    const auto a = auth(req, res, true);
                    if (!a)
                        return;
                    const auto body = jsonBody(req, res, reader);
                    if (!body)
                        return;
                    const auto m = protocol::decodeWipeAck(*body);
                    if (!m)
                        return sendDecodeError(res, m.error());
                    answer(res, service.wipeAck(*a, m.value()));
                });
            });

        svr.Post(path::TokenRefresh,
            [this](const httplib::Request &req, httplib::Response &res, const httplib::ContentReader &reader) {
                guarded(req, res, [&] {
                    const auto a = auth(req, res);
                    if (!a)
                        return;
                    if (!jsonBody(req, res, reader))
                        return;
                    answer(res, service.refreshToken(*a));
                });
            });

        console::addRoutes(svr, service); // the web console under /console (headoffice/console, docs/console.md)
    }

    void hooks()
    {
        httplib::SSLServer &svr = *server;
        svr.set_pre_routing_handler([](const httplib::Request &req, httplib::Response &res) {
            using H = httplib::Server::HandlerResponse;
            if (req.target.size() > static_cast<size_t>(limits::MaxUriLength)) {
                sendError(res, ErrorCode::UriTooLong, QStringLiteral("the URI is too long"));
                return H::Handled;
            }
            qint64 headerBytes = 0;
            for (const auto &[name, value] : req.headers)
                headerBytes += static_cast<qint64>(name.size() + value.size());
            if (req.headers.size() > static_cast<size_t>(limits::MaxHeaderCount)
                || headerBytes > limits::MaxHeaderBytes) {
                sendError(res, ErrorCode::HeadersTooLarge, QStringLiteral("too many or too large headers"));
                return H::Handled;
            }
            const QString encoding = header(req, protocol::header::ContentEncoding).trimmed().toLower();
            if (!encoding.isEmpty() && encoding != QLatin1String("identity") && encoding != QLatin1String("gzip")) {
                sendError(res, ErrorCode::UnsupportedEncoding, QStringLiteral("bodies are plain or gzip"));
                return H::Handled;
            }
            if (encoding == QLatin1String("gzip")) {
                // The request object is ours (httplib hands it out const): move the encoding aside so the HTTP
                // layer passes the compressed bytes through and readBody() inflates them within the limit.
                auto &mutableReq = const_cast<httplib::Request &>(req);
                mutableReq.headers.erase(protocol::header::ContentEncoding);
                mutableReq.headers.emplace(GzipMarker, "1");
            }
            return H::Unhandled;
        });

        // Answers of the HTTP layer itself (no route, body over the limit, unreadable request) get a JSON body;
        // answers a handler already wrote are left alone.
        svr.set_error_handler(
            httplib::Server::HandlerWithResponse([](const httplib::Request &req, httplib::Response &res) {
                using H = httplib::Server::HandlerResponse;
                if (!res.body.empty())
                    return H::Handled;
                int status = res.status;
                if (const char *method = methodOf(req.path); method && req.method != method && status < 500) {
                    status = 405;
                    res.set_header("Allow", method);
                }
                sendError(res, codeForStatus(status), QStringLiteral("HTTP %1").arg(status));
                res.status = status;
                return H::Handled;
            }));

        svr.set_exception_handler([](const httplib::Request &, httplib::Response &res, std::exception_ptr) {
            sendError(res, ErrorCode::InternalError, QStringLiteral("internal error"));
        });

        if (options.log)
            svr.set_logger([](const httplib::Request &req, const httplib::Response &res) {
                std::fprintf(stderr, "%s %s %d\n", req.method.c_str(), req.path.c_str(), res.status);
            });
    }
};

HttpServer::HttpServer(HqService &service, ServerOptions options) : d(std::make_unique<Private>(service, options)) { }

HttpServer::~HttpServer()
{
    stop();
}

bool HttpServer::bind()
{
    d->server = std::make_unique<httplib::SSLServer>(
        d->options.certFile.toLocal8Bit().constData(), d->options.keyFile.toLocal8Bit().constData());
    if (!d->server->is_valid()) {
        d->error = QStringLiteral("cannot load the TLS certificate %1 and key %2")
                       .arg(d->options.certFile, d->options.keyFile);
        return false;
    }
    SSL_CTX_set_min_proto_version(d->server->ssl_context(), TLS1_2_VERSION);
    d->resumableSessions();
    const int threads = std::max(1, d->options.threads);
    d->server->new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
    d->server->set_payload_max_length(static_cast<size_t>(limits::MaxBodyBytes));
    d->server->set_read_timeout(d->options.readTimeoutSeconds, 0);
    d->server->set_write_timeout(limits::WriteTimeoutSeconds, 0);
    d->server->set_keep_alive_timeout(limits::KeepAliveSeconds);
    d->server->set_tcp_nodelay(true); // small answers go out at once, not after the peer's delayed ACK
    d->server->set_keep_alive_max_count(1000); // a tablet's sync run (blobs, pushes, pulls) on one connection
    d->hooks();
    d->routes();
    d->server->set_socket_options([this](socket_t sock) {
        httplib::default_socket_options(sock);
        d->listenSocket = sock;
    });
    const std::string host = d->options.host.toStdString();
    if (d->options.port == 0) {
        d->port = d->server->bind_to_any_port(host);
    } else {
        d->port = d->server->bind_to_port(host, d->options.port) ? d->options.port : -1;
    }
    if (d->port <= 0) {
        d->error = QStringLiteral("cannot listen on %1:%2").arg(d->options.host).arg(d->options.port);
        return false;
    }
    // Debian's compiled cpp-httplib listens with a queue of 5 connections: a burst of tablets syncing at once
    // overflows it and the kernel drops their connections (retried a second later). listen() again on the
    // listening socket widens the queue.
    int accepting = 0;
    socklen_t length = sizeof accepting;
    if (d->listenSocket >= 0 && getsockopt(d->listenSocket, SOL_SOCKET, SO_ACCEPTCONN, &accepting, &length) == 0
        && accepting != 0)
        ::listen(d->listenSocket, SOMAXCONN);
    return true;
}

int HttpServer::port() const
{
    return d->port;
}

void HttpServer::serve()
{
    d->server->listen_after_bind();
}

void HttpServer::stop()
{
    if (d->server)
        d->server->stop();
}

QString HttpServer::error() const
{
    return d->error;
}

} // namespace kakunin::hq
