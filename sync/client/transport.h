#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <deque>
#include <functional>
#include <optional>
#include <utility>

namespace kakunin::syncclient {

// How a request failed below HTTP. An HTTP answer (any status) is TransportError::None: the status is
// always read, and CURLE_OK alone is never taken for success.
enum class TransportError {
    None = 0,
    Timeout, // connect timeout, low-speed timeout or the overall limit
    ConnectFailed, // refused, unreachable, name not resolved: offline or server down
    ConnectionLost, // reset, closed early, truncated answer (sent data may or may not have arrived)
    PinMismatch, // the server's public key is neither the current nor the backup pin
    TlsFailed, // handshake, certificate chain or host name
    BadRequest, // a URL or option the transport refuses (a bug, not the network)
    Cancelled, // stopped by the engine (shutting down)
    Other,
};

const char *transportErrorName(TransportError e);

struct HttpRequest {
    QByteArray method = "GET";
    QString path; // below the server's base URL, e.g. "/v1/changes?since=42"
    QList<std::pair<QByteArray, QByteArray>> headers; // besides those the transport adds
    QByteArray body;
    QByteArray contentType; // empty: none
    bool compress = false; // send the body gzip-compressed (Content-Encoding: gzip)
    int compressLevel = 1; // zlib level: 1 costs half the time of 6 on a push for 6% more bytes (docs/headoffice.md)
};

struct HttpResponse {
    TransportError error = TransportError::None;
    int status = 0; // HTTP status; 0 when error != None
    QByteArray body; // decoded (gzip/deflate/br answers are decompressed)
    QList<std::pair<QByteArray, QByteArray>> headers; // names lower case, in arrival order
    std::optional<qint64> retryAfterMs; // from Retry-After (seconds or HTTP date), when present and valid
    QString detail; // the transport's own words (curl's message), for logs only

    bool ok() const { return error == TransportError::None && status >= 200 && status < 300; }
    QByteArray header(const QByteArray &lowerName) const;
};

// HTTP exchanges with the head-office server. Called only from the sync worker thread.
class Transport {
public:
    virtual ~Transport() = default;
    virtual HttpResponse send(const HttpRequest &request) = 0;
    // A sync is over: let go of the connection, so an idle tablet holds none of head office's threads.
    virtual void endRun() { }

    // Exchanges that overlap, each on its own connection: start() sends and returns a ticket at once, finished()
    // waits until one of those started has ended. This default runs each request inside start(), one at a time.
    virtual int start(const HttpRequest &request);
    virtual std::pair<int, HttpResponse> finished();

    // What pipeline()'s next() gives: a request, or none — for now (ask again after the next answer) or at all.
    struct Next {
        std::optional<HttpRequest> request;
        bool later = false;
    };
    // Sends what next() gives with up to `window` requests in flight, so that head office stores one push while
    // the next travels. Answers reach onAnswer in the order of the requests; when it returns false nothing more
    // is sent, and the answers of those still in flight are awaited but not handed on.
    void pipeline(
        int window, const std::function<Next()> &next, const std::function<bool(const HttpResponse &)> &onAnswer);

protected:
    // The answer finished() gives when no exchange is in flight (a caller's bug, reported, never a hang).
    static HttpResponse nothingInFlight();
    std::deque<std::pair<int, HttpResponse>> m_ended; // answers not taken yet, with their tickets
    int m_tickets = 0;
};

// Retry-After: delta-seconds ("120") or an HTTP date ("Wed, 21 Oct 2026 07:28:00 GMT"), relative to now.
// Negative or unparsable values give nothing; a date in the past gives 0.
std::optional<qint64> parseRetryAfter(const QByteArray &value, qint64 nowUtcMs);

} // namespace kakunin::syncclient
