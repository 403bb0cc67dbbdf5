#include "consoleservice.h"

#include "contractview.h"
#include "hqservice.h"
#include "signaturesvg.h"

#include <protocol/hqevents.h>

#include <core/canonicaljson.h>
#include <core/content/contentpackloader.h>
#include <core/domain/eventcatalog.h>
#include <evidence/copybuilders.h>
#include <evidence/pdfcopy.h>

#include <QBuffer>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>

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

QList<ContractFacts> ConsoleService::contracts(const QString &status, const QString &query)
{
    const QHash<QString, QString> names = userNames();
    QHash<QString, QJsonObject> customers;
    for (const HqService::AggregateRow &c : m_hq.aggregatesOfKind(QStringLiteral("customer")))
        customers.insert(c.id, c.state);
    const QString needle = query.trimmed();
    QList<ContractFacts> out;
    for (const HqService::AggregateRow &row : m_hq.aggregatesOfKind(QStringLiteral("contract"))) {
        const ContractState state = ContractState::fromJson(row.state);
        if (!status.isEmpty() && state.status() != status)
            continue;
        ContractFacts f = factsOf(row.id, state, customers, names);
        if (!needle.isEmpty()) {
            bool hit = false;
            for (const QString *field : {&f.id, &f.customerId, &f.customerName, &f.business})
                hit = hit || field->contains(needle, Qt::CaseInsensitive);
            if (!hit)
                continue;
        }
        out.append(f);
    }
    std::stable_sort(out.begin(), out.end(), [](const ContractFacts &a, const ContractFacts &b) {
        return a.state.contractedAt != b.state.contractedAt ? a.state.contractedAt > b.state.contractedAt : a.id < b.id;
    });
    return out;
}

Outcome<Event> ConsoleService::startContract(const QString &actor, const QString &contractId)
{
    if (contractId.isEmpty())
        return fail<Event>(ConsoleError::MissingField, QStringLiteral("contract"));
    const auto agg = m_hq.aggregate(contractId);
    if (!agg || agg->kind != QLatin1String("contract"))
        return fail<Event>(ConsoleError::UnknownContract, QStringLiteral("contract"));
    // Core decides, on the state head office stored; recordHeadOfficeEvents checks it once more when recording.
    const StartCheck check = checkStart(ContractState::fromJson(agg->state), m_hq.clock().utcMs());
    if (!check.mayStart)
        return fail<Event>(ConsoleError::MayNotStart, QString(), check.missing);
    const auto r = m_hq.recordHeadOfficeEvents(actor, {EventDraft {EventType::ContractStarted, contractId, actor, {}}});
    if (!r)
        return Outcome<Event>::failure(failureOf(r.error()));
    return r->first();
}

Outcome<Event> ConsoleService::cancelCredit(const QString &actor, const QString &contractId)
{
    if (contractId.isEmpty())
        return fail<Event>(ConsoleError::MissingField, QStringLiteral("contract"));
    const auto agg = m_hq.aggregate(contractId);
    if (!agg || agg->kind != QLatin1String("contract"))
        return fail<Event>(ConsoleError::UnknownContract, QStringLiteral("contract"));
    const auto r = m_hq.recordHeadOfficeEvents(actor, {EventDraft {EventType::CreditCancelled, contractId, actor, {}}});
    if (!r)
        return Outcome<Event>::failure(failureOf(r.error()));
    return r->first();
}

const QStringList &ConsoleService::creatableRoles()
{
    static const QStringList roles {QStringLiteral("sales_rep"), QStringLiteral("installer"),
        QStringLiteral("confirmation_staff"), QStringLiteral("compliance_admin"), QStringLiteral("auditor")};
    return roles;
}

Outcome<UserInfo> ConsoleService::createUser(const QString &id, const QString &role, const QString &name)
{
    if (id.isEmpty())
        return fail<UserInfo>(ConsoleError::MissingField, QStringLiteral("id"));
    if (role.isEmpty())
        return fail<UserInfo>(ConsoleError::MissingField, QStringLiteral("role"));
    // head_office users are the command line's; the console makes the five roles people sign in with.
    if (!creatableRoles().contains(role))
        return fail<UserInfo>(ConsoleError::BadValue, QStringLiteral("role"));
    if (name.trimmed().isEmpty())
        return fail<UserInfo>(ConsoleError::MissingField, QStringLiteral("name"));
    if (name.size() > 100)
        return fail<UserInfo>(ConsoleError::TooLong, QStringLiteral("name"));
    if (name.contains(QChar(0)))
        return fail<UserInfo>(ConsoleError::BadValue, QStringLiteral("name"));
    if (m_hq.user(id))
        return fail<UserInfo>(ConsoleError::Exists, QStringLiteral("id"));
    const auto r = m_hq.createUser(id, role, name.trimmed());
    if (!r)
        return fail<UserInfo>(
            ConsoleError::BadValue, r.error().detail.isEmpty() ? QStringLiteral("id") : r.error().detail);
    return r.value();
}

Outcome<QString> ConsoleService::issueCode(const QString &userId)
{
    if (userId.isEmpty())
        return fail<QString>(ConsoleError::MissingField, QStringLiteral("user"));
    if (!m_hq.user(userId))
        return fail<QString>(ConsoleError::UnknownUser, QStringLiteral("user"));
    const auto r = m_hq.issueCode(userId);
    if (!r) {
        if (r.error().code == protocol::ErrorCode::RoleNotAllowed)
            return fail<QString>(ConsoleError::NotATabletUser, QStringLiteral("user"));
        if (r.error().code == protocol::ErrorCode::UserDisabled)
            return fail<QString>(ConsoleError::UserDisabled, QStringLiteral("user"));
        return fail<QString>(ConsoleError::BadValue, QStringLiteral("user"));
    }
    return r.value();
}

Outcome<DeviceInfo> ConsoleService::revokeDevice(const QString &deviceId)
{
    if (deviceId.isEmpty())
        return fail<DeviceInfo>(ConsoleError::MissingField, QStringLiteral("device"));
    const auto r = m_hq.revokeDevice(deviceId);
    if (!r)
        return fail<DeviceInfo>(ConsoleError::UnknownDevice, QStringLiteral("device"));
    return r.value();
}

Outcome<DeviceInfo> ConsoleService::orderWipe(const QString &deviceId)
{
    if (deviceId.isEmpty())
        return fail<DeviceInfo>(ConsoleError::MissingField, QStringLiteral("device"));
    const auto r = m_hq.orderWipe(deviceId);
    if (!r)
        return fail<DeviceInfo>(ConsoleError::UnknownDevice, QStringLiteral("device"));
    return r.value();
}

const QStringList &ConsoleService::policyFields()
{
    static const QStringList fields {QStringLiteral("visitHoursStart"), QStringLiteral("visitHoursEnd"),
        QStringLiteral("maxVisitMinutes"), QStringLiteral("visitWarnPercent"), QStringLiteral("declinedCooldownDays"),
        QStringLiteral("elderlyAge"), QStringLiteral("productDefaults.lectureMinimumMinutes"),
        QStringLiteral("productDefaults.trialDays"), QStringLiteral("coolingOffDays"), QStringLiteral("lapsedUseDays"),
        QStringLiteral("disputeDays"), QStringLiteral("maxClockSkewMinutes"), QStringLiteral("autoLockMinutes"),
        QStringLiteral("timeZone")};
    return fields;
}

QString ConsoleService::policyValue(const Policy &policy, const QString &field)
{
    const QJsonObject json = policy.toJson();
    const QJsonValue v = field.startsWith(QLatin1String("productDefaults."))
        ? json.value(QStringLiteral("productDefaults")).toObject().value(field.mid(16))
        : json.value(field);
    return v.isString() ? v.toString() : QString::number(v.toInteger());
}

Result<Policy, ConsoleService::PolicyFormError> ConsoleService::policyFromForm(
    const Policy &current, const QHash<QString, QString> &form)
{
    using R = Result<Policy, PolicyFormError>;
    QJsonObject json = current.toJson();
    QJsonObject defaults = json.value(QStringLiteral("productDefaults")).toObject();
    for (const QString &field : policyFields()) {
        const QString raw = form.value(field).trimmed();
        QJsonValue value;
        if (field == QLatin1String("visitHoursStart") || field == QLatin1String("visitHoursEnd")
            || field == QLatin1String("timeZone")) {
            value = raw;
        } else {
            bool ok = false;
            const int n = raw.toInt(&ok);
            if (!ok)
                return R::failure(PolicyFormError {field, PolicyError::WrongType});
            value = n;
        }
        if (field.startsWith(QLatin1String("productDefaults.")))
            defaults.insert(field.mid(16), value);
        else
            json.insert(field, value);
    }
    json.insert(QStringLiteral("productDefaults"), defaults);
    json.insert(QStringLiteral("version"), current.version + 1);
    QString bad;
    auto policy = Policy::fromJson(json, &bad);
    if (!policy)
        return R::failure(PolicyFormError {bad, policy.error()});
    return policy.value();
}

Outcome<Event> ConsoleService::publishPolicy(const QString &actor, const Policy &policy)
{
    const auto r = m_hq.publishPolicy(actor, policy);
    if (!r)
        return Outcome<Event>::failure(failureOf(r.error()));
    return r.value();
}

Result<Event, ConsoleService::ContentFormError> ConsoleService::publishContent(
    const QString &actor, const QString &json)
{
    using R = Result<Event, ContentFormError>;
    const QByteArray bytes = json.trimmed().toUtf8();
    auto pack = parseContentPack(bytes, QStringLiteral("console"));
    if (!pack)
        return R::failure(ContentFormError {pack.error(), QString()});
    for (const StoredEvent &e : m_hq.eventsOfAggregate(protocol::contentAggregate(pack->id)))
        if (e.event.type == protocol::ControlType::ContentPublished && e.ruleCode.isEmpty()
            && text(e.event.payload, "version") == pack->version)
            return R::failure(ContentFormError {{}, pack->id + QLatin1Char(' ') + pack->version});
    const auto r = m_hq.publishContent(actor, QJsonDocument::fromJson(bytes).object());
    if (!r) {
        ContentPackError e;
        e.code = ContentPackErrorCode::NotJson;
        e.value = r.error().message;
        return R::failure(ContentFormError {e, QString()});
    }
    return r.value();
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
    case ConsoleError::MayNotStart:
        return "may_not_start";
    case ConsoleError::UnknownUser:
        return "unknown_user";
    case ConsoleError::UnknownDevice:
        return "unknown_device";
    case ConsoleError::Exists:
        return "exists";
    case ConsoleError::NotATabletUser:
        return "not_a_tablet_user";
    case ConsoleError::UserDisabled:
        return "user_disabled";
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
    case ConsoleError::UnknownUser:
    case ConsoleError::UnknownDevice:
        return 400;
    case ConsoleError::NotAllowed:
    case ConsoleError::CallerIsSalesRep:
    case ConsoleError::CallerIsInstaller:
        return 403;
    default:
        return 409;
    }
}

const char *copyRefusalName(CopyRefusal r)
{
    switch (r) {
    case CopyRefusal::None:
        return "none";
    case CopyRefusal::NotSigned:
        return "not_signed";
    case CopyRefusal::PackUnknown:
        return "pack_unknown";
    case CopyRefusal::StrokesUnreadable:
        return "strokes_unreadable";
    case CopyRefusal::RenderFailed:
        return "render_failed";
    }
    return "none";
}

bool copyKindFromName(const QString &name, CopyKind *kind)
{
    if (name == QLatin1String("walkthrough"))
        *kind = CopyKind::Walkthrough;
    else if (name == QLatin1String("delivery"))
        *kind = CopyKind::Delivery;
    else
        return false;
    return true;
}

CopyRefusal ConsoleService::copyRefusal(const ContractFacts &contract, CopyKind kind)
{
    const auto made = makeCopy(contract, kind, QStringLiteral("ja"), 0, false);
    return made ? CopyRefusal::None : made.error();
}

Result<QByteArray, CopyRefusal> ConsoleService::copyPdf(
    const ContractFacts &contract, CopyKind kind, const QString &language, qint64 generatedAtUtc)
{
    return makeCopy(contract, kind, language, generatedAtUtc, true);
}

Result<QByteArray, CopyRefusal> ConsoleService::makeCopy(
    const ContractFacts &contract, CopyKind kind, const QString &language, qint64 generatedAtUtc, bool pdf)
{
    using R = Result<QByteArray, CopyRefusal>;
    const QString signedType = kind == CopyKind::Walkthrough ? EventType::ContractConcluded : EventType::DeliverySigned;
    // The contract's events the rules accepted, in head office's storage order (each device's chain in order).
    QList<Event> events;
    bool signedOff = false;
    for (const StoredEvent &s : m_hq.eventsOfAggregate(contract.id)) {
        if (!s.ruleCode.isEmpty())
            continue;
        events.append(s.event);
        signedOff = signedOff || s.event.type == signedType;
    }
    if (!signedOff || (kind == CopyKind::Delivery && !contract.state.lectureMet))
        return R::failure(CopyRefusal::NotSigned);
    const auto found = pack(contract);
    if (!found || found->hash != contract.state.packHash)
        return R::failure(CopyRefusal::PackUnknown);
    // The signatures as the tablet's builders read them: strokes inline, checked against their hash. A tablet
    // may have sent them as a blob instead.
    const auto blobs = [this](const QString &sha256) { return m_hq.blob(sha256); };
    for (Event &e : events) {
        if (e.type != EventType::MattersSigned && e.type != EventType::DeliverySigned)
            continue;
        if ((e.type == EventType::MattersSigned) != (kind == CopyKind::Walkthrough))
            continue;
        const auto strokes = signatureStrokesOf(e, blobs);
        if (!strokes)
            return R::failure(CopyRefusal::StrokesUnreadable);
        if (e.payload.value(QStringLiteral("strokes")).toString().isEmpty())
            e.payload.insert(QStringLiteral("strokes"), QString::fromLatin1(strokes->encode().toBase64()));
    }

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    evidence::PdfError written = evidence::PdfError::None;
    if (kind == CopyKind::Walkthrough) {
        evidence::CopyParties parties;
        parties.language = language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("ja");
        parties.customerId = contract.customerId;
        parties.customerName = contract.customerName;
        parties.staffId = contract.salesRep;
        parties.staffName = contract.salesRepName.isEmpty() ? contract.salesRep : contract.salesRepName;
        parties.generatedAtUtc = generatedAtUtc;
        const auto copy = evidence::walkthroughCopyOf(*found, events, parties);
        if (!copy)
            return R::failure(CopyRefusal::NotSigned); // the walkthrough in the record is not complete
        if (pdf)
            written = evidence::writeWalkthroughPdf(*copy, &buffer);
    } else {
        evidence::DeliveryRecord record;
        record.state = contract.state;
        record.pack = &*found;
        record.customerName = contract.customerName;
        record.installerName = contract.installerName.isEmpty() ? contract.installer : contract.installerName;
        for (const Event &e : events)
            if (e.type.startsWith(QLatin1String("lecture.")) || e.type == EventType::DeliverySigned)
                record.lectureEvents.append(e);
        const auto copy = evidence::deliveryCopyOf(record, language, generatedAtUtc);
        if (!copy)
            return R::failure(copy.error() == evidence::DeliveryCopyError::SignatureUnreadable
                    ? CopyRefusal::StrokesUnreadable
                    : CopyRefusal::NotSigned);
        if (pdf)
            written = evidence::writeDeliveryPdf(copy.value(), &buffer);
    }
    if (written != evidence::PdfError::None) {
        std::fprintf(
            stderr, "kakunin-hq: console: copy of %s: %s\n", qPrintable(contract.id), evidence::pdfErrorName(written));
        return R::failure(CopyRefusal::RenderFailed);
    }
    return bytes;
}

} // namespace kakunin::hq::console
