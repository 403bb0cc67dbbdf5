#include "eventcatalog.h"

#include "policy.h"

#include "core/canonicaljson.h"
#include "core/projection.h"

#include <QJsonValue>

namespace kakunin {
namespace {

FieldSpec req(const char *name, FieldType t, QStringList choices = {})
{
    return FieldSpec {QString::fromLatin1(name), t, true, std::move(choices)};
}
FieldSpec opt(const char *name, FieldType t)
{
    return FieldSpec {QString::fromLatin1(name), t, false, {}};
}
QStringList words(const char *spaceSeparated)
{
    return QString::fromLatin1(spaceSeparated).split(QLatin1Char(' '));
}

QList<EventSpec> buildCatalog()
{
    using F = FieldType;
    const QList<Role> rep {Role::SalesRep};
    const QList<Role> installer {Role::Installer};
    const QList<Role> office {Role::HeadOffice};
    const auto C = AggregateKind::Customer;
    const auto K = AggregateKind::Contract;
    // `reading`: the name's reading in kana (フリガナ), so the tablet finds a customer by kana or romaji.
    const QList<FieldSpec> customerFields {opt("name", F::String), opt("business", F::Text), opt("phone", F::Text),
        opt("address", F::Text), opt("representative", F::Text), opt("reading", F::Text)};
    QList<FieldSpec> registered = customerFields;
    registered[0].required = true;
    return {
        {EventType::CustomerRegistered, C, rep, words("P4"), registered},
        {EventType::CustomerUpdated, C, {Role::SalesRep, Role::HeadOffice}, words("P4"), customerFields},
        {EventType::ProfileRecorded, C, rep, words("P1"),
            {req("birthYear", F::NonNegative), req("yearsInBusiness", F::NonNegative),
                req("yearsInTrade", F::NonNegative), req("businessForm", F::Choice, words("full_time side_business")),
                req("smartphoneUse", F::Choice, words("none calls_only daily_apps")),
                req("itProducts", F::Text), // comma-separated names, empty when none
                req("pcSkill", F::Choice, words("cannot never_used basic office advanced")),
                req("itLiteracy", F::NonNegative)}},
        {EventType::ScreeningRecorded, C, rep, words("P2"),
            {req("outcome", F::Choice, words("allowed allowed_with_conditions refused")), req("refusals", F::Text),
                req("conditions", F::Text), // comma-separated reason codes
                req("age", F::NonNegative), req("itLiteracy", F::NonNegative), req("policyVersion", F::NonNegative),
                req("successorPresent", F::Flag), req("fullTimeDeclared", F::Flag)}},
        {EventType::AppointmentRecorded, C, rep, words("S2"),
            {req("appointmentId", F::String), req("scheduledAt", F::NonNegative)}},
        {EventType::VisitStarted, C, rep, words("S2"),
            {req("visitId", F::String), req("appointmentId", F::String),
                req("outOfHoursReason", F::Choice, words("none customer_requested_time customer_business_hours"))}},
        {EventType::VisitWarned, C, rep, words("S2"),
            {req("visitId", F::String), req("elapsedMinutes", F::NonNegative)}},
        {EventType::VisitFlagged, C, rep, words("S2"),
            {req("visitId", F::String), req("flag", F::Choice, words("max_length_exceeded past_allowed_hours")),
                req("elapsedMinutes", F::NonNegative)}},
        {EventType::VisitEnded, C, rep, words("S2"),
            {req("visitId", F::String), req("elapsedMinutes", F::NonNegative)}},
        {EventType::VisitDeclined, C, rep, words("S2"),
            {req("visitId", F::String), req("elapsedMinutes", F::NonNegative)}},
        {EventType::ApprovalGranted, C, office, words("P4"), {req("approvalId", F::String), req("reason", F::Text)}},

        {EventType::MattersOpened, K, rep, words("S3 P2 P4"),
            {req("customerId", F::String), req("productCode", F::String), req("packId", F::String),
                req("packVersion", F::String), req("packHash", F::Hash), req("itemCount", F::NonNegative),
                req("screeningOutcome", F::Choice, words("allowed allowed_with_conditions refused")),
                req("successorRequired", F::Flag), req("approvalId", F::Text)}},
        {EventType::MattersItemShown, K, rep, words("S3"), {req("itemId", F::String), req("index", F::NonNegative)}},
        {EventType::MattersItemConfirmed, K, rep, words("S3 S1 P2"),
            {req("itemId", F::String), req("index", F::NonNegative)}},
        {EventType::MattersNoGuaranteeAttested, K, rep, words("S1"), {req("packHash", F::Hash)}},
        {EventType::MattersSigned, K, rep, words("S3 M1"),
            {req("signer", F::Choice, words("customer successor rep")), req("signatureHash", F::Hash),
                req("contentHash", F::Hash), opt("strokes", F::String), opt("signerName", F::Text),
                opt("pngHash", F::Hash), opt("svgHash", F::Hash),
                FieldSpec {QStringLiteral("seal"), F::Choice, false, words("none affixed_on_paper image")},
                opt("sealImageHash", F::Hash)}},
        {EventType::ContractConcluded, K, rep, words("S3 M1 P3 D1 D3 P6"),
            {req("policyVersion", F::NonNegative), req("coolingOffDays", F::NonNegative),
                req("trialDays", F::NonNegative), req("lectureMinimumMinutes", F::NonNegative),
                req("disputeDays", F::NonNegative), req("timeZone", F::String)}},
        {EventType::CallRecorded, K, office, words("M2 S1 S2 D1 D2 D3"),
            {req("stage", F::Choice, words("C1 C2 C3")), req("reached", F::Flag), req("guaranteeMentioned", F::Flag),
                req("conductOk", F::Flag), req("lectureOk", F::Flag), req("productUsed", F::Flag),
                req("note", F::Text)}},
        {EventType::HoldResolved, K, office, words("M2"), {req("resolution", F::String)}},
        {EventType::LectureStarted, K, installer, words("D1 D2 P1"),
            {req("level", F::Choice, words("standard extended")), req("itemCount", F::NonNegative),
                req("packHash", F::Hash)}},
        {EventType::LecturePaused, K, installer, words("D1"), {}},
        {EventType::LectureResumed, K, installer, words("D1"), {}},
        {EventType::LectureItemTaught, K, installer, words("D2"), {req("itemId", F::String)}},
        {EventType::LectureItemUnderstood, K, installer, words("D2"), {req("itemId", F::String)}},
        {EventType::DeliverySigned, K, installer, words("D1 D2 M1"),
            {req("signatureHash", F::Hash), req("contentHash", F::Hash), opt("strokes", F::String),
                opt("signerName", F::Text), opt("pngHash", F::Hash), opt("svgHash", F::Hash)}},
        {EventType::TrialStarted, K, {Role::Installer, Role::HeadOffice}, words("D3"), {}},
        {EventType::UsageConfirmed, K, office, words("D3"),
            {req("used", F::Flag), req("noDefects", F::Flag), req("mayStart", F::Flag)}},
        {EventType::ContractStarted, K, office, words("M2 D1 D3"), {}},
        {EventType::FollowUpRecorded, K, {Role::Installer, Role::HeadOffice}, words("P5"),
            {req("kind", F::Choice, words("relecture lapsed_use_call check")), req("note", F::Text)}},
        {EventType::UsageReported, K, office, words("P5"), {req("lastUsedAt", F::NonNegative)}},
        {EventType::CostRecorded, K, office, words("P3"),
            {req("orderRef", F::String), req("amountYen", F::NonNegative)}},
        {EventType::ContractCancelled, K, {Role::SalesRep, Role::HeadOffice}, words("P3"),
            {req("signatureHash", F::Hash), opt("strokes", F::String), opt("signerName", F::Text),
                opt("pngHash", F::Hash), opt("svgHash", F::Hash), opt("reason", F::Text)}},
        {EventType::DisputeOpened, K, office, words("P6"), {req("disputeId", F::String)}},
        {EventType::DisputeResolved, K, office, words("P6"), {req("resolution", F::String)}},
        {EventType::CreditCancelled, K, office, words("P6"), {}},
        {EventType::PolicyUpdated, AggregateKind::Policy, office, words("S2 P2 P3 P5 P6 D1 D3"),
            {req("policy", F::Object)}},
    };
}

bool isLowerHex64(const QString &s)
{
    if (s.size() != 64)
        return false;
    for (QChar c : s)
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    return true;
}

EventError checkField(const FieldSpec &f, const QJsonValue &v)
{
    switch (f.type) {
    case FieldType::String:
    case FieldType::Text:
    case FieldType::Hash:
    case FieldType::Choice: {
        if (!v.isString())
            return EventError::WrongType;
        const QString s = v.toString();
        if (f.type == FieldType::String && s.trimmed().isEmpty())
            return EventError::EmptyString;
        if (f.type == FieldType::Hash && !isLowerHex64(s))
            return EventError::BadHash;
        if (f.type == FieldType::Choice && !f.choices.contains(s))
            return EventError::BadChoice;
        return EventError::None;
    }
    case FieldType::Integer:
    case FieldType::NonNegative:
    case FieldType::Flag: {
        if (!v.isDouble() || v.toDouble() != static_cast<double>(v.toInteger())
            || qAbs(v.toInteger()) > cjson::MaxSafeInteger)
            return EventError::WrongType;
        const qint64 n = v.toInteger();
        if (f.type == FieldType::NonNegative && n < 0)
            return EventError::NegativeNumber;
        if (f.type == FieldType::Flag && n != 0 && n != 1)
            return EventError::NotAFlag;
        return EventError::None;
    }
    case FieldType::Object:
        if (!v.isObject())
            return EventError::WrongType;
        return Policy::fromJson(v.toObject()).ok() ? EventError::None : EventError::BadPolicy;
    }
    return EventError::WrongType;
}

} // namespace

const QList<EventSpec> &eventCatalog()
{
    static const QList<EventSpec> catalog = buildCatalog();
    return catalog;
}

const EventSpec *eventSpec(const QString &type)
{
    for (const EventSpec &s : eventCatalog())
        if (s.type == type)
            return &s;
    return nullptr;
}

bool isContractEvent(const QString &type)
{
    const EventSpec *s = eventSpec(type);
    return s && s->aggregate == AggregateKind::Contract;
}

QString aggregateKindName(AggregateKind k)
{
    switch (k) {
    case AggregateKind::Customer:
        return QStringLiteral("customer");
    case AggregateKind::Contract:
        return QStringLiteral("contract");
    case AggregateKind::Policy:
        return QStringLiteral("policy");
    }
    return QString();
}

EventError validateEvent(const Event &event, QString *badField)
{
    const EventSpec *spec = eventSpec(event.type);
    if (!spec)
        return EventError::UnknownType;
    if (event.aggregate.trimmed().isEmpty())
        return EventError::EmptyAggregate;
    if (event.actor.trimmed().isEmpty())
        return EventError::EmptyActor;
    for (const FieldSpec &f : spec->fields) {
        const QJsonValue v = event.payload.value(f.name);
        if (v.isUndefined()) {
            if (!f.required)
                continue;
            if (badField)
                *badField = f.name;
            return EventError::MissingField;
        }
        if (const EventError e = checkField(f, v); e != EventError::None) {
            if (badField)
                *badField = f.name;
            return e;
        }
    }
    for (auto it = event.payload.constBegin(); it != event.payload.constEnd(); ++it) {
        bool known = false;
        for (const FieldSpec &f : spec->fields)
            known |= f.name == it.key();
        if (!known) {
            if (badField)
                *badField = it.key();
            return EventError::UnknownField;
        }
    }
    return EventError::None;
}

EventError validateEvent(const Event &event, Role emitter, QString *badField)
{
    if (const EventError e = validateEvent(event, badField); e != EventError::None)
        return e;
    return eventSpec(event.type)->emitters.contains(emitter) ? EventError::None : EventError::RoleNotAllowed;
}

const char *eventErrorName(EventError e)
{
    switch (e) {
    case EventError::None:
        return "None";
    case EventError::UnknownType:
        return "UnknownType";
    case EventError::EmptyAggregate:
        return "EmptyAggregate";
    case EventError::EmptyActor:
        return "EmptyActor";
    case EventError::MissingField:
        return "MissingField";
    case EventError::UnknownField:
        return "UnknownField";
    case EventError::WrongType:
        return "WrongType";
    case EventError::EmptyString:
        return "EmptyString";
    case EventError::NegativeNumber:
        return "NegativeNumber";
    case EventError::NotAFlag:
        return "NotAFlag";
    case EventError::BadHash:
        return "BadHash";
    case EventError::BadChoice:
        return "BadChoice";
    case EventError::BadPolicy:
        return "BadPolicy";
    case EventError::RoleNotAllowed:
        return "RoleNotAllowed";
    }
    return "?";
}

QString roleName(Role r)
{
    switch (r) {
    case Role::SalesRep:
        return QStringLiteral("sales_rep");
    case Role::Installer:
        return QStringLiteral("installer");
    case Role::HeadOffice:
        return QStringLiteral("head_office");
    }
    return QString();
}

QString fieldTypeName(FieldType t)
{
    switch (t) {
    case FieldType::String:
        return QStringLiteral("string (non-empty)");
    case FieldType::Text:
        return QStringLiteral("string");
    case FieldType::Integer:
        return QStringLiteral("integer");
    case FieldType::NonNegative:
        return QStringLiteral("integer ≥ 0");
    case FieldType::Flag:
        return QStringLiteral("integer 0/1");
    case FieldType::Hash:
        return QStringLiteral("sha256 hex");
    case FieldType::Choice:
        return QStringLiteral("one of");
    case FieldType::Object:
        return QStringLiteral("policy object");
    }
    return QString();
}

} // namespace kakunin
