// Helpers shared by the timeline tests (declared again where used, in namespace kakunin::timelinetest).
#include <catch2/catch.hpp>

#include <core/domain/policy.h>
#include <models/appsession.h>
#include <models/contentlibrary.h>
#include <models/democontracts.h>
#include <support/testsupport.h>

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

namespace kakunin::timelinetest {

qint64 tokyo(int year, int month, int day, int hour, int minute, int second, int ms)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), QTimeZone("Asia/Tokyo"))
        .toMSecsSinceEpoch();
}

void setNow(ManualClock &clock, qint64 utcMs)
{
    REQUIRE(utcMs >= clock.utcMs()); // time only moves forward in these tests, the monotonic clock with it
    clock.advance(utcMs - clock.utcMs());
}

std::unique_ptr<AppSession> openSession(
    test::TempStore &t, DemoClock &clock, const QString &userId, const QString &role)
{
    StoreOptions options = t.options();
    options.clock = &clock; // the store stamps events with the demo clock, which shows t.clock outside histories
    auto session = std::make_unique<AppSession>(options, userId, role);
    session->setClock(&clock);
    session->setLanguage(QStringLiteral("en"));
    session->setUpPin(test::DemoPin, test::DemoPin);
    QElapsedTimer timer;
    timer.start();
    while (session->busy() && timer.elapsed() < 20'000) {
        QEventLoop loop;
        QObject::connect(session.get(), &AppSession::busyChanged, &loop, &QEventLoop::quit);
        QTimer::singleShot(200, &loop, &QEventLoop::quit);
        loop.exec();
    }
    REQUIRE(session->stage() == AppSession::Stage::Unlocked);
    return session;
}

void registerCustomer(AppSession &session, const QString &customerId, const QString &name)
{
    REQUIRE(session.record({test::customerDraft(customerId, name, QStringLiteral("喫茶 テスト"))}).ok());
}

ContractState concludeContract(
    AppSession &session, DemoClock &clock, const QString &contractId, const QString &customerId, qint64 concludedAt)
{
    const ContentPack *pack = session.content().byId(QStringLiteral("crm-standard"));
    REQUIRE(pack != nullptr);
    // The walkthrough takes an hour and a half; it ends (contract.concluded) at `concludedAt`.
    clock.beginHistory(concludedAt - 90 * MsPerMinute);
    ContractScript k(*session.store(), clock, *pack, contractId, customerId, session.userId());
    k.open(QStringLiteral("allowed")).explainAll(4 * MsPerMinute).sign(QStringLiteral("喫茶 テスト"), session.userId());
    clock.moveTo(concludedAt - MsPerMinute);
    k.conclude(session.policy());
    clock.endHistory();
    INFO(k.failure().toStdString());
    REQUIRE(k.ok());
    const ContractState s = k.state();
    REQUIRE(s.stage == ContractStage::Contracted);
    REQUIRE(s.contractedAt == concludedAt);
    return s;
}

} // namespace kakunin::timelinetest
