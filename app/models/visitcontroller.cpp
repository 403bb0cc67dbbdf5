#include "visitcontroller.h"

#include "appsession.h"
#include "customertext.h"
#include "errortext.h"

#include <core/domain/eventcatalog.h>
#include <store/store.h>

#include <QUuid>
#include <QVariantMap>

namespace kakunin {

namespace {

// The clock reading a visit.started event recorded: used to rebuild the visit as it was started.
class RecordedClock final : public Clock {
public:
    RecordedClock(qint64 utc, qint64 mono, QString boot) : m_utc(utc), m_mono(mono), m_boot(std::move(boot)) { }
    qint64 utcMs() const override { return m_utc; }
    qint64 monotonicMs() const override { return m_mono; }
    QString bootId() const override { return m_boot; }

private:
    qint64 m_utc;
    qint64 m_mono;
    QString m_boot;
};

QString hhmm(int minuteOfDay)
{
    return QStringLiteral("%1:%2")
        .arg(minuteOfDay / 60, 2, 10, QLatin1Char('0'))
        .arg(minuteOfDay % 60, 2, 10, QLatin1Char('0'));
}

int minutesOf(qint64 ms)
{
    return static_cast<int>(ms / MsPerMinute);
}

} // namespace

VisitController::VisitController(QObject *parent) : QObject(parent)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &VisitController::refresh);
}

void VisitController::setSession(AppSession *session)
{
    if (session == m_session)
        return;
    if (m_session != nullptr)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session != nullptr) {
        connect(m_session, &AppSession::recorded, this, [this](const QStringList &aggregates) {
            if (aggregates.contains(m_customerId))
                reload();
        });
        connect(m_session, &AppSession::stageChanged, this, &VisitController::reload);
        connect(m_session, &AppSession::userChanged, this, &VisitController::reload);
    }
    emit sessionChanged();
    reload();
}

void VisitController::setCustomerId(const QString &id)
{
    if (id == m_customerId)
        return;
    m_customerId = id;
    emit customerIdChanged();
    reload();
}

const Policy &VisitController::policy() const
{
    return m_session != nullptr ? m_session->policy() : m_defaultPolicy;
}

qint64 VisitController::now() const
{
    return m_session != nullptr ? m_session->clock().utcMs() : SystemClock().utcMs();
}

void VisitController::reload()
{
    m_found = m_refused = m_salesRep = false;
    m_name.clear();
    m_business.clear();
    m_history = {};
    m_conduct.reset();
    m_open = {};
    m_status = {};
    const Store *store = m_session != nullptr ? m_session->store() : nullptr;
    if (store != nullptr && !m_customerId.isEmpty()) {
        if (const auto p = store->projection(m_customerId); p && p->kind == QLatin1String("customer")) {
            const QJsonObject &s = p->state;
            m_found = s.value(QStringLiteral("registeredBy")).toString() == m_session->userId(); // P4
            m_refused = s.value(QStringLiteral("screening")).toString() == QLatin1String("refused");
            if (m_found) {
                m_name = s.value(QStringLiteral("name")).toString();
                m_business = s.value(QStringLiteral("business")).toString();
            }
        }
        m_salesRep = m_session->salesRep();
    }
    if (m_found) {
        m_history = VisitHistory::load(*store, m_customerId);
        if (const VisitRecord *open = m_history.openVisit()) {
            // Rebuild the visit from its visit.started event: its wall clock, monotonic reading and boot.
            m_open = *open;
            std::optional<Appointment> appointment;
            for (const Appointment &a : m_history.appointments)
                if (a.id == open->appointmentId)
                    appointment = a;
            const RecordedClock started(open->startedAt, open->startMono, open->startBoot);
            m_conduct.emplace(policy());
            if (m_conduct->start(started, appointment, std::nullopt, open->reason) != VisitError::None) {
                // The visit was accepted when it started; a policy changed since (hours) must not lose it.
                const Appointment recorded {open->appointmentId, open->startedAt, open->startedAt};
                const OutOfHoursReason reason
                    = open->reason != OutOfHoursReason::None ? open->reason : OutOfHoursReason::CustomerRequestedTime;
                m_conduct.emplace(policy());
                m_conduct->start(started, recorded, std::nullopt, reason);
            }
        }
    }
    if (m_found && !m_timer.isActive())
        m_timer.start();
    else if (!m_found)
        m_timer.stop();
    emit stateChanged();
    refresh();
}

void VisitController::refresh()
{
    if (m_recording)
        return;
    if (m_conduct && m_conduct->active()) {
        m_status = m_conduct->status(m_session->clock());
        // Recording reloads the visit from the store (AppSession::recorded); read its status again.
        if (recordPending() && m_conduct && m_conduct->active())
            m_status = m_conduct->status(m_session->clock());
    } else {
        m_status = {};
    }
    evaluateStart();
    emit tick();
}

bool VisitController::recordPending()
{
    QList<EventDraft> drafts;
    const QString actor = m_session->userId();
    const int elapsed = minutesOf(m_status.elapsedMs);
    if (m_status.warning && !m_open.warned)
        drafts.append({EventType::VisitWarned, m_customerId, actor,
            QJsonObject {{QStringLiteral("visitId"), m_open.visitId}, {QStringLiteral("elapsedMinutes"), elapsed}}});
    if (m_status.maxExceeded && !m_open.flaggedMaxLength)
        drafts.append({EventType::VisitFlagged, m_customerId, actor,
            QJsonObject {{QStringLiteral("visitId"), m_open.visitId},
                {QStringLiteral("flag"), QStringLiteral("max_length_exceeded")},
                {QStringLiteral("elapsedMinutes"), elapsed}}});
    if (m_status.pastAllowedHours && !m_open.flaggedPastHours)
        drafts.append({EventType::VisitFlagged, m_customerId, actor,
            QJsonObject {{QStringLiteral("visitId"), m_open.visitId},
                {QStringLiteral("flag"), QStringLiteral("past_allowed_hours")},
                {QStringLiteral("elapsedMinutes"), elapsed}}});
    if (drafts.isEmpty())
        return false;
    m_recording = true;
    const auto written = m_session->record(drafts);
    m_recording = false;
    if (!written) {
        setError(kakunin::errorText(written.error()));
        return false;
    }
    return true;
}

void VisitController::evaluateStart()
{
    m_startAppointment.reset();
    if (m_session == nullptr || m_session->store() == nullptr) {
        m_blocked = QStringLiteral("locked");
        return;
    }
    if (!m_found) {
        m_blocked = QStringLiteral("not_mine");
        return;
    }
    if (!m_salesRep) {
        m_blocked = QStringLiteral("not_sales_rep");
        return;
    }
    if (m_refused) {
        m_blocked = QStringLiteral("screening_refused"); // P2: no way forward
        return;
    }
    if (active()) {
        m_blocked = visitErrorCode(VisitError::AlreadyStarted);
        return;
    }
    const qint64 t = now();
    m_startAppointment = m_history.appointmentForStart(policy(), t);
    const VisitError e = checkVisitStart(policy(), m_startAppointment, m_history.lastDeclinedAt, t, m_reason);
    m_blocked = e == VisitError::None ? QString() : visitErrorCode(e);
}

void VisitController::setOutOfHoursReason(const QString &code)
{
    OutOfHoursReason r;
    if (!outOfHoursReasonFromName(code, &r) || r == m_reason)
        return;
    m_reason = r;
    emit outOfHoursReasonChanged();
    evaluateStart();
    emit tick();
}

bool VisitController::start()
{
    setError({});
    refresh();
    if (!canStart()) {
        setError(startBlockedText());
        return false;
    }
    VisitConduct conduct(policy());
    const VisitError e = conduct.start(m_session->clock(), m_startAppointment, m_history.lastDeclinedAt, m_reason);
    if (e != VisitError::None) {
        setError(startBlockedText());
        return false;
    }
    // Inside the hours no reason is kept (VisitConduct does the same).
    const OutOfHoursReason reason = withinAllowedHours(policy(), now()) ? OutOfHoursReason::None : m_reason;
    const auto written = m_session->record({EventDraft {EventType::VisitStarted, m_customerId, m_session->userId(),
        QJsonObject {{QStringLiteral("visitId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("appointmentId"), m_startAppointment->id},
            {QStringLiteral("outOfHoursReason"), outOfHoursReasonName(reason)}}}});
    if (!written) {
        setError(kakunin::errorText(written.error()));
        return false;
    }
    m_reason = OutOfHoursReason::None;
    emit outOfHoursReasonChanged();
    return true;
}

bool VisitController::end()
{
    return finish(false);
}

bool VisitController::customerDeclined()
{
    return finish(true);
}

bool VisitController::finish(bool declined)
{
    setError({});
    refresh(); // the warning and flags up to this moment first
    if (!active()) {
        setError(tr("No visit is in progress."));
        return false;
    }
    const VisitError e
        = declined ? m_conduct->customerDeclined(m_session->clock()) : m_conduct->end(m_session->clock());
    if (e != VisitError::None) {
        setError(tr("No visit is in progress."));
        return false;
    }
    const auto written = m_session->record(
        {EventDraft {declined ? EventType::VisitDeclined : EventType::VisitEnded, m_customerId, m_session->userId(),
            QJsonObject {{QStringLiteral("visitId"), m_open.visitId},
                {QStringLiteral("elapsedMinutes"), minutesOf(m_conduct->finalStatus().elapsedMs)}}}});
    if (!written) {
        setError(kakunin::errorText(written.error()));
        reload(); // the visit is still open on record
        return false;
    }
    return true;
}

void VisitController::setError(const QString &text)
{
    if (text == m_error)
        return;
    m_error = text;
    emit errorChanged();
}

QString VisitController::visitErrorCode(VisitError e)
{
    switch (e) {
    case VisitError::None:
        return {};
    case VisitError::NoAppointment:
        return QStringLiteral("no_appointment");
    case VisitError::AppointmentForAnotherDay:
        return QStringLiteral("appointment_for_another_day");
    case VisitError::OutsideAllowedHours:
        return QStringLiteral("outside_allowed_hours");
    case VisitError::CoolDownActive:
        return QStringLiteral("cool_down_active");
    case VisitError::AlreadyStarted:
        return QStringLiteral("already_started");
    case VisitError::NotStarted:
        return QStringLiteral("not_started");
    case VisitError::AlreadyEnded:
        return QStringLiteral("already_ended");
    }
    return {};
}

QString VisitController::startBlockedText() const
{
    const QString &c = m_blocked;
    if (c.isEmpty())
        return {};
    if (c == QLatin1String("locked"))
        return tr("The tablet is locked.");
    if (c == QLatin1String("not_mine"))
        return tr("This customer is not one of yours.");
    if (c == QLatin1String("not_sales_rep"))
        return tr("Only the sales representative makes sales visits.");
    if (c == QLatin1String("screening_refused"))
        return tr("The screening refused this prospect: no sales visit is possible.");
    if (c == QLatin1String("already_started"))
        return tr("A visit is already in progress.");
    if (c == QLatin1String("no_appointment"))
        return tr("No appointment is recorded for this customer. Unannounced visits are not allowed: "
                  "agree on a time with the customer and book it first.");
    if (c == QLatin1String("appointment_for_another_day") && m_startAppointment)
        return tr("The appointment is for %1, not today.")
            .arg(customertext::dayTime(policy(), m_startAppointment->scheduledAtUtc, now()));
    if (c == QLatin1String("outside_allowed_hours"))
        return tr("It is outside the allowed visit hours (%1). A visit now needs a reason: choose it below.")
            .arg(allowedHoursText());
    if (c == QLatin1String("cool_down_active"))
        return coolDownText();
    return tr("A visit cannot start now.");
}

QString VisitController::appointmentText() const
{
    if (active()) {
        for (const Appointment &a : m_history.appointments)
            if (a.id == m_open.appointmentId)
                return tr("Appointment %1").arg(customertext::dayTime(policy(), a.scheduledAtUtc, now()));
        return {};
    }
    if (!m_startAppointment)
        return {}; // startBlockedText says what is missing
    return tr("Appointment %1").arg(customertext::dayTime(policy(), m_startAppointment->scheduledAtUtc, now()));
}

bool VisitController::outsideAllowedHours() const
{
    return !withinAllowedHours(policy(), now());
}

QString VisitController::allowedHoursText() const
{
    return tr("%1–%2").arg(hhmm(policy().visitStartMinute), hhmm(policy().visitEndMinute));
}

QVariantList VisitController::outOfHoursReasonOptions()
{
    auto option = [](OutOfHoursReason r, const QString &text) {
        return QVariantMap {{QStringLiteral("value"), outOfHoursReasonName(r)}, {QStringLiteral("text"), text}};
    };
    return {option(OutOfHoursReason::CustomerRequestedTime, tr("The customer asked for this time")),
        option(OutOfHoursReason::CustomerBusinessHours, tr("The customer's business hours allow no other time"))};
}

QString VisitController::coolDownText() const
{
    if (!m_history.lastDeclinedAt)
        return {};
    const qint64 until = coolDownEndsUtc(policy(), *m_history.lastDeclinedAt);
    if (now() >= until)
        return {};
    return tr("The customer declined on %1. No sales visit until %2.")
        .arg(customertext::date(policy(), *m_history.lastDeclinedAt), customertext::dateTime(policy(), until));
}

QVariantList VisitController::appointments() const
{
    QVariantList l;
    if (!m_found)
        return l;
    const qint64 t = now();
    for (const Appointment &a : m_history.upcoming(policy(), t))
        l.append(QVariantMap {{QStringLiteral("id"), a.id},
            {QStringLiteral("text"), customertext::dayTime(policy(), a.scheduledAtUtc, t)},
            {QStringLiteral("outsideHours"), !withinAllowedHours(policy(), a.scheduledAtUtc)}});
    return l;
}

QString VisitController::visitId() const
{
    return active() ? m_open.visitId : QString();
}

QString VisitController::startedText() const
{
    return active() ? tr("Started %1").arg(customertext::dayTime(policy(), m_open.startedAt, now())) : QString();
}

QString VisitController::elapsedText() const
{
    const qint64 s = m_status.elapsedMs / 1000;
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600)
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

int VisitController::maxMinutes() const
{
    return policy().maxVisitMinutes;
}

int VisitController::warnPercent() const
{
    return policy().visitWarnPercent;
}

QString VisitController::remainingText() const
{
    if (!active())
        return {};
    const int max = maxMinutes();
    const int elapsed = minutesOf(m_status.elapsedMs);
    if (m_status.maxExceeded)
        return tr("%n min over the maximum", nullptr, std::max(1, elapsed - max));
    return tr("%n min left of %1 min", nullptr, max - elapsed).arg(max);
}

QString VisitController::conductText() const
{
    if (!active())
        return {};
    QStringList parts;
    if (m_status.maxExceeded)
        parts.append(tr("The visit is longer than the maximum of %1 min. Head office has been notified. "
                        "Please end the visit now.")
                         .arg(maxMinutes()));
    else if (m_status.warning)
        parts.append(tr("The visit has reached %1 % of the maximum of %2 min. Please come to an end.")
                         .arg(warnPercent())
                         .arg(maxMinutes()));
    if (m_status.pastAllowedHours)
        parts.append(
            tr("The allowed visit hours (%1) are over. Head office has been notified.").arg(allowedHoursText()));
    if (m_status.wallClockFallback)
        parts.append(tr("The tablet restarted during the visit: the time is taken from the clock."));
    return parts.join(QLatin1Char('\n'));
}

QString VisitController::declineConsequenceText() const
{
    const qint64 until = coolDownEndsUtc(policy(), now());
    return tr("The visit ends now, and no sales visit to this customer is possible until %1 (%n day(s)).", nullptr,
        policy().declinedCooldownDays)
        .arg(customertext::date(policy(), until));
}

QString VisitController::lastVisitText() const
{
    if (active())
        return {};
    const VisitRecord *v = m_history.lastVisit();
    if (v == nullptr)
        return {};
    const QString when = customertext::dayTime(policy(), v->startedAt, now());
    if (v->declined)
        return tr("Last visit %1: the customer declined after %n min.", nullptr, v->elapsedMinutes).arg(when);
    return tr("Last visit %1: %n min.", nullptr, v->elapsedMinutes).arg(when);
}

} // namespace kakunin
