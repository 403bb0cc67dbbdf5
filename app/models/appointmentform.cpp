#include "appointmentform.h"

#include "appsession.h"
#include "customertext.h"
#include "errortext.h"
#include "visithistory.h"

#include <core/domain/eventcatalog.h>
#include <store/store.h>

#include <QDateTime>
#include <QUuid>
#include <QVariantMap>

namespace kakunin {

AppointmentForm::AppointmentForm(QObject *parent) : QObject(parent) { }

void AppointmentForm::setSession(AppSession *session)
{
    if (session == m_session)
        return;
    if (m_session != nullptr)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session != nullptr) {
        connect(m_session, &AppSession::recorded, this, [this](const QStringList &aggregates) {
            if (aggregates.contains(m_customerId))
                emit changed();
        });
        connect(m_session, &AppSession::stageChanged, this, &AppointmentForm::changed);
    }
    emit sessionChanged();
    resetToNextSlot();
}

void AppointmentForm::setCustomerId(const QString &id)
{
    if (id == m_customerId)
        return;
    m_customerId = id;
    m_storeError.clear();
    emit customerIdChanged();
    emit changed();
}

const Policy &AppointmentForm::policy() const
{
    static const Policy defaults;
    return m_session != nullptr ? m_session->policy() : defaults;
}

qint64 AppointmentForm::now() const
{
    return m_session != nullptr ? m_session->clock().utcMs() : SystemClock().utcMs();
}

QDate AppointmentForm::today() const
{
    return companyDate(policy(), now());
}

QVariantList AppointmentForm::days() const
{
    QVariantList l;
    const QDate t = today();
    for (int i = 0; i < DaysAhead; ++i)
        l.append(QVariantMap {{QStringLiteral("value"), QString::number(i)},
            {QStringLiteral("text"), customertext::dayName(policy(), t.addDays(i), t)}});
    return l;
}

void AppointmentForm::setDayOffset(int offset)
{
    offset = std::clamp(offset, 0, DaysAhead - 1);
    if (offset == m_dayOffset)
        return;
    m_dayOffset = offset;
    m_storeError.clear();
    emit changed();
}

void AppointmentForm::setHour(int hour)
{
    hour = std::clamp(hour, 0, 23);
    if (hour == m_hour)
        return;
    m_hour = hour;
    m_storeError.clear();
    emit changed();
}

void AppointmentForm::setMinute(int minute)
{
    minute = std::clamp(minute / MinuteStep * MinuteStep, 0, 60 - MinuteStep);
    if (minute == m_minute)
        return;
    m_minute = minute;
    m_storeError.clear();
    emit changed();
}

void AppointmentForm::resetToNextSlot()
{
    const Policy &p = policy();
    const int nowMinute = companyMinuteOfDay(p, now());
    int next = (nowMinute / 60 + 1) * 60; // the next full hour
    next = std::max(next, p.visitStartMinute);
    int offset = 0;
    if (next >= p.visitEndMinute) {
        offset = 1;
        next = p.visitStartMinute;
    }
    m_dayOffset = offset;
    m_hour = next / 60;
    m_minute = next % 60 / MinuteStep * MinuteStep;
    m_storeError.clear();
    emit changed();
}

qint64 AppointmentForm::scheduledAtUtc() const
{
    return QDateTime(today().addDays(m_dayOffset), QTime(m_hour, m_minute), policy().zone()).toMSecsSinceEpoch();
}

QString AppointmentForm::scheduledText() const
{
    return customertext::dayTime(policy(), scheduledAtUtc(), now());
}

QString AppointmentForm::warningText() const
{
    if (withinAllowedHours(policy(), scheduledAtUtc()))
        return {};
    return tr("This is outside the allowed visit hours. The visit will need a recorded reason "
              "(the customer asked for this time, or their business hours).");
}

QString AppointmentForm::errorCode() const
{
    const Store *store = m_session != nullptr ? m_session->store() : nullptr;
    if (store == nullptr)
        return QStringLiteral("locked");
    const auto p = m_customerId.isEmpty() ? std::nullopt : store->projection(m_customerId);
    if (!p || p->state.value(QStringLiteral("registeredBy")).toString() != m_session->userId())
        return QStringLiteral("not_mine"); // P4
    if (!m_session->salesRep())
        return QStringLiteral("not_sales_rep");
    if (p->state.value(QStringLiteral("screening")).toString() == QLatin1String("refused"))
        return QStringLiteral("screening_refused"); // P2: no way forward
    const qint64 at = scheduledAtUtc();
    if (at < now() / MsPerMinute * MsPerMinute)
        return QStringLiteral("in_past");
    const VisitHistory history = VisitHistory::load(*store, m_customerId);
    if (history.lastDeclinedAt && at < coolDownEndsUtc(policy(), *history.lastDeclinedAt))
        return QStringLiteral("cool_down_active");
    for (const Appointment &a : history.upcoming(policy(), now()))
        if (a.scheduledAtUtc == at)
            return QStringLiteral("already_booked");
    if (!m_storeError.isEmpty())
        return QStringLiteral("store");
    return {};
}

QString AppointmentForm::errorText() const
{
    const QString c = errorCode();
    if (c.isEmpty())
        return {};
    if (c == QLatin1String("locked"))
        return tr("The tablet is locked.");
    if (c == QLatin1String("not_mine"))
        return tr("This customer is not one of yours.");
    if (c == QLatin1String("not_sales_rep"))
        return tr("Only the sales representative books visits.");
    if (c == QLatin1String("screening_refused"))
        return tr("The screening refused this prospect: no visit can be booked.");
    if (c == QLatin1String("in_past"))
        return tr("This time has already passed. Choose a later time.");
    if (c == QLatin1String("cool_down_active")) {
        const VisitHistory history = VisitHistory::load(*m_session->store(), m_customerId);
        return tr("The customer declined a visit. No sales visit can be booked before %1.")
            .arg(customertext::dateTime(policy(), coolDownEndsUtc(policy(), *history.lastDeclinedAt)));
    }
    if (c == QLatin1String("already_booked"))
        return tr("A visit is already booked at this time.");
    return m_storeError;
}

bool AppointmentForm::book()
{
    m_storeError.clear();
    if (!canBook()) {
        emit changed();
        return false;
    }
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto written
        = m_session->record({EventDraft {EventType::AppointmentRecorded, m_customerId, m_session->userId(),
            QJsonObject {{QStringLiteral("appointmentId"), id}, {QStringLiteral("scheduledAt"), scheduledAtUtc()}}}});
    if (!written) {
        m_storeError = kakunin::errorText(written.error());
        emit changed();
        return false;
    }
    emit booked(id);
    return true;
}

} // namespace kakunin
