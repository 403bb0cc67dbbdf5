#include "walkthroughrecord.h"

#include <core/domain/eventcatalog.h>
#include <store/store.h>

#include <QJsonArray>

#include <algorithm>

namespace kakunin::walkthrough {
namespace {

constexpr int AllEvents = 1'000'000; // a contract has a few dozen events; this only bounds the query

// Replays a recorded event on the domain class with the times the event carries.
class EventClock final : public Clock {
public:
    explicit EventClock(const Event &e) : m_event(e) { }
    qint64 utcMs() const override { return m_event.at; }
    qint64 monotonicMs() const override { return m_event.mono; }
    QString bootId() const override { return m_event.boot; }

private:
    const Event &m_event;
};

QString text(const Event &e, const char *key)
{
    return e.payload.value(QLatin1String(key)).toString();
}

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
    using R = Result<ImportantMattersSession, MattersError>;
    std::optional<ImportantMattersSession> s;
    for (const Event &e : events) {
        const EventClock clock(e);
        if (e.type == EventType::MattersOpened) {
            if (s)
                continue; // only the first one opens; the lifecycle refuses any other
            if (text(e, "packHash") != pack.hash)
                return R::failure(MattersError::ContentMismatch);
            // The screening the walkthrough was opened under: its outcome and whether the successor signs.
            ScreeningResult screening;
            if (!screeningOutcomeFromName(text(e, "screeningOutcome"), &screening.outcome))
                screening.outcome = ScreeningOutcome::Refused;
            if (e.payload.value(QLatin1String("successorRequired")).toInteger() == 1)
                screening.conditions.append(ScreeningReason::SuccessorMustSign);
            auto opened = ImportantMattersSession::open(pack, screening);
            if (!opened)
                return R::failure(opened.error());
            s = std::move(opened).value();
            continue;
        }
        if (!s)
            continue;
        if (e.type == EventType::MattersItemShown) {
            s->show(text(e, "itemId"), clock);
        } else if (e.type == EventType::MattersItemConfirmed) {
            s->confirm(text(e, "itemId"), clock);
        } else if (e.type == EventType::MattersNoGuaranteeAttested) {
            if (text(e, "packHash") == pack.hash)
                s->attestNoGuarantee(clock);
        } else if (e.type == EventType::MattersSigned) {
            Signer signer;
            if (!signerFromName(text(e, "signer"), &signer))
                continue;
            // The digest was checked against the confirmation events when it was recorded (lifecycle); here the
            // order and completeness rules are replayed.
            s->setSignedContent(text(e, "contentHash"));
            s->sign(signer, text(e, "signatureHash"), text(e, "contentHash"), clock);
        }
    }
    if (!s)
        return R::failure(MattersError::UnknownItem);
    return std::move(*s);
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
    auto session = replay(pack, events);
    if (!session || !session->complete())
        return std::nullopt;
    const Event *concluded = nullptr;
    for (const Event &e : events)
        if (e.type == EventType::ContractConcluded)
            concluded = &e;
    if (!concluded)
        return std::nullopt;

    evidence::WalkthroughCopy copy;
    evidence::CopyHeader &h = copy.header;
    h.language = parties.language;
    h.customerId = parties.customerId;
    h.customerName = parties.customerName;
    h.contractId = concluded->aggregate;
    h.staffId = parties.staffId;
    h.staffName = parties.staffName;
    h.productName = pack.productName;
    h.packId = pack.id;
    h.packVersion = pack.version;
    h.packHash = pack.hash;
    h.recordHash = concluded->hash; // the last event of the record: through the chain it covers all before it
    h.generatedAtUtc = parties.generatedAtUtc;
    copy.items = evidence::walkthroughItems(pack, session->items());
    copy.noGuaranteeAttestedAtUtc = session->noGuaranteeAttestedAtUtc();

    // The accepted signatures, in the order signed, drawn from the strokes their events carry.
    for (const SignatureRecord &sig : session->signatures()) {
        for (const Event &e : events) {
            if (e.type != EventType::MattersSigned || text(e, "signatureHash") != sig.strokesHash
                || text(e, "signer") != signerName(sig.signer))
                continue;
            auto strokes = SignatureStrokes::decode(QByteArray::fromBase64(text(e, "strokes").toLatin1()));
            if (!strokes || strokes->hash() != sig.strokesHash)
                return std::nullopt; // the copy draws only what was signed
            copy.signatures.append(
                {evidence::copySignerRole(sig.signer), text(e, "signerName"), e.at, std::move(strokes).value()});
            if (sig.signer == Signer::Customer && text(e, "seal") == QLatin1String("affixed_on_paper"))
                copy.seal.kind = evidence::CopySeal::Kind::AffixedOnPaper;
            break;
        }
    }
    return copy;
}

} // namespace kakunin::walkthrough
