// ContractTimeline and its event list over a real temporary store, with time on a ManualClock (P3, M2, D3, P6).
#include <catch2/catch.hpp>

#include <core/domain/eventcatalog.h>
#include <core/domain/policy.h>
#include <models/appsession.h>
#include <models/contracttimeline.h>
#include <models/democontracts.h>
#include <models/errortext.h>
#include <models/timelinecancellation.h>
#include <support/testsupport.h>

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QSignalSpy>

namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
template <> struct StringMaker<QStringList> {
    static std::string convert(const QStringList &l) { return "[" + l.join(QStringLiteral(" | ")).toStdString() + "]"; }
};
} // namespace Catch

using namespace kakunin;

namespace kakunin::timelinetest {
qint64 tokyo(int year, int month, int day, int hour, int minute, int second = 0, int ms = 0);
void setNow(ManualClock &clock, qint64 utcMs);
std::unique_ptr<AppSession> openSession(
    test::TempStore &t, DemoClock &clock, const QString &userId, const QString &role);
void registerCustomer(AppSession &session, const QString &customerId, const QString &name);
ContractState concludeContract(
    AppSession &session, DemoClock &clock, const QString &contractId, const QString &customerId, qint64 concludedAt);
} // namespace kakunin::timelinetest

using namespace kakunin::timelinetest;

namespace {

// A plural text as the installed translation renders it: "5 days" with the English catalogue, the source's
// "5 day(s)" without one.
QString plural(const char *context, const char *text, int n)
{
    return QCoreApplication::translate(context, text, nullptr, n);
}

const QString Rep = QStringLiteral("rep-001");
const QString Contract = QStringLiteral("k-1");
const QString Customer = QStringLiteral("c-1");

// A call result as head office records it (in production it arrives by sync).
EventDraft callDraft(const QString &stage, int reached, int conductOk, const QString &note = QString())
{
    return {EventType::CallRecorded, Contract, DemoCaller,
        QJsonObject {{QStringLiteral("stage"), stage}, {QStringLiteral("reached"), reached},
            {QStringLiteral("guaranteeMentioned"), 0}, {QStringLiteral("conductOk"), conductOk},
            {QStringLiteral("lectureOk"), 0}, {QStringLiteral("productUsed"), 0}, {QStringLiteral("note"), note}}};
}

int rejected(const Store &store, const QString &id)
{
    return static_cast<int>(store.projection(id)->state.value(QStringLiteral("rejected")).toInteger());
}

} // namespace

TEST_CASE("P3: the cooling-off deadline and the days left cross the month end, counted in Asia/Tokyo", "[timeline][P3]")
{
    test::TempStore t;
    DemoClock clock(&t.clock);
    auto session = openSession(t, clock, Rep, QStringLiteral("sales_rep"));
    registerCustomer(*session, Customer, QStringLiteral("小林 恵子"));
    // Concluded Saturday 28 November 2026, 10:00 in Tokyo: day 1 of 8, so the last day is Saturday 5 December.
    const qint64 concluded = tokyo(2026, 11, 28, 10, 0);
    const ContractState s = concludeContract(*session, clock, Contract, Customer, concluded);
    CHECK(s.coolingOffDeadline() == tokyo(2026, 12, 6, 0, 0) - 1);

    setNow(t.clock, tokyo(2026, 11, 30, 12, 0));
    ContractTimeline timeline;
    QSignalSpy changed(&timeline, &ContractTimeline::changed);
    timeline.setSession(session.get());
    timeline.setContractId(Contract);
    CHECK(changed.count() >= 1);
    REQUIRE(timeline.exists());
    CHECK(timeline.customerName() == QStringLiteral("小林 恵子"));
    CHECK(timeline.stage() == QLatin1String("contracted"));
    CHECK(timeline.coolingOffDeadlineText() == QLatin1String("12/5 (Sat)"));
    CHECK(timeline.coolingOffDaysLeft() == 5);
    CHECK(timeline.coolingOffOpen());
    CHECK(timeline.coolingOffText()
        == plural("TimelineText", "Cooling-off until %1 (%n day(s) left)", 5).arg(QStringLiteral("12/5 (Sat)")));
    CHECK(timeline.contractedText() == QLatin1String("2026/11/28 (Sat) 10:00"));
    CHECK(timeline.cancellationKind() == QLatin1String("cooling_off"));

    // Friday 4 December, one minute before midnight in Tokyo (still the 4th in UTC too): one day left.
    setNow(t.clock, tokyo(2026, 12, 4, 23, 59));
    CHECK(timeline.coolingOffDaysLeft() == 1);
    CHECK(timeline.coolingOffText()
        == plural("TimelineText", "Cooling-off until %1 (%n day(s) left)", 1).arg(QStringLiteral("12/5 (Sat)")));

    // The last calendar day counts to its very end in Tokyo, though UTC is already at 14:59 that day.
    setNow(t.clock, tokyo(2026, 12, 5, 23, 59, 59, 999));
    CHECK(timeline.coolingOffDaysLeft() == 0);
    CHECK(timeline.coolingOffText() == QLatin1String("Cooling-off until 12/5 (Sat) (last day today)"));
    CHECK(timeline.cancellationKind() == QLatin1String("cooling_off"));
    CHECK(timeline.canCancel());

    // One millisecond later it is 6 December in Tokyo: over.
    setNow(t.clock, tokyo(2026, 12, 6, 0, 0));
    CHECK(timeline.coolingOffDaysLeft() == -1);
    CHECK_FALSE(timeline.coolingOffOpen());
    CHECK(timeline.coolingOffText() == QLatin1String("Cooling-off ended on 12/5 (Sat)"));
    CHECK(timeline.cancellationKind() == QLatin1String("free_no_cost"));
}

TEST_CASE("P3: the contract day is the company's calendar day, not the UTC one", "[timeline][P3]")
{
    test::TempStore t;
    DemoClock clock(&t.clock);
    auto session = openSession(t, clock, Rep, QStringLiteral("sales_rep"));
    // 30 November 15:30 UTC is already 1 December 00:30 in Tokyo: day 1 is 1 December, the last day 8 December.
    const qint64 afterMidnight = QDateTime(QDate(2026, 11, 30), QTime(15, 30), Qt::UTC).toMSecsSinceEpoch();
    CHECK(afterMidnight == tokyo(2026, 12, 1, 0, 30));
    concludeContract(*session, clock, Contract, Customer, afterMidnight);
    // 30 November 14:59 UTC is 23:59 in Tokyo, still the 30th: the last day is 7 December.
    concludeContract(*session, clock, QStringLiteral("k-2"), Customer, tokyo(2026, 12, 1, 0, 30) - 31 * MsPerMinute);

    setNow(t.clock, tokyo(2026, 12, 7, 12, 0));
    ContractTimeline first;
    first.setSession(session.get());
    first.setContractId(Contract);
    CHECK(first.coolingOffDeadlineText() == QLatin1String("12/8 (Tue)"));
    CHECK(first.coolingOffDaysLeft() == 1);
    ContractTimeline second;
    second.setSession(session.get());
    second.setContractId(QStringLiteral("k-2"));
    CHECK(second.coolingOffDeadlineText() == QLatin1String("12/7 (Mon)"));
    CHECK(second.coolingOffDaysLeft() == 0);
}

TEST_CASE("P3: the cancellation kind turns from cooling-off to free, then to with cost after head office's order",
    "[timeline][P3]")
{
    test::TempStore t;
    DemoClock clock(&t.clock);
    auto session = openSession(t, clock, Rep, QStringLiteral("sales_rep"));
    concludeContract(*session, clock, Contract, Customer, tokyo(2026, 11, 2, 11, 0));
    setNow(t.clock, tokyo(2026, 11, 9, 18, 0));

    ContractTimeline timeline;
    timeline.setSession(session.get());
    timeline.setContractId(Contract);
    CHECK(timeline.cancellationKind() == QLatin1String("cooling_off"));
    CHECK(timeline.cancellationText().contains(QLatin1String("free of charge")));

    setNow(t.clock, tokyo(2026, 11, 10, 0, 0)); // the 9th was day 8
    CHECK(timeline.cancellationKind() == QLatin1String("free_no_cost"));
    CHECK(timeline.cancellationKindText() == QLatin1String("Free: no cost incurred yet"));

    // Head office places an order with external cost (in production this arrives by sync).
    REQUIRE(
        session
            ->record({{EventType::CostRecorded, Contract, DemoAdmin,
                {{QStringLiteral("orderRef"), QStringLiteral("PO-2026-1187")}, {QStringLiteral("amountYen"), 120000}}}})
            .ok());
    CHECK(timeline.cancellationKind() == QLatin1String("with_cost"));
    CHECK(timeline.cancellationKindText() == QLatin1String("With cost"));
    CHECK(timeline.cancellationText().contains(QLatin1String("2026/11/10 (Tue)")));
    CHECK(timeline.canCancel()); // still possible, with cost
    CHECK(rejected(*session->store(), Contract) == 0);
}

TEST_CASE("P3: a cancellation carries the customer's signature and is refused the second time", "[timeline][P3]")
{
    test::TempStore t;
    DemoClock clock(&t.clock);
    auto session = openSession(t, clock, Rep, QStringLiteral("sales_rep"));
    registerCustomer(*session, Customer, QStringLiteral("加藤 翔太"));
    concludeContract(*session, clock, Contract, Customer, tokyo(2026, 11, 2, 11, 0));
    setNow(t.clock, tokyo(2026, 11, 5, 14, 0));
    Store &store = *session->store();

    ContractTimeline timeline;
    timeline.setSession(session.get());
    timeline.setContractId(Contract);
    REQUIRE(timeline.canCancel());
    QSignalSpy cancelled(&timeline, &ContractTimeline::cancelled);

    // No signature, no cancellation: nothing is written.
    const qint64 head = store.headSeq();
    CHECK_FALSE(timeline.cancelWith(QString(), QString(), SignatureStrokes {6400, 3200, {}}));
    CHECK(timeline.errorText() == signatureErrorText(SignatureError::Empty));
    CHECK(store.headSeq() == head);

    const SignatureStrokes signature = demoSignature(42);
    REQUIRE(timeline.cancelWith(QStringLiteral("今回は見送ります"), QString(), signature));
    CHECK(cancelled.count() == 1);
    CHECK(timeline.errorText().isEmpty());
    CHECK(timeline.stage() == QLatin1String("cancelled"));
    CHECK(timeline.cancelledText() == QLatin1String("Cancelled on 2026/11/05 (Thu) (Cooling-off: free of charge)"));
    CHECK(timeline.coolingOffText() == QLatin1String("Cooling-off until 11/9 (Mon)"));
    CHECK_FALSE(timeline.canCancel());
    CHECK_FALSE(timeline.cancellationOffered());
    CHECK(timeline.cancelBlockedText() == QLatin1String("This contract is already cancelled."));
    CHECK(timeline.callC1Status() == QLatin1String("not_made"));

    // The record: contract.cancelled by the rep, valid for the catalog, citing the strokes it stored.
    const Event e = store.latestEvents(Contract, 1).first();
    CHECK(e.type == EventType::ContractCancelled);
    CHECK(e.actor == Rep);
    QString field;
    CHECK(validateEvent(e, Role::SalesRep, &field) == EventError::None);
    const QString signatureHash = e.payload.value(QStringLiteral("signatureHash")).toString();
    CHECK(signatureHash == signature.hash());
    const auto blob = store.blob(signatureHash);
    REQUIRE(blob);
    CHECK(SignatureStrokes::decode(*blob).value() == signature);
    if (cancellationCarriesReason())
        CHECK(e.payload.value(QStringLiteral("reason")).toString() == QStringLiteral("今回は見送ります"));
    CHECK(ContractState::fromJson(store.projection(Contract)->state).cancellation == CancellationKind::CoolingOff);

    // Core refuses a second cancellation (Terminated): nothing is written, the rep is told why.
    const qint64 afterFirst = store.headSeq();
    CHECK_FALSE(timeline.cancelWith(QString(), QString(), demoSignature(43)));
    CHECK(timeline.errorText() == QLatin1String("This contract is already cancelled."));
    CHECK(store.headSeq() == afterFirst);
    CHECK(rejected(store, Contract) == 0);
    CHECK(cancelled.count() == 1);
}

TEST_CASE("P3: who may cancel and when is core's decision", "[timeline][P3]")
{
    test::TempStore t;
    DemoClock clock(&t.clock);
    auto session = openSession(t, clock, Rep, QStringLiteral("sales_rep"));
    concludeContract(*session, clock, Contract, Customer, tokyo(2026, 11, 2, 11, 0));

    // Not concluded yet: the walkthrough is stopped, not cancelled.
    const ContentPack *pack = session->content().byId(QStringLiteral("crm-standard"));
    clock.beginHistory(tokyo(2026, 11, 3, 10, 0));
    ContractScript open(*session->store(), clock, *pack, QStringLiteral("k-open"), Customer, Rep);
    open.open(QStringLiteral("allowed")).explain(3, 4 * MsPerMinute);
    clock.endHistory();
    REQUIRE(open.ok());
    setNow(t.clock, tokyo(2026, 11, 4, 9, 0));
    ContractTimeline explaining;
    explaining.setSession(session.get());
    explaining.setContractId(QStringLiteral("k-open"));
    CHECK(explaining.stage() == QLatin1String("explaining"));
    CHECK_FALSE(explaining.canCancel());
    CHECK_FALSE(explaining.cancellationOffered()); // nothing to cancel yet
    CHECK(explaining.canContinueWalkthrough());
    CHECK(explaining.productCode() == QLatin1String("crm-standard"));
    CHECK(explaining.cancelBlockedText().contains(QLatin1String("not concluded yet")));
    CHECK(explaining.coolingOffText() == QLatin1String("Cooling-off starts when the contract is concluded."));
    CHECK_FALSE(explaining.cancelWith(QString(), QString(), demoSignature(1)));

    // The installer may not record a cancellation (catalog: sales_rep and head_office only).
    session->setUser(QStringLiteral("inst-001"), QStringLiteral("installer"));
    ContractTimeline timeline;
    timeline.setSession(session.get());
    timeline.setContractId(Contract);
    CHECK_FALSE(timeline.canCancel());
    CHECK_FALSE(timeline.cancellationOffered());
    CHECK(timeline.cancelBlockedText()
        == QLatin1String("A cancellation is recorded by the sales rep or by head office."));
    CHECK_FALSE(timeline.cancelWith(QString(), QString(), demoSignature(2)));
    CHECK(timeline.stage() == QLatin1String("contracted"));

    // No such contract.
    ContractTimeline none;
    none.setSession(session.get());
    none.setContractId(QStringLiteral("nope"));
    CHECK_FALSE(none.exists());
    CHECK_FALSE(none.canCancel());
    CHECK(none.events()->rowCount() == 0);
}

TEST_CASE("M2: the calls show as waiting for head office, then with their result from sync", "[timeline][M2]")
{
    test::TempStore t;
    DemoClock clock(&t.clock);
    auto session = openSession(t, clock, Rep, QStringLiteral("sales_rep"));
    concludeContract(*session, clock, Contract, Customer, tokyo(2026, 11, 2, 11, 0));
    setNow(t.clock, tokyo(2026, 11, 3, 9, 0));

    ContractTimeline timeline;
    timeline.setSession(session.get());
    timeline.setContractId(Contract);
    CHECK(timeline.callC1Status() == QLatin1String("waiting"));
    CHECK(timeline.callC1Text() == QLatin1String("Waiting for head office"));
    CHECK(timeline.callC2Status() == QLatin1String("later"));
    CHECK(timeline.callC2Text() == QLatin1String("After the delivery"));
    CHECK(timeline.callC3Status() == QLatin1String("later"));

    // Results arrive later (recorded here as sync would apply them); the timeline reloads on each.
    QSignalSpy changed(&timeline, &ContractTimeline::changed);
    REQUIRE(session->record({callDraft(QStringLiteral("C1"), 0, 0)}).ok());
    CHECK(changed.count() == 1);
    CHECK(timeline.callC1Status() == QLatin1String("waiting"));
    CHECK(timeline.callC1Text()
        == plural("kakunin::ContractTimeline", "Waiting for head office (%n attempt(s), not reached yet)", 1));

    setNow(t.clock, tokyo(2026, 11, 4, 10, 0));
    REQUIRE(session->record({callDraft(QStringLiteral("C1"), 1, 0, QStringLiteral("訪問が長かったとのこと"))}).ok());
    CHECK(timeline.callC1Status() == QLatin1String("problem"));
    CHECK(timeline.status() == QLatin1String("on_hold"));
    CHECK(timeline.onHold());
    CHECK(timeline.holdText().contains(QLatin1String("the sales conduct was not as agreed (S2)")));
    CHECK(timeline.holdText().contains(QStringLiteral("訪問が長かったとのこと")));
    CHECK(timeline.nextText().contains(QLatin1String("resolves the problem the C1 call found")));

    REQUIRE(session
                ->record({{EventType::HoldResolved, Contract, DemoAdmin,
                    {{QStringLiteral("resolution"), QStringLiteral("販売店に確認済み")}}}})
                .ok());
    CHECK_FALSE(timeline.onHold());
    CHECK(timeline.callC1Status() == QLatin1String("waiting"));

    setNow(t.clock, tokyo(2026, 11, 5, 10, 0));
    REQUIRE(session->record({callDraft(QStringLiteral("C1"), 1, 1)}).ok());
    CHECK(timeline.callC1Status() == QLatin1String("clean"));
    CHECK(timeline.callC1Text() == QLatin1String("Clean: no problem found (2026/11/05 (Thu))"));
    CHECK(timeline.stage() == QLatin1String("c1_cleared"));
    CHECK(timeline.headline() == QLatin1String("Ready for the delivery lecture"));
    CHECK(timeline.callC2Status() == QLatin1String("later"));
    CHECK(rejected(*session->store(), Contract) == 0);

    // The rep sees no lecture button; an installer does (D1: the lecture follows a clean C1).
    CHECK_FALSE(timeline.canStartLecture());
    session->setUser(QStringLiteral("inst-001"), QStringLiteral("installer"));
    CHECK(timeline.canStartLecture());
    CHECK(timeline.lectureButtonText() == QLatin1String("Start delivery lecture"));
}

TEST_CASE("timeline: every event of the contract in order, refused ones marked, under QAbstractItemModelTester",
    "[timeline][M2]")
{
    test::TempStore t;
    DemoClock clock(&t.clock);
    auto session = openSession(t, clock, Rep, QStringLiteral("sales_rep"));
    concludeContract(*session, clock, Contract, Customer, tokyo(2026, 11, 2, 11, 0));
    setNow(t.clock, tokyo(2026, 11, 3, 9, 0));

    ContractTimeline timeline;
    TimelineEventModel *events = timeline.events();
    QAbstractItemModelTester tester(events, QAbstractItemModelTester::FailureReportingMode::Fatal);
    timeline.setSession(session.get());
    timeline.setContractId(Contract);
    const Store &store = *session->store();
    const QList<Event> stored = store.latestEvents(Contract, 1000);
    REQUIRE(events->rowCount() == stored.size());
    // 1 opened + 16 × (shown, confirmed) + attestation + 2 signatures + concluded
    CHECK(events->rowCount() == 1 + 32 + 1 + 2 + 1);

    auto role = [&](int row, int r) { return events->data(events->index(row, 0), r); };
    CHECK(role(0, TimelineEventModel::TypeRole).toString() == EventType::MattersOpened);
    CHECK(role(0, TimelineEventModel::TitleRole).toString()
        == QLatin1String("Explanation of the important matters started"));
    CHECK(role(0, TimelineEventModel::DetailRole).toString().contains(QLatin1String("Customer Management")));
    CHECK(role(0, TimelineEventModel::ActorTextRole).toString() == QLatin1String("You"));
    CHECK(role(0, TimelineEventModel::NewDayRole).toBool());
    CHECK(role(1, TimelineEventModel::TitleRole).toString() == QLatin1String("Item explained"));
    CHECK(role(1, TimelineEventModel::DetailRole).toString().startsWith(QLatin1String("1 of 16: ")));
    CHECK_FALSE(role(1, TimelineEventModel::NewDayRole).toBool());
    const int last = events->rowCount() - 1;
    CHECK(role(last, TimelineEventModel::TypeRole).toString() == EventType::ContractConcluded);
    CHECK(role(last, TimelineEventModel::MilestoneRole).toBool());
    CHECK(role(last, TimelineEventModel::TimeTextRole).toString() == QLatin1String("11:00"));
    CHECK(role(last, TimelineEventModel::DateTextRole).toString() == QLatin1String("2026/11/02 (Mon)"));
    qint64 previous = 0;
    for (int row = 0; row < events->rowCount(); ++row) {
        CHECK(role(row, TimelineEventModel::AtRole).toLongLong() >= previous);
        previous = role(row, TimelineEventModel::AtRole).toLongLong();
        CHECK_FALSE(role(row, TimelineEventModel::TitleRole).toString().isEmpty());
        CHECK(role(row, TimelineEventModel::AcceptedRole).toBool());
    }

    // A call by the sales rep is refused by the rules (M2) and stays in the record, marked as refused.
    EventDraft byRep = callDraft(QStringLiteral("C1"), 1, 1);
    byRep.actor = Rep;
    REQUIRE(session->record({byRep}).ok());
    CHECK(rejected(store, Contract) == 1);
    REQUIRE(events->rowCount() == last + 2);
    CHECK_FALSE(role(last + 1, TimelineEventModel::AcceptedRole).toBool());
    CHECK(role(last + 1, TimelineEventModel::RefusalTextRole).toString()
        == QLatin1String("Confirmation calls are made without the sales rep (M2)."));
    CHECK(timeline.callC1Status() == QLatin1String("waiting"));

    // Head office's call is listed as theirs.
    REQUIRE(session->record({callDraft(QStringLiteral("C1"), 1, 1)}).ok());
    CHECK(role(last + 2, TimelineEventModel::ActorTextRole).toString() == QLatin1String("Head office ho-caller-01"));
    CHECK(role(last + 2, TimelineEventModel::DetailRole).toString() == QLatin1String("No problem found"));
    CHECK(role(last + 2, TimelineEventModel::CategoryRole).toString() == QLatin1String("call"));
}

TEST_CASE("D3 P6: trial dates, the start and a dispute in words", "[timeline][D3][P6]")
{
    test::TempStore t;
    DemoClock clock(&t.clock);
    auto session = openSession(t, clock, Rep, QStringLiteral("sales_rep"));
    const ContentPack *pack = session->content().byId(QStringLiteral("crm-standard"));
    clock.beginHistory(tokyo(2026, 10, 1, 10, 0));
    ContractScript k(*session->store(), clock, *pack, Contract, Customer, Rep);
    k.open(QStringLiteral("allowed"))
        .explainAll(4 * MsPerMinute)
        .sign(QStringLiteral("客"), Rep)
        .conclude(session->policy());
    clock.moveTo(tokyo(2026, 10, 3, 10, 0));
    k.call(QStringLiteral("C1"), DemoCall::Clean);
    clock.moveTo(tokyo(2026, 10, 8, 9, 30));
    k.startLecture(DemoInstaller, LectureLevel::Standard).teachAll(7 * MsPerMinute).signDelivery(QStringLiteral("客"));
    clock.moveTo(tokyo(2026, 10, 10, 10, 0));
    k.call(QStringLiteral("C2"), DemoCall::Clean).startTrial();
    clock.endHistory();
    INFO(k.failure().toStdString());
    REQUIRE(k.ok());

    setNow(t.clock, tokyo(2026, 10, 20, 9, 0));
    ContractTimeline timeline;
    timeline.setSession(session.get());
    timeline.setContractId(Contract);
    CHECK(timeline.stage() == QLatin1String("in_trial"));
    CHECK(timeline.headline() == QLatin1String("In the trial period"));
    CHECK(timeline.trialStartText() == QLatin1String("2026/10/10 (Sat)"));
    CHECK(timeline.trialEndText() == QLatin1String("2026/10/24 (Sat)"));
    CHECK(timeline.trialDaysLeft() == 4);
    CHECK(timeline.trialText()
        == plural("kakunin::ContractTimeline", "Trial until %1 (%n day(s) left)", 4)
               .arg(QStringLiteral("10/24 (Sat)")));
    CHECK(timeline.deliveredText() == QLatin1String("2026/10/08 (Thu)"));
    CHECK(timeline.callC2Status() == QLatin1String("clean"));
    CHECK(timeline.callC3Status() == QLatin1String("later"));

    // P6: a dispute stops progress and says when the credit contract may be cancelled.
    REQUIRE(session
                ->record({{EventType::DisputeOpened, Contract, DemoAdmin,
                    {{QStringLiteral("disputeId"), QStringLiteral("D-17")}}}})
                .ok());
    CHECK(timeline.disputed());
    CHECK(timeline.status() == QLatin1String("disputed"));
    CHECK(timeline.disputeText().contains(QLatin1String("2026/11/19 (Thu)")));
    CHECK(rejected(*session->store(), Contract) == 0);
}
