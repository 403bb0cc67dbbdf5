#include "nextcontractsmodel.h"

#include "appsession.h"
#include "timelinetext.h"
#include "visithistory.h"

#include <core/domain/lecture.h>

#include <algorithm>
#include <limits>

namespace kakunin {
namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

QString NextContractsModel::reasonFor(const ContractState &s, const QString &userId, const QString &role, qint64 now)
{
    if (s.stage == ContractStage::None || s.terminated() || userId.isEmpty())
        return {};
    if (role == QLatin1String("installer")) {
        // D1: a lecture follows a clean C1; one in progress belongs to the installer who started it.
        if (s.stage != ContractStage::C1Cleared || s.onHold || s.disputed)
            return {};
        if (s.lectureState == 0)
            return QStringLiteral("lecture_ready");
        return s.installer == userId ? QStringLiteral("lecture_running") : QString();
    }
    if (s.salesRep != userId) // P4: a rep's own contracts only
        return {};
    if (s.onHold)
        return QStringLiteral("on_hold");
    if (s.stage == ContractStage::Explaining)
        return QStringLiteral("explaining");
    const qint64 deadline = s.coolingOffDeadline();
    if (deadline > 0 && now <= deadline)
        return QStringLiteral("cooling_off");
    return {};
}

NextContractsModel::NextContractsModel(QObject *parent) : QAbstractListModel(parent) { }

NextContracts::NextContracts(QObject *parent) : QObject(parent)
{
    connect(&m_model, &NextContractsModel::sessionChanged, this, &NextContracts::sessionChanged);
    connect(&m_model, &NextContractsModel::countChanged, this, &NextContracts::countChanged);
}

int NextContractsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant NextContractsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case CustomerNameRole:
        return r.customerName;
    case ContractIdRole:
        return r.contractId;
    case CustomerIdRole:
        return r.customerId;
    case BusinessRole:
        return r.business;
    case ProductRole:
        return r.product;
    case StageRole:
        return r.stage;
    case StatusRole:
        return r.status;
    case ReasonRole:
        return r.reason;
    case NextTextRole:
        return r.next;
    case DetailTextRole:
        return r.detail;
    case PageRole:
        return r.page;
    case UrgentRole:
        return r.urgent;
    default:
        return {};
    }
}

QHash<int, QByteArray> NextContractsModel::roleNames() const
{
    return {{ContractIdRole, "contractId"}, {CustomerIdRole, "customerId"}, {CustomerNameRole, "customerName"},
        {BusinessRole, "business"}, {ProductRole, "product"}, {StageRole, "stage"}, {StatusRole, "status"},
        {ReasonRole, "reason"}, {NextTextRole, "nextText"}, {DetailTextRole, "detailText"}, {PageRole, "page"},
        {UrgentRole, "urgent"}};
}

void NextContractsModel::setSession(AppSession *session)
{
    if (session == m_session)
        return;
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_session = session;
    if (m_session) {
        m_connections.append(connect(m_session, &AppSession::recorded, this, &NextContractsModel::reload));
        m_connections.append(connect(m_session, &AppSession::stageChanged, this, &NextContractsModel::reload));
        m_connections.append(connect(m_session, &AppSession::userChanged, this, &NextContractsModel::reload));
        m_connections.append(connect(m_session, &AppSession::languageChanged, this, &NextContractsModel::reload));
    }
    emit sessionChanged();
    reload();
}

void NextContractsModel::reload()
{
    const int before = count();
    beginResetModel();
    m_rows.clear();
    const Store *store = m_session ? m_session->store() : nullptr;
    if (store != nullptr) {
        const Clock &clock = m_session->clock();
        const qint64 now = clock.utcMs();
        const QString me = m_session->userId();
        const QString role = m_session->role();
        const QString lang = m_session->language();
        for (const AggregateState &a : store->projectionsOfKind(QStringLiteral("contract"))) {
            const ContractState s = ContractState::fromJson(a.state);
            const QString reason = reasonFor(s, me, role, now);
            if (reason.isEmpty())
                continue;
            Row r;
            r.contractId = s.id;
            r.customerId = s.customerId;
            r.stage = contractStageName(s.stage);
            r.status = s.status();
            r.reason = reason;
            QJsonObject customer;
            if (const auto c = store->projection(s.customerId))
                customer = c->state;
            r.customerName = str(customer, "name");
            r.business = str(customer, "business");
            r.product = TimelineText::productName(m_session->content().byId(s.packId), s.productCode, lang);
            const QTimeZone zone = TimelineText::zone(s.timeZone, m_session->policy().zone());
            r.page
                = role == QLatin1String("installer") ? QStringLiteral("LecturePage") : QStringLiteral("TimelinePage");
            r.next = TimelineText::nextStep(s);
            if (reason == QLatin1String("on_hold")) {
                r.urgent = true;
                r.priority = 0;
                r.sortKey = s.contractedAt;
                r.detail = tr("On hold after the %1 call").arg(s.holdStage);
            } else if (reason == QLatin1String("explaining")) {
                // S2: the walkthrough goes on at a visit; today's appointment, when there is one, says when.
                const QList<Appointment> today
                    = VisitHistory::load(*store, s.customerId).on(m_session->policy(), localDate(zone, now));
                r.priority = 2;
                r.sortKey = today.isEmpty() ? std::numeric_limits<qint64>::max() : today.first().scheduledAtUtc;
                if (!today.isEmpty())
                    r.detail
                        = tr("Appointment today at %1").arg(TimelineText::time(today.first().scheduledAtUtc, zone));
            } else if (reason == QLatin1String("cooling_off")) {
                const qint64 deadline = s.coolingOffDeadline();
                r.urgent = TimelineText::daysLeft(deadline, now, zone) == 0;
                r.priority = r.urgent ? 1 : 3;
                r.sortKey = deadline;
                r.detail = TimelineText::coolingOff(deadline, now, zone, lang);
            } else if (reason == QLatin1String("lecture_running")) {
                const LectureClock lecture = LectureClock::restore(static_cast<LectureClock::State>(s.lectureState),
                    s.lectureClosedMs, s.lectureSegMono, s.lectureSegBoot);
                r.priority = 0;
                r.sortKey = s.contractedAt;
                r.next = tr("Continue the delivery lecture: %1 of %2 items taught")
                             .arg(s.taught.size())
                             .arg(s.lectureItemCount);
                r.detail = tr("%1 of lecture so far").arg(TimelineText::duration(lecture.runningMs(clock)));
            } else { // lecture_ready
                r.priority = 1;
                r.sortKey = s.contractedAt;
                r.next = tr("Give the delivery lecture");
                r.detail = str(customer, "address");
            }
            m_rows.append(std::move(r));
        }
        std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
            return a.priority != b.priority ? a.priority < b.priority : a.sortKey < b.sortKey;
        });
    }
    endResetModel();
    if (count() != before)
        emit countChanged();
}

} // namespace kakunin
