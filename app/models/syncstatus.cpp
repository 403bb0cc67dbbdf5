#include "syncstatus.h"

#include "appsession.h"

#include <QDateTime>

namespace kakunin {

SyncStatus::SyncStatus(QObject *parent) : QObject(parent) { }

void SyncStatus::setSession(AppSession *session)
{
    for (auto *c : {&m_recorded, &m_opened, &m_stage, &m_language})
        disconnect(*c);
    m_session = session;
    if (m_session != nullptr) {
        m_recorded = connect(m_session, &AppSession::recorded, this, &SyncStatus::refreshPendingCount);
        m_opened = connect(m_session, &AppSession::storeOpened, this, &SyncStatus::refreshPendingCount);
        m_stage = connect(m_session, &AppSession::stageChanged, this, &SyncStatus::changed); // canSyncNow
        m_language = connect(m_session, &AppSession::languageChanged, this, &SyncStatus::changed); // words
    }
    refreshPendingCount();
}

void SyncStatus::setSnapshot(const Snapshot &snapshot)
{
    if (snapshot == m_snapshot)
        return;
    m_snapshot = snapshot;
    emit changed();
}

void SyncStatus::refreshPendingCount()
{
    const Store *store = m_session != nullptr ? m_session->store() : nullptr;
    if (store == nullptr)
        return; // locked: the last count stays
    const int pending = static_cast<int>(store->unsentCount());
    if (pending == m_pending)
        return;
    m_pending = pending;
    emit changed();
}

QString SyncStatus::stateText() const
{
    switch (m_snapshot.state) {
    case State::NotEnrolled:
        return tr("Not connected to head office");
    case State::Idle:
        return m_pending == 0 ? tr("Up to date") : tr("Waiting for the next sync");
    case State::Syncing:
        return m_snapshot.progressTotal > 0
            ? tr("Syncing: %1 of %2 records sent").arg(m_snapshot.progressDone).arg(m_snapshot.progressTotal)
            : tr("Syncing…");
    case State::WaitingToRetry:
        return tr("Waiting to retry at %1").arg(timeText(m_snapshot.retryAtUtcMs, false));
    case State::Error:
        return tr("Sync failed");
    }
    return {};
}

QString SyncStatus::detailText() const
{
    switch (m_snapshot.state) {
    case State::NotEnrolled:
        if (m_snapshot.failure == Failure::None)
            return tr("This tablet is not enrolled with head office yet. Records stay encrypted on the tablet.");
        [[fallthrough]]; // an enrollment that failed says why
    case State::Idle: // offline, or the clock is off
    case State::Syncing:
    case State::WaitingToRetry:
    case State::Error: {
        if (m_snapshot.failure == Failure::None)
            return {};
        const QString words = failureText(m_snapshot.failure);
        return m_snapshot.code.isEmpty() ? words : tr("%1 (%2)").arg(words, m_snapshot.code);
    }
    }
    return {};
}

QString SyncStatus::pendingText() const
{
    if (m_pending > 0)
        return tr("%n record(s) not yet at head office", nullptr, m_pending);
    return m_snapshot.state == State::NotEnrolled ? tr("No records waiting to be sent.")
                                                  : tr("Every record has reached head office.");
}

QString SyncStatus::lastSuccessText() const
{
    if (!hasLastSuccess())
        return tr("Never synced");
    return tr("Last synced %1").arg(timeText(m_snapshot.lastSuccessUtcMs, true));
}

bool SyncStatus::canSyncNow() const
{
    return m_snapshot.state != State::NotEnrolled && m_snapshot.state != State::Syncing
        && m_snapshot.failure != Failure::Unauthorized && m_session != nullptr
        && m_session->stage() == AppSession::Stage::Unlocked;
}

void SyncStatus::syncNow()
{
    if (canSyncNow())
        emit syncRequested();
}

bool SyncStatus::canEnroll() const
{
    const bool needed = m_snapshot.state == State::NotEnrolled
        || (m_snapshot.state == State::Error && m_snapshot.failure == Failure::Unauthorized);
    return needed && m_serverConfigured && m_session != nullptr && m_session->stage() == AppSession::Stage::Unlocked;
}

void SyncStatus::setServerConfigured(bool configured)
{
    if (configured == m_serverConfigured)
        return;
    m_serverConfigured = configured;
    emit changed();
}

void SyncStatus::enroll(const QString &code)
{
    if (canEnroll() && !code.trimmed().isEmpty())
        emit enrollRequested(code);
}

void SyncStatus::setNotice(Notice notice)
{
    if (notice == m_notice)
        return;
    m_notice = notice;
    emit changed();
}

QString SyncStatus::noticeText() const
{
    switch (m_notice) {
    case Notice::None:
        return {};
    case Notice::Reauth:
        return tr("Head office no longer accepts this tablet, so it was locked. Unlock it and enter a new "
                  "enrollment code from head office. Records not yet sent stay on the tablet.");
    case Notice::Wiped:
        return tr("Head office ordered this tablet to be erased. Its records and keys were erased. Set it up "
                  "again to continue.");
    }
    return {};
}

void SyncStatus::reset()
{
    m_snapshot = Snapshot {};
    m_pending = 0;
    emit changed();
}

QString SyncStatus::failureText(Failure failure)
{
    switch (failure) {
    case Failure::None:
        return {};
    case Failure::Offline:
        return tr("The tablet is offline. Records are sent when it is connected again.");
    case Failure::ServerUnreachable:
        return tr("Head office could not be reached. The tablet tries again by itself.");
    case Failure::ServerBusy:
        return tr("Head office is busy. The tablet tries again by itself.");
    case Failure::TlsFailure:
        return tr("The connection to head office could not be verified. Nothing was sent. Contact head office.");
    case Failure::Unauthorized:
        return tr("Head office no longer accepts this tablet. Contact head office to enroll it again.");
    case Failure::Rejected:
        return tr("Head office refused a record. Contact head office; the records stay on the tablet.");
    case Failure::TabletClockOff:
        return tr("The tablet's clock is wrong. Set the date and time, then sync again.");
    case Failure::EnrollmentRefused:
        return tr("Head office did not accept the enrollment code. Check the code, or ask head office for a new one.");
    case Failure::Internal:
        return tr("Sync stopped because of an unexpected error. Contact head office.");
    }
    return {};
}

QString SyncStatus::timeText(qint64 utcMs, bool withDay) const
{
    const QTimeZone zone = m_session != nullptr ? m_session->policy().zone() : QTimeZone::systemTimeZone();
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(utcMs, zone);
    const QString hhmm = at.toString(QStringLiteral("HH:mm"));
    if (!withDay)
        return hhmm;
    const qint64 now = m_session != nullptr ? m_session->clock().utcMs() : QDateTime::currentMSecsSinceEpoch();
    if (QDateTime::fromMSecsSinceEpoch(now, zone).date() == at.date())
        return tr("today at %1").arg(hhmm);
    return tr("on %1 at %2").arg(at.toString(QStringLiteral("yyyy-MM-dd")), hhmm);
}

} // namespace kakunin
