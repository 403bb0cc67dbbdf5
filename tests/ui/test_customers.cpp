#include <catch2/catch.hpp>

#include <core/domain/eventcatalog.h>
#include <models/appsession.h>
#include <models/customerlistmodel.h>
#include <models/demodata.h>
#include <support/testsupport.h>

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSignalSpy>
#include <QTimer>

using namespace kakunin;

namespace {

const QString Me = QStringLiteral("rep-001");

QStringList column(const QAbstractItemModel &m, int role)
{
    QStringList out;
    for (int row = 0; row < m.rowCount(); ++row)
        out.append(m.data(m.index(row, 0), role).toString());
    return out;
}

} // namespace

TEST_CASE("demo data: real events that the catalog accepts, on a chain that verifies", "[appmodels][demo]")
{
    test::TempStore t;
    auto s = t.create();
    const auto seeded = seedDemoData(*s, Me, t.clock);
    REQUIRE(seeded.ok());
    CHECK(seeded.value() == 36); // a dozen customers × registered, profile, screening
    CHECK(s->headSeq() == 36);
    CHECK(s->verifyChain().ok());

    const QList<AggregateState> customers = s->projectionsOfKind(QStringLiteral("customer"));
    REQUIRE(customers.size() == 12);
    int mine = 0;
    int refused = 0;
    for (const AggregateState &c : customers) {
        const QString id = c.state.value(QStringLiteral("id")).toString();
        const QList<Event> events = s->latestEvents(id, 10);
        REQUIRE(events.size() == 3);
        for (const Event &e : events) {
            QString field;
            INFO(e.type.toStdString() << " of " << id.toStdString() << ": " << field.toStdString());
            CHECK(validateEvent(e, Role::SalesRep, &field) == EventError::None);
        }
        CHECK_FALSE(c.state.value(QStringLiteral("name")).toString().isEmpty());
        CHECK_FALSE(c.state.value(QStringLiteral("business")).toString().isEmpty());
        CHECK_FALSE(c.state.value(QStringLiteral("phone")).toString().isEmpty());
        mine += c.state.value(QStringLiteral("registeredBy")).toString() == Me ? 1 : 0;
        refused += c.state.value(QStringLiteral("screening")).toString() == QLatin1String("refused") ? 1 : 0;
    }
    CHECK(mine == 10);
    CHECK(refused == 2);

    // Idempotent: a store with customers is left alone.
    const auto again = seedDemoData(*s, Me, t.clock);
    REQUIRE(again.ok());
    CHECK(again.value() == 0);
    CHECK(s->headSeq() == 36);
}

TEST_CASE("my customers: a correct list model with words for the screening", "[appmodels][customers]")
{
    test::TempStore t;
    auto s = t.create();
    REQUIRE(seedDemoData(*s, Me, t.clock).ok());

    CustomerListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0); // no store yet
    QSignalSpy counted(&model, &CustomerListModel::countChanged);
    model.setSource(s.get(), Me);
    CHECK(counted.size() == 1);
    REQUIRE(model.count() == 10);
    CHECK(model.totalCount() == 10);

    const QHash<int, QByteArray> roles = model.roleNames();
    CHECK(roles.value(CustomerListModel::NameRole) == "name");
    CHECK(roles.value(CustomerListModel::ScreeningTextRole) == "screeningText");

    const QStringList names = column(model, CustomerListModel::NameRole);
    CHECK(names.contains(QStringLiteral("佐藤 健一")));
    const int sato = static_cast<int>(names.indexOf(QStringLiteral("佐藤 健一")));
    const QModelIndex i = model.index(sato, 0);
    CHECK(model.data(i, CustomerListModel::ScreeningRole).toString() == QLatin1String("refused"));
    CHECK(model.data(i, CustomerListModel::RefusedRole).toBool());
    CHECK(model.data(i, CustomerListModel::StatusRole).toString() == QLatin1String("refused"));
    CHECK(model.data(i, CustomerListModel::ScreeningTextRole).toString()
        == CustomerListModel::screeningText(QStringLiteral("refused")));
    CHECK(model.data(i, CustomerListModel::BusinessRole).toString() == QStringLiteral("佐藤工務店"));
    CHECK_FALSE(model.data(i, CustomerListModel::PhoneRole).toString().isEmpty());
    CHECK(model.data(model.index(sato, 0), Qt::DisplayRole) == model.data(i, CustomerListModel::NameRole));

    // Every code has words, and they differ.
    QStringList words;
    for (const char *code : {"allowed", "allowed_with_conditions", "refused", ""})
        words.append(CustomerListModel::screeningText(QLatin1String(code)));
    words.removeDuplicates();
    CHECK(words.size() == 4);
}

TEST_CASE("my customers: P4, another rep's customers never appear", "[appmodels][customers][P4]")
{
    test::TempStore t;
    auto s = t.create();
    REQUIRE(seedDemoData(*s, Me, t.clock).ok());

    CustomerListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSource(s.get(), Me);
    const QStringList mine = column(model, CustomerListModel::IdRole);
    CHECK_FALSE(mine.contains(QStringLiteral("demo-c11")));
    CHECK_FALSE(mine.contains(QStringLiteral("demo-c12")));
    model.setFilterText(QStringLiteral("山田")); // 山田酒店 belongs to rep-002
    CHECK(model.count() == 0);
    model.setFilterText(QString());

    model.setSource(s.get(), DemoOtherRep);
    CHECK(model.count() == 2);
    const QStringList theirs = column(model, CustomerListModel::IdRole);
    CHECK(theirs.contains(QStringLiteral("demo-c11")));
    CHECK(theirs.contains(QStringLiteral("demo-c12")));

    model.setSource(s.get(), QString()); // no one signed in: no one's customers
    CHECK(model.count() == 0);
    model.setSource(nullptr, Me); // locked
    CHECK(model.count() == 0);
}

TEST_CASE("my customers: filter by name or business, case, width and kana as typed", "[appmodels][customers]")
{
    test::TempStore t;
    auto s = t.create();
    REQUIRE(s->append(test::customerDraft(
                          QStringLiteral("a"), QStringLiteral("伊藤 花子"), QStringLiteral("ヘアサロン はなこ")))
                .ok());
    REQUIRE(s->append(
                 test::customerDraft(QStringLiteral("b"), QStringLiteral("Sato Kenichi"), QStringLiteral("佐藤工務店")))
                .ok());
    REQUIRE(s->append(test::customerDraft(
                          QStringLiteral("c"), QStringLiteral("高橋 美咲"), QStringLiteral("たかはし歯科医院")))
                .ok());

    CustomerListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSource(s.get(), Me);
    REQUIRE(model.count() == 3);

    QSignalSpy filterChanged(&model, &CustomerListModel::filterTextChanged);
    QSignalSpy counted(&model, &CustomerListModel::countChanged);
    auto ids = [&](const QString &text) {
        model.setFilterText(text);
        return column(model, CustomerListModel::IdRole);
    };
    CHECK(ids(QStringLiteral("伊藤")) == QStringList {QStringLiteral("a")});
    CHECK(filterChanged.size() == 1);
    CHECK(counted.size() == 1);
    CHECK(model.filterText() == QStringLiteral("伊藤"));
    CHECK(ids(QStringLiteral("伊藤花子")) == QStringList {QStringLiteral("a")}); // spaces do not matter
    CHECK(ids(QStringLiteral("はなこ")) == QStringList {QStringLiteral("a")}); // business, hiragana
    CHECK(ids(QStringLiteral("ハナコ")) == QStringList {QStringLiteral("a")}); // katakana finds hiragana
    CHECK(ids(QStringLiteral("へあ")) == QStringList {QStringLiteral("a")}); // and the other way round
    CHECK(ids(QStringLiteral("工務店")) == QStringList {QStringLiteral("b")});
    CHECK(ids(QStringLiteral("sato")) == QStringList {QStringLiteral("b")}); // case-insensitive
    CHECK(ids(QStringLiteral("ＳＡＴＯ")) == QStringList {QStringLiteral("b")}); // full-width as typed by an IME
    CHECK(ids(QStringLiteral("歯科")) == QStringList {QStringLiteral("c")});
    CHECK(ids(QStringLiteral("該当なし")).isEmpty());
    CHECK(model.count() == 0);
    CHECK(model.totalCount() == 3);
    CHECK(ids(QString()).size() == 3);
}

TEST_CASE("my customers: reload shows new events", "[appmodels][customers]")
{
    test::TempStore t;
    auto s = t.create();
    CustomerListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSource(s.get(), Me);
    CHECK(model.count() == 0);

    REQUIRE(
        s->append(test::customerDraft(QStringLiteral("n1"), QStringLiteral("新規 顧客"), QStringLiteral("新規商店")))
            .ok());
    CHECK(model.count() == 0); // not before reload
    QSignalSpy counted(&model, &CustomerListModel::countChanged);
    model.reload();
    CHECK(counted.size() == 1);
    REQUIRE(model.count() == 1);
    const QModelIndex i = model.index(0, 0);
    CHECK(model.data(i, CustomerListModel::StatusRole).toString() == QLatin1String("needs_profile"));
    CHECK(model.data(i, CustomerListModel::ScreeningRole).toString().isEmpty());
    CHECK_FALSE(model.data(i, CustomerListModel::RefusedRole).toBool());

    REQUIRE(s->append({EventType::CustomerUpdated, QStringLiteral("n1"), Me,
                          QJsonObject {{QStringLiteral("phone"), QStringLiteral("03-1111-2222")}}})
                .ok());
    model.reload();
    CHECK(model.data(model.index(0, 0), CustomerListModel::PhoneRole).toString() == QLatin1String("03-1111-2222"));

    // A filter stays in force across reloads.
    model.setFilterText(QStringLiteral("商店"));
    REQUIRE(
        s->append(test::customerDraft(QStringLiteral("n2"), QStringLiteral("別の 顧客"), QStringLiteral("花屋"))).ok());
    model.reload();
    CHECK(model.count() == 1);
    CHECK(model.totalCount() == 2);
}

TEST_CASE("the session opens the store for home before QML sees the stage change", "[appmodels][customers]")
{
    test::TempStore t;
    AppSession session(t.options(), QStringLiteral("rep-007"));
    CHECK(session.userId() == QLatin1String("rep-007"));
    CHECK(AppSession(t.options()).userId() == QLatin1String("rep-001"));
    CustomerListModel model;
    QStringList order;
    QObject::connect(&session, &AppSession::storeOpened, &model, [&] {
        order.append(QStringLiteral("opened"));
        REQUIRE(session.store() != nullptr);
        REQUIRE(seedDemoData(*session.store(), session.userId(), t.clock).ok());
        model.setSource(session.store(), session.userId());
    });
    QObject::connect(&session, &AppSession::stageChanged, &model, [&] {
        order.append(QStringLiteral("stage"));
        CHECK(session.eventCount() == (session.store() ? 36 : 0)); // what the footer reads
    });
    session.setUpPin(test::DemoPin, test::DemoPin);
    QElapsedTimer timer;
    timer.start();
    while (session.busy() && timer.elapsed() < 20'000) {
        QEventLoop loop;
        QObject::connect(&session, &AppSession::busyChanged, &loop, &QEventLoop::quit);
        QTimer::singleShot(200, &loop, &QEventLoop::quit);
        loop.exec();
    }
    REQUIRE(session.stage() == AppSession::Stage::Unlocked);
    CHECK(order == QStringList {QStringLiteral("opened"), QStringLiteral("stage")});
    CHECK(model.count() == 10);
}
