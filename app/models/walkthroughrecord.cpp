#include "walkthroughrecord.h"

#include <core/domain/eventcatalog.h>
#include <store/store.h>

#include <QJsonArray>

#include <algorithm>

namespace kakunin::walkthrough {
namespace {

constexpr int AllEvents = 1'000'000; // a contract has a few dozen events; this only bounds the query

QList<ScreeningReason> reasons(const QString &names)
{
    static const ScreeningReason all[] = {ScreeningReason::ProfileInvalid, ScreeningReason::ElderlyWithoutSuccessor,
        ScreeningReason::ElderlySuccessorNotSigning, ScreeningReason::SideBusinessWithoutDeclaration,
        ScreeningReason::ExtremelyLowItLiteracy, ScreeningReason::AntisocialForces, ScreeningReason::SuccessorMustSign,
        ScreeningReason::FullTimeDeclarationRecorded};
    QList<ScreeningReason> out;
    for (const QString &name : names.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        for (ScreeningReason r : all)
            if (screeningReasonName(r) == name.trimmed())
                out.append(r);
    }
    return out;
}

} // namespace

bool screened(const QJsonObject &customerState)
{
    ScreeningOutcome outcome;
    return screeningOutcomeFromName(customerState.value(QStringLiteral("screening")).toString(), &outcome);
}

ScreeningResult screeningOf(const QJsonObject &customerState)
{
    ScreeningResult r; // refused unless the record says otherwise
    if (!screeningOutcomeFromName(customerState.value(QStringLiteral("screening")).toString(), &r.outcome))
        r.outcome = ScreeningOutcome::Refused;
    r.refusals = reasons(customerState.value(QStringLiteral("screeningRefusals")).toString());
    r.conditions = reasons(customerState.value(QStringLiteral("screeningConditions")).toString());
    return r;
}

CustomerContext customerContext(const Store &store, const QString &customerId, const QString &exceptContractId)
{
    CustomerContext ctx;
    const QJsonObject customer = store.projection(customerId).value_or(AggregateState {}).state;
    ctx.screeningOutcome = customer.value(QStringLiteral("screening")).toString();
    QStringList used;
    for (const AggregateState &a : store.projectionsOfKind(QStringLiteral("contract"))) {
        const ContractState c = ContractState::fromJson(a.state);
        if (c.customerId != customerId || c.id == exceptContractId)
            continue;
        if (c.live())
            ++ctx.otherLiveContracts;
        used.append(c.approvalId);
    }
    for (const QJsonValue &v : customer.value(QStringLiteral("approvals")).toArray())
        if (!used.contains(v.toString()))
            ctx.unusedApprovals.append(v.toString());
    return ctx;
}

QString openContract(const Store &store, const QString &customerId, const QString &userId, const QString &packHash)
{
    QString found;
    qint64 newest = -1;
    for (const AggregateState &a : store.projectionsOfKind(QStringLiteral("contract"))) {
        const ContractState c = ContractState::fromJson(a.state);
        if (c.stage != ContractStage::Explaining || c.customerId != customerId || c.salesRep != userId
            || c.packHash != packHash)
            continue;
        const qint64 lastAt = a.state.value(QStringLiteral("lastAt")).toInteger();
        if (lastAt > newest) {
            newest = lastAt;
            found = c.id;
        }
    }
    return found;
}

QList<Event> eventsOf(const Store &store, const QString &aggregate)
{
    QList<Event> events = store.latestEvents(aggregate, AllEvents);
    std::reverse(events.begin(), events.end());
    return events;
}

Result<ImportantMattersSession, MattersError> replay(const ContentPack &pack, const QList<Event> &events)
{
    return evidence::replayWalkthrough(pack, events);
}

QJsonObject openedPayload(
    const QString &customerId, const ContentPack &pack, const ScreeningResult &screening, const QString &approvalId)
{
    return {{QStringLiteral("customerId"), customerId}, {QStringLiteral("productCode"), pack.productCode},
        {QStringLiteral("packId"), pack.id}, {QStringLiteral("packVersion"), pack.version},
        {QStringLiteral("packHash"), pack.hash}, {QStringLiteral("itemCount"), pack.importantMatters.size()},
        {QStringLiteral("screeningOutcome"), screeningOutcomeName(screening.outcome)},
        {QStringLiteral("successorRequired"), screening.requiresSuccessorSignature() ? 1 : 0},
        {QStringLiteral("approvalId"), approvalId}};
}

QJsonObject itemPayload(const QString &itemId, int index)
{
    return {{QStringLiteral("itemId"), itemId}, {QStringLiteral("index"), index}};
}

QJsonObject attestedPayload(const QString &packHash)
{
    return {{QStringLiteral("packHash"), packHash}};
}

QJsonObject concludedPayload(const Policy &policy, const QString &productCode)
{
    return {{QStringLiteral("policyVersion"), policy.version},
        {QStringLiteral("coolingOffDays"), policy.coolingOffDays},
        {QStringLiteral("trialDays"), policy.trialDays(productCode)},
        {QStringLiteral("lectureMinimumMinutes"), policy.lectureMinimumMinutes(productCode)},
        {QStringLiteral("disputeDays"), policy.disputeDays}, {QStringLiteral("timeZone"), policy.timeZone}};
}

LifecycleError dryRun(
    const ContractState &state, const EventDraft &draft, qint64 atUtc, const CustomerContext *customer)
{
    Event e;
    e.type = draft.type;
    e.aggregate = draft.aggregate;
    e.actor = draft.actor;
    e.payload = draft.payload;
    e.at = atUtc;
    ContractState scratch = state;
    return applyContractEvent(scratch, e, customer);
}

std::optional<evidence::WalkthroughCopy> copyOf(
    const ContentPack &pack, const QList<Event> &events, const CopyParties &parties)
{
    return evidence::walkthroughCopyOf(pack, events, parties);
}

} // namespace kakunin::walkthrough
