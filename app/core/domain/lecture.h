#pragma once

#include "policy.h"

#include "core/clock.h"
#include "core/content/contentpack.h"
#include "core/result.h"

#include <QList>
#include <QSet>

namespace kakunin {

enum class LectureError {
    None = 0,
    NotStarted,
    AlreadyStarted,
    NotRunning, // pause, or teaching, while paused
    NotPaused, // resume while running
    SignedOff, // nothing changes after the sign-off
    EmptyChecklist, // the pack has no item for this level
    UnknownItem,
    NotTaught, // understood before taught
    AlreadyDone,
    BelowMinimum, // D1: running time under the policy minimum
    ItemsOpen, // D2: an item not taught or not understood
    SignatureMissingStrokes,
};

// D1 講習時間: only running time counts, measured on the monotonic clock. Moving the wall clock changes
// nothing; a reboot while running loses that segment (no trustworthy reading exists for it).
class LectureClock {
public:
    enum class State { NotStarted, Running, Paused };

    LectureError start(qint64 mono, const QString &boot);
    LectureError pause(qint64 mono, const QString &boot);
    LectureError resume(qint64 mono, const QString &boot);
    LectureError start(const Clock &c) { return start(c.monotonicMs(), c.bootId()); }
    LectureError pause(const Clock &c) { return pause(c.monotonicMs(), c.bootId()); }
    LectureError resume(const Clock &c) { return resume(c.monotonicMs(), c.bootId()); }

    qint64 runningMs(qint64 mono, const QString &boot) const;
    qint64 runningMs(const Clock &c) const { return runningMs(c.monotonicMs(), c.bootId()); }
    State state() const { return m_state; }

    // Serialized with the contract projection.
    qint64 closedMs() const { return m_closedMs; }
    qint64 segmentStartMono() const { return m_segMono; }
    QString segmentBoot() const { return m_segBoot; }
    static LectureClock restore(State s, qint64 closedMs, qint64 segMono, const QString &segBoot);

private:
    qint64 openSegmentMs(qint64 mono, const QString &boot) const;
    State m_state = State::NotStarted;
    qint64 m_closedMs = 0;
    qint64 m_segMono = 0;
    QString m_segBoot;
};

// Items of the pack for a level: Standard gets the standard items, Extended gets them all.
QList<LectureItem> lectureItemsFor(const ContentPack &pack, LectureLevel level);

// D1, D2 納品講習: the checklist for the customer's level, each item taught then understood,
// signed off only at or above the product's minimum running time.
class LectureSession {
public:
    static Result<LectureSession, LectureError> open(const ContentPack &pack, LectureLevel level, const Policy &policy);

    LectureError start(const Clock &c);
    LectureError pause(const Clock &c);
    LectureError resume(const Clock &c);
    LectureError markTaught(const QString &itemId, const Clock &c); // installer
    LectureError markUnderstood(const QString &itemId, const Clock &c); // customer
    LectureError checkSignOff(const Clock &c) const;
    LectureError signOff(const QString &strokesHash, const Clock &c); // 納品確認書

    const LectureClock &clock() const { return m_clock; }
    LectureLevel level() const { return m_level; }
    qint64 minimumMs() const { return m_minimumMs; }
    QStringList itemIds() const;
    QStringList openItems() const; // not yet taught or not yet understood
    bool signedOff() const { return m_signedOff; }

private:
    LectureSession() = default;
    QList<LectureItem> m_items;
    LectureLevel m_level = LectureLevel::Standard;
    qint64 m_minimumMs = 0;
    LectureClock m_clock;
    QSet<QString> m_taught, m_understood;
    bool m_signedOff = false;
};

QString lectureLevelName(LectureLevel l);
bool lectureLevelFromName(const QString &name, LectureLevel *out);

} // namespace kakunin
