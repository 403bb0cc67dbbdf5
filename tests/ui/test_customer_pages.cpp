// Customer pages in an offscreen window: registering from home, the profile sheet filled in by taps, and a
// refused prospect that shows why and offers no way forward (P1, P2, P4).
#include "test_customer_pages.h"

#include <models/customerdetail.h>

#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Kakunin_AppPlugin)
Q_IMPORT_QML_PLUGIN(Kakunin_UiPlugin)

using namespace kakunin;
using namespace kakunin::pagetest;

TEST_CASE("customer page: P2 a refused prospect shows every reason and offers no way forward", "[customer][page][P2]")
{
    test::TempStore t;
    t.clock.setUtc(tokyo(2026, 2, 2, 9, 40));
    Tablet tablet(t);
    tablet.open(QStringLiteral("CustomerPage"), {{QStringLiteral("customerId"), QStringLiteral("demo-c02")}});

    REQUIRE(tablet.visible(QStringLiteral("customerPage")));
    CHECK(tablet.text(QStringLiteral("customerName")) == QStringLiteral("佐藤 健一"));
    CHECK(tablet.text(QStringLiteral("customerReading")) == QStringLiteral("サトウ ケンイチ"));
    CHECK(tablet.count(QStringLiteral("refusalReason")) == 1); // 78, no successor
    CHECK(tablet.text(QStringLiteral("refusalReason")).contains(QLatin1String("78")));
    CHECK(tablet.visible(QStringLiteral("blockedText")));
    CHECK_FALSE(tablet.text(QStringLiteral("blockedText")).isEmpty());
    // No way forward: none of the buttons that lead on exists on screen.
    CHECK_FALSE(tablet.visible(QStringLiteral("bookVisitButton")));
    CHECK_FALSE(tablet.visible(QStringLiteral("startVisitButton")));
    CHECK_FALSE(tablet.visible(QStringLiteral("explainButton")));
    CHECK_FALSE(tablet.visible(QStringLiteral("saveProfile")));
    CHECK(tablet.visible(QStringLiteral("profileLocked")));
    tablet.shot(QStringLiteral("customer-refused"));
}

TEST_CASE(
    "customer page: an allowed customer offers the visit, the explanation and its contracts", "[customer][page][P2]")
{
    test::TempStore t;
    t.clock.setUtc(tokyo(2026, 2, 2, 9, 40));
    Tablet tablet(t, true);
    tablet.open(QStringLiteral("CustomerPage"), {{QStringLiteral("customerId"), QStringLiteral("demo-c03")}});
    REQUIRE(tablet.visible(QStringLiteral("customerPage")));
    CHECK(tablet.count(QStringLiteral("refusalReason")) == 0);
    CHECK(tablet.visible(QStringLiteral("explainButton")));
    CHECK(tablet.item(QStringLiteral("explainButton"))->isEnabled());
    CHECK(tablet.visible(QStringLiteral("startVisitButton")));
    CHECK(tablet.visible(QStringLiteral("saveProfile")));
    CHECK(tablet.item(QStringLiteral("startVisitButton"))->height() >= 48);
    CHECK(tablet.visible(QStringLiteral("contractsCard")));
    tablet.shot(QStringLiteral("customer-allowed"));
    tablet.portraitShot(QStringLiteral("customer-allowed-portrait"));

    tablet.click(QStringLiteral("startVisitButton"));
    CHECK(tablet.visible(QStringLiteral("visitPage")));
}

TEST_CASE("new customer: from home, errors in words, then the new customer's page (P4)", "[customer][page][P4]")
{
    test::TempStore t;
    t.clock.setUtc(tokyo(2026, 2, 2, 9, 40));
    Tablet tablet(t);
    REQUIRE(tablet.visible(QStringLiteral("todaysVisits")));
    tablet.shot(QStringLiteral("home"));
    tablet.click(QStringLiteral("newCustomerButton"));
    REQUIRE(tablet.visible(QStringLiteral("newCustomerPage")));
    tablet.click(QStringLiteral("saveCustomerButton"));
    CHECK(tablet.visible(QStringLiteral("customerNameError")));
    CHECK(tablet.visible(QStringLiteral("customerReadingError")));
    CHECK_FALSE(tablet.visible(QStringLiteral("formError"))); // the errors are under their fields
    tablet.type(QStringLiteral("customerReading"), QStringLiteral("Suzuki"));
    tablet.type(QStringLiteral("customerPhone"), QStringLiteral("03-12"));
    tablet.shot(QStringLiteral("new-customer-errors"));

    tablet.type(QStringLiteral("customerName"), QStringLiteral("鈴木 一郎"));
    tablet.type(QStringLiteral("customerReading"), QStringLiteral("すずき いちろう"));
    tablet.type(QStringLiteral("customerBusiness"), QStringLiteral("鈴木商店"));
    tablet.type(QStringLiteral("customerPhone"), QStringLiteral("03-1234-5678"));
    CHECK_FALSE(tablet.visible(QStringLiteral("formError")));
    tablet.click(QStringLiteral("saveCustomerButton"));
    REQUIRE(tablet.visible(QStringLiteral("customerPage")));
    CHECK(tablet.text(QStringLiteral("customerName")) == QStringLiteral("鈴木 一郎"));
    CHECK(tablet.text(QStringLiteral("customerReading")) == QStringLiteral("スズキ イチロウ"));
    CHECK(tablet.visible(QStringLiteral("nextStepText")));

    // The profile sheet by taps: the preview follows, recording shows the result on record.
    tablet.type(QStringLiteral("age"), QStringLiteral("52"));
    tablet.type(QStringLiteral("yearsInBusiness"), QStringLiteral("12"));
    tablet.type(QStringLiteral("yearsInTrade"), QStringLiteral("20"));
    CHECK_FALSE(tablet.item(QStringLiteral("saveProfile"))->isEnabled());
    tablet.click(QStringLiteral("businessForm_full_time"));
    tablet.click(QStringLiteral("smartphoneUse_daily_apps"));
    tablet.click(QStringLiteral("pcSkill_office"));
    CHECK(tablet.visible(QStringLiteral("screeningPreview")));
    CHECK(tablet.visible(QStringLiteral("itLiteracy")));
    tablet.shot(QStringLiteral("profile-filled"));
    tablet.click(QStringLiteral("saveProfile"));
    CHECK(tablet.visible(QStringLiteral("explainButton")));
    CHECK(tablet.visible(QStringLiteral("itLiteracySummary")));
    tablet.shot(QStringLiteral("customer-screened"));

    // Recording a refusal asks first.
    tablet.click(QStringLiteral("pcSkill_never_used"));
    CHECK(tablet.count(QStringLiteral("previewRefusal")) == 1);
    tablet.click(QStringLiteral("saveProfile"));
    QObject *confirm = tablet.object(QStringLiteral("confirmRefusal"));
    REQUIRE(confirm->property("visible").toBool());
    tablet.shot(QStringLiteral("profile-confirm-refusal"));
    REQUIRE(QMetaObject::invokeMethod(confirm, "reject"));
    tablet.settle();
    CHECK(tablet.visible(QStringLiteral("explainButton"))); // nothing was recorded
}
