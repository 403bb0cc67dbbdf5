#include <catch2/catch.hpp>

#include "rulessupport.h"

#include <core/domain/eventcatalog.h>
#include <core/domain/screening.h>
#include <core/projection.h>

#include <QFile>
#include <QSet>

using namespace kakunin;
using namespace kakunin::test;

TEST_CASE("S1 S2 S3 D1 D2 D3 M1 M2 P1 P2 P3 P4 P5 P6: every catalog type names its rules, emitters and a unique type",
    "[S1][S2][S3][D1][D2][D3][M1][M2][P1][P2][P3][P4][P5][P6]")
{
    QSet<QString> types;
    QSet<QString> rules;
    for (const EventSpec &s : eventCatalog()) {
        INFO(s.type.toStdString());
        CHECK_FALSE(types.contains(s.type));
        types.insert(s.type);
        CHECK_FALSE(s.emitters.isEmpty());
        CHECK_FALSE(s.rules.isEmpty());
        for (const QString &r : s.rules)
            rules.insert(r);
    }
    // Every rule id of DOMAIN.md is served by at least one event type.
    for (const char *id : {"S1", "S2", "S3", "D1", "D2", "D3", "M1", "M2", "P1", "P2", "P3", "P4", "P5", "P6"})
        CHECK(rules.contains(QLatin1String(id)));
    CHECK(types.contains(EventType::ScreeningRecorded));
    CHECK(types.contains(EventType::VisitStarted));
    CHECK(types.contains(EventType::MattersItemConfirmed));
    CHECK(types.contains(EventType::LecturePaused));
    CHECK(types.contains(EventType::CallRecorded));
    CHECK(types.contains(EventType::ContractStarted));
}

TEST_CASE("validateEvent refuses unknown types and malformed payloads with a code (S3 M2)", "[S3][M2]")
{
    EventBuilder b;
    const QJsonObject good = callPayload("C1");
    REQUIRE(validateEvent(b.make(EventType::CallRecorded, Caller, good)) == EventError::None);
    struct Row {
        const char *name;
        QString type;
        QJsonObject payload;
        EventError expected;
        const char *field;
    };
    auto with = [&](const char *key, const QJsonValue &v) {
        QJsonObject o = good;
        if (v.isUndefined())
            o.remove(QLatin1String(key));
        else
            o.insert(QLatin1String(key), v);
        return o;
    };
    const std::vector<Row> rows {
        {"unknown type", QStringLiteral("call.invented"), good, EventError::UnknownType, ""},
        {"missing field", EventType::CallRecorded, with("conductOk", QJsonValue(QJsonValue::Undefined)),
            EventError::MissingField, "conductOk"},
        {"unknown field", EventType::CallRecorded, with("mood", 1), EventError::UnknownField, "mood"},
        {"float", EventType::CallRecorded, with("conductOk", 0.5), EventError::WrongType, "conductOk"},
        {"string for integer", EventType::CallRecorded, with("reached", QStringLiteral("1")), EventError::WrongType,
            "reached"},
        {"flag out of range", EventType::CallRecorded, with("reached", 2), EventError::NotAFlag, "reached"},
        {"bad choice", EventType::CallRecorded, with("stage", QStringLiteral("C4")), EventError::BadChoice, "stage"},
        {"integer for string", EventType::CallRecorded, with("note", 3), EventError::WrongType, "note"},
        {"empty required string", EventType::HoldResolved, {{QStringLiteral("resolution"), QStringLiteral(" ")}},
            EventError::EmptyString, "resolution"},
        {"bad hash", EventType::DeliverySigned, {{QStringLiteral("signatureHash"), QStringLiteral("ABC")}},
            EventError::BadHash, "signatureHash"},
        {"uppercase hash", EventType::DeliverySigned,
            {{QStringLiteral("signatureHash"), QString(64, QLatin1Char('A'))}}, EventError::BadHash, "signatureHash"},
        {"negative", EventType::UsageReported, {{QStringLiteral("lastUsedAt"), -5}}, EventError::NegativeNumber,
            "lastUsedAt"},
        {"bad policy", EventType::PolicyUpdated, {{QStringLiteral("policy"), QJsonObject {{QStringLiteral("x"), 1}}}},
            EventError::BadPolicy, "policy"},
    };
    for (const Row &r : rows) {
        INFO(r.name);
        QString field;
        CHECK(eventErrorName(validateEvent(b.make(r.type, Caller, r.payload), &field))
            == std::string(eventErrorName(r.expected)));
        CHECK(field == QLatin1String(r.field));
    }
    Event noActor = b.make(EventType::CallRecorded, QString(), good);
    CHECK(validateEvent(noActor) == EventError::EmptyActor);
    Event noAggregate = b.make(EventType::CallRecorded, Caller, good, QString());
    CHECK(validateEvent(noAggregate) == EventError::EmptyAggregate);
    CHECK(validateEvent(b.make(EventType::PolicyUpdated, Caller, {{QStringLiteral("policy"), Policy().toJson()}},
              QStringLiteral("policy")))
        == EventError::None);
}

TEST_CASE("M2 P3 only the allowed roles may record an event type", "[M2][P3][S3]")
{
    EventBuilder b;
    const Event call = b.make(EventType::CallRecorded, Caller, callPayload("C1"));
    CHECK(validateEvent(call, Role::HeadOffice) == EventError::None);
    CHECK(
        validateEvent(call, Role::SalesRep) == EventError::RoleNotAllowed); // confirmation calls: never the sales side
    CHECK(validateEvent(call, Role::Installer) == EventError::RoleNotAllowed);
    const Event started = b.make(EventType::ContractStarted, Caller, {});
    CHECK(validateEvent(started, Role::SalesRep) == EventError::RoleNotAllowed);
    const Event cancelled = b.make(EventType::ContractCancelled, Rep, {{QStringLiteral("signatureHash"), hashOf('1')}});
    CHECK(validateEvent(cancelled, Role::SalesRep) == EventError::None);
    CHECK(validateEvent(cancelled, Role::Installer) == EventError::RoleNotAllowed);
}

TEST_CASE("every payload the rules tests build is valid for the catalog (S3 D1 D2 M2)", "[S3][D1][D2][M2]")
{
    EventBuilder b;
    QList<Event> all = walkthrough(b);
    all += lectureAndDelivery(b, 180 * MsPerMinute);
    for (const Event &e : all) {
        QString field;
        INFO(e.type.toStdString() << " " << field.toStdString());
        CHECK(validateEvent(e, &field) == EventError::None);
    }
}

TEST_CASE("S3 M2 docs/events.md documents every catalog type", "[S3][M2]")
{
    QFile f(QStringLiteral(KAKUNIN_TEST_DATA "/../../docs/events.md"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString doc = QString::fromUtf8(f.readAll());
    for (const EventSpec &s : eventCatalog()) {
        INFO(s.type.toStdString());
        CHECK(doc.contains(QStringLiteral("`%1`").arg(s.type)));
        for (const FieldSpec &field : s.fields)
            CHECK(doc.contains(QStringLiteral("`%1`").arg(field.name)));
    }
}

TEST_CASE("P1 P2 profile and screening results are recorded as valid events", "[P1][P2]")
{
    ProfileSheet sheet;
    sheet.representativeBirthYear = 1950;
    sheet.yearsInBusiness = 30;
    sheet.yearsInTrade = 35;
    sheet.businessForm = BusinessForm::SideBusiness;
    sheet.smartphoneUse = SmartphoneUse::CallsOnly;
    sheet.itProductsInUse = {QStringLiteral("会計ソフト"), QStringLiteral("ネットバンキング")};
    sheet.pcSkill = PcSkill::Basic;
    ScreeningDeclarations d;
    d.successorPresent = true;
    const ScreeningResult r = screen(sheet, d, Policy(), QDate(2026, 4, 1));
    EventBuilder b;
    const Event profile = b.make(EventType::ProfileRecorded, Rep, profileRecordedPayload(sheet), Customer);
    const Event screening = b.make(EventType::ScreeningRecorded, Rep, screeningRecordedPayload(r, d), Customer);
    CHECK(validateEvent(profile, Role::SalesRep) == EventError::None);
    CHECK(validateEvent(screening, Role::SalesRep) == EventError::None);
    CHECK(profile.payload.value(QStringLiteral("itLiteracy")).toInteger() == 2);
    CHECK(screening.payload.value(QStringLiteral("outcome")).toString() == QLatin1String("refused"));
    CHECK(screening.payload.value(QStringLiteral("refusals")).toString()
        == QLatin1String("elderly_successor_not_signing,side_business_without_declaration"));

    // The customer projection keeps the latest screening, which the walkthrough then has to respect.
    AggregateState customer = project({}, profile);
    customer = project(customer, screening);
    CHECK(customer.kind == QLatin1String("customer"));
    CHECK(customer.state.value(QStringLiteral("screening")).toString() == QLatin1String("refused"));
    CHECK(customer.state.value(QStringLiteral("itLiteracy")).toInteger() == 2);
}

TEST_CASE("S2 the customer projection keeps visits and the cool-down start", "[S2]")
{
    EventBuilder b;
    AggregateState c = project({},
        b.make(EventType::AppointmentRecorded, Rep,
            {{QStringLiteral("appointmentId"), QStringLiteral("apt-1")},
                {QStringLiteral("scheduledAt"), b.at + MsPerDay}},
            Customer));
    b.advance(MsPerDay);
    c = project(c,
        b.make(EventType::VisitStarted, Rep,
            {{QStringLiteral("visitId"), QStringLiteral("v-1")},
                {QStringLiteral("appointmentId"), QStringLiteral("apt-1")},
                {QStringLiteral("outOfHoursReason"), QStringLiteral("none")}},
            Customer));
    CHECK(c.state.value(QStringLiteral("openVisit")).toString() == QLatin1String("v-1"));
    b.advance(5 * MsPerMinute);
    const qint64 declinedAt = b.at;
    c = project(c,
        b.make(EventType::VisitDeclined, Rep,
            {{QStringLiteral("visitId"), QStringLiteral("v-1")}, {QStringLiteral("elapsedMinutes"), 5}}, Customer));
    CHECK_FALSE(c.state.contains(QStringLiteral("openVisit")));
    CHECK(c.state.value(QStringLiteral("declinedAt")).toInteger() == declinedAt);
    CHECK(c.state.value(QStringLiteral("visits")).toInteger() == 1);
    CHECK(c.state.value(QStringLiteral("eventCount")).toInteger() == 3);
}
