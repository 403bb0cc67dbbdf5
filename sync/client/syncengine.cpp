#include "syncengine.h"

#include <core/clock.h>
#include <core/random.h>
#include <protocol/blobbatch.h>
#include <protocol/gzip.h>
#include <protocol/hqevents.h>
#include <protocol/messages.h>
#include <store/store.h>

#include <core/evidence/bundle.h>

#include <QJsonDocument>
#include <QTimer>

#include <algorithm>
#include <deque>
#include <limits>

namespace kakunin::syncclient {

namespace {

// Keys of the sync settings inside the encrypted store (Store::syncValue).
namespace key {
const QString Token = QStringLiteral("token");
const QString TokenExpiresAt = QStringLiteral("tokenExpiresAt");
const QString UserId = QStringLiteral("userId");
const QString Role = QStringLiteral("role");
const QString ServerDevice = QStringLiteral("serverDevice");
const QString ServerKey = QStringLiteral("serverKey");
const QString EnrolledAt = QStringLiteral("enrolledAt");
const QString LastSuccess = QStringLiteral("lastSuccess");
// Set (to the server's code, e.g. "token_revoked") when head office stopped accepting the token, cleared by the
// next successful enrollment: after a restart the tablet still says why it does not sync.
const QString ReauthNeeded = QStringLiteral("reauthNeeded");
} // namespace key

constexpr int MaxPagesPerSync = 10'000; // a server that always says "more" cannot keep us here forever

SyncError fromTransport(TransportError e)
{
    switch (e) {
    case TransportError::Timeout:
        return SyncError::Timeout;
    case TransportError::ConnectFailed:
    case TransportError::ConnectionLost:
    case TransportError::Cancelled:
        return SyncError::Unreachable;
    case TransportError::PinMismatch:
        return SyncError::PinMismatch;
    case TransportError::TlsFailed:
        return SyncError::TlsFailed;
    case TransportError::BadRequest:
    case TransportError::Other:
    case TransportError::None:
        return SyncError::BadAnswer;
    }
    return SyncError::BadAnswer;
}

} // namespace

const char *syncPhaseName(SyncPhase p)
{
    switch (p) {
    case SyncPhase::NotEnrolled:
        return "not_enrolled";
    case SyncPhase::Idle:
        return "idle";
    case SyncPhase::Syncing:
        return "syncing";
    case SyncPhase::WaitingToRetry:
        return "waiting_to_retry";
    case SyncPhase::Failed:
        return "failed";
    case SyncPhase::ReauthNeeded:
        return "reauth_needed";
    case SyncPhase::Wiped:
        return "wiped";
    }
    return "unknown";
}

const char *syncErrorName(SyncError e)
{
    switch (e) {
    case SyncError::None:
        return "none";
    case SyncError::Offline:
        return "offline";
    case SyncError::Timeout:
        return "timeout";
    case SyncError::Unreachable:
        return "unreachable";
    case SyncError::ServerBusy:
        return "server_busy";
    case SyncError::ServerError:
        return "server_error";
    case SyncError::PinMismatch:
        return "pin_mismatch";
    case SyncError::TlsFailed:
        return "tls_failed";
    case SyncError::Unauthorized:
        return "unauthorized";
    case SyncError::WipeOrdered:
        return "wipe_ordered";
    case SyncError::Rejected:
        return "rejected";
    case SyncError::BadAnswer:
        return "bad_answer";
    case SyncError::EnrollmentRefused:
        return "enrollment_refused";
    case SyncError::NotEnrolled:
        return "not_enrolled";
    case SyncError::StoreFailed:
        return "store_failed";
    }
    return "unknown";
}

struct SyncEngine::Outcome {
    SyncError error = SyncError::None;
    bool transient = false;
    bool unauthorized = false;
    bool wipe = false;
    std::optional<qint64> retryAfterMs;
    QString serverCode;
    int httpStatus = 0;

    bool ok() const { return error == SyncError::None; }
    static Outcome local(SyncError e, const QString &code)
    {
        Outcome o;
        o.error = e;
        o.serverCode = code;
        return o;
    }
};

SyncEngine::SyncEngine(std::unique_ptr<Store> store, std::unique_ptr<Transport> transport, const Clock &clock,
    RandomSource &random, SyncOptions options, QObject *parent)
    : QObject(parent), m_store(std::move(store)), m_transport(std::move(transport)), m_clock(clock), m_random(random),
      m_options(std::move(options)), m_timer(new QTimer(this))
{
    m_options.batchEvents = std::clamp(m_options.batchEvents, 1, protocol::limits::MaxBatchEvents);
    m_options.batchBytes = std::clamp<qint64>(m_options.batchBytes, 1024, protocol::limits::MaxBodyBytes / 2);
    m_options.pullLimit = std::clamp(m_options.pullLimit, 1, protocol::limits::MaxPullLimit);
    m_options.requestsInFlight = std::clamp(m_options.requestsInFlight, 1, 4);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SyncEngine::tick);
    if (m_store) {
        m_report.userId = m_store->syncValue(key::UserId);
        m_report.role = m_store->syncValue(key::Role);
        m_report.lastSuccessUtcMs = m_store->syncValue(key::LastSuccess).toLongLong();
        m_report.phase = isEnrolled() ? SyncPhase::Idle : SyncPhase::NotEnrolled;
        if (const QString why = m_store->syncValue(key::ReauthNeeded); !why.isEmpty() && !isEnrolled()) {
            m_report.phase = SyncPhase::ReauthNeeded;
            m_report.lastError = SyncError::Unauthorized;
            m_report.serverCode = why;
        }
        refreshCounts();
    }
}

SyncEngine::~SyncEngine() = default;

bool SyncEngine::isEnrolled() const
{
    return m_store && !m_store->syncValue(key::Token).isEmpty();
}

bool SyncEngine::runnable() const
{
    return m_store && m_online && !m_running && m_report.phase != SyncPhase::ReauthNeeded
        && m_report.phase != SyncPhase::Wiped && isEnrolled();
}

void SyncEngine::start()
{
    m_started = true;
    if (runnable())
        syncOnce();
    else
        publish();
}

void SyncEngine::stop()
{
    m_started = false;
    m_timer->stop();
}

void SyncEngine::requestSync()
{
    if (!m_store || m_running)
        return;
    if (!m_online) {
        m_report.lastError = SyncError::Offline;
        publish();
        return;
    }
    // A server's Retry-After is honoured even when the user asks: the try starts when it ends.
    if (m_report.phase == SyncPhase::WaitingToRetry && m_report.lastError == SyncError::ServerBusy
        && m_clock.monotonicMs() < m_nextAttemptMono)
        return;
    syncOnce();
}

void SyncEngine::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    if (!online) {
        m_timer->stop();
        if (m_report.phase == SyncPhase::WaitingToRetry || m_report.phase == SyncPhase::Idle) {
            m_report.phase = isEnrolled() ? SyncPhase::Idle : SyncPhase::NotEnrolled;
            m_report.lastError = SyncError::Offline;
            m_report.retryAtUtcMs = 0;
        }
        publish();
        return;
    }
    if (runnable())
        syncOnce();
}

void SyncEngine::enroll(const QString &code)
{
    const SyncError e = enrollNow(code);
    emit enrollFinished(e, m_report.userId);
    if (e == SyncError::None && runnable())
        syncOnce();
}

void SyncEngine::tick()
{
    if (!runnable())
        return;
    if (m_nextAttemptMono != 0 && m_clock.monotonicMs() >= m_nextAttemptMono)
        syncOnce();
    else
        armTimer();
}

void SyncEngine::schedule(qint64 delayMs)
{
    m_nextAttemptMono = m_clock.monotonicMs() + std::max<qint64>(0, delayMs);
    armTimer();
}

void SyncEngine::armTimer()
{
    if (!m_started || m_nextAttemptMono == 0)
        return;
    // The real timer is only a wake-up; whether the attempt is due is decided on the injected clock.
    const qint64 wait = std::clamp<qint64>(m_nextAttemptMono - m_clock.monotonicMs(), 0, m_options.wakeMs);
    m_timer->start(static_cast<int>(wait));
}

void SyncEngine::refreshCounts()
{
    if (!m_store)
        return;
    m_report.pending = m_store->unsentCount();
    m_report.pendingBlobs = m_store->unsentBlobCount();
}

void SyncEngine::publish()
{
    emit reportChanged(m_report);
}

void SyncEngine::addHeaders(HttpRequest &request, bool authorized) const
{
    request.headers.append({QByteArrayLiteral("Accept"), QByteArray(protocol::header::Json)});
    if (authorized)
        request.headers.append({QByteArray(protocol::header::Authorization),
            protocol::header::BearerPrefix + m_store->syncValue(key::Token).toLatin1()});
}

HttpResponse SyncEngine::call(HttpRequest request, bool authorized)
{
    addHeaders(request, authorized);
    return m_transport->send(request);
}

SyncEngine::Outcome SyncEngine::failure(const HttpResponse &r)
{
    Outcome o;
    o.retryAfterMs = r.retryAfterMs;
    if (r.error != TransportError::None) {
        o.error = fromTransport(r.error);
        o.transient = RetryPolicy::isTransient(r.error);
        o.serverCode = QString::fromLatin1(transportErrorName(r.error));
        return o;
    }
    o.httpStatus = r.status;
    const auto apiError = protocol::decodeError(r.body);
    o.serverCode = apiError ? apiError->codeName : QStringLiteral("http_%1").arg(r.status);
    o.transient = RetryPolicy::isTransientStatus(r.status);
    if (r.status == 401) {
        o.unauthorized = true;
        o.wipe = apiError && apiError->code == protocol::ErrorCode::WipeOrdered;
        o.error = o.wipe ? SyncError::WipeOrdered : SyncError::Unauthorized;
    } else if (r.status == 429 || r.status == 503) {
        o.error = SyncError::ServerBusy;
    } else if (r.status == 408) {
        o.error = SyncError::Timeout;
    } else if (r.status >= 500) {
        o.error = SyncError::ServerError;
    } else if (r.status >= 400) {
        o.error = SyncError::Rejected;
    } else {
        o.error = SyncError::BadAnswer; // 1xx/3xx where JSON was expected
    }
    return o;
}

SyncError SyncEngine::syncOnce()
{
    if (!m_store || m_running)
        return m_store ? SyncError::None : SyncError::StoreFailed;
    if (m_report.phase == SyncPhase::ReauthNeeded || m_report.phase == SyncPhase::Wiped)
        return SyncError::Unauthorized; // nothing until a new enrollment
    if (!isEnrolled()) {
        m_report.phase = SyncPhase::NotEnrolled;
        m_report.lastError = SyncError::NotEnrolled;
        publish();
        return SyncError::NotEnrolled;
    }
    if (!m_online) {
        m_report.lastError = SyncError::Offline;
        publish();
        return SyncError::Offline;
    }
    m_running = true;
    m_timer->stop();
    m_nextAttemptMono = 0;
    m_report.phase = SyncPhase::Syncing;
    m_report.lastAttemptUtcMs = m_clock.utcMs();
    m_report.progressDone = 0;
    m_report.progressTotal = static_cast<int>(m_store->unsentCount());
    m_report.ruleRefusals = 0;
    refreshCounts();
    publish();

    Outcome o = refreshToken();
    if (o.ok())
        o = push();
    if (o.ok())
        o = pull();
    m_transport->endRun();
    m_running = false;
    return finish(o);
}

SyncError SyncEngine::finish(const Outcome &o)
{
    const qint64 now = m_clock.utcMs();
    m_report.httpStatus = o.httpStatus;
    m_report.serverCode = o.serverCode;
    m_report.lastError = o.error;
    if (o.ok()) {
        m_report.phase = SyncPhase::Idle;
        m_report.failuresInRow = 0;
        m_report.retryAtUtcMs = 0;
        m_report.lastSuccessUtcMs = now;
        m_store->setSyncValue(key::LastSuccess, QString::number(now));
        schedule(m_options.periodicMs);
    } else if (o.wipe) {
        handleWipe();
        return o.error;
    } else if (o.unauthorized) {
        // The token is dead: forget it, lock, and wait for a new enrollment.
        m_store->setSyncValue(key::Token, QString());
        m_store->setSyncValue(key::TokenExpiresAt, QString());
        m_store->setSyncValue(
            key::ReauthNeeded, o.serverCode.isEmpty() ? QStringLiteral("unauthorized") : o.serverCode);
        m_report.phase = SyncPhase::ReauthNeeded;
        m_report.retryAtUtcMs = 0;
        m_nextAttemptMono = 0;
        m_timer->stop();
        refreshCounts();
        publish();
        emit reauthNeeded();
        return o.error;
    } else if (o.transient) {
        ++m_report.failuresInRow;
        const qint64 delay = m_options.retry.delayMs(m_report.failuresInRow, m_random, o.retryAfterMs);
        m_report.phase = SyncPhase::WaitingToRetry;
        m_report.retryAtUtcMs = now + delay;
        schedule(delay);
    } else {
        // Retrying will not cure it; the periodic sync still looks again later.
        ++m_report.failuresInRow;
        m_report.phase = SyncPhase::Failed;
        m_report.retryAtUtcMs = 0;
        schedule(m_options.periodicMs);
    }
    refreshCounts();
    publish();
    return o.error;
}

SyncEngine::Outcome SyncEngine::refreshToken()
{
    const qint64 expiresAt = m_store->syncValue(key::TokenExpiresAt).toLongLong();
    if (expiresAt <= 0 || expiresAt - m_clock.utcMs() > m_options.tokenRefreshMarginMs)
        return {};
    HttpRequest req;
    req.method = "POST";
    req.path = QLatin1String(protocol::path::TokenRefresh);
    req.body = "{}";
    req.contentType = protocol::header::Json;
    const HttpResponse r = call(req);
    if (!r.ok()) {
        Outcome o = failure(r);
        // A refresh that did not happen is no reason to stop: the current token still works until it expires.
        return o.unauthorized ? o : Outcome {};
    }
    const auto t = protocol::decodeTokenResponse(r.body);
    if (!t || t->token.isEmpty())
        return Outcome::local(SyncError::BadAnswer, QStringLiteral("token_response"));
    if (m_store->setSyncValue(key::Token, t->token) != StoreError::None
        || m_store->setSyncValue(key::TokenExpiresAt, QString::number(t->tokenExpiresAt)) != StoreError::None)
        return Outcome::local(SyncError::StoreFailed, QStringLiteral("token_save"));
    return {};
}

// The next push of the outbox after `afterSeq` and up to `upToSeq`: up to batchEvents, well under the server's
// body limit (one event always goes, whatever its size). The batch is encoded once; events are measured one by
// one only when it is over the limit.
std::optional<std::pair<QList<Event>, QByteArray>> SyncEngine::nextPush(qint64 afterSeq, qint64 upToSeq) const
{
    QList<Event> batch = m_store->unsentEvents(m_options.batchEvents, afterSeq);
    while (!batch.isEmpty() && batch.last().seq > upToSeq)
        batch.removeLast();
    if (batch.isEmpty())
        return std::nullopt;
    protocol::PushRequest req;
    req.deviceId = m_store->deviceId();
    req.sentAt = m_clock.utcMs();
    req.sentMono = m_clock.monotonicMs();
    req.boot = m_clock.bootId();
    req.events = batch;
    QByteArray body = protocol::encode(req);
    if (body.size() > m_options.batchBytes && batch.size() > 1) {
        qint64 bytes = 0;
        for (qsizetype i = 0; i < batch.size(); ++i) {
            bytes += QJsonDocument(batch.at(i).toJson()).toJson(QJsonDocument::Compact).size();
            if (i > 0 && bytes > m_options.batchBytes) {
                batch.resize(i);
                break;
            }
        }
        req.events = batch;
        body = protocol::encode(req);
    }
    return std::pair {batch, body};
}

// One round of the push: the blobs in the outbox and the events recorded before it was read, with up to
// requestsInFlight requests at once. Blob uploads and event batches take turns, so that head office stores
// blobs while it checks events; a batch goes only once every blob it cites is stored (blobs before the events
// that cite them). Returns the outcome, and whether another round is needed.
SyncEngine::Outcome SyncEngine::pushRound(bool &requeued, bool &again)
{
    // Every blob is put before the event citing it is appended: so every event up to this head cites only
    // blobs that are in the outbox read after it, or already sent.
    const qint64 roundHead = m_store->recordedHeadSeq();
    const QStringList names = m_store->unsentBlobs(std::numeric_limits<int>::max());
    QSet<QString> waiting(names.cbegin(), names.cend()); // this round's blobs head office has not confirmed
    struct BlobRequest {
        QStringList batch, named; // named: those with bytes, in the order of `blobs`
        QList<QByteArray> blobs;
    };
    qsizetype nextName = 0;
    bool progressed = false; // something was stored or marked this round
    // The next blob request: as many as fit (one blob always goes, whatever its size). A blob the store no longer
    // holds is marked sent: nothing could ever send it.
    auto nextBlobs = [&]() -> std::optional<BlobRequest> {
        BlobRequest r;
        qint64 bytes = 0;
        while (nextName < names.size() && r.batch.size() < protocol::limits::MaxBlobsPerBatch) {
            const QString &sha = names.at(nextName);
            const auto data = m_store->blob(sha);
            if (!data) {
                if (m_store->markBlobSent(sha) != StoreError::None)
                    return std::nullopt;
                waiting.remove(sha);
                progressed = true;
                ++nextName;
                continue;
            }
            if (!r.blobs.isEmpty() && bytes + data->size() > m_options.batchBytes)
                break;
            r.batch.append(sha);
            r.blobs.append(*data);
            r.named.append(sha);
            bytes += data->size();
            ++nextName;
        }
        return r;
    };
    auto cites = [&](const QList<Event> &batch) {
        for (const Event &e : batch)
            for (const QString &sha : citedBlobs(e))
                if (waiting.contains(sha))
                    return true;
        return false;
    };

    struct Sent {
        std::optional<BlobRequest> blobs;
        QList<Event> events;
    };
    std::deque<Sent> inFlight; // in the order they were sent
    std::optional<std::pair<QList<Event>, QByteArray>> peeked; // the next batch and its body, not sent yet
    qint64 queuedUpTo = 0, confirmedUpTo = -1;
    bool eventsDone = false, blobTurn = true;
    std::optional<Outcome> failed;
    m_transport->pipeline(
        m_options.requestsInFlight,
        [&]() -> Transport::Next {
            if (!peeked && !eventsDone) {
                peeked = nextPush(queuedUpTo, roundHead);
                eventsDone = !peeked;
            }
            const bool eventsReady = peeked && !cites(peeked->first);
            const bool blobsLeft = nextName < names.size();
            if (blobsLeft && (blobTurn || !eventsReady)) {
                std::optional<BlobRequest> r = nextBlobs();
                if (!r) {
                    failed = Outcome::local(SyncError::StoreFailed, QStringLiteral("mark_blob_sent"));
                    return {};
                }
                if (!r->blobs.isEmpty()) {
                    const protocol::EncodedBlobBatch body = protocol::encodeBlobBatch(r->blobs);
                    HttpRequest req;
                    req.method = "POST";
                    req.path = QLatin1String(protocol::path::Blobs);
                    req.body = body.body;
                    req.contentType = body.contentType;
                    req.compress = protocol::gzipShrinks(req.body);
                    req.compressLevel = 1;
                    addHeaders(req, true);
                    inFlight.push_back({std::move(r), {}});
                    blobTurn = false;
                    return {req};
                }
            }
            if (!eventsReady) // waiting for the blobs it cites, or nothing left
                return {std::nullopt, peeked.has_value() || nextName < names.size()};
            HttpRequest http;
            http.method = "POST";
            http.path = QLatin1String(protocol::path::Events);
            http.body = std::move(peeked->second);
            http.contentType = protocol::header::Json;
            http.compress = true;
            addHeaders(http, true);
            queuedUpTo = peeked->first.last().seq;
            inFlight.push_back({std::nullopt, std::move(peeked->first)});
            peeked.reset();
            blobTurn = true;
            return {http};
        },
        [&](const HttpResponse &r) {
            const Sent sent = std::move(inFlight.front());
            inFlight.pop_front();
            if (sent.blobs) {
                if (!r.ok()) {
                    failed = failure(r);
                    return false;
                }
                const BlobRequest &request = *sent.blobs;
                const auto answer = protocol::decodeBlobBatchResponse(r.body);
                bool named = answer && answer->blobs.size() == request.blobs.size();
                for (qsizetype j = 0; named && j < request.blobs.size(); ++j)
                    named = answer->blobs.at(j).sha256 == request.named.at(j);
                if (!named) {
                    failed = Outcome::local(SyncError::BadAnswer, QStringLiteral("blob_response"));
                    return false;
                }
                for (const QString &sha : request.batch) {
                    if (m_store->markBlobSent(sha) != StoreError::None) {
                        failed = Outcome::local(SyncError::StoreFailed, QStringLiteral("mark_blob_sent"));
                        return false;
                    }
                    waiting.remove(sha);
                }
                m_report.pendingBlobs = std::max<qint64>(0, m_report.pendingBlobs - request.batch.size());
                progressed = true;
                return true;
            }
            const QList<Event> &batch = sent.events;
            if (r.ok()) {
                Outcome o = markPushed(batch, r);
                if (!o.ok())
                    failed = o;
                else
                    confirmedUpTo = batch.last().seq;
                progressed = progressed || o.ok();
                return o.ok();
            }
            const auto api = r.status == 409 ? protocol::decodeError(r.body) : std::nullopt;
            const bool behind = api && api->code == protocol::ErrorCode::SeqGap && api->storedUpTo >= 0
                && api->storedUpTo < batch.first().seq - 1;
            if (behind && confirmedUpTo >= 0) {
                // It arrived before the batch in front of it was stored (another head-office process took that
                // one): it goes again, behind it.
                again = true;
            } else if (behind && !requeued) {
                // Head office lost the end of our chain (restored from a backup): send it again from where it
                // stands.
                if (m_store->requeueAfter(api->storedUpTo) != StoreError::None) {
                    failed = Outcome::local(SyncError::StoreFailed, QStringLiteral("requeue"));
                    return false;
                }
                requeued = true;
                refreshCounts();
                m_report.progressTotal = m_report.progressDone + static_cast<int>(m_report.pending);
                again = true;
            } else {
                failed = failure(r);
            }
            return false;
        });
    if (failed)
        return *failed;
    // Recorded while this round went: the next round takes them (a round that stored nothing ends the push).
    again = again || (progressed && (m_store->unsentCount() > 0 || m_store->unsentBlobCount() > 0));
    return {};
}

SyncEngine::Outcome SyncEngine::push()
{
    bool requeued = false;
    // Each round stores something or ends the push; the bound only keeps a misbehaving server from holding the
    // sync forever (the periodic sync goes on from where head office stands).
    for (int round = 0; round < 1000; ++round) {
        bool again = false;
        if (Outcome o = pushRound(requeued, again); !o.ok() || !again)
            return o;
    }
    return {};
}

// Marks what head office durably stored, and only when its head is our event at that seq: a different hash
// there means the two chains have forked, and nothing may be marked.
SyncEngine::Outcome SyncEngine::markPushed(const QList<Event> &batch, const HttpResponse &r)
{
    const auto answer = protocol::decodePushResponse(r.body);
    if (!answer)
        return Outcome::local(SyncError::BadAnswer, QStringLiteral("push_response"));
    const qint64 first = batch.first().seq;
    const qint64 last = batch.last().seq;
    const qint64 upTo = std::min(answer->storedUpTo, last);
    if (upTo < first)
        return Outcome::local(SyncError::BadAnswer, QStringLiteral("push_not_stored"));
    if (answer->storedUpTo <= last && batch.at(upTo - first).hash != answer->headHash)
        return Outcome::local(SyncError::Rejected, QStringLiteral("head_mismatch"));
    if (m_store->markSentUpTo(upTo) != StoreError::None)
        return Outcome::local(SyncError::StoreFailed, QStringLiteral("mark_sent"));
    emit sentUpTo(upTo);
    m_report.progressDone += static_cast<int>(upTo - first + 1);
    m_report.progressTotal = std::max(m_report.progressTotal, m_report.progressDone);
    m_report.ruleRefusals += static_cast<int>(answer->refused.size());
    m_report.clockSkewFlagged = answer->clockSkewFlagged;
    m_report.clockSkewMs = answer->clockSkewMs;
    refreshCounts();
    publish();
    return {};
}

SyncEngine::Outcome SyncEngine::pull()
{
    const QString ownDevice = m_store->deviceId();
    const QString serverDevice = m_store->syncValue(key::ServerDevice);
    const QByteArray serverKey = QByteArray::fromBase64(m_store->syncValue(key::ServerKey).toLatin1());
    QString cursor = m_store->syncCursor();
    for (int page = 0; page < MaxPagesPerSync; ++page) {
        HttpRequest req;
        req.path = protocol::path::changes(cursor, m_options.pullLimit);
        const HttpResponse r = call(req);
        if (!r.ok())
            return failure(r);
        const auto answer = protocol::decodeChangesResponse(r.body);
        if (!answer)
            return Outcome::local(SyncError::BadAnswer, QStringLiteral("changes_response"));
        QList<Event> events;
        events.reserve(answer->changes.size());
        for (const protocol::Change &c : answer->changes) {
            const Event &e = c.event;
            if (e.device == ownDevice)
                continue; // already ours
            // Head office's own events are checked against the key it gave at enrollment, never against a
            // key the page itself names.
            const QByteArray key = e.device == serverDevice ? serverKey : answer->devices.value(e.device);
            if (key.isEmpty() || protocol::checkEvent(e, key) != ChainError::None)
                return Outcome::local(SyncError::BadAnswer, QStringLiteral("event_unverified"));
            events.append(e);
        }
        const auto applied = m_store->applyRemote(events, answer->cursor);
        if (!applied)
            return Outcome::local(SyncError::StoreFailed, QString::fromLatin1(storeErrorName(applied.error())));
        if (!applied->isEmpty())
            emit remoteApplied(applied.value());
        const bool moved = answer->cursor != cursor;
        cursor = answer->cursor;
        if (!answer->more || !moved)
            return {};
    }
    return {};
}

SyncError SyncEngine::enrollNow(const QString &code)
{
    if (!m_store)
        return SyncError::StoreFailed;
    auto fail = [this](const Outcome &o) {
        m_report.lastError = o.error;
        m_report.serverCode = o.serverCode;
        m_report.httpStatus = o.httpStatus;
        publish();
        return o.error;
    };
    const QString normalized = protocol::normalizeEnrollmentCode(code);
    if (normalized.isEmpty())
        return fail(Outcome::local(SyncError::EnrollmentRefused, QStringLiteral("enrollment_code_invalid")));
    protocol::EnrollRequest req;
    req.code = normalized;
    req.deviceId = m_store->deviceId();
    req.publicKey = m_store->devicePublicKey();
    req.deviceName = m_options.deviceName;
    req.appVersion = m_options.appVersion;
    HttpRequest http;
    http.method = "POST";
    http.path = QLatin1String(protocol::path::Enroll);
    http.body = protocol::encode(req);
    http.contentType = protocol::header::Json;
    const HttpResponse r = call(http, false);
    if (!r.ok()) {
        Outcome o = failure(r);
        if (o.error == SyncError::Rejected || o.error == SyncError::Unauthorized)
            o.error = SyncError::EnrollmentRefused;
        return fail(o);
    }
    const auto answer = protocol::decodeEnrollResponse(r.body);
    if (!answer || answer->token.isEmpty() || answer->deviceId != req.deviceId)
        return fail(Outcome::local(SyncError::BadAnswer, QStringLiteral("enroll_response")));
    const QList<std::pair<QString, QString>> values {
        {key::Token, answer->token}, {key::TokenExpiresAt, QString::number(answer->tokenExpiresAt)},
        {key::UserId, answer->userId}, {key::Role, answer->role}, {key::ServerDevice, answer->server.deviceId},
        {key::ServerKey, QString::fromLatin1(answer->server.publicKey.toBase64())},
        {key::EnrolledAt, QString::number(m_clock.utcMs())}, {key::ReauthNeeded, QString()}, // removed
    };
    for (const auto &[k, v] : values)
        if (m_store->setSyncValue(k, v) != StoreError::None)
            return fail(Outcome::local(SyncError::StoreFailed, QStringLiteral("enroll_save")));
    m_report.userId = answer->userId;
    m_report.role = answer->role;
    m_report.phase = SyncPhase::Idle;
    m_report.lastError = SyncError::None;
    m_report.serverCode.clear();
    m_report.httpStatus = 0;
    m_report.failuresInRow = 0;
    refreshCounts();
    publish();
    return SyncError::None;
}

void SyncEngine::handleWipe()
{
    // Tell head office first (best effort: the erase happens whatever it answers), then erase.
    protocol::WipeAck ack;
    ack.deviceId = m_store->deviceId();
    ack.at = m_clock.utcMs();
    HttpRequest req;
    req.method = "POST";
    req.path = QLatin1String(protocol::path::WipeAck);
    req.body = protocol::encode(ack);
    req.contentType = protocol::header::Json;
    call(req);
    const StoreError e = m_store->wipe();
    m_store.reset();
    m_timer->stop();
    m_nextAttemptMono = 0;
    m_report = SyncReport {};
    m_report.phase = SyncPhase::Wiped;
    m_report.lastError = SyncError::WipeOrdered;
    m_report.serverCode
        = e == StoreError::None ? QStringLiteral("wipe_ordered") : QString::fromLatin1(storeErrorName(e));
    publish();
    emit wiped();
}

} // namespace kakunin::syncclient
