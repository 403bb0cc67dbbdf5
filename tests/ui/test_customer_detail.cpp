#include "test_customer_session.h"

#include <models/appointmentform.h>
#include <models/customerdetail.h>
#include <models/customertext.h>
#include <models/profileform.h>
#include <models/visitcontroller.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace kakunin;
using kakunin::test::Rep;
using kakunin::test::SignedIn;

namespace {

const QString Customer = QStringLiteral("c1");

// A sheet that passes: 56 in 2026, office PC skills, apps every day, one IT product → literacy 4.
void fillAllowed(ProfileForm &f)
{
    f.setBirthYear(1970);
    f.setYearsInBusiness(20);
    f.setYearsInTrade(25);
    f.setBusinessForm(QStringLiteral("full_time"));
    f.setSmartphoneUse(QStringLiteral("daily_apps"));
    f.setPcSkill(QStringLiteral("office"));
    f.addItProduct(QStringLiteral("会計ソフト"));
    f.setAntisocial(QStringLiteral("declared_none"));
}

} // namespace

TEST_CASE(
    "profile form: P1 validation codes and the IT literacy as the sheet is filled in", "[appmodels][customer][P1]")
{
    SignedIn s;
    s.registerCustomer(Customer, QStringLiteral("伊藤 花子"));
    ProfileForm f;
    f.setSession(s.session.get());
    f.setCustomerId(Customer);
    CHECK(f.editable());
    CHECK_FALSE(f.recorded());
    CHECK_FALSE(f.valid());
    CHECK(f.errorCode() == QLatin1String("birth_year_missing"));
    CHECK(f.errorField() == QLatin1String("birthYear"));
    CHECK_FALSE(f.errorText().isEmpty());
    CHECK(f.itLiteracy() == 0);
    CHECK_FALSE(f.canSave());

    f.setBirthYear(2030);
    CHECK(f.errorCode() == QLatin1String("birth_year_in_future"));
    f.setBirthYear(1850);
    CHECK(f.errorCode() == QLatin1String("birth_year_implausible"));
    f.setAge(49); // the clock says 2026
    CHECK(f.birthYear() == 1977);
    CHECK(f.age() == 49);
    f.setYearsInTrade(50);
    CHECK(f.errorCode() == QLatin1String("years_before_birth"));
    CHECK(f.errorField() == QLatin1String("yearsInTrade"));
    f.setYearsInTrade(25);
    f.setYearsInBusiness(-1);
    CHECK(f.errorCode() == QLatin1String("years_in_business_negative"));
    f.setYearsInBusiness(18);

    // The three choices must be made; none is assumed.
    CHECK(f.errorCode() == QLatin1String("business_form_missing"));
    f.setBusinessForm(QStringLiteral("full_time"));
    CHECK(f.errorCode() == QLatin1String("smartphone_use_missing"));
    f.setSmartphoneUse(QStringLiteral("daily_apps"));
    CHECK(f.errorCode() == QLatin1String("pc_skill_missing"));
    f.setPcSkill(QStringLiteral("nonsense")); // not a choice: ignored
    CHECK(f.pcSkill().isEmpty());
    f.setPcSkill(QStringLiteral("basic"));
    CHECK(f.valid());
    CHECK(f.errorText().isEmpty());

    // IT literacy as the core derives it: basic 1 + daily apps 1 = 2 → level 2, extended lecture.
    CHECK(f.itLiteracy() == 2);
    CHECK(f.itLiteracyText() == customertext::itLiteracyText(2));
    CHECK(f.lectureLevelText() == customertext::lectureLevelText(LectureLevel::Extended));
    f.addItProduct(QStringLiteral("会計ソフト、ネットバンキング")); // two at once
    CHECK(f.itProducts() == QStringList {QStringLiteral("会計ソフト"), QStringLiteral("ネットバンキング")});
    CHECK(f.itLiteracy() == 3);
    f.setPcSkill(QStringLiteral("advanced"));
    CHECK(f.itLiteracy() == 4);
    CHECK(f.lectureLevelText() == customertext::lectureLevelText(LectureLevel::Standard));
    f.removeItProduct(0);
    f.removeItProduct(0);
    CHECK(f.itProducts().isEmpty());
    f.setPcSkill(QStringLiteral("never_used"));
    CHECK(f.itLiteracy() == 1);

    // The options come with words.
    CHECK(ProfileForm::pcSkillOptions().size() == 5);
    CHECK(ProfileForm::businessFormOptions().size() == 2);
    CHECK(ProfileForm::smartphoneUseOptions().size() == 3);
    CHECK(ProfileForm::antisocialOptions().size() == 4);
    for (const QVariant &o : ProfileForm::pcSkillOptions())
        CHECK_FALSE(o.toMap().value(QStringLiteral("text")).toString().isEmpty());
}

TEST_CASE("profile form: P1 P2 saving records profile and screening events the catalog accepts, and reloads",
    "[appmodels][customer][P1][P2]")
{
    SignedIn s;
    s.registerCustomer(Customer, QStringLiteral("伊藤 花子"));
    {
        ProfileForm f;
        f.setSession(s.session.get());
        f.setCustomerId(Customer);
        fillAllowed(f);
        CHECK(f.outcome() == QLatin1String("allowed"));
        CHECK(f.refusalReasons().isEmpty());
        CHECK(f.dirty());
        QSignalSpy saved(&f, &ProfileForm::saved);
        REQUIRE(f.save());
        CHECK(saved.size() == 1);
        CHECK(f.recorded());
        CHECK_FALSE(f.dirty());
    }
    const QList<Event> profiles = s.events(Customer, EventType::ProfileRecorded);
    const QList<Event> screenings = s.events(Customer, EventType::ScreeningRecorded);
    REQUIRE(profiles.size() == 1);
    REQUIRE(screenings.size() == 1);
    CHECK(validateEvent(profiles.first(), Role::SalesRep) == EventError::None);
    CHECK(validateEvent(screenings.first(), Role::SalesRep) == EventError::None);
    CHECK(profiles.first().payload.value(QStringLiteral("itLiteracy")).toInteger() == 4);
    CHECK(screenings.first().payload.value(QStringLiteral("outcome")).toString() == QLatin1String("allowed"));
    CHECK(screenings.first().payload.value(QStringLiteral("age")).toInteger() == 56);

    // A new form reads the sheet back from the store.
    ProfileForm again;
    again.setSession(s.session.get());
    again.setCustomerId(Customer);
    CHECK(again.recorded());
    CHECK(again.birthYear() == 1970);
    CHECK(again.yearsInBusiness() == 20);
    CHECK(again.yearsInTrade() == 25);
    CHECK(again.businessForm() == QLatin1String("full_time"));
    CHECK(again.smartphoneUse() == QLatin1String("daily_apps"));
    CHECK(again.pcSkill() == QLatin1String("office"));
    CHECK(again.itProducts() == QStringList {QStringLiteral("会計ソフト")});
    CHECK(again.itLiteracy() == 4);
    CHECK(again.editable()); // allowed: the sheet may be updated
}

TEST_CASE("customer detail: P2 a refused prospect shows every reason in words and offers no way forward",
    "[appmodels][customer][P2]")
{
    SignedIn s;
    s.registerCustomer(Customer, QStringLiteral("佐藤 健一"));
    ProfileForm f;
    f.setSession(s.session.get());
    f.setCustomerId(Customer);
    f.setAge(78);
    f.setYearsInBusiness(45);
    f.setYearsInTrade(55);
    f.setBusinessForm(QStringLiteral("side_business"));
    f.setSmartphoneUse(QStringLiteral("calls_only"));
    f.setPcSkill(QStringLiteral("never_used"));
    CHECK(f.elderly());
    CHECK(f.sideBusiness());
    CHECK(f.wouldRefuse());
    CHECK(f.outcome() == QLatin1String("refused"));
    REQUIRE(f.refusalReasons().size() == 3); // elderly without successor, side business, never used a PC
    REQUIRE(f.save());

    CustomerDetail d;
    d.setSession(s.session.get());
    d.setCustomerId(Customer);
    REQUIRE(d.found());
    CHECK(d.screened());
    CHECK(d.refused());
    CHECK(d.screening() == QLatin1String("refused"));
    CHECK(d.screeningText() == customertext::screeningOutcomeText(QStringLiteral("refused")));
    const QStringList reasons = d.refusalReasons();
    REQUIRE(reasons.size() == 3);
    const Policy policy;
    CHECK(reasons.contains(customertext::screeningReasonText(ScreeningReason::ElderlyWithoutSuccessor, 78, policy)));
    CHECK(reasons.contains(
        customertext::screeningReasonText(ScreeningReason::SideBusinessWithoutDeclaration, 78, policy)));
    CHECK(reasons.contains(customertext::screeningReasonText(ScreeningReason::ExtremelyLowItLiteracy, 78, policy)));
    CHECK(reasons.first().contains(QLatin1String("78"))); // the age in words
    CHECK(reasons.first().contains(QLatin1String("70"))); // and the policy's threshold

    // No way forward: no visit, no explanation, no new screening; and each says why.
    CHECK_FALSE(d.canVisit());
    CHECK_FALSE(d.canExplain());
    CHECK_FALSE(d.blockedText().isEmpty());
    CHECK(d.nextStepText().isEmpty());
    ProfileForm locked;
    locked.setSession(s.session.get());
    locked.setCustomerId(Customer);
    CHECK_FALSE(locked.editable());
    CHECK_FALSE(locked.lockedText().isEmpty());
    locked.setAge(50);
    CHECK_FALSE(locked.save());
    CHECK(s.events(Customer, EventType::ScreeningRecorded).size() == 1);

    VisitController visit;
    visit.setSession(s.session.get());
    visit.setCustomerId(Customer);
    CHECK_FALSE(visit.canStart());
    CHECK(visit.startBlockedCode() == QLatin1String("screening_refused"));
    CHECK_FALSE(visit.canBook());
    CHECK_FALSE(visit.start());

    AppointmentForm booking;
    booking.setSession(s.session.get());
    booking.setCustomerId(Customer);
    CHECK(booking.errorCode() == QLatin1String("screening_refused"));
    CHECK_FALSE(booking.book());
    CHECK(s.events(Customer, EventType::AppointmentRecorded).isEmpty());
}

TEST_CASE("customer detail: P2 conditions are listed and the ways forward offered", "[appmodels][customer][P2]")
{
    SignedIn s;
    s.registerCustomer(Customer, QStringLiteral("中村 誠"));
    CustomerDetail d;
    d.setSession(s.session.get());
    d.setCustomerId(Customer);
    REQUIRE(d.found());
    CHECK_FALSE(d.screened());
    CHECK_FALSE(d.hasProfile());
    CHECK(d.canVisit()); // the interview itself is a visit
    CHECK_FALSE(d.canExplain());
    CHECK_FALSE(d.nextStepText().isEmpty());
    CHECK_FALSE(d.blockedText().isEmpty()); // says that screening comes first

    ProfileForm f;
    f.setSession(s.session.get());
    f.setCustomerId(Customer);
    fillAllowed(f);
    f.setAge(74);
    f.setBusinessForm(QStringLiteral("side_business"));
    CHECK(f.wouldRefuse());
    f.setSuccessorPresent(true);
    f.setSuccessorWillSign(true);
    f.setFullTimeDeclared(true);
    CHECK(f.outcome() == QLatin1String("allowed_with_conditions"));
    CHECK(f.conditions().size() == 2);
    QSignalSpy changed(&d, &CustomerDetail::changed);
    REQUIRE(f.save());
    CHECK(changed.size() >= 1); // the detail follows the session's recorded()

    CHECK(d.screening() == QLatin1String("allowed_with_conditions"));
    CHECK_FALSE(d.refused());
    CHECK(d.refusalReasons().isEmpty());
    REQUIRE(d.conditions().size() == 2);
    CHECK(d.hasProfile());
    CHECK(d.itLiteracy() == 4);
    CHECK(d.canVisit());
    CHECK(d.canExplain());
    CHECK(d.blockedText().isEmpty());
    CHECK(d.products().size() >= 2); // the built-in content packs
    for (const QVariant &p : d.products()) {
        CHECK_FALSE(p.toMap().value(QStringLiteral("code")).toString().isEmpty());
        CHECK_FALSE(p.toMap().value(QStringLiteral("name")).toString().isEmpty());
    }

    // The reload keeps the declarations that the screening event carries.
    ProfileForm again;
    again.setSession(s.session.get());
    again.setCustomerId(Customer);
    CHECK(again.successorPresent());
    CHECK(again.successorWillSign());
    CHECK(again.fullTimeDeclared());
    CHECK(again.outcome() == QLatin1String("allowed_with_conditions"));
}

TEST_CASE("customer detail: P4 another rep's customer is not shown", "[appmodels][customer][P4]")
{
    SignedIn s;
    s.registerCustomer(Customer, QStringLiteral("山田 太郎"), test::OtherRep);
    CustomerDetail d;
    d.setSession(s.session.get());
    d.setCustomerId(Customer);
    CHECK_FALSE(d.found());
    CHECK(d.name().isEmpty());
    CHECK_FALSE(d.canVisit());
    CHECK_FALSE(d.canEdit());
    CHECK_FALSE(d.blockedText().isEmpty());
    CHECK(d.contracts()->count() == 0);

    d.setCustomerId(QStringLiteral("nobody"));
    CHECK_FALSE(d.found());
    CHECK_FALSE(d.blockedText().isEmpty());

    ProfileForm f;
    f.setSession(s.session.get());
    f.setCustomerId(Customer);
    CHECK_FALSE(f.editable());
}

TEST_CASE("customer detail: the customer's contracts, a correct list model", "[appmodels][customer][P4]")
{
    SignedIn s;
    s.registerCustomer(Customer, QStringLiteral("伊藤 花子"));
    s.registerCustomer(QStringLiteral("c2"), QStringLiteral("高橋 美咲"));
    {
        ProfileForm f;
        f.setSession(s.session.get());
        f.setCustomerId(Customer);
        fillAllowed(f);
        REQUIRE(f.save());
    }
    CustomerDetail d;
    d.setSession(s.session.get());
    d.setCustomerId(Customer);
    QAbstractItemModelTester tester(d.contracts(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(d.contracts()->count() == 0);

    const ContentPack *pack = s.session->content().byProduct(QStringLiteral("crm-standard"));
    REQUIRE(pack != nullptr);
    auto opened = [&](const QString &customer) {
        return QJsonObject {{QStringLiteral("customerId"), customer},
            {QStringLiteral("productCode"), pack->productCode}, {QStringLiteral("packId"), pack->id},
            {QStringLiteral("packVersion"), pack->version}, {QStringLiteral("packHash"), pack->hash},
            {QStringLiteral("itemCount"), static_cast<int>(pack->importantMatters.size())},
            {QStringLiteral("screeningOutcome"), QStringLiteral("allowed")}, {QStringLiteral("successorRequired"), 0},
            {QStringLiteral("approvalId"), QString()}};
    };
    QSignalSpy counted(d.contracts(), &CustomerContractsModel::countChanged);
    REQUIRE(s.session->record({{EventType::MattersOpened, QStringLiteral("k1"), Rep, opened(Customer)}}).ok());
    REQUIRE(
        s.session->record({{EventType::MattersOpened, QStringLiteral("k2"), Rep, opened(QStringLiteral("c2"))}}).ok());
    CHECK(counted.size() == 1);
    REQUIRE(d.contracts()->count() == 1); // only this customer's
    const QModelIndex i = d.contracts()->index(0, 0);
    CHECK(i.data(CustomerContractsModel::ContractIdRole).toString() == QLatin1String("k1"));
    CHECK(i.data(CustomerContractsModel::ProductCodeRole).toString() == pack->productCode);
    CHECK(i.data(CustomerContractsModel::ProductNameRole).toString() == pack->productName.in(s.session->language()));
    s.session->setLanguage(QStringLiteral("en")); // content follows the language picked in settings
    CHECK(d.contracts()->index(0, 0).data(CustomerContractsModel::ProductNameRole).toString() == pack->productName.en);
    CHECK(d.products().first().toMap().value(QStringLiteral("name")).toString()
        == s.session->content().packs().first().productName.en);
    CHECK(i.data(CustomerContractsModel::StatusRole).toString() == QLatin1String("explaining"));
    CHECK(i.data(CustomerContractsModel::StatusTextRole).toString()
        == CustomerContractsModel::statusText(QStringLiteral("explaining")));
    CHECK_FALSE(i.data(CustomerContractsModel::LiveRole).toBool());
    CHECK(d.contracts()->roleNames().value(CustomerContractsModel::ContractIdRole) == "contractId");
    CHECK(d.successiveSaleText().isEmpty()); // not concluded: not a live contract yet (P4)
}
