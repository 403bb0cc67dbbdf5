// The demo contracts: real events through the real lifecycle (rejected == 0), in the stages a newcomer should see.
#include <catch2/catch.hpp>

#include <core/domain/eventcatalog.h>
#include <core/domain/lecture.h>
#include <core/domain/policy.h>
#include <models/appsession.h>
#include <models/contracttimeline.h>
#include <models/democontracts.h>
#include <models/demodata.h>
#include <models/visithistory.h>
#include <support/testsupport.h>

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
} // namespace kakunin::timelinetest

using namespace kakunin::timelinetest;

namespace {

const QString Rep = QStringLiteral("rep-001");

Role roleOf(const QString &actor)
{
    if (actor == Rep)
        return Role::SalesRep;
    if (actor == DemoInstaller)
        return Role::Installer;
    return Role::HeadOffice;
}

} // namespace

TEST_CASE("demo contracts: every event accepted by the rules, each contract in its intended stage",
    "[democontracts][P3][M2][D1][D3]")
{
    // Any time of day: early morning, business hours and late evening, and across a month end.
    const qint64 now = GENERATE(tokyo(2026, 12, 1, 12, 0), tokyo(2026, 12, 2, 0, 20), tokyo(2027, 3, 1, 23, 50));
    test::TempStore t;
    timelinetest::setNow(t.clock, now);
    DemoClock clock(&t.clock);
    StoreOptions options = t.options();
    options.clock = &clock;
    auto created = Store::create(options, test::DemoPin);
    REQUIRE(created.ok());
    Store &store = *created.value();
    REQUIRE(seedDemoData(store, Rep, clock).ok());
    const qint64 customerEvents = store.headSeq();

    const auto seeded = seedDemoContracts(store, Rep, DemoInstaller, clock);
    INFO("seed: " << storeErrorName(seeded.error()));
    REQUIRE(seeded.ok());
    CHECK(seeded.value() == store.headSeq() - customerEvents);
    CHECK(seeded.value() > 300);
    CHECK_FALSE(clock.inHistory());
    CHECK(clock.utcMs() == now); // the store's clock shows the real time again
    CHECK(store.verifyChain().ok());

    QMap<QString, ContractState> contracts;
    for (const AggregateState &a : store.projectionsOfKind(QStringLiteral("contract"))) {
        const ContractState s = ContractState::fromJson(a.state);
        INFO(s.id.toStdString() << " last rejection " << lifecycleErrorName(s.lastRejection));
        CHECK(s.rejected == 0);
        CHECK(s.salesRep == Rep);
        contracts.insert(s.id, s);
        // Every event is one the catalog accepts from the role that recorded it, and lies in the past.
        for (const Event &e : store.latestEvents(s.id, 10'000)) {
            QString field;
            INFO(e.type.toStdString() << " by " << e.actor.toStdString() << ": " << field.toStdString());
            CHECK(validateEvent(e, roleOf(e.actor), &field) == EventError::None);
            CHECK(e.at < now);
        }
    }
    REQUIRE(contracts.size() == 7);
    const Policy policy;
    auto stage = [&](const char *id) { return contracts.value(QLatin1String(id)).stage; };
    CHECK(stage("demo-k01") == ContractStage::Explaining);
    CHECK(contracts.value(QStringLiteral("demo-k01")).confirmed == 7);
    // Concluded three days ago: in cooling-off, C1 tried once.
    const ContractState k03 = contracts.value(QStringLiteral("demo-k03"));
    CHECK(k03.stage == ContractStage::Contracted);
    CHECK(k03.callAttempts == 1);
    CHECK(now <= k03.coolingOffDeadline());
    CHECK(localDate(policy.zone(), k03.contractedAt) == companyDate(policy, now).addDays(-3));
    // C1 clean after a hold: ready for the lecture.
    const ContractState k05 = contracts.value(QStringLiteral("demo-k05"));
    CHECK(k05.stage == ContractStage::C1Cleared);
    CHECK(k05.holds == 1);
    CHECK_FALSE(k05.onHold);
    CHECK(k05.lectureState == 0);
    // Lecture in progress, paused.
    const ContractState k06 = contracts.value(QStringLiteral("demo-k06"));
    CHECK(k06.stage == ContractStage::C1Cleared);
    CHECK(k06.lectureState == static_cast<int>(LectureClock::State::Paused));
    CHECK(k06.installer == DemoInstaller);
    CHECK(k06.taught.size() == 14);
    // Delivered with the lecture minimum met (D1), C2 clean, in the trial period (D3).
    const ContractState k08 = contracts.value(QStringLiteral("demo-k08"));
    CHECK(k08.stage == ContractStage::InTrial);
    CHECK(k08.lectureRunningMs >= k08.lectureMinimumMinutes * MsPerMinute);
    CHECK(now < k08.trialStartedAt + k08.trialDays * MsPerDay);
    // Cancelled during cooling-off (P3).
    const ContractState k09 = contracts.value(QStringLiteral("demo-k09"));
    CHECK(k09.stage == ContractStage::Cancelled);
    CHECK(k09.cancellation == CancellationKind::CoolingOff);
    // Started after three clean calls.
    const ContractState k10 = contracts.value(QStringLiteral("demo-k10"));
    CHECK(k10.stage == ContractStage::Started);
    CHECK((k10.c1Clean && k10.c2Clean && k10.c3Clean && k10.used));
    CHECK(k10.lectureRunningMs >= 180 * MsPerMinute);

    // Today's appointments: 伊藤 (to continue the explanation) and 中村, whoever booked them.
    const QDate today = companyDate(policy, now);
    CHECK_FALSE(VisitHistory::load(store, QStringLiteral("demo-c01")).on(policy, today).isEmpty());
    CHECK_FALSE(VisitHistory::load(store, QStringLiteral("demo-c07")).on(policy, today).isEmpty());
    // Every visit rests on an appointment recorded before it (S2).
    for (const char *c : {"demo-c01", "demo-c03", "demo-c05", "demo-c06", "demo-c08", "demo-c09", "demo-c10"}) {
        const VisitHistory h = VisitHistory::load(store, QLatin1String(c));
        CHECK_FALSE(h.visits.isEmpty());
        for (const VisitRecord &v : h.visits) {
            CHECK(v.ended);
            CHECK(v.elapsedMinutes <= policy.maxVisitMinutes);
            bool booked = false;
            for (const Appointment &a : h.appointments)
                booked = booked || (a.id == v.appointmentId && a.recordedAtUtc < v.startedAt);
            CHECK(booked);
        }
    }

    // Idempotent.
    const qint64 head = store.headSeq();
    const auto again = seedDemoContracts(store, Rep, DemoInstaller, clock);
    REQUIRE(again.ok());
    CHECK(again.value() == 0);
    CHECK(store.headSeq() == head);
}

TEST_CASE("demo contracts: refused when the store does not stamp its events with the demo clock", "[democontracts]")
{
    test::TempStore t;
    auto store = t.create(); // stamps with t.clock
    REQUIRE(seedDemoData(*store, Rep, t.clock).ok());
    DemoClock clock(&t.clock);
    const auto seeded = seedDemoContracts(*store, Rep, DemoInstaller, clock);
    CHECK_FALSE(seeded.ok());
    CHECK_FALSE(clock.inHistory());
    CHECK(store->projectionsOfKind(QStringLiteral("contract")).isEmpty());
}
