#include <catch2/catch.hpp>

#include "rulessupport.h"

#include <core/canonicaljson.h>
#include <core/domain/policy.h>

using namespace kakunin;

TEST_CASE("Policy defaults are the numbers of DOMAIN.md (S2 P2 D1 D3 P3 P5 P6)", "[policy]")
{
    const Policy p;
    CHECK(p.visitStartMinute == 9 * 60);
    CHECK(p.visitEndMinute == 18 * 60);
    CHECK(p.maxVisitMinutes == 120);
    CHECK(p.visitWarnPercent == 80);
    CHECK(p.declinedCooldownDays == 30);
    CHECK(p.elderlyAge == 70);
    CHECK(p.lectureMinimumMinutes(QStringLiteral("any")) == 180);
    CHECK(p.trialDays(QStringLiteral("any")) == 14);
    CHECK(p.coolingOffDays == 8);
    CHECK(p.lapsedUseDays == 30);
    CHECK(p.disputeDays == 30);
    CHECK(p.timeZone == QLatin1String("Asia/Tokyo"));
    CHECK(p.zone().isValid());
    CHECK(p.autoLockMinutes > 0);
    CHECK(p.maxClockSkewMinutes > 0);
}

TEST_CASE("Policy per-product overrides replace the defaults for that product only (D1 D3)", "[policy]")
{
    Policy p;
    p.products.insert(QStringLiteral("WEB"), ProductPolicy {240, 21});
    CHECK(p.lectureMinimumMinutes(QStringLiteral("WEB")) == 240);
    CHECK(p.trialDays(QStringLiteral("WEB")) == 21);
    CHECK(p.lectureMinimumMinutes(QStringLiteral("CRM")) == 180);
    CHECK(p.trialDays(QStringLiteral("CRM")) == 14);
}

TEST_CASE("Policy (S2 P2 D1 D3 P3 P5 P6) round-trips through canonical JSON of integers and strings", "[policy]")
{
    Policy p;
    p.version = 7;
    p.visitEndMinute = 17 * 60 + 30;
    p.elderlyAge = 75;
    p.products.insert(QStringLiteral("WEB"), ProductPolicy {240, 21});
    const QJsonObject json = p.toJson();
    CHECK(json.value(QStringLiteral("visitHoursEnd")).toString() == QLatin1String("17:30"));
    REQUIRE(cjson::canonicalize(json).ok());
    const auto back = Policy::fromJson(json);
    REQUIRE(back.ok());
    CHECK(back.value() == p);
    CHECK(Policy::fromJson(Policy().toJson()).value() == Policy());
}

TEST_CASE("Policy (S2 P2 D1 D3 P3 P5 P6) fromJson refuses malformed values with a code", "[policy]")
{
    struct Row {
        const char *field;
        QJsonValue value; // Undefined: remove the field
        PolicyError expected;
    };
    const std::vector<Row> rows {
        {"elderlyAge", QJsonValue(QJsonValue::Undefined), PolicyError::MissingField},
        {"elderlyAge", QStringLiteral("70"), PolicyError::WrongType},
        {"elderlyAge", 70.5, PolicyError::WrongType},
        {"elderlyAge", 5, PolicyError::OutOfRange},
        {"maxVisitMinutes", 0, PolicyError::OutOfRange},
        {"visitWarnPercent", 100, PolicyError::OutOfRange},
        {"coolingOffDays", -1, PolicyError::OutOfRange},
        {"visitHoursStart", QStringLiteral("9:00"), PolicyError::BadTimeOfDay},
        {"visitHoursStart", QStringLiteral("25:00"), PolicyError::BadTimeOfDay},
        {"visitHoursEnd", QStringLiteral("08:00"), PolicyError::EmptyVisitHours},
        {"timeZone", QStringLiteral("Mars/Olympus"), PolicyError::UnknownTimeZone},
        {"timeZone", 9, PolicyError::WrongType},
        {"schema", 99, PolicyError::UnsupportedSchema},
        {"elderlyAgee", 70, PolicyError::UnknownField},
        {"productDefaults", QJsonObject {{QStringLiteral("trialDays"), 14}}, PolicyError::MissingField},
        {"products", QJsonObject {{QStringLiteral("WEB"), 3}}, PolicyError::WrongType},
        {"products", QJsonObject {{QString(), QJsonObject {}}}, PolicyError::BadProductCode},
        {"products",
            QJsonObject {{QStringLiteral("WEB"),
                QJsonObject {{QStringLiteral("lectureMinimumMinutes"), 0}, {QStringLiteral("trialDays"), 14}}}},
            PolicyError::OutOfRange},
    };
    for (const Row &row : rows) {
        INFO(row.field << " → " << policyErrorName(row.expected));
        QJsonObject json = Policy().toJson();
        if (row.value.isUndefined())
            json.remove(QLatin1String(row.field));
        else
            json.insert(QLatin1String(row.field), row.value);
        QString bad;
        const auto r = Policy::fromJson(json, &bad);
        CHECK_FALSE(r.ok());
        CHECK(policyErrorName(r.error()) == std::string(policyErrorName(row.expected)));
        CHECK(bad.startsWith(QLatin1String(row.field).left(8)));
    }
}

TEST_CASE("company dates and minutes are taken in the policy time zone, not UTC (S2 P3)", "[policy]")
{
    Policy p;
    const qint64 t = test::tokyo(2026, 4, 1, 0, 30); // 2026-03-31 15:30 UTC
    CHECK(companyDate(p, t) == QDate(2026, 4, 1));
    CHECK(companyMinuteOfDay(p, t) == 30);
    p.timeZone = QStringLiteral("UTC");
    CHECK(companyDate(p, t) == QDate(2026, 3, 31));
    CHECK(companyMinuteOfDay(p, t) == 15 * 60 + 30);
}
