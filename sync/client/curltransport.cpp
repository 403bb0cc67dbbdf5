#include "curltransport.h"

#include <core/clock.h>
#include <protocol/gzip.h>

#include <curl/curl.h>

#include <mutex>

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
};

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
    return static_cast<Exchange *>(user)->cancelled->load() ? 1 : 0;
}

} // namespace

struct CurlTransport::Handle {
    CURL *curl = nullptr;
    ~Handle()
    {
        if (curl != nullptr)
            curl_easy_cleanup(curl);
    }
};

CurlTransport::CurlTransport(CurlOptions options) : m_options(std::move(options)), m_handle(std::make_unique<Handle>())
{
    globalInit();
    m_handle->curl = curl_easy_init();
}

CurlTransport::~CurlTransport() = default;

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
    if (m_handle->curl != nullptr)
        curl_easy_cleanup(m_handle->curl); // closes its connections
    m_handle->curl = curl_easy_init();
}

HttpResponse CurlTransport::send(const HttpRequest &request)
{
    HttpResponse response;
    m_lastThread.store(QThread::currentThread());
    if (m_cancelled.load()) {
        response.error = TransportError::Cancelled;
        return response;
    }
    CURL *curl = m_handle->curl;
    if (curl == nullptr) {
        response.error = TransportError::Other;
        response.detail = QStringLiteral("curl_easy_init failed");
        return response;
    }
    curl_easy_reset(curl); // options only: live connections and TLS sessions stay

    const QByteArray url = (m_options.baseUrl + request.path).toUtf8();
    QByteArray body = request.body;
    curl_slist *headers = nullptr;
    auto addHeader = [&headers](const QByteArray &h) { headers = curl_slist_append(headers, h.constData()); };
    if (request.compress && !body.isEmpty()) {
        body = protocol::gzipCompress(body, request.compressLevel);
        if (body.isEmpty()) {
            response.error = TransportError::BadRequest;
            response.detail = QStringLiteral("gzip failed");
            return response;
        }
        addHeader("Content-Encoding: gzip");
    }
    if (!request.contentType.isEmpty())
        addHeader("Content-Type: " + request.contentType);
    addHeader("Expect:"); // no 100-continue round trip
    for (const auto &[name, value] : request.headers)
        addHeader(name + ": " + value);

    char errorBuffer[CURL_ERROR_SIZE] = {};
    Exchange exchange {&response, &m_cancelled};
    const QByteArray pins = pinnedKeyOption(m_options.pins);
    const QByteArray caFile = m_options.caFile.toLocal8Bit();

    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "https");
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_USERAGENT, m_options.userAgent.constData());
    curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, ""); // every encoding libcurl decodes
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
    // TLS: 1.2 or newer, the CA chain and host name checked, and the key pinned.
    curl_easy_setopt(curl, CURLOPT_SSLVERSION, static_cast<long>(CURL_SSLVERSION_TLSv1_2));
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, m_options.verifyHost ? 2L : 0L);
    if (!caFile.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, caFile.constData());
    if (!pins.isEmpty())
        curl_easy_setopt(curl, CURLOPT_PINNEDPUBLICKEY, pins.constData());
    // Timeouts: connecting, stalling, and the whole exchange.
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(m_options.connectTimeoutMs));
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, m_options.lowSpeedLimitBytes);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, m_options.lowSpeedTimeS);
    if (m_options.totalTimeoutMs > 0)
        curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(m_options.totalTimeoutMs));
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, onBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &exchange);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, onHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &exchange);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, onProgress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &exchange);

    const QByteArray method = request.method.toUpper();
    if (method == "GET") {
        curl_easy_setopt(curl, CURLOPT_HTTPGET, 1L);
    } else {
        if (method != "POST")
            curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, method.constData());
        curl_easy_setopt(curl, CURLOPT_POST, 1L);
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.constData());
    }

    const CURLcode rc = curl_easy_perform(curl);
    curl_slist_free_all(headers);
    // The status is read whatever curl says: CURLE_OK only means bytes moved.
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    response.error = classify(rc);
    if (response.error != TransportError::None) {
        freshConnection();
        response.detail = QString::fromUtf8(errorBuffer[0] != '\0' ? errorBuffer : curl_easy_strerror(rc));
        response.status = 0;
        response.body.clear();
        response.headers.clear();
        return response;
    }
    response.status = static_cast<int>(status);
    if (response.status < 100) { // no status line at all: not an HTTP answer
        response.error = TransportError::ConnectionLost;
        response.detail = QStringLiteral("no HTTP status");
        return response;
    }
    if (!response.ok())
        freshConnection(); // after a refusal, start clean: a server that answered early may not have read our body
    const QByteArray retryAfter = response.header("retry-after");
    if (!retryAfter.isEmpty())
        response.retryAfterMs
            = parseRetryAfter(retryAfter, (m_options.clock != nullptr ? m_options.clock : &systemClock())->utcMs());
    return response;
}

} // namespace kakunin::syncclient
