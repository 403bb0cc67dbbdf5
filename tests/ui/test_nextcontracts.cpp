// Home's "Next for me": role-based (sales rep vs installer), over the demo data set and the demo contracts.
#include <catch2/catch.hpp>

#include <core/domain/eventcatalog.h>
#include <models/appsession.h>
#include <models/democontracts.h>
#include <models/demodata.h>
#include <models/nextcontractsmodel.h>
#include <models/visithistory.h>
#include <support/testsupport.h>

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QDateTime>
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

QStringList column(const QAbstractItemModel &m, int role)
{
    QStringList out;
    for (int row = 0; row < m.rowCount(); ++row)
        out.append(m.data(m.index(row, 0), role).toString());
    return out;
}

struct DemoTablet {
    test::TempStore t;
    DemoClock clock {&t.clock};
    std::unique_ptr<AppSession> session;

    DemoTablet()
    {
        setNow(t.clock, tokyo(2026, 12, 1, 8, 30)); // Tuesday morning, before the day's visits
        session = openSession(t, clock, Rep, QStringLiteral("sales_rep"));
        REQUIRE(seedDemoData(*session->store(), Rep, clock).ok());
        REQUIRE(seedDemoContracts(*session->store(), Rep, DemoInstaller, clock).ok());
    }
};

} // namespace

TEST_CASE("next for me: a sales rep sees own contracts being explained, on hold or in cooling-off",
    "[nextcontracts][P3][M2][P4]")
{
    DemoTablet tablet;
    NextContractsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0); // no session yet
    QSignalSpy counted(&model, &NextContractsModel::countChanged);
    model.setSession(tablet.session.get());
    CHECK(counted.count() == 1);

    // 伊藤 (explaining, appointment today) and 高橋 (in cooling-off). Not 渡辺 (cooling-off over), not 加藤
    // (cancelled), not the started or delivered ones.
    CHECK(column(model, NextContractsModel::ContractIdRole)
        == QStringList {QStringLiteral("demo-k01"), QStringLiteral("demo-k03")});
    CHECK(column(model, NextContractsModel::ReasonRole)
        == QStringList {QStringLiteral("explaining"), QStringLiteral("cooling_off")});
    CHECK(column(model, NextContractsModel::CustomerNameRole)
        == QStringList {QStringLiteral("伊藤 花子"), QStringLiteral("高橋 美咲")});
    CHECK(column(model, NextContractsModel::PageRole)
        == QStringList {QStringLiteral("TimelinePage"), QStringLiteral("TimelinePage")});
    const QStringList next = column(model, NextContractsModel::NextTextRole);
    CHECK(next.at(0) == QLatin1String("Continue the explanation: 7 of 16 items confirmed."));
    CHECK(next.at(1) == QLatin1String("Head office makes the first confirmation call (C1)."));
    const QStringList detail = column(model, NextContractsModel::DetailTextRole);
    // Today's appointment, in Tokyo time (whoever booked it: seedDemoData or the demo contracts).
    const Policy policy;
    const QList<Appointment> today = VisitHistory::load(*tablet.session->store(), QStringLiteral("demo-c01"))
                                         .on(policy, companyDate(policy, tablet.t.clock.utcMs()));
    REQUIRE_FALSE(today.isEmpty());
    CHECK(detail.at(0)
        == QStringLiteral("Appointment today at ")
            + QDateTime::fromMSecsSinceEpoch(today.first().scheduledAtUtc, policy.zone())
                  .toString(QStringLiteral("HH:mm")));
    // Concluded on Saturday 28 November: the last cooling-off day is Saturday 5 December.
    CHECK(detail.at(1)
        == plural("TimelineText", "Cooling-off until %1 (%n day(s) left)", 4).arg(QStringLiteral("12/5 (Sat)")));
    CHECK(model.data(model.index(1, 0), NextContractsModel::ProductRole).toString()
        == QLatin1String("Website Production and Web-Marketing Support"));

    // The C1 call finds a problem (arriving by sync): the contract goes on hold and to the top, urgent.
    REQUIRE(tablet.session
                ->record({{EventType::CallRecorded, QStringLiteral("demo-k03"), DemoCaller,
                    QJsonObject {{QStringLiteral("stage"), QStringLiteral("C1")}, {QStringLiteral("reached"), 1},
                        {QStringLiteral("guaranteeMentioned"), 1}, {QStringLiteral("conductOk"), 1},
                        {QStringLiteral("lectureOk"), 0}, {QStringLiteral("productUsed"), 0},
                        {QStringLiteral("note"), QString()}}}})
                .ok());
    CHECK(column(model, NextContractsModel::ReasonRole)
        == QStringList {QStringLiteral("on_hold"), QStringLiteral("explaining")});
    CHECK(model.data(model.index(0, 0), NextContractsModel::UrgentRole).toBool());
    CHECK(model.data(model.index(0, 0), NextContractsModel::StatusRole).toString() == QLatin1String("on_hold"));

    // P4: another rep sees none of these.
    tablet.session->setUser(DemoOtherRep, QStringLiteral("sales_rep"));
    CHECK(model.rowCount() == 0);
}

TEST_CASE("next for me: an installer sees lectures to give and the own lecture in progress", "[nextcontracts][D1]")
{
    DemoTablet tablet;
    tablet.session->setUser(DemoInstaller, QStringLiteral("installer"));
    NextContractsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSession(tablet.session.get());

    // 山本's lecture in progress first, then 渡辺's lecture to give (C1 clean after the hold was resolved).
    CHECK(column(model, NextContractsModel::ContractIdRole)
        == QStringList {QStringLiteral("demo-k06"), QStringLiteral("demo-k05")});
    CHECK(column(model, NextContractsModel::ReasonRole)
        == QStringList {QStringLiteral("lecture_running"), QStringLiteral("lecture_ready")});
    CHECK(column(model, NextContractsModel::PageRole)
        == QStringList {QStringLiteral("LecturePage"), QStringLiteral("LecturePage")});
    const QStringList next = column(model, NextContractsModel::NextTextRole);
    CHECK(next.at(0) == QLatin1String("Continue the delivery lecture: 14 of 27 items taught"));
    CHECK(next.at(1) == QLatin1String("Give the delivery lecture"));
    const QStringList detail = column(model, NextContractsModel::DetailTextRole);
    CHECK(detail.at(0) == QLatin1String("1 h 41 min of lecture so far"));
    CHECK(detail.at(1) == QStringLiteral("東京都立川市柴崎町2-5-11"));

    // Another installer does not see the lecture someone else started.
    tablet.session->setUser(QStringLiteral("inst-002"), QStringLiteral("installer"));
    CHECK(column(model, NextContractsModel::ContractIdRole) == QStringList {QStringLiteral("demo-k05")});
}
