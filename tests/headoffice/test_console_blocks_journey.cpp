#include "test_console_blocks_journey.h"

#include <catch2/catch.hpp>

#include <protocol/protocol.h>

#include <core/content/contentpackloader.h>
#include <core/domain/eventcatalog.h>
#include <core/domain/lecture.h>
#include <core/domain/policy.h>
#include <core/evidence/signedcontent.h>

#include <cmath>

namespace kakunin::hqtest::blocks {

Office::Office()
{
    user(Rep, QStringLiteral("sales_rep"));
    user(Rep2, QStringLiteral("sales_rep"));
    user(Installer, QStringLiteral("installer"));
    user(Caller, QStringLiteral("head_office"));
    user(Caller2, QStringLiteral("head_office"));
    user(Admin, QStringLiteral("head_office"));
}

SignatureStrokes sampleStrokes(int variant)
{
    SignatureStrokes s;
    s.width = 4000;
    s.height = 1500;
    qint32 t = 0;
    for (int stroke = 0; stroke < 2; ++stroke) {
        Stroke points;
        for (int i = 0; i < 24; ++i) {
            const double x = 300 + stroke * 1700 + i * 60 + variant * 10;
            const double y = 750 + 300 * std::sin(i / 3.0 + stroke) + variant * 5;
            t += 12 + (i % 3) * 4; // uneven speed: the ink width varies along the stroke
            points.append(StrokePoint {static_cast<qint32>(x), static_cast<qint32>(y), t, -1});
        }
        t += 150;
        s.strokes.append(points);
    }
    REQUIRE(s.validate() == SignatureError::None);
    return s;
}

PackSpec PackSpec::of(const ContentPack &pack)
{
    PackSpec p;
    p.packId = pack.id;
    p.packVersion = pack.version;
    p.packHash = pack.hash;
    p.productCode = pack.productCode;
    p.matters.clear();
    for (const ImportantMatter &m : pack.importantMatters)
        p.matters.append(m.id);
    p.lecture.clear();
    for (const LectureItem &i : lectureItems(pack, LectureLevel::Standard))
        p.lecture.append(i.id);
    return p;
}

ContentPack shippedPack()
{
    const auto pack = loadContentPack(QStringLiteral(KAKUNIN_TEST_DATA "/../../assets/content/crm-standard.json"));
    REQUIRE(pack.ok());
    return pack.value();
}

void sync(Tablet &t)
{
    const Headers octets {{"Content-Type", "application/octet-stream"}};
    for (const QString &sha : t.store->unsentBlobs(1000)) {
        const auto bytes = t.store->blob(sha);
        REQUIRE(bytes.has_value());
        const Response r = t.h.send("PUT", protocol::path::blob(sha).toStdString(), bytes.value(), octets, t.token);
        INFO(r.body.toStdString());
        REQUIRE((r.status == 200 || r.status == 201));
        REQUIRE(t.store->markBlobSent(sha) == StoreError::None);
    }
    if (t.store->unsentCount() > 0)
        t.pushOutbox();
}

Event recordSigned(Tablet &t, const QString &type, const QString &contract, QJsonObject payload,
    const SignatureStrokes &strokes, const QString &signerName)
{
    const auto blob = t.store->putBlob(strokes.encode());
    const auto png = t.store->putBlob(QByteArray("\x89PNG rendering of ") + strokes.hash().toLatin1());
    REQUIRE(blob.ok());
    REQUIRE(png.ok());
    payload.insert(QStringLiteral("signatureHash"), blob.value());
    payload.insert(QStringLiteral("strokes"), QString::fromLatin1(strokes.encode().toBase64()));
    payload.insert(QStringLiteral("pngHash"), png.value());
    payload.insert(QStringLiteral("signerName"), signerName);
    return t.record(type, contract, payload);
}

void registerCustomer(
    Tablet &rep, const QString &customer, const QString &name, const QString &business, const QString &outcome)
{
    rep.record(EventType::CustomerRegistered, customer,
        {{QStringLiteral("name"), name}, {QStringLiteral("business"), business},
            {QStringLiteral("phone"), QStringLiteral("03-1234-5678")}});
    const bool refused = outcome == QLatin1String("refused");
    rep.record(EventType::ScreeningRecorded, customer,
        {{QStringLiteral("outcome"), outcome},
            {QStringLiteral("refusals"), refused ? QStringLiteral("side_business_without_declaration") : QString()},
            {QStringLiteral("conditions"), QString()}, {QStringLiteral("age"), 52}, {QStringLiteral("itLiteracy"), 3},
            {QStringLiteral("policyVersion"), 1}, {QStringLiteral("successorPresent"), 0},
            {QStringLiteral("fullTimeDeclared"), refused ? 0 : 1}});
}

void visit(Tablet &rep, const QString &customer, const QString &visitId, int minutes, const QString &outOfHoursReason)
{
    const QString appointment = QStringLiteral("ap-") + visitId;
    rep.record(EventType::AppointmentRecorded, customer,
        {{QStringLiteral("appointmentId"), appointment}, {QStringLiteral("scheduledAt"), rep.h.clock.utcMs()}});
    rep.h.advance(60'000);
    rep.record(EventType::VisitStarted, customer,
        {{QStringLiteral("visitId"), visitId}, {QStringLiteral("appointmentId"), appointment},
            {QStringLiteral("outOfHoursReason"), outOfHoursReason}});
    rep.h.advance(minutes * MsPerMinute);
    rep.record(EventType::VisitEnded, customer,
        {{QStringLiteral("visitId"), visitId}, {QStringLiteral("elapsedMinutes"), minutes}});
}

void walkthrough(Tablet &rep, const QString &customer, const QString &contract, const PackSpec &pack)
{
    rep.record(EventType::MattersOpened, contract,
        {{QStringLiteral("customerId"), customer}, {QStringLiteral("productCode"), pack.productCode},
            {QStringLiteral("packId"), pack.packId}, {QStringLiteral("packVersion"), pack.packVersion},
            {QStringLiteral("packHash"), pack.packHash}, {QStringLiteral("itemCount"), pack.matters.size()},
            {QStringLiteral("screeningOutcome"), QStringLiteral("allowed")}, {QStringLiteral("successorRequired"), 0},
            {QStringLiteral("approvalId"), QString()}});
    for (int i = 0; i < pack.matters.size(); ++i) {
        const QJsonObject item {{QStringLiteral("itemId"), pack.matters.at(i)}, {QStringLiteral("index"), i}};
        rep.h.advance(30'000);
        rep.record(EventType::MattersItemShown, contract, item);
        rep.h.advance(15'000);
        rep.record(EventType::MattersItemConfirmed, contract, item);
    }
    rep.record(EventType::MattersNoGuaranteeAttested, contract, {{QStringLiteral("packHash"), pack.packHash}});
    auto digest
        = [&] { return rep.store->projection(contract)->state.value(QStringLiteral("mattersDigest")).toString(); };
    rep.h.advance(60'000);
    recordSigned(rep, EventType::MattersSigned, contract,
        {{QStringLiteral("signer"), QStringLiteral("customer")}, {QStringLiteral("contentHash"), digest()},
            {QStringLiteral("seal"), QStringLiteral("affixed_on_paper")}},
        sampleStrokes(1), QStringLiteral("髙橋 一郎"));
    rep.h.advance(30'000);
    recordSigned(rep, EventType::MattersSigned, contract,
        {{QStringLiteral("signer"), QStringLiteral("rep")}, {QStringLiteral("contentHash"), digest()},
            {QStringLiteral("seal"), QStringLiteral("none")}},
        sampleStrokes(2), QStringLiteral("営業 太郎"));
    const Policy policy;
    rep.record(EventType::ContractConcluded, contract,
        {{QStringLiteral("policyVersion"), policy.version}, {QStringLiteral("coolingOffDays"), policy.coolingOffDays},
            {QStringLiteral("trialDays"), policy.trialDays(pack.productCode)},
            {QStringLiteral("lectureMinimumMinutes"), policy.lectureMinimumMinutes(pack.productCode)},
            {QStringLiteral("disputeDays"), policy.disputeDays}, {QStringLiteral("timeZone"), policy.timeZone}});
}

Event call(Harness &h, const QString &caller, const QString &contract, const QString &stage, const QString &problem,
    const QString &note)
{
    const QJsonObject payload {{QStringLiteral("stage"), stage}, {QStringLiteral("reached"), 1},
        {QStringLiteral("guaranteeMentioned"), problem == QLatin1String("guarantee") ? 1 : 0},
        {QStringLiteral("conductOk"), problem == QLatin1String("conduct") ? 0 : 1},
        {QStringLiteral("lectureOk"), problem == QLatin1String("lecture") ? 0 : 1},
        {QStringLiteral("productUsed"), problem == QLatin1String("unused") ? 0 : 1}, {QStringLiteral("note"), note}};
    return office(h, caller, EventType::CallRecorded, contract, payload);
}

Event office(
    Harness &h, const QString &actor, const QString &type, const QString &aggregate, const QJsonObject &payload)
{
    const auto r = h.service->recordHeadOfficeEvents(actor, {EventDraft {type, aggregate, actor, payload}});
    INFO(type.toStdString() << ": " << r.error().message.toStdString() << " " << r.error().detail.toStdString());
    REQUIRE(r.ok());
    return r->first();
}

void lecture(Tablet &inst, const QString &contract, int minutes, const PackSpec &pack)
{
    QString digest = pack.packHash; // what the delivery signature covers (core/evidence/signedcontent.h)
    auto fold = [&](const Event &e) { digest = foldSignedContent(digest, e.hash); };
    fold(inst.record(EventType::LectureStarted, contract,
        {{QStringLiteral("level"), QStringLiteral("standard")}, {QStringLiteral("itemCount"), pack.lecture.size()},
            {QStringLiteral("packHash"), pack.packHash}}));
    const qint64 perItem = minutes * MsPerMinute / (pack.lecture.size() + 1);
    for (int i = 0; i < pack.lecture.size(); ++i) {
        const QJsonObject item {{QStringLiteral("itemId"), pack.lecture.at(i)}};
        inst.h.advance(perItem);
        fold(inst.record(EventType::LectureItemTaught, contract, item));
        fold(inst.record(EventType::LectureItemUnderstood, contract, item));
        if (i == 0) { // a break: 20 minutes that do not count
            fold(inst.record(EventType::LecturePaused, contract, {}));
            inst.h.advance(20 * MsPerMinute);
            fold(inst.record(EventType::LectureResumed, contract, {}));
        }
    }
    inst.h.advance(minutes * MsPerMinute - perItem * pack.lecture.size());
    recordSigned(inst, EventType::DeliverySigned, contract, {{QStringLiteral("contentHash"), digest}}, sampleStrokes(3),
        QStringLiteral("髙橋 一郎"));
}

void toDelivered(Office &o, Tablet &rep, Tablet &inst, const QString &customer, const QString &contract,
    int lectureMinutes, const PackSpec &pack)
{
    registerCustomer(rep, customer, QStringLiteral("髙橋 一郎"));
    visit(rep, customer, QStringLiteral("v-") + contract, 60);
    walkthrough(rep, customer, contract, pack);
    sync(rep);
    o.advance(MsPerDay);
    call(o, Caller, contract, QStringLiteral("C1"));
    REQUIRE(o.service->assignInstaller(Admin, contract, Installer).ok());
    o.advance(MsPerDay);
    lecture(inst, contract, lectureMinutes, pack);
    sync(inst);
    o.advance(MsPerDay);
    call(o, Caller, contract, QStringLiteral("C2"));
}

void toStarted(Office &o, const QString &contract)
{
    office(o, Admin, EventType::TrialStarted, contract);
    o.advance(Policy().productDefaults.trialDays * MsPerDay + MsPerMinute);
    office(o, Admin, EventType::UsageConfirmed, contract,
        {{QStringLiteral("used"), 1}, {QStringLiteral("noDefects"), 1}, {QStringLiteral("mayStart"), 1}});
    call(o, Caller2, contract, QStringLiteral("C3"));
    office(o, Admin, EventType::ContractStarted, contract);
}

} // namespace kakunin::hqtest::blocks
