#include "appsession.h"

#include "errortext.h"

#include <store/keyvault.h>

#include <QDir>
#include <QStandardPaths>
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
    connect(&m_pinWatcher, &QFutureWatcherBase::finished, this, &AppSession::finishPinChange);
    refreshThrottle();
}

AppSession::~AppSession()
{
    if (m_pinChangeBusy)
        m_pinWatcher.waitForFinished(); // it uses the store, which goes away with this session
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
    return messageFor(m_error, m_localError);
}

QString AppSession::messageFor(StoreError e, const QString &localCode) const
{
    if (localCode == QLatin1String("pin_mismatch"))
        return tr("The two PINs do not match.");
    if (e == StoreError::LockedOut && m_retryAfterSeconds > 0)
        return tr("Too many wrong PINs. Try again in %n second(s).", nullptr, m_retryAfterSeconds);
    if (e == StoreError::WrongPin && m_failedAttempts > 0)
        return tr("That PIN is not correct (%n failed attempt(s)).", nullptr, m_failedAttempts);
    return errorText(e);
}

QString AppSession::deviceId() const
{
    return m_store ? m_store->deviceId() : QString();
}

int AppSession::eventCount() const
{
    return m_store ? static_cast<int>(m_store->headSeq()) : 0;
}

QString AppSession::copiesFolderOf(const AppSession *session)
{
    QString base = session ? session->dataDirectory() : QString();
    if (base.isEmpty())
        base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(base).filePath(QStringLiteral("copies"));
}

void AppSession::setUser(const QString &userId, const QString &role)
{
    if (userId == m_userId && role == m_role)
        return;
    m_userId = userId;
    m_role = role;
    emit userChanged();
    emit roleTextChanged();
}

QString AppSession::roleText() const
{
    return roleText(m_role);
}

QString AppSession::roleText(const QString &role)
{
    if (role == QLatin1String("sales_rep"))
        return tr("Sales rep");
    if (role == QLatin1String("installer"))
        return tr("Installer");
    return role;
}

void AppSession::setLanguage(const QString &code)
{
    const QString language = code == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("ja");
    if (language == m_language)
        return;
    m_language = language;
    emit languageChanged();
    // Texts made here are read again in the new language.
    emit roleTextChanged();
    emit errorChanged();
    emit pinChangeChanged();
}

void AppSession::setPolicy(const Policy &policy)
{
    if (policy == m_policy)
        return;
    m_policy = policy;
    emit policyChanged();
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
        emit eventCountChanged();
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
    if (m_pinChangeBusy) { // the store is in use on the worker thread: lock as soon as it is done
        m_lockWhenPinChanged = true;
        return;
    }
    clearPinChange();
    m_reader.close();
    m_store.reset();
    m_stage = Store::exists(m_options.directory) ? Stage::Locked : Stage::SetUp; // erased by a wipe order
    emit stageChanged();
    emit eventCountChanged();
}

void AppSession::changePin(const QString &currentPin, const QString &newPin, const QString &confirmation)
{
    if (m_pinChangeBusy || m_stage != Stage::Unlocked || !m_store)
        return;
    m_pinChangeDone = false;
    if (newPin != confirmation) {
        setPinChangeError(StoreError::None, QStringLiteral("pin_mismatch"));
        return;
    }
    if (!keyvault::pinIsAcceptable(newPin)) {
        setPinChangeError(StoreError::PinTooWeak);
        return;
    }
    refreshThrottle();
    if (m_retryAfterSeconds > 0) {
        setPinChangeError(StoreError::LockedOut);
        return;
    }
    m_pinChangeBusy = true;
    setPinChangeError(StoreError::None);
    // Store::changePin reads and writes only the key record and the unlock counter, never the database
    // connection, so the UI thread may go on recording meanwhile; lock() waits for it (m_lockWhenPinChanged).
    Store *store = m_store.get();
    m_pinWatcher.setFuture(
        QtConcurrent::run([store, currentPin, newPin] { return store->changePin(currentPin, newPin); }));
}

QString AppSession::pinChangeErrorCode() const
{
    return m_pinChangeLocalError.isEmpty() ? QString::fromLatin1(storeErrorName(m_pinChangeError))
                                           : m_pinChangeLocalError;
}

QString AppSession::pinChangeErrorMessage() const
{
    return messageFor(m_pinChangeError, m_pinChangeLocalError);
}

void AppSession::clearPinChange()
{
    if (m_pinChangeBusy
        || (!m_pinChangeDone && m_pinChangeError == StoreError::None && m_pinChangeLocalError.isEmpty()))
        return;
    m_pinChangeDone = false;
    setPinChangeError(StoreError::None);
}

void AppSession::finishPinChange()
{
    const StoreError e = m_pinWatcher.result();
    m_pinChangeBusy = false;
    refreshThrottle(); // the counter first, so the message can name it
    m_pinChangeDone = e == StoreError::None;
    setPinChangeError(e);
    const bool lockedOut = m_retryAfterSeconds > 0 && (e == StoreError::WrongPin || e == StoreError::LockedOut);
    if (lockedOut || m_lockWhenPinChanged) {
        m_lockWhenPinChanged = false;
        lock();
        if (lockedOut)
            setError(StoreError::LockedOut); // the lock screen says why and for how long
    }
}

void AppSession::setPinChangeError(StoreError e, const QString &code)
{
    m_pinChangeError = e;
    m_pinChangeLocalError = code;
    emit pinChangeChanged();
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
        if (m_backgroundReads)
            m_reader.open(*m_store); // without it views read on this thread, as before
        m_stage = Stage::Unlocked;
        setError(StoreError::None);
        emit storeOpened();
        emit stageChanged();
        emit eventCountChanged();
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
        if (m_pinChangeError == StoreError::LockedOut)
            emit pinChangeChanged();
    }
    if (seconds > 0 && !m_countdown.isActive())
        m_countdown.start();
    else if (seconds == 0)
        m_countdown.stop();
}

} // namespace kakunin
