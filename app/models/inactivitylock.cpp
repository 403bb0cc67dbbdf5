#include "inactivitylock.h"

#include "appsession.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>

#include <algorithm>

namespace kakunin {

namespace {

bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseMove:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
    case QEvent::KeyPress:
    case QEvent::Wheel:
        return true;
    default:
        return false;
    }
}

} // namespace

InactivityLock::InactivityLock(AppSession &session, QObject *parent) : QObject(parent), m_session(session)
{
    touch();
    m_timer.setInterval(CheckIntervalMs);
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &InactivityLock::check);
    // Unlocking is using the tablet: idle time counts from there.
    connect(&m_session, &AppSession::stageChanged, this, [this] {
        if (m_session.stage() == AppSession::Stage::Unlocked)
            touch();
    });
}

InactivityLock::~InactivityLock()
{
    if (m_installed && QCoreApplication::instance() != nullptr)
        QCoreApplication::instance()->removeEventFilter(this);
}

void InactivityLock::install()
{
    QCoreApplication *app = QCoreApplication::instance();
    if (m_installed || app == nullptr)
        return;
    app->installEventFilter(this);
    m_installed = true;
    m_timer.start();
    if (auto *gui = qobject_cast<QGuiApplication *>(app))
        connect(gui, &QGuiApplication::applicationStateChanged, this, &InactivityLock::applicationStateChanged);
}

bool InactivityLock::eventFilter(QObject *watched, QEvent *event)
{
    if (isInput(event->type()))
        touch();
    return QObject::eventFilter(watched, event);
}

qint64 InactivityLock::idleMs() const
{
    const Clock &clock = m_session.clock();
    return std::max(clock.monotonicMs() - m_lastMonoMs, clock.utcMs() - m_lastUtcMs);
}

qint64 InactivityLock::limitMs() const
{
    return std::max(0, m_session.policy().autoLockMinutes) * MsPerMinute;
}

void InactivityLock::touch()
{
    const Clock &clock = m_session.clock();
    m_lastMonoMs = clock.monotonicMs();
    m_lastUtcMs = clock.utcMs();
}

void InactivityLock::check()
{
    if (m_session.stage() != AppSession::Stage::Unlocked || limitMs() == 0)
        return;
    // A reboot resets the monotonic clock (another boot id): the wall clock still counts then.
    if (idleMs() >= limitMs() || m_session.clock().monotonicMs() < m_lastMonoMs)
        m_session.lock();
}

void InactivityLock::applicationStateChanged(Qt::ApplicationState state)
{
    if (state == Qt::ApplicationActive)
        check(); // the idle time ran on while in the background (no input came)
}

} // namespace kakunin
