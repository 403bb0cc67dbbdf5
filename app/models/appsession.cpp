#include "appsession.h"

#include "errortext.h"

#include <store/keyvault.h>

#include <QtConcurrent/QtConcurrentRun>

namespace kakunin {

AppSession::AppSession(StoreOptions options, QString userId, QString role, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_userId(std::move(userId)), m_role(std::move(role))
{
    m_content.loadBuiltIn();
    m_stage = Store::exists(m_options.directory) ? Stage::Locked : Stage::SetUp;
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &AppSession::refreshThrottle);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &AppSession::finish);
    refreshThrottle();
}

AppSession::~AppSession()
{
    if (!m_busy)
        return;
    // An unlock still running when the UI goes away: its store has no one else to close it.
    m_watcher.waitForFinished();
    if (m_watcher.future().resultCount() > 0)
        delete m_watcher.result().store;
}

QString AppSession::errorCode() const
{
    return m_localError.isEmpty() ? QString::fromLatin1(storeErrorName(m_error)) : m_localError;
}

QString AppSession::errorMessage() const
{
    if (m_localError == QLatin1String("pin_mismatch"))
        return tr("The two PINs do not match.");
    if (m_error == StoreError::LockedOut && m_retryAfterSeconds > 0)
        return tr("Too many wrong PINs. Try again in %n second(s).", nullptr, m_retryAfterSeconds);
    if (m_error == StoreError::WrongPin && m_failedAttempts > 0)
        return tr("That PIN is not correct (%n failed attempt(s)).", nullptr, m_failedAttempts);
    return errorText(m_error);
}

QString AppSession::deviceId() const
{
    return m_store ? m_store->deviceId() : QString();
}

int AppSession::eventCount() const
{
    return m_store ? static_cast<int>(m_store->headSeq()) : 0;
}

void AppSession::setUser(const QString &userId, const QString &role)
{
    if (userId == m_userId && role == m_role)
        return;
    m_userId = userId;
    m_role = role;
    emit userChanged();
}

Result<QList<Event>, StoreError> AppSession::record(const QList<EventDraft> &drafts)
{
    if (!m_store)
        return Result<QList<Event>, StoreError>::failure(StoreError::Locked);
    auto written = m_store->appendBatch(drafts);
    if (written) {
        QStringList aggregates;
        for (const EventDraft &d : drafts)
            if (!aggregates.contains(d.aggregate))
                aggregates.append(d.aggregate);
        emit recorded(aggregates);
    }
    return written;
}

bool AppSession::pinAcceptable(const QString &pin) const
{
    return keyvault::pinIsAcceptable(pin);
}

void AppSession::setUpPin(const QString &pin, const QString &confirmation)
{
    if (m_busy || m_stage != Stage::SetUp)
        return;
    if (pin != confirmation) {
        setError(StoreError::None, QStringLiteral("pin_mismatch"));
        return;
    }
    if (!keyvault::pinIsAcceptable(pin)) {
        setError(StoreError::PinTooWeak);
        return;
    }
    const StoreOptions options = m_options;
    run([options, pin] {
        auto r = Store::create(options, pin);
        return r ? Outcome {std::move(r).value().release(), StoreError::None} : Outcome {nullptr, r.error()};
    });
}

void AppSession::unlock(const QString &pin)
{
    if (m_busy || m_stage != Stage::Locked)
        return;
    refreshThrottle();
    if (m_retryAfterSeconds > 0) {
        setError(StoreError::LockedOut);
        return;
    }
    const StoreOptions options = m_options;
    run([options, pin] {
        auto r = Store::unlock(options, pin);
        return r ? Outcome {std::move(r).value().release(), StoreError::None} : Outcome {nullptr, r.error()};
    });
}

void AppSession::lock()
{
    if (m_stage != Stage::Unlocked)
        return;
    m_store.reset();
    m_stage = Stage::Locked;
    emit stageChanged();
}

void AppSession::run(std::function<Outcome()> work)
{
    setError(StoreError::None);
    m_busy = true;
    emit busyChanged();
    m_watcher.setFuture(QtConcurrent::run(std::move(work)));
}

void AppSession::finish()
{
    const Outcome outcome = m_watcher.result();
    m_busy = false;
    refreshThrottle(); // the counter first, so the message below can name it
    if (outcome.store != nullptr) {
        m_store.reset(outcome.store);
        m_stage = Stage::Unlocked;
        setError(StoreError::None);
        emit storeOpened();
        emit stageChanged();
    } else {
        setError(outcome.error);
    }
    emit busyChanged();
}

void AppSession::setError(StoreError e, const QString &code)
{
    m_error = e;
    m_localError = code;
    emit errorChanged();
}

void AppSession::refreshThrottle()
{
    const UnlockState s = Store::unlockState(m_options);
    const int seconds = static_cast<int>((s.retryAfterMs + 999) / 1000);
    if (s.failures != m_failedAttempts) {
        m_failedAttempts = s.failures;
        emit failedAttemptsChanged();
    }
    if (seconds != m_retryAfterSeconds) {
        m_retryAfterSeconds = seconds;
        emit retryAfterSecondsChanged();
        if (m_error == StoreError::LockedOut)
            emit errorChanged(); // the message counts down too
    }
    if (seconds > 0 && !m_countdown.isActive())
        m_countdown.start();
    else if (seconds == 0)
        m_countdown.stop();
}

} // namespace kakunin
