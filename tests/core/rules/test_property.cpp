#include <catch2/catch.hpp>

#include "rulessupport.h"

#include <core/canonicaljson.h>
#include <core/domain/lifecycle.h>
#include <core/projection.h>

#include <QRandomGenerator>

using namespace kakunin;
using namespace kakunin::test;

namespace {

// Produces plausible but often wrong contract events: mostly the next step of the happy path, with
// dirty calls, short lectures, early confirmations, wrong callers, reboots and random events between.
class Generator {
public:
    explicit Generator(quint32 seed) : m_rnd(seed) { }

    Event next(EventBuilder &b, const ContractState &s)
    {
        if (chance(3)) { // the tablet reboots: monotonic clock restarts under a new boot id
            b.boot = QStringLiteral("boot-%1").arg(m_rnd.bounded(1000));
            b.mono = m_rnd.bounded(10'000);
        }
        b.advance(static_cast<qint64>(m_rnd.bounded(90)) * MsPerMinute);
        if (chance(2))
            b.advance(static_cast<qint64>(m_rnd.bounded(20)) * MsPerDay);
        if (chance(70))
            return guided(b, s);
        return randomEvent(b);
    }

private:
    bool chance(int percent) { return static_cast<int>(m_rnd.bounded(100)) < percent; }
    int flag(int percentOne) { return chance(percentOne) ? 1 : 0; }
    QString anyActor()
    {
        const QString actors[] = {Rep, Installer, Caller, Caller2};
        return actors[m_rnd.bounded(4)];
    }

    Event call(EventBuilder &b, const char *stage)
    {
        QJsonObject p = callPayload(stage, !chance(10));
        p.insert(QStringLiteral("reached"), flag(90));
        p.insert(QStringLiteral("conductOk"), flag(95));
        p.insert(QStringLiteral("lectureOk"), flag(95));
        p.insert(QStringLiteral("productUsed"), flag(95));
        const QString caller = chance(85) ? (chance(50) ? Caller : Caller2) : anyActor();
        return b.make(EventType::CallRecorded, caller, p);
    }

    Event item(EventBuilder &b, const QString &type, int index)
    {
        return b.make(type, Rep,
            {{QStringLiteral("itemId"), QStringLiteral("m%1").arg(index)}, {QStringLiteral("index"), index}});
    }

    Event sign(EventBuilder &b, const char *signer, const QString &digest)
    {
        return b.make(EventType::MattersSigned, Rep,
            {{QStringLiteral("signer"), QString::fromLatin1(signer)}, {QStringLiteral("signatureHash"), hashOf('c')},
                {QStringLiteral("contentHash"), chance(95) ? digest : hashOf('b')}});
    }

    Event lectureItem(EventBuilder &b, const QString &type, int index)
    {
        return b.make(type, Installer, {{QStringLiteral("itemId"), QStringLiteral("item-%1").arg(index)}});
    }

    Event guided(EventBuilder &b, const ContractState &s)
    {
        if (s.onHold)
            return b.make(EventType::HoldResolved, Caller, {{QStringLiteral("resolution"), QStringLiteral("fixed")}});
        if (s.disputed)
            return b.make(
                EventType::DisputeResolved, Caller, {{QStringLiteral("resolution"), QStringLiteral("settled")}});
        switch (s.stage) {
        case ContractStage::None:
            return b.make(
                EventType::MattersOpened, Rep, mattersOpenedPayload(4, chance(20), chance(90) ? "allowed" : "refused"));
        case ContractStage::Explaining:
            if (s.confirmed < s.itemCount)
                return item(b,
                    s.shownUpTo > s.confirmed ? EventType::MattersItemConfirmed : EventType::MattersItemShown,
                    s.confirmed + (chance(5) ? 1 : 0));
            if (!s.attested && chance(90))
                return b.make(EventType::MattersNoGuaranteeAttested, Rep, {{QStringLiteral("packHash"), PackHash}});
            if (!s.signedCustomer)
                return sign(b, "customer", s.mattersDigest);
            if (s.successorRequired && !s.signedSuccessor)
                return sign(b, "successor", s.mattersDigest);
            if (!s.signedRep)
                return sign(b, "rep", s.mattersDigest);
            return b.make(EventType::ContractConcluded, Rep, concludedPayload());
        case ContractStage::Contracted:
            return call(b, "C1");
        case ContractStage::C1Cleared:
            if (s.lectureState == 0)
                return b.make(EventType::LectureStarted, chance(90) ? Installer : Caller2,
                    {{QStringLiteral("level"), QStringLiteral("standard")}, {QStringLiteral("itemCount"), 2},
                        {QStringLiteral("packHash"), PackHash}});
            if (s.lectureState == 2 || chance(5))
                return b.make(EventType::LectureResumed, Installer, {});
            if (chance(10))
                return b.make(EventType::LecturePaused, Installer, {});
            if (s.taught.size() < 2)
                return lectureItem(b, EventType::LectureItemTaught, static_cast<int>(s.taught.size()));
            if (s.understood.size() < 2)
                return lectureItem(b, EventType::LectureItemUnderstood, static_cast<int>(s.understood.size()));
            if (chance(60))
                b.advance(static_cast<qint64>(m_rnd.bounded(200)) * MsPerMinute);
            return b.make(EventType::DeliverySigned, Installer,
                {{QStringLiteral("signatureHash"), hashOf('e')},
                    {QStringLiteral("contentHash"), chance(95) ? s.deliveryDigest : hashOf('b')}});
        case ContractStage::Delivered:
            return call(b, "C2");
        case ContractStage::C2Cleared:
            return b.make(EventType::TrialStarted, Installer, {});
        case ContractStage::InTrial:
            b.advance(static_cast<qint64>(m_rnd.bounded(16)) * MsPerDay);
            return b.make(EventType::UsageConfirmed, Caller,
                {{QStringLiteral("used"), flag(85)}, {QStringLiteral("noDefects"), flag(90)},
                    {QStringLiteral("mayStart"), flag(95)}});
        case ContractStage::UsageConfirmed:
            return call(b, "C3");
        case ContractStage::C3Cleared:
            return b.make(EventType::ContractStarted, Caller, {});
        case ContractStage::Started:
        case ContractStage::FollowUp:
        case ContractStage::Cancelled:
        case ContractStage::CreditCancelled:
            break;
        }
        return b.make(EventType::FollowUpRecorded, Caller,
            {{QStringLiteral("kind"), QStringLiteral("check")}, {QStringLiteral("note"), QString()}});
    }

    Event randomEvent(EventBuilder &b)
    {
        switch (m_rnd.bounded(16)) {
        case 0:
            return call(b, m_rnd.bounded(2) ? "C1" : m_rnd.bounded(2) ? "C2" : "C3");
        case 1:
            return b.make(EventType::ContractStarted, anyActor(), {});
        case 2:
            return b.make(EventType::TrialStarted, anyActor(), {});
        case 3:
            return b.make(EventType::UsageConfirmed, Caller,
                {{QStringLiteral("used"), flag(50)}, {QStringLiteral("noDefects"), flag(50)},
                    {QStringLiteral("mayStart"), flag(50)}});
        case 4:
            return b.make(EventType::DeliverySigned, Installer,
                {{QStringLiteral("signatureHash"), hashOf('e')}, {QStringLiteral("contentHash"), hashOf('e')}});
        case 5:
            return b.make(EventType::LecturePaused, Installer, {});
        case 6:
            return b.make(EventType::LectureResumed, Installer, {});
        case 7:
            return lectureItem(b, EventType::LectureItemTaught, static_cast<int>(m_rnd.bounded(4)));
        case 8:
            return item(b, EventType::MattersItemConfirmed, static_cast<int>(m_rnd.bounded(5)));
        case 9:
            return b.make(EventType::HoldResolved, Caller, {{QStringLiteral("resolution"), QStringLiteral("r")}});
        case 10:
            return b.make(EventType::ContractConcluded, Rep, concludedPayload());
        case 11:
            return b.make(EventType::CostRecorded, Caller,
                {{QStringLiteral("orderRef"), QStringLiteral("PO")}, {QStringLiteral("amountYen"), 1000}});
        case 12:
            if (chance(30))
                return b.make(EventType::ContractCancelled, Rep, {{QStringLiteral("signatureHash"), hashOf('9')}});
            return b.make(EventType::DisputeOpened, Caller, {{QStringLiteral("disputeId"), QStringLiteral("d")}});
        case 13:
            return b.make(EventType::CreditCancelled, Caller, {});
        case 14:
            return b.make(EventType::ContractStarted, Caller, {{QStringLiteral("force"), 1}}); // malformed
        default:
            return b.make(EventType::MattersOpened, Rep, mattersOpenedPayload());
        }
    }

    QRandomGenerator m_rnd;
};

bool cleanCall(const Event &e, const char *stage)
{
    const QJsonObject &p = e.payload;
    // The script's questions by stage: guarantee and conduct always, lecture from C2, use at C3.
    const bool afterDelivery = qstrcmp(stage, "C1") != 0;
    const bool inspection = qstrcmp(stage, "C3") == 0;
    return e.type == EventType::CallRecorded && p.value(QStringLiteral("stage")).toString() == QLatin1String(stage)
        && p.value(QStringLiteral("reached")).toInteger() == 1
        && p.value(QStringLiteral("guaranteeMentioned")).toInteger() == 0
        && p.value(QStringLiteral("conductOk")).toInteger() == 1
        && (!afterDelivery || p.value(QStringLiteral("lectureOk")).toInteger() == 1)
        && (!inspection || p.value(QStringLiteral("productUsed")).toInteger() == 1);
}

// An independent reading of the accepted events: may a contract with this history be started?
bool startWasLegal(const QList<Event> &accepted, qint64 startAt)
{
    bool c1 = false, c2 = false, c3 = false, delivered = false, used = false, concluded = false, hold = false;
    bool disputed = false;
    QString rep, installer;
    qint64 trialAt = -1, usageAt = -1, running = 0, segMono = 0;
    QString segBoot;
    bool runningNow = false;
    int confirmed = 0, signatures = 0;
    for (const Event &e : accepted) {
        const QString &t = e.type;
        if (t == EventType::MattersOpened)
            rep = e.actor;
        else if (t == EventType::MattersItemConfirmed)
            ++confirmed;
        else if (t == EventType::MattersSigned)
            ++signatures;
        else if (t == EventType::ContractConcluded)
            concluded = true;
        else if (t == EventType::CallRecorded && e.payload.value(QStringLiteral("reached")).toInteger() == 1) {
            const char *stage = e.payload.value(QStringLiteral("stage")).toString() == QLatin1String("C1") ? "C1"
                : e.payload.value(QStringLiteral("stage")).toString() == QLatin1String("C2")               ? "C2"
                                                                                                           : "C3";
            if (!cleanCall(e, stage))
                hold = true;
            else if (e.actor != rep && (qstrcmp(stage, "C3") != 0 || e.actor != installer))
                (qstrcmp(stage, "C1") == 0 ? c1 : qstrcmp(stage, "C2") == 0 ? c2 : c3) = true;
        } else if (t == EventType::HoldResolved)
            hold = false;
        else if (t == EventType::DisputeOpened)
            disputed = true;
        else if (t == EventType::DisputeResolved)
            disputed = false;
        else if (t == EventType::LectureStarted || t == EventType::LectureResumed) {
            if (t == EventType::LectureStarted)
                installer = e.actor;
            runningNow = true;
            segMono = e.mono;
            segBoot = e.boot;
        } else if (t == EventType::LecturePaused || t == EventType::DeliverySigned) {
            if (runningNow && e.boot == segBoot && e.mono >= segMono)
                running += e.mono - segMono;
            runningNow = false;
            if (t == EventType::DeliverySigned)
                delivered = running >= 180 * MsPerMinute;
        } else if (t == EventType::TrialStarted)
            trialAt = e.at;
        else if (t == EventType::UsageConfirmed) {
            used = e.payload.value(QStringLiteral("used")).toInteger() == 1;
            usageAt = e.at;
        }
    }
    return concluded && confirmed == 4 && signatures >= 2 && c1 && c2 && c3 && delivered && used && !hold && !disputed
        && trialAt >= 0 && usageAt - trialAt >= 14 * MsPerDay && startAt - trialAt >= 14 * MsPerDay;
}

// Through canonical JSON and back, as the store keeps a projection between events.
AggregateState throughStorage(const AggregateState &s)
{
    const auto bytes = cjson::canonicalize(s.state);
    REQUIRE(bytes.ok());
    const auto back = cjson::parseObject(bytes.value());
    REQUIRE(back.ok());
    return AggregateState {s.kind, back.value()};
}

} // namespace

TEST_CASE("M2 D1 D3 property: random event sequences never start a contract illegally, never crash, and replay to the "
          "same projection",
    "[M2][D1][D2][D3][P3][P6][property]")
{
    constexpr int Runs = 2000;
    Generator gen(20261128);
    int started = 0, rejected = 0, total = 0;
    for (int run = 0; run < Runs; ++run) {
        EventBuilder b;
        b.at += run * MsPerDay;
        ContractLifecycle lc;
        AggregateState incremental;
        QList<Event> all, accepted;
        const int steps = 20 + run % 60;
        for (int i = 0; i < steps; ++i) {
            const Event e = gen.next(b, lc.state());
            const bool wasStarted = lc.stage() == ContractStage::Started;
            const LifecycleError err = lc.apply(e);
            all.append(e);
            ++total;
            if (err == LifecycleError::None)
                accepted.append(e);
            else
                ++rejected;
            incremental = throughStorage(project(incremental, e));
            if (!wasStarted && lc.stage() == ContractStage::Started) {
                ++started;
                INFO("run " << run << " step " << i);
                REQUIRE(startWasLegal(accepted, e.at));
                REQUIRE(lc.state().c1Clean);
                REQUIRE(lc.state().c2Clean);
                REQUIRE(lc.state().c3Clean);
                REQUIRE(lc.state().lectureRunningMs >= 180 * MsPerMinute);
                REQUIRE(lc.state().used);
                REQUIRE(lc.state().installer != lc.state().salesRep);
            }
        }
        // Replaying the same events yields the same state, whichever way it is folded.
        ContractLifecycle replay;
        AggregateState replayed;
        for (const Event &e : all) {
            replay.apply(e);
            replayed = project(replayed, e);
        }
        INFO("run " << run);
        REQUIRE(replay.state().toJson() == lc.state().toJson());
        REQUIRE(cjson::canonicalize(replayed.state).value() == cjson::canonicalize(incremental.state).value());
        QJsonObject fromProjection = ContractState::fromJson(incremental.state).toJson();
        REQUIRE(fromProjection == lc.state().toJson());
    }
    // The generator must actually reach the interesting places, or the property proves nothing.
    CHECK(started > Runs / 50);
    CHECK(rejected > total / 20);
}

TEST_CASE("P4 property: a ProjectionBook replayed from the same events is identical", "[P4][property]")
{
    Generator gen(7);
    EventBuilder b;
    QList<Event> all;
    all.append(
        b.make(EventType::CustomerRegistered, Rep, {{QStringLiteral("name"), QStringLiteral("佐藤")}}, Customer));
    all.append(b.make(EventType::ScreeningRecorded, Rep,
        {{QStringLiteral("outcome"), QStringLiteral("allowed")}, {QStringLiteral("refusals"), QString()},
            {QStringLiteral("conditions"), QString()}, {QStringLiteral("age"), 40}, {QStringLiteral("itLiteracy"), 3},
            {QStringLiteral("policyVersion"), 1}, {QStringLiteral("successorPresent"), 0},
            {QStringLiteral("fullTimeDeclared"), 0}},
        Customer));
    ProjectionBook incremental;
    for (const Event &e : all)
        incremental.apply(e);
    for (int c = 0; c < 20; ++c) {
        const QString id = QStringLiteral("ctr-%1").arg(c);
        for (int i = 0; i < 40; ++i) {
            Event e = gen.next(b,
                incremental.aggregate(id).state.isEmpty() ? ContractState()
                                                          : ContractState::fromJson(incremental.aggregate(id).state));
            e.aggregate = id;
            incremental.apply(e);
            all.append(e);
        }
        if (c % 5 == 0) {
            const Event approval = b.make(EventType::ApprovalGranted, Caller,
                {{QStringLiteral("approvalId"), QStringLiteral("apr-%1").arg(c)},
                    {QStringLiteral("reason"), QString()}},
                Customer);
            incremental.apply(approval);
            all.append(approval);
        }
    }
    ProjectionBook replay;
    for (const Event &e : all)
        replay.apply(e);
    CHECK(replay.canonical() == incremental.canonical());
    CHECK_FALSE(replay.canonical().isEmpty());
    // P4 held throughout: never two live contracts without an approval in between.
    int live = 0;
    for (const QString &id : replay.contractsOf(Customer))
        live += ContractState::fromJson(replay.aggregate(id).state).live() ? 1 : 0;
    CHECK(live <= 1 + 4);
}
