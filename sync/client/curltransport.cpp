#include "curltransport.h"

#include <core/clock.h>
#include <protocol/gzip.h>

#include <curl/curl.h>
#include <openssl/ssl.h>

#include <algorithm>
#include <memory>
#include <mutex>
#include <vector>

namespace kakunin::syncclient {

namespace {

void globalInit()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

const SystemClock &systemClock()
{
    static const SystemClock c;
    return c;
}

TransportError classify(CURLcode rc)
{
    switch (rc) {
    case CURLE_OK:
        return TransportError::None;
    case CURLE_OPERATION_TIMEDOUT:
        return TransportError::Timeout;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_CONNECT:
        return TransportError::ConnectFailed;
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
        return TransportError::PinMismatch;
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_USE_SSL_FAILED:
        return TransportError::TlsFailed;
    // A handshake cut short (reset, closed) is the network, not a wrong certificate.
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
    case CURLE_BAD_CONTENT_ENCODING:
    case CURLE_WEIRD_SERVER_REPLY:
        return TransportError::ConnectionLost;
    case CURLE_ABORTED_BY_CALLBACK:
        return TransportError::Cancelled;
    case CURLE_URL_MALFORMAT:
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_BAD_FUNCTION_ARGUMENT:
    case CURLE_UNKNOWN_OPTION:
    case CURLE_NOT_BUILT_IN:
        return TransportError::BadRequest;
    default:
        return TransportError::Other;
    }
}

struct Exchange {
    HttpResponse *response;
    std::atomic_bool *cancelled;
    CURL *curl = nullptr;
    int tlsResumed = -1; // once the handshake is over: whether it resumed a session (1) or not (0)
};

// Whether the exchange's TLS handshake resumed a session, read while the connection is the exchange's.
void noteResumption(Exchange &ex)
{
    if (ex.tlsResumed >= 0 || ex.curl == nullptr)
        return;
    curl_tlssessioninfo *info = nullptr;
    if (curl_easy_getinfo(ex.curl, CURLINFO_TLS_SSL_PTR, &info) != CURLE_OK || info == nullptr
        || info->backend != CURLSSLBACKEND_OPENSSL || info->internals == nullptr)
        return;
    const auto *ssl = static_cast<const SSL *>(info->internals);
    if (SSL_is_init_finished(ssl) == 1)
        ex.tlsResumed = SSL_session_reused(ssl) == 1 ? 1 : 0;
}

size_t onBody(char *data, size_t size, size_t n, void *user)
{
    static_cast<Exchange *>(user)->response->body.append(data, static_cast<qsizetype>(size * n));
    return size * n;
}

size_t onHeader(char *data, size_t size, size_t n, void *user)
{
    auto *ex = static_cast<Exchange *>(user);
    const QByteArray line = QByteArray(data, static_cast<qsizetype>(size * n)).trimmed();
    if (line.startsWith("HTTP/")) {
        ex->response->headers.clear(); // an interim answer (100 Continue) or a redirect: start over
        ex->response->body.clear();
    } else if (const qsizetype colon = line.indexOf(':'); colon > 0) {
        ex->response->headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    return size * n;
}

int onProgress(void *user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    auto *ex = static_cast<Exchange *>(user);
    noteResumption(*ex);
    return ex->cancelled->load() ? 1 : 0;
}

} // namespace

// The exchanges of one call share a multi handle, and with it the connection cache and TLS sessions: the
// connections stay open between the calls of one sync run.
struct CurlTransport::Handle {
    CURLM *multi = curl_multi_init();
    std::vector<CURL *> idle; // easy handles of exchanges that ended, for the next ones
    ~Handle()
    {
        for (CURL *e : idle)
            curl_easy_cleanup(e);
        if (multi != nullptr)
            curl_multi_cleanup(multi); // closes the connections
    }
};

// One exchange of a call: its options' storage and its answer, alive until the exchange is over.
struct CurlTransport::Prepared {
    HttpResponse response;
    Exchange exchange {&response, nullptr};
    QByteArray url, body, pins, caFile;
    curl_slist *headers = nullptr;
    char errorBuffer[CURL_ERROR_SIZE] = {};
    CURLcode rc = CURLE_OK;
    ~Prepared() { curl_slist_free_all(headers); }
};

struct CurlTransport::Flight {
    int ticket = 0;
    CURL *curl = nullptr;
    std::unique_ptr<Prepared> exchange;
};

// TLS sessions outlive the sync run's connections: the next run resumes one (a shorter handshake on both ends, no
// certificate chain sent), on any head-office process, as they share their ticket keys. Used by one thread at a
// time, as the transport is, so it needs no locks.
struct CurlTransport::Sessions {
    CURLSH *share = curl_share_init();
    Sessions()
    {
        if (share != nullptr)
            curl_share_setopt(share, CURLSHOPT_SHARE, CURL_LOCK_DATA_SSL_SESSION);
    }
    ~Sessions()
    {
        if (share != nullptr)
            curl_share_cleanup(share);
    }
};

CurlTransport::CurlTransport(CurlOptions options) : m_options(std::move(options))
{
    globalInit();
    m_sessions = std::make_unique<Sessions>();
    m_handle = std::make_unique<Handle>();
}

CurlTransport::~CurlTransport() = default; // m_handle goes first: its easy handles let go of the sessions

QByteArray CurlTransport::pinnedKeyOption(const QStringList &pins)
{
    QByteArrayList parts;
    for (const QString &pin : pins) {
        const QByteArray p = pin.trimmed().toLatin1();
        if (!p.isEmpty())
            parts.append(p.startsWith("sha256//") ? p : "sha256//" + p); // either form is accepted
    }
    return parts.join(';');
}

void CurlTransport::freshConnection()
{
    if (!m_flights.empty()) {
        m_stale = true; // once the exchanges in flight have ended
        return;
    }
    m_handle = std::make_unique<Handle>(); // the old one closes its connections
    m_stale = false;
}

HttpResponse CurlTransport::send(const HttpRequest &request)
{
    return await(start(request));
}

bool CurlTransport::prepare(CURL *curl, const HttpRequest &request, Prepared &p)
{
    HttpResponse &response = p.response;
    curl_easy_reset(curl); // options only: live connections and TLS sessions stay
    p.exchange.cancelled = &m_cancelled;
    p.exchange.curl = curl;
    p.url = (m_options.baseUrl + request.path).toUtf8();
    p.body = request.body;
    auto addHeader = [&p](const QByteArray &h) { p.headers = curl_slist_append(p.headers, h.constData()); };
    if (request.compress && !p.body.isEmpty()) {
        p.body = protocol::gzipCompress(p.body, request.compressLevel);
        if (p.body.isEmpty()) {
            response.error = TransportError::BadRequest;
            response.detail = QStringLiteral("gzip failed");
            return false;
        }
        addHeader("Content-Encoding: gzip");
    }
    if (!request.contentType.isEmpty())
        addHeader("Content-Type: " + request.contentType);
    addHeader("Expect:"); // no 100-continue round trip
    for (const auto &[name, value] : request.headers)
        addHeader(name + ": " + value);
    p.pins = pinnedKeyOption(m_options.pins);
    p.caFile = m_options.caFile.toLocal8Bit();

    curl_easy_setopt(curl, CURLOPT_URL, p.url.constData());
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "https");
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    if (m_sessions->share != nullptr)
        curl_easy_setopt(curl, CURLOPT_SHARE, m_sessions->share);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, p.errorBuffer);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, p.headers);
    curl_easy_setopt(curl, CURLOPT_USERAGENT, m_options.userAgent.constData());
    // gzip only: head office's HTTP library compresses brotli at its slowest quality, far more CPU per answer.
    curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "gzip");
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
    // TLS: 1.2 or newer, the CA chain and host name checked, and the key pinned.
    curl_easy_setopt(curl, CURLOPT_SSLVERSION, static_cast<long>(CURL_SSLVERSION_TLSv1_2));
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, m_options.verifyHost ? 2L : 0L);
    if (!p.caFile.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, p.caFile.constData());
    if (!p.pins.isEmpty())
        curl_easy_setopt(curl, CURLOPT_PINNEDPUBLICKEY, p.pins.constData());
    // Timeouts: connecting, stalling, and the whole exchange.
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(m_options.connectTimeoutMs));
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, m_options.lowSpeedLimitBytes);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, m_options.lowSpeedTimeS);
    if (m_options.totalTimeoutMs > 0)
        curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(m_options.totalTimeoutMs));
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, onBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &p.exchange);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, onHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &p.exchange);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, onProgress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &p.exchange);

    const QByteArray method = request.method.toUpper();
    if (method == "GET") {
        curl_easy_setopt(curl, CURLOPT_HTTPGET, 1L);
    } else {
        if (method != "POST")
            curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, method.constData());
        curl_easy_setopt(curl, CURLOPT_POST, 1L);
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(p.body.size()));
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, p.body.constData());
    }
    return true;
}

// Turns what curl reported into the answer. Returns whether the connection may be used again.
bool CurlTransport::finish(CURL *curl, Prepared &p)
{
    HttpResponse &response = p.response;
    long connects = 0;
    if (curl_easy_getinfo(curl, CURLINFO_NUM_CONNECTS, &connects) == CURLE_OK && connects > 0
        && p.exchange.tlsResumed >= 0) {
        ++m_tls.handshakes;
        m_tls.resumed += p.exchange.tlsResumed;
    }
    // The status is read whatever curl says: CURLE_OK only means bytes moved.
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    response.error = classify(p.rc);
    if (response.error != TransportError::None) {
        response.detail = QString::fromUtf8(p.errorBuffer[0] != '\0' ? p.errorBuffer : curl_easy_strerror(p.rc));
        response.status = 0;
        response.body.clear();
        response.headers.clear();
        return false;
    }
    response.status = static_cast<int>(status);
    if (response.status < 100) { // no status line at all: not an HTTP answer
        response.error = TransportError::ConnectionLost;
        response.detail = QStringLiteral("no HTTP status");
        return true;
    }
    const QByteArray retryAfter = response.header("retry-after");
    if (!retryAfter.isEmpty())
        response.retryAfterMs
            = parseRetryAfter(retryAfter, (m_options.clock != nullptr ? m_options.clock : &systemClock())->utcMs());
    // After a refusal, start clean: a server that answered early may not have read our body.
    return response.ok();
}

int CurlTransport::start(const HttpRequest &request)
{
    m_lastThread.store(QThread::currentThread());
    const int ticket = ++m_tickets;
    auto ended = [&](HttpResponse r) {
        m_ended.emplace_back(ticket, std::move(r));
        return ticket;
    };
    if (m_cancelled.load()) {
        HttpResponse cancelled;
        cancelled.error = TransportError::Cancelled;
        return ended(cancelled);
    }
    if (m_stale)
        freshConnection();
    Handle &h = *m_handle;
    CURL *curl = nullptr;
    if (!h.idle.empty()) {
        curl = h.idle.back();
        h.idle.pop_back();
    } else {
        curl = curl_easy_init();
    }
    auto p = std::make_unique<Prepared>();
    if (h.multi == nullptr || curl == nullptr) {
        if (curl != nullptr)
            h.idle.push_back(curl);
        p->response.error = TransportError::Other;
        p->response.detail = QStringLiteral("curl_easy_init failed");
        return ended(p->response);
    }
    if (!prepare(curl, request, *p) || curl_multi_add_handle(h.multi, curl) != CURLM_OK) {
        h.idle.push_back(curl);
        if (p->response.error == TransportError::None) {
            p->response.error = TransportError::Other;
            p->response.detail = QStringLiteral("curl_multi_add_handle failed");
        }
        return ended(p->response);
    }
    m_flights.push_back({ticket, curl, std::move(p)});
    int running = 0;
    curl_multi_perform(h.multi, &running); // under way now: the connection opens while the caller goes on
    return ticket;
}

std::pair<int, HttpResponse> CurlTransport::finished()
{
    return take(std::nullopt);
}

HttpResponse CurlTransport::await(int ticket)
{
    return take(ticket).second;
}

// The answer of `ticket` (any ticket: nullopt), driving the exchanges in flight until it has ended.
std::pair<int, HttpResponse> CurlTransport::take(std::optional<int> ticket)
{
    for (;;) {
        const auto ready = std::find_if(m_ended.begin(), m_ended.end(),
            [&](const std::pair<int, HttpResponse> &e) { return !ticket || e.first == *ticket; });
        if (ready != m_ended.end()) {
            auto answer = std::move(*ready);
            m_ended.erase(ready);
            if (m_stale)
                freshConnection();
            return answer;
        }
        if (m_flights.empty())
            return {ticket.value_or(0), nothingInFlight()};
        Handle &h = *m_handle;
        int running = 0;
        const bool driven = curl_multi_perform(h.multi, &running) == CURLM_OK;
        int left = 0;
        while (CURLMsg *m = curl_multi_info_read(h.multi, &left))
            if (m->msg == CURLMSG_DONE)
                end(m->easy_handle, m->data.result);
        if (!driven) { // the multi handle itself failed: every exchange in flight ends with it
            while (!m_flights.empty())
                end(m_flights.front().curl, CURLE_RECV_ERROR);
            continue;
        }
        if (m_ended.empty() && running > 0)
            curl_multi_poll(h.multi, nullptr, 0, 1000, nullptr);
    }
}

void CurlTransport::end(void *curl, int rc)
{
    const auto f = std::find_if(m_flights.begin(), m_flights.end(), [&](const Flight &x) { return x.curl == curl; });
    if (f == m_flights.end())
        return;
    Handle &h = *m_handle;
    curl_multi_remove_handle(h.multi, f->curl);
    f->exchange->rc = static_cast<CURLcode>(rc);
    if (!finish(f->curl, *f->exchange))
        m_stale = true;
    h.idle.push_back(f->curl);
    m_ended.emplace_back(f->ticket, std::move(f->exchange->response));
    m_flights.erase(f);
}

} // namespace kakunin::syncclient
