// The console's call queue and confirmation calls (M2; issue 7, docs/console.md): contracts set up by real
// tablets, calls recorded through the web pages over loopback TLS, rules decided by core at head office; on the
// embedded store and on PostgreSQL.
#include "test_console_support.h"

#include <catch2/catch.hpp>

#include <console/consoleauth.h>
#include <console/consoleservice.h>

#include <protocol/hqevents.h>

#include <core/domain/eventcatalog.h>
#include <core/domain/lifecycle.h>

#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace kakunin;
using namespace kakunin::hqtest;
using namespace kakunin::hqtest::users;
namespace console = kakunin::hq::console;

namespace {

struct Answers {
    QString reached = QStringLiteral("yes");
    QString guarantee = QStringLiteral("no");
    QString conduct = QStringLiteral("yes");
    QString lecture = QStringLiteral("yes");
    QString used = QStringLiteral("yes");
    QString note;
};

WebResponse postCall(Browser &b, const QString &contract, const QString &stage, const Answers &a = {})
{
    Fields f {{QStringLiteral("csrf"), b.csrf()}, {QStringLiteral("contract"), contract},
        {QStringLiteral("stage"), stage}, {QStringLiteral("reached"), a.reached}};
    if (a.reached == QLatin1String("yes")) {
        f.append({QStringLiteral("guarantee"), a.guarantee});
        f.append({QStringLiteral("conduct"), a.conduct});
        if (stage != QLatin1String("C1"))
            f.append({QStringLiteral("lecture"), a.lecture});
        if (stage == QLatin1String("C3"))
            f.append({QStringLiteral("used"), a.used});
    }
    f.append({QStringLiteral("note"), a.note});
    return b.post(QStringLiteral("/console/call"), f);
}

WebResponse resolve(Browser &b, const QString &contract, const QString &resolution)
{
    return b.post(QStringLiteral("/console/hold"),
        {{QStringLiteral("csrf"), b.csrf()}, {QStringLiteral("contract"), contract},
            {QStringLiteral("resolution"), resolution}});
}

// The part of the queue page that lists one table ("due" or "held").
QString table(const WebResponse &page, const char *id)
{
    const QString html = page.text();
    const qsizetype from = html.indexOf(QStringLiteral("<table class=\"rows\" id=\"%1\">").arg(QLatin1String(id)));
    if (from < 0)
        return QString();
    return html.mid(from, html.indexOf(QStringLiteral("</table>"), from) - from);
}

QStringList rowsOf(const QString &tableHtml)
{
    QStringList ids;
    static const QRegularExpression re(QStringLiteral("<tr data-contract=\"([^\"]+)\">"));
    for (auto it = re.globalMatch(tableHtml); it.hasNext();)
        ids.append(it.next().captured(1));
    return ids;
}

QString questionText(const char *id, const QString &language = QStringLiteral("ja"))
{
    for (const CallQuestion &q : crmPack().callScript)
        if (q.id == QLatin1String(id))
            return q.text.in(language);
    FAIL("no question " << id);
    return QString();
}

QList<hq::StoredEvent> callsOf(ConsoleOffice &o, const QString &contract)
{
    QList<hq::StoredEvent> out;
    for (const hq::StoredEvent &s : o.service->eventsOfAggregate(contract))
        if (s.event.type == EventType::CallRecorded || s.event.type == EventType::HoldResolved)
            out.append(s);
    return out;
}

// One customer and contract, concluded by the rep's tablet and pushed.
void contractOf(Tablet &rep, const QString &n, const QString &name, const QString &phone)
{
    registerCustomer(rep, QStringLiteral("cust-") + n, name, phone);
    conclude(rep, QStringLiteral("cust-") + n, QStringLiteral("ctr-") + n);
    rep.pushOutbox();
}

} // namespace

TEST_CASE("M2 console queue: calls due for C1, C2 and C3, oldest first, with phone, product, stage, waiting time "
          "and sales rep",
    "[console][queue][M2]")
{
    ConsoleOffice o;
    Tablet rep(o, Rep);
    Tablet inst(o, Installer);
    contractOf(rep, QStringLiteral("a"), QStringLiteral("青木商店"), QStringLiteral("03-1000-0001"));
    o.advance(3'600'000);
    contractOf(rep, QStringLiteral("b"), QStringLiteral("<b>馬場&商店</b>"), QStringLiteral("03-1000-0002"));
    o.advance(3'600'000);
    contractOf(rep, QStringLiteral("c"), QStringLiteral("千葉工務店"), QStringLiteral("03-1000-0003"));
    o.advance(3'600'000);
    contractOf(rep, QStringLiteral("x"), QStringLiteral("解約商店"), QStringLiteral("03-1000-0009"));
    // a: C1 clean, delivered → due for C2 (since the delivery, which is after b and c became due).
    REQUIRE(o.service
                ->recordHeadOfficeEvents(
                    Staff, {EventDraft {EventType::CallRecorded, QStringLiteral("ctr-a"), Staff, cleanCall("C1")}})
                .ok());
    deliver(o, inst, QStringLiteral("ctr-a"));
    // x: cancelled by the customer (P3): not due.
    rep.record(EventType::ContractCancelled, QStringLiteral("ctr-x"),
        {{QStringLiteral("signatureHash"), QString(64, QLatin1Char('e'))}});
    rep.pushOutbox();
    o.advance(2LL * 24 * 3'600'000);

    console::ConsoleService service(*o.service);
    const console::CallQueue q = service.queue();
    REQUIRE(q.due.size() == 3);
    CHECK(q.due[0].contract.id == QStringLiteral("ctr-b"));
    CHECK(q.due[1].contract.id == QStringLiteral("ctr-c"));
    CHECK(q.due[2].contract.id == QStringLiteral("ctr-a"));
    CHECK(q.due[0].stage == QStringLiteral("C1"));
    CHECK(q.due[2].stage == QStringLiteral("C2"));
    CHECK(q.due[0].contract.phone == QStringLiteral("03-1000-0002"));
    CHECK(q.due[0].contract.salesRep == Rep);
    CHECK(q.due[2].contract.installer == Installer);
    CHECK(q.due[0].dueSince < q.due[1].dueSince);
    CHECK(q.held.isEmpty());

    Browser b(o);
    b.signIn(Staff);
    const WebResponse page = b.get(QStringLiteral("/console/queue"));
    REQUIRE(page.status == 200);
    const QString due = table(page, "due");
    CHECK(rowsOf(due) == QStringList {QStringLiteral("ctr-b"), QStringLiteral("ctr-c"), QStringLiteral("ctr-a")});
    CHECK(due.contains(QStringLiteral("href=\"tel:0310000002\"")));
    CHECK(due.contains(QStringLiteral("顧客管理ソフト スタンダード")));
    CHECK(due.contains(QStringLiteral("C2")));
    const qint64 waited = (o.clock.utcMs() - q.due[0].dueSince) / 60'000; // minutes since b was concluded
    REQUIRE(waited / (24 * 60) == 2);
    CHECK(due.contains(QStringLiteral("%1日%2時間").arg(waited / (24 * 60)).arg(waited / 60 % 24)));
    CHECK(due.contains(Rep));
    CHECK(due.contains(QStringLiteral("/console/call?contract=ctr-b&amp;stage=C1")));
    // Customer data is text, never markup.
    CHECK(due.contains(QStringLiteral("&lt;b&gt;馬場&amp;商店&lt;/b&gt;")));
    CHECK_FALSE(page.contains(QStringLiteral("<b>馬場")));
    CHECK_FALSE(page.contains(QStringLiteral("ctr-x")));
}

TEST_CASE("M2 console C1: a clean call clears C1, leaves the queue and reaches the rep's tablet signed by head office",
    "[console][calls][M2]")
{
    ConsoleOffice o;
    Tablet rep(o, Rep);
    contractOf(rep, QStringLiteral("a"), QStringLiteral("青木商店"), QStringLiteral("03-1234-5678"));
    Browser b(o);
    b.signIn(Staff);

    const WebResponse page = b.get(QStringLiteral("/console/call?contract=ctr-a&stage=C1"));
    REQUIRE(page.status == 200);
    CHECK(page.contains(QStringLiteral("href=\"tel:0312345678\"")));
    CHECK(page.contains(QStringLiteral("03-1234-5678")));
    CHECK(page.contains(questionText("c1-guarantee")));
    CHECK(page.contains(questionText("c1-pressure")));
    CHECK_FALSE(page.contains(questionText("c2-length")));
    CHECK(page.contains(QStringLiteral("action=\"/console/call\"")));
    CHECK(page.contains(QStringLiteral("<legend>")));

    const qint64 before = o.events();
    Answers clean;
    clean.note = QStringLiteral("ご本人と確認。問題なし");
    const WebResponse r = postCall(b, QStringLiteral("ctr-a"), QStringLiteral("C1"), clean);
    INFO(r.text().toStdString());
    REQUIRE(r.status == 303);
    CHECK(r.location() == QStringLiteral("/console/queue?done=call&contract=ctr-a&stage=C1"));
    CHECK(o.events() == before + 1);
    CHECK(stageOf(o, QStringLiteral("ctr-a")) == contractStageName(ContractStage::C1Cleared));
    const WebResponse queue = b.get(r.location());
    CHECK(queue.contains(QStringLiteral("契約ctr-aはC1コールを問題なく通過しました。")));
    CHECK(rowsOf(table(queue, "due")).isEmpty());

    const auto calls = callsOf(o, QStringLiteral("ctr-a"));
    REQUIRE(calls.size() == 1);
    const Event &e = calls[0].event;
    CHECK(e.actor == Staff);
    CHECK(e.device == o.service->identity().deviceId);
    CHECK(e.payload.value(QStringLiteral("note")).toString() == clean.note);
    CHECK(e.payload.value(QStringLiteral("guaranteeMentioned")).toInteger() == 0);
    CHECK(e.payload.value(QStringLiteral("reached")).toInteger() == 1);
    // It syncs down to the rep's tablet, and checks with head office's key.
    const auto changes = rep.pullAll();
    const auto it = std::find_if(changes.begin(), changes.end(), [&](const auto &c) { return c.event.id == e.id; });
    REQUIRE(it != changes.end());
    CHECK(protocol::checkEvent(it->event, o.service->identity().publicKey) == ChainError::None);
}

TEST_CASE("M2 console C1 with a guarantee mentioned: on hold with the reason shown, resolved by a compliance admin, "
          "back in the queue",
    "[console][calls][hold][M2][S1]")
{
    ConsoleOffice o;
    Tablet rep(o, Rep);
    contractOf(rep, QStringLiteral("a"), QStringLiteral("青木商店"), QStringLiteral("03-1234-5678"));
    Browser staff(o);
    staff.signIn(Staff);
    Answers problem;
    problem.guarantee = QStringLiteral("yes");
    problem.note = QStringLiteral("「必ず売上が倍になる」と言われたとのこと");
    const WebResponse r = postCall(staff, QStringLiteral("ctr-a"), QStringLiteral("C1"), problem);
    REQUIRE(r.status == 303);
    CHECK(onHold(o, QStringLiteral("ctr-a"))); // decided by core's rules at head office
    CHECK(stageOf(o, QStringLiteral("ctr-a")) == contractStageName(ContractStage::Contracted));

    WebResponse queue = staff.get(r.location());
    CHECK(queue.contains(
        QStringLiteral("問題が見つかったため、契約ctr-aはコンプライアンス管理者が解除するまで保留になります。")));
    CHECK(rowsOf(table(queue, "due")).isEmpty());
    const QString held = table(queue, "held");
    CHECK(rowsOf(held) == QStringList {QStringLiteral("ctr-a")});
    CHECK(held.contains(QStringLiteral("成果の保証・約束があった（S1）")));
    CHECK(held.contains(QStringLiteral("「必ず売上が倍になる」と言われたとのこと")));

    // While on hold, no call is recorded: core refuses, the page says why.
    const qint64 before = o.events();
    const WebResponse again = postCall(staff, QStringLiteral("ctr-a"), QStringLiteral("C1"));
    CHECK(again.status == 409);
    CHECK(again.contains(QStringLiteral("この契約は保留中です。")));
    CHECK(o.events() == before);

    Browser admin(o);
    admin.signIn(Admin);
    const WebResponse holdPage = admin.get(QStringLiteral("/console/hold?contract=ctr-a"));
    REQUIRE(holdPage.status == 200);
    CHECK(holdPage.contains(QStringLiteral("成果の保証・約束があった（S1）")));
    CHECK(holdPage.contains(QStringLiteral("action=\"/console/hold\"")));
    const WebResponse done
        = resolve(admin, QStringLiteral("ctr-a"), QStringLiteral("営業担当に事実確認し、お客様へ訂正の説明を実施"));
    REQUIRE(done.status == 303);
    CHECK_FALSE(onHold(o, QStringLiteral("ctr-a")));
    const auto calls = callsOf(o, QStringLiteral("ctr-a"));
    REQUIRE(calls.size() == 2);
    CHECK(calls[1].event.type == EventType::HoldResolved);
    CHECK(calls[1].event.actor == Admin);
    CHECK(calls[1].event.payload.value(QStringLiteral("resolution")).toString()
        == QStringLiteral("営業担当に事実確認し、お客様へ訂正の説明を実施"));

    queue = admin.get(done.location());
    CHECK(queue.contains(QStringLiteral("ctr-aの保留を解除しました。")));
    CHECK(rowsOf(table(queue, "due")) == QStringList {QStringLiteral("ctr-a")});
    CHECK(table(queue, "held").isEmpty());
    // The same call again, clean this time.
    CHECK(postCall(staff, QStringLiteral("ctr-a"), QStringLiteral("C1")).status == 303);
    CHECK(stageOf(o, QStringLiteral("ctr-a")) == contractStageName(ContractStage::C1Cleared));
    CHECK(o.service->aggregate(QStringLiteral("ctr-a"))->state.value(QStringLiteral("holds")).toInteger() == 1);
}

TEST_CASE("M2 console: a caller who is the contract's sales rep is refused with a clear message, nothing recorded",
    "[console][calls][M2]")
{
    ConsoleOffice o;
    Tablet rep(o, Rep);
    Tablet rep2(o, Rep2);
    contractOf(rep, QStringLiteral("a"), QStringLiteral("青木商店"), QStringLiteral("03-1234-5678"));
    contractOf(rep2, QStringLiteral("b"), QStringLiteral("馬場商店"), QStringLiteral("03-8765-4321"));
    // The rep moved to the confirmation team and kept their user id.
    o.changeRole(Rep, QStringLiteral("confirmation_staff"));
    REQUIRE(console::ConsoleAuth(*o.service).setPassword(Rep, Password) == console::PasswordError::None);
    Browser b(o);
    b.signIn(Rep);
    const qint64 before = o.events();
    const WebResponse r = postCall(b, QStringLiteral("ctr-a"), QStringLiteral("C1"));
    CHECK(r.status == 403);
    CHECK(r.contains(QStringLiteral("あなたはこの契約の営業担当です。確認コールは営業担当以外の者が行います（M2）。")));
    CHECK(o.events() == before);
    CHECK(stageOf(o, QStringLiteral("ctr-a")) == contractStageName(ContractStage::Contracted));
    b.get(QStringLiteral("/console/language?to=en&back=%2Fconsole%2Fqueue"));
    CHECK(postCall(b, QStringLiteral("ctr-a"), QStringLiteral("C1"))
              .contains(QStringLiteral("You are the sales rep of this contract.")));
    // Another rep's contract is theirs to call.
    CHECK(postCall(b, QStringLiteral("ctr-b"), QStringLiteral("C1")).status == 303);
    CHECK(o.events() == before + 1);
}

TEST_CASE("M2 console C2 and C3: a lecture problem and an unused product put the contract on hold, and the installer "
          "may not make the C3 call",
    "[console][calls][hold][M2][D1][D3]")
{
    ConsoleOffice o;
    Tablet rep(o, Rep);
    Tablet inst(o, Installer);
    contractOf(rep, QStringLiteral("a"), QStringLiteral("青木商店"), QStringLiteral("03-1234-5678"));
    Browser staff(o);
    staff.signIn(Staff);
    Browser admin(o);
    admin.signIn(Admin);
    REQUIRE(postCall(staff, QStringLiteral("ctr-a"), QStringLiteral("C1")).status == 303);
    deliver(o, inst, QStringLiteral("ctr-a"));
    // Sessions are idle-limited: sign in again after the lecture's hours.
    staff.signIn(Staff);
    admin.signIn(Admin);

    // C2: the page asks about the lecture; "no" holds the contract.
    const WebResponse c2 = staff.get(QStringLiteral("/console/call?contract=ctr-a&stage=C2"));
    CHECK(c2.contains(questionText("c2-length")));
    CHECK(c2.contains(QStringLiteral("name=\"lecture\"")));
    CHECK_FALSE(c2.contains(QStringLiteral("name=\"used\"")));
    Answers lecture;
    lecture.lecture = QStringLiteral("no");
    REQUIRE(postCall(staff, QStringLiteral("ctr-a"), QStringLiteral("C2"), lecture).status == 303);
    CHECK(onHold(o, QStringLiteral("ctr-a")));
    CHECK(table(staff.get(QStringLiteral("/console/queue")), "held")
              .contains(QStringLiteral("レクチャーが基準どおりではなかった（D1・D2）")));
    REQUIRE(resolve(admin, QStringLiteral("ctr-a"), QStringLiteral("再レクチャーを実施")).status == 303);
    REQUIRE(postCall(staff, QStringLiteral("ctr-a"), QStringLiteral("C2")).status == 303);
    CHECK(stageOf(o, QStringLiteral("ctr-a")) == contractStageName(ContractStage::C2Cleared));

    confirmUsage(o, QStringLiteral("ctr-a"));
    staff.signIn(Staff);
    admin.signIn(Admin);
    CHECK(rowsOf(table(staff.get(QStringLiteral("/console/queue")), "due")) == QStringList {QStringLiteral("ctr-a")});

    // The installer, now on the confirmation team, may not inspect their own delivery (M2).
    o.changeRole(Installer, QStringLiteral("confirmation_staff"));
    REQUIRE(console::ConsoleAuth(*o.service).setPassword(Installer, Password) == console::PasswordError::None);
    Browser installer(o);
    installer.signIn(Installer);
    const qint64 before = o.events();
    const WebResponse refused = postCall(installer, QStringLiteral("ctr-a"), QStringLiteral("C3"));
    CHECK(refused.status == 403);
    CHECK(refused.contains(
        QStringLiteral("あなたはこの契約の納品担当です。C3の検収コールは納品担当以外の者が行います（M2）。")));
    CHECK(o.events() == before);

    // C3: "not used" holds the contract; resolved, a clean C3 clears it.
    const WebResponse c3 = staff.get(QStringLiteral("/console/call?contract=ctr-a&stage=C3"));
    CHECK(c3.contains(questionText("c3-used")));
    CHECK(c3.contains(QStringLiteral("name=\"used\"")));
    Answers unused;
    unused.used = QStringLiteral("no");
    REQUIRE(postCall(staff, QStringLiteral("ctr-a"), QStringLiteral("C3"), unused).status == 303);
    CHECK(onHold(o, QStringLiteral("ctr-a")));
    CHECK(admin.get(QStringLiteral("/console/hold?contract=ctr-a"))
              .contains(QStringLiteral("商品が利用されていない（D3）")));
    REQUIRE(resolve(admin, QStringLiteral("ctr-a"), QStringLiteral("利用状況を再確認")).status == 303);
    REQUIRE(postCall(staff, QStringLiteral("ctr-a"), QStringLiteral("C3")).status == 303);
    CHECK(stageOf(o, QStringLiteral("ctr-a")) == contractStageName(ContractStage::C3Cleared));
    const auto state = o.service->aggregate(QStringLiteral("ctr-a"))->state;
    CHECK(state.value(QStringLiteral("c1Clean")).toInteger() == 1);
    CHECK(state.value(QStringLiteral("c2Clean")).toInteger() == 1);
    CHECK(state.value(QStringLiteral("c3Clean")).toInteger() == 1);
    CHECK(state.value(QStringLiteral("holds")).toInteger() == 2);
    CHECK(rowsOf(table(staff.get(QStringLiteral("/console/queue")), "due")).isEmpty());
}

TEST_CASE("M2 console: a call that does not reach the customer is recorded and keeps the contract due",
    "[console][calls][M2]")
{
    ConsoleOffice o;
    Tablet rep(o, Rep);
    contractOf(rep, QStringLiteral("a"), QStringLiteral("青木商店"), QStringLiteral("03-1234-5678"));
    Browser b(o);
    b.signIn(Staff);
    Answers none;
    none.reached = QStringLiteral("no");
    none.note = QStringLiteral("留守番電話");
    const WebResponse r = postCall(b, QStringLiteral("ctr-a"), QStringLiteral("C1"), none);
    REQUIRE(r.status == 303);
    CHECK(stageOf(o, QStringLiteral("ctr-a")) == contractStageName(ContractStage::Contracted));
    CHECK_FALSE(onHold(o, QStringLiteral("ctr-a")));
    const auto calls = callsOf(o, QStringLiteral("ctr-a"));
    REQUIRE(calls.size() == 1);
    CHECK(calls[0].event.payload.value(QStringLiteral("reached")).toInteger() == 0);
    CHECK(calls[0].event.payload.value(QStringLiteral("note")).toString() == QStringLiteral("留守番電話"));

    const WebResponse queue = b.get(r.location());
    CHECK(queue.contains(QStringLiteral("ctr-aのお客様とは話せなかったため、一覧に残しています。")));
    const QString due = table(queue, "due");
    CHECK(rowsOf(due) == QStringList {QStringLiteral("ctr-a")});
    CHECK(due.contains(QStringLiteral("data-label=\"不通\">1 ")));
    console::ConsoleService service(*o.service);
    REQUIRE(service.queue().due.size() == 1);
    CHECK(service.queue().due[0].attempts == 1);
    CHECK(b.get(QStringLiteral("/console/call?contract=ctr-a&stage=C1")).contains(QStringLiteral("留守番電話")));
    // Reached the next time, clean: C1 is cleared.
    CHECK(postCall(b, QStringLiteral("ctr-a"), QStringLiteral("C1")).status == 303);
    CHECK(stageOf(o, QStringLiteral("ctr-a")) == contractStageName(ContractStage::C1Cleared));
}

TEST_CASE("console call and hold forms: malformed fields are 400 with a clear message and nothing is recorded",
    "[console][calls][validation]")
{
    ConsoleOffice o;
    Tablet rep(o, Rep);
    contractOf(rep, QStringLiteral("a"), QStringLiteral("青木商店"), QStringLiteral("03-1234-5678"));
    Browser b(o);
    b.signIn(Admin);
    const qint64 before = o.events();
    auto post = [&](Fields f) {
        f.prepend({QStringLiteral("csrf"), b.csrf()});
        return b.post(QStringLiteral("/console/call"), f);
    };
    const Fields good {{QStringLiteral("contract"), QStringLiteral("ctr-a")},
        {QStringLiteral("stage"), QStringLiteral("C1")}, {QStringLiteral("reached"), QStringLiteral("yes")},
        {QStringLiteral("guarantee"), QStringLiteral("no")}, {QStringLiteral("conduct"), QStringLiteral("yes")},
        {QStringLiteral("note"), QString()}};
    auto without = [&](const char *name) {
        Fields f;
        for (const auto &p : good)
            if (p.first != QLatin1String(name))
                f.append(p);
        return f;
    };
    auto with = [&](const char *name, const QString &value) {
        Fields f = without(name);
        f.append({QLatin1String(name), value});
        return f;
    };

    WebResponse r = post(without("stage"));
    CHECK(r.status == 400);
    CHECK(r.contains(QStringLiteral("「コールの段階」を入力してください。")));
    r = post(with("stage", QStringLiteral("C9")));
    CHECK(r.status == 400);
    CHECK(r.contains(QStringLiteral("「コールの段階」の値が正しくありません。")));
    r = post(with("contract", QStringLiteral("ctr-none")));
    CHECK(r.status == 400);
    CHECK(r.contains(QStringLiteral("契約「ctr-none」は見つかりません。")));
    r = post(without("contract"));
    CHECK(r.status == 400);
    r = post(with("note", QString(console::MaxNoteLength + 1, QChar(u'長'))));
    INFO(r.text().toStdString());
    CHECK(r.status == 400);
    CHECK(r.contains(QStringLiteral("「メモ」が長すぎます。2000文字以内で入力してください。")));
    r = post(without("reached"));
    CHECK(r.status == 400);
    CHECK(r.contains(QStringLiteral("「お客様と話せたかどうか」を入力してください。")));
    r = post(without("guarantee"));
    CHECK(r.status == 400);
    CHECK(r.contains(QStringLiteral("「成果の保証があったかどうか」を入力してください。")));
    r = post(with("conduct", QStringLiteral("maybe")));
    CHECK(r.status == 400);
    // The refused form keeps what was typed.
    r = post(with("note", QString(console::MaxNoteLength + 1, QLatin1Char('x'))));
    CHECK(r.contains(QStringLiteral("value=\"yes\" checked")));
    // A stage the contract is not at: core refuses the call as out of order.
    Fields c2 = with("stage", QStringLiteral("C2"));
    c2.append({QStringLiteral("lecture"), QStringLiteral("yes")});
    r = post(c2);
    CHECK(r.status == 409);
    CHECK(r.contains(QStringLiteral("この契約は現在、C2コールの対象ではありません。")));
    // A duplicate field is no form.
    Fields twice = good;
    twice.append({QStringLiteral("stage"), QStringLiteral("C3")});
    CHECK(post(twice).status == 400);

    // Hold resolution: a resolution is needed, and a hold to resolve.
    auto postHold = [&](const Fields &f) {
        Fields all = f;
        all.prepend({QStringLiteral("csrf"), b.csrf()});
        return b.post(QStringLiteral("/console/hold"), all);
    };
    r = postHold(
        {{QStringLiteral("contract"), QStringLiteral("ctr-a")}, {QStringLiteral("resolution"), QStringLiteral("ok")}});
    CHECK(r.status == 409);
    CHECK(r.contains(QStringLiteral("この契約は保留中ではありません。")));
    r = postHold(
        {{QStringLiteral("contract"), QStringLiteral("ctr-a")}, {QStringLiteral("resolution"), QStringLiteral("   ")}});
    CHECK(r.status == 400);
    CHECK(r.contains(QStringLiteral("「対応内容」を入力してください。")));
    r = postHold({{QStringLiteral("contract"), QStringLiteral("ctr-none")},
        {QStringLiteral("resolution"), QStringLiteral("x")}});
    CHECK(r.status == 400);
    CHECK(o.events() == before);
    CHECK(b.get(QStringLiteral("/console/call?contract=ctr-none&stage=C1")).status == 404);
    CHECK(b.get(QStringLiteral("/console/call?contract=ctr-a&stage=C7")).status == 400);

    // The longest note is accepted.
    r = post(with("note", QString(console::MaxNoteLength, QChar(u'長'))));
    CHECK(r.status == 303);
    CHECK(o.events() == before + 1);
}

TEST_CASE("console call page: the script of the contract's content pack for the stage, in the request's language",
    "[console][calls][i18n]")
{
    ConsoleOffice o;
    Tablet rep(o, Rep);
    contractOf(rep, QStringLiteral("a"), QStringLiteral("青木商店"), QStringLiteral("03-1234-5678"));
    Browser b(o);
    b.signIn(Staff);
    const WebResponse ja = b.get(QStringLiteral("/console/call?contract=ctr-a&stage=C1"));
    for (const CallQuestion &q : crmPack().callScript) {
        INFO(q.id.toStdString());
        CHECK(ja.contains(q.text.ja) == (q.stage == QLatin1String("C1")));
    }
    b.get(QStringLiteral("/console/language?to=en&back=%2Fconsole%2Fqueue"));
    const WebResponse en = b.get(QStringLiteral("/console/call?contract=ctr-a&stage=C1"));
    CHECK(en.contains(QStringLiteral("Call script")));
    CHECK(en.contains(questionText("c1-guarantee", QStringLiteral("en"))
                          .toHtmlEscaped()
                          .replace(QLatin1Char('\''), QStringLiteral("&#39;"))));
    CHECK(en.contains(QStringLiteral("Did you reach the customer?")));
    // A stage the contract is not at: the script is shown, no form.
    const WebResponse c3 = b.get(QStringLiteral("/console/call?contract=ctr-a&stage=C3"));
    CHECK(c3.status == 200);
    CHECK(c3.contains(QStringLiteral("This contract is not due for a C3 call now.")));
    CHECK_FALSE(c3.contains(QStringLiteral("action=\"/console/call\"")));
}

// Not run by ctest: writes every page (Japanese and English) as HTML with the style sheet inlined, for looking at
// them in a browser. KAKUNIN_CONSOLE_SHOTS=DIR test_console_embedded "[.shots]"
TEST_CASE("console pages for screenshots", "[.shots]")
{
    const QString dir = qEnvironmentVariable("KAKUNIN_CONSOLE_SHOTS");
    REQUIRE_FALSE(dir.isEmpty());
    QDir().mkpath(dir);
    ConsoleOffice o;
    Tablet rep(o, Rep);
    Tablet inst(o, Installer);
    contractOf(rep, QStringLiteral("a"), QStringLiteral("青木商店"), QStringLiteral("03-1234-5678"));
    o.advance(5 * 3'600'000);
    contractOf(rep, QStringLiteral("b"), QStringLiteral("株式会社 馬場デザイン事務所"), QStringLiteral("045-987-6543"));
    o.advance(3'600'000);
    contractOf(rep, QStringLiteral("c"), QStringLiteral("千葉工務店"), QStringLiteral("0120-111-222"));
    contractOf(rep, QStringLiteral("d"), QStringLiteral("大和屋"), QStringLiteral("06-1111-2222"));
    REQUIRE(o.service
                ->recordHeadOfficeEvents(
                    Staff, {EventDraft {EventType::CallRecorded, QStringLiteral("ctr-c"), Staff, cleanCall("C1")}})
                .ok());
    deliver(o, inst, QStringLiteral("ctr-c"));
    o.advance(26 * 3'600'000);
    Browser staff(o);
    staff.signIn(Staff);
    Answers problem;
    problem.guarantee = QStringLiteral("yes");
    problem.note = QStringLiteral("「半年で売上が倍になる」と言われたとのこと。");
    REQUIRE(postCall(staff, QStringLiteral("ctr-d"), QStringLiteral("C1"), problem).status == 303);
    Answers none;
    none.reached = QStringLiteral("no");
    none.note = QStringLiteral("留守番電話。夕方に再度");
    REQUIRE(postCall(staff, QStringLiteral("ctr-b"), QStringLiteral("C1"), none).status == 303);
    Browser admin(o);
    admin.signIn(Admin);
    Browser auditor(o);
    auditor.signIn(Auditor);
    Browser anonymous(o);

    const QByteArray css = staff.get(QStringLiteral("/console/static/console.css")).body;
    auto save = [&](const QString &name, const WebResponse &r) {
        QByteArray html = r.body;
        html.replace("<link rel=\"stylesheet\" href=\"/console/static/console.css\">", "<style>\n" + css + "</style>");
        test::writeFile(QDir(dir).filePath(name + QStringLiteral(".html")), html);
    };
    for (const char *lang : {"ja", "en"}) {
        for (Browser *b : {&staff, &admin, &auditor, &anonymous})
            b->cookies.insert(QStringLiteral("__Host-kakunin_lang"), QLatin1String(lang));
        const QString l = QLatin1String(lang);
        save(QStringLiteral("signin-") + l, anonymous.get(QStringLiteral("/console/sign-in")));
        save(QStringLiteral("signin-failed-") + l, anonymous.trySignIn(Staff, QStringLiteral("wrong password!!")));
        save(QStringLiteral("queue-") + l, staff.get(QStringLiteral("/console/queue")));
        save(QStringLiteral("queue-auditor-") + l, auditor.get(QStringLiteral("/console/queue")));
        save(QStringLiteral("call-") + l, staff.get(QStringLiteral("/console/call?contract=ctr-b&stage=C1")));
        save(QStringLiteral("call-c2-") + l, staff.get(QStringLiteral("/console/call?contract=ctr-c&stage=C2")));
        save(QStringLiteral("call-error-") + l, postCall(staff, QStringLiteral("ctr-a"), QStringLiteral("C1"), [] {
            Answers a;
            a.guarantee.clear();
            return a;
        }()));
        save(QStringLiteral("hold-") + l, admin.get(QStringLiteral("/console/hold?contract=ctr-d")));
        save(QStringLiteral("forbidden-") + l,
            auditor.post(QStringLiteral("/console/call"),
                {{QStringLiteral("csrf"), auditor.csrf()}, {QStringLiteral("contract"), QStringLiteral("ctr-a")}}));
    }
}
