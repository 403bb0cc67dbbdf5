#include "syncwiring.h"

#include "appsession.h"

#include <core/clock.h>
#include <core/random.h>

namespace kakunin {

using syncclient::SyncError;
using syncclient::SyncPhase;
using syncclient::SyncReport;

namespace {
const SystemClock &systemClock()
{
    static const SystemClock clock;
    return clock;
}
} // namespace

SyncWiring::SyncWiring(
    AppSession &session, SyncStatus &status, syncclient::SyncOptions options, ServerConfig server, QObject *parent)
    : QObject(parent), m_session(session), m_status(status), m_options(std::move(options)), m_server(std::move(server))
{
    while (m_server.url.endsWith(QLatin1Char('/')))
        m_server.url.chop(1);
    m_status.setServerConfigured(configured());
    connect(&m_session, &AppSession::storeOpened, this, &SyncWiring::startService);
    connect(&m_session, &AppSession::stageChanged, this, [this] {
        if (m_session.store() == nullptr)
            stopService(); // locked: the engine's connection closes with the app's
    });
    // After each completed step of a session (every record), and on the user's "Sync now".
    connect(&m_session, &AppSession::recorded, this, [this] {
        if (m_service && !m_applyingRemote)
            m_service->requestSync();
    });
    connect(&m_status, &SyncStatus::syncRequested, this, [this] {
        if (m_service)
            m_service->requestSync();
    });
    connect(&m_status, &SyncStatus::enrollRequested, this, &SyncWiring::enroll);
    if (m_session.store() != nullptr)
        startService();
}

SyncWiring::~SyncWiring()
{
    stopService();
}

void SyncWiring::setTime(const Clock *clock, RandomSource *random)
{
    m_clock = clock;
    m_random = random;
}

void SyncWiring::enroll(const QString &code)
{
    if (!configured() || code.trimmed().isEmpty())
        return;
    if (m_service)
        m_service->enroll(code);
    else
        m_pendingCode = code; // after the next unlock
}

void SyncWiring::startService()
{
    if (!configured() || m_session.store() == nullptr)
        return;
    stopService();
    syncclient::CurlOptions curl;
    curl.baseUrl = m_server.url;
    curl.caFile = m_server.caFile;
    curl.pins = m_server.pins;
    StoreError error = StoreError::None;
    m_service = syncclient::SyncService::create(*m_session.store(), curl, m_options,
        m_clock != nullptr ? *m_clock : systemClock(), m_random != nullptr ? *m_random : systemRandom(), &error);
    if (!m_service) {
        qWarning("kakunin: sync not started (%s)", storeErrorName(error));
        return;
    }
    syncclient::SyncService *s = m_service.get();
    connect(s, &syncclient::SyncService::reportChanged, this, &SyncWiring::onReport);
    connect(s, &syncclient::SyncService::sentUpTo, this, [this] { m_status.refreshPendingCount(); });
    connect(s, &syncclient::SyncService::remoteApplied, this, [this](const QStringList &aggregates) {
        // Views reload what head office changed; this is no new record, so no new sync.
        m_applyingRemote = true;
        emit m_session.recorded(aggregates);
        m_applyingRemote = false;
    });
    connect(s, &syncclient::SyncService::enrollFinished, this,
        [this](SyncError e, const QString &) { emit enrollFinished(e == SyncError::None); });
    // Both stop the service: not from inside its own signal, but once control is back in the event loop.
    connect(s, &syncclient::SyncService::reauthNeeded, this, &SyncWiring::onReauthNeeded, Qt::QueuedConnection);
    connect(s, &syncclient::SyncService::wiped, this, &SyncWiring::onWiped, Qt::QueuedConnection);
    onReport(s->report());

    const QString code = std::exchange(m_pendingCode, QString());
    const SyncPhase phase = s->report().phase;
    if (!code.isEmpty() && (phase == SyncPhase::NotEnrolled || phase == SyncPhase::ReauthNeeded))
        s->enroll(code);
}

void SyncWiring::stopService()
{
    if (!m_service)
        return;
    // Now, not later: the engine's connection must be closed before the store can be opened again (unlock
    // checks the file) or erased. The exchange in flight ends at once; the thread is joined.
    disconnect(m_service.get(), nullptr, this, nullptr);
    m_service->cancel();
    m_service.reset();
}

void SyncWiring::onReport(const SyncReport &report)
{
    // The enrolled user is the one who records on this tablet (head office refuses events of anyone else).
    if (!report.userId.isEmpty() && !report.role.isEmpty()
        && (report.userId != m_session.userId() || report.role != m_session.role()))
        m_session.setUser(report.userId, report.role);
    m_status.setSnapshot(snapshot(report));
    m_status.refreshPendingCount();
    if (report.phase == SyncPhase::Idle && report.lastError == SyncError::None)
        m_status.setNotice(SyncStatus::Notice::None); // enrolled again and syncing
}

void SyncWiring::onReauthNeeded()
{
    m_status.setNotice(SyncStatus::Notice::Reauth);
    stopService();
    m_session.lock(); // the lock screen shows SyncStatus.noticeText
}

void SyncWiring::onWiped()
{
    // The engine told head office and erased the key, the rows and the files; the app's connection to the
    // erased file goes now, and the tablet starts over at first start.
    stopService();
    m_session.lock();
    m_status.reset();
    m_status.setNotice(SyncStatus::Notice::Wiped);
}

SyncStatus::Failure SyncWiring::failure(SyncError error)
{
    using F = SyncStatus::Failure;
    switch (error) {
    case SyncError::None:
    case SyncError::NotEnrolled:
        return F::None;
    case SyncError::Offline:
        return F::Offline;
    case SyncError::Timeout:
    case SyncError::Unreachable:
    case SyncError::ServerError:
        return F::ServerUnreachable;
    case SyncError::ServerBusy:
        return F::ServerBusy;
    case SyncError::PinMismatch:
    case SyncError::TlsFailed:
        return F::TlsFailure;
    case SyncError::Unauthorized:
    case SyncError::WipeOrdered:
        return F::Unauthorized;
    case SyncError::Rejected:
        return F::Rejected;
    case SyncError::EnrollmentRefused:
        return F::EnrollmentRefused;
    case SyncError::BadAnswer:
    case SyncError::StoreFailed:
        return F::Internal;
    }
    return F::Internal;
}

SyncStatus::Snapshot SyncWiring::snapshot(const SyncReport &r)
{
    using S = SyncStatus::State;
    SyncStatus::Snapshot s;
    switch (r.phase) {
    case SyncPhase::NotEnrolled:
        s.state = S::NotEnrolled;
        break;
    case SyncPhase::Idle:
        s.state = S::Idle;
        break;
    case SyncPhase::Syncing:
        s.state = S::Syncing;
        break;
    case SyncPhase::WaitingToRetry:
        s.state = S::WaitingToRetry;
        break;
    case SyncPhase::Failed:
    case SyncPhase::ReauthNeeded:
    case SyncPhase::Wiped:
        s.state = S::Error;
        break;
    }
    if (r.phase == SyncPhase::Syncing) {
        s.progressDone = r.progressDone;
        s.progressTotal = r.progressTotal;
    } else {
        s.failure = failure(r.lastError);
        s.code = s.failure == SyncStatus::Failure::None ? QString() : r.serverCode;
        if (s.failure == SyncStatus::Failure::None && r.clockSkewFlagged) {
            s.failure = SyncStatus::Failure::TabletClockOff;
            s.code = QStringLiteral("clock_skew");
        }
    }
    s.lastSuccessUtcMs = r.lastSuccessUtcMs;
    s.retryAtUtcMs = r.phase == SyncPhase::WaitingToRetry ? r.retryAtUtcMs : 0;
    return s;
}

} // namespace kakunin
