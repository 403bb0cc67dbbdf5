#include "appointmentlistmodel.h"

#include "appsession.h"
#include "customertext.h"
#include "visithistory.h"

#include <store/store.h>

#include <algorithm>

namespace kakunin {

AppointmentListModel::AppointmentListModel(QObject *parent) : QAbstractListModel(parent)
{
    m_timer.setInterval(60'000);
    connect(&m_timer, &QTimer::timeout, this, &AppointmentListModel::minuteTick);
}

int AppointmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant AppointmentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case CustomerNameRole:
        return r.customerName;
    case AppointmentIdRole:
        return r.appointmentId;
    case CustomerIdRole:
        return r.customerId;
    case BusinessRole:
        return r.business;
    case ScheduledAtRole:
        return static_cast<double>(r.scheduledAt);
    case TimeTextRole:
        return r.timeText;
    case StateRole:
        return r.state;
    case StateTextRole:
        return stateText(r.state);
    default:
        return {};
    }
}

QHash<int, QByteArray> AppointmentListModel::roleNames() const
{
    return {{AppointmentIdRole, "appointmentId"}, {CustomerIdRole, "customerId"}, {CustomerNameRole, "customerName"},
        {BusinessRole, "business"}, {ScheduledAtRole, "scheduledAt"}, {TimeTextRole, "timeText"}, {StateRole, "state"},
        {StateTextRole, "stateText"}};
}

void AppointmentListModel::setSession(AppSession *session)
{
    if (session == m_session)
        return;
    if (m_session != nullptr)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session != nullptr) {
        connect(m_session, &AppSession::recorded, this, &AppointmentListModel::reload);
        connect(m_session, &AppSession::stageChanged, this, &AppointmentListModel::reload);
        connect(m_session, &AppSession::userChanged, this, &AppointmentListModel::reload);
        m_timer.start();
    } else {
        m_timer.stop();
    }
    emit sessionChanged();
    reload();
}

QString AppointmentListModel::dateText() const
{
    if (m_session == nullptr || !m_day.isValid())
        return {};
    return customertext::date(m_session->policy(), m_session->clock().utcMs());
}

void AppointmentListModel::minuteTick()
{
    // Cheap enough once a minute: the states "upcoming" → "due" and the date follow the clock.
    reload();
}

QList<AppointmentListModel::Row> AppointmentListModel::readRows(
    const Store &store, const Policy &policy, const QString &userId, QDate day, qint64 now)
{
    QList<Row> rows;
    for (const AggregateState &c : store.projectionsOfKind(QStringLiteral("customer"))) {
        const QJsonObject &s = c.state;
        if (s.value(QStringLiteral("registeredBy")).toString() != userId)
            continue; // P4: only my customers
        if (!s.contains(QLatin1String("appointmentId")))
            continue; // never booked
        const QString customerId = s.value(QStringLiteral("id")).toString();
        const bool refused = s.value(QStringLiteral("screening")).toString() == QLatin1String("refused");
        const VisitHistory history = VisitHistory::load(store, customerId);
        for (const Appointment &a : history.on(policy, day)) {
            Row r;
            r.appointmentId = a.id;
            r.customerId = customerId;
            r.customerName = s.value(QStringLiteral("name")).toString();
            r.business = s.value(QStringLiteral("business")).toString();
            r.scheduledAt = a.scheduledAtUtc;
            r.timeText = customertext::time(policy, a.scheduledAtUtc);
            r.state = a.scheduledAtUtc > now ? QStringLiteral("upcoming") : QStringLiteral("due");
            for (const VisitRecord &v : history.visits) {
                if (v.appointmentId != a.id)
                    continue;
                r.state = !v.ended ? QStringLiteral("in_progress")
                    : v.declined   ? QStringLiteral("declined")
                                   : QStringLiteral("visited");
            }
            if (refused)
                r.state = QStringLiteral("refused");
            rows.append(r);
        }
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.scheduledAt != b.scheduledAt ? a.scheduledAt < b.scheduledAt : a.customerName < b.customerName;
    });
    return rows;
}

void AppointmentListModel::reload()
{
    const quint64 generation = ++m_generation;
    if (m_session == nullptr || m_session->store() == nullptr) {
        apply({}, {});
        return;
    }
    const Policy policy = m_session->policy();
    const qint64 now = m_session->clock().utcMs();
    const QDate day = companyDate(policy, now);
    m_session->readStore<QList<Row>>(
        this,
        [policy, userId = m_session->userId(), day, now](
            const Store &store) { return readRows(store, policy, userId, day, now); },
        [this, generation, day](QList<Row> rows) {
            if (generation == m_generation)
                apply(std::move(rows), day);
        });
}

void AppointmentListModel::apply(QList<Row> rows, QDate day)
{
    const int before = count();
    const QDate dayBefore = m_day;
    beginResetModel();
    m_rows = std::move(rows);
    m_day = day;
    endResetModel();
    if (count() != before)
        emit countChanged();
    if (m_day != dayBefore)
        emit dateChanged();
}

TodayVisits::TodayVisits(QObject *parent) : QObject(parent)
{
    connect(&m_model, &AppointmentListModel::sessionChanged, this, &TodayVisits::sessionChanged);
    connect(&m_model, &AppointmentListModel::countChanged, this, &TodayVisits::countChanged);
    connect(&m_model, &AppointmentListModel::dateChanged, this, &TodayVisits::dateChanged);
}

void TodayVisits::setSession(AppSession *session)
{
    m_model.setSession(session);
}

QString AppointmentListModel::stateText(const QString &state)
{
    if (state == QLatin1String("upcoming"))
        return tr("Booked");
    if (state == QLatin1String("due"))
        return tr("Time to visit");
    if (state == QLatin1String("in_progress"))
        return tr("Visit in progress");
    if (state == QLatin1String("visited"))
        return tr("Visited");
    if (state == QLatin1String("declined"))
        return tr("Customer declined");
    if (state == QLatin1String("refused"))
        return tr("No visit possible (screening)");
    return {};
}

} // namespace kakunin
