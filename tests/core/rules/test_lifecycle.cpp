#include <catch2/catch.hpp>

#include "rulessupport.h"

#include <core/domain/lifecycle.h>
#include <core/projection.h>

using namespace kakunin;
using namespace kakunin::test;

namespace {

void applyAll(ContractLifecycle &lc, const QList<Event> &events)
{
    for (const Event &e : events) {
        INFO(e.type.toStdString() << " " << e.payload.value(QStringLiteral("stage")).toString().toStdString());
        REQUIRE(lifecycleErrorName(lc.apply(e)) == std::string("None"));
    }
}

LifecycleError applyOne(ContractLifecycle &lc, const Event &e)
{
    return lc.apply(e);
}

// From nothing to "contracted", then C1, delivery, C2, trial: everything before usage confirmation.
void toTrial(EventBuilder &b, ContractLifecycle &lc)
{
    applyAll(lc, walkthrough(b));
    b.advance(MsPerDay);
    applyAll(lc, {b.make(EventType::CallRecorded, Caller, callPayload("C1"))});
    b.advance(MsPerDay);
    applyAll(lc, lectureAndDelivery(b, 180 * MsPerMinute));
    b.advance(MsPerDay);
    applyAll(lc, {b.make(EventType::CallRecorded, Caller, callPayload("C2"))});
    applyAll(lc, {b.make(EventType::TrialStarted, Installer, {})});
}

QJsonObject usage(int used = 1, int noDefects = 1, int mayStart = 1)
{
    return {{QStringLiteral("used"), used}, {QStringLiteral("noDefects"), noDefects},
        {QStringLiteral("mayStart"), mayStart}};
}

void toStarted(EventBuilder &b, ContractLifecycle &lc)
{
    toTrial(b, lc);
    b.advance(14 * MsPerDay);
    applyAll(lc,
        {b.make(EventType::UsageConfirmed, Caller, usage()),
            b.make(EventType::CallRecorded, Caller2, callPayload("C3")),
            b.make(EventType::ContractStarted, Caller, {})});
}

} // namespace

TEST_CASE("M1 S3 the walkthrough concludes the contract under the policy's terms", "[M1][S3][P3]")
{
    EventBuilder b;
    ContractLifecycle lc;
    applyAll(lc, walkthrough(b));
    CHECK(lc.stage() == ContractStage::Contracted);
    CHECK(lc.state().customerId == Customer);
    CHECK(lc.state().salesRep == Rep);
    CHECK(lc.state().packHash == PackHash);
    CHECK(lc.state().coolingOffDays == 8);
    CHECK(lc.state().trialDays == 14);
    CHECK(lc.state().lectureMinimumMinutes == 180);
    CHECK(lc.state().live());
}

TEST_CASE("M1 M2 D3 stages in order and the final state", "[M1][M2][D3]")
{
    EventBuilder b;
    ContractLifecycle lc;
    toStarted(b, lc);
    const ContractState &s = lc.state();
    CHECK(s.stage == ContractStage::Started);
    CHECK(s.c1Clean);
    CHECK(s.c2Clean);
    CHECK(s.c3Clean);
    CHECK(s.lectureMet);
    CHECK(s.lectureRunningMs == 180 * MsPerMinute);
    CHECK(s.installer == Installer);
    CHECK(s.used);
    CHECK(s.rejected == 0);
    CHECK(s.status() == QLatin1String("started"));
}

TEST_CASE("M1 S3 concluding needs every item, the attestation and the signatures", "[M1][S3][S1]")
{
    EventBuilder b;
    const QList<Event> all = walkthrough(b);
    // Drop each event before the conclusion in turn: the conclusion must then be refused.
    for (int skip = 1; skip < all.size() - 1; ++skip) {
        ContractLifecycle lc;
        for (int i = 0; i < all.size() - 1; ++i)
            if (i != skip)
                lc.apply(all[i]);
        INFO("without " << all[skip].type.toStdString() << " #" << skip);
        CHECK(lc.apply(all.last()) != LifecycleError::None);
        CHECK(lc.stage() == ContractStage::Explaining);
    }
}

TEST_CASE("S3 the walkthrough events refuse skipping ahead and foreign content", "[S3]")
{
    EventBuilder b;
    ContractLifecycle lc;
    REQUIRE(lc.apply(b.make(EventType::MattersOpened, Rep, mattersOpenedPayload())) == LifecycleError::None);
    auto item = [&](const QString &type, int index) {
        return b.make(type, Rep,
            {{QStringLiteral("itemId"), QStringLiteral("i%1").arg(index)}, {QStringLiteral("index"), index}});
    };
    CHECK(lc.apply(item(EventType::MattersItemShown, 1)) == LifecycleError::MattersSkippingAhead);
    CHECK(lc.apply(item(EventType::MattersItemConfirmed, 0)) == LifecycleError::MattersNotShown);
    REQUIRE(lc.apply(item(EventType::MattersItemShown, 0)) == LifecycleError::None);
    REQUIRE(lc.apply(item(EventType::MattersItemConfirmed, 0)) == LifecycleError::None);
    CHECK(lc.apply(item(EventType::MattersItemConfirmed, 0)) == LifecycleError::MattersAlreadyConfirmed);
    CHECK(lc.apply(b.make(EventType::MattersSigned, Rep,
              {{QStringLiteral("signer"), QStringLiteral("customer")}, {QStringLiteral("signatureHash"), hashOf('c')},
                  {QStringLiteral("contentHash"), PackHash}}))
        == LifecycleError::MattersOpen);
    CHECK(lc.state().rejected == 4);
    CHECK(lc.state().lastRejection == LifecycleError::MattersOpen);
}

TEST_CASE("P2 the lifecycle refuses a walkthrough for a refused or unscreened prospect", "[P2]")
{
    EventBuilder b;
    ContractLifecycle lc;
    CHECK(lc.apply(b.make(EventType::MattersOpened, Rep, mattersOpenedPayload(4, false, "refused")))
        == LifecycleError::ScreeningRefused);
    CHECK(lc.stage() == ContractStage::None);
    // With the customer known, the recorded screening decides, not what the walkthrough event claims.
    CustomerContext ctx;
    ctx.screeningOutcome = QStringLiteral("refused");
    CHECK(lc.apply(b.make(EventType::MattersOpened, Rep, mattersOpenedPayload()), &ctx)
        == LifecycleError::ScreeningRefused);
    ctx.screeningOutcome.clear(); // never screened
    CHECK(lc.apply(b.make(EventType::MattersOpened, Rep, mattersOpenedPayload()), &ctx)
        == LifecycleError::ScreeningRefused);
    ctx.screeningOutcome = QStringLiteral("allowed_with_conditions");
    CHECK(lc.apply(b.make(EventType::MattersOpened, Rep, mattersOpenedPayload()), &ctx) == LifecycleError::None);
}

TEST_CASE("M2 a call with any problem puts the contract on hold until resolved", "[M2][S1]")
{
    struct Row {
        const char *field;
        int value;
    };
    for (const Row &r : std::vector<Row> {{"guaranteeMentioned", 1}, {"conductOk", 0}}) {
        EventBuilder b;
        ContractLifecycle lc;
        applyAll(lc, walkthrough(b));
        QJsonObject p = callPayload("C1");
        p.insert(QLatin1String(r.field), r.value);
        INFO(r.field);
        REQUIRE(lc.apply(b.make(EventType::CallRecorded, Caller, p)) == LifecycleError::None);
        CHECK(lc.state().onHold);
        CHECK(lc.state().status() == QLatin1String("on_hold"));
        CHECK(lc.stage() == ContractStage::Contracted);
        CHECK(lc.apply(b.make(EventType::CallRecorded, Caller, callPayload("C1"))) == LifecycleError::OnHold);
        REQUIRE(lc.apply(b.make(
                    EventType::HoldResolved, Caller, {{QStringLiteral("resolution"), QStringLiteral("rep retrained")}}))
            == LifecycleError::None);
        CHECK(
            lc.apply(b.make(EventType::HoldResolved, Caller, {{QStringLiteral("resolution"), QStringLiteral("again")}}))
            == LifecycleError::NotOnHold);
        REQUIRE(lc.apply(b.make(EventType::CallRecorded, Caller, callPayload("C1"))) == LifecycleError::None);
        CHECK(lc.stage() == ContractStage::C1Cleared);
    }
}

TEST_CASE("M2 calls come in order, never from the sales rep, and C3 never from the installer", "[M2]")
{
    EventBuilder b;
    ContractLifecycle lc;
    applyAll(lc, walkthrough(b));
    CHECK(lc.apply(b.make(EventType::CallRecorded, Caller, callPayload("C2"))) == LifecycleError::CallOutOfOrder);
    CHECK(lc.apply(b.make(EventType::CallRecorded, Rep, callPayload("C1"))) == LifecycleError::CallerIsSalesRep);
    QJsonObject unreached = callPayload("C1");
    unreached.insert(QStringLiteral("reached"), 0);
    REQUIRE(lc.apply(b.make(EventType::CallRecorded, Caller, unreached)) == LifecycleError::None);
    CHECK(lc.stage() == ContractStage::Contracted); // no answer moves nothing
    CHECK(lc.state().callAttempts == 1);

    EventBuilder b2;
    ContractLifecycle lc2;
    toTrial(b2, lc2);
    b2.advance(14 * MsPerDay);
    REQUIRE(lc2.apply(b2.make(EventType::UsageConfirmed, Caller, usage())) == LifecycleError::None);
    CHECK(
        lc2.apply(b2.make(EventType::CallRecorded, Installer, callPayload("C3"))) == LifecycleError::CallerIsInstaller);
    CHECK(lc2.apply(b2.make(EventType::ContractStarted, Caller, {})) == LifecycleError::WrongStage);
    QJsonObject unused = callPayload("C3");
    unused.insert(QStringLiteral("productUsed"), 0);
    REQUIRE(lc2.apply(b2.make(EventType::CallRecorded, Caller2, unused)) == LifecycleError::None);
    CHECK(lc2.state().onHold);
    CHECK(lc2.apply(b2.make(EventType::ContractStarted, Caller, {})) == LifecycleError::OnHold);
}

TEST_CASE(
    "D1 D2 delivery sign-off in the lifecycle: 179:59 refused, 180:00 accepted, items all done", "[D1][D2][boundary]")
{
    for (const auto &[running, expected] :
        std::vector<std::pair<qint64, LifecycleError>> {{180 * MsPerMinute - 1000, LifecycleError::LectureBelowMinimum},
            {180 * MsPerMinute, LifecycleError::None}}) {
        EventBuilder b;
        ContractLifecycle lc;
        applyAll(lc, walkthrough(b));
        applyAll(lc, {b.make(EventType::CallRecorded, Caller, callPayload("C1"))});
        QList<Event> lecture = lectureAndDelivery(b, running);
        const Event signOff = lecture.takeLast();
        applyAll(lc, lecture);
        INFO(running);
        CHECK(lc.apply(signOff) == expected);
        CHECK((lc.stage() == ContractStage::Delivered) == (expected == LifecycleError::None));
    }

    // An item taught but not understood keeps the sign-off closed however long the lecture ran.
    EventBuilder b;
    ContractLifecycle lc;
    applyAll(lc, walkthrough(b));
    applyAll(lc, {b.make(EventType::CallRecorded, Caller, callPayload("C1"))});
    QList<Event> lecture = lectureAndDelivery(b, 300 * MsPerMinute);
    const Event signOff = lecture.takeLast();
    lecture.removeAt(2); // item-0 understood
    applyAll(lc, lecture);
    CHECK(lc.apply(signOff) == LifecycleError::LectureItemsOpen);
}

TEST_CASE("D1 the lifecycle's lecture clock ignores pauses and wall-clock jumps", "[D1]")
{
    EventBuilder b;
    ContractLifecycle lc;
    applyAll(lc, walkthrough(b));
    applyAll(lc, {b.make(EventType::CallRecorded, Caller, callPayload("C1"))});
    QList<Event> lecture = lectureAndDelivery(b, 0);
    const Event signOffNow = lecture.takeLast();
    applyAll(lc, lecture);
    b.advance(100 * MsPerMinute);
    applyAll(lc, {b.make(EventType::LecturePaused, Installer, {})});
    CHECK(lc.apply(b.make(EventType::LecturePaused, Installer, {})) == LifecycleError::LectureNotRunning);
    b.advance(120 * MsPerMinute);
    b.at += 10 * 60 * MsPerMinute; // wall clock moved forward by hand
    Event signOff = signOffNow;
    signOff.at = b.at;
    signOff.mono = b.mono;
    CHECK(lc.apply(signOff) == LifecycleError::LectureBelowMinimum);
    applyAll(lc, {b.make(EventType::LectureResumed, Installer, {})});
    b.advance(80 * MsPerMinute);
    signOff.mono = b.mono;
    // The installer's sign-off covers the pause and the resumption too.
    CHECK(lc.apply(signOff) == LifecycleError::ContentMismatch);
    signOff.payload.insert(QStringLiteral("contentHash"), lc.state().deliveryDigest);
    CHECK(lc.apply(signOff) == LifecycleError::None);
    CHECK(lc.state().lectureRunningMs == 180 * MsPerMinute);
}

TEST_CASE("D3 usage confirmation needs the trial elapsed, actual use, no defects and consent", "[D3]")
{
    struct Row {
        qint64 afterTrialMs;
        QJsonObject payload;
        LifecycleError expected;
    };
    const std::vector<Row> rows {
        {14 * MsPerDay - 1, usage(), LifecycleError::TrialNotElapsed},
        {14 * MsPerDay, usage(0, 1, 1), LifecycleError::ProductNeverUsed},
        {14 * MsPerDay, usage(1, 0, 1), LifecycleError::DefectsReported},
        {14 * MsPerDay, usage(1, 1, 0), LifecycleError::StartNotConsented},
        {14 * MsPerDay, usage(), LifecycleError::None},
    };
    for (const Row &r : rows) {
        EventBuilder b;
        ContractLifecycle lc;
        toTrial(b, lc);
        CHECK(lc.stage() == ContractStage::InTrial);
        b.advance(r.afterTrialMs);
        INFO(lifecycleErrorName(r.expected));
        CHECK(lc.apply(b.make(EventType::UsageConfirmed, Caller, r.payload)) == r.expected);
        CHECK((lc.stage() == ContractStage::UsageConfirmed) == (r.expected == LifecycleError::None));
    }
}

TEST_CASE("D3 a never-used product never starts", "[D3][M2]")
{
    EventBuilder b;
    ContractLifecycle lc;
    toTrial(b, lc);
    b.advance(60 * MsPerDay);
    CHECK(lc.apply(b.make(EventType::UsageConfirmed, Caller, usage(0))) == LifecycleError::ProductNeverUsed);
    CHECK(lc.apply(b.make(EventType::CallRecorded, Caller2, callPayload("C3"))) == LifecycleError::CallOutOfOrder);
    CHECK(lc.apply(b.make(EventType::ContractStarted, Caller, {})) == LifecycleError::WrongStage);
    CHECK(lc.stage() == ContractStage::InTrial);
}

TEST_CASE("P3 cooling-off: free until the end of its last day in Tokyo time", "[P3][boundary]")
{
    // Concluded 2026-04-01 23:30 Tokyo (14:30 UTC): day 1 is April 1, day 8 is April 8.
    struct Row {
        qint64 at;
        bool cost;
        CancellationKind kind;
    };
    const qint64 lastMs = tokyo(2026, 4, 8, 23, 59, 59, 999);
    const std::vector<Row> rows {
        {lastMs, false, CancellationKind::CoolingOff},
        {lastMs, true, CancellationKind::CoolingOff},
        {lastMs + 1, false, CancellationKind::FreeNoCost},
        {lastMs + 1, true, CancellationKind::WithCost},
    };
    for (const Row &r : rows) {
        EventBuilder b;
        b.at = tokyo(2026, 4, 1, 23, 30) - 20 * MsPerMinute;
        ContractLifecycle lc;
        QList<Event> w = walkthrough(b);
        w.last().at = tokyo(2026, 4, 1, 23, 30);
        applyAll(lc, w);
        CHECK(coolingOffDeadlineUtc(lc.state().contractedAt, 8, QTimeZone("Asia/Tokyo")) == lastMs);
        CHECK(lc.state().coolingOffDeadline() == lastMs);
        CHECK(lc.state().toJson().value(QStringLiteral("coolingOffDeadline")).toInteger() == lastMs);
        if (r.cost) {
            b.at = tokyo(2026, 4, 3, 12, 0);
            applyAll(lc,
                {b.make(EventType::CostRecorded, Caller,
                    {{QStringLiteral("orderRef"), QStringLiteral("PO-1")}, {QStringLiteral("amountYen"), 50000}})});
        }
        b.at = r.at;
        applyAll(lc, {b.make(EventType::ContractCancelled, Rep, {{QStringLiteral("signatureHash"), hashOf('9')}})});
        INFO(cancellationKindName(r.kind).toStdString());
        CHECK(lc.stage() == ContractStage::Cancelled);
        CHECK(lc.state().cancellation == r.kind);
        CHECK(lc.apply(b.make(EventType::CallRecorded, Caller, callPayload("C1"))) == LifecycleError::Terminated);
    }
    // In UTC the same instant is still April 8, but it is April 9 in Tokyo: the policy zone decides.
    CHECK(coolingOffDeadlineUtc(tokyo(2026, 4, 1, 23, 30), 8, QTimeZone::utc()) > lastMs);
}

TEST_CASE("P4 a second contract for a customer with a live one needs head-office approval", "[P4]")
{
    EventBuilder b;
    ProjectionBook book;
    book.apply(
        b.make(EventType::CustomerRegistered, Rep, {{QStringLiteral("name"), QStringLiteral("伊藤")}}, Customer));
    QJsonObject screening {{QStringLiteral("outcome"), QStringLiteral("allowed")},
        {QStringLiteral("refusals"), QString()}, {QStringLiteral("conditions"), QString()}, {QStringLiteral("age"), 50},
        {QStringLiteral("itLiteracy"), 3}, {QStringLiteral("policyVersion"), 1},
        {QStringLiteral("successorPresent"), 0}, {QStringLiteral("fullTimeDeclared"), 0}};
    book.apply(b.make(EventType::ScreeningRecorded, Rep, screening, Customer));
    for (const Event &e : walkthrough(b))
        REQUIRE(book.apply(e) == 0);
    CHECK(book.aggregate(Contract).state.value(QStringLiteral("stageName")).toString() == QLatin1String("contracted"));

    const QString second = QStringLiteral("ctr-2");
    const QList<Event> w2 = walkthrough(b, second);
    CHECK(book.apply(w2.first()) == static_cast<int>(LifecycleError::SuccessiveSaleNeedsApproval));
    CHECK(book.aggregate(second).state.value(QStringLiteral("stageName")).toString() == QLatin1String("none"));

    book.apply(b.make(EventType::ApprovalGranted, Caller,
        {{QStringLiteral("approvalId"), QStringLiteral("apr-1")}, {QStringLiteral("reason"), QStringLiteral("別商品")}},
        Customer));
    // An approval id that head office never granted does not count.
    const QList<Event> forged = walkthrough(b, QStringLiteral("ctr-3"), QStringLiteral("apr-999"));
    CHECK(book.apply(forged.first()) == static_cast<int>(LifecycleError::SuccessiveSaleNeedsApproval));
    const QList<Event> approved = walkthrough(b, second, QStringLiteral("apr-1"));
    for (const Event &e : approved)
        REQUIRE(book.apply(e) == 0);
    CHECK(book.aggregate(second).state.value(QStringLiteral("stageName")).toString() == QLatin1String("contracted"));
    // The approval was used once; a third contract needs a new one.
    const QList<Event> reuse = walkthrough(b, QStringLiteral("ctr-4"), QStringLiteral("apr-1"));
    CHECK(book.apply(reuse.first()) == static_cast<int>(LifecycleError::SuccessiveSaleNeedsApproval));
    // Refused walkthroughs never become the customer's contracts.
    CHECK(book.contractsOf(Customer) == QStringList {Contract, second});
}

TEST_CASE("P4 a cancelled contract is no longer live", "[P4][P3]")
{
    EventBuilder b;
    ProjectionBook book;
    QJsonObject screening {{QStringLiteral("outcome"), QStringLiteral("allowed")},
        {QStringLiteral("refusals"), QString()}, {QStringLiteral("conditions"), QString()}, {QStringLiteral("age"), 50},
        {QStringLiteral("itLiteracy"), 3}, {QStringLiteral("policyVersion"), 1},
        {QStringLiteral("successorPresent"), 0}, {QStringLiteral("fullTimeDeclared"), 0}};
    book.apply(b.make(EventType::ScreeningRecorded, Rep, screening, Customer));
    for (const Event &e : walkthrough(b))
        REQUIRE(book.apply(e) == 0);
    REQUIRE(
        book.apply(b.make(EventType::ContractCancelled, Rep, {{QStringLiteral("signatureHash"), hashOf('9')}})) == 0);
    for (const Event &e : walkthrough(b, QStringLiteral("ctr-2")))
        REQUIRE(book.apply(e) == 0);
}

TEST_CASE("P5 follow-up after start and the lapsed-use call", "[P5]")
{
    EventBuilder b;
    ContractLifecycle lc;
    toTrial(b, lc);
    CHECK(lc.apply(b.make(EventType::FollowUpRecorded, Caller,
              {{QStringLiteral("kind"), QStringLiteral("relecture")}, {QStringLiteral("note"), QString()}}))
        == LifecycleError::WrongStage);
    b.advance(14 * MsPerDay);
    applyAll(lc,
        {b.make(EventType::UsageConfirmed, Caller, usage()),
            b.make(EventType::CallRecorded, Caller2, callPayload("C3")),
            b.make(EventType::ContractStarted, Caller, {})});
    const Policy p;
    const qint64 started = lc.state().startedAt;
    CHECK_FALSE(useLapsed(lc.state(), started + 30 * MsPerDay - 1, p));
    CHECK(useLapsed(lc.state(), started + 30 * MsPerDay, p));
    applyAll(lc, {b.make(EventType::UsageReported, Caller, {{QStringLiteral("lastUsedAt"), started + 20 * MsPerDay}})});
    CHECK_FALSE(useLapsed(lc.state(), started + 49 * MsPerDay, p));
    CHECK(useLapsed(lc.state(), started + 50 * MsPerDay, p));
    applyAll(lc,
        {b.make(EventType::FollowUpRecorded, Installer,
            {{QStringLiteral("kind"), QStringLiteral("relecture")},
                {QStringLiteral("note"), QStringLiteral("無償再講習")}})});
    CHECK(lc.stage() == ContractStage::FollowUp);
    CHECK(lc.state().followUps == 1);
}

TEST_CASE("P6 an unresolved dispute leads to the credit contract's cancellation after the period", "[P6]")
{
    EventBuilder b;
    ContractLifecycle lc;
    applyAll(lc, walkthrough(b));
    CHECK(lc.apply(b.make(EventType::CreditCancelled, Caller, {})) == LifecycleError::NotDisputed);
    applyAll(lc, {b.make(EventType::DisputeOpened, Caller, {{QStringLiteral("disputeId"), QStringLiteral("d-1")}})});
    CHECK(lc.state().status() == QLatin1String("disputed"));
    CHECK(lc.apply(b.make(EventType::DisputeOpened, Caller, {{QStringLiteral("disputeId"), QStringLiteral("d-2")}}))
        == LifecycleError::AlreadyDisputed);
    CHECK(lc.apply(b.make(EventType::CallRecorded, Caller, callPayload("C1"))) == LifecycleError::Disputed);
    b.advance(30 * MsPerDay - 1);
    CHECK(lc.apply(b.make(EventType::CreditCancelled, Caller, {})) == LifecycleError::DisputePeriodNotElapsed);
    b.advance(1);
    REQUIRE(lc.apply(b.make(EventType::CreditCancelled, Caller, {})) == LifecycleError::None);
    CHECK(lc.stage() == ContractStage::CreditCancelled);
    CHECK(lc.state().status() == QLatin1String("credit_cancelled"));
    CHECK(lc.apply(b.make(EventType::DisputeResolved, Caller, {{QStringLiteral("resolution"), QStringLiteral("x")}}))
        == LifecycleError::Terminated);
}

TEST_CASE("P6 a resolved dispute lets the contract go on", "[P6]")
{
    EventBuilder b;
    ContractLifecycle lc;
    applyAll(lc, walkthrough(b));
    applyAll(lc,
        {b.make(EventType::DisputeOpened, Caller, {{QStringLiteral("disputeId"), QStringLiteral("d-1")}}),
            b.make(EventType::DisputeResolved, Caller, {{QStringLiteral("resolution"), QStringLiteral("和解")}}),
            b.make(EventType::CallRecorded, Caller, callPayload("C1"))});
    CHECK(lc.stage() == ContractStage::C1Cleared);
}

TEST_CASE("M2 events out of their stage are refused with a code and leave the state unchanged", "[M2][D3]")
{
    EventBuilder b;
    ContractLifecycle lc;
    CHECK(applyOne(lc, b.make(EventType::ContractStarted, Caller, {})) == LifecycleError::WrongStage);
    CHECK(applyOne(lc, b.make(EventType::TrialStarted, Installer, {})) == LifecycleError::WrongStage);
    CHECK(applyOne(lc, b.make(EventType::CustomerRegistered, Rep, {{QStringLiteral("name"), QStringLiteral("x")}}))
        == LifecycleError::NotAContractEvent);
    CHECK(applyOne(lc, b.make(EventType::MattersOpened, Rep, {})) == LifecycleError::Malformed);
    applyAll(lc, walkthrough(b));
    const QJsonObject before = lc.state().toJson();
    CHECK(applyOne(lc, b.make(EventType::TrialStarted, Installer, {})) == LifecycleError::WrongStage);
    CHECK(applyOne(lc,
              b.make(EventType::LectureStarted, Installer,
                  {{QStringLiteral("level"), QStringLiteral("standard")}, {QStringLiteral("itemCount"), 2},
                      {QStringLiteral("packHash"), PackHash}}))
        == LifecycleError::WrongStage);
    QJsonObject after = lc.state().toJson();
    CHECK(after.value(QStringLiteral("rejected")).toInteger()
        == before.value(QStringLiteral("rejected")).toInteger() + 2);
    after.remove(QStringLiteral("rejected"));
    after.remove(QStringLiteral("lastRejection"));
    after.remove(QStringLiteral("lastRejectionCode"));
    QJsonObject b4 = before;
    b4.remove(QStringLiteral("rejected"));
    b4.remove(QStringLiteral("lastRejection"));
    b4.remove(QStringLiteral("lastRejectionCode"));
    CHECK(after == b4);
}

TEST_CASE("S3 M1 a signature must cover the pack and every item event before it", "[S3][M1][evidence]")
{
    EventBuilder b;
    ContractLifecycle lc;
    QList<Event> events = walkthrough(b);
    const int firstSignature = static_cast<int>(std::find_if(events.cbegin(), events.cend(), [](const Event &e) {
        return e.type == EventType::MattersSigned;
    }) - events.cbegin());
    applyAll(lc, events.mid(0, firstSignature));
    Event customer = events.at(firstSignature);
    const QString covered = customer.payload.value(QStringLiteral("contentHash")).toString();
    CHECK(covered == lc.state().mattersDigest);

    // Only the pack's hash, or the digest of fewer items: not what the customer saw and confirmed.
    customer.payload.insert(QStringLiteral("contentHash"), PackHash);
    CHECK(lc.apply(customer) == LifecycleError::ContentMismatch);
    QString partial = PackHash;
    for (const Event &e : events.mid(0, firstSignature - 2))
        if (isMattersConfirmation(e.type))
            partial = foldSignedContent(partial, e.hash);
    customer.payload.insert(QStringLiteral("contentHash"), partial);
    CHECK(lc.apply(customer) == LifecycleError::ContentMismatch);
    customer.payload.insert(QStringLiteral("contentHash"), covered);
    CHECK(lc.apply(customer) == LifecycleError::None);
}
