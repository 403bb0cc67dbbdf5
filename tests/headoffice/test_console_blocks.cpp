// Console building blocks (issue 7, docs/console-evidence.md): alerts, the contract view and its start decision,
// CSV export and signatures drawn from strokes — against head office's real stores (embedded and PostgreSQL),
// fed by real signed tablet chains pushed over loopback TLS.
#include "test_console_blocks_journey.h"

#include <console/alerts.h>
#include <console/contractview.h>
#include <console/csvexport.h>
#include <console/signaturesvg.h>

#include <catch2/catch.hpp>

#include <core/canonicaljson.h>
#include <core/domain/eventcatalog.h>
#include <core/domain/lifecycle.h>

#ifdef KAKUNIN_CONSOLE_TEST_EVIDENCE
#include <evidence/strokerenderer.h>
#endif

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

using namespace kakunin;
using namespace kakunin::hqtest;
using namespace kakunin::hqtest::blocks;
using namespace kakunin::hq::console;
using kakunin::hq::StoredEvent;

namespace {

const QTimeZone Tokyo("Asia/Tokyo");

// Moves every clock to a local time in Japan (April 2026).
void advanceTo(Harness &h, int day, int hour, int minute)
{
    const qint64 target = QDateTime(QDate(2026, 4, day), QTime(hour, minute), Tokyo).toMSecsSinceEpoch();
    REQUIRE(target >= h.clock.utcMs());
    h.advance(target - h.clock.utcMs());
}

QList<Alert> alertsOf(const QList<Alert> &all, AlertKind kind)
{
    QList<Alert> out;
    for (const Alert &a : all)
        if (a.kind == kind)
            out.append(a);
    return out;
}

QList<Alert> scan(Harness &h)
{
    return AlertScanner(*h.service, h.clock).scan();
}

StoredEvent storedOf(Harness &h, const QString &aggregate, const QString &type, int nth = 0)
{
    int seen = 0;
    for (const StoredEvent &s : h.service->eventsOfAggregate(aggregate))
        if (s.event.type == type && seen++ == nth)
            return s;
    FAIL("no " << type.toStdString() << " #" << nth << " in " << aggregate.toStdString());
    return {};
}

// RFC 4180, records ending in CRLF; `ok` turns false on a bare CR or LF outside quotes or a stray quote.
QList<QStringList> parseCsv(const QString &text, bool *ok)
{
    *ok = true;
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false, inField = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (inField && !field.isEmpty())
                *ok = false;
            quoted = true;
            inField = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
            inField = false;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n'))
                *ok = false;
            ++i;
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            inField = false;
        } else if (c == QLatin1Char('\n')) {
            *ok = false;
        } else {
            field += c;
            inField = true;
        }
    }
    if (quoted || inField || !record.isEmpty())
        *ok = false; // the last record must end with CRLF
    return records;
}

struct Csv {
    QStringList header;
    QList<QStringList> rows;
    QString column(int row, const QString &id) const { return rows.at(row).value(header.indexOf(id)); }
    int rowOf(const QString &id, const QString &value) const
    {
        for (int i = 0; i < rows.size(); ++i)
            if (column(i, id) == value)
                return i;
        return -1;
    }
};

Csv readCsv(const QByteArray &bytes)
{
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF")); // the BOM first: Excel in Japan opens it as UTF-8
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(bytes.mid(3));
    REQUIRE_FALSE(utf8.hasError());
    bool ok = false;
    const QList<QStringList> records = parseCsv(text, &ok);
    REQUIRE(ok);
    REQUIRE_FALSE(records.isEmpty());
    Csv csv {records.first(), records.mid(1)};
    for (const QStringList &r : csv.rows)
        REQUIRE(r.size() == csv.header.size());
    return csv;
}

} // namespace

// ---- alerts

TEST_CASE("S2 alerts: visits outside the allowed hours, over the maximum length, and without an appointment",
    "[console][alerts][S2]")
{
    Office o;
    Tablet rep(o, Rep);
    const QString cust = QStringLiteral("cust-s2");
    registerCustomer(rep, cust, QStringLiteral("髙橋 一郎"));
    visit(rep, cust, QStringLiteral("v1"), 130); // 10:01–12:11: over the 120-minute maximum
    advanceTo(o, 1, 19, 30);
    visit(rep, cust, QStringLiteral("v2"), 30); // 19:31 without a reason
    advanceTo(o, 2, 20, 0);
    visit(rep, cust, QStringLiteral("v3"), 20, QStringLiteral("customer_requested_time"));
    advanceTo(o, 3, 17, 29);
    visit(rep, cust, QStringLiteral("v4"), 50); // 17:30–18:20: runs past the end of the allowed hours
    advanceTo(o, 4, 10, 0);
    visit(rep, cust, QStringLiteral("v5"), 60); // as it should be
    // A visit citing no appointment recorded beforehand (押しかけ).
    rep.record(EventType::VisitStarted, cust,
        {{QStringLiteral("visitId"), QStringLiteral("v6")}, {QStringLiteral("appointmentId"), QStringLiteral("ap-x")},
            {QStringLiteral("outOfHoursReason"), QStringLiteral("none")}});
    o.advance(10 * MsPerMinute);
    rep.record(EventType::VisitEnded, cust,
        {{QStringLiteral("visitId"), QStringLiteral("v6")}, {QStringLiteral("elapsedMinutes"), 10}});
    sync(rep);

    const QList<Alert> all = scan(o);
    for (const Alert &a : all) {
        CHECK(a.rule == QStringLiteral("S2"));
        CHECK(a.customerId == cust);
        CHECK(a.rep == Rep);
        CHECK(a.contractId.isEmpty());
    }
    REQUIRE(all.size() == 5);
    for (int i = 1; i < all.size(); ++i)
        CHECK(all[i - 1].at >= all[i].at); // newest first

    const auto over = alertsOf(all, AlertKind::VisitOverLength);
    REQUIRE(over.size() == 1);
    CHECK(over[0].code == QStringLiteral("max_length_exceeded"));
    CHECK(over[0].facts.value(QStringLiteral("elapsedMinutes")) == 130);
    CHECK(over[0].facts.value(QStringLiteral("reportedMinutes")) == 130);
    CHECK(over[0].facts.value(QStringLiteral("maxVisitMinutes")) == 120);
    CHECK(over[0].facts.value(QStringLiteral("overMinutes")) == 10);
    CHECK(over[0].facts.value(QStringLiteral("wallClockFallback")) == 0);
    CHECK(over[0].eventId == storedOf(o, cust, EventType::VisitEnded, 0).event.id);

    const auto outside = alertsOf(all, AlertKind::VisitOutsideHours);
    REQUIRE(outside.size() == 3);
    QMap<QString, Alert> byCode;
    for (const Alert &a : outside)
        byCode.insert(a.code, a);
    REQUIRE(byCode.keys()
        == QStringList {QStringLiteral("customer_requested_time"), QStringLiteral("outside_allowed_hours"),
            QStringLiteral("past_allowed_hours")});
    const Alert &v2 = byCode.value(QStringLiteral("outside_allowed_hours"));
    CHECK(v2.facts.value(QStringLiteral("startMinuteOfDay")) == 19 * 60 + 31);
    CHECK(v2.facts.value(QStringLiteral("allowedStartMinute")) == 9 * 60);
    CHECK(v2.facts.value(QStringLiteral("allowedEndMinute")) == 18 * 60);
    CHECK(v2.eventId == storedOf(o, cust, EventType::VisitStarted, 1).event.id);
    CHECK(byCode.value(QStringLiteral("past_allowed_hours")).facts.value(QStringLiteral("endMinuteOfDay"))
        == 18 * 60 + 20);

    const auto unannounced = alertsOf(all, AlertKind::VisitUnannounced);
    REQUIRE(unannounced.size() == 1);
    CHECK(unannounced[0].code == QStringLiteral("no_appointment"));
    CHECK(unannounced[0].facts.value(QStringLiteral("appointmentAt")) == 0);

    // A stricter policy makes head office see more: the scan reads the current policy.
    Policy strict = o.service->currentPolicy();
    strict.version = 2;
    strict.maxVisitMinutes = 55;
    REQUIRE(o.service->publishPolicy(Admin, strict).ok());
    CHECK(alertsOf(scan(o), AlertKind::VisitOverLength).size() == 2); // v1 (130 min) and v5 (60 min)
}

TEST_CASE("S2 alerts from the tablet's own flag, and a visit timed across a reboot on the wall clock",
    "[console][alerts][S2]")
{
    Office o;
    Tablet rep(o, Rep);
    const QString cust = QStringLiteral("cust-s2b");
    registerCustomer(rep, cust, QStringLiteral("髙橋 一郎"));
    // Still going: the tablet flagged it past the maximum; no end has reached head office yet.
    rep.record(EventType::AppointmentRecorded, cust,
        {{QStringLiteral("appointmentId"), QStringLiteral("ap-7")}, {QStringLiteral("scheduledAt"), o.clock.utcMs()}});
    rep.record(EventType::VisitStarted, cust,
        {{QStringLiteral("visitId"), QStringLiteral("v7")}, {QStringLiteral("appointmentId"), QStringLiteral("ap-7")},
            {QStringLiteral("outOfHoursReason"), QStringLiteral("none")}});
    o.advance(121 * MsPerMinute);
    const Event flagged = rep.record(EventType::VisitFlagged, cust,
        {{QStringLiteral("visitId"), QStringLiteral("v7")},
            {QStringLiteral("flag"), QStringLiteral("max_length_exceeded")}, {QStringLiteral("elapsedMinutes"), 121}});
    // The tablet restarts in the middle of the next visit: its monotonic clock starts again from zero, so head
    // office times the visit on the wall clock, as core's VisitConduct does.
    rep.record(EventType::AppointmentRecorded, cust,
        {{QStringLiteral("appointmentId"), QStringLiteral("ap-8")}, {QStringLiteral("scheduledAt"), o.clock.utcMs()}});
    rep.record(EventType::VisitStarted, cust,
        {{QStringLiteral("visitId"), QStringLiteral("v8")}, {QStringLiteral("appointmentId"), QStringLiteral("ap-8")},
            {QStringLiteral("outOfHoursReason"), QStringLiteral("none")}});
    o.advance(30 * MsPerMinute);
    rep.temp.clock.reboot(QStringLiteral("boot-2"));
    o.advance(100 * MsPerMinute);
    const Event ended = rep.record(EventType::VisitEnded, cust,
        {{QStringLiteral("visitId"), QStringLiteral("v8")}, {QStringLiteral("elapsedMinutes"), 100}});
    sync(rep);

    const auto over = alertsOf(scan(o), AlertKind::VisitOverLength);
    REQUIRE(over.size() == 2);
    const Alert &rebooted = over[0]; // newest first
    CHECK(rebooted.eventId == ended.id);
    CHECK(rebooted.facts.value(QStringLiteral("elapsedMinutes")) == 130);
    CHECK(rebooted.facts.value(QStringLiteral("reportedMinutes")) == 100);
    CHECK(rebooted.facts.value(QStringLiteral("wallClockFallback")) == 1);
    const Alert &open = over[1];
    CHECK(open.eventId == flagged.id);
    CHECK(open.facts.value(QStringLiteral("elapsedMinutes")) == 121);
    CHECK(open.facts.value(QStringLiteral("overMinutes")) == 1);
    CHECK(alertsOf(scan(o), AlertKind::VisitOutsideHours).isEmpty());
}

TEST_CASE("P2 alert: a prospect screened again after a refusal", "[console][alerts][P2]")
{
    Office o;
    Tablet rep(o, Rep);
    registerCustomer(rep, QStringLiteral("cust-retry"), QStringLiteral("兼業 次郎"), QStringLiteral("次郎商店"),
        QStringLiteral("refused"));
    registerCustomer(rep, QStringLiteral("cust-refused"), QStringLiteral("断念 三郎"), QStringLiteral("三郎商店"),
        QStringLiteral("refused"));
    registerCustomer(rep, QStringLiteral("cust-fine"), QStringLiteral("順調 四郎"));
    o.advance(MsPerDay);
    // The same prospect, screened again the next day: now "allowed".
    const Event retry = rep.record(EventType::ScreeningRecorded, QStringLiteral("cust-retry"),
        {{QStringLiteral("outcome"), QStringLiteral("allowed")}, {QStringLiteral("refusals"), QString()},
            {QStringLiteral("conditions"), QString()}, {QStringLiteral("age"), 52}, {QStringLiteral("itLiteracy"), 3},
            {QStringLiteral("policyVersion"), 1}, {QStringLiteral("successorPresent"), 0},
            {QStringLiteral("fullTimeDeclared"), 1}});
    sync(rep);

    const auto alerts = scan(o);
    REQUIRE(alerts.size() == 1);
    const Alert &a = alerts.first();
    CHECK(a.kind == AlertKind::ScreeningRetried);
    CHECK(alertKindName(a.kind) == QStringLiteral("screening_retried"));
    CHECK(a.rule == QStringLiteral("P2"));
    CHECK(a.customerId == QStringLiteral("cust-retry"));
    CHECK(a.rep == Rep);
    CHECK(a.code == QStringLiteral("allowed"));
    CHECK(a.detail == QStringLiteral("side_business_without_declaration"));
    CHECK(a.eventId == retry.id);
    CHECK(a.at == retry.at);
    CHECK(a.facts.value(QStringLiteral("screenings")) == 2);
    CHECK(a.facts.value(QStringLiteral("refusals")) == 1);
    CHECK(a.facts.value(QStringLiteral("firstRefusedAt"))
        == storedOf(o, QStringLiteral("cust-retry"), EventType::ScreeningRecorded).event.at);
}

TEST_CASE("D1 alert: a lecture signed off within minutes of the minimum", "[console][alerts][D1]")
{
    Office o;
    Tablet rep(o, Rep);
    Tablet inst(o, Installer);
    toDelivered(o, rep, inst, QStringLiteral("cust-1"), QStringLiteral("ctr-near"), 185);
    toDelivered(o, rep, inst, QStringLiteral("cust-2"), QStringLiteral("ctr-ok"), 240);

    const auto near = alertsOf(scan(o), AlertKind::LectureNearMinimum);
    REQUIRE(near.size() == 1);
    const Alert &a = near.first();
    CHECK(a.rule == QStringLiteral("D1"));
    CHECK(a.contractId == QStringLiteral("ctr-near"));
    CHECK(a.customerId == QStringLiteral("cust-1"));
    CHECK(a.rep == Rep);
    CHECK(a.installer == Installer);
    CHECK(a.actor == Installer);
    const StoredEvent signedOff = storedOf(o, QStringLiteral("ctr-near"), EventType::DeliverySigned);
    CHECK(a.eventId == signedOff.event.id);
    CHECK(a.at == signedOff.event.at);
    CHECK(a.facts.value(QStringLiteral("runningMinutes")) == 185); // the 20-minute pause does not count
    CHECK(a.facts.value(QStringLiteral("runningMs")) == 185 * MsPerMinute);
    CHECK(a.facts.value(QStringLiteral("minimumMinutes")) == 180);
    CHECK(a.facts.value(QStringLiteral("marginMinutes")) == 5);
    CHECK(a.facts.value(QStringLiteral("thresholdMinutes")) == 15);

    // The threshold is an option: at 3 minutes, 5 above the minimum is no longer "near".
    AlertOptions tight;
    tight.lectureNearMinimumMinutes = 3;
    CHECK(alertsOf(AlertScanner(*o.service, o.clock, tight).scan(), AlertKind::LectureNearMinimum).isEmpty());
}

TEST_CASE("P3 alert: a cancellation inside the cooling-off period, not one after it", "[console][alerts][P3]")
{
    Office o;
    Tablet rep(o, Rep);
    registerCustomer(rep, QStringLiteral("cust-a"), QStringLiteral("髙橋 一郎"));
    walkthrough(rep, QStringLiteral("cust-a"), QStringLiteral("ctr-a"));
    registerCustomer(rep, QStringLiteral("cust-b"), QStringLiteral("馬場 花子"));
    walkthrough(rep, QStringLiteral("cust-b"), QStringLiteral("ctr-b"));
    sync(rep);
    o.advance(3 * MsPerDay);
    const Event early = recordSigned(rep, EventType::ContractCancelled, QStringLiteral("ctr-a"),
        {{QStringLiteral("reason"), QStringLiteral("家族と相談した結果")}}, sampleStrokes(4),
        QStringLiteral("髙橋 一郎"));
    o.advance(7 * MsPerDay);
    recordSigned(
        rep, EventType::ContractCancelled, QStringLiteral("ctr-b"), {}, sampleStrokes(5), QStringLiteral("馬場 花子"));
    sync(rep);
    REQUIRE(o.service->aggregate(QStringLiteral("ctr-b"))->state.value(QStringLiteral("cancellation")).toString()
        == QStringLiteral("free_no_cost"));

    const auto alerts = alertsOf(scan(o), AlertKind::CoolingOffCancellation);
    REQUIRE(alerts.size() == 1);
    const Alert &a = alerts.first();
    CHECK(a.rule == QStringLiteral("P3"));
    CHECK(a.contractId == QStringLiteral("ctr-a"));
    CHECK(a.rep == Rep);
    CHECK(a.eventId == early.id);
    CHECK(a.at == early.at);
    CHECK(a.facts.value(QStringLiteral("dayOfPeriod")) == 4); // the contract day is day 1
    CHECK(a.facts.value(QStringLiteral("coolingOffDays")) == 8);
    CHECK(a.facts.value(QStringLiteral("cancelledAt")) == early.at);
    const qint64 deadline = a.facts.value(QStringLiteral("coolingOffDeadline"));
    CHECK(QDateTime::fromMSecsSinceEpoch(deadline, Tokyo).toString(Qt::ISODateWithMs)
        == QStringLiteral("2026-04-08T23:59:59.999+09:00"));
}

TEST_CASE("P5 alert: use lapsed after the start until use is reported again", "[console][alerts][P5]")
{
    Office o;
    Tablet rep(o, Rep);
    Tablet inst(o, Installer);
    toDelivered(o, rep, inst, QStringLiteral("cust-1"), QStringLiteral("ctr-1"));
    toStarted(o, QStringLiteral("ctr-1"));
    CHECK(alertsOf(scan(o), AlertKind::UseLapsed).isEmpty());
    const qint64 startedAt = o.clock.utcMs();

    o.advance(31 * MsPerDay);
    const auto lapsed = alertsOf(scan(o), AlertKind::UseLapsed);
    REQUIRE(lapsed.size() == 1);
    const Alert &a = lapsed.first();
    CHECK(a.rule == QStringLiteral("P5"));
    CHECK(a.contractId == QStringLiteral("ctr-1"));
    CHECK(a.installer == Installer);
    CHECK(a.facts.value(QStringLiteral("startedAt")) == startedAt);
    CHECK(a.facts.value(QStringLiteral("lastUsedAt")) == 0);
    CHECK(a.facts.value(QStringLiteral("daysWithoutUse")) == 31);
    CHECK(a.facts.value(QStringLiteral("lapsedUseDays")) == 30);
    CHECK(a.at == startedAt + 30 * MsPerDay);
    CHECK(a.eventId == storedOf(o, QStringLiteral("ctr-1"), EventType::ContractStarted).event.id);

    office(o, Admin, EventType::UsageReported, QStringLiteral("ctr-1"),
        {{QStringLiteral("lastUsedAt"), o.clock.utcMs() - MsPerDay}});
    CHECK(alertsOf(scan(o), AlertKind::UseLapsed).isEmpty());
}

TEST_CASE("P6 alert: a dispute open past its period carries the credit-contract cancellation", "[console][alerts][P6]")
{
    Office o;
    Tablet rep(o, Rep);
    registerCustomer(rep, QStringLiteral("cust-d"), QStringLiteral("髙橋 一郎"));
    walkthrough(rep, QStringLiteral("cust-d"), QStringLiteral("ctr-d"));
    sync(rep);
    const Event opened = office(o, Admin, EventType::DisputeOpened, QStringLiteral("ctr-d"),
        {{QStringLiteral("disputeId"), QStringLiteral("dsp-1")}});
    o.advance(29 * MsPerDay);
    CHECK(alertsOf(scan(o), AlertKind::DisputeOverdue).isEmpty());

    o.advance(2 * MsPerDay);
    const auto overdue = alertsOf(scan(o), AlertKind::DisputeOverdue);
    REQUIRE(overdue.size() == 1);
    const Alert &a = overdue.first();
    CHECK(a.rule == QStringLiteral("P6"));
    CHECK(a.contractId == QStringLiteral("ctr-d"));
    CHECK(a.customerId == QStringLiteral("cust-d"));
    CHECK(a.action == EventType::CreditCancelled);
    CHECK(a.eventId == opened.id);
    CHECK(a.at == opened.at + 30 * MsPerDay);
    CHECK(a.facts.value(QStringLiteral("disputedAt")) == opened.at);
    CHECK(a.facts.value(QStringLiteral("disputeDays")) == 30);
    CHECK(a.facts.value(QStringLiteral("daysOpen")) == 31);

    // The action the alert offers is one head office's rules accept now; once taken, the alert is gone.
    office(o, Admin, a.action, a.contractId);
    CHECK(o.service->aggregate(QStringLiteral("ctr-d"))->state.value(QStringLiteral("stageName")).toString()
        == QStringLiteral("credit_cancelled"));
    CHECK(alertsOf(scan(o), AlertKind::DisputeOverdue).isEmpty());
}

TEST_CASE("D1 alerts carry head office's flags: a refused sign-off and a device clock off", "[console][alerts][D1]")
{
    Office o;
    Tablet rep(o, Rep);
    Tablet inst(o, Installer);
    registerCustomer(rep, QStringLiteral("cust-f"), QStringLiteral("髙橋 一郎"));
    walkthrough(rep, QStringLiteral("cust-f"), QStringLiteral("ctr-f"));
    sync(rep);
    call(o, Caller, QStringLiteral("ctr-f"), QStringLiteral("C1"));
    REQUIRE(o.service->assignInstaller(Admin, QStringLiteral("ctr-f"), Installer).ok());
    lecture(inst, QStringLiteral("ctr-f"), 90); // half the minimum: stored, refused by the rules, flagged
    sync(inst);
    FakeDevice skewed(o, Rep2);
    const Response r = skewed.push({skewed.customer(QStringLiteral("cust-z"))}, o.clock.utcMs() + 10 * MsPerMinute);
    REQUIRE(r.status == 200);

    const auto all = scan(o);
    const auto refused = alertsOf(all, AlertKind::RuleRefused);
    REQUIRE(refused.size() == 1);
    CHECK(refused[0].code == QStringLiteral("lecture_below_minimum"));
    CHECK(refused[0].detail == EventType::DeliverySigned);
    CHECK(refused[0].rule == QStringLiteral("D1,D2,M1"));
    CHECK(refused[0].contractId == QStringLiteral("ctr-f"));
    CHECK(refused[0].customerId == QStringLiteral("cust-f"));
    CHECK(refused[0].rep == Rep);
    CHECK(refused[0].installer == Installer);
    CHECK(refused[0].actor == Installer);
    CHECK(refused[0].device == inst.store->deviceId());
    CHECK(refused[0].eventId == storedOf(o, QStringLiteral("ctr-f"), EventType::DeliverySigned).event.id);
    CHECK(refused[0].flagId > 0);
    CHECK(alertsOf(all, AlertKind::LectureNearMinimum).isEmpty());

    const auto skew = alertsOf(all, AlertKind::ClockSkew);
    REQUIRE(skew.size() == 1);
    CHECK(skew[0].code == QStringLiteral("clock_skew"));
    CHECK(skew[0].actor == Rep2);
    CHECK(skew[0].device == skewed.id);
    CHECK(skew[0].facts.value(QStringLiteral("skewMs")) == 10 * MsPerMinute);
    CHECK(skew[0].facts.value(QStringLiteral("maxClockSkewMinutes")) == 5);
}

// ---- contract view and the start decision

TEST_CASE("M2 D3 may it start? core names the missing condition at every step", "[console][view][M2][D3]")
{
    Office o;
    Tablet rep(o, Rep);
    Tablet inst(o, Installer);
    const QString ctr = QStringLiteral("ctr-1");
    auto missing = [&] {
        const ContractView v = loadContractView(*o.service, ctr, o.clock);
        REQUIRE(v.found);
        INFO(v.start.code.toStdString() << " / " << v.start.missing.toStdString());
        CHECK(v.start.mayStart == v.start.missing.isEmpty());
        return v.start.missing;
    };

    // A walkthrough still open: core says the items are not all confirmed.
    registerCustomer(rep, QStringLiteral("cust-open"), QStringLiteral("途中 五郎"));
    rep.record(EventType::MattersOpened, QStringLiteral("ctr-open"),
        {{QStringLiteral("customerId"), QStringLiteral("cust-open")},
            {QStringLiteral("productCode"), QStringLiteral("CRM")},
            {QStringLiteral("packId"), QStringLiteral("crm-test")},
            {QStringLiteral("packVersion"), QStringLiteral("2026.1.0")},
            {QStringLiteral("packHash"), PackSpec().packHash}, {QStringLiteral("itemCount"), 3},
            {QStringLiteral("screeningOutcome"), QStringLiteral("allowed")}, {QStringLiteral("successorRequired"), 0},
            {QStringLiteral("approvalId"), QString()}});
    sync(rep);
    const ContractView open = loadContractView(*o.service, QStringLiteral("ctr-open"), o.clock);
    CHECK(open.state.stage == ContractStage::Explaining);
    CHECK(open.start.error == LifecycleError::WrongStage);
    CHECK(open.start.stepError == LifecycleError::MattersOpen);
    CHECK(open.start.missing == QStringLiteral("matters_open"));
    CHECK_FALSE(loadContractView(*o.service, QStringLiteral("ctr-none"), o.clock).found);

    registerCustomer(rep, QStringLiteral("cust-1"), QStringLiteral("髙橋 一郎"));
    walkthrough(rep, QStringLiteral("cust-1"), ctr);
    sync(rep);
    CHECK(missing() == QStringLiteral("call_c1"));
    call(o, Caller, ctr, QStringLiteral("C1"));
    CHECK(missing() == QStringLiteral("delivery"));
    REQUIRE(o.service->assignInstaller(Admin, ctr, Installer).ok());
    lecture(inst, ctr, 190);
    sync(inst);
    CHECK(missing() == QStringLiteral("call_c2"));
    call(o, Caller, ctr, QStringLiteral("C2"));
    CHECK(missing() == QStringLiteral("trial"));
    office(o, Admin, EventType::TrialStarted, ctr);
    {
        const ContractView v = loadContractView(*o.service, ctr, o.clock);
        CHECK(v.start.missing == QStringLiteral("trial_not_elapsed"));
        CHECK(v.start.stepError == LifecycleError::TrialNotElapsed);
        CHECK(v.start.trialEndsAt == o.clock.utcMs() + 14 * MsPerDay);
    }
    o.advance(14 * MsPerDay + MsPerMinute);
    CHECK(missing() == QStringLiteral("usage_confirmation"));
    office(o, Admin, EventType::UsageConfirmed, ctr,
        {{QStringLiteral("used"), 1}, {QStringLiteral("noDefects"), 1}, {QStringLiteral("mayStart"), 1}});
    CHECK(missing() == QStringLiteral("call_c3"));
    // C3 finds the product unused: on hold until resolved, and the call is repeated clean (M2).
    call(o, Caller2, ctr, QStringLiteral("C3"), QStringLiteral("unused"));
    {
        const ContractView v = loadContractView(*o.service, ctr, o.clock);
        CHECK(v.start.error == LifecycleError::OnHold);
        CHECK(v.start.code == QStringLiteral("on_hold"));
        CHECK(v.start.missing == QStringLiteral("on_hold"));
        CHECK(v.state.holdStage == QStringLiteral("C3"));
    }
    office(o, Admin, EventType::HoldResolved, ctr, {{QStringLiteral("resolution"), QStringLiteral("利用を確認")}});
    CHECK(missing() == QStringLiteral("call_c3"));
    call(o, Caller2, ctr, QStringLiteral("C3"));
    CHECK(missing().isEmpty());
    office(o, Admin, EventType::DisputeOpened, ctr, {{QStringLiteral("disputeId"), QStringLiteral("dsp-1")}});
    CHECK(missing() == QStringLiteral("disputed"));
    office(o, Admin, EventType::DisputeResolved, ctr, {{QStringLiteral("resolution"), QStringLiteral("和解")}});
    {
        const ContractView v = loadContractView(*o.service, ctr, o.clock);
        CHECK(v.start.mayStart);
        CHECK(v.start.error == LifecycleError::None);
        CHECK(v.start.code.isEmpty());
        // The page's decision and the server's agree: head office accepts the start now.
        office(o, Admin, EventType::ContractStarted, ctr);
    }
    CHECK(missing() == QStringLiteral("already_started"));

    // The same answers from core's state alone.
    const ContractView started = loadContractView(*o.service, ctr, o.clock);
    CHECK(started.state.stage == ContractStage::Started);
    CHECK(checkStart(started.state, o.clock.utcMs()).missing == QStringLiteral("already_started"));
    ContractState cancelled = started.state;
    cancelled.stage = ContractStage::Cancelled;
    CHECK(checkStart(cancelled, o.clock.utcMs()).missing == QStringLiteral("terminated"));
}

TEST_CASE("M2 contract view: timeline, walkthrough and lecture items with their times, signatures",
    "[console][view][M2][S3][D2]")
{
    Office o;
    Tablet rep(o, Rep);
    Tablet inst(o, Installer);
    const ContentPack pack = shippedPack();
    const PackSpec spec = PackSpec::of(pack);
    REQUIRE(spec.matters.size() == 16);
    toDelivered(o, rep, inst, QStringLiteral("cust-1"), QStringLiteral("ctr-1"), 200, spec);

    const ContractView v = loadContractView(*o.service, QStringLiteral("ctr-1"), o.clock, {pack});
    REQUIRE(v.found);
    CHECK(v.packKnown);
    CHECK(v.state.stage == ContractStage::C2Cleared);
    CHECK(v.state.salesRep == Rep);
    CHECK(v.state.installer == Installer);
    CHECK(v.customer.value(QStringLiteral("name")).toString() == QStringLiteral("髙橋 一郎"));

    // Timeline: the customer's, the contract's and the assignment's events, oldest first, with who, where, when.
    const qint64 expected = o.service->eventsOfAggregate(QStringLiteral("cust-1")).size()
        + o.service->eventsOfAggregate(QStringLiteral("ctr-1")).size()
        + o.service->eventsOfAggregate(QStringLiteral("assignment:ctr-1")).size();
    REQUIRE(v.timeline.size() == expected);
    CHECK(v.timeline.first().type == EventType::CustomerRegistered);
    QSet<QString> officeTypes;
    for (int i = 0; i < v.timeline.size(); ++i) {
        const TimelineRow &r = v.timeline.at(i);
        CHECK(r.receivedAt > 0);
        CHECK(r.ruleCode.isEmpty());
        CHECK_FALSE(r.actor.isEmpty());
        CHECK_FALSE(r.device.isEmpty());
        if (i > 0)
            CHECK(v.timeline.at(i - 1).at <= r.at);
        if (r.headOffice) {
            officeTypes.insert(r.type);
            CHECK(r.device == o.service->identity().deviceId);
        } else {
            CHECK((r.device == rep.store->deviceId() || r.device == inst.store->deviceId()));
        }
    }
    CHECK(officeTypes == QSet<QString> {EventType::CallRecorded, QStringLiteral("assignment.recorded")});

    // S3: every item in the pack's order, with its title, shown then confirmed.
    REQUIRE(v.walkthrough.size() == 16);
    for (int i = 0; i < 16; ++i) {
        const WalkthroughItemRow &w = v.walkthrough.at(i);
        CHECK(w.index == i);
        CHECK(w.itemId == pack.importantMatters.at(i).id);
        CHECK(w.title.ja == pack.importantMatters.at(i).title.ja);
        CHECK(w.shownAt > 0);
        CHECK(w.confirmedAt == w.shownAt + 15'000);
    }
    // D2: the standard checklist, each item taught and understood.
    REQUIRE(v.lecture.size() == spec.lecture.size());
    for (const LectureItemRow &l : v.lecture) {
        CHECK_FALSE(l.categoryId.isEmpty());
        CHECK_FALSE(l.text.ja.isEmpty());
        CHECK(l.taughtAt > 0);
        CHECK(l.understoodAt == l.taughtAt);
    }
    // Signatures: customer and rep for the walkthrough, the customer's delivery confirmation.
    REQUIRE(v.signatures.size() == 3);
    CHECK(v.signatures[0].signer == QStringLiteral("customer"));
    CHECK(v.signatures[0].signerName == QStringLiteral("髙橋 一郎"));
    CHECK(v.signatures[0].seal == QStringLiteral("affixed_on_paper"));
    CHECK(v.signatures[1].signer == QStringLiteral("rep"));
    CHECK(v.signatures[2].type == EventType::DeliverySigned);
    for (const SignatureRow &s : v.signatures) {
        CHECK(s.ruleCode.isEmpty());
        CHECK(s.contentHash.size() == 64);
    }

    // Without the pack at hand the items still come with their ids and times; a pack head office published is
    // found by its hash.
    const ContractView bare = loadContractView(*o.service, QStringLiteral("ctr-1"), o.clock);
    CHECK_FALSE(bare.packKnown);
    REQUIRE(bare.walkthrough.size() == 16);
    CHECK(bare.walkthrough.at(3).itemId == pack.importantMatters.at(3).id);
    CHECK(bare.walkthrough.at(3).title.ja.isEmpty());
    CHECK(bare.lecture.size() == spec.lecture.size());
    QFile f(QStringLiteral(KAKUNIN_TEST_DATA "/../../assets/content/crm-standard.json"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    REQUIRE(o.service->publishContent(Admin, QJsonDocument::fromJson(f.readAll()).object()).ok());
    const ContractView published = loadContractView(*o.service, QStringLiteral("ctr-1"), o.clock);
    CHECK(published.packKnown);
    CHECK(published.walkthrough.at(3).title.en == pack.importantMatters.at(3).title.en);
}

// ---- CSV export

TEST_CASE("CSV export: UTF-8 with BOM, CRLF, RFC 4180 quoting, Japanese text round-trips", "[console][csv][M2]")
{
    Office o;
    Tablet rep(o, Rep);
    const QString name = QStringLiteral("「髙橋」工務店");
    const QString note = QStringLiteral("折り返し希望, \"至急\"\n二行目も確認");
    registerCustomer(rep, QStringLiteral("cust-1"), name, QStringLiteral("=HYPERLINK(\"http://x\")"));
    walkthrough(rep, QStringLiteral("cust-1"), QStringLiteral("ctr-1"));
    registerCustomer(rep, QStringLiteral("cust-2"), QStringLiteral("馬場 花子"));
    walkthrough(rep, QStringLiteral("cust-2"), QStringLiteral("ctr-2"));
    sync(rep);
    o.advance(MsPerDay);
    // C1 of ctr-1 finds a guarantee was mentioned: on hold (S1, M2).
    const Event held
        = call(o, Caller, QStringLiteral("ctr-1"), QStringLiteral("C1"), QStringLiteral("guarantee"), note);
    const Event clean = call(o, Caller2, QStringLiteral("ctr-2"), QStringLiteral("C1"));
    // A contract of the next month and a call outside the range stay out.
    advanceTo(o, 30, 23, 59);
    o.advance(2 * MsPerMinute); // 2026-05-01 00:01 JST
    registerCustomer(rep, QStringLiteral("cust-3"), QStringLiteral("翌月 太郎"));
    walkthrough(rep, QStringLiteral("cust-3"), QStringLiteral("ctr-3"));
    sync(rep);
    call(o, Caller, QStringLiteral("ctr-3"), QStringLiteral("C1"));

    const CsvRange april = csvRangeOfDays(QDate(2026, 4, 1), QDate(2026, 5, 1), Tokyo);
    const CsvExport exporter(*o.service);

    const QByteArray contractsBytes = exporter.contracts(april);
    CHECK(contractsBytes.contains("\r\n"));
    const Csv contracts = readCsv(contractsBytes);
    CHECK(contracts.header == contractCsvColumns());
    REQUIRE(contracts.rows.size() == 2);
    const int row = contracts.rowOf(QStringLiteral("contract_id"), QStringLiteral("ctr-1"));
    REQUIRE(row >= 0);
    CHECK(contracts.column(row, QStringLiteral("customer_name")) == name);
    CHECK(contracts.column(row, QStringLiteral("business")) == QStringLiteral("'=HYPERLINK(\"http://x\")"));
    CHECK(contracts.column(row, QStringLiteral("sales_rep")) == Rep);
    CHECK(contracts.column(row, QStringLiteral("status")) == QStringLiteral("on_hold"));
    CHECK(contracts.column(row, QStringLiteral("on_hold")) == QStringLiteral("1"));
    CHECK(contracts.column(row, QStringLiteral("hold_stage")) == QStringLiteral("C1"));
    CHECK(contracts.column(row, QStringLiteral("stage")) == QStringLiteral("contracted"));
    CHECK(contracts.column(row, QStringLiteral("product")) == QStringLiteral("CRM"));
    CHECK(contracts.column(row, QStringLiteral("contracted_at")).startsWith(QStringLiteral("2026-04-01 10:")));
    CHECK(contracts.column(row, QStringLiteral("cooling_off_deadline")) == QStringLiteral("2026-04-08 23:59:59"));
    CHECK(contracts.column(row, QStringLiteral("started_at")).isEmpty());
    CHECK(contracts.rowOf(QStringLiteral("contract_id"), QStringLiteral("ctr-3")) == -1);

    const Csv calls = readCsv(exporter.calls(april));
    CHECK(calls.header == callCsvColumns());
    REQUIRE(calls.rows.size() == 2);
    const int h = calls.rowOf(QStringLiteral("event_id"), held.id);
    const int c = calls.rowOf(QStringLiteral("event_id"), clean.id);
    REQUIRE(h >= 0);
    REQUIRE(c >= 0);
    CHECK(h < c); // oldest first
    CHECK(calls.column(h, QStringLiteral("note")) == note); // comma, quotes and newline survive
    CHECK(calls.column(h, QStringLiteral("customer_name")) == name);
    CHECK(calls.column(h, QStringLiteral("stage")) == QStringLiteral("C1"));
    CHECK(calls.column(h, QStringLiteral("caller")) == Caller);
    CHECK(calls.column(h, QStringLiteral("reached")) == QStringLiteral("1"));
    CHECK(calls.column(h, QStringLiteral("guarantee_mentioned")) == QStringLiteral("1"));
    CHECK(calls.column(h, QStringLiteral("hold")) == QStringLiteral("1"));
    CHECK(calls.column(c, QStringLiteral("hold")) == QStringLiteral("0"));
    CHECK(calls.column(h, QStringLiteral("at"))
        == QDateTime::fromMSecsSinceEpoch(held.at, Tokyo).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));

    // The range is [from, to) in the zone: May alone holds the third contract and its call.
    const CsvRange may = csvRangeOfDays(QDate(2026, 5, 1), QDate(2026, 6, 1), Tokyo);
    CHECK(readCsv(exporter.contracts(may)).rows.size() == 1);
    CHECK(readCsv(exporter.calls(may)).rows.size() == 1);
    // The same instants in UTC fall on other days: the zone decides.
    const CsvRange aprilUtc = csvRangeOfDays(QDate(2026, 4, 1), QDate(2026, 5, 1), QTimeZone::utc());
    CHECK(readCsv(exporter.calls(aprilUtc)).rows.size() == 3); // 2026-05-01 00:01 JST is April 30 in UTC
}

TEST_CASE("CSV fields: quoting and formula guard", "[console][csv]")
{
    CHECK(csvField(QStringLiteral("plain")) == QStringLiteral("plain"));
    CHECK(csvField(QStringLiteral("a,b")) == QStringLiteral("\"a,b\""));
    CHECK(csvField(QStringLiteral("say \"hi\"")) == QStringLiteral("\"say \"\"hi\"\"\""));
    CHECK(csvField(QStringLiteral("two\r\nlines")) == QStringLiteral("\"two\r\nlines\""));
    CHECK(csvField(QStringLiteral("-5")) == QStringLiteral("-5")); // numbers are not free text
    CHECK(csvField(QStringLiteral("-5"), true) == QStringLiteral("'-5"));
    CHECK(csvField(QStringLiteral("@SUM(A1)"), true) == QStringLiteral("'@SUM(A1)"));
    CHECK(csvField(QStringLiteral("=1,2"), true) == QStringLiteral("\"'=1,2\""));
    CHECK(csvLine({QStringLiteral("a"), QStringLiteral("髙")}) == QByteArray("a,\xE9\xAB\x99\r\n"));
    CHECK(csvTime(0, Tokyo).isEmpty());
}

// ---- signatures from strokes

TEST_CASE("S3 signature SVG drawn from a stored signature event's strokes", "[console][signature][S3]")
{
    Office o;
    Tablet rep(o, Rep);
    registerCustomer(rep, QStringLiteral("cust-1"), QStringLiteral("髙橋 一郎"));
    walkthrough(rep, QStringLiteral("cust-1"), QStringLiteral("ctr-1"));
    sync(rep);
    const Event signedEvent = storedOf(o, QStringLiteral("ctr-1"), EventType::MattersSigned).event;

    SignatureSvgOptions options;
    options.width = 320;
    options.height = 120;
    options.title = QStringLiteral("顧客 <髙橋> & \"一郎\" 's");
    options.cssClass = QStringLiteral("sig");
    const auto svg = signatureSvgOf(*o.service, signedEvent, options);
    REQUIRE(svg.ok());
    const QString &s = svg.value();
    CHECK(s.startsWith(QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\"")));
    CHECK(s.contains(QStringLiteral("width=\"320\" height=\"120\" viewBox=\"0 0 400.00 150.00\"")));
    CHECK(s.contains(QStringLiteral("preserveAspectRatio=\"xMidYMid meet\"")));
    const QString escaped = QStringLiteral("顧客 &lt;髙橋&gt; &amp; &quot;一郎&quot; &#39;s");
    CHECK(s.contains(QStringLiteral("<title>") + escaped + QStringLiteral("</title>")));
    CHECK(s.contains(QStringLiteral("aria-label=\"") + escaped + QLatin1Char('"')));
    CHECK(s.contains(QStringLiteral("class=\"sig\"")));
    CHECK_FALSE(s.contains(QStringLiteral("<髙橋>")));
    CHECK(s.trimmed().endsWith(QStringLiteral("</svg>")));
    // Ink like the tablet's: several paths whose widths follow the pen's speed, within 1–4 px.
    QSet<QString> widths;
    const QRegularExpression width(QStringLiteral("stroke-width=\"([0-9.]+)\""));
    for (auto it = width.globalMatch(s); it.hasNext();) {
        const double w = it.next().captured(1).toDouble();
        CHECK(w >= 0.25);
        CHECK(w <= 4.0);
        widths.insert(QString::number(w));
    }
    CHECK(widths.size() >= 2);

    // KAKUNIN_TEST_KEEP_SVG=/some/dir keeps a page with the signature in its box, for a look in a browser.
    if (const QString keep = qEnvironmentVariable("KAKUNIN_TEST_KEEP_SVG"); !keep.isEmpty()) {
        QFile page(keep + QStringLiteral("/signature.html"));
        REQUIRE(page.open(QIODevice::WriteOnly));
        page.write(QByteArray("<!doctype html><meta charset=\"utf-8\"><body style=\"margin:16px\">"
                              "<div style=\"width:320px;height:120px;border:1px solid #999\">")
            + s.toUtf8() + QByteArray("</div></body>"));
    }

    const auto strokes = signatureStrokesOf(signedEvent, {});
    REQUIRE(strokes.ok());
    CHECK(strokes.value() == sampleStrokes(1));
#ifdef KAKUNIN_CONSOLE_TEST_EVIDENCE
    // The very paths of the tablet's own SVG rendering (app/evidence/strokerenderer.cpp).
    auto inkOf = [](const QString &text) {
        QStringList lines;
        for (const QString &line : text.split(QLatin1Char('\n')))
            if (line.startsWith(QStringLiteral("<path")) || line.startsWith(QStringLiteral("<circle")))
                lines.append(line);
        return lines;
    };
    const QString tablet = QString::fromUtf8(evidence::renderSignatureSvg(strokes.value()));
    CHECK_FALSE(inkOf(tablet).isEmpty());
    CHECK(inkOf(s) == inkOf(tablet));
#endif

    // Without inline strokes the blob head office stores is drawn; what does not add up is refused with a code.
    Event fromBlob = signedEvent;
    fromBlob.payload.remove(QStringLiteral("strokes"));
    CHECK(signatureSvgOf(*o.service, fromBlob, options).value() == s);
    Event missing = fromBlob;
    missing.payload.insert(QStringLiteral("signatureHash"), QString(64, QLatin1Char('e')));
    CHECK(signatureSvgOf(*o.service, missing).error() == SignatureSvgError::StrokesMissing);
    Event other = signedEvent;
    other.payload.insert(QStringLiteral("strokes"), QString::fromLatin1(sampleStrokes(7).encode().toBase64()));
    CHECK(signatureSvgOf(*o.service, other).error() == SignatureSvgError::StrokesMismatch);
    Event garbage = signedEvent;
    const QByteArray junk("not strokes at all");
    garbage.payload.insert(QStringLiteral("strokes"), QString::fromLatin1(junk.toBase64()));
    garbage.payload.insert(QStringLiteral("signatureHash"), sha256Hex(junk));
    CHECK(signatureSvgOf(*o.service, garbage).error() == SignatureSvgError::Malformed);
    CHECK(signatureSvgOf(*o.service, storedOf(o, QStringLiteral("ctr-1"), EventType::MattersOpened).event).error()
        == SignatureSvgError::NotASignature);
    CHECK(
        QLatin1String(signatureSvgErrorName(SignatureSvgError::StrokesMismatch)) == QLatin1String("strokes_mismatch"));
}

TEST_CASE("signature SVG: a dot, an empty pad and text escaping", "[console][signature]")
{
    SignatureStrokes dot;
    dot.width = 1000;
    dot.height = 500;
    dot.strokes.append(Stroke {StrokePoint {500, 250, 0, -1}});
    SignatureSvgOptions natural;
    natural.width = 0; // no box: the pad's own size
    natural.height = 0;
    const QString svg = signatureSvg(dot, natural);
    CHECK(svg.contains(QStringLiteral("width=\"100\" height=\"50\"")));
    CHECK(signatureSvg(dot, {}).contains(QStringLiteral("width=\"360\" height=\"135\""))); // the default box
    CHECK(svg.contains(QStringLiteral("<circle cx=\"50.00\" cy=\"25.00\"")));
    CHECK_FALSE(svg.contains(QStringLiteral("<title>")));
    CHECK(signatureSvg(SignatureStrokes {}, {}).isEmpty());
    CHECK(escapeXml(QStringLiteral("a\x01"
                                   "b\tc\nd<"))
        == QStringLiteral("ab\tc\nd&lt;"));
}
