#include "consoleservice.h"

#include "hqservice.h"

#include <protocol/hqevents.h>

#include <core/canonicaljson.h>
#include <core/content/contentpackloader.h>
#include <core/domain/eventcatalog.h>

#include <algorithm>

namespace kakunin::hq::console {

namespace {

const QString Yes = QStringLiteral("yes");
const QString No = QStringLiteral("no");

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

qint64 number(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toInteger();
}

template <typename T> Outcome<T> fail(ConsoleError e, const QString &field = QString(), const QString &detail = {})
{
    return Outcome<T>::failure(Failure {e, field, detail});
}

// What core answered, as the console's codes.
Failure failureOf(const protocol::ApiError &e)
{
    if (e.code == protocol::ErrorCode::RoleNotAllowed)
        return Failure {ConsoleError::NotAllowed, QString(), e.detail};
    const std::pair<LifecycleError, ConsoleError> known[] = {
        {LifecycleError::CallerIsSalesRep, ConsoleError::CallerIsSalesRep},
        {LifecycleError::CallerIsInstaller, ConsoleError::CallerIsInstaller},
        {LifecycleError::CallOutOfOrder, ConsoleError::NotDue},
        {LifecycleError::OnHold, ConsoleError::OnHold},
        {LifecycleError::NotOnHold, ConsoleError::NotOnHold},
        {LifecycleError::Disputed, ConsoleError::Disputed},
        {LifecycleError::Terminated, ConsoleError::Terminated},
    };
    for (const auto &[lifecycle, console] : known)
        if (e.detail == protocol::lifecycleCode(lifecycle))
            return Failure {console, QString(), e.detail};
    return Failure {ConsoleError::Refused, QString(), e.detail.isEmpty() ? e.codeName : e.detail};
}

std::optional<ContentPack> parsePublished(const QJsonObject &payload)
{
    const auto bytes = cjson::canonicalize(payload.value(QStringLiteral("pack")).toObject());
    if (!bytes)
        return std::nullopt;
    auto pack = parseContentPack(bytes.value(), QStringLiteral("content.published"));
    if (!pack)
        return std::nullopt;
    return pack.value();
}

} // namespace

ConsoleService::ConsoleService(HqService &hq) : m_hq(hq)
{
    // The packs shipped with kakunin-hq (assets/content, compiled in by console.cmake).
    auto loaded = loadContentPackDir(QStringLiteral(":/console/content"));
    if (loaded)
        m_builtIn = loaded.value();
}

bool ConsoleService::isStage(const QString &stage)
{
    return stage == QLatin1String("C1") || stage == QLatin1String("C2") || stage == QLatin1String("C3");
}

QString ConsoleService::dueStage(const ContractState &s)
{
    if (s.terminated() || s.onHold || s.disputed)
        return QString();
    switch (s.stage) {
    case ContractStage::Contracted:
        return QStringLiteral("C1");
    case ContractStage::Delivered:
        return QStringLiteral("C2");
    case ContractStage::UsageConfirmed:
        return QStringLiteral("C3");
    default:
        return QString();
    }
}

qint64 ConsoleService::dueSince(const ContractState &s, const QString &stage)
{
    if (stage == QLatin1String("C1"))
        return s.contractedAt;
    if (stage == QLatin1String("C2"))
        return s.deliveredAt;
    if (stage == QLatin1String("C3"))
        return s.usageConfirmedAt;
    return 0;
}

QStringList ConsoleService::askedAnswers(const QString &stage)
{
    QStringList asked {QStringLiteral("guarantee"), QStringLiteral("conduct")};
    if (stage == QLatin1String("C2") || stage == QLatin1String("C3"))
        asked.append(QStringLiteral("lecture"));
    if (stage == QLatin1String("C3"))
        asked.append(QStringLiteral("used"));
    return asked;
}

QStringList ConsoleService::problemsOf(const QJsonObject &p)
{
    QStringList problems;
    if (number(p, "reached") != 1)
        return problems;
    const QStringList asked = askedAnswers(text(p, "stage"));
    if (asked.contains(QLatin1String("guarantee")) && number(p, "guaranteeMentioned") == 1)
        problems.append(QStringLiteral("guarantee_mentioned"));
    if (asked.contains(QLatin1String("conduct")) && number(p, "conductOk") == 0)
        problems.append(QStringLiteral("conduct_not_ok"));
    if (asked.contains(QLatin1String("lecture")) && number(p, "lectureOk") == 0)
        problems.append(QStringLiteral("lecture_not_ok"));
    if (asked.contains(QLatin1String("used")) && number(p, "productUsed") == 0)
        problems.append(QStringLiteral("product_not_used"));
    return problems;
}

LocalizedText ConsoleService::productNameOf(const ContractState &state)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_published.contains(state.packHash))
            return m_published.value(state.packHash).productName;
    }
    for (const ContentPack &p : m_builtIn)
        if (p.id == state.packId || p.productCode == state.productCode)
            return p.productName;
    return LocalizedText {};
}

QHash<QString, QString> ConsoleService::userNames()
{
    QHash<QString, QString> names;
    for (const UserInfo &u : m_hq.users())
        names.insert(u.id, u.name);
    return names;
}

ContractFacts ConsoleService::factsOf(const QString &id, const ContractState &state,
    const QHash<QString, QJsonObject> &customers, const QHash<QString, QString> &names)
{
    ContractFacts f;
    f.id = id;
    f.state = state;
    f.customerId = state.customerId;
    const QJsonObject customer = customers.value(state.customerId);
    f.customerName = text(customer, "name");
    f.business = text(customer, "business");
    f.phone = text(customer, "phone");
    f.salesRep = state.salesRep;
    f.salesRepName = names.value(state.salesRep, state.salesRep);
    f.installer = state.installer;
    f.installerName = names.value(state.installer, state.installer);
    f.productName = productNameOf(state);
    return f;
}

std::optional<ContractFacts> ConsoleService::contract(const QString &id)
{
    if (id.isEmpty())
        return std::nullopt;
    const auto agg = m_hq.aggregate(id);
    if (!agg || agg->kind != QLatin1String("contract"))
        return std::nullopt;
    const ContractState state = ContractState::fromJson(agg->state);
    QHash<QString, QJsonObject> customers;
    if (const auto customer = m_hq.aggregate(state.customerId))
        customers.insert(state.customerId, customer->state);
    return factsOf(id, state, customers, userNames());
}

QList<CallRecord> ConsoleService::calls(const QString &contractId)
{
    const QHash<QString, QString> names = userNames();
    QList<CallRecord> out;
    for (const StoredEvent &s : m_hq.eventsOfAggregate(contractId)) {
        if (s.event.type != EventType::CallRecorded)
            continue;
        const QJsonObject &p = s.event.payload;
        CallRecord r;
        r.at = s.event.at;
        r.stage = text(p, "stage");
        r.caller = s.event.actor;
        r.callerName = names.value(s.event.actor, s.event.actor);
        r.reached = number(p, "reached") == 1;
        r.problems = problemsOf(p);
        r.note = text(p, "note");
        r.ruleCode = s.ruleCode;
        out.append(r);
    }
    return out;
}

std::optional<Hold> ConsoleService::hold(const QString &contractId)
{
    auto facts = contract(contractId);
    if (!facts || !facts->state.onHold)
        return std::nullopt;
    Hold h;
    h.contract = *facts;
    h.stage = facts->state.holdStage;
    // The hold is the last accepted call at that stage that reached the customer and found a problem.
    const QList<CallRecord> history = calls(contractId);
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        if (it->ruleCode.isEmpty() && it->reached && it->stage == h.stage && !it->problems.isEmpty()) {
            h.problems = it->problems;
            h.note = it->note;
            h.caller = it->caller;
            h.callerName = it->callerName;
            h.heldAt = it->at;
            break;
        }
    }
    return h;
}

CallQueue ConsoleService::queue()
{
    const QHash<QString, QString> names = userNames();
    QHash<QString, QJsonObject> customers;
    for (const HqService::AggregateRow &c : m_hq.aggregatesOfKind(QStringLiteral("customer")))
        customers.insert(c.id, c.state);
    CallQueue q;
    for (const HqService::AggregateRow &row : m_hq.aggregatesOfKind(QStringLiteral("contract"))) {
        const ContractState state = ContractState::fromJson(row.state);
        if (state.terminated())
            continue;
        if (state.onHold) {
            if (auto h = hold(row.id))
                q.held.append(*h);
            continue;
        }
        const QString stage = dueStage(state);
        if (stage.isEmpty())
            continue;
        DueCall due;
        due.contract = factsOf(row.id, state, customers, names);
        due.stage = stage;
        due.dueSince = dueSince(state, stage);
        for (const CallRecord &call : calls(row.id)) {
            if (call.ruleCode.isEmpty() && call.stage == stage && !call.reached && call.at >= due.dueSince) {
                ++due.attempts;
                due.lastAttemptAt = call.at;
            }
        }
        q.due.append(due);
    }
    std::stable_sort(q.due.begin(), q.due.end(), [](const DueCall &a, const DueCall &b) {
        return a.dueSince != b.dueSince ? a.dueSince < b.dueSince : a.contract.id < b.contract.id;
    });
    std::stable_sort(q.held.begin(), q.held.end(), [](const Hold &a, const Hold &b) {
        return a.heldAt != b.heldAt ? a.heldAt < b.heldAt : a.contract.id < b.contract.id;
    });
    return q;
}

std::optional<ContentPack> ConsoleService::pack(const ContractFacts &contract)
{
    const ContractState &s = contract.state;
    // Published versions of the contract's pack, newest last.
    std::optional<ContentPack> newest;
    if (!s.packId.isEmpty()) {
        for (const StoredEvent &e : m_hq.eventsOfAggregate(protocol::contentAggregate(s.packId))) {
            if (e.event.type != protocol::ControlType::ContentPublished || !e.ruleCode.isEmpty())
                continue;
            const QString hash = text(e.event.payload, "packHash");
            std::optional<ContentPack> parsed;
            {
                std::lock_guard lock(m_mutex);
                if (m_published.contains(hash))
                    parsed = m_published.value(hash);
            }
            if (!parsed) {
                parsed = parsePublished(e.event.payload);
                if (!parsed)
                    continue;
                std::lock_guard lock(m_mutex);
                m_published.insert(hash, *parsed);
            }
            if (parsed->hash == s.packHash)
                return parsed;
            newest = parsed;
        }
    }
    for (const ContentPack &p : m_builtIn)
        if (p.id == s.packId && p.hash == s.packHash)
            return p;
    if (newest)
        return newest;
    for (const ContentPack &p : m_builtIn)
        if (p.id == s.packId)
            return p;
    for (const ContentPack &p : m_builtIn)
        if (p.productCode == s.productCode)
            return p;
    return std::nullopt;
}

QList<CallQuestion> ConsoleService::script(const ContractFacts &contract, const QString &stage)
{
    QList<CallQuestion> questions;
    if (const auto p = pack(contract))
        for (const CallQuestion &q : p->callScript)
            if (q.stage == stage)
                questions.append(q);
    return questions;
}

Outcome<Event> ConsoleService::recordCall(const QString &actor, const CallInput &in)
{
    if (in.contractId.isEmpty())
        return fail<Event>(ConsoleError::MissingField, QStringLiteral("contract"));
    if (in.stage.isEmpty())
        return fail<Event>(ConsoleError::MissingField, QStringLiteral("stage"));
    if (!isStage(in.stage))
        return fail<Event>(ConsoleError::BadValue, QStringLiteral("stage"));
    const auto agg = m_hq.aggregate(in.contractId);
    if (!agg || agg->kind != QLatin1String("contract"))
        return fail<Event>(ConsoleError::UnknownContract, QStringLiteral("contract"));
    if (in.reached.isEmpty())
        return fail<Event>(ConsoleError::MissingField, QStringLiteral("reached"));
    if (in.reached != Yes && in.reached != No)
        return fail<Event>(ConsoleError::BadValue, QStringLiteral("reached"));
    const bool reached = in.reached == Yes;
    const QStringList asked = askedAnswers(in.stage);
    const std::pair<const char *, const QString *> answers[]
        = {{"guarantee", &in.guarantee}, {"conduct", &in.conduct}, {"lecture", &in.lecture}, {"used", &in.used}};
    auto yes = [&](const char *name) {
        for (const auto &[field, value] : answers)
            if (qstrcmp(field, name) == 0)
                return *value == Yes;
        return false;
    };
    for (const auto &[field, value] : answers) {
        const QString name = QLatin1String(field);
        if (!reached || !asked.contains(name)) {
            if (!value->isEmpty() && *value != Yes && *value != No)
                return fail<Event>(ConsoleError::BadValue, name);
            continue;
        }
        if (value->isEmpty())
            return fail<Event>(ConsoleError::MissingField, name);
        if (*value != Yes && *value != No)
            return fail<Event>(ConsoleError::BadValue, name);
    }
    if (in.note.size() > MaxNoteLength)
        return fail<Event>(ConsoleError::TooLong, QStringLiteral("note"));
    if (in.note.contains(QChar(0)))
        return fail<Event>(ConsoleError::BadValue, QStringLiteral("note"));

    // Questions the stage does not ask are sent as "no problem": core weighs only those of the stage.
    auto asks = [&](const char *name) { return reached && asked.contains(QLatin1String(name)); };
    const QJsonObject payload {{QStringLiteral("stage"), in.stage}, {QStringLiteral("reached"), reached ? 1 : 0},
        {QStringLiteral("guaranteeMentioned"), asks("guarantee") && yes("guarantee") ? 1 : 0},
        {QStringLiteral("conductOk"), asks("conduct") && !yes("conduct") ? 0 : 1},
        {QStringLiteral("lectureOk"), asks("lecture") && !yes("lecture") ? 0 : 1},
        {QStringLiteral("productUsed"), asks("used") && !yes("used") ? 0 : 1}, {QStringLiteral("note"), in.note}};
    const auto r
        = m_hq.recordHeadOfficeEvents(actor, {EventDraft {EventType::CallRecorded, in.contractId, actor, payload}});
    if (!r)
        return Outcome<Event>::failure(failureOf(r.error()));
    return r->first();
}

Outcome<Event> ConsoleService::resolveHold(const QString &actor, const QString &contractId, const QString &resolution)
{
    if (contractId.isEmpty())
        return fail<Event>(ConsoleError::MissingField, QStringLiteral("contract"));
    const auto agg = m_hq.aggregate(contractId);
    if (!agg || agg->kind != QLatin1String("contract"))
        return fail<Event>(ConsoleError::UnknownContract, QStringLiteral("contract"));
    const QString text = resolution.trimmed();
    if (text.isEmpty())
        return fail<Event>(ConsoleError::MissingField, QStringLiteral("resolution"));
    if (text.size() > MaxNoteLength)
        return fail<Event>(ConsoleError::TooLong, QStringLiteral("resolution"));
    if (text.contains(QChar(0)))
        return fail<Event>(ConsoleError::BadValue, QStringLiteral("resolution"));
    const auto r = m_hq.recordHeadOfficeEvents(actor,
        {EventDraft {EventType::HoldResolved, contractId, actor, QJsonObject {{QStringLiteral("resolution"), text}}}});
    if (!r)
        return Outcome<Event>::failure(failureOf(r.error()));
    return r->first();
}

const char *consoleErrorName(ConsoleError e)
{
    switch (e) {
    case ConsoleError::None:
        return "none";
    case ConsoleError::MissingField:
        return "missing_field";
    case ConsoleError::BadValue:
        return "bad_value";
    case ConsoleError::TooLong:
        return "too_long";
    case ConsoleError::UnknownContract:
        return "unknown_contract";
    case ConsoleError::NotAllowed:
        return "not_allowed";
    case ConsoleError::CallerIsSalesRep:
        return "caller_is_sales_rep";
    case ConsoleError::CallerIsInstaller:
        return "caller_is_installer";
    case ConsoleError::NotDue:
        return "not_due";
    case ConsoleError::OnHold:
        return "on_hold";
    case ConsoleError::NotOnHold:
        return "not_on_hold";
    case ConsoleError::Disputed:
        return "disputed";
    case ConsoleError::Terminated:
        return "terminated";
    case ConsoleError::Refused:
        return "refused";
    }
    return "?";
}

int httpStatusOf(ConsoleError e)
{
    switch (e) {
    case ConsoleError::None:
        return 200;
    case ConsoleError::MissingField:
    case ConsoleError::BadValue:
    case ConsoleError::TooLong:
    case ConsoleError::UnknownContract:
        return 400;
    case ConsoleError::NotAllowed:
    case ConsoleError::CallerIsSalesRep:
    case ConsoleError::CallerIsInstaller:
        return 403;
    default:
        return 409;
    }
}

} // namespace kakunin::hq::console
