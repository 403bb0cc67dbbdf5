#include <catch2/catch.hpp>

#include <core/domain/screening.h>

using namespace kakunin;

namespace {

const QDate Today(2026, 4, 1);

ProfileSheet capableOwner()
{
    ProfileSheet s;
    s.representativeBirthYear = 1975;
    s.yearsInBusiness = 12;
    s.yearsInTrade = 20;
    s.businessForm = BusinessForm::FullTime;
    s.smartphoneUse = SmartphoneUse::DailyApps;
    s.itProductsInUse = {QStringLiteral("会計ソフト")};
    s.pcSkill = PcSkill::Office;
    return s;
}

} // namespace

TEST_CASE("P1 IT-literacy level follows the documented rule", "[P1]")
{
    struct Row {
        PcSkill pc;
        SmartphoneUse phone;
        int products;
        int level;
        LectureLevel lecture;
    };
    const std::vector<Row> rows {
        {PcSkill::Cannot, SmartphoneUse::DailyApps, 3, 1, LectureLevel::Extended},
        {PcSkill::NeverUsed, SmartphoneUse::DailyApps, 1, 1, LectureLevel::Extended},
        {PcSkill::Basic, SmartphoneUse::None, 0, 2, LectureLevel::Extended},
        {PcSkill::Basic, SmartphoneUse::CallsOnly, 1, 2, LectureLevel::Extended},
        {PcSkill::Basic, SmartphoneUse::DailyApps, 1, 3, LectureLevel::Standard},
        {PcSkill::Office, SmartphoneUse::None, 0, 2, LectureLevel::Extended},
        {PcSkill::Office, SmartphoneUse::DailyApps, 0, 3, LectureLevel::Standard},
        {PcSkill::Office, SmartphoneUse::DailyApps, 2, 4, LectureLevel::Standard},
        {PcSkill::Advanced, SmartphoneUse::None, 0, 3, LectureLevel::Standard},
        {PcSkill::Advanced, SmartphoneUse::DailyApps, 1, 4, LectureLevel::Standard},
    };
    for (const Row &r : rows) {
        ProfileSheet s = capableOwner();
        s.pcSkill = r.pc;
        s.smartphoneUse = r.phone;
        s.itProductsInUse.clear();
        for (int i = 0; i < r.products; ++i)
            s.itProductsInUse.append(QStringLiteral("product %1").arg(i));
        INFO(pcSkillName(r.pc).toStdString()
            << " / " << smartphoneUseName(r.phone).toStdString() << " / " << r.products);
        CHECK(itLiteracyLevel(s) == r.level);
        CHECK(lectureLevelFor(itLiteracyLevel(s)) == r.lecture);
    }
}

TEST_CASE("P1 profile sheet validation returns a code per problem", "[P1]")
{
    struct Row {
        void (*edit)(ProfileSheet &);
        ProfileError expected;
    };
    const std::vector<Row> rows {
        {[](ProfileSheet &) {}, ProfileError::None},
        {[](ProfileSheet &s) { s.representativeBirthYear = 0; }, ProfileError::BirthYearMissing},
        {[](ProfileSheet &s) { s.representativeBirthYear = 2027; }, ProfileError::BirthYearInFuture},
        {[](ProfileSheet &s) { s.representativeBirthYear = 1850; }, ProfileError::BirthYearImplausible},
        {[](ProfileSheet &s) { s.yearsInBusiness = -1; }, ProfileError::YearsInBusinessNegative},
        {[](ProfileSheet &s) { s.yearsInTrade = -3; }, ProfileError::YearsInTradeNegative},
        {[](ProfileSheet &s) { s.yearsInTrade = 60; }, ProfileError::YearsBeforeBirth},
        {[](ProfileSheet &s) { s.itProductsInUse.append(QStringLiteral("  ")); }, ProfileError::ItProductNameEmpty},
    };
    for (std::size_t i = 0; i < rows.size(); ++i) {
        ProfileSheet s = capableOwner();
        rows[i].edit(s);
        INFO("row " << i);
        CHECK(validateProfile(s, Today) == rows[i].expected);
    }
}

TEST_CASE("P1 wire names of the profile sheet round-trip", "[P1]")
{
    for (PcSkill p : {PcSkill::Cannot, PcSkill::NeverUsed, PcSkill::Basic, PcSkill::Office, PcSkill::Advanced}) {
        PcSkill back = PcSkill::Advanced == p ? PcSkill::Cannot : PcSkill::Advanced;
        REQUIRE(pcSkillFromName(pcSkillName(p), &back));
        CHECK(back == p);
    }
    BusinessForm f = BusinessForm::FullTime;
    CHECK(businessFormFromName(QStringLiteral("side_business"), &f));
    CHECK(f == BusinessForm::SideBusiness);
    SmartphoneUse u = SmartphoneUse::None;
    CHECK_FALSE(smartphoneUseFromName(QStringLiteral("sometimes"), &u));
}

TEST_CASE("P2 screening table: every outcome with its reasons", "[P2]")
{
    const Policy policy;
    struct Row {
        const char *name;
        void (*edit)(ProfileSheet &, ScreeningDeclarations &);
        ScreeningOutcome outcome;
        QList<ScreeningReason> refusals;
        QList<ScreeningReason> conditions;
    };
    const std::vector<Row> rows {
        {"capable full-time owner", [](ProfileSheet &, ScreeningDeclarations &) {}, ScreeningOutcome::Allowed, {}, {}},
        {"elderly, no successor", [](ProfileSheet &s, ScreeningDeclarations &) { s.representativeBirthYear = 1950; },
            ScreeningOutcome::Refused, {ScreeningReason::ElderlyWithoutSuccessor}, {}},
        {"elderly, successor present but not signing",
            [](ProfileSheet &s, ScreeningDeclarations &d) {
                s.representativeBirthYear = 1950;
                d.successorPresent = true;
            },
            ScreeningOutcome::Refused, {ScreeningReason::ElderlySuccessorNotSigning}, {}},
        {"elderly, successor present and signing",
            [](ProfileSheet &s, ScreeningDeclarations &d) {
                s.representativeBirthYear = 1950;
                d.successorPresent = true;
                d.successorWillSign = true;
            },
            ScreeningOutcome::AllowedWithConditions, {}, {ScreeningReason::SuccessorMustSign}},
        {"side business without declaration",
            [](ProfileSheet &s, ScreeningDeclarations &) { s.businessForm = BusinessForm::SideBusiness; },
            ScreeningOutcome::Refused, {ScreeningReason::SideBusinessWithoutDeclaration}, {}},
        {"side business declaring full-time",
            [](ProfileSheet &s, ScreeningDeclarations &d) {
                s.businessForm = BusinessForm::SideBusiness;
                d.fullTimeDeclared = true;
            },
            ScreeningOutcome::AllowedWithConditions, {}, {ScreeningReason::FullTimeDeclarationRecorded}},
        {"never used a PC", [](ProfileSheet &s, ScreeningDeclarations &) { s.pcSkill = PcSkill::NeverUsed; },
            ScreeningOutcome::Refused, {ScreeningReason::ExtremelyLowItLiteracy}, {}},
        {"cannot use a PC", [](ProfileSheet &s, ScreeningDeclarations &) { s.pcSkill = PcSkill::Cannot; },
            ScreeningOutcome::Refused, {ScreeningReason::ExtremelyLowItLiteracy}, {}},
        {"antisocial forces identified",
            [](ProfileSheet &, ScreeningDeclarations &d) { d.antisocial = AntisocialStatus::Identified; },
            ScreeningOutcome::Refused, {ScreeningReason::AntisocialForces}, {}},
        {"refuses the antisocial declaration",
            [](ProfileSheet &, ScreeningDeclarations &d) { d.antisocial = AntisocialStatus::DeclarationRefused; },
            ScreeningOutcome::Refused, {ScreeningReason::AntisocialForces}, {}},
        {"invalid sheet", [](ProfileSheet &s, ScreeningDeclarations &) { s.representativeBirthYear = 0; },
            ScreeningOutcome::Refused, {ScreeningReason::ProfileInvalid}, {}},
        {"several reasons at once",
            [](ProfileSheet &s, ScreeningDeclarations &d) {
                s.representativeBirthYear = 1940;
                s.businessForm = BusinessForm::SideBusiness;
                s.pcSkill = PcSkill::Cannot;
                d.antisocial = AntisocialStatus::Identified;
            },
            ScreeningOutcome::Refused,
            {ScreeningReason::AntisocialForces, ScreeningReason::ElderlyWithoutSuccessor,
                ScreeningReason::SideBusinessWithoutDeclaration, ScreeningReason::ExtremelyLowItLiteracy},
            {}},
    };
    for (const Row &row : rows) {
        INFO(row.name);
        ProfileSheet s = capableOwner();
        ScreeningDeclarations d;
        row.edit(s, d);
        const ScreeningResult r = screen(s, d, policy, Today);
        CHECK(screeningOutcomeName(r.outcome) == screeningOutcomeName(row.outcome));
        CHECK(r.refusals == row.refusals);
        CHECK(r.conditions == row.conditions);
        CHECK(r.allowed() == (row.outcome != ScreeningOutcome::Refused));
        CHECK(r.policyVersion == policy.version);
    }
}

TEST_CASE("P2 age exactly at the policy threshold is elderly, one year younger is not", "[P2][boundary]")
{
    Policy policy;
    ProfileSheet s = capableOwner();
    s.representativeBirthYear = Today.year() - policy.elderlyAge;
    ScreeningResult r = screen(s, {}, policy, Today);
    CHECK(r.age == 70);
    CHECK(r.outcome == ScreeningOutcome::Refused);
    CHECK(r.refusals == QList<ScreeningReason> {ScreeningReason::ElderlyWithoutSuccessor});

    s.representativeBirthYear += 1;
    r = screen(s, {}, policy, Today);
    CHECK(r.age == 69);
    CHECK(r.outcome == ScreeningOutcome::Allowed);

    // The threshold is the policy's: raising it to 75 lets the 70-year-old through.
    policy.elderlyAge = 75;
    s.representativeBirthYear = Today.year() - 70;
    CHECK(screen(s, {}, policy, Today).outcome == ScreeningOutcome::Allowed);
}

TEST_CASE("P2 screening uses the date in the company time zone", "[P2][boundary]")
{
    const Policy policy;
    ProfileSheet s = capableOwner();
    s.representativeBirthYear = 1956;
    // 2025-12-31 15:30 UTC is already 2026-01-01 in Tokyo: the representative turns 70 this year there.
    const qint64 utc = QDateTime(QDate(2025, 12, 31), QTime(15, 30), QTimeZone::utc()).toMSecsSinceEpoch();
    CHECK(screen(s, {}, policy, companyDate(policy, utc)).outcome == ScreeningOutcome::Refused);
    CHECK(screen(s, {}, policy, QDate(2025, 12, 31)).outcome == ScreeningOutcome::Allowed);
}
