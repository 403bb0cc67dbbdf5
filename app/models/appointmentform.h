#pragma once

#include "appsession.h"

#include <QDate>
#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace kakunin {

// Books a visit agreed with the customer (S2: no unannounced visits): a day of the next two weeks and a
// time, in the company time zone. book() records appointment.recorded. Not in the past, not inside the
// cool-down after a decline, never for a refused prospect; outside the allowed hours it may be booked, and
// says that the visit will need a recorded reason.
class AppointmentForm : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kakunin::AppSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString customerId READ customerId WRITE setCustomerId NOTIFY customerIdChanged)
    // [{value: offset as a string, text: "Today", "Tomorrow", "Mon 2 Feb", …}] for the next DaysAhead days.
    Q_PROPERTY(QVariantList days READ days NOTIFY changed)
    Q_PROPERTY(int dayOffset READ dayOffset WRITE setDayOffset NOTIFY changed)
    Q_PROPERTY(int hour READ hour WRITE setHour NOTIFY changed)
    Q_PROPERTY(int minute READ minute WRITE setMinute NOTIFY changed) // a multiple of MinuteStep
    Q_PROPERTY(int minuteStep READ minuteStep CONSTANT)
    Q_PROPERTY(QString scheduledText READ scheduledText NOTIFY changed)
    Q_PROPERTY(QString warningText READ warningText NOTIFY changed) // outside the allowed hours
    Q_PROPERTY(QString errorCode READ errorCode NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
    Q_PROPERTY(bool canBook READ canBook NOTIFY changed)

public:
    static constexpr int DaysAhead = 14;
    static constexpr int MinuteStep = 5;

    explicit AppointmentForm(QObject *parent = nullptr);

    AppSession *session() const { return m_session; }
    void setSession(AppSession *session);
    QString customerId() const { return m_customerId; }
    void setCustomerId(const QString &id);

    QVariantList days() const;
    int dayOffset() const { return m_dayOffset; }
    void setDayOffset(int offset);
    int hour() const { return m_hour; }
    void setHour(int hour);
    int minute() const { return m_minute; }
    void setMinute(int minute);
    int minuteStep() const { return MinuteStep; }

    qint64 scheduledAtUtc() const;
    QString scheduledText() const;
    QString warningText() const;
    QString errorCode() const;
    QString errorText() const;
    bool canBook() const { return errorCode().isEmpty(); }

    // Records the appointment; false with errorText when it may not be booked. Emits booked().
    Q_INVOKABLE bool book();
    // The next bookable slot: today at the next full hour inside the allowed hours, else tomorrow at opening.
    Q_INVOKABLE void resetToNextSlot();

signals:
    void sessionChanged();
    void customerIdChanged();
    void changed();
    void booked(const QString &appointmentId);

private:
    const Policy &policy() const;
    qint64 now() const;
    QDate today() const;

    AppSession *m_session = nullptr;
    QString m_customerId;
    int m_dayOffset = 0;
    int m_hour = 10;
    int m_minute = 0;
    QString m_storeError;
};

} // namespace kakunin
