#pragma once

#include "appsession.h"

#include "visithistory.h"

#include <core/domain/visit.h>

#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace kakunin {

// A sales visit to one customer (S2) on VisitPage: may it start now (checkVisitStart through VisitConduct:
// an appointment recorded beforehand for today, the allowed hours or a recorded reason, no cool-down after a
// decline), the conduct timer on the monotonic clock with the warning at the policy's share of the maximum
// (visit.warned, once) and the flag past it (visit.flagged), "customer declined" (visit.declined, ends the
// visit and starts the cool-down) and the normal end (visit.ended).
// State comes from the store's events only: a visit in progress survives closing the page and restarting
// the app. A 1 s timer re-reads session.clock(); tests call refresh() after advancing a ManualClock.
class VisitController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kakunin::AppSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString customerId READ customerId WRITE setCustomerId NOTIFY customerIdChanged)

    Q_PROPERTY(bool found READ found NOTIFY stateChanged) // one of my customers (P4)
    Q_PROPERTY(QString customerName READ customerName NOTIFY stateChanged)
    Q_PROPERTY(QString business READ business NOTIFY stateChanged)

    // Before a visit: may it start, and if not, why (code and words).
    Q_PROPERTY(bool canStart READ canStart NOTIFY tick)
    Q_PROPERTY(QString startBlockedCode READ startBlockedCode NOTIFY tick)
    Q_PROPERTY(QString startBlockedText READ startBlockedText NOTIFY tick)
    Q_PROPERTY(QString appointmentText READ appointmentText NOTIFY tick) // the appointment the visit rests on
    Q_PROPERTY(bool outsideAllowedHours READ outsideAllowedHours NOTIFY tick) // now: a reason is needed
    Q_PROPERTY(QString allowedHoursText READ allowedHoursText NOTIFY sessionChanged) // "09:00–18:00"
    // "none", "customer_requested_time", "customer_business_hours": why a visit outside the hours is made.
    Q_PROPERTY(QString outOfHoursReason READ outOfHoursReason WRITE setOutOfHoursReason NOTIFY outOfHoursReasonChanged)
    Q_PROPERTY(QVariantList outOfHoursReasonOptions READ outOfHoursReasonOptions CONSTANT)
    Q_PROPERTY(QString coolDownText READ coolDownText NOTIFY tick) // "" unless a decline blocks visits
    Q_PROPERTY(QVariantList appointments READ appointments NOTIFY tick) // [{id, text}] upcoming, unused
    Q_PROPERTY(bool canBook READ canBook NOTIFY stateChanged)

    // During a visit.
    Q_PROPERTY(bool active READ active NOTIFY stateChanged)
    Q_PROPERTY(QString visitId READ visitId NOTIFY stateChanged)
    Q_PROPERTY(QString startedText READ startedText NOTIFY stateChanged)
    Q_PROPERTY(int elapsedSeconds READ elapsedSeconds NOTIFY tick)
    Q_PROPERTY(QString elapsedText READ elapsedText NOTIFY tick) // "0:42:13"
    Q_PROPERTY(int percentOfMax READ percentOfMax NOTIFY tick)
    Q_PROPERTY(int maxMinutes READ maxMinutes NOTIFY sessionChanged)
    Q_PROPERTY(int warnPercent READ warnPercent NOTIFY sessionChanged)
    Q_PROPERTY(QString remainingText READ remainingText NOTIFY tick) // "38 min left" / "12 min over"
    Q_PROPERTY(bool warning READ warning NOTIFY tick) // ≥ warnPercent of the maximum
    Q_PROPERTY(bool maxExceeded READ maxExceeded NOTIFY tick) // flagged to head office
    Q_PROPERTY(bool pastAllowedHours READ pastAllowedHours NOTIFY tick)
    Q_PROPERTY(bool wallClockFallback READ wallClockFallback NOTIFY tick)
    Q_PROPERTY(QString conductText READ conductText NOTIFY tick) // the warning in words, "" when all is well
    Q_PROPERTY(QString declineConsequenceText READ declineConsequenceText NOTIFY tick)

    // After a visit.
    Q_PROPERTY(QString lastVisitText READ lastVisitText NOTIFY stateChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged) // the last action that failed

public:
    explicit VisitController(QObject *parent = nullptr);

    AppSession *session() const { return m_session; }
    void setSession(AppSession *session);
    QString customerId() const { return m_customerId; }
    void setCustomerId(const QString &id);

    bool found() const { return m_found; }
    QString customerName() const { return m_name; }
    QString business() const { return m_business; }

    bool canStart() const { return m_blocked.isEmpty(); }
    QString startBlockedCode() const { return m_blocked; }
    QString startBlockedText() const;
    QString appointmentText() const;
    bool outsideAllowedHours() const;
    QString allowedHoursText() const;
    QString outOfHoursReason() const { return outOfHoursReasonName(m_reason); }
    void setOutOfHoursReason(const QString &code);
    static QVariantList outOfHoursReasonOptions();
    QString coolDownText() const;
    QVariantList appointments() const;
    bool canBook() const { return m_found && !m_refused && m_salesRep; }

    bool active() const { return m_conduct && m_conduct->active(); }
    QString visitId() const;
    QString startedText() const;
    int elapsedSeconds() const { return static_cast<int>(m_status.elapsedMs / 1000); }
    QString elapsedText() const;
    int percentOfMax() const { return m_status.percentOfMax; }
    int maxMinutes() const;
    int warnPercent() const;
    QString remainingText() const;
    bool warning() const { return m_status.warning; }
    bool maxExceeded() const { return m_status.maxExceeded; }
    bool pastAllowedHours() const { return m_status.pastAllowedHours; }
    bool wallClockFallback() const { return m_status.wallClockFallback; }
    QString conductText() const;
    QString declineConsequenceText() const;

    QString lastVisitText() const;
    QString errorText() const { return m_error; }

    VisitStatus status() const { return m_status; }
    const VisitHistory &history() const { return m_history; }

    Q_INVOKABLE bool start();
    Q_INVOKABLE bool end();
    // "お帰りください / 結構です": ends the visit at once and starts the cool-down.
    Q_INVOKABLE bool customerDeclined();

    static QString visitErrorCode(VisitError e);

public slots:
    // Re-reads the clock: elapsed time, warnings (recorded once), whether a visit may start now.
    void refresh();
    // Re-reads the customer's events.
    void reload();

signals:
    void sessionChanged();
    void customerIdChanged();
    void stateChanged();
    void tick();
    void outOfHoursReasonChanged();
    void errorChanged();

private:
    bool finish(bool declined);
    void setError(const QString &text);
    void evaluateStart();
    bool recordPending(); // visit.warned / visit.flagged not yet on record
    const Policy &policy() const;
    qint64 now() const;

    AppSession *m_session = nullptr;
    QString m_customerId;
    bool m_found = false;
    bool m_refused = false;
    bool m_salesRep = false;
    QString m_name, m_business;
    VisitHistory m_history;
    std::optional<VisitConduct> m_conduct; // the open visit, rebuilt from its visit.started event
    VisitRecord m_open;
    VisitStatus m_status;
    OutOfHoursReason m_reason = OutOfHoursReason::None;
    QString m_blocked; // code, "" when a visit may start
    std::optional<Appointment> m_startAppointment;
    QString m_error;
    bool m_recording = false;
    QTimer m_timer;
    Policy m_defaultPolicy;
};

} // namespace kakunin
