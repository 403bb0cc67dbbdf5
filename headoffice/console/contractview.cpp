#include "contractview.h"

#include <protocol/hqevents.h>

#include <core/canonicaljson.h>
#include <core/content/contentpackloader.h>
#include <core/domain/eventcatalog.h>
#include <core/domain/lecture.h>
#include <core/projection.h>

#include <QHash>
#include <QSet>

#include <algorithm>

namespace kakunin::hq::console {

namespace {

QString text(const Event &e, const char *key)
{
    return e.payload.value(QLatin1String(key)).toString();
}

const ContentPack *findPack(const QList<ContentPack> &packs, const QString &hash)
{
    for (const ContentPack &p : packs)
        if (!hash.isEmpty() && p.hash == hash)
            return &p;
    return nullptr;
}

} // namespace

QList<StoredEvent> allStoredEvents(HqService &service)
{
    QList<StoredEvent> all;
    for (const DeviceInfo &d : service.devices())
        all += service.eventsOfDevice(d.id);
    std::sort(all.begin(), all.end(), [](const StoredEvent &a, const StoredEvent &b) { return a.pos < b.pos; });
    return all;
}

QList<StoredEvent> customerGroupEvents(const QList<StoredEvent> &all, const QString &customerId)
{
    // A contract belongs to the customer its matters.opened names (head office files it so on first sight).
    QSet<QString> members {customerId};
    QSet<QString> seen;
    for (const StoredEvent &s : all) {
        const Event &e = s.event;
        if (seen.contains(e.aggregate))
            continue;
        seen.insert(e.aggregate);
        if (e.type == EventType::MattersOpened && text(e, "customerId") == customerId) {
            members.insert(e.aggregate);
            members.insert(protocol::assignmentAggregate(e.aggregate));
        }
    }
    QList<StoredEvent> out;
    for (const StoredEvent &s : all)
        if (members.contains(s.event.aggregate))
            out.append(s);
    return out;
}

QList<StoredEvent> customerGroupEvents(HqService &service, const QString &customerId)
{
    // One query for the group head office files together, rather than every device chain; plus the installer
    // assignments of its contracts, which head office may file apart from the customer.
    QList<StoredEvent> out = service.eventsOfCustomerGroup(customerId);
    QSet<QString> aggregates;
    QStringList contracts;
    for (const StoredEvent &s : std::as_const(out)) {
        aggregates.insert(s.event.aggregate);
        if (s.event.type == EventType::MattersOpened && !contracts.contains(s.event.aggregate))
            contracts.append(s.event.aggregate);
    }
    bool added = false;
    for (const QString &contract : std::as_const(contracts)) {
        const QString assignment = protocol::assignmentAggregate(contract);
        if (aggregates.contains(assignment))
            continue;
        const QList<StoredEvent> more = service.eventsOfAggregate(assignment);
        out += more;
        added = added || !more.isEmpty();
    }
    if (added)
        std::sort(out.begin(), out.end(), [](const StoredEvent &a, const StoredEvent &b) { return a.pos < b.pos; });
    return out;
}

std::optional<ContentPack> publishedPack(HqService &service, const QString &packId, const QString &packHash)
{
    if (packId.isEmpty() || packHash.isEmpty())
        return std::nullopt;
    const QList<StoredEvent> published = service.eventsOfAggregate(protocol::contentAggregate(packId));
    for (auto it = published.crbegin(); it != published.crend(); ++it) {
        const Event &e = it->event;
        if (e.type != protocol::ControlType::ContentPublished || text(e, "packHash") != packHash)
            continue;
        const auto bytes = cjson::canonicalize(e.payload.value(QStringLiteral("pack")).toObject());
        if (!bytes)
            continue;
        auto pack = parseContentPack(bytes.value(), packId);
        if (pack && pack->hash == packHash)
            return pack.value();
    }
    return std::nullopt;
}

LifecycleError askLifecycle(const ContractState &state, const QString &type, const QJsonObject &payload, qint64 nowUtc)
{
    ContractState copy = state;
    Event e;
    e.id = QStringLiteral("00000000-0000-4000-8000-000000000000");
    e.device = QStringLiteral("console");
    e.seq = 1;
    e.at = nowUtc;
    e.actor = QStringLiteral("console");
    e.type = type;
    e.aggregate = state.id.isEmpty() ? QStringLiteral("contract") : state.id;
    e.payload = payload;
    e.prev = GenesisHash;
    return applyContractEvent(copy, e);
}

StartCheck checkStart(const ContractState &state, qint64 nowUtc)
{
    using E = LifecycleError;
    using S = ContractStage;
    StartCheck c;
    if (state.stage == S::InTrial && state.trialStartedAt > 0)
        c.trialEndsAt = state.trialStartedAt + state.trialDays * MsPerDay;
    c.error = askLifecycle(state, EventType::ContractStarted, {}, nowUtc);
    if (c.error == E::None) {
        c.mayStart = true;
        return c;
    }
    c.code = protocol::lifecycleCode(c.error);
    if (c.error != E::WrongStage) {
        // On hold, disputed, ended, or a start guard that failed on the facts: core names it.
        c.missing = c.code;
        return c;
    }
    switch (state.stage) {
    case S::None:
    case S::Explaining: {
        // What would a conclusion now lack? (open items, the S1 attestation, a signature)
        const Policy defaults;
        c.stepError = askLifecycle(state, EventType::ContractConcluded,
            {{QStringLiteral("policyVersion"), defaults.version},
                {QStringLiteral("coolingOffDays"), defaults.coolingOffDays},
                {QStringLiteral("trialDays"), defaults.productDefaults.trialDays},
                {QStringLiteral("lectureMinimumMinutes"), defaults.productDefaults.lectureMinimumMinutes},
                {QStringLiteral("disputeDays"), defaults.disputeDays}, {QStringLiteral("timeZone"), defaults.timeZone}},
            nowUtc);
        const bool named = c.stepError == E::MattersOpen || c.stepError == E::GuaranteeAttestationMissing
            || c.stepError == E::SignaturesMissing;
        c.missing = named ? protocol::lifecycleCode(c.stepError) : QStringLiteral("walkthrough");
        break;
    }
    case S::Contracted:
        c.missing = QStringLiteral("call_c1");
        break;
    case S::C1Cleared:
        c.missing = QStringLiteral("delivery");
        break;
    case S::Delivered:
        c.missing = QStringLiteral("call_c2");
        break;
    case S::C2Cleared:
        c.missing = QStringLiteral("trial");
        break;
    case S::InTrial:
        // D3: would the customer's confirmation of use be accepted now, or is the trial still running?
        c.stepError = askLifecycle(state, EventType::UsageConfirmed,
            {{QStringLiteral("used"), 1}, {QStringLiteral("noDefects"), 1}, {QStringLiteral("mayStart"), 1}}, nowUtc);
        c.missing = c.stepError == E::TrialNotElapsed ? protocol::lifecycleCode(c.stepError)
                                                      : QStringLiteral("usage_confirmation");
        break;
    case S::UsageConfirmed:
        c.missing = QStringLiteral("call_c3");
        break;
    case S::C3Cleared: // WrongStage cannot come from here; kept for completeness
        c.missing = c.code;
        break;
    case S::Started:
    case S::FollowUp:
        c.missing = QStringLiteral("already_started");
        break;
    case S::Cancelled:
    case S::CreditCancelled:
        c.missing = protocol::lifecycleCode(E::Terminated);
        break;
    }
    return c;
}

ContractView buildContractView(const QList<StoredEvent> &groupEvents, const QString &contractId, qint64 nowUtc,
    const QList<ContentPack> &packs, const QString &serverDeviceId)
{
    ContractView v;
    v.contractId = contractId;
    const QString assignment = protocol::assignmentAggregate(contractId);
    QString customerId;
    for (const StoredEvent &s : groupEvents)
        if (s.event.aggregate == contractId && s.event.type == EventType::MattersOpened) {
            customerId = text(s.event, "customerId");
            break;
        }

    // Item times, from the events core accepted (a refused confirmation confirms nothing).
    QHash<int, QString> shownIds;
    QHash<int, qint64> shownAt, confirmedAt;
    QHash<QString, qint64> taughtAt, understoodAt;
    QStringList taughtOrder;

    ProjectionBook book;
    for (const StoredEvent &s : groupEvents) {
        const Event &e = s.event;
        const int code = book.apply(e);
        const bool accepted = code == 0;
        if (e.aggregate != contractId && e.aggregate != assignment
            && (customerId.isEmpty() || e.aggregate != customerId))
            continue;
        v.timeline.append(TimelineRow {e.id, e.type, e.aggregate, e.actor, e.device, e.seq, e.at, s.receivedAt, s.pos,
            s.ruleCode, !serverDeviceId.isEmpty() && e.device == serverDeviceId});
        if (e.aggregate != contractId)
            continue;
        if (!accepted)
            continue;
        const int index = static_cast<int>(e.payload.value(QStringLiteral("index")).toInteger());
        const QString item = text(e, "itemId");
        if (e.type == EventType::MattersItemShown) {
            shownIds.insert(index, item);
            if (!shownAt.contains(index))
                shownAt.insert(index, e.at);
        } else if (e.type == EventType::MattersItemConfirmed) {
            confirmedAt.insert(index, e.at);
        } else if (e.type == EventType::LectureItemTaught) {
            taughtAt.insert(item, e.at);
            taughtOrder.append(item);
        } else if (e.type == EventType::LectureItemUnderstood) {
            understoodAt.insert(item, e.at);
        }
    }
    // Signatures: every signature event stored for the contract, accepted or not (the page shows both).
    for (const StoredEvent &s : groupEvents) {
        const Event &e = s.event;
        if (e.aggregate != contractId)
            continue;
        if (e.type != EventType::MattersSigned && e.type != EventType::DeliverySigned
            && e.type != EventType::ContractCancelled)
            continue;
        const bool matters = e.type == EventType::MattersSigned;
        v.signatures.append(SignatureRow {e.id, e.type, matters ? text(e, "signer") : QStringLiteral("customer"),
            text(e, "signerName"), matters ? text(e, "seal") : QString(), e.at, text(e, "signatureHash"),
            text(e, "contentHash"), s.ruleCode});
    }

    const AggregateState contract = book.aggregate(contractId);
    if (contract.kind != QLatin1String("contract"))
        return v;
    v.found = true;
    v.state = ContractState::fromJson(contract.state);
    v.customer = book.aggregate(v.state.customerId).state;
    std::stable_sort(v.timeline.begin(), v.timeline.end(),
        [](const TimelineRow &a, const TimelineRow &b) { return a.at != b.at ? a.at < b.at : a.pos < b.pos; });

    const ContentPack *pack = findPack(packs, v.state.packHash);
    v.packKnown = pack != nullptr;
    if (pack) {
        for (int i = 0; i < pack->importantMatters.size(); ++i) {
            const ImportantMatter &m = pack->importantMatters.at(i);
            v.walkthrough.append(WalkthroughItemRow {i, m.id, m.title, shownAt.value(i, 0), confirmedAt.value(i, 0)});
        }
    } else {
        for (int i = 0; i < v.state.itemCount; ++i)
            v.walkthrough.append(
                WalkthroughItemRow {i, shownIds.value(i), {}, shownAt.value(i, 0), confirmedAt.value(i, 0)});
    }

    LectureLevel level = LectureLevel::Standard;
    const bool lectureStarted = lectureLevelFromName(v.state.lectureLevel, &level);
    if (pack && lectureStarted) {
        for (const LectureCategory &category : lectureCategories(*pack, level))
            for (const LectureItem &item : category.items)
                v.lecture.append(LectureItemRow {
                    item.id, category.id, item.text, taughtAt.value(item.id, 0), understoodAt.value(item.id, 0)});
    } else {
        for (const QString &item : std::as_const(taughtOrder))
            v.lecture.append(LectureItemRow {item, QString(), {}, taughtAt.value(item), understoodAt.value(item, 0)});
    }

    v.start = checkStart(v.state, nowUtc);
    return v;
}

ContractView loadContractView(
    HqService &service, const QString &contractId, const Clock &clock, const QList<ContentPack> &packs)
{
    const auto stored = service.aggregate(contractId);
    if (!stored || stored->kind != QLatin1String("contract")) {
        ContractView none;
        none.contractId = contractId;
        return none;
    }
    const QString customerId = stored->state.value(QStringLiteral("customerId")).toString();
    QList<ContentPack> candidates = packs;
    const QString packHash = stored->state.value(QStringLiteral("packHash")).toString();
    if (!findPack(candidates, packHash))
        if (auto published = publishedPack(service, stored->state.value(QStringLiteral("packId")).toString(), packHash))
            candidates.append(published.value());
    return buildContractView(
        customerGroupEvents(service, customerId), contractId, clock.utcMs(), candidates, service.identity().deviceId);
}

} // namespace kakunin::hq::console
