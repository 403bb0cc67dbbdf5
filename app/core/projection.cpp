#include "projection.h"

#include "canonicaljson.h"
#include "domain/eventcatalog.h"
#include "domain/lifecycle.h"

#include <QJsonArray>

namespace kakunin {
namespace {

QString kindOf(const QString &eventType)
{
    if (const EventSpec *spec = eventSpec(eventType))
        return aggregateKindName(spec->aggregate);
    return eventType.section(QLatin1Char('.'), 0, 0);
}

void appendString(QJsonObject &s, const QString &key, const QString &value)
{
    QJsonArray a = s.value(key).toArray();
    a.append(value);
    s.insert(key, a);
}

void increment(QJsonObject &s, const QString &key)
{
    s.insert(key, s.value(key).toInteger() + 1);
}

// Customer facts the rules read later: screening (P2), visits and cool-down (S2), approvals (P4).
void projectCustomer(QJsonObject &s, const Event &event)
{
    const QString &t = event.type;
    const QJsonObject &p = event.payload;
    if (t == EventType::CustomerRegistered || t == EventType::CustomerUpdated) {
        // Registration sets the customer's details; updates overwrite only the fields they carry.
        for (auto it = p.constBegin(); it != p.constEnd(); ++it)
            s.insert(it.key(), it.value());
        if (t == EventType::CustomerRegistered) {
            s.insert(QStringLiteral("registeredAt"), event.at);
            s.insert(QStringLiteral("registeredBy"), event.actor); // P4: the rep who sees this customer
        }
    } else if (t == EventType::ProfileRecorded) {
        s.insert(QStringLiteral("profile"), p);
        s.insert(QStringLiteral("itLiteracy"), p.value(QStringLiteral("itLiteracy")));
    } else if (t == EventType::ScreeningRecorded) {
        s.insert(QStringLiteral("screening"), p.value(QStringLiteral("outcome")));
        s.insert(QStringLiteral("screeningRefusals"), p.value(QStringLiteral("refusals")));
        s.insert(QStringLiteral("screeningConditions"), p.value(QStringLiteral("conditions")));
        s.insert(QStringLiteral("screenedAt"), event.at);
    } else if (t == EventType::AppointmentRecorded) {
        s.insert(QStringLiteral("appointmentId"), p.value(QStringLiteral("appointmentId")));
        s.insert(QStringLiteral("appointmentAt"), p.value(QStringLiteral("scheduledAt")));
        s.insert(QStringLiteral("appointmentRecordedAt"), event.at);
    } else if (t == EventType::VisitStarted) {
        s.insert(QStringLiteral("openVisit"), p.value(QStringLiteral("visitId")));
        s.insert(QStringLiteral("visitStartedAt"), event.at);
        increment(s, QStringLiteral("visits"));
    } else if (t == EventType::VisitEnded || t == EventType::VisitDeclined) {
        s.remove(QStringLiteral("openVisit"));
        if (t == EventType::VisitDeclined)
            s.insert(QStringLiteral("declinedAt"), event.at); // S2 cool-down starts here
    } else if (t == EventType::VisitFlagged) {
        increment(s, QStringLiteral("visitFlags"));
    } else if (t == EventType::ApprovalGranted) {
        appendString(s, QStringLiteral("approvals"), p.value(QStringLiteral("approvalId")).toString());
    }
}

void projectContract(AggregateState &next, const Event &event, const CustomerContext *customer)
{
    ContractState contract = ContractState::fromJson(next.state);
    applyContractEvent(contract, event, customer);
    const qint64 count = next.state.value(QStringLiteral("eventCount")).toInteger();
    next.state = contract.toJson();
    next.state.insert(QStringLiteral("eventCount"), count);
}

AggregateState projectWith(const AggregateState &current, const Event &event, const CustomerContext *customer)
{
    AggregateState next = current;
    if (next.kind.isEmpty())
        next.kind = kindOf(event.type);
    if (isContractEvent(event.type))
        projectContract(next, event, customer);
    else
        projectCustomer(next.state, event);
    QJsonObject &s = next.state;
    s.insert(QStringLiteral("id"), event.aggregate);
    s.insert(QStringLiteral("eventCount"), s.value(QStringLiteral("eventCount")).toInteger() + 1);
    s.insert(QStringLiteral("lastType"), event.type);
    s.insert(QStringLiteral("lastAt"), event.at);
    return next;
}

} // namespace

AggregateState project(const AggregateState &current, const Event &event)
{
    return projectWith(current, event, nullptr);
}

QStringList ProjectionBook::contractsOf(const QString &customerId) const
{
    QStringList ids;
    for (auto it = m_aggregates.constBegin(); it != m_aggregates.constEnd(); ++it)
        if (it->kind == QLatin1String("contract")
            && it->state.value(QStringLiteral("customerId")).toString() == customerId)
            ids.append(it.key());
    return ids;
}

int ProjectionBook::apply(const Event &event)
{
    const AggregateState current = m_aggregates.value(event.aggregate);
    if (!isContractEvent(event.type)) {
        m_aggregates.insert(event.aggregate, project(current, event));
        return 0;
    }
    QString customerId = current.state.value(QStringLiteral("customerId")).toString();
    if (customerId.isEmpty())
        customerId = event.payload.value(QStringLiteral("customerId")).toString();
    const QJsonObject customer = m_aggregates.value(customerId).state;
    CustomerContext ctx;
    ctx.screeningOutcome = customer.value(QStringLiteral("screening")).toString();
    QStringList usedApprovals;
    for (const QString &id : contractsOf(customerId)) {
        if (id == event.aggregate)
            continue;
        const ContractState other = ContractState::fromJson(m_aggregates.value(id).state);
        if (other.live())
            ++ctx.otherLiveContracts;
        usedApprovals.append(other.approvalId);
    }
    for (const QJsonValue &a : customer.value(QStringLiteral("approvals")).toArray())
        if (!usedApprovals.contains(a.toString()))
            ctx.unusedApprovals.append(a.toString());
    const AggregateState next = projectWith(current, event, &ctx);
    m_aggregates.insert(event.aggregate, next);
    const qint64 rejectedBefore = current.state.value(QStringLiteral("rejected")).toInteger();
    return next.state.value(QStringLiteral("rejected")).toInteger() > rejectedBefore
        ? static_cast<int>(next.state.value(QStringLiteral("lastRejectionCode")).toInteger())
        : 0;
}

QByteArray ProjectionBook::canonical() const
{
    QJsonObject all;
    for (auto it = m_aggregates.constBegin(); it != m_aggregates.constEnd(); ++it)
        all.insert(it.key(), QJsonObject {{QStringLiteral("kind"), it->kind}, {QStringLiteral("state"), it->state}});
    const auto bytes = cjson::canonicalize(all);
    return bytes ? bytes.value() : QByteArray();
}

} // namespace kakunin
