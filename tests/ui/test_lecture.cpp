#include "lecturefixtures.h"

#include <core/content/contentpackloader.h>
#include <core/domain/lecture.h>
#include <models/appsession.h>
#include <models/deliverylecture.h>
#include <support/testsupport.h>

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

using namespace kakunin;

namespace {

const QString Installer = QStringLiteral("inst-001");
constexpr qint64 Minute = 60'000;
constexpr qint64 Hour = 60 * Minute;

// Waits for the background unlock by running the event loop, never by sleeping blindly.
void waitIdle(AppSession &s)
{
    QElapsedTimer t;
    t.start();
    while (s.busy() && t.elapsed() < 20'000) {
        QEventLoop loop;
        QObject::connect(&s, &AppSession::busyChanged, &loop, &QEventLoop::quit);
        QTimer::singleShot(200, &loop, &QEventLoop::quit);
        loop.exec();
    }
    REQUIRE_FALSE(s.busy());
}

// A tablet signed in as the installer, its store holding one contract at the lecture stage (C1 clean).
struct Tablet {
    test::TempStore t;
    QTemporaryDir copies;
    std::unique_ptr<AppSession> session;
    const ContentPack *pack = nullptr;
    test::LectureContractOptions contract;

    explicit Tablet(int itLiteracy = 3, bool c1 = true, const QString &role = QStringLiteral("installer"))
    {
        t.create().reset();
        contract.itLiteracy = itLiteracy;
        contract.c1 = c1;
        open(role);
        pack = session->content().byId(QStringLiteral("crm-standard"));
        REQUIRE(pack != nullptr);
        test::appendContractAtLectureStage(*session->store(), *pack, contract);
    }

    // The app starting (again): a new session over the same folder, unlocked by PIN.
    void open(const QString &role = QStringLiteral("installer"))
    {
        session.reset();
        session = std::make_unique<AppSession>(t.options(), Installer, role);
        session->setClock(&t.clock); // the store stamps events with the same ManualClock
        session->unlock(test::DemoPin);
        waitIdle(*session);
        REQUIRE(session->stage() == AppSession::Stage::Unlocked);
    }

    std::unique_ptr<DeliveryLecture> lecture()
    {
        auto l = std::make_unique<DeliveryLecture>();
        l->setCopiesFolder(copies.path());
        l->setLanguage(QStringLiteral("ja"));
        l->setSession(session.get());
        l->setContractId(contract.contractId);
        REQUIRE(l->loaded());
        return l;
    }

    ContractState state() const { return test::contractStateIn(*session->store(), contract.contractId); }
    qint64 headSeq() const { return session->store()->headSeq(); }
    void advance(qint64 ms, DeliveryLecture &l)
    {
        t.clock.advance(ms);
        l.refresh();
    }
};

QStringList itemIds(DeliveryLecture &l)
{
    QStringList ids;
    for (const auto &row : l.checklist()->rows())
        ids.append(row.itemId);
    return ids;
}

void teachAll(DeliveryLecture &l, int leaveOpen = 0)
{
    const QStringList ids = itemIds(l);
    for (qsizetype i = 0; i < ids.size() - leaveOpen; ++i) {
        INFO(ids[i].toStdString() << ": " << l.lastError().toStdString());
        REQUIRE(l.markTaught(ids[i]));
        REQUIRE(l.markUnderstood(ids[i]));
    }
}

int countOf(const Store &s, const QString &contractId, const QString &type)
{
    int n = 0;
    for (const Event &e : s.latestEvents(contractId, 10'000))
        n += e.type == type ? 1 : 0;
    return n;
}

} // namespace

TEST_CASE("D1 sign-off is refused below the lecture minimum and allowed at it", "[lecture][D1][M1]")
{
    Tablet tab;
    auto l = tab.lecture();
    CHECK(l->clockState() == DeliveryLecture::ClockState::NotStarted);
    CHECK(l->minimumMs() == 180 * Minute); // the policy's minimum, frozen at conclusion
    CHECK(l->canStart());
    CHECK_FALSE(l->canSignOff());
    REQUIRE(l->start());
    CHECK(l->running());
    teachAll(*l);
    CHECK(l->openCount() == 0);

    tab.advance(3 * Hour - 1000, *l);
    CHECK(l->runningMs() == 3 * Hour - 1000);
    CHECK(l->remainingMinimumMs() == 1000);
    CHECK_FALSE(l->minimumReached());
    CHECK_FALSE(l->canSignOff());
    CHECK(l->signOffBlockedReason().contains(QLatin1String("0:00:01"))); // how long still
    const qint64 before = tab.headSeq();
    CHECK_FALSE(l->signOff(test::lectureTestSignature()));
    CHECK_FALSE(l->lastError().isEmpty());
    CHECK(tab.headSeq() == before); // nothing recorded

    tab.advance(1000, *l);
    CHECK(l->minimumReached());
    CHECK(l->canSignOff());
    CHECK(l->signOffBlockedReason().isEmpty());
    QSignalSpy signedNow(l.get(), &DeliveryLecture::signedOffNow);
    REQUIRE(l->signOff(test::lectureTestSignature()));
    CHECK(signedNow.count() == 1);
    CHECK(l->signedOff());
    CHECK_FALSE(l->canSignOff());
    l->waitForCopy();

    const ContractState s = tab.state();
    CHECK(s.stage == ContractStage::Delivered);
    CHECK(s.lectureMet);
    CHECK(s.lectureRunningMs == 3 * Hour);
    CHECK(s.rejected == 0);
    const QList<Event> last = tab.session->store()->latestEvents(tab.contract.contractId, 1);
    REQUIRE(last.size() == 1);
    CHECK(last.first().type == EventType::DeliverySigned);
    CHECK(
        last.first().payload.value(QStringLiteral("signatureHash")).toString() == test::lectureTestSignature().hash());
    CHECK(validateEvent(last.first(), Role::Installer) == EventError::None);
    // Nothing changes after the sign-off.
    CHECK_FALSE(l->pause());
    CHECK_FALSE(l->canPause());
}

TEST_CASE("D1 pausing stops the running time and resuming goes on from there", "[lecture][D1]")
{
    Tablet tab;
    auto l = tab.lecture();
    REQUIRE(l->start());
    tab.advance(30 * Minute, *l);
    CHECK(l->runningMs() == 30 * Minute);
    CHECK(l->runningText() == QLatin1String("0:30:00"));
    CHECK(l->canPause());
    REQUIRE(l->pause());
    CHECK(l->clockState() == DeliveryLecture::ClockState::Paused);
    CHECK(l->canResume());
    CHECK_FALSE(l->canPause());

    tab.advance(Hour, *l);
    CHECK(l->runningMs() == 30 * Minute); // a paused hour does not count
    // Teaching happens on the running clock only.
    const QString first = itemIds(*l).first();
    CHECK_FALSE(l->checklist()->rows().first().canMarkTaught);
    CHECK_FALSE(l->markTaught(first));
    CHECK_FALSE(l->lastError().isEmpty());

    REQUIRE(l->resume());
    CHECK(l->running());
    CHECK(l->checklist()->rows().first().canMarkTaught);
    tab.advance(10 * Minute, *l);
    CHECK(l->runningMs() == 40 * Minute);
    CHECK(l->remainingMinimumMs() == 140 * Minute);
    CHECK(l->remainingText().contains(QLatin1String("2:20:00")));
    CHECK(countOf(*tab.session->store(), tab.contract.contractId, EventType::LecturePaused) == 1);
    CHECK(countOf(*tab.session->store(), tab.contract.contractId, EventType::LectureResumed) == 1);
}

TEST_CASE("D1 moving the tablet's wall clock does not change the running time", "[lecture][D1]")
{
    Tablet tab;
    auto l = tab.lecture();
    REQUIRE(l->start());
    tab.advance(20 * Minute, *l);
    const qint64 utc = tab.t.clock.utcMs();
    tab.t.clock.setUtc(utc + 5 * Hour); // forward, as a user setting the clock would
    l->refresh();
    CHECK(l->runningMs() == 20 * Minute);
    CHECK_FALSE(l->canSignOff());
    tab.t.clock.setUtc(utc - 2 * Hour); // and backward
    l->refresh();
    CHECK(l->runningMs() == 20 * Minute);
    tab.advance(Minute, *l);
    CHECK(l->runningMs() == 21 * Minute);
}

TEST_CASE("D2 items not taught or not understood refuse the sign-off", "[lecture][D2]")
{
    Tablet tab;
    auto l = tab.lecture();
    REQUIRE(l->start());
    teachAll(*l, 1);
    const QString last = itemIds(*l).last();
    REQUIRE(l->markTaught(last)); // taught, not yet understood
    tab.advance(4 * Hour, *l);
    CHECK(l->minimumReached());
    CHECK(l->openCount() == 1);
    CHECK_FALSE(l->canSignOff());
    CHECK(l->signOffBlockedReason().contains(QLatin1String("1")));
    CHECK_FALSE(l->signOff(test::lectureTestSignature()));
    CHECK(countOf(*tab.session->store(), tab.contract.contractId, EventType::DeliverySigned) == 0);

    REQUIRE(l->markUnderstood(last));
    CHECK(l->openCount() == 0);
    CHECK(l->canSignOff());
}

TEST_CASE("D2 understood before taught is refused and nothing is recorded", "[lecture][D2]")
{
    Tablet tab;
    auto l = tab.lecture();
    REQUIRE(l->start());
    const QString item = itemIds(*l).first();
    CHECK_FALSE(l->checklist()->rows().first().canMarkUnderstood);
    const qint64 before = tab.headSeq();
    CHECK_FALSE(l->markUnderstood(item));
    CHECK_FALSE(l->lastError().isEmpty());
    CHECK(tab.headSeq() == before);
    CHECK_FALSE(l->markTaught(QStringLiteral("no-such-item"))); // not on this checklist
    CHECK(tab.headSeq() == before);

    REQUIRE(l->markTaught(item));
    CHECK(l->lastError().isEmpty());
    CHECK(l->checklist()->rows().first().taught);
    CHECK(l->checklist()->rows().first().canMarkUnderstood);
    CHECK_FALSE(l->markTaught(item)); // once
    REQUIRE(l->markUnderstood(item));
    CHECK_FALSE(l->markUnderstood(item));
    CHECK(l->taughtCount() == 1);
    CHECK(l->understoodCount() == 1);
    CHECK(tab.state().rejected == 0);
}

TEST_CASE("P1 D2 a customer of low IT literacy gets the extended lecture with its extra items", "[lecture][P1][D2]")
{
    Tablet standard(3);
    auto s = standard.lecture();
    CHECK(s->level() == QLatin1String("standard"));
    CHECK(s->itemCount() == lectureItemsFor(*standard.pack, LectureLevel::Standard).size());
    for (const auto &row : s->checklist()->rows())
        CHECK_FALSE(row.extended);

    Tablet low(2);
    auto l = low.lecture();
    CHECK(l->level() == QLatin1String("extended"));
    CHECK_FALSE(l->levelReason().isEmpty());
    const auto extended = lectureItemsFor(*low.pack, LectureLevel::Extended);
    CHECK(l->itemCount() == extended.size());
    CHECK(l->itemCount() > s->itemCount());
    QStringList extra;
    for (const auto &row : l->checklist()->rows())
        if (row.extended)
            extra.append(row.itemId);
    CHECK(extra.contains(QStringLiteral("crm-basics-mouse")));
    CHECK_FALSE(itemIds(*s).contains(QStringLiteral("crm-basics-mouse")));

    REQUIRE(l->start());
    const Event started = low.session->store()->latestEvents(low.contract.contractId, 1).first();
    CHECK(started.type == EventType::LectureStarted);
    CHECK(started.payload.value(QStringLiteral("level")).toString() == QLatin1String("extended"));
    CHECK(started.payload.value(QStringLiteral("itemCount")).toInteger() == extended.size());
    // The extended items must be taught too before sign-off (D2).
    teachAll(*l, 1);
    low.advance(3 * Hour, *l);
    CHECK_FALSE(l->canSignOff());
}

TEST_CASE("D1 an app killed mid-lecture resumes with the right running time", "[lecture][D1]")
{
    Tablet tab;
    {
        auto l = tab.lecture();
        REQUIRE(l->start());
        tab.advance(Hour, *l);
        REQUIRE(l->pause());
        tab.advance(15 * Minute, *l); // a break: not counted
        REQUIRE(l->resume());
        const QStringList ids = itemIds(*l);
        REQUIRE(l->markTaught(ids[0]));
        REQUIRE(l->markUnderstood(ids[0]));
        REQUIRE(l->markTaught(ids[1]));
        tab.advance(Hour, *l);
        CHECK(l->runningMs() == 2 * Hour);
    }
    // Killed: the store closes with the session. Half an hour later, on the same boot, the app opens again.
    tab.session.reset();
    tab.t.clock.advance(30 * Minute);
    tab.open();
    auto again = tab.lecture();
    CHECK(again->running());
    CHECK(again->runningMs() == 2 * Hour + 30 * Minute); // the running segment went on while the app was away
    CHECK(again->taughtCount() == 2);
    CHECK(again->understoodCount() == 1);
    CHECK(again->checklist()->rows().at(0).understood);
    CHECK(again->checklist()->rows().at(1).taught);
    CHECK_FALSE(again->checklist()->rows().at(1).understood);
    CHECK(again->canPause());

    // A reboot loses the open segment: no trustworthy reading spans it. The first hour was closed by the pause.
    tab.session.reset();
    tab.t.clock.reboot(QStringLiteral("boot-2"));
    tab.open();
    auto rebooted = tab.lecture();
    CHECK(rebooted->runningMs() == Hour);
    REQUIRE(rebooted->pause());
    REQUIRE(rebooted->resume());
    tab.advance(10 * Minute, *rebooted);
    CHECK(rebooted->runningMs() == Hour + 10 * Minute);
}

TEST_CASE("M2 the lecture starts only after a clean C1 call", "[lecture][M2]")
{
    Tablet tab(3, false);
    auto l = tab.lecture();
    CHECK_FALSE(l->canStart());
    CHECK(l->clockBlockedReason().contains(QLatin1String("C1")));
    const qint64 before = tab.headSeq();
    CHECK_FALSE(l->start());
    CHECK(tab.headSeq() == before);
    CHECK(l->checklist()->count() > 0); // the checklist is shown, not yet workable
    for (const auto &row : l->checklist()->rows())
        CHECK_FALSE(row.canMarkTaught);
}

TEST_CASE("M2 only the installer runs the lecture", "[lecture][M2]")
{
    Tablet tab(3, true, QStringLiteral("sales_rep"));
    auto l = tab.lecture();
    CHECK_FALSE(l->canStart());
    CHECK_FALSE(l->clockBlockedReason().isEmpty());
    CHECK_FALSE(l->start());
    CHECK(countOf(*tab.session->store(), tab.contract.contractId, EventType::LectureStarted) == 0);
}

TEST_CASE("the checklist is a correct list model that follows the record", "[lecture][model]")
{
    Tablet tab;
    auto l = tab.lecture();
    LectureChecklistModel *m = l->checklist();
    QAbstractItemModelTester tester(m, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(m->rowCount() == l->itemCount());
    const QHash<int, QByteArray> roles = m->roleNames();
    CHECK(roles.value(LectureChecklistModel::CategoryRole) == "category");
    CHECK(LectureChecklistModel::CategoryRole == Qt::UserRole + 1);
    for (const char *name : {"text", "minutes", "taught", "understood", "canMarkTaught", "canMarkUnderstood", "itemId"})
        CHECK(roles.values().contains(QByteArray(name)));

    const QModelIndex first = m->index(0);
    CHECK_FALSE(m->data(first, LectureChecklistModel::CategoryRole).toString().isEmpty());
    CHECK_FALSE(m->data(first, LectureChecklistModel::TextRole).toString().isEmpty());
    CHECK(m->data(first, LectureChecklistModel::MinutesRole).toInt() > 0);
    CHECK(m->data(first, LectureChecklistModel::NumberRole).toInt() == 1);
    CHECK_FALSE(m->data(first, LectureChecklistModel::CanMarkTaughtRole).toBool()); // not started

    QSignalSpy changed(m, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m, &QAbstractItemModel::modelReset);
    REQUIRE(l->start());
    CHECK(m->data(first, LectureChecklistModel::CanMarkTaughtRole).toBool());
    const QString id = m->data(first, LectureChecklistModel::ItemIdRole).toString();
    REQUIRE(m->markTaught(id)); // through the model, as the page does
    CHECK(m->data(first, LectureChecklistModel::TaughtRole).toBool());
    CHECK(m->data(first, LectureChecklistModel::CanMarkUnderstoodRole).toBool());
    REQUIRE(m->markUnderstood(id));
    CHECK(m->data(first, LectureChecklistModel::UnderstoodRole).toBool());
    CHECK(changed.count() > 0);
    CHECK(reset.count() == 0); // same items: rows change in place

    // Categories come in the pack's order, each as one contiguous section.
    QStringList sections;
    for (int r = 0; r < m->rowCount(); ++r) {
        const QString c = m->data(m->index(r), LectureChecklistModel::CategoryRole).toString();
        if (sections.isEmpty() || sections.last() != c) {
            CHECK_FALSE(sections.contains(c));
            sections.append(c);
        }
    }
    CHECK(sections.size() == lectureCategories(*tab.pack, LectureLevel::Standard).size());
}

TEST_CASE("M1 the customer's copy is written as PDF with a preview", "[lecture][M1][pdf]")
{
    Tablet tab;
    auto l = tab.lecture();
    l->writeCopy();
    CHECK_FALSE(l->copyBusy()); // nothing to copy before the sign-off
    CHECK_FALSE(l->copyError().isEmpty());

    REQUIRE(l->start());
    teachAll(*l);
    tab.advance(3 * Hour + 5 * Minute, *l);
    REQUIRE(l->signOff(test::lectureTestSignature())); // starts the copy off the UI thread
    CHECK(l->copyBusy());
    l->waitForCopy();
    CHECK_FALSE(l->copyBusy());
    INFO(l->copyError().toStdString());
    CHECK(l->copyError().isEmpty());
    REQUIRE(l->copyReady());
    CHECK(l->copyPath().startsWith(tab.copies.path()));
    const QByteArray pdf = test::readFile(l->copyPath());
    CHECK(pdf.startsWith("%PDF"));
    CHECK(pdf.size() > 10'000);
    REQUIRE(l->copyPageCount() >= 1);
    const QImage page = l->copyPages().first();
    CHECK(page.width() >= 800);
    CHECK(page.height() > page.width()); // a tall page, not a blank stamp
    // Ink on the page: not all white.
    bool ink = false;
    for (int y = 0; y < page.height() && !ink; y += 7)
        for (int x = 0; x < page.width() && !ink; x += 7)
            ink = qGray(page.pixel(x, y)) < 100;
    CHECK(ink);

    // Written again on request: the same file, replaced atomically.
    QSignalSpy progress(l.get(), &DeliveryLecture::copyProgressChanged);
    l->writeCopy();
    l->waitForCopy();
    CHECK(l->copyReady());
    CHECK(progress.count() >= 2);
    CHECK(test::readFile(l->copyPath()).startsWith("%PDF"));
}
