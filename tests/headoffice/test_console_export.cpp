// The console's export page (issue 7 part 2, docs/console.md "Export"): contracts and call results of a date range
// as CSV downloads (UTF-8 with BOM, CRLF) from csvexport; every console role may read them. On both stores.
#include "test_console_guard.h"
#include "test_console_support.h"

#include <catch2/catch.hpp>

#include <core/domain/eventcatalog.h>

using namespace kakunin;
using namespace kakunin::hqtest;
using namespace kakunin::hqtest::users;

TEST_CASE("M2 console export: contracts and call results of a date range as CSV with a BOM, days inclusive in the "
          "console's time zone, and bad ranges are 400",
    "[console][export][M2]")
{
    ConsoleOffice o; // 2026-04-01 10:00 JST
    Tablet rep(o, Rep);
    registerCustomer(rep, QStringLiteral("cust-a"), QStringLiteral("青木, \"商店\""), QStringLiteral("03-1000-0001"));
    conclude(rep, QStringLiteral("cust-a"), QStringLiteral("ctr-a"));
    rep.pushOutbox();
    QJsonObject note = cleanCall("C1");
    note.insert(QStringLiteral("note"), QStringLiteral("=SUM(A1)"));
    REQUIRE(o.service
                ->recordHeadOfficeEvents(
                    Staff, {EventDraft {EventType::CallRecorded, QStringLiteral("ctr-a"), Staff, note}})
                .ok());

    Browser auditor(o);
    english(auditor);
    auditor.signIn(Auditor);
    const WebResponse form = auditor.get(QStringLiteral("/console/export"));
    REQUIRE(form.status == 200);
    CHECK(form.contains(QStringLiteral("id=\"export-form\"")));
    CHECK(
        form.contains(QStringLiteral("id=\"export-from\" name=\"from\" type=\"date\" required value=\"2026-04-01\"")));
    CHECK(form.contains(QStringLiteral("href=\"/console/export\" aria-current=\"page\"")));

    const WebResponse contracts
        = auditor.get(QStringLiteral("/console/export.csv?from=2026-04-01&to=2026-04-01&kind=contracts"));
    REQUIRE(contracts.status == 200);
    CHECK(contracts.header("Content-Type") == QStringLiteral("text/csv; charset=utf-8"));
    CHECK(contracts.header("Content-Disposition")
        == QStringLiteral("attachment; filename=\"kakunin-contracts-2026-04-01-2026-04-01.csv\""));
    CHECK(contracts.body.startsWith("\xEF\xBB\xBF"
                                    "contract_id,customer_id,"));
    CHECK(contracts.body.contains("\r\nctr-a,cust-a,\"青木, \"\"商店\"\"\","));
    const WebResponse calls
        = auditor.get(QStringLiteral("/console/export.csv?from=2026-04-01&to=2026-04-01&kind=calls"));
    REQUIRE(calls.status == 200);
    CHECK(calls.body.startsWith("\xEF\xBB\xBF"
                                "contract_id,"));
    CHECK(calls.body.contains("ctr-a"));
    CHECK(calls.body.contains("'=SUM(A1)")); // never a formula
    // The day before holds nothing but the header.
    const WebResponse before
        = auditor.get(QStringLiteral("/console/export.csv?from=2026-03-31&to=2026-03-31&kind=contracts"));
    CHECK(before.body.count("\r\n") == 1);

    for (const char *query :
        {"from=2026-04-01&to=2026-04-01&kind=everything", "from=2026-13-01&to=2026-04-01&kind=calls",
            "from=2026-04-01&to=&kind=calls", "from=2026-4-1&to=2026-04-01&kind=calls"}) {
        INFO(query);
        const WebResponse bad = auditor.get(QStringLiteral("/console/export.csv?") + QLatin1String(query));
        CHECK(bad.status == 400);
        CHECK(bad.contains(QStringLiteral("This value is not accepted:")));
        CHECK(bad.header("Content-Type").startsWith(QStringLiteral("text/html")));
    }
    const WebResponse reversed
        = auditor.get(QStringLiteral("/console/export.csv?from=2026-04-02&to=2026-04-01&kind=calls"));
    CHECK(reversed.status == 400);
    CHECK(reversed.contains(QStringLiteral("The range ends before it starts.")));
    Browser anonymous(o);
    CHECK(anonymous.get(QStringLiteral("/console/export.csv?from=2026-04-01&to=2026-04-01&kind=calls")).status == 303);
}
