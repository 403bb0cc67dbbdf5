#include "lecture.h"

namespace kakunin {

LectureError LectureClock::start(qint64 mono, const QString &boot)
{
    if (m_state != State::NotStarted)
        return LectureError::AlreadyStarted;
    m_state = State::Running;
    m_segMono = mono;
    m_segBoot = boot;
    return LectureError::None;
}

qint64 LectureClock::openSegmentMs(qint64 mono, const QString &boot) const
{
    if (m_state != State::Running || boot != m_segBoot || mono < m_segMono)
        return 0;
    return mono - m_segMono;
}

LectureError LectureClock::pause(qint64 mono, const QString &boot)
{
    if (m_state == State::NotStarted)
        return LectureError::NotStarted;
    if (m_state != State::Running)
        return LectureError::NotRunning;
    m_closedMs += openSegmentMs(mono, boot);
    m_state = State::Paused;
    return LectureError::None;
}

LectureError LectureClock::resume(qint64 mono, const QString &boot)
{
    if (m_state == State::NotStarted)
        return LectureError::NotStarted;
    if (m_state != State::Paused)
        return LectureError::NotPaused;
    m_state = State::Running;
    m_segMono = mono;
    m_segBoot = boot;
    return LectureError::None;
}

qint64 LectureClock::runningMs(qint64 mono, const QString &boot) const
{
    return m_closedMs + openSegmentMs(mono, boot);
}

LectureClock LectureClock::restore(State s, qint64 closedMs, qint64 segMono, const QString &segBoot)
{
    LectureClock c;
    c.m_state = s;
    c.m_closedMs = closedMs;
    c.m_segMono = segMono;
    c.m_segBoot = segBoot;
    return c;
}

QList<LectureItem> lectureItemsFor(const ContentPack &pack, LectureLevel level)
{
    QList<LectureItem> out;
    for (const LectureCategory &c : pack.lecture)
        for (const LectureItem &i : c.items)
            if (level == LectureLevel::Extended || i.level == LectureLevel::Standard)
                out.append(i);
    return out;
}

Result<LectureSession, LectureError> LectureSession::open(
    const ContentPack &pack, LectureLevel level, const Policy &policy)
{
    using R = Result<LectureSession, LectureError>;
    LectureSession s;
    s.m_items = lectureItemsFor(pack, level);
    if (s.m_items.isEmpty())
        return R::failure(LectureError::EmptyChecklist);
    s.m_level = level;
    s.m_minimumMs = policy.lectureMinimumMinutes(pack.productCode) * MsPerMinute;
    return s;
}

LectureError LectureSession::start(const Clock &c)
{
    return m_signedOff ? LectureError::SignedOff : m_clock.start(c);
}

LectureError LectureSession::pause(const Clock &c)
{
    return m_signedOff ? LectureError::SignedOff : m_clock.pause(c);
}

LectureError LectureSession::resume(const Clock &c)
{
    return m_signedOff ? LectureError::SignedOff : m_clock.resume(c);
}

QStringList LectureSession::itemIds() const
{
    QStringList ids;
    for (const LectureItem &i : m_items)
        ids.append(i.id);
    return ids;
}

LectureError LectureSession::markTaught(const QString &itemId, const Clock &)
{
    if (m_signedOff)
        return LectureError::SignedOff;
    if (!itemIds().contains(itemId))
        return LectureError::UnknownItem;
    // Teaching happens on the running clock: a paused lecture teaches nothing.
    if (m_clock.state() != LectureClock::State::Running)
        return m_clock.state() == LectureClock::State::NotStarted ? LectureError::NotStarted : LectureError::NotRunning;
    if (m_taught.contains(itemId))
        return LectureError::AlreadyDone;
    m_taught.insert(itemId);
    return LectureError::None;
}

LectureError LectureSession::markUnderstood(const QString &itemId, const Clock &)
{
    if (m_signedOff)
        return LectureError::SignedOff;
    if (!itemIds().contains(itemId))
        return LectureError::UnknownItem;
    if (!m_taught.contains(itemId))
        return LectureError::NotTaught;
    if (m_understood.contains(itemId))
        return LectureError::AlreadyDone;
    m_understood.insert(itemId);
    return LectureError::None;
}

QStringList LectureSession::openItems() const
{
    QStringList open;
    for (const LectureItem &i : m_items)
        if (!m_taught.contains(i.id) || !m_understood.contains(i.id))
            open.append(i.id);
    return open;
}

LectureError LectureSession::checkSignOff(const Clock &c) const
{
    if (m_signedOff)
        return LectureError::SignedOff;
    if (m_clock.state() == LectureClock::State::NotStarted)
        return LectureError::NotStarted;
    if (m_clock.runningMs(c) < m_minimumMs)
        return LectureError::BelowMinimum;
    if (!openItems().isEmpty())
        return LectureError::ItemsOpen;
    return LectureError::None;
}

LectureError LectureSession::signOff(const QString &strokesHash, const Clock &c)
{
    if (const LectureError e = checkSignOff(c); e != LectureError::None)
        return e;
    if (strokesHash.isEmpty())
        return LectureError::SignatureMissingStrokes;
    if (m_clock.state() == LectureClock::State::Running)
        m_clock.pause(c);
    m_signedOff = true;
    return LectureError::None;
}

QString lectureLevelName(LectureLevel l)
{
    return l == LectureLevel::Extended ? QStringLiteral("extended") : QStringLiteral("standard");
}

bool lectureLevelFromName(const QString &name, LectureLevel *out)
{
    if (name == QLatin1String("standard"))
        *out = LectureLevel::Standard;
    else if (name == QLatin1String("extended"))
        *out = LectureLevel::Extended;
    else
        return false;
    return true;
}

} // namespace kakunin
