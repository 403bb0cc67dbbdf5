#pragma once

// A contract brought to the delivery lecture in a real store, for view-model and UI tests: the customer with a
// profile sheet (P1) and an allowing screening (P2), the important-matters walkthrough of a pack with the
// signatures over its digest (S3, M1), the conclusion under a policy's terms, and a clean C1 call by head
// office (M2). Events are appended with Store::appendBatch as the devices would record them; the store's
// projection runs the lifecycle over them, so the fixture REQUIREs that nothing was refused.
#include <catch2/catch.hpp>

#include <core/content/contentpack.h>
#include <core/domain/eventcatalog.h>
#include <core/domain/lifecycle.h>
#include <core/domain/policy.h>
#include <core/evidence/signaturestrokes.h>
#include <core/projection.h>
#include <store/store.h>

#include <QJsonObject>

#include <cmath>

namespace kakunin::test {

struct LectureContractOptions {
    QString customerId = QStringLiteral("cust-lecture-1");
    QString contractId = QStringLiteral("ctr-lecture-1");
    QString customerName = QStringLiteral("山田 花子");
    int itLiteracy = 3; // P1: 3–4 standard lecture, 1–2 extended
    Policy policy; // the terms frozen at conclusion (lecture minimum, trial days, …)
    QString rep = QStringLiteral("rep-001");
    QString caller = QStringLiteral("hq-call-001"); // head office's confirmation staff
    bool c1 = true; // record the clean C1 call (false: the contract stays "contracted")
};

inline QString storeErrorText(const Result<QList<Event>, StoreError> &r)
{
    return r ? QString() : QString::fromLatin1(storeErrorName(r.error()));
}

inline ContractState contractStateIn(const Store &store, const QString &contractId)
{
    const auto p = store.projection(contractId);
    REQUIRE(p.has_value());
    return ContractState::fromJson(p->state);
}

// Appends the customer and a contract up to a clean C1; returns the contract's state at the lecture stage.
inline ContractState appendContractAtLectureStage(
    Store &store, const ContentPack &pack, const LectureContractOptions &o = LectureContractOptions())
{
    const QString &rep = o.rep;
    const int literacy = o.itLiteracy;
    const bool lowPc = literacy <= 1;
    QList<EventDraft> customer {
        {EventType::CustomerRegistered, o.customerId, rep,
            {{QStringLiteral("name"), o.customerName}, {QStringLiteral("business"), QStringLiteral("山田美容室")}}},
        {EventType::ProfileRecorded, o.customerId, rep,
            {{QStringLiteral("birthYear"), 1975}, {QStringLiteral("yearsInBusiness"), 12},
                {QStringLiteral("yearsInTrade"), 20}, {QStringLiteral("businessForm"), QStringLiteral("full_time")},
                {QStringLiteral("smartphoneUse"),
                    literacy >= 3 ? QStringLiteral("daily_apps") : QStringLiteral("calls_only")},
                {QStringLiteral("itProducts"), literacy >= 4 ? QStringLiteral("会計ソフト") : QString()},
                {QStringLiteral("pcSkill"), lowPc ? QStringLiteral("basic") : QStringLiteral("office")},
                {QStringLiteral("itLiteracy"), literacy}}},
        {EventType::ScreeningRecorded, o.customerId, rep,
            {{QStringLiteral("outcome"), QStringLiteral("allowed")}, {QStringLiteral("refusals"), QString()},
                {QStringLiteral("conditions"), QString()}, {QStringLiteral("age"), 51},
                {QStringLiteral("itLiteracy"), literacy}, {QStringLiteral("policyVersion"), o.policy.version},
                {QStringLiteral("successorPresent"), 0}, {QStringLiteral("fullTimeDeclared"), 0}}},
    };
    auto written = store.appendBatch(customer);
    INFO("customer: " << storeErrorText(written).toStdString());
    REQUIRE(written.ok());

    // S3: every item shown, then confirmed, in order; then the rep's attestation (S1).
    const QString &c = o.contractId;
    QList<EventDraft> matters {{EventType::MattersOpened, c, rep,
        {{QStringLiteral("customerId"), o.customerId}, {QStringLiteral("productCode"), pack.productCode},
            {QStringLiteral("packId"), pack.id}, {QStringLiteral("packVersion"), pack.version},
            {QStringLiteral("packHash"), pack.hash},
            {QStringLiteral("itemCount"), static_cast<int>(pack.importantMatters.size())},
            {QStringLiteral("screeningOutcome"), QStringLiteral("allowed")}, {QStringLiteral("successorRequired"), 0},
            {QStringLiteral("approvalId"), QString()}}}};
    for (int i = 0; i < pack.importantMatters.size(); ++i) {
        const QJsonObject item {{QStringLiteral("itemId"), pack.importantMatters[i].id}, {QStringLiteral("index"), i}};
        matters.append({EventType::MattersItemShown, c, rep, item});
        matters.append({EventType::MattersItemConfirmed, c, rep, item});
    }
    matters.append({EventType::MattersNoGuaranteeAttested, c, rep, {{QStringLiteral("packHash"), pack.hash}}});
    written = store.appendBatch(matters);
    INFO("walkthrough: " << storeErrorText(written).toStdString());
    REQUIRE(written.ok());

    // M1: the signatures cover the digest the lifecycle folded; then the conclusion freezes the terms.
    const QString digest = contractStateIn(store, c).mattersDigest;
    auto signature = [&](const char *signer, char h) {
        return EventDraft {EventType::MattersSigned, c, rep,
            {{QStringLiteral("signer"), QString::fromLatin1(signer)},
                {QStringLiteral("signatureHash"), QString(64, QLatin1Char(h))},
                {QStringLiteral("contentHash"), digest}}};
    };
    const Policy &p = o.policy;
    QList<EventDraft> conclusion {signature("customer", 'c'), signature("rep", 'd'),
        {EventType::ContractConcluded, c, rep,
            {{QStringLiteral("policyVersion"), p.version}, {QStringLiteral("coolingOffDays"), p.coolingOffDays},
                {QStringLiteral("trialDays"), p.trialDays(pack.productCode)},
                {QStringLiteral("lectureMinimumMinutes"), p.lectureMinimumMinutes(pack.productCode)},
                {QStringLiteral("disputeDays"), p.disputeDays}, {QStringLiteral("timeZone"), p.timeZone}}}};
    // M2: head office's first confirmation call, clean, by confirmation staff (never the rep).
    if (o.c1)
        conclusion.append({EventType::CallRecorded, c, o.caller,
            {{QStringLiteral("stage"), QStringLiteral("C1")}, {QStringLiteral("reached"), 1},
                {QStringLiteral("guaranteeMentioned"), 0}, {QStringLiteral("conductOk"), 1},
                {QStringLiteral("lectureOk"), 1}, {QStringLiteral("productUsed"), 0},
                {QStringLiteral("note"), QString()}}});
    written = store.appendBatch(conclusion);
    INFO("conclusion: " << storeErrorText(written).toStdString());
    REQUIRE(written.ok());

    const ContractState state = contractStateIn(store, c);
    INFO("last rejection: " << lifecycleErrorName(state.lastRejection));
    REQUIRE(state.rejected == 0);
    REQUIRE(state.stage == (o.c1 ? ContractStage::C1Cleared : ContractStage::Contracted));
    return state;
}

// A signature that SignatureStrokes::validate() accepts: a few loops across a 600 × 200 px pad.
inline SignatureStrokes lectureTestSignature()
{
    SignatureStrokes s;
    s.width = 6000;
    s.height = 2000;
    qint32 t = 0;
    for (int k = 0; k < 3; ++k) {
        Stroke stroke;
        for (int i = 0; i <= 40; ++i) {
            const double u = i / 40.0;
            stroke.append({qint32(600 + k * 1600 + 1200 * u), qint32(1000 + 500 * std::sin(u * 12.5 + k)), t, -1});
            t += 10;
        }
        s.strokes.append(stroke);
        t += 200;
    }
    return s;
}

} // namespace kakunin::test
