#include "timelineeventmodel.h"

#include "timelinetext.h"

#include <core/domain/eventcatalog.h>
#include <core/domain/policy.h>

namespace kakunin {

TimelineEventModel::TimelineEventModel(QObject *parent) : QAbstractListModel(parent) { }

int TimelineEventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant TimelineEventModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return r.title;
    case EventIdRole:
        return r.event.id;
    case TypeRole:
        return r.event.type;
    case AtRole:
        return r.event.at;
    case DateTextRole:
        return r.dateText;
    case TimeTextRole:
        return r.timeText;
    case ActorRole:
        return r.event.actor;
    case ActorTextRole:
        return r.actorText;
    case DetailRole:
        return r.detail;
    case CategoryRole:
        return r.category;
    case MilestoneRole:
        return r.milestone;
    case AcceptedRole:
        return r.accepted;
    case RefusalTextRole:
        return r.refusal;
    case NewDayRole:
        return r.newDay;
    default:
        return {};
    }
}

QHash<int, QByteArray> TimelineEventModel::roleNames() const
{
    return {{EventIdRole, "eventId"}, {TypeRole, "type"}, {AtRole, "at"}, {DateTextRole, "dateText"},
        {TimeTextRole, "timeText"}, {ActorRole, "actor"}, {ActorTextRole, "actorText"}, {TitleRole, "title"},
        {DetailRole, "detail"}, {CategoryRole, "category"}, {MilestoneRole, "milestone"}, {AcceptedRole, "accepted"},
        {RefusalTextRole, "refusalText"}, {NewDayRole, "newDay"}};
}

QString TimelineEventModel::categoryOf(const QString &t)
{
    if (t == EventType::MattersSigned || t == EventType::DeliverySigned)
        return QStringLiteral("signature");
    if (t.startsWith(QLatin1String("matters.")))
        return QStringLiteral("matters");
    if (t == EventType::CallRecorded)
        return QStringLiteral("call");
    if (t.startsWith(QLatin1String("lecture.")))
        return QStringLiteral("lecture");
    if (t == EventType::HoldResolved)
        return QStringLiteral("hold");
    if (t == EventType::ContractCancelled || t == EventType::CostRecorded)
        return QStringLiteral("cancel");
    if (t.startsWith(QLatin1String("dispute.")) || t == EventType::CreditCancelled)
        return QStringLiteral("dispute");
    if (t == EventType::ContractConcluded || t == EventType::TrialStarted || t == EventType::UsageConfirmed
        || t == EventType::ContractStarted)
        return QStringLiteral("milestone");
    return QStringLiteral("other");
}

ContractState TimelineEventModel::load(
    const QList<Event> &events, const ContentPack *pack, const QTimeZone &zone, const QString &me, const QString &lang)
{
    const int before = count();
    beginResetModel();
    m_rows.clear();
    ContractState state;
    QDate lastDay;
    for (const Event &e : events) {
        const ContractState previous = state;
        const LifecycleError error = applyContractEvent(state, e);
        Row r;
        r.event = e;
        const QDate day = localDate(zone, e.at);
        r.newDay = day != lastDay;
        lastDay = day;
        r.dateText = TimelineText::date(e.at, zone, lang);
        r.timeText = TimelineText::time(e.at, zone);
        // Who: judged on the contract as it is after the event (the installer is known from lecture.started).
        r.actorText = TimelineText::actor(e.actor, e.type, error == LifecycleError::None ? state : previous, me);
        r.title = TimelineText::eventTitle(e);
        r.detail = TimelineText::eventDetail(e, previous, pack, zone, lang);
        r.category = categoryOf(e.type);
        r.milestone = (r.category != QLatin1String("matters") && r.category != QLatin1String("lecture")
                          && r.category != QLatin1String("other"))
            || e.type == EventType::MattersOpened || e.type == EventType::LectureStarted;
        r.accepted = error == LifecycleError::None;
        r.refusal = TimelineText::refusal(error);
        m_rows.append(std::move(r));
    }
    endResetModel();
    if (count() != before)
        emit countChanged();
    return state;
}

void TimelineEventModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
    emit countChanged();
}

} // namespace kakunin
