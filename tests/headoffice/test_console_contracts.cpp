// The console's contracts pages (issue 7 part 2, docs/console.md "Contracts"): the list with its filter, one
// contract with its timeline, items, signatures drawn from their strokes, the evidence check and the start
// decision (D3, M2) that core makes; through the real HttpServer over loopback TLS, on both stores.
#include "test_console_blocks_journey.h"
#include "test_console_guard.h"
#include "test_console_support.h"

#include <catch2/catch.hpp>

#include <protocol/hqevents.h>

#include <core/domain/eventcatalog.h>
#include <core/domain/lifecycle.h>
#include <core/domain/policy.h>

#include <QDir>
#include <QRegularExpression>

#include <algorithm>

using namespace kakunin;
using namespace kakunin::hqtest;
using namespace kakunin::hqtest::users;

namespace {

const QString StartButton = QStringLiteral("id=\"start-contract\"");

// Up to the C2 call with real tablets: the shipped pack's walkthrough with real signature strokes, C1, the
// installer's lecture of 190 minutes and the delivery sign-off, C2 (head office's command-line caller).
void toC2(
    ConsoleOffice &o, Tablet &rep, Tablet &inst, const QString &customer, const QString &contract, const QString &name)
{
    const auto pack = blocks::PackSpec::of(blocks::shippedPack());
    blocks::registerCustomer(rep, customer, name);
    blocks::visit(rep, customer, QStringLiteral("v-") + contract, 60);
    blocks::walkthrough(rep, customer, contract, pack);
    blocks::sync(rep);
    o.advance(MsPerDay);
    blocks::call(o, Legacy, contract, QStringLiteral("C1"));
    REQUIRE(o.service->assignInstaller(Admin, contract, Installer).ok());
    o.advance(MsPerDay);
    blocks::lecture(inst, contract, 190, pack);
    blocks::sync(inst);
    o.advance(MsPerDay);
    blocks::call(o, Legacy, contract, QStringLiteral("C2"));
}

// The start button's tag, "" when the page has none.
QString startButton(const WebResponse &page)
{
    static const QRegularExpression re(QStringLiteral("<button[^>]*id=\"start-contract\"[^>]*>"));
    const auto m = re.match(page.text());
    return m.hasMatch() ? m.captured(0) : QString();
}

QString missingOf(const WebResponse &page)
{
    static const QRegularExpression re(QStringLiteral("id=\"start-missing\" data-missing=\"([a-z0-9_]*)\""));
    const auto m = re.match(page.text());
    return m.hasMatch() ? m.captured(1) : QString();
}

Fields startForm(const QString &contract)
{
    return {{QStringLiteral("contract"), contract}};
}

WebResponse start(Browser &b, const QString &contract)
{
    return b.post(QStringLiteral("/console/contract/start"),
        {{QStringLiteral("csrf"), b.csrf()}, {QStringLiteral("contract"), contract}});
}

} // namespace

TEST_CASE("D3 M2 console contract page: the start button says what is missing at every step, and a compliance admin "
          "starts the contract once core allows it",
    "[console][contracts][D3][M2]")
{
    ConsoleOffice o;
    Tablet rep(o, Rep);
    Tablet inst(o, Installer);
    Browser admin(o);
    english(admin);
    const QString ctr = QStringLiteral("ctr-s");
    const QString page = QStringLiteral("/console/contract?id=ctr-s");
    auto expectMissing = [&](const char *missing) {
        INFO("missing " << missing);
        // Days pass between the steps: a new session each time.
        admin.cookies.clear();
        english(admin);
        admin.signIn(Admin);
        const WebResponse r = admin.get(page);
        REQUIRE(r.status == 200);
        CHECK(missingOf(r) == QLatin1String(missing));
        CHECK(startButton(r).contains(QStringLiteral(" disabled")));
        CHECK(startButton(r).contains(QStringLiteral("aria-describedby=\"start-missing\"")));
        // The server agrees with the button: a forged POST is refused with the same words, nothing recorded.
        const qint64 events = o.events();
        const WebResponse forged = start(admin, ctr);
        CHECK(forged.status == 409);
        CHECK(forged.contains(QStringLiteral("The contract may not start:")));
        CHECK(missingOf(forged) == QLatin1String(missing));
        CHECK(o.events() == events);
    };

    toC2(o, rep, inst, QStringLiteral("cust-s"), ctr, QStringLiteral("髙橋 一郎"));
    expectMissing("trial");
    const WebResponse trial = admin.get(page);
    CHECK(trial.contains(QStringLiteral("The trial period has not started (D3).")));
    blocks::office(o, Admin, EventType::TrialStarted, ctr);
    expectMissing("trial_not_elapsed");
    CHECK(admin.get(page).contains(QStringLiteral("The trial period runs until")));
    o.advance(Policy().productDefaults.trialDays * MsPerDay + MsPerMinute);
    expectMissing("usage_confirmation");
    blocks::office(o, Admin, EventType::UsageConfirmed, ctr,
        {{QStringLiteral("used"), 1}, {QStringLiteral("noDefects"), 1}, {QStringLiteral("mayStart"), 1}});
    expectMissing("call_c3");
    const WebResponse c3 = admin.get(page);
    CHECK(c3.contains(QStringLiteral("The C3 confirmation call has not been cleared (M2).")));
    CHECK(c3.contains(QStringLiteral("id=\"call-link\" href=\"/console/call?contract=ctr-s&amp;stage=C3\"")));

    // A C3 call that finds the product unused: on hold, and the page links the hold.
    QJsonObject unused = cleanCall("C3");
    unused.insert(QStringLiteral("productUsed"), 0);
    REQUIRE(o.service->recordHeadOfficeEvents(Staff, {EventDraft {EventType::CallRecorded, ctr, Staff, unused}}).ok());
    expectMissing("on_hold");
    CHECK(admin.get(page).contains(QStringLiteral("id=\"hold-link\" href=\"/console/hold?contract=ctr-s\"")));
    REQUIRE(o.service
                ->recordHeadOfficeEvents(Admin,
                    {EventDraft {
                        EventType::HoldResolved, ctr, Admin, {{QStringLiteral("resolution"), QStringLiteral("ok")}}}})
                .ok());
    REQUIRE(
        o.service->recordHeadOfficeEvents(Staff, {EventDraft {EventType::CallRecorded, ctr, Staff, cleanCall("C3")}})
            .ok());

    // Every condition holds: the button is enabled, confirmation staff still cannot start it.
    admin.cookies.clear();
    english(admin);
    admin.signIn(Admin);
    const WebResponse ready = admin.get(page);
    CHECK(missingOf(ready).isEmpty());
    CHECK(ready.contains(QStringLiteral("id=\"start-ready\"")));
    CHECK_FALSE(startButton(ready).isEmpty());
    CHECK_FALSE(startButton(ready).contains(QStringLiteral("disabled")));
    checkPostGuarded(o, QStringLiteral("/console/contract/start"), startForm(ctr), {Staff, Auditor},
        [&] { return stageOf(o, ctr); });
    Browser staff(o);
    english(staff);
    staff.signIn(Staff);
    const WebResponse staffPage = staff.get(page);
    CHECK(startButton(staffPage).isEmpty());
    CHECK(staffPage.contains(QStringLiteral("Only a compliance admin can start a contract.")));

    const qint64 before = o.events();
    const WebResponse started = start(admin, ctr);
    CHECK(started.status == 303);
    CHECK(started.location() == QStringLiteral("/console/contract?id=ctr-s&done=started"));
    CHECK(o.events() == before + 1);
    CHECK(stageOf(o, ctr) == contractStageName(ContractStage::Started));
    // The event is head office's own, signed with its key, and reaches the rep's tablet.
    const auto last = o.service->eventsOfAggregate(ctr).last();
    CHECK(last.event.type == EventType::ContractStarted);
    CHECK(last.event.actor == Admin);
    CHECK(last.event.device == o.service->identity().deviceId);
    const auto changes = rep.pullAll();
    CHECK(std::any_of(changes.begin(), changes.end(), [&](const auto &c) { return c.event.id == last.event.id; }));
    const WebResponse after = admin.get(QStringLiteral("/console/contract?id=ctr-s&done=started"));
    CHECK(after.contains(QStringLiteral("The contract has started.")));
    CHECK(startButton(after).isEmpty());
    // Started once: again is refused by core.
    const WebResponse again = start(admin, ctr);
    CHECK(again.status == 409);
    CHECK(missingOf(again) == QStringLiteral("already_started"));
    CHECK(o.events() == before + 1);
}

TEST_CASE("console contract page: timeline, S3 walkthrough and D2 lecture items with their times, signatures drawn "
          "from their strokes, and the evidence check passed per event",
    "[console][contracts][S3][D2]")
{
    ConsoleOffice o;
    Tablet rep(o, Rep);
    Tablet inst(o, Installer);
    toC2(o, rep, inst, QStringLiteral("cust-v"), QStringLiteral("ctr-v"), QStringLiteral("<b>髙橋</b> & 'Co'"));
    Browser auditor(o);
    english(auditor);
    auditor.signIn(Auditor);
    const WebResponse r = auditor.get(QStringLiteral("/console/contract?id=ctr-v"));
    REQUIRE(r.status == 200);
    // Customer data is text.
    CHECK(r.contains(QStringLiteral("&lt;b&gt;髙橋&lt;/b&gt; &amp; &#39;Co&#39;")));
    CHECK_FALSE(r.contains(QStringLiteral("<b>髙橋</b>")));
    // S3: every item of the shipped pack with its title and times.
    const ContentPack pack = blocks::shippedPack();
    for (const ImportantMatter &m : pack.importantMatters) {
        INFO(m.id.toStdString());
        CHECK(r.contains(QStringLiteral("<tr data-item=\"%1\">").arg(m.id)));
    }
    CHECK(r.contains(QStringLiteral("id=\"walkthrough-table\"")));
    CHECK(r.contains(QStringLiteral("id=\"lecture-table\"")));
    CHECK(r.contains(
        pack.importantMatters.first().title.en.toHtmlEscaped().replace(QLatin1Char('\''), QStringLiteral("&#39;"))));
    // Signatures: the customer's and the rep's at the walkthrough, the customer's at the delivery, as inline SVG.
    CHECK(r.text().count(QStringLiteral("<figure class=\"signature\"")) == 3);
    CHECK(r.text().count(QStringLiteral("<svg")) == 3);
    CHECK_FALSE(r.contains(QStringLiteral("The strokes cannot be drawn")));
    // The evidence check passed for every event; the timeline lists head office's calls.
    CHECK(r.contains(QStringLiteral("id=\"evidence-result\" data-passed=\"1\"")));
    CHECK_FALSE(r.contains(QStringLiteral("data-passed=\"0\"")));
    CHECK(r.contains(QStringLiteral("id=\"timeline-table\"")));
    CHECK(r.text().count(QStringLiteral("<code>call.recorded</code>")) >= 2);
    CHECK(r.contains(QStringLiteral("(head office)")));
    // An auditor reads it all, and gets no start form.
    CHECK(startButton(r).isEmpty());

    // An event edited in the database fails its content hash, and the page says so.
    {
        auto c = o.db->open();
        c->exec("UPDATE events SET payload = ? WHERE aggregate = ? AND type = ?",
            {QStringLiteral("{\"stage\":\"C1\",\"reached\":1}"), QStringLiteral("ctr-v"), EventType::CallRecorded});
    }
    const WebResponse tampered = auditor.get(QStringLiteral("/console/contract?id=ctr-v"));
    CHECK(tampered.contains(QStringLiteral("id=\"evidence-result\" data-passed=\"0\"")));
    CHECK(tampered.contains(QStringLiteral("<code>content_changed</code>")));
}

TEST_CASE("console contracts list: filter by state, search by contract or customer id or name, bad values are 400",
    "[console][contracts]")
{
    ConsoleOffice o;
    Tablet rep(o, Rep);
    registerCustomer(rep, QStringLiteral("cust-a"), QStringLiteral("青木商店"), QStringLiteral("03-1000-0001"));
    conclude(rep, QStringLiteral("cust-a"), QStringLiteral("ctr-a"));
    o.advance(3'600'000);
    registerCustomer(rep, QStringLiteral("cust-b"), QStringLiteral("<i>馬場</i>"), QStringLiteral("03-1000-0002"));
    conclude(rep, QStringLiteral("cust-b"), QStringLiteral("ctr-b"));
    rep.pushOutbox();
    QJsonObject problem = cleanCall("C1");
    problem.insert(QStringLiteral("guaranteeMentioned"), 1);
    REQUIRE(o.service
                ->recordHeadOfficeEvents(
                    Staff, {EventDraft {EventType::CallRecorded, QStringLiteral("ctr-b"), Staff, problem}})
                .ok());

    Browser b(o);
    english(b);
    b.signIn(Staff);
    auto rows = [](const WebResponse &r) {
        QStringList ids;
        static const QRegularExpression re(QStringLiteral("<tr data-contract=\"([^\"]+)\">"));
        for (auto it = re.globalMatch(r.text()); it.hasNext();)
            ids.append(it.next().captured(1));
        return ids;
    };
    const WebResponse all = b.get(QStringLiteral("/console/contracts"));
    REQUIRE(all.status == 200);
    CHECK(rows(all) == QStringList {QStringLiteral("ctr-b"), QStringLiteral("ctr-a")}); // newest conclusion first
    CHECK(all.contains(QStringLiteral("id=\"contracts-table\"")));
    CHECK(all.contains(QStringLiteral("&lt;i&gt;馬場&lt;/i&gt;")));
    CHECK(all.contains(QStringLiteral("<a href=\"/console/contract?id=ctr-a\">")));
    CHECK(all.contains(QStringLiteral("href=\"/console/contracts\" aria-current=\"page\"")));
    CHECK(rows(b.get(QStringLiteral("/console/contracts?status=on_hold"))) == QStringList {QStringLiteral("ctr-b")});
    CHECK(rows(b.get(QStringLiteral("/console/contracts?status=contracted"))) == QStringList {QStringLiteral("ctr-a")});
    CHECK(rows(b.get(QStringLiteral("/console/contracts?status=started"))).isEmpty());
    CHECK(rows(b.get(QStringLiteral("/console/contracts?q=%E9%9D%92%E6%9C%A8")))
        == QStringList {QStringLiteral("ctr-a")});
    CHECK(rows(b.get(QStringLiteral("/console/contracts?q=CUST-B"))) == QStringList {QStringLiteral("ctr-b")});
    CHECK(rows(b.get(QStringLiteral("/console/contracts?q=ctr-"))).size() == 2);
    CHECK(rows(b.get(QStringLiteral("/console/contracts?q=nobody"))).isEmpty());

    const WebResponse badStatus = b.get(QStringLiteral("/console/contracts?status=%3Cscript%3E"));
    CHECK(badStatus.status == 400);
    CHECK(badStatus.contains(QStringLiteral("This value is not accepted: State.")));
    CHECK_FALSE(badStatus.contains(QStringLiteral("<script>")));
    const WebResponse longQuery = b.get(QStringLiteral("/console/contracts?q=") + QString(101, QLatin1Char('x')));
    CHECK(longQuery.status == 400);
    CHECK(longQuery.contains(QStringLiteral("at most 100 characters")));

    // A contract page for an unknown or missing id.
    const WebResponse unknown = b.get(QStringLiteral("/console/contract?id=nope%3Cb%3E"));
    CHECK(unknown.status == 404);
    CHECK(unknown.contains(QStringLiteral("There is no contract “nope&lt;b&gt;”.")));
    CHECK(b.get(QStringLiteral("/console/contract")).status == 400);
    // Without a session: to sign-in and back.
    Browser anonymous(o);
    const WebResponse redirect = anonymous.get(QStringLiteral("/console/contracts?status=on_hold"));
    CHECK(redirect.status == 303);
    CHECK(redirect.location().startsWith(QStringLiteral("/console/sign-in?next=")));
}

TEST_CASE("M2 console contract start: the server refuses a forged start, bad or missing ids, and every role but "
          "compliance admin",
    "[console][contracts][M2][csrf]")
{
    ConsoleOffice o;
    Tablet rep(o, Rep);
    registerCustomer(rep, QStringLiteral("cust-a"), QStringLiteral("青木商店"), QStringLiteral("03-1000-0001"));
    conclude(rep, QStringLiteral("cust-a"), QStringLiteral("ctr-a"));
    rep.pushOutbox();
    checkPostGuarded(o, QStringLiteral("/console/contract/start"), startForm(QStringLiteral("ctr-a")), {Staff, Auditor},
        [&] { return stageOf(o, QStringLiteral("ctr-a")); });
    Browser admin(o);
    english(admin);
    admin.signIn(Admin);
    const qint64 events = o.events();
    const WebResponse forged = start(admin, QStringLiteral("ctr-a"));
    CHECK(forged.status == 409);
    CHECK(forged.contains(QStringLiteral("The C1 confirmation call has not been cleared (M2).")));
    const WebResponse unknown = start(admin, QStringLiteral("ctr-zzz"));
    CHECK(unknown.status == 400);
    CHECK(unknown.contains(QStringLiteral("There is no contract “ctr-zzz”.")));
    const WebResponse missing
        = admin.post(QStringLiteral("/console/contract/start"), {{QStringLiteral("csrf"), admin.csrf()}});
    CHECK(missing.status == 400);
    CHECK(missing.contains(QStringLiteral("Please fill in: Contract.")));
    CHECK(o.events() == events);
    CHECK(stageOf(o, QStringLiteral("ctr-a")) == contractStageName(ContractStage::Contracted));
}

// Not run by ctest: writes the part-2 pages (Japanese and English) as HTML with the style sheet inlined, to look at
// in a browser. KAKUNIN_CONSOLE_SHOTS=DIR test_console_embedded "[.shots2]"
TEST_CASE("console part 2 pages for screenshots", "[.shots2]")
{
    const QString dir = qEnvironmentVariable("KAKUNIN_CONSOLE_SHOTS");
    REQUIRE_FALSE(dir.isEmpty());
    QDir().mkpath(dir);
    ConsoleOffice o;
    Tablet rep(o, Rep);
    Tablet inst(o, Installer);
    toC2(o, rep, inst, QStringLiteral("cust-s"), QStringLiteral("ctr-s"), QStringLiteral("髙橋 一郎"));
    blocks::office(o, Admin, EventType::TrialStarted, QStringLiteral("ctr-s"));
    registerCustomer(rep, QStringLiteral("cust-d"), QStringLiteral("株式会社 大和屋"), QStringLiteral("06-1111-2222"));
    conclude(rep, QStringLiteral("cust-d"), QStringLiteral("ctr-d"));
    rep.pushOutbox();
    blocks::office(o, Admin, EventType::DisputeOpened, QStringLiteral("ctr-d"),
        {{QStringLiteral("disputeId"), QStringLiteral("dsp-1")}});
    o.advance(31 * MsPerDay);
    Browser admin(o);
    admin.signIn(Admin);
    Browser auditor(o);
    auditor.signIn(Auditor);
    const QByteArray css = admin.get(QStringLiteral("/console/static/console.css")).body;
    auto save = [&](const QString &name, const WebResponse &r) {
        QByteArray html = r.body;
        html.replace("<link rel=\"stylesheet\" href=\"/console/static/console.css\">", "<style>\n" + css + "</style>");
        test::writeFile(QDir(dir).filePath(name + QStringLiteral(".html")), html);
    };
    for (const char *lang : {"ja", "en"}) {
        for (Browser *b : {&admin, &auditor})
            b->cookies.insert(QStringLiteral("__Host-kakunin_lang"), QLatin1String(lang));
        const QString l = QLatin1String(lang);
        save(QStringLiteral("contracts-") + l, admin.get(QStringLiteral("/console/contracts")));
        save(QStringLiteral("contract-") + l, admin.get(QStringLiteral("/console/contract?id=ctr-s")));
        save(QStringLiteral("alerts-") + l, admin.get(QStringLiteral("/console/alerts")));
        save(QStringLiteral("devices-") + l, admin.get(QStringLiteral("/console/devices")));
        save(QStringLiteral("enrollment-") + l,
            admin.post(QStringLiteral("/console/enrollment"),
                {{QStringLiteral("csrf"), admin.csrf()}, {QStringLiteral("user"), Rep}}));
        save(QStringLiteral("policies-") + l, admin.get(QStringLiteral("/console/policies")));
        Fields bad {{QStringLiteral("csrf"), admin.csrf()}};
        save(QStringLiteral("policies-error-") + l, admin.post(QStringLiteral("/console/policies"), bad));
        save(QStringLiteral("export-") + l, auditor.get(QStringLiteral("/console/export")));
    }
}
