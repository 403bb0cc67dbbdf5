#include "client_journey.h"

#include <catch2/catch.hpp>

#include <core/domain/eventcatalog.h>
#include <core/domain/policy.h>
#include <core/evidence/signaturestrokes.h>
#include <core/evidence/signedcontent.h>

namespace kakunin::test {

QByteArray signatureStrokes(int variant)
{
    SignatureStrokes s;
    s.width = 6000;
    s.height = 2000;
    for (int k = 0; k < 2; ++k) {
        Stroke stroke;
        for (int i = 0; i < 20; ++i)
            stroke.append(
                {500 + i * 150 + k * 300 + variant * 40, 800 + (i % 5) * 120 + k * 400, k * 900 + i * 30, -1});
        s.strokes.append(stroke);
    }
    REQUIRE(s.validate() == SignatureError::None);
    return s.encode();
}

QList<Event> recordJourney(Store &store, const QString &rep, const QString &customer, const QString &contract)
{
    QList<Event> out;
    auto add = [&](const QString &type, const QString &aggregate, const QJsonObject &payload) {
        auto r = store.append({type, aggregate, rep, payload});
        INFO(type.toStdString() << ": " << storeErrorName(r.error()));
        REQUIRE(r.ok());
        out.append(r.value());
        return r.value();
    };
    const Policy policy;
    const QString packHash = sha256Hex("crm-standard test pack");
    add(EventType::CustomerRegistered, customer,
        {{QStringLiteral("name"), QStringLiteral("山田 太郎")},
            {QStringLiteral("business"), QStringLiteral("山田商店")}});
    add(EventType::ScreeningRecorded, customer,
        {{QStringLiteral("outcome"), QStringLiteral("allowed")}, {QStringLiteral("refusals"), QString()},
            {QStringLiteral("conditions"), QString()}, {QStringLiteral("age"), 52}, {QStringLiteral("itLiteracy"), 3},
            {QStringLiteral("policyVersion"), policy.version}, {QStringLiteral("successorPresent"), 0},
            {QStringLiteral("fullTimeDeclared"), 1}});
    add(EventType::MattersOpened, contract,
        {{QStringLiteral("customerId"), customer}, {QStringLiteral("productCode"), QStringLiteral("CRM")},
            {QStringLiteral("packId"), QStringLiteral("crm-standard")},
            {QStringLiteral("packVersion"), QStringLiteral("2026.1.0")}, {QStringLiteral("packHash"), packHash},
            {QStringLiteral("itemCount"), 4}, {QStringLiteral("screeningOutcome"), QStringLiteral("allowed")},
            {QStringLiteral("successorRequired"), 0}, {QStringLiteral("approvalId"), QString()}});
    QString digest = packHash;
    const char *items[] = {"price", "no-guarantee", "cooling-off", "antisocial"};
    for (int i = 0; i < 4; ++i) {
        const QJsonObject item {
            {QStringLiteral("itemId"), QString::fromLatin1(items[i])}, {QStringLiteral("index"), i}};
        digest = foldSignedContent(digest, add(EventType::MattersItemShown, contract, item).hash);
        digest = foldSignedContent(digest, add(EventType::MattersItemConfirmed, contract, item).hash);
    }
    add(EventType::MattersNoGuaranteeAttested, contract, {{QStringLiteral("packHash"), packHash}});
    int variant = 0;
    for (const char *signer : {"customer", "rep"}) {
        // The stroke blob and its rendering are stored before the event that cites them, as the app does.
        const auto strokes = store.putBlob(signatureStrokes(++variant));
        const auto png = store.putBlob(QByteArray("\x89PNG rendering of the ") + signer);
        REQUIRE(strokes.ok());
        REQUIRE(png.ok());
        add(EventType::MattersSigned, contract,
            {{QStringLiteral("signer"), QString::fromLatin1(signer)},
                {QStringLiteral("signatureHash"), strokes.value()}, {QStringLiteral("contentHash"), digest},
                {QStringLiteral("pngHash"), png.value()}});
    }
    add(EventType::ContractConcluded, contract,
        {{QStringLiteral("policyVersion"), policy.version}, {QStringLiteral("coolingOffDays"), policy.coolingOffDays},
            {QStringLiteral("trialDays"), policy.trialDays(QStringLiteral("CRM"))},
            {QStringLiteral("lectureMinimumMinutes"), policy.lectureMinimumMinutes(QStringLiteral("CRM"))},
            {QStringLiteral("disputeDays"), policy.disputeDays}, {QStringLiteral("timeZone"), policy.timeZone}});
    return out;
}

} // namespace kakunin::test
