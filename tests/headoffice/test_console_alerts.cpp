// The console's alerts page (issue 7 part 2, docs/console.md "Alerts"): AlertScanner's findings in words, and
// the P6 credit-contract cancellation a compliance admin records from it; on both stores.
#include "test_console_blocks_journey.h"
#include "test_console_guard.h"
#include "test_console_support.h"

#include <catch2/catch.hpp>

#include <core/domain/eventcatalog.h>
#include <core/domain/lifecycle.h>

using namespace kakunin;
using namespace kakunin::hqtest;
using namespace kakunin::hqtest::users;

namespace {

WebResponse cancelCredit(Browser &b, const QString &contract)
{
    return b.post(QStringLiteral("/console/alerts/credit-cancel"),
        {{QStringLiteral("csrf"), b.csrf()}, {QStringLiteral("contract"), contract}});
}

} // namespace

TEST_CASE("P6 console alerts: a dispute open past its period offers the credit-contract cancellation to a compliance "
          "admin only, the server re-checks it, and once recorded the alert is gone",
    "[console][alerts][P6]")
{
    ConsoleOffice o;
    Tablet rep(o, Rep);
    registerCustomer(rep, QStringLiteral("cust-d"), QStringLiteral("紛争商店"), QStringLiteral("03-1000-0004"));
    conclude(rep, QStringLiteral("cust-d"), QStringLiteral("ctr-d"));
    rep.pushOutbox();
    REQUIRE(o.service
                ->recordHeadOfficeEvents(Admin,
                    {EventDraft {EventType::DisputeOpened, QStringLiteral("ctr-d"), Admin,
                        {{QStringLiteral("disputeId"), QStringLiteral("dsp-1")}}}})
                .ok());
    o.advance(29 * MsPerDay);
    {
        // Within the period: no alert, and a forged POST is refused by core.
        Browser admin = signedIn(o, Admin);
        const WebResponse page = admin.get(QStringLiteral("/console/alerts"));
        REQUIRE(page.status == 200);
        CHECK_FALSE(page.contains(QStringLiteral("data-kind=\"dispute_overdue\"")));
        const qint64 events = o.events();
        const WebResponse early = cancelCredit(admin, QStringLiteral("ctr-d"));
        CHECK(early.status == 409);
        CHECK(early.contains(QStringLiteral("dispute_period_not_elapsed")));
        CHECK(o.events() == events);
    }
    o.advance(2 * MsPerDay);
    Browser admin = signedIn(o, Admin);
    const WebResponse overdue = admin.get(QStringLiteral("/console/alerts"));
    CHECK(overdue.contains(QStringLiteral("id=\"alerts-table\"")));
    CHECK(overdue.contains(QStringLiteral("<tr data-kind=\"dispute_overdue\" data-contract=\"ctr-d\">")));
    CHECK(overdue.contains(QStringLiteral("Dispute open for 31 days; the period is 30 days.")));
    CHECK(overdue.contains(QStringLiteral("id=\"credit-cancel-ctr-d\"")));
    Browser staff = signedIn(o, Staff);
    const WebResponse staffPage = staff.get(QStringLiteral("/console/alerts"));
    CHECK(staffPage.contains(QStringLiteral("data-kind=\"dispute_overdue\"")));
    CHECK_FALSE(staffPage.contains(QStringLiteral("id=\"credit-cancel-ctr-d\"")));
    CHECK(staffPage.contains(QStringLiteral("A compliance admin may cancel the credit contract.")));

    checkPostGuarded(o, QStringLiteral("/console/alerts/credit-cancel"),
        {{QStringLiteral("contract"), QStringLiteral("ctr-d")}}, {Staff, Auditor},
        [&] { return stageOf(o, QStringLiteral("ctr-d")); });
    const qint64 events = o.events();
    const WebResponse missing
        = admin.post(QStringLiteral("/console/alerts/credit-cancel"), {{QStringLiteral("csrf"), admin.csrf()}});
    CHECK(missing.status == 400);
    CHECK(missing.contains(QStringLiteral("Please fill in: Contract.")));
    CHECK(cancelCredit(admin, QStringLiteral("ctr-none")).status == 400);
    CHECK(o.events() == events);

    const WebResponse done = cancelCredit(admin, QStringLiteral("ctr-d"));
    CHECK(done.status == 303);
    CHECK(done.location() == QStringLiteral("/console/alerts?done=credit-cancelled&contract=ctr-d"));
    CHECK(o.events() == events + 1);
    CHECK(stageOf(o, QStringLiteral("ctr-d")) == contractStageName(ContractStage::CreditCancelled));
    const auto last = o.service->eventsOfAggregate(QStringLiteral("ctr-d")).last().event;
    CHECK(last.type == EventType::CreditCancelled);
    CHECK(last.device == o.service->identity().deviceId);
    const WebResponse after = admin.get(done.location());
    CHECK(after.contains(QStringLiteral("The credit contract of ctr-d is cancelled.")));
    CHECK_FALSE(after.contains(QStringLiteral("data-kind=\"dispute_overdue\"")));
    // Twice: core refuses, nothing more is recorded.
    CHECK(cancelCredit(admin, QStringLiteral("ctr-d")).status == 409);
    CHECK(o.events() == events + 1);
}

TEST_CASE("S2 D1 console alerts: a visit over the maximum length and a lecture close to the minimum are listed with "
          "their rule and numbers",
    "[console][alerts][S2][D1]")
{
    ConsoleOffice o;
    Tablet rep(o, Rep);
    Tablet inst(o, Installer);
    const auto pack = blocks::PackSpec::of(blocks::shippedPack());
    blocks::registerCustomer(rep, QStringLiteral("cust-l"), QStringLiteral("長居商店"));
    blocks::visit(rep, QStringLiteral("cust-l"), QStringLiteral("v-1"), 150);
    blocks::walkthrough(rep, QStringLiteral("cust-l"), QStringLiteral("ctr-l"), pack);
    blocks::sync(rep);
    o.advance(MsPerDay);
    blocks::call(o, Legacy, QStringLiteral("ctr-l"), QStringLiteral("C1"));
    REQUIRE(o.service->assignInstaller(Admin, QStringLiteral("ctr-l"), Installer).ok());
    blocks::lecture(inst, QStringLiteral("ctr-l"), 185, pack);
    blocks::sync(inst);
    Browser auditor = signedIn(o, Auditor);
    const WebResponse page = auditor.get(QStringLiteral("/console/alerts"));
    REQUIRE(page.status == 200);
    CHECK(page.contains(QStringLiteral("<tr data-kind=\"visit_over_length\" data-contract=\"\">")));
    CHECK(page.contains(QStringLiteral("150 min; the maximum is 120 min.")));
    CHECK(page.contains(QStringLiteral("<tr data-kind=\"lecture_near_minimum\" data-contract=\"ctr-l\">")));
    CHECK(page.contains(QStringLiteral("Lecture 185 min; the minimum is 180 min.")));
    CHECK(page.contains(QStringLiteral("<td data-label=\"Rule\">D1</td>")));
    CHECK(page.contains(QStringLiteral("<td data-label=\"Rule\">S2</td>")));
    CHECK(page.contains(QStringLiteral("href=\"/console/alerts\" aria-current=\"page\"")));
    CHECK_FALSE(page.contains(QStringLiteral("credit-cancel")));
    Browser anonymous(o);
    CHECK(anonymous.get(QStringLiteral("/console/alerts")).status == 303);
}
